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
//!
//! Split by concern: `problems` (what can be wrong and how it is said),
//! `parse` (reading the file, texts, lists, weights, language), `colours`
//! (colours, contrast and the logo), `groups` (the organisation's customer
//! groups), `words` (its own words for the message check), `lenses` (which lenses
//! are offered, on and count, and extra questions per lens).

mod colours;
mod groups;
mod lenses;
mod parse;
mod problems;
mod words;

use crate::domain::DimensionId;
use crate::i18n::{config as t, Lang};
use crate::message::OrgWords;

pub use crate::domain::lens::{LensId, LensRules, LensSet, MAX_EXTRA_QUESTIONS};
pub use crate::domain::scoring::{Scoring, Weights, MAX_WEIGHT, MIN_WEIGHT};
pub use colours::{
    check_logo, Colour, Theme, CARD, DEFAULT_ACCENT, DEFAULT_ACCENT_INK, DEFAULT_BACKGROUND, DEFAULT_INK,
};
pub use parse::parse;
pub use problems::{ConfigProblem, ContrastWith, Expected, Fallback, JsonKind, LogoReason};

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
/// The organisation's own customer groups: as many as one assessment holds.
pub const MAX_ORG_GROUPS: usize = crate::domain::MAX_GROUPS;
pub const MAX_GROUP_NAME_CHARS: usize = 80;
pub const MAX_GROUP_DESCRIPTION_CHARS: usize = 200;
/// The organisation's own words for the message check: to avoid, and fine.
pub const MAX_AVOID_WORDS: usize = 200;
pub const MAX_FINE_WORDS: usize = 200;
/// A word or phrase, after its spaces are made single.
pub const MAX_WORD_CHARS: usize = 60;
/// The plainer alternative to a word to avoid.
pub const MAX_INSTEAD_CHARS: usize = 120;
/// After this many problems the rest is only counted ([`ConfigProblem::MoreProblems`]).
pub const MAX_PROBLEMS: usize = 50;

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
    /// The organisation's own words for the message check (issue 13): to
    /// avoid, at most [`MAX_AVOID_WORDS`], and fine, at most
    /// [`MAX_FINE_WORDS`]; each word lower case with single spaces, once,
    /// and never in both lists.
    pub message_words: OrgWords,
    /// Which lenses are offered, on for a new assessment, and count, with
    /// the organisation's extra questions per lens (issue 14).
    pub lenses: OrgLenses,
}

/// The organisation's lens settings. The default offers every lens, none
/// on and none counting: lenses are advisory.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgLenses {
    pub offered: LensSet,
    /// Switched on in a new blank assessment (always within `offered`).
    pub on: LensSet,
    /// A broken point caps the verdict (always within `offered`).
    pub counting: LensSet,
    /// Extra yes / no questions per lens, indexed like [`LensId::ALL`], at
    /// most [`MAX_EXTRA_QUESTIONS`] each; "no" is a broken point.
    pub questions: [Vec<LocalText>; 5],
}

impl Default for OrgLenses {
    fn default() -> Self {
        OrgLenses { offered: LensSet::ALL, on: LensSet::NONE, counting: LensSet::NONE, questions: Default::default() }
    }
}

impl OrgLenses {
    pub fn questions(&self, l: LensId) -> &[LocalText] {
        &self.questions[l.index()]
    }

    /// The extra questions of a lens in one language, for the questions view.
    pub fn question_texts(&self, l: LensId, lang: Lang) -> Vec<String> {
        self.questions(l).iter().map(|q| q.get(lang).to_owned()).collect()
    }

    /// What scoring needs: the lenses that count, the extra questions' number.
    pub fn rules(&self) -> LensRules {
        let mut extra = [0u8; 5];
        for (n, q) in extra.iter_mut().zip(&self.questions) {
            *n = q.len().min(MAX_EXTRA_QUESTIONS) as u8;
        }
        LensRules { counting: self.counting, extra }
    }
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
    /// The weights and the lenses that count, for `scoring::evaluate_with`.
    pub fn scoring(&self) -> Scoring {
        Scoring { weights: self.weights, lenses: self.lenses.rules() }
    }

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
