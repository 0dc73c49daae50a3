//! An assessment, or a comparison of several, as a Markdown document that
//! pastes cleanly into Word, Confluence, a wiki or a GitHub issue.
//!
//! Pure: the caller passes the date (milliseconds since the Unix epoch), so
//! the same input always gives the same text.
//!
//! **Every user text goes through [`escape_inline`] or [`escape_cell`].**
//! They make it plain text: it cannot start a heading, list, quote, table,
//! code block or thematic break, and cannot form a link, image, emphasis,
//! code span or HTML. The product's own texts are trusted, but still pass a
//! light guard ([`own`]) in case a translation ever contains a Markdown
//! character.

use crate::config::OrgConfig;
use crate::domain::compare::{self, Change, Item};
use crate::domain::scoring::{self, Outcome, Verdict};
use crate::domain::*;
use crate::explain;
use crate::i18n::config as c;
use crate::i18n::examples;
use crate::i18n::framework;
use crate::i18n::report as r;
use crate::i18n::{ui as t, Lang, Text};

// ---------------------------------------------------------------------------
// Escaping

/// Escapes one line of user text (see [`text_lines`]), character by
/// character. Characters that form inline constructs anywhere are always
/// escaped; characters that only start a block (`-`, `+`, `=`, and `.` or
/// `)` after leading digits) are escaped only where they could, so ordinary
/// prose stays readable when pasted as plain text.
fn escape_line(line: &str, out: &mut String) {
    let mut chars = line.chars().peekable();
    let mut first = true;
    let mut only_digits = true;
    while let Some(c) = chars.next() {
        match c {
            // Inline constructs: escapes, code, emphasis, links and images
            // (no `[` means no link or image), tables, strikethrough, maths
            // on GitHub, and headings or issue references (`#`).
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // Block starts: a list item, a heading underline, a thematic break.
            '-' | '+' | '=' if first => {
                out.push('\\');
                out.push(c);
            }
            // "1." or "1)" at the start would make an ordered list.
            '.' | ')' if only_digits && !first => {
                out.push('\\');
                out.push(c);
            }
            // "http://": GitHub would link the raw text, backslashes and all;
            // escaping the colon keeps a bare address plain text.
            ':' if chars.peek() == Some(&'/') => out.push_str("\\:"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
        only_digits &= c.is_ascii_digit();
        first = false;
    }
}

/// The lines of a text, with any line ending (`\n`, `\r\n`, `\r`): control
/// characters dropped, tabs made spaces, and trimmed, because leading
/// spaces could start a code block.
fn text_lines(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split("\r\n").flat_map(|x| x.split(['\n', '\r'])).map(|line| {
        let clean: String =
            line.chars().filter_map(|c| if c == '\t' { Some(' ') } else { (!c.is_control()).then_some(c) }).collect();
        clean.trim().to_string()
    })
}

/// User text as Markdown inline text, outside tables.
///
/// Every Markdown and HTML character is escaped (`<`, `>` and `&` as HTML
/// entities), so the text renders exactly as typed. Line breaks are kept:
/// a single one as a hard break (two spaces before the newline), an empty
/// line as a paragraph break. Each line is trimmed, so no line can start a
/// code block, and no line can start any other block either because its
/// first character is escaped when it could. Lines after the first start
/// at column 0; inside a list item, indent them with [`indent`].
pub fn escape_inline(s: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text_lines(s) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        let mut escaped = String::with_capacity(line.len() + 8);
        escape_line(&line, &mut escaped);
        current.push(escaped);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.iter().map(|p| p.join("  \n")).collect::<Vec<_>>().join("\n\n")
}

/// User text for one cell of a Markdown table: escaped like
/// [`escape_inline`], `|` included, with its lines joined by " / " because a
/// cell is one line.
pub fn escape_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for line in text_lines(s).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str(" / ");
        }
        escape_line(&line, &mut out);
    }
    out
}

/// The product's own text, guarded against the few characters that would
/// change its meaning in Markdown; the texts are written without them, so
/// normally this changes nothing.
fn own(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Indents every line after the first by `n` spaces (blank lines stay
/// empty), so multi-line text stays inside a list item.
pub fn indent(s: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&pad);
            }
        }
        out.push_str(line);
    }
    out
}

// ---------------------------------------------------------------------------
// Dates and file names

const MS_PER_DAY: u64 = 86_400_000;

/// The UTC date of a moment in milliseconds since the Unix epoch, as
/// "YYYY-MM-DD" (Howard Hinnant's civil-from-days).
pub fn date(ms: u64) -> String {
    let days = (ms / MS_PER_DAY) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // day of era, 0..=146096
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // year of era, 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from 1 March, 0..=365
    let mp = (5 * doy + 2) / 153; // month from March, 0..=11
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Longest slug of the idea's title in a file name.
pub const SLUG_MAX: usize = 60;

/// The ASCII letters a Latin letter with a diacritic is written as.
fn ascii_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ĳ' => "ij",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'š' | 'ś' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        _ => return None,
    })
}

/// The title as lowercase ASCII words joined by hyphens, at most
/// [`SLUG_MAX`] characters, cut between words where possible.
fn slug(title: &str) -> String {
    let mut s = String::new();
    let mut gap = false;
    for c in title.chars().map(crate::case::lower) {
        let piece: Option<String> =
            if c.is_ascii_alphanumeric() { Some(c.to_string()) } else { ascii_fold(c).map(str::to_string) };
        match piece {
            Some(p) => {
                if gap && !s.is_empty() {
                    s.push('-');
                }
                gap = false;
                s.push_str(&p);
            }
            None => gap = true,
        }
        if s.len() > SLUG_MAX {
            break;
        }
    }
    if s.len() > SLUG_MAX {
        let cut_mid_word = s.as_bytes()[SLUG_MAX] != b'-';
        s.truncate(SLUG_MAX);
        if cut_mid_word {
            if let Some(p) = s.rfind('-') {
                s.truncate(p);
            }
        }
    }
    s.trim_matches('-').to_string()
}

/// A safe file name for a report of `a`: "wenselijk-<slug>-<date>.<ext>",
/// or "wenselijk-<date>.<ext>" when the title gives no slug. ASCII only;
/// `ext` is reduced to its ASCII letters and digits (no dot when empty).
pub fn file_name(a: &Assessment, date_ms: u64, ext: &str) -> String {
    let slug = slug(&a.idea.title);
    let ext: String = ext.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    let mut name = String::from("wenselijk-");
    if !slug.is_empty() {
        name.push_str(&slug);
        name.push('-');
    }
    name.push_str(&date(date_ms));
    if !ext.is_empty() {
        name.push('.');
        name.push_str(&ext);
    }
    name
}

// ---------------------------------------------------------------------------
// Words for answers and items

fn dimension_answer(a: &Assessment, d: DimensionId, lang: Lang) -> String {
    match a.dimension(d).answer {
        None => t::NOT_ANSWERED.get(lang).into(),
        Some(Answer::Unknown) => t::UNKNOWN.get(lang).into(),
        Some(Answer::Level(l)) => explain::level_word(l, lang),
    }
}

fn value_answer(a: &Assessment, q: ValueQuestion, lang: Lang) -> String {
    match a.value(q).answer {
        None => t::NOT_ANSWERED.get(lang).into(),
        Some(Answer::Unknown) => t::UNKNOWN.get(lang).into(),
        Some(Answer::Level(l)) => {
            format!("{} {}", l.get(), framework::value(q).scale[usize::from(l.get() - 1)].get(lang))
        }
    }
}

fn flag_answer(a: &Assessment, f: RedFlag, lang: Lang) -> String {
    match a.flag(f).answer {
        None => t::NOT_ANSWERED.get(lang).into(),
        Some(x) => t::flag_answer(x).get(lang).into(),
    }
}

/// The form's label of an idea field.
pub fn idea_label(f: IdeaField) -> Text {
    match f {
        IdeaField::Title => t::IDEA_TITLE,
        IdeaField::Action => t::IDEA_ACTION,
        IdeaField::Audience => t::IDEA_AUDIENCE,
        IdeaField::Channel => t::IDEA_CHANNEL,
        IdeaField::Moment => t::IDEA_MOMENT,
        IdeaField::Data => t::IDEA_DATA,
        IdeaField::Message => t::IDEA_MESSAGE,
    }
}

/// The name of a comparable item.
pub fn item_name(item: Item) -> Text {
    match item {
        Item::Idea(f) => idea_label(f),
        Item::Dimension(d) => framework::dimension(d).name,
        Item::Value(q) => framework::value(q).name,
        Item::OrgValues => t::ORG_VALUES,
        Item::Flag(f) => framework::flag(f).name,
    }
}

/// The title as one escaped line, or the "untitled" text.
fn title_line(a: &Assessment, lang: Lang) -> String {
    let title = escape_cell(&a.idea.title);
    if title.is_empty() {
        own(t::START_UNTITLED.get(lang))
    } else {
        title
    }
}

// ---------------------------------------------------------------------------
// Markdown building blocks. Every block ends with a blank line.

struct Doc(String);

impl Doc {
    fn new() -> Self {
        Doc(String::with_capacity(8 * 1024))
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.0.push_str(&"#".repeat(level));
        self.0.push(' ');
        self.0.push_str(text);
        self.0.push_str("\n\n");
    }

    /// A paragraph of ready Markdown.
    fn para(&mut self, md: &str) {
        self.0.push_str(md);
        self.0.push_str("\n\n");
    }

    /// A bullet list of ready Markdown items (multi-line items indented).
    fn list(&mut self, items: impl IntoIterator<Item = String>) {
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
    fn table(&mut self, header: &[String], rows: impl IntoIterator<Item = Vec<String>>) {
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

    fn rule(&mut self) {
        self.0.push_str("---\n\n");
    }

    fn finish(self) -> String {
        let mut s = self.0.trim_end().to_string();
        s.push('\n');
        s
    }
}

fn own_all(texts: &[Text], lang: Lang) -> Vec<String> {
    texts.iter().map(|x| own(x.get(lang))).collect()
}

fn bold(own_text: &str) -> String {
    format!("**{}**", own(own_text))
}

fn meta(lang: Lang, date_ms: u64) -> String {
    own(&r::META.fill(lang, &[("date", &date(date_ms))]))
}

/// Who set the app up, their stated values and weights; nothing for the
/// default configuration. The organisation's texts are user text: escaped.
fn organisation(doc: &mut Doc, org: &OrgConfig, lang: Lang) {
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
            let w = format!("{}", org.weights.get(*d));
            let w = if lang == Lang::Nl { w.replace('.', ",") } else { w };
            c::CONFIG_WEIGHT_ITEM.fill(lang, &[("dimension", framework::dimension(*d).name.get(lang)), ("weight", &w)])
        })
        .collect()
}

fn footer(doc: &mut Doc, lang: Lang) {
    doc.rule();
    doc.heading(2, &own(r::FOOTER_TITLE.get(lang)));
    doc.para(&own(r::FOOTER_MADE.get(lang)));
    doc.para(&own(r::FOOTER_FRAMEWORKS.get(lang)));
    doc.para(&own(r::FOOTER_RULES.get(lang)));
}

// ---------------------------------------------------------------------------
// The report of one assessment

/// A complete Markdown report of an assessment in one language, dated
/// `date_ms` (milliseconds since the Unix epoch, UTC).
pub fn markdown(a: &Assessment, org: &OrgConfig, lang: Lang, date_ms: u64) -> String {
    let o = scoring::evaluate_with(a, &org.weights);
    let mut doc = Doc::new();

    doc.heading(1, &title_line(a, lang));
    doc.para(&meta(lang, date_ms));
    organisation(&mut doc, org, lang);
    if let Some(id) = a.example {
        let source = t::EXAMPLE_SOURCE.fill(lang, &[("source", examples::example(id).source.get(lang))]);
        doc.para(&format!("_{}_ {}", own(r::EXAMPLE_NOTE.get(lang)), own(&source)));
    }

    idea_section(&mut doc, a, lang);
    result_section(&mut doc, &o, lang);
    dimensions_section(&mut doc, a, lang);
    values_section(&mut doc, a, lang);
    flags_section(&mut doc, a, lang);
    suggestions_section(&mut doc, &o, lang);
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

fn result_section(doc: &mut Doc, o: &Outcome, lang: Lang) {
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
        stats.push(own(&t::AVERAGE.fill(lang, &[("avg", &explain::decimal(avg, lang))])));
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
    let drivers: Vec<String> = o.drivers().map(|f| own(&explain::finding(f, o, lang))).collect();
    if drivers.is_empty() {
        doc.para(&own(t::NO_FINDINGS.get(lang)));
    } else {
        doc.list(drivers);
    }
    let others: Vec<String> = o.others().map(|f| own(&explain::finding(f, o, lang))).collect();
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
            own(framework::dimension(*d).name.get(lang)),
            own(&dimension_answer(a, *d, lang)),
            escape_cell(&a.dimension(*d).note),
        ]
    });
    doc.table(&own_all(&[t::COL_DIMENSION, t::COL_STEP, t::NOTE], lang), rows);
}

fn values_section(doc: &mut Doc, a: &Assessment, lang: Lang) {
    doc.heading(2, &own(t::VALUE_MAP_TITLE.get(lang)));
    let rows = ValueQuestion::ALL.iter().map(|q| {
        vec![own(framework::value(*q).name.get(lang)), own(&value_answer(a, *q, lang)), escape_cell(&a.value(*q).note)]
    });
    doc.table(&own_all(&[t::COL_QUESTION, t::COL_ANSWER, t::NOTE], lang), rows);
    let org = escape_inline(&a.org_values);
    let org = if org.is_empty() { own(r::NOT_FILLED_IN.get(lang)) } else { org };
    doc.para(&format!("{}  \n{org}", bold(t::ORG_VALUES.get(lang))));
}

fn flags_section(doc: &mut Doc, a: &Assessment, lang: Lang) {
    doc.heading(2, &own(t::FLAGS_RAISED.get(lang)));
    let rows = RedFlag::ALL.iter().map(|f| {
        vec![own(framework::flag(*f).name.get(lang)), own(&flag_answer(a, *f, lang)), escape_cell(&a.flag(*f).note)]
    });
    doc.table(&own_all(&[r::COL_FLAG, t::COL_ANSWER, t::NOTE], lang), rows);
}

fn suggestions_section(doc: &mut Doc, o: &Outcome, lang: Lang) {
    doc.heading(2, &own(t::SUGGESTIONS.get(lang)));
    if o.suggestions.is_empty() {
        doc.para(&own(t::SUGGESTIONS_NONE.get(lang)));
        return;
    }
    let items = o.suggestions.iter().map(|s| {
        let head = format!("{}: {}", explain::urgency(s).get(lang), explain::subject_label(s.subject, o, lang));
        let mut item = bold(&head);
        for line in explain::advice_lines(s, o, lang) {
            item.push_str("\n- ");
            item.push_str(&own(&line));
        }
        item
    });
    doc.list(items);
}

// ---------------------------------------------------------------------------
// Comparison

/// A Markdown comparison of assessments (meant for 2 to 4), each with a short
/// label such as "A": the verdicts, the answers side by side (later ones with
/// their difference from the first, in steps), and for each later one what
/// changed from the first.
pub fn compare_markdown(items: &[(&str, &Assessment)], org: &OrgConfig, lang: Lang, date_ms: u64) -> String {
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
    let outcomes: Vec<Outcome> = items.iter().map(|(_, a)| scoring::evaluate_with(a, &org.weights)).collect();

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
            o.average.map(|x| explain::decimal(x, lang)).unwrap_or_else(|| "–".into()),
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
        let mut row = vec![own(framework::dimension(*d).name.get(lang))];
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
        let mut row = vec![own(framework::value(*q).name.get(lang))];
        row.extend(items.iter().map(|(_, a)| own(&value_answer(a, *q, lang))));
        row
    });
    doc.table(&header(t::COL_QUESTION), rows);

    doc.heading(2, &own(t::FLAGS_RAISED.get(lang)));
    let rows = RedFlag::ALL.iter().map(|f| {
        let mut row = vec![own(framework::flag(*f).name.get(lang))];
        row.extend(items.iter().map(|(_, a)| own(&flag_answer(a, *f, lang))));
        row
    });
    doc.table(&header(r::COL_FLAG), rows);

    for ((_, b), label) in items.iter().zip(&labels).skip(1) {
        doc.heading(2, &with_labels(r::COMPARE_CHANGES, &["from", "to"], &[&labels[0], label]));
        let changes = compare::diff(first, b);
        if changes.is_empty() {
            doc.para(&own(r::COMPARE_NO_CHANGES.get(lang)));
        } else {
            doc.list(changes.iter().map(|c| change_item(c, first, b, lang)));
        }
    }
    doc.0.push_str(&crate::report_groups::compare_groups(items, org, lang));

    footer(&mut doc, lang);
    doc.finish()
}

/// Stand-ins for placeholder values that must not pass through [`own`].
const MARKERS: [&str; 2] = ["\u{0}1", "\u{0}2"];

/// The answer of an item, in words ("4 Good", "Not known yet", "Yes").
pub fn item_answer(a: &Assessment, item: Item, lang: Lang) -> String {
    match item {
        Item::Dimension(d) => dimension_answer(a, d, lang),
        Item::Value(q) => value_answer(a, q, lang),
        Item::Flag(f) => flag_answer(a, f, lang),
        Item::Idea(_) | Item::OrgValues => String::new(),
    }
}

/// The note (or, for text items, the text) of an item.
fn item_text(a: &Assessment, item: Item) -> &str {
    match item {
        Item::Idea(f) => a.idea.get(f),
        Item::Dimension(d) => &a.dimension(d).note,
        Item::Value(q) => &a.value(q).note,
        Item::OrgValues => &a.org_values,
        Item::Flag(f) => &a.flag(f).note,
    }
}

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

// ---------------------------------------------------------------------------
// Round tables

use crate::domain::roundtable::{self as round, Mode, Phase, RoundTable};

/// The `format` of a round-table export ([`roundtable_json`]).
pub const ROUNDTABLE_FORMAT: &str = "wenselijk-roundtable";
/// The `version` of a round-table export.
pub const ROUNDTABLE_VERSION: u32 = 1;

/// The comparison item of a round-table item, for [`item_name`] and
/// [`item_answer`].
fn compare_item(item: round::Item) -> Item {
    match item {
        round::Item::Dimension(d) => Item::Dimension(d),
        round::Item::Value(q) => Item::Value(q),
        round::Item::Flag(f) => Item::Flag(f),
    }
}

/// A participant's label as one escaped line; "Participant n" (1-based, in
/// session order) when it is blank.
fn participant_label(label: &str, n: usize, lang: Lang) -> String {
    let l = escape_cell(label);
    if l.is_empty() {
        own(&r::RT_UNNAMED.fill(lang, &[("n", &n.to_string())]))
    } else {
        l
    }
}

/// The record of a round-table session as Markdown, in one language, dated
/// `date_ms`: the session (name, idea, way of working, phase, participants),
/// then every item in [`agenda`](round::agenda) order with each participant's
/// answer and note, the spread and what the group agreed, then the decisions
/// and action points, and the verdict the assessment `base` gets with the
/// agreed answers written in ([`apply_agreed`](round::apply_agreed)).
pub fn roundtable_markdown(rt: &RoundTable, base: &Assessment, org: &OrgConfig, lang: Lang, date_ms: u64) -> String {
    let mut doc = Doc::new();
    let name = escape_cell(&rt.name);
    doc.heading(1, &if name.is_empty() { own(r::RT_UNTITLED.get(lang)) } else { name });
    doc.para(&format!("{}  \n{}", own(r::RT_RECORD.get(lang)), meta(lang, date_ms)));
    organisation(&mut doc, org, lang);

    // The session.
    doc.heading(2, &own(r::RT_SESSION.get(lang)));
    let mode = match rt.mode {
        Mode::OneDevice => r::RT_MODE_ONE,
        Mode::OwnDevices => r::RT_MODE_OWN,
    };
    let phase = match rt.phase {
        Phase::Scoring => r::RT_PHASE_SCORING,
        Phase::Revealed => r::RT_PHASE_REVEALED,
        Phase::Agreed => r::RT_PHASE_AGREED,
    };
    let agreed = round::Item::ALL.iter().filter(|i| rt.agreed_answer(**i).is_some()).count();
    let mut session = vec![
        format!("{}: {}", bold(r::COL_IDEA.get(lang)), title_line(base, lang)),
        format!("{}: {}", bold(r::RT_MODE.get(lang)), own(mode.get(lang))),
        format!("{}: {}", bold(r::RT_PHASE.get(lang)), own(phase.get(lang))),
        crate::report_groups::scored_for_line(rt, base, lang),
    ];
    if let Some(n) = rt.timebox_minutes {
        session.push(own(&r::RT_TIMEBOX.fill(lang, &[("n", &n.to_string())])));
    }
    let total = round::Item::ALL.len().to_string();
    session.push(own(&r::RT_AGREED_COUNT.fill(lang, &[("n", &agreed.to_string()), ("total", &total)])));
    doc.list(session);

    // The participants.
    let labels: Vec<String> =
        rt.participants.iter().enumerate().map(|(i, p)| participant_label(&p.label, i + 1, lang)).collect();
    doc.heading(2, &own(&r::RT_PARTICIPANTS.fill(lang, &[("n", &labels.len().to_string())])));
    if labels.is_empty() {
        doc.para(&own(r::RT_NO_PARTICIPANTS.get(lang)));
    } else {
        doc.list(rt.participants.iter().zip(&labels).map(|(p, label)| {
            let status = if p.submitted { r::RT_SUBMITTED } else { r::RT_NOT_SUBMITTED };
            format!("{label} ({})", own(status.get(lang)))
        }));
    }

    // The items, most disagreement first.
    doc.heading(2, &own(r::RT_AGENDA.get(lang)));
    doc.para(&own(r::RT_AGENDA_NOTE.get(lang)));
    let header = own_all(&[r::RT_COL_PARTICIPANT, t::COL_ANSWER, t::NOTE], lang);
    for (i, s) in round::agenda(rt).iter().enumerate() {
        let item = compare_item(s.item);
        doc.heading(3, &format!("{}. {}", i + 1, own(item_name(item).get(lang))));
        let mut spread = own(&r::RT_SPREAD.fill(
            lang,
            &[
                ("spread", &s.spread.to_string()),
                ("known", &s.known.to_string()),
                ("unknown", &s.unknown.to_string()),
                ("missing", &s.missing.to_string()),
            ],
        ));
        if let Some(m) = s.median {
            spread.push_str(" · ");
            spread.push_str(&own(&r::RT_MEDIAN.fill(lang, &[("median", &explain::decimal(m, lang))])));
        }
        doc.para(&spread);
        if !rt.participants.is_empty() {
            let rows = rt.participants.iter().zip(&labels).map(|(p, label)| {
                vec![label.clone(), own(&item_answer(&p.answers, item, lang)), escape_cell(s.item.note_in(&p.answers))]
            });
            doc.table(&header, rows);
        }
        match rt.agreed_answer(s.item) {
            Some((_, reason)) => {
                let answer = own(&item_answer(&rt.agreed, item, lang));
                let reason = escape_inline(reason);
                let reason = if reason.is_empty() { own(r::RT_NO_REASON.get(lang)) } else { reason };
                doc.para(&format!(
                    "{}: {answer}  \n{}: {reason}",
                    bold(r::RT_AGREED.get(lang)),
                    bold(r::RT_REASON.get(lang))
                ));
            }
            None => doc.para(&own(r::RT_NOT_AGREED.get(lang))),
        }
    }

    // Decisions and action points.
    doc.heading(2, &own(r::RT_DECISIONS.get(lang)));
    let decisions: Vec<String> = rt.decisions.iter().map(|d| escape_inline(d)).filter(|d| !d.is_empty()).collect();
    if decisions.is_empty() {
        doc.para(&own(r::RT_NO_DECISIONS.get(lang)));
    } else {
        doc.list(decisions);
    }
    doc.heading(2, &own(r::RT_ACTIONS.get(lang)));
    let cell = |s: &str| {
        let c = escape_cell(s);
        if c.is_empty() {
            "–".to_string()
        } else {
            c
        }
    };
    let actions: Vec<Vec<String>> = rt
        .actions
        .iter()
        .filter(|a| [&a.what, &a.who, &a.due].iter().any(|s| !escape_cell(s).is_empty()))
        .map(|a| vec![cell(&a.what), cell(&a.who), cell(&a.due)])
        .collect();
    if actions.is_empty() {
        doc.para(&own(r::RT_NO_ACTIONS.get(lang)));
    } else {
        doc.table(&own_all(&[r::RT_ACTION_WHAT, r::RT_ACTION_WHO, r::RT_ACTION_DUE], lang), actions);
    }

    // The verdict with the agreed answers.
    let before = scoring::evaluate_with(base, &org.weights);
    let after = scoring::evaluate_with(&round::apply_agreed(rt, base), &org.weights);
    doc.heading(2, &own(r::RT_RESULT.get(lang)));
    doc.para(&own(r::RT_RESULT_NOTE.get(lang)));
    let hint = match after.verdict {
        None => r::VERDICT_NONE_HINT,
        v => t::verdict_hint(v),
    };
    doc.para(&format!("{}  \n{}", bold(t::verdict_name(after.verdict).get(lang)), own(hint.get(lang))));
    doc.list([
        format!(
            "{} {}",
            bold(&t::CONFIDENCE.fill(lang, &[("level", t::confidence_name(after.confidence).get(lang))])),
            own(&t::CONFIDENCE_DETAIL
                .fill(lang, &[("known", &after.known.to_string()), ("total", &after.total.to_string())]))
        ),
        own(&r::RT_BEFORE.fill(lang, &[("verdict", t::verdict_name(before.verdict).get(lang))])),
    ]);

    footer(&mut doc, lang);
    doc.finish()
}

/// A round-table session as a pretty-printed JSON file:
/// `{"format": "wenselijk-roundtable", "version": 1, "exported": ms,
/// "round_table": …, "assessment": …, "agreed_result": …}`, with the
/// assessment `base` the session is about and `base` with the agreed answers
/// written in ([`apply_agreed`](round::apply_agreed)).
///
/// The session's `secret` is left out (the field is absent, so reading the
/// session back gives an empty secret): a file is easily passed on, and
/// with the secret anyone could make answer codes for the session.
pub fn roundtable_json(rt: &RoundTable, base: &Assessment, exported_at: u64) -> String {
    #[derive(serde::Serialize)]
    struct FileOut<'a> {
        format: &'static str,
        version: u32,
        exported: u64,
        round_table: serde_json::Value,
        assessment: &'a Assessment,
        agreed_result: Assessment,
    }
    // Cleared first, so the secret is not in the output even if removing the
    // key below ever stopped matching.
    let shared = RoundTable { secret: String::new(), ..rt.clone() };
    // Plain structs with string keys: serialising cannot fail.
    // Via text rather than `to_value`: the same value, and the program needs
    // no second serialiser (into `Value`) for every type of the session.
    let mut round_table: serde_json::Value =
        serde_json::to_string(&shared).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
    if let Some(fields) = round_table.as_object_mut() {
        fields.remove("secret");
    }
    let doc = FileOut {
        format: ROUNDTABLE_FORMAT,
        version: ROUNDTABLE_VERSION,
        exported: exported_at,
        round_table,
        assessment: base,
        agreed_result: round::apply_agreed(rt, base),
    };
    crate::codec::to_pretty_json(&doc)
}
