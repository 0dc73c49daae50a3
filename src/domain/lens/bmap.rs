//! Fogg's behaviour model, B = MAP: behaviour happens when motivation and
//! ability are high enough at the moment of a prompt. The chart puts
//! ability (across, 1–5) against motivation (up, 1–5); the action line is
//! the curve motivation × ability = [`ACTION_LINE`]. A proactive message is
//! the prompt: above the line it can work, below it it fails or annoys.

use super::super::chart::Point;
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

/// The B = MAP chart in SVG units, for a plotting square with its top-left
/// corner at `origin` and sides of `side`: ability across, motivation up,
/// each step 1–5 in the middle of its fifth (as `chart::axis_pos`).
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The action line as an SVG path ("M x,y L x,y …").
    pub line: String,
    /// The idea, when motivation and ability are both known.
    pub point: Option<Point>,
}

/// Where motivation `m` and ability `a` (chart units, 0.5–5.5) are drawn.
pub fn at(origin: Point, side: f32, a: f32, m: f32) -> Point {
    let pos = |v: f32| side * (v - 0.5) / 5.0;
    Point { x: origin.x + pos(a), y: origin.y + side - pos(m) }
}

/// The chart for the idea's motivation and ability, when known.
pub fn chart(origin: Point, side: f32, placed: Option<(Level, Level)>) -> Chart {
    let line = action_line()
        .into_iter()
        .enumerate()
        .map(|(i, (a, m))| format!("{}{}", if i == 0 { 'M' } else { 'L' }, at(origin, side, a, m).svg()))
        .collect::<Vec<_>>()
        .join(" ");
    let point = placed.map(|(m, a)| at(origin, side, f32::from(a.get()), f32::from(m.get())));
    Chart { line, point }
}

#[cfg(test)]
mod tests {
    use super::*;

    const O: Point = Point { x: 40.0, y: 10.0 };

    #[test]
    fn the_idea_and_the_action_line_land_where_their_steps_are() {
        let lv = |n| Level::new(n).unwrap();
        // (motivation, ability, where the point is drawn in a square of 100 at (40, 10))
        let cases = [
            (1, 1, (50.0, 100.0)),
            (5, 5, (130.0, 20.0)),
            (5, 1, (50.0, 20.0)),
            (1, 5, (130.0, 100.0)),
            (3, 4, (110.0, 60.0)),
        ];
        for (m, a, (x, y)) in cases {
            let c = chart(O, 100.0, Some((lv(m), lv(a))));
            assert_eq!(c.point, Some(Point { x, y }), "motivation {m}, ability {a}");
        }
        assert_eq!(chart(O, 100.0, None).point, None);
        // The line runs from motivation 5 (ability 1.8) to ability 5 (motivation 1.8).
        let c = chart(O, 100.0, None);
        assert!(c.line.starts_with("M66.0,20.0 L"), "{}", c.line);
        assert!(c.line.ends_with("L130.0,84.0"), "{}", c.line);
        assert_eq!(c.line.matches('L').count(), 12);
    }

    #[test]
    fn places_follow_the_product_of_motivation_and_ability() {
        let lv = |n| Level::new(n).unwrap();
        let cases = [
            (5, 5, Place::Above),
            (3, 4, Place::Above),
            (3, 3, Place::Near),
            (4, 2, Place::Near),
            (2, 3, Place::Below),
            (1, 5, Place::Below),
        ];
        for (m, a, want) in cases {
            assert_eq!(place(lv(m), lv(a)), want, "{m} × {a}");
        }
    }
}
