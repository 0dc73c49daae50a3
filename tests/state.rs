//! The reducer: every action, undo, and examples following the language.

use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;
use wenselijk::state::{reduce, Action, AppState, Notice, View};

fn run(state: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().fold(state, |s, a| reduce(&s, a))
}

#[test]
fn editing_actions_change_only_their_target() {
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
    let a = &s.assessment;
    assert_eq!(s.view, View::Assess);
    assert_eq!(a.idea.title, "Bel op dag 3");
    assert_eq!(a.dimension(DimensionId::Time).answer, Some(Answer::lv(4)));
    assert_eq!(a.dimension(DimensionId::Time).note, "Na aankoop");
    assert_eq!(a.dimension(DimensionId::Place).answer, None);
    assert_eq!(a.value(ValueQuestion::CustomerValue).answer, Some(Answer::Unknown));
    assert_eq!(a.value(ValueQuestion::CustomerValue).note, "Vragen");
    assert_eq!(a.org_values, "Eerlijk");
    assert_eq!(a.flag(RedFlag::Pushiness).answer, Some(FlagAnswer::No));
    assert_eq!(a.flag(RedFlag::Pushiness).note, "Geen druk");
    // Clearing an answer removes the entry again.
    let s = run(
        s,
        vec![Action::SetDimension(DimensionId::Time, None), Action::SetDimensionNote(DimensionId::Time, String::new())],
    );
    assert!(!s.assessment.dimensions.contains_key(&DimensionId::Time));
}

#[test]
fn replacing_work_can_be_undone() {
    let s = run(
        AppState::new(Lang::En),
        vec![
            Action::LoadExample(ExampleId::BankWrapped),
            Action::SetDimension(DimensionId::Autonomy, Some(Answer::lv(1))),
        ],
    );
    let edited = s.assessment.clone();
    let s = reduce(&s, Action::New);
    assert!(s.assessment.is_blank());
    assert_eq!(s.notice, Some(Notice::Replaced));
    assert_eq!(s.previous.as_ref(), Some(&edited));
    let s = reduce(&s, Action::Undo);
    assert_eq!(s.assessment, edited);
    assert_eq!(s.notice, None);
    assert_eq!(s.previous, None);
    assert_eq!(s.view, View::Assess);
}

#[test]
fn replacing_nothing_offers_no_undo() {
    let s = run(AppState::new(Lang::Nl), vec![Action::New, Action::LoadExample(ExampleId::PostPurchase)]);
    assert_eq!(s.notice, None);
    assert_eq!(s.previous, None);
    // Loading the same untouched example again replaces nothing either.
    let s = reduce(&s, Action::LoadExample(ExampleId::PostPurchase));
    assert_eq!(s.notice, None);
}

#[test]
fn dismissing_the_notice_forgets_the_undo() {
    let s = run(AppState::new(Lang::Nl), vec![Action::LoadExample(ExampleId::PostPurchase), Action::New]);
    assert_eq!(s.notice, Some(Notice::Replaced));
    let s = reduce(&s, Action::DismissNotice);
    assert_eq!(s.notice, None);
    let s = reduce(&s, Action::Undo);
    assert!(s.assessment.is_blank(), "undo after dismiss does nothing");
}

#[test]
fn untouched_example_follows_language_edited_one_stays() {
    let s = run(AppState::new(Lang::Nl), vec![Action::LoadExample(ExampleId::LowToPeak), Action::SetLang(Lang::En)]);
    assert_eq!(s.assessment, example(ExampleId::LowToPeak).build(Lang::En));
    assert!(s.lang_chosen);
    assert_eq!(s.saved_lang(), Some(Lang::En));

    let s = run(s, vec![Action::SetIdea(IdeaField::Title, "My own".into()), Action::SetLang(Lang::Nl)]);
    assert_eq!(s.assessment.idea.title, "My own");
    assert_eq!(s.assessment.idea.action, example(ExampleId::LowToPeak).idea.action.en);
    assert_eq!(s.lang, Lang::Nl);
}

#[test]
fn navigation_and_notices() {
    let s = AppState::new(Lang::Nl);
    assert_eq!(s.saved_lang(), None, "the browser's language is not saved as a choice");
    for v in [View::Rules, View::About, View::Start, View::Assess] {
        assert_eq!(reduce(&s, Action::Show(v)).view, v);
    }
    let s = reduce(&s, Action::Notify(Notice::SaveFailed));
    assert_eq!(s.notice, Some(Notice::SaveFailed));
    assert_eq!(reduce(&s, Action::DismissNotice).notice, None);
    // Undo without anything to undo changes nothing but the view stays.
    let u = reduce(&AppState::new(Lang::Nl), Action::Undo);
    assert!(u.assessment.is_blank());
}
