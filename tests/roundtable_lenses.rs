//! The round table with lenses (issue 14): lens questions as items (keys,
//! kinds of answer), the items a session asks, their summaries and place
//! on the agenda, applying agreed lens answers, and the invite and answer
//! codes that carry lenses (older codes unchanged). Table-driven where the
//! cases are data.

use wenselijk::codec::roundtable::{
    decode_invite, decode_return, encode_invite, encode_return, Invite, InviteQuestion, ReturnError,
};
use wenselijk::codec::DecodeError;
use wenselijk::config::{LocalText, OrgLenses};
use wenselijk::domain::lens::{LensAnswer, LensId, LensSet};
use wenselijk::domain::roundtable::*;
use wenselijk::domain::*;
use wenselijk::i18n::Lang;

use LensAnswer::{NotApplicable as NA, Unknown as LU, Unsure as LUNSURE, Yes as LYES};
use LensId::{BMap, Emotions, GoldenRules};

/// B = MAP's motivation (a scale) and golden rules' "bother" (yes / no).
const MOTIVATION: Item = Item::Lens(BMap, 0);
const BOTHER: Item = Item::Lens(GoldenRules, 2);

fn l(a: LensAnswer) -> Option<ItemAnswer> {
    Some(ItemAnswer::Lens(a))
}

fn step(n: u8) -> Option<ItemAnswer> {
    l(LensAnswer::Level(Level::new(n).unwrap()))
}

fn session() -> RoundTable {
    RoundTable::new("rt-1", "a18f-1", "Birthday voucher", Mode::OwnDevices, "k3y5ecr7", 1_700_000_000_000)
}

/// Participants `P1`, `P2`, … answered `item` as given.
fn answered(item: Item, answers: &[Option<ItemAnswer>]) -> RoundTable {
    let mut rt = session();
    for (i, x) in answers.iter().enumerate() {
        let id = rt.add_participant(&format!("P{}", i + 1), |_| String::new()).unwrap();
        assert!(item.set_in(&mut rt.participant_mut(&id).unwrap().answers, *x));
    }
    rt
}

#[test]
fn lens_questions_follow_the_17_with_stable_keys() {
    let mut extra = [0u8; 5];
    extra[BMap.index()] = 2;
    let items = items(LensSet::of(&[BMap]), &extra);
    assert_eq!(items[..17], Item::ALL);
    let keys: Vec<String> = items[17..].iter().map(|i| i.key()).collect();
    assert_eq!(
        keys,
        [
            "lens-b_map-motivation",
            "lens-b_map-ability",
            "lens-b_map-act_now",
            "lens-b_map-right_moment",
            "lens-b_map-x1",
            "lens-b_map-x2"
        ]
    );
    for item in &items {
        assert_eq!(Item::from_key(&item.key()), Some(*item), "{item}");
        let json = serde_json::to_string(item).unwrap();
        assert_eq!(serde_json::from_str::<Item>(&json).unwrap(), *item);
    }
    let mut sorted = items.clone();
    sorted.sort();
    assert_eq!(sorted, items, "Ord is the order of the items");
    for bad in ["lens-b_map-nope", "lens-b_map-x6", "lens-b_map-x0", "lens-nope-x1", "lens-b_map", "lens--x1"] {
        assert_eq!(Item::from_key(bad), None, "{bad}");
    }
    assert_eq!(Item::lens(BMap, "ability"), Some(Item::Lens(BMap, 1)));
    assert_eq!(Item::lens(Emotions, "x5"), Some(Item::Lens(Emotions, 6 + 4)));
    assert_eq!(BOTHER.lens_key(), Some((GoldenRules, "bother".to_string())));
    assert_eq!(TIME.lens_key(), None);
    // Extra questions are capped at the most an organisation may add.
    assert_eq!(wenselijk::domain::roundtable::items(LensSet::of(&[BMap]), &[9; 5]).len(), 17 + 4 + 5);
    assert_eq!(wenselijk::domain::roundtable::items(LensSet::NONE, &[5; 5]), Item::ALL);
}

const TIME: Item = Item::Dimension(DimensionId::Time);

#[test]
fn lens_questions_take_answers_of_their_kind_only() {
    #[rustfmt::skip]
    let cases: &[(Item, Option<ItemAnswer>, bool)] = &[
        (MOTIVATION, step(4), true),
        (MOTIVATION, l(LU), true),
        (MOTIVATION, l(LYES), false),
        (MOTIVATION, Some(ItemAnswer::Scale(Answer::lv(4))), false),
        (BOTHER, l(LYES), true),
        (BOTHER, l(LensAnswer::No), true),
        (BOTHER, l(LUNSURE), true),
        (BOTHER, l(NA), true),
        (BOTHER, l(LU), true),
        (BOTHER, step(2), false),
        (BOTHER, Some(ItemAnswer::Flag(FlagAnswer::Yes)), false),
        (Item::Lens(GoldenRules, 6), l(LensAnswer::No), true), // the first extra question
        (Item::Lens(GoldenRules, 6), step(3), false),
        (TIME, l(LYES), false),
        (TIME, step(3), false),
        (Item::Flag(RedFlag::Pushiness), l(LYES), false),
    ];
    for (item, answer, ok) in cases {
        let mut a = Assessment::default();
        assert_eq!(item.set_in(&mut a, *answer), *ok, "{item} {answer:?}");
        let want = if *ok { *answer } else { None };
        assert_eq!(item.answer_in(&a), want, "{item} {answer:?}");
        assert_eq!(item.accepts(answer.unwrap()), *ok, "{item} {answer:?}");
    }
    let mut a = Assessment::default();
    BOTHER.set_in(&mut a, l(LensAnswer::No));
    *BOTHER.note_mut(&mut a) = "Three times a week".into();
    assert_eq!(a.lenses.answer(GoldenRules, "bother"), Some(LensAnswer::No));
    assert_eq!(a.lenses.entry(GoldenRules, "bother").note, "Three times a week");
    assert_eq!(BOTHER.note_in(&a), "Three times a week");
    assert!(BOTHER.set_in(&mut a, None));
    *BOTHER.note_mut(&mut a) = String::new();
    a.normalise();
    assert!(a.lenses.answers.is_empty(), "clearing leaves nothing behind");
    assert!(!BOTHER.is_scale() && MOTIVATION.is_scale() && !Item::Lens(BMap, 4).is_scale());
}

#[test]
fn a_session_asks_the_lenses_on_only_for_the_typical_customer() {
    let mut a = Assessment::default();
    let mut rt = session();
    assert_eq!(rt.items(&a, &[1; 5]), Item::ALL, "no lens on");
    a.lenses.switch(Emotions, true);
    a.lenses.switch(BMap, true);
    let items = rt.items(&a, &[0, 1, 0, 0, 0]);
    assert_eq!(items.len(), 17 + 4 + 1 + 6);
    assert_eq!(items[17], Item::Lens(BMap, 0));
    assert_eq!(items[22], Item::Lens(Emotions, 0), "in the lenses' order");
    assert_eq!(rt.lenses(&a), LensSet::of(&[BMap, Emotions]));
    rt.group = Some("g1".into());
    assert_eq!(rt.items(&a, &[1; 5]), Item::ALL, "a customer group: no lens questions");
    assert_eq!(rt.lenses(&a), LensSet::NONE);
}

/// The steps a strip plot shows, per kind of item: each is an answer the
/// item accepts, and a lens question's steps are lens answers.
#[test]
fn each_item_shows_the_steps_of_its_kind() {
    let scale = |f: fn(Level) -> ItemAnswer| Level::all().map(f).collect::<Vec<_>>();
    let cases: [(Item, Vec<ItemAnswer>); 5] = [
        (Item::ALL[0], scale(|l| ItemAnswer::Scale(Answer::Level(l)))),
        (Item::ALL[8], scale(|l| ItemAnswer::Scale(Answer::Level(l)))),
        (Item::ALL[12], FlagAnswer::ALL.map(ItemAnswer::Flag).to_vec()),
        (MOTIVATION, scale(|l| ItemAnswer::Lens(LensAnswer::Level(l)))),
        (BOTHER, [LYES, LensAnswer::No, LUNSURE, NA].map(ItemAnswer::Lens).to_vec()),
    ];
    for (item, steps) in cases {
        assert_eq!(item.steps(), steps, "{item}");
        assert!(steps.iter().all(|a| item.accepts(*a)), "{item}");
    }
}

/// name, item, answers, spread, known, unknown, median, suggestion.
type SummaryCase = (&'static str, Item, Vec<Option<ItemAnswer>>, u8, usize, usize, Option<f32>, Option<ItemAnswer>);

/// A lens question's summary: spread, counts, median, suggestion.
#[test]
fn lens_summaries_count_spread_and_suggest() {
    #[rustfmt::skip]
    let cases: Vec<SummaryCase> = vec![
        // name, item, answers, spread, known, unknown, median, suggestion
        ("yes/no all the same", BOTHER, vec![l(LYES), l(LYES)], 0, 2, 0, None, l(LYES)),
        ("yes and no", BOTHER, vec![l(LYES), l(LensAnswer::No)], 2, 2, 0, None, None),
        ("yes and not applicable: not the same", BOTHER, vec![l(LYES), l(NA)], 2, 2, 0, None, None),
        ("unsure and yes: not the same", BOTHER, vec![l(LUNSURE), l(LYES)], 2, 1, 1, None, l(LYES)),
        ("not known yet does not disagree", BOTHER, vec![l(LU), l(NA), None], 0, 1, 1, None, l(NA)),
        ("all unsure", BOTHER, vec![l(LUNSURE), l(LUNSURE)], 0, 0, 2, None, l(LUNSURE)),
        ("unsure and not known yet", BOTHER, vec![l(LUNSURE), l(LU)], 0, 0, 2, None, None),
        ("nobody answered", BOTHER, vec![None, None], 0, 0, 0, None, None),
        ("scale within one step", MOTIVATION, vec![step(2), step(3)], 1, 2, 0, Some(2.5), step(2)),
        ("scale far apart", MOTIVATION, vec![step(1), step(5), l(LU)], 4, 2, 1, Some(3.0), None),
        ("scale only not known yet", MOTIVATION, vec![l(LU), None], 0, 0, 1, None, l(LU)),
    ];
    for (name, item, answers, spread, known, unknown, median, suggestion) in cases {
        let rt = answered(item, &answers);
        let s = summarise(&rt, item);
        assert_eq!(
            (s.spread, s.known, s.unknown, s.missing, s.median),
            (spread, known, unknown, answers.iter().filter(|a| a.is_none()).count(), median),
            "{name}"
        );
        assert_eq!(suggested(&s), suggestion, "{name}");
        if let Some(x) = suggestion {
            assert!(item.accepts(x), "{name}");
        }
    }
}

#[test]
fn the_agenda_places_lens_questions_by_disagreement() {
    let mut a = Assessment::default();
    a.lenses.switch(GoldenRules, true);
    a.lenses.switch(BMap, true);
    let mut rt = answered(BOTHER, &[l(LYES), l(LensAnswer::No), l(LYES)]);
    for (i, x) in [step(1), step(2), step(2)].into_iter().enumerate() {
        let p = &mut rt.participants[i];
        MOTIVATION.set_in(&mut p.answers, x);
        TIME.set_in(&mut p.answers, Some(ItemAnswer::Scale(Answer::lv(3))));
    }
    let items = rt.items(&a, &[0; 5]);
    let agenda = agenda(&rt, &items);
    let order: Vec<Item> = agenda.iter().map(|s| s.item).collect();
    assert_eq!(order.len(), items.len());
    assert_eq!(order[..2], [BOTHER, MOTIVATION], "yes and no first, then a spread of one step");
    // The rest have no spread: in the items' order, the agreed dimension among them.
    let rest: Vec<Item> = items.iter().copied().filter(|i| ![BOTHER, MOTIVATION].contains(i)).collect();
    assert_eq!(order[2..], rest[..]);
}

#[test]
fn apply_agreed_writes_lens_answers_into_the_lenses() {
    let mut base = Assessment::default();
    base.lenses.switch(GoldenRules, true);
    *BOTHER.note_mut(&mut base) = "old note".into();
    base.lenses.plan.per_week = Some(3);
    let mut rt = session();
    assert!(rt.agree(BOTHER, ItemAnswer::Lens(LensAnswer::No), "Third request this week"));
    assert!(rt.agree(MOTIVATION, ItemAnswer::Lens(LensAnswer::Level(Level::new(2).unwrap())), " "));
    assert!(!rt.agree(MOTIVATION, ItemAnswer::Lens(LYES), "wrong kind"));
    let out = apply_agreed(&rt, &base);
    assert_eq!(out.lenses.answer(GoldenRules, "bother"), Some(LensAnswer::No));
    assert_eq!(out.lenses.entry(GoldenRules, "bother").note, "Third request this week");
    assert_eq!(out.lenses.answer(BMap, "motivation"), Some(LensAnswer::Level(Level::new(2).unwrap())));
    assert_eq!(out.lenses.entry(BMap, "motivation").note, "", "a blank reason keeps the note");
    assert_eq!((out.lenses.on.clone(), out.lenses.plan.clone()), (base.lenses.on.clone(), base.lenses.plan.clone()));
    assert_eq!(rt.agreed_answer(BOTHER), Some((ItemAnswer::Lens(LensAnswer::No), "Third request this week")));

    // A session about a customer group writes no lens answers anywhere.
    let mut with_group = base.clone();
    with_group.groups.push(Group { id: "g1".into(), name: "Seniors".into(), ..Group::default() });
    rt.group = Some("g1".into());
    let out = apply_agreed(&rt, &with_group);
    assert_eq!(out.lenses, with_group.lenses);
    assert_eq!(out.groups[0].differences(), 0);
}

#[test]
fn a_participant_keeps_lens_answers_only() {
    let mut a = Assessment::default();
    a.idea.title = "Voucher".into();
    a.lenses.switch(BMap, true);
    a.lenses.plan.per_week = Some(2);
    a.lenses.journey.at = Some(0);
    MOTIVATION.set_in(&mut a, step(4));
    *BOTHER.note_mut(&mut a) = "why".into();
    let only = answers_only(&a);
    assert_eq!(only.lenses.answers, a.lenses.answers);
    assert!(only.lenses.on.is_empty() && only.lenses.plan.is_empty() && only.lenses.journey.is_empty());
    assert!(only.idea.title.is_empty());
}

// ------------------------------------------------------------------ codes

#[test]
fn invites_carry_the_lenses_on() {
    let mut a = Assessment::default();
    a.idea.title = "Voucher".into();
    let rt = session();
    let without = Invite::for_table(&rt, &a, Some("Anna"));
    assert!(without.lenses.is_empty());
    assert!(!encode_invite(&without).is_empty());
    a.lenses.switch(Emotions, true);
    a.lenses.switch(GoldenRules, true);
    let with = Invite::for_table(&rt, &a, Some("Anna"));
    assert_eq!(with.lenses, [GoldenRules, Emotions]);
    assert_eq!(with.lens_set(), LensSet::of(&[Emotions, GoldenRules]));
    assert_eq!(decode_invite(&encode_invite(&with)), Ok(with.clone()));
    // Without lenses, the invite is the code it was before lenses existed.
    let json = String::from_utf8(inflate(&encode_invite(&without))).unwrap();
    assert!(!json.contains("lenses"), "{json}");
    // A session about a customer group asks no lens questions.
    let mut grouped = a.clone();
    grouped.groups.push(Group { id: "g1".into(), name: "Seniors".into(), ..Group::default() });
    let rt = RoundTable { group: Some("g1".into()), ..session() };
    assert!(Invite::for_table(&rt, &grouped, None).lenses.is_empty());
}

#[test]
fn invites_carry_the_organisations_extra_questions_of_the_lenses_on() {
    let mut org = OrgLenses::default();
    org.questions[Emotions.index()] =
        vec![LocalText { nl: "Voelt het eerlijk?".into(), en: "Does it feel fair?".into() }];
    org.questions[BMap.index()] = vec![LocalText::same("Is it easy?")];
    let mut a = Assessment::default();
    a.lenses.switch(Emotions, true);
    let invite = Invite::for_table(&session(), &a, None).with_questions(&org);
    // Only the lenses on: B = MAP's question stays home.
    assert_eq!(
        invite.questions,
        [InviteQuestion { lens: Emotions, nl: "Voelt het eerlijk?".into(), en: "Does it feel fair?".into() }]
    );
    assert_eq!(decode_invite(&encode_invite(&invite)), Ok(invite.clone()));
    let carried = invite.org_lenses().expect("questions travel");
    assert_eq!(carried.question_texts(Emotions, Lang::En), ["Does it feel fair?"]);
    assert_eq!(carried.rules().extra[Emotions.index()], 1);
    assert!(carried.questions(BMap).is_empty());
    // None: the code is the same as before questions travelled.
    let plain = Invite::for_table(&session(), &a, None).with_questions(&OrgLenses::default());
    assert_eq!(plain.org_lenses(), None);
    assert!(!String::from_utf8(inflate(&encode_invite(&plain))).unwrap().contains("questions"));
}

#[test]
fn invites_drop_questions_of_lenses_off_and_refuse_too_many() {
    let base = r#"{"session":"rt-1","name":"x","idea":{},"secret":"k","lenses":["emotions"],"questions":"#;
    let read = |q: &str| decode_invite(&code("r1.", &format!("{base}{q}}}")));
    let q = |lens: &str| format!(r#"{{"lens":"{lens}","nl":"Vraag?","en":"Question?"}}"#);
    let one = read(&format!("[{},{}]", q("b_map"), q("emotions"))).expect("reads");
    assert_eq!(one.questions.iter().map(|x| x.lens).collect::<Vec<_>>(), [Emotions], "b_map is off: dropped");
    let five = vec![q("emotions"); 5].join(",");
    assert_eq!(read(&format!("[{five}]")).map(|i| i.questions.len()), Ok(5));
    let six = vec![q("emotions"); 6].join(",");
    assert!(matches!(read(&format!("[{six}]")), Err(DecodeError::Malformed(m)) if m.contains("at most 5")));
    let long = format!(r#"[{{"lens":"emotions","nl":"{}","en":"x"}}]"#, "a".repeat(20_001));
    assert!(matches!(read(&long), Err(DecodeError::TextTooLong { field, .. }) if field == "questions[0].nl"));
}

#[test]
fn invites_read_lenses_in_order_once_and_refuse_unknown_ones() {
    let base = r#"{"session":"rt-1","name":"x","idea":{},"secret":"k"#;
    let read = |lenses: &str| decode_invite(&code("r1.", &format!(r#"{base}","lenses":{lenses}}}"#)));
    assert_eq!(read(r#"["emotions","b_map","b_map"]"#).map(|i| i.lenses), Ok(vec![BMap, Emotions]));
    assert_eq!(read("[]").map(|i| i.lenses), Ok(vec![]));
    assert!(read(r#"["x_ray"]"#).is_err());
    assert!(read(r#""b_map""#).is_err());
    assert_eq!(decode_invite(&code("r1.", &format!(r#"{base}"}}"#))).map(|i| i.lenses), Ok(vec![]));
}

#[test]
fn answer_codes_carry_lens_answers() {
    let mut a = Assessment::default();
    Item::Dimension(DimensionId::Trust).set_in(&mut a, Some(ItemAnswer::Scale(Answer::lv(4))));
    let plain = encode_return("rt-1", "k3y", "Anna", &a);
    assert!(!String::from_utf8(inflate(&plain)).unwrap().contains("lenses"), "without lens answers: as before");
    a.lenses.switch(BMap, true);
    a.lenses.plan.per_week = Some(4);
    MOTIVATION.set_in(&mut a, step(2));
    *MOTIVATION.note_mut(&mut a) = "Busy week".into();
    Item::Lens(BMap, 4).set_in(&mut a, l(LensAnswer::No));
    let code = encode_return("rt-1", "k3y", "Anna", &a);
    let back = decode_return(&code, "rt-1", "k3y").unwrap();
    assert_eq!(back.answers, answers_only(&a));
    assert_eq!(MOTIVATION.note_in(&back.answers), "Busy week");
    assert_eq!(Item::Lens(BMap, 4).answer_in(&back.answers), l(LensAnswer::No));
    assert!(back.answers.lenses.plan.is_empty() && back.answers.lenses.on.is_empty());
    // A changed lens answer breaks the check.
    let json = String::from_utf8(inflate(&code)).unwrap();
    let edited = json.replace(r#""level":2"#, r#""level":5"#);
    assert_ne!(edited, json);
    assert_eq!(decode_return(&self::code("a1.", &edited), "rt-1", "k3y"), Err(ReturnError::Tampered));
}

#[test]
fn answer_codes_refuse_lens_answers_that_fit_no_question() {
    let cases = [
        ("an unknown question", r#"{"b_map":{"nope":{"answer":"yes"}}}"#),
        ("an extra question beyond the most", r#"{"b_map":{"x6":{"answer":"yes"}}}"#),
        ("a step for a yes / no question", r#"{"b_map":{"act_now":{"answer":{"level":3}}}}"#),
        ("yes for a scale question", r#"{"b_map":{"motivation":{"answer":"yes"}}}"#),
    ];
    for (name, lenses) in cases {
        let json = format!(r#"{{"session":"rt-1","label":"Anna","answers":{{"lenses":{lenses}}},"check":"00000000"}}"#);
        match decode_return(&code("a1.", &json), "rt-1", "k3y") {
            Err(ReturnError::Decode(DecodeError::Malformed(m))) => {
                assert!(m.contains("lenses.answers.b_map"), "{name}: {m}")
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    let unknown_lens = r#"{"session":"rt-1","label":"Anna","answers":{"lenses":{"x":{}}},"check":"0"}"#;
    assert!(matches!(decode_return(&code("a1.", unknown_lens), "rt-1", "k3y"), Err(ReturnError::Decode(_))));
}

/// A code around any JSON text.
fn code(prefix: &str, json: &str) -> String {
    use base64::Engine;
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{prefix}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed))
}

/// The JSON bytes inside a valid code.
fn inflate(code: &str) -> Vec<u8> {
    use base64::Engine;
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&code[3..]).unwrap();
    miniz_oxide::inflate::decompress_to_vec(&packed).unwrap()
}

// ------------------------------------------------------------------ the participant's progress

#[test]
fn a_participants_progress_counts_the_questions_of_the_lenses_on_in_the_invite() {
    use wenselijk::codec::roundtable::ParticipantSession;
    let moments = Item::Lens(LensId::Moments, 0);
    let time = Item::Dimension(DimensionId::Time);
    let pushiness = Item::Flag(RedFlag::Pushiness);
    // (lenses on, organisation's extra questions, answers given, (answered, asked))
    let unknown = Some(ItemAnswer::Scale(Answer::Unknown));
    let unsure = Some(ItemAnswer::Flag(FlagAnswer::Unsure));
    type Case = (&'static [LensId], [u8; 5], Vec<(Item, Option<ItemAnswer>)>, (usize, usize));
    let cases: [Case; 7] = [
        (&[], [0; 5], vec![], (0, 17)),
        (&[], [0; 5], vec![(time, unknown), (pushiness, unsure)], (2, 17)),
        // A lens answer whose lens is not on is not asked, so not counted.
        (&[], [0; 5], vec![(MOTIVATION, step(3))], (0, 17)),
        (&[BMap, LensId::Moments], [0; 5], vec![], (0, 24)),
        (&[BMap, LensId::Moments], [0; 5], vec![(MOTIVATION, step(3)), (moments, l(LYES)), (time, unknown)], (3, 24)),
        (&[GoldenRules], [0; 5], vec![(BOTHER, l(NA)), (BOTHER, None)], (0, 17 + 6)),
        // The organisation's extra questions of the lenses on, at most five a lens.
        (
            &[BMap],
            [9, 2, 3, 0, 0],
            vec![(Item::Lens(BMap, 5), l(LUNSURE)), (Item::Lens(BMap, 4), l(LU))],
            (2, 17 + 4 + 2),
        ),
    ];
    for (i, (on, extra, answers, want)) in cases.into_iter().enumerate() {
        let mut p = ParticipantSession {
            invite: Invite { lenses: on.to_vec(), ..Invite::default() },
            ..ParticipantSession::default()
        };
        for (item, x) in answers {
            assert!(item.set_in(&mut p.answers, x), "case {i}: {item} takes {x:?}");
        }
        assert_eq!(p.progress(&extra), want, "case {i}");
    }
}
