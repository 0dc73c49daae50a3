//! The message check in the reports (issue 13): the Markdown section of one
//! assessment, the figures compare shows for two to four, and the pieces the
//! live view shares with them (the formula with its inputs, a finding in one
//! line, the name of a before-and-after column).
//!
//! A line that mixes the product's text with the customer's text (a finding
//! with its quote, the next step) is escaped whole as user text: the
//! product's texts are Markdown-plain, so escaping leaves them as they are.

use super::doc::{bold, Doc};
use super::escape::{escape_cell, escape_inline, own};
use super::words::dimension_answer;
use crate::domain::{Assessment, DimensionId, TextLang};
use crate::explain::level_word;
use crate::i18n::message as m;
use crate::i18n::report as r;
use crate::i18n::{framework, Lang, Text};
use crate::message::check::{self, Check, Version};
use crate::message::{Analysis, Figures, Finding, Kind, Words};

/// The formula of the text's language with its inputs filled in.
pub fn formula(a: &Analysis, lang: Lang) -> String {
    let f = &a.figures;
    let words = f.words.max(1) as f32;
    let ease = m::ease_text(f.ease, lang);
    let wps = crate::i18n::decimal(f.avg_sentence, lang);
    match a.lang {
        TextLang::Nl => {
            let syl = crate::i18n::decimal(f.syllables as f32 * 100.0 / words, lang);
            m::FORMULA_NL.fill(lang, &[("syl", &syl), ("wps", &wps), ("ease", &ease)])
        }
        TextLang::En => {
            let spw = lang.number(crate::domain::chart::short2(f.syllables as f32 / words));
            m::FORMULA_EN.fill(lang, &[("spw", &spw), ("wps", &wps), ("ease", &ease)])
        }
    }
}

/// A finding in one line: its words quoted (at most 90 characters), a long
/// sentence's number of words, and the plainer word where there is one.
pub fn finding_line(f: &Finding, text: &str, lang: Lang) -> String {
    let words = text.get(f.span.start..f.span.end).unwrap_or("").split_whitespace();
    let mut quote = words.collect::<Vec<_>>().join(" ");
    if quote.chars().count() > 90 {
        quote = quote.chars().take(88).collect::<String>() + "…";
    }
    let mut line = format!("“{quote}”");
    if f.kind == Kind::LongSentence {
        line.push_str(&format!(" ({})", m::N_WORDS.fill(lang, &[("n", &f.count.to_string())])));
    }
    if f.instead.starts_with('(') {
        // "(leave out)": an instruction, not a word to write.
        line.push_str(" → ");
        line.push_str(&f.instead);
    } else if !f.instead.is_empty() {
        line.push_str(" → ");
        line.push_str(&m::INSTEAD.fill(lang, &[("instead", &f.instead)]));
    }
    line
}

/// The heading of a column of before and after.
pub fn version_name(v: Version) -> Text {
    match v {
        Version::First => m::VERSION_FIRST,
        Version::Previous => m::VERSION_PREVIOUS,
        Version::Now => m::VERSION_NOW,
    }
}

/// The section of the assessment's report; nothing when its text is blank.
pub(super) fn section(doc: &mut Doc, a: &Assessment, words: Words, lang: Lang) {
    if let Some(c) = check::of_assessment(a, lang.text_lang(), words) {
        doc.raw(&message_markdown(a, &c, words, lang));
    }
}

/// The message check of `a` as a Markdown section (a level-2 heading and
/// what follows), `c` being the check of its current text: the band and
/// reading ease with the formula (an estimate), the figures (with earlier
/// versions: before and after), the findings by kind with their fix, address
/// and next step, the suggested Taal and Complexiteit steps (suggestions,
/// never answers), and the kept versions' texts as quotes. `words` are the
/// word lists the check used: without the shipped list, the section says so.
pub fn message_markdown(a: &Assessment, c: &Check, words: Words, lang: Lang) -> String {
    let an = &c.analysis;
    let text = a.idea.message.as_str();
    let f = &an.figures;
    let mut doc = Doc::new();
    doc.heading(2, &own(m::TITLE.get(lang)));
    doc.para(&own(m::INTRO.get(lang)));
    let band = m::band(f.band()).get(lang);
    let ease = format!("{} {}", m::EASE.get(lang), m::ease_text(f.ease, lang));
    doc.para(&format!("{}: {} · {}", own(m::ROW_BAND.get(lang)), bold(band), own(&ease)));
    let lines = [formula(an, lang), m::FORMULA_BAND.get(lang).into(), m::ESTIMATE.get(lang).into()];
    doc.para(&lines.map(|l| own(&l)).join("  \n"));
    let mut notes = vec![format!("{}: {}", m::TEXT_LANG.get(lang), m::lang_name(an.lang).get(lang))];
    if words.lexicon.is_none() || !an.with_lexicon {
        notes.push(r::MSG_NO_WORDS.get(lang).into());
    }
    if an.cut {
        notes.push(m::CUT.get(lang).into());
    }
    doc.para(&notes.iter().map(|l| own(l)).collect::<Vec<_>>().join("  \n"));

    // The figures: one column, or before and after.
    let mut columns = check::before_after(&a.message_check.versions, c, words);
    let heading = if columns.is_empty() { m::FIGURES } else { m::VERSIONS };
    if columns.is_empty() {
        columns.push((Version::Now, *f));
    }
    doc.heading(3, &own(heading.get(lang)));
    let figs: Vec<Figures> = columns.iter().map(|(_, f)| *f).collect();
    let mut header = vec![own(m::VERSION_FIGURE.get(lang))];
    header.extend(columns.iter().map(|(v, _)| own(version_name(*v).get(lang))));
    doc.table(&header, own_rows(m::figure_rows(&figs, lang)));

    doc.heading(3, &own(m::FINDINGS.get(lang)));
    if an.findings.is_empty() {
        doc.para(&own(m::MARKED_NONE.get(lang)));
    }
    doc.list(Kind::ALL.into_iter().filter_map(|k| {
        let of_kind: Vec<&Finding> = an.findings.iter().filter(|x| x.kind == k).collect();
        let mut item =
            format!("{} ({})  \n{}", bold(m::kind_name(k).get(lang)), of_kind.len(), own(m::kind_why(k).get(lang)));
        for x in &of_kind {
            item.push_str("\n- ");
            item.push_str(&escape_cell(&finding_line(x, text, lang)));
        }
        (!of_kind.is_empty()).then_some(item)
    }));
    // A paragraph, not a list: a list right after the findings would join it.
    let mut checks = vec![
        format!("{} {}", bold(m::CHECKS.get(lang)), own(m::address(an.address).get(lang))),
        format!("{} {}", bold(m::NEXT_STEP.get(lang)), escape_cell(&m::next_step(an.next_step, text, lang))),
    ];
    if f.asks > 2 {
        checks.push(own(&m::ASKS.fill(lang, &[("n", &f.asks.to_string())])));
    }
    doc.para(&checks.join("  \n"));

    suggestions(&mut doc, a, c, lang);

    let versions = &a.message_check.versions;
    if !versions.is_empty() {
        doc.heading(3, &own(&m::VERSIONS_KEPT.fill(lang, &[("n", &versions.len().to_string())])));
        doc.para(&own(m::VERSIONS_INTRO.get(lang)));
        for (i, v) in versions.iter().enumerate() {
            doc.para(&bold(&m::VERSION_N.fill(lang, &[("n", &(i + 1).to_string())])));
            doc.para(&quote(&escape_inline(&v.text)));
        }
    }
    doc.finish() + "\n"
}

/// The suggested Taal and Complexiteit steps, each with the team's own
/// answer beside it and its reasons; labelled as suggestions.
fn suggestions(doc: &mut Doc, a: &Assessment, c: &Check, lang: Lang) {
    let ease = c.analysis.figures.ease;
    let items: Vec<String> = [(DimensionId::Language, c.language()), (DimensionId::Complexity, c.complexity())]
        .into_iter()
        .filter_map(|(d, s)| {
            let s = s?;
            let suggests = m::SUGGESTED.fill(lang, &[("level", &level_word(s.level, lang))]);
            let team = r::MSG_TEAM_ANSWER.fill(lang, &[("answer", &dimension_answer(a, d, lang))]);
            let mut item =
                format!("{}: {}  \n{}", bold(framework::dimension_brief(d).name.get(lang)), own(&suggests), own(&team));
            if s.reasons.is_empty() {
                item.push_str(&format!("  \n{}", own(m::SUGGESTED_NONE.get(lang))));
            } else {
                item.push_str(&format!("  \n{}", own(m::SUGGESTED_WHY.get(lang))));
                for reason in &s.reasons {
                    item.push_str(&format!("\n- {}", own(&m::reason(*reason, ease, lang))));
                }
            }
            Some(item)
        })
        .collect();
    if items.is_empty() {
        return;
    }
    doc.heading(3, &own(r::MSG_SUGGESTIONS.get(lang)));
    doc.para(&own(m::SUGGESTED_OWN.get(lang)));
    doc.list(items);
}

/// Figure rows (see `m::figure_rows`) as table rows of Markdown cells.
pub(super) fn own_rows(rows: Vec<(&str, Vec<String>)>) -> impl Iterator<Item = Vec<String>> + '_ {
    rows.into_iter()
        .map(|(label, values)| std::iter::once(label).chain(values.iter().map(String::as_str)).map(own).collect())
}

/// Escaped Markdown as a block quote.
fn quote(md: &str) -> String {
    md.lines().map(|l| if l.is_empty() { ">".to_string() } else { format!("> {l}") }).collect::<Vec<_>>().join("\n")
}

/// The figures compare shows, one row each.
const COMPARED: [Text; 6] = [m::WORDS, m::LONGEST, m::ROW_NEGATIONS, m::ROW_OFFICIALESE, m::EASE, m::ROW_BAND];

/// The message check's figures of assessments side by side (compare): words,
/// longest sentence, negations, officialese, reading ease and band, each a
/// label and one value per assessment ("–" for one without a text). Empty
/// when none of them has a text.
pub fn compare_rows(items: &[&Assessment], words: Words, lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let checks: Vec<Option<Check>> = items.iter().map(|a| check::of_assessment(a, lang.text_lang(), words)).collect();
    if checks.iter().all(Option::is_none) {
        return Vec::new();
    }
    let figs: Vec<Figures> = checks.iter().map(|c| c.as_ref().map(|c| *c.figures()).unwrap_or_default()).collect();
    let labels = COMPARED.map(|t| t.get(lang));
    m::figure_rows(&figs, lang)
        .into_iter()
        .filter(|(label, _)| labels.contains(label))
        .map(|(label, values)| {
            let cells = values.into_iter().zip(&checks).map(|(v, c)| if c.is_some() { v } else { "–".into() });
            (label, cells.collect())
        })
        .collect()
}
