//! The start, rules and about views.

use crate::domain::scoring::{self, Rule};
use crate::domain::ExampleId;
use crate::i18n::examples::example;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang};
use crate::state::{Action, AppState};
use yew::prelude::*;

pub fn start(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let has_current = !s.assessment.is_blank();
    let title = if s.assessment.idea.title.trim().is_empty() {
        t::START_UNTITLED.get(lang)
    } else {
        s.assessment.idea.title.as_str()
    };
    let continue_block = has_current.then(|| {
        html! {
            <section class="card continue" aria-labelledby="continue-title">
                <h2 id="continue-title">{ t::START_CONTINUE_TITLE.get(lang) }</h2>
                <button type="button" id="continue" class="primary" onclick={d.reform(|_| Action::Continue)}>
                    { t::START_CONTINUE.fill(lang, &[("title", title)]) }
                </button>
            </section>
        }
    });
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
            { continue_block }
            <section class="card" aria-labelledby="new-title">
                <h2 id="new-title">{ t::START_NEW.get(lang) }</h2>
                <p>{ t::START_NEW_HINT.get(lang) }</p>
                if has_current {
                    <p class="hint">{ t::START_NEW_REPLACES.get(lang) }</p>
                }
                <button type="button" id="new-assessment" class={classes!((!has_current).then_some("primary"))} onclick={d.reform(|_| Action::New)}>
                    { t::START_NEW.get(lang) }
                </button>
            </section>
            <section aria-labelledby="examples-title">
                <h2 id="examples-title">{ t::START_EXAMPLES_TITLE.get(lang) }</h2>
                <p>{ t::START_EXAMPLES_INTRO.get(lang) }</p>
                <ul class="examples">{ for ExampleId::ALL.into_iter().map(example_card) }</ul>
            </section>
        </div>
    }
}

pub fn rules(lang: Lang) -> Html {
    let pct = |x: usize| x.to_string();
    let rows = Rule::ALL.iter().map(|r| {
        let (name, when) = t::rule_text(*r);
        let cap = r.cap();
        html! {
            <tr class={cap.key()}>
                <th scope="row">{ name.get(lang) }</th>
                <td>{ when.get(lang) }</td>
                <td>{ t::RULES_AT_MOST.fill(lang, &[("verdict", t::verdict_name(Some(cap)).get(lang))]) }</td>
            </tr>
        }
    });
    html! {
        <div class="prose">
            <h1 tabindex="-1">{ t::RULES_TITLE.get(lang) }</h1>
            <p class="lead">{ t::RULES_INTRO.get(lang) }</p>
            <h2>{ t::RULES_PRINCIPLES.get(lang) }</h2>
            <ul>
                <li>{ t::RULES_WEAKEST.get(lang) }</li>
                <li>{ t::RULES_UNKNOWN.get(lang) }</li>
                <li>{ t::RULES_VALUES.get(lang) }</li>
                <li>{ t::RULES_CONFIDENCE.fill(lang, &[
                    ("total", &scoring::TOTAL_ITEMS.to_string()),
                    ("high", &pct(scoring::HIGH_CONFIDENCE_PCT)),
                    ("medium", &pct(scoring::MEDIUM_CONFIDENCE_PCT)),
                ]) }</li>
                <li>{ t::RULES_SUGGEST.fill(lang, &[("step", &scoring::SUGGEST_AT_OR_BELOW.to_string())]) }</li>
            </ul>
            <table id="rules-table" class="rules">
                <caption>{ t::RULES_TABLE_CAPTION.get(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ t::COL_RULE.get(lang) }</th>
                    <th scope="col">{ t::COL_WHEN.get(lang) }</th>
                    <th scope="col">{ t::COL_EFFECT.get(lang) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

pub fn about(lang: Lang) -> Html {
    html! {
        <div class="prose">
            <h1 tabindex="-1">{ t::ABOUT_TITLE.get(lang) }</h1>
            <p class="lead">{ t::ABOUT_INTRO.get(lang) }</p>
            <h2>{ t::ABOUT_DIMENSIONS_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_DIMENSIONS.get(lang) }</p>
            <ol class="dimension-list">
                { for framework::DIMENSIONS.iter().map(|d| html! {
                    <li><strong>{ d.name.get(lang) }</strong>{ ": " }{ d.question.get(lang) }</li>
                }) }
            </ol>
            <h2>{ t::ABOUT_VALUES_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_VALUES.get(lang) }</p>
            <h2>{ t::ABOUT_ORIGIN_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_ORIGIN.get(lang) }</p>
            <h2>{ t::ABOUT_PRIVACY_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_PRIVACY.get(lang) }</p>
        </div>
    }
}
