//! How the app is embedded in an organisation's pages: the options a host
//! gives (URL parameters such as `?lang=en&start=empty&compact=1`, or the
//! `data-*` attributes of the element the app is mounted in), and the
//! messages the app sends to the host when the verdict changes.
//!
//! Pure: the UI reads the parameters and sends the messages; this module
//! only decides what they mean. The format is documented in `docs/EMBED.md`.

use crate::domain::lens::{self, LensRules, Lenses, Status};
use crate::domain::scoring::{Confidence, Outcome};
use crate::domain::ExampleId;
use crate::i18n::{ui as t, Lang};

/// What the app opens with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Start {
    /// The start view with the user's own assessments (the default).
    #[default]
    Library,
    /// An empty assessment.
    Empty,
    /// A built-in example.
    Example(ExampleId),
}

/// The colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's system setting.
    Auto,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The host's wishes. Every field has a sensible default, so a page without
/// any parameter is the full app.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Options {
    pub lang: Option<Lang>,
    pub start: Start,
    /// Without the app's own header (name, navigation, language switch).
    pub compact: bool,
    pub theme: Theme,
    /// Where the organisation's configuration is, relative to the app.
    pub config: Option<String>,
    /// The host page's origin: messages are sent to it and to no other.
    pub parent_origin: Option<String>,
}

/// A parameter the app could not use; the default is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionProblem {
    pub key: String,
    pub value: String,
    /// What the parameter accepts.
    pub expected: &'static str,
}

impl OptionProblem {
    pub fn describe(&self, lang: Lang) -> String {
        t::EMBED_BAD_OPTION.fill(lang, &[("key", &self.key), ("value", &self.value), ("expected", self.expected)])
    }
}

/// The option names, as URL parameters; as attributes they get `data-`.
pub const KEYS: [&str; 6] = ["lang", "start", "compact", "theme", "config", "origin"];

/// Reads the options from name/value pairs (URL parameters, or `data-*`
/// attributes with the prefix already removed). Unknown names are left
/// alone: a URL may carry a host's own parameters. A known name with a value
/// the app cannot use is reported and its default kept. A later value for
/// the same name wins.
pub fn parse<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> (Options, Vec<OptionProblem>) {
    let mut o = Options::default();
    let mut problems = Vec::new();
    for (k, v) in pairs {
        let (key, value) = (k.as_ref(), v.as_ref().trim());
        let mut bad = |expected: &'static str| {
            problems.push(OptionProblem { key: key.to_string(), value: value.chars().take(80).collect(), expected })
        };
        match key {
            "lang" => match Lang::from_code(value) {
                Some(lang) => o.lang = Some(lang),
                None => bad("nl, en"),
            },
            "start" => match parse_start(value) {
                Some(s) => o.start = s,
                None => bad("library, empty, example:<id>"),
            },
            "compact" => match value {
                "" | "1" | "true" | "yes" => o.compact = true,
                "0" | "false" | "no" => o.compact = false,
                _ => bad("1, 0"),
            },
            "theme" => match value {
                "light" => o.theme = Theme::Light,
                "dark" => o.theme = Theme::Dark,
                "auto" => o.theme = Theme::Auto,
                _ => bad("light, dark, auto"),
            },
            "config" => {
                if is_relative_path(value) {
                    o.config = Some(value.to_string());
                } else {
                    bad("a path in the app's own folder, such as wenselijk.config.json");
                }
            }
            "origin" => match normalise_origin(value) {
                Some(origin) => o.parent_origin = Some(origin),
                None => bad("https://host.example"),
            },
            _ => {}
        }
    }
    (o, problems)
}

fn parse_start(value: &str) -> Option<Start> {
    match value {
        "" | "library" => Some(Start::Library),
        "empty" | "new" => Some(Start::Empty),
        _ => {
            let id = value.strip_prefix("example:").unwrap_or(value);
            ExampleId::ALL.into_iter().find(|e| example_key(*e) == id).map(Start::Example)
        }
    }
}

/// The name of an example in parameters: its serialised name.
pub fn example_key(id: ExampleId) -> String {
    // A plain name: its JSON is the name in quotes (no `to_value`, for size).
    let json = serde_json::to_string(&id).unwrap_or_default();
    json.trim_matches('"').to_string()
}

/// A path that stays inside the app's own folder on its own origin: no
/// scheme, no host, no way up, no backslashes, not empty, not too long.
pub fn is_relative_path(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 300
        && !p.starts_with('/')
        && !p.contains(':')
        && !p.contains('\\')
        && !p.chars().any(char::is_control)
        && !p.split(['/', '?', '#']).any(|seg| seg == "..")
}

/// `scheme://host[:port]` for http(s), lower-cased, without a trailing slash;
/// `None` for anything else (paths, `*`, `null`, other schemes).
pub fn normalise_origin(value: &str) -> Option<String> {
    let v = value.trim().trim_end_matches('/').to_ascii_lowercase();
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"))?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !h.contains(']') || h.ends_with(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'))
        && !host.starts_with('.');
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    (host_ok && port_ok).then_some(v)
}

/// Where messages to the host go: the configured origin, else the origin of
/// the page that framed the app (from `document.referrer`), else nowhere.
/// Never `*`: an assessment's verdict is not for every page that frames it.
pub fn message_target(options: &Options, referrer: &str) -> Option<String> {
    if let Some(o) = &options.parent_origin {
        return Some(o.clone());
    }
    let scheme_end = referrer.find("://")? + 3;
    let host_end = referrer[scheme_end..].find(['/', '?', '#']).map_or(referrer.len(), |i| scheme_end + i);
    normalise_origin(&referrer[..host_end])
}

/// The message sent to the host when the verdict changes, as JSON. It tells
/// the verdict and how sure it is, and each customer group's verdict by its
/// position (`"groups": ["conditional", "crosses-line"]`, `null` for a group
/// without a verdict yet), and the message check's figures of the
/// customer's text (`"message": {"band": "b1-or-easier", "ease": 72.4,
/// "words": 41, "findings": 3}`, `null` without a text), and each lens that
/// is on (`"lenses": [{"lens": "b_map", "counts": false, "worst": "at-risk",
/// "broken": 0, "at_risk": 2}]`, `[]` when none is on); never the idea's
/// texts or notes, nor the groups' names, descriptions or notes, nor the
/// lenses' notes, journey or questions.
pub fn verdict_message(
    outcome: &Outcome,
    assessment_id: Option<&str>,
    message: Option<&crate::message::Analysis>,
    lenses: (&Lenses, &LensRules),
    lang: Lang,
) -> String {
    let (ls, rules) = lenses;
    let lenses: Vec<serde_json::Value> = lens::evaluate_all(ls, &rules.extra)
        .iter()
        .map(|r| {
            serde_json::json!({
                "lens": r.lens.key(),
                "counts": rules.counting.has(r.lens),
                "worst": r.worst().key(),
                "broken": r.count(Status::Broken),
                "at_risk": r.count(Status::AtRisk),
            })
        })
        .collect();
    let confidence = match outcome.confidence {
        Confidence::Low => "low",
        Confidence::Medium => "medium",
        Confidence::High => "high",
    };
    let label = t::verdict_name(outcome.verdict).get(lang);
    serde_json::json!({
        "source": "wenselijk",
        "version": 1,
        "type": "verdict",
        "assessment": assessment_id,
        "verdict": outcome.verdict.map(|v| v.key()),
        "label": label,
        "confidence": confidence,
        "known": outcome.known,
        "total": outcome.total,
        "average": outcome.average.map(|a| (a * 100.0).round() / 100.0),
        "groups": outcome.groups.iter().map(|g| g.outcome.verdict.map(|v| v.key())).collect::<Vec<_>>(),
        "message": message.map(|m| serde_json::json!({
            "band": match m.figures.band() {
                crate::message::Band::B1OrEasier => "b1-or-easier",
                crate::message::Band::HarderThanB1 => "harder-than-b1",
                crate::message::Band::Empty => "none",
            },
            "ease": m.figures.ease.map(|e| (e * 10.0).round() / 10.0),
            "words": m.figures.words,
            "findings": m.findings.len(),
        })),
        "lenses": lenses,
    })
    .to_string()
}

/// The message sent once the app has started.
pub fn ready_message(lang: Lang) -> String {
    serde_json::json!({ "source": "wenselijk", "version": 1, "type": "ready", "lang": lang.code() }).to_string()
}
