//! Geometry of the charts, computed here so it can be tested natively; the
//! UI only turns these numbers into SVG.

use super::model::*;

/// A point in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    /// "x,y" with one decimal, for SVG attributes.
    pub fn svg(self) -> String {
        format!("{:.1},{:.1}", self.x, self.y)
    }
}

/// A radar (spider) chart of the eight dimensions in a square of `size`.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub center: Point,
    pub radius: f32,
    /// End of each axis, in `DimensionId::ALL` order, first axis straight up.
    pub axes: Vec<Point>,
    /// Concentric rings, one per level 1..=5, as closed polygons.
    pub rings: Vec<Vec<Point>>,
    /// The scored polygon: known dimensions at their level; unknown ones at
    /// the centre so the shape shows the gap instead of guessing.
    pub shape: Vec<Point>,
    /// Per dimension: its point, or `None` when not known.
    pub points: Vec<Option<Point>>,
    /// Where each axis label goes, slightly outside the axis end.
    pub labels: Vec<Point>,
}

fn polar(center: Point, radius: f32, i: usize, n: usize) -> Point {
    let angle = -std::f32::consts::FRAC_PI_2 + (i as f32) * std::f32::consts::TAU / n as f32;
    Point { x: center.x + radius * angle.cos(), y: center.y + radius * angle.sin() }
}

/// Distance from the centre for a level: level 1 sits at a fifth of the radius.
pub fn level_radius(radius: f32, level: Level) -> f32 {
    radius * f32::from(level.get()) / f32::from(Level::MAX)
}

/// Radar geometry for an assessment. `margin` leaves room for labels.
pub fn radar(a: &Assessment, size: f32, margin: f32) -> Radar {
    let n = DimensionId::ALL.len();
    let center = Point { x: size / 2.0, y: size / 2.0 };
    let radius = size / 2.0 - margin;
    let axes = (0..n).map(|i| polar(center, radius, i, n)).collect();
    let labels = (0..n).map(|i| polar(center, radius + margin * 0.45, i, n)).collect();
    let rings = Level::all().map(|l| (0..n).map(|i| polar(center, level_radius(radius, l), i, n)).collect()).collect();
    let points: Vec<Option<Point>> = DimensionId::ALL
        .iter()
        .enumerate()
        .map(|(i, d)| a.dimension_level(*d).map(|l| polar(center, level_radius(radius, l), i, n)))
        .collect();
    let shape = points.iter().map(|p| p.unwrap_or(center)).collect();
    Radar { center, radius, axes, rings, shape, points, labels }
}

/// The value picture: customer value (x) against organisation value (y).
#[derive(Clone, Debug, PartialEq)]
pub struct ValueMap {
    /// The plotting square's origin (top-left) and side.
    pub origin: Point,
    pub side: f32,
    /// The idea's position, when both values are known.
    pub point: Option<Point>,
}

/// Which quadrant of the value picture an idea falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High value for both.
    Mutual,
    /// Mainly the organisation profits.
    MainlyOrganisation,
    /// Mainly the customer profits.
    MainlyCustomer,
    /// Little value for either.
    Little,
}

/// Position on an axis of `side` for a level: 1 at the start, 5 at the end.
pub fn axis_pos(side: f32, level: Level) -> f32 {
    side * (f32::from(level.get()) - 0.5) / f32::from(Level::MAX)
}

pub fn value_map(a: &Assessment, origin: Point, side: f32) -> ValueMap {
    let c = a.value_level(ValueQuestion::CustomerValue);
    let o = a.value_level(ValueQuestion::OrgValue);
    let point = match (c, o) {
        (Some(c), Some(o)) => Some(Point { x: origin.x + axis_pos(side, c), y: origin.y + side - axis_pos(side, o) }),
        _ => None,
    };
    ValueMap { origin, side, point }
}

/// The quadrant, when both values are known. Step 3 counts as high.
pub fn quadrant(a: &Assessment) -> Option<Quadrant> {
    let c = a.value_level(ValueQuestion::CustomerValue)?.get() >= 3;
    let o = a.value_level(ValueQuestion::OrgValue)?.get() >= 3;
    Some(match (c, o) {
        (true, true) => Quadrant::Mutual,
        (false, true) => Quadrant::MainlyOrganisation,
        (true, false) => Quadrant::MainlyCustomer,
        (false, false) => Quadrant::Little,
    })
}
