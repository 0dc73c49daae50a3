//! Customer groups in the comparison report and the round-table record, as
//! Markdown (issue 12); and what both the views and the reports use: the
//! table of customer groups side by side in words ([`group_table`]), and
//! whom a round table scored for ([`scored_for`]).
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
use crate::domain::scoring::{self, Outcome, Scoring, Verdict};
use crate::domain::Assessment;
use crate::explain;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang, Text};

/// A customer group's name on one line, or "Customer group without a name".
pub fn group_label(name: &str, lang: Lang) -> String {
    let one_line = crate::domain::groups::one_line(name);
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

/// The weakest link without its label: "Autonomy, Time (2 Weak)".
pub fn weakest(o: &Outcome, lang: Lang) -> String {
    match &o.weakest {
        Some((level, dims)) => {
            let names: Vec<&str> = dims.iter().map(|d| framework::dimension_brief(*d).name.get(lang)).collect();
            format!("{} ({})", names.join(", "), explain::level_word(*level, lang))
        }
        None => t::NOT_ANSWERED.get(lang).to_owned(),
    }
}

/// A table of customer groups in words, for the compare view and the
/// report: each column's verdict, then rows of a label, the item (none for
/// the weakest link and confidence) and per column the text and whether it
/// differs from that column's typical customer.
pub struct GroupTable {
    pub verdicts: Vec<Option<Verdict>>,
    pub rows: Vec<GroupRow>,
}

/// A row of a [`GroupTable`]: label, item, and per column text and whether
/// it differs.
pub type GroupRow = (&'static str, Option<Item>, Vec<(String, bool)>);

/// The table for `columns` (answers, and the typical customer's they are
/// marked against): the weakest link, confidence, then every item, or with
/// `only_differing` only those on which some column differs.
pub fn group_table(
    columns: &[(&Assessment, &Assessment)],
    scoring: &Scoring,
    only_differing: bool,
    lang: Lang,
) -> GroupTable {
    let outcomes: Vec<Outcome> = columns.iter().map(|(a, _)| scoring::evaluate_with(a, scoring)).collect();
    let mut rows = vec![
        (t::COMPARE_WEAKEST_ROW.get(lang), None, outcomes.iter().map(|o| (weakest(o, lang), false)).collect()),
        (
            t::COMPARE_CONFIDENCE_ROW.get(lang),
            None,
            outcomes.iter().map(|o| (t::confidence_name(o.confidence).get(lang).to_owned(), false)).collect(),
        ),
    ];
    for (item, c) in Item::ALL.into_iter().filter_map(|i| Some((i, compare::Item::try_from(i).ok()?))) {
        let cells: Vec<(String, bool)> = columns
            .iter()
            .map(|(a, typical)| (item_answer(a, c, lang), compare::answer_differs(typical, a, item)))
            .collect();
        if !only_differing || cells.iter().any(|c| c.1) {
            rows.push((crate::report::item_name(c).get(lang), Some(item), cells));
        }
    }
    GroupTable { verdicts: outcomes.iter().map(|o| o.verdict).collect(), rows }
}

/// The customer-group part of the comparison report: for every compared
/// assessment with groups, a section with its typical customer and groups
/// side by side (verdict, weakest link, confidence, and the answers where a
/// group differs, marked "(differs)"). Empty without groups; each section
/// ends with a blank line.
pub fn compare_groups(items: &[(&str, &Assessment)], org: &OrgConfig, lang: Lang) -> String {
    let mut out = String::new();
    for (i, (l, a)) in items.iter().enumerate().filter(|(_, (_, a))| !a.groups.is_empty()) {
        // The label as the comparison report writes it.
        let l = match escape_cell(l) {
            l if l.is_empty() => (i + 1).to_string(),
            l => l,
        };
        let columns = compare::group_columns(a);
        let pairs: Vec<(&Assessment, &Assessment)> = columns.iter().map(|(_, c)| (c, &columns[0].1)).collect();
        let table = group_table(&pairs, &org.scoring(), true, lang);
        let mut lines: Vec<Vec<String>> =
            vec![vec![own(t::MD_ITEM, lang)], vec!["---".into()], vec![own(t::COMPARE_VERDICT_ROW, lang)]];
        for ((c, _), v) in columns.iter().zip(&table.verdicts) {
            lines[0].push(match c {
                Column::Typical => own(t::COMPARE_TYPICAL, lang),
                Column::Group(g) => escape_cell(&group_label(&a.groups[*g].name, lang)),
            });
            lines[1].push("---".into());
            lines[2].push(own(t::verdict_name(*v), lang));
        }
        for (label, _, cells) in &table.rows {
            let mut line = vec![escape_cell(label)];
            for (text, differs) in cells {
                let mut cell = escape_cell(text);
                if *differs {
                    cell.push(' ');
                    cell.push_str(&own(t::MD_DIFFERS, lang));
                }
                line.push(cell);
            }
            lines.push(line);
        }
        out.push_str("## ");
        out.push_str(&filled(t::MD_GROUPS_OF, "label", &l, lang));
        out.push_str("\n\n");
        out.push_str(&own(t::MD_GROUPS_NOTE, lang));
        out.push_str("\n\n");
        for line in lines {
            out.push_str("| ");
            out.push_str(&line.join(" | "));
            out.push_str(" |\n");
        }
        out.push('\n');
    }
    out
}
