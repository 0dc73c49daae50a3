//! The live result of each lens that is on: a card with its name, whether
//! it counts, its picture, its points in words and what to change. The
//! report (print, a shared link) shows the same cards, read-only, with each
//! lens's answers and the B = MAP table open.

use super::super::chart_svg::TableAlt;
use super::LensQuestions;
use crate::config::OrgLenses;
use crate::domain::chart::{axis_pos, fixed1, Point as Xy};
use crate::domain::lens::{self, bmap, LensAnswer, LensId, LensResult, Lenses, Point, Status};
use crate::domain::Level;
use crate::i18n::lens::{self as tl, SCALE};
use crate::i18n::{ui as t, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lenses: Rc<Lenses>,
    pub org: OrgLenses,
    pub lang: Lang,
    /// In the report: a section of its own (h2), and per card the answers.
    #[prop_or_default]
    pub report: bool,
}

/// A card per lens that is on. Rendered again only when the lenses, the
/// organisation's lens settings or the language change.
#[component]
pub fn LensResults(p: &ResultsProps) -> Html {
    if p.lenses.on.is_empty() {
        return html! {};
    }
    let results = lens::evaluate_all(&p.lenses, &p.org.rules().extra);
    let cards = results.iter().map(|r| card(r, p));
    let (h, id) = if p.report { ("h2", "r-lenses") } else { ("h3", "lens-results-title") };
    html! {
        <section class="lens-results" id={p.report.then_some("report-lenses")} aria-labelledby={id}>
            <@{h} {id}>{ tl::LENSES.get(p.lang) }</@>
            { for cards }
        </section>
    }
}

fn card(r: &LensResult, p: &ResultsProps) -> Html {
    let lang = p.lang;
    let l = r.lens;
    let key = l.key();
    let counts = if p.org.counting.has(l) { tl::LENS_COUNTS } else { tl::LENS_ADVISORY };
    let n = |s| r.count(s).to_string();
    let summary = tl::SUMMARY.fill(
        lang,
        &[
            ("met", &n(Status::Met)),
            ("risk", &n(Status::AtRisk)),
            ("broken", &n(Status::Broken)),
            ("open", &n(Status::Open)),
        ],
    );
    let extra = p.org.questions(l);
    let name = |pt: Point| match pt {
        Point::Extra(i) => extra.get(usize::from(i)).map_or(tl::point(pt).get(lang), |q| q.get(lang)).to_string(),
        _ => tl::point(pt).get(lang).to_string(),
    };
    let all: Vec<(Point, Status)> = r.points.clone();
    let picture = match l {
        LensId::GoldenRules => golden(r, &p.lenses, lang),
        LensId::BMap => bmap_chart(r, &p.lenses, p.report, lang),
        LensId::Moments => moments(&p.lenses, lang),
        LensId::PeaksEnds => peaks(&p.lenses, lang),
        LensId::Emotions => {
            let feeling = p.lenses.answer(l, "feeling");
            let good: Vec<_> = all.iter().filter(|(_, s)| *s == Status::Met).copied().collect();
            let bad: Vec<_> = all.iter().filter(|(_, s)| *s >= Status::AtRisk).copied().collect();
            html! {
                <>
                    <p class="lens-feeling">{ tl::FEELING.fill(lang, &[("feeling", &tl::answer_word(feeling, lang))]) }</p>
                    <h4>{ tl::SIGNS_GOOD.get(lang) }</h4>
                    { points(&good, &name, lang) }
                    <h4>{ tl::SIGNS_BAD.get(lang) }</h4>
                    { points(&bad, &name, lang) }
                </>
            }
        }
    };
    let list = if l == LensId::Emotions {
        html! {}
    } else {
        points(&all, &name, lang)
    };
    let answers = p.report.then(|| {
        let extra = extra.iter().map(|q| q.get(lang).to_string()).collect::<Vec<_>>();
        html! {
            <>
                <h4>{ tl::ANSWERS.get(lang) }</h4>
                <LensQuestions lens={l} lenses={p.lenses.clone()} {extra} on_answer={Callback::noop()} on_note={Callback::noop()} read_only=true {lang} />
            </>
        }
    });
    html! {
        <section id={format!("lens-result-{key}")} class="lens-card" data-worst={r.worst().key()} aria-labelledby={format!("lens-result-{key}-title")}>
            <@{if p.report { "h3" } else { "h4" }} id={format!("lens-result-{key}-title")}>{ tl::lens(l).name.get(lang) }</@>
            <p class="lens-counts hint">{ counts.get(lang) }</p>
            <p class="lens-summary">{ summary }</p>
            { picture }
            { list }
            <h4>{ tl::WHAT_TO_CHANGE.get(lang) }</h4>
            if r.advice.is_empty() {
                <p class="lens-advice empty">{ tl::NOTHING_TO_CHANGE.get(lang) }</p>
            } else {
                <ul class="lens-advice">{ for r.advice.iter().map(|a| html! { <li>{ tl::advice(*a).get(lang) }</li> }) }</ul>
            }
            { answers }
        </section>
    }
}

/// The mark beside a status: a shape as well as a colour.
fn mark(s: Status) -> &'static str {
    match s {
        Status::Met => "✓",
        Status::AtRisk => "!",
        Status::Broken => "✕",
        Status::Open => "?",
        Status::NotApplicable => "–",
    }
}

/// One point: a mark and its status in words beside its name.
fn point(key: Option<String>, name: String, s: Status, lang: Lang) -> Html {
    html! {
        <li class="lens-point" data-point={key} data-status={s.key()}>
            <span class="mark" aria-hidden="true">{ mark(s) }</span>
            <span>{ name }</span>
            <span class="status-word">{ tl::status(s).get(lang) }</span>
        </li>
    }
}

/// Points with their status in words.
fn points(ps: &[(Point, Status)], name: &dyn Fn(Point) -> String, lang: Lang) -> Html {
    if ps.is_empty() {
        return html! { <p class="hint">{ tl::NONE_YET.get(lang) }</p> };
    }
    html! { <ul class="lens-points">{ for ps.iter().map(|(pt, s)| point(Some(pt.key()), name(*pt), *s, lang)) }</ul> }
}

/// Golden rules: the contact plan (the channel with its expected answer
/// time, day, hour, contacts a week, answering in time), and its flags (the six rules are the points list below it).
#[inline(never)]
fn golden(r: &LensResult, ls: &Lenses, lang: Lang) -> Html {
    let plan = &ls.plan;
    let lines = crate::report::lens::plan_lines(plan, lang);
    let timed = plan.hour.is_some() || plan.per_week.is_some() || plan.day.is_some();
    html! {
        <div class="lens-plan-check" id="plan-check">
            <h5>{ tl::PLAN.get(lang) }</h5>
            if !lines.is_empty() {
                <ul class="plan-lines" id="plan-lines">{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            }
            if !r.flags.is_empty() {
                <ul class="lens-points" id="plan-flags">{ for r.flags.iter().map(|f| point(None, tl::flag(*f, lang), f.status(), lang)) }</ul>
            } else if timed {
                <p class="plan-ok">{ tl::PLAN_OK.get(lang) }</p>
            }
        </div>
    }
}

const O: Xy = Xy { x: 34.0, y: 8.0 };
const SIDE: f32 = 180.0;

/// B = MAP: the idea on Fogg's chart, with a table alternative.
#[inline(never)]
/// `open`: the table shown from the start (the report).
fn bmap_chart(r: &LensResult, ls: &Lenses, open: bool, lang: Lang) -> Html {
    let c = bmap::chart(O, SIDE, r.bmap.map(|(m, a, _)| (m, a)));
    let word = |key: &str| tl::answer_word(ls.answer(LensId::BMap, key), lang);
    let desc = match r.bmap {
        Some((m, a, place)) => format!(
            "{} {}",
            tl::BMAP_POINT.fill(
                lang,
                &[("m", &m.get().to_string()), ("mw", lvl(m, lang)), ("a", &a.get().to_string()), ("aw", lvl(a, lang))]
            ),
            tl::place(place).get(lang)
        ),
        None => tl::BMAP_UNPLACED.get(lang).to_string(),
    };
    let ticks = Level::all().map(|l| {
        let v = f32::from(l.get());
        let x = bmap::at(O, SIDE, v, 0.5);
        let y = bmap::at(O, SIDE, 0.5, v);
        html! {
            <>
                <text x={fixed1(x.x)} y={fixed1(O.y + SIDE + 12.0)} text-anchor="middle" class="tick">{ l.get() }</text>
                <text x={fixed1(O.x - 6.0)} y={fixed1(y.y + 4.0)} text-anchor="end" class="tick">{ l.get() }</text>
            </>
        }
    });
    let rows = vec![
        (tl::BMAP_MOTIVATION.get(lang), vec![word("motivation")]),
        (tl::BMAP_ABILITY.get(lang), vec![word("ability")]),
    ];
    let place_key = r.bmap.map_or("none", |(_, _, pl)| pl.key());
    html! {
        <figure class="chart bmap" data-place={place_key}>
            <svg id="bmap-chart" viewBox="0 0 224 226" role="img" aria-labelledby="bmap-title bmap-desc">
                <title id="bmap-title">{ tl::BMAP_CHART.get(lang) }</title>
                <desc id="bmap-desc">{ desc.clone() }</desc>
                <rect x={fixed1(O.x)} y={fixed1(O.y)} width={fixed1(SIDE)} height={fixed1(SIDE)} class="bmap-frame" />
                <path d={c.line} class="bmap-line" />
                <text x={fixed1(O.x + SIDE - 4.0)} y={fixed1(O.y + SIDE - 12.0)} text-anchor="end" class="bmap-line-label">{ tl::BMAP_LINE.get(lang) }</text>
                { for ticks }
                <text x={fixed1(O.x + SIDE / 2.0)} y={fixed1(O.y + SIDE + 28.0)} text-anchor="middle" class="axis-label">{ format!("{} →", tl::BMAP_ABILITY.get(lang)) }</text>
                <text transform={format!("translate(10 {}) rotate(-90)", fixed1(O.y + SIDE / 2.0))} text-anchor="middle" class="axis-label">{ format!("{} →", tl::BMAP_MOTIVATION.get(lang)) }</text>
                if let Some(pt) = c.point {
                    <circle id="bmap-point" cx={fixed1(pt.x)} cy={fixed1(pt.y)} r="8" class={classes!("bmap-point", place_key)} />
                }
            </svg>
            <figcaption id="bmap-place">{ desc }</figcaption>
            <TableAlt id="bmap-table" caption={tl::BMAP_CHART} corner={t::COL_QUESTION} head={vec![t::COL_ANSWER.get(lang).to_owned()]} {rows} {open} {lang} />
        </figure>
    }
}

fn lvl(l: Level, lang: Lang) -> &'static str {
    SCALE[usize::from(l.get() - 1)].get(lang)
}

/// Moments that matter: the journey as a timeline, the idea's step marked.
#[inline(never)]
fn moments(ls: &Lenses, lang: Lang) -> Html {
    let j = &ls.journey;
    if j.steps.is_empty() {
        return html! { <p class="hint">{ tl::JOURNEY_EMPTY.get(lang) }</p> };
    }
    let at = j.at.map(usize::from);
    let where_ = match j.at_step() {
        Some(s) => {
            let n = usize::from(j.at.unwrap_or_default()) + 1;
            tl::STEP_IDEA_AT.fill(lang, &[("n", &n.to_string()), ("name", &tl::step_name(&s.name, n, lang))])
        }
        None => tl::STEP_IDEA_NOWHERE.get(lang).to_string(),
    };
    html! {
        <>
            <ol class="timeline" id="journey-timeline" aria-label={tl::JOURNEY.get(lang)}>
                { for j.steps.iter().enumerate().map(|(i, s)| {
                    let idea = at == Some(i);
                    let kind = if s.matters { tl::STEP_MATTERS } else { tl::STEP_INTERNAL };
                    html! {
                        <li class={classes!(if s.matters { "matters" } else { "internal" }, idea.then_some("idea"))}>
                            <span class="step-name">{ tl::step_name(&s.name, i + 1, lang) }</span>
                            <span class="step-kind">{ kind.get(lang) }</span>
                            if idea {
                                <strong class="step-idea">{ tl::STEP_IDEA_HERE.get(lang) }</strong>
                            }
                        </li>
                    }
                }) }
            </ol>
            <p id="journey-at">{ where_ }</p>
        </>
    }
}

/// Peaks and ends: the feeling before and during, as a small line.
#[inline(never)]
fn peaks(ls: &Lenses, lang: Lang) -> Html {
    let level = |key: &str| ls.answer(LensId::PeaksEnds, key).and_then(LensAnswer::level);
    let (h, top) = (60.0, 6.0);
    let pos = |x: f32, l: Level| Xy { x, y: top + h - axis_pos(h, l) };
    let pts: Vec<Xy> = [(40.0, level("before")), (150.0, level("during"))]
        .into_iter()
        .filter_map(|(x, l)| l.map(|l| pos(x, l)))
        .collect();
    let text = tl::PEAKS_LINE.fill(
        lang,
        &[
            ("before", &tl::answer_word(ls.answer(LensId::PeaksEnds, "before"), lang)),
            ("during", &tl::answer_word(ls.answer(LensId::PeaksEnds, "during"), lang)),
        ],
    );
    html! {
        <figure class="chart peaks">
            <svg id="peaks-chart" viewBox="0 0 190 86" role="img" aria-label={format!("{}. {text}", tl::PEAKS_CURVE.get(lang))}>
                <line x1="20" y1={fixed1(top + h)} x2="170" y2={fixed1(top + h)} class="peaks-base" />
                if pts.len() == 2 {
                    <polyline points={pts.iter().map(|p| p.svg()).collect::<Vec<_>>().join(" ")} class="peaks-line" />
                }
                { for pts.iter().map(|p| html! { <circle cx={fixed1(p.x)} cy={fixed1(p.y)} r="5" class="peaks-point" /> }) }
                <text x="40" y="82" text-anchor="middle" class="tick">{ tl::PEAKS_BEFORE.get(lang) }</text>
                <text x="150" y="82" text-anchor="middle" class="tick">{ tl::PEAKS_DURING.get(lang) }</text>
            </svg>
            <figcaption id="peaks-text">{ text }</figcaption>
        </figure>
    }
}
