//! Property tests of the message check: any text (any Unicode, up to and
//! over the 100,000-byte limit), with any word lists, returns an analysis
//! without panicking, every span lies within the text on character
//! boundaries, findings are sorted, and the figures agree with the
//! sentences and findings.
//!
//! `PROPTEST_CASES` sets the number of cases (defaults keep the file at a
//! few seconds).
#![cfg(not(target_arch = "wasm32"))]

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use wenselijk::message::suggest::{complexity, language};
use wenselijk::message::*;

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    ProptestConfig::with_cases(n)
}

/// Pieces that make the splitter and the rules work: words from the lists,
/// abbreviations, numbers, addresses, bullets, emoji, combining marks,
/// right-to-left text and odd white space.
const PIECES: &[&str] = &[
    "Indien",
    "u",
    "niet",
    "geen",
    "wordt",
    "verstuurd",
    "is",
    "betaald",
    "de",
    "het",
    "een",
    "bel",
    "ons",
    "graag",
    "You",
    "are",
    "not",
    "paid",
    "sent",
    "was",
    "please",
    "call",
    "n't",
    "don't",
    "zo'n",
    "e-mail",
    "bijv.",
    "d.w.z.",
    "Mr.",
    "J.",
    "etc.",
    "enz.",
    "3.5",
    "€ 1.000,00",
    "12.05.2026",
    "088-1234567",
    "+31 6 12345678",
    "www.x.nl",
    "info@x.nl",
    "https://a.b/c?d=e.",
    ".",
    "!",
    "?",
    "?!",
    "…",
    "...",
    ",",
    ";",
    ":",
    "\"",
    "'",
    "’",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "- ",
    "* ",
    "• ",
    "1. ",
    "2) ",
    "a) ",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "🇳🇱",
    "\u{301}",
    "e\u{301}",
    "\u{200D}",
    "\u{FE0F}",
    "שלום",
    "مرحبا",
    "日本語",
    "Ελλάδα",
    "Москва",
    "ﷺ",
    "\u{202E}",
    "inkomensafhankelijke",
    "Met vriendelijke groet,",
    "Kind regards,",
    "ë",
    "ï",
    "IJ",
    "ß",
    "İ",
    "\u{0}",
    "\u{FFFF}",
];

fn pieces(max: usize) -> impl Strategy<Value = String> {
    vec(prop_oneof![4 => select(PIECES).prop_map(String::from), 1 => any::<String>()], 0..max).prop_map(|v| v.join(" "))
}

fn entry() -> impl Strategy<Value = Entry> {
    (prop_oneof![select(PIECES).prop_map(String::from), any::<String>()], any::<String>())
        .prop_map(|(phrase, instead)| Entry { phrase, instead })
}

fn lists() -> impl Strategy<Value = (Lexicon, OrgWords)> {
    (vec(entry(), 0..12), vec(entry(), 0..12), vec(entry(), 0..6), vec(any::<String>(), 0..4)).prop_map(
        |(nl, en, avoid, mut fine)| {
            fine.push("niet".into());
            (Lexicon::new(nl, en), OrgWords { avoid, fine })
        },
    )
}

fn lang() -> impl Strategy<Value = Lang> {
    select(vec![Lang::Nl, Lang::En])
}

/// Every promise of an analysis, for `text`.
fn holds(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    let ok = |s: Span| {
        s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    for s in &a.sentences {
        prop_assert!(ok(s.span), "sentence {:?}", s.span);
        prop_assert!(s.words > 0);
    }
    prop_assert!(a.sentences.windows(2).all(|p| p[0].span.end <= p[1].span.start), "sentences overlap");
    for f in &a.findings {
        prop_assert!(ok(f.span), "finding {:?}", f);
    }
    prop_assert!(a.findings.windows(2).all(|p| (p[0].span.start, p[0].kind) <= (p[1].span.start, p[1].kind)));
    if let NextStep::AtEnd(s) | NextStep::NotAtEnd(s) = a.next_step {
        prop_assert!(ok(s) && a.sentences.iter().any(|x| x.span == s));
    }
    let f = &a.figures;
    prop_assert_eq!(a.sentences.len() as u32, f.sentences);
    prop_assert_eq!(a.sentences.iter().map(|s| s.words).sum::<u32>(), f.words);
    prop_assert_eq!(a.sentences.iter().map(|s| s.words).max().unwrap_or(0), f.longest_sentence);
    prop_assert!(f.syllables >= f.words);
    prop_assert!(f.asks <= f.sentences);
    prop_assert_eq!(f.ease.is_some(), f.words > 0);
    prop_assert!(f.ease.is_none_or(f32::is_finite));
    let count = |k: Kind| a.findings.iter().filter(|x| x.kind == k).count() as u32;
    prop_assert_eq!(count(Kind::LongSentence), f.long_sentences);
    prop_assert_eq!(count(Kind::LongWord), f.long_words);
    prop_assert_eq!(count(Kind::VeryLongWord), f.very_long_words);
    prop_assert_eq!(count(Kind::Negation), f.negations);
    prop_assert_eq!(count(Kind::Passive), f.passives);
    prop_assert_eq!(count(Kind::Officialese), f.officialese);
    prop_assert_eq!(count(Kind::Avoid), f.avoid);
    prop_assert_eq!(a.cut, text.len() > MAX_TEXT);
    prop_assert_eq!(language(a).is_some(), f.words > 0);
    if let Some(s) = language(a) {
        prop_assert!((1..=5).contains(&s.level.get()));
    }
    if let Some(s) = complexity(a) {
        prop_assert!(f.asks >= 2 && (2..=3).contains(&s.level.get()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_short_text_in_either_language(text in any::<String>(), lang in lang()) {
        let a = analyse(&text, lang, Words::default());
        holds(&text, &a)?;
        let _ = guess_lang(&text);
        for w in text.split_whitespace() {
            let _ = syllables::count(w, lang);
        }
    }

}

proptest! {
    #![proptest_config(cases(96))]

    #[test]
    fn any_mix_of_words_punctuation_and_scripts(text in pieces(400), lang in lang(), (lex, org) in lists()) {
        let a = analyse(&text, lang, Words { lexicon: Some(&lex), org: Some(&org) });
        holds(&text, &a)?;
        prop_assert!(a.with_lexicon);
        let plain = analyse(&text, lang, Words::default());
        holds(&text, &plain)?;
        prop_assert_eq!(plain.sentences, a.sentences);
    }
}

proptest! {
    #![proptest_config(cases(4))]

    /// Long texts: up to 12,000 pieces (tens of thousands of characters).
    #[test]
    fn long_texts_up_to_and_over_the_limit(text in pieces(12_000), lang in lang()) {
        let a = analyse(&text, lang, Words::default());
        holds(&text, &a)?;
    }

    #[test]
    fn any_unicode_up_to_100000_characters(text in proptest::string::string_regex("(?s).{0,100000}").expect("regex"), lang in lang()) {
        let a = analyse(&text, lang, Words::default());
        holds(&text, &a)?;
    }
}

/// Exactly 100,000 characters and more of mixed scripts, emoji, combining
/// marks and right-to-left text, in sentences: analysed up to the limit.
#[test]
fn a_text_of_over_100000_mixed_characters() {
    let mut text = String::new();
    let mut i = 0usize;
    while text.chars().count() < 100_050 {
        text.push_str(PIECES[i * 7 % PIECES.len()]);
        text.push(if i % 11 == 0 { '\n' } else { ' ' });
        i += 1;
    }
    assert!(text.chars().count() >= 100_000);
    for lang in [Lang::Nl, Lang::En] {
        let lex = Lexicon::new(
            vec![Entry { phrase: "indien".into(), instead: "als".into() }],
            vec![Entry { phrase: "please".into(), instead: String::new() }],
        );
        let a = analyse(&text, lang, Words { lexicon: Some(&lex), org: None });
        assert!(a.cut);
        holds(&text, &a).expect("the analysis keeps its promises");
        assert!(a.figures.words > 10_000);
    }
}
