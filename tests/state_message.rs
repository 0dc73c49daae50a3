//! The reducer's side of the message check: the text's language, keeping
//! versions (the first always stays), using one again, forgetting one with
//! undo, and the word list's loading state (not saved).

use std::rc::Rc;
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::message::Lexicon;
use wenselijk::state::{reduce, Action, AppState, MessageAction as M, Notice, SharedLexicon, WordList};

fn run(state: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().enumerate().fold(state, |s, (i, a)| reduce(&s, a, 1_000 + i as u64))
}

fn started() -> AppState {
    run(AppState::new(Lang::Nl), vec![Action::New])
}

fn current(s: &AppState) -> &Assessment {
    &s.current_record().expect("an open assessment").assessment
}

fn texts(s: &AppState) -> Vec<&str> {
    current(s).message_check.versions.iter().map(|v| v.text.as_str()).collect()
}

fn write(text: &str) -> Action {
    Action::SetIdea(IdeaField::Message, text.into())
}

fn keep() -> Action {
    Action::Message(M::Keep)
}

#[test]
fn leaving_the_text_keeps_a_version_once_and_never_a_blank_one() {
    // (what the user does, the versions kept afterwards)
    let cases: Vec<(Vec<Action>, Vec<&str>)> = vec![
        (vec![keep()], vec![]),
        (vec![write("   "), keep()], vec![]),
        (vec![write("Eerste"), keep()], vec!["Eerste"]),
        (vec![write("Eerste"), keep(), keep()], vec!["Eerste"]),
        (vec![write("Eerste"), keep(), write("Tweede"), keep()], vec!["Eerste", "Tweede"]),
        (vec![write("Eerste"), keep(), write("Tweede"), write("Derde"), keep()], vec!["Eerste", "Derde"]),
        (
            vec![write("Eerste"), keep(), write("Tweede"), keep(), write("Eerste"), keep()],
            vec!["Eerste", "Tweede", "Eerste"],
        ),
    ];
    for (actions, want) in cases {
        let s = run(started(), actions.clone());
        assert_eq!(texts(&s), want, "{actions:?}");
    }
}

#[test]
fn the_first_version_stays_when_the_list_is_full() {
    let mut actions = Vec::new();
    for i in 0..(MAX_MESSAGE_VERSIONS + 3) {
        actions.push(write(&format!("Versie {i}")));
        actions.push(keep());
    }
    let s = run(started(), actions);
    let kept = texts(&s);
    assert_eq!(kept.len(), MAX_MESSAGE_VERSIONS);
    assert_eq!(kept[0], "Versie 0", "the first version stays");
    assert_eq!(*kept.last().unwrap(), format!("Versie {}", MAX_MESSAGE_VERSIONS + 2));
    assert_eq!(kept[1], "Versie 4", "the oldest after the first made room");
}

#[test]
fn using_a_version_again_keeps_the_current_text_first() {
    let s = run(started(), vec![write("Eerste"), keep(), write("Nu nog niet bewaard"), Action::Message(M::Restore(0))]);
    assert_eq!(current(&s).idea.message, "Eerste");
    assert_eq!(texts(&s), ["Eerste", "Nu nog niet bewaard"], "nothing is lost");
    // A version that does not exist changes nothing.
    let same = reduce(&s, Action::Message(M::Restore(9)), 5_000);
    assert_eq!(current(&same), current(&s));
}

#[test]
fn forgetting_a_version_can_be_undone() {
    let s = run(started(), vec![write("Eerste"), keep(), write("Tweede"), keep()]);
    let forgot = reduce(&s, Action::Message(M::Forget(0)), 5_000);
    assert_eq!(texts(&forgot), ["Tweede"]);
    assert_eq!(forgot.notice, Some(Notice::VersionForgotten));
    let back = reduce(&forgot, Action::Undo, 5_001);
    assert_eq!(texts(&back), ["Eerste", "Tweede"]);
    assert_eq!(back.notice, None);
    // Out of range: nothing happens, no notice.
    let none = reduce(&s, Action::Message(M::Forget(7)), 5_000);
    assert_eq!(texts(&none), texts(&s));
    assert_eq!(none.notice, None);
}

#[test]
fn the_text_language_is_chosen_or_left_to_the_guess() {
    let s = run(started(), vec![Action::Message(M::Lang(Some(TextLang::En)))]);
    assert_eq!(current(&s).message_check.lang, Some(TextLang::En));
    let s = reduce(&s, Action::Message(M::Lang(None)), 9_000);
    assert_eq!(current(&s).message_check.lang, None);
    assert!(current(&s).message_check.is_empty());
}

#[test]
fn the_word_list_state_is_not_saved_and_compares_by_identity() {
    let s = started();
    let lexicon = Rc::new(Lexicon::default());
    let loading = reduce(&s, Action::Words(WordList::Loading), 2_000);
    assert_eq!(loading.revision, s.revision, "loading the list changes nothing that is kept");
    let ready = reduce(&loading, Action::Words(WordList::Ready(SharedLexicon(lexicon.clone()))), 2_001);
    assert!(ready.words.lexicon().is_some());
    assert_eq!(ready.words, WordList::Ready(SharedLexicon(lexicon)));
    assert_ne!(ready.words, WordList::Ready(SharedLexicon(Rc::new(Lexicon::default()))), "another list");
}

#[test]
fn message_actions_without_an_open_assessment_change_nothing() {
    let s = AppState::new(Lang::En);
    for a in [keep(), Action::Message(M::Restore(0)), Action::Message(M::Forget(0)), Action::Message(M::Lang(None))] {
        let next = reduce(&s, a, 1);
        assert!(next.records.is_empty());
        assert_eq!(next.notice, None);
    }
}
