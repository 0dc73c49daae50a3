//! Property tests of the round table: invites and answer codes round-trip
//! arbitrary content exactly, no input makes their decoders panic or accept
//! changed answers, and aggregation holds its invariants for any session.
//!
//! `PROPTEST_CASES` sets the number of cases (default 256 for round trips
//! and aggregation, 1000 for fuzzing).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/gen.rs"]
mod gen;

use gen::{answer, entry, flag_entry, idea, text};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use std::sync::LazyLock;
use wenselijk::codec::roundtable::{
    decode_invite, decode_return, encode_invite, encode_return, Invite, InviteQuestion, ReturnError, ReturnedAnswers,
    MAX_SECRET_CHARS,
};
use wenselijk::codec::{DecodeError, MAX_ID_CHARS, MAX_TEXT_CHARS};
use wenselijk::domain::lens::{LensAnswer, LensId, LensSet};
use wenselijk::domain::roundtable::*;
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    ProptestConfig::with_cases(n)
}

// ------------------------------------------------------------------ strategies

/// A label a code accepts: 1 to 100 chars, not blank.
fn label() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-z][a-z ]{0,20}", vec(any::<char>(), 1..=MAX_LABEL_CHARS).prop_map(String::from_iter),]
        .prop_filter("not blank", |l| !l.trim().is_empty())
}

/// A valid session id: 1 to 100 chars of any unicode.
fn id() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9-]{1,20}", vec(any::<char>(), 1..=MAX_ID_CHARS).prop_map(String::from_iter)]
}

fn secret() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u64>().prop_map(make_secret),
        vec(any::<char>(), 1..=MAX_SECRET_CHARS).prop_map(String::from_iter)
    ]
}

/// Every item a session may ask: the 17, and every lens question with two
/// extra questions per lens.
fn all_items() -> Vec<Item> {
    items(LensSet::ALL, &[2; 5])
}

/// Lens questions with an answer (of their kind, or none) and a note.
fn lens_entries() -> impl Strategy<Value = Vec<(Item, Option<ItemAnswer>, String)>> {
    let lens_items: Vec<Item> = all_items().into_iter().filter(|i| matches!(i, Item::Lens(..))).collect();
    vec(select(lens_items).prop_flat_map(|i| (Just(i), item_answer(i), text())), 0..8)
}

/// Any assessment, empty entries and idea included, with lens answers.
fn assessment() -> impl Strategy<Value = Assessment> {
    (
        idea(),
        btree_map(select(DimensionId::ALL.to_vec()), entry(), 0..=8),
        btree_map(select(ValueQuestion::ALL.to_vec()), entry(), 0..=4),
        text(),
        btree_map(select(RedFlag::ALL.to_vec()), flag_entry(), 0..=5),
        lens_entries(),
    )
        .prop_map(|(idea, dimensions, values, org_values, flags, lenses)| {
            let mut a = Assessment {
                groups: Vec::new(),
                message_check: Default::default(),
                lenses: Default::default(),
                idea,
                dimensions,
                values,
                org_values,
                flags,
                example: None,
            };
            for (item, answer, note) in lenses {
                assert!(item.set_in(&mut a, answer));
                *item.note_mut(&mut a) = note;
            }
            a
        })
}

fn invite() -> impl Strategy<Value = Invite> {
    (
        id(),
        text(),
        idea(),
        option::of(prop_oneof![label(), Just(String::new()), Just("  ".to_owned())]),
        secret(),
        option::of((text(), text())),
        option::of(select(vec![TextLang::Nl, TextLang::En])),
        vec(select(LensId::ALL.to_vec()), 0..=5).prop_map(|l| LensSet::of(&l).iter().collect::<Vec<_>>()),
        vec((select(LensId::ALL.to_vec()), text(), text()), 0..=3),
    )
        .prop_map(|(session_id, session_name, idea, slot, secret, group, message_lang, lenses, questions)| {
            let (group, group_description) = group.map_or((None, String::new()), |(n, d)| (Some(n), d));
            // Extra questions only of lenses that are on, as an app writes them.
            let on = LensSet::of(&lenses);
            let questions = questions
                .into_iter()
                .filter(|(l, _, _)| on.has(*l))
                .map(|(lens, nl, en)| InviteQuestion { lens, nl, en })
                .collect();
            Invite {
                session_id,
                session_name,
                idea,
                slot,
                secret,
                group,
                group_description,
                message_lang,
                lenses,
                questions,
            }
        })
}

/// Answers of one participant: few distinct values, so spreads, ties and
/// agreement all occur.
fn item_answer(item: Item) -> BoxedStrategy<Option<ItemAnswer>> {
    let lens = |a: LensAnswer| ItemAnswer::Lens(a);
    match item {
        Item::Flag(_) => option::of(select(FlagAnswer::ALL.to_vec()).prop_map(ItemAnswer::Flag)).boxed(),
        Item::Lens(..) if item.is_scale() => option::of(answer().prop_map(move |a| match a {
            Answer::Level(l) => lens(LensAnswer::Level(l)),
            Answer::Unknown => lens(LensAnswer::Unknown),
        }))
        .boxed(),
        Item::Lens(..) => {
            let choices = [LensAnswer::Unknown].into_iter().chain(LensAnswer::CHOICES).map(lens).collect::<Vec<_>>();
            option::of(select(choices)).boxed()
        }
        _ => option::of(answer().prop_map(ItemAnswer::Scale)).boxed(),
    }
}

fn scores() -> impl Strategy<Value = Assessment> {
    let all = all_items();
    let per_item: Vec<_> = all.iter().map(|i| item_answer(*i)).collect();
    (per_item, vec(option::of("[a-z ]{1,10}"), all.len())).prop_map(move |(answers, notes)| {
        let mut a = Assessment::default();
        for ((item, answer), note) in all.iter().zip(answers).zip(notes) {
            item.set_in(&mut a, answer);
            *item.note_mut(&mut a) = note.unwrap_or_default();
        }
        a.normalise();
        a
    })
}

/// A session with up to 12 participants and some agreed items.
fn session() -> impl Strategy<Value = RoundTable> {
    let n = all_items().len();
    (vec((option::of(label()), scores(), any::<bool>()), 0..12), scores(), vec(any::<bool>(), n)).prop_map(
        |(people, agreed, picks)| {
            let mut rt = RoundTable::new("rt", "rec", "Session", Mode::OneDevice, "k", 0);
            for (label, answers, submitted) in people {
                let id = rt.add_participant(label.as_deref().unwrap_or(""), |n| format!("P{n}")).unwrap_or_default();
                rt.set_answers(&id, &answers, submitted);
            }
            rt.agreed = agreed;
            rt.agreed_items = all_items().into_iter().zip(picks).filter(|(_, p)| *p).map(|(i, _)| i).collect();
            rt
        },
    )
}

/// A change to a valid code: a byte flipped, the text cut, bytes inserted
/// or a run deleted. Positions are fractions of the length.
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
        "[A-Za-z0-9_-]{1,6}".prop_map(String::into_bytes),
        select(vec!["#", ".", "a1.", "r1.", "a2.", " ", "=", "%3D"]).prop_map(|s| s.as_bytes().to_vec()),
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

/// Valid codes to mutate: invites for every example and answer codes of
/// every example's scores, each with what decoding must give.
struct Corpus {
    invites: Vec<(String, Invite)>,
    returns: Vec<(String, ReturnedAnswers)>,
}

const SESSION: &str = "rt-props";
const SECRET: &str = "s3cr3t";

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let examples: Vec<Assessment> =
        ExampleId::ALL.iter().flat_map(|id| Lang::ALL.map(|l| example(*id).build(l))).collect();
    let invites = examples
        .iter()
        .map(|a| {
            let invite = Invite {
                session_id: SESSION.into(),
                session_name: a.idea.title.clone(),
                idea: a.idea.clone(),
                slot: Some("Anna".into()),
                secret: SECRET.into(),
                group: None,
                group_description: String::new(),
                message_lang: None,
                lenses: a.lenses.on.clone(),
                questions: Vec::new(),
            };
            (encode_invite(&invite), invite)
        })
        .collect();
    let returns = examples
        .iter()
        .map(|a| {
            let code = encode_return(SESSION, SECRET, "Anna", a);
            let want = ReturnedAnswers { session_id: SESSION.into(), label: "Anna".into(), answers: answers_only(a) };
            (code, want)
        })
        .collect();
    Corpus { invites, returns }
});

// ------------------------------------------------------------------ invariants

fn assert_valid_invite(i: &Invite) {
    assert!(!i.session_id.is_empty() && i.session_id.chars().count() <= MAX_ID_CHARS);
    assert!(!i.secret.is_empty() && i.secret.chars().count() <= MAX_SECRET_CHARS);
    assert!(i.slot.as_ref().is_none_or(|s| !s.trim().is_empty() && s.chars().count() <= MAX_LABEL_CHARS));
    assert!(i.session_name.chars().count() <= MAX_TEXT_CHARS);
    assert!(IdeaField::ALL.iter().all(|f| i.idea.get(*f).chars().count() <= MAX_TEXT_CHARS));
}

fn is_named(e: &DecodeError) -> bool {
    match e {
        DecodeError::Malformed(m) | DecodeError::BadLink(m) => !m.is_empty(),
        _ => true,
    }
}

/// Feeds text to both decoders: no panic, and whatever is accepted is valid.
fn decode_both(text: &str) {
    match decode_invite(text) {
        Ok(i) => assert_valid_invite(&i),
        Err(e) => assert!(is_named(&e)),
    }
    match decode_return(text, SESSION, SECRET) {
        Ok(r) => assert_eq!(r.answers, answers_only(&r.answers)),
        Err(ReturnError::Decode(e)) => assert!(is_named(&e)),
        Err(_) => {}
    }
}

// ------------------------------------------------------------------ round trips

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn invites_round_trip(i in invite()) {
        let code = encode_invite(&i);
        let want = Invite { slot: i.slot.clone().filter(|s| !s.trim().is_empty()), ..i };
        prop_assert_eq!(decode_invite(&code), Ok(want.clone()));
        prop_assert_eq!(decode_invite(&format!(" https://example.org/app#{code}\n")), Ok(want));
    }

    #[test]
    fn return_codes_round_trip(session in id(), secret in secret(), label in label(), a in assessment()) {
        let code = encode_return(&session, &secret, &label, &a);
        let want = ReturnedAnswers { session_id: session.clone(), label: label.clone(), answers: answers_only(&a) };
        prop_assert_eq!(decode_return(&code, &session, &secret), Ok(want.clone()));
        prop_assert_eq!(decode_return(&format!("#{code}"), &session, &secret), Ok(want));
        prop_assert_eq!(decode_return(&code, &format!("{session}x"), &secret), Err(ReturnError::WrongSession));
        prop_assert_eq!(decode_return(&code, &session, &format!("{secret}x")), Err(ReturnError::Tampered));
    }

    #[test]
    fn aggregation_holds_for_any_session(rt in session()) {
        let n = rt.participants.len();
        let all = all_items();
        let agenda = agenda(&rt, &all);
        let mut items: Vec<Item> = agenda.iter().map(|s| s.item).collect();
        items.sort();
        prop_assert_eq!(items, all.clone());
        prop_assert!(agenda.windows(2).all(|w| w[0].disagreement >= w[1].disagreement));
        for s in &agenda {
            prop_assert_eq!(s, &summarise(&rt, s.item));
            prop_assert_eq!(s.answers.len(), n);
            prop_assert_eq!(s.known + s.unknown + s.missing, n);
            let widest = if s.item.is_scale() { 4 } else { 2 };
            prop_assert!(s.spread <= widest);
            if n <= 1 {
                prop_assert_eq!(s.spread, 0);
            }
            if let (Some(lo), Some(hi), Some(m)) = (s.min, s.max, s.median) {
                prop_assert!(f32::from(lo) <= m && m <= f32::from(hi) && s.spread == hi - lo);
            }
            if let Some(x) = suggested(s) {
                prop_assert!(s.item.accepts(x));
                prop_assert!(s.answers.iter().any(|(_, a)| a.is_some()));
            }
        }
        // Applying changes exactly the agreed items; the rest stays.
        let base = rt.participants.first().map(|p| p.answers.clone()).unwrap_or_default();
        let out = apply_agreed(&rt, &base);
        for item in all {
            match rt.agreed_answer(item) {
                Some((answer, _)) => prop_assert_eq!(item.answer_in(&out), Some(answer)),
                None => {
                    prop_assert_eq!(item.answer_in(&out), item.answer_in(&base));
                    prop_assert_eq!(item.note_in(&out), item.note_in(&base));
                }
            }
        }
    }
}

// ------------------------------------------------------------------ fuzzing

proptest! {
    #![proptest_config(cases(1000))]

    #[test]
    fn decoders_survive_any_string(s in any::<String>()) {
        decode_both(&s);
    }

    #[test]
    fn decoders_survive_code_like_junk(s in "(https://x\\.test/)?(#| )?[ar][0-9]{0,3}\\.?[A-Za-z0-9_=+/%-]{0,300}") {
        decode_both(&s);
    }

    #[test]
    fn mutated_invites_are_read_or_refused(
        (code, _) in select(&CORPUS.invites[..]), ms in vec(mutation(), 1..4)
    ) {
        let text = String::from_utf8_lossy(&mutate(code.as_bytes(), &ms)).into_owned();
        match decode_invite(&text) {
            Ok(i) => assert_valid_invite(&i),
            Err(e) => prop_assert!(is_named(&e)),
        }
    }

    #[test]
    fn mutated_return_codes_never_give_other_answers(
        (code, want) in select(&CORPUS.returns[..]), ms in vec(mutation(), 1..4)
    ) {
        let text = String::from_utf8_lossy(&mutate(code.as_bytes(), &ms)).into_owned();
        match decode_return(&text, SESSION, SECRET) {
            Ok(got) => prop_assert_eq!(&got, &want),
            Err(ReturnError::Decode(e)) => prop_assert!(is_named(&e)),
            Err(_) => {}
        }
    }
}
