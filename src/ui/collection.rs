//! The start view: the list of assessments, new, import/export, examples.
//! The compare view is in `compare`.

use super::effects;
use crate::codec::file;
use crate::domain::scoring::{self, Verdict};
use crate::domain::*;
use crate::i18n::examples::example;
use crate::i18n::{ui as t, Lang};
use crate::report;
use crate::state::{display_title, Action, AppState, Notice, MAX_COMPARE};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A verdict as a small labelled badge.
pub fn verdict_badge(v: Option<Verdict>, lang: Lang) -> Html {
    let key = v.map(Verdict::key).unwrap_or("none");
    html! { <span class={classes!("verdict-badge", key)} data-verdict={key}>{ t::verdict_name(v).get(lang) }</span> }
}

pub fn start(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let example_card = |id: ExampleId| {
        let ex = example(id);
        let ex_title = ex.idea.title.get(lang);
        html! {
            <li class="example-card">
                <h3>{ ex_title }</h3>
                <p>{ ex.summary.get(lang) }</p>
                <button type="button" data-example={id.key()} onclick={d.reform(move |_| Action::LoadExample(id))}
                    aria-label={t::START_OPEN_EXAMPLE.fill(lang, &[("title", ex_title)])}>
                    { t::START_OPEN_EXAMPLE_SHORT.get(lang) }
                </button>
            </li>
        }
    };
    html! {
        <div class="start">
            <h1 tabindex="-1">{ t::START_TITLE.get(lang) }</h1>
            <p class="lead">{ t::START_INTRO.get(lang) }</p>
            <div class="start-actions">
                <button type="button" id="new-assessment" class="primary" onclick={d.reform(|_| Action::New)}>
                    { t::START_NEW.get(lang) }
                </button>
                <ImportButton lang={lang} dispatch={d.clone()} />
                if !s.records.is_empty() {
                    <button type="button" id="export-all" onclick={export_all(s)}>{ t::EXPORT_ALL.get(lang) }</button>
                }
            </div>
            { list(s, d) }
            <section aria-labelledby="examples-title">
                <h2 id="examples-title">{ t::START_EXAMPLES_TITLE.get(lang) }</h2>
                <p>{ t::START_EXAMPLES_INTRO.get(lang) }</p>
                <ul class="examples">{ for ExampleId::ALL.into_iter().map(example_card) }</ul>
            </section>
        </div>
    }
}

/// Saves every assessment as one file (also the remedy when saving fails).
pub fn export_all(s: &AppState) -> Callback<MouseEvent> {
    let records = s.records.clone();
    Callback::from(move |_| {
        let now = effects::now();
        let name = format!("wenselijk-{}.json", report::date(now));
        effects::download(&name, "application/json", &file::export(&records, now));
    })
}

/// Exports one record as a file.
pub fn export_one(r: &Rc<Record>) -> Callback<MouseEvent> {
    let r = Rc::clone(r);
    Callback::from(move |_| {
        let now = effects::now();
        let name = report::file_name(&r.assessment, now, "json");
        effects::download(&name, "application/json", &file::export(std::slice::from_ref(&r), now));
    })
}

fn list(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    if s.records.is_empty() {
        return html! {
            <section class="card empty-list" aria-labelledby="list-title">
                <h2 id="list-title">{ t::LIST_TITLE.get(lang) }</h2>
                <p>{ t::LIST_EMPTY.get(lang) }</p>
            </section>
        };
    }
    let rows = s.by_recent().into_iter().map(|r| {
        let id = r.id.clone();
        let outcome = scoring::evaluate_with(&r.assessment, &s.config.scoring());
        let title = display_title(&r.assessment, lang);
        let picked = s.compare.contains(&r.id);
        let full = !picked && s.compare.len() >= MAX_COMPARE;
        let open = d.reform({
            let id = id.clone();
            move |_| Action::Open(id.clone())
        });
        let dup = d.reform({
            let id = id.clone();
            move |_| Action::Duplicate(id.clone())
        });
        let del = d.reform({
            let id = id.clone();
            move |_| Action::Delete(id.clone())
        });
        let toggle = d.reform({
            let id = id.clone();
            move |_| Action::ToggleCompare(id.clone())
        });
        let cb_id = format!("cmp-{}", r.id);
        html! {
            <tr data-id={r.id.clone()}>
                <td class="title-cell">
                    <RenameField id={id.clone()} title={r.assessment.idea.title.clone()} shown={title.clone()} lang={lang} dispatch={d.clone()} on_open={open} />
                    if r.assessment.example.is_some() {
                        <span class="tag">{ t::LIST_EXAMPLE_TAG.get(lang) }</span>
                    }
                </td>
                <td>{ verdict_badge(outcome.verdict, lang) }</td>
                <td class="when">{ effects::local_datetime(r.updated, lang) }</td>
                <td class="compare-cell">
                    <input type="checkbox" id={cb_id.clone()} checked={picked} disabled={full} onchange={toggle} />
                    <label for={cb_id}>{ t::LIST_COMPARE.get(lang) }<span class="sr-only">{ format!(": {title}") }</span></label>
                </td>
                <td class="row-actions">
                    <button type="button" class="small" data-action="duplicate" onclick={dup}
                        aria-label={t::LIST_DUPLICATE_LABEL.fill(lang, &[("title", &title)])}>{ t::LIST_DUPLICATE.get(lang) }</button>
                    <button type="button" class="small" data-action="export" onclick={export_one(r)}
                        aria-label={t::LIST_EXPORT_LABEL.fill(lang, &[("title", &title)])}>{ t::LIST_EXPORT.get(lang) }</button>
                    <button type="button" class="small danger" data-action="delete" onclick={del}
                        aria-label={t::LIST_DELETE_LABEL.fill(lang, &[("title", &title)])}>{ t::LIST_DELETE.get(lang) }</button>
                </td>
            </tr>
        }
    });
    // One picked with customer groups: its groups can be compared.
    let one_with_groups = matches!(s.compared().as_slice(), [r] if !r.assessment.groups.is_empty());
    let compare_hint = match s.compare.len() {
        0 | 1 => t::LIST_COMPARE_HINT.get(lang).to_string(),
        n => t::LIST_COMPARE_READY.fill(lang, &[("n", &n.to_string())]),
    };
    html! {
        <section class="card" aria-labelledby="list-title">
            <h2 id="list-title">{ t::LIST_TITLE.get(lang) }{ format!(" ({})", s.records.len()) }</h2>
            <div class="table-scroll">
                <table id="assessments" class="list">
                    <thead><tr>
                        <th scope="col">{ t::LIST_COL_TITLE.get(lang) }</th>
                        <th scope="col">{ t::LIST_COL_VERDICT.get(lang) }</th>
                        <th scope="col">{ t::LIST_COL_CHANGED.get(lang) }</th>
                        <th scope="col">{ t::LIST_COL_COMPARE.get(lang) }</th>
                        <th scope="col">{ t::LIST_COL_ACTIONS.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="hint">{ compare_hint }
                if s.compare.len() >= 2 {
                    { " " }
                    <button type="button" id="open-compare" class="primary" onclick={d.reform(|_| Action::Show(crate::state::View::Compare))}>
                        { t::LIST_OPEN_COMPARE.get(lang) }
                    </button>
                } else if one_with_groups {
                    { " " }
                    <button type="button" id="open-compare-groups" class="primary" onclick={d.reform(|_| Action::Show(crate::state::View::Compare))}>
                        { t::LIST_OPEN_COMPARE_GROUPS.get(lang) }
                    </button>
                }
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct RenameProps {
    pub id: String,
    /// The stored title (may be empty).
    pub title: String,
    /// What to show (the title or "Untitled idea").
    pub shown: String,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    pub on_open: Callback<MouseEvent>,
}

/// A title that opens the assessment, with a "rename" button that turns it
/// into a field: Enter saves, Escape cancels.
#[component]
pub fn RenameField(p: &RenameProps) -> Html {
    let editing = use_state(|| false);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(*editing, move |on| {
            if *on {
                if let Some(el) = input.cast::<HtmlInputElement>() {
                    let _ = el.focus();
                    el.select();
                }
            }
        });
    }
    let lang = p.lang;
    if *editing {
        let finish = {
            let editing = editing.clone();
            let dispatch = p.dispatch.clone();
            let id = p.id.clone();
            let input = input.clone();
            move |save: bool| {
                if save {
                    if let Some(el) = input.cast::<HtmlInputElement>() {
                        dispatch.emit(Action::Rename(id.clone(), el.value().trim().to_string()));
                    }
                }
                editing.set(false);
            }
        };
        let onkeydown = {
            let finish = finish.clone();
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    finish(true)
                }
                "Escape" => finish(false),
                _ => {}
            })
        };
        let onblur = Callback::from(move |_: FocusEvent| finish(true));
        let field_id = format!("rename-{}", p.id);
        return html! {
            <span class="rename">
                <label for={field_id.clone()} class="sr-only">{ t::LIST_RENAME_FIELD.get(lang) }</label>
                <input id={field_id} type="text" ref={input} value={p.title.clone()} {onkeydown} {onblur} />
            </span>
        };
    }
    let start = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    html! {
        <span class="title-line">
            <button type="button" class="link open" data-action="open" onclick={p.on_open.clone()}>{ p.shown.clone() }</button>
            <button type="button" class="small" data-action="rename" onclick={start}
                aria-label={t::LIST_RENAME_LABEL.fill(lang, &[("title", &p.shown)])}>{ t::LIST_RENAME.get(lang) }</button>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// "Import file": a button that opens the browser's file picker.
#[component]
pub fn ImportButton(p: &ImportProps) -> Html {
    let input = use_node_ref();
    let lang = p.lang;
    let open = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                el.click();
            }
        })
    };
    let onchange = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(el) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let dispatch = dispatch.clone();
            effects::read_chosen_file(&el, lang, move |res| {
                let action = match res.map(|text| file::import(&text)) {
                    Ok(Ok(records)) => Action::Import(records),
                    Ok(Err(e)) => Action::Notify(Notice::ReadFailed { detail: effects::describe(&e, lang) }),
                    Err(detail) => Action::Notify(Notice::ReadFailed { detail }),
                };
                dispatch.emit(action);
            });
        })
    };
    html! {
        <>
            <button type="button" id="import-button" onclick={open}>{ t::IMPORT_FILE.get(lang) }</button>
            <input type="file" id="import-file" accept=".json,application/json" hidden=true ref={input} {onchange}
                aria-label={t::IMPORT_FILE.get(lang)} />
        </>
    }
}
