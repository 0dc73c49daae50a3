//! A comparison of assessments.

use super::doc::{bold, footer, meta, organisation, own_all, Doc};
use super::escape::{escape_cell, escape_inline, indent, own};
use super::words::{dimension_answer, flag_answer, item_answer, item_name, item_text, title_line, value_answer};
use crate::config::OrgConfig;
use crate::domain::compare::{self, Change, Item};
use crate::domain::scoring::{self, Outcome};
use crate::domain::*;
use crate::i18n::framework;
use crate::i18n::message as m;
use crate::i18n::report as r;
use crate::i18n::{ui as t, Lang, Text};
use crate::message::{Lexicon, Words};

/// A Markdown comparison of assessments (meant for 2 to 4), each with a short
/// label such as "A": the verdicts, the answers side by side (later ones with
/// their difference from the first, in steps), and for each later one what
/// changed from the first. The message check's figures are read without the
/// shipped word list: see [`compare_markdown_with`].
pub fn compare_markdown(items: &[(&str, &Assessment)], org: &OrgConfig, lang: Lang, date_ms: u64) -> String {
    compare_markdown_with(items, org, None, lang, date_ms)
}

/// [`compare_markdown`] with the shipped word list when loaded; the message
/// check's figures (with the organisation's own words) follow the red flags
/// when any of the assessments has a text.
pub fn compare_markdown_with(
    items: &[(&str, &Assessment)],
    org: &OrgConfig,
    lexicon: Option<&Lexicon>,
    lang: Lang,
    date_ms: u64,
) -> String {
    let words = Words { lexicon, org: Some(&org.message_words) };
    let mut doc = Doc::new();
    doc.heading(1, &own(r::COMPARE_TITLE.get(lang)));
    doc.para(&meta(lang, date_ms));
    organisation(&mut doc, org, lang);
    let Some((_, first)) = items.first().copied() else {
        doc.para(&own(r::COMPARE_NOTHING.get(lang)));
        footer(&mut doc, lang);
        return doc.finish();
    };
    let labels: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(i, (l, _))| {
            let l = escape_cell(l);
            if l.is_empty() {
                (i + 1).to_string()
            } else {
                l
            }
        })
        .collect();
    let outcomes: Vec<Outcome> = items.iter().map(|(_, a)| scoring::evaluate_with(a, &org.scoring())).collect();

    doc.heading(2, &own(r::COMPARE_VERDICTS.get(lang)));
    let rows = items.iter().zip(&labels).zip(&outcomes).map(|(((_, a), label), o)| {
        let known = r::COMPARE_KNOWN.fill(
            lang,
            &[
                ("level", t::confidence_name(o.confidence).get(lang)),
                ("known", &o.known.to_string()),
                ("total", &o.total.to_string()),
            ],
        );
        vec![
            format!("**{label}**: {}", title_line(a, lang)),
            own(t::verdict_name(o.verdict).get(lang)),
            own(&known),
            o.average.map(|x| crate::i18n::decimal(x, lang)).unwrap_or_else(|| "–".into()),
        ]
    });
    doc.table(&own_all(&[r::COL_IDEA, r::COL_VERDICT, r::COL_CONFIDENCE, r::COL_AVERAGE], lang), rows);

    let header = |x: Text| {
        let mut h = vec![own(x.get(lang))];
        h.extend(labels.iter().cloned());
        h
    };
    // Fills a text's placeholders with escaped labels: the labels never pass
    // through `own`.
    let with_labels = |tx: Text, names: &[&str], values: &[&str]| {
        let args: Vec<(&str, &str)> = names.iter().zip(MARKERS).map(|(n, m)| (*n, m)).collect();
        let mut s = own(&tx.fill(lang, &args));
        for (m, v) in MARKERS.iter().zip(values) {
            s = s.replace(m, v);
        }
        s
    };

    doc.heading(2, &own(t::ABOUT_DIMENSIONS_TITLE.get(lang)));
    if items.len() > 1 {
        doc.para(&with_labels(r::COMPARE_DELTA_NOTE, &["first"], &[&labels[0]]));
    }
    let rows = DimensionId::ALL.iter().map(|d| {
        let mut row = vec![own(framework::dimension_brief(*d).name.get(lang))];
        for (i, (_, a)) in items.iter().enumerate() {
            let mut cell = own(&dimension_answer(a, *d, lang));
            if i > 0 {
                if let Some(delta) = compare::dimension_delta(first, a, *d) {
                    if delta == 0 {
                        cell.push_str(" (±0)");
                    } else {
                        cell.push_str(&format!(" ({delta:+})"));
                    }
                }
            }
            row.push(cell);
        }
        row
    });
    doc.table(&header(t::COL_DIMENSION), rows);

    doc.heading(2, &own(t::VALUE_MAP_TITLE.get(lang)));
    let rows = ValueQuestion::ALL.iter().map(|q| {
        let mut row = vec![own(framework::value_brief(*q).name.get(lang))];
        row.extend(items.iter().map(|(_, a)| own(&value_answer(a, *q, lang))));
        row
    });
    doc.table(&header(t::COL_QUESTION), rows);

    doc.heading(2, &own(t::FLAGS_RAISED.get(lang)));
    let rows = RedFlag::ALL.iter().map(|f| {
        let mut row = vec![own(framework::flag_brief(*f).name.get(lang))];
        row.extend(items.iter().map(|(_, a)| own(&flag_answer(a, *f, lang))));
        row
    });
    doc.table(&header(r::COL_FLAG), rows);

    let all: Vec<&Assessment> = items.iter().map(|(_, a)| *a).collect();
    let rows = super::message::compare_rows(&all, words, lang);
    if !rows.is_empty() {
        doc.heading(2, &own(m::TITLE.get(lang)));
        if words.lexicon.is_none() {
            doc.para(&own(r::MSG_NO_WORDS.get(lang)));
        }
        doc.table(&header(m::VERSION_FIGURE), super::message::own_rows(rows));
    }
    super::lens::compare_section(&mut doc, &all, &labels, org, lang);

    for ((_, b), label) in items.iter().zip(&labels).skip(1) {
        doc.heading(2, &with_labels(r::COMPARE_CHANGES, &["from", "to"], &[&labels[0], label]));
        let changes = compare::diff(first, b);
        if changes.is_empty() {
            doc.para(&own(r::COMPARE_NO_CHANGES.get(lang)));
        } else {
            doc.list(changes.iter().map(|c| change_item(c, first, b, lang)));
        }
    }
    doc.raw(&super::group_compare::compare_groups(items, org, lang));

    footer(&mut doc, lang);
    doc.finish()
}

/// Stand-ins for placeholder values that must not pass through [`own`].
const MARKERS: [&str; 2] = ["\u{0}1", "\u{0}2"];

/// One change as a list item: "**Name**: old → new", then the text before
/// and now when it changed.
fn change_item(c: &Change, a: &Assessment, b: &Assessment, lang: Lang) -> String {
    let mut s = bold(item_name(c.item).get(lang));
    if c.answer_changed {
        s.push_str(&format!(": {} → {}", own(&item_answer(a, c.item, lang)), own(&item_answer(b, c.item, lang))));
    }
    if c.note_changed {
        let what = match c.item {
            Item::Idea(_) | Item::OrgValues => r::COMPARE_TEXT_CHANGED,
            _ => r::COMPARE_NOTE_CHANGED,
        };
        s.push_str(if c.answer_changed { "; " } else { ": " });
        s.push_str(&own(&crate::case::to_lower(what.get(lang))));
        for (tx, who) in [(r::COMPARE_BEFORE, a), (r::COMPARE_NOW, b)] {
            let text = escape_inline(item_text(who, c.item));
            let text = if text.is_empty() { own(r::EMPTY.get(lang)) } else { text };
            // Fill with a marker, then put the escaped text in: the user's
            // text never passes through `fill` or `own`.
            let line = own(&tx.fill(lang, &[("text", "\u{0}")])).replacen('\u{0}', &indent(&text, 2), 1);
            s.push_str("\n- ");
            s.push_str(&line);
        }
    }
    s
}
