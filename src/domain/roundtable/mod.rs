//! A round table: several people assess one idea together.
//!
//! A facilitator names the session and adds participants. Everyone first
//! scores the 17 items (8 dimensions, 4 value questions, 5 red flags), and
//! the questions of the lenses that are on ([`items`]), **independently**, on one device passed around or on their own devices
//! (see `codec::roundtable` for the invite and answer codes). Then the scores
//! are **revealed** per item with their spread, most disagreement first (the
//! [`agenda`]), and the group **agrees** an answer and a reason per item, plus
//! decisions and action points. [`apply_agreed`] writes the agreed answers
//! into the assessment; the session keeps every individual answer.
//!
//! A session scores the typical customer (the assessment's base answers) or
//! one of its customer groups, chosen at setup ([`RoundTable::group`]): the
//! participants then score that group's situation, and the agreed answers
//! become the group's own answers (see [`apply_agreed`]).
//!
//! Lens questions (issue 14) are asked only in a session about the typical
//! customer ([`RoundTable::items`]): an assessment keeps one set of lens
//! answers, not one per customer group. Their agreed answers go into the
//! assessment's lenses. The contact plan and the journey are not asked.
//!
//! Plain data with serde, like the rest of the domain: no clock, no
//! randomness, no texts (labels for anonymous participants come from the
//! caller).
//!
//! # How agreement is stored
//!
//! The agreed answers live in an ordinary [`Assessment`] (`agreed`): the
//! entry's answer is the agreed answer, its note the reason. Only the items
//! listed in `agreed_items` (and having an answer) count as agreed; other
//! entries of `agreed` are drafts the group has not settled, and
//! [`apply_agreed`] ignores them. Reusing the assessment's entries keeps the
//! serialised form the same as everywhere else and makes applying trivial.

use super::lens::{self, LensSet};
use super::model::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

mod agenda;
mod item;
pub use agenda::{agenda, suggested, summarise, ItemSummary};
pub use item::{items, Item, ItemAnswer};

/// Most participants in one session; [`RoundTable::add_participant`] refuses more.
pub const MAX_PARTICIPANTS: usize = 100;
/// Longest participant label, in characters.
pub const MAX_LABEL_CHARS: usize = 100;

/// Someone taking part. `answers` is an assessment of which only the
/// dimensions, value questions, red flags and lens questions (answers and
/// notes) are used.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Participant {
    /// Unique within the session (`p1`, `p2`, …); never reused.
    pub id: String,
    /// A name or an anonymous label; unique within the session ignoring
    /// case and surrounding spaces (see [`same_label`]).
    pub label: String,
    pub answers: Assessment,
    /// True once the participant has finished scoring (or their answer code
    /// has been added).
    pub submitted: bool,
}

/// An action point the group agreed on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionPoint {
    pub what: String,
    pub who: String,
    /// Free text ("next sprint", "2025-06-01").
    pub due: String,
}

/// How participants score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// One device passed around; scores stay hidden until the reveal.
    #[default]
    OneDevice,
    /// Everyone on their own device, with an invite link and an answer code.
    OwnDevices,
}

/// Where the session is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Participants score independently.
    #[default]
    Scoring,
    /// Everyone's scores are shown side by side.
    Revealed,
    /// The group has recorded its agreed answers.
    Agreed,
}

/// A round-table session about one assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "snake_case")]
pub struct RoundTable {
    pub id: String,
    /// The id of the [`Record`](super::Record) the session is about.
    pub record_id: String,
    pub name: String,
    pub mode: Mode,
    pub phase: Phase,
    /// Suggested minutes per dimension, if the facilitator set a time box.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timebox_minutes: Option<u16>,
    /// What the session scores: `None` the typical customer (the base
    /// answers), or the id of one of the assessment's customer groups (see
    /// [`RoundTable::scored_for`] and [`apply_agreed`]). Absent in tables
    /// saved before groups existed, which scored the typical customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub participants: Vec<Participant>,
    /// The agreed answers (entry answer) and reasons (entry note); see the
    /// module documentation.
    pub agreed: Assessment,
    /// The items the group explicitly agreed on.
    pub agreed_items: BTreeSet<Item>,
    pub decisions: Vec<String>,
    pub actions: Vec<ActionPoint>,
    /// A short string shared with participants through the invite, so answer
    /// codes can be checked (see `codec::roundtable`). Not a password.
    pub secret: String,
    /// The number of the last participant id handed out.
    pub seq: u64,
    /// Milliseconds since the Unix epoch.
    pub created: u64,
    pub updated: u64,
}

/// What a session scores, looked up in its assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoredFor<'a> {
    /// The typical customer: the assessment's base answers.
    Typical,
    /// One customer group: its situation, and its answers on applying.
    Group(&'a Group),
    /// A group was chosen but is no longer in the assessment (it was
    /// removed): the session keeps working, but has nothing to apply to.
    Missing,
}

/// True when two labels name the same participant: equal after trimming,
/// ignoring case.
pub fn same_label(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    crate::case::eq_ignore_case(a, b)
}

/// Only what a participant scores: dimensions, value questions, red flags
/// and lens questions (answers and notes), normalised. Idea, organisation
/// values, example, which lenses are on, contact plan and journey are dropped.
pub fn answers_only(a: &Assessment) -> Assessment {
    let mut out = Assessment {
        dimensions: a.dimensions.clone(),
        values: a.values.clone(),
        flags: a.flags.clone(),
        lenses: lens::Lenses { answers: a.lenses.answers.clone(), ..Default::default() },
        ..Assessment::default()
    };
    out.normalise();
    out
}

/// A session secret from any 64 bits of entropy (e.g. time and a counter):
/// 8 characters of `a–z 2–7`. Spreads the bits (splitmix64) so nearby
/// inputs give unrelated secrets. Not cryptographic.
pub fn make_secret(entropy: u64) -> String {
    let mut z = entropy.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    (0..8).map(|i| ALPHABET[((z >> (i * 5)) & 31) as usize] as char).collect()
}

/// Cuts a label to [`MAX_LABEL_CHARS`] characters after trimming.
fn clean_label(label: &str) -> String {
    label.trim().chars().take(MAX_LABEL_CHARS).collect()
}

impl RoundTable {
    /// A new session in the scoring phase, without participants.
    pub fn new(id: &str, record_id: &str, name: &str, mode: Mode, secret: &str, now: u64) -> RoundTable {
        RoundTable {
            id: id.to_owned(),
            record_id: record_id.to_owned(),
            name: name.to_owned(),
            mode,
            secret: secret.to_owned(),
            created: now,
            updated: now,
            ..RoundTable::default()
        }
    }

    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    pub fn participant_mut(&mut self, id: &str) -> Option<&mut Participant> {
        self.participants.iter_mut().find(|p| p.id == id)
    }

    /// The participant with this label (see [`same_label`]).
    pub fn participant_by_label(&self, label: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| same_label(&p.label, label))
    }

    /// True when a participant other than `except` (an id) has this label.
    fn label_taken(&self, label: &str, except: Option<&str>) -> bool {
        self.participants.iter().any(|p| Some(p.id.as_str()) != except && same_label(&p.label, label))
    }

    /// `label`, or `label (2)`, `label (3)`, … : the first one no other
    /// participant has. The suffix is kept within [`MAX_LABEL_CHARS`].
    fn unique_label(&self, label: &str, except: Option<&str>) -> String {
        if !self.label_taken(label, except) {
            return label.to_owned();
        }
        (2..)
            .map(|k| {
                let suffix = format!(" ({k})");
                let base: String = label.chars().take(MAX_LABEL_CHARS - suffix.chars().count()).collect();
                format!("{}{suffix}", base.trim_end())
            })
            .find(|l| !self.label_taken(l, except))
            .unwrap_or_default()
    }

    /// A participant id no one has (`p<n>`), advancing `seq`.
    fn next_id(&mut self) -> String {
        loop {
            self.seq = self.seq.wrapping_add(1);
            let id = format!("p{}", self.seq);
            if self.participant(&id).is_none() {
                return id;
            }
        }
    }

    /// Adds a participant and returns its id; `None` when the session already
    /// has [`MAX_PARTICIPANTS`]. A blank `label` becomes `anonymous(n)` for
    /// the smallest `n ≥ 1` whose label is free (the caller supplies the
    /// words, e.g. `|n| format!("Participant {n}")`; a blank one gives `n`
    /// itself); a label already in use
    /// gets ` (2)`, ` (3)`, … appended. Labels are trimmed and cut to
    /// [`MAX_LABEL_CHARS`].
    pub fn add_participant(&mut self, label: &str, anonymous: impl Fn(usize) -> String) -> Option<String> {
        if self.participants.len() >= MAX_PARTICIPANTS {
            return None;
        }
        let label = clean_label(label);
        let label = if label.is_empty() {
            // A blank template gives the bare number.
            let numbered = |n: usize| {
                let l = clean_label(&anonymous(n));
                if l.is_empty() {
                    n.to_string()
                } else {
                    l
                }
            };
            // At most `len` labels are taken, so one of the first `len + 1` is free
            // unless `anonymous` repeats itself; then fall back to a suffix.
            (1..=self.participants.len() + 1)
                .map(numbered)
                .find(|l| !self.label_taken(l, None))
                .unwrap_or_else(|| self.unique_label(&numbered(1), None))
        } else {
            self.unique_label(&label, None)
        };
        let id = self.next_id();
        self.participants.push(Participant { id: id.clone(), label, ..Participant::default() });
        Some(id)
    }

    /// Renames a participant and returns the label it now has (made unique
    /// as in [`add_participant`](Self::add_participant)). `None`, and nothing
    /// changes, when there is no such participant or the label is blank.
    pub fn rename_participant(&mut self, id: &str, label: &str) -> Option<String> {
        let label = clean_label(label);
        if label.is_empty() || self.participant(id).is_none() {
            return None;
        }
        let label = self.unique_label(&label, Some(id));
        let p = self.participant_mut(id)?;
        p.label = label.clone();
        Some(label)
    }

    /// Removes a participant with their answers; returns what was removed.
    pub fn remove_participant(&mut self, id: &str) -> Option<Participant> {
        let at = self.participants.iter().position(|p| p.id == id)?;
        Some(self.participants.remove(at))
    }

    /// Replaces a participant's answers (only dimensions, value questions
    /// and flags are kept) and sets `submitted`. False when there is no such
    /// participant.
    pub fn set_answers(&mut self, id: &str, answers: &Assessment, submitted: bool) -> bool {
        match self.participant_mut(id) {
            Some(p) => {
                p.answers = answers_only(answers);
                p.submitted = submitted;
                true
            }
            None => false,
        }
    }

    /// Records the finished answers of the participant with this label,
    /// adding the participant when there is none yet (e.g. from an answer
    /// code). Returns the participant's id; `None` when the label is blank
    /// or the session is full.
    pub fn submit(&mut self, label: &str, answers: &Assessment) -> Option<String> {
        let id = match self.participant_by_label(label) {
            Some(p) => p.id.clone(),
            None if label.trim().is_empty() => return None,
            None => self.add_participant(label, |_| String::new())?,
        };
        self.set_answers(&id, answers, true);
        Some(id)
    }

    /// True when there is at least one participant and all have submitted.
    pub fn all_submitted(&self) -> bool {
        !self.participants.is_empty() && self.participants.iter().all(|p| p.submitted)
    }

    /// Records the group's answer and reason for an item. False (nothing
    /// changes) when the answer is of the wrong kind for the item.
    pub fn agree(&mut self, item: Item, answer: ItemAnswer, reason: &str) -> bool {
        if !item.set_in(&mut self.agreed, Some(answer)) {
            return false;
        }
        *item.note_mut(&mut self.agreed) = reason.to_owned();
        self.agreed_items.insert(item);
        true
    }

    /// Takes an item off the agreed list (its draft answer and reason stay).
    pub fn unagree(&mut self, item: Item) -> bool {
        self.agreed_items.remove(&item)
    }

    /// What the session scores, in `a` (the assessment it is about).
    pub fn scored_for<'a>(&self, a: &'a Assessment) -> ScoredFor<'a> {
        match &self.group {
            None => ScoredFor::Typical,
            Some(id) => a.group(id).map_or(ScoredFor::Missing, ScoredFor::Group),
        }
    }

    /// The items this session asks about `a`: [`items`] with the lenses on
    /// in `a` and `extra` questions per lens (the organisation's
    /// `LensRules::extra`); only [`Item::ALL`] when it scores a customer group.
    pub fn items(&self, a: &Assessment, extra: &[u8; 5]) -> Vec<Item> {
        items(self.lenses(a), extra)
    }

    /// The lenses whose questions this session asks: those on in `a`, none
    /// when it scores a customer group.
    pub fn lenses(&self, a: &Assessment) -> LensSet {
        if self.group.is_some() {
            LensSet::NONE
        } else {
            a.lenses.set()
        }
    }

    /// The agreed answer and reason of an item, if the group agreed on it.
    pub fn agreed_answer(&self, item: Item) -> Option<(ItemAnswer, &str)> {
        if !self.agreed_items.contains(&item) {
            return None;
        }
        item.answer_in(&self.agreed).map(|a| (a, item.note_in(&self.agreed)))
    }
}

/// `base` with every explicitly agreed item's answer written in; the
/// reason becomes the item's note (a blank reason keeps the note there
/// was). Items not agreed are left as they are. The result is normalised.
///
/// Where the answers go depends on what the session scored
/// ([`RoundTable::scored_for`]):
/// * the typical customer: into the base answers;
/// * a customer group: into that group's own answers. **Every** agreed item
///   becomes an answer of the group's own (it differs from the base from
///   then on, even where it happens to equal the base's answer now): the
///   group discussed this item for these people and settled it, so a later
///   change of the base must not silently change it. Their other answers
///   keep following the base;
/// * a group no longer in the assessment: nothing is written (`base`,
///   normalised).
///
/// Agreed lens questions go into the assessment's lenses (a session about a
/// group asks none).
pub fn apply_agreed(rt: &RoundTable, base: &Assessment) -> Assessment {
    let mut out = base.clone();
    let agreed = rt.agreed_items.iter().filter_map(|item| {
        let answer = item.answer_in(&rt.agreed)?;
        let reason = item.note_in(&rt.agreed);
        Some((*item, answer, (!reason.trim().is_empty()).then(|| reason.to_owned())))
    });
    match &rt.group {
        None => {
            for (item, answer, reason) in agreed {
                item.set_in(&mut out, Some(answer));
                if let Some(reason) = reason {
                    *item.note_mut(&mut out) = reason;
                }
            }
        }
        Some(id) => {
            if let Some(g) = out.group_mut(id) {
                for (item, answer, reason) in agreed.filter(|(i, ..)| !matches!(i, Item::Lens(..))) {
                    g.set_answer(item, Some(answer));
                    if let Some(reason) = reason {
                        g.set_note(item, reason);
                    }
                }
            }
        }
    }
    out.normalise();
    out
}
