//! Everything that turns assessments into text and back: browser storage,
//! export files and share links. Every decoder is total: it returns a value
//! or a [`DecodeError`] naming the problem, never panics, and never returns
//! half-read data.
//!
//! The formats are documented in `docs/FORMAT.md`.

pub mod b64;
pub mod file;
pub mod link;
pub mod participant;
pub mod paste;
pub mod qr;
pub mod roundtable;
pub mod storage;
pub mod storage_v1;

use crate::domain::lens::{self, plan::MAX_PER_WEEK, Lenses, MAX_STEPS};
use crate::domain::{Assessment, Group, IdeaField, MessageCheck, Share, MAX_GROUPS, MAX_MESSAGE_VERSIONS};

/// Why input could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// More bytes than allowed, before parsing.
    TooLarge { bytes: usize, limit: usize },
    /// Not JSON, or JSON of the wrong shape: the parser's message.
    Malformed(String),
    /// JSON, but not a Wenselijk document of the expected kind.
    NotOurs,
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// More assessments than allowed in one file.
    TooMany { count: usize, limit: usize },
    /// A text field longer than allowed: which field, its length, the limit.
    TextTooLong { field: String, chars: usize, limit: usize },
    /// A share link that is not valid base64url / deflate.
    BadLink(String),
}

/// Limits that keep hostile input from hurting the page.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_ASSESSMENTS: usize = 1000;
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest record id (characters) an import accepts.
pub const MAX_ID_CHARS: usize = 100;

/// A parser error as a [`DecodeError`]; serde_json's message names the line
/// and column.
pub(crate) fn json_error(e: serde_json::Error) -> DecodeError {
    DecodeError::Malformed(e.to_string())
}

/// `value` as JSON, indented exactly as `serde_json::to_string_pretty`
/// writes it (two spaces, `"key": value`, `[]` and `{}` when empty), but
/// made from the compact form: the program then carries one serialiser per
/// type instead of two. Empty when `value` cannot be serialised.
pub fn to_pretty_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let compact = serde_json::to_string(value).unwrap_or_default();
    let mut out = String::with_capacity(compact.len() * 3 / 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '[' | '{' => {
                out.push(c);
                let close = if c == '[' { ']' } else { '}' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// Parses JSON bytes (inflated from a link or code). Goes through `&str` so
/// the program carries one JSON reader (`from_str`) instead of two.
pub(crate) fn json_from_bytes<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, DecodeError> {
    let text = std::str::from_utf8(json).map_err(|e| DecodeError::Malformed(format!("not UTF-8: {e}")))?;
    serde_json::from_str(text).map_err(json_error)
}

/// `path.name`, or `name` at the top level.
fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// Refuses a text longer than [`MAX_TEXT_CHARS`] characters (not bytes);
/// `field` names it, e.g. `assessments[3].idea.title`.
pub fn validate_text(text: &str, field: impl FnOnce() -> String) -> Result<(), DecodeError> {
    // A string of at most N bytes has at most N chars: skip counting.
    if text.len() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(DecodeError::TextTooLong { field: field(), chars, limit: MAX_TEXT_CHARS });
    }
    Ok(())
}

/// Checks every text of an assessment against [`MAX_TEXT_CHARS`]. `path`
/// prefixes the field names in the error (`""` for none), so the message
/// reads e.g. `assessments[0].dimensions.time.note`.
pub fn validate_assessment(a: &Assessment, path: &str) -> Result<(), DecodeError> {
    for f in IdeaField::ALL {
        validate_text(a.idea.get(f), || join(path, &format!("idea.{}", f.key())))?;
    }
    for (d, e) in &a.dimensions {
        validate_text(&e.note, || join(path, &format!("dimensions.{}.note", d.key())))?;
    }
    for (q, e) in &a.values {
        validate_text(&e.note, || join(path, &format!("values.{}.note", q.key())))?;
    }
    validate_text(&a.org_values, || join(path, "org_values"))?;
    for (f, e) in &a.flags {
        validate_text(&e.note, || join(path, &format!("flags.{}.note", f.key())))?;
    }
    validate_groups(&a.groups, path)?;
    validate_message_check(&a.message_check, path)?;
    validate_lenses(&a.lenses, &join(path, "lenses"))
}

/// Lenses: each on once; answers only to the lens's questions, of the
/// question's kind, notes within the limit; a journey of at most
/// [`MAX_STEPS`] steps whose `at` names one of them; a contact plan's hour
/// 0–23 and 1 to [`MAX_PER_WEEK`] contacts a week. `path` is e.g.
/// `assessments[0].lenses`.
fn validate_lenses(ls: &Lenses, path: &str) -> Result<(), DecodeError> {
    let bad = |what: String| Err(DecodeError::Malformed(format!("{path}.{what}")));
    for (i, l) in ls.on.iter().enumerate() {
        if ls.on[..i].contains(l) {
            return bad(format!("on[{i}] \"{}\" is already on; each lens is on once", l.key()));
        }
    }
    for (l, answers) in &ls.answers {
        for (key, e) in answers {
            let at = format!("answers.{}.{key}", l.key());
            if !lens::is_question(*l, key) {
                return bad(format!("{at} is not a question of this lens"));
            }
            if e.answer.is_some_and(|a| !a.fits(lens::is_scale(*l, key))) {
                return bad(format!("{at}.answer does not fit the question (a scale or yes / no)"));
            }
            validate_text(&e.note, || format!("{path}.{at}.note"))?;
        }
    }
    let j = &ls.journey;
    if j.steps.len() > MAX_STEPS {
        return bad(format!("journey.steps holds {} steps; a journey has at most {MAX_STEPS}", j.steps.len()));
    }
    for (i, s) in j.steps.iter().enumerate() {
        validate_text(&s.name, || format!("{path}.journey.steps[{i}].name"))?;
    }
    if let Some(at) = j.at.filter(|at| usize::from(*at) >= j.steps.len()) {
        return bad(format!("journey.at is {at}; the journey has {} steps", j.steps.len()));
    }
    if let Some(h) = ls.plan.hour.filter(|h| *h > 23) {
        return bad(format!("plan.hour is {h}; an hour is 0 to 23"));
    }
    if let Some(n) = ls.plan.per_week.filter(|n| !(1..=MAX_PER_WEEK).contains(n)) {
        return bad(format!("plan.per_week is {n}; it is 1 to {MAX_PER_WEEK}"));
    }
    Ok(())
}

/// The message check's earlier versions: at most [`MAX_MESSAGE_VERSIONS`],
/// each text within the limit.
fn validate_message_check(m: &MessageCheck, path: &str) -> Result<(), DecodeError> {
    if m.versions.len() > MAX_MESSAGE_VERSIONS {
        return Err(DecodeError::Malformed(format!(
            "{} holds {} versions of the message; an assessment keeps at most {MAX_MESSAGE_VERSIONS}",
            join(path, "message_check.versions"),
            m.versions.len()
        )));
    }
    for (i, v) in m.versions.iter().enumerate() {
        validate_text(&v.text, || join(path, &format!("message_check.versions[{i}].text")))?;
    }
    Ok(())
}

/// Customer groups: at most [`MAX_GROUPS`], unique ids, texts within limits,
/// a share of at most 100%.
fn validate_groups(groups: &[Group], path: &str) -> Result<(), DecodeError> {
    if groups.len() > MAX_GROUPS {
        return Err(DecodeError::Malformed(format!(
            "{} holds {} customer groups; an assessment may have at most {MAX_GROUPS}",
            join(path, "groups"),
            groups.len()
        )));
    }
    for (i, g) in groups.iter().enumerate() {
        let at = join(path, &format!("groups[{i}]"));
        validate_id(&g.id, &format!("{at}.id"))?;
        if g.id.contains('.') {
            return Err(DecodeError::Malformed(format!("{at}.id \"{}\" contains a dot; a group id may not", g.id)));
        }
        if let Some(j) = groups[..i].iter().position(|o| o.id == g.id) {
            return Err(DecodeError::Malformed(format!(
                "{at}.id \"{}\" is already used by groups[{j}]; ids must be unique",
                g.id
            )));
        }
        validate_text(&g.name, || format!("{at}.name"))?;
        validate_text(&g.description, || format!("{at}.description"))?;
        if let Share::Percent(p) = g.share {
            if p > 100 {
                return Err(DecodeError::Malformed(format!("{at}.share is {p}%; a share is at most 100%")));
            }
        }
        let o = &g.overrides;
        for (d, e) in &o.dimensions {
            validate_text(&e.note, || format!("{at}.overrides.dimensions.{}.note", d.key()))?;
        }
        for (q, e) in &o.values {
            validate_text(&e.note, || format!("{at}.overrides.values.{}.note", q.key()))?;
        }
        for (f, e) in &o.flags {
            validate_text(&e.note, || format!("{at}.overrides.flags.{}.note", f.key()))?;
        }
    }
    Ok(())
}

/// Checks a record id: not empty, at most [`MAX_ID_CHARS`] characters.
/// `path` names the field, e.g. `assessments[2].id`.
pub fn validate_id(id: &str, path: &str) -> Result<(), DecodeError> {
    validate_text(id, || path.to_owned())?;
    if id.is_empty() {
        return Err(DecodeError::Malformed(format!("{path} is empty; every assessment needs an id")));
    }
    let chars = id.chars().count();
    if chars > MAX_ID_CHARS {
        return Err(DecodeError::Malformed(format!(
            "{path} is {chars} characters long; an id may have at most {MAX_ID_CHARS}"
        )));
    }
    Ok(())
}
