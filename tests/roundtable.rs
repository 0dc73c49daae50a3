//! The round table: aggregation of everyone's answers (counts, spread,
//! suggestion), the agenda's order, applying agreed answers, participant
//! helpers, and the invite and answer codes (round trips and bad input).
//! Table-driven where the cases are data.

use wenselijk::codec::roundtable::{
    check_duplicate, decode_invite, decode_return, encode_invite, encode_return, Duplicate, Invite, ReturnError,
    ReturnedAnswers, INVITE_PREFIX, MAX_CODE_BYTES, MAX_SECRET_CHARS, RETURN_PREFIX,
};
use wenselijk::codec::{link, DecodeError, MAX_FILE_BYTES, MAX_ID_CHARS, MAX_TEXT_CHARS};
use wenselijk::domain::roundtable::*;
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;

const TIME: Item = Item::Dimension(DimensionId::Time);
const TRUST: Item = Item::Dimension(DimensionId::Trust);
const COMPLEXITY: Item = Item::Dimension(DimensionId::Complexity);
const CUSTOMER_VALUE: Item = Item::Value(ValueQuestion::CustomerValue);
const PUSHY: Item = Item::Flag(RedFlag::Pushiness);
const BIG_BROTHER: Item = Item::Flag(RedFlag::BigBrother);

fn lv(n: u8) -> Option<ItemAnswer> {
    Some(ItemAnswer::Scale(Answer::lv(n)))
}
const UNKNOWN: Option<ItemAnswer> = Some(ItemAnswer::Scale(Answer::Unknown));
const YES: Option<ItemAnswer> = Some(ItemAnswer::Flag(FlagAnswer::Yes));
const NO: Option<ItemAnswer> = Some(ItemAnswer::Flag(FlagAnswer::No));
const UNSURE: Option<ItemAnswer> = Some(ItemAnswer::Flag(FlagAnswer::Unsure));

fn anonymous(n: usize) -> String {
    format!("Participant {n}")
}

fn session() -> RoundTable {
    RoundTable::new("rt-1", "a18f-1", "Birthday voucher", Mode::OwnDevices, "k3y5ecr7", 1_700_000_000_000)
}

/// A session whose participants `P1`, `P2`, … answered `item` as given.
fn answered(item: Item, answers: &[Option<ItemAnswer>]) -> RoundTable {
    answered_many(&[(item, answers)])
}

/// Participant i answers item `it` with `answers[i]` for every pair; all
/// lists have the same length.
fn answered_many(items: &[(Item, &[Option<ItemAnswer>])]) -> RoundTable {
    let mut rt = session();
    let n = items.first().map_or(0, |(_, a)| a.len());
    for i in 0..n {
        let id = rt.add_participant(&format!("P{}", i + 1), anonymous).unwrap();
        let p = rt.participant_mut(&id).unwrap();
        for (item, answers) in items {
            assert!(item.set_in(&mut p.answers, answers[i]), "test setup: kind of {item}");
        }
        p.submitted = true;
    }
    rt
}

// ------------------------------------------------------------------ items

#[test]
fn items_are_the_form_in_order_with_stable_keys() {
    assert_eq!(Item::ALL.len(), 17);
    let mut sorted = Item::ALL;
    sorted.sort();
    assert_eq!(sorted, Item::ALL, "Ord is the form's order");
    for (i, item) in Item::ALL.iter().enumerate() {
        assert_eq!(item.index(), i);
        assert_eq!(Item::from_key(&item.key()), Some(*item));
        let json = serde_json::to_string(item).unwrap();
        assert_eq!(json, format!("\"{}\"", item.key()));
        assert_eq!(serde_json::from_str::<Item>(&json).unwrap(), *item);
    }
    let table: &[(Item, &str)] = &[
        (COMPLEXITY, "dim-complexity"),
        (TIME, "dim-time"),
        (Item::Dimension(DimensionId::Autonomy), "dim-autonomy"),
        (Item::Value(ValueQuestion::OrgValue), "val-org_value"),
        (Item::Value(ValueQuestion::OrgValuesFit), "val-org_values_fit"),
        (PUSHY, "flag-pushiness"),
        (Item::Flag(RedFlag::UnnecessaryContact), "flag-unnecessary_contact"),
    ];
    for (item, key) in table {
        assert_eq!(item.key(), *key);
        assert_eq!(item.to_string(), *key);
    }
    for bad in ["", "time", "dim-", "dim-Time", "flag-time", "val-pushiness"] {
        assert_eq!(Item::from_key(bad), None, "{bad}");
        assert!(serde_json::from_str::<Item>(&format!("\"{bad}\"")).is_err());
    }
}

#[test]
fn items_read_and_write_answers_of_their_kind_only() {
    let mut a = Assessment::default();
    assert!(TIME.set_in(&mut a, lv(2)));
    assert!(PUSHY.set_in(&mut a, UNSURE));
    assert!(!TIME.set_in(&mut a, YES), "a flag answer for a dimension");
    assert!(!PUSHY.set_in(&mut a, lv(3)), "a level for a flag");
    assert!(!CUSTOMER_VALUE.set_in(&mut a, NO));
    *TIME.note_mut(&mut a) = "why".into();
    assert_eq!(TIME.answer_in(&a), lv(2));
    assert_eq!(PUSHY.answer_in(&a), UNSURE);
    assert_eq!(TIME.note_in(&a), "why");
    assert_eq!(CUSTOMER_VALUE.answer_in(&a), None);
    assert!(CUSTOMER_VALUE.set_in(&mut a, UNKNOWN));
    assert_eq!(a.value(ValueQuestion::CustomerValue).answer, Some(Answer::Unknown));
    assert!(TIME.set_in(&mut a, None));
    assert_eq!(a.dimension(DimensionId::Time).answer, None);
}

// ------------------------------------------------------------------ summaries

struct Expect {
    known: usize,
    unknown: usize,
    missing: usize,
    min: Option<u8>,
    max: Option<u8>,
    median: Option<f32>,
    spread: u8,
    suggested: Option<ItemAnswer>,
}

#[allow(clippy::too_many_arguments)]
const fn ex(
    known: usize,
    unknown: usize,
    missing: usize,
    min: Option<u8>,
    max: Option<u8>,
    median: Option<f32>,
    spread: u8,
    suggested: Option<ItemAnswer>,
) -> Expect {
    Expect { known, unknown, missing, min, max, median, spread, suggested }
}

#[test]
fn summaries_count_spread_and_suggest() {
    #[rustfmt::skip]
    let cases: Vec<(&str, Item, Vec<Option<ItemAnswer>>, Expect)> = vec![
        ("no participants", TIME, vec![], ex(0, 0, 0, None, None, None, 0, None)),
        ("a single participant", TIME, vec![lv(3)], ex(1, 0, 0, Some(3), Some(3), Some(3.0), 0, lv(3))),
        ("a single unknown", TIME, vec![UNKNOWN], ex(0, 1, 0, None, None, None, 0, UNKNOWN)),
        ("all missing", TIME, vec![None, None, None], ex(0, 0, 3, None, None, None, 0, None)),
        ("all unknown", CUSTOMER_VALUE, vec![UNKNOWN, UNKNOWN], ex(0, 2, 0, None, None, None, 0, UNKNOWN)),
        ("unknown is not missing", TIME, vec![lv(3), UNKNOWN, None], ex(1, 1, 1, Some(3), Some(3), Some(3.0), 0, lv(3))),
        ("unanimous", TIME, vec![lv(4), lv(4), lv(4)], ex(3, 0, 0, Some(4), Some(4), Some(4.0), 0, lv(4))),
        ("one step, odd", TIME, vec![lv(3), lv(4), lv(4)], ex(3, 0, 0, Some(3), Some(4), Some(4.0), 1, lv(4))),
        ("one step, even: median rounded down", TIME, vec![lv(4), lv(3)], ex(2, 0, 0, Some(3), Some(4), Some(3.5), 1, lv(3))),
        ("one step, even, 2 and 3", TIME, vec![lv(2), lv(3), lv(3), lv(2)], ex(4, 0, 0, Some(2), Some(3), Some(2.5), 1, lv(2))),
        ("two steps: no suggestion", TIME, vec![lv(2), lv(4)], ex(2, 0, 0, Some(2), Some(4), Some(3.0), 2, None)),
        ("full range", CUSTOMER_VALUE, vec![lv(1), lv(5), None], ex(2, 0, 1, Some(1), Some(5), Some(3.0), 4, None)),
        ("unknown does not widen the spread", TIME, vec![lv(5), UNKNOWN, lv(5)], ex(2, 1, 0, Some(5), Some(5), Some(5.0), 0, lv(5))),
        // Flags: known = yes / no; unsure counts as unknown.
        ("flag unanimous yes", PUSHY, vec![YES, YES], ex(2, 0, 0, None, None, None, 0, YES)),
        ("flag yes and no", PUSHY, vec![YES, NO], ex(2, 0, 0, None, None, None, 2, None)),
        ("flag yes and unsure", PUSHY, vec![YES, UNSURE], ex(1, 1, 0, None, None, None, 1, YES)),
        ("flag no and unsures", PUSHY, vec![NO, UNSURE, UNSURE], ex(1, 2, 0, None, None, None, 1, NO)),
        ("flag all unsure", PUSHY, vec![UNSURE, UNSURE], ex(0, 2, 0, None, None, None, 0, UNSURE)),
        ("flag yes, no and unsure", BIG_BROTHER, vec![YES, NO, UNSURE], ex(2, 1, 0, None, None, None, 2, None)),
        ("flag missing", PUSHY, vec![None, NO, None], ex(1, 0, 2, None, None, None, 0, NO)),
        ("flag all missing", PUSHY, vec![None, None], ex(0, 0, 2, None, None, None, 0, None)),
    ];
    for (name, item, answers, e) in cases {
        let rt = answered(item, &answers);
        let s = summarise(&rt, item);
        assert_eq!(s.item, item, "{name}");
        let labels: Vec<String> = (1..=answers.len()).map(|i| format!("P{i}")).collect();
        assert_eq!(s.answers, labels.into_iter().zip(answers.iter().copied()).collect::<Vec<_>>(), "{name}");
        assert_eq!((s.known, s.unknown, s.missing), (e.known, e.unknown, e.missing), "{name}: counts");
        assert_eq!((s.min, s.max, s.median), (e.min, e.max, e.median), "{name}: min, max, median");
        assert_eq!(s.spread, e.spread, "{name}: spread");
        assert_eq!(suggested(&s), e.suggested, "{name}: suggestion");
        assert!(s.disagreement >= f32::from(s.spread) && s.disagreement < f32::from(s.spread) + 0.51, "{name}");
        // Other items are untouched by these answers.
        let other = if item == TRUST { TIME } else { TRUST };
        assert_eq!(summarise(&rt, other).missing, answers.len(), "{name}");
    }
}

#[test]
fn disagreement_is_spread_then_unknown_share_then_variance() {
    let cases: Vec<(&str, Item, Vec<Option<ItemAnswer>>, f64)> = vec![
        ("nothing", TIME, vec![], 0.0),
        ("one level", TIME, vec![lv(2)], 0.0),
        ("1 and 5", TIME, vec![lv(1), lv(5)], 4.0 + 4.0 / 1e6),
        ("half unknown", TIME, vec![lv(3), UNKNOWN], 0.25),
        ("all unknown", TIME, vec![UNKNOWN, UNKNOWN, None], 0.5),
        ("2, 4 and unknown", TIME, vec![lv(2), lv(4), UNKNOWN], 2.0 + 1.0 / 6.0 + 1.0 / 1e6),
        ("yes and no", PUSHY, vec![YES, NO], 2.0 + 1.0 / 1e6),
        ("yes and unsure", PUSHY, vec![YES, UNSURE], 1.0 + 0.25 + 0.25 / 1e6),
    ];
    for (name, item, answers, want) in cases {
        let got = summarise(&answered(item, &answers), item).disagreement;
        assert_eq!(got, want as f32, "{name}");
    }
}

#[test]
fn notes_are_listed_with_labels() {
    let mut rt = answered(TIME, &[lv(2), lv(4), None]);
    *TIME.note_mut(&mut rt.participants[0].answers) = "Too early in the morning".into();
    *TIME.note_mut(&mut rt.participants[1].answers) = "   ".into();
    *TIME.note_mut(&mut rt.participants[2].answers) = "Did not score, but: ask the call centre".into();
    let s = summarise(&rt, TIME);
    assert_eq!(
        s.notes,
        vec![
            ("P1".to_owned(), "Too early in the morning".to_owned()),
            ("P3".to_owned(), "Did not score, but: ask the call centre".to_owned()),
        ]
    );
    assert_eq!(s.missing, 1);
}

// ------------------------------------------------------------------ agenda

/// Everyone's answers to one item, in participant order.
type Column = Vec<Option<ItemAnswer>>;
/// An item and everyone's answers to it.
type Scored = (Item, Column);

fn order(rt: &RoundTable) -> Vec<Item> {
    agenda(rt, &Item::ALL).iter().map(|s| s.item).collect()
}

#[test]
fn agenda_orders_by_disagreement_and_keeps_form_order_on_ties() {
    let trust_first: Vec<Item> = [TRUST].into_iter().chain(Item::ALL.into_iter().filter(|i| *i != TRUST)).collect();
    #[rustfmt::skip]
    let cases: Vec<(&str, Vec<Scored>, Vec<Item>)> = vec![
        ("no participants: the form's order", vec![], Item::ALL.to_vec()),
        ("a single participant: no spread anywhere", vec![(TIME, vec![lv(1)]), (PUSHY, vec![YES])], Item::ALL.to_vec()),
        ("all missing", vec![(TIME, vec![None, None])], Item::ALL.to_vec()),
        ("one item with spread goes first", vec![(TRUST, vec![lv(1), lv(2)])], trust_first),
        ("equal keys: form order", vec![(TIME, vec![lv(2), lv(4)]), (COMPLEXITY, vec![lv(3), lv(5)]), (PUSHY, vec![YES, NO])],
            vec![COMPLEXITY, TIME, PUSHY]),
        ("spread before unknown share", vec![(TIME, vec![lv(3), lv(4)]), (COMPLEXITY, vec![UNKNOWN, UNKNOWN])],
            vec![TIME, COMPLEXITY]),
        ("unknown share before variance",
            vec![(TIME, vec![lv(2), lv(4), lv(2), lv(4)]), (COMPLEXITY, vec![lv(2), lv(4), lv(4), UNKNOWN])],
            vec![COMPLEXITY, TIME]),
        ("variance last", vec![(TIME, vec![lv(1), lv(1), lv(3), lv(3)]), (COMPLEXITY, vec![lv(1), lv(3), lv(3), lv(3)])],
            vec![TIME, COMPLEXITY]),
        ("flag yes/no ties with a two-step scale", vec![(PUSHY, vec![YES, NO]), (CUSTOMER_VALUE, vec![lv(3), lv(5)])],
            vec![CUSTOMER_VALUE, PUSHY]),
        ("flag unsure mixing in", vec![(PUSHY, vec![YES, UNSURE]), (BIG_BROTHER, vec![NO, NO])],
            vec![PUSHY]),
    ];
    for (name, items, want_prefix) in cases {
        let n = items.first().map_or(0, |(_, a)| a.len());
        let pairs: Vec<(Item, &[Option<ItemAnswer>])> = items.iter().map(|(i, a)| (*i, &a[..])).collect();
        let rt = if n == 0 { session() } else { answered_many(&pairs) };
        let got = order(&rt);
        assert_eq!(got.len(), 17, "{name}");
        assert_eq!(&got[..want_prefix.len()], &want_prefix[..], "{name}: {got:?}");
        // The rest keeps the form's order.
        let rest: Vec<Item> = got[want_prefix.len()..].to_vec();
        let mut sorted = rest.clone();
        sorted.sort();
        if want_prefix.len() < 17 && items.iter().all(|(_, a)| a.len() > 1) {
            assert_eq!(rest, sorted, "{name}: tail");
        }
        let scores: Vec<f32> = agenda(&rt, &Item::ALL).iter().map(|s| s.disagreement).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{name}: {scores:?}");
        assert_eq!(agenda(&rt, &Item::ALL), agenda(&rt.clone(), &Item::ALL), "{name}: deterministic");
    }
}

#[test]
fn agenda_orders_exactly_where_the_score_cannot_tell() {
    // 100 participants: one or two outliers two steps away. The variances
    // differ by less than the f32 score can show; the order is still exact.
    let one: Vec<Option<ItemAnswer>> = (0..100).map(|i| if i == 0 { lv(1) } else { lv(3) }).collect();
    let two: Vec<Option<ItemAnswer>> = (0..100).map(|i| if i < 2 { lv(1) } else { lv(3) }).collect();
    let rt = answered_many(&[(COMPLEXITY, &one), (TIME, &two)]);
    let a = agenda(&rt, &Item::ALL);
    assert_eq!((a[0].item, a[1].item), (TIME, COMPLEXITY));
    assert_eq!(a[0].disagreement, a[1].disagreement, "the f32 score ties here");
}

#[test]
fn fifty_participants() {
    let mut rt = session();
    for i in 0..50 {
        let id = rt.add_participant(if i % 3 == 0 { "" } else { "Colleague" }, anonymous).unwrap();
        let mut a = Assessment::default();
        for (k, item) in Item::ALL.iter().enumerate() {
            let answer = match (item.is_flag(), (i + k) % 7) {
                (_, 6) => None,
                (false, 5) => UNKNOWN,
                (false, r) => lv(1 + ((r + k) % 5) as u8),
                (true, 0 | 1) => YES,
                (true, 2 | 3) => NO,
                (true, _) => UNSURE,
            };
            item.set_in(&mut a, answer);
        }
        rt.set_answers(&id, &a, true);
    }
    let labels: std::collections::BTreeSet<String> = rt.participants.iter().map(|p| p.label.to_lowercase()).collect();
    assert_eq!(labels.len(), 50, "labels are unique");
    assert!(rt.all_submitted());
    let a = agenda(&rt, &Item::ALL);
    assert_eq!(a.len(), 17);
    let mut items: Vec<Item> = a.iter().map(|s| s.item).collect();
    items.sort();
    assert_eq!(items, Item::ALL);
    for s in &a {
        assert_eq!(s.answers.len(), 50);
        assert_eq!(s.known + s.unknown + s.missing, 50, "{}", s.item);
        assert!(s.missing > 0 && s.spread > 0, "{}", s.item);
    }
    assert!(a.windows(2).all(|w| w[0].disagreement >= w[1].disagreement));
}

// ------------------------------------------------------------------ agreement

#[test]
fn apply_agreed_writes_agreed_items_only() {
    let mut base = Assessment::default();
    base.idea.title = "Birthday voucher".into();
    base.org_values = "Honest".into();
    *base.dimension_mut(DimensionId::Time) = Entry { answer: Some(Answer::lv(4)), note: "mine".into() };
    *base.dimension_mut(DimensionId::Trust) = Entry { answer: Some(Answer::lv(5)), note: "keep".into() };
    *base.flag_mut(RedFlag::Pushiness) = FlagEntry { answer: Some(FlagAnswer::No), note: "base note".into() };

    let mut rt = session();
    assert!(rt.agree(TIME, ItemAnswer::Scale(Answer::lv(2)), "Too early in the morning"));
    assert!(rt.agree(PUSHY, ItemAnswer::Flag(FlagAnswer::Yes), "  "));
    assert!(rt.agree(CUSTOMER_VALUE, ItemAnswer::Scale(Answer::Unknown), "Ask customers first"));
    assert!(!rt.agree(BIG_BROTHER, ItemAnswer::Scale(Answer::lv(3)), "wrong kind"));
    assert!(!rt.agreed_items.contains(&BIG_BROTHER));
    // A draft that was not agreed: ignored.
    TRUST.set_in(&mut rt.agreed, lv(1));
    *TRUST.note_mut(&mut rt.agreed) = "draft".into();

    let out = apply_agreed(&rt, &base);
    assert_eq!(out.idea, base.idea);
    assert_eq!(out.org_values, "Honest");
    assert_eq!(
        *out.dimension(DimensionId::Time),
        Entry { answer: Some(Answer::lv(2)), note: "Too early in the morning".into() }
    );
    assert_eq!(*out.dimension(DimensionId::Trust), *base.dimension(DimensionId::Trust));
    assert_eq!(*out.flag(RedFlag::Pushiness), FlagEntry { answer: Some(FlagAnswer::Yes), note: "base note".into() });
    assert_eq!(
        *out.value(ValueQuestion::CustomerValue),
        Entry { answer: Some(Answer::Unknown), note: "Ask customers first".into() }
    );
    assert_eq!(rt.agreed_answer(TIME), Some((ItemAnswer::Scale(Answer::lv(2)), "Too early in the morning")));
    assert_eq!(rt.agreed_answer(TRUST), None);

    // Taking an item off the list restores the base answer on applying.
    assert!(rt.unagree(TIME));
    assert!(!rt.unagree(TIME));
    assert_eq!(*apply_agreed(&rt, &base).dimension(DimensionId::Time), *base.dimension(DimensionId::Time));
    // Nothing agreed: the base, normalised.
    assert_eq!(apply_agreed(&session(), &base), base);
    // The individual answers are kept apart from the agreed ones.
    let rt = answered(TIME, &[lv(1), lv(5)]);
    assert_eq!(apply_agreed(&rt, &base), base);
}

#[test]
fn round_table_serialises_and_reads_defaults() {
    let mut rt = answered_many(&[(TIME, &[lv(1), UNKNOWN]), (PUSHY, &[YES, None])]);
    rt.phase = Phase::Agreed;
    rt.timebox_minutes = Some(5);
    rt.agree(TIME, ItemAnswer::Scale(Answer::lv(3)), "Compromise");
    rt.decisions.push("Pilot in one region".into());
    rt.actions.push(ActionPoint {
        what: "Ask the privacy officer".into(),
        who: "Anna".into(),
        due: "next week".into(),
    });
    let json = serde_json::to_string(&rt).unwrap();
    assert!(json.contains(r#""mode":"own_devices""#), "{json}");
    assert!(json.contains(r#""phase":"agreed""#), "{json}");
    assert!(json.contains(r#""agreed_items":["dim-time"]"#), "{json}");
    assert_eq!(serde_json::from_str::<RoundTable>(&json).unwrap(), rt);

    let empty: RoundTable = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, RoundTable::default());
    assert_eq!((empty.mode, empty.phase, empty.timebox_minutes), (Mode::OneDevice, Phase::Scoring, None));
    let p: Participant = serde_json::from_str(r#"{"id":"p1","label":"Anna","future_field":1}"#).unwrap();
    assert_eq!((p.label.as_str(), p.submitted), ("Anna", false));
    assert!(serde_json::from_str::<RoundTable>(r#"{"agreed_items":["dim-nope"]}"#).is_err());
    assert!(serde_json::from_str::<RoundTable>(r#"{"phase":"voting"}"#).is_err());
}

// ------------------------------------------------------------------ participants

#[test]
fn participants_get_unique_ids_and_labels() {
    enum Op {
        Add(&'static str),
        Rename(&'static str, &'static str),
        Remove(&'static str),
    }
    use Op::*;
    #[rustfmt::skip]
    let steps: Vec<(Op, Option<&str>, &[&str])> = vec![
        (Add("Anna"), Some("p1"), &["Anna"]),
        (Add("  Bram  "), Some("p2"), &["Anna", "Bram"]),
        (Add("anna "), Some("p3"), &["Anna", "Bram", "anna (2)"]),
        (Add(""), Some("p4"), &["Anna", "Bram", "anna (2)", "Participant 1"]),
        (Add("Participant 3"), Some("p5"), &["Anna", "Bram", "anna (2)", "Participant 1", "Participant 3"]),
        (Add("   "), Some("p6"), &["Anna", "Bram", "anna (2)", "Participant 1", "Participant 3", "Participant 2"]),
        (Add(""), Some("p7"), &["Anna", "Bram", "anna (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Rename("p3", "Chris"), Some("Chris"), &["Anna", "Bram", "Chris", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Rename("p3", "BRAM"), Some("BRAM (2)"), &["Anna", "Bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Rename("p2", " bram "), Some("bram"), &["Anna", "bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Rename("p2", ""), None, &["Anna", "bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Rename("p99", "Dirk"), None, &["Anna", "bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Remove("p1"), Some("Anna"), &["bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        (Remove("p1"), None, &["bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4"]),
        // Ids are never reused, labels are.
        (Add("Anna"), Some("p8"), &["bram", "BRAM (2)", "Participant 1", "Participant 3", "Participant 2", "Participant 4", "Anna"]),
    ];
    let mut rt = session();
    for (i, (op, want, labels)) in steps.into_iter().enumerate() {
        let got = match op {
            Add(l) => rt.add_participant(l, anonymous),
            Rename(id, l) => rt.rename_participant(id, l),
            Remove(id) => rt.remove_participant(id).map(|p| p.label),
        };
        assert_eq!(got.as_deref(), want, "step {i}");
        let now: Vec<&str> = rt.participants.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(now, labels, "step {i}");
    }
}

#[test]
fn participant_limits() {
    let mut rt = session();
    // Long labels are cut; a suffix still fits.
    let long = "x".repeat(MAX_LABEL_CHARS + 20);
    let a = rt.add_participant(&long, anonymous).unwrap();
    let b = rt.add_participant(&long, anonymous).unwrap();
    assert_eq!(rt.participant(&a).unwrap().label.chars().count(), MAX_LABEL_CHARS);
    let lb = &rt.participant(&b).unwrap().label;
    assert!(lb.ends_with(" (2)") && lb.chars().count() == MAX_LABEL_CHARS, "{lb}");
    // An anonymous template that repeats itself still gives unique labels.
    let c = rt.add_participant("", |_| "Someone".into()).unwrap();
    let d = rt.add_participant("", |_| "Someone".into()).unwrap();
    assert_eq!(rt.participant(&c).unwrap().label, "Someone");
    assert_eq!(rt.participant(&d).unwrap().label, "Someone (2)");
    let e = rt.add_participant("", |_| " ".into()).unwrap();
    assert_eq!(rt.participant(&e).unwrap().label, "1");
    while rt.participants.len() < MAX_PARTICIPANTS {
        assert!(rt.add_participant("", anonymous).is_some());
    }
    assert_eq!(rt.add_participant("One too many", anonymous), None);
    assert_eq!(rt.participants.len(), MAX_PARTICIPANTS);
    // Ids from hand-edited data are skipped, never duplicated.
    let mut rt = session();
    rt.participants.push(Participant { id: "p1".into(), label: "Old".into(), ..Participant::default() });
    let id = rt.add_participant("New", anonymous).unwrap();
    assert_eq!(id, "p2");
}

#[test]
fn submit_and_set_answers_keep_only_scores() {
    let mut rt = session();
    let anna = rt.add_participant("Anna", anonymous).unwrap();
    assert!(!rt.all_submitted());
    let mut a = Assessment::default();
    a.idea.title = "not kept".into();
    a.org_values = "not kept".into();
    a.example = Some(ExampleId::PostPurchase);
    *a.dimension_mut(DimensionId::Time) = Entry { answer: Some(Answer::lv(2)), note: "kept".into() };
    a.dimension_mut(DimensionId::Trust); // empty entry: normalised away
    let mut scores = Assessment::default();
    *scores.dimension_mut(DimensionId::Time) = Entry { answer: Some(Answer::lv(2)), note: "kept".into() };

    assert_eq!(rt.submit(" ANNA ", &a), Some(anna.clone()), "an existing label");
    assert_eq!(rt.participant(&anna).unwrap().answers, scores);
    assert!(rt.all_submitted());
    let bram = rt.submit("Bram", &a).unwrap();
    assert_eq!(rt.participant(&bram).unwrap().label, "Bram");
    assert!(rt.participant(&bram).unwrap().submitted);
    assert_eq!(rt.submit("  ", &a), None);
    assert!(rt.set_answers(&bram, &Assessment::default(), false));
    assert!(!rt.all_submitted());
    assert!(!rt.set_answers("p404", &a, true));
    assert_eq!(answers_only(&a), scores);
}

#[test]
fn secrets_are_short_and_spread() {
    let secrets: std::collections::BTreeSet<String> = (0..1000u64).map(make_secret).collect();
    assert_eq!(secrets.len(), 1000);
    for s in &secrets {
        assert_eq!(s.len(), 8);
        assert!(s.bytes().all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)), "{s}");
    }
    assert_eq!(make_secret(42), make_secret(42));
}

// ------------------------------------------------------------------ codes

fn full_answers(note: &str) -> Assessment {
    let mut a = Assessment::default();
    for (k, item) in Item::ALL.iter().enumerate() {
        let answer = if item.is_flag() { [YES, NO, UNSURE][k % 3] } else { lv(1 + (k % 5) as u8) };
        item.set_in(&mut a, answer);
        *item.note_mut(&mut a) = format!("{note} {k}");
    }
    a
}

/// A code around any JSON text, valid or not.
fn code_around(prefix: &str, json: &[u8]) -> String {
    use base64::Engine;
    let packed = miniz_oxide::deflate::compress_to_vec(json, 9);
    format!("{prefix}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed))
}

/// The JSON inside a valid code.
fn json_inside(code: &str) -> String {
    use base64::Engine;
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&code[3..]).unwrap();
    String::from_utf8(miniz_oxide::inflate::decompress_to_vec(&packed).unwrap()).unwrap()
}

#[test]
fn invites_round_trip_in_every_wrapping() {
    let rt = session();
    let idea = example(ExampleId::BankWrapped).build(Lang::Nl).idea;
    let cases: Vec<(Option<&str>, Option<&str>)> = vec![
        (None, None),
        (Some("Anna"), Some("Anna")),
        (Some("  "), None),
        (Some(""), None),
        (Some("🙂 <b>"), Some("🙂 <b>")),
    ];
    for (slot, want) in cases {
        let invite = Invite::new(&rt, &idea, slot);
        let code = encode_invite(&invite);
        assert!(code.starts_with(INVITE_PREFIX), "{code}");
        let expected = Invite { slot: want.map(str::to_owned), ..invite.clone() };
        for wrapped in [
            code.clone(),
            format!("#{code}"),
            format!("  #{code}\n"),
            format!("https://example.org/wenselijk/#{code}"),
            format!(" http://localhost:8080/?x=1#{code} "),
        ] {
            assert_eq!(decode_invite(&wrapped), Ok(expected.clone()), "{slot:?} in {wrapped:.60}");
        }
        assert_eq!(expected.session_id, "rt-1");
        assert_eq!(expected.secret, "k3y5ecr7");
    }
}

#[test]
fn invites_of_every_example_fit_a_link() {
    let rt = session();
    let mut longest = 0;
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let idea = example(id).build(lang).idea;
            let code = encode_invite(&Invite::new(&rt, &idea, Some("Participant 12")));
            longest = longest.max(code.len());
            assert!(link::fits(&code));
        }
    }
    println!("longest example invite: {longest} characters");
    assert!(longest < 2000, "{longest}");
}

#[test]
fn return_codes_round_trip_and_stay_short() {
    let rt = session();
    let cases: Vec<(&str, Assessment)> = vec![
        ("nothing", Assessment::default()),
        ("fully answered, short notes", full_answers("short note")),
        ("fully answered, 40-character notes", full_answers("We doubt this; ask the service desk team")),
        ("fully answered, 17 different notes", {
            let mut a = full_answers("");
            let notes = [
                "Too complex for first-time users",
                "Jargon in the subject line",
                "Only by e-mail, no app",
                "8 am on a birthday: too early?",
                "Relevant for most customers",
                "Why do they know my birthday?",
                "Tone is warm, not pushy",
                "No way to opt out in the mail",
                "A small discount, still nice",
                "Mostly drives extra sales",
                "Customers like surprises",
                "Fits 'close to our customers'",
                "Uses purchase history",
                "No",
                "Depends on frequency",
                "Sales target behind it",
                "One mail a year is fine",
            ];
            for (item, note) in Item::ALL.iter().zip(notes) {
                *item.note_mut(&mut a) = note.into();
            }
            a
        }),
        ("fully answered, no notes", {
            let mut a = full_answers("");
            for item in Item::ALL {
                item.note_mut(&mut a).clear();
            }
            a
        }),
        ("with idea and extras", {
            let mut a = full_answers("x");
            a.idea.title = "dropped".into();
            a.org_values = "dropped".into();
            a.example = Some(ExampleId::HealthAdvice);
            a
        }),
    ];
    for (name, a) in cases {
        let code = encode_return(&rt.id, &rt.secret, "Anna", &a);
        println!("return code, {name}: {} characters", code.len());
        assert!(code.starts_with(RETURN_PREFIX));
        assert!(code.len() < 1000, "{name}: {} characters", code.len());
        let want = ReturnedAnswers { session_id: rt.id.clone(), label: "Anna".into(), answers: answers_only(&a) };
        for wrapped in [code.clone(), format!("#{code}"), format!("\t{code} "), format!("https://x.test/app/#{code}")] {
            assert_eq!(decode_return(&wrapped, &rt.id, &rt.secret), Ok(want.clone()), "{name}");
        }
        // Equal content gives the same code.
        assert_eq!(encode_return(&rt.id, &rt.secret, "Anna", &answers_only(&a)), code, "{name}");
    }
}

#[test]
fn return_codes_for_another_session_or_secret_are_refused() {
    let a = full_answers("n");
    let code = encode_return("rt-1", "secret-a", "Anna", &a);
    assert!(decode_return(&code, "rt-1", "secret-a").is_ok());
    assert_eq!(decode_return(&code, "rt-2", "secret-a"), Err(ReturnError::WrongSession));
    assert_eq!(decode_return(&code, "rt-1", "secret-b"), Err(ReturnError::Tampered));
    assert_eq!(decode_return(&code, "rt-1", ""), Err(ReturnError::Tampered));
}

#[test]
fn edited_return_codes_are_detected() {
    let code = encode_return("rt-1", "s3cret", "Anna", &full_answers("note"));
    let json = json_inside(&code);
    // The content changed, the check kept: every edit is caught.
    let edits: Vec<(&str, &str)> = vec![
        (r#""label":"Anna""#, r#""label":"Bram""#),
        (r#"{"level":1}"#, r#"{"level":5}"#),
        (r#""answer":"yes""#, r#""answer":"no""#),
        (r#""note":"note 0""#, r#""note":"note 0!""#),
        (r#""answer":{"level":1},"#, ""),
        (r#""check":""#, r#""check":"0"#),
    ];
    for (from, to) in edits {
        assert!(json.contains(from), "test setup: {from} not in {json}");
        let edited = code_around(RETURN_PREFIX, json.replacen(from, to, 1).as_bytes());
        assert_eq!(decode_return(&edited, "rt-1", "s3cret"), Err(ReturnError::Tampered), "{from} -> {to}");
    }
    // Unknown fields are ignored and not covered: the answers are unchanged.
    let extra = code_around(RETURN_PREFIX, json.replacen('{', r#"{"future":1,"#, 1).as_bytes());
    assert!(decode_return(&extra, "rt-1", "s3cret").is_ok());

    // Any one character of the payload changed: refused, or (deflate's unused
    // trailing bits) exactly the same answers.
    let want = decode_return(&code, "rt-1", "s3cret").unwrap();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut refused = 0;
    for at in RETURN_PREFIX.len()..code.len() {
        for &c in [b'A', b'z', b'7', b'_'].iter().chain(std::iter::once(&alphabet[at % 64])) {
            if code.as_bytes()[at] == c {
                continue;
            }
            let mut flipped = code.clone().into_bytes();
            flipped[at] = c;
            let flipped = String::from_utf8(flipped).unwrap();
            match decode_return(&flipped, "rt-1", "s3cret") {
                Ok(got) => assert_eq!(got, want, "at {at}"),
                Err(_) => refused += 1,
            }
        }
    }
    assert!(refused > 0);
}

#[test]
fn duplicate_returns_are_recognised() {
    let mut rt = session();
    let a = full_answers("n");
    let mut b = a.clone();
    PUSHY.set_in(&mut b, NO);
    let anna = rt.submit("Anna", &a).unwrap();
    let bram = rt.add_participant("Bram", anonymous).unwrap(); // not submitted yet
    let (id, secret) = (rt.id.clone(), rt.secret.clone());
    let returned =
        |label: &str, x: &Assessment| decode_return(&encode_return(&id, &secret, label, x), &id, &secret).unwrap();
    let cases: Vec<(&str, ReturnedAnswers, Option<Duplicate>)> = vec![
        ("same again", returned("Anna", &a), Some(Duplicate::Same { participant_id: anna.clone() })),
        ("same, other case and spaces", returned(" anna", &a), Some(Duplicate::Same { participant_id: anna.clone() })),
        ("changed answers", returned("Anna", &b), Some(Duplicate::Conflict { participant_id: anna.clone() })),
        ("a slot not yet submitted", returned("Bram", &a), None),
        ("a new label", returned("Chris", &a), None),
    ];
    for (name, r, want) in cases {
        assert_eq!(check_duplicate(&rt, &r), want, "{name}");
    }
    rt.set_answers(&bram, &b, true);
    let r = returned("Bram", &b);
    assert_eq!(check_duplicate(&rt, &r), Some(Duplicate::Same { participant_id: bram }));
}

type Check = fn(&DecodeError) -> bool;

fn bad_link(e: &DecodeError) -> bool {
    matches!(e, DecodeError::BadLink(m) if !m.is_empty())
}

fn malformed(e: &DecodeError) -> bool {
    matches!(e, DecodeError::Malformed(m) if !m.is_empty())
}

/// The cases every code decoder shares, for prefix letter `p`.
fn common_bad_input(p: char, valid: &str) -> Vec<(String, Check)> {
    let bomb = code_around(&format!("{p}1."), &vec![b'['; 4 * MAX_FILE_BYTES]);
    assert!(bomb.len() < MAX_CODE_BYTES, "the bomb fits a code: {}", bomb.len());
    vec![
        ("".into(), bad_link),
        ("#".into(), bad_link),
        ("   ".into(), bad_link),
        ("hello".into(), bad_link),
        ("https://example.org/".into(), bad_link),
        ("https://example.org/#".into(), bad_link),
        (format!("{p}1"), bad_link),
        (format!("{p}.abc"), bad_link),
        (format!("{p}0.abc"), bad_link),
        (format!("{p}01.abc"), bad_link),
        (format!("{p}99999999999.abc"), bad_link),
        (format!("{}1.abc", p.to_ascii_uppercase()), bad_link),
        (format!("{p}1x.abc"), bad_link),
        (format!("{p}2.anything"), |e| *e == DecodeError::FutureVersion(2)),
        (format!("#{p}17."), |e| *e == DecodeError::FutureVersion(17)),
        (format!("https://x.test/#{p}3.abc"), |e| *e == DecodeError::FutureVersion(3)),
        (format!("##{}", valid), bad_link),
        (format!("{p}1."), bad_link),
        (format!("{p}1.!!!!"), bad_link),
        (format!("{p}1.a+b/"), bad_link),
        (format!("{p}1.A"), bad_link),
        (format!("{}{}", &valid[..20], " ".to_owned() + &valid[20..]), bad_link),
        (format!("{p}1.aGVsbG8gd29ybGQ"), bad_link),
        (format!("{}AAAA", &valid[..valid.len() / 2]), bad_link),
        (code_around(&format!("{p}1."), b""), malformed),
        (code_around(&format!("{p}1."), b"not json"), malformed),
        (code_around(&format!("{p}1."), b"[]"), malformed),
        (code_around(&format!("{p}1."), b"{}"), malformed),
        (code_around(&format!("{p}1."), "[".repeat(100_000).as_bytes()), malformed),
        (format!("{p}1.{}", "A".repeat(MAX_CODE_BYTES)), |e| matches!(e, DecodeError::TooLarge { .. })),
        (bomb, |e| matches!(e, DecodeError::TooLarge { limit: MAX_FILE_BYTES, .. })),
    ]
}

fn check_all(name: &str, decode: impl Fn(&str) -> Result<(), DecodeError>, cases: Vec<(String, Check)>) {
    for (input, check) in cases {
        let shown: String = input.chars().take(80).collect();
        match decode(&input) {
            Ok(()) => panic!("{name} accepted bad input {shown:?}"),
            Err(e) => assert!(check(&e), "{name}: wrong error for {shown:?} ({} bytes): {e:?}", input.len()),
        }
    }
}

#[test]
fn invite_decode_refuses_bad_input_with_a_reason() {
    let rt = session();
    let valid = encode_invite(&Invite::new(&rt, &Idea::default(), None));
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let r = |json: &str| code_around(INVITE_PREFIX, json.as_bytes());
    let mut cases = common_bad_input('r', &valid);
    #[rustfmt::skip]
    cases.extend::<Vec<(String, Check)>>(vec![
        // Another kind of code.
        (encode_return("rt-1", "k", "Anna", &Assessment::default()), bad_link),
        (link::encode(&Assessment::default()), bad_link),
        // Wrong shapes.
        (r(r#"{"secret":"k"}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("session"))),
        (r(r#"{"session":"rt"}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("secret"))),
        (r(r#"{"session":7,"secret":"k"}"#), malformed),
        (r(r#"{"session":"rt","secret":"k","idea":{"title":1}}"#), malformed),
        (r(r#"{"session":"rt","secret":"k","slot":["a"]}"#), malformed),
        // Limits.
        (r(r#"{"session":"","secret":"k"}"#), malformed),
        (r(&format!(r#"{{"session":"{}","secret":"k"}}"#, "i".repeat(MAX_ID_CHARS + 1))), malformed),
        (r(r#"{"session":"rt","secret":""}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("secret"))),
        (r(&format!(r#"{{"session":"rt","secret":"{}"}}"#, "s".repeat(MAX_SECRET_CHARS + 1))), malformed),
        (r(&format!(r#"{{"session":"rt","secret":"k","slot":"{}"}}"#, "s".repeat(MAX_LABEL_CHARS + 1))),
            |e| matches!(e, DecodeError::TextTooLong { field, limit: MAX_LABEL_CHARS, .. } if field == "slot")),
        (r(&format!(r#"{{"session":"rt","secret":"k","name":"{long}"}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "name")),
        (r(&format!(r#"{{"session":"rt","secret":"k","idea":{{"message":"{long}"}}}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "idea.message")),
    ]);
    check_all("decode_invite", |t| decode_invite(t).map(drop), cases);
    // Unknown fields are ignored.
    assert!(decode_invite(&r(r#"{"session":"rt","secret":"k","future":[1]}"#)).is_ok());
}

#[test]
fn return_decode_refuses_bad_input_with_a_reason() {
    let valid = encode_return("rt-1", "k", "Anna", &full_answers("n"));
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let a = |json: &str| code_around(RETURN_PREFIX, json.as_bytes());
    let mut cases = common_bad_input('a', &valid);
    #[rustfmt::skip]
    cases.extend::<Vec<(String, Check)>>(vec![
        (encode_invite(&Invite::new(&session(), &Idea::default(), None)), bad_link),
        (link::encode(&full_answers("n")), bad_link),
        (a(r#"{"session":"rt-1","label":"Anna"}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("check"))),
        (a(r#"{"label":"Anna","check":"00000000"}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("session"))),
        (a(r#"{"session":"rt-1","check":"00000000"}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("label"))),
        (a(r#"{"session":"rt-1","label":"Anna","check":1}"#), malformed),
        (a(r#"{"session":"rt-1","label":"Anna","check":"0","answers":{"dimensions":{"time":{"answer":{"level":6}}}}}"#), malformed),
        (a(r#"{"session":"rt-1","label":"Anna","check":"0","answers":{"flags":{"pushiness":{"answer":"maybe"}}}}"#), malformed),
        (a(r#"{"session":"rt-1","label":"Anna","check":"0","answers":{"dimensions":{"nonsense":{}}}}"#), malformed),
        (a(r#"{"session":"","label":"Anna","check":"0"}"#), malformed),
        (a(r#"{"session":"rt-1","label":"  ","check":"0"}"#), |e| matches!(e, DecodeError::Malformed(m) if m.contains("label"))),
        (a(&format!(r#"{{"session":"rt-1","label":"{}","check":"0"}}"#, "l".repeat(MAX_LABEL_CHARS + 1))),
            |e| matches!(e, DecodeError::TextTooLong { field, limit: MAX_LABEL_CHARS, .. } if field == "label")),
        (a(&format!(r#"{{"session":"rt-1","label":"A","check":"0","answers":{{"values":{{"org_value":{{"note":"{long}"}}}}}}}}"#)),
            |e| matches!(e, DecodeError::TextTooLong { field, .. } if field == "answers.values.org_value.note")),
    ]);
    check_all(
        "decode_return",
        |t| {
            decode_return(t, "rt-1", "k").map(drop).map_err(|e| match e {
                ReturnError::Decode(e) => e,
                other => panic!("expected a decode error, got {other:?}"),
            })
        },
        cases,
    );
}
