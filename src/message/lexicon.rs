//! The officialese lists (shipped as `message-words.json`, loaded on first
//! use) and the organisation's own words (its configuration).
//!
//! The file: `{"format": "wenselijk-words", "version": 1, "nl": [["indien",
//! "als"], …], "en": [["utilise", "use"], …]}`; each pair is a lower-case
//! word or phrase (words separated by one space) and its plainer
//! alternative.
//!
//! Matching is by whole words: each list has an index from a phrase's first
//! word to its entries, longest phrase first, so the check looks up each
//! word of the text once.

use super::split::{char_at, word_end};
use crate::case::lower;
use serde_json::Value;

/// The `format` field of the shipped file.
pub const FORMAT: &str = "wenselijk-words";
/// The version of the shipped file this program reads.
pub const VERSION: u32 = 1;

/// One word or phrase to avoid, and a plainer one to use instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Lower case; one or more words separated by single spaces.
    pub phrase: String,
    /// The plainer alternative (may be empty for the organisation's words).
    pub instead: String,
}

/// The shipped lists, per language, ready for matching. Build it with
/// [`Lexicon::parse`] or [`Lexicon::new`] (they make the index the check
/// uses); a lexicon changed afterwards matches what its index says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    pub nl: Vec<Entry>,
    pub en: Vec<Entry>,
    index_nl: Index,
    index_en: Index,
}

impl Lexicon {
    /// Both lists, indexed.
    pub fn new(nl: Vec<Entry>, en: Vec<Entry>) -> Lexicon {
        Lexicon { index_nl: Index::new(&nl), index_en: Index::new(&en), nl, en }
    }

    /// Reads the shipped file; an error names what is wrong.
    pub fn parse(json: &str) -> Result<Lexicon, String> {
        // Through `Value`, which the configuration already reads: no new
        // parsing code in the program.
        let v: Value = serde_json::from_str(json).map_err(|e| format!("not a word list: {e}"))?;
        if !v.is_object() {
            return Err("not a word list: not an object".into());
        }
        let format = v.get("format").and_then(Value::as_str).unwrap_or("");
        if format != FORMAT {
            return Err(format!("format is \"{format}\", not \"{FORMAT}\""));
        }
        let version = v.get("version").and_then(Value::as_u64).unwrap_or(0);
        if version != u64::from(VERSION) {
            return Err(format!("version {version} is not supported (only {VERSION})"));
        }
        Ok(Lexicon::new(entries("nl", v.get("nl"))?, entries("en", v.get("en"))?))
    }

    /// The list for `lang` and its index.
    pub(crate) fn list(&self, lang: super::Lang) -> (&[Entry], &Index) {
        match lang {
            super::Lang::Nl => (&self.nl, &self.index_nl),
            super::Lang::En => (&self.en, &self.index_en),
        }
    }
}

/// One list of the file, checked and normalised.
fn entries(lang: &str, list: Option<&Value>) -> Result<Vec<Entry>, String> {
    let list = match list {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(format!("{lang} is not a list")),
    };
    let mut out: Vec<Entry> = Vec::with_capacity(list.len());
    for (n, pair) in list.iter().enumerate() {
        let Some([Value::String(phrase), Value::String(instead)]) = pair.as_array().map(Vec::as_slice) else {
            return Err(format!("{lang} entry {}: not a pair of texts", n + 1));
        };
        let phrase = normalise(phrase, true);
        let at = || format!("{lang} entry {} (\"{phrase}\")", n + 1);
        if Phrase::new(&phrase).next().is_none() {
            return Err(format!("{}: the phrase has no words", at()));
        }
        if out.iter().any(|e| e.phrase == phrase) {
            return Err(format!("{}: the phrase is listed twice", at()));
        }
        out.push(Entry { phrase, instead: normalise(instead, false) });
    }
    Ok(out)
}

/// Trimmed, with single spaces between words; lower case if asked.
pub(crate) fn normalise(s: &str, lower_case: bool) -> String {
    squeezed(s, lower_case).collect()
}

/// Lower case, with a typographic apostrophe as a plain one: how words are
/// compared.
pub(crate) fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if c.is_ascii() => c,
        '’' | '‘' | '`' => '\'',
        _ => lower(c),
    }
}

/// Equal when folded, with any run of white space as one space.
pub(crate) fn same(a: &str, b: &str) -> bool {
    squeezed(a, true).eq(squeezed(b, true))
}

/// The characters of `s` trimmed, with each run of white space as one
/// space, folded if asked.
fn squeezed(s: &str, folded: bool) -> impl Iterator<Item = char> + '_ {
    let mut space = false;
    s.trim().chars().filter_map(move |c| {
        let ws = c.is_whitespace();
        let skip = ws && space;
        space = ws;
        (!skip).then_some(if ws {
            ' '
        } else if folded {
            fold(c)
        } else {
            c
        })
    })
}

/// The words of a phrase, as byte spans (the same words as in a text).
pub(crate) struct Phrase<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Phrase<'a> {
    pub(crate) fn new(s: &'a str) -> Phrase<'a> {
        Phrase { s, i: 0 }
    }
}

impl Iterator for Phrase<'_> {
    type Item = (usize, usize);
    fn next(&mut self) -> Option<(usize, usize)> {
        while let Some(c) = char_at(self.s, self.i) {
            if c.is_ascii_digit() || super::split::is_letter(c) {
                let (end, _) = word_end(self.s, self.i);
                let start = self.i;
                self.i = end;
                return Some((start, end));
            }
            self.i += c.len_utf8();
        }
        None
    }
}

/// From a phrase's first word (folded) to its entry, sorted by that word,
/// then the phrase with most words first.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Index(Vec<(Box<str>, u16, u32)>);

impl Index {
    pub(crate) fn new(entries: &[Entry]) -> Index {
        let mut keys: Vec<(Box<str>, u16, u32)> = Vec::with_capacity(entries.len());
        for (n, e) in entries.iter().enumerate() {
            let mut words = Phrase::new(&e.phrase);
            let Some((s, t)) = words.next() else { continue };
            let first: String = e.phrase[s..t].chars().map(fold).collect();
            let count = u16::try_from(1 + words.count()).unwrap_or(u16::MAX);
            // Inserted in order (no sort: its code would cost program size);
            // after equal keys, so the list's order stays.
            let key = (first.as_str(), std::cmp::Reverse(count));
            let at = keys.partition_point(|k| (&*k.0, std::cmp::Reverse(k.1)) <= key);
            keys.insert(at, (first.into_boxed_str(), count, n as u32));
        }
        Index(keys)
    }

    /// The entries (their positions in the list) whose first word is
    /// `first` (folded), longest first.
    pub(crate) fn candidates<'a>(&'a self, first: &'a str) -> impl Iterator<Item = usize> + 'a {
        let from = self.0.partition_point(|k| &*k.0 < first);
        self.0[from..].iter().take_while(move |k| &*k.0 == first).map(|k| k.2 as usize)
    }
}

/// The organisation's own words: to avoid (product jargon), and words that
/// are fine even though the check would mark them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgWords {
    pub avoid: Vec<Entry>,
    pub fine: Vec<String>,
}
