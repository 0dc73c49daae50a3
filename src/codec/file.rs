//! Export and import files (`wenselijk-export`, version 4; version 2 added
//! customer groups, version 3 the message check (the text's language and
//! its earlier versions), version 4 the lenses; older files read as having
//! none): any number of
//! assessments with their ids and timestamps, as pretty-printed JSON, so a
//! person can read and diff them. See `docs/FORMAT.md`.

use super::{json_error, validate_assessment, validate_id, DecodeError, MAX_ASSESSMENTS, MAX_FILE_BYTES};
use crate::domain::Record;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "wenselijk-export";
pub const VERSION: u32 = 4;

#[derive(Serialize)]
struct FileOut<'a, R> {
    format: &'static str,
    version: u32,
    exported: u64,
    assessments: &'a [R],
}

/// Read first, so that a foreign or newer file is named as such even when
/// the rest would not parse.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// The part of a file that is kept (version 1 is version 4 without groups, message check and lenses, version 2 without the last two, version 3 without lenses). `exported` is informative
/// only; unknown fields are ignored.
#[derive(Deserialize)]
struct FileIn {
    assessments: Vec<Record>,
}

/// A file with these records, pretty-printed. `exported_at`: ms since epoch.
pub fn export<R: std::borrow::Borrow<Record> + Serialize>(records: &[R], exported_at: u64) -> String {
    let doc = FileOut { format: FORMAT, version: VERSION, exported: exported_at, assessments: records };
    // Plain structs with string keys: serialising cannot fail.
    super::to_pretty_json(&doc)
}

/// The records of a file, validated; never panics.
pub fn import(text: &str) -> Result<Vec<Record>, DecodeError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    // Editors on some systems start a UTF-8 file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = serde_json::from_str(text).map_err(json_error)?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    match header.version {
        Some(v) if v > VERSION => return Err(DecodeError::FutureVersion(v)),
        Some(0) => return Err(DecodeError::Malformed("\"version\" 0 does not exist; the first is 1".into())),
        Some(_) => {}
        None => return Err(DecodeError::Malformed("\"version\" is missing".into())),
    }
    let file: FileIn = serde_json::from_str(text).map_err(json_error)?;
    let mut records = file.assessments;
    if records.len() > MAX_ASSESSMENTS {
        return Err(DecodeError::TooMany { count: records.len(), limit: MAX_ASSESSMENTS });
    }
    // Ids seen so far with their index, sorted by id (a sorted list is
    // smaller in the program than a `BTreeMap`).
    let mut seen: Vec<(&str, usize)> = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let path = format!("assessments[{i}]");
        validate_id(&r.id, &format!("{path}.id"))?;
        match seen.binary_search_by(|(id, _)| (*id).cmp(r.id.as_str())) {
            Ok(at) => {
                let first = seen[at].1;
                return Err(DecodeError::Malformed(format!(
                    "{path}.id \"{}\" is already used by assessments[{first}]; ids must be unique",
                    r.id
                )));
            }
            Err(at) => seen.insert(at, (&r.id, i)),
        }
        validate_assessment(&r.assessment, &path)?;
    }
    for r in &mut records {
        r.assessment.normalise();
    }
    Ok(records)
}
