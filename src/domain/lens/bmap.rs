//! Fogg's behaviour model, B = MAP: behaviour happens when motivation and
//! ability are high enough at the moment of a prompt. The chart puts
//! ability (across, 1–5) against motivation (up, 1–5); the action line is
//! the curve motivation × ability = [`ACTION_LINE`]. A proactive message is
//! the prompt: above the line it can work, below it it fails or annoys.

use super::super::Level;

/// Motivation × ability on the action line.
pub const ACTION_LINE: u8 = 9;
/// At or above this product the idea is clearly above the line; from
/// [`NEAR_FROM`] up to it, the idea is near the line.
pub const ABOVE_FROM: u8 = 12;
pub const NEAR_FROM: u8 = 8;

/// Where the idea sits against the action line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Above,
    Near,
    Below,
}

impl Place {
    pub fn key(self) -> &'static str {
        match self {
            Place::Above => "above",
            Place::Near => "near",
            Place::Below => "below",
        }
    }
}

/// The place of motivation `m` and ability `a` against the action line.
pub fn place(m: Level, a: Level) -> Place {
    let p = m.get() * a.get();
    if p >= ABOVE_FROM {
        Place::Above
    } else if p >= NEAR_FROM {
        Place::Near
    } else {
        Place::Below
    }
}

/// Points of the action line in chart units (ability, motivation), from
/// where it enters the chart at motivation 5 to where it leaves at ability 5.
pub fn action_line() -> Vec<(f32, f32)> {
    let line = f32::from(ACTION_LINE);
    let from = line / 5.0;
    (0..=12).map(|i| from + (5.0 - from) * i as f32 / 12.0).map(|a| (a, line / a)).collect()
}
