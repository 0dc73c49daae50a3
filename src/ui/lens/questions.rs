//! One lens's questions: the built-in ones, then the organisation's extra
//! ones, each with its answer (a scale, or yes / no / unsure / not
//! applicable, and "not known yet") and a note. Reusable: the assessment
//! form edits, a read-only view shows the answers in words.

use super::super::widgets::{self, Opt};
use crate::domain::lens::{self, extra_key, LensAnswer, LensId, Lenses};
use crate::domain::Answer;
use crate::i18n::lens::{self as tl, SCALE};
use crate::i18n::{ui as t, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub lens: LensId,
    pub lenses: Rc<Lenses>,
    /// The organisation's extra questions for this lens, in the language shown.
    pub extra: Vec<String>,
    /// A question's key and its new answer (`None`: cleared).
    pub on_answer: Callback<(String, Option<LensAnswer>)>,
    pub on_note: Callback<(String, String)>,
    #[prop_or_default]
    pub read_only: bool,
    /// The start of each question's id: `<prefix>-<lens>-<question>`.
    #[prop_or(AttrValue::Static("lensq"))]
    pub prefix: AttrValue,
    pub lang: Lang,
}

/// The questions of one lens.
#[component]
pub fn LensQuestions(p: &QuestionsProps) -> Html {
    let lang = p.lang;
    let texts = tl::lens(p.lens).questions;
    let built_in =
        lens::questions(p.lens).iter().zip(texts).map(|(q, text)| (q.key.to_string(), q.scale, text.get(lang)));
    let extra = p.extra.iter().enumerate().map(|(i, text)| (extra_key(i), false, text.as_str()));
    let items = built_in.chain(extra).map(|(key, scale, text)| question(p, key, scale, text));
    html! { <div class="lens-questions">{ for items }</div> }
}

fn question(p: &QuestionsProps, key: String, scale: bool, text: &str) -> Html {
    let lang = p.lang;
    let entry = p.lenses.entry(p.lens, &key);
    let id = format!("{}-{}-{key}", p.prefix, p.lens.key());
    let state = match entry.answer {
        None => "open",
        Some(LensAnswer::Unknown) => "unknown",
        Some(_) => "answered",
    };
    let body = if p.read_only {
        html! {
            <>
                <p class="lens-answer">{ tl::answer_word(entry.answer, lang) }</p>
                if !entry.note.is_empty() {
                    <p class="lens-note">{ t::NOTE.get(lang) }{ ": " }{ entry.note.clone() }</p>
                }
            </>
        }
    } else {
        let answer = {
            let key = key.clone();
            p.on_answer.reform(move |x| (key.clone(), x))
        };
        let control = control(&id, scale, entry.answer, lang, answer.clone());
        let note = {
            let key = key.clone();
            p.on_note.reform(move |v| (key.clone(), v))
        };
        html! {
            <>
                { control }
                { widgets::clear_button(entry.answer.is_some(), text, lang, answer.reform(|_| None)) }
                { widgets::note(&format!("{id}-note"), &entry.note, lang, note) }
            </>
        }
    };
    html! {
        <fieldset {id} class={classes!("item", "lens-q", state)}>
            <legend><span class="item-name">{ text.to_string() }</span></legend>
            { body }
        </fieldset>
    }
}

/// The answer control of a lens question: the scale, or yes / no / unsure
/// / not applicable; both with "not known yet".
pub fn control(
    name: &str,
    scale: bool,
    current: Option<LensAnswer>,
    lang: Lang,
    on_change: Callback<Option<LensAnswer>>,
) -> Html {
    if scale {
        let current = current.map(|x| x.level().map_or(Answer::Unknown, Answer::Level));
        let on_change =
            on_change.reform(|x: Option<Answer>| x.map(|x| x.level().map_or(LensAnswer::Unknown, LensAnswer::Level)));
        widgets::scale(name, &SCALE, current, lang, on_change)
    } else {
        choices(name, current, lang, on_change)
    }
}

/// Yes / no / unsure / not applicable, and "not known yet".
fn choices(name: &str, current: Option<LensAnswer>, lang: Lang, on_change: Callback<Option<LensAnswer>>) -> Html {
    let all = LensAnswer::CHOICES.into_iter().chain([LensAnswer::Unknown]);
    let options = all
        .clone()
        .map(|x| Opt {
            value: x.key().into(),
            label: tl::answer_word(Some(x), lang),
            checked: current == Some(x),
            // "Yes" is not a raised flag here: only "not known yet" has its own look.
            class: if x == LensAnswer::Unknown { "unknown" } else { "step" },
        })
        .collect();
    widgets::radio_group(name, options, on_change.reform(move |v: String| all.clone().find(|x| x.key() == v)))
}
