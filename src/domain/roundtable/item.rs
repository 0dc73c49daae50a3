//! The items a round table asks (the 17 of the form, then the questions of
//! the lenses that are on) and an answer to one of them.

use super::super::lens::{self, LensAnswer, LensId, LensSet};
use super::super::model::*;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One scored item of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Item {
    Dimension(DimensionId),
    Value(ValueQuestion),
    Flag(RedFlag),
    /// A lens question: the lens and the question's position, its own
    /// questions first (`lens::questions`), then the organisation's extra
    /// ones (see [`Item::lens_key`]).
    Lens(LensId, u8),
}

/// The keys of [`Item::ALL`], in the same order.
const ITEM_KEYS: [&str; 17] = [
    "dim-complexity",
    "dim-language",
    "dim-place",
    "dim-time",
    "dim-relevance",
    "dim-trust",
    "dim-empathy",
    "dim-autonomy",
    "val-customer_value",
    "val-org_value",
    "val-customer_values_fit",
    "val-org_values_fit",
    "flag-big_brother",
    "flag-paternalism",
    "flag-pushiness",
    "flag-mainly_org_value",
    "flag-unnecessary_contact",
];

impl Item {
    /// Every item in the form's order: dimensions, value questions, red flags.
    /// `Item`'s `Ord` is this order too.
    pub const ALL: [Item; 17] = [
        Item::Dimension(DimensionId::Complexity),
        Item::Dimension(DimensionId::Language),
        Item::Dimension(DimensionId::Place),
        Item::Dimension(DimensionId::Time),
        Item::Dimension(DimensionId::Relevance),
        Item::Dimension(DimensionId::Trust),
        Item::Dimension(DimensionId::Empathy),
        Item::Dimension(DimensionId::Autonomy),
        Item::Value(ValueQuestion::CustomerValue),
        Item::Value(ValueQuestion::OrgValue),
        Item::Value(ValueQuestion::CustomerValuesFit),
        Item::Value(ValueQuestion::OrgValuesFit),
        Item::Flag(RedFlag::BigBrother),
        Item::Flag(RedFlag::Paternalism),
        Item::Flag(RedFlag::Pushiness),
        Item::Flag(RedFlag::MainlyOrgValue),
        Item::Flag(RedFlag::UnnecessaryContact),
    ];

    /// Position in [`Item::ALL`]; lens questions follow, by lens and position.
    pub fn index(self) -> usize {
        match self {
            Item::Dimension(d) => d as usize,
            Item::Value(q) => DimensionId::ALL.len() + q as usize,
            Item::Flag(f) => DimensionId::ALL.len() + ValueQuestion::ALL.len() + f as usize,
            Item::Lens(l, i) => ITEM_KEYS.len() + l.index() * 16 + usize::from(i),
        }
    }

    /// A stable key: `dim-time`, `val-org_value`, `flag-pushiness`, and for
    /// lens questions `lens-<lens>-<question>` (`lens-b_map-ability`,
    /// `lens-emotions-x1`).
    pub fn key(self) -> String {
        match self.lens_key() {
            Some((l, q)) => format!("lens-{}-{q}", l.key()),
            None => ITEM_KEYS[self.index()].to_owned(),
        }
    }

    /// The item with this key.
    pub fn from_key(key: &str) -> Option<Item> {
        if let Some((l, q)) = key.strip_prefix("lens-").and_then(|k| k.split_once('-')) {
            return Item::lens(LensId::from_key(l)?, q);
        }
        ITEM_KEYS.iter().position(|k| *k == key).map(|i| Item::ALL[i])
    }

    /// The item of the lens question with this key (`ability`, `x1`).
    pub fn lens(l: LensId, key: &str) -> Option<Item> {
        let own = lens::questions(l);
        let at = match own.iter().position(|q| q.key == key) {
            Some(i) => i,
            None => own.len() + lens::extra_index(key)?,
        };
        Some(Item::Lens(l, at as u8))
    }

    /// A lens question's lens and key (its key in `Lenses::answers`).
    pub fn lens_key(self) -> Option<(LensId, String)> {
        match self {
            Item::Lens(l, i) => Some((l, question_key(l, i))),
            _ => None,
        }
    }

    /// True for red flags (answered yes / no / unsure), false for scale items.
    pub fn is_flag(self) -> bool {
        matches!(self, Item::Flag(_))
    }

    /// True for items answered on a scale: dimensions, value questions and
    /// lens questions with a scale; false for red flags and yes / no lens
    /// questions.
    pub fn is_scale(self) -> bool {
        match self {
            Item::Flag(_) => false,
            Item::Lens(l, i) => lens::questions(l).get(usize::from(i)).is_some_and(|q| q.scale),
            _ => true,
        }
    }

    /// This item's answer in `a`, if any.
    pub fn answer_in(self, a: &Assessment) -> Option<ItemAnswer> {
        match self {
            Item::Dimension(d) => a.dimension(d).answer.map(ItemAnswer::Scale),
            Item::Value(q) => a.value(q).answer.map(ItemAnswer::Scale),
            Item::Flag(f) => a.flag(f).answer.map(ItemAnswer::Flag),
            Item::Lens(..) => self.lens_key().and_then(|(l, k)| a.lenses.answer(l, &k)).map(ItemAnswer::Lens),
        }
    }

    /// This item's note in `a`.
    pub fn note_in(self, a: &Assessment) -> &str {
        match self {
            Item::Dimension(d) => &a.dimension(d).note,
            Item::Value(q) => &a.value(q).note,
            Item::Flag(f) => &a.flag(f).note,
            Item::Lens(..) => self.lens_key().map_or("", |(l, k)| &a.lenses.entry(l, &k).note),
        }
    }

    /// This item's note in `a`, for writing.
    pub fn note_mut(self, a: &mut Assessment) -> &mut String {
        match self {
            Item::Dimension(d) => &mut a.dimension_mut(d).note,
            Item::Value(q) => &mut a.value_mut(q).note,
            Item::Flag(f) => &mut a.flag_mut(f).note,
            Item::Lens(l, i) => &mut a.lenses.entry_mut(l, &question_key(l, i)).note,
        }
    }

    /// Writes `answer` as this item's answer in `a`. False (and `a`
    /// unchanged) when the answer is of the wrong kind: a scale answer for a
    /// red flag or the other way round.
    pub fn set_in(self, a: &mut Assessment, answer: Option<ItemAnswer>) -> bool {
        if answer.is_some_and(|x| !self.accepts(x)) {
            return false;
        }
        match (self, answer) {
            (Item::Dimension(d), x) => a.dimension_mut(d).answer = x.and_then(ItemAnswer::scale),
            (Item::Value(q), x) => a.value_mut(q).answer = x.and_then(ItemAnswer::scale),
            (Item::Flag(f), x) => a.flag_mut(f).answer = x.and_then(ItemAnswer::flag),
            (Item::Lens(l, i), x) => a.lenses.entry_mut(l, &question_key(l, i)).answer = x.and_then(ItemAnswer::lens),
        }
        true
    }

    /// The answers with a position, in the order a strip plot shows them:
    /// levels 1–5 for scale items (lens scale questions too), yes / unsure
    /// / no for red flags, yes / no / unsure / not applicable for yes / no
    /// lens questions.
    pub fn steps(self) -> Vec<ItemAnswer> {
        match self {
            Item::Flag(_) => FlagAnswer::ALL.map(ItemAnswer::Flag).to_vec(),
            Item::Lens(..) if !self.is_scale() => LensAnswer::CHOICES.map(ItemAnswer::Lens).to_vec(),
            Item::Lens(..) => Level::all().map(|l| ItemAnswer::Lens(LensAnswer::Level(l))).collect(),
            _ => Level::all().map(|l| ItemAnswer::Scale(Answer::Level(l))).collect(),
        }
    }

    /// True when `answer` is of this item's kind.
    pub fn accepts(self, answer: ItemAnswer) -> bool {
        match answer {
            ItemAnswer::Scale(_) => matches!(self, Item::Dimension(_) | Item::Value(_)),
            ItemAnswer::Flag(_) => self.is_flag(),
            ItemAnswer::Lens(x) => matches!(self, Item::Lens(..)) && x.fits(self.is_scale()),
        }
    }
}

/// The key of a lens's `i`-th question: its own, then the extra ones.
fn question_key(l: LensId, i: u8) -> String {
    let own = lens::questions(l);
    match own.get(usize::from(i)) {
        Some(q) => q.key.to_owned(),
        None => lens::extra_key(usize::from(i) - own.len()),
    }
}

/// The items of a session with these lenses on: [`Item::ALL`], then each
/// lens's questions, its own and then `extra` of the organisation's
/// (indexed like [`LensId::ALL`], at most `lens::MAX_EXTRA_QUESTIONS`).
pub fn items(on: LensSet, extra: &[u8; 5]) -> Vec<Item> {
    let lens_items = on.iter().flat_map(|l| {
        let n = lens::questions(l).len() + usize::from(extra[l.index()]).min(lens::MAX_EXTRA_QUESTIONS);
        (0..n as u8).map(move |i| Item::Lens(l, i))
    });
    Item::ALL.into_iter().chain(lens_items).collect()
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl From<Item> for String {
    fn from(i: Item) -> String {
        i.key()
    }
}

impl TryFrom<String> for Item {
    type Error = String;
    fn try_from(key: String) -> Result<Item, String> {
        Item::from_key(&key).ok_or_else(|| format!("unknown item \"{key}\""))
    }
}

/// One answer to one item: a scale answer (level or not known yet) for
/// dimensions and value questions, yes / no / unsure for red flags, a lens
/// answer for lens questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemAnswer {
    Scale(Answer),
    Flag(FlagAnswer),
    Lens(LensAnswer),
}

impl ItemAnswer {
    fn scale(self) -> Option<Answer> {
        if let ItemAnswer::Scale(a) = self {
            Some(a)
        } else {
            None
        }
    }

    fn flag(self) -> Option<FlagAnswer> {
        if let ItemAnswer::Flag(a) = self {
            Some(a)
        } else {
            None
        }
    }

    fn lens(self) -> Option<LensAnswer> {
        if let ItemAnswer::Lens(a) = self {
            Some(a)
        } else {
            None
        }
    }

    /// "Not known yet", or "unsure": an answer without a position.
    pub fn is_unknown(self) -> bool {
        matches!(
            self,
            ItemAnswer::Scale(Answer::Unknown)
                | ItemAnswer::Flag(FlagAnswer::Unsure)
                | ItemAnswer::Lens(LensAnswer::Unknown | LensAnswer::Unsure)
        )
    }
}
