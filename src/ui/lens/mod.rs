//! Lenses in the assessment (issue 14): the form's section (a switch per
//! lens offered, and for each lens that is on its questions, the contact
//! plan or the journey) and the result's cards.

mod editors;
mod questions;
mod result;

pub use questions::{control as question_control, LensQuestions};
pub use result::LensResults;

use super::effects;
use crate::config::OrgLenses;
use crate::domain::lens::{LensId, Lenses};
use crate::i18n::lens as tl;
use crate::i18n::Lang;
use crate::state::{Action, LensAction as L};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub lenses: Rc<Lenses>,
    pub org: OrgLenses,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The form's section "Lenses".
#[component]
pub fn Section(p: &SectionProps) -> Html {
    let lang = p.lang;
    let d = &p.dispatch;
    // Where focus goes once the journey's steps have changed.
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect_with(p.lenses.journey.steps.len(), move |_| {
            if let Some(sel) = focus_next.borrow_mut().take() {
                effects::focus_selector(&sel);
            }
        });
    }
    let focus = Callback::from(move |sel: String| *focus_next.borrow_mut() = Some(sel));
    // Every lens offered, and any lens on that is no longer offered.
    let shown = LensId::ALL.into_iter().filter(|l| p.org.offered.has(*l) || p.lenses.is_on(*l));
    let switch = |l: LensId| {
        let def = tl::lens(l);
        let id = format!("lens-on-{}", l.key());
        let onchange = d.reform(move |e: Event| Action::Lens(L::Switch(l, editors::checked(&e))));
        html! {
            <li class="lens-switch">
                <input type="checkbox" id={id.clone()} checked={p.lenses.is_on(l)} {onchange} aria-describedby={format!("{id}-intro")} />
                <label for={id.clone()}>{ def.name.get(lang) }</label>
                <p class="hint" id={format!("{id}-intro")}>{ def.intro.get(lang) }</p>
            </li>
        }
    };
    let lens = |l: LensId| {
        let def = tl::lens(l);
        let counts = if p.org.counting.has(l) { tl::LENS_COUNTS } else { tl::LENS_ADVISORY };
        let extra = p.org.question_texts(l, lang);
        let on_answer = d.reform(move |(k, x)| Action::Lens(L::Answer(l, k, x)));
        let on_note = d.reform(move |(k, v)| Action::Lens(L::Note(l, k, v)));
        html! {
            <div id={format!("lens-{}", l.key())} class="lens">
                <h3>{ def.name.get(lang) }</h3>
                <p class="hint lens-counts">{ counts.get(lang) }</p>
                if l == LensId::GoldenRules {
                    { editors::plan(&p.lenses.plan, lang, d) }
                }
                if l == LensId::Moments {
                    { editors::journey(&p.lenses.journey, lang, d, focus.clone()) }
                }
                <LensQuestions lens={l} lenses={p.lenses.clone()} {extra} {on_answer} {on_note} {lang} />
            </div>
        }
    };
    html! {
        <section class="card lenses" aria-labelledby="sec-lenses">
            <h2 id="sec-lenses">{ tl::LENSES.get(lang) }</h2>
            <p class="intro">{ tl::LENSES_INTRO.get(lang) }</p>
            <ul class="lens-switches">{ for shown.map(switch) }</ul>
            <p class="hint">{ tl::LENS_OFF_KEPT.get(lang) }</p>
            if p.lenses.on.is_empty() {
                <p id="lenses-none">{ tl::LENSES_NONE.get(lang) }</p>
            }
            { for p.lenses.on.iter().copied().map(lens) }
        </section>
    }
}
