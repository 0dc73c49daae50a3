//! Round table on a projector: one agenda item at a time, large type,
//! keyboard driven, with the time box.

use super::{answer_word, item_label, item_texts};
use crate::config::OrgLenses;
use crate::domain::roundtable::{self as rt, Item, Phase, RoundTable};
use crate::i18n::{ui as t, Lang};
use crate::state::{Action, View};
use crate::ui::effects;
use yew::prelude::*;

/// Presentation mode: one agenda item at a time, large, keyboard driven.
#[derive(Properties, PartialEq)]
pub struct PresentProps {
    pub table: RoundTable,
    /// The items the session asks (`RoundTable::items`).
    pub items: Vec<Item>,
    /// For the organisation's extra lens questions.
    pub org: OrgLenses,
    /// Whom the session scores, in words (see `report_groups::scored_for`).
    #[prop_or_default]
    pub scored_for: String,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Present(p: &PresentProps) -> Html {
    let index = use_state(|| 0usize);
    let shown = use_state(|| p.table.phase != Phase::Scoring);
    // The time box: seconds left for the current item, restarted per item.
    // Computed from the start time, so a tick only needs to say "now".
    let timebox = p.table.timebox_minutes.map(|m| u64::from(m) * 60);
    let started = use_state(effects::now);
    let clock = use_state(effects::now);
    {
        let (started, clock) = (started.clone(), clock.clone());
        use_effect_with((*index, timebox), move |(_, tb)| {
            started.set(effects::now());
            clock.set(effects::now());
            let handle = tb.map(|_| effects::every_second(move || clock.set(effects::now())));
            move || drop(handle)
        });
    }
    let left = timebox.map(|total| total.saturating_sub(clock.saturating_sub(*started) / 1000));
    let lang = p.lang;
    let agenda = rt::agenda(&p.table, &p.items);
    let n = agenda.len();
    let i = (*index).min(n.saturating_sub(1));
    let go = |delta: i32| {
        let index = index.clone();
        move || index.set(((i as i32 + delta).clamp(0, n.saturating_sub(1) as i32)) as usize)
    };
    let onkeydown = {
        let (next, prev) = (go(1), go(-1));
        let shown = shown.clone();
        let d = p.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowRight" | "PageDown" | "n" => next(),
            "ArrowLeft" | "PageUp" | "p" => prev(),
            "r" | "R" => shown.set(!*shown),
            "Escape" => d.emit(Action::Show(View::RoundTable)),
            _ => {}
        })
    };
    let Some(sm) = agenda.get(i) else {
        return html! { <h1 tabindex="-1">{ t::RT_PRESENT.get(lang) }</h1> };
    };
    let (name, question) = item_texts(sm.item, &p.org, lang);
    let next = go(1);
    let prev = go(-1);
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(!*shown))
    };
    html! {
        <div class="present" id="present" tabindex="0" {onkeydown} aria-roledescription={t::RT_PRESENT.get(lang)}>
            <p class="present-count" aria-live="polite">{ t::RT_PRESENT_COUNT.fill(lang, &[("i", &(i + 1).to_string()), ("n", &n.to_string())]) }</p>
            if let Some(secs) = left {
                <p id="present-timer" class={classes!("present-timer", (secs == 0).then_some("over"))} role="timer">
                    { if secs == 0 { t::RT_TIME_UP.get(lang).to_string() } else { t::RT_TIME_LEFT.fill(lang, &[("time", &format!("{}:{:02}", secs / 60, secs % 60))]) } }
                </p>
            }
            if !p.scored_for.is_empty() {
                <p class="present-for" id="present-for">{ t::RT_SCORED_FOR.fill(lang, &[("group", &p.scored_for)]) }</p>
            }
            <h1 tabindex="-1">{ name }</h1>
            <p class="present-question">{ question }</p>
            if *shown {
                <div class="present-answers" id="present-answers">
                    { super::reveal::strip(sm, &item_label(sm.item, &p.org, lang), lang) }
                    <p class="present-spread">{ t::RT_SPREAD.fill(lang, &[("spread", &sm.spread.to_string()), ("known", &sm.known.to_string()), ("unknown", &(sm.unknown + sm.missing).to_string())]) }</p>
                    <ul>{ for sm.answers.iter().map(|(who, a)| html! { <li><strong>{ who }</strong>{ ": " }{ answer_word(sm.item, *a, lang) }</li> }) }</ul>
                </div>
            }
            <div class="present-nav">
                <button type="button" id="present-prev" disabled={i == 0} onclick={Callback::from(move |_| prev())}>{ "← " }{ t::RT_PREV.get(lang) }</button>
                <button type="button" id="present-reveal" aria-pressed={shown.to_string()} onclick={toggle}>{ t::RT_SHOW_ANSWERS.get(lang) }</button>
                <button type="button" id="present-next" disabled={i + 1 >= n} onclick={Callback::from(move |_| next())}>{ t::RT_NEXT.get(lang) }{ " →" }</button>
                <button type="button" id="present-exit" onclick={p.dispatch.reform(|_| Action::Show(View::RoundTable))}>{ t::RT_EXIT.get(lang) }</button>
            </div>
            <p class="hint">{ t::RT_PRESENT_KEYS.get(lang) }</p>
        </div>
    }
}
