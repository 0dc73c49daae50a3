//! The message check of one assessment's text as every surface shows it:
//! the text's language (chosen, or guessed, or a fallback: the interface's,
//! see `i18n::Lang::text_lang`), the analysis, the suggested steps and the
//! versions' figures.

use super::{analyse, guess_lang, suggest, Analysis, Figures, Words};
use crate::domain::{Assessment, MessageVersion, TextLang};

/// A text checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// The text checked (a view shows the check with the text it was made
    /// of, also when the text has moved on since).
    pub text: String,
    /// The language the team chose; `None`: guessed.
    pub chosen: Option<TextLang>,
    /// The guess from the text (shown beside "Automatic").
    pub guessed: Option<TextLang>,
    pub analysis: Analysis,
}

/// Checks `text`: in the chosen language, else the guessed one, else
/// `fallback`.
pub fn check(text: &str, chosen: Option<TextLang>, fallback: TextLang, words: Words) -> Check {
    let guessed = guess_lang(text);
    let lang = chosen.or(guessed).unwrap_or(fallback);
    Check { text: text.to_string(), chosen, guessed, analysis: analyse(text, lang, words) }
}

/// The check of an assessment's current text; `None` when it has none.
pub fn of_assessment(a: &Assessment, fallback: TextLang, words: Words) -> Option<Check> {
    of_text(&a.idea.message, a.message_check.lang, fallback, words)
}

/// [`check`] of a text that is there; `None` for a blank one (nothing to
/// check: the view shows its empty state).
pub fn of_text(text: &str, chosen: Option<TextLang>, fallback: TextLang, words: Words) -> Option<Check> {
    (!text.trim().is_empty()).then(|| check(text, chosen, fallback, words))
}

impl Check {
    pub fn figures(&self) -> &Figures {
        &self.analysis.figures
    }

    pub fn language(&self) -> Option<suggest::Suggestion> {
        suggest::language(&self.analysis)
    }

    pub fn complexity(&self) -> Option<suggest::Suggestion> {
        suggest::complexity(&self.analysis)
    }
}

/// The figures of before and after: the first of the kept `versions`, the
/// previous one (when it is neither the first nor the checked text) and
/// now, each read in the checked text's language. Empty when there is
/// nothing to compare (no versions, or the first is the text itself).
pub fn before_after(versions: &[MessageVersion], now: &Check, words: Words) -> Vec<(Version, Figures)> {
    let current = &now.text;
    let Some(first) = versions.first().filter(|v| v.text != *current) else { return Vec::new() };
    let lang = now.analysis.lang;
    let fig = |t: &str| analyse(t, lang, words).figures;
    let mut out = vec![(Version::First, fig(&first.text))];
    if let Some(prev) = versions.iter().rev().find(|v| v.text != *current) {
        if versions.len() > 1 && prev.text != first.text {
            out.push((Version::Previous, fig(&prev.text)));
        }
    }
    out.push((Version::Now, now.analysis.figures));
    out
}

/// A column of before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    First,
    Previous,
    Now,
}
