//! Customer groups in the live result: the verdict of the typical customer
//! and of each group in one table, their radars over the base's (with a
//! table), and the advice per group. Nothing without groups.

use super::chart_svg::{self, Series, TableAlt};
use super::collection::verdict_badge;
use super::{result, roundtable::answer_word};
use crate::domain::chart;
use crate::domain::roundtable::Item;
use crate::domain::scoring::{Outcome, Suggestion};
use crate::domain::*;
use crate::explain;
use crate::i18n::framework;
use crate::i18n::{groups as g, ui as t, Lang};
use yew::prelude::*;

/// "3 answers differ", "1 answer differs", "Nothing differs yet".
pub fn differences(n: usize, lang: Lang) -> String {
    match n {
        0 => g::DIFFER_NONE.get(lang).to_owned(),
        1 => g::DIFFER_ONE.get(lang).to_owned(),
        n => g::DIFFER_MANY.fill(lang, &[("n", &n.to_string())]),
    }
}

/// The group's name on one line, or "Group 2" while it has none.
pub fn name(group: &Group, i: usize, lang: Lang) -> String {
    let one_line = crate::domain::groups::one_line(&group.name);
    if one_line.is_empty() {
        g::NEW_GROUP.fill(lang, &[("n", &(i + 1).to_string())])
    } else {
        one_line
    }
}

/// The table: the typical customer, then each group, with verdict,
/// weakest link, confidence and how many answers differ; the groups that
/// cap the overall verdict are marked, and the rule is said in words.
pub fn table(a: &Assessment, o: &Outcome, lang: Lang) -> Html {
    if a.groups.is_empty() {
        return html! {};
    }
    let failing: Vec<usize> = o.failing_groups().collect();
    let row = |key: String, head: Html, r: &Outcome, differ: String, caps: bool| {
        let weakest = explain::weakest_parts(r, lang).map(|(dims, level)| format!("{dims} ({level})"));
        html! {
            <tr role="row" data-group={key} class={classes!(caps.then_some("caps"))}>
                <th role="rowheader" scope="row">{ head }</th>
                <td role="cell">
                    { verdict_badge(r.own_verdict(), lang) }
                    if caps {
                        <span class="caps-mark">{ g::CAPS.get(lang) }</span>
                    }
                </td>
                <td role="cell" data-label={g::COL_WEAKEST.get(lang)}>{ weakest.unwrap_or_else(|| "–".into()) }</td>
                <td role="cell" data-label={g::COL_CONFIDENCE.get(lang)}>{ t::confidence_name(r.confidence).get(lang) }</td>
                <td role="cell" data-label={g::COL_DIFFER.get(lang)}>{ differ }</td>
            </tr>
        }
    };
    let rows = a.groups.iter().zip(&o.groups).enumerate().map(|(i, (group, r))| {
        let head = html! { <a href={format!("#group-{i}")}>{ name(group, i, lang) }</a> };
        row(i.to_string(), head, &r.outcome, group.differences().to_string(), failing.contains(&i))
    });
    let names: Vec<String> = failing.iter().filter_map(|i| a.groups.get(*i).map(|x| name(x, *i, lang))).collect();
    html! {
        <section class="groups-result" aria-labelledby="groups-result-title">
            <h3 id="groups-result-title">{ g::RESULT_TITLE.get(lang) }</h3>
            <div class="groups-table">
                // Explicit roles: narrow screens lay the rows out as blocks,
                // which would otherwise cost the table its meaning.
                <table id="groups-table" role="table">
                    <caption class="sr-only">{ g::TABLE_CAPTION.get(lang) }</caption>
                    <thead role="rowgroup"><tr role="row">
                        { for [g::COL_GROUP, g::COL_VERDICT, g::COL_WEAKEST, g::COL_CONFIDENCE, g::COL_DIFFER].map(|c| html! {
                            <th role="columnheader" scope="col">{ c.get(lang) }</th>
                        }) }
                    </tr></thead>
                    <tbody role="rowgroup">
                        { row("base".into(), html! { { g::BASE_ROW.get(lang) } }, o, "–".into(), false) }
                        { for rows }
                    </tbody>
                </table>
            </div>
            if !names.is_empty() {
                <p id="groups-rule" class="groups-rule">{ g::RULE.fill(lang, &[("names", &names.join(", "))]) }</p>
            }
        </section>
    }
}

/// The groups' radars over the typical customer's, with a legend and a
/// table of the eight dimensions.
pub fn chart(a: &Assessment, lang: Lang) -> Html {
    if a.groups.is_empty() {
        return html! {};
    }
    let names: Vec<String> = std::iter::once(g::BASE_ROW.get(lang).to_owned())
        .chain(a.groups.iter().enumerate().map(|(i, x)| name(x, i, lang)))
        .collect();
    // The typical customer's points all marked; a group's where it differs.
    let base = chart::radar(a, 320.0, 62.0);
    let base = Series { label: "base".into(), marked: base.points.iter().map(Option::is_some).collect(), radar: base };
    let series: Vec<Series> = std::iter::once(base)
        .chain(a.groups.iter().enumerate().map(|(i, x)| Series {
            label: i.to_string(),
            radar: chart::radar_of(|d| x.dimension_level(a, d), 320.0, 62.0),
            marked: DimensionId::ALL.iter().map(|d| x.answer(Item::Dimension(*d)).is_some()).collect(),
        }))
        .collect();
    // Per dimension: the typical customer's answer, then each group's,
    // marked where it is the group's own.
    let rows = DimensionId::ALL.iter().map(|d| {
        let item = Item::Dimension(*d);
        let base = item.answer_in(a);
        let own = |x: &Group| match x.answer(item) {
            Some(own) => format!("{} ({})", answer_word(item, Some(own), lang), g::DIFFERS_MARK.get(lang)),
            None => answer_word(item, base, lang),
        };
        let cells = std::iter::once(answer_word(item, base, lang)).chain(a.groups.iter().map(own)).collect();
        (framework::dimension_brief(*d).name.get(lang), cells)
    });
    html! {
        <figure class="chart groups-chart">
            <figcaption><h3>{ g::CHART_TITLE.get(lang) }</h3></figcaption>
            { chart_svg::overlay("groups-radar", g::CHART_DESC, &series, lang) }
            <ul class="legend" id="groups-legend">
                { for names.iter().enumerate().map(|(i, n)| html! {
                    <li>{ chart_svg::series_key(i) }<span>{ n.clone() }</span></li>
                }) }
            </ul>
            <TableAlt id="groups-radar-table" caption={g::CHART_TABLE} corner={t::COL_DIMENSION} head={names.clone()} rows={rows.collect::<Vec<_>>()} {lang} />
        </figure>
    }
}

/// Advice per group, most urgent group first: each group's own
/// suggestions where it differs from the typical customer.
pub fn advice(a: &Assessment, o: &Outcome, lang: Lang) -> Html {
    let blocks: Vec<(usize, String, Vec<Suggestion>)> = groups::advice(&a.groups, o)
        .into_iter()
        .filter_map(|(i, s)| Some((i, name(a.groups.get(i)?, i, lang), s)))
        .collect();
    html! { <Advice {blocks} {lang} /> }
}

#[derive(Properties, PartialEq)]
pub struct AdviceProps {
    /// Per group: its position, name and suggestions.
    blocks: Vec<(usize, String, Vec<Suggestion>)>,
    lang: Lang,
}

/// The advice per group; rendered again only when it changes (not for a
/// change of the typical customer on an answer no group differs on).
#[component]
fn Advice(p: &AdviceProps) -> Html {
    let lang = p.lang;
    if p.blocks.is_empty() {
        return html! {};
    }
    let block = |(i, name, suggestions): &(usize, String, Vec<Suggestion>)| {
        let anchor = format!("#group-{i}");
        // A group's suggestions are about its own items, never about groups.
        let item = |s: &Suggestion| {
            let lines = explain::advice(s).iter().map(|x| x.get(lang).to_owned()).collect();
            result::suggestion(s, explain::subject_name(s.subject).get(lang).to_owned(), lines, anchor.clone(), lang)
        };
        html! {
            <div class="group-advice" data-group={i.to_string()}>
                <h4>{ g::ADVICE_FOR.fill(lang, &[("name", name)]) }</h4>
                <ol>{ for suggestions.iter().map(item) }</ol>
            </div>
        }
    };
    html! {
        <section class="suggestions-block" id="groups-advice" aria-labelledby="groups-advice-title">
            <h3 id="groups-advice-title">{ g::ADVICE_TITLE.get(lang) }</h3>
            { for p.blocks.iter().map(block) }
        </section>
    }
}
