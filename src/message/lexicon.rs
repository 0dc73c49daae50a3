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
use serde::Deserialize;

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

#[derive(Deserialize)]
struct File {
    format: String,
    version: u32,
    #[serde(default)]
    nl: Vec<(String, String)>,
    #[serde(default)]
    en: Vec<(String, String)>,
}

impl Lexicon {
    /// Both lists, indexed.
    pub fn new(nl: Vec<Entry>, en: Vec<Entry>) -> Lexicon {
        Lexicon { index_nl: Index::new(&nl), index_en: Index::new(&en), nl, en }
    }

    /// Reads the shipped file; an error names what is wrong.
    pub fn parse(json: &str) -> Result<Lexicon, String> {
        let file: File = serde_json::from_str(json).map_err(|e| format!("not a word list: {e}"))?;
        if file.format != FORMAT {
            return Err(format!("format is {:?}, not {FORMAT:?}", file.format));
        }
        if file.version != VERSION {
            return Err(format!("version {} is not supported (only {VERSION})", file.version));
        }
        Ok(Lexicon::new(entries("nl", file.nl)?, entries("en", file.en)?))
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
fn entries(lang: &str, pairs: Vec<(String, String)>) -> Result<Vec<Entry>, String> {
    let mut out: Vec<Entry> = Vec::with_capacity(pairs.len());
    for (n, (phrase, instead)) in pairs.into_iter().enumerate() {
        let phrase = normalise(&phrase, true);
        let at = || format!("{lang} entry {} ({phrase:?})", n + 1);
        if Phrase::new(&phrase).next().is_none() {
            return Err(format!("{}: the phrase has no words", at()));
        }
        if out.iter().any(|e| e.phrase == phrase) {
            return Err(format!("{}: the phrase is listed twice", at()));
        }
        out.push(Entry { phrase, instead: normalise(&instead, false) });
    }
    Ok(out)
}

/// Trimmed, with single spaces between words; lower case if asked.
pub(crate) fn normalise(s: &str, lower_case: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if lower_case {
            out.extend(w.chars().map(fold));
        } else {
            out.push_str(w);
        }
    }
    out
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
    squeezed(a).eq(squeezed(b))
}

fn squeezed(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut space = false;
    s.trim().chars().filter_map(move |c| {
        let ws = c.is_whitespace();
        let skip = ws && space;
        space = ws;
        (!skip).then_some(if ws { ' ' } else { fold(c) })
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
        let mut keys: Vec<(Box<str>, u16, u32)> = entries
            .iter()
            .enumerate()
            .filter_map(|(n, e)| {
                let mut words = Phrase::new(&e.phrase);
                let (s, t) = words.next()?;
                let first: String = e.phrase[s..t].chars().map(fold).collect();
                let count = 1 + words.count();
                Some((first.into_boxed_str(), u16::try_from(count).unwrap_or(u16::MAX), n as u32))
            })
            .collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
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
