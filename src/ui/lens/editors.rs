//! The golden rules' contact plan editor and the customer journey editor
//! of "moments that matter".

use super::super::widgets;
use crate::domain::lens::plan::MAX_PER_WEEK;
use crate::domain::lens::{Channel, ContactPlan, Day, Journey, MAX_STEPS};
use crate::i18n::lens as tl;
use crate::i18n::Lang;
use crate::state::{Action, LensAction as L};
use yew::prelude::*;

/// A labelled select: "Choose…" first, then `options` (value, label).
fn select(
    id: &str,
    label: &str,
    lang: Lang,
    options: Vec<(String, String)>,
    current: Option<String>,
    on: Callback<String>,
) -> Html {
    let onchange = on.reform(|e: Event| widgets::event_value(&e));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} {onchange}>
                <option value="" selected={current.is_none()}>{ tl::PLAN_CHOOSE.get(lang) }</option>
                { for options.into_iter().map(|(v, l)| {
                    let selected = current.as_deref() == Some(v.as_str());
                    html! { <option {selected} value={v}>{ l }</option> }
                }) }
            </select>
        </div>
    }
}

/// A select over a list of keyed things.
#[allow(clippy::too_many_arguments)]
fn pick<T: Copy + PartialEq + 'static>(
    id: &str,
    label: &str,
    lang: Lang,
    all: &'static [T],
    key: fn(T) -> String,
    name: impl Fn(T) -> String,
    current: Option<T>,
    d: &Callback<Action>,
    act: fn(Option<T>) -> L,
) -> Html {
    let options = all.iter().map(|x| (key(*x), name(*x))).collect();
    let on = d.reform(move |v: String| Action::Lens(act(all.iter().copied().find(|x| key(*x) == v))));
    select(id, label, lang, options, current.map(key), on)
}

const HOURS: [u8; 24] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

/// The contact plan: channel (with the answer time customers expect on
/// it), day, hour, contacts a week, and whether the channel answers in time.
pub fn plan(p: &ContactPlan, lang: Lang, d: &Callback<Action>) -> Html {
    let channel = pick(
        "plan-channel",
        tl::PLAN_CHANNEL.get(lang),
        lang,
        &Channel::ALL,
        |c| c.key().to_string(),
        |c| tl::channel(c).get(lang).to_string(),
        p.channel,
        d,
        L::Channel,
    );
    let day = pick(
        "plan-day",
        tl::PLAN_DAY.get(lang),
        lang,
        &Day::ALL,
        |x| x.key().to_string(),
        |x| tl::day(x).get(lang).to_string(),
        p.day,
        d,
        L::Day,
    );
    let hour =
        pick("plan-hour", tl::PLAN_HOUR.get(lang), lang, &HOURS, |h| h.to_string(), tl::hour, p.hour, d, L::Hour);
    let per_week = {
        let onchange = d.reform(|e: Event| Action::Lens(L::PerWeek(widgets::event_value(&e).trim().parse().ok())));
        html! {
            <div class="field narrow">
                <label for="plan-per-week">{ tl::PLAN_PER_WEEK.get(lang) }</label>
                <input id="plan-per-week" type="number" inputmode="numeric" min="1" max={MAX_PER_WEEK.to_string()}
                    value={p.per_week.map(|n| n.to_string()).unwrap_or_default()} {onchange} />
            </div>
        }
    };
    let expect = p.channel.map(|c| {
        html! { <p id="plan-expect" class="hint">{ tl::plan_expect(c, lang) }</p> }
    });
    html! {
        <fieldset id="lens-plan" class="lens-plan">
            <legend><span class="item-name">{ tl::PLAN.get(lang) }</span></legend>
            <div class="plan-grid">{ channel }{ day }{ hour }{ per_week }</div>
            { expect }
            <fieldset class="plan-in-time">
                <legend>{ tl::PLAN_IN_TIME.get(lang) }</legend>
                { widgets::flag_choice("plan-in-time", p.in_time, lang, d.reform(|x| Action::Lens(L::InTime(x)))) }
                { widgets::clear_button(p.in_time.is_some(), tl::PLAN_IN_TIME.get(lang), lang, d.reform(|_| Action::Lens(L::InTime(None)))) }
            </fieldset>
        </fieldset>
    }
}

/// The journey: per step its name, whether it counts for the customer,
/// "the idea comes here", move earlier and remove; then "add a step".
/// `focus` learns where focus goes after adding or removing.
pub fn journey(j: &Journey, lang: Lang, d: &Callback<Action>, focus: Callback<String>) -> Html {
    let step = |(i, s): (usize, &crate::domain::lens::Step)| {
        let n = (i + 1).to_string();
        let nn = [("n", n.as_str())];
        let id = format!("step-{i}");
        let at = j.at.map(usize::from) == Some(i);
        let remove = {
            let (d, focus) = (d.clone(), focus.clone());
            Callback::from(move |_: MouseEvent| {
                focus.emit("#undo".into());
                d.emit(Action::Lens(L::RemoveStep(i)));
            })
        };
        let earlier = {
            let (d, focus) = (d.clone(), focus.clone());
            Callback::from(move |_: MouseEvent| {
                focus.emit(format!("#step-{}-up", i - 1));
                d.emit(Action::Lens(L::StepEarlier(i)));
            })
        };
        html! {
            <li>
                <fieldset {id} class={classes!("step-row", s.matters.then_some("matters"), at.then_some("idea"))}>
                    <legend>{ tl::STEP.fill(lang, &nn) }</legend>
                    { widgets::text_field(&format!("step-{i}-name"), &tl::STEP_NAME.fill(lang, &nn), None, &s.name, false,
                        d.reform(move |v| Action::Lens(L::StepName(i, v)))) }
                    <div class="step-checks">
                        <span class="check">
                            <input type="checkbox" id={format!("step-{i}-matters")} checked={s.matters}
                                onchange={d.reform(move |e: Event| Action::Lens(L::StepMatters(i, checked(&e))))} />
                            <label for={format!("step-{i}-matters")}>{ tl::STEP_MATTERS.get(lang) }</label>
                        </span>
                        <span class="check">
                            <input type="radio" name="step-at" id={format!("step-{i}-at")} checked={at}
                                onchange={d.reform(move |_| Action::Lens(L::IdeaAt(Some(i))))} />
                            <label for={format!("step-{i}-at")}>{ tl::STEP_IDEA_HERE.get(lang) }</label>
                        </span>
                    </div>
                    <div class="step-buttons">
                        if i > 0 {
                            <button type="button" id={format!("step-{i}-up")} class="link" onclick={earlier}>{ tl::STEP_UP.fill(lang, &nn) }</button>
                        }
                        <button type="button" id={format!("step-{i}-remove")} class="link danger" onclick={remove}>{ tl::STEP_REMOVE.fill(lang, &nn) }</button>
                    </div>
                </fieldset>
            </li>
        }
    };
    let n = j.steps.len();
    let add = {
        let (d, focus) = (d.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            focus.emit(format!("#step-{n}-name"));
            d.emit(Action::Lens(L::AddStep));
        })
    };
    html! {
        <fieldset id="lens-journey" class="lens-journey">
            <legend><span class="item-name">{ tl::JOURNEY.get(lang) }</span></legend>
            <p class="hint">{ tl::JOURNEY_INTRO.get(lang) }</p>
            if n == 0 {
                <p id="journey-empty">{ tl::JOURNEY_EMPTY.get(lang) }</p>
            } else {
                <ol class="journey-steps">{ for j.steps.iter().enumerate().map(step) }</ol>
            }
            if n < MAX_STEPS {
                <button type="button" id="step-add" onclick={add}>{ "+ " }{ tl::STEP_ADD.get(lang) }</button>
            }
        </fieldset>
    }
}

/// Whether the checkbox that fired `e` is checked.
pub fn checked(e: &Event) -> bool {
    e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked())
}
