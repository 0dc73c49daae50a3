//! The marked text's pieces: every byte once and in order, overlapping
//! findings cut into pieces that each name all their findings, long
//! sentences holding their own pieces.

use wenselijk::domain::TextLang;
use wenselijk::message::marks::{parts, Part};
use wenselijk::message::{analyse, Analysis, Finding, Kind, Span, Words};

fn finding(kind: Kind, text: &str, what: &str, nth: usize) -> Finding {
    let start = text.match_indices(what).nth(nth).map(|(i, _)| i).expect(what);
    Finding { kind, span: Span { start, end: start + what.len() }, instead: String::new(), count: 0 }
}

fn with(text: &str, findings: Vec<Finding>) -> Analysis {
    let mut a = analyse(text, TextLang::Nl, Words::default());
    a.findings = findings;
    a.findings.sort_by_key(|f| (f.span.start, f.kind));
    a
}

/// The pieces as (kind, text, finding indexes): "T" plain, "M" mark, "L" long sentence.
fn show(text: &str, ps: &[Part]) -> Vec<(String, String, Vec<usize>)> {
    let mut out = Vec::new();
    for p in ps {
        match p {
            Part::Text(s) => out.push(("T".into(), text[s.start..s.end].to_string(), vec![])),
            Part::Mark { span, findings } => {
                out.push(("M".into(), text[span.start..span.end].to_string(), findings.clone()))
            }
            Part::Long { finding, parts, span } => {
                out.push(("L".into(), text[span.start..span.end].to_string(), vec![*finding]));
                out.extend(show(text, parts).into_iter().map(|(k, t, f)| (format!("L{k}"), t, f)));
            }
        }
    }
    out
}

/// Every byte of the text once, in order.
fn joined(text: &str, ps: &[Part]) -> String {
    ps.iter()
        .map(|p| match p {
            Part::Text(s) | Part::Mark { span: s, .. } => text[s.start..s.end].to_string(),
            Part::Long { parts, .. } => joined(text, parts),
        })
        .collect()
}

#[test]
fn overlapping_findings_are_cut_so_each_word_is_its_own_mark() {
    let text = "Dan wordt uw aanvraag niet in behandeling genomen.";
    let a = with(
        text,
        vec![
            finding(Kind::Passive, text, "wordt uw aanvraag niet in behandeling genomen", 0),
            finding(Kind::Negation, text, "niet", 0),
            finding(Kind::Officialese, text, "in behandeling", 0),
        ],
    );
    let ps = parts(text, &a);
    assert_eq!(joined(text, &ps), text);
    let marks: Vec<(String, Vec<Kind>)> = ps
        .iter()
        .filter_map(|p| match p {
            Part::Mark { span, findings } => {
                Some((text[span.start..span.end].to_string(), findings.iter().map(|i| a.findings[*i].kind).collect()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        marks,
        vec![
            ("wordt uw aanvraag".to_string(), vec![Kind::Passive]),
            ("niet".to_string(), vec![Kind::Passive, Kind::Negation]),
            ("in behandeling".to_string(), vec![Kind::Passive, Kind::Officialese]),
            ("genomen".to_string(), vec![Kind::Passive]),
        ]
    );
}

#[test]
fn plain_text_marks_and_long_sentences_in_order() {
    let text = "Kort. Indien u niet betaalt, dan sturen wij u een herinnering en daarna nog een brief en dan nog een brief en nog een. Klaar.";
    let long = text.find("Indien").unwrap()..text.find(" Klaar").unwrap();
    let mut findings = vec![finding(Kind::Officialese, text, "Indien", 0), finding(Kind::Negation, text, "niet", 0)];
    findings.push(Finding {
        kind: Kind::LongSentence,
        span: Span { start: long.start, end: long.end },
        instead: String::new(),
        count: 24,
    });
    let a = with(text, findings);
    let ps = parts(text, &a);
    assert_eq!(joined(text, &ps), text);
    let shown = show(text, &ps);
    let kinds: Vec<&str> = shown.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(kinds, ["T", "L", "LM", "LT", "LM", "LT", "T"]);
    assert_eq!(shown[2].1, "Indien");
    assert_eq!(shown[4].1, "niet");
    assert_eq!(shown.last().unwrap().1, " Klaar.");
}

#[test]
fn without_findings_the_text_is_one_piece_and_spans_outside_it_are_ignored() {
    let text = "Alles is duidelijk. Bel ons gerust.";
    let a = with(text, vec![]);
    assert_eq!(parts(text, &a), vec![Part::Text(Span { start: 0, end: text.len() })]);
    let bad = Finding { kind: Kind::Negation, span: Span { start: 5, end: 500 }, instead: String::new(), count: 0 };
    let a = with(text, vec![bad]);
    assert_eq!(joined(text, &parts(text, &a)), text);
}

#[test]
fn real_texts_keep_every_byte_and_each_mark_is_not_blank() {
    let texts = [
        "Geachte heer, mevrouw,\n\nIndien u niet tijdig betaalt, wordt uw polis per direct beëindigd. Dit is niet onze bedoeling. 😊",
        "Please note that your request cannot be processed at this point in time, as it was not received in accordance with the rules.",
        "• Bel ons.\n• Mail ons.\n\nDank je wel!",
    ];
    for text in texts {
        for lang in [TextLang::Nl, TextLang::En] {
            let a = analyse(text, lang, Words::default());
            let ps = parts(text, &a);
            assert_eq!(joined(text, &ps), text, "{text}");
            for (k, t, f) in show(text, &ps) {
                if k.ends_with('M') {
                    assert!(!t.trim().is_empty() && t.trim() == t, "mark {t:?} in {text}");
                    assert!(!f.is_empty());
                }
            }
        }
    }
}
