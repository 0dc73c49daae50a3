//! Customer groups in the comparison report and the round-table record, as
//! Markdown (issue 12); and the words both the views and the reports use
//! to say whom a round table scored for.
//!
//! A module of `crate::report`, which calls in here: the comparison
//! report appends [`compare_groups`], the round-table record lists
//! [`scored_for_line`]. Pure, like the report: the same input always gives
//! the same text. User text (labels, group names) goes through
//! [`escape_cell`]; the product's own texts go through it too, which only
//! guards them more strictly than the report's own light guard.

use super::{escape_cell, item_answer};
use crate::config::OrgConfig;
use crate::domain::compare::{self, Column};
use crate::domain::roundtable::{Item, RoundTable, ScoredFor};
use crate::domain::scoring::{self, Outcome};
use crate::domain::Assessment;
use crate::explain;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang, Text};

/// A customer group's name on one line, or "Customer group without a name".
pub fn group_label(name: &str, lang: Lang) -> String {
    let one_line = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.is_empty() {
        t::COMPARE_UNNAMED_GROUP.get(lang).to_owned()
    } else {
        one_line
    }
}

/// Whom a round table scores, in words: "typical customer", the group's
/// name, or "a customer group that no longer exists".
pub fn scored_for(rt: &RoundTable, a: &Assessment, lang: Lang) -> String {
    match rt.scored_for(a) {
        ScoredFor::Typical => t::RT_TYPICAL.get(lang).to_owned(),
        ScoredFor::Group(g) => group_label(&g.name, lang),
        ScoredFor::Missing => t::RT_GROUP_GONE.get(lang).to_owned(),
    }
}

/// "Scored for: …" as one line of Markdown, for the round-table record.
pub fn scored_for_line(rt: &RoundTable, a: &Assessment, lang: Lang) -> String {
    filled(t::RT_SCORED_FOR, "group", &scored_for(rt, a, lang), lang)
}

/// Stands in for user text while the product's text around it is escaped.
const MARK: &str = "\u{e000}";

/// `tx` with `{key}` filled with `user`, as Markdown: each escaped on its own.
fn filled(tx: Text, key: &str, user: &str, lang: Lang) -> String {
    escape_cell(&tx.fill(lang, &[(key, MARK)])).replacen(MARK, &escape_cell(user), 1)
}

/// A product text as Markdown.
fn own(tx: Text, lang: Lang) -> String {
    escape_cell(tx.get(lang))
}

/// A Markdown table of ready cells, then a blank line.
fn table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let line = |cells: &mut dyn Iterator<Item = &str>, out: &mut String| {
        out.push('|');
        for c in cells {
            out.push_str(&format!(" {c} |"));
        }
        out.push('\n');
    };
    line(&mut header.iter().map(String::as_str), out);
    line(&mut header.iter().map(|_| "---"), out);
    for row in rows {
        line(&mut row.iter().map(String::as_str), out);
    }
    out.push('\n');
}

fn heading(out: &mut String, text: &str) {
    out.push_str(&format!("## {text}\n\n"));
}

fn para(out: &mut String, text: &str) {
    out.push_str(text);
    out.push_str("\n\n");
}

/// The rows every group table starts with: verdict, confidence, weakest link.
fn outcome_rows(outcomes: &[Outcome], lang: Lang) -> Vec<Vec<String>> {
    let row = |name: Text, cell: &dyn Fn(&Outcome) -> String| {
        std::iter::once(own(name, lang)).chain(outcomes.iter().map(cell)).collect()
    };
    vec![
        row(t::COMPARE_VERDICT_ROW, &|o| own(t::verdict_name(o.verdict), lang)),
        row(t::COMPARE_CONFIDENCE_ROW, &|o| own(t::confidence_name(o.confidence), lang)),
        row(t::COMPARE_WEAKEST_ROW, &|o| escape_cell(&weakest(o, lang))),
    ]
}

/// The weakest link without its label: "Autonomy, Time (2 Weak)".
pub fn weakest(o: &Outcome, lang: Lang) -> String {
    match &o.weakest {
        Some((level, dims)) => {
            let names: Vec<&str> = dims.iter().map(|d| framework::dimension(*d).name.get(lang)).collect();
            format!("{} ({})", names.join(", "), explain::level_word(*level, lang))
        }
        None => t::COMPARE_NO_WEAKEST.get(lang).to_owned(),
    }
}

/// An item's answer in `b`, marked "(differs)" when it is not `a`'s.
fn answer_cell(a: &Assessment, b: &Assessment, item: Item, lang: Lang) -> String {
    let mut cell = escape_cell(&item_answer(b, item.into(), lang));
    if compare::answer_differs(a, b, item) {
        cell.push(' ');
        cell.push_str(&own(t::MD_DIFFERS, lang));
    }
    cell
}

/// The name of a scored item.
fn item_label(item: Item, lang: Lang) -> String {
    escape_cell(crate::report::item_name(item.into()).get(lang))
}

/// A compared assessment's label as the comparison report writes it.
fn label(l: &str, i: usize) -> String {
    let l = escape_cell(l);
    if l.is_empty() {
        (i + 1).to_string()
    } else {
        l
    }
}

/// The customer-group part of the comparison report: for every compared
/// assessment with groups, its groups side by side (verdict, confidence,
/// weakest link, and the answers where a group differs from the typical
/// customer); then every group name that two or more of them share, across
/// the ideas. Empty without groups. Each block ends with a blank line.
pub fn compare_groups(items: &[(&str, &Assessment)], org: &OrgConfig, lang: Lang) -> String {
    let mut out = String::new();
    for (i, (l, a)) in items.iter().enumerate().filter(|(_, (_, a))| !a.groups.is_empty()) {
        heading(&mut out, &filled(t::MD_GROUPS_OF, "label", &label(l, i), lang));
        let columns = compare::group_columns(a);
        let outcomes: Vec<Outcome> = columns.iter().map(|(_, c)| scoring::evaluate_with(c, &org.weights)).collect();
        let header: Vec<String> = std::iter::once(own(t::MD_ITEM, lang))
            .chain(columns.iter().map(|(c, _)| match c {
                Column::Typical => own(t::COMPARE_TYPICAL, lang),
                Column::Group(g) => escape_cell(&group_label(&a.groups[*g].name, lang)),
            }))
            .collect();
        let differing = compare::differing_items(&columns);
        para(
            &mut out,
            &own(if differing.is_empty() { t::MD_GROUPS_ALL_SAME } else { t::MD_GROUPS_ONLY_DIFFERENT }, lang),
        );
        let mut rows = outcome_rows(&outcomes, lang);
        let base = &columns[0].1;
        rows.extend(differing.iter().map(|item| {
            std::iter::once(item_label(*item, lang))
                .chain(columns.iter().map(|(_, c)| answer_cell(base, c, *item, lang)))
                .collect()
        }));
        table(&mut out, &header, &rows);
    }
    if items.len() < 2 {
        return out;
    }
    let all: Vec<&Assessment> = items.iter().map(|(_, a)| *a).collect();
    for name in compare::group_names(&all).into_iter().filter(|n| n.count >= 2) {
        heading(&mut out, &filled(t::MD_SAME_GROUP, "name", &group_label(&name.name, lang), lang));
        para(&mut out, &own(t::MD_SAME_GROUP_NOTE, lang));
        let columns: Vec<(Option<usize>, Assessment)> =
            all.iter().map(|a| compare::for_group_name(a, &name.name)).collect();
        let typicals: Vec<Assessment> = all.iter().map(|a| compare::typical(a)).collect();
        let outcomes: Vec<Outcome> = columns.iter().map(|(_, c)| scoring::evaluate_with(c, &org.weights)).collect();
        let header: Vec<String> = std::iter::once(own(t::MD_ITEM, lang))
            .chain(items.iter().enumerate().zip(&columns).map(|((i, (l, _)), (found, _))| match found {
                Some(_) => label(l, i),
                None => format!("{} ({})", label(l, i), own(t::RT_TYPICAL, lang)),
            }))
            .collect();
        let mut rows = outcome_rows(&outcomes, lang);
        let differs = |item: Item| columns.iter().zip(&typicals).any(|((_, c), b)| compare::answer_differs(b, c, item));
        rows.extend(Item::ALL.into_iter().filter(|i| differs(*i)).map(|item| {
            std::iter::once(item_label(item, lang))
                .chain(columns.iter().zip(&typicals).map(|((_, c), b)| answer_cell(b, c, item, lang)))
                .collect()
        }));
        table(&mut out, &header, &rows);
    }
    out
}
