//! An organisation's settings: the file `wenselijk.config.json` next to the
//! app (see `docs/CONFIG.md` and `docs/config.schema.json`).
//!
//! [`parse`] never fails and never panics. Every setting is checked on its
//! own: a wrong one is left out (the app's default is used instead) and named
//! in a [`ConfigProblem`]; the right ones are kept. Only a file that is not
//! JSON at all, not an object or too large gives the plain defaults.
//!
//! Pure: the UI fetches the file and shows the problems; this module only
//! reads text.

use serde_json::{Map, Value};

use crate::domain::DimensionId;
use crate::i18n::{config as t, Lang, Text};

pub use crate::domain::scoring::{Weights, MAX_WEIGHT, MIN_WEIGHT};

/// The file name the app looks for next to itself.
pub const CONFIG_FILE: &str = "wenselijk.config.json";
/// The settings version this app reads.
pub const CONFIG_VERSION: u64 = 1;
/// Larger files are refused whole.
pub const MAX_CONFIG_BYTES: usize = 256 * 1024;
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_VALUES: usize = 12;
pub const MAX_VALUE_CHARS: usize = 80;
/// Per dimension.
pub const MAX_HELPER_QUESTIONS: usize = 5;
pub const MAX_HELPER_QUESTION_CHARS: usize = 200;
pub const MAX_LOGO_PATH_CHARS: usize = 300;
pub const MAX_LOGO_DATA_CHARS: usize = 100_000;
/// WCAG AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;
/// After this many problems the rest is only counted ([`ConfigProblem::MoreProblems`]).
pub const MAX_PROBLEMS: usize = 50;

/// The built-in colours (`styles/app.css`); every one of them passes the
/// contrast checks against the others.
pub const DEFAULT_ACCENT: Colour = Colour(0x2f, 0x4b, 0xb8);
pub const DEFAULT_ACCENT_INK: Colour = Colour(0xff, 0xff, 0xff);
pub const DEFAULT_INK: Colour = Colour(0x1c, 0x1f, 0x24);
pub const DEFAULT_BACKGROUND: Colour = Colour(0xf6, 0xf5, 0xf1);
/// The cards (panels) the form and results sit on; not configurable.
pub const CARD: Colour = Colour(0xff, 0xff, 0xff);

const TOP_KEYS: &[&str] =
    &["$schema", "version", "name", "values", "helper_questions", "weights", "default_language", "theme"];
const THEME_KEYS: &[&str] = &["accent", "accent_ink", "ink", "background", "logo"];
const LANG_KEYS: &[&str] = &["nl", "en"];
const DIMENSION_KEYS: &[&str] =
    &["complexity", "language", "place", "time", "relevance", "trust", "empathy", "autonomy"];

/// Likely mix-ups, only used to suggest the right key for an unknown one.
const TOP_ALIASES: &[(&str, &str)] = &[
    ("lang", "default_language"),
    ("language", "default_language"),
    ("default_lang", "default_language"),
    ("taal", "default_language"),
    ("naam", "name"),
    ("organisation", "name"),
    ("organization", "name"),
    ("waarden", "values"),
    ("questions", "helper_questions"),
    ("vragen", "helper_questions"),
    ("gewichten", "weights"),
    ("colours", "theme"),
    ("colors", "theme"),
];
const THEME_ALIASES: &[(&str, &str)] = &[
    ("accent_text", "accent_ink"),
    ("text", "ink"),
    ("text_colour", "ink"),
    ("text_color", "ink"),
    ("bg", "background"),
    ("image", "logo"),
];
const DIMENSION_ALIASES: &[(&str, &str)] = &[
    ("complexiteit", "complexity"),
    ("taal", "language"),
    ("plaats", "place"),
    ("tijd", "time"),
    ("relevantie", "relevance"),
    ("individuele_relevantie", "relevance"),
    ("vertrouwen", "trust"),
    ("empathie", "empathy"),
    ("autonomie", "autonomy"),
];

/// A text the organisation wrote, in both languages. In the file it is one
/// string (used for both) or `{"nl": "...", "en": "..."}` with both present.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LocalText {
    pub nl: String,
    pub en: String,
}

impl LocalText {
    /// The same text in both languages.
    pub fn same(text: impl Into<String>) -> LocalText {
        let nl = text.into();
        LocalText { en: nl.clone(), nl }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// A colour as red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    /// `#rgb` or `#rrggbb`, hex digits in either case; nothing else.
    pub fn parse(s: &str) -> Option<Colour> {
        let hex = s.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Colour(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Colour(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn css(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(&self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio with another colour, 1 to 21; the order does not matter.
    pub fn contrast(&self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// The organisation's colours and logo. `None` means the app's own
/// ([`DEFAULT_ACCENT`] and friends).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Theme {
    /// Links, borders, chart shapes, and the background of main buttons.
    pub accent: Option<Colour>,
    /// Text on accent-coloured buttons.
    pub accent_ink: Option<Colour>,
    /// Body text.
    pub ink: Option<Colour>,
    /// The page background around the white cards.
    pub background: Option<Colour>,
    /// A relative path on the app's own site, or a `data:image/...;base64,` URL.
    pub logo: Option<String>,
}

impl Theme {
    /// The CSS custom properties the organisation's colours can set, in the
    /// order of [`Theme::css_properties`].
    pub const CSS_PROPERTIES: [&'static str; 4] = ["--accent", "--accent-ink", "--ink", "--bg"];

    /// The CSS custom properties to set on the app's root, for the colours
    /// that are set (names from [`Theme::CSS_PROPERTIES`]).
    pub fn css_properties(&self) -> Vec<(&'static str, String)> {
        Self::CSS_PROPERTIES
            .into_iter()
            .zip([self.accent, self.accent_ink, self.ink, self.background])
            .filter_map(|(name, c)| c.map(|c| (name, c.css())))
            .collect()
    }

    pub fn accent_or_default(&self) -> Colour {
        self.accent.unwrap_or(DEFAULT_ACCENT)
    }

    pub fn accent_ink_or_default(&self) -> Colour {
        self.accent_ink.unwrap_or(DEFAULT_ACCENT_INK)
    }

    pub fn ink_or_default(&self) -> Colour {
        self.ink.unwrap_or(DEFAULT_INK)
    }

    pub fn background_or_default(&self) -> Colour {
        self.background.unwrap_or(DEFAULT_BACKGROUND)
    }
}

/// What an organisation set up. [`OrgConfig::default`] is the app without
/// any settings.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OrgConfig {
    /// The organisation's name, at most [`MAX_NAME_CHARS`].
    pub name: Option<LocalText>,
    /// The values the organisation says it stands for, at most [`MAX_VALUES`].
    pub values: Vec<LocalText>,
    /// Extra helper questions per dimension, indexed like [`DimensionId::ALL`];
    /// see [`OrgConfig::helper_questions`].
    pub helper_questions: [Vec<LocalText>; 8],
    pub weights: Weights,
    /// The language to start in when the user has not chosen one; `None`:
    /// the browser's preference decides.
    pub default_lang: Option<Lang>,
    pub theme: Theme,
    /// The organisation's own standard customer groups (issue 12), offered
    /// beside (or instead of) the suggested ones; at most [`MAX_GROUPS`](crate::domain::MAX_GROUPS).
    pub groups: Vec<OrgGroup>,
    /// True when the app's own suggested groups should not be offered.
    pub hide_suggested_groups: bool,
}

/// A standard customer group from the organisation's configuration.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OrgGroup {
    pub name: LocalText,
    pub description: LocalText,
    /// The dimensions that usually differ for this group.
    pub usual: Vec<DimensionId>,
}

impl OrgConfig {
    /// The organisation's own helper questions for a dimension.
    pub fn helper_questions(&self, d: DimensionId) -> &[LocalText] {
        &self.helper_questions[d.index()]
    }

    /// The organisation's name in a language, if it gave one.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        self.name.as_ref().map(|n| n.get(lang))
    }

    /// The organisation's name, or a stand-in ("your organisation") when the
    /// settings give none: for texts that speak of the organisation.
    pub fn name_or_unnamed(&self, lang: Lang) -> &str {
        self.name(lang).unwrap_or(t::CONFIG_ORG_UNNAMED.get(lang))
    }

    /// True when nothing is set: the app looks and works as without a file.
    pub fn is_default(&self) -> bool {
        *self == OrgConfig::default()
    }
}

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
    fn of(v: &Value) -> JsonKind {
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
            | ConfigProblem::BadLogo { path, .. } => Some(path),
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
    let s = if x.abs() >= 1e6 { format!("{x:e}") } else { format!("{}", (x * 1000.0).round() / 1000.0) };
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// At most `max` characters of `s`, with an ellipsis when shortened: keeps
/// messages short when a file holds a very long key or value.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

const SHOW_CHARS: usize = 40;

/// Line and character (both counted from 1; character 0 for an empty file)
/// of the last character that is not JSON white space.
fn end_of_content(text: &str) -> (usize, usize) {
    let (mut line, mut column, mut end) = (1, 0, (1, 0));
    for c in text.chars() {
        if c == '\n' {
            (line, column) = (line + 1, 0);
        } else {
            column += 1;
            if !matches!(c, ' ' | '\t' | '\r') {
                end = (line, column);
            }
        }
    }
    end
}

/// Reads an organisation's settings file. Never fails: every wrong setting
/// is left out and listed; see the module documentation.
pub fn parse(json: &str) -> (OrgConfig, Vec<ConfigProblem>) {
    if json.len() > MAX_CONFIG_BYTES {
        return (OrgConfig::default(), vec![ConfigProblem::TooLarge { bytes: json.len(), max: MAX_CONFIG_BYTES }]);
    }
    // Editors on Windows may save a byte order mark, which JSON does not allow.
    let text = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let eof = e.classify() == serde_json::error::Category::Eof;
            // At the end of the file serde_json points past a final line
            // break (character 0 of an empty line): name where the text stops.
            let (line, column) = if eof { end_of_content(text) } else { (e.line(), e.column()) };
            return (OrgConfig::default(), vec![ConfigProblem::Malformed { line, column, eof }]);
        }
    };
    let Value::Object(map) = value else {
        return (OrgConfig::default(), vec![ConfigProblem::NotAnObject { found: JsonKind::of(&value) }]);
    };
    let mut p = Parser::default();
    let config = p.top(&map);
    let mut problems = p.problems;
    if p.unlisted > 0 {
        problems.push(ConfigProblem::MoreProblems { count: p.unlisted });
    }
    (config, problems)
}

/// Checks a logo reference: a path relative to the app's folder (the same
/// rule as `embed::is_relative_path`, and also no quotes, brackets or
/// spaces), or a base64 `data:image/...` URL (lower case, png, jpeg, webp or
/// svg). The UI may use it as an `<img src>` as it is.
pub fn check_logo(logo: &str) -> Result<(), LogoReason> {
    if logo.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("data:")) {
        let chars = logo.chars().count();
        if chars > MAX_LOGO_DATA_CHARS {
            return Err(LogoReason::TooLong { chars, max: MAX_LOGO_DATA_CHARS });
        }
        let (meta, payload) = logo[5..].split_once(',').ok_or(LogoReason::NotAnImage)?;
        // Lower case only, as in the schema.
        let image = logo.starts_with("data:")
            && ["image/png", "image/jpeg", "image/webp", "image/svg+xml"]
                .iter()
                .any(|mime| meta.strip_prefix(mime) == Some(";base64"));
        let body = payload.trim_end_matches('=');
        let base64 = !body.is_empty()
            && payload.len() - body.len() <= 2
            && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
        return if image && base64 { Ok(()) } else { Err(LogoReason::NotAnImage) };
    }
    let chars = logo.chars().count();
    if chars > MAX_LOGO_PATH_CHARS {
        return Err(LogoReason::TooLong { chars, max: MAX_LOGO_PATH_CHARS });
    }
    // A colon before the first slash, question mark or hash starts a scheme.
    let first = logo.find(['/', '?', '#']).unwrap_or(logo.len());
    if let Some(colon) = logo[..first].find(':') {
        return Err(LogoReason::Scheme(shorten(&logo[..colon].to_ascii_lowercase(), 20)));
    }
    if logo.starts_with("//") {
        return Err(LogoReason::OtherSite);
    }
    // Browsers read `\` as `/`, so `/\host` is another website too.
    if logo.contains('\\') {
        return Err(LogoReason::Backslash);
    }
    // Browsers drop tabs and newlines from URLs ("/\n/evil.example" is
    // "//evil.example"), and quotes or brackets could break out of a CSS url().
    if logo.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'()<>`".contains(c)) {
        return Err(LogoReason::BadCharacter);
    }
    if logo.starts_with('/') {
        return Err(LogoReason::Absolute);
    }
    let path = &logo[..logo.find(['?', '#']).unwrap_or(logo.len())];
    if path.split('/').any(|seg| seg.to_ascii_lowercase().replace("%2e", ".") == "..") {
        return Err(LogoReason::ParentFolder);
    }
    Ok(())
}

/// The known key nearest to an unknown one, if it is close enough to be a typo.
fn suggest(key: &str, known: &[&'static str], aliases: &[(&str, &'static str)]) -> Option<&'static str> {
    let norm: String =
        key.trim().chars().map(crate::case::lower).map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
    if let Some(k) = known.iter().find(|k| **k == norm) {
        return Some(k);
    }
    if let Some((_, k)) = aliases.iter().find(|(alias, _)| *alias == norm) {
        return Some(k);
    }
    if norm.chars().count() > 30 {
        return None;
    }
    known
        .iter()
        .filter(|k| !k.starts_with('$'))
        .map(|k| (distance(&norm, k), *k))
        // Short keys need a closer match: "price" is not a typo of "place".
        .filter(|(d, k)| *d <= if norm.chars().count() <= 5 { 1 } else { 2 } && k.len() > 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edit distance by characters, a swap of two neighbours counting as one
/// edit (optimal string alignment): "nmae" is one step from "name".
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

fn dimension_of(key: &str) -> Option<DimensionId> {
    DimensionId::ALL.into_iter().find(|d| d.key() == key)
}

#[derive(Default)]
struct Parser {
    problems: Vec<ConfigProblem>,
    unlisted: usize,
}

impl Parser {
    fn report(&mut self, problem: ConfigProblem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    fn wrong_type(&mut self, path: &str, expected: Expected, v: &Value, fallback: Fallback) {
        self.report(ConfigProblem::WrongType { path: path.to_string(), expected, found: JsonKind::of(v), fallback });
    }

    fn unknown_keys(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        known: &[&'static str],
        aliases: &[(&str, &'static str)],
    ) {
        for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
            let shown = shorten(key, SHOW_CHARS);
            let path = if prefix.is_empty() { shown } else { format!("{prefix}.{shown}") };
            self.report(ConfigProblem::UnknownKey { path, suggestion: suggest(key, known, aliases) });
        }
    }

    fn top(&mut self, map: &Map<String, Value>) -> OrgConfig {
        let mut config = OrgConfig::default();
        if let Some(v) = map.get("version") {
            match v.as_u64() {
                Some(CONFIG_VERSION) => {}
                Some(n) if n > CONFIG_VERSION => self.report(ConfigProblem::FutureVersion { found: n }),
                _ => self.report(ConfigProblem::BadVersion { found: shorten(&v.to_string(), SHOW_CHARS) }),
            }
        }
        if let Some(v) = map.get("name") {
            config.name = self.local_text(v, "name", MAX_NAME_CHARS, Fallback::LeftOut);
        }
        if let Some(v) = map.get("values") {
            config.values = self.list(v, "values", MAX_VALUES, MAX_VALUE_CHARS);
        }
        if let Some(v) = map.get("helper_questions") {
            config.helper_questions = self.helper_questions(v);
        }
        if let Some(v) = map.get("weights") {
            config.weights = self.weights(v);
        }
        if let Some(v) = map.get("default_language") {
            config.default_lang = self.language(v, "default_language");
        }
        if let Some(v) = map.get("theme") {
            config.theme = self.theme(v);
        }
        self.unknown_keys(map, "", TOP_KEYS, TOP_ALIASES);
        config
    }

    /// A trimmed, non-empty text of at most `max` characters.
    fn text(&mut self, s: &str, path: &str, max: usize, fallback: Fallback) -> Option<String> {
        let s = s.trim();
        let chars = s.chars().count();
        if s.is_empty() {
            self.report(ConfigProblem::Empty { path: path.to_string(), fallback });
            None
        } else if chars > max {
            self.report(ConfigProblem::TooLong { path: path.to_string(), chars, max, fallback });
            None
        } else {
            Some(s.to_string())
        }
    }

    fn local_text(&mut self, v: &Value, path: &str, max: usize, fallback: Fallback) -> Option<LocalText> {
        match v {
            Value::String(s) => self.text(s, path, max, fallback).map(LocalText::same),
            Value::Object(m) => {
                self.unknown_keys(m, path, LANG_KEYS, &[]);
                let mut one = |lang: Lang| {
                    let sub = format!("{path}.{}", lang.code());
                    match m.get(lang.code()) {
                        None => {
                            self.report(ConfigProblem::MissingLanguage {
                                path: path.to_string(),
                                missing: lang,
                                fallback,
                            });
                            None
                        }
                        Some(Value::String(s)) => self.text(s, &sub, max, fallback),
                        Some(other) => {
                            self.wrong_type(&sub, Expected::Text, other, fallback);
                            None
                        }
                    }
                };
                let nl = one(Lang::Nl);
                let en = one(Lang::En);
                Some(LocalText { nl: nl?, en: en? })
            }
            other => {
                self.wrong_type(path, Expected::LocalText, other, fallback);
                None
            }
        }
    }

    /// A list of texts: the first `max` items, each valid one kept.
    fn list(&mut self, v: &Value, path: &str, max: usize, max_chars: usize) -> Vec<LocalText> {
        let Value::Array(items) = v else {
            self.wrong_type(path, Expected::List, v, Fallback::LeftOut);
            return Vec::new();
        };
        if items.len() > max {
            self.report(ConfigProblem::TooMany { path: path.to_string(), found: items.len(), max });
        }
        items
            .iter()
            .take(max)
            .enumerate()
            .filter_map(|(i, item)| self.local_text(item, &format!("{path}[{i}]"), max_chars, Fallback::LeftOut))
            .collect()
    }

    fn helper_questions(&mut self, v: &Value) -> [Vec<LocalText>; 8] {
        let mut out: [Vec<LocalText>; 8] = Default::default();
        let Value::Object(m) = v else {
            self.wrong_type("helper_questions", Expected::Object, v, Fallback::LeftOut);
            return out;
        };
        for (key, list) in m {
            if let Some(d) = dimension_of(key) {
                out[d.index()] = self.list(
                    list,
                    &format!("helper_questions.{key}"),
                    MAX_HELPER_QUESTIONS,
                    MAX_HELPER_QUESTION_CHARS,
                );
            }
        }
        self.unknown_keys(m, "helper_questions", DIMENSION_KEYS, DIMENSION_ALIASES);
        out
    }

    fn weights(&mut self, v: &Value) -> Weights {
        let mut weights = Weights::EQUAL;
        let Value::Object(m) = v else {
            self.wrong_type("weights", Expected::Object, v, Fallback::EqualWeights);
            return weights;
        };
        for (key, w) in m {
            let Some(d) = dimension_of(key) else { continue };
            let path = format!("weights.{key}");
            match w.as_f64() {
                None => self.wrong_type(&path, Expected::Number, w, Fallback::WeightOne),
                // Checked as f64 so that 2.0000001 is refused rather than rounded into range.
                Some(x) if (f64::from(MIN_WEIGHT)..=f64::from(MAX_WEIGHT)).contains(&x) => {
                    weights = weights.with(d, x as f32).unwrap_or(weights);
                }
                Some(x) => self.report(ConfigProblem::WeightOutOfRange { path, value: x }),
            }
        }
        self.unknown_keys(m, "weights", DIMENSION_KEYS, DIMENSION_ALIASES);
        weights
    }

    fn language(&mut self, v: &Value, path: &str) -> Option<Lang> {
        match v {
            Value::String(s) => match s.as_str() {
                "nl" => Some(Lang::Nl),
                "en" => Some(Lang::En),
                _ => {
                    self.report(ConfigProblem::UnknownLanguage {
                        path: path.to_string(),
                        found: shorten(s, SHOW_CHARS),
                    });
                    None
                }
            },
            other => {
                self.wrong_type(path, Expected::LanguageCode, other, Fallback::BrowserLanguage);
                None
            }
        }
    }

    fn colour(&mut self, m: &Map<String, Value>, key: &str, default: Colour) -> Option<Colour> {
        let path = format!("theme.{key}");
        match m.get(key)? {
            Value::String(s) => {
                let c = Colour::parse(s);
                if c.is_none() {
                    self.report(ConfigProblem::BadColour { path, found: shorten(s, SHOW_CHARS), fallback: default });
                }
                c
            }
            other => {
                self.wrong_type(&path, Expected::Colour, other, Fallback::Colour(default));
                None
            }
        }
    }

    fn theme(&mut self, v: &Value) -> Theme {
        let Value::Object(m) = v else {
            self.wrong_type("theme", Expected::Object, v, Fallback::Default);
            return Theme::default();
        };
        let mut theme = Theme {
            accent: self.colour(m, "accent", DEFAULT_ACCENT),
            accent_ink: self.colour(m, "accent_ink", DEFAULT_ACCENT_INK),
            ink: self.colour(m, "ink", DEFAULT_INK),
            background: self.colour(m, "background", DEFAULT_BACKGROUND),
            logo: None,
        };
        // Accent is link and text colour on the white cards, ink the text on them.
        self.on_cards(&mut theme.accent, "theme.accent", DEFAULT_ACCENT);
        self.on_cards(&mut theme.ink, "theme.ink", DEFAULT_INK);
        // Button text on accent buttons.
        self.pair(
            [
                (&mut theme.accent_ink, "theme.accent_ink", DEFAULT_ACCENT_INK),
                (&mut theme.accent, "theme.accent", DEFAULT_ACCENT),
            ],
            [ContrastWith::AccentInk, ContrastWith::Accent],
        );
        // Body text on the page background.
        self.pair(
            [
                (&mut theme.ink, "theme.ink", DEFAULT_INK),
                (&mut theme.background, "theme.background", DEFAULT_BACKGROUND),
            ],
            [ContrastWith::Ink, ContrastWith::Background],
        );
        if let Some(v) = m.get("logo") {
            theme.logo = self.logo(v);
        }
        self.unknown_keys(m, "theme", THEME_KEYS, THEME_ALIASES);
        theme
    }

    fn on_cards(&mut self, colour: &mut Option<Colour>, path: &str, default: Colour) {
        if let Some(c) = *colour {
            let ratio = c.contrast(CARD);
            if ratio < MIN_CONTRAST {
                self.report(ConfigProblem::LowContrast {
                    path: path.to_string(),
                    colour: c,
                    with: ContrastWith::Cards,
                    ratio,
                    fallback: default,
                });
                *colour = None;
            }
        }
    }

    /// Two colours that must contrast with each other (text first, then what
    /// it stands on). When they do not, as few of the organisation's colours
    /// as possible go back to the default: first the text colour alone, then
    /// the background alone, then both. The defaults always pass.
    fn pair(
        &mut self,
        [(fg, fg_path, fg_default), (bg, bg_path, bg_default)]: [(&mut Option<Colour>, &str, Colour); 2],
        [fg_with, bg_with]: [fn(Colour) -> ContrastWith; 2],
    ) {
        let passes = |f: Option<Colour>, b: Option<Colour>| {
            f.unwrap_or(fg_default).contrast(b.unwrap_or(bg_default)) >= MIN_CONTRAST
        };
        let (f, b) = (*fg, *bg);
        if passes(f, b) {
            return;
        }
        let (drop_fg, drop_bg) = if f.is_some() && passes(None, b) {
            (true, false)
        } else if b.is_some() && passes(f, None) {
            (false, true)
        } else {
            (f.is_some(), b.is_some())
        };
        let (fc, bc) = (f.unwrap_or(fg_default), b.unwrap_or(bg_default));
        let ratio = fc.contrast(bc);
        if drop_fg {
            let with = bg_with(bc);
            self.report(ConfigProblem::LowContrast {
                path: fg_path.to_string(),
                colour: fc,
                with,
                ratio,
                fallback: fg_default,
            });
            *fg = None;
        }
        if drop_bg {
            let with = fg_with(fc);
            self.report(ConfigProblem::LowContrast {
                path: bg_path.to_string(),
                colour: bc,
                with,
                ratio,
                fallback: bg_default,
            });
            *bg = None;
        }
    }

    fn logo(&mut self, v: &Value) -> Option<String> {
        let path = "theme.logo";
        let Value::String(s) = v else {
            self.wrong_type(path, Expected::Text, v, Fallback::LeftOut);
            return None;
        };
        if s.trim().is_empty() {
            self.report(ConfigProblem::Empty { path: path.to_string(), fallback: Fallback::LeftOut });
            return None;
        }
        match check_logo(s) {
            Ok(()) => Some(s.clone()),
            Err(reason) => {
                self.report(ConfigProblem::BadLogo { path: path.to_string(), reason });
                None
            }
        }
    }
}

/// Whether a list of values (as typed: separated by commas, semicolons or
/// new lines) already names `value`, ignoring case and spaces around it.
pub fn has_value(list: &str, value: &str) -> bool {
    list.split([',', ';', '\n']).any(|v| crate::case::eq_ignore_case(v.trim(), value.trim()))
}

/// The list with `value` added at the end, or taken out when it is there;
/// everything else the user typed stays as it was.
pub fn toggle_value(list: &str, value: &str) -> String {
    if has_value(list, value) {
        let kept: Vec<&str> = list
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|v| !v.is_empty() && !crate::case::eq_ignore_case(v, value.trim()))
            .collect();
        kept.join(", ")
    } else if list.trim().is_empty() {
        value.trim().to_string()
    } else {
        format!("{}, {}", list.trim_end().trim_end_matches([',', ';']), value.trim())
    }
}

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

    #[test]
    fn suggestions() {
        assert_eq!(suggest("acent", THEME_KEYS, THEME_ALIASES), Some("accent"));
        assert_eq!(suggest("Accent-Ink", THEME_KEYS, THEME_ALIASES), Some("accent_ink"));
        assert_eq!(suggest("vertrouwen", DIMENSION_KEYS, DIMENSION_ALIASES), Some("trust"));
        assert_eq!(suggest("wieghts", TOP_KEYS, TOP_ALIASES), Some("weights"));
        assert_eq!(suggest("something", TOP_KEYS, TOP_ALIASES), None);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("nmae", "name"), 1);
        assert_eq!(suggest("price", DIMENSION_KEYS, DIMENSION_ALIASES), None);
    }
}
