//! Customer groups in the comparison report and the round-table record, as
//! Markdown (issue 12); and the words both the views and the reports use
//! to say whom a round table scored for.
//!
//! Kept apart from `crate::report`, which calls in here: the comparison
//! report appends [`compare_groups`], the round-table record lists
//! [`scored_for_line`]. Pure, like the report: the same input always gives
//! the same text. User text (labels, group names) goes through
//! [`escape_cell`]; the product's own texts go through it too, which only
//! guards them more strictly than the report's own light guard.

use crate::config::OrgConfig;
use crate::domain::compare::{self, Column};
use crate::domain::roundtable::{Item, RoundTable, ScoredFor};
use crate::domain::scoring::{self, Outcome};
use crate::domain::Assessment;
use crate::explain;
use crate::i18n::framework;
use crate::i18n::{ui as t, Lang, Text};
use crate::report::{escape_cell, item_answer};

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

/// The weakest link without its label: "Autonomy, Time (2 Weak)".
pub fn weakest(o: &Outcome, lang: Lang) -> String {
    match &o.weakest {
        Some((level, dims)) => {
            let names: Vec<&str> = dims.iter().map(|d| framework::dimension(*d).name.get(lang)).collect();
            format!("{} ({})", names.join(", "), explain::level_word(*level, lang))
        }
        None => t::NOT_ANSWERED.get(lang).to_owned(),
    }
}

/// A column of a Markdown group table: its heading (Markdown), the answers
/// it shows, and the typical customer's they are marked against.
type MdColumn = (String, Assessment, Assessment);

/// A section with one table of customer groups: a column each, the
/// verdict, weakest link and confidence, then only the items on which a
/// column's answer differs from its typical customer's, marked "(differs)".
fn group_table(out: &mut String, heading: String, columns: &[MdColumn], org: &OrgConfig, lang: Lang) {
    out.push_str(&format!("## {heading}\n\n{}\n\n", own(t::MD_GROUPS_NOTE, lang)));
    let outcomes: Vec<Outcome> = columns.iter().map(|c| scoring::evaluate_with(&c.1, &org.weights)).collect();
    let mut line = |first: String, cell: &dyn Fn(usize, &MdColumn) -> String| {
        out.push_str("| ");
        out.push_str(&first);
        for (i, c) in columns.iter().enumerate() {
            out.push_str(" | ");
            out.push_str(&cell(i, c));
        }
        out.push_str(" |\n");
    };
    line(own(t::MD_ITEM, lang), &|_, c| c.0.clone());
    line("---".into(), &|_, _| "---".into());
    line(own(t::COMPARE_VERDICT_ROW, lang), &|i, _| own(t::verdict_name(outcomes[i].verdict), lang));
    line(own(t::COMPARE_WEAKEST_ROW, lang), &|i, _| escape_cell(&weakest(&outcomes[i], lang)));
    line(own(t::COMPARE_CONFIDENCE_ROW, lang), &|i, _| own(t::confidence_name(outcomes[i].confidence), lang));
    for item in Item::ALL {
        if columns.iter().any(|c| compare::answer_differs(&c.2, &c.1, item)) {
            line(escape_cell(crate::report::item_name(item.into()).get(lang)), &|_, c| {
                let mut cell = escape_cell(&item_answer(&c.1, item.into(), lang));
                if compare::answer_differs(&c.2, &c.1, item) {
                    cell.push(' ');
                    cell.push_str(&own(t::MD_DIFFERS, lang));
                }
                cell
            });
        }
    }
    out.push('\n');
}

/// The customer-group part of the comparison report: for every compared
/// assessment with groups, its groups side by side; then every group name
/// that two or more of them share (matched ignoring case), across the
/// ideas, an idea without it showing its typical customer. Empty without
/// groups; each section ends with a blank line.
pub fn compare_groups(items: &[(&str, &Assessment)], org: &OrgConfig, lang: Lang) -> String {
    let mut out = String::new();
    // A compared assessment's label as the comparison report writes it.
    let label = |i: usize| match escape_cell(items[i].0) {
        l if l.is_empty() => (i + 1).to_string(),
        l => l,
    };
    for (i, (_, a)) in items.iter().enumerate().filter(|(_, (_, a))| !a.groups.is_empty()) {
        let typical = compare::typical(a);
        let columns: Vec<MdColumn> = compare::group_columns(a)
            .into_iter()
            .map(|(c, answers)| {
                let head = match c {
                    Column::Typical => own(t::COMPARE_TYPICAL, lang),
                    Column::Group(g) => escape_cell(&group_label(&a.groups[g].name, lang)),
                };
                (head, answers, typical.clone())
            })
            .collect();
        group_table(&mut out, filled(t::MD_GROUPS_OF, "label", &label(i), lang), &columns, org, lang);
    }
    let all: Vec<&Assessment> = items.iter().map(|(_, a)| *a).collect();
    for name in compare::group_names(&all).into_iter().filter(|n| n.count > 1) {
        let columns: Vec<MdColumn> = all
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let (at, answers) = compare::for_group_name(a, &name.name);
                let mut head = label(i);
                if at.is_none() {
                    head.push_str(&format!(" ({})", own(t::RT_TYPICAL, lang)));
                }
                (head, answers, compare::typical(a))
            })
            .collect();
        let heading = filled(t::MD_SAME_GROUP, "name", &group_label(&name.name, lang), lang);
        group_table(&mut out, heading, &columns, org, lang);
    }
    out
}
