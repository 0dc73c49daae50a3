//! The word list as a file: its name in the app's folder (or its data block
//! in a single-file build), and why loading it can fail.

use super::Lexicon;

/// The word list's file, next to the app.
pub const FILE: &str = "message-words.json";
/// The id of the JSON data block that carries it in a single-file build.
pub const INLINE_ID: &str = "wenselijk-words";

/// Why the word list could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum WordsProblem {
    /// The server has no such file (404).
    Missing,
    /// No answer: offline, or blocked.
    NoConnection,
    /// Another error status.
    Status(u16),
    /// The file is not a word list: what is wrong with it.
    Unreadable(String),
}

/// The word list in a file's text.
pub fn read(text: &str) -> Result<Lexicon, WordsProblem> {
    Lexicon::parse(text).map_err(WordsProblem::Unreadable)
}
