//! The assessment view: describe the idea, score the eight dimensions and
//! value versus values, with the live result beside it.

use super::{result, widgets};
use crate::domain::*;
use crate::i18n::examples::example;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::{ui as t, Lang};
use crate::state::{Action, AppState};
use yew::prelude::*;

pub fn view(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let a = &s.assessment;
    let outcome = scoring::evaluate(a);
    let title =
        if a.idea.title.trim().is_empty() { t::ASSESS_TITLE_EMPTY.get(lang).to_string() } else { a.idea.title.clone() };
    let banner = a.example.map(|id| {
        let ex = example(id);
        html! {
            <div class="example-banner" id="example-banner">
                <p><strong>{ t::EXAMPLE_BANNER.get(lang) }</strong></p>
                <p>{ t::EXAMPLE_SOURCE.fill(lang, &[("source", ex.source.get(lang))]) }</p>
            </div>
        }
    });
    html! {
        <div class="assess-layout">
            <div class="assess-form">
                <h1 tabindex="-1">{ title }</h1>
                { banner }
                <a class="verdict-bar" href="#result" data-verdict={outcome.verdict.map(scoring::Verdict::key).unwrap_or("none")}>
                    <span>{ t::verdict_name(outcome.verdict).get(lang) }</span>
                    <span class="go">{ t::JUMP_TO_RESULT.get(lang) }{ " ↓" }</span>
                </a>
                { idea_section(a, lang, d) }
                { dimensions_section(a, lang, d) }
                { values_section(a, lang, d) }
                { flags_section(a, lang, d) }
            </div>
            { result::panel(a, &outcome, lang) }
        </div>
    }
}

fn idea_section(a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    let field = |f: IdeaField| {
        let (label, hint) = match f {
            IdeaField::Title => (t::IDEA_TITLE, Some(t::IDEA_TITLE_HINT)),
            IdeaField::Action => (t::IDEA_ACTION, None),
            IdeaField::Audience => (t::IDEA_AUDIENCE, None),
            IdeaField::Channel => (t::IDEA_CHANNEL, None),
            IdeaField::Moment => (t::IDEA_MOMENT, None),
            IdeaField::Data => (t::IDEA_DATA, None),
            IdeaField::Message => (t::IDEA_MESSAGE, None),
        };
        let id = format!("idea-{}", f.key());
        let multiline = f != IdeaField::Title;
        widgets::text_field(
            &id,
            label.get(lang),
            hint.map(|h| h.get(lang)),
            a.idea.get(f),
            multiline,
            d.reform(move |v| Action::SetIdea(f, v)),
        )
    };
    html! {
        <section class="card" aria-labelledby="sec-idea">
            <h2 id="sec-idea">{ t::SECTION_IDEA.get(lang) }</h2>
            <p class="intro">{ t::SECTION_IDEA_INTRO.get(lang) }</p>
            <div class="idea-grid">{ for IdeaField::ALL.into_iter().map(field) }</div>
        </section>
    }
}

fn dimensions_section(a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    html! {
        <section class="card" aria-labelledby="sec-dims">
            <h2 id="sec-dims">{ t::SECTION_DIMENSIONS.get(lang) }</h2>
            <p class="intro">{ t::SECTION_DIMENSIONS_INTRO.get(lang) }</p>
            { for DimensionId::ALL.into_iter().map(|dim| dimension(a, dim, lang, d)) }
        </section>
    }
}

fn dimension(a: &Assessment, dim: DimensionId, lang: Lang, d: &Callback<Action>) -> Html {
    let text = framework::dimension(dim);
    let entry = a.dimension(dim);
    let key = dim.key();
    let name = text.name.get(lang);
    let state = answer_state(entry.answer);
    html! {
        <fieldset id={format!("dim-{key}")} class={classes!("item", "dimension", state)}>
            <legend>
                <span class="num">{ dim.index() + 1 }</span>
                <span class="item-name">{ name }</span>
                <span class="item-question">{ text.question.get(lang) }</span>
            </legend>
            <p class="explain">{ text.explain.get(lang) }</p>
            { widgets::scale(&format!("dim-{key}"), &DIMENSION_SCALE, entry.answer, lang, d.reform(move |v| Action::SetDimension(dim, v))) }
            <dl class="anchors">
                <dt>{ t::ANCHOR_LOW.get(lang) }</dt><dd>{ text.low.get(lang) }</dd>
                <dt>{ t::ANCHOR_HIGH.get(lang) }</dt><dd>{ text.high.get(lang) }</dd>
            </dl>
            { widgets::clear_button(entry.answer.is_some(), name, lang, d.reform(move |_| Action::SetDimension(dim, None))) }
            <details class="helpers">
                <summary>{ t::HELPERS.get(lang) }</summary>
                <ul>{ for text.helpers.iter().map(|h| html! { <li>{ h.get(lang) }</li> }) }</ul>
            </details>
            { widgets::note(&format!("dim-{key}-note"), &entry.note, lang, d.reform(move |v| Action::SetDimensionNote(dim, v))) }
        </fieldset>
    }
}

fn values_section(a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    let question = |q: ValueQuestion| {
        let text = framework::value(q);
        let entry = a.value(q);
        let key = q.key();
        let name = text.name.get(lang);
        let org_values = (q == ValueQuestion::OrgValuesFit).then(|| {
            widgets::text_field(
                "org-values",
                t::ORG_VALUES.get(lang),
                Some(t::ORG_VALUES_HINT.get(lang)),
                &a.org_values,
                true,
                d.reform(Action::SetOrgValues),
            )
        });
        html! {
            <fieldset id={format!("val-{key}")} class={classes!("item", "value", answer_state(entry.answer))}>
                <legend>
                    <span class="item-name">{ name }</span>
                    <span class="item-question">{ text.question.get(lang) }</span>
                </legend>
                <p class="explain">{ text.explain.get(lang) }</p>
                { org_values }
                { widgets::scale(&format!("val-{key}"), &text.scale, entry.answer, lang, d.reform(move |v| Action::SetValue(q, v))) }
                { widgets::clear_button(entry.answer.is_some(), name, lang, d.reform(move |_| Action::SetValue(q, None))) }
                { widgets::note(&format!("val-{key}-note"), &entry.note, lang, d.reform(move |v| Action::SetValueNote(q, v))) }
            </fieldset>
        }
    };
    html! {
        <section class="card" aria-labelledby="sec-values">
            <h2 id="sec-values">{ t::SECTION_VALUES.get(lang) }</h2>
            <p class="intro">{ t::SECTION_VALUES_INTRO.get(lang) }</p>
            { for ValueQuestion::ALL.into_iter().map(question) }
        </section>
    }
}

fn flags_section(a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    let flag = |f: RedFlag| {
        let text = framework::flag(f);
        let entry = a.flag(f);
        let key = f.key();
        let name = text.name.get(lang);
        let state = match entry.answer {
            None => "open",
            Some(FlagAnswer::Unsure) => "unknown",
            Some(FlagAnswer::Yes) => "raised",
            Some(FlagAnswer::No) => "answered",
        };
        html! {
            <fieldset id={format!("flag-{key}")} class={classes!("item", "flag", state)}>
                <legend>
                    <span class="item-name">{ name }</span>
                    <span class="item-question">{ text.question.get(lang) }</span>
                </legend>
                <p class="explain">{ text.explain.get(lang) }</p>
                { widgets::flag_choice(&format!("flag-{key}"), entry.answer, lang, d.reform(move |v| Action::SetFlag(f, v))) }
                { widgets::clear_button(entry.answer.is_some(), name, lang, d.reform(move |_| Action::SetFlag(f, None))) }
                { widgets::note(&format!("flag-{key}-note"), &entry.note, lang, d.reform(move |v| Action::SetFlagNote(f, v))) }
            </fieldset>
        }
    };
    html! {
        <section class="card" aria-labelledby="sec-flags">
            <h2 id="sec-flags">{ t::SECTION_FLAGS.get(lang) }</h2>
            <p class="intro">{ t::SECTION_FLAGS_INTRO.get(lang) }</p>
            { for RedFlag::ALL.into_iter().map(flag) }
        </section>
    }
}

fn answer_state(a: Option<Answer>) -> &'static str {
    match a {
        None => "open",
        Some(Answer::Unknown) => "unknown",
        Some(Answer::Level(_)) => "answered",
    }
}
