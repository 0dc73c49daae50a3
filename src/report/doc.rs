//! Markdown building blocks, and the parts every document shares (the
//! date line, the organisation, the footer). Every block ends with a blank
//! line.

use super::escape::{escape_inline, indent, own};
use super::files::date;
use crate::config::OrgConfig;
use crate::domain::*;
use crate::i18n::config as c;
use crate::i18n::framework;
use crate::i18n::report as r;
use crate::i18n::{Lang, Text};

pub(super) struct Doc(String);

impl Doc {
    pub(super) fn new() -> Self {
        Doc(String::with_capacity(8 * 1024))
    }

    pub(super) fn heading(&mut self, level: usize, text: &str) {
        self.0.push_str(&"#".repeat(level));
        self.0.push(' ');
        self.0.push_str(text);
        self.0.push_str("\n\n");
    }

    /// Ready Markdown blocks, as they are (each ending with a blank line).
    pub(super) fn raw(&mut self, md: &str) {
        self.0.push_str(md);
    }

    /// A paragraph of ready Markdown.
    pub(super) fn para(&mut self, md: &str) {
        self.0.push_str(md);
        self.0.push_str("\n\n");
    }

    /// A bullet list of ready Markdown items (multi-line items indented).
    pub(super) fn list(&mut self, items: impl IntoIterator<Item = String>) {
        let mut any = false;
        for item in items {
            any = true;
            self.0.push_str("- ");
            self.0.push_str(&indent(&item, 2));
            self.0.push('\n');
        }
        if any {
            self.0.push('\n');
        }
    }

    /// A table of ready Markdown cells (own text through [`own`], user text
    /// through [`escape_cell`]).
    pub(super) fn table(&mut self, header: &[String], rows: impl IntoIterator<Item = Vec<String>>) {
        self.row(header.iter().map(String::as_str));
        self.row(header.iter().map(|_| "---"));
        for row in rows {
            self.row(row.iter().map(String::as_str));
        }
        self.0.push('\n');
    }

    fn row<'a>(&mut self, cells: impl Iterator<Item = &'a str>) {
        self.0.push('|');
        for c in cells {
            self.0.push(' ');
            self.0.push_str(c);
            self.0.push_str(" |");
        }
        self.0.push('\n');
    }

    pub(super) fn rule(&mut self) {
        self.0.push_str("---\n\n");
    }

    pub(super) fn finish(self) -> String {
        let mut s = self.0.trim_end().to_string();
        s.push('\n');
        s
    }
}

pub(super) fn own_all(texts: &[Text], lang: Lang) -> Vec<String> {
    texts.iter().map(|x| own(x.get(lang))).collect()
}

/// A piece of advice as a list item: its head in bold, then its lines as a
/// nested list; `md` turns the product's text (with any group-name markers,
/// see `groups::masked`) into Markdown.
pub(super) fn advice_item(head: &str, lines: &[String], md: &impl Fn(&str) -> String) -> String {
    let mut item = format!("**{}**", md(head));
    for line in lines {
        item.push_str("\n- ");
        item.push_str(&md(line));
    }
    item
}

pub(super) fn bold(own_text: &str) -> String {
    format!("**{}**", own(own_text))
}

pub(super) fn meta(lang: Lang, date_ms: u64) -> String {
    own(&r::META.fill(lang, &[("date", &date(date_ms))]))
}

/// Who set the app up, their stated values and weights; nothing for the
/// default configuration. The organisation's texts are user text: escaped.
pub(super) fn organisation(doc: &mut Doc, org: &OrgConfig, lang: Lang) {
    let Some(name) = org.name(lang) else {
        if org.values.is_empty() && org.weights.is_equal() {
            return;
        }
        return organisation_details(doc, org, own(c::CONFIG_ORG_UNNAMED.get(lang)), lang);
    };
    doc.para(&c::CONFIG_FROM.fill(lang, &[("org", &escape_inline(name))]));
    organisation_details(doc, org, escape_inline(name), lang);
}

fn organisation_details(doc: &mut Doc, org: &OrgConfig, name: String, lang: Lang) {
    if !org.values.is_empty() {
        let values: Vec<String> = org.values.iter().map(|v| escape_inline(v.get(lang))).collect();
        doc.para(&format!("{}: {}", c::CONFIG_VALUES_HEADING.fill(lang, &[("org", &name)]), values.join(", ")));
    }
    if !org.weights.is_equal() {
        doc.para(&c::CONFIG_WEIGHTS_NOTE.fill(lang, &[("org", &name)]));
        doc.para(&weight_lines(org, lang).join("  \n"));
    }
}

/// One line per dimension whose weight is not 1, such as "Trust: counts 2
/// times", with a decimal comma in Dutch (the report and the rules view).
pub fn weight_lines(org: &OrgConfig, lang: Lang) -> Vec<String> {
    DimensionId::ALL
        .iter()
        .filter(|d| org.weights.get(**d) != 1.0)
        .map(|d| {
            let w = lang.number(crate::domain::chart::short2(org.weights.get(*d)));
            c::CONFIG_WEIGHT_ITEM
                .fill(lang, &[("dimension", framework::dimension_brief(*d).name.get(lang)), ("weight", &w)])
        })
        .collect()
}

pub(super) fn footer(doc: &mut Doc, lang: Lang) {
    doc.rule();
    doc.heading(2, &own(r::FOOTER_TITLE.get(lang)));
    doc.para(&own(r::FOOTER_MADE.get(lang)));
    doc.para(&own(r::FOOTER_FRAMEWORKS.get(lang)));
    doc.para(&own(r::FOOTER_RULES.get(lang)));
}
