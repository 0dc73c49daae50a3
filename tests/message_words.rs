//! The officialese lists shipped as `web/message-words.json` (issue 13):
//! the file's shape, its size, each entry's form, and that the built-in
//! examples use them as meant (the plain texts free of them, the hard ones
//! full of them). Read with serde_json on purpose, apart from the app's own
//! parser, so a mistake in either shows up.

use serde_json::Value;
use wenselijk::domain::{ExampleId, MessageVersion};
use wenselijk::i18n::example_messages::first_message;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;

const FILE: &str = include_str!("../web/message-words.json");

/// The minimum number of entries per language.
const MIN: [(&str, usize); 2] = [("nl", 150), ("en", 100)];

/// Pairs where one phrase holds another as a whole-word sequence on purpose:
/// the longer phrase has its own, better advice (a matcher takes the longest).
const OVERLAPS: [(&str, &str); 3] =
    [("wij verzoeken u vriendelijk", "verzoeken"), ("in a timely manner", "manner"), ("should you require", "require")];

fn lists() -> Vec<(&'static str, Vec<(String, String)>)> {
    let doc: Value = serde_json::from_str(FILE).expect("message-words.json is JSON");
    MIN.iter()
        .map(|(lang, _)| {
            let rows = doc[*lang].as_array().unwrap_or_else(|| panic!("\"{lang}\" is a list"));
            let pairs = rows
                .iter()
                .enumerate()
                .map(|(i, row)| match row.as_array().map(Vec::as_slice) {
                    Some([Value::String(p), Value::String(a)]) => (p.clone(), a.clone()),
                    _ => panic!("{lang} entry {i} is not a pair of strings: {row}"),
                })
                .collect();
            (*lang, pairs)
        })
        .collect()
}

/// Lower-case words of a text: runs of letters, with apostrophes and
/// hyphens kept inside a word.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let inner =
            matches!(c, '\'' | '’' | '-') && !word.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if c.is_alphabetic() || inner {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The list's phrases that occur in the text as whole words.
fn found(text: &str, list: &[(String, String)]) -> Vec<String> {
    let text = words(text);
    list.iter()
        .filter(|(p, _)| {
            let p: Vec<&str> = p.split(' ').collect();
            text.windows(p.len()).any(|w| w.iter().zip(&p).all(|(a, b)| a == b))
        })
        .map(|(p, _)| p.clone())
        .collect()
}

#[test]
fn the_file_has_its_format_and_version() {
    let doc: Value = serde_json::from_str(FILE).expect("message-words.json is JSON");
    assert_eq!(doc["format"], "wenselijk-words");
    assert_eq!(doc["version"], 1);
    let keys: Vec<&String> = doc.as_object().expect("an object").keys().collect();
    assert_eq!(keys.len(), 4, "only format, version, nl and en: {keys:?}");
}

#[test]
fn each_language_has_enough_entries() {
    for ((lang, pairs), (_, min)) in lists().iter().zip(MIN) {
        assert!(pairs.len() >= min, "{lang}: {} entries, at least {min}", pairs.len());
    }
}

#[test]
fn every_phrase_is_lower_case_words_separated_by_one_space() {
    for (lang, pairs) in lists() {
        for (p, _) in &pairs {
            assert!(!p.is_empty(), "{lang}: an empty phrase");
            assert_eq!(p, &p.to_lowercase(), "{lang}: {p:?} is not lower case");
            assert_eq!(p, p.trim(), "{lang}: {p:?} has spaces at an end");
            for w in p.split(' ') {
                assert!(!w.is_empty(), "{lang}: {p:?} has two spaces in a row");
                assert!(
                    w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-'),
                    "{lang}: {p:?} has a character other than a letter, space, apostrophe or hyphen"
                );
                let (first, last) = (w.chars().next(), w.chars().last());
                assert!(
                    first.is_some_and(char::is_alphabetic) && last.is_some_and(char::is_alphabetic),
                    "{lang}: {p:?}: apostrophes and hyphens only inside a word"
                );
            }
            // The phrase reads as the same words a text would be split into.
            assert_eq!(words(p).join(" "), *p, "{lang}: {p:?}");
        }
    }
}

#[test]
fn every_alternative_is_short_plain_and_different() {
    for (lang, pairs) in lists() {
        for (p, a) in &pairs {
            assert!(!a.is_empty(), "{lang}: {p:?} has no alternative");
            assert_eq!(a, a.trim(), "{lang}: {p:?}: the alternative {a:?} has spaces at an end");
            assert!(!a.contains("  "), "{lang}: {p:?}: the alternative {a:?} has two spaces in a row");
            assert!(a.chars().count() <= 40, "{lang}: {p:?}: the alternative {a:?} is long");
            assert!(a.split(" / ").all(|o| !o.trim().is_empty()), "{lang}: {p:?}: an empty option in {a:?}");
            assert!(!a.contains('/') || a.contains(" / "), "{lang}: {p:?}: write options as \"x / y\": {a:?}");
            for option in a.split(" / ") {
                assert_ne!(option.to_lowercase(), *p, "{lang}: {p:?} is its own alternative");
            }
        }
    }
}

#[test]
fn no_phrase_is_listed_twice() {
    for (lang, pairs) in lists() {
        let mut phrases: Vec<&str> = pairs.iter().map(|(p, _)| p.as_str()).collect();
        phrases.sort_unstable();
        let twice: Vec<&&str> = phrases.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
        assert!(twice.is_empty(), "{lang}: listed twice: {twice:?}");
    }
}

#[test]
fn phrases_hold_other_phrases_only_on_purpose() {
    let mut overlaps = Vec::new();
    for (_, pairs) in lists() {
        for (long, _) in &pairs {
            for (short, _) in &pairs {
                if long != short && format!(" {long} ").contains(&format!(" {short} ")) {
                    overlaps.push((long.clone(), short.clone()));
                }
            }
        }
    }
    overlaps.sort();
    let mut want: Vec<(String, String)> = OVERLAPS.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    want.sort();
    assert_eq!(overlaps, want, "a phrase inside another: add it to OVERLAPS only if the longer one has better advice");
}

#[test]
fn the_words_reader_of_this_test_splits_as_meant() {
    let cases: &[(&str, &[&str])] = &[
        ("Indien u, teneinde—", &["indien", "u", "teneinde"]),
        ("zo'n e-mail; 'quoted' -x", &["zo'n", "e-mail", "quoted", "x"]),
        ("Don’t hesitate TO", &["don’t", "hesitate", "to"]),
        ("€ 300, 12 mei", &["mei"]),
        ("", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(words(text), *want, "{text:?}");
    }
}

/// The examples with a plain current text stay free of the lists' words; the
/// too-hard texts (the allowance letter's first version, the insurer's
/// letter) are full of them, so a new user sees the check at work.
#[test]
fn the_examples_use_the_lists_as_meant() {
    let lists = lists();
    let list = |lang: Lang| match lang {
        Lang::Nl => &lists[0].1,
        Lang::En => &lists[1].1,
    };
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let current = example(id).idea.message.get(lang);
            let hits = found(current, list(lang));
            if id == ExampleId::HealthAdvice {
                assert!(hits.len() >= 5, "{id:?} in {lang:?}: the hard text has only {hits:?}");
            } else {
                assert!(hits.is_empty(), "{id:?} in {lang:?}: the plain text has {hits:?}");
            }
            if let Some(first) = first_message(id) {
                let hits = found(first.get(lang), list(lang));
                assert!(hits.len() >= 5, "{id:?} in {lang:?}: the first version has only {hits:?}");
            }
        }
    }
    assert!(first_message(ExampleId::GovernmentHelp).is_some());
}

/// An example with a first version carries it as the check's earliest
/// version (time unknown); the others carry none.
#[test]
fn an_example_carries_its_first_version() {
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            let want: Vec<MessageVersion> =
                first_message(id).map(|t| MessageVersion { text: t.get(lang).into(), at: 0 }).into_iter().collect();
            assert_eq!(a.message_check.versions, want, "{id:?} in {lang:?}");
            assert_eq!(a.message_check.lang, None, "{id:?}: the text's language is guessed");
            assert!(
                want.iter().all(|v| v.text != a.idea.message),
                "{id:?}: the first version differs from the current"
            );
        }
    }
}
