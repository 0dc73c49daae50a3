//! Customer groups (issue 12): the same idea judged for the people it may
//! fail. A group holds only the answers that **differ** from the base
//! ("typical customer"); every other answer follows the base, and changes
//! when the base changes. The data (`Group`, `Overrides`, `Share`) lives in
//! [`model`](super::model); each group gets a verdict by the same rules as
//! the base in [`evaluate_with`](super::scoring::evaluate_with), which also
//! applies the overall rule below ([`Rule::GroupCrossesLine`](super::scoring::Rule)).
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

use super::model::*;
use super::roundtable::{Item, ItemAnswer};
use super::scoring::{Outcome, Subject, Suggestion};

impl Overrides {
    /// True when the group's answer on `subject` differs from the base.
    pub fn covers(&self, subject: Subject) -> bool {
        match subject {
            Subject::Dimension(d) => self.dimensions.get(&d).is_some_and(|e| e.answer.is_some()),
            Subject::Value(q) => self.values.get(&q).is_some_and(|e| e.answer.is_some()),
            Subject::Flag(f) => self.flags.get(&f).is_some_and(|e| e.answer.is_some()),
            Subject::Average | Subject::Group(_) | Subject::Lens(_) => false,
        }
    }
}

/// Advice for the groups: each group's suggestions on the answers where it
/// differs from the base (the rest is the base's advice already), most
/// urgent group first (crossing the line, then conditional, then the rest;
/// ties in the groups' order), each group's suggestions most urgent first.
pub fn advice(groups: &[Group], outcome: &Outcome) -> Vec<(usize, Vec<Suggestion>)> {
    by_urgency(outcome)
        .into_iter()
        .filter_map(|i| {
            let (r, g) = (outcome.groups.get(i)?, groups.get(i)?);
            let own: Vec<Suggestion> =
                r.outcome.suggestions.iter().filter(|s| g.overrides.covers(s.subject)).cloned().collect();
            (!own.is_empty()).then_some((i, own))
        })
        .collect()
}

/// The groups' positions, most urgent first: crossing the line, then
/// conditional, then desirable, then those without a verdict yet; ties in
/// the groups' order. The order of [`advice`] and of the report's sections.
pub fn by_urgency(outcome: &Outcome) -> Vec<usize> {
    let mut order: Vec<usize> = (0..outcome.groups.len()).collect();
    let worst = |i: &usize| outcome.groups.get(*i).and_then(|r| r.outcome.verdict);
    super::sort_small_by(&mut order, |a, b| worst(b).cmp(&worst(a)).then(a.cmp(b)));
    order
}

impl Group {
    /// Runs `f` on the group's differing answers as if they were an
    /// assessment's (so [`Item`]s can read and write them), then drops the
    /// entries left without an answer.
    fn edit_overrides(&mut self, f: impl FnOnce(&mut Assessment)) {
        let o = &mut self.overrides;
        let mut a = Assessment {
            dimensions: std::mem::take(&mut o.dimensions),
            values: std::mem::take(&mut o.values),
            flags: std::mem::take(&mut o.flags),
            ..Assessment::default()
        };
        f(&mut a);
        (o.dimensions, o.values, o.flags) = (a.dimensions, a.values, a.flags);
        o.normalise();
    }

    /// The group's own answer to `item`, when it differs from the base.
    pub fn answer(&self, item: Item) -> Option<ItemAnswer> {
        let o = &self.overrides;
        match item {
            Item::Dimension(d) => o.dimensions.get(&d).and_then(|e| e.answer.map(ItemAnswer::Scale)),
            Item::Value(q) => o.values.get(&q).and_then(|e| e.answer.map(ItemAnswer::Scale)),
            Item::Flag(f) => o.flags.get(&f).and_then(|e| e.answer.map(ItemAnswer::Flag)),
            Item::Lens(..) => None,
        }
    }

    /// The group's note on `item` (why it differs); empty when it follows the base.
    pub fn note(&self, item: Item) -> &str {
        let o = &self.overrides;
        let note = match item {
            Item::Dimension(d) => o.dimensions.get(&d).map(|e| e.note.as_str()),
            Item::Value(q) => o.values.get(&q).map(|e| e.note.as_str()),
            Item::Flag(f) => o.flags.get(&f).map(|e| e.note.as_str()),
            Item::Lens(..) => None,
        };
        note.unwrap_or_default()
    }

    /// Sets the group's own answer to `item`; `None` makes it follow the
    /// base again (and drops its note). False for an answer of the wrong kind.
    pub fn set_answer(&mut self, item: Item, answer: Option<ItemAnswer>) -> bool {
        let mut ok = true;
        self.edit_overrides(|a| ok = item.set_in(a, answer));
        ok
    }

    /// Sets the note on an answer that differs; ignored while `item` follows
    /// the base (a note says why it differs).
    pub fn set_note(&mut self, item: Item, note: String) {
        if self.answer(item).is_some() {
            self.edit_overrides(|a| *item.note_mut(a) = note);
        }
    }

    /// The group's level on a dimension: its own answer where it differs,
    /// else the base's (without making the whole [`Group::effective`]).
    pub fn dimension_level(&self, base: &Assessment, d: DimensionId) -> Option<Level> {
        match self.overrides.dimensions.get(&d).and_then(|e| e.answer) {
            Some(own) => own.level(),
            None => base.dimension_level(d),
        }
    }

    /// How many answers differ from the base.
    pub fn differences(&self) -> usize {
        self.overrides.len()
    }
}

/// An id for a new group in `a`: `g`, one more than the highest number in
/// use, and `suffix` (the tab's id, so two tabs never make the same one).
pub fn next_group_id(a: &Assessment, suffix: &str) -> String {
    let number = |id: &str| -> u64 {
        id.strip_prefix('g').map_or(0, |r| r.chars().map_while(|c| c.to_digit(10)).fold(0, |n, d| n * 10 + d as u64))
    };
    let next = a.groups.iter().map(|g| number(&g.id)).max().unwrap_or(0) + 1;
    format!("g{next}{suffix}")
}

/// True when every group id is usable: not empty, without a dot, unique.
pub fn ids_ok(groups: &[Group]) -> bool {
    groups
        .iter()
        .enumerate()
        .all(|(i, g)| !g.id.is_empty() && !g.id.contains('.') && groups[..i].iter().all(|o| o.id != g.id))
}

/// Gives every group whose id is empty, has a dot or repeats an earlier one
/// a new id (storage edited by hand; files and links refuse such ids).
pub fn repair_ids(a: &mut Assessment) {
    for i in 0..a.groups.len() {
        if !ids_ok(&a.groups[..=i]) {
            a.groups[i].id = next_group_id(a, "r");
        }
    }
}

/// A group's name (the user's text) on one line, for sentences, tables and
/// labels: runs of white space, line breaks included, become one space.
pub fn one_line(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}
