//! The customer groups of one assessment in its report: one pure model
//! ([`groups_report`]) that the Markdown ([`markdown`](super::markdown))
//! and the printed report (`ui/report.rs`) both render, so both say the same.
//!
//! What the section holds: the overall rule in one sentence when a group
//! capped the verdict; a table with the typical customer and each group
//! (verdict, weakest link, confidence, share); then per group only what
//! differs: its description and share, the answers it has of its own (with
//! the typical customer's answer and the note why), the reasons for its
//! verdict and its own advice ([`advice`](crate::domain::groups::advice)).
//!
//! Order: the table lists the groups in the assessment's order, numbered as
//! they stand (the same positions as in the host message); the sections
//! follow [`by_urgency`] (the group that crosses the line first, then
//! conditional, then desirable, then none yet; ties in the assessment's
//! order), like the advice, each headed with its number from the table.
//!
//! Group names are the user's text, and some sentences name a group: the
//! overall rule, and the base's findings and advice. Such sentences are built
//! with a marker in place of each name ([`masked`]); the renderer puts the
//! names back ([`GroupsReport::names`]): escaped in Markdown, as they are in
//! print (Yew text nodes).

use super::doc::{advice_item, bold, Doc};
use super::escape::{escape_cell, escape_inline, own};
use super::words::{compare_item, item_answer, item_name};
use crate::domain::groups::{advice, by_urgency};
use crate::domain::roundtable as round;
use crate::domain::scoring::{Outcome, Suggestion, Verdict};
use crate::domain::*;
use crate::explain;
use crate::i18n::report as r;
use crate::i18n::{ui as t, Lang, Text};

/// A group's name as shown: the user's name on one line, or the product's
/// "Customer group n" when it is blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    User(String),
    Own(String),
}

impl Label {
    fn of(name: &str, index: usize, lang: Lang) -> Label {
        let name = crate::domain::groups::one_line(name);
        if name.is_empty() {
            Label::Own(r::GROUP_UNNAMED.fill(lang, &[("n", &(index + 1).to_string())]))
        } else {
            Label::User(name)
        }
    }

    /// The label as plain text (for print).
    pub fn text(&self) -> &str {
        match self {
            Label::User(s) | Label::Own(s) => s,
        }
    }

    /// The label as Markdown: the user's name escaped.
    fn markdown(&self) -> String {
        match self {
            Label::User(s) => escape_cell(s),
            Label::Own(s) => own(s),
        }
    }
}

/// One row of the groups table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The group's position; `None` for the typical customer.
    pub group: Option<usize>,
    pub verdict: Option<Verdict>,
    /// "Autonomy, Time (2 Weak)", or "–".
    pub weakest: String,
    /// "High, 17 of 17 known".
    pub confidence: String,
    /// "15%", "A small part", or "–".
    pub share: String,
}

/// An answer where a group differs from the typical customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub item: &'static str,
    /// The group's answer in words.
    pub group: String,
    /// The typical customer's answer in words.
    pub typical: String,
    /// Why it differs: the user's note, raw.
    pub note: String,
}

/// One piece of a group's own advice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// "Must fix: Trust".
    pub head: String,
    pub lines: Vec<String>,
}

/// One group's section: only what differs from the typical customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The group's position (its number in the table is one more).
    pub index: usize,
    /// The user's description, raw; may be empty.
    pub description: String,
    /// The share, when known.
    pub share: Option<String>,
    pub verdict: Option<Verdict>,
    pub confidence: String,
    pub differences: Vec<Difference>,
    /// "Why?" or "Conditions", as for the typical customer.
    pub reasons_heading: Text,
    /// The findings that decide the group's verdict.
    pub reasons: Vec<String>,
    pub advice: Vec<Advice>,
}

/// The customer-groups section of a report.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupsReport {
    /// Each group's label, by position.
    pub labels: Vec<Label>,
    /// The overall rule in one sentence (with name markers), when a group
    /// capped the verdict.
    pub rule: Option<String>,
    /// The typical customer, then the groups in the assessment's order.
    pub rows: Vec<Row>,
    /// The groups, most urgent first.
    pub sections: Vec<Section>,
}

/// The marker that stands for group `i`'s name in a sentence.
fn marker(i: usize) -> String {
    format!("\u{0}{i}\u{0}")
}

/// Puts names in for the markers of `s`: `name(i)` for group `i`.
fn fill_names(s: &str, name: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for (k, piece) in s.split('\u{0}').enumerate() {
        match (k % 2 == 1).then(|| piece.parse::<usize>().ok()).flatten() {
            Some(i) => out.push_str(&name(i)),
            None => out.push_str(piece),
        }
    }
    out
}

/// The outcome with each group's name replaced by its marker, so sentences
/// built from it ([`explain::finding`], [`explain::subject_label`],
/// [`explain::advice_lines`]) can pass through the product's own guard and
/// get the names put back afterwards. Unchanged without groups.
pub fn masked(o: &Outcome) -> Outcome {
    let mut m = o.clone();
    for (i, g) in m.groups.iter_mut().enumerate() {
        g.name = marker(i);
    }
    m
}

impl GroupsReport {
    /// A sentence with markers, with the groups' names as plain text.
    pub fn names(&self, s: &str) -> String {
        fill_names(s, |i| self.labels.get(i).map(|l| l.text().to_owned()).unwrap_or_default())
    }

    /// A sentence with markers as Markdown: the product's words guarded,
    /// the names escaped.
    fn names_markdown(&self, s: &str) -> String {
        names_markdown(&self.labels, s)
    }
}

fn names_markdown(labels: &[Label], s: &str) -> String {
    fill_names(&own(s), |i| labels.get(i).map(Label::markdown).unwrap_or_default())
}

/// The groups' labels of an assessment, by position.
pub fn labels(a: &Assessment, lang: Lang) -> Vec<Label> {
    a.groups.iter().enumerate().map(|(i, g)| Label::of(&g.name, i, lang)).collect()
}

/// The groups' share in words, `None` when not known.
pub fn share_text(share: Share, lang: Lang) -> Option<String> {
    match share {
        Share::Unknown => None,
        Share::Small => Some(r::SHARE_SMALL.get(lang).to_owned()),
        Share::Large => Some(r::SHARE_LARGE.get(lang).to_owned()),
        Share::Percent(p) => Some(format!("{p}%")),
    }
}

fn confidence(o: &Outcome, lang: Lang) -> String {
    r::COMPARE_KNOWN.fill(
        lang,
        &[
            ("level", t::confidence_name(o.confidence).get(lang)),
            ("known", &o.known.to_string()),
            ("total", &o.total.to_string()),
        ],
    )
}

fn weakest(o: &Outcome, lang: Lang) -> String {
    match &o.weakest {
        Some((level, dims)) => {
            let names: Vec<&str> =
                dims.iter().map(|d| crate::i18n::framework::dimension_brief(*d).name.get(lang)).collect();
            format!("{} ({})", names.join(", "), explain::level_word(*level, lang))
        }
        None => "–".into(),
    }
}

/// "‘A’", "‘A’ and ‘B’", "‘A’, ‘B’ and ‘C’", with markers for the names.
fn name_list(groups: &[usize], lang: Lang) -> String {
    let quoted: Vec<String> = groups.iter().map(|i| format!("‘{}’", marker(*i))).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), r::GROUPS_AND.get(lang))
        }
        _ => quoted.concat(),
    }
}

/// The customer-groups section of `a`'s report, from its outcome `o`
/// ([`evaluate_with`](crate::domain::scoring::evaluate_with) of `a`);
/// `None` when the assessment has no groups.
pub fn groups_report(a: &Assessment, o: &Outcome, lang: Lang) -> Option<GroupsReport> {
    if a.groups.is_empty() {
        return None;
    }
    let failing: Vec<usize> = o.failing_groups().collect();
    let rule = (!failing.is_empty()).then(|| {
        r::GROUPS_RULE.fill(
            lang,
            &[
                ("groups", &name_list(&failing, lang)),
                ("verdict", t::verdict_name(Some(Verdict::Conditional)).get(lang)),
            ],
        )
    });

    let row = |group: Option<usize>, go: &Outcome, share: Share| Row {
        group,
        verdict: go.own_verdict(),
        weakest: weakest(go, lang),
        confidence: confidence(go, lang),
        share: share_text(share, lang).unwrap_or_else(|| "–".into()),
    };
    let mut rows = vec![row(None, o, Share::Unknown)];
    rows.extend(o.groups.iter().zip(&a.groups).enumerate().map(|(i, (r, g))| row(Some(i), &r.outcome, g.share)));

    let advice = advice(&a.groups, o);
    let sections = by_urgency(o)
        .into_iter()
        .filter_map(|i| {
            let (g, go) = (a.groups.get(i)?, &o.groups.get(i)?.outcome);
            let effective = g.effective(a);
            let differences = round::Item::ALL
                .iter()
                .filter(|item| g.answer(**item).is_some())
                .filter_map(|item| {
                    let c = compare_item(*item)?;
                    Some(Difference {
                        item: item_name(c).get(lang),
                        group: item_answer(&effective, c, lang),
                        typical: item_answer(a, c, lang),
                        note: g.note(*item).to_owned(),
                    })
                })
                .collect();
            let reasons = match go.verdict {
                Some(_) => go.drivers().map(|f| explain::finding(f, go, lang)).collect(),
                None => Vec::new(),
            };
            let own_advice = advice.iter().find(|(j, _)| *j == i).map(|(_, list)| list.as_slice()).unwrap_or_default();
            Some(Section {
                index: i,
                description: g.description.trim().to_owned(),
                share: share_text(g.share, lang),
                verdict: go.verdict,
                confidence: confidence(go, lang),
                differences,
                reasons_heading: if go.verdict == Some(Verdict::Conditional) { t::CONDITIONS } else { t::WHY },
                reasons,
                advice: own_advice
                    .iter()
                    .map(|s| Advice { head: advice_head(s, go, lang), lines: explain::advice_lines(s, go, lang) })
                    .collect(),
            })
        })
        .collect();
    Some(GroupsReport { labels: labels(a, lang), rule, rows, sections })
}

/// A suggestion's head: "Must fix: Trust".
pub(super) fn advice_head(s: &Suggestion, o: &Outcome, lang: Lang) -> String {
    format!("{}: {}", explain::urgency(s).get(lang), explain::subject_label(s.subject, o, lang))
}

/// The groups' labels as Markdown, for sentences about the whole
/// assessment (its findings and advice) built from a [`masked`] outcome.
pub(super) fn markdown_names(a: &Assessment, lang: Lang) -> impl Fn(&str) -> String {
    let labels = labels(a, lang);
    move |s: &str| names_markdown(&labels, s)
}

/// The section as Markdown (nothing without groups).
pub(super) fn markdown_section(doc: &mut Doc, a: &Assessment, o: &Outcome, lang: Lang) {
    let Some(g) = groups_report(a, o, lang) else { return };
    doc.heading(2, &own(r::GROUPS.get(lang)));
    doc.para(&own(r::GROUPS_INTRO.get(lang)));
    if let Some(rule) = &g.rule {
        doc.para(&format!("**{}**", g.names_markdown(rule)));
    }
    let who = |group: Option<usize>| match group {
        None => own(r::TYPICAL_CUSTOMER.get(lang)),
        Some(i) => format!("{}. {}", i + 1, g.labels.get(i).map(Label::markdown).unwrap_or_default()),
    };
    let rows = g.rows.iter().map(|row| {
        vec![
            who(row.group),
            own(t::verdict_name(row.verdict).get(lang)),
            own(&row.weakest),
            own(&row.confidence),
            own(&row.share),
        ]
    });
    let header = [r::COL_WHO, r::COL_VERDICT, r::COL_WEAKEST, r::COL_CONFIDENCE, r::COL_SHARE];
    doc.table(&header.iter().map(|x| own(x.get(lang))).collect::<Vec<_>>(), rows);
    doc.para(&own(r::GROUPS_ORDER.get(lang)));

    for s in &g.sections {
        doc.heading(3, &who(Some(s.index)));
        let description = escape_inline(&s.description);
        if !description.is_empty() {
            doc.para(&description);
        }
        let mut facts = Vec::new();
        if let Some(share) = &s.share {
            facts.push(format!("{}: {}", bold(r::GROUP_SHARE.get(lang)), own(share)));
        }
        facts.push(format!(
            "{}: {} ({})",
            bold(r::COL_VERDICT.get(lang)),
            bold(t::verdict_name(s.verdict).get(lang)),
            own(&s.confidence)
        ));
        doc.list(facts);

        doc.heading(4, &own(r::GROUP_DIFFERS.get(lang)));
        if s.differences.is_empty() {
            doc.para(&own(r::GROUP_NO_DIFFERENCES.get(lang)));
        } else {
            let header = [r::COL_ITEM, r::COL_THIS_GROUP, r::TYPICAL_CUSTOMER, r::COL_WHY_DIFFERENT];
            let rows = s.differences.iter().map(|d| {
                let note = escape_cell(&d.note);
                vec![own(d.item), own(&d.group), own(&d.typical), if note.is_empty() { "–".into() } else { note }]
            });
            doc.table(&header.iter().map(|x| own(x.get(lang))).collect::<Vec<_>>(), rows);
        }
        if s.verdict.is_some() {
            doc.heading(4, &own(s.reasons_heading.get(lang)));
            if s.reasons.is_empty() {
                doc.para(&own(t::NO_FINDINGS.get(lang)));
            } else {
                doc.list(s.reasons.iter().map(|x| own(x)));
            }
        }
        doc.heading(4, &own(r::GROUP_ADVICE.get(lang)));
        if s.advice.is_empty() {
            doc.para(&own(r::GROUP_NO_ADVICE.get(lang)));
        } else {
            doc.list(s.advice.iter().map(|x| advice_item(&x.head, &x.lines, &own)));
        }
    }
}
