//! The message check in the reports (issue 13): the Markdown section of one
//! assessment (findings, escaping of the customer's text, before and after,
//! suggestions), no section for a blank text, and the rows of the
//! comparison. Most cases use hand-built checks, so they test the report and
//! not the rules; the cases named `core_…` go through the real check.

#[path = "common/markdown.rs"]
mod markdown;

use markdown::{assert_tables_well_formed, starts_block, unescaped};
use wenselijk::config::OrgConfig;
use wenselijk::domain::*;
use wenselijk::i18n::{message as m, report as rt, ui, Lang};
use wenselijk::message::check::{check, of_assessment, Check};
use wenselijk::message::{Address, Analysis, Figures, Finding, Kind, Lexicon, NextStep, Sentence, Span, Words};
use wenselijk::report::message::{compare_rows, finding_line, formula, message_markdown};
use wenselijk::report::{compare_markdown, escape_cell, markdown, markdown_with};

const HARD_EN: &str = "Dear customer, we hereby notify you that your application for supplementary financial \
assistance was not processed because the documentation <b>*required*</b> | [here](x) was not received in time and \
consequently no determination regarding eligibility can be made. Please call us.";
const HARD_NL: &str = "Geachte klant, hierbij delen wij u mede dat uw aanvraag voor aanvullende inkomensondersteuning \
niet in behandeling is genomen omdat de benodigde documentatie <b>*verplicht*</b> | [hier](x) niet tijdig is ontvangen \
en derhalve geen beoordeling van de rechtmatigheid kan worden uitgevoerd. Bel ons.";

/// Where `needle` stands in `text` as words of their own.
fn span(text: &str, needle: &str) -> Span {
    let at = text.find(&format!(" {needle} ")).unwrap_or_else(|| panic!("{needle:?} in {text:?}"));
    Span { start: at + 1, end: at + 1 + needle.len() }
}

fn finding(kind: Kind, text: &str, needle: &str, instead: &str, count: u32) -> Finding {
    Finding { kind, span: span(text, needle), instead: instead.into(), count }
}

/// A hard text's check, built by hand: every kind of finding, the
/// customer's text with Markdown specials and HTML inside the marks.
fn hard(lang: TextLang) -> (Assessment, Check) {
    let (text, first, officialese, negations, passive, long, very_long, avoid) = match lang {
        TextLang::En => (
            HARD_EN,
            "Dear",
            "hereby",
            ["not", "no"],
            "was not processed",
            "documentation",
            "<b>*required*</b>",
            "[here](x)",
        ),
        TextLang::Nl => (
            HARD_NL,
            "Geachte",
            "hierbij",
            ["niet", "geen"],
            "is genomen",
            "documentatie",
            "<b>*verplicht*</b>",
            "[hier](x)",
        ),
    };
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    let sentence = Span { start: text.find(first).unwrap_or(0), end };
    let mut findings = vec![
        Finding { kind: Kind::LongSentence, span: sentence, instead: String::new(), count: 33 },
        finding(Kind::Officialese, text, officialese, "*now* <i>", 0),
        finding(Kind::Negation, text, negations[0], "", 0),
        finding(Kind::Negation, text, negations[1], "", 0),
        finding(Kind::Passive, text, passive, "", 0),
        finding(Kind::LongWord, text, long, "", 5),
        finding(Kind::VeryLongWord, text, very_long, "", 17),
        finding(Kind::Avoid, text, avoid, "", 0),
    ];
    findings.sort_by_key(|f| (f.span.start, f.kind));
    let figures = Figures {
        words: 37,
        sentences: 2,
        syllables: 66,
        avg_sentence: 18.5,
        longest_sentence: 33,
        long_sentences: 1,
        long_words: 1,
        very_long_words: 1,
        negations: 2,
        passives: 1,
        officialese: 1,
        avoid: 1,
        asks: 3,
        ease: Some(31.4),
    };
    let analysis = Analysis {
        lang,
        figures,
        sentences: vec![
            Sentence { span: sentence, words: 33 },
            Sentence { span: Span { start: end + 1, end: text.len() }, words: 3 },
        ],
        findings,
        next_step: NextStep::AtEnd(Span { start: end + 1, end: text.len() }),
        address: Address::Formal,
        with_lexicon: false,
        cut: false,
    };
    let mut a = Assessment::default();
    a.idea.message = text.into();
    (a, Check { text: text.into(), chosen: Some(lang), guessed: None, analysis })
}

/// A plain text's check: nothing to fix, B1, the word list used.
fn plain(lang: TextLang) -> (Assessment, Check) {
    let text = match lang {
        TextLang::En => "Your parcel is on its way. Choose a day that suits you.",
        TextLang::Nl => "Je pakket is onderweg. Kies een dag die jou past.",
    };
    let step = Span { start: text.find(". ").map_or(0, |i| i + 2), end: text.len() };
    let analysis = Analysis {
        lang,
        figures: Figures {
            words: 11,
            sentences: 2,
            syllables: 13,
            avg_sentence: 5.5,
            longest_sentence: 6,
            asks: 1,
            ease: Some(88.0),
            ..Default::default()
        },
        sentences: vec![],
        findings: vec![],
        next_step: NextStep::AtEnd(step),
        address: if lang == TextLang::En { Address::Yes } else { Address::Informal },
        with_lexicon: true,
        cut: false,
    };
    let mut a = Assessment::default();
    a.idea.message = text.into();
    (a, Check { text: text.into(), chosen: None, guessed: Some(lang), analysis })
}

const LANGS: [(Lang, TextLang); 4] =
    [(Lang::Nl, TextLang::Nl), (Lang::En, TextLang::En), (Lang::Nl, TextLang::En), (Lang::En, TextLang::Nl)];

#[test]
fn hard_text_lists_band_formula_findings_and_checks() {
    for (lang, text_lang) in LANGS {
        let (a, c) = hard(text_lang);
        let md = message_markdown(&a, &c, Words::default(), lang);
        let ctx = format!("{lang:?} {text_lang:?}");
        assert!(md.starts_with(&format!("## {}\n\n", m::TITLE.get(lang))), "{ctx}:\n{md}");
        assert!(md.contains(&format!("**{}**", m::BAND_HARD.get(lang))), "{ctx}: band");
        assert!(md.contains(&formula(&c.analysis, lang)), "{ctx}: formula with its inputs");
        assert!(md.contains(&wenselijk::i18n::decimal(31.4, lang)), "{ctx}: reading ease");
        assert!(md.contains(m::ESTIMATE.get(lang)), "{ctx}: labelled an estimate");
        assert!(md.contains(m::lang_name(text_lang).get(lang)), "{ctx}: the text's language");
        assert!(md.contains(rt::MSG_NO_WORDS.get(lang)), "{ctx}: without the word list, it says so");
        for k in Kind::ALL {
            let n = c.analysis.findings.iter().filter(|f| f.kind == k).count();
            assert!(md.contains(&format!("**{}** ({n})", m::kind_name(k).get(lang))), "{ctx}: {k:?}");
            assert!(md.contains(m::kind_why(k).get(lang)), "{ctx}: why {k:?}");
        }
        for f in &c.analysis.findings {
            let line = escape_cell(&finding_line(f, &a.idea.message, lang));
            assert!(md.contains(&format!("  - {line}\n")), "{ctx}: {f:?} as {line:?}");
        }
        assert!(md.contains(m::ADDRESS_FORMAL.get(lang)), "{ctx}: address");
        assert!(md.contains(&escape_cell(&m::next_step(c.analysis.next_step, &a.idea.message, lang))), "{ctx}: step");
        assert!(md.contains(&m::ASKS.fill(lang, &[("n", "3")])), "{ctx}: asks");
        assert!(!md.contains(m::MARKED_NONE.get(lang)), "{ctx}");
        assert_tables_well_formed(&md, &ctx);
    }
}

#[test]
fn the_customers_text_stays_inert() {
    for (lang, text_lang) in LANGS {
        let (mut a, c) = hard(text_lang);
        a.message_check.versions = vec![MessageVersion {
            text:
                "# heading\n- item\n> quote\n    code\n1. list\n<script>alert(1)</script>\n\n| a | b |\n`x` _y_ ~z~ $w$"
                    .into(),
            at: 0,
        }];
        let md = message_markdown(&a, &c, Words::default(), lang);
        let ctx = format!("{lang:?} {text_lang:?}");
        assert!(!md.contains('<'), "{ctx}: raw <\n{md}");
        assert!(md.lines().all(|l| !l.get(1..).unwrap_or("").contains('>')), "{ctx}: > only to quote\n{md}");
        assert!(md.contains("&lt;b&gt;\\*"), "{ctx}: HTML and emphasis escaped\n{md}");
        assert!(md.contains("\\*now\\* &lt;i&gt;"), "{ctx}: the plainer word escaped too\n{md}");
        for ch in ['[', ']', '`', '_', '~', '$'] {
            assert_eq!(unescaped(&md, ch), 0, "{ctx}: unescaped {ch:?}\n{md}");
        }
        // The same check of the text with its specials made letters (same
        // byte offsets): the same structure, the same unescaped `*` and `|`.
        let letters = |s: &str| s.chars().map(|x| if x.is_ascii_punctuation() && x != '.' { 'x' } else { x }).collect();
        let mut reference = (a.clone(), c.clone());
        reference.0.idea.message = letters(&a.idea.message);
        reference.0.message_check.versions[0].text =
            "x heading\nx item\nx quote\n    code\nx list\nxscriptxalertxxxxxscriptx\n\nx a x b x\nxxx xyx xzx xwx"
                .into();
        for f in &mut reference.1.analysis.findings {
            f.instead = letters(&f.instead);
        }
        let reference = message_markdown(&reference.0, &reference.1, Words::default(), lang);
        let shape = |md: &str| -> Vec<(usize, char)> {
            md.lines()
                .filter(|l| starts_block(l))
                .map(|l| (l.len() - l.trim_start().len(), l.trim_start().chars().next().unwrap_or(' ')))
                .collect()
        };
        assert_eq!(shape(&md), shape(&reference), "{ctx}: block structure\n{md}\n---\n{reference}");
        for ch in ['*', '|', '#'] {
            assert_eq!(unescaped(&md, ch), unescaped(&reference, ch), "{ctx}: unescaped {ch:?}\n{md}");
        }
        // The kept version is one block quote: every line of it starts with `>`.
        let version =
            md.split(&format!("**{}**\n\n", m::VERSION_N.fill(lang, &[("n", "1")]))).nth(1).unwrap_or_default();
        let quote: Vec<&str> = version.lines().take_while(|l| !l.is_empty()).collect();
        assert_eq!(quote.len(), 9, "{ctx}: {quote:?}");
        assert!(quote.iter().all(|l| *l == ">" || l.starts_with("> ")), "{ctx}: {quote:?}");
        assert!(quote.contains(&"> \\# heading  ") && quote.contains(&"> &gt; quote  "), "{ctx}: {quote:?}");
        assert_tables_well_formed(&md, &ctx);
    }
}

#[test]
fn plain_text_has_nothing_to_improve() {
    for (lang, text_lang) in LANGS {
        let (a, c) = plain(text_lang);
        let lexicon = Lexicon::default();
        let md = message_markdown(&a, &c, Words { lexicon: Some(&lexicon), org: None }, lang);
        let ctx = format!("{lang:?} {text_lang:?}");
        assert!(md.contains(&format!("**{}**", m::BAND_B1.get(lang))), "{ctx}: band\n{md}");
        assert!(md.contains(m::MARKED_NONE.get(lang)), "{ctx}: nothing marked");
        assert!(!md.contains(rt::MSG_NO_WORDS.get(lang)), "{ctx}: the word list was used");
        for k in Kind::ALL {
            assert!(!md.contains(&format!("**{}**", m::kind_name(k).get(lang))), "{ctx}: {k:?}");
        }
        assert!(md.contains(m::address(c.analysis.address).get(lang)), "{ctx}: address");
        assert!(md.contains(&escape_cell(&m::next_step(c.analysis.next_step, &a.idea.message, lang))), "{ctx}");
        assert!(!md.contains(&m::ASKS.fill(lang, &[("n", "1")])), "{ctx}: one ask is fine");
        assert!(!md.contains(m::VERSIONS_KEPT.fill(lang, &[("n", "0")]).as_str()), "{ctx}: no versions");
        assert_tables_well_formed(&md, &ctx);
    }
}

/// The header row and the first cells of the rows of the first table.
fn table(md: &str) -> (String, Vec<String>) {
    let mut rows = md.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|'));
    let header = rows.next().unwrap_or_default().to_string();
    let labels = rows.skip(1).map(|r| r.split(" | ").next().unwrap_or_default().trim_start_matches("| ").to_string());
    (header, labels.collect())
}

#[test]
fn figures_and_before_after_columns() {
    let version = |text: &str| MessageVersion { text: text.into(), at: 0 };
    for lang in Lang::ALL {
        let (mut a, c) = hard(lang.text_lang());
        let col = |t: &str| format!(" {} |", t);
        let figure = format!("| {} |", m::VERSION_FIGURE.get(lang));
        let cases: [(Vec<MessageVersion>, Vec<&str>, &str); 4] = [
            (vec![], vec![m::VERSION_NOW.get(lang)], m::FIGURES.get(lang)),
            (vec![version(&a.idea.message)], vec![m::VERSION_NOW.get(lang)], m::FIGURES.get(lang)),
            (
                vec![version("First.")],
                vec![m::VERSION_FIRST.get(lang), m::VERSION_NOW.get(lang)],
                m::VERSIONS.get(lang),
            ),
            (
                vec![version("First."), version("Second.")],
                vec![m::VERSION_FIRST.get(lang), m::VERSION_PREVIOUS.get(lang), m::VERSION_NOW.get(lang)],
                m::VERSIONS.get(lang),
            ),
        ];
        for (versions, columns, heading) in cases {
            a.message_check.versions = versions;
            let md = message_markdown(&a, &c, Words::default(), lang);
            let ctx = format!("{lang:?} {columns:?}");
            assert!(md.contains(&format!("### {heading}\n\n|")), "{ctx}: heading\n{md}");
            let (header, labels) = table(&md);
            assert_eq!(header, figure.clone() + &columns.iter().map(|c| col(c)).collect::<String>(), "{ctx}");
            let expected: Vec<&str> = m::figure_rows(&[Figures::default()], lang).into_iter().map(|(l, _)| l).collect();
            assert_eq!(labels, expected, "{ctx}: the live view's rows");
            assert_tables_well_formed(&md, &ctx);
        }
        // The current text's column holds its figures.
        a.message_check.versions = vec![version("First.")];
        let md = message_markdown(&a, &c, Words::default(), lang);
        let words = format!("| {} | ", m::WORDS.get(lang));
        let row = md.lines().find(|l| l.starts_with(&words)).unwrap_or_default();
        assert!(row.ends_with(" | 37 |"), "{lang:?}: {row}");
    }
}

#[test]
fn no_section_for_a_blank_text() {
    for lang in Lang::ALL {
        for text in ["", "  \n\t ", "\n\n"] {
            let mut a = Assessment::default();
            a.idea.message = text.into();
            a.message_check.versions = vec![MessageVersion { text: "An old text.".into(), at: 0 }];
            let md = markdown(&a, &OrgConfig::default(), lang, 0);
            assert!(!md.contains(&format!("## {}", m::TITLE.get(lang))), "{lang:?} {text:?}\n{md}");
            assert!(!md.contains("An old text"), "{lang:?} {text:?}");
        }
    }
}

#[test]
fn the_section_follows_the_idea() {
    for lang in Lang::ALL {
        let mut a = Assessment::default();
        a.idea.message = "Your parcel is on its way. Choose a day that suits you.".into();
        let lexicon = Lexicon::default();
        for md in [
            markdown(&a, &OrgConfig::default(), lang, 0),
            markdown_with(&a, &OrgConfig::default(), Some(&lexicon), lang, 0),
        ] {
            let at = |h: &str| md.find(&format!("\n## {h}\n")).unwrap_or_else(|| panic!("{h} in\n{md}"));
            let (idea, check, result) =
                (at(rt::IDEA.get(lang)), at(m::TITLE.get(lang)), at(ui::RESULT_TITLE.get(lang)));
            assert!(idea < check && check < result, "{lang:?}\n{md}");
            assert_tables_well_formed(&md, "with text");
        }
        // Without the word list the report says so.
        let md = markdown(&a, &OrgConfig::default(), lang, 0);
        assert!(md.contains(rt::MSG_NO_WORDS.get(lang)), "{lang:?}");
    }
}

/// The labels compare shows, in order.
fn compared(lang: Lang) -> Vec<&'static str> {
    [m::WORDS, m::LONGEST, m::ROW_NEGATIONS, m::ROW_OFFICIALESE, m::EASE, m::ROW_BAND].map(|t| t.get(lang)).to_vec()
}

#[test]
fn compare_rows_and_markdown() {
    for lang in Lang::ALL {
        let (hard, _) = hard(lang.text_lang());
        let (plain, _) = plain(lang.text_lang());
        let blank = Assessment::default();
        let rows = compare_rows(&[&hard, &blank, &plain], Words::default(), lang);
        assert_eq!(rows.iter().map(|(l, _)| *l).collect::<Vec<_>>(), compared(lang), "{lang:?}");
        for (label, values) in &rows {
            assert_eq!(values.len(), 3, "{lang:?} {label}");
            assert_eq!(values[1], "–", "{lang:?} {label}: no text, no figures");
            assert_ne!(values[0], "–", "{lang:?} {label}");
        }
        assert!(compare_rows(&[&blank, &blank], Words::default(), lang).is_empty());

        let md = compare_markdown(&[("A", &hard), ("B", &blank)], &OrgConfig::default(), lang, 0);
        let section = md.split(&format!("## {}\n\n", m::TITLE.get(lang))).nth(1).unwrap_or_else(|| panic!("{md}"));
        assert!(section.starts_with(rt::MSG_NO_WORDS.get(lang)), "{lang:?}\n{section}");
        let (header, labels) = table(section);
        assert_eq!(header, format!("| {} | A | B |", m::VERSION_FIGURE.get(lang)), "{lang:?}");
        assert_eq!(labels, compared(lang), "{lang:?}");
        assert_tables_well_formed(&md, "compare");
        let without = compare_markdown(&[("A", &blank), ("B", &blank)], &OrgConfig::default(), lang, 0);
        assert!(!without.contains(&format!("## {}", m::TITLE.get(lang))), "{lang:?}");
    }
}

// ---------------------------------------------------------------------------
// Through the real check (its rules, the shipped word list, the
// organisation's words).

#[test]
fn core_hard_text_in_the_report_with_suggestions() {
    for (lang, text) in [(Lang::En, HARD_EN), (Lang::Nl, HARD_NL)] {
        let mut a = Assessment::default();
        a.idea.message = text.into();
        a.dimension_mut(DimensionId::Language).answer = Some(Answer::lv(4));
        let c = of_assessment(&a, lang.text_lang(), Words::default()).expect("a text");
        assert!(!c.analysis.findings.is_empty(), "{lang:?}");
        let md = markdown(&a, &OrgConfig::default(), lang, 0);
        assert!(md.contains(&format!("**{}**", m::BAND_HARD.get(lang))), "{lang:?}\n{md}");
        for f in &c.analysis.findings {
            assert!(md.contains(&escape_cell(&finding_line(f, text, lang))), "{lang:?}: {f:?}");
        }
        // The suggestion is labelled as one, beside the team's own answer.
        let s = c.language().expect("a suggested Taal step");
        assert!(md.contains(&format!("### {}", rt::MSG_SUGGESTIONS.get(lang))), "{lang:?}\n{md}");
        assert!(md.contains(m::SUGGESTED_OWN.get(lang)), "{lang:?}");
        let level = wenselijk::explain::level_word(s.level, lang);
        assert!(md.contains(&m::SUGGESTED.fill(lang, &[("level", &level)])), "{lang:?}");
        assert!(md.contains(
            &rt::MSG_TEAM_ANSWER
                .fill(lang, &[("answer", &wenselijk::explain::level_word(Level::new(4).unwrap(), lang))])
        ));
        for r in &s.reasons {
            assert!(md.contains(&m::reason(*r, c.analysis.figures.ease, lang)), "{lang:?}: {r:?}");
        }
        assert_eq!(a.dimension(DimensionId::Language).answer, Some(Answer::lv(4)), "never set by the check");
        assert_tables_well_formed(&md, "core hard");
    }
}

#[test]
fn core_rewrite_shows_in_before_after_and_compare() {
    for (lang, hard_text, plain_text) in [
        (Lang::En, HARD_EN, "Your parcel is on its way. Choose a day that suits you."),
        (Lang::Nl, HARD_NL, "Je pakket is onderweg. Kies een dag die jou past."),
    ] {
        let mut a = Assessment::default();
        a.idea.message = plain_text.into();
        a.message_check.versions = vec![MessageVersion { text: hard_text.into(), at: 0 }];
        let now = check(plain_text, None, lang.text_lang(), Words::default());
        let md = message_markdown(&a, &now, Words::default(), lang);
        let longest = format!("| {} | ", m::LONGEST.get(lang));
        let row = md.lines().find(|l| l.starts_with(&longest)).unwrap_or_default();
        let cells: Vec<&str> = row.split(" | ").skip(1).collect();
        assert_eq!(cells.len(), 2, "{row}");
        assert_ne!(cells[0], cells[1], "the rewrite's gain shows: {row}");
        let mut b = a.clone();
        b.idea.message = hard_text.into();
        let rows = compare_rows(&[&a, &b], Words::default(), lang);
        let words = &rows[0].1;
        assert!(words[0].parse::<u32>().unwrap() < words[1].parse::<u32>().unwrap(), "{words:?}");
    }
}

#[test]
fn core_organisations_words_reach_the_report() {
    let (org, problems) = wenselijk::config::parse(
        r#"{"message_words": {"avoid": [{"word": "application", "instead": "*request* <b>"}, "aanvraag"]}}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    for (lang, text) in [(Lang::En, HARD_EN), (Lang::Nl, HARD_NL)] {
        let mut a = Assessment::default();
        a.idea.message = text.into();
        let md = markdown(&a, &org, lang, 0);
        assert!(md.contains(&format!("**{}** (1)", m::kind_name(Kind::Avoid).get(lang))), "{lang:?}\n{md}");
        if lang == Lang::En {
            assert!(md.contains("\\*request\\* &lt;b&gt;"), "the plainer word escaped\n{md}");
        }
        let plain = markdown(&a, &OrgConfig::default(), lang, 0);
        assert!(!plain.contains(&format!("**{}**", m::kind_name(Kind::Avoid).get(lang))), "{lang:?}");
    }
}

#[test]
fn core_with_the_word_list_officialese_is_listed() {
    let lexicon = wenselijk::message::load::read(include_str!("../web/message-words.json")).expect("the word list");
    for (lang, text, word) in [(Lang::En, HARD_EN, "“hereby”"), (Lang::Nl, HARD_NL, "“derhalve”")] {
        let mut a = Assessment::default();
        a.idea.message = text.into();
        let md = markdown_with(&a, &OrgConfig::default(), Some(&lexicon), lang, 0);
        assert!(!md.contains(rt::MSG_NO_WORDS.get(lang)), "{lang:?}: the list was used\n{md}");
        assert!(md.contains(&format!("**{}**", m::kind_name(Kind::Officialese).get(lang))), "{lang:?}\n{md}");
        assert!(md.contains(&format!("  - {word} → ")), "{lang:?}: {word} with its plainer word\n{md}");
        let items = [("A", &a), ("B", &a)];
        let cmp = wenselijk::report::compare_markdown_with(&items, &OrgConfig::default(), Some(&lexicon), lang, 0);
        assert!(!cmp.contains(rt::MSG_NO_WORDS.get(lang)), "{lang:?}");
        let row = format!("| {} | ", m::ROW_OFFICIALESE.get(lang));
        let row = cmp.lines().find(|l| l.starts_with(&row)).unwrap_or_default();
        assert!(!row.ends_with("| 0 | 0 |"), "{lang:?}: {row}");
    }
}
