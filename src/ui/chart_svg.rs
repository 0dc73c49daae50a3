//! The charts as SVG: the radar of the eight dimensions (one assessment, or
//! several overlaid), and the value-versus-values picture. Each comes with
//! a table alternative. Geometry comes from `domain::chart`.

use crate::domain::chart::fixed1;
use crate::domain::chart::{self, Point, Quadrant};
use crate::domain::*;
use crate::explain;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang, Text};
use yew::prelude::*;

/// SVG text wrapped over lines (see `chart::label_lines`), vertically centred on `y`.
fn multiline_text(
    x: f32,
    y: f32,
    anchor: &'static str,
    class: &'static str,
    text: &str,
    max: usize,
    line_h: f32,
) -> Html {
    let lines = chart::label_lines(text, max);
    let first_y = y - line_h * (lines.len().saturating_sub(1) as f32) / 2.0;
    html! {
        <text x={fixed1(x)} y={fixed1(first_y)} text-anchor={anchor} class={class}>
            { for lines.into_iter().enumerate().map(|(i, l)| html! {
                <tspan x={fixed1(x)} dy={if i == 0 { "0".to_string() } else { fixed1(line_h) }}>{ l }</tspan>
            }) }
        </text>
    }
}

#[derive(Properties, PartialEq)]
pub struct TableAltProps {
    pub id: &'static str,
    pub caption: Text,
    /// The first column's heading; its cells name the rows.
    pub corner: Text,
    /// A heading per further column.
    pub head: Vec<String>,
    pub rows: Vec<(&'static str, Vec<String>)>,
    /// Open from the start (a report shows it, also in print).
    #[prop_or_default]
    pub open: bool,
    pub lang: Lang,
}

/// A chart's table alternative, folded away unless `open`; its rows are
/// only built while it is open.
#[component]
pub fn TableAlt(p: &TableAltProps) -> Html {
    let open = use_state_eq(|| p.open);
    let ontoggle = {
        let open = open.clone();
        super::widgets::on_toggle(move |o| open.set(o))
    };
    let lang = p.lang;
    html! {
        <details class="table-alt" open={*open} {ontoggle}>
            <summary>{ t::SHOW_TABLE.get(lang) }</summary>
            if *open {
                <div class="table-scroll">
                    <table id={p.id}>
                        <caption>{ p.caption.get(lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ p.corner.get(lang) }</th>
                            { for p.head.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                        </tr></thead>
                        <tbody>{ for p.rows.iter().map(|(k, cells)| html! {
                            <tr><th scope="row">{ *k }</th>{ for cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }</tr>
                        }) }</tbody>
                    </table>
                </div>
            }
        </details>
    }
}

fn points(ps: &[Point]) -> String {
    ps.iter().map(|p| p.svg()).collect::<Vec<_>>().join(" ")
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    lang: Lang,
}

/// A radar's rings, axes and dimension names: the same whatever the
/// scores, so rendered again only when the language changes.
#[component]
fn Frame(p: &FrameProps) -> Html {
    let r = chart::radar_of(|_| None, SIZE, MARGIN);
    let labels = DimensionId::ALL.iter().zip(&r.labels).map(|(d, pt)| {
        let anchor = if (pt.x - r.center.x).abs() < 4.0 {
            "middle"
        } else if pt.x < r.center.x {
            "end"
        } else {
            "start"
        };
        multiline_text(
            pt.x,
            pt.y + 4.0,
            anchor,
            "radar-label",
            framework::dimension_brief(*d).name.get(p.lang),
            12,
            14.0,
        )
    });
    html! {
        <>
            { for r.rings.iter().map(|ring| html! { <polygon points={points(ring)} class="radar-ring" /> }) }
            { for r.axes.iter().map(|pt| html! {
                <line x1={fixed1(r.center.x)} y1={fixed1(r.center.y)} x2={fixed1(pt.x)} y2={fixed1(pt.y)} class="radar-axis" />
            }) }
            { for labels }
        </>
    }
}

pub fn radar(a: &Assessment, lang: Lang) -> Html {
    let r = chart::radar(a, SIZE, MARGIN);
    let markers = r.points.iter().map(|p| match p {
        Some(p) => html! { <circle cx={fixed1(p.x)} cy={fixed1(p.y)} r="4" class="radar-point" /> },
        None => html! { <circle cx={fixed1(r.center.x)} cy={fixed1(r.center.y)} r="6" class="radar-unknown" /> },
    });
    let rows = DimensionId::ALL.iter().map(|d| {
        let answer = match a.dimension(*d).answer {
            None => t::NOT_ANSWERED.get(lang).to_string(),
            Some(Answer::Unknown) => t::UNKNOWN.get(lang).to_string(),
            Some(Answer::Level(l)) => explain::level_word(l, lang),
        };
        (framework::dimension_brief(*d).name.get(lang), vec![answer])
    });
    html! {
        <figure class="chart">
            <figcaption><h3>{ t::RADAR_TITLE.get(lang) }</h3></figcaption>
            <svg id="radar" viewBox={format!("-60 0 {} {SIZE}", SIZE + 120.0)} role="img" aria-labelledby="radar-title radar-desc">
                <title id="radar-title">{ t::RADAR_TITLE.get(lang) }</title>
                <desc id="radar-desc">{ t::RADAR_DESC.get(lang) }</desc>
                <Frame {lang} />
                <polygon points={points(&r.shape)} class="radar-shape" />
                { for markers }
            </svg>
            <TableAlt id="radar-table" caption={t::RADAR_TITLE} corner={t::COL_DIMENSION} head={vec![t::COL_STEP.get(lang).to_owned()]} rows={rows.collect::<Vec<_>>()} {lang} />
        </figure>
    }
}

fn value_answer(a: &Assessment, q: ValueQuestion, lang: Lang) -> String {
    match a.value(q).answer {
        None => t::NOT_ANSWERED.get(lang).to_string(),
        Some(Answer::Unknown) => t::UNKNOWN.get(lang).to_string(),
        Some(Answer::Level(l)) => {
            format!("{} {}", l.get(), framework::value_scale(q)[usize::from(l.get() - 1)].get(lang))
        }
    }
}

pub fn value_map(a: &Assessment, lang: Lang) -> Html {
    let origin = Point { x: 40.0, y: 10.0 };
    let side = 200.0;
    let m = chart::value_map(a, origin, side);
    let half = side / 2.0;
    let quadrant_label =
        |x: f32, y: f32, text: &'static str| multiline_text(x, y, "middle", "quadrant-label", text, 14, 11.0);
    let position = match chart::quadrant(a) {
        Some(Quadrant::Mutual) => t::QUADRANT_MUTUAL,
        Some(Quadrant::MainlyOrganisation) => t::QUADRANT_ORG,
        Some(Quadrant::MainlyCustomer) => t::QUADRANT_CUSTOMER,
        Some(Quadrant::Little) => t::QUADRANT_LITTLE,
        None => t::QUADRANT_UNKNOWN,
    };
    let fit_bar = |q: ValueQuestion, y: f32, label: &'static str| {
        let width = a.value_level(q).map(|l| side * f32::from(l.get()) / 5.0).unwrap_or(0.0);
        let level_class = a.value_level(q).map(|l| format!("fit-{}", l.get())).unwrap_or_else(|| "fit-none".into());
        html! {
            <g>
                <text x={fixed1(origin.x)} y={fixed1(y - 4.0)} class="bar-label">{ label }</text>
                <rect x={fixed1(origin.x)} y={fixed1(y)} width={fixed1(side)} height="12" class="bar-track" />
                <rect x={fixed1(origin.x)} y={fixed1(y)} width={fixed1(width)} height="12" class={classes!("bar-fill", level_class)} />
            </g>
        }
    };
    let flags_raised: Vec<&str> = RedFlag::ALL
        .iter()
        .filter(|f| a.flag(**f).answer == Some(FlagAnswer::Yes))
        .map(|f| framework::flag_brief(*f).name.get(lang))
        .collect();
    let rows =
        ValueQuestion::ALL.iter().map(|q| (framework::value_brief(*q).name.get(lang), vec![value_answer(a, *q, lang)]));
    html! {
        <figure class="chart">
            <figcaption><h3>{ t::VALUE_MAP_TITLE.get(lang) }</h3></figcaption>
            <svg id="value-map" viewBox="0 0 260 300" role="img" aria-labelledby="vm-title vm-desc">
                <title id="vm-title">{ t::VALUE_MAP_TITLE.get(lang) }</title>
                <desc id="vm-desc">{ t::VALUE_MAP_DESC.get(lang) }</desc>
                <rect x={fixed1(origin.x)} y={fixed1(origin.y)} width={fixed1(half)} height={fixed1(half)} class="q q-org" />
                <rect x={fixed1(origin.x + half)} y={fixed1(origin.y)} width={fixed1(half)} height={fixed1(half)} class="q q-mutual" />
                <rect x={fixed1(origin.x)} y={fixed1(origin.y + half)} width={fixed1(half)} height={fixed1(half)} class="q q-little" />
                <rect x={fixed1(origin.x + half)} y={fixed1(origin.y + half)} width={fixed1(half)} height={fixed1(half)} class="q q-customer" />
                { quadrant_label(origin.x + half / 2.0, origin.y + 16.0, t::QUADRANT_ORG.get(lang)) }
                { quadrant_label(origin.x + half * 1.5, origin.y + 16.0, t::QUADRANT_MUTUAL.get(lang)) }
                { quadrant_label(origin.x + half / 2.0, origin.y + side - 20.0, t::QUADRANT_LITTLE.get(lang)) }
                { quadrant_label(origin.x + half * 1.5, origin.y + side - 20.0, t::QUADRANT_CUSTOMER.get(lang)) }
                <text x={fixed1(origin.x + half)} y={fixed1(origin.y + side + 16.0)} text-anchor="middle" class="axis-label">{ format!("{} →", t::AXIS_CUSTOMER.get(lang)) }</text>
                <text transform={format!("translate(14 {}) rotate(-90)", fixed1(origin.y + half))} text-anchor="middle" class="axis-label">{ format!("{} →", t::AXIS_ORG.get(lang)) }</text>
                if let Some(p) = m.point {
                    <circle cx={fixed1(p.x)} cy={fixed1(p.y)} r="9" class="value-point" />
                }
                { fit_bar(ValueQuestion::CustomerValuesFit, origin.y + side + 46.0, t::FIT_CUSTOMER.get(lang)) }
                { fit_bar(ValueQuestion::OrgValuesFit, origin.y + side + 82.0, t::FIT_ORG.get(lang)) }
            </svg>
            <p class="quadrant" id="quadrant">{ position.get(lang) }</p>
            <div class="flags-raised">
                <h4>{ t::FLAGS_RAISED.get(lang) }</h4>
                if flags_raised.is_empty() {
                    <p>{ t::FLAGS_NONE.get(lang) }</p>
                } else {
                    <ul>{ for flags_raised.iter().map(|n| html! { <li>{ *n }</li> }) }</ul>
                }
            </div>
            <TableAlt id="value-table" caption={t::VALUE_MAP_TITLE} corner={t::COL_QUESTION} head={vec![t::COL_ANSWER.get(lang).to_owned()]} rows={rows.collect::<Vec<_>>()} {lang} />
        </figure>
    }
}

/// Several assessments' radars on one chart, each with its own colour and
/// line style, labelled A, B, C, D, with a table alternative.
pub fn radar_overlay(items: &[(&str, &Assessment)], lang: Lang) -> Html {
    let series: Vec<Series> = items
        .iter()
        .map(|(label, a)| {
            let r = chart::radar(a, SIZE, MARGIN);
            let marked = r.points.iter().map(Option::is_some).collect();
            Series { label: label.to_string(), radar: r, marked }
        })
        .collect();
    overlay("radar-overlay", t::COMPARE_RADAR_DESC, &series, lang)
}

/// One radar of an overlay: its label (a test hook), its geometry, and per
/// dimension whether its point gets the series' marker.
pub struct Series {
    pub label: String,
    pub radar: chart::Radar,
    pub marked: Vec<bool>,
}

const SIZE: f32 = 320.0;
const MARGIN: f32 = 62.0;

/// Offsets of the marker shapes after the circle: square, diamond, triangle.
const SHAPES: [&[(f32, f32)]; 3] = [
    &[(-3.2, -3.2), (3.2, -3.2), (3.2, 3.2), (-3.2, 3.2)],
    &[(0.0, -4.4), (4.4, 0.0), (0.0, 4.4), (-4.4, 0.0)],
    &[(0.0, -4.6), (4.2, 3.2), (-4.2, 3.2)],
];

/// A point of series `i`: a circle, square, diamond or triangle, so the
/// series differ in shape as well as in colour and line style.
fn marker(i: usize, p: Point) -> Html {
    match i % 4 {
        0 => html! { <circle cx={fixed1(p.x)} cy={fixed1(p.y)} r="3.5" class="overlay-point" /> },
        k => {
            let pts: Vec<Point> = SHAPES[k - 1].iter().map(|(dx, dy)| Point { x: p.x + dx, y: p.y + dy }).collect();
            html! { <polygon points={points(&pts)} class="overlay-point" /> }
        }
    }
}

/// The key of series `i` for a legend: its line and marker.
pub fn series_key(i: usize) -> Html {
    html! {
        <svg class={format!("key series series-{i}")} viewBox="0 0 36 12" aria-hidden="true">
            <line x1="2" y1="6" x2="34" y2="6" class="overlay-shape" />
            { marker(i, Point { x: 18.0, y: 6.0 }) }
        </svg>
    }
}

/// Radars on one chart, series `i` styled `series-{i}`.
pub fn overlay(id: &str, desc: Text, series: &[Series], lang: Lang) -> Html {
    let shapes = series.iter().enumerate().map(|(i, s)| {
        let marks = s.radar.points.iter().zip(&s.marked).filter_map(|(p, m)| p.filter(|_| *m));
        html! {
            <g class={format!("series series-{i}")} data-series={s.label.clone()}>
                <polygon points={points(&s.radar.shape)} class="overlay-shape" />
                { for marks.map(|p| marker(i, p)) }
            </g>
        }
    });
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    html! {
        <svg id={id.to_string()} viewBox={format!("-60 0 {} {SIZE}", SIZE + 120.0)} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ t::RADAR_TITLE.get(lang) }</title>
            <desc id={desc_id}>{ desc.get(lang) }</desc>
            <Frame {lang} />
            { for shapes }
        </svg>
    }
}
