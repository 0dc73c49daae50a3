//! Every user-visible text, in Dutch and English.
//!
//! A [`Text`] is a pair of string slices. Because it is a plain struct literal,
//! a text without one of its translations does not compile. UI strings are
//! declared with the [`texts!`] macro, which also lists them in `ALL` so the
//! native tests can check every one of them (not empty, same placeholders).
//! The framework's content (dimensions, questions, advice) lives in
//! [`framework`], the built-in example cases in [`examples`].

pub mod config;
pub mod example_groups;
pub mod example_lenses;
pub mod example_messages;
pub mod examples;
pub mod framework;
pub mod groups;
pub mod lens;
pub mod message;
pub mod report;
pub mod ui;

use serde::{Deserialize, Serialize};

/// The two languages of the product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, for the `lang` attribute of the document.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language a code names (`nl`, `en`, any case), as in `?lang=`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the product language from a browser's preferred languages
    /// (`navigator.languages`), first match wins; Dutch when nothing matches
    /// because the product's home audience is Dutch.
    pub fn from_preferences<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        for p in prefs {
            let primary = p.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            match primary.as_str() {
                "nl" => return Lang::Nl,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::Nl
    }

    /// The interface language as the language of a customer's text: the
    /// message check's fallback when a text is too short to guess.
    pub fn text_lang(self) -> crate::domain::TextLang {
        match self {
            Lang::Nl => crate::domain::TextLang::Nl,
            Lang::En => crate::domain::TextLang::En,
        }
    }

    /// A number as written in this language: the decimal point becomes a
    /// comma in Dutch (`3,5`), stays a point in English (`3.5`).
    pub fn number(self, s: String) -> String {
        match self {
            Lang::Nl => s.replace('.', ","),
            Lang::En => s,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// A number with one decimal, in the language's notation (3,5 / 3.5).
pub fn decimal(x: f32, lang: Lang) -> String {
    lang.number(crate::domain::chart::fixed1(x))
}

/// One text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }

    /// The text with each `{name}` placeholder replaced by its value.
    pub fn fill(&self, lang: Lang, args: &[(&str, &str)]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces `{name}` placeholders in `template`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{name}` placeholders of a template, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// Declares UI text constants and a list `ALL` of `(name, text)` pairs.
///
/// ```ignore
/// texts! {
///     APP_NAME = "Wenselijk?", "Wenselijk?";
/// }
/// ```
#[macro_export]
macro_rules! texts {
    ($($(#[$meta:meta])* $name:ident = $nl:expr, $en:expr;)*) => {
        $($(#[$meta])* pub const $name: $crate::i18n::Text = $crate::i18n::Text { nl: $nl, en: $en };)*
        /// Every text of this module, for completeness tests.
        pub const ALL: &[(&str, $crate::i18n::Text)] = &[$((stringify!($name), $name),)*];
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_preferences() {
        let cases: &[(&[&str], Lang)] = &[
            (&["nl-NL", "en"], Lang::Nl),
            (&["en-GB", "nl"], Lang::En),
            (&["de-DE", "en-US"], Lang::En),
            (&["fr", "nl-BE"], Lang::Nl),
            (&["de"], Lang::Nl),
            (&[], Lang::Nl),
            (&["EN_us"], Lang::En),
            (&[""], Lang::Nl),
        ];
        for (prefs, want) in cases {
            assert_eq!(Lang::from_preferences(prefs.iter().copied()), *want, "{prefs:?}");
        }
    }

    #[test]
    fn fill_and_placeholders() {
        assert_eq!(fill("{n} van {total}", &[("n", "3"), ("total", "17")]), "3 van 17");
        assert_eq!(placeholders("{n} of {total} and {"), vec!["n", "total"]);
        assert_eq!(fill("no placeholders", &[("n", "1")]), "no placeholders");
    }
}
