//! The Markdown report: escaping of user text, dates, file names, and the
//! report of every example and of a blank and a hostile assessment.

#[path = "common/markdown.rs"]
mod markdown;

use markdown::{assert_tables_well_formed, starts_block, unescaped};
use wenselijk::config::OrgConfig;
use wenselijk::domain::scoring::evaluate;
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::{framework, report as rt, ui, Lang};
use wenselijk::report::{self, date, escape_cell, escape_inline, file_name, markdown};

const DAY: u64 = 86_400_000;
/// 2026-11-23 00:00 UTC.
const NOV_23: u64 = 1_795_392_000_000;

/// Hostile inputs: each must come out as plain text.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "![x](http://evil/)",
    "[click](javascript:alert(1))",
    "# heading",
    "| a | b |",
    "`code`",
    "<img src=x onerror=alert(1)>",
    "&lt;",
    "\\\\",
    "1. list",
    "- item",
    "> quote",
    "---",
    "<http://x>",
    "http://x",
    "*bold* _it_ ~~gone~~",
    "```rust",
    "~~~",
    "    indented code",
    "===",
    "+ plus",
    "2) two",
    "<!-- comment -->",
    "[ref]: http://evil/ \"title\"",
    "[x][ref]",
    "$x^2$",
    "\\<b>",
    "a\\",
    "\u{0}\u{7}\u{1b}[31m",
];

#[test]
fn escape_inline_table() {
    let cases: &[(&str, &str)] = &[
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("![x](http://evil/)", "!\\[x\\](http\\://evil/)"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
        ("# heading", "\\# heading"),
        ("| a | b |", "\\| a \\| b \\|"),
        ("`code`", "\\`code\\`"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("&lt;", "&amp;lt;"),
        ("\\\\", "\\\\\\\\"),
        ("1. list", "1\\. list"),
        ("- item", "\\- item"),
        ("> quote", "&gt; quote"),
        ("---", "\\---"),
        ("<http://x>", "&lt;http\\://x&gt;"),
        ("http://x", "http\\://x"),
        ("Let op: www.x.nl", "Let op: www.x.nl"),
        ("mail jan@x.nl", "mail jan@x.nl"),
        ("see http://evil.example/x", "see http\\://evil.example/x"),
        ("*bold* _it_ ~~gone~~", "\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~"),
        ("```rust", "\\`\\`\\`rust"),
        ("    indented code", "indented code"),
        ("===", "\\==="),
        ("a = b", "a = b"),
        ("+ plus", "\\+ plus"),
        ("2) two", "2\\) two"),
        ("$x^2$", "\\$x^2\\$"),
        ("{curly}", "{curly}"),
        ("\u{0}a\u{7}\u{1b}", "a"),
        ("tab\there", "tab here"),
        ("\u{7}===", "\\==="),
        ("\u{7}    code", "code"),
        ("x\n\u{1b}\t- y", "x  \n\\- y"),
        // Emoji, accents and right-to-left text pass through.
        ("Klant blij 😀👍🏽", "Klant blij 😀👍🏽"),
        ("Één café, naïef", "Één café, naïef"),
        ("مرحبا بالعالم", "مرحبا بالعالم"),
        ("שלום עולם", "שלום עולם"),
        // Line breaks: hard break within a paragraph, blank line between paragraphs.
        ("one\ntwo", "one  \ntwo"),
        ("one\r\ntwo\rthree", "one  \ntwo  \nthree"),
        ("one\n\n\n  two  ", "one\n\ntwo"),
        ("x\n===", "x  \n\\==="),
        ("x\n- item\n# h\n> q\n1. n", "x  \n\\- item  \n\\# h  \n&gt; q  \n1\\. n"),
        ("\n\n  \n", ""),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(escape_inline(input), *want, "escape_inline({input:?})");
    }
}

#[test]
fn escape_cell_table() {
    let cases: &[(&str, &str)] = &[
        ("| a | b |", "\\| a \\| b \\|"),
        ("a|b", "a\\|b"),
        ("\\|", "\\\\\\|"),
        ("one\ntwo", "one / two"),
        ("one\r\n\r\n two \n", "one / two"),
        ("| x |\n|---|", "\\| x \\| / \\|---\\|"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("![x](http://evil/)", "!\\[x\\](http\\://evil/)"),
        ("# heading", "\\# heading"),
        ("&lt;", "&amp;lt;"),
        ("😀 مرحبا", "😀 مرحبا"),
        ("\u{0}\n\u{7}", ""),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(escape_cell(input), *want, "escape_cell({input:?})");
    }
}

#[test]
fn hostile_input_is_plain_text() {
    for input in HOSTILE {
        for (how, out) in [("inline", escape_inline(input)), ("cell", escape_cell(input))] {
            for c in ['<', '>'] {
                assert!(!out.contains(c), "{how}({input:?}) = {out:?} contains {c:?}");
            }
            for c in ['[', ']', '`', '*', '_', '~', '|', '#', '$'] {
                assert_eq!(unescaped(&out, c), 0, "{how}({input:?}) = {out:?} has an unescaped {c:?}");
            }
            // Every `&` starts an entity of ours.
            for (i, _) in out.match_indices('&') {
                let rest = &out[i..];
                assert!(
                    ["&lt;", "&gt;", "&amp;"].iter().any(|e| rest.starts_with(e)),
                    "{how}({input:?}) = {out:?} has a bare &"
                );
            }
            // No bare "scheme://" that GitHub would turn into a link.
            for (i, _) in out.match_indices("://") {
                assert!(out[..i].ends_with('\\'), "{how}({input:?}) = {out:?} keeps a linkable address");
            }
            for line in out.lines() {
                assert!(!starts_block(line), "{how}({input:?}): line {line:?} could start a block");
            }
            assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{how}({input:?}) keeps a control character");
        }
        assert!(!escape_cell(input).contains('\n'), "cell({input:?}) has a line break");
    }
    // All of them at once, one per line.
    let all = HOSTILE.join("\n");
    for line in escape_inline(&all).lines() {
        assert!(!starts_block(line), "line {line:?} could start a block");
    }
    assert!(!escape_cell(&all).contains('\n'));
}

#[test]
fn indent_keeps_text_in_a_list_item() {
    assert_eq!(report::indent("a  \nb\n\nc", 2), "a  \n  b\n\n  c");
    assert_eq!(report::indent("a", 4), "a");
}

#[test]
fn dates() {
    let cases: &[(u64, &str)] = &[
        (0, "1970-01-01"),
        (DAY - 1, "1970-01-01"),
        (DAY, "1970-01-02"),
        (68_169_600_000, "1972-02-29"),
        (951_782_400_000, "2000-02-29"),
        (951_868_800_000, "2000-03-01"),
        (951_868_800_000 - 1, "2000-02-29"),
        (1_677_628_800_000 - DAY, "2023-02-28"),
        (1_677_628_800_000, "2023-03-01"),
        (1_709_164_800_000, "2024-02-29"),
        (1_709_164_800_000 + DAY, "2024-03-01"),
        (4_107_456_000_000, "2100-02-28"),
        (4_107_542_400_000, "2100-03-01"),
        (NOV_23, "2026-11-23"),
        (NOV_23 + DAY - 1, "2026-11-23"),
        (NOV_23 - 1, "2026-11-22"),
        (253_402_214_400_000, "9999-12-31"),
    ];
    for (ms, want) in cases {
        assert_eq!(date(*ms), *want, "date({ms})");
    }
    // Every day of 2024 and 2025 follows the one before.
    let mut prev = date(1_704_067_200_000 - DAY);
    assert_eq!(prev, "2023-12-31");
    for day in 0..731 {
        let d = date(1_704_067_200_000 + day * DAY);
        assert!(d > prev, "{d} after {prev}");
        assert_eq!(d.len(), 10);
        prev = d;
    }
    assert_eq!(prev, "2025-12-31");
    assert!(!date(u64::MAX).is_empty());
}

fn titled(title: &str) -> Assessment {
    let mut a = Assessment::default();
    a.idea.title = title.into();
    a
}

#[test]
fn file_names() {
    let cases: &[(&str, &str, &str)] = &[
        ("Bel nieuwe klanten op dag 3", "md", "wenselijk-bel-nieuwe-klanten-op-dag-3-2026-11-23.md"),
        ("Één café, naïef!", "md", "wenselijk-een-cafe-naief-2026-11-23.md"),
        ("Straße & Œuvre", "md", "wenselijk-strasse-oeuvre-2026-11-23.md"),
        ("", "md", "wenselijk-2026-11-23.md"),
        ("   ", "md", "wenselijk-2026-11-23.md"),
        ("😀 ??? مرحبا", "md", "wenselijk-2026-11-23.md"),
        ("../../etc/passwd", "md", "wenselijk-etc-passwd-2026-11-23.md"),
        ("CON", ".MD", "wenselijk-con-2026-11-23.md"),
        ("a\nb\tc", "json", "wenselijk-a-b-c-2026-11-23.json"),
        ("x", "", "wenselijk-x-2026-11-23"),
        ("x", "m/d", "wenselijk-x-2026-11-23.md"),
        (
            "Een heel lang idee over proactieve dienstverlening voor alle nieuwe klanten in het hele land",
            "md",
            // Exactly 60 characters: kept whole.
            "wenselijk-een-heel-lang-idee-over-proactieve-dienstverlening-voor-alle-2026-11-23.md",
        ),
        (
            "Een heel lang idee over proactieve dienstverlening voor iedereen in het land",
            "md",
            // Cut between words, not inside "iedereen".
            "wenselijk-een-heel-lang-idee-over-proactieve-dienstverlening-voor-2026-11-23.md",
        ),
    ];
    for (title, ext, want) in cases {
        assert_eq!(file_name(&titled(title), NOV_23, ext), *want, "file_name({title:?}, {ext:?})");
    }
    let long_word = "a".repeat(100);
    let name = file_name(&titled(&long_word), NOV_23, "md");
    assert_eq!(name, format!("wenselijk-{}-2026-11-23.md", "a".repeat(report::SLUG_MAX)));
    for title in HOSTILE.iter().copied().chain([long_word.as_str(), "- - -", "Ⅻ ǅ ﬁ"]) {
        let name = file_name(&titled(title), NOV_23, "md");
        assert!(name.starts_with("wenselijk-") && name.ends_with("-2026-11-23.md"), "{name}");
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'), "{name}");
        assert!(!name.contains("--") && !name.contains(".."), "{name}");
        assert!(name.len() <= "wenselijk-".len() + report::SLUG_MAX + "-2026-11-23.md".len(), "{name}");
        let lower = name.to_lowercase();
        assert!(!lower.contains("beoordeling") && !lower.contains("assessment"), "{name}");
    }
}

/// The first few words of a text's first non-empty line.
fn first_words(s: &str, n: usize) -> String {
    let line = s.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    line.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

#[test]
fn every_example_report_in_both_languages() {
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            let md = markdown(&a, &OrgConfig::default(), lang, NOV_23);
            let ctx = format!("{id:?} {lang:?}");
            let first_line = md.lines().next().unwrap_or_default();
            assert_eq!(first_line, format!("# {}", escape_cell(&a.idea.title)), "{ctx}: title");
            assert!(md.contains("2026-11-23"), "{ctx}: date");
            assert!(md.contains(rt::EXAMPLE_NOTE.get(lang)), "{ctx}: example note");
            let o = evaluate(&a);
            assert!(o.verdict.is_some(), "{ctx}");
            assert!(md.contains(ui::verdict_name(o.verdict).get(lang)), "{ctx}: verdict");
            assert!(md.contains(ui::verdict_hint(o.verdict).get(lang)), "{ctx}: verdict hint");
            let detail =
                ui::CONFIDENCE_DETAIL.fill(lang, &[("known", &o.known.to_string()), ("total", &o.total.to_string())]);
            assert!(md.contains(&detail), "{ctx}: confidence");
            for d in DimensionId::ALL {
                let name = framework::dimension_brief(d).name.get(lang);
                assert!(md.contains(&format!("| {name} |")), "{ctx}: dimension {name} in the table");
            }
            for q in ValueQuestion::ALL {
                assert!(md.contains(framework::value_brief(q).name.get(lang)), "{ctx}: {q:?}");
            }
            for f in RedFlag::ALL {
                assert!(md.contains(framework::flag_brief(f).name.get(lang)), "{ctx}: {f:?}");
            }
            let notes = DimensionId::ALL
                .iter()
                .map(|d| a.dimension(*d).note.as_str())
                .chain(ValueQuestion::ALL.iter().map(|q| a.value(*q).note.as_str()))
                .chain(RedFlag::ALL.iter().map(|f| a.flag(*f).note.as_str()));
            for note in notes.filter(|n| !n.trim().is_empty()) {
                let words = escape_cell(&first_words(note, 4));
                assert!(md.contains(&words), "{ctx}: note starting {words:?}");
            }
            for f in IdeaField::ALL {
                let words = escape_inline(&first_words(a.idea.get(f), 4));
                assert!(md.contains(&words), "{ctx}: idea field {f:?} starting {words:?}");
            }
            assert!(md.contains(&escape_inline(&first_words(&a.org_values, 3))), "{ctx}: org values");
            for s in &o.suggestions {
                for line in wenselijk::explain::advice(s) {
                    assert!(md.contains(line.get(lang)), "{ctx}: advice {:?}", line.get(lang));
                }
            }
            for f in o.findings.iter() {
                assert!(md.contains(&wenselijk::explain::finding(f, &o, lang)), "{ctx}: finding {f:?}");
            }
            // `>` only quotes a kept version of the customer's text.
            let quoting = |l: &str| l.get(1..).is_some_and(|rest| rest.contains('>'));
            assert!(!md.contains('<') && !md.lines().any(quoting), "{ctx}: raw < or >");
            let check = format!("\n## {}\n", wenselijk::i18n::message::TITLE.get(lang));
            assert_eq!(md.contains(&check), !a.idea.message.trim().is_empty(), "{ctx}: message check");
            for v in &a.message_check.versions {
                let first = escape_inline(&first_words(&v.text, 4));
                assert!(md.contains(&format!("> {first}")), "{ctx}: kept version {first:?}");
            }
            assert!(md.contains(rt::FOOTER_FRAMEWORKS.get(lang)), "{ctx}: footer");
            assert_tables_well_formed(&md, &ctx);
        }
    }
}

#[test]
fn blank_assessment_report() {
    for lang in Lang::ALL {
        let md = markdown(&Assessment::default(), &OrgConfig::default(), lang, 0);
        assert!(md.starts_with(&format!("# {}\n", ui::START_UNTITLED.get(lang))), "{md}");
        assert!(md.contains("1970-01-01"));
        assert!(md.contains(ui::VERDICT_NONE.get(lang)));
        assert!(md.contains(rt::IDEA_EMPTY.get(lang)));
        assert!(!md.contains(rt::EXAMPLE_NOTE.get(lang)));
        for d in DimensionId::ALL {
            assert!(md.contains(framework::dimension_brief(d).name.get(lang)));
        }
        assert!(md.contains(ui::NOT_ANSWERED.get(lang)));
        assert!(md.contains(rt::NOT_FILLED_IN.get(lang)));
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
        assert_tables_well_formed(&md, "blank");
    }
}

/// An assessment with every text hostile, and the same answers with plain text.
fn hostile_and_plain() -> (Assessment, Assessment) {
    let mut a = example(ExampleId::BankWrapped).build(Lang::En);
    a.example = None;
    let mut plain = a.clone();
    let text = HOSTILE.join("\n");
    for f in IdeaField::ALL {
        *a.idea.get_mut(f) = text.clone();
        *plain.idea.get_mut(f) = "x".into();
    }
    for d in DimensionId::ALL {
        a.dimension_mut(d).note = text.clone();
        plain.dimension_mut(d).note = "x".into();
    }
    for q in ValueQuestion::ALL {
        a.value_mut(q).note = text.clone();
        plain.value_mut(q).note = "x".into();
    }
    for f in RedFlag::ALL {
        a.flag_mut(f).note = text.clone();
        plain.flag_mut(f).note = "x".into();
    }
    a.org_values = text.clone();
    plain.org_values = "x".into();
    (a, plain)
}

/// The lines that give a Markdown document its structure, by their markers.
fn structure(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| starts_block(l))
        .map(|l| l.chars().take_while(|c| !c.is_alphanumeric() && *c != '&').collect())
        .collect()
}

/// The report without the message check's section.
fn without_message_check(md: &str, lang: Lang) -> String {
    let heading = format!("\n## {}\n", wenselijk::i18n::message::TITLE.get(lang));
    let Some(start) = md.find(&heading) else { return md.to_string() };
    let end = md[start + 1..].find("\n## ").map_or(md.len(), |i| start + 1 + i);
    format!("{}{}", &md[..start], &md[end..])
}

#[test]
fn hostile_assessment_cannot_change_the_structure() {
    let (hostile, plain) = hostile_and_plain();
    for lang in Lang::ALL {
        let md = markdown(&hostile, &OrgConfig::default(), lang, NOV_23);
        let reference = markdown(&plain, &OrgConfig::default(), lang, NOV_23);
        assert!(!md.contains('<') && !md.contains('>'), "raw < or > in\n{md}");
        for c in ['[', ']', '`', '_', '~', '$'] {
            assert_eq!(unescaped(&md, c), 0, "unescaped {c:?} in\n{md}");
        }
        // Own text uses `**` for bold and `#` in headings; the hostile text
        // adds none of them unescaped. `(`, `)` and `!` are harmless once
        // no `[` can open a link or image. The message check's section
        // depends on what the text says (its findings): tests/report_message.rs
        // checks its structure; here it is left out.
        let (md_rest, reference_rest) = (without_message_check(&md, lang), without_message_check(&reference, lang));
        assert!(md_rest.len() < md.len() && reference_rest.len() < reference.len(), "a message check section");
        for c in ['*', '#', '|'] {
            assert_eq!(unescaped(&md_rest, c), unescaped(&reference_rest, c), "unescaped {c:?}");
        }
        assert_eq!(structure(&md_rest), structure(&reference_rest), "block structure differs");
        assert_tables_well_formed(&md, "hostile");
        assert!(md.contains(&escape_inline("<script>alert(1)</script>")));
    }
}

#[test]
fn report_texts_are_markdown_plain() {
    for (name, t) in rt::ALL {
        for s in [t.nl, t.en] {
            assert!(!s.contains(['*', '_', '[', ']', '<', '>', '|', '`', '\\', '\n']), "{name}: {s:?}");
            assert!(!starts_block(s), "{name}: {s:?}");
        }
    }
}

#[test]
fn file_name_and_report_agree_on_the_date() {
    let a = example(ExampleId::LowToPeak).build(Lang::Nl);
    let name = file_name(&a, NOV_23 + 5 * DAY, "md");
    assert!(name.ends_with("-2026-11-28.md"), "{name}");
    assert!(markdown(&a, &OrgConfig::default(), Lang::Nl, NOV_23 + 5 * DAY).contains("2026-11-28"));
}

#[test]
fn organisation_in_the_report_name_values_weights_escaped() {
    let (org, problems) = wenselijk::config::parse(
        r#"{"name": "Gemeente *Voorbeeld* [x](https://e.example)", "values": ["Open", {"nl": "Dichtbij", "en": "Close by"}],
            "weights": {"autonomy": 2, "time": 0.5}}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let a = example(ExampleId::PostPurchase).build(Lang::En);
    let md = markdown(&a, &org, Lang::En, 0);
    assert!(md.contains("Set up by Gemeente \\*Voorbeeld\\*"), "{md}");
    assert!(!md.contains("[x](https://e.example)"), "the name is inert: {md}");
    assert!(md.contains("Open, Close by"), "{md}");
    assert!(md.contains("Autonomy: counts 2 times") && md.contains("counts 0.5 times"), "{md}");
    let nl = markdown(&a, &org, Lang::Nl, 0);
    assert!(nl.contains("Dichtbij") && nl.contains("telt 0,5 keer mee"), "{nl}");
    // The default configuration adds nothing.
    let plain = markdown(&a, &OrgConfig::default(), Lang::En, 0);
    assert!(!plain.contains("Set up by") && !plain.contains("counts 2 times"), "{plain}");
}

#[test]
fn weights_reach_the_reported_verdict() {
    // All dimensions known and >= 3, average just under 3.5 without weights:
    // "Mediocre" caps at conditional; weighting the strong ones lifts it.
    let mut a = Assessment::default();
    for (d, l) in DimensionId::ALL.iter().zip([3, 3, 3, 3, 3, 4, 4, 4]) {
        a.dimensions.insert(*d, Entry { answer: Some(Answer::lv(l)), note: String::new() });
    }
    let plain = evaluate(&a);
    let (org, _) = wenselijk::config::parse(r#"{"weights": {"trust": 2, "empathy": 2, "autonomy": 2}}"#);
    let weighted = wenselijk::domain::scoring::evaluate_with(&a, &org.scoring());
    assert!(plain.average < weighted.average, "{:?} < {:?}", plain.average, weighted.average);
    let md = markdown(&a, &org, Lang::En, 0);
    let plain_md = markdown(&a, &OrgConfig::default(), Lang::En, 0);
    assert_ne!(md, plain_md);
}
