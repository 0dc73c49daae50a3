//! The three formats (export file, share link, browser storage): golden files
//! that every future version must keep reading, round trips, and bad input
//! that must be refused with a named reason instead of a panic or half-read
//! data. The format itself is documented in docs/FORMAT.md.

use std::rc::Rc;
use wenselijk::codec::{
    file, link, storage, storage_v1, DecodeError, MAX_ASSESSMENTS, MAX_FILE_BYTES, MAX_ID_CHARS, MAX_TEXT_CHARS,
};
use wenselijk::domain::stamp::Stamp;
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;
use wenselijk::state::View;

const GOLDEN_EXPORT: &str = include_str!("golden/export-v1.json");
const GOLDEN_SESSION: &str = include_str!("golden/session-v1.json");
const GOLDEN_LINK: &str = include_str!("golden/link-s1.txt");
const GOLDEN_LIBRARY_V1: &str = include_str!("golden/library-v1.json");
const GOLDEN_LIBRARY_V2: &str = include_str!("golden/library-v2.json");
const GOLDEN_EXPORT_V2: &str = include_str!("golden/export-v2.json");
const GOLDEN_LINK_S2: &str = include_str!("golden/link-s2.txt");
const GOLDEN_EXPORT_V3: &str = include_str!("golden/export-v3.json");
const GOLDEN_LINK_S3: &str = include_str!("golden/link-s3.txt");
const GOLDEN_EXPORT_V4: &str = include_str!("golden/export-v4.json");
const GOLDEN_LINK_S4: &str = include_str!("golden/link-s4.txt");

type Check = fn(&DecodeError) -> bool;

fn malformed(e: &DecodeError) -> bool {
    matches!(e, DecodeError::Malformed(_))
}

fn entry(answer: Option<Answer>, note: &str) -> Entry {
    Entry { answer, note: note.into() }
}

fn flag(answer: FlagAnswer, note: &str) -> FlagEntry {
    FlagEntry { answer: Some(answer), note: note.into() }
}

fn lv(n: u8) -> Option<Answer> {
    Some(Answer::lv(n))
}

fn every_example() -> Vec<Assessment> {
    ExampleId::ALL.iter().flat_map(|id| Lang::ALL.map(|lang| example(*id).build(lang))).collect()
}

fn records_of(assessments: Vec<Assessment>) -> Vec<Record> {
    assessments
        .into_iter()
        .enumerate()
        .map(|(i, assessment)| {
            let t = 1_700_000_000_000 + i as u64;
            Record { id: make_id(t, i as u64), created: t, updated: t + 1, assessment }
        })
        .collect()
}

fn hostile_assessment() -> Assessment {
    let mut a = Assessment::default();
    a.idea.title = "<script>alert(1)</script> \"quotes\" \\ \u{0} \u{202e} 🙂".into();
    a.idea.message = "<img src=x onerror=alert(1)>&amp; **bold** [link](javascript:alert(1)) `code`".into();
    a.org_values = "</textarea><style>*{display:none}</style>".into();
    *a.dimension_mut(DimensionId::Time) = entry(Some(Answer::Unknown), "line\nbreak\ttab\r\n\u{7f}\u{feff}");
    *a.flag_mut(RedFlag::Pushiness) = flag(FlagAnswer::Unsure, "{{ template }} ${x} %s %n");
    a
}

/// The same JSON text with `value` spliced in at the first `at`.
fn replace_once(text: &str, at: &str, value: &str) -> String {
    assert!(text.contains(at), "test setup: {at} not in text");
    text.replacen(at, value, 1)
}

/// A share fragment around any JSON text, valid or not.
fn link_around(json: &[u8]) -> String {
    use base64::Engine;
    let packed = miniz_oxide::deflate::compress_to_vec(json, 9);
    format!("s1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed))
}

fn shown(input: &str) -> String {
    let s: String = input.chars().take(100).collect();
    format!("{s:?} ({} bytes)", input.len())
}

// ---------------------------------------------------------------- golden files

/// The records in tests/golden/export-v1.json, written out by hand.
fn golden_export_records() -> Vec<Record> {
    let mut a = Assessment {
        idea: Idea {
            title: "Verjaardagskorting 🎂".into(),
            action: "We sturen op de verjaardag een kortingscode van 10%.".into(),
            audience: "Klanten met een account & een bekende geboortedatum".into(),
            channel: "E-mail".into(),
            moment: "Om 08:00 op de verjaardag".into(),
            data: "Geboortedatum, aankoophistorie".into(),
            message: concat!(
                "<p>Gefeliciteerd, {naam}! 🎉</p>\n",
                "<script>alert(\"hi\")</script>\n",
                "**Code:** `VIER10` — _tot en met zondag_"
            )
            .into(),
        },
        org_values: "Eerlijk, \"dichtbij\" & <em>open</em>".into(),
        ..Assessment::default()
    };
    *a.dimension_mut(DimensionId::Complexity) = entry(lv(1), "Code werkt niet in de app <br/>");
    *a.dimension_mut(DimensionId::Language) = entry(lv(2), "");
    *a.dimension_mut(DimensionId::Place) = entry(lv(3), "# Kop\n- punt 1\n- punt 2");
    *a.dimension_mut(DimensionId::Time) = entry(lv(4), "");
    *a.dimension_mut(DimensionId::Relevance) = entry(lv(5), "| a | b |\n|---|---|");
    *a.dimension_mut(DimensionId::Trust) = entry(Some(Answer::Unknown), "Nog navragen bij privacy-officer 🤔");
    *a.dimension_mut(DimensionId::Empathy) = entry(None, "Alleen een notitie, nog geen score");
    *a.value_mut(ValueQuestion::CustomerValue) = entry(lv(2), "Kleine korting > geen korting?");
    *a.value_mut(ValueQuestion::OrgValue) = entry(lv(5), "");
    *a.value_mut(ValueQuestion::CustomerValuesFit) = entry(Some(Answer::Unknown), "");
    *a.flag_mut(RedFlag::BigBrother) = flag(FlagAnswer::Yes, "Hoe weten ze mijn verjaardag?!");
    *a.flag_mut(RedFlag::Paternalism) = flag(FlagAnswer::No, "");
    *a.flag_mut(RedFlag::Pushiness) = flag(FlagAnswer::Unsure, "Afhankelijk van de toon\ttab");
    *a.flag_mut(RedFlag::MainlyOrgValue) = flag(FlagAnswer::Yes, "");

    let mut b = Assessment::default();
    b.idea.title = "Help with the allowance form".into();
    b.example = Some(ExampleId::GovernmentHelp);
    *b.flag_mut(RedFlag::UnnecessaryContact) = flag(FlagAnswer::No, "");

    vec![
        Record { id: "a18f9a5c2e0-1".into(), created: 1_718_000_000_000, updated: 1_718_003_600_000, assessment: a },
        Record { id: "a18f9a5c2e0-2".into(), created: 1_718_000_100_000, updated: 1_718_000_100_000, assessment: b },
    ]
}

/// The assessment in tests/golden/link-s1.txt and tests/golden/session-v1.json.
fn golden_link_assessment() -> Assessment {
    let mut a = Assessment::default();
    a.idea.title = "Birthday voucher 🎂 <b>bold</b>".into();
    a.idea.action = "Send a *discount* code & a card".into();
    *a.dimension_mut(DimensionId::Time) = entry(Some(Answer::Unknown), "Is the birthday the right moment?\n- maybe");
    *a.dimension_mut(DimensionId::Trust) = entry(lv(2), "");
    *a.value_mut(ValueQuestion::CustomerValue) = entry(lv(4), "");
    *a.flag_mut(RedFlag::BigBrother) = flag(FlagAnswer::No, "");
    *a.flag_mut(RedFlag::Pushiness) = flag(FlagAnswer::Unsure, "");
    a.example = Some(ExampleId::PostPurchase);
    a
}

#[test]
fn golden_export_v1_imports_exactly() {
    let records = file::import(GOLDEN_EXPORT).expect("the v1 golden file imports");
    let expected = golden_export_records();
    assert_eq!(records.len(), 2);
    // Field by field first, for a readable failure.
    let a = &records[0].assessment;
    assert_eq!(records[0].id, "a18f9a5c2e0-1");
    assert_eq!(records[0].created, 1_718_000_000_000);
    assert_eq!(records[0].updated, 1_718_003_600_000);
    assert_eq!(a.idea.title, "Verjaardagskorting 🎂");
    assert!(a.idea.message.contains("<script>alert(\"hi\")</script>\n**Code:**"));
    assert_eq!(a.dimension_level(DimensionId::Complexity).map(Level::get), Some(1));
    assert_eq!(a.dimension_level(DimensionId::Relevance).map(Level::get), Some(5));
    assert_eq!(a.dimension(DimensionId::Trust).answer, Some(Answer::Unknown));
    assert_eq!(a.dimension(DimensionId::Empathy).answer, None);
    assert_eq!(a.dimension(DimensionId::Empathy).note, "Alleen een notitie, nog geen score");
    assert_eq!(*a.dimension(DimensionId::Autonomy), Entry::default());
    assert_eq!(a.value(ValueQuestion::CustomerValuesFit).answer, Some(Answer::Unknown));
    assert_eq!(a.flag(RedFlag::BigBrother).answer, Some(FlagAnswer::Yes));
    assert_eq!(a.flag(RedFlag::Paternalism).answer, Some(FlagAnswer::No));
    assert_eq!(a.flag(RedFlag::Pushiness).answer, Some(FlagAnswer::Unsure));
    assert_eq!(a.flag(RedFlag::UnnecessaryContact).answer, None);
    assert_eq!(a.org_values, "Eerlijk, \"dichtbij\" & <em>open</em>");
    assert_eq!(a.example, None);
    assert_eq!(records[1].assessment.example, Some(ExampleId::GovernmentHelp));
    // Then everything.
    assert_eq!(records, expected);
}

/// The version-1 golden records with two customer groups on the first
/// (hostile text included): the content of `export-v2.json`.
fn golden_export_v2_records() -> Vec<Record> {
    let mut records = golden_export_records();
    let mut debts = Group {
        id: "g1k3tab1".into(),
        name: "Klanten met schulden | <b>achterstand</b>".into(),
        description: "Een betalingsachterstand\n# geen kop".into(),
        share: Share::Percent(12),
        ..Group::default()
    };
    debts.overrides.dimensions.insert(DimensionId::Empathy, entry(lv(1), "Een vrolijk label doet pijn"));
    debts.overrides.dimensions.insert(DimensionId::Trust, entry(Some(Answer::Unknown), ""));
    debts.overrides.values.insert(ValueQuestion::CustomerValuesFit, entry(lv(2), ""));
    debts
        .overrides
        .flags
        .insert(RedFlag::BigBrother, FlagEntry { answer: Some(FlagAnswer::Yes), note: "*watched*".into() });
    let app = Group { id: "g2k3tab1".into(), name: "App-first".into(), share: Share::Small, ..Group::default() };
    records[0].assessment.groups = vec![debts, app];
    records
}

#[test]
fn golden_export_v2_reads_back_exactly() {
    // Released: it must keep loading as it is (with groups, without the
    // message check).
    let read = file::import(GOLDEN_EXPORT_V2).expect("the v2 golden file imports");
    assert_eq!(read, golden_export_v2_records());
    let g = &read[0].assessment.groups;
    assert_eq!(g[0].overrides.dimensions.len(), 2);
    assert_eq!(g[1].share, Share::Small);
    assert!(read.iter().all(|r| r.assessment.message_check.is_empty()));
}

/// The records of `export-v3.json`: version 2's, with a message check.
fn golden_export_v3_records() -> Vec<Record> {
    let mut records = golden_export_v2_records();
    records[0].assessment.idea.message = "Je hebt recht op toeslag. Vraag het aan op onze site.".into();
    records[0].assessment.message_check = MessageCheck {
        lang: Some(TextLang::Nl),
        versions: vec![
            MessageVersion {
                text:
                    "Indien u van mening bent dat u in aanmerking komt, wordt u verzocht het formulier te retourneren."
                        .into(),
                at: 1_718_003_000_000,
            },
            MessageVersion {
                text: "Als u denkt dat u recht hebt op toeslag, *stuur* dan het formulier terug.".into(),
                at: 1_718_003_500_000,
            },
        ],
    };
    records[1].assessment.message_check.lang = Some(TextLang::En);
    records
}

#[test]
fn golden_export_v3_reads_back_exactly() {
    // Released: it must keep loading as it is (with the message check,
    // without lenses).
    let read = file::import(GOLDEN_EXPORT_V3).expect("the v3 golden file imports");
    assert_eq!(read, golden_export_v3_records());
    assert_eq!(read[0].assessment.message_check.versions.len(), 2);
    assert!(read.iter().all(|r| r.assessment.lenses.is_empty()));
}

/// The lenses of `export-v4.json` and `link-s4.txt`: three on and answered
/// (with notes that look like Markdown and HTML), a contact plan at night,
/// a journey, and an answer kept for a lens that is off.
fn golden_lenses() -> lens::Lenses {
    use lens::{Channel, ContactPlan, Day, Journey, LensAnswer as A, LensId as L, Step};
    let mut ls = lens::Lenses::default();
    for l in [L::Moments, L::GoldenRules, L::BMap] {
        ls.switch(l, true);
    }
    let lvl = |n| A::Level(Level::new(n).unwrap());
    for (l, key, answer, note) in [
        (L::GoldenRules, "bother", Some(A::No), "3 keer per week | *nachts*"),
        (L::GoldenRules, "promises", Some(A::Yes), ""),
        (L::GoldenRules, "x1", Some(A::Unsure), "Eigen vraag <script>"),
        (L::BMap, "motivation", Some(lvl(4)), ""),
        (L::BMap, "ability", Some(lvl(2)), "Inloggen met DigiD\n- stap 2"),
        (L::BMap, "act_now", Some(A::Unknown), ""),
        (L::Moments, "worry", Some(A::Yes), ""),
        (L::Moments, "customer_view", None, "Alleen een notitie"),
        (L::Emotions, "tone", Some(A::No), "Lens staat uit, antwoord blijft"),
    ] {
        *ls.entry_mut(l, key) = lens::LensEntry { answer, note: note.into() };
    }
    ls.plan = ContactPlan {
        channel: Some(Channel::WhatsApp),
        day: Some(Day::Sat),
        hour: Some(3),
        per_week: Some(3),
        in_time: Some(FlagAnswer::Unsure),
    };
    ls.journey = Journey {
        steps: vec![
            Step { name: "Bestelling geplaatst".into(), matters: false },
            Step { name: "Eerste factuur <b>?</b>".into(), matters: true },
            Step { name: "# Pakket komt".into(), matters: true },
        ],
        at: Some(1),
    };
    ls
}

/// The records of `export-v4.json`: version 3's, with lenses.
fn golden_export_v4_records() -> Vec<Record> {
    let mut records = golden_export_v3_records();
    records[0].assessment.lenses = golden_lenses();
    records[1].assessment.lenses.switch(lens::LensId::PeaksEnds, true);
    records
}

#[test]
fn golden_export_v4_is_what_export_writes_and_reads_back() {
    // The writer produces version 4 as documented. If this fails after an
    // intended change, keep export-v4.json (released files must keep
    // loading) and add a new golden file next to it.
    let written = file::export(&golden_export_v4_records(), 1_718_007_200_000);
    assert_eq!(written.trim_end(), GOLDEN_EXPORT_V4.trim_end());
    let read = file::import(GOLDEN_EXPORT_V4).expect("the v4 golden file imports");
    assert_eq!(read, golden_export_v4_records());
    assert_eq!(read[0].assessment.lenses.journey.steps.len(), 3);
}

#[test]
fn every_released_file_format_migrates_to_the_current_one() {
    // Versions 1 (no groups), 2 (no message check) and 3 (no lenses) read
    // as assessments without them, and are written again as version 4 with
    // the same content.
    for golden in [GOLDEN_EXPORT, GOLDEN_EXPORT_V2, GOLDEN_EXPORT_V3] {
        let old = file::import(golden).unwrap();
        assert!(old.iter().all(|r| r.assessment.lenses.is_empty()));
        let again = file::export(&old, 1);
        assert!(again.contains("\"version\": 4"));
        assert_eq!(file::import(&again).unwrap(), old);
    }
    for golden in [GOLDEN_EXPORT, GOLDEN_EXPORT_V2] {
        assert!(file::import(golden).unwrap().iter().all(|r| r.assessment.message_check.is_empty()));
    }
    assert!(file::import(GOLDEN_EXPORT).unwrap().iter().all(|r| r.assessment.groups.is_empty()));
    // The same for links: s1, s2 and s3 read, and are written as s4.
    for golden in [GOLDEN_LINK, GOLDEN_LINK_S2, GOLDEN_LINK_S3] {
        let a = link::decode(golden).unwrap();
        assert!(a.lenses.is_empty());
        let fragment = link::encode(&a);
        assert!(fragment.starts_with("s4."));
        assert_eq!(link::decode(&fragment).unwrap(), a);
    }
}

#[test]
fn golden_link_s2_with_groups_decodes_exactly() {
    let mut want = golden_link_assessment();
    want.groups = golden_export_v2_records()[0].assessment.groups.clone();
    let a = link::decode(GOLDEN_LINK_S2).expect("the s2 golden link decodes");
    assert_eq!(a, want);
}

/// The assessment of `link-s3.txt`: the s1 link's, with groups and a
/// message check.
fn golden_link_s3_assessment() -> Assessment {
    let mut want = golden_link_assessment();
    let v3 = golden_export_v3_records();
    want.groups = v3[0].assessment.groups.clone();
    want.message_check = v3[0].assessment.message_check.clone();
    want
}

#[test]
fn golden_link_s3_with_message_check_decodes_exactly() {
    let a = link::decode(GOLDEN_LINK_S3).expect("the s3 golden link decodes");
    assert_eq!(a, golden_link_s3_assessment());
}

#[test]
fn golden_link_s4_with_lenses_decodes_exactly_and_is_what_encode_writes() {
    let mut want = golden_link_s3_assessment();
    want.lenses = golden_lenses();
    let a = link::decode(GOLDEN_LINK_S4).expect("the s4 golden link decodes");
    assert_eq!(a, want);
    assert_eq!(link::encode(&want), GOLDEN_LINK_S4.trim());
}

#[test]
fn golden_link_s1_decodes_exactly() {
    let a = link::decode(GOLDEN_LINK).expect("the s1 golden link decodes");
    assert!(GOLDEN_LINK.starts_with("s1."));
    assert_eq!(a.idea.title, "Birthday voucher 🎂 <b>bold</b>");
    assert_eq!(a.dimension(DimensionId::Time).answer, Some(Answer::Unknown));
    assert_eq!(a.example, Some(ExampleId::PostPurchase));
    assert_eq!(a, golden_link_assessment());
    // With a leading '#', as `location.hash` gives it.
    assert_eq!(link::decode(&format!("#{}", GOLDEN_LINK.trim())).unwrap(), golden_link_assessment());
}

#[test]
fn golden_session_v1_is_migrated_to_one_record() {
    let old = storage_v1::decode(GOLDEN_SESSION).expect("the first release's format still reads");
    assert_eq!(old.lang, Some(Lang::En));
    assert_eq!(old.view, View::Assess);
    assert_eq!(old.assessment, golden_link_assessment());

    let now = 1_720_000_000_000;
    let saved = storage::decode(GOLDEN_SESSION, now).expect("migrates");
    let id = make_id(now, 0);
    assert_eq!(saved.lang, Some(Lang::En));
    assert_eq!(saved.view, View::Assess);
    assert_eq!(saved.current.as_deref(), Some(id.as_str()));
    assert_eq!(
        saved.records,
        vec![Rc::new(Record { id: id.clone(), created: now, updated: now, assessment: golden_link_assessment() })]
    );
    assert!(saved.compare.is_empty());
    // The migrated collection saves and loads as the new format.
    let again = storage::decode(&storage::encode(&saved), now + 1).unwrap();
    assert_eq!(again, saved);
}

#[test]
fn blank_session_v1_migrates_to_no_record() {
    let blank = storage_v1::encode(Some(Lang::Nl), View::Assess, &Assessment::default());
    let saved = storage::decode(&blank, 5).expect("migrates");
    assert!(saved.records.is_empty());
    assert_eq!(saved.current, None);
    assert_eq!(saved.lang, Some(Lang::Nl));
    // Nothing open, so the start view instead of an empty form.
    assert_eq!(saved.view, View::Start);
    let minimal = storage::decode(r#"{"format":"wenselijk-session","version":1}"#, 5).unwrap();
    assert!(minimal.records.is_empty());
    assert_eq!(minimal.lang, None);
}

// ------------------------------------------------------------------ round trips

#[test]
fn file_round_trips_every_example() {
    let records = records_of(every_example());
    let text = file::export(&records, 42);
    assert!(text.starts_with("{\n  \"format\": \"wenselijk-export\",\n  \"version\": 4,\n  \"exported\": 42,"));
    assert_eq!(file::import(&text).unwrap(), records);
    assert_eq!(file::import(&file::export::<Record>(&[], 0)).unwrap(), vec![]);
}

#[test]
fn file_import_normalises_and_ignores_unknown_fields() {
    let text = r#"{"format":"wenselijk-export","version":1,"future":{"x":[1]},"assessments":[
        {"id":"x","created":1,"updated":2,"extra":true,"assessment":{
            "dimensions":{"time":{"answer":null},"trust":{"answer":{"level":3},"later":1}},
            "flags":{"pushiness":{"note":""}},"example":null}}]}"#;
    let records = file::import(text).unwrap();
    let mut a = Assessment::default();
    a.dimension_mut(DimensionId::Trust).answer = lv(3);
    assert_eq!(records, vec![Record { id: "x".into(), created: 1, updated: 2, assessment: a }]);
    // The parser skips unknown fields without recursing: deep nesting there
    // neither overflows the stack nor matters.
    let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let text = file_with(&format!(r#"{{"future":{deep}}}"#));
    assert_eq!(file::import(&text).unwrap()[0].assessment, Assessment::default());
}

#[test]
fn link_round_trips_every_example_and_fits() {
    for (i, a) in every_example().into_iter().enumerate() {
        let fragment = link::encode(&a);
        assert!(fragment.starts_with(link::PREFIX));
        assert!(fragment.bytes().skip(3).all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert!(link::fits(&fragment), "example {i} needs {} chars", fragment.len());
        assert_eq!(link::decode(&fragment).unwrap(), a);
        assert_eq!(link::decode(&format!("  #{fragment}\n")).unwrap(), a);
    }
    for id in ExampleId::ALL {
        eprintln!("link length {:?} (nl): {}", id, link::encode(&example(id).build(Lang::Nl)).len());
    }
}

#[test]
fn link_encoding_is_canonical() {
    let mut a = golden_link_assessment();
    let before = link::encode(&a);
    a.dimension_mut(DimensionId::Empathy); // an empty entry carries nothing
    assert_eq!(link::encode(&a), before);
    assert!(link::fits(&before));
    assert!(!link::fits(&"A".repeat(link::MAX_LINK_CHARS + 1)));
}

#[test]
fn storage_round_trips() {
    let records = records_of(every_example());
    let saved = storage::Saved {
        lang: Some(Lang::En),
        view: View::Compare,
        current: Some(records[3].id.clone()),
        compare: vec![records[0].id.clone(), records[5].id.clone()],
        seq: 99,
        records: records.into_iter().map(Rc::new).collect(),
        ..storage::Saved::default()
    };
    assert_eq!(storage::decode(&storage::encode(&saved), 0).unwrap(), saved);
    assert_eq!(storage::decode(&storage::encode(&storage::Saved::default()), 0).unwrap(), storage::Saved::default());
}

#[test]
fn hostile_text_is_kept_verbatim_as_data() {
    let a = hostile_assessment();
    assert_eq!(link::decode(&link::encode(&a)).unwrap(), a);
    let records = records_of(vec![a.clone()]);
    assert_eq!(file::import(&file::export(&records, 1)).unwrap(), records);
    let saved = storage::Saved {
        current: Some(records[0].id.clone()),
        records: records.into_iter().map(Rc::new).collect(),
        ..storage::Saved::default()
    };
    assert_eq!(storage::decode(&storage::encode(&saved), 0).unwrap(), saved);
    assert_eq!(storage_v1::decode(&storage_v1::encode(None, View::Start, &a)).unwrap().assessment, a);
}

#[test]
fn text_limits_count_characters_not_bytes() {
    let mut a = Assessment::default();
    a.idea.title = "é".repeat(MAX_TEXT_CHARS); // twice as many bytes
    a.dimension_mut(DimensionId::Time).note = "🙂".repeat(MAX_TEXT_CHARS);
    let records = vec![Record { id: "é".repeat(MAX_ID_CHARS), created: 0, updated: 0, assessment: a.clone() }];
    assert_eq!(file::import(&file::export(&records, 0)).unwrap(), records);
    assert_eq!(link::decode(&link::encode(&a)).unwrap(), a);
}

#[test]
fn exactly_the_maximum_number_of_assessments_is_accepted() {
    let records: Vec<Record> = (0..MAX_ASSESSMENTS)
        .map(|i| Record { id: format!("r{i}"), created: 0, updated: 0, assessment: Assessment::default() })
        .collect();
    assert_eq!(file::import(&file::export(&records, 0)).unwrap().len(), MAX_ASSESSMENTS);
}

// -------------------------------------------------------------------- bad input

fn check_all(name: &str, decode: impl Fn(&str) -> Result<(), DecodeError>, cases: Vec<(String, Check)>) {
    for (input, check) in cases {
        match decode(&input) {
            Ok(()) => panic!("{name} accepted bad input {}", shown(&input)),
            Err(e) => assert!(check(&e), "{name}: wrong error for {}: {e:?}", shown(&input)),
        }
    }
}

fn import(text: &str) -> Result<(), DecodeError> {
    file::import(text).map(drop)
}

/// A version-1 export around one record whose assessment is `assessment`.
fn file_with(assessment: &str) -> String {
    format!(
        r#"{{"format":"wenselijk-export","version":1,"assessments":[{{"id":"a","created":1,"updated":1,"assessment":{assessment}}}]}}"#
    )
}

fn file_with_records(records: &str) -> String {
    format!(r#"{{"format":"wenselijk-export","version":1,"exported":0,"assessments":[{records}]}}"#)
}

#[test]
fn file_import_refuses_bad_input_with_a_reason() {
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let too_many = vec![r#"{"id":"x","created":0,"updated":0,"assessment":{}}"#; MAX_ASSESSMENTS + 1]
        .iter()
        .enumerate()
        .map(|(i, r)| r.replace("\"x\"", &format!("\"r{i}\"")))
        .collect::<Vec<_>>()
        .join(",");
    let cases: Vec<(String, Check)> = vec![
        // Not JSON, or not an object.
        ("".into(), malformed),
        ("   ".into(), malformed),
        ("{not json".into(), malformed),
        ("[1,2,3]".into(), malformed),
        ("null".into(), malformed),
        ("\"wenselijk-export\"".into(), malformed),
        ("\u{feff}".into(), malformed),
        ("\u{feff}\u{feff}{}".into(), malformed),
        // JSON, but not ours.
        ("{}".into(), |e| *e == DecodeError::NotOurs),
        (r#"{"hello":"world"}"#.into(), |e| *e == DecodeError::NotOurs),
        ("\u{feff}{}".into(), |e| *e == DecodeError::NotOurs),
        (r#"{"format":"wenselijk-library","version":1,"records":[]}"#.into(), |e| *e == DecodeError::NotOurs),
        (r#"{"format":"wenselijk-session","version":1}"#.into(), |e| *e == DecodeError::NotOurs),
        (r#"{"format":"WENSELIJK-EXPORT","version":1,"assessments":[]}"#.into(), |e| *e == DecodeError::NotOurs),
        // Versions.
        (r#"{"format":"wenselijk-export","version":5,"assessments":"changed"}"#.into(), |e| {
            *e == DecodeError::FutureVersion(5)
        }),
        (r#"{"format":"wenselijk-export","version":4294967295}"#.into(), |e| {
            *e == DecodeError::FutureVersion(u32::MAX)
        }),
        (
            r#"{"format":"wenselijk-export","assessments":[]}"#.into(),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("version")),
        ),
        (r#"{"format":"wenselijk-export","version":0,"assessments":[]}"#.into(), malformed),
        // Wrong types.
        (r#"{"format":"wenselijk-export","version":"1","assessments":[]}"#.into(), malformed),
        (r#"{"format":"wenselijk-export","version":-1,"assessments":[]}"#.into(), malformed),
        (r#"{"format":"wenselijk-export","version":1.5,"assessments":[]}"#.into(), malformed),
        (
            r#"{"format":"wenselijk-export","version":1}"#.into(),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("assessments")),
        ),
        (r#"{"format":"wenselijk-export","version":1,"assessments":{}}"#.into(), malformed),
        (r#"{"format":"wenselijk-export","version":1,"assessments":null}"#.into(), malformed),
        (file_with_records(r#"{"id":"a","created":-1,"updated":0,"assessment":{}}"#), malformed),
        (file_with_records(r#"{"id":"a","created":1e3,"updated":0,"assessment":{}}"#), malformed),
        (file_with_records(r#"{"id":7,"created":0,"updated":0,"assessment":{}}"#), malformed),
        (
            file_with_records(r#"{"id":"a","updated":0,"assessment":{}}"#),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("created")),
        ),
        (file_with_records(r#"{"id":"a","created":0,"updated":0}"#), malformed),
        (
            file_with(r#"{"dimensions":{"time":{"answer":{"level":7}}}}"#),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("outside 1 to 5") && m.contains("line 1 column")),
        ),
        (file_with(r#"{"dimensions":{"time":{"answer":{"level":0}}}}"#), malformed),
        (file_with(r#"{"dimensions":{"time":{"answer":"maybe"}}}"#), malformed),
        (file_with(r#"{"dimensions":{"time":{"answer":3}}}"#), malformed),
        (file_with(r#"{"dimensions":{"time":{"answer":{"level":3,"also":1}}}}"#), malformed),
        (file_with(r#"{"dimensions":{"time":null}}"#), malformed),
        (file_with(r#"{"dimensions":{"nonsense":{}}}"#), malformed),
        (file_with(r#"{"flags":{"big_brother":{"answer":"perhaps"}}}"#), malformed),
        (file_with(r#"{"idea":{"title":42}}"#), malformed),
        (file_with(r#"{"idea":{"title":"\ud800"}}"#), malformed),
        (file_with(r#"{"example":"not_an_example"}"#), malformed),
        (file_with(r#"{"org_values":["a"]}"#), malformed),
        // Ids.
        (
            file_with_records(r#"{"id":"","created":0,"updated":0,"assessment":{}}"#),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("assessments[0].id is empty")),
        ),
        (
            file_with_records(&format!(r#"{{"id":"{}","created":0,"updated":0,"assessment":{{}}}}"#, "i".repeat(101))),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("assessments[0].id") && m.contains("101")),
        ),
        (
            file_with_records(
                r#"{"id":"a","created":0,"updated":0,"assessment":{}},{"id":"b","created":0,"updated":0,"assessment":{}},
                   {"id":"a","created":0,"updated":0,"assessment":{}}"#,
            ),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("assessments[2].id \"a\"") && m.contains("[0]")),
        ),
        // Limits.
        (file_with_records(&too_many), |e| {
            *e == DecodeError::TooMany { count: MAX_ASSESSMENTS + 1, limit: MAX_ASSESSMENTS }
        }),
        (file_with(&format!(r#"{{"idea":{{"title":"{long}"}}}}"#)), |e| {
            *e == DecodeError::TextTooLong {
                field: "assessments[0].idea.title".into(),
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS,
            }
        }),
        (
            file_with(&format!(r#"{{"dimensions":{{"time":{{"note":"{long}"}}}}}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "assessments[0].dimensions.time.note"),
        ),
        (
            file_with(&format!(r#"{{"values":{{"org_value":{{"note":"{long}"}}}}}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "assessments[0].values.org_value.note"),
        ),
        (
            file_with(&format!(r#"{{"flags":{{"pushiness":{{"note":"{long}"}}}}}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "assessments[0].flags.pushiness.note"),
        ),
        (
            file_with(&format!(r#"{{"org_values":"{long}"}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "assessments[0].org_values"),
        ),
        (
            file_with_records(&format!(r#"{{"id":"{long}","created":0,"updated":0,"assessment":{{}}}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "assessments[0].id"),
        ),
        (
            file_with_records(&format!(
                r#"{{"id":"a","created":0,"updated":0,"assessment":{{}}}},{{"id":"b","created":0,"updated":0,"assessment":{{"idea":{{"message":"{long}"}}}}}}"#
            )),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "assessments[1].idea.message"),
        ),
        (format!(r#"{{"format":"wenselijk-export","version":1,"pad":"{}"}}"#, "a".repeat(MAX_FILE_BYTES)), |e| {
            matches!(e, DecodeError::TooLarge { limit: MAX_FILE_BYTES, .. })
        }),
        // Nesting deeper than the parser allows: an error, not a stack overflow.
        ("[".repeat(100_000), malformed),
        (format!(r#"{{"format":"wenselijk-export","version":1,"assessments":{}"#, "[".repeat(100_000)), malformed),
        (format!(r#"{{"x":{}"#, "{\"x\":".repeat(50_000)), malformed),
    ];
    check_all("file::import", import, cases);
}

#[test]
fn link_decode_refuses_bad_input_with_a_reason() {
    let bad_link = |e: &DecodeError| matches!(e, DecodeError::BadLink(_));
    let good = link::encode(&golden_link_assessment());
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    // Unpacks to four times the limit.
    let bomb = link_around(&vec![b'['; 4 * MAX_FILE_BYTES]);
    let cases: Vec<(String, Check)> = vec![
        ("".into(), bad_link),
        ("#".into(), bad_link),
        ("   ".into(), bad_link),
        ("hello".into(), bad_link),
        ("s1".into(), bad_link),
        ("section.2".into(), bad_link),
        ("s.abc".into(), bad_link),
        ("s0.abc".into(), bad_link),
        ("s01.abc".into(), bad_link),
        ("s99999999999.abc".into(), bad_link),
        ("S1.abc".into(), bad_link),
        ("s1x.abc".into(), bad_link),
        ("s5.anything".into(), |e| *e == DecodeError::FutureVersion(5)),
        ("#s17.".into(), |e| *e == DecodeError::FutureVersion(17)),
        // Not base64url.
        ("s1.".into(), bad_link),
        ("s1.!!!!".into(), bad_link),
        ("s1.a+b/".into(), bad_link),
        ("s1.A".into(), bad_link),
        (format!("s1.{}%3D", &good[3..]), bad_link),
        (format!("{} {}", &good[..20], &good[20..]), bad_link),
        (format!("s1.s1.{}", &good[3..]), bad_link),
        // base64url, but not deflate.
        ("s1.aGVsbG8gd29ybGQ".into(), bad_link),
        ("s1.AAAA".into(), bad_link),
        (format!("{}AAAA", &good[..good.len() / 2]), bad_link),
        // Deflate, but not an assessment.
        (link_around(b""), malformed),
        (link_around(b"not json"), malformed),
        (link_around(b"{\"idea\":{\"title\":42}}"), malformed),
        (link_around(b"{\"dimensions\":{\"time\":{\"answer\":{\"level\":6}}}}"), malformed),
        (link_around(b"{\"idea\":{\"title\":\"\xff\xfe\"}}"), malformed),
        (link_around("[".repeat(100_000).as_bytes()), malformed),
        (link_around(format!(r#"{{"idea":{{"title":"{long}"}}}}"#).as_bytes()), |e| {
            *e == DecodeError::TextTooLong {
                field: "idea.title".into(),
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS,
            }
        }),
        (
            link_around(format!(r#"{{"flags":{{"big_brother":{{"note":"{long}"}}}}}}"#).as_bytes()),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "flags.big_brother.note"),
        ),
        // Too large: the fragment itself, or what it unpacks to (a deflate bomb).
        (format!("s1.{}", "A".repeat(link::MAX_FRAGMENT_BYTES)), |e| matches!(e, DecodeError::TooLarge { .. })),
        (link_around(&vec![b' '; MAX_FILE_BYTES + 1]), |e| {
            matches!(e, DecodeError::TooLarge { limit: MAX_FILE_BYTES, .. })
        }),
        (bomb.clone(), |e| matches!(e, DecodeError::TooLarge { .. })),
    ];
    // The bomb really is small enough to arrive as a link.
    assert!(bomb.len() < link::MAX_FRAGMENT_BYTES, "bomb of {} bytes", bomb.len());
    check_all("link::decode", |t| link::decode(t).map(drop), cases);
}

#[test]
fn storage_decode_refuses_bad_input_with_a_reason() {
    let head = r#""format":"wenselijk-library","version":1"#;
    let cases: Vec<(String, Check)> = vec![
        ("".into(), malformed),
        ("{not json".into(), malformed),
        ("[1,2,3]".into(), malformed),
        ("null".into(), malformed),
        (r#"{"hello":"world"}"#.into(), |e| *e == DecodeError::NotOurs),
        (r#"{"format":"wenselijk-export","version":1,"assessments":[]}"#.into(), |e| *e == DecodeError::NotOurs),
        (r#"{"format":"wenselijk-library"}"#.into(), |e| *e == DecodeError::NotOurs),
        (r#"{"format":"wenselijk-library","version":6,"records":"changed"}"#.into(), |e| {
            *e == DecodeError::FutureVersion(6)
        }),
        (format!(r#"{{{head},"stamps":{{"r1":{{"assessment.idea.title":[1,"t"]}}}}}}"#), malformed),
        (format!(r#"{{{head},"gone":{{"r1":"yesterday"}}}}"#), malformed),
        (r#"{"format":"wenselijk-session","version":3}"#.into(), |e| *e == DecodeError::FutureVersion(3)),
        (format!(r#"{{{head},"records":{{}}}}"#), malformed),
        (format!(r#"{{{head},"lang":"fr"}}"#), malformed),
        (format!(r#"{{{head},"view":"nowhere"}}"#), malformed),
        (format!(r#"{{{head},"seq":-1}}"#), malformed),
        (
            format!(r#"{{{head},"records":[{{"id":"a","created":0,"updated":0,"assessment":{{"idea":7}}}}]}}"#),
            malformed,
        ),
        (
            format!(
                r#"{{{head},"records":[{{"id":"a","created":0,"updated":0,"assessment":{{"values":{{"org_value":{{"answer":{{"level":9}}}}}}}}}}]}}"#
            ),
            malformed,
        ),
        (r#"{"format":"wenselijk-session","version":1,"assessment":{"idea":{"title":[]}}}"#.into(), malformed),
        ("[".repeat(100_000), malformed),
        (format!(r#"{{{head},"records":{}"#, "[".repeat(100_000)), malformed),
        (
            format!(r#"{{{head},"pad":"{}"}}"#, "a".repeat(storage::MAX_BYTES)),
            |e| matches!(e, DecodeError::TooLarge { limit, .. } if *limit == storage::MAX_BYTES),
        ),
        // A legacy session over the first release's own limit.
        (
            format!(r#"{{"format":"wenselijk-session","version":1,"pad":"{}"}}"#, "a".repeat(storage_v1::MAX_BYTES)),
            |e| matches!(e, DecodeError::TooLarge { limit, .. } if *limit == storage_v1::MAX_BYTES),
        ),
    ];
    check_all("storage::decode", |t| storage::decode(t, 0).map(drop), cases);
}

#[test]
fn every_prefix_of_a_valid_document_is_an_error() {
    // A cut-off file (an interrupted download, a partial paste) must never
    // be read as a shorter collection.
    let export = GOLDEN_EXPORT.trim_end();
    let saved_text = storage::encode(&storage::Saved {
        records: golden_export_records().into_iter().map(Rc::new).collect(),
        current: Some("a18f9a5c2e0-2".into()),
        ..storage::Saved::default()
    });
    let fragment = GOLDEN_LINK.trim();
    let cuts = |s: &str| (0..s.len()).filter(|i| s.is_char_boundary(*i)).collect::<Vec<_>>();
    for i in cuts(export) {
        assert!(file::import(&export[..i]).is_err(), "file prefix of {i} bytes was accepted");
    }
    for i in cuts(&saved_text) {
        assert!(storage::decode(&saved_text[..i], 0).is_err(), "storage prefix of {i} bytes was accepted");
    }
    for i in cuts(GOLDEN_SESSION) {
        assert!(storage::decode(&GOLDEN_SESSION[..i], 0).is_err(), "session prefix of {i} bytes was accepted");
    }
    for i in cuts(fragment) {
        assert!(link::decode(&fragment[..i]).is_err(), "link prefix of {i} bytes was accepted");
    }
    // And the whole documents do load.
    assert!(file::import(export).is_ok());
    assert!(storage::decode(&saved_text, 0).is_ok());
    assert!(link::decode(fragment).is_ok());
}

#[test]
fn a_newer_export_is_refused_not_misread() {
    let newer = GOLDEN_EXPORT_V4.replacen("\"version\": 4", "\"version\": 5", 1);
    assert_eq!(file::import(&newer), Err(DecodeError::FutureVersion(5)));
    let newer_link = replace_once(GOLDEN_LINK_S4, "s4.", "s5.");
    assert_eq!(link::decode(&newer_link), Err(DecodeError::FutureVersion(5)));
}

#[test]
fn storage_repair_leaves_unique_ids_and_never_panics() {
    // Duplicate ids where the next generated id is already taken, and a
    // sequence number at its maximum: hand-edited or damaged storage.
    let rec = |id: &str| format!(r#"{{"id":"{id}","created":5,"updated":5,"assessment":{{}}}}"#);
    let docs = [
        format!(r#"{{"format":"wenselijk-library","version":1,"seq":0,"records":[{},{}]}}"#, rec("a5-1"), rec("a5-1")),
        format!(
            r#"{{"format":"wenselijk-library","version":1,"seq":0,"records":[{},{},{}]}}"#,
            rec("x"),
            rec("x"),
            rec("a5-1")
        ),
        format!(
            r#"{{"format":"wenselijk-library","version":1,"seq":18446744073709551615,"records":[{},{}]}}"#,
            rec("x"),
            rec("x")
        ),
        format!(r#"{{"format":"wenselijk-library","version":1,"records":[{},{}]}}"#, rec(""), rec("")),
    ];
    for doc in docs {
        let result = std::panic::catch_unwind(|| storage::decode(&doc, 0));
        let saved = result.unwrap_or_else(|_| panic!("storage::decode panicked on {doc}")).unwrap();
        let ids: std::collections::BTreeSet<&String> = saved.records.iter().map(|r| &r.id).collect();
        assert_eq!(ids.len(), saved.records.len(), "duplicate ids after decode of {doc}: {:?}", saved.records);
        assert!(saved.records.iter().all(|r| !r.id.is_empty()));
    }
}

#[test]
fn the_released_library_format_1_keeps_loading_with_its_content_and_saves_as_5() {
    let saved = storage::decode(GOLDEN_LIBRARY_V1, 0).expect("version 1 reads");
    assert_eq!(saved.lang, Some(Lang::En));
    assert_eq!(saved.view, View::RoundTable);
    assert_eq!(saved.current.as_deref(), Some("a18f9a5c2e0-1"));
    assert_eq!(saved.compare, ["a18f9a5c2e0-1", "a18f9a5d000-2"]);
    assert_eq!(saved.seq, 3);
    assert_eq!(saved.records.len(), 2);
    let first = &saved.records[0].assessment;
    assert_eq!(first.idea.title, "Birthday discount");
    assert_eq!(first.dimension(DimensionId::Time).answer, Some(Answer::lv(4)));
    assert_eq!(first.dimension(DimensionId::Time).note, "On the day itself");
    assert_eq!(first.dimension(DimensionId::Trust).answer, Some(Answer::Unknown));
    assert_eq!(first.flag(RedFlag::Pushiness).note, "One mail");
    assert_eq!(saved.records[1].assessment.example, Some(ExampleId::PostPurchase));
    let table = &saved.tables[0];
    assert_eq!(saved.current_table.as_deref(), Some(table.id.as_str()));
    assert_eq!(table.participants[0].label, "Ann");
    assert_eq!(table.decisions, ["Ask legal"]);
    assert_eq!(table.actions[0].who, "Bo");
    assert!(saved.stamps.is_empty() && saved.gone.is_empty(), "version 1 has no marks");
    // Written again, it is version 5 and reads back the same.
    let text = storage::encode(&saved);
    assert!(text.starts_with(r#"{"format":"wenselijk-library","version":5,"#), "{text}");
    assert_eq!(storage::decode(&text, 0).unwrap(), saved);
}

#[test]
fn the_released_library_format_2_keeps_its_marks_and_saves_as_5() {
    let saved = storage::decode(GOLDEN_LIBRARY_V2, 0).expect("version 2 reads");
    let v1 = storage::decode(GOLDEN_LIBRARY_V1, 0).unwrap();
    assert_eq!(saved.records, v1.records, "the same collection as the version-1 golden file");
    assert!(saved.records.iter().all(|r| r.assessment.groups.is_empty()));
    let marks = &saved.stamps["a18f9a5c2e0-1"];
    assert_eq!(marks["assessment.idea.title"].at, Stamp::new(1_718_003_600_000, "k3tab1"));
    assert_eq!(marks["assessment.idea.title"].over, Stamp::new(1_718_000_000_000, "k3tab1"));
    assert_eq!(saved.gone["a18f9a5f000-4"], Stamp::new(1_718_000_400_000, "m7tab2"));
    let text = storage::encode(&saved);
    assert!(text.starts_with(r#"{"format":"wenselijk-library","version":5,"#), "{text}");
    assert_eq!(storage::decode(&text, 0).unwrap(), saved);
}

#[test]
fn customer_groups_that_break_the_rules_are_refused_by_name() {
    let g = |body: &str| file_with(&format!(r#"{{"groups":[{body}]}}"#));
    let nine = (0..9).map(|i| format!(r#"{{"id":"g{i}"}}"#)).collect::<Vec<_>>().join(",");
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let cases: Vec<(String, &str)> = vec![
        (g(&nine), "assessments[0].groups holds 9 customer groups"),
        (g(r#"{"id":"g1"},{"id":"g1"}"#), "assessments[0].groups[1].id \"g1\" is already used by groups[0]"),
        (g(r#"{"id":""}"#), "assessments[0].groups[0].id is empty"),
        (g(r#"{"id":"g.1"}"#), "contains a dot"),
        (g(r#"{"id":"g1","share":{"percent":101}}"#), "assessments[0].groups[0].share is 101%"),
        (g(&format!(r#"{{"id":"g1","name":"{long}"}}"#)), "assessments[0].groups[0].name"),
        (
            g(&format!(r#"{{"id":"g1","overrides":{{"flags":{{"pushiness":{{"answer":"yes","note":"{long}"}}}}}}}}"#)),
            "assessments[0].groups[0].overrides.flags.pushiness.note",
        ),
        (g(r#"{"id":"g1","share":"most"}"#), "line 1"),
        (g(r#"{"id":"g1","overrides":{"dimensions":{"time":{"answer":{"level":6}}}}}"#), "outside 1 to 5"),
    ];
    for (input, want) in cases {
        let text = match file::import(&input).expect_err(want) {
            DecodeError::Malformed(m) => m,
            DecodeError::TextTooLong { field, .. } => field,
            other => format!("{other:?}"),
        };
        assert!(text.contains(want), "{want}: got {text}");
    }
    // At the limits it reads.
    let eight = (0..8).map(|i| format!(r#"{{"id":"g{i}","share":{{"percent":100}}}}"#)).collect::<Vec<_>>().join(",");
    assert_eq!(file::import(&g(&eight)).unwrap()[0].assessment.groups.len(), 8);
}

#[test]
fn lenses_that_break_the_rules_are_refused_by_name() {
    let l = |body: &str| file_with(&format!(r#"{{"lenses":{body}}}"#));
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let steps = |n: usize| (0..n).map(|i| format!(r#"{{"name":"s{i}"}}"#)).collect::<Vec<_>>().join(",");
    let cases: Vec<(String, &str)> = vec![
        (l(r#"{"on":["b_map","b_map"]}"#), "assessments[0].lenses.on[1] \"b_map\" is already on"),
        (l(r#"{"on":["glasses"]}"#), "unknown variant `glasses`"),
        (l(r#"{"answers":{"glasses":{}}}"#), "unknown variant `glasses`"),
        (
            l(r#"{"answers":{"b_map":{"bother":{"answer":"yes"}}}}"#),
            "assessments[0].lenses.answers.b_map.bother is not a question",
        ),
        (
            l(r#"{"answers":{"moments":{"x6":{"answer":"yes"}}}}"#),
            "assessments[0].lenses.answers.moments.x6 is not a question",
        ),
        (
            l(r#"{"answers":{"b_map":{"motivation":{"answer":"yes"}}}}"#),
            "assessments[0].lenses.answers.b_map.motivation.answer does not fit",
        ),
        (
            l(r#"{"answers":{"golden_rules":{"bother":{"answer":{"level":2}}}}}"#),
            "assessments[0].lenses.answers.golden_rules.bother.answer does not fit",
        ),
        (l(r#"{"answers":{"golden_rules":{"x1":{"answer":{"level":2}}}}}"#), "golden_rules.x1.answer does not fit"),
        (
            l(&format!(r#"{{"answers":{{"emotions":{{"tone":{{"note":"{long}"}}}}}}}}"#)),
            "assessments[0].lenses.answers.emotions.tone.note",
        ),
        (
            l(&format!(r#"{{"journey":{{"steps":[{}]}}}}"#, steps(9))),
            "assessments[0].lenses.journey.steps holds 9 steps",
        ),
        (
            l(&format!(r#"{{"journey":{{"steps":[{{"name":"{long}"}}]}}}}"#)),
            "assessments[0].lenses.journey.steps[0].name",
        ),
        (l(&format!(r#"{{"journey":{{"steps":[{}],"at":2}}}}"#, steps(2))), "assessments[0].lenses.journey.at is 2"),
        (l(r#"{"journey":{"at":0}}"#), "assessments[0].lenses.journey.at is 0; the journey has 0 steps"),
        (l(r#"{"plan":{"hour":24}}"#), "assessments[0].lenses.plan.hour is 24"),
        (l(r#"{"plan":{"per_week":0}}"#), "assessments[0].lenses.plan.per_week is 0"),
        (l(r#"{"plan":{"per_week":22}}"#), "assessments[0].lenses.plan.per_week is 22"),
        (l(r#"{"plan":{"hour":-1}}"#), "line 1"),
        (l(r#"{"plan":{"channel":"pigeon"}}"#), "unknown variant `pigeon`"),
    ];
    for (input, want) in cases {
        let text = match file::import(&input).expect_err(want) {
            DecodeError::Malformed(m) => m,
            DecodeError::TextTooLong { field, .. } => field,
            other => format!("{other:?}"),
        };
        assert!(text.contains(want), "{want}: got {text}");
    }
    // At the limits it reads, in a file and in a link.
    let edge = l(&format!(
        r#"{{"on":["emotions","golden_rules"],"answers":{{"golden_rules":{{"x5":{{"answer":"not_applicable"}}}},"b_map":{{"ability":{{"answer":{{"level":5}}}}}}}},
            "plan":{{"hour":23,"per_week":21}},"journey":{{"steps":[{}],"at":7}}}}"#,
        steps(8)
    ));
    let a = file::import(&edge).unwrap().remove(0).assessment;
    assert_eq!(a.lenses.on, [lens::LensId::GoldenRules, lens::LensId::Emotions], "read in order");
    assert_eq!(link::decode(&link::encode(&a)).unwrap(), a);
}
