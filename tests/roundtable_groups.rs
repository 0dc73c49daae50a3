//! A round table for a customer group (issue 12): what a session scores,
//! applying the agreed answers to the group (or the base), a group removed
//! since, the invite with and without a group (and a golden invite from
//! before groups existed), and the words the views and reports use.
//! Table-driven where the cases are data.

#[path = "common/markdown.rs"]
mod markdown;

use markdown::{starts_block, unescaped};
use wenselijk::codec::roundtable::{decode_invite, encode_invite, Invite, INVITE_PREFIX};
use wenselijk::codec::{DecodeError, MAX_TEXT_CHARS};
use wenselijk::config::OrgConfig;
use wenselijk::domain::roundtable::*;
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::report::group_compare::{group_label, scored_for, scored_for_line};
use wenselijk::report::roundtable_markdown;

const TIME: Item = Item::Dimension(DimensionId::Time);
const TRUST: Item = Item::Dimension(DimensionId::Trust);
const EMPATHY: Item = Item::Dimension(DimensionId::Empathy);
const PUSHY: Item = Item::Flag(RedFlag::Pushiness);

fn lv(n: u8) -> ItemAnswer {
    ItemAnswer::Scale(Answer::lv(n))
}

/// A base with two groups: `g1` (people with debts) differs on trust,
/// `g2` (young app users) follows the base everywhere.
fn base() -> Assessment {
    let mut a = Assessment::default();
    a.idea.title = "Year overview".into();
    *a.dimension_mut(DimensionId::Time) = Entry { answer: Some(Answer::lv(4)), note: "base time".into() };
    *a.dimension_mut(DimensionId::Trust) = Entry { answer: Some(Answer::lv(5)), note: "base trust".into() };
    *a.flag_mut(RedFlag::Pushiness) = FlagEntry { answer: Some(FlagAnswer::No), note: String::new() };
    let mut debts = Group {
        id: "g1".into(),
        name: "People with debts".into(),
        description: "Customers in arrears.".into(),
        ..Group::default()
    };
    assert!(debts.set_answer(TRUST, Some(lv(2))));
    debts.set_note(TRUST, "They fear the bank.".into());
    let young = Group { id: "g2".into(), name: "Young app users".into(), ..Group::default() };
    a.groups = vec![debts, young];
    a
}

fn session(group: Option<&str>) -> RoundTable {
    let mut rt = RoundTable::new("rt-1", "a-1", "Year overview", Mode::OwnDevices, "k3y5ecr7", 1_700_000_000_000);
    rt.group = group.map(str::to_owned);
    rt
}

#[test]
fn scored_for_finds_the_group_or_says_it_is_gone() {
    let a = base();
    let cases: [(Option<&str>, ScoredFor); 4] = [
        (None, ScoredFor::Typical),
        (Some("g1"), ScoredFor::Group(&a.groups[0])),
        (Some("g2"), ScoredFor::Group(&a.groups[1])),
        (Some("g9"), ScoredFor::Missing),
    ];
    for (group, want) in cases {
        assert_eq!(session(group).scored_for(&a), want, "{group:?}");
    }
    // Without any groups a chosen one is gone too, never a panic.
    assert_eq!(session(Some("g1")).scored_for(&Assessment::default()), ScoredFor::Missing);
}

type Check = fn(&Assessment, &Assessment);
/// A case: its name, the group scored, what was agreed (item, answer, reason), the check.
type Case<'a> = (&'a str, Option<&'a str>, Vec<(Item, ItemAnswer, &'a str)>, Check);

#[test]
fn apply_agreed_writes_into_what_the_session_scored() {
    #[rustfmt::skip]
    let cases: Vec<Case> = vec![
        ("typical customer: into the base", None, vec![(TIME, lv(2), "Too early")], |b, out| {
            assert_eq!(*out.dimension(DimensionId::Time), Entry { answer: Some(Answer::lv(2)), note: "Too early".into() });
            assert_eq!(out.groups, b.groups, "groups untouched");
        }),
        ("a group: into its own answers, the base untouched", Some("g1"), vec![(TIME, lv(2), "Too early for them")], |b, out| {
            assert_eq!(out.dimension(DimensionId::Time), b.dimension(DimensionId::Time));
            let g = out.group("g1").unwrap();
            assert_eq!(g.answer(TIME), Some(lv(2)));
            assert_eq!(g.note(TIME), "Too early for them");
            assert_eq!((g.answer(TRUST), g.note(TRUST)), (Some(lv(2)), "They fear the bank."), "its other own answers stay");
            assert_eq!(out.group("g2"), b.group("g2"), "other groups untouched");
        }),
        ("a blank reason keeps the group's note", Some("g1"), vec![(TRUST, lv(1), "  ")], |_, out| {
            let g = out.group("g1").unwrap();
            assert_eq!((g.answer(TRUST), g.note(TRUST)), (Some(lv(1)), "They fear the bank."));
        }),
        ("an agreed answer equal to the base becomes the group's own", Some("g2"), vec![(TIME, lv(4), "")], |_, out| {
            let g = out.group("g2").unwrap();
            assert_eq!(g.answer(TIME), Some(lv(4)));
            assert_eq!(g.differences(), 1);
            // A later change of the base does not reach it.
            let mut later = out.clone();
            later.dimension_mut(DimensionId::Time).answer = Some(Answer::lv(1));
            assert_eq!(later.group("g2").unwrap().effective(&later).dimension_level(DimensionId::Time), Level::new(4));
        }),
        ("red flags too", Some("g1"), vec![(PUSHY, ItemAnswer::Flag(FlagAnswer::Yes), "Feels pushy")], |b, out| {
            assert_eq!(out.group("g1").unwrap().answer(PUSHY), Some(ItemAnswer::Flag(FlagAnswer::Yes)));
            assert_eq!(out.flag(RedFlag::Pushiness), b.flag(RedFlag::Pushiness));
        }),
        ("a group removed since: nothing is written", Some("g9"), vec![(TIME, lv(1), "x")], |b, out| {
            assert_eq!(out, b);
        }),
    ];
    for (name, group, agreed, check) in cases {
        let b = base();
        let mut rt = session(group);
        for (item, answer, reason) in agreed {
            assert!(rt.agree(item, answer, reason), "{name}: agree {item}");
        }
        // A draft that was not agreed goes nowhere.
        EMPATHY.set_in(&mut rt.agreed, Some(lv(3)));
        let out = apply_agreed(&rt, &b);
        check(&b, &out);
        assert_eq!(
            out.dimension(DimensionId::Empathy),
            b.dimension(DimensionId::Empathy),
            "{name}: drafts are not applied"
        );
        assert!(out.groups.iter().all(|g| g.answer(EMPATHY).is_none()), "{name}: drafts are not applied");
    }
}

#[test]
fn tables_without_a_group_read_as_before_and_a_group_round_trips() {
    let old: RoundTable =
        serde_json::from_str(r#"{"id":"rt-1","record_id":"a-1","name":"Old","phase":"revealed"}"#).unwrap();
    assert_eq!(old.group, None, "a table saved before groups scored the typical customer");
    let json = serde_json::to_string(&session(None)).unwrap();
    assert!(!json.contains("\"group\""), "no group field for the typical customer: {json}");
    let with = session(Some("g1"));
    let json = serde_json::to_string(&with).unwrap();
    assert!(json.contains(r#""group":"g1""#), "{json}");
    assert_eq!(serde_json::from_str::<RoundTable>(&json).unwrap(), with);
}

#[test]
fn invites_carry_the_group_or_not() {
    let a = base();
    let cases: [(Option<&str>, Option<&str>, &str); 4] = [
        (None, None, ""),
        (Some("g1"), Some("People with debts"), "Customers in arrears."),
        (Some("g2"), Some("Young app users"), ""),
        // Removed since: the invite says nothing rather than the wrong group.
        (Some("g9"), None, ""),
    ];
    for (group, want, description) in cases {
        let rt = session(group);
        let invite = Invite::for_table(&rt, &a, Some("Anna"));
        assert_eq!((invite.group.as_deref(), invite.group_description.as_str()), (want, description), "{group:?}");
        assert_eq!(invite.idea, a.idea);
        let code = encode_invite(&invite);
        assert!(code.starts_with(INVITE_PREFIX));
        for wrapped in [code.clone(), format!("https://example.org/#{code}")] {
            assert_eq!(decode_invite(&wrapped), Ok(invite.clone()), "{group:?}");
        }
        if want.is_none() {
            assert_eq!(code, encode_invite(&Invite::new(&rt, &a.idea, Some("Anna"))), "no group: the code as before");
        }
    }
}

/// An invite made before groups existed (`tests/golden/invite-r1.txt`).
fn golden_invite() -> Invite {
    Invite {
        session_id: "rt-golden-1".into(),
        session_name: "Ronde tafel: Verjaardagsbon".into(),
        idea: Idea { title: "Verjaardagsbon".into(), action: "Een bon op je verjaardag".into(), ..Idea::default() },
        slot: Some("Anna".into()),
        secret: "k3y5ecr7".into(),
        group: None,
        group_description: String::new(),
        message_lang: None,
        lenses: Vec::new(),
        questions: Vec::new(),
    }
}

#[test]
fn an_invite_from_before_groups_reads_and_is_written_the_same() {
    let golden = std::fs::read_to_string("tests/golden/invite-r1.txt").unwrap();
    let golden = golden.trim();
    assert_eq!(decode_invite(golden), Ok(golden_invite()));
    assert_eq!(encode_invite(&golden_invite()), golden, "an invite without a group is the same code as before");
    // And one with a group reads in full.
    let with = Invite {
        group: Some("Mensen met schulden".into()),
        group_description: "Achterstand".into(),
        ..golden_invite()
    };
    assert_eq!(decode_invite(&encode_invite(&with)), Ok(with));
    // And one with the text's language (issue 13).
    let with = Invite { message_lang: Some(TextLang::En), ..golden_invite() };
    assert_eq!(decode_invite(&encode_invite(&with)), Ok(with));
}

#[test]
fn invite_groups_are_checked() {
    use base64::Engine;
    let code = |json: String| {
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
        format!("{INVITE_PREFIX}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed))
    };
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let with = |fields: &str| code(format!(r#"{{"session":"rt","secret":"k",{fields}}}"#));
    let too_long = |field: &'static str| move |e: &DecodeError| matches!(e, DecodeError::TextTooLong { field: f, .. } if f == field);
    type Want = Box<dyn Fn(&Result<Invite, DecodeError>) -> bool>;
    let ok_with = |name: Option<&'static str>, description: &'static str| -> Want {
        Box::new(move |r| matches!(r, Ok(i) if i.group.as_deref() == name && i.group_description == description))
    };
    let err = |f: Box<dyn Fn(&DecodeError) -> bool>| -> Want { Box::new(move |r| matches!(r, Err(e) if f(e))) };
    let cases: Vec<(String, Want)> = vec![
        (with(r#""group":"Debts""#), ok_with(Some("Debts"), "")),
        (with(r#""group":"""#), ok_with(Some(""), "")),
        (with(r#""group":"Debts","group_description":"Arrears","later":1"#), ok_with(Some("Debts"), "Arrears")),
        (with(r#""group":null"#), ok_with(None, "")),
        (with(r#""group":{"name":"Debts"}"#), err(Box::new(|e| matches!(e, DecodeError::Malformed(_))))),
        (with(&format!(r#""group":"{long}""#)), err(Box::new(too_long("group")))),
        (with(&format!(r#""group":"x","group_description":"{long}""#)), err(Box::new(too_long("group_description")))),
    ];
    for (input, want) in cases {
        let got = decode_invite(&input);
        assert!(want(&got), "{got:?}");
    }
}

#[test]
fn the_words_for_whom_a_session_scored() {
    let a = base();
    let cases = [
        (None, Lang::En, "typical customer", "Scored for: typical customer"),
        (None, Lang::Nl, "gewone klant", "Gescoord voor: gewone klant"),
        (Some("g1"), Lang::En, "People with debts", "Scored for: People with debts"),
        (Some("g1"), Lang::Nl, "People with debts", "Gescoord voor: People with debts"),
        (
            Some("g9"),
            Lang::En,
            "a customer group that no longer exists",
            "Scored for: a customer group that no longer exists",
        ),
        (
            Some("g9"),
            Lang::Nl,
            "een klantgroep die niet meer bestaat",
            "Gescoord voor: een klantgroep die niet meer bestaat",
        ),
    ];
    for (group, lang, words, line) in cases {
        let rt = session(group);
        assert_eq!(scored_for(&rt, &a, lang), words);
        assert_eq!(scored_for_line(&rt, &a, lang), line);
        let md = roundtable_markdown(&rt, &a, &OrgConfig::default(), lang, 1_795_392_000_000);
        assert!(md.contains(line), "{group:?} {lang:?}: the record says whom it scored for");
    }
    // A group's name is the user's: one line, escaped in Markdown, never empty.
    let mut hostile = base();
    hostile.groups[0].name = "  *Debts*\n| [x](y) ".into();
    let line = scored_for_line(&session(Some("g1")), &hostile, Lang::En);
    for c in ['*', '|', '[', ']'] {
        assert_eq!(unescaped(&line, c), 0, "{c} in {line}");
    }
    assert!(!starts_block(&line));
    assert_eq!(line.replace('\\', ""), "Scored for: *Debts* | [x](y)", "{line}");
    assert_eq!(group_label(" \n ", Lang::En), "Customer group without a name");
    assert_eq!(group_label(" \n ", Lang::Nl), "Klantgroep zonder naam");
}
