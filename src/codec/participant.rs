//! The participant page's storage (`participant.html`, the lean program):
//! the sessions this phone took part in, newest first, and the language the
//! participant chose. A JSON document of its own, under its own key, so the
//! main app's collection and the participant page never write over each
//! other. See `docs/FORMAT.md`, "Participant page storage".

use super::roundtable::{validate_invite, ParticipantSession};
use super::{json_error, validate_assessment, validate_text, DecodeError, MAX_FILE_BYTES};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The storage key.
pub const STORAGE_KEY: &str = "wenselijk.participant";
/// Where unreadable content is copied before anything is written.
pub const BACKUP_KEY: &str = "wenselijk.participant.backup";
pub const FORMAT: &str = "wenselijk-participant";
pub const VERSION: u32 = 1;
/// Sessions kept; opening a newer one forgets the oldest.
pub const MAX_SESSIONS: usize = 8;

/// What the participant page keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// The language the participant chose; none: the browser's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Newest first.
    #[serde(default)]
    pub sessions: Vec<ParticipantSession>,
}

#[derive(Serialize)]
struct Out<'a> {
    format: &'a str,
    version: u32,
    #[serde(flatten)]
    kept: &'a Kept,
}

#[derive(Deserialize)]
struct In {
    format: Option<String>,
    version: Option<u32>,
    #[serde(flatten)]
    kept: Kept,
}

/// `kept` as stored text.
pub fn encode(kept: &Kept) -> String {
    serde_json::to_string(&Out { format: FORMAT, version: VERSION, kept }).unwrap_or_default()
}

/// Reads stored text: every session checked as an invite and answers from
/// a code would be; at most [`MAX_SESSIONS`] kept.
pub fn decode(text: &str) -> Result<Kept, DecodeError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    let doc: In = serde_json::from_str(text).map_err(json_error)?;
    if doc.format.as_deref() != Some(FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    match doc.version {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(DecodeError::FutureVersion(v)),
        _ => return Err(DecodeError::NotOurs),
    }
    let mut kept = doc.kept;
    kept.sessions.truncate(MAX_SESSIONS);
    for (i, s) in kept.sessions.iter_mut().enumerate() {
        s.invite = validate_invite(std::mem::take(&mut s.invite))?;
        validate_text(&s.label, || format!("sessions[{i}].label"))?;
        validate_assessment(&s.answers, &format!("sessions[{i}].answers"))?;
        s.answers.normalise();
    }
    Ok(kept)
}
