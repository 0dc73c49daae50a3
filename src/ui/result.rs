//! The live result: verdict, why, confidence, the two charts with their
//! tables, and the improvement suggestions.

use super::{chart_svg, groups_result};
use crate::domain::scoring::{Outcome, Suggestion, Verdict};
use crate::domain::*;
use crate::explain;
use crate::i18n::{ui as t, Lang};
use yew::prelude::*;

/// The result column; `lenses` holds the lenses' cards.
pub fn panel(a: &Assessment, o: &Outcome, lenses: Html, lang: Lang) -> Html {
    html! {
        <aside id="result" class="result" aria-labelledby="result-title">
            <h2 id="result-title">{ t::RESULT_TITLE.get(lang) }<span class="live">{ t::RESULT_LIVE.get(lang) }</span></h2>
            { verdict(o, lang) }
            { groups_result::table(a, o, lang) }
            { chart_svg::radar(a, lang) }
            { groups_result::chart(a, lang) }
            { chart_svg::value_map(a, lang) }
            { suggestions(o, lang) }
            { groups_result::advice(a, o, lang) }
            { lenses }
        </aside>
    }
}

pub fn verdict(o: &Outcome, lang: Lang) -> Html {
    let key = o.verdict.map(Verdict::key).unwrap_or("none");
    let conf_key = match o.confidence {
        scoring::Confidence::Low => "low",
        scoring::Confidence::Medium => "medium",
        scoring::Confidence::High => "high",
    };
    let why = if o.verdict.is_some() {
        let drivers: Vec<String> = o.drivers().map(|f| explain::finding(f, o, lang)).collect();
        let others: Vec<String> = o.others().map(|f| explain::finding(f, o, lang)).collect();
        let heading = match o.verdict {
            Some(Verdict::Conditional) => t::CONDITIONS,
            _ => t::WHY,
        };
        html! {
            <div class="why">
                <h3>{ heading.get(lang) }</h3>
                if drivers.is_empty() {
                    <p>{ t::NO_FINDINGS.get(lang) }</p>
                } else {
                    <ul class="drivers">{ for drivers.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                }
                if !others.is_empty() {
                    <h3>{ t::ALSO_NOTED.get(lang) }</h3>
                    <ul class="others">{ for others.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                }
                if !o.strengths.is_empty() {
                    <h3>{ t::STRENGTHS.get(lang) }</h3>
                    <p class="strengths">{ o.strengths.iter().map(|s| explain::subject_name(*s).get(lang)).collect::<Vec<_>>().join(", ") }</p>
                }
            </div>
        }
    } else {
        html! {}
    };
    let stats = html! {
        <ul class="stats">
            if let Some(avg) = o.average {
                <li>{ t::AVERAGE.fill(lang, &[("avg", &crate::i18n::decimal(avg, lang))]) }</li>
            }
            if let Some(w) = explain::weakest(o, lang) {
                <li>{ w }</li>
            }
        </ul>
    };
    html! {
        <div class="verdict-block">
            <div id="verdict" class={classes!("verdict", key)} data-verdict={key} aria-live="polite">
                <span class="verdict-icon" aria-hidden="true">{ match o.verdict { Some(Verdict::Desirable) => "✓", Some(Verdict::Conditional) => "!", Some(Verdict::CrossesLine) => "✕", None => "…" } }</span>
                <span class="verdict-text">
                    <strong>{ t::verdict_name(o.verdict).get(lang) }</strong>
                    <span>{ t::verdict_hint(o.verdict).get(lang) }</span>
                </span>
            </div>
            <p id="confidence" data-confidence={conf_key} class={classes!("confidence", conf_key)}>
                <strong>{ t::CONFIDENCE.fill(lang, &[("level", t::confidence_name(o.confidence).get(lang))]) }</strong>
                { " " }
                { t::CONFIDENCE_DETAIL.fill(lang, &[("known", &o.known.to_string()), ("total", &o.total.to_string())]) }
                <meter min="0" max={o.total.to_string()} value={o.known.to_string()} aria-hidden="true"></meter>
            </p>
            { stats }
            { why }
        </div>
    }
}

/// One suggestion: how urgent, a link to the item (`anchor`) by its `name`,
/// the advice `lines`.
pub fn suggestion(s: &Suggestion, name: String, lines: Vec<String>, anchor: String, lang: Lang) -> Html {
    let urgency_class = if s.find_out { "find-out" } else { s.urgency.key() };
    html! {
        <li class={classes!("suggestion", urgency_class)}>
            <p class="suggestion-head">
                <span class="badge">{ explain::urgency(s).get(lang) }</span>
                <a href={anchor} aria-label={t::JUMP_TO_ITEM.fill(lang, &[("name", &name)])}>{ name.clone() }</a>
            </p>
            <ul>{ for lines.into_iter().map(|x| html! { <li>{ x }</li> }) }</ul>
        </li>
    }
}

pub fn suggestions(o: &Outcome, lang: Lang) -> Html {
    let items = o.suggestions.iter().map(|s| {
        let (name, lines) = (explain::subject_label(s.subject, o, lang), explain::advice_lines(s, o, lang));
        suggestion(s, name, lines, format!("#{}", explain::subject_anchor(s.subject)), lang)
    });
    html! {
        <section class="suggestions-block" aria-labelledby="sugg-title">
            <h3 id="sugg-title">{ t::SUGGESTIONS.get(lang) }</h3>
            if o.suggestions.is_empty() {
                <p id="suggestions" class="empty">{ t::SUGGESTIONS_NONE.get(lang) }</p>
            } else {
                <ol id="suggestions">{ for items }</ol>
            }
        </section>
    }
}
