//! Lenses (issue 14): optional short sets of questions that look at the same
//! idea from another angle of the sources: the six golden rules of customer
//! contact with a contact plan, Fogg's B = MAP, moments that matter on a
//! customer journey, peaks and ends, emotions and trust.
//!
//! This module holds the data an assessment keeps ([`Lenses`]) and the
//! questions of each lens ([`questions`]); `eval` turns answers into each
//! lens's [`LensResult`]; `plan` and `bmap` hold the contact plan's timing
//! rules and the B = MAP chart. Texts live in `i18n::lens`.
//!
//! A lens is advisory: its result never changes the verdict, unless the
//! organisation's configuration makes it count ([`LensSet`] in
//! `scoring::Scoring`); then a broken point caps the verdict at
//! "desirable under conditions".

pub mod bmap;
mod eval;
pub mod plan;

use super::{FlagAnswer, Level};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use eval::{evaluate, evaluate_all, Advice, LensResult, Point, Status};
pub use plan::{Channel, ContactPlan, Day, PlanFlag};

/// The five lenses, in the order the app offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LensId {
    GoldenRules,
    BMap,
    Moments,
    PeaksEnds,
    Emotions,
}

impl LensId {
    pub const ALL: [LensId; 5] =
        [LensId::GoldenRules, LensId::BMap, LensId::Moments, LensId::PeaksEnds, LensId::Emotions];

    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable id for files, configuration, HTML ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            LensId::GoldenRules => "golden_rules",
            LensId::BMap => "b_map",
            LensId::Moments => "moments",
            LensId::PeaksEnds => "peaks_ends",
            LensId::Emotions => "emotions",
        }
    }

    pub fn from_key(key: &str) -> Option<LensId> {
        LensId::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// A set of lenses (which are on, offered, or count), as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LensSet(u8);

impl LensSet {
    pub const NONE: LensSet = LensSet(0);
    pub const ALL: LensSet = LensSet(0b1_1111);

    pub fn of(lenses: &[LensId]) -> LensSet {
        LensSet(lenses.iter().fold(0, |b, l| b | 1 << l.index()))
    }

    pub fn has(self, l: LensId) -> bool {
        self.0 & 1 << l.index() != 0
    }

    pub fn with(self, l: LensId, on: bool) -> LensSet {
        if on {
            LensSet(self.0 | 1 << l.index())
        } else {
            LensSet(self.0 & !(1 << l.index()))
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lenses in the set, in [`LensId::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = LensId> {
        LensId::ALL.into_iter().filter(move |l| self.has(*l))
    }
}

/// What the organisation's configuration says about lenses in scoring:
/// which lenses count, and how many extra questions each lens has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LensRules {
    pub counting: LensSet,
    /// Indexed like [`LensId::ALL`].
    pub extra: [u8; 5],
}

impl LensRules {
    pub fn extra(&self, l: LensId) -> usize {
        usize::from(self.extra[l.index()])
    }
}

/// An answer to a lens question: a step on a scale, yes / no / unsure /
/// not applicable, or "not known yet" chosen explicitly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LensAnswer {
    Unknown,
    Level(Level),
    Yes,
    No,
    Unsure,
    NotApplicable,
}

impl LensAnswer {
    /// The yes / no answers a question of that kind offers, in order.
    pub const CHOICES: [LensAnswer; 4] =
        [LensAnswer::Yes, LensAnswer::No, LensAnswer::Unsure, LensAnswer::NotApplicable];

    pub fn level(self) -> Option<Level> {
        match self {
            LensAnswer::Level(l) => Some(l),
            _ => None,
        }
    }

    /// A stable id for HTML ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            LensAnswer::Unknown => "unknown",
            LensAnswer::Level(_) => "level",
            LensAnswer::Yes => "yes",
            LensAnswer::No => "no",
            LensAnswer::Unsure => "unsure",
            LensAnswer::NotApplicable => "na",
        }
    }

    /// True when the answer fits a question of this kind.
    pub fn fits(self, scale: bool) -> bool {
        match self {
            LensAnswer::Unknown => true,
            LensAnswer::Level(_) => scale,
            _ => !scale,
        }
    }
}

/// One lens question's answer and note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LensEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<LensAnswer>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

static EMPTY: LensEntry = LensEntry { answer: None, note: String::new() };

/// One question of a lens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id within the lens (file, share link, round table).
    pub key: &'static str,
    /// A five-step scale (very low … very high); otherwise yes / no /
    /// unsure / not applicable.
    pub scale: bool,
}

const fn yn(key: &'static str) -> Question {
    Question { key, scale: false }
}

const fn sc(key: &'static str) -> Question {
    Question { key, scale: true }
}

const GOLDEN: [Question; 6] =
    [yn("available"), yn("promises"), yn("bother"), yn("formalities"), yn("mistakes"), yn("involved")];
const BMAP: [Question; 4] = [sc("motivation"), sc("ability"), yn("act_now"), yn("right_moment")];
const MOMENTS: [Question; 3] = [yn("worry"), yn("customer_view"), yn("before_asked")];
const PEAKS: [Question; 4] = [sc("before"), sc("during"), yn("end"), yn("beyond")];
const EMOTIONS: [Question; 6] =
    [sc("feeling"), yn("tone"), sc("understood"), yn("upfront"), yn("surprise"), yn("human")];

/// The built-in questions of a lens, in the order they are asked. Texts
/// are in `i18n::lens`, indexed the same way.
pub fn questions(l: LensId) -> &'static [Question] {
    match l {
        LensId::GoldenRules => &GOLDEN,
        LensId::BMap => &BMAP,
        LensId::Moments => &MOMENTS,
        LensId::PeaksEnds => &PEAKS,
        LensId::Emotions => &EMOTIONS,
    }
}

/// The most extra questions an organisation may add to one lens; they are
/// yes / no questions with keys `x1` … `x5` in the order of the
/// configuration.
pub const MAX_EXTRA_QUESTIONS: usize = 5;

/// The key of the organisation's `i`-th extra question (0-based).
pub fn extra_key(i: usize) -> String {
    format!("x{}", i + 1)
}

/// The index of an extra question's key (`x1` → 0), if it is one.
pub fn extra_index(key: &str) -> Option<usize> {
    let n: usize = key.strip_prefix('x')?.parse().ok()?;
    (1..=MAX_EXTRA_QUESTIONS).contains(&n).then(|| n - 1)
}

/// True when `key` names a question of the lens: a built-in one or an
/// organisation's extra one.
pub fn is_question(l: LensId, key: &str) -> bool {
    questions(l).iter().any(|q| q.key == key) || extra_index(key).is_some()
}

/// True when the question with this key takes a scale answer.
pub fn is_scale(l: LensId, key: &str) -> bool {
    questions(l).iter().any(|q| q.key == key && q.scale)
}

/// The most steps of a customer journey.
pub const MAX_STEPS: usize = 8;

/// One step of the customer's journey, as the team draws it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Step {
    pub name: String,
    /// True when this moment matters to the customer (a moment of truth);
    /// false when it is a step of the organisation's own process.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub matters: bool,
}

/// The customer's journey for the "moments that matter" lens: its steps in
/// time order and the step where the idea makes contact.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journey {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// Index into `steps`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<u8>,
}

impl Journey {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty() && self.at.is_none()
    }

    /// The step where the idea makes contact, if chosen and present.
    pub fn at_step(&self) -> Option<&Step> {
        self.at.and_then(|i| self.steps.get(i as usize))
    }
}

/// An assessment's lenses: which are on, their answers, the contact plan and
/// the customer journey. Answers of a lens switched off are kept (switching
/// it on again brings them back) but not shown, scored or reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lenses {
    /// The lenses switched on, in [`LensId::ALL`] order, each once.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub on: Vec<LensId>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<LensId, BTreeMap<String, LensEntry>>,
    #[serde(skip_serializing_if = "ContactPlan::is_empty")]
    pub plan: ContactPlan,
    #[serde(skip_serializing_if = "Journey::is_empty")]
    pub journey: Journey,
}

impl Lenses {
    pub fn is_empty(&self) -> bool {
        self.on.is_empty() && self.answers.is_empty() && self.plan.is_empty() && self.journey.is_empty()
    }

    /// True when nothing was entered (lenses may be switched on).
    pub fn has_no_content(&self) -> bool {
        self.answers.values().all(|m| m.values().all(|e| *e == LensEntry::default()))
            && self.plan.is_empty()
            && self.journey.is_empty()
    }

    pub fn is_on(&self, l: LensId) -> bool {
        self.on.contains(&l)
    }

    pub fn set(&self) -> LensSet {
        LensSet::of(&self.on)
    }

    /// Switches a lens on or off, keeping `on` in order.
    pub fn switch(&mut self, l: LensId, on: bool) {
        self.on = self.set().with(l, on).iter().collect();
    }

    pub fn entry(&self, l: LensId, key: &str) -> &LensEntry {
        self.answers.get(&l).and_then(|m| m.get(key)).unwrap_or(&EMPTY)
    }

    pub fn entry_mut(&mut self, l: LensId, key: &str) -> &mut LensEntry {
        self.answers.entry(l).or_default().entry(key.to_string()).or_default()
    }

    pub fn answer(&self, l: LensId, key: &str) -> Option<LensAnswer> {
        self.entry(l, key).answer
    }

    /// Drops what carries nothing and puts `on` in order, so equal content
    /// compares equal however it was edited.
    pub fn normalise(&mut self) {
        self.on = self.set().iter().collect();
        for m in self.answers.values_mut() {
            m.retain(|_, e| *e != LensEntry::default());
        }
        self.answers.retain(|_, m| !m.is_empty());
    }
}

/// How the answer to a yes / no question counts: `Yes` is good unless the
/// question asks about something bad (then `No` is good).
pub(crate) fn yes_is_good(l: LensId, key: &str) -> bool {
    !matches!((l, key), (LensId::Emotions, "surprise"))
}

/// A red flag style answer as a lens answer (the contact plan's "can you
/// answer in time" uses the red flags' yes / no / unsure).
pub fn from_flag(a: FlagAnswer) -> LensAnswer {
    match a {
        FlagAnswer::Yes => LensAnswer::Yes,
        FlagAnswer::No => LensAnswer::No,
        FlagAnswer::Unsure => LensAnswer::Unsure,
    }
}
