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
use crate::domain::scoring::{self, Outcome, Verdict, Weights};
use crate::domain::*;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang};
use crate::report;
use crate::report::group_compare::{group_label, weakest};
use crate::state::{display_title, Action, AppState, MAX_COMPARE};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub fn view(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let picked = s.compared();
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
        [one] if !one.assessment.groups.is_empty() => groups_of_one(one, &s.config, lang),
        [one] if one.assessment.groups.is_empty() => {
            html! { <p class="hint" id="compare-hint">{ t::COMPARE_NO_GROUPS.get(lang) }</p> }
        }
        [] | [_] => html! {
            <p class="hint" id="compare-hint">{ t::COMPARE_NEED_TWO.get(lang) }{ " " }{ t::COMPARE_GROUPS_HINT.get(lang) }</p>
        },
        _ => html! {
            <>
                { comparison(&picked, &s.config, lang) }
                <AcrossGroups picked={picked.iter().map(|r| Rc::clone(r)).collect::<Vec<_>>()} weights={s.config.weights} lang={lang} />
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

fn comparison(picked: &[&Rc<Record>], org: &OrgConfig, lang: Lang) -> Html {
    let outcomes: Vec<_> = picked.iter().map(|r| scoring::evaluate_with(&r.assessment, &org.weights)).collect();
    let labelled: Vec<(&str, &Assessment)> =
        picked.iter().enumerate().map(|(i, r)| (LETTERS[i], &r.assessment)).collect();
    let md = report::compare_markdown(&labelled, org, lang, effects::now());
    let download = {
        let md = md.clone();
        Callback::from(move |_| {
            let name = format!("wenselijk-vergelijking-{}.md", report::date(effects::now()));
            effects::download(&name, "text/markdown", &md);
        })
    };
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
                <th scope="row">{ framework::dimension(*dim).name.get(lang) }</th>
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
                </table>
            </div>
            { for changes }
        </>
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

/// One column of a group table: its heading, the answers it shows, the
/// answers they are marked against (the typical customer's), and its result.
struct GroupColumn<'a> {
    head: Html,
    answers: &'a Assessment,
    typical: &'a Assessment,
    outcome: Outcome,
}

/// Verdict, weakest link, confidence and every item's answer per column;
/// answers that differ from the column's typical customer are marked.
fn group_table(id: &'static str, caption: String, columns: &[GroupColumn], lang: Lang) -> Html {
    let row = |class: &'static str, name: &'static str, cell: &dyn Fn(&GroupColumn) -> Html| {
        html! {
            <tr class={class}>
                <th scope="row">{ name }</th>
                { for columns.iter().map(|c| html! { <td>{ cell(c) }</td> }) }
            </tr>
        }
    };
    let items = Scored::ALL.into_iter().map(|item| {
        html! {
            <tr data-item={item.key()}>
                <th scope="row">{ report::item_name(item.into()).get(lang) }</th>
                { for columns.iter().map(|c| {
                    let differs = compare::answer_differs(c.typical, c.answers, item);
                    html! {
                        <td class={classes!(differs.then_some("differs"))} data-differs={differs.then_some("true")}>
                            { report::item_answer(c.answers, item.into(), lang) }
                            if differs {
                                <span class="differs-mark" aria-hidden="true">{ " ≠" }</span>
                                <span class="sr-only">{ format!(" ({})", t::COMPARE_DIFFERS.get(lang)) }</span>
                            }
                        </td>
                    }
                }) }
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table id={id} class="group-table">
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ t::MD_ITEM.get(lang) }</th>
                    { for columns.iter().map(|c| html! { <th scope="col">{ c.head.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { row("verdict-row", t::COMPARE_VERDICT_ROW.get(lang), &|c| verdict_badge(c.outcome.verdict, lang)) }
                    { row("weakest-row", t::COMPARE_WEAKEST_ROW.get(lang), &|c| html! { weakest(&c.outcome, lang) }) }
                    { row("confidence-row", t::COMPARE_CONFIDENCE_ROW.get(lang), &|c| html! { t::confidence_name(c.outcome.confidence).get(lang) }) }
                    { for items }
                </tbody>
            </table>
        </div>
    }
}

/// The customer groups of one assessment side by side: the typical customer
/// and each group as a column, their radars overlaid, and the Markdown.
fn groups_of_one(r: &Rc<Record>, org: &OrgConfig, lang: Lang) -> Html {
    let a = &r.assessment;
    let columns = compare::group_columns(a);
    let names: Vec<String> = columns
        .iter()
        .map(|(c, _)| match c {
            Column::Typical => t::COMPARE_TYPICAL.get(lang).to_owned(),
            Column::Group(i) => group_label(&a.groups[*i].name, lang),
        })
        .collect();
    let outcomes: Vec<Outcome> = columns.iter().map(|(_, c)| scoring::evaluate_with(c, &org.weights)).collect();
    let labelled: Vec<(&str, &Assessment)> =
        names.iter().map(String::as_str).zip(columns.iter().map(|(_, c)| c)).collect();
    let download = {
        let (a, org) = (a.clone(), org.clone());
        Callback::from(move |_| {
            let now = effects::now();
            let md = report::compare_markdown(&[("A", &a)], &org, lang, now);
            let name = format!("wenselijk-klantgroepen-{}.md", report::date(now));
            effects::download(&name, "text/markdown", &md);
        })
    };
    let typical = &columns[0].1;
    let table_columns: Vec<GroupColumn> = columns
        .iter()
        .zip(&names)
        .zip(&outcomes)
        .map(|(((_, c), name), o)| GroupColumn { head: html! { name }, answers: c, typical, outcome: o.clone() })
        .collect();
    let legend = names
        .iter()
        .zip(&outcomes)
        .map(|(name, o)| (html! { <strong class="user-text">{ name }</strong> }, o.verdict))
        .collect();
    let title = display_title(a, lang);
    html! {
        <section class="group-compare" aria-labelledby="groups-one-title">
            <h2 id="groups-one-title">{ t::COMPARE_GROUPS_TITLE.fill(lang, &[("title", &title)]) }</h2>
            <p>{ t::COMPARE_GROUPS_INTRO.get(lang) }</p>
            { overlay(download, &labelled, "h3", legend, lang) }
            { group_table("group-compare-table", t::COMPARE_GROUPS_TABLE.get(lang).to_owned(), &table_columns, lang) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AcrossProps {
    /// The compared assessments, in pick order (A, B, …).
    pub picked: Vec<Rc<Record>>,
    pub weights: Weights,
    pub lang: Lang,
}

/// The same customer group across the compared ideas: pick a name (groups
/// match by name, ignoring case), see that group's verdict and answers in
/// each idea; an idea without it shows its typical customer, labelled so.
#[component]
pub fn AcrossGroups(p: &AcrossProps) -> Html {
    let chosen = use_state(String::new);
    let lang = p.lang;
    let all: Vec<&Assessment> = p.picked.iter().map(|r| &r.assessment).collect();
    let names = compare::group_names(&all);
    if names.is_empty() {
        return html! {};
    }
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<HtmlSelectElement>() {
                chosen.set(el.value());
            }
        })
    };
    // The chosen name, while it is still one of the groups.
    let name = names.iter().find(|n| n.name == *chosen).map(|n| n.name.clone());
    let total = all.len().to_string();
    let table = name.map(|name| {
        let found: Vec<(Option<usize>, Assessment)> = all.iter().map(|a| compare::for_group_name(a, &name)).collect();
        let typicals: Vec<Assessment> = all.iter().map(|a| compare::typical(a)).collect();
        let columns: Vec<GroupColumn> = found
            .iter()
            .zip(&typicals)
            .zip(&all)
            .enumerate()
            .map(|(i, (((at, answers), typical), a))| {
                let which = match at {
                    Some(g) => group_label(&a.groups[*g].name, lang),
                    None => t::COMPARE_ACROSS_MISSING.fill(lang, &[("name", &group_label(&name, lang))]),
                };
                GroupColumn {
                    head: html! {
                        <>
                            { format!("{}: {}", LETTERS[i], display_title(a, lang)) }
                            <span class={classes!("column-group", at.is_none().then_some("missing"))}>{ which }</span>
                        </>
                    },
                    answers,
                    typical,
                    outcome: scoring::evaluate_with(answers, &p.weights),
                }
            })
            .collect();
        let caption = t::COMPARE_ACROSS_TABLE.fill(lang, &[("name", &group_label(&name, lang))]);
        group_table("across-table", caption, &columns, lang)
    });
    html! {
        <section class="group-compare" aria-labelledby="across-title">
            <h2 id="across-title">{ t::COMPARE_ACROSS_TITLE.get(lang) }</h2>
            <p>{ t::COMPARE_ACROSS_INTRO.get(lang) }</p>
            <div class="field narrow">
                <label for="across-group">{ t::COMPARE_ACROSS_PICK.get(lang) }</label>
                <select id="across-group" {onchange}>
                    <option value="" selected={table.is_none()}>{ t::COMPARE_ACROSS_CHOOSE.get(lang) }</option>
                    { for names.iter().map(|n| html! {
                        <option value={n.name.clone()} selected={n.name == *chosen}>
                            { t::COMPARE_ACROSS_COUNT.fill(lang, &[("name", &n.name), ("n", &n.count.to_string()), ("total", &total)]) }
                        </option>
                    }) }
                </select>
            </div>
            { table }
        </section>
    }
}
