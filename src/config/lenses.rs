//! The organisation's lenses (`lenses`, issue 14): which are offered, which
//! are on in a new blank assessment, which count, and extra questions per
//! lens.
//!
//! `offered` defaults to every lens; `on` and `count` to none. A lens in
//! `on` or `count` that is not offered is left out with a problem. An
//! unknown lens key is left out on its own, with the key it may mean.

use serde_json::Value;

use super::parse::Parser;
use super::problems::{Expected, Fallback};
use super::{ConfigProblem, LensId, LensSet, OrgLenses, MAX_EXTRA_QUESTIONS, MAX_HELPER_QUESTION_CHARS};

const KEYS: &[&str] = &["offered", "on", "count", "questions"];
const ALIASES: &[(&str, &str)] = &[
    ("aangeboden", "offered"),
    ("available", "offered"),
    ("aan", "on"),
    ("default_on", "on"),
    ("counts", "count"),
    ("telt_mee", "count"),
    ("tellen_mee", "count"),
    ("vragen", "questions"),
    ("extra_questions", "questions"),
];
const LENS_ALIASES: &[(&str, &str)] = &[
    ("gouden_regels", "golden_rules"),
    ("golden", "golden_rules"),
    ("bmap", "b_map"),
    ("fogg", "b_map"),
    ("momenten", "moments"),
    ("moments_that_matter", "moments"),
    ("peaks_and_ends", "peaks_ends"),
    ("pieken_en_eindes", "peaks_ends"),
    ("emoties", "emotions"),
    ("emotions_and_trust", "emotions"),
];

fn unknown_lens(path: String, found: String, suggestion: Option<&'static str>) -> ConfigProblem {
    ConfigProblem::UnknownLens { path, found, suggestion }
}

impl Parser {
    pub(super) fn lenses(&mut self, v: &Value) -> OrgLenses {
        let mut out = OrgLenses::default();
        let Value::Object(m) = v else {
            self.wrong_type("lenses", Expected::Object, v, Fallback::Default);
            return out;
        };
        self.unknown_keys(m, "lenses", KEYS, ALIASES);
        if let Some(v) = m.get("offered") {
            out.offered = self.lens_set(v, "lenses.offered", Fallback::Default, LensSet::ALL).unwrap_or(LensSet::ALL);
        }
        for (key, set) in [("on", &mut out.on), ("count", &mut out.counting)] {
            if let Some(v) = m.get(key) {
                *set = self.lens_set(v, &format!("lenses.{key}"), Fallback::LeftOut, out.offered).unwrap_or_default();
            }
        }
        if let Some(v) = m.get("questions") {
            out.questions = self.keyed_lists(
                v,
                "lenses.questions",
                (&LensId::ALL.map(LensId::key), LENS_ALIASES),
                |k| LensId::from_key(k).map(LensId::index),
                MAX_EXTRA_QUESTIONS,
                MAX_HELPER_QUESTION_CHARS,
            );
        }
        out
    }

    /// A list of lens keys, each once; a lens not in `within` is left out
    /// with a problem. `None` when it is no list.
    fn lens_set(&mut self, v: &Value, path: &str, fallback: Fallback, within: LensSet) -> Option<LensSet> {
        let keys = (&LensId::ALL.map(LensId::key)[..], LENS_ALIASES);
        let lenses = self.key_list(v, path, fallback, keys, LensId::from_key, unknown_lens)?;
        let mut set = LensSet::NONE;
        for (i, l) in lenses {
            if within.has(l) {
                set = set.with(l, true);
            } else {
                self.report(ConfigProblem::LensNotOffered { path: format!("{path}[{i}]"), found: l.key() });
            }
        }
        Some(set)
    }
}
