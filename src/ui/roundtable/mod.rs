//! Round-table views: setup and independent scoring (one device, or own
//! devices with invite links and answer codes), reveal with the agenda by
//! disagreement, agreement with decisions and action points, presentation
//! mode, and the participant's own device.

use super::{effects, widgets};
use crate::codec::qr;

use crate::config::{OrgConfig, OrgLenses};
use crate::domain::lens::{LensAnswer, LensId, LensSet};
use crate::domain::roundtable::{Item, ItemAnswer, Phase, RoundTable, ScoredFor};
use crate::domain::*;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::lens as lens_text;
use crate::i18n::{ui as t, Lang, Text};
use crate::report;
use crate::report::group_compare as report_groups;
use crate::state::{display_title, Action, AppState, View};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

mod participant;
mod present;
mod reveal;
mod setup;
pub use participant::{participant, Events as ParticipantEvents};
pub use present::Present;
pub use reveal::report_section;

/// An item's name; for a lens question, its lens's name.
pub fn item_name(item: Item) -> Text {
    match item {
        Item::Dimension(d) => framework::dimension_brief(d).name,
        Item::Value(q) => framework::value_brief(q).name,
        Item::Flag(f) => framework::flag_brief(f).name,
        Item::Lens(l, _) => lens_text::lens(l).name,
    }
}

/// An item's name and question, in `lang`; the organisation's extra lens
/// questions are its own text.
pub fn item_texts(item: Item, org: &OrgLenses, lang: Lang) -> (&'static str, &str) {
    let question = match item {
        Item::Dimension(d) => framework::dimension_brief(d).question.get(lang),
        Item::Value(q) => framework::value_brief(q).question.get(lang),
        Item::Flag(f) => framework::flag_brief(f).question.get(lang),
        Item::Lens(l, i) => lens_text::question(l, usize::from(i), org.questions(l), lang),
    };
    (item_name(item).get(lang), question)
}

/// An item's name in one line: a lens question as "lens: question".
pub fn item_label(item: Item, org: &OrgLenses, lang: Lang) -> String {
    match item_texts(item, org, lang) {
        (name, question) if matches!(item, Item::Lens(..)) => format!("{name}: {question}"),
        (name, _) => name.to_owned(),
    }
}

/// An answer in words: "4 Good", "Not known yet", "Yes", "4 High".
pub fn answer_word(item: Item, answer: Option<ItemAnswer>, lang: Lang) -> String {
    match answer {
        None => t::NOT_ANSWERED.get(lang).to_string(),
        Some(ItemAnswer::Flag(f)) => t::flag_answer(f).get(lang).to_string(),
        Some(ItemAnswer::Lens(a)) => lens_text::answer_word(Some(a), lang),
        Some(ItemAnswer::Scale(Answer::Unknown)) => t::UNKNOWN.get(lang).to_string(),
        Some(ItemAnswer::Scale(Answer::Level(l))) => {
            let words = match item {
                Item::Value(q) => framework::value_scale(q),
                _ => &DIMENSION_SCALE,
            };
            format!("{} {}", l.get(), words[usize::from(l.get() - 1)].get(lang))
        }
    }
}

/// The choice control for one item: a scale, yes / no / unsure, or a lens
/// question's own answers.
fn item_choice(
    name: &str,
    item: Item,
    current: Option<ItemAnswer>,
    lang: Lang,
    on: Callback<Option<ItemAnswer>>,
) -> Html {
    match (item, current) {
        (Item::Flag(_), cur) => {
            let cur = cur.and_then(|a| if let ItemAnswer::Flag(f) = a { Some(f) } else { None });
            widgets::flag_choice(name, cur, lang, on.reform(|a: Option<FlagAnswer>| a.map(ItemAnswer::Flag)))
        }
        (Item::Lens(..), cur) => {
            let cur = cur.and_then(|a| if let ItemAnswer::Lens(x) = a { Some(x) } else { None });
            let on = on.reform(|a: Option<LensAnswer>| a.map(ItemAnswer::Lens));
            crate::ui::lens::question_control(name, item.is_scale(), cur, lang, on)
        }
        (_, cur) => {
            let cur = cur.and_then(|a| if let ItemAnswer::Scale(x) = a { Some(x) } else { None });
            let words = match item {
                Item::Value(q) => framework::value_scale(q),
                _ => &DIMENSION_SCALE,
            };
            widgets::scale(name, words, cur, lang, on.reform(|a: Option<Answer>| a.map(ItemAnswer::Scale)))
        }
    }
}

/// A lens question's callback (its key within lens `l`) as the item's.
fn by_key<T: 'static, U: 'static>(l: LensId, on: &Callback<(Item, U)>, f: fn(T) -> U) -> Callback<(String, T)> {
    let on = on.clone();
    Callback::from(move |(k, x): (String, T)| {
        if let Some(item) = Item::lens(l, &k) {
            on.emit((item, f(x)));
        }
    })
}

/// The 17 items as a compact scoring form, then the questions of the
/// `lenses` on, per lens (with the organisation's extra questions).
fn scoring_form(
    prefix: &str,
    answers: &Assessment,
    lenses: LensSet,
    org: &OrgLenses,
    lang: Lang,
    on_answer: Callback<(Item, Option<ItemAnswer>)>,
    on_note: Callback<(Item, String)>,
) -> Html {
    let lens_answers = Rc::new(answers.lenses.clone());
    let lens = |l: LensId| {
        let def = lens_text::lens(l);
        let id = format!("{prefix}-lens-{}", l.key());
        let on_answer = by_key(l, &on_answer, |a: Option<LensAnswer>| a.map(ItemAnswer::Lens));
        let on_note = by_key(l, &on_note, |n| n);
        html! {
            <div class="lens" {id}>
                <h3>{ def.name.get(lang) }</h3>
                <p class="hint">{ def.intro.get(lang) }</p>
                <crate::ui::lens::LensQuestions lens={l} lenses={lens_answers.clone()} extra={org.question_texts(l, lang)}
                    {on_answer} {on_note} prefix={format!("{prefix}-lens")} {lang} />
            </div>
        }
    };
    html! {
        <div class="scoring-form">
            { for Item::ALL.into_iter().map(|item| {
                let (name, question) = item_texts(item, org, lang);
                let field = format!("{prefix}-{}", item.key());
                html! {
                    <fieldset class="item compact" id={field.clone()}>
                        <legend><span class="item-name">{ name }</span><span class="item-question">{ question }</span></legend>
                        { item_choice(&field, item, item.answer_in(answers), lang, on_answer.reform(move |a| (item, a))) }
                        { widgets::note(&format!("{field}-note"), item.note_in(answers), lang, on_note.reform(move |n| (item, n))) }
                    </fieldset>
                }
            }) }
            { for lenses.iter().map(lens) }
        </div>
    }
}

pub fn view(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(tb) = s.current_table() else {
        return html! { <h1 tabindex="-1">{ t::RT_TITLE.get(lang) }</h1> };
    };
    let Some(record) = s.record(&tb.record_id) else {
        return html! { <h1 tabindex="-1">{ t::RT_TITLE.get(lang) }</h1> };
    };
    let body = match tb.phase {
        Phase::Scoring => setup::scoring(s, tb, &record.assessment, d),
        Phase::Revealed | Phase::Agreed => reveal::reveal(tb, &record.assessment, &s.config.lenses, lang, d),
    };
    let gone = tb.scored_for(&record.assessment) == ScoredFor::Missing;
    html! {
        <div class="roundtable">
            <p class="kicker">{ t::RT_ABOUT.fill(lang, &[("title", &display_title(&record.assessment, lang))]) }</p>
            <h1 tabindex="-1">{ &tb.name }</h1>
            <p class="scored-for-line" id="rt-scored-for-line">
                { t::RT_SCORED_FOR.fill(lang, &[("group", &report_groups::scored_for(tb, &record.assessment, lang))]) }
            </p>
            if gone {
                <p class="warning" id="rt-group-gone">{ t::RT_GROUP_GONE_HINT.get(lang) }</p>
            }
            <ol class="phases" aria-label={t::RT_PHASES.get(lang)}>
                { for [(Phase::Scoring, t::RT_PHASE_SCORE), (Phase::Revealed, t::RT_PHASE_REVEAL), (Phase::Agreed, t::RT_PHASE_AGREE)].into_iter().map(|(p, label)| html! {
                    <li class={classes!((tb.phase == p).then_some("current"))} aria-current={(tb.phase == p).then_some("step")}>{ label.get(lang) }</li>
                }) }
            </ol>
            { body }
            { export_block(tb, &record.assessment, &s.config, lang, d) }
        </div>
    }
}

/// "You score for: <group>", the group's description and a reminder, for
/// a participant scoring a customer group (on a shared device or their own).
fn scoring_for(name: &str, description: &str, lang: Lang) -> Html {
    html! {
        <div class="scored-for" id="scoring-for" role="note">
            <p class="scored-for-name"><strong>{ t::RT_YOU_SCORE_FOR.fill(lang, &[("group", &report_groups::group_label(name, lang))]) }</strong></p>
            if !description.trim().is_empty() {
                <p class="user-text" id="scoring-for-description">{ description }</p>
            }
            <p class="hint">{ t::RT_YOU_SCORE_FOR_HINT.get(lang) }</p>
        </div>
    }
}

fn idea_summary(idea: &Idea, lang: Lang) -> Html {
    html! {
        <dl class="idea-list">
            { for IdeaField::ALL.into_iter().filter(|f| !idea.get(*f).trim().is_empty()).map(|f| html! {
                <><dt>{ report::idea_label(f).get(lang) }</dt><dd class="user-text">{ idea.get(f) }</dd></>
            }) }
        </dl>
    }
}

/// A QR code as SVG, with the text it carries as its accessible name.
pub fn qr_svg(id: &str, text: &str, label: &str) -> Html {
    let Some(m) = qr::matrix(text) else {
        return html! {};
    };
    let mut path = String::new();
    for y in 0..m.width {
        for x in 0..m.width {
            if m.is_dark(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let size = m.width + 8;
    html! {
        <svg id={id.to_string()} class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={label.to_string()}
            data-text={text.to_string()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

fn export_block(tb: &RoundTable, a: &Assessment, org: &OrgConfig, lang: Lang, d: &Callback<Action>) -> Html {
    let md = {
        let (tb, a, org) = (tb.clone(), a.clone(), org.clone());
        Callback::from(move |_| {
            let now = effects::now();
            let name = report::file_name(&a, now, "md").replacen("wenselijk-", "wenselijk-rondetafel-", 1);
            effects::download(&name, "text/markdown", &report::roundtable_markdown(&tb, &a, &org, lang, now));
        })
    };
    let json = {
        let (tb, a) = (tb.clone(), a.clone());
        Callback::from(move |_| {
            let now = effects::now();
            let name = report::file_name(&a, now, "json").replacen("wenselijk-", "wenselijk-rondetafel-", 1);
            effects::download(&name, "application/json", &report::roundtable_json(&tb, &a, now));
        })
    };
    let id = tb.id.clone();
    html! {
        <section class="card no-print" aria-labelledby="rt-export">
            <h2 id="rt-export">{ t::RT_EXPORT.get(lang) }</h2>
            <div class="actions">
                <button type="button" id="rt-markdown" onclick={md}>{ t::REPORT_DOWNLOAD_MD.get(lang) }</button>
                <button type="button" id="rt-json" onclick={json}>{ t::RT_JSON.get(lang) }</button>
                <button type="button" id="rt-back" onclick={d.reform(|_| Action::Show(View::Assess))}>{ "← " }{ t::REPORT_BACK.get(lang) }</button>
                <button type="button" id="rt-delete" class="danger" onclick={d.reform(move |_| Action::RtDelete(id.clone()))}>{ t::RT_DELETE.get(lang) }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddLineProps {
    pub id: &'static str,
    pub label: &'static str,
    pub button: &'static str,
    pub hint: &'static str,
    pub allow_empty: bool,
    pub on_add: Callback<String>,
    /// A text area for a long paste (Shift+Enter: a new line).
    #[prop_or_default]
    pub multiline: bool,
}

/// A text field with an "add" button; Enter adds too. Clears after adding.
#[component]
pub fn AddLine(p: &AddLineProps) -> Html {
    let input = use_node_ref();
    let add = {
        let input = input.clone();
        let on_add = p.on_add.clone();
        let allow_empty = p.allow_empty;
        move || {
            let (line, area) = (input.cast::<HtmlInputElement>(), input.cast::<HtmlTextAreaElement>());
            let v = line.as_ref().map(|e| e.value()).or_else(|| area.as_ref().map(|e| e.value()));
            if let Some(v) = v.filter(|v| allow_empty || !v.trim().is_empty()) {
                on_add.emit(v);
                if let Some(e) = &line {
                    e.set_value("");
                }
                if let Some(e) = &area {
                    e.set_value("");
                }
            }
        }
    };
    let onclick = {
        let add = add.clone();
        Callback::from(move |_| add())
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && !e.shift_key() {
            e.prevent_default();
            add();
        }
    });
    html! {
        <div class="field add-line">
            <label for={p.id}>{ p.label }</label>
            if !p.hint.is_empty() { <p class="hint">{ p.hint }</p> }
            <div class="share-row">
                if p.multiline {
                    <textarea id={p.id} ref={input} {onkeydown} rows="3" />
                } else {
                    <input id={p.id} type="text" ref={input} {onkeydown} maxlength={crate::codec::MAX_TEXT_CHARS.to_string()} />
                }
                <button type="button" id={format!("{}-add", p.id)} {onclick}>{ p.button }</button>
            </div>
        </div>
    }
}

/// The round tables of an assessment, to open from the assess view.
pub fn list_for_record(s: &AppState, record_id: &str, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let tables = s.tables_of(record_id);
    if tables.is_empty() {
        return html! {};
    }
    html! {
        <p class="roundtables-of" id="roundtables-of">
            { t::RT_EXISTING.get(lang) }{ " " }
            { for tables.iter().map(|tb| {
                let id = tb.id.clone();
                html! { <><button type="button" class="link" data-table={tb.id.clone()} onclick={d.reform(move |_| Action::RtOpen(id.clone()))}>{ &tb.name }</button>{ " " }</> }
            }) }
        </p>
    }
}
