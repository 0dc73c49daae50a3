//! Small reusable pieces of form: a scale of radios, a note, a text field.

use crate::domain::{Answer, FlagAnswer, Level};
use crate::i18n::{ui as t, Lang, Text};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A click handler that copies `text` to the clipboard and then shows
/// `success`, or the "copy by hand" notice when the browser refuses.
pub fn copy_on_click(
    d: &Callback<crate::state::Action>,
    text: String,
    success: crate::state::Notice,
) -> Callback<MouseEvent> {
    copy_with(
        text,
        d.reform(move |ok| {
            crate::state::Action::Notify(if ok { success.clone() } else { crate::state::Notice::CopyFailed })
        }),
    )
}

/// A click handler that copies `text` to the clipboard; `done` learns
/// whether the browser took it.
pub fn copy_with(text: String, done: Callback<bool>) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let done = done.clone();
        super::effects::copy_text(text.clone(), move |ok| done.emit(ok));
    })
}

/// An `ontoggle` handler for a `<details>`: `f` learns whether it is open now.
pub fn on_toggle(f: impl Fn(bool) + 'static) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
            f(el.has_attribute("open"));
        }
    })
}

/// The value of the input, textarea or select that fired an event.
pub fn event_value(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// A text field (single line) or text area, labelled, calling `on_input`.
pub fn text_field(
    id: &str,
    label: &str,
    hint: Option<&str>,
    value: &str,
    multiline: bool,
    on_input: Callback<String>,
) -> Html {
    let oninput = on_input.reform(|e: InputEvent| event_value(&e));
    // The same limit the file import enforces, so every export imports again.
    let maxlength = crate::codec::MAX_TEXT_CHARS.to_string();
    let control = if multiline {
        html! { <textarea id={id.to_string()} rows="2" maxlength={maxlength.clone()} placeholder={hint.map(str::to_string)} value={value.to_string()} {oninput} /> }
    } else {
        html! { <input id={id.to_string()} type="text" maxlength={maxlength} placeholder={hint.map(str::to_string)} value={value.to_string()} {oninput} /> }
    };
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            { control }
        </div>
    }
}

/// One radio option of a group.
pub struct Opt {
    pub value: String,
    pub label: String,
    pub checked: bool,
    pub class: &'static str,
}

/// Radios `name`, one per option; `on_change` gets the chosen value.
pub fn radio_group(name: &str, options: Vec<Opt>, on_change: Callback<String>) -> Html {
    html! {
        <div class="options" role="presentation">
            { for options.into_iter().map(|o| {
                let id = format!("{name}-{}", o.value);
                let value = o.value.clone();
                let onchange = on_change.reform(move |_| value.clone());
                html! {
                    <span class={classes!("option", o.class)}>
                        <input type="radio" id={id.clone()} name={name.to_string()} value={o.value.clone()} checked={o.checked} {onchange} />
                        <label for={id}>{ o.label }</label>
                    </span>
                }
            }) }
        </div>
    }
}

/// A five-step scale with a word per step and "not known yet".
pub fn scale(
    name: &str,
    words: &[Text; 5],
    current: Option<Answer>,
    lang: Lang,
    on_change: Callback<Option<Answer>>,
) -> Html {
    let mut options: Vec<Opt> = Level::all()
        .map(|l| Opt {
            value: l.get().to_string(),
            label: format!("{} {}", l.get(), words[usize::from(l.get() - 1)].get(lang)),
            checked: current == Some(Answer::Level(l)),
            class: "step",
        })
        .collect();
    options.push(Opt {
        value: "unknown".into(),
        label: t::UNKNOWN.get(lang).into(),
        checked: current == Some(Answer::Unknown),
        class: "unknown",
    });
    let cb = on_change.reform(|v: String| match v.as_str() {
        "unknown" => Some(Answer::Unknown),
        n => n.parse().ok().and_then(Level::new).map(Answer::Level),
    });
    radio_group(name, options, cb)
}

/// Yes / no / unsure.
pub fn flag_choice(
    name: &str,
    current: Option<FlagAnswer>,
    lang: Lang,
    on_change: Callback<Option<FlagAnswer>>,
) -> Html {
    let options = FlagAnswer::ALL
        .iter()
        .map(|a| Opt {
            value: a.key().into(),
            label: t::flag_answer(*a).get(lang).into(),
            checked: current == Some(*a),
            class: a.key(),
        })
        .collect();
    let cb = on_change.reform(|v: String| FlagAnswer::ALL.into_iter().find(|a| a.key() == v));
    radio_group(name, options, cb)
}

/// A "clear answer" button, shown only when there is an answer.
pub fn clear_button(shown: bool, item_name: &str, lang: Lang, on_clear: Callback<()>) -> Html {
    if !shown {
        return html! {};
    }
    html! {
        <button type="button" class="link clear" aria-label={t::CLEAR_ANSWER_LABEL.fill(lang, &[("name", item_name)])}
            onclick={on_clear.reform(|_| ())}>{ t::CLEAR_ANSWER.get(lang) }</button>
    }
}

/// The note under a scored item.
pub fn note(id: &str, value: &str, lang: Lang, on_input: Callback<String>) -> Html {
    text_field(id, t::NOTE.get(lang), Some(t::NOTE_HINT.get(lang)), value, true, on_input)
}

/// Who set the app up, their values and weights (reports, the rules view);
/// nothing for the default configuration.
pub fn organisation(org: &crate::config::OrgConfig, lang: Lang) -> Html {
    use crate::i18n::config as c;
    if org.name(lang).is_none() && org.values.is_empty() && org.weights.is_equal() {
        return html! {};
    }
    let name = org.name_or_unnamed(lang);
    let weights = crate::report::weight_lines(org, lang);
    html! {
        <div class="org-info">
            if org.name(lang).is_some() {
                <p class="org-from">{ c::CONFIG_FROM.fill(lang, &[("org", name)]) }</p>
            }
            if !org.values.is_empty() {
                <p class="org-values">
                    { c::CONFIG_VALUES_HEADING.fill(lang, &[("org", name)]) }{ ": " }
                    { org.values.iter().map(|v| v.get(lang)).collect::<Vec<_>>().join(", ") }
                </p>
            }
            if !weights.is_empty() {
                <p class="org-weights">{ c::CONFIG_WEIGHTS_NOTE.fill(lang, &[("org", name)]) }</p>
                <ul class="org-weights">{ for weights.into_iter().map(|w| html! { <li>{ w }</li> }) }</ul>
            }
        </div>
    }
}
