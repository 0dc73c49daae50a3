//! The reducer's side of lenses: switching, answers that must fit their
//! question, notes, the contact plan's limits, the customer journey (the
//! idea's step follows a step that moves or goes; removing can be undone),
//! and the lenses a new blank assessment starts with.

use std::rc::Rc;
use wenselijk::domain::lens::{Channel, Day, LensAnswer, LensId, LensSet, Step, MAX_STEPS};
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::state::{reduce, Action, AppState, LensAction as L, Notice};

fn run(state: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().enumerate().fold(state, |s, (i, a)| reduce(&s, a, 1_000 + i as u64))
}

fn started() -> AppState {
    run(AppState::new(Lang::Nl), vec![Action::New])
}

fn current(s: &AppState) -> &Assessment {
    &s.current_record().expect("an open assessment").assessment
}

fn lens(a: L) -> Action {
    Action::Lens(a)
}

fn answer(l: LensId, key: &str, x: Option<LensAnswer>) -> Action {
    lens(L::Answer(l, key.into(), x))
}

#[test]
fn switching_keeps_the_lenses_in_order_and_answers_of_a_lens_switched_off() {
    let s = run(
        started(),
        vec![
            lens(L::Switch(LensId::Emotions, true)),
            lens(L::Switch(LensId::GoldenRules, true)),
            answer(LensId::GoldenRules, "bother", Some(LensAnswer::No)),
            lens(L::Switch(LensId::GoldenRules, false)),
        ],
    );
    assert_eq!(current(&s).lenses.on, [LensId::Emotions]);
    assert_eq!(current(&s).lenses.answer(LensId::GoldenRules, "bother"), Some(LensAnswer::No), "kept while off");
    let s = run(s, vec![lens(L::Switch(LensId::GoldenRules, true))]);
    assert_eq!(current(&s).lenses.on, [LensId::GoldenRules, LensId::Emotions]);
}

#[test]
fn an_answer_is_kept_only_for_a_question_it_fits() {
    let lv = |n| Some(LensAnswer::Level(Level::new(n).unwrap()));
    // (lens, key, answer, kept)
    let cases: Vec<(LensId, &str, Option<LensAnswer>, bool)> = vec![
        (LensId::BMap, "motivation", lv(4), true),
        (LensId::BMap, "motivation", Some(LensAnswer::Unknown), true),
        (LensId::BMap, "motivation", Some(LensAnswer::Yes), false),
        (LensId::BMap, "act_now", Some(LensAnswer::Yes), true),
        (LensId::BMap, "act_now", Some(LensAnswer::NotApplicable), true),
        (LensId::BMap, "act_now", lv(2), false),
        (LensId::BMap, "bother", Some(LensAnswer::Yes), false),
        (LensId::GoldenRules, "bother", Some(LensAnswer::Unsure), true),
        (LensId::GoldenRules, "x1", Some(LensAnswer::No), true),
        (LensId::GoldenRules, "x5", Some(LensAnswer::Yes), true),
        (LensId::GoldenRules, "x6", Some(LensAnswer::Yes), false),
        (LensId::GoldenRules, "x1", lv(3), false),
        (LensId::PeaksEnds, "during", lv(1), true),
        (LensId::Emotions, "", Some(LensAnswer::Yes), false),
        (LensId::Emotions, "surprise", Some(LensAnswer::No), true),
    ];
    for (l, key, x, kept) in cases {
        let s = run(started(), vec![answer(l, key, x)]);
        let want = if kept { x } else { None };
        assert_eq!(current(&s).lenses.answer(l, key), want, "{l:?} {key} {x:?}");
        // Clearing an answer leaves nothing behind.
        let s = run(s, vec![answer(l, key, None)]);
        assert!(current(&s).lenses.is_empty(), "{l:?} {key}: cleared");
    }
}

#[test]
fn notes_go_to_questions_only() {
    let s = run(
        started(),
        vec![
            lens(L::Note(LensId::Moments, "worry".into(), "Na de eerste factuur".into())),
            lens(L::Note(LensId::Moments, "nonsense".into(), "weg".into())),
        ],
    );
    let ls = &current(&s).lenses;
    assert_eq!(ls.entry(LensId::Moments, "worry").note, "Na de eerste factuur");
    assert_eq!(ls.entry(LensId::Moments, "nonsense").note, "");
}

#[test]
fn the_contact_plan_stays_within_its_limits() {
    // (edit, hour, per week) afterwards
    let cases: Vec<(L, Option<u8>, Option<u8>)> = vec![
        (L::Hour(Some(3)), Some(3), None),
        (L::Hour(Some(0)), Some(0), None),
        (L::Hour(Some(23)), Some(23), None),
        (L::Hour(Some(24)), None, None),
        (L::PerWeek(Some(3)), None, Some(3)),
        (L::PerWeek(Some(0)), None, Some(1)),
        (L::PerWeek(Some(200)), None, Some(21)),
        (L::PerWeek(None), None, None),
    ];
    for (edit, hour, per_week) in cases {
        let s = run(started(), vec![lens(edit.clone())]);
        let plan = &current(&s).lenses.plan;
        assert_eq!((plan.hour, plan.per_week), (hour, per_week), "{edit:?}");
    }
    let s = run(
        started(),
        vec![
            lens(L::Channel(Some(Channel::Email))),
            lens(L::Day(Some(Day::Sat))),
            lens(L::InTime(Some(FlagAnswer::No))),
            lens(L::Hour(Some(3))),
            lens(L::Hour(Some(25))),
        ],
    );
    let plan = &current(&s).lenses.plan;
    assert_eq!(
        (plan.channel, plan.day, plan.hour, plan.in_time),
        (Some(Channel::Email), Some(Day::Sat), Some(3), Some(FlagAnswer::No)),
        "an hour out of range leaves the last one"
    );
}

/// A journey of steps "a", "b", "c", … with the idea at `at`.
fn journey(names: &[&str], at: Option<usize>) -> Vec<Action> {
    let mut v: Vec<Action> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        v.push(lens(L::AddStep));
        v.push(lens(L::StepName(i, (*n).into())));
    }
    v.push(lens(L::IdeaAt(at)));
    v
}

fn steps(s: &AppState) -> (Vec<String>, Option<u8>) {
    let j = &current(s).lenses.journey;
    (j.steps.iter().map(|st| st.name.clone()).collect(), j.at)
}

#[test]
fn the_idea_stays_at_its_step_when_steps_move_or_go() {
    // (journey, idea at, edit, names afterwards, idea at afterwards)
    type Case = (&'static [&'static str], Option<usize>, L, &'static [&'static str], Option<u8>);
    let cases: Vec<Case> = vec![
        (&["a", "b", "c"], Some(1), L::StepEarlier(1), &["b", "a", "c"], Some(0)),
        (&["a", "b", "c"], Some(0), L::StepEarlier(1), &["b", "a", "c"], Some(1)),
        (&["a", "b", "c"], Some(2), L::StepEarlier(1), &["b", "a", "c"], Some(2)),
        (&["a", "b", "c"], Some(2), L::StepEarlier(0), &["a", "b", "c"], Some(2)),
        (&["a", "b", "c"], Some(2), L::StepEarlier(3), &["a", "b", "c"], Some(2)),
        (&["a", "b", "c"], Some(1), L::RemoveStep(1), &["a", "c"], None),
        (&["a", "b", "c"], Some(2), L::RemoveStep(0), &["b", "c"], Some(1)),
        (&["a", "b", "c"], Some(0), L::RemoveStep(2), &["a", "b"], Some(0)),
        (&["a", "b", "c"], Some(0), L::RemoveStep(3), &["a", "b", "c"], Some(0)),
        (&["a", "b"], None, L::IdeaAt(Some(1)), &["a", "b"], Some(1)),
        (&["a", "b"], Some(0), L::IdeaAt(Some(2)), &["a", "b"], Some(0)),
        (&["a", "b"], Some(0), L::IdeaAt(None), &["a", "b"], None),
    ];
    for (names, at, edit, want, want_at) in cases {
        let s = run(started(), journey(names, at));
        let s = run(s, vec![lens(edit.clone())]);
        let want: Vec<String> = want.iter().map(|n| n.to_string()).collect();
        assert_eq!(steps(&s), (want, want_at), "{names:?} at {at:?}, {edit:?}");
    }
}

#[test]
fn steps_are_added_up_to_the_limit_and_marked_as_mattering() {
    let s = run(started(), (0..MAX_STEPS + 2).map(|_| lens(L::AddStep)).collect());
    assert_eq!(current(&s).lenses.journey.steps.len(), MAX_STEPS);
    let s = run(s, vec![lens(L::StepMatters(2, true)), lens(L::StepMatters(MAX_STEPS, true))]);
    let matters: Vec<bool> = current(&s).lenses.journey.steps.iter().map(|st| st.matters).collect();
    assert_eq!(matters.iter().filter(|m| **m).count(), 1);
    assert!(matters[2]);
}

#[test]
fn removing_a_step_can_be_undone() {
    let s = run(started(), journey(&["Aankoop", "Eerste factuur"], Some(1)));
    let before = current(&s).clone();
    let s = run(s, vec![lens(L::RemoveStep(1))]);
    assert_eq!(s.notice, Some(Notice::StepRemoved { name: "Eerste factuur".into(), n: 2 }));
    assert_eq!(current(&s).lenses.journey.steps, [Step { name: "Aankoop".into(), matters: false }]);
    let s = run(s, vec![Action::Undo]);
    assert_eq!(*current(&s), before);
    assert_eq!(s.notice, None);
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_record() {
    let s = run(started(), vec![lens(L::Switch(LensId::BMap, true))]);
    for edit in [
        L::Switch(LensId::BMap, true),
        L::StepEarlier(0),
        L::RemoveStep(0),
        L::StepName(0, "x".into()),
        L::Answer(LensId::BMap, "nope".into(), Some(LensAnswer::Yes)),
    ] {
        let after = reduce(&s, lens(edit.clone()), 9_000);
        assert!(Rc::ptr_eq(after.current_record().unwrap(), s.current_record().unwrap()), "{edit:?}");
        assert_eq!(after.notice, None, "{edit:?}");
    }
}

#[test]
fn a_new_blank_assessment_starts_with_the_organisations_lenses_on() {
    // (lenses on in the configuration, lenses on in a new assessment)
    let cases: Vec<(LensSet, Vec<LensId>)> = vec![
        (LensSet::NONE, vec![]),
        (LensSet::of(&[LensId::Emotions, LensId::BMap]), vec![LensId::BMap, LensId::Emotions]),
        (LensSet::ALL, LensId::ALL.to_vec()),
    ];
    for (on, want) in cases {
        let mut config = wenselijk::config::OrgConfig::default();
        config.lenses.on = on;
        let s = run(AppState::new(Lang::En), vec![Action::ConfigLoaded(Box::new(config)), Action::New]);
        assert_eq!(current(&s).lenses.on, want, "{on:?}");
        assert!(current(&s).is_blank(), "{on:?}: still blank");
        // An example keeps its own lenses.
        let s = run(s, vec![Action::LoadExample(ExampleId::ALL[0])]);
        assert_eq!(
            current(&s).lenses.on,
            wenselijk::i18n::examples::example(ExampleId::ALL[0]).build(Lang::En).lenses.on
        );
    }
}
