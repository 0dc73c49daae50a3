//! The reducer's side of lenses (issue 14): switching a lens on or off,
//! answering its questions and writing notes, the golden rules' contact
//! plan, and the customer journey of "moments that matter" (removing a
//! step can be undone).

use super::{AppState, Notice};
use crate::domain::lens::{self, plan::MAX_PER_WEEK, Channel, Day, LensAnswer, LensId, Step, MAX_STEPS};
use crate::domain::FlagAnswer;

/// What can be done to the open assessment's lenses.
#[derive(Clone, Debug, PartialEq)]
pub enum LensAction {
    Switch(LensId, bool),
    /// The answer to a question (by its key); `None` clears it. Ignored
    /// when the key is not a question of the lens or the answer does not
    /// fit the question (a step on the scale for a yes / no question).
    Answer(LensId, String, Option<LensAnswer>),
    Note(LensId, String, String),
    Channel(Option<Channel>),
    Day(Option<Day>),
    /// The hour of sending, 0–23; another hour is ignored.
    Hour(Option<u8>),
    /// Contacts a week, kept within 1 and [`MAX_PER_WEEK`].
    PerWeek(Option<u8>),
    InTime(Option<FlagAnswer>),
    /// Add a blank step at the end (up to [`MAX_STEPS`]).
    AddStep,
    StepName(usize, String),
    StepMatters(usize, bool),
    /// Swap a step with the one before it.
    StepEarlier(usize),
    /// Remove a step; undo brings it back.
    RemoveStep(usize),
    /// The step the idea comes at (`None`: not chosen).
    IdeaAt(Option<usize>),
}

pub(super) fn reduce(s: &mut AppState, action: LensAction, now: u64) {
    match action {
        LensAction::Switch(l, on) => s.edit(now, |a| a.lenses.switch(l, on)),
        LensAction::Answer(l, key, answer) => {
            let fits = answer.is_none_or(|x| x.fits(lens::is_scale(l, &key)));
            if lens::is_question(l, &key) && fits {
                s.edit(now, |a| a.lenses.entry_mut(l, &key).answer = answer);
            }
        }
        LensAction::Note(l, key, note) => {
            if lens::is_question(l, &key) {
                s.edit(now, |a| a.lenses.entry_mut(l, &key).note = note);
            }
        }
        LensAction::Channel(c) => s.edit(now, |a| a.lenses.plan.channel = c),
        LensAction::Day(d) => s.edit(now, |a| a.lenses.plan.day = d),
        LensAction::Hour(h) => {
            if h.is_none_or(|h| h < 24) {
                s.edit(now, |a| a.lenses.plan.hour = h);
            }
        }
        LensAction::PerWeek(n) => s.edit(now, |a| a.lenses.plan.per_week = n.map(|n| n.clamp(1, MAX_PER_WEEK))),
        LensAction::InTime(x) => s.edit(now, |a| a.lenses.plan.in_time = x),
        LensAction::AddStep => s.edit(now, |a| {
            if a.lenses.journey.steps.len() < MAX_STEPS {
                a.lenses.journey.steps.push(Step::default());
            }
        }),
        LensAction::StepName(i, name) => step(s, i, now, |st| st.name = name),
        LensAction::StepMatters(i, matters) => step(s, i, now, |st| st.matters = matters),
        LensAction::StepEarlier(i) => s.edit(now, |a| {
            let j = &mut a.lenses.journey;
            if i > 0 && i < j.steps.len() {
                j.steps.swap(i - 1, i);
                j.at = j.at.map(|at| match usize::from(at) {
                    x if x == i => at - 1,
                    x if x + 1 == i => at + 1,
                    _ => at,
                });
            }
        }),
        LensAction::RemoveStep(i) => {
            let Some(name) =
                s.current_record().and_then(|r| r.assessment.lenses.journey.steps.get(i)).map(|st| st.name.clone())
            else {
                return;
            };
            s.undo = Some(s.snapshot());
            s.edit(now, |a| {
                let j = &mut a.lenses.journey;
                j.steps.remove(i);
                j.at = j.at.and_then(|at| match usize::from(at) {
                    x if x == i => None,
                    x if x > i => Some(at - 1),
                    _ => Some(at),
                });
            });
            s.notice = Some(Notice::StepRemoved { name, n: i + 1 });
        }
        LensAction::IdeaAt(i) => s.edit(now, |a| {
            let j = &mut a.lenses.journey;
            match i {
                None => j.at = None,
                Some(i) if i < j.steps.len() => j.at = Some(i as u8),
                Some(_) => {}
            }
        }),
    }
}

fn step(s: &mut AppState, i: usize, now: u64, f: impl FnOnce(&mut Step)) {
    s.edit(now, |a| {
        if let Some(st) = a.lenses.journey.steps.get_mut(i) {
            f(st);
        }
    });
}
