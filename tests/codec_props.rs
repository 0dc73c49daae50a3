//! Property tests of the codecs: every format round-trips arbitrary content
//! exactly, and no input, however broken, makes a decoder panic or return
//! data that breaks the limits.
//!
//! `PROPTEST_CASES` sets the number of cases (default 256 for round trips,
//! 2000 for fuzzing).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/gen.rs"]
mod gen;

use gen::{entry, flag_entry, idea, text};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::LazyLock;
use wenselijk::codec::{
    file, link, storage, storage_v1, validate_assessment, DecodeError, MAX_ID_CHARS, MAX_TEXT_CHARS,
};
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;
use wenselijk::state::View;

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    ProptestConfig::with_cases(n)
}

// ------------------------------------------------------------------ strategies

/// Any assessment, empty entries included (they are dropped by `normalise`).
fn assessment() -> impl Strategy<Value = Assessment> {
    (
        idea(),
        btree_map(select(DimensionId::ALL.to_vec()), entry(), 0..=8),
        btree_map(select(ValueQuestion::ALL.to_vec()), entry(), 0..=4),
        text(),
        btree_map(select(RedFlag::ALL.to_vec()), flag_entry(), 0..=5),
        option::of(select(ExampleId::ALL.to_vec())),
        gen::groups(3),
        message_check(),
        gen::lenses(),
    )
        .prop_map(|(idea, dimensions, values, org_values, flags, example, groups, message_check, lenses)| {
            Assessment { idea, dimensions, values, org_values, flags, example, groups, message_check, lenses }
        })
}

/// Any message check: a chosen language or none, up to the most versions.
fn message_check() -> impl Strategy<Value = MessageCheck> {
    (
        option::of(select(vec![TextLang::Nl, TextLang::En])),
        vec((text(), any::<u64>()).prop_map(|(text, at)| MessageVersion { text, at }), 0..=MAX_MESSAGE_VERSIONS),
    )
        .prop_map(|(lang, versions)| MessageCheck { lang, versions })
}

fn normalised(mut a: Assessment) -> Assessment {
    a.normalise();
    a
}

/// Any valid id: 1 to 100 chars of any unicode.
fn id() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9-]{1,20}", vec(any::<char>(), 1..=MAX_ID_CHARS).prop_map(String::from_iter)]
}

fn record() -> impl Strategy<Value = Record> {
    (id(), any::<u64>(), any::<u64>(), assessment().prop_map(normalised))
        .prop_map(|(id, created, updated, assessment)| Record { id, created, updated, assessment })
}

/// Records with unique ids, as a collection has them.
fn records(max: usize) -> impl Strategy<Value = Vec<Record>> {
    vec(record(), 0..=max).prop_map(|mut rs| {
        let mut seen = BTreeSet::new();
        rs.retain(|r| seen.insert(r.id.clone()));
        rs
    })
}

fn saved() -> impl Strategy<Value = storage::Saved> {
    (
        option::of(select(Lang::ALL.to_vec())),
        select(vec![View::Start, View::Assess, View::Compare, View::Report, View::Rules, View::About]),
        records(4),
        any::<prop::sample::Index>(),
        vec(any::<prop::sample::Index>(), 0..4),
        any::<u64>(),
    )
        .prop_map(|(lang, view, records, current, compare, seq)| {
            let pick =
                |i: &prop::sample::Index| (!records.is_empty()).then(|| records[i.index(records.len())].id.clone());
            let mut s = storage::Saved {
                lang,
                view,
                current: pick(&current),
                compare: compare.iter().filter_map(pick).collect(),
                seq,
                records: records.into_iter().map(Rc::new).collect(),
                ..storage::Saved::default()
            };
            // What the app keeps is always repaired; decode repairs too.
            s.repair();
            s
        })
}

/// A change to a valid document: a byte flipped, the text cut, bytes
/// inserted or a run deleted. Positions are fractions of the length.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(prop::sample::Index, u8),
    Truncate(prop::sample::Index),
    Insert(prop::sample::Index, Vec<u8>),
    Delete(prop::sample::Index, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let idx = any::<prop::sample::Index>;
    let splice = prop_oneof![
        vec(any::<u8>(), 1..8),
        select(vec!["{", "}", "[", "]", "\"", ",", ":", "null", "\\", "\\u", "1e999", "-1", "\"version\":2"])
            .prop_map(|s| s.as_bytes().to_vec()),
    ];
    prop_oneof![
        4 => (idx(), 1..=255u8).prop_map(|(i, x)| Mutation::Flip(i, x)),
        1 => idx().prop_map(Mutation::Truncate),
        3 => (idx(), splice).prop_map(|(i, b)| Mutation::Insert(i, b)),
        2 => (idx(), 1..16usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
    ]
}

fn mutate(doc: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut b = doc.to_vec();
    for m in mutations {
        let at = |i: &prop::sample::Index, len: usize| if len == 0 { 0 } else { i.index(len + 1) };
        match m {
            Mutation::Flip(i, x) if !b.is_empty() => {
                let p = i.index(b.len());
                b[p] ^= x;
            }
            Mutation::Flip(..) => {}
            Mutation::Truncate(i) => b.truncate(at(i, b.len())),
            Mutation::Insert(i, bytes) => {
                let p = at(i, b.len());
                b.splice(p..p, bytes.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let p = at(i, b.len());
                b.drain(p..(p + n).min(b.len()));
            }
        }
    }
    b
}

/// Text that looks enough like our documents to get past the first checks.
fn json_ish() -> impl Strategy<Value = String> {
    let head = select(vec![
        "",
        "{",
        r#"{"format":"wenselijk-export","version":1,"assessments":["#,
        r#"{"format":"wenselijk-library","version":1,"records":["#,
        r#"{"format":"wenselijk-session","version":1,"assessment":"#,
        r#"{"id":"a","created":0,"updated":0,"assessment":{"#,
    ]);
    let body = r#"[\[\]{}":,0-9a-z_ .\\-]{0,200}"#;
    (head, body).prop_map(|(h, b)| format!("{h}{b}"))
}

/// Valid documents to mutate: the examples in both languages, a hostile
/// assessment and the golden files, in every format.
struct Corpus {
    exports: Vec<String>,
    storage: Vec<String>,
    links: Vec<String>,
    json: Vec<String>,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let mut hostile = Assessment::default();
    hostile.idea.title = "<script>alert(1)</script> \"q\" \\ \u{0}\u{1f} \u{202e}🙂".into();
    *hostile.dimension_mut(DimensionId::Trust) = Entry { answer: Some(Answer::Unknown), note: "a\nb".into() };
    let mut assessments: Vec<Assessment> =
        ExampleId::ALL.iter().flat_map(|id| Lang::ALL.map(|l| example(*id).build(l))).collect();
    assessments.push(hostile);
    assessments.push(Assessment::default());
    let record =
        |i: usize, a: &Assessment| Record { id: make_id(5, i as u64), created: 5, updated: 6, assessment: a.clone() };
    let pairs: Vec<Vec<Record>> =
        assessments.chunks(2).map(|c| c.iter().enumerate().map(|(i, a)| record(i, a)).collect()).collect();
    let mut exports: Vec<String> = pairs.iter().map(|rs| file::export(rs, 9)).collect();
    exports.push(include_str!("golden/export-v1.json").into());
    exports.push(include_str!("golden/export-v4.json").into());
    let mut storage: Vec<String> = pairs
        .iter()
        .map(|rs| {
            let current = rs.first().map(|r| r.id.clone());
            storage::encode(&storage::Saved {
                lang: Some(Lang::Nl),
                view: View::Assess,
                current,
                seq: 3,
                records: rs.iter().cloned().map(Rc::new).collect(),
                ..Default::default()
            })
        })
        .collect();
    storage.push(include_str!("golden/session-v1.json").into());
    storage.push(storage_v1::encode(Some(Lang::En), View::Assess, &assessments[0]));
    let mut links: Vec<String> = assessments.iter().map(link::encode).collect();
    links.push(include_str!("golden/link-s1.txt").into());
    links.push(include_str!("golden/link-s4.txt").into());
    let json = assessments.iter().map(|a| serde_json::to_string(a).unwrap_or_default()).collect();
    Corpus { exports, storage, links, json }
});

// ------------------------------------------------------------------ invariants

/// What any successful import must satisfy: nothing half-read, nothing
/// beyond the limits.
fn assert_valid_records(records: &[Record]) {
    let mut ids = BTreeSet::new();
    for r in records {
        assert!(!r.id.is_empty() && r.id.chars().count() <= MAX_ID_CHARS);
        assert!(ids.insert(&r.id), "duplicate id {:?}", r.id);
        assert_valid_assessment(&r.assessment);
    }
}

fn assert_valid_assessment(a: &Assessment) {
    assert_eq!(*a, normalised(a.clone()), "decoded assessments are normalised");
    let texts = IdeaField::ALL
        .iter()
        .map(|f| a.idea.get(*f))
        .chain(a.dimensions.values().map(|e| e.note.as_str()))
        .chain(a.values.values().map(|e| e.note.as_str()))
        .chain(a.flags.values().map(|e| e.note.as_str()))
        .chain([a.org_values.as_str()]);
    for t in texts {
        assert!(t.chars().count() <= MAX_TEXT_CHARS);
    }
    // Lenses, groups and the message check within their rules too.
    assert_eq!(validate_assessment(a, ""), Ok(()));
}

fn assert_valid_saved(s: &storage::Saved) {
    let ids: BTreeSet<&String> = s.records.iter().map(|r| &r.id).collect();
    let all: Vec<&String> = s.records.iter().map(|r| &r.id).collect();
    assert_eq!(ids.len(), all.len(), "ids are unique after decode: {all:?}");
    assert!(s.current.as_ref().is_none_or(|c| ids.contains(c)));
    assert!(s.compare.iter().all(|c| ids.contains(c)));
}

/// Feeds the same text to all three decoders: none may panic, and what they
/// accept must be valid.
fn decode_all(text: &str) {
    if let Ok(records) = file::import(text) {
        assert_valid_records(&records);
    }
    if let Ok(a) = link::decode(text) {
        assert_valid_assessment(&a);
    }
    if let Ok(s) = storage::decode(text, 1) {
        assert_valid_saved(&s);
    }
}

fn is_named(e: &DecodeError) -> bool {
    match e {
        DecodeError::Malformed(m) | DecodeError::BadLink(m) => !m.is_empty(),
        _ => true,
    }
}

// ------------------------------------------------------------------ round trips

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn file_round_trips(rs in records(5), at in any::<u64>()) {
        let text = file::export(&rs, at);
        prop_assert_eq!(file::import(&text), Ok(rs));
    }

    #[test]
    fn file_import_normalises(a in assessment(), id in id()) {
        let r = Record { id, created: 1, updated: 2, assessment: a.clone() };
        let back = file::import(&file::export(std::slice::from_ref(&r), 0));
        prop_assert_eq!(back, Ok(vec![Record { assessment: normalised(a), ..r }]));
    }

    #[test]
    fn link_round_trips(a in assessment()) {
        let fragment = link::encode(&a);
        prop_assert!(fragment.starts_with(link::PREFIX));
        prop_assert_eq!(link::decode(&fragment), Ok(normalised(a.clone())));
        prop_assert_eq!(link::decode(&format!("#{fragment}")), Ok(normalised(a)));
    }

    #[test]
    fn storage_round_trips(s in saved(), now in any::<u64>()) {
        prop_assert_eq!(storage::decode(&storage::encode(&s), now), Ok(s));
    }
}

// ------------------------------------------------------------------ fuzzing

proptest! {
    #![proptest_config(cases(2000))]

    #[test]
    fn decoders_survive_any_string(s in any::<String>()) {
        decode_all(&s);
    }

    #[test]
    fn decoders_survive_json_ish_text(s in json_ish()) {
        decode_all(&s);
    }

    #[test]
    fn decoders_survive_any_bytes(b in vec(any::<u8>(), 0..512)) {
        decode_all(&String::from_utf8_lossy(&b));
    }

    #[test]
    fn decoders_survive_link_like_junk(s in "(#| )?s[0-9]{0,3}\\.?[A-Za-z0-9_=+/%-]{0,300}") {
        decode_all(&s);
        if let Err(e) = link::decode(&s) {
            prop_assert!(is_named(&e));
        }
    }

    #[test]
    fn mutated_exports_are_read_or_refused(doc in select(&CORPUS.exports[..]), ms in vec(mutation(), 1..4)) {
        let text = String::from_utf8_lossy(&mutate(doc.as_bytes(), &ms)).into_owned();
        match file::import(&text) {
            Ok(back) => assert_valid_records(&back),
            Err(e) => prop_assert!(is_named(&e)),
        }
    }

    #[test]
    fn mutated_storage_is_read_or_refused(doc in select(&CORPUS.storage[..]), ms in vec(mutation(), 1..4)) {
        let text = String::from_utf8_lossy(&mutate(doc.as_bytes(), &ms)).into_owned();
        match storage::decode(&text, 3) {
            Ok(back) => assert_valid_saved(&back),
            Err(e) => prop_assert!(is_named(&e)),
        }
    }

    #[test]
    fn mutated_links_are_read_or_refused(doc in select(&CORPUS.links[..]), ms in vec(mutation(), 1..4)) {
        let text = String::from_utf8_lossy(&mutate(doc.as_bytes(), &ms)).into_owned();
        match link::decode(&text) {
            Ok(back) => assert_valid_assessment(&back),
            Err(e) => prop_assert!(is_named(&e)),
        }
    }

    #[test]
    fn links_around_mutated_json_are_read_or_refused(doc in select(&CORPUS.json[..]), ms in vec(mutation(), 1..4)) {
        // Past base64 and deflate: the JSON inside a valid link is broken.
        use base64::Engine;
        let packed = miniz_oxide::deflate::compress_to_vec(&mutate(doc.as_bytes(), &ms), 1);
        let fragment = format!("s1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed));
        match link::decode(&fragment) {
            Ok(back) => assert_valid_assessment(&back),
            Err(e) => prop_assert!(is_named(&e)),
        }
    }
}

// ------------------------------------------------------------------ lenses

/// One way to break generated lenses, and the words its refusal names.
fn break_lenses(ls: &mut lens::Lenses, how: u8) -> &'static str {
    use lens::{LensAnswer, LensId, Step};
    match how {
        0 => {
            ls.on.push(ls.on.first().copied().unwrap_or(LensId::Moments));
            ls.on.push(LensId::Moments);
            "is already on"
        }
        1 => {
            ls.entry_mut(LensId::Emotions, "bother").answer = Some(LensAnswer::Yes);
            "lenses.answers.emotions.bother is not a question"
        }
        2 => {
            ls.entry_mut(LensId::BMap, "ability").answer = Some(LensAnswer::No);
            "lenses.answers.b_map.ability.answer does not fit"
        }
        3 => {
            ls.journey.at = Some(ls.journey.steps.len() as u8);
            "lenses.journey.at is"
        }
        4 => {
            ls.journey.steps.resize(lens::MAX_STEPS + 1, Step::default());
            ls.journey.at = None;
            "lenses.journey.steps holds 9 steps"
        }
        5 => {
            ls.plan.hour = Some(24);
            "lenses.plan.hour is 24"
        }
        _ => {
            ls.plan.per_week = Some(0);
            "lenses.plan.per_week is 0"
        }
    }
}

proptest! {
    #![proptest_config(cases(256))]

    /// Generated lenses pass validation and survive a link; each way of
    /// breaking them is refused by a message naming the path.
    #[test]
    fn lenses_are_valid_until_broken_then_refused_by_name(ls in gen::lenses(), how in 0u8..7) {
        let a = Assessment { lenses: ls.clone(), ..Assessment::default() };
        prop_assert_eq!(validate_assessment(&a, "x"), Ok(()));
        let mut broken = a.clone();
        let want = break_lenses(&mut broken.lenses, how);
        match validate_assessment(&broken, "x") {
            Err(DecodeError::Malformed(m)) => prop_assert!(m.starts_with("x.lenses.") && m.contains(want), "{}", m),
            other => prop_assert!(false, "{:?}", other),
        }
        let json = serde_json::to_string(&broken).unwrap();
        let doc = format!(
            r#"{{"format":"wenselijk-export","version":4,"assessments":[{{"id":"a","created":0,"updated":0,"assessment":{json}}}]}}"#
        );
        prop_assert!(file::import(&doc).is_err());
    }
}
