//! The officialese lists (shipped as `message-words.json`, loaded on first
//! use) and the organisation's own words (its configuration).
//!
//! The file: `{"format": "wenselijk-words", "version": 1, "nl": [["indien",
//! "als"], …], "en": [["utilise", "use"], …]}`; each pair is a lower-case
//! word or phrase (words separated by one space) and its plainer
//! alternative.

/// One word or phrase to avoid, and a plainer one to use instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Lower case; one or more words separated by single spaces.
    pub phrase: String,
    /// The plainer alternative (may be empty for the organisation's words).
    pub instead: String,
}

/// The shipped lists, per language, ready for matching.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    pub nl: Vec<Entry>,
    pub en: Vec<Entry>,
}

impl Lexicon {
    /// Reads the shipped file; an error names what is wrong.
    pub fn parse(json: &str) -> Result<Lexicon, String> {
        let _ = json;
        Err("not yet".into())
    }
}

/// The organisation's own words: to avoid (product jargon), and words that
/// are fine even though the check would mark them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgWords {
    pub avoid: Vec<Entry>,
    pub fine: Vec<String>,
}
