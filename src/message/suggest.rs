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

use super::{Address, Analysis, Band};
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
    let f = &a.figures;
    // No ease without words.
    let ease = f.ease?;
    let mut reasons = Vec::new();
    if f.band() == Band::HarderThanB1 {
        reasons.push(Reason::HarderThanB1);
    }
    if ease < VERY_HARD_EASE {
        reasons.push(Reason::VeryHard);
    }
    if f.long_sentences > 0 {
        reasons.push(Reason::LongSentences(f.long_sentences));
    }
    let words = f.officialese + f.avoid;
    if words > 0 {
        reasons.push(Reason::Officialese(words));
    }
    if f.negations >= 2 {
        reasons.push(Reason::Negations(f.negations));
    }
    if f.passives >= 2 {
        reasons.push(Reason::Passives(f.passives));
    }
    if a.address == Address::No {
        reasons.push(Reason::NoAddress);
    }
    let level = Level::new(5u8.saturating_sub(reasons.len() as u8).max(1))?;
    Some(Suggestion { level, reasons })
}

/// The suggested Complexiteit step; `None` unless the text asks two or
/// more things.
pub fn complexity(a: &Analysis) -> Option<Suggestion> {
    let asks = a.figures.asks;
    let level = match asks {
        0..=1 => return None,
        2 => 3,
        _ => 2,
    };
    Some(Suggestion { level: Level::new(level)?, reasons: vec![Reason::Asks(asks)] })
}
