//! Round table, after scoring: the agenda by disagreement with a strip per
//! item, agreement, decisions and action points, applying, and the session
//! in the printed report.

use super::{answer_word, item_choice, item_label, item_texts, AddLine};
use crate::config::OrgLenses;
use crate::domain::chart::fixed1;
use crate::domain::lens::LensAnswer;
use crate::domain::roundtable::{self as rt, ActionPoint, ItemAnswer, ItemSummary, RoundTable, ScoredFor};
use crate::domain::*;
use crate::i18n::{ui as t, Lang, Text};
use crate::report::group_compare as report_groups;
use crate::state::{Action, View};
use crate::ui::widgets;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A dot per participant on the item's steps (see `Item::steps`), labelled
/// `label`; long step words take two lines.
pub(super) fn strip(summary: &ItemSummary, label: &str, lang: Lang) -> Html {
    let item = summary.item;
    let steps: Vec<(String, Option<ItemAnswer>)> = item
        .steps()
        .into_iter()
        .map(|a| match a {
            ItemAnswer::Scale(Answer::Level(l)) | ItemAnswer::Lens(LensAnswer::Level(l)) => {
                (l.get().to_string(), Some(a))
            }
            _ => (answer_word(item, Some(a), lang), Some(a)),
        })
        .collect();
    let width = 300.0;
    let step_w = width / steps.len() as f32;
    let mut dots = Vec::new();
    for (i, (_, value)) in steps.iter().enumerate() {
        let who: Vec<&str> = summary.answers.iter().filter(|(_, a)| a == value).map(|(l, _)| l.as_str()).collect();
        for (k, label) in who.iter().enumerate() {
            let cx = step_w * (i as f32 + 0.5);
            let cy = 34.0 - (k as f32 % 6.0) * 6.0;
            dots.push(
                html! { <circle cx={fixed1(cx)} cy={fixed1(cy)} r="4" class="dot"><title>{ *label }</title></circle> },
            );
        }
    }
    html! {
        <svg class="strip" viewBox="0 0 300 66" role="img" aria-label={t::RT_STRIP_LABEL.fill(lang, &[("name", label)])}>
            <line x1="0" y1="40" x2="300" y2="40" class="strip-axis" />
            { for steps.iter().enumerate().map(|(i, (label, _))| {
                let x = fixed1(step_w * (i as f32 + 0.5));
                // "Niet van toepassing" does not fit one step: its words on two lines.
                let (first, second) = match label.split_once(' ') {
                    Some((a, b)) if label.chars().count() > 10 => (a, b),
                    _ => (label.as_str(), ""),
                };
                html! {
                    <text x={x.clone()} y="53" text-anchor="middle" class="strip-label">{ first }
                        if !second.is_empty() { <tspan {x} dy="11">{ second }</tspan> }
                    </text>
                }
            }) }
            { for dots }
        </svg>
    }
}

pub(super) fn reveal(tb: &RoundTable, a: &Assessment, org: &OrgLenses, lang: Lang, d: &Callback<Action>) -> Html {
    let agenda = rt::agenda(tb, &tb.items(a, &org.rules().extra));
    let n = tb.agreed_items.len().to_string();
    let (apply_hint, can_apply) = match tb.scored_for(a) {
        ScoredFor::Typical => (t::RT_APPLY_HINT.fill(lang, &[("n", &n)]), true),
        ScoredFor::Group(g) => (
            t::RT_APPLY_GROUP_HINT.fill(lang, &[("n", &n), ("group", &report_groups::group_label(&g.name, lang))]),
            true,
        ),
        ScoredFor::Missing => (t::RT_GROUP_GONE_HINT.get(lang).to_owned(), false),
    };
    let items = agenda.iter().enumerate().map(|(n, sm)| agenda_item(tb, sm, n, org, lang, d));
    html! {
        <>
            <div class="actions no-print">
                <button type="button" id="rt-present" class="primary" onclick={d.reform(|_| Action::Show(View::Present))}>{ t::RT_PRESENT.get(lang) }</button>
                <button type="button" id="rt-unreveal" onclick={d.reform(|_| Action::RtUnreveal)}>{ t::RT_UNREVEAL.get(lang) }</button>
            </div>
            <section aria-labelledby="rt-agenda">
                <h2 id="rt-agenda" tabindex="-1">{ t::RT_AGENDA.get(lang) }</h2>
                <p class="hint">{ t::RT_AGENDA_HINT.get(lang) }</p>
                <ol class="agenda" id="rt-agenda-list">{ for items }</ol>
            </section>
            { decisions(tb, lang, d) }
            <section class="card" aria-labelledby="rt-apply-title">
                <h2 id="rt-apply-title">{ t::RT_APPLY_TITLE.get(lang) }</h2>
                <p id="rt-apply-hint">{ apply_hint }</p>
                <button type="button" id="rt-apply" class="primary" disabled={tb.agreed_items.is_empty() || !can_apply}
                    aria-describedby="rt-apply-hint" onclick={d.reform(|_| Action::RtApply)}>{ t::RT_APPLY.get(lang) }</button>
            </section>
        </>
    }
}

pub(super) fn agenda_item(
    tb: &RoundTable,
    sm: &ItemSummary,
    n: usize,
    org: &OrgLenses,
    lang: Lang,
    d: &Callback<Action>,
) -> Html {
    let item = sm.item;
    let (name, question) = item_texts(item, org, lang);
    let label = item_label(item, org, lang);
    let agreed = tb.agreed_answer(item);
    let reason = agreed.map(|(_, r)| r.to_string()).unwrap_or_default();
    let current = agreed.map(|(a, _)| a);
    let on_answer = {
        let d = d.clone();
        let reason = reason.clone();
        Callback::from(move |a: Option<ItemAnswer>| d.emit(Action::RtAgree(item, a, reason.clone())))
    };
    let on_reason = {
        let d = d.clone();
        Callback::from(move |r: String| {
            if let Some(a) = current {
                d.emit(Action::RtAgree(item, Some(a), r));
            }
        })
    };
    let suggestion =
        rt::suggested(sm).map(|a| t::RT_SUGGESTED.fill(lang, &[("answer", &answer_word(item, Some(a), lang))]));
    let key = item.key();
    html! {
        <li class={classes!("agenda-item", agreed.is_some().then_some("agreed"))} id={format!("agenda-{key}")} data-item={key.clone()} data-spread={sm.spread.to_string()}>
            <h3>{ format!("{}. ", n + 1) }{ name }<span class="item-question">{ question }</span></h3>
            <p class="spread">{ t::RT_SPREAD.fill(lang, &[("spread", &sm.spread.to_string()), ("known", &sm.known.to_string()), ("unknown", &(sm.unknown + sm.missing).to_string())]) }</p>
            { strip(sm, &label, lang) }
            <table class="answers">
                <caption class="sr-only">{ t::RT_ANSWERS_OF.fill(lang, &[("name", &label)]) }</caption>
                <thead><tr><th scope="col">{ t::RT_WHO.get(lang) }</th><th scope="col">{ t::COL_ANSWER.get(lang) }</th><th scope="col">{ t::NOTE.get(lang) }</th></tr></thead>
                <tbody>
                    { for sm.answers.iter().map(|(who, a)| {
                        let note = sm.notes.iter().find(|(w, _)| w == who).map(|(_, n)| n.clone()).unwrap_or_default();
                        html! { <tr><th scope="row">{ who }</th><td>{ answer_word(item, *a, lang) }</td><td class="user-text">{ note }</td></tr> }
                    }) }
                </tbody>
            </table>
            <div class="agree">
                <p class="agree-title"><strong>{ t::RT_AGREED.get(lang) }</strong>
                    if let Some(sg) = suggestion { { " " }<span class="hint">{ sg }</span> }
                </p>
                { item_choice(&format!("agree-{key}"), item, current, lang, on_answer.clone()) }
                { widgets::clear_button(current.is_some(), &label, lang, on_answer.reform(|_| None)) }
                if current.is_some() {
                    { widgets::text_field(&format!("agree-{key}-reason"), t::RT_REASON.get(lang), None, &reason, true, on_reason) }
                }
            </div>
        </li>
    }
}

pub(super) fn decisions(tb: &RoundTable, lang: Lang, d: &Callback<Action>) -> Html {
    let add_action = {
        let d = d.clone();
        Callback::from(move |(what, who, due): (String, String, String)| {
            d.emit(Action::RtAddAction(ActionPoint { what, who, due }))
        })
    };
    html! {
        <section class="card" aria-labelledby="rt-decisions">
            <h2 id="rt-decisions">{ t::RT_DECISIONS.get(lang) }</h2>
            <ul class="decisions">
                { for tb.decisions.iter().enumerate().map(|(i, text)| html! {
                    <li><span class="user-text">{ text }</span>{ " " }
                        <button type="button" class="small danger" onclick={d.reform(move |_| Action::RtRemoveDecision(i))}
                            aria-label={t::RT_REMOVE.fill(lang, &[("name", text)])}>{ t::LIST_DELETE.get(lang) }</button></li>
                }) }
            </ul>
            <AddLine id="rt-decision" label={t::RT_DECISION_LABEL.get(lang)} button={t::RT_ADD.get(lang)} hint={""} allow_empty=false
                on_add={d.reform(Action::RtAddDecision)} />
            <h3>{ t::RT_ACTIONS.get(lang) }</h3>
            if !tb.actions.is_empty() {
                <table id="rt-actions-table">
                    <thead><tr><th scope="col">{ t::RT_ACTION_WHAT.get(lang) }</th><th scope="col">{ t::RT_ACTION_WHO.get(lang) }</th><th scope="col">{ t::RT_ACTION_DUE.get(lang) }</th><th scope="col"><span class="sr-only">{ t::LIST_COL_ACTIONS.get(lang) }</span></th></tr></thead>
                    <tbody>
                        { for tb.actions.iter().enumerate().map(|(i, a)| html! {
                            <tr><td class="user-text">{ &a.what }</td><td class="user-text">{ &a.who }</td><td class="user-text">{ &a.due }</td>
                                <td><button type="button" class="small danger" onclick={d.reform(move |_| Action::RtRemoveAction(i))}
                                    aria-label={t::RT_REMOVE.fill(lang, &[("name", &a.what)])}>{ t::LIST_DELETE.get(lang) }</button></td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <ActionForm lang={lang} on_add={add_action} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActionFormProps {
    pub lang: Lang,
    pub on_add: Callback<(String, String, String)>,
}

/// Three fields for an action point: what, who, by when.
#[component]
pub fn ActionForm(p: &ActionFormProps) -> Html {
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let lang = p.lang;
    let onclick = {
        let refs = refs.clone();
        let on_add = p.on_add.clone();
        Callback::from(move |_| {
            let v: Vec<String> =
                refs.iter().map(|r| r.cast::<HtmlInputElement>().map(|e| e.value()).unwrap_or_default()).collect();
            if !v[0].trim().is_empty() {
                on_add.emit((v[0].trim().into(), v[1].trim().into(), v[2].trim().into()));
                for r in &refs {
                    if let Some(e) = r.cast::<HtmlInputElement>() {
                        e.set_value("");
                    }
                }
            }
        })
    };
    let field = |i: usize, id: &'static str, label: Text| {
        html! {
            <div class="field"><label for={id}>{ label.get(lang) }</label><input id={id} type="text" ref={refs[i].clone()} /></div>
        }
    };
    html! {
        <div class="action-form">
            { field(0, "rt-action-what", t::RT_ACTION_WHAT) }
            { field(1, "rt-action-who", t::RT_ACTION_WHO) }
            { field(2, "rt-action-due", t::RT_ACTION_DUE) }
            <button type="button" id="rt-action-add" {onclick}>{ t::RT_ACTION_ADD.get(lang) }</button>
        </div>
    }
}

/// The round tables about an assessment, for the printed report: who took
/// part, every item's individual and agreed answers, decisions and actions.
pub fn report_section(tables: &[&RoundTable], a: &Assessment, org: &OrgLenses, lang: Lang) -> Html {
    html! {
        { for tables.iter().map(|tb| html! {
            <section class="report-roundtable" aria-labelledby={format!("rr-{}", tb.id)}>
                <h2 id={format!("rr-{}", tb.id)}>{ &tb.name }</h2>
                <p class="scored-for-line">{ t::RT_SCORED_FOR.fill(lang, &[("group", &report_groups::scored_for(tb, a, lang))]) }</p>
                <p>{ t::RT_PARTICIPANTS.get(lang) }{ ": " }{ tb.participants.iter().map(|p| p.label.as_str()).collect::<Vec<_>>().join(", ") }</p>
                <table class="report-table">
                    <thead><tr>
                        <th scope="col">{ t::COL_QUESTION.get(lang) }</th>
                        { for tb.participants.iter().map(|p| html! { <th scope="col">{ &p.label }</th> }) }
                        <th scope="col">{ t::RT_AGREED.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for rt::agenda(tb, &tb.items(a, &org.rules().extra)).iter().map(|sm| {
                            let agreed = tb.agreed_answer(sm.item).map(|(a, r)| {
                                let w = answer_word(sm.item, Some(a), lang);
                                if r.is_empty() { w } else { format!("{w}: {r}") }
                            }).unwrap_or_default();
                            html! {
                                <tr>
                                    <th scope="row">{ item_label(sm.item, org, lang) }</th>
                                    { for sm.answers.iter().map(|(_, a)| html! { <td>{ answer_word(sm.item, *a, lang) }</td> }) }
                                    <td class="user-text">{ agreed }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if !tb.decisions.is_empty() {
                    <h3>{ t::RT_DECISIONS.get(lang) }</h3>
                    <ul>{ for tb.decisions.iter().map(|x| html! { <li class="user-text">{ x }</li> }) }</ul>
                }
                if !tb.actions.is_empty() {
                    <h3>{ t::RT_ACTIONS.get(lang) }</h3>
                    <ul>{ for tb.actions.iter().map(|a| html! { <li class="user-text">{ format!("{} · {} · {}", a.what, a.who, a.due) }</li> }) }</ul>
                }
            </section>
        }) }
    }
}
