//! The report of one assessment.

use super::doc::{advice_item, bold, footer, meta, organisation, own_all, Doc};
use super::escape::{escape_cell, escape_inline, own};
use super::groups::{advice_head, markdown_names, markdown_section, masked};
use super::words::{dimension_answer, flag_answer, idea_label, title_line, value_answer};
use crate::config::OrgConfig;
use crate::domain::scoring::{self, Outcome, Verdict};
use crate::domain::*;
use crate::explain;
use crate::i18n::examples;
use crate::i18n::framework;
use crate::i18n::report as r;
use crate::i18n::{ui as t, Lang};
use crate::message::{Lexicon, Words};

/// A complete Markdown report of an assessment in one language, dated
/// `date_ms` (milliseconds since the Unix epoch, UTC). With customer groups,
/// a section about them follows the suggestions (see [`super::groups`]);
/// the groups' names are escaped wherever a sentence names one. The message
/// check reads the customer's text without the shipped word list (it loads
/// in the browser), and says so: see [`markdown_with`].
pub fn markdown(a: &Assessment, org: &OrgConfig, lang: Lang, date_ms: u64) -> String {
    markdown_with(a, org, None, lang, date_ms)
}

/// [`markdown`] with the shipped word list when loaded (the report view
/// passes it); the message check's section follows the idea's and also uses
/// the organisation's own words.
pub fn markdown_with(a: &Assessment, org: &OrgConfig, lexicon: Option<&Lexicon>, lang: Lang, date_ms: u64) -> String {
    let words = Words { lexicon, org: Some(&org.message_words) };
    let o = scoring::evaluate_with(a, &org.scoring());
    let mut doc = Doc::new();

    doc.heading(1, &title_line(a, lang));
    doc.para(&meta(lang, date_ms));
    organisation(&mut doc, org, lang);
    if let Some(id) = a.example {
        let source = t::EXAMPLE_SOURCE.fill(lang, &[("source", examples::example(id).source.get(lang))]);
        doc.para(&format!("_{}_ {}", own(r::EXAMPLE_NOTE.get(lang)), own(&source)));
    }

    // Sentences about the whole assessment may name a group: they are built
    // with markers for the names, which `names` replaces by the escaped names.
    let shown = masked(&o);
    let names = markdown_names(a, lang);
    idea_section(&mut doc, a, lang);
    super::message::section(&mut doc, a, words, lang);
    result_section(&mut doc, &shown, &names, lang);
    dimensions_section(&mut doc, a, lang);
    values_section(&mut doc, a, lang);
    flags_section(&mut doc, a, lang);
    super::lens::section(&mut doc, a, org, lang);
    suggestions_section(&mut doc, &shown, &names, lang);
    markdown_section(&mut doc, a, &o, lang);
    footer(&mut doc, lang);
    doc.finish()
}

fn idea_section(doc: &mut Doc, a: &Assessment, lang: Lang) {
    doc.heading(2, &own(r::IDEA.get(lang)));
    let items: Vec<String> = IdeaField::ALL
        .iter()
        .filter(|f| **f != IdeaField::Title)
        .filter_map(|f| {
            let value = escape_inline(a.idea.get(*f));
            (!value.is_empty()).then(|| format!("{}  \n{value}", bold(idea_label(*f).get(lang))))
        })
        .collect();
    if items.is_empty() {
        doc.para(&own(r::IDEA_EMPTY.get(lang)));
    } else {
        doc.list(items);
    }
}

/// `o` is [`masked`]: `names` turns its sentences into Markdown.
fn result_section(doc: &mut Doc, o: &Outcome, names: &impl Fn(&str) -> String, lang: Lang) {
    doc.heading(2, &own(t::RESULT_TITLE.get(lang)));
    let hint = match o.verdict {
        None => r::VERDICT_NONE_HINT,
        v => t::verdict_hint(v),
    };
    doc.para(&format!("{}  \n{}", bold(t::verdict_name(o.verdict).get(lang)), own(hint.get(lang))));

    let mut stats = vec![format!(
        "{} {}",
        bold(&t::CONFIDENCE.fill(lang, &[("level", t::confidence_name(o.confidence).get(lang))])),
        own(&t::CONFIDENCE_DETAIL.fill(lang, &[("known", &o.known.to_string()), ("total", &o.total.to_string())]))
    )];
    if let Some(avg) = o.average {
        stats.push(own(&t::AVERAGE.fill(lang, &[("avg", &crate::i18n::decimal(avg, lang))])));
    }
    if let Some(w) = explain::weakest(o, lang) {
        stats.push(own(&w));
    }
    doc.list(stats);

    if o.verdict.is_none() {
        return;
    }
    let heading = match o.verdict {
        Some(Verdict::Conditional) => t::CONDITIONS,
        _ => t::WHY,
    };
    doc.heading(3, &own(heading.get(lang)));
    let drivers: Vec<String> = o.drivers().map(|f| names(&explain::finding(f, o, lang))).collect();
    if drivers.is_empty() {
        doc.para(&own(t::NO_FINDINGS.get(lang)));
    } else {
        doc.list(drivers);
    }
    let others: Vec<String> = o.others().map(|f| names(&explain::finding(f, o, lang))).collect();
    if !others.is_empty() {
        doc.heading(3, &own(t::ALSO_NOTED.get(lang)));
        doc.list(others);
    }
    if !o.strengths.is_empty() {
        doc.heading(3, &own(t::STRENGTHS.get(lang)));
        let names: Vec<&str> = o.strengths.iter().map(|s| explain::subject_name(*s).get(lang)).collect();
        doc.para(&own(&names.join(", ")));
    }
}

fn dimensions_section(doc: &mut Doc, a: &Assessment, lang: Lang) {
    doc.heading(2, &own(t::ABOUT_DIMENSIONS_TITLE.get(lang)));
    let rows = DimensionId::ALL.iter().map(|d| {
        vec![
            own(framework::dimension_brief(*d).name.get(lang)),
            own(&dimension_answer(a, *d, lang)),
            escape_cell(&a.dimension(*d).note),
        ]
    });
    doc.table(&own_all(&[t::COL_DIMENSION, t::COL_STEP, t::NOTE], lang), rows);
}

fn values_section(doc: &mut Doc, a: &Assessment, lang: Lang) {
    doc.heading(2, &own(t::VALUE_MAP_TITLE.get(lang)));
    let rows = ValueQuestion::ALL.iter().map(|q| {
        vec![
            own(framework::value_brief(*q).name.get(lang)),
            own(&value_answer(a, *q, lang)),
            escape_cell(&a.value(*q).note),
        ]
    });
    doc.table(&own_all(&[t::COL_QUESTION, t::COL_ANSWER, t::NOTE], lang), rows);
    let org = escape_inline(&a.org_values);
    let org = if org.is_empty() { own(r::NOT_FILLED_IN.get(lang)) } else { org };
    doc.para(&format!("{}  \n{org}", bold(t::ORG_VALUES.get(lang))));
}

fn flags_section(doc: &mut Doc, a: &Assessment, lang: Lang) {
    doc.heading(2, &own(t::FLAGS_RAISED.get(lang)));
    let rows = RedFlag::ALL.iter().map(|f| {
        vec![
            own(framework::flag_brief(*f).name.get(lang)),
            own(&flag_answer(a, *f, lang)),
            escape_cell(&a.flag(*f).note),
        ]
    });
    doc.table(&own_all(&[r::COL_FLAG, t::COL_ANSWER, t::NOTE], lang), rows);
}

/// `o` is [`masked`]: `names` turns its sentences into Markdown.
fn suggestions_section(doc: &mut Doc, o: &Outcome, names: &impl Fn(&str) -> String, lang: Lang) {
    doc.heading(2, &own(t::SUGGESTIONS.get(lang)));
    if o.suggestions.is_empty() {
        doc.para(&own(t::SUGGESTIONS_NONE.get(lang)));
        return;
    }
    let items =
        o.suggestions.iter().map(|s| advice_item(&advice_head(s, o, lang), &explain::advice_lines(s, o, lang), names));
    doc.list(items);
}
