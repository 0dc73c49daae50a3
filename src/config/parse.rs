//! Reading the file: the top level, texts in one or two languages, lists,
//! helper questions, weights and the language.

use serde_json::{Map, Value};

use super::problems::{shorten, Expected, Fallback, JsonKind, SHOW_CHARS};
use super::{
    ConfigProblem, LocalText, OrgConfig, Weights, CONFIG_VERSION, MAX_CONFIG_BYTES, MAX_HELPER_QUESTIONS,
    MAX_HELPER_QUESTION_CHARS, MAX_NAME_CHARS, MAX_PROBLEMS, MAX_VALUES, MAX_VALUE_CHARS, MAX_WEIGHT, MIN_WEIGHT,
};
use crate::domain::DimensionId;
use crate::i18n::Lang;

const TOP_KEYS: &[&str] = &[
    "$schema",
    "version",
    "name",
    "values",
    "helper_questions",
    "weights",
    "default_language",
    "theme",
    "groups",
    "suggested_groups",
    "message_words",
    "lenses",
];
/// Known keys and likely mix-ups, for naming an unknown key.
pub(super) type Keys<'a> = (&'a [&'static str], &'a [(&'a str, &'static str)]);
const LANG_KEYS: &[&str] = &["nl", "en"];
pub(super) const DIMENSION_KEYS: &[&str] =
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
    ("klantgroepen", "groups"),
    ("groepen", "groups"),
    ("customer_groups", "groups"),
    ("voorgestelde_groepen", "suggested_groups"),
    ("show_suggested_groups", "suggested_groups"),
    ("suggestions", "suggested_groups"),
    ("berichtwoorden", "message_words"),
    ("woorden", "message_words"),
    ("words", "message_words"),
    ("woordenlijst", "message_words"),
    ("jargon", "message_words"),
    ("lenzen", "lenses"),
];
pub(super) const DIMENSION_ALIASES: &[(&str, &str)] = &[
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

/// The known key nearest to an unknown one, if it is close enough to be a typo.
pub(super) fn suggest(key: &str, known: &[&'static str], aliases: &[(&str, &'static str)]) -> Option<&'static str> {
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

pub(super) fn dimension_of(key: &str) -> Option<DimensionId> {
    DimensionId::ALL.into_iter().find(|d| d.key() == key)
}

#[derive(Default)]
pub(super) struct Parser {
    problems: Vec<ConfigProblem>,
    unlisted: usize,
}

impl Parser {
    pub(super) fn report(&mut self, problem: ConfigProblem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    pub(super) fn wrong_type(&mut self, path: &str, expected: Expected, v: &Value, fallback: Fallback) {
        self.report(ConfigProblem::WrongType { path: path.to_string(), expected, found: JsonKind::of(v), fallback });
    }

    pub(super) fn unknown_keys(
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
        if let Some(v) = map.get("groups") {
            config.groups = self.groups(v);
        }
        if let Some(v) = map.get("suggested_groups") {
            config.hide_suggested_groups = self.hide_suggested_groups(v);
        }
        if let Some(v) = map.get("message_words") {
            config.message_words = self.message_words(v);
        }
        if let Some(v) = map.get("lenses") {
            config.lenses = self.lenses(v);
        }
        self.unknown_keys(map, "", TOP_KEYS, TOP_ALIASES);
        config
    }

    /// A trimmed, non-empty text of at most `max` characters.
    pub(super) fn text(&mut self, s: &str, path: &str, max: usize, fallback: Fallback) -> Option<String> {
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

    pub(super) fn local_text(&mut self, v: &Value, path: &str, max: usize, fallback: Fallback) -> Option<LocalText> {
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
    pub(super) fn list(&mut self, v: &Value, path: &str, max: usize, max_chars: usize) -> Vec<LocalText> {
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
        let of = |k: &str| dimension_of(k).map(DimensionId::index);
        let keys = (DIMENSION_KEYS, DIMENSION_ALIASES);
        self.keyed_lists(v, "helper_questions", keys, of, MAX_HELPER_QUESTIONS, MAX_HELPER_QUESTION_CHARS)
    }

    /// An object of lists of texts by key (`{"trust": ["…"]}`): each list
    /// at the index `of` gives its key; unknown keys are named.
    pub(super) fn keyed_lists<const N: usize>(
        &mut self,
        v: &Value,
        path: &str,
        (known, aliases): Keys,
        of: impl Fn(&str) -> Option<usize>,
        max: usize,
        max_chars: usize,
    ) -> [Vec<LocalText>; N] {
        let mut out: [Vec<LocalText>; N] = std::array::from_fn(|_| Vec::new());
        let Value::Object(m) = v else {
            self.wrong_type(path, Expected::Object, v, Fallback::LeftOut);
            return out;
        };
        for (key, list) in m {
            if let Some(i) = of(key).filter(|i| *i < N) {
                out[i] = self.list(list, &format!("{path}.{key}"), max, max_chars);
            }
        }
        self.unknown_keys(m, path, known, aliases);
        out
    }

    /// A list of keys (`["trust", "time"]`): each known one once, with its
    /// position, in the file's order; an unknown one is left out and named
    /// by `unknown` (path, the text shortened, the key it may mean). `None`
    /// when it is no list.
    pub(super) fn key_list<T: PartialEq>(
        &mut self,
        v: &Value,
        path: &str,
        fallback: Fallback,
        (known, aliases): Keys,
        of: impl Fn(&str) -> Option<T>,
        unknown: fn(String, String, Option<&'static str>) -> ConfigProblem,
    ) -> Option<Vec<(usize, T)>> {
        let Value::Array(items) = v else {
            self.wrong_type(path, Expected::List, v, fallback);
            return None;
        };
        let mut out: Vec<(usize, T)> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            let Value::String(key) = item else {
                self.wrong_type(&path, Expected::Text, item, Fallback::LeftOut);
                continue;
            };
            match of(key) {
                Some(t) if !out.iter().any(|(_, u)| *u == t) => out.push((i, t)),
                Some(_) => {}
                None => self.report(unknown(path, shorten(key, SHOW_CHARS), suggest(key, known, aliases))),
            }
        }
        Some(out)
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
}

#[cfg(test)]
mod tests {
    use super::super::colours::{THEME_ALIASES, THEME_KEYS};
    use super::*;

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
