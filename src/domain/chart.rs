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
        format!("{},{}", fixed1(self.x), fixed1(self.y))
    }
}

/// `x` with one decimal ("12.5", "-0.3", "7.0"), as `format!("{x:.1}")`
/// writes it for the numbers a chart or an average has, but with integer
/// arithmetic: the program then carries none of the standard library's
/// float formatting (about 4 KB brotli). Rounds half away from zero;
/// not-a-number and the infinities give "0.0".
pub fn fixed1(x: f32) -> String {
    // In f64, x × 10 is exact for every f32, so only true ties round differently.
    let tenths = (f64::from(x) * 10.0).round();
    let tenths = if tenths.is_finite() { tenths as i64 } else { 0 };
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
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

/// Cosine and sine of the radar's axis angles, `-FRAC_PI_2 + i * TAU / 8`
/// in `f32`, bit for bit what `f32::cos` and `f32::sin` give for them (a
/// test checks on the host; the wasm32 build's libm gave the same bits when
/// the table was made). A table, so the program carries no trigonometry
/// (several KB).
const AXIS_COS_SIN: [(u32, u32); 8] = [
    (0xb33b_bd2e, 0xbf80_0000),
    (0x3f35_04f3, 0xbf35_04f3),
    (0x3f80_0000, 0x0000_0000),
    (0x3f35_04f4, 0x3f35_04f3),
    (0xb33b_bd2e, 0x3f80_0000),
    (0xbf35_04f3, 0x3f35_04f3),
    (0xbf80_0000, 0x3422_2169),
    (0xbf35_04f1, 0xbf35_04f5),
];

/// The point at `radius` from `center` on axis `i` of the eight, first axis straight up.
fn polar(center: Point, radius: f32, i: usize) -> Point {
    let (cos, sin) = AXIS_COS_SIN[i % 8];
    Point { x: center.x + radius * f32::from_bits(cos), y: center.y + radius * f32::from_bits(sin) }
}

/// Distance from the centre for a level: level 1 sits at a fifth of the radius.
pub fn level_radius(radius: f32, level: Level) -> f32 {
    radius * f32::from(level.get()) / f32::from(Level::MAX)
}

/// Radar geometry for an assessment. `margin` leaves room for labels.
pub fn radar(a: &Assessment, size: f32, margin: f32) -> Radar {
    radar_of(|d| a.dimension_level(d), size, margin)
}

/// Radar geometry for the levels `level` gives per dimension (a customer
/// group's, say, without building its whole assessment).
pub fn radar_of(level: impl Fn(DimensionId) -> Option<Level>, size: f32, margin: f32) -> Radar {
    let n = DimensionId::ALL.len();
    let center = Point { x: size / 2.0, y: size / 2.0 };
    let radius = size / 2.0 - margin;
    let axes = (0..n).map(|i| polar(center, radius, i)).collect();
    let labels = (0..n).map(|i| polar(center, radius + margin * 0.45, i)).collect();
    let rings = Level::all().map(|l| (0..n).map(|i| polar(center, level_radius(radius, l), i)).collect()).collect();
    let points: Vec<Option<Point>> = DimensionId::ALL
        .iter()
        .enumerate()
        .map(|(i, d)| level(*d).map(|l| polar(center, level_radius(radius, l), i)))
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

/// Splits a label into lines of at most `max` characters at spaces, so long
/// names ("Vertrouwen tot handelen") fit beside a chart. A single word longer
/// than `max` stays whole.
pub fn label_lines(label: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn axis_table_is_what_cos_and_sin_give() {
        assert_eq!(crate::domain::DimensionId::ALL.len(), super::AXIS_COS_SIN.len());
        for (i, (cos, sin)) in super::AXIS_COS_SIN.iter().enumerate() {
            let angle = -std::f32::consts::FRAC_PI_2 + (i as f32) * std::f32::consts::TAU / 8.0;
            assert_eq!((angle.cos().to_bits(), angle.sin().to_bits()), (*cos, *sin), "axis {i}");
        }
    }

    use super::*;

    #[test]
    fn label_lines_wrap_at_spaces() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("Tijd", 12, &["Tijd"]),
            ("Vertrouwen tot handelen", 12, &["Vertrouwen", "tot handelen"]),
            ("Individuele relevantie", 12, &["Individuele", "relevantie"]),
            ("Vooral de organisatie", 12, &["Vooral de", "organisatie"]),
            ("Supercalifragilistic word", 5, &["Supercalifragilistic", "word"]),
            ("", 10, &[]),
        ];
        for (label, max, want) in cases {
            assert_eq!(label_lines(label, *max), want.to_vec(), "{label}");
        }
    }

    #[test]
    fn radar_puts_levels_on_their_rings_and_unknowns_in_the_centre() {
        let mut a = Assessment::default();
        a.dimension_mut(DimensionId::Complexity).answer = Some(Answer::lv(5));
        a.dimension_mut(DimensionId::Time).answer = Some(Answer::Unknown);
        let r = radar(&a, 300.0, 50.0);
        assert_eq!(r.axes.len(), 8);
        assert_eq!(r.rings.len(), 5);
        // First axis points straight up; level 5 sits at the axis end.
        let p = r.points[0].unwrap();
        assert!((p.x - 150.0).abs() < 0.01 && (p.y - 50.0).abs() < 0.01, "{p:?}");
        assert_eq!(r.points[DimensionId::Time.index()], None);
        assert_eq!(r.shape[DimensionId::Time.index()], r.center);
    }

    #[test]
    fn value_map_quadrants() {
        let cases: &[(u8, u8, Quadrant)] = &[
            (5, 5, Quadrant::Mutual),
            (1, 5, Quadrant::MainlyOrganisation),
            (4, 2, Quadrant::MainlyCustomer),
            (2, 2, Quadrant::Little),
            (3, 3, Quadrant::Mutual),
        ];
        for (c, o, want) in cases {
            let mut a = Assessment::default();
            a.value_mut(ValueQuestion::CustomerValue).answer = Some(Answer::lv(*c));
            a.value_mut(ValueQuestion::OrgValue).answer = Some(Answer::lv(*o));
            assert_eq!(quadrant(&a), Some(*want), "{c},{o}");
            let m = value_map(&a, Point { x: 0.0, y: 0.0 }, 100.0);
            let p = m.point.unwrap();
            // Higher customer value is further right; higher org value is higher up.
            assert!((p.x - (f32::from(*c) - 0.5) * 20.0).abs() < 0.01);
            assert!((p.y - (100.0 - (f32::from(*o) - 0.5) * 20.0)).abs() < 0.01);
        }
        assert_eq!(quadrant(&Assessment::default()), None);
    }
}

/// `x` with at most two decimals and no trailing zeros ("1.5", "0.75",
/// "2"), for weights; integer arithmetic like [`fixed1`].
pub fn short2(x: f32) -> String {
    let hundredths = (f64::from(x) * 100.0).round();
    let h = if hundredths.is_finite() { hundredths as i64 } else { 0 };
    let sign = if h < 0 { "-" } else { "" };
    let (whole, frac) = (h.unsigned_abs() / 100, h.unsigned_abs() % 100);
    match (frac, frac % 10) {
        (0, _) => format!("{sign}{whole}"),
        (_, 0) => format!("{sign}{whole}.{}", frac / 10),
        _ => format!("{sign}{whole}.{frac:02}"),
    }
}

#[cfg(test)]
mod fixed1_tests {
    use super::fixed1;

    #[test]
    fn one_decimal_as_the_standard_library_writes_it_away_from_ties() {
        for i in -40_000..40_000 {
            let x = i as f32 * 0.0137;
            // Exact ties (x.x5) round away from zero here, to even there.
            if (f64::from(x) * 10.0).fract().abs() == 0.5 {
                continue;
            }
            assert_eq!(fixed1(x), format!("{x:.1}").replace("-0.0", "0.0"), "{x}");
        }
        let cases: &[(f32, &str)] = &[(0.0, "0.0"), (3.25, "3.3"), (-2.5, "-2.5"), (180.0, "180.0"), (f32::NAN, "0.0")];
        for (x, want) in cases {
            assert_eq!(fixed1(*x), *want);
        }
        let weights: &[(f32, &str)] =
            &[(1.0, "1"), (1.5, "1.5"), (0.75, "0.75"), (2.0, "2"), (1.05, "1.05"), (0.5, "0.5")];
        for (x, want) in weights {
            assert_eq!(super::short2(*x), *want);
            assert_eq!(super::short2(*x), format!("{x}"), "as the standard library writes a weight");
        }
    }
}
