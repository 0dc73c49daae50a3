//! The reveal: everyone's answers per item side by side ([`summarise`]),
//! the agenda by disagreement ([`agenda`]), and a starting point for the
//! group's answer ([`suggested`]).

use super::{Item, ItemAnswer, RoundTable};
use crate::domain::lens::LensAnswer;
use crate::domain::model::*;
use serde::Serialize;
use std::cmp::Ordering;

/// Everyone's answers to one item, side by side, with how far they differ.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemSummary {
    pub item: Item,
    /// Every participant in session order: label and answer (`None` when
    /// they gave none).
    pub answers: Vec<(String, Option<ItemAnswer>)>,
    /// Answers with a position: a level (scale items), yes or no (flags),
    /// yes, no or not applicable (yes / no lens questions).
    pub known: usize,
    /// "Not known yet" or "unsure".
    pub unknown: usize,
    /// Participants who gave no answer.
    pub missing: usize,
    /// Lowest, highest and median known level (scale items only; the median
    /// of an even count is the mean of the middle two).
    pub min: Option<u8>,
    pub max: Option<u8>,
    pub median: Option<f32>,
    /// Scale items: highest minus lowest known level (0–4). Flags: 0 when all
    /// answers are the same, 2 when both yes and no occur, 1 when only
    /// unsure mixes with yes or with no. Yes / no lens questions: 0 when all
    /// answers other than "not known yet" are the same, else 2.
    pub spread: u8,
    /// The ordering score of the [`agenda`]:
    /// `spread + unknown_share / 2 + variance / 1 000 000`, where
    /// `unknown_share = unknown / (known + unknown)` (0 without answers) and
    /// `variance` is the population variance of the positions the spread is
    /// taken over (levels; for flags no = 0, unsure = 1, yes = 2). With at
    /// most [`MAX_PARTICIPANTS`](super::MAX_PARTICIPANTS) participants this orders by spread first,
    /// then unknown share, then variance.
    pub disagreement: f32,
    /// Non-blank notes: participant label and note.
    pub notes: Vec<(String, String)>,
}

/// The positions the spread is measured over: known levels for scale items;
/// for flags and yes / no lens questions no = 0, unsure (and not
/// applicable) = 1, yes = 2.
fn position(answer: ItemAnswer) -> Option<u8> {
    match answer {
        ItemAnswer::Scale(a) => a.level().map(Level::get),
        ItemAnswer::Lens(LensAnswer::Level(l)) => Some(l.get()),
        ItemAnswer::Lens(LensAnswer::Unknown) => None,
        ItemAnswer::Flag(FlagAnswer::No) | ItemAnswer::Lens(LensAnswer::No) => Some(0),
        ItemAnswer::Flag(FlagAnswer::Unsure) | ItemAnswer::Lens(LensAnswer::Unsure | LensAnswer::NotApplicable) => {
            Some(1)
        }
        ItemAnswer::Flag(FlagAnswer::Yes) | ItemAnswer::Lens(LensAnswer::Yes) => Some(2),
    }
}

/// A yes / no lens question: its answers are words, not steps.
fn is_choice(item: Item) -> bool {
    matches!(item, Item::Lens(..)) && !item.is_scale()
}

/// The exact key the agenda sorts on, most disagreement greatest: the
/// spread, then the unknown share and the variance as exact fractions.
#[derive(Clone, Copy, Debug)]
struct Key {
    spread: u8,
    /// unknown / answered, or 0 / 1 without answers.
    share: (u128, u128),
    /// (n·Σx² − (Σx)²) / n², or 0 / 1 without positions.
    variance: (u128, u128),
}

/// Compares two fractions with non-zero denominators exactly.
fn cmp_fraction((a, b): (u128, u128), (c, d): (u128, u128)) -> Ordering {
    (a * d).cmp(&(c * b))
}

impl Key {
    fn of(positions: &[u8], unknown: usize, answered: usize, spread: u8) -> Key {
        let n = positions.len() as u128;
        let sum: u128 = positions.iter().map(|&x| u128::from(x)).sum();
        let sq: u128 = positions.iter().map(|&x| u128::from(x) * u128::from(x)).sum();
        let share = if answered == 0 { (0, 1) } else { (unknown as u128, answered as u128) };
        let variance = if n == 0 { (0, 1) } else { (n * sq - sum * sum, n * n) };
        Key { spread, share, variance }
    }

    fn score(&self) -> f32 {
        let share = self.share.0 as f64 / self.share.1 as f64;
        let variance = self.variance.0 as f64 / self.variance.1 as f64;
        (f64::from(self.spread) + share / 2.0 + variance / 1_000_000.0) as f32
    }

    fn cmp(&self, other: &Key) -> Ordering {
        self.spread
            .cmp(&other.spread)
            .then_with(|| cmp_fraction(self.share, other.share))
            .then_with(|| cmp_fraction(self.variance, other.variance))
    }
}

fn summarise_keyed(rt: &RoundTable, item: Item) -> (ItemSummary, Key) {
    let answers: Vec<(String, Option<ItemAnswer>)> =
        rt.participants.iter().map(|p| (p.label.clone(), item.answer_in(&p.answers))).collect();
    let notes = rt
        .participants
        .iter()
        .filter(|p| !item.note_in(&p.answers).trim().is_empty())
        .map(|p| (p.label.clone(), item.note_in(&p.answers).to_owned()))
        .collect();
    let given: Vec<ItemAnswer> = answers.iter().filter_map(|(_, a)| *a).collect();
    let missing = answers.len() - given.len();
    let unknown = given.iter().filter(|a| a.is_unknown()).count();
    let known = given.len() - unknown;
    let mut positions: Vec<u8> = given.iter().filter_map(|a| position(*a)).collect();
    crate::domain::sort_small_by(&mut positions, u8::cmp); // at most MAX_PARTICIPANTS
    let spread = match (positions.first(), positions.last()) {
        _ if is_choice(item) => {
            let mut said = given.iter().filter(|a| **a != ItemAnswer::Lens(LensAnswer::Unknown));
            let first = said.next();
            if said.all(|a| Some(a) == first) {
                0
            } else {
                2
            }
        }
        (Some(lo), Some(hi)) => hi - lo,
        _ => 0,
    };
    let (min, max, median) = if !item.is_scale() || positions.is_empty() {
        (None, None, None)
    } else {
        let n = positions.len();
        let median = if n % 2 == 1 {
            f32::from(positions[n / 2])
        } else {
            (f32::from(positions[n / 2 - 1]) + f32::from(positions[n / 2])) / 2.0
        };
        (positions.first().copied(), positions.last().copied(), Some(median))
    };
    let key = Key::of(&positions, unknown, given.len(), spread);
    let summary = ItemSummary {
        item,
        answers,
        known,
        unknown,
        missing,
        min,
        max,
        median,
        spread,
        disagreement: key.score(),
        notes,
    };
    (summary, key)
}

/// Everyone's answers to `item`, with counts, spread and notes.
pub fn summarise(rt: &RoundTable, item: Item) -> ItemSummary {
    summarise_keyed(rt, item).0
}

/// The session's `items` (see [`RoundTable::items`]), most disagreement
/// first: by spread, then share of unknown answers, then variance (compared
/// exactly, see [`ItemSummary::disagreement`]); ties keep the form's order.
pub fn agenda(rt: &RoundTable, items: &[Item]) -> Vec<ItemSummary> {
    let mut keyed: Vec<(ItemSummary, Key)> = items.iter().map(|i| summarise_keyed(rt, *i)).collect();
    // Stable: equal keys stay in the items' order.
    crate::domain::sort_small_by(&mut keyed, |(_, a), (_, b)| b.cmp(a));
    keyed.into_iter().map(|(s, _)| s).collect()
}

/// A starting point for the group's answer, never applied by itself.
///
/// * Scale items: when all known levels lie within one step of each other,
///   their median rounded down; when nobody gave a level but someone chose
///   "not known yet", "not known yet"; otherwise none.
/// * Red flags and yes / no lens questions: when everyone who gave an
///   answer with a position gave the same one, that answer; when nobody
///   did and all other answers are the same ("unsure"), that one;
///   otherwise none.
pub fn suggested(summary: &ItemSummary) -> Option<ItemAnswer> {
    let given = || summary.answers.iter().filter_map(|(_, a)| *a);
    if !summary.item.is_scale() {
        let (known, unknown): (Vec<ItemAnswer>, Vec<ItemAnswer>) = given().partition(|a| !a.is_unknown());
        let pick = if known.is_empty() { unknown } else { known };
        return pick.first().filter(|first| pick.iter().all(|a| a == *first)).copied();
    }
    let lens = matches!(summary.item, Item::Lens(..));
    let answer = |a: Answer| match (lens, a) {
        (false, a) => ItemAnswer::Scale(a),
        (true, Answer::Level(l)) => ItemAnswer::Lens(LensAnswer::Level(l)),
        (true, Answer::Unknown) => ItemAnswer::Lens(LensAnswer::Unknown),
    };
    match (summary.min, summary.max, summary.median) {
        (Some(lo), Some(hi), Some(median)) if hi - lo <= 1 => Level::new(median.floor() as u8).map(Answer::Level),
        (None, _, _) if summary.unknown > 0 => Some(Answer::Unknown),
        _ => None,
    }
    .map(answer)
}
