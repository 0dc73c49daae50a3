//! What can be wrong in a settings file, and how the app says it.

use serde_json::Value;

use super::{Colour, CARD, CONFIG_VERSION, MAX_WEIGHT, MIN_CONTRAST, MIN_WEIGHT};
use crate::i18n::{config as t, Lang, Text};

/// The kind of a JSON value, for "must be a list, but is a number".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl JsonKind {
    pub(super) fn of(v: &Value) -> JsonKind {
        match v {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::Text,
            Value::Array(_) => JsonKind::List,
            Value::Object(_) => JsonKind::Object,
        }
    }

    fn text(self) -> Text {
        match self {
            JsonKind::Null => t::KIND_NULL,
            JsonKind::Bool => t::KIND_BOOL,
            JsonKind::Number => t::KIND_NUMBER,
            JsonKind::Text => t::KIND_TEXT,
            JsonKind::List => t::KIND_LIST,
            JsonKind::Object => t::KIND_OBJECT,
        }
    }
}

/// What a setting should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    /// One text, or an object with `nl` and `en`.
    LocalText,
    List,
    Object,
    Number,
    /// `"nl"` or `"en"`.
    LanguageCode,
    Colour,
    /// `true` or `false`.
    TrueFalse,
    /// A word to avoid: a text, or an object with `word` and `instead`.
    Word,
}

impl Expected {
    fn text(self) -> Text {
        match self {
            Expected::Text => t::EXPECTED_TEXT,
            Expected::LocalText => t::EXPECTED_LOCAL_TEXT,
            Expected::List => t::EXPECTED_LIST,
            Expected::Object => t::EXPECTED_OBJECT,
            Expected::Number => t::EXPECTED_NUMBER,
            Expected::LanguageCode => t::EXPECTED_LANGUAGE,
            Expected::Colour => t::EXPECTED_COLOUR,
            Expected::TrueFalse => t::EXPECTED_TRUE_FALSE,
            Expected::Word => t::EXPECTED_WORD,
        }
    }
}

/// What the app uses instead of a wrong setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// The app's own default for this setting.
    Default,
    /// Nothing: the name, value, question or logo is left out.
    LeftOut,
    /// The setting is skipped and changes nothing.
    Ignored,
    /// This dimension keeps weight 1.
    WeightOne,
    /// All dimensions keep weight 1.
    EqualWeights,
    /// The app's own colour.
    Colour(Colour),
    /// The browser's language preference decides.
    BrowserLanguage,
    /// The customer group is left out (it has no usable name).
    GroupLeftOut,
    /// The app's own suggested customer groups are offered.
    SuggestionsShown,
    /// The word is left out of the organisation's words for the message check.
    WordLeftOut,
    /// The word to avoid is kept, without a plainer alternative.
    NoAlternative,
}

impl Fallback {
    fn describe(self, lang: Lang) -> String {
        match self {
            Fallback::Default => t::FALLBACK_DEFAULT.get(lang).to_string(),
            Fallback::LeftOut => t::FALLBACK_LEFT_OUT.get(lang).to_string(),
            Fallback::Ignored => t::FALLBACK_IGNORED.get(lang).to_string(),
            Fallback::WeightOne => t::FALLBACK_WEIGHT_ONE.get(lang).to_string(),
            Fallback::EqualWeights => t::FALLBACK_EQUAL_WEIGHTS.get(lang).to_string(),
            Fallback::Colour(c) => fill(t::FALLBACK_COLOUR.get(lang), &[("colour", &c.css())]),
            Fallback::BrowserLanguage => t::FALLBACK_BROWSER_LANGUAGE.get(lang).to_string(),
            Fallback::GroupLeftOut => t::FALLBACK_GROUP_LEFT_OUT.get(lang).to_string(),
            Fallback::SuggestionsShown => t::FALLBACK_SUGGESTIONS_SHOWN.get(lang).to_string(),
            Fallback::WordLeftOut => t::FALLBACK_WORD_LEFT_OUT.get(lang).to_string(),
            Fallback::NoAlternative => t::FALLBACK_NO_ALTERNATIVE.get(lang).to_string(),
        }
    }
}

/// The colour a low-contrast colour was checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContrastWith {
    /// The white cards, [`CARD`].
    Cards,
    Accent(Colour),
    AccentInk(Colour),
    Ink(Colour),
    Background(Colour),
}

impl ContrastWith {
    fn describe(self, lang: Lang) -> String {
        let (text, colour) = match self {
            ContrastWith::Cards => (t::CONTRAST_CARDS, CARD),
            ContrastWith::Accent(c) => (t::CONTRAST_ACCENT, c),
            ContrastWith::AccentInk(c) => (t::CONTRAST_ACCENT_INK, c),
            ContrastWith::Ink(c) => (t::CONTRAST_INK, c),
            ContrastWith::Background(c) => (t::CONTRAST_BACKGROUND, c),
        };
        fill(text.get(lang), &[("colour", &colour.css())])
    }
}

/// Why a logo is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogoReason {
    /// It starts with a scheme such as `https:` or `javascript:` (lower case, shortened).
    Scheme(String),
    /// It starts with `//`: another website.
    OtherSite,
    /// It starts with `/`: outside the app's folder.
    Absolute,
    /// A `..` segment: out of the app's folder.
    ParentFolder,
    Backslash,
    /// Spaces, quotes, brackets, angle brackets or control characters.
    BadCharacter,
    /// A `data:` URL that is not a base64 png, jpeg, webp or svg image.
    NotAnImage,
    TooLong {
        chars: usize,
        max: usize,
    },
}

impl LogoReason {
    fn describe(&self, lang: Lang) -> String {
        match self {
            LogoReason::Scheme(scheme) => fill(t::LOGO_SCHEME.get(lang), &[("scheme", scheme)]),
            LogoReason::OtherSite => t::LOGO_OTHER_SITE.get(lang).to_string(),
            LogoReason::Absolute => t::LOGO_ABSOLUTE.get(lang).to_string(),
            LogoReason::ParentFolder => t::LOGO_PARENT.get(lang).to_string(),
            LogoReason::Backslash => t::LOGO_BACKSLASH.get(lang).to_string(),
            LogoReason::BadCharacter => t::LOGO_BAD_CHARACTER.get(lang).to_string(),
            LogoReason::NotAnImage => t::LOGO_NOT_IMAGE.get(lang).to_string(),
            LogoReason::TooLong { chars, max } => {
                fill(t::LOGO_TOO_LONG.get(lang), &[("chars", &chars.to_string()), ("max", &max.to_string())])
            }
        }
    }
}

/// One thing wrong in the settings file. Each names where (`path`, in JSON
/// path notation such as `weights.trust` or `values[3]`) and, through
/// [`ConfigProblem::describe`], what is wrong and what the app uses instead.
#[derive(Clone, Debug, PartialEq)]
pub enum ConfigProblem {
    /// The file is larger than [`MAX_CONFIG_BYTES`]; nothing is read.
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not JSON; nothing is read. `eof`: the text ends too early.
    Malformed {
        line: usize,
        column: usize,
        eof: bool,
    },
    /// JSON, but not an object; nothing is read.
    NotAnObject {
        found: JsonKind,
    },
    /// `version` is higher than [`CONFIG_VERSION`]; the rest is still read.
    FutureVersion {
        found: u64,
    },
    /// `version` is not a whole number 1 or higher; `found` is the value as JSON, shortened.
    BadVersion {
        found: String,
    },
    /// A key the app does not know, probably a typo, with the key it may mean.
    UnknownKey {
        path: String,
        suggestion: Option<&'static str>,
    },
    WrongType {
        path: String,
        expected: Expected,
        found: JsonKind,
        fallback: Fallback,
    },
    /// A text that is empty or only spaces.
    Empty {
        path: String,
        fallback: Fallback,
    },
    TooLong {
        path: String,
        chars: usize,
        max: usize,
        fallback: Fallback,
    },
    /// A list with more than `max` items; the first `max` are used.
    TooMany {
        path: String,
        found: usize,
        max: usize,
    },
    /// An `{"nl", "en"}` object without one of them.
    MissingLanguage {
        path: String,
        missing: Lang,
        fallback: Fallback,
    },
    /// A weight outside [`MIN_WEIGHT`]..=[`MAX_WEIGHT`]; the dimension keeps weight 1.
    WeightOutOfRange {
        path: String,
        value: f64,
    },
    /// `default_language` other than `nl` or `en` (shortened).
    UnknownLanguage {
        path: String,
        found: String,
    },
    /// Not `#rgb` or `#rrggbb` (shortened); the default colour is used.
    BadColour {
        path: String,
        found: String,
        fallback: Colour,
    },
    /// A colour with contrast below [`MIN_CONTRAST`]; the default colour is used.
    LowContrast {
        path: String,
        colour: Colour,
        with: ContrastWith,
        ratio: f64,
        fallback: Colour,
    },
    /// A logo that does not come from the app's own folder and is no `data:` image.
    BadLogo {
        path: String,
        reason: LogoReason,
    },
    /// A required key is missing, such as a customer group's `name`.
    Missing {
        path: String,
        fallback: Fallback,
    },
    /// In a group's `usual`: a text that names no dimension (shortened),
    /// with the dimension it may mean.
    UnknownDimension {
        path: String,
        found: String,
        suggestion: Option<&'static str>,
    },
    /// In `lenses`: a text that names no lens (shortened), with the lens it may mean.
    UnknownLens {
        path: String,
        found: String,
        suggestion: Option<&'static str>,
    },
    /// In `lenses.on` or `lenses.count`: a lens that `lenses.offered` leaves out.
    LensNotOffered {
        path: String,
        found: &'static str,
    },
    /// A customer group with the same name as an earlier one (`first`, its
    /// position); this one is left out.
    DuplicateGroup {
        path: String,
        first: usize,
    },
    /// In `message_words`: the same word (ignoring case and spaces) as an
    /// earlier one in the same list, at the path `first`; this one is left out.
    DuplicateWord {
        path: String,
        first: String,
    },
    /// A word to avoid that is also fine (at the path `fine`): fine wins,
    /// and the word is left out of the words to avoid.
    AvoidedAndFine {
        path: String,
        fine: String,
    },
    /// More problems than [`MAX_PROBLEMS`]; this many more were not listed.
    MoreProblems {
        count: usize,
    },
}

impl ConfigProblem {
    /// Where the problem is, as a JSON path; `None` for the whole file.
    pub fn path(&self) -> Option<&str> {
        match self {
            ConfigProblem::TooLarge { .. }
            | ConfigProblem::Malformed { .. }
            | ConfigProblem::NotAnObject { .. }
            | ConfigProblem::MoreProblems { .. } => None,
            ConfigProblem::FutureVersion { .. } | ConfigProblem::BadVersion { .. } => Some("version"),
            ConfigProblem::UnknownKey { path, .. }
            | ConfigProblem::WrongType { path, .. }
            | ConfigProblem::Empty { path, .. }
            | ConfigProblem::TooLong { path, .. }
            | ConfigProblem::TooMany { path, .. }
            | ConfigProblem::MissingLanguage { path, .. }
            | ConfigProblem::WeightOutOfRange { path, .. }
            | ConfigProblem::UnknownLanguage { path, .. }
            | ConfigProblem::BadColour { path, .. }
            | ConfigProblem::LowContrast { path, .. }
            | ConfigProblem::BadLogo { path, .. }
            | ConfigProblem::Missing { path, .. }
            | ConfigProblem::UnknownDimension { path, .. }
            | ConfigProblem::UnknownLens { path, .. }
            | ConfigProblem::LensNotOffered { path, .. }
            | ConfigProblem::DuplicateGroup { path, .. }
            | ConfigProblem::DuplicateWord { path, .. }
            | ConfigProblem::AvoidedAndFine { path, .. } => Some(path),
        }
    }

    /// True when the whole file was refused and every default is used.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            ConfigProblem::TooLarge { .. } | ConfigProblem::Malformed { .. } | ConfigProblem::NotAnObject { .. }
        )
    }

    /// What is wrong and what the app does instead, in plain words.
    pub fn describe(&self, lang: Lang) -> String {
        let with_fallback = |main: String, fallback: Fallback| format!("{main} {}", fallback.describe(lang));
        let all_defaults = |main: String| format!("{main} {}", t::FALLBACK_ALL.get(lang));
        match self {
            ConfigProblem::TooLarge { bytes, max } => all_defaults(fill(
                t::PROBLEM_TOO_LARGE.get(lang),
                &[("size", &bytes.div_ceil(1024).to_string()), ("max", &(max / 1024).to_string())],
            )),
            ConfigProblem::Malformed { line, column, eof } => {
                let text = if *eof { t::PROBLEM_MALFORMED_EOF } else { t::PROBLEM_MALFORMED };
                all_defaults(fill(text.get(lang), &[("line", &line.to_string()), ("column", &column.to_string())]))
            }
            ConfigProblem::NotAnObject { found } => {
                all_defaults(fill(t::PROBLEM_NOT_OBJECT.get(lang), &[("found", found.text().get(lang))]))
            }
            ConfigProblem::FutureVersion { found } => fill(
                t::PROBLEM_FUTURE_VERSION.get(lang),
                &[("found", &found.to_string()), ("known", &CONFIG_VERSION.to_string())],
            ),
            ConfigProblem::BadVersion { found } => with_fallback(
                fill(t::PROBLEM_BAD_VERSION.get(lang), &[("found", found), ("known", &CONFIG_VERSION.to_string())]),
                Fallback::Ignored,
            ),
            ConfigProblem::UnknownKey { path, suggestion: None } => {
                fill(t::PROBLEM_UNKNOWN_KEY.get(lang), &[("path", path)])
            }
            ConfigProblem::UnknownKey { path, suggestion: Some(s) } => {
                fill(t::PROBLEM_UNKNOWN_KEY_SUGGEST.get(lang), &[("path", path), ("suggestion", s)])
            }
            ConfigProblem::WrongType { path, expected, found, fallback } => with_fallback(
                fill(
                    t::PROBLEM_WRONG_TYPE.get(lang),
                    &[("path", path), ("expected", expected.text().get(lang)), ("found", found.text().get(lang))],
                ),
                *fallback,
            ),
            ConfigProblem::Empty { path, fallback } => {
                with_fallback(fill(t::PROBLEM_EMPTY.get(lang), &[("path", path)]), *fallback)
            }
            ConfigProblem::TooLong { path, chars, max, fallback } => with_fallback(
                fill(
                    t::PROBLEM_TOO_LONG.get(lang),
                    &[("path", path), ("chars", &chars.to_string()), ("max", &max.to_string())],
                ),
                *fallback,
            ),
            ConfigProblem::TooMany { path, found, max } => fill(
                t::PROBLEM_TOO_MANY.get(lang),
                &[("path", path), ("found", &found.to_string()), ("max", &max.to_string())],
            ),
            ConfigProblem::MissingLanguage { path, missing, fallback } => {
                let text = match missing {
                    Lang::Nl => t::PROBLEM_MISSING_NL,
                    Lang::En => t::PROBLEM_MISSING_EN,
                };
                with_fallback(fill(text.get(lang), &[("path", path)]), *fallback)
            }
            ConfigProblem::WeightOutOfRange { path, value } => with_fallback(
                fill(
                    t::PROBLEM_WEIGHT_RANGE.get(lang),
                    &[
                        ("path", path),
                        ("value", &number(*value, lang)),
                        ("min", &number(f64::from(MIN_WEIGHT), lang)),
                        ("max", &number(f64::from(MAX_WEIGHT), lang)),
                    ],
                ),
                Fallback::WeightOne,
            ),
            ConfigProblem::UnknownLanguage { path, found } => with_fallback(
                fill(t::PROBLEM_UNKNOWN_LANGUAGE.get(lang), &[("path", path), ("found", found)]),
                Fallback::BrowserLanguage,
            ),
            ConfigProblem::BadColour { path, found, fallback } => with_fallback(
                fill(t::PROBLEM_BAD_COLOUR.get(lang), &[("path", path), ("found", found)]),
                Fallback::Colour(*fallback),
            ),
            ConfigProblem::LowContrast { path, colour, with, ratio, fallback } => {
                // Rounded down, so a ratio just below the minimum never reads as the minimum.
                let shown = (ratio * 100.0).floor() / 100.0;
                with_fallback(
                    fill(
                        t::PROBLEM_LOW_CONTRAST.get(lang),
                        &[
                            ("path", path),
                            ("colour", &colour.css()),
                            ("other", &with.describe(lang)),
                            ("ratio", &number(shown, lang)),
                            ("min", &number(MIN_CONTRAST, lang)),
                        ],
                    ),
                    Fallback::Colour(*fallback),
                )
            }
            ConfigProblem::BadLogo { path, reason } => with_fallback(
                fill(t::PROBLEM_BAD_LOGO.get(lang), &[("path", path), ("reason", &reason.describe(lang))]),
                Fallback::LeftOut,
            ),
            ConfigProblem::Missing { path, fallback } => {
                with_fallback(fill(t::PROBLEM_MISSING.get(lang), &[("path", path)]), *fallback)
            }
            ConfigProblem::UnknownDimension { path, found, suggestion }
            | ConfigProblem::UnknownLens { path, found, suggestion } => {
                let text = match self {
                    ConfigProblem::UnknownLens { .. } => t::PROBLEM_UNKNOWN_LENS,
                    _ => t::PROBLEM_UNKNOWN_DIMENSION,
                };
                let main = fill(text.get(lang), &[("path", path), ("found", found)]);
                let main = match suggestion {
                    Some(s) => format!("{main} {}", fill(t::PROBLEM_DID_YOU_MEAN.get(lang), &[("suggestion", s)])),
                    None => main,
                };
                with_fallback(main, Fallback::LeftOut)
            }
            ConfigProblem::LensNotOffered { path, found } => with_fallback(
                fill(t::PROBLEM_LENS_NOT_OFFERED.get(lang), &[("path", path), ("found", found)]),
                Fallback::LeftOut,
            ),
            ConfigProblem::DuplicateGroup { path, first } => with_fallback(
                fill(t::PROBLEM_DUPLICATE_GROUP.get(lang), &[("path", path), ("first", &format!("groups[{first}]"))]),
                Fallback::GroupLeftOut,
            ),
            ConfigProblem::DuplicateWord { path, first } => with_fallback(
                fill(t::PROBLEM_DUPLICATE_WORD.get(lang), &[("path", path), ("first", first)]),
                Fallback::WordLeftOut,
            ),
            ConfigProblem::AvoidedAndFine { path, fine } => {
                fill(t::PROBLEM_AVOIDED_AND_FINE.get(lang), &[("path", path), ("fine", fine)])
            }
            ConfigProblem::MoreProblems { count } => fill(t::PROBLEM_MORE.get(lang), &[("count", &count.to_string())]),
        }
    }
}

/// Fills `{name}` placeholders in one pass, so a value that itself contains
/// `{other}` (a key from the file) is never filled in again.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').and_then(|end| args.iter().find(|(n, _)| *n == &after[..end]).map(|(_, v)| (end, v))) {
            Some((end, value)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A number as people write it: `1,5` in Dutch, `1.5` in English.
fn number(x: f64, lang: Lang) -> String {
    lang.number(if x.abs() >= 1e6 { format!("{x:e}") } else { format!("{}", (x * 1000.0).round() / 1000.0) })
}

/// At most `max` characters of `s`, with an ellipsis when shortened: keeps
/// messages short when a file holds a very long key or value.
pub(super) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

pub(super) const SHOW_CHARS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_is_single_pass() {
        assert_eq!(fill("{a} and {b}", &[("a", "{b}"), ("b", "x")]), "{b} and x");
        assert_eq!(fill("{a} {unknown} {", &[("a", "1")]), "1 {unknown} {");
    }

    #[test]
    fn numbers_by_language() {
        assert_eq!(number(4.5, Lang::Nl), "4,5");
        assert_eq!(number(4.5, Lang::En), "4.5");
        assert_eq!(number(2.0, Lang::En), "2");
        assert_eq!(number(1e300, Lang::En), "1e300");
    }
}
