//! Lenses in the Markdown report and in compare (issue 14): per lens that
//! is on, whether it counts, its source, its points with their status, its
//! picture in words (the contact plan, the B = MAP place, the journey, the
//! feeling before and during, the signs of authenticity), what to change and
//! the answered questions; and the lenses' points side by side for compare.
//!
//! User text (notes, journey steps, the organisation's own questions) goes
//! through `escape_*`; the product's texts through `own`.

use super::doc::{bold, own_all, Doc};
use super::escape::{escape_cell, escape_inline, own};
use crate::config::OrgConfig;
use crate::domain::lens::{self, ContactPlan, LensId, LensResult, Lenses, Point, Status};
use crate::domain::{Assessment, Level};
use crate::i18n::lens as tl;
use crate::i18n::{ui as t, Lang, Text};

fn scale_word(l: Level) -> Text {
    tl::SCALE[usize::from(l.get() - 1)]
}

/// A point's name; for the organisation's extra question, its own text
/// (user text: escape it in Markdown).
pub fn point_name(org: &OrgConfig, l: LensId, p: Point, lang: Lang) -> String {
    match p {
        Point::Extra(i) => org.lenses.questions(l).get(usize::from(i)).map(|q| q.get(lang).to_owned()),
        _ => None,
    }
    .unwrap_or_else(|| tl::point(p).get(lang).to_owned())
}

/// "2 met, 1 at risk, 0 broken, 1 open".
pub fn summary(r: &LensResult, lang: Lang) -> String {
    let n = |s| r.count(s).to_string();
    tl::SUMMARY.fill(
        lang,
        &[
            ("met", &n(Status::Met)),
            ("risk", &n(Status::AtRisk)),
            ("broken", &n(Status::Broken)),
            ("open", &n(Status::Open)),
        ],
    )
}

/// The section "Lenses" of the report: nothing when no lens is on.
pub(super) fn section(doc: &mut Doc, a: &Assessment, org: &OrgConfig, lang: Lang) {
    let results = lens::evaluate_all(&a.lenses, &org.lenses.rules().extra);
    if results.is_empty() {
        return;
    }
    doc.heading(2, &own(tl::LENSES.get(lang)));
    for r in &results {
        one(doc, &a.lenses, r, org, lang);
    }
}

fn one(doc: &mut Doc, ls: &Lenses, r: &LensResult, org: &OrgConfig, lang: Lang) {
    let l = r.lens;
    let def = tl::lens(l);
    doc.heading(3, &own(def.name.get(lang)));
    let counts = if org.lenses.counting.has(l) { tl::LENS_COUNTS } else { tl::LENS_ADVISORY };
    doc.para(&format!("{}  \n{}", own(counts.get(lang)), own(&summary(r, lang))));
    doc.para(&format!("{} {}", bold(&format!("{}:", tl::SOURCE.get(lang))), own(def.source.get(lang))));
    let rows =
        r.points.iter().map(|(p, s)| vec![escape_cell(&point_name(org, l, *p, lang)), own(tl::status(*s).get(lang))]);
    doc.table(&own_all(&[tl::POINT, tl::STATUS], lang), rows);

    picture(doc, ls, r, org, lang);

    doc.para(&bold(tl::WHAT_TO_CHANGE.get(lang)));
    if r.advice.is_empty() {
        doc.para(&own(tl::NOTHING_TO_CHANGE.get(lang)));
    } else {
        doc.list(r.advice.iter().map(|x| own(tl::advice(*x).get(lang))));
    }

    // The answered questions, built-in then the organisation's own.
    let extra = org.lenses.questions(l);
    let asked = lens::questions(l)
        .iter()
        .zip(tl::lens(l).questions)
        .map(|(q, text)| (q.key.to_owned(), own(text.get(lang))))
        .chain(extra.iter().enumerate().map(|(i, q)| (lens::extra_key(i), escape_cell(q.get(lang)))));
    let rows: Vec<Vec<String>> = asked
        .filter_map(|(key, question)| {
            let e = ls.entry(l, &key);
            (e.answer.is_some() || !e.note.trim().is_empty())
                .then(|| vec![question, own(&tl::answer_word(e.answer, lang)), escape_cell(&e.note)])
        })
        .collect();
    if !rows.is_empty() {
        doc.table(&own_all(&[t::COL_QUESTION, t::COL_ANSWER, t::NOTE], lang), rows);
    }
}

/// The contact plan in lines of plain text (the product's words only):
/// the channel with the answer time customers expect on it, the day, the
/// hour, the contacts a week, whether the channel answers in time. For the
/// Markdown report and the report's view of the golden rules.
pub fn plan_lines(p: &ContactPlan, lang: Lang) -> Vec<String> {
    let line = |label: Text, value: &str| format!("{}: {value}", label.get(lang));
    let mut items = Vec::new();
    if let Some(c) = p.channel {
        let expect = tl::plan_expect(c, lang);
        items.push(format!("{}. {expect}", line(tl::PLAN_CHANNEL, tl::channel(c).get(lang))));
    }
    if let Some(d) = p.day {
        items.push(line(tl::PLAN_DAY, tl::day(d).get(lang)));
    }
    if let Some(h) = p.hour {
        items.push(line(tl::PLAN_HOUR, &tl::hour(h)));
    }
    if let Some(n) = p.per_week {
        items.push(line(tl::PLAN_PER_WEEK, &n.to_string()));
    }
    if let Some(a) = p.in_time {
        items.push(format!("{} {}", tl::PLAN_IN_TIME.get(lang), t::flag_answer(a).get(lang)));
    }
    items
}

/// Each lens's picture in words.
fn picture(doc: &mut Doc, ls: &Lenses, r: &LensResult, org: &OrgConfig, lang: Lang) {
    let answer = |key: &str| tl::answer_word(ls.answer(r.lens, key), lang);
    match r.lens {
        LensId::GoldenRules => {
            doc.para(&bold(tl::PLAN.get(lang)));
            let p = &ls.plan;
            if p.is_empty() {
                return doc.para(&own(crate::i18n::report::NOT_FILLED_IN.get(lang)));
            }
            let items: Vec<String> = plan_lines(p, lang).iter().map(|l| own(l)).collect();
            doc.para(&items.join("  \n"));
            if r.flags.is_empty() {
                doc.para(&own(tl::PLAN_OK.get(lang)));
            } else {
                doc.list(r.flags.iter().map(|f| own(&tl::flag(*f, lang))));
            }
        }
        LensId::BMap => {
            doc.para(&bold(tl::BMAP_CHART.get(lang)));
            doc.para(&own(&match r.bmap {
                Some((m, a, place)) => {
                    let (mw, aw) = (scale_word(m).get(lang).to_owned(), scale_word(a).get(lang).to_owned());
                    let at = [("m", &m.get().to_string()), ("mw", &mw), ("a", &a.get().to_string()), ("aw", &aw)];
                    let at: Vec<(&str, &str)> = at.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    format!("{} {}", tl::BMAP_POINT.fill(lang, &at), tl::place(place).get(lang))
                }
                None => tl::BMAP_UNPLACED.get(lang).to_owned(),
            }));
        }
        LensId::Moments => {
            doc.para(&bold(tl::JOURNEY.get(lang)));
            let j = &ls.journey;
            let steps = j.steps.iter().enumerate().map(|(i, s)| {
                let n = tl::STEP.fill(lang, &[("n", &(i + 1).to_string())]);
                let kind = if s.matters { tl::STEP_MATTERS } else { tl::STEP_INTERNAL };
                let mut item = format!("{}: {} ({})", own(&n), escape_inline(&s.name), own(kind.get(lang)));
                if j.at == Some(i as u8) {
                    item.push_str(&format!(" · {}", bold(tl::STEP_IDEA_HERE.get(lang))));
                }
                item
            });
            doc.list(steps);
            if j.at_step().is_none() {
                doc.para(&own(tl::STEP_IDEA_NOWHERE.get(lang)));
            }
        }
        LensId::PeaksEnds => {
            doc.para(&bold(tl::PEAKS_CURVE.get(lang)));
            doc.para(&own(&tl::PEAKS_LINE.fill(lang, &[("before", &answer("before")), ("during", &answer("during"))])));
        }
        LensId::Emotions => {
            let mut lines = vec![own(&tl::FEELING.fill(lang, &[("feeling", &answer("feeling"))]))];
            for (head, good) in [(tl::SIGNS_GOOD, true), (tl::SIGNS_BAD, false)] {
                let names: Vec<String> = r
                    .points
                    .iter()
                    .filter(|(_, s)| if good { *s == Status::Met } else { *s >= Status::AtRisk })
                    .map(|(p, _)| escape_cell(&point_name(org, r.lens, *p, lang)))
                    .collect();
                if !names.is_empty() {
                    lines.push(format!("{} {}", bold(&format!("{}:", head.get(lang))), names.join(", ")));
                }
            }
            doc.para(&lines.join("  \n"));
        }
    }
}

/// The lenses' points side by side: for each lens on in any of `items`, its
/// points, each with its name and per assessment its status, or `None`
/// where the lens is off.
pub type LensRows = Vec<(LensId, Vec<(String, Vec<Option<Status>>)>)>;

pub fn compare_rows(items: &[&Assessment], org: &OrgConfig, lang: Lang) -> LensRows {
    let on = items.iter().fold(lens::LensSet::NONE, |s, a| a.lenses.set().iter().fold(s, |s, l| s.with(l, true)));
    let rules = org.lenses.rules();
    on.iter()
        .map(|l| {
            let results: Vec<LensResult> = items.iter().map(|a| lens::evaluate(&a.lenses, l, rules.extra(l))).collect();
            let rows = results[0]
                .points
                .iter()
                .enumerate()
                .map(|(i, (p, _))| {
                    let cells =
                        items.iter().zip(&results).map(|(a, r)| a.lenses.is_on(l).then(|| r.points[i].1)).collect();
                    (point_name(org, l, *p, lang), cells)
                })
                .collect();
            (l, rows)
        })
        .collect()
}

/// A compare cell in words: the status, or "off".
pub fn status_words(s: Option<Status>, lang: Lang) -> &'static str {
    s.map_or(tl::COMPARE_LENS_OFF, tl::status).get(lang)
}

/// The comparison Markdown's lens tables, one per lens, under `header`'s
/// columns (the assessments' labels).
pub(super) fn compare_section(doc: &mut Doc, items: &[&Assessment], labels: &[String], org: &OrgConfig, lang: Lang) {
    let rows = compare_rows(items, org, lang);
    if rows.is_empty() {
        return;
    }
    doc.heading(2, &own(tl::COMPARE_LENSES.get(lang)));
    for (l, points) in rows {
        doc.heading(3, &own(tl::lens(l).name.get(lang)));
        let mut header = vec![own(tl::POINT.get(lang))];
        header.extend(labels.iter().cloned());
        let rows = points.into_iter().map(|(name, cells)| {
            std::iter::once(escape_cell(&name)).chain(cells.into_iter().map(|s| own(status_words(s, lang)))).collect()
        });
        doc.table(&header, rows);
    }
}
