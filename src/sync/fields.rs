//! How a record or round table splits into fields for merging: the leaves
//! of its JSON form down to one answer or one note, with paths such as
//! `assessment.dimensions.time.note` or `participants.p2.label`; and how
//! fields become a unit again.

use super::{Kind, Unit};
use crate::domain::sort_small_by;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Whether the object at `rest` (a path inside an assessment) splits further.
/// Customer groups are keyed by id (`groups.g1x.overrides.dimensions.time.note`).
/// The message check splits into its language and its versions (one field:
/// the list changes as a whole). Lenses split into `on` (one field), each
/// answer and note per lens and question
/// (`lenses.answers.b_map.motivation.answer`), the contact plan and the
/// journey (one field each: their parts only make sense together).
fn assessment_splits(rest: &str) -> bool {
    if let Some(group) = rest.strip_prefix("groups.") {
        return match group.split_once('.') {
            None => true,
            Some((_, "overrides")) => true,
            Some((_, inner)) => inner.strip_prefix("overrides.").is_some_and(|o| {
                let mut parts = o.split('.');
                matches!((parts.next(), parts.next(), parts.next()), (Some("dimensions" | "values" | "flags"), _, None))
            }),
        };
    }
    let mut parts = rest.split('.');
    let p: [Option<&str>; 5] = std::array::from_fn(|_| parts.next());
    matches!(
        p,
        [Some("" | "idea" | "dimensions" | "values" | "flags" | "message_check" | "lenses"), None, ..]
            | [Some("dimensions" | "values" | "flags"), Some(_), None, ..]
            | [Some("lenses"), Some("answers"), _, _, None]
    )
}

/// Whether the JSON object at `path` splits into fields (else it is one field).
fn splits(kind: Kind, path: &str) -> bool {
    if path.is_empty() {
        return true;
    }
    match kind {
        Kind::Record => match path.strip_prefix("assessment") {
            Some("") => true,
            Some(rest) => rest.strip_prefix('.').is_some_and(assessment_splits),
            None => false,
        },
        Kind::Table => {
            if path == "agreed" {
                return true;
            }
            if let Some(rest) = path.strip_prefix("agreed.") {
                return assessment_splits(rest);
            }
            let Some(rest) = path.strip_prefix("participants.") else { return false };
            match rest.split_once('.') {
                None => true,
                Some((_, "answers")) => true,
                Some((_, inner)) => inner.strip_prefix("answers.").is_some_and(assessment_splits),
            }
        }
    }
}

/// The arrays whose items have an `id` and merge item by item.
fn keyed_paths(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Record => &["assessment.groups"],
        Kind::Table => &["participants"],
    }
}

/// Whether the array at `path` holds items with an `id`, merged item by item.
fn keyed(kind: Kind, path: &str) -> bool {
    keyed_paths(kind).contains(&path)
}

/// Fields the merge leaves alone: identity, and the counters it handles itself.
fn skipped(kind: Kind, path: &str) -> bool {
    match kind {
        Kind::Record => matches!(path, "id" | "created" | "updated"),
        Kind::Table => matches!(path, "id" | "record_id" | "created" | "updated" | "seq" | "secret"),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A value as JSON (through the text form, so the program carries no second
/// serialiser per type). `Null` when it cannot be serialised.
pub(super) fn to_json<T: Serialize>(x: &T) -> Value {
    serde_json::to_string(x).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or(Value::Null)
}

/// The fields of a unit's JSON form: path to value, absent values left out.
pub fn fields(kind: Kind, v: &Value) -> BTreeMap<String, Value> {
    fn walk(kind: Kind, v: &Value, path: String, out: &mut BTreeMap<String, Value>) {
        match v {
            Value::Object(m) if splits(kind, &path) => {
                for (k, x) in m {
                    walk(kind, x, join(&path, k), out);
                }
            }
            Value::Array(items) if keyed(kind, &path) => {
                for item in items {
                    if let Some(id) = item.get("id").and_then(Value::as_str) {
                        walk(kind, item, join(&path, id), out);
                    }
                }
            }
            Value::Null => {}
            _ if skipped(kind, &path) => {}
            _ => {
                out.insert(path, v.clone());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(kind, v, String::new(), &mut out);
    out
}

/// The unit's JSON form without its fields: the objects that split, and the
/// skipped values (id, created, …). Keyed arrays become empty objects.
fn skeleton(kind: Kind, v: &Value, path: &str) -> Option<Value> {
    match v {
        Value::Object(m) if splits(kind, path) => {
            let mut out = Map::new();
            for (k, x) in m {
                if let Some(v) = skeleton(kind, x, &join(path, k)) {
                    out.insert(k.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        Value::Array(_) if keyed(kind, path) => Some(Value::Object(Map::new())),
        _ if skipped(kind, path) => Some(v.clone()),
        _ => None,
    }
}

/// Puts `value` at `path` in `root`, making the objects on the way.
fn put(root: &mut Value, path: &str, value: Value) {
    let mut cur = root;
    let mut segments = path.split('.').peekable();
    while let Some(seg) = segments.next() {
        let Value::Object(m) = cur else { return };
        if segments.peek().is_none() {
            m.insert(seg.to_owned(), value);
            return;
        }
        cur = m.entry(seg.to_owned()).or_insert_with(|| Value::Object(Map::new()));
    }
}

/// The number in an id such as `p12` or `p12x7`, for ordering keyed items.
fn id_number(id: &str) -> u64 {
    id.chars().skip_while(|c| !c.is_ascii_digit()).map_while(|c| c.to_digit(10)).fold(0, |n, d| n * 10 + d as u64)
}

/// Builds a unit's JSON form from a skeleton and fields. Keyed items become
/// an array again, in the order of their id numbers; an item whose `id`
/// field is gone (removed in a tab) is left out.
fn build(kind: Kind, mut root: Value, fields: &BTreeMap<String, Value>) -> Value {
    for (path, v) in fields {
        put(&mut root, path, v.clone());
    }
    for path in keyed_paths(kind) {
        let slot = path.split('.').try_fold(&mut root, |v, seg| v.get_mut(seg));
        if let Some(slot) = slot {
            if let Value::Object(m) = std::mem::take(slot) {
                let mut items: Vec<Value> = m.into_iter().map(|(_, v)| v).filter(|v| v.get("id").is_some()).collect();
                let key = |v: &Value| {
                    let id = v.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
                    (id_number(&id), id)
                };
                sort_small_by(&mut items, |a, b| key(a).cmp(&key(b)));
                *slot = Value::Array(items);
            }
        }
    }
    root
}

/// The unit with fields set to values given as JSON text (for "restore my
/// version"; see [`Lost`]). The unit unchanged when the result would not be
/// a valid unit; a value that is not JSON is skipped.
pub fn with_fields<T: Unit>(unit: &T, set: &[(String, String)]) -> T {
    let json = to_json(unit);
    let mut all = fields(T::KIND, &json);
    for (path, text) in set {
        let Ok(v) = serde_json::from_str::<Value>(text) else { continue };
        if v.is_null() {
            all.remove(path);
        } else {
            all.insert(path.clone(), v);
        }
    }
    rebuild(&json, &all).unwrap_or_else(|| unit.clone())
}

/// A unit from fields, with the identity (id, created, …) and the shape of
/// `template` (its JSON form). `None` when the result is not a valid unit.
pub(super) fn rebuild<T: Unit>(template: &Value, fields: &BTreeMap<String, Value>) -> Option<T> {
    let root = build(T::KIND, skeleton(T::KIND, template, "")?, fields);
    let mut t: T = serde_json::from_str(&root.to_string()).ok()?;
    t.tidy();
    Some(t)
}
