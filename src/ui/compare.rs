//! The compare view: two to four assessments side by side (verdicts, the
//! overlay radar, the dimensions, what changed) with the same customer group
//! across them; or the customer groups of one assessment side by side. The
//! logic (columns, matching group names) is in `domain::compare`.

use super::chart_svg;
use super::collection::verdict_badge;
use super::effects;
use crate::config::OrgConfig;
use crate::domain::compare::{self, Column};
use crate::domain::roundtable::Item as Scored;
use crate::domain::scoring::{self, Verdict};
use crate::domain::*;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang};
use crate::message::Words;
use crate::report;
use crate::report::group_compare::{self as report_groups, group_label};
use crate::state::{display_title, Action, AppState, MAX_COMPARE};
use std::rc::Rc;
use yew::prelude::*;

pub fn view(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let picked = s.compared();
    let words = Words { lexicon: s.words.lexicon(), org: Some(&s.config.message_words) };
    let picker = if s.records.is_empty() {
        html! { <p>{ t::COMPARE_NONE.get(lang) }</p> }
    } else {
        html! {
            <fieldset class="compare-picker">
                <legend>{ t::COMPARE_PICK.fill(lang, &[("max", &MAX_COMPARE.to_string())]) }</legend>
                { for s.by_recent().into_iter().map(|r| {
                    let id = r.id.clone();
                    let picked_now = s.compare.contains(&r.id);
                    let cb_id = format!("pick-{}", r.id);
                    html! {
                        <span class="pick">
                            <input type="checkbox" id={cb_id.clone()} checked={picked_now}
                                disabled={!picked_now && s.compare.len() >= MAX_COMPARE}
                                onchange={d.reform(move |_| Action::ToggleCompare(id.clone()))} />
                            <label for={cb_id}>{ display_title(&r.assessment, lang) }</label>
                        </span>
                    }
                }) }
            </fieldset>
        }
    };
    let body = match picked.as_slice() {
        [one] if !one.assessment.groups.is_empty() => groups_of_one(one, &s.config, words, lang),
        [] | [_] => html! {
            <p class="hint" id="compare-hint">{ t::COMPARE_NEED_TWO.get(lang) }{ " " }{ t::COMPARE_GROUPS_HINT.get(lang) }</p>
        },
        _ => html! {
            <>
                { comparison(&picked, &s.config, words, lang) }
                { across(&picked, &s.config, lang) }
            </>
        },
    };
    html! {
        <div class="compare">
            <h1 tabindex="-1">{ t::COMPARE_TITLE.get(lang) }</h1>
            <p class="lead">{ t::COMPARE_INTRO.get(lang) }</p>
            { picker }
            { body }
        </div>
    }
}

const LETTERS: [&str; MAX_COMPARE] = ["A", "B", "C", "D"];

fn comparison(picked: &[&Rc<Record>], org: &OrgConfig, words: Words, lang: Lang) -> Html {
    let outcomes: Vec<_> = picked.iter().map(|r| scoring::evaluate_with(&r.assessment, &org.scoring())).collect();
    let labelled: Vec<(&str, &Assessment)> =
        picked.iter().enumerate().map(|(i, r)| (LETTERS[i], &r.assessment)).collect();
    let download = download_markdown(&labelled, org, words, lang);
    // The message check's figures, and each lens's points, under their own
    // heading row.
    let all: Vec<&Assessment> = labelled.iter().map(|(_, a)| *a).collect();
    let cols = (picked.len() + 1).to_string();
    let msg_rows = report::message::compare_rows(&all, words, lang);
    let no_words = words.lexicon.is_none().then(|| {
        html! { <tr><td colspan={cols.clone()}>{ crate::i18n::report::MSG_NO_WORDS.get(lang) }</td></tr> }
    });
    let msg_rows = (!msg_rows.is_empty()).then(|| {
        let rows = msg_rows.into_iter().map(|(label, values)| (label.to_owned(), values));
        row_group("msg-rows", "compare-message".into(), crate::i18n::message::TITLE.get(lang), &cols, rows, no_words)
    });
    let lens_rows = report::lens::compare_rows(&all, org, lang).into_iter().map(|(l, points)| {
        let rows = points.into_iter().map(|(name, cells)| {
            (name, cells.into_iter().map(|s| report::lens::status_words(s, lang).to_owned()).collect())
        });
        let name = crate::i18n::lens::lens(l).name.get(lang);
        row_group("lens-rows", format!("compare-lens-{}", l.key()), name, &cols, rows, None)
    });
    let legend = picked
        .iter()
        .zip(&outcomes)
        .enumerate()
        .map(|(i, (r, o))| {
            let label =
                html! { <><strong>{ format!("{}: ", LETTERS[i]) }</strong>{ display_title(&r.assessment, lang) }</> };
            (label, o.verdict)
        })
        .collect();
    let first = &picked[0].assessment;
    let dim_rows = DimensionId::ALL.iter().map(|dim| {
        html! {
            <tr>
                <th scope="row">{ framework::dimension_brief(*dim).name.get(lang) }</th>
                { for picked.iter().enumerate().map(|(i, r)| {
                    let a = &r.assessment;
                    let cell = report::item_answer(a, compare::Item::Dimension(*dim), lang);
                    let delta = (i > 0).then(|| compare::dimension_delta(first, a, *dim)).flatten();
                    html! {
                        <td>
                            { cell }
                            if let Some(dl) = delta.filter(|x| *x != 0) {
                                <span class={classes!("delta", if dl > 0 { "up" } else { "down" })}>
                                    { format!(" ({}{dl})", if dl > 0 { "+" } else { "" }) }
                                </span>
                            }
                        </td>
                    }
                }) }
            </tr>
        }
    });
    let changes = picked.iter().enumerate().skip(1).map(|(i, r)| {
        let diff = compare::diff(first, &r.assessment);
        html! {
            <section class="changes" aria-labelledby={format!("changes-{i}")}>
                <h3 id={format!("changes-{i}")}>{ t::COMPARE_CHANGES.fill(lang, &[("a", LETTERS[0]), ("b", LETTERS[i])]) }</h3>
                if diff.is_empty() {
                    <p>{ t::COMPARE_NO_CHANGES.get(lang) }</p>
                } else {
                    <ul>{ for diff.iter().map(|c| html! { <li>{ change_text(c, first, &r.assessment, lang) }</li> }) }</ul>
                }
            </section>
        }
    });
    html! {
        <>
            { overlay(download, &labelled, "h2", legend, lang) }
            <div class="table-scroll">
                <table id="compare-table">
                    <caption>{ t::COMPARE_TABLE.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ t::COL_DIMENSION.get(lang) }</th>
                        { for picked.iter().enumerate().map(|(i, r)| html! {
                            <th scope="col">{ format!("{}: {}", LETTERS[i], display_title(&r.assessment, lang)) }</th>
                        }) }
                    </tr></thead>
                    <tbody>
                        <tr class="verdict-row">
                            <th scope="row">{ t::COMPARE_VERDICT_ROW.get(lang) }</th>
                            { for outcomes.iter().map(|o| html! { <td>{ verdict_badge(o.verdict, lang) }</td> }) }
                        </tr>
                        { for dim_rows }
                    </tbody>
                    { msg_rows }
                    { for lens_rows }
                </table>
            </div>
            { for changes }
        </>
    }
}

/// Rows of the compare table under their own heading row: each a label and
/// one value per assessment, then `after`.
fn row_group(
    class: &'static str,
    id: String,
    title: &str,
    cols: &str,
    rows: impl Iterator<Item = (String, Vec<String>)>,
    after: Option<Html>,
) -> Html {
    html! {
        <tbody {class} {id}>
            <tr><th scope="rowgroup" colspan={cols.to_owned()}>{ title.to_owned() }</th></tr>
            { for rows.map(|(label, values)| html! {
                <tr>
                    <th scope="row">{ label }</th>
                    { for values.into_iter().map(|v| html! { <td>{ v }</td> }) }
                </tr>
            }) }
            { after }
        </tbody>
    }
}

/// One change between two assessments, in words: "Autonomy: 4 Good → 2 Weak".
fn change_text(c: &compare::Change, a: &Assessment, b: &Assessment, lang: Lang) -> String {
    let name = report::item_name(c.item).get(lang);
    let mut line = if c.answer_changed {
        t::CHANGED_ANSWER.fill(
            lang,
            &[
                ("name", name),
                ("old", &report::item_answer(a, c.item, lang)),
                ("new", &report::item_answer(b, c.item, lang)),
            ],
        )
    } else {
        name.to_string()
    };
    if c.note_changed {
        line.push_str(t::CHANGED_TEXT.get(lang));
    }
    line
}

/// The Markdown button, the overlaid radars of `labelled`, and a legend:
/// per series its label and verdict. `heading`: the level of the two headings.
fn overlay(
    download: Callback<MouseEvent>,
    labelled: &[(&str, &Assessment)],
    heading: &'static str,
    legend: Vec<(Html, Option<Verdict>)>,
    lang: Lang,
) -> Html {
    html! {
        <>
            <div class="compare-actions">
                <button type="button" id="compare-markdown" onclick={download}>{ t::COMPARE_DOWNLOAD_MD.get(lang) }</button>
            </div>
            <div class="compare-grid">
                <figure class="chart">
                    <figcaption><@{heading}>{ t::RADAR_TITLE.get(lang) }</@></figcaption>
                    { chart_svg::radar_overlay(labelled, lang) }
                </figure>
                <div>
                    <@{heading}>{ t::COMPARE_VERDICTS.get(lang) }</@>
                    <ul class="legend">
                        { for legend.into_iter().enumerate().map(|(i, (label, verdict))| html! {
                            <li class={format!("series-{i}")}>
                                <span class="swatch" aria-hidden="true"></span>
                                { label }{ " " }{ verdict_badge(verdict, lang) }
                            </li>
                        }) }
                    </ul>
                </div>
            </div>
        </>
    }
}

/// Downloads the comparison of `items` as Markdown.
fn download_markdown(items: &[(&str, &Assessment)], org: &OrgConfig, words: Words, lang: Lang) -> Callback<MouseEvent> {
    let md = report::compare_markdown_with(items, org, words.lexicon, lang, effects::now());
    Callback::from(move |_| {
        let name = format!("wenselijk-vergelijking-{}.md", report::date(effects::now()));
        effects::download(&name, "text/markdown", &md);
    })
}

/// A column of customer groups side by side: its label, the answers it
/// shows, and the typical customer's they are marked against.
type GroupColumn = (String, Assessment, Assessment);

/// Customer groups side by side: with a Markdown `download`, their radars
/// overlaid with a legend of verdicts first (one such chart per page: its
/// ids are fixed); then a table (see `report_groups::group_table`) with
/// each column's verdict, weakest link, confidence and every answer, those
/// that differ from the column's typical customer marked.
fn group_view(
    id: &str,
    caption: String,
    columns: &[GroupColumn],
    download: Option<Callback<MouseEvent>>,
    org: &OrgConfig,
    lang: Lang,
) -> Html {
    let pairs: Vec<(&Assessment, &Assessment)> = columns.iter().map(|(_, a, typical)| (a, typical)).collect();
    let table = report_groups::group_table(&pairs, &org.scoring(), false, lang);
    let chart = download.map(|download| {
        let labelled: Vec<(&str, &Assessment)> = columns.iter().map(|(l, a, _)| (l.as_str(), a)).collect();
        let legend = columns
            .iter()
            .zip(&table.verdicts)
            .map(|((l, _, _), v)| (html! { <strong class="user-text">{ l }</strong> }, *v))
            .collect();
        overlay(download, &labelled, "h3", legend, lang)
    });
    html! {
        <>
            { chart }
            <div class="table-scroll">
                <table id={id.to_owned()} class="group-table">
                    <caption>{ caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t::MD_ITEM.get(lang) }</th>
                        { for columns.iter().map(|(l, _, _)| html! { <th scope="col" class="user-text">{ l }</th> }) }
                    </tr></thead>
                    <tbody>
                        <tr class="verdict-row">
                            <th scope="row">{ t::COMPARE_VERDICT_ROW.get(lang) }</th>
                            { for table.verdicts.into_iter().map(|v| html! { <td>{ verdict_badge(v, lang) }</td> }) }
                        </tr>
                        { for table.rows.into_iter().map(|(label, item, cells)| html! {
                            <tr data-item={item.map(Scored::key)}>
                                <th scope="row">{ label }</th>
                                { for cells.into_iter().map(|(text, differs)| html! {
                                    <td class={classes!(differs.then_some("differs"))} data-differs={differs.then_some("true")}>
                                        { text }
                                        if differs { { " " }{ t::MD_DIFFERS.get(lang) } }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}

/// The customer groups of one assessment side by side: the typical customer
/// and each group as a column, their radars overlaid, and the Markdown.
fn groups_of_one(r: &Rc<Record>, org: &OrgConfig, words: Words, lang: Lang) -> Html {
    let a = &r.assessment;
    let columns: Vec<GroupColumn> = compare::group_columns(a)
        .into_iter()
        .map(|(c, answers)| {
            let label = match c {
                Column::Typical => t::COMPARE_TYPICAL.get(lang).to_owned(),
                Column::Group(i) => group_label(&a.groups[i].name, lang),
            };
            (label, answers, compare::typical(a))
        })
        .collect();
    let download = download_markdown(&[("A", a)], org, words, lang);
    html! {
        <section class="group-compare" aria-labelledby="groups-one-title">
            <h2 id="groups-one-title">{ t::COMPARE_GROUPS_TITLE.fill(lang, &[("title", &display_title(a, lang))]) }</h2>
            { group_view("group-compare-table", t::COMPARE_GROUPS_TABLE.get(lang).to_owned(), &columns, Some(download), org, lang) }
        </section>
    }
}

/// The same customer group across the compared ideas: for every group name
/// two or more of them share (matched ignoring case), a section to open
/// with that group's verdict and answers in each idea; an idea without it
/// shows its typical customer, labelled so.
fn across(picked: &[&Rc<Record>], org: &OrgConfig, lang: Lang) -> Html {
    let all: Vec<&Assessment> = picked.iter().map(|r| &r.assessment).collect();
    let names: Vec<_> = compare::group_names(&all).into_iter().filter(|n| n.count > 1).collect();
    if names.is_empty() {
        return html! {};
    }
    let total = all.len().to_string();
    let section = |(k, name): (usize, &compare::GroupName)| {
        let label = group_label(&name.name, lang);
        let columns: Vec<GroupColumn> = all
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let (at, answers) = compare::for_group_name(a, &name.name);
                let which = match at {
                    Some(g) => group_label(&a.groups[g].name, lang),
                    None => t::COMPARE_ACROSS_MISSING.fill(lang, &[("name", &label)]),
                };
                (format!("{}: {} · {which}", LETTERS[i], display_title(a, lang)), answers, compare::typical(a))
            })
            .collect();
        let caption = t::COMPARE_ACROSS_TABLE.fill(lang, &[("name", &label)]);
        html! {
            <details class="across">
                <summary>{ t::COMPARE_ACROSS_COUNT.fill(lang, &[("name", &label), ("n", &name.count.to_string()), ("total", &total)]) }</summary>
                { group_view(&format!("across-table-{k}"), caption, &columns, None, org, lang) }
            </details>
        }
    };
    html! {
        <section class="group-compare" aria-labelledby="across-title">
            <h2 id="across-title">{ t::COMPARE_ACROSS_TITLE.get(lang) }</h2>
            <p>{ t::COMPARE_ACROSS_INTRO.get(lang) }</p>
            { for names.iter().enumerate().map(section) }
        </section>
    }
}
