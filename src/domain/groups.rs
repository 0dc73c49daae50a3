//! Customer groups (issue 12): the same idea judged for the people it may
//! fail. A group holds only the answers that **differ** from the base
//! ("typical customer"); every other answer follows the base, and changes
//! when the base changes. Each group gets a verdict by the same rules as the
//! base ([`evaluate_groups`]), and [`overall`] decides what the groups do to
//! the overall verdict.
//!
//! # The overall rule
//!
//! The overall verdict stays the base's, except: when any group crosses the
//! line while the base does not, the overall verdict is at most "desirable
//! under conditions", with the condition "adapt it for, or leave out, the
//! group". A group never makes the overall verdict better than the base's.
//!
//! Plain data, no texts: names and descriptions are the user's; suggested
//! groups and their wording live in `i18n`.
//!
//! Not yet part of [`Assessment`](super::Assessment) or any format: this is
//! the tested core the views, codecs and reports will build on.

use super::model::*;
use super::scoring::{evaluate_with, Outcome, Subject, Suggestion, Verdict, Weights};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Most groups in one assessment.
pub const MAX_GROUPS: usize = 8;

/// How many of the customers a group is, as far as the team knows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Share {
    #[default]
    Unknown,
    Small,
    Large,
    /// A percentage of the customers, 0 to 100.
    Percent(u8),
}

/// The answers of a group that differ from the base. An entry counts as a
/// difference only when it has an answer; its note says why it differs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Overrides {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub dimensions: BTreeMap<DimensionId, Entry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<ValueQuestion, Entry>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub flags: BTreeMap<RedFlag, FlagEntry>,
}

impl Overrides {
    /// Drops entries without an answer: they differ in nothing.
    pub fn normalise(&mut self) {
        self.dimensions.retain(|_, e| e.answer.is_some());
        self.values.retain(|_, e| e.answer.is_some());
        self.flags.retain(|_, e| e.answer.is_some());
    }

    /// How many answers differ from the base.
    pub fn len(&self) -> usize {
        self.dimensions.len() + self.values.len() + self.flags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A customer group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Group {
    /// Unique within the assessment.
    pub id: String,
    pub name: String,
    pub description: String,
    pub share: Share,
    pub overrides: Overrides,
}

impl Group {
    /// The assessment as it stands for this group: the base, with the
    /// group's differing answers (and their notes) in place of the base's.
    pub fn effective(&self, base: &Assessment) -> Assessment {
        let mut a = base.clone();
        for (d, e) in &self.overrides.dimensions {
            if e.answer.is_some() {
                *a.dimension_mut(*d) = e.clone();
            }
        }
        for (q, e) in &self.overrides.values {
            if e.answer.is_some() {
                *a.value_mut(*q) = e.clone();
            }
        }
        for (f, e) in &self.overrides.flags {
            if e.answer.is_some() {
                *a.flag_mut(*f) = e.clone();
            }
        }
        a.normalise();
        a
    }

    /// True when this group's answer to the dimension follows the base.
    pub fn follows_base(&self, d: DimensionId) -> bool {
        self.overrides.dimensions.get(&d).is_none_or(|e| e.answer.is_none())
    }
}

/// A group's verdict, computed by the same rules as the base's.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupOutcome {
    /// Position of the group in the assessment.
    pub index: usize,
    pub outcome: Outcome,
}

/// Every group's outcome, in the groups' order.
pub fn evaluate_groups(base: &Assessment, groups: &[Group], weights: &Weights) -> Vec<GroupOutcome> {
    groups
        .iter()
        .enumerate()
        .map(|(index, g)| GroupOutcome { index, outcome: evaluate_with(&g.effective(base), weights) })
        .collect()
}

/// The overall verdict with the groups taken into account, and the groups
/// (positions) that made it worse than the base's: those that cross the
/// line while the base does not. `None` when the base has no verdict yet.
pub fn overall(base: &Outcome, groups: &[GroupOutcome]) -> (Option<Verdict>, Vec<usize>) {
    let Some(v) = base.verdict else { return (None, Vec::new()) };
    if v == Verdict::CrossesLine {
        return (Some(v), Vec::new());
    }
    let failing: Vec<usize> =
        groups.iter().filter(|g| g.outcome.verdict == Some(Verdict::CrossesLine)).map(|g| g.index).collect();
    if failing.is_empty() {
        (Some(v), failing)
    } else {
        (Some(v.max(Verdict::Conditional)), failing)
    }
}

impl Overrides {
    /// True when the group's answer on `subject` differs from the base.
    pub fn covers(&self, subject: Subject) -> bool {
        match subject {
            Subject::Dimension(d) => self.dimensions.get(&d).is_some_and(|e| e.answer.is_some()),
            Subject::Value(q) => self.values.get(&q).is_some_and(|e| e.answer.is_some()),
            Subject::Flag(f) => self.flags.get(&f).is_some_and(|e| e.answer.is_some()),
            Subject::Average => false,
        }
    }
}

/// Advice for the groups: each group's suggestions on the answers where it
/// differs from the base (the rest is the base's advice already), most
/// urgent group first (crossing the line, then conditional, then the rest;
/// ties in the groups' order), each group's suggestions most urgent first.
pub fn advice(groups: &[Group], outcomes: &[GroupOutcome]) -> Vec<(usize, Vec<Suggestion>)> {
    let mut out: Vec<(usize, Vec<Suggestion>)> = outcomes
        .iter()
        .filter_map(|o| {
            let g = groups.get(o.index)?;
            let own: Vec<Suggestion> =
                o.outcome.suggestions.iter().filter(|s| g.overrides.covers(s.subject)).cloned().collect();
            (!own.is_empty()).then_some((o.index, own))
        })
        .collect();
    let worst =
        |(i, _): &(usize, Vec<Suggestion>)| outcomes.iter().find(|o| o.index == *i).and_then(|o| o.outcome.verdict);
    super::sort_small_by(&mut out, |a, b| worst(b).cmp(&worst(a)).then(a.0.cmp(&b.0)));
    out
}
