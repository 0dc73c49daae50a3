//! The reducer: every action, the collection, undo, imports, shared links,
//! and examples following the language.

use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;
use wenselijk::state::{reduce, Action, AppState, ImportChoice, Notice, View, MAX_COMPARE};

/// Runs actions at increasing times starting from 1000.
fn run(state: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().enumerate().fold(state, |s, (i, a)| reduce(&s, a, 1000 + i as u64))
}

fn current(s: &AppState) -> &Assessment {
    &s.current_record().expect("an open assessment").assessment
}

#[test]
fn editing_actions_change_only_their_target_and_stamp_the_time() {
    let s = run(
        AppState::new(Lang::Nl),
        vec![
            Action::New,
            Action::SetIdea(IdeaField::Title, "Bel op dag 3".into()),
            Action::SetDimension(DimensionId::Time, Some(Answer::lv(4))),
            Action::SetDimensionNote(DimensionId::Time, "Na aankoop".into()),
            Action::SetValue(ValueQuestion::CustomerValue, Some(Answer::Unknown)),
            Action::SetValueNote(ValueQuestion::CustomerValue, "Vragen".into()),
            Action::SetOrgValues("Eerlijk".into()),
            Action::SetFlag(RedFlag::Pushiness, Some(FlagAnswer::No)),
            Action::SetFlagNote(RedFlag::Pushiness, "Geen druk".into()),
        ],
    );
    assert_eq!(s.view, View::Assess);
    assert_eq!(s.records.len(), 1);
    let r = s.current_record().unwrap();
    assert_eq!(r.created, 1000);
    assert_eq!(r.updated, 1008);
    let a = current(&s);
    assert_eq!(a.idea.title, "Bel op dag 3");
    assert_eq!(a.dimension(DimensionId::Time).answer, Some(Answer::lv(4)));
    assert_eq!(a.dimension(DimensionId::Time).note, "Na aankoop");
    assert_eq!(a.dimension(DimensionId::Place).answer, None);
    assert_eq!(a.value(ValueQuestion::CustomerValue).answer, Some(Answer::Unknown));
    assert_eq!(a.value(ValueQuestion::CustomerValue).note, "Vragen");
    assert_eq!(a.org_values, "Eerlijk");
    assert_eq!(a.flag(RedFlag::Pushiness).answer, Some(FlagAnswer::No));
    assert_eq!(a.flag(RedFlag::Pushiness).note, "Geen druk");
    // Clearing an answer removes the entry; a no-op edit does not touch the time.
    let s = run(
        s,
        vec![Action::SetDimension(DimensionId::Time, None), Action::SetDimensionNote(DimensionId::Time, String::new())],
    );
    assert!(!current(&s).dimensions.contains_key(&DimensionId::Time));
    let before = s.current_record().unwrap().updated;
    let s = reduce(&s, Action::SetOrgValues("Eerlijk".into()), 99_999);
    assert_eq!(s.current_record().unwrap().updated, before);
}

#[test]
fn new_and_examples_add_records_and_keep_the_others() {
    let s = run(
        AppState::new(Lang::En),
        vec![Action::LoadExample(ExampleId::BankWrapped), Action::New, Action::LoadExample(ExampleId::PostPurchase)],
    );
    assert_eq!(s.records.len(), 3);
    assert_eq!(current(&s), &example(ExampleId::PostPurchase).build(Lang::En));
    let ids: std::collections::HashSet<_> = s.records.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids.len(), 3, "ids are unique");
    // Open another one.
    let first = s.records[0].id.clone();
    let s = reduce(&s, Action::Open(first.clone()), 5000);
    assert_eq!(s.current.as_deref(), Some(first.as_str()));
    // Opening something that does not exist changes nothing.
    let same = reduce(&s, Action::Open("nope".into()), 5001);
    assert_eq!(same.current, s.current);
}

#[test]
fn rename_and_duplicate() {
    let s = run(AppState::new(Lang::Nl), vec![Action::LoadExample(ExampleId::LowToPeak)]);
    let id = s.current.clone().unwrap();
    let s = reduce(&s, Action::Rename(id.clone(), "Föhn-actie".into()), 2000);
    assert_eq!(s.record(&id).unwrap().assessment.idea.title, "Föhn-actie");
    assert_eq!(s.record(&id).unwrap().updated, 2000);
    let s = reduce(&s, Action::Duplicate(id.clone()), 3000);
    assert_eq!(s.records.len(), 2);
    let copy = s.current_record().unwrap();
    assert_ne!(copy.id, id);
    assert_eq!(copy.assessment.idea.title, "Föhn-actie (kopie)");
    assert_eq!(copy.assessment.dimensions, s.record(&id).unwrap().assessment.dimensions);
}

#[test]
fn delete_can_be_undone_exactly() {
    let s = run(
        AppState::new(Lang::En),
        vec![Action::LoadExample(ExampleId::BankWrapped), Action::LoadExample(ExampleId::PostPurchase)],
    );
    let id = s.current.clone().unwrap();
    let s = reduce(&s, Action::ToggleCompare(id.clone()), 3000);
    let before = (s.records.clone(), s.current.clone(), s.compare.clone());
    let want_title = s.current_record().unwrap().assessment.idea.title.clone();
    let s = reduce(&s, Action::Delete(id.clone()), 4000);
    assert_eq!(s.records.len(), 1);
    assert_eq!(s.current, None);
    assert!(s.compare.is_empty());
    assert_eq!(s.view, View::Start);
    assert_eq!(s.notice, Some(Notice::Deleted { title: want_title }));
    let s = reduce(&s, Action::Undo, 5000);
    assert_eq!((s.records.clone(), s.current.clone(), s.compare.clone()), before);
    assert_eq!(s.notice, None);
    // Dismissing forgets the undo.
    let s = reduce(&s, Action::Delete(id), 6000);
    let s = reduce(&s, Action::DismissNotice, 6001);
    let s = reduce(&s, Action::Undo, 6002);
    assert_eq!(s.records.len(), 1);
}

#[test]
fn compare_picks_at_most_four_existing() {
    let mut s = AppState::new(Lang::Nl);
    for i in 0..6 {
        s = reduce(&s, Action::New, 100 + i);
    }
    let ids: Vec<String> = s.records.iter().map(|r| r.id.clone()).collect();
    for id in &ids {
        s = reduce(&s, Action::ToggleCompare(id.clone()), 200);
    }
    assert_eq!(s.compare, ids[..MAX_COMPARE].to_vec());
    s = reduce(&s, Action::ToggleCompare(ids[1].clone()), 300);
    assert_eq!(s.compare.len(), MAX_COMPARE - 1);
    s = reduce(&s, Action::ToggleCompare("missing".into()), 300);
    assert_eq!(s.compare.len(), MAX_COMPARE - 1);
    assert_eq!(s.compared().len(), MAX_COMPARE - 1);
}

fn record(id: &str, title: &str) -> Record {
    let mut a = Assessment::default();
    a.idea.title = title.into();
    Record { id: id.into(), created: 1, updated: 2, assessment: a }
}

#[test]
fn import_without_clash_adds_and_can_be_undone() {
    let s = run(AppState::new(Lang::Nl), vec![Action::New]);
    let s = reduce(&s, Action::Import(vec![record("x1", "Een"), record("x2", "Twee")]), 5000);
    assert_eq!(s.records.len(), 3);
    assert_eq!(s.notice, Some(Notice::Imported { added: 2, replaced: 0 }));
    assert!(s.pending_import.is_none());
    let s = reduce(&s, Action::Undo, 5001);
    assert_eq!(s.records.len(), 1);
}

#[test]
fn import_clash_asks_first_and_each_choice_does_what_it_says() {
    let base = reduce(&AppState::new(Lang::Nl), Action::Import(vec![record("x1", "Origineel")]), 10);
    let incoming = vec![record("x1", "Nieuw"), record("x2", "Ander")];
    let asked = reduce(&base, Action::Import(incoming), 20);
    assert_eq!(asked.records, base.records, "nothing changes before the user chooses");
    assert_eq!(asked.pending_import.as_ref().unwrap().clashes, vec!["x1".to_string()]);

    let cancel = reduce(&asked, Action::ResolveImport(ImportChoice::Cancel), 30);
    assert_eq!(cancel.records, base.records);
    assert!(cancel.pending_import.is_none());

    let both = reduce(&asked, Action::ResolveImport(ImportChoice::KeepBoth), 30);
    assert_eq!(both.records.len(), 3);
    assert_eq!(both.record("x1").unwrap().assessment.idea.title, "Origineel");
    assert!(both.records.iter().any(|r| r.assessment.idea.title == "Nieuw" && r.id != "x1"));
    assert_eq!(both.notice, Some(Notice::Imported { added: 2, replaced: 0 }));

    let replace = reduce(&asked, Action::ResolveImport(ImportChoice::Replace), 30);
    assert_eq!(replace.records.len(), 2);
    assert_eq!(replace.record("x1").unwrap().assessment.idea.title, "Nieuw");
    assert_eq!(replace.notice, Some(Notice::Imported { added: 1, replaced: 1 }));
    let undone = reduce(&replace, Action::Undo, 40);
    assert_eq!(undone.records, base.records);
}

#[test]
fn shared_assessment_is_read_only_until_saved() {
    let s = run(AppState::new(Lang::Nl), vec![Action::New]);
    let shared = example(ExampleId::GovernmentHelp).build(Lang::Nl);
    let s = reduce(&s, Action::OpenShared(Box::new(shared.clone())), 100);
    assert_eq!(s.records.len(), 1, "opening a link stores nothing");
    let closed = reduce(&s, Action::CloseShared, 101);
    assert!(closed.shared.is_none());
    assert_eq!(closed.records.len(), 1);
    let saved = reduce(&s, Action::SaveSharedCopy, 102);
    assert!(saved.shared.is_none());
    assert_eq!(saved.records.len(), 2);
    assert_eq!(current(&saved), &shared);
    assert_eq!(saved.notice, Some(Notice::SharedSaved));
}

#[test]
fn untouched_examples_follow_language_edited_ones_stay() {
    let s = run(
        AppState::new(Lang::Nl),
        vec![Action::LoadExample(ExampleId::LowToPeak), Action::LoadExample(ExampleId::BankWrapped)],
    );
    let s = run(s, vec![Action::SetIdea(IdeaField::Title, "Mijn eigen".into()), Action::SetLang(Lang::En)]);
    assert_eq!(s.records[0].assessment, example(ExampleId::LowToPeak).build(Lang::En));
    let edited = &s.records[1].assessment;
    assert_eq!(edited.idea.title, "Mijn eigen");
    assert_eq!(edited.idea.action, example(ExampleId::BankWrapped).idea.action.nl);
    assert!(s.lang_chosen());
    assert_eq!(s.to_saved().lang, Some(Lang::En));
}

#[test]
fn views_that_need_an_open_assessment_wait_for_one() {
    let s = AppState::new(Lang::Nl);
    assert_eq!(s.to_saved().lang, None, "the browser's language is not saved as a choice");
    assert_eq!(reduce(&s, Action::Show(View::Assess), 1).view, View::Start);
    assert_eq!(reduce(&s, Action::Show(View::Report), 1).view, View::Start);
    for v in [View::Rules, View::About, View::Compare, View::Start] {
        assert_eq!(reduce(&s, Action::Show(v), 1).view, v);
    }
}

#[test]
fn revision_moves_only_for_saved_changes() {
    let s = AppState::new(Lang::Nl);
    let r0 = s.revision;
    let s = reduce(&s, Action::Notify(Notice::SaveFailed), 1);
    assert_eq!(s.revision, r0, "a notice is not saved");
    let s = reduce(&s, Action::DismissNotice, 2);
    assert_eq!(s.revision, r0);
    let s = reduce(&s, Action::New, 3);
    assert!(s.revision > r0);
}

/// Records are shared between states (the reducer runs on every click and
/// key press, and the undo snapshot holds the collection): an action copies
/// only the record it changes, and an edit that changes nothing keeps it.
#[test]
fn actions_share_the_records_they_do_not_change() {
    use std::rc::Rc;
    let s = run(AppState::new(Lang::Nl), vec![Action::New, Action::New, Action::New]);
    let open = s.current.clone().unwrap();
    let cases: Vec<(&str, Action, bool)> = vec![
        ("a scale click", Action::SetDimension(DimensionId::Time, Some(Answer::lv(2))), true),
        ("a note", Action::SetDimensionNote(DimensionId::Time, "x".into()), true),
        ("the same answer again", Action::SetDimension(DimensionId::Time, None), false),
        ("picking one to compare", Action::ToggleCompare(s.records[0].id.clone()), false),
        ("another view", Action::Show(View::Rules), false),
    ];
    for (what, action, changes_open) in cases {
        let next = reduce(&s, action, 5000);
        assert_eq!(next.records.len(), s.records.len(), "{what}");
        for (before, after) in s.records.iter().zip(&next.records) {
            let shared = Rc::ptr_eq(before, after);
            if before.id == open && changes_open {
                assert!(!shared, "{what}: the changed record is a new one");
                assert_eq!(after.updated, 5000, "{what}");
            } else {
                assert!(shared, "{what}: record {} was copied although it did not change", before.id);
            }
        }
    }
}
