//! The participant page (`participant.html`): its reducer
//! (`participant_page`) and what it keeps on the phone
//! (`codec::participant`). Table-driven; every case asserts concrete values.
#![cfg(not(target_arch = "wasm32"))]

use wenselijk::codec::participant::{decode, encode, Joined, Kept, FORMAT, MAX_SESSIONS, STORAGE_KEY, VERSION};
use wenselijk::codec::roundtable::{
    decode_invite, decode_return, encode_invite, Invite, ParticipantSession, ReturnError,
};
use wenselijk::codec::{DecodeError, MAX_FILE_BYTES, MAX_TEXT_CHARS};
use wenselijk::domain::roundtable::{answers_only, Item, ItemAnswer, Mode, RoundTable, MAX_LABEL_CHARS};
use wenselijk::domain::{Answer, Assessment, DimensionId, FlagAnswer, Idea, RedFlag, ValueQuestion};
use wenselijk::i18n::Lang;
use wenselijk::participant_page::{invite_in, Act, Notice, Page, Problem, Screen};

const TIME: Item = Item::Dimension(DimensionId::Time);
const PLACE: Item = Item::Dimension(DimensionId::Place);
const FIT: Item = Item::Value(ValueQuestion::CustomerValuesFit);
const BIG_BROTHER: Item = Item::Flag(RedFlag::BigBrother);

const BASE: &str = "https://x.example/app/participant.html#";

fn table(id: &str) -> RoundTable {
    RoundTable::new(id, "a18f-1", "Birthday voucher", Mode::OwnDevices, &format!("k3y-{id}"), 1_700_000_000_000)
}

fn idea(title: &str) -> Idea {
    Idea { title: title.into(), action: "Send a voucher".into(), ..Idea::default() }
}

/// The invite code to session `id` about `title` (for `slot`), and the
/// invite as the page reads it.
fn invite(id: &str, title: &str, slot: Option<&str>) -> (String, Invite) {
    let code = encode_invite(&Invite::new(&table(id), &idea(title), slot));
    let read = decode_invite(&code).expect("a valid invite");
    assert_eq!(read.session_id, id);
    (code, read)
}

fn code(id: &str) -> String {
    invite(id, "Voucher", None).0
}

fn fresh(browser: Lang) -> Page {
    Page::start(Ok(Kept::default()), browser)
}

fn run(mut page: Page, acts: impl IntoIterator<Item = Act>) -> Page {
    for act in acts {
        page.reduce(act);
    }
    page
}

/// The session ids kept, in order.
fn ids(page: &Page) -> Vec<String> {
    page.kept.sessions.iter().map(|j| j.session.invite.session_id.clone()).collect()
}

fn scale(n: u8) -> Option<ItemAnswer> {
    Some(ItemAnswer::Scale(Answer::lv(n)))
}

/// Sessions "rt-a", "rt-b", "rt-c" opened in that order, each with its own
/// answer to TIME, and left: on the Start screen, kept as c, b, a.
fn three() -> Page {
    let mut page = fresh(Lang::Nl);
    for (id, level) in [("rt-a", 1), ("rt-b", 2), ("rt-c", 3)] {
        page = run(page, [Act::Open(code(id)), Act::Answer(TIME, scale(level)), Act::Leave]);
    }
    assert_eq!(ids(&page), ["rt-c", "rt-b", "rt-a"]);
    assert_eq!(page.screen, Screen::Start);
    page
}

/// One character in the middle of `code` changed.
fn damage(code: &str) -> String {
    let mut b = code.as_bytes().to_vec();
    let i = b.len() / 2;
    b[i] = if b[i] == b'A' { b'B' } else { b'A' };
    String::from_utf8(b).unwrap()
}

// ---------------------------------------------------------------- start

#[test]
fn start_takes_the_kept_language_else_the_browsers() {
    let (c, inv) = invite("rt-1", "Voucher", Some("Anna"));
    let one = Kept { lang: None, sessions: vec![Joined::new(c, inv)] };
    let broken = Problem::Kept {
        error: DecodeError::Malformed("expected value at line 1".into()),
        backup: Some("wenselijk.participant.backup.1700000000000".into()),
    };
    let lost = Problem::Kept { error: DecodeError::FutureVersion(2), backup: None };
    type Case = (&'static str, Result<Kept, Problem>, Lang, Lang, Kept, Option<Problem>);
    let cases: Vec<Case> = vec![
        (
            "kept En, browser Nl",
            Ok(Kept { lang: Some(Lang::En), ..Kept::default() }),
            Lang::Nl,
            Lang::En,
            Kept { lang: Some(Lang::En), ..Kept::default() },
            None,
        ),
        (
            "kept Nl, browser En",
            Ok(Kept { lang: Some(Lang::Nl), ..Kept::default() }),
            Lang::En,
            Lang::Nl,
            Kept { lang: Some(Lang::Nl), ..Kept::default() },
            None,
        ),
        ("no choice, browser En", Ok(Kept::default()), Lang::En, Lang::En, Kept::default(), None),
        ("no choice, browser Nl", Ok(Kept::default()), Lang::Nl, Lang::Nl, Kept::default(), None),
        ("sessions kept", Ok(one.clone()), Lang::En, Lang::En, one, None),
        ("unreadable, copied aside", Err(broken.clone()), Lang::En, Lang::En, Kept::default(), Some(broken)),
        ("unreadable, not copied", Err(lost.clone()), Lang::Nl, Lang::Nl, Kept::default(), Some(lost)),
    ];
    for (name, kept, browser, lang, want_kept, problem) in cases {
        let page = Page::start(kept, browser);
        assert_eq!(page.lang, lang, "{name}: language");
        assert_eq!(page.kept, want_kept, "{name}: kept");
        assert_eq!(page.problem, problem, "{name}: problem");
        assert_eq!(page.screen, Screen::Start, "{name}: screen");
        assert_eq!(page.session(), None, "{name}: no session open");
        assert_eq!(page.notice, None, "{name}: notice");
        assert_eq!(page.forgotten, None, "{name}: forgotten");
    }
}

#[test]
fn lang_is_shown_and_kept() {
    let page = run(fresh(Lang::Nl), [Act::Lang(Lang::En)]);
    assert_eq!((page.lang, page.kept.lang), (Lang::En, Some(Lang::En)));
    let page = run(page, [Act::Lang(Lang::Nl)]);
    assert_eq!((page.lang, page.kept.lang), (Lang::Nl, Some(Lang::Nl)));
    // What is kept wins over the browser on the next start.
    let again = Page::start(Ok(decode(&encode(&page.kept)).unwrap()), Lang::En);
    assert_eq!(again.lang, Lang::Nl);
}

// ---------------------------------------------------------------- open

#[test]
fn opening_a_fresh_invite() {
    let cases = [(Some("Anna"), "Anna"), (None, ""), (Some("Participant 12"), "Participant 12")];
    for (slot, label) in cases {
        let (c, inv) = invite("rt-1", "Voucher", slot);
        let page = run(fresh(Lang::Nl), [Act::Open(c.clone())]);
        assert_eq!(page.screen, Screen::Session, "{slot:?}");
        let s = page.session().expect("a session open");
        assert_eq!(s.invite, inv, "{slot:?}: the invite");
        assert_eq!(s.label, label, "{slot:?}: label from the slot");
        assert!(!s.left, "{slot:?}");
        assert_eq!(s.answers, Assessment::default(), "{slot:?}: no answers yet");
        assert_eq!(page.kept.sessions.len(), 1, "{slot:?}");
        assert_eq!(page.kept.sessions[0].code, c, "{slot:?}: the code kept");
        assert_eq!(page.problem, None, "{slot:?}");
    }
}

#[test]
fn answers_notes_and_label_change_the_open_session() {
    let (c, _) = invite("rt-1", "Voucher", None);
    let page = run(
        fresh(Lang::Nl),
        [
            Act::Open(c),
            Act::Answer(TIME, scale(3)),
            Act::Answer(PLACE, Some(ItemAnswer::Scale(Answer::Unknown))),
            Act::Answer(BIG_BROTHER, Some(ItemAnswer::Flag(FlagAnswer::Yes))),
            Act::Note(TIME, "Te vroeg".into()),
            Act::Label("Bram".into()),
        ],
    );
    let s = page.session().unwrap();
    assert_eq!(s.label, "Bram");
    assert_eq!(TIME.answer_in(&s.answers), scale(3));
    assert_eq!(PLACE.answer_in(&s.answers), Some(ItemAnswer::Scale(Answer::Unknown)));
    assert_eq!(BIG_BROTHER.answer_in(&s.answers), Some(ItemAnswer::Flag(FlagAnswer::Yes)));
    assert_eq!(TIME.note_in(&s.answers), "Te vroeg");
    assert_eq!(FIT.answer_in(&s.answers), None);

    // Clearing an answer.
    let page = run(page, [Act::Answer(TIME, None), Act::Note(TIME, String::new())]);
    let s = page.session().unwrap();
    assert_eq!(TIME.answer_in(&s.answers), None);
    assert_eq!(TIME.note_in(&s.answers), "");
    assert_eq!(s.answers.dimensions.len(), 1, "only PLACE left, normalised");
}

#[test]
fn after_leave_nothing_changes_the_session() {
    let (c, _) = invite("rt-1", "Voucher", Some("Anna"));
    let page = run(
        fresh(Lang::Nl),
        [Act::Open(c), Act::Answer(TIME, scale(4)), Act::Note(TIME, "Goed moment".into()), Act::Leave],
    );
    assert_eq!(page.screen, Screen::Start);
    assert_eq!(page.session(), None);
    let kept = &page.kept.sessions[0].session;
    assert!(kept.left, "left on purpose");
    assert_eq!(kept.label, "Anna");
    assert_eq!(TIME.answer_in(&kept.answers), scale(4), "answers stay");
    assert_eq!(TIME.note_in(&kept.answers), "Goed moment");

    let acts = [
        Act::Answer(TIME, None),
        Act::Answer(FIT, scale(1)),
        Act::Answer(BIG_BROTHER, Some(ItemAnswer::Flag(FlagAnswer::Unsure))),
        Act::Note(TIME, "Changed".into()),
        Act::Note(FIT, "New".into()),
        Act::Label("Someone else".into()),
        Act::Label(String::new()),
        Act::Leave,
    ];
    for act in acts {
        let after = run(page.clone(), [act.clone()]);
        assert_eq!(after, page, "{act:?} after Leave changes nothing");
    }
}

#[test]
fn reopening_the_same_invite_brings_the_answers_back() {
    let (c, inv) = invite("rt-1", "Voucher", None);
    let page = run(
        fresh(Lang::Nl),
        [Act::Open(c.clone()), Act::Label("Bram".into()), Act::Answer(TIME, scale(2)), Act::Leave],
    );
    for text in [c.clone(), format!("{BASE}{c}")] {
        let page = run(page.clone(), [Act::Open(text.clone())]);
        assert_eq!(page.screen, Screen::Session);
        let s = page.session().unwrap();
        assert!(!s.left, "{text}: left no more");
        assert_eq!(s.label, "Bram");
        assert_eq!(s.invite, inv);
        assert_eq!(TIME.answer_in(&s.answers), scale(2));
        assert_eq!(page.kept.sessions.len(), 1, "not kept twice");
        assert_eq!(page.kept.sessions[0].code, c);
    }
    // Opening it while it is open changes nothing either.
    let open = run(page.clone(), [Act::Open(c.clone())]);
    assert_eq!(run(open.clone(), [Act::Open(c)]), open);
}

#[test]
fn a_changed_invite_keeps_name_and_answers() {
    // (label given before, the new invite's slot, label after)
    let cases = [
        ("Bram", Some("Anna"), "Bram"),
        ("Bram", None, "Bram"),
        ("", Some("Anna"), "Anna"),
        ("   ", Some("Anna"), "Anna"),
        ("", None, ""),
    ];
    for (before, slot, after) in cases {
        let (c1, _) = invite("rt-1", "Voucher", None);
        let (c2, inv2) = invite("rt-1", "Voucher, corrected", slot);
        assert_ne!(c1, c2);
        let page = run(
            fresh(Lang::En),
            [
                Act::Open(c1),
                Act::Label(before.into()),
                Act::Answer(TIME, scale(5)),
                Act::Note(FIT, "Past".into()),
                Act::Leave,
                Act::Open(c2.clone()),
            ],
        );
        let s = page.session().unwrap();
        assert_eq!(s.label, after, "{before:?} {slot:?}");
        assert_eq!(s.invite, inv2, "{before:?} {slot:?}: the new invite");
        assert_eq!(s.invite.idea.title, "Voucher, corrected");
        assert_eq!(TIME.answer_in(&s.answers), scale(5));
        assert_eq!(FIT.note_in(&s.answers), "Past");
        assert!(!s.left);
        assert_eq!(page.kept.sessions.len(), 1);
        assert_eq!(page.kept.sessions[0].code, c2, "{before:?} {slot:?}: the new code kept");
    }
}

#[test]
fn newest_first_and_the_oldest_forgotten() {
    assert_eq!(MAX_SESSIONS, 8);
    let mut page = fresh(Lang::Nl);
    let mut want: Vec<String> = Vec::new();
    for n in 0..=MAX_SESSIONS + 1 {
        let id = format!("rt-{n}");
        page = run(page, [Act::Open(code(&id)), Act::Answer(TIME, scale(1 + (n % 5) as u8))]);
        want.insert(0, id.clone());
        want.truncate(MAX_SESSIONS);
        assert_eq!(ids(&page), want, "after opening {id}");
        assert_eq!(page.session().unwrap().invite.session_id, id, "the newest is open");
    }
    assert_eq!(page.kept.sessions.len(), MAX_SESSIONS);
    assert_eq!(ids(&page).last().unwrap(), "rt-2", "rt-0 and rt-1 forgotten");

    // Opening one kept in the middle moves it first; none is forgotten.
    let page = run(page, [Act::Leave, Act::Open(code("rt-5"))]);
    assert_eq!(ids(&page), ["rt-5", "rt-9", "rt-8", "rt-7", "rt-6", "rt-4", "rt-3", "rt-2"]);
    assert_eq!(TIME.answer_in(&page.session().unwrap().answers), scale(1), "rt-5's own answer");

    // A forgotten one comes back fresh, and the oldest goes.
    let page = run(page, [Act::Open(code("rt-0"))]);
    assert_eq!(ids(&page), ["rt-0", "rt-5", "rt-9", "rt-8", "rt-7", "rt-6", "rt-4", "rt-3"]);
    assert_eq!(page.session().unwrap().answers, Assessment::default());
}

// ---------------------------------------------------------------- resume, forget, undo

#[test]
fn resume_opens_a_kept_session() {
    // (place, the order after, its answer to TIME)
    let cases = [(0, ["rt-c", "rt-b", "rt-a"], 3), (1, ["rt-b", "rt-c", "rt-a"], 2), (2, ["rt-a", "rt-c", "rt-b"], 1)];
    for (i, order, level) in cases {
        let page = run(three(), [Act::Resume(i)]);
        assert_eq!(page.screen, Screen::Session, "Resume({i})");
        assert_eq!(ids(&page), order, "Resume({i})");
        let s = page.session().unwrap();
        assert_eq!(s.invite.session_id, order[0]);
        assert!(!s.left, "Resume({i}): left no more");
        assert_eq!(TIME.answer_in(&s.answers), scale(level), "Resume({i})");
        assert_eq!(page.kept.sessions[0].code, code(order[0]));
        // Others stay left.
        assert!(page.kept.sessions[1..].iter().all(|j| j.session.left), "Resume({i})");
    }
    for i in [3, 4, 100, usize::MAX] {
        let before = three();
        assert_eq!(run(before.clone(), [Act::Resume(i)]), before, "Resume({i}) out of range");
    }
    let empty = fresh(Lang::En);
    assert_eq!(run(empty.clone(), [Act::Resume(0)]), empty);
}

#[test]
fn forget_and_undo() {
    for i in 0..3 {
        let before = three();
        let page = run(before.clone(), [Act::Forget(i)]);
        let mut want = ids(&before);
        let gone = want.remove(i);
        assert_eq!(ids(&page), want, "Forget({i})");
        let (at, j) = page.forgotten.clone().expect("kept to bring back");
        assert_eq!((at, j.session.invite.session_id.as_str()), (i, gone.as_str()), "Forget({i})");
        let page = run(page, [Act::Undo]);
        assert_eq!(page.kept, before.kept, "Undo after Forget({i}): back at the same place");
        assert_eq!(page.forgotten, None);
        // A second Undo does nothing.
        assert_eq!(run(page.clone(), [Act::Undo]), page);
    }

    // Out of range, or with a session open: nothing.
    for i in [3, usize::MAX] {
        let before = three();
        assert_eq!(run(before.clone(), [Act::Forget(i)]), before, "Forget({i})");
    }
    let open = run(three(), [Act::Resume(1)]);
    assert_eq!(run(open.clone(), [Act::Forget(0)]), open, "not while a session is open");
    assert_eq!(run(open.clone(), [Act::Forget(1)]), open, "not while a session is open");

    // Nothing forgotten: Undo does nothing.
    let before = three();
    assert_eq!(run(before.clone(), [Act::Undo]), before);

    // The last forgotten comes back, not the one before.
    let page = run(three(), [Act::Forget(0), Act::Forget(0), Act::Undo]);
    assert_eq!(ids(&page), ["rt-b", "rt-a"]);
}

#[test]
fn undo_after_reopening_does_no_harm() {
    // Forget rt-b, then open it again (fresh): Undo must not keep it twice.
    let page = run(three(), [Act::Forget(1), Act::Open(code("rt-b")), Act::Undo]);
    assert_eq!(ids(&page), ["rt-b", "rt-c", "rt-a"]);
    assert_eq!(page.session().unwrap().invite.session_id, "rt-b");
    assert_eq!(page.forgotten, None);

    // Forget rt-b, then resume another: rt-b stays forgotten, no duplicates.
    let page = run(three(), [Act::Forget(1), Act::Resume(1), Act::Leave, Act::Undo]);
    assert_eq!(ids(&page), ["rt-a", "rt-c"]);

    // Forget, open a new one, Undo: the new one stays first, nothing lost.
    let page = run(three(), [Act::Forget(2), Act::Open(code("rt-d")), Act::Leave, Act::Undo]);
    assert_eq!(ids(&page), ["rt-d", "rt-c", "rt-b"]);
    let mut seen = ids(&page);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), page.kept.sessions.len(), "no session kept twice");
}

// ---------------------------------------------------------------- paste

#[test]
fn pasted_invites_open_their_session() {
    let (c, inv) = invite("rt-1", "Voucher", Some("Anna"));
    let texts = [
        ("bare code", c.clone()),
        ("fragment", format!("#{c}")),
        ("full link", format!("{BASE}{c}")),
        ("chat line", format!("Join here: {BASE}{c} thanks")),
        ("padded", format!("  \n{c}\n\t")),
        ("angle brackets", format!("Hoi allemaal,\n\n<{BASE}{c}>\n\nTot straks")),
        ("quoted", format!("href=\"{BASE}{c}\"")),
        ("markdown", format!("[the session]({BASE}{c})")),
        ("two lines", format!("Join here:\n{BASE}{c}\nthanks!")),
    ];
    for (name, text) in texts {
        assert_eq!(invite_in(&text), Ok((c.clone(), inv.clone())), "{name}");
        let page = run(fresh(Lang::Nl), [Act::Open(text)]);
        assert_eq!(page.screen, Screen::Session, "{name}");
        assert_eq!(page.problem, None, "{name}");
        let s = page.session().unwrap();
        assert_eq!(s.invite, inv, "{name}");
        assert_eq!(s.label, "Anna", "{name}");
        assert_eq!(page.kept.sessions[0].code, c, "{name}: the bare code kept");
    }
}

/// A link at the end of a sentence, or followed by a comma, as chat
/// messages often have it: the punctuation is no part of the code
/// (base64url has no '.', ',', '!', '?', ';' or ':').
#[test]
fn punctuation_after_a_pasted_link() {
    let (c, inv) = invite("rt-1", "Voucher", Some("Anna"));
    let texts = [
        ("full stop", format!("Join here: {BASE}{c}.")),
        ("comma", format!("Join here: {BASE}{c}, thanks")),
        ("exclamation", format!("Join here: {BASE}{c}!")),
        ("question", format!("Did you open {BASE}{c}?")),
        ("semicolon", format!("Link: {BASE}{c}; see you")),
        ("single quotes", format!("Open '{BASE}{c}' please")),
    ];
    let mut failed = Vec::new();
    for (name, text) in texts {
        if invite_in(&text) != Ok((c.clone(), inv.clone())) {
            failed.push(name);
        }
        let page = run(fresh(Lang::Nl), [Act::Open(text)]);
        assert_eq!(page.screen == Screen::Session, !failed.contains(&name), "{name}");
    }
    assert_eq!(failed, Vec::<&str>::new(), "punctuation after the link taken for part of the code");
}

#[test]
fn what_is_no_invite_is_said_so() {
    let (c, _) = invite("rt-1", "Voucher", None);
    let answer_code = {
        let mut s = ParticipantSession::new(decode_invite(&c).unwrap());
        s.label = "Bram".into();
        s.answer_code().unwrap()
    };
    let not_ours = [
        ("garbage", "hello there, how are you?".to_owned()),
        ("empty", String::new()),
        ("blank", " \n\t ".to_owned()),
        ("a share link", "https://x.example/app/#v1.abcdef".to_owned()),
        ("an answer code", answer_code),
        ("prefix inside a word", format!("xr1.{}", &c[3..])),
    ];
    for (name, text) in not_ours {
        assert_eq!(invite_in(&text), Err(DecodeError::NotOurs), "{name}");
        let page = run(fresh(Lang::Nl), [Act::Open(text)]);
        assert_eq!(page.problem, Some(Problem::Invite(DecodeError::NotOurs)), "{name}");
        assert_eq!(page.screen, Screen::Start, "{name}");
        assert!(page.kept.sessions.is_empty(), "{name}");
    }

    let damaged = [
        ("one character changed", damage(&c)),
        ("cut short", c[..c.len() / 2].to_owned()),
        ("only the prefix", "r1.".to_owned()),
        ("not base64", "r1.!!!!".to_owned()),
        ("damaged in a link", format!("Join here: {BASE}{} thanks", damage(&c))),
    ];
    for (name, text) in damaged {
        let e = invite_in(&text).expect_err(name);
        assert!(matches!(e, DecodeError::BadLink(_) | DecodeError::Malformed(_)), "{name}: {e:?}");
        let before = run(fresh(Lang::Nl), [Act::Open(code("rt-2")), Act::Leave]);
        let page = run(before.clone(), [Act::Open(text)]);
        assert_eq!(page.problem, Some(Problem::Invite(e)), "{name}");
        assert_eq!(page.kept, before.kept, "{name}: nothing kept changes");
        assert_eq!(page.screen, Screen::Start, "{name}");
    }

    // A problem while a session is open leaves it open.
    let page = run(fresh(Lang::Nl), [Act::Open(code("rt-2")), Act::Open("nonsense".into())]);
    assert_eq!(page.screen, Screen::Session);
    assert_eq!(page.session().unwrap().invite.session_id, "rt-2");
    assert_eq!(page.problem, Some(Problem::Invite(DecodeError::NotOurs)));
}

#[test]
fn an_invite_opened_clears_only_an_invite_problem() {
    let kept_problem = Problem::Kept { error: DecodeError::NotOurs, backup: None };
    let cases = [
        (Some(Problem::Invite(DecodeError::NotOurs)), None),
        (Some(Problem::Invite(DecodeError::BadLink("damaged".into()))), None),
        (Some(Problem::NotKept), Some(Problem::NotKept)),
        (Some(kept_problem.clone()), Some(kept_problem)),
        (None, None),
    ];
    for (before, after) in cases {
        let mut page = fresh(Lang::Nl);
        page.problem = before.clone();
        let page = run(page, [Act::Open(code("rt-1"))]);
        assert_eq!(page.screen, Screen::Session, "{before:?}");
        assert_eq!(page.problem, after, "{before:?}");
    }
    // Through the page: garbage, then the right link.
    let page = run(fresh(Lang::Nl), [Act::Open("garbage".into()), Act::Open(format!("{BASE}{}", code("rt-1")))]);
    assert_eq!(page.problem, None);
    assert_eq!(page.screen, Screen::Session);
}

// ---------------------------------------------------------------- problems and notices

#[test]
fn saved_sets_and_clears_not_kept() {
    let invite_problem = Problem::Invite(DecodeError::NotOurs);
    let kept_problem = Problem::Kept { error: DecodeError::Malformed("x".into()), backup: None };
    let cases = [
        (None, false, Some(Problem::NotKept)),
        (Some(Problem::NotKept), false, Some(Problem::NotKept)),
        (Some(invite_problem.clone()), false, Some(invite_problem.clone())),
        (Some(kept_problem.clone()), false, Some(kept_problem.clone())),
        (None, true, None),
        (Some(Problem::NotKept), true, None),
        (Some(invite_problem.clone()), true, Some(invite_problem)),
        (Some(kept_problem.clone()), true, Some(kept_problem)),
    ];
    for (before, ok, after) in cases {
        let mut page = fresh(Lang::Nl);
        page.problem = before.clone();
        let page = run(page, [Act::Saved(ok)]);
        assert_eq!(page.problem, after, "{before:?} then Saved({ok})");
        let page = run(page, [Act::Dismiss]);
        assert_eq!(page.problem, None, "Dismiss clears {before:?}");
    }
}

#[test]
fn copied_shows_a_notice_until_the_next_act() {
    for (ok, notice) in [(true, Notice::Copied), (false, Notice::CopyFailed)] {
        let page = run(fresh(Lang::Nl), [Act::Open(code("rt-1")), Act::Copied(ok)]);
        assert_eq!(page.notice, Some(notice), "Copied({ok})");
        let next = [
            Act::Answer(TIME, scale(2)),
            Act::Note(TIME, "x".into()),
            Act::Label("Bram".into()),
            Act::Open(code("rt-2")),
            Act::Open("garbage".into()),
            Act::Leave,
            Act::Resume(0),
            Act::Resume(99),
            Act::Forget(0),
            Act::Undo,
            Act::Lang(Lang::En),
            Act::Saved(true),
            Act::Saved(false),
            Act::Dismiss,
        ];
        for act in next {
            let after = run(page.clone(), [act.clone()]);
            assert_eq!(after.notice, None, "Copied({ok}) then {act:?}");
        }
        let again = run(page, [Act::Copied(!ok)]);
        assert_eq!(again.notice, Some(if ok { Notice::CopyFailed } else { Notice::Copied }));
    }
}

// ---------------------------------------------------------------- answer code

#[test]
fn the_answer_code_carries_label_and_answers() {
    let (c, inv) = invite("rt-1", "Voucher", None);
    let page = run(
        fresh(Lang::Nl),
        [
            Act::Open(c),
            Act::Answer(TIME, scale(4)),
            Act::Answer(BIG_BROTHER, Some(ItemAnswer::Flag(FlagAnswer::No))),
            Act::Note(TIME, "Goed moment".into()),
        ],
    );
    assert_eq!(page.session().unwrap().answer_code(), None, "no name yet");
    for blank in ["", "   ", "\t\n"] {
        let page = run(page.clone(), [Act::Label(blank.into())]);
        assert_eq!(page.session().unwrap().answer_code(), None, "{blank:?}");
    }
    for (label, want) in [("Bram", "Bram"), ("  Bram  ", "Bram"), ("Eva de Vries", "Eva de Vries")] {
        let page = run(page.clone(), [Act::Label(label.into())]);
        let s = page.session().unwrap();
        let code = s.answer_code().expect("a code once named");
        assert!(code.starts_with("a1."), "{code}");
        let back = decode_return(&code, &inv.session_id, &inv.secret).expect("the session accepts it");
        assert_eq!(back.session_id, "rt-1");
        assert_eq!(back.label, want, "{label:?}");
        assert_eq!(back.answers, answers_only(&s.answers), "{label:?}");
        assert_eq!(TIME.answer_in(&back.answers), scale(4));
        assert_eq!(TIME.note_in(&back.answers), "Goed moment");
        assert_eq!(BIG_BROTHER.answer_in(&back.answers), Some(ItemAnswer::Flag(FlagAnswer::No)));
        assert_eq!(decode_return(&code, "rt-2", &inv.secret), Err(ReturnError::WrongSession));
        assert_eq!(decode_return(&code, &inv.session_id, "other"), Err(ReturnError::Tampered));
    }
    // A slot names the participant at once.
    let page = run(fresh(Lang::Nl), [Act::Open(invite("rt-1", "Voucher", Some("Anna")).0)]);
    let back = decode_return(&page.session().unwrap().answer_code().unwrap(), "rt-1", &inv.secret).unwrap();
    assert_eq!(back.label, "Anna");
}

// ---------------------------------------------------------------- codec

/// Two sessions with answers, notes and a name; the older one left.
fn two_sessions(lang: Option<Lang>) -> Kept {
    let mut page = fresh(Lang::Nl);
    page.kept.lang = lang;
    let page = run(
        page,
        [
            Act::Open(code("rt-a")),
            Act::Label("Bram".into()),
            Act::Answer(TIME, scale(2)),
            Act::Note(TIME, "Te laat".into()),
            Act::Answer(BIG_BROTHER, Some(ItemAnswer::Flag(FlagAnswer::Unsure))),
            Act::Leave,
            Act::Open(invite("rt-b", "Reminder", Some("Anna")).0),
            Act::Answer(FIT, Some(ItemAnswer::Scale(Answer::Unknown))),
            Act::Note(PLACE, "Only a note".into()),
        ],
    );
    assert_eq!(ids(&page), ["rt-b", "rt-a"]);
    page.kept
}

#[test]
fn kept_round_trips() {
    assert_eq!(STORAGE_KEY, "wenselijk.participant");
    assert_eq!((FORMAT, VERSION), ("wenselijk-participant", 1));
    let cases = [
        ("two sessions, En", two_sessions(Some(Lang::En))),
        ("two sessions, Nl", two_sessions(Some(Lang::Nl))),
        ("two sessions, no language", two_sessions(None)),
        ("empty", Kept::default()),
        ("language only", Kept { lang: Some(Lang::En), sessions: vec![] }),
    ];
    for (name, kept) in cases {
        let text = encode(&kept);
        assert!(text.starts_with("{\"format\":\"wenselijk-participant\",\"version\":1"), "{name}: {text}");
        let back = decode(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, kept, "{name}");
        assert_eq!(encode(&back), text, "{name}: stable");
    }
    let kept = two_sessions(Some(Lang::En));
    let back = decode(&encode(&kept)).unwrap();
    let (a, b) = (&back.sessions[1].session, &back.sessions[0].session);
    assert_eq!((a.label.as_str(), a.left), ("Bram", true));
    assert_eq!((b.label.as_str(), b.left), ("Anna", false));
    assert_eq!(TIME.note_in(&a.answers), "Te laat");
    assert_eq!(PLACE.note_in(&b.answers), "Only a note");
    assert_eq!(b.invite.idea.title, "Reminder");
    assert_eq!(back.lang, Some(Lang::En));

    // The page goes on where it was.
    let page = run(Page::start(Ok(back), Lang::Nl), [Act::Resume(1)]);
    assert_eq!(page.lang, Lang::En);
    assert_eq!(page.session().unwrap().label, "Bram");
    assert_eq!(TIME.answer_in(&page.session().unwrap().answers), scale(2));
}

#[test]
fn what_is_not_kept_by_us_is_refused() {
    let ours = encode(&two_sessions(Some(Lang::En)));
    let cases: Vec<(&str, String, DecodeError)> = vec![
        ("other format", ours.replace("wenselijk-participant", "wenselijk"), DecodeError::NotOurs),
        ("main app's format", r#"{"format":"wenselijk","version":1,"assessments":[]}"#.into(), DecodeError::NotOurs),
        ("version 2", ours.replace("\"version\":1", "\"version\":2"), DecodeError::FutureVersion(2)),
        ("version 17", r#"{"format":"wenselijk-participant","version":17}"#.into(), DecodeError::FutureVersion(17)),
        (
            "too large",
            " ".repeat(MAX_FILE_BYTES + 1),
            DecodeError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES },
        ),
    ];
    for (name, text, want) in cases {
        assert_eq!(decode(&text), Err(want), "{name}");
    }
    let malformed = [
        ("not JSON", "hello"),
        ("empty", ""),
        ("cut short", &ours[..ours.len() / 2]),
        ("an array", "[]"),
        ("no format", r#"{"version":1}"#),
        ("sessions not a list", r#"{"format":"wenselijk-participant","version":1,"sessions":3}"#),
        ("session without invite", r#"{"format":"wenselijk-participant","version":1,"sessions":[{"label":"x"}]}"#),
    ];
    for (name, text) in malformed {
        assert!(matches!(decode(text), Err(DecodeError::Malformed(_))), "{name}: {:?}", decode(text));
    }
    assert_eq!(decode(r#"{"format":"wenselijk-participant","version":1}"#), Ok(Kept::default()));
}

#[test]
fn at_most_max_sessions_are_read() {
    let sessions: Vec<Joined> = (0..MAX_SESSIONS + 3)
        .map(|n| {
            let (c, inv) = invite(&format!("rt-{n}"), "Voucher", None);
            Joined::new(c, inv)
        })
        .collect();
    let kept = Kept { lang: None, sessions };
    let back = decode(&encode(&kept)).unwrap();
    assert_eq!(back.sessions.len(), MAX_SESSIONS);
    assert_eq!(back.sessions, kept.sessions[..MAX_SESSIONS]);
    assert_eq!(back.sessions.last().unwrap().session.invite.session_id, "rt-7");

    // A broken session beyond the limit is not read at all.
    let mut kept = kept;
    kept.sessions[MAX_SESSIONS].code = "r1.!!!!".into();
    assert_eq!(decode(&encode(&kept)).unwrap().sessions.len(), MAX_SESSIONS);
}

#[test]
fn a_broken_session_is_refused_by_name() {
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let no_secret = {
        let mut i = Invite::new(&table("rt-s"), &idea("Voucher"), None);
        i.secret = String::new();
        encode_invite(&i)
    };
    type Break = fn(&mut Joined, &str, &str);
    type Want = fn(&DecodeError) -> bool;
    let cases: Vec<(&str, usize, Break, Want)> = vec![
        (
            "label over the text limit",
            1,
            |j, long, _| j.session.label = long.to_owned(),
            |e| {
                *e == DecodeError::TextTooLong {
                    field: "sessions[1].label".into(),
                    chars: MAX_TEXT_CHARS + 1,
                    limit: MAX_TEXT_CHARS,
                }
            },
        ),
        (
            "note over the text limit",
            0,
            |j, long, _| *TIME.note_mut(&mut j.session.answers) = long.to_owned(),
            |e| {
                *e == DecodeError::TextTooLong {
                    field: "sessions[0].answers.dimensions.time.note".into(),
                    chars: MAX_TEXT_CHARS + 1,
                    limit: MAX_TEXT_CHARS,
                }
            },
        ),
        (
            "invite without secret",
            1,
            |j, _, no_secret| j.code = no_secret.to_owned(),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("secret") && m.contains('0')),
        ),
        ("invite damaged", 0, |j, _, _| j.code = damage(&j.code), |e| *e != DecodeError::NotOurs),
        (
            "not an invite",
            1,
            |j, _, _| j.code = "hello".into(),
            |e| matches!(e, DecodeError::BadLink(m) if m.contains("invite")),
        ),
    ];
    for (name, at, brk, want) in cases {
        let mut kept = two_sessions(Some(Lang::En));
        brk(&mut kept.sessions[at], &long, &no_secret);
        let got = decode(&encode(&kept));
        assert!(matches!(&got, Err(e) if want(e)), "{name}: {got:?}");
    }
    // A label within the limit is kept as it is.
    let mut kept = two_sessions(None);
    kept.sessions[1].session.label = "x".repeat(MAX_TEXT_CHARS);
    assert_eq!(decode(&encode(&kept)), Ok(kept));
}

/// Whatever name the participant types (the field takes up to
/// `MAX_TEXT_CHARS`), an answer code shown is one the session accepts.
#[test]
fn every_answer_code_shown_is_accepted() {
    let (c, inv) = invite("rt-1", "Voucher", None);
    let page = run(fresh(Lang::Nl), [Act::Open(c), Act::Answer(TIME, scale(3))]);
    let mut refused = Vec::new();
    for n in [1, 40, MAX_LABEL_CHARS, MAX_LABEL_CHARS + 1, 500] {
        let page = run(page.clone(), [Act::Label("n".repeat(n))]);
        if let Some(code) = page.session().unwrap().answer_code() {
            if let Err(e) = decode_return(&code, &inv.session_id, &inv.secret) {
                refused.push((n, e));
            }
        }
    }
    assert_eq!(refused, [], "names of these lengths give a code the session refuses");
}
