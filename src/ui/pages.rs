//! The rules and about views.

use crate::domain::lens::LensId;
use crate::domain::scoring::{self, Rule};
use crate::i18n::framework;
use crate::i18n::lens as tl;
use crate::i18n::{ui as t, Lang};
use yew::prelude::*;

pub fn rules(lang: Lang, org: &crate::config::OrgConfig) -> Html {
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
            { super::widgets::organisation(org, lang) }
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
                <li id="rules-groups">{ t::RULES_GROUPS.get(lang) }</li>
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

pub fn about(lang: Lang, persisted: Option<crate::state::Persist>) -> Html {
    use crate::state::Persist;
    let kept = match persisted {
        Some(Persist::Granted) => t::PERSIST_GRANTED,
        Some(Persist::Denied) => t::PERSIST_DENIED,
        Some(Persist::Unsupported) => t::PERSIST_UNSUPPORTED,
        None => t::PERSIST_UNKNOWN,
    };
    html! {
        <div class="prose">
            <h1 tabindex="-1">{ t::ABOUT_TITLE.get(lang) }</h1>
            <p class="lead">{ t::ABOUT_INTRO.get(lang) }</p>
            <h2>{ t::ABOUT_DIMENSIONS_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_DIMENSIONS.get(lang) }</p>
            <ol class="dimension-list">
                { for framework::DIMENSION_BRIEFS.iter().map(|d| html! {
                    <li><strong>{ d.name.get(lang) }</strong>{ ": " }{ d.question.get(lang) }</li>
                }) }
            </ol>
            <h2>{ t::ABOUT_VALUES_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_VALUES.get(lang) }</p>
            <h2 id="about-lenses">{ tl::LENSES.get(lang) }</h2>
            <p>{ tl::LENSES_INTRO.get(lang) }</p>
            <ul class="lens-sources">
                { for LensId::ALL.into_iter().map(|l| {
                    let def = tl::lens(l);
                    html! {
                        <li id={format!("about-lens-{}", l.key())}>
                            <strong>{ def.name.get(lang) }</strong>{ ": " }{ def.intro.get(lang) }
                            <br />{ tl::SOURCE.get(lang) }{ ": " }{ def.source.get(lang) }
                        </li>
                    }
                }) }
            </ul>
            <h2>{ t::ABOUT_ORIGIN_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_ORIGIN.get(lang) }</p>
            <h2>{ t::ABOUT_PRIVACY_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_PRIVACY.get(lang) }</p>
            <h2>{ t::ABOUT_STORAGE_TITLE.get(lang) }</h2>
            <p>{ t::ABOUT_STORAGE.get(lang) }</p>
            <p id="storage-kept">{ kept.get(lang) }</p>
        </div>
    }
}
