//! The organisation's own words for the message check (`message_words`):
//! words to avoid (product jargon), each with an optional plainer
//! alternative, and words that are fine even where the check would mark
//! them.
//!
//! A word is trimmed, its inner spaces become single spaces and it is
//! lower-cased (with [`crate::case`]), so it matches however the message
//! writes it. A wrong word is left out on its own; a wrong `instead` is left
//! out and the word kept, without an alternative. The same word twice in a
//! list (ignoring case and spaces): the later one is left out. A word both
//! to avoid and fine: fine wins, and the word is left out of `avoid`.
//!
//! `instead` is one plain text, not a Dutch and an English one: the word is
//! itself in one language, and so is its alternative.

use serde_json::{Map, Value};

use super::parse::Parser;
use super::problems::{Expected, Fallback};
use super::{ConfigProblem, MAX_AVOID_WORDS, MAX_FINE_WORDS, MAX_INSTEAD_CHARS, MAX_WORD_CHARS};
use crate::message::{Entry, OrgWords};

const WORDS_KEYS: &[&str] = &["avoid", "fine"];
const WORDS_ALIASES: &[(&str, &str)] = &[
    ("vermijden", "avoid"),
    ("vermijd", "avoid"),
    ("jargon", "avoid"),
    ("goed", "fine"),
    ("toegestaan", "fine"),
    ("allowed", "fine"),
    ("ok", "fine"),
];
const ENTRY_KEYS: &[&str] = &["word", "instead"];
const ENTRY_ALIASES: &[(&str, &str)] = &[
    ("woord", "word"),
    ("phrase", "word"),
    ("in_plaats_van", "instead"),
    ("gebruik", "instead"),
    ("alternatief", "instead"),
    ("alternative", "instead"),
    ("use", "instead"),
];

/// A kept word and where it is in the file, for "the same word as …".
type Kept<T> = Vec<(String, T)>;

impl Parser {
    pub(super) fn message_words(&mut self, v: &Value) -> OrgWords {
        let Value::Object(m) = v else {
            self.wrong_type("message_words", Expected::Object, v, Fallback::LeftOut);
            return OrgWords::default();
        };
        let avoid = self.word_list(m, "avoid", MAX_AVOID_WORDS, Parser::avoid_entry, |e| &e.phrase);
        let fine = self.word_list(m, "fine", MAX_FINE_WORDS, Parser::fine_word, |w| w);
        self.unknown_keys(m, "message_words", WORDS_KEYS, WORDS_ALIASES);
        let avoid = avoid
            .into_iter()
            .filter_map(|(path, entry)| match fine.iter().find(|(_, word)| *word == entry.phrase) {
                Some((fine, _)) => {
                    self.report(ConfigProblem::AvoidedAndFine { path, fine: fine.clone() });
                    None
                }
                None => Some(entry),
            })
            .collect();
        OrgWords { avoid, fine: fine.into_iter().map(|(_, w)| w).collect() }
    }

    /// `message_words.{key}`: the first `max` items read by `item`, each
    /// word (`word_of`) once, with their paths.
    fn word_list<T>(
        &mut self,
        m: &Map<String, Value>,
        key: &str,
        max: usize,
        item: impl Fn(&mut Parser, &Value, &str) -> Option<T>,
        word_of: impl Fn(&T) -> &String,
    ) -> Kept<T> {
        let list_path = format!("message_words.{key}");
        let mut kept: Kept<T> = Vec::new();
        let Some(v) = m.get(key) else { return kept };
        let Value::Array(items) = v else {
            self.wrong_type(&list_path, Expected::List, v, Fallback::LeftOut);
            return kept;
        };
        if items.len() > max {
            self.report(ConfigProblem::TooMany { path: list_path.clone(), found: items.len(), max });
        }
        for (i, v) in items.iter().take(max).enumerate() {
            let path = format!("{list_path}[{i}]");
            let Some(word) = item(self, v, &path) else { continue };
            match kept.iter().find(|(_, w)| word_of(w) == word_of(&word)) {
                Some((first, _)) => self.report(ConfigProblem::DuplicateWord { path, first: first.clone() }),
                None => kept.push((path, word)),
            }
        }
        kept
    }

    /// One word to avoid: a text, or `{"word": …, "instead": …}`.
    fn avoid_entry(&mut self, v: &Value, path: &str) -> Option<Entry> {
        let m = match v {
            Value::String(s) => return self.word(s, path).map(|phrase| Entry { phrase, instead: String::new() }),
            Value::Object(m) => m,
            other => {
                self.wrong_type(path, Expected::Word, other, Fallback::WordLeftOut);
                return None;
            }
        };
        self.unknown_keys(m, path, ENTRY_KEYS, ENTRY_ALIASES);
        let word_path = format!("{path}.word");
        let phrase = match m.get("word") {
            Some(Value::String(s)) => self.word(s, &word_path),
            Some(other) => {
                self.wrong_type(&word_path, Expected::Text, other, Fallback::WordLeftOut);
                None
            }
            None => {
                self.report(ConfigProblem::Missing { path: word_path, fallback: Fallback::WordLeftOut });
                None
            }
        };
        let instead_path = format!("{path}.instead");
        let instead = match m.get("instead") {
            Some(Value::String(s)) => self.text(&spaced(s), &instead_path, MAX_INSTEAD_CHARS, Fallback::NoAlternative),
            Some(other) => {
                self.wrong_type(&instead_path, Expected::Text, other, Fallback::NoAlternative);
                None
            }
            None => None,
        };
        Some(Entry { phrase: phrase?, instead: instead.unwrap_or_default() })
    }

    /// One fine word: a text.
    fn fine_word(&mut self, v: &Value, path: &str) -> Option<String> {
        let Value::String(s) = v else {
            self.wrong_type(path, Expected::Text, v, Fallback::WordLeftOut);
            return None;
        };
        self.word(s, path)
    }

    /// A word or phrase: single spaces, lower case, not empty, at most
    /// [`MAX_WORD_CHARS`].
    fn word(&mut self, s: &str, path: &str) -> Option<String> {
        self.text(&spaced(s), path, MAX_WORD_CHARS, Fallback::WordLeftOut).map(|w| crate::case::to_lower(&w))
    }
}

/// `s` without spaces at either end and single spaces inside.
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
