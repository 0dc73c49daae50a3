//! The participant page's storage (`participant.html`, the lean program):
//! the sessions this phone took part in, newest first, and the language the
//! participant chose. A JSON document of its own, under its own key, so the
//! main app's collection and the participant page never write over each
//! other. Compact, and read with what the page needs anyway: each session
//! keeps its invite as the code it came in (`r1.…`, read with
//! `decode_invite`) and its answers as an answer code carries them. See
//! `docs/FORMAT.md`, "Participant page storage".

use super::roundtable::{decode_invite, Answers, Invite, ParticipantSession};
use super::{json_error, validate_assessment, validate_text, DecodeError, MAX_FILE_BYTES};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The storage key.
pub const STORAGE_KEY: &str = "wenselijk.participant";
/// Where unreadable content is copied (with a time stamp added) before
/// anything is written.
pub const BACKUP_KEY: &str = "wenselijk.participant.backup";
pub const FORMAT: &str = "wenselijk-participant";
pub const VERSION: u32 = 1;
/// Sessions kept; opening a newer one forgets the oldest.
pub const MAX_SESSIONS: usize = 8;

/// A session on this phone and the invite code it was opened with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Joined {
    /// The invite as it came (`r1.…`).
    pub code: String,
    pub session: ParticipantSession,
}

impl Joined {
    /// The session `invite` (read from `code`) opens, fresh.
    pub fn new(code: String, invite: Invite) -> Joined {
        Joined { code, session: ParticipantSession::new(invite) }
    }
}

/// What the participant page keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// The language the participant chose; none: the browser's.
    pub lang: Option<Lang>,
    /// Newest first.
    pub sessions: Vec<Joined>,
}

/// One session as stored.
#[derive(Serialize, Deserialize)]
struct SessionWire {
    invite: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    answers: Answers,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    left: bool,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    format: String,
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    #[serde(default)]
    sessions: Vec<SessionWire>,
}

/// `kept` as stored text.
pub fn encode(kept: &Kept) -> String {
    let sessions = kept
        .sessions
        .iter()
        .map(|j| SessionWire {
            invite: j.code.clone(),
            label: j.session.label.clone(),
            answers: Answers::of(&j.session.answers),
            left: j.session.left,
        })
        .collect();
    let wire = Wire { format: FORMAT.to_owned(), version: VERSION, lang: kept.lang, sessions };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// Reads stored text: each invite read as from a link, the answers checked
/// as from an answer code; at most [`MAX_SESSIONS`] kept.
pub fn decode(text: &str) -> Result<Kept, DecodeError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    let wire: Wire = serde_json::from_str(text).map_err(json_error)?;
    if wire.format != FORMAT {
        return Err(DecodeError::NotOurs);
    }
    if wire.version > VERSION {
        return Err(DecodeError::FutureVersion(wire.version));
    }
    let mut sessions = Vec::new();
    for (i, w) in wire.sessions.into_iter().take(MAX_SESSIONS).enumerate() {
        let invite = decode_invite(&w.invite)?;
        validate_text(&w.label, || format!("sessions[{i}].label"))?;
        let mut answers = w.answers.into_assessment();
        validate_assessment(&answers, &format!("sessions[{i}].answers"))?;
        answers.normalise();
        let session = ParticipantSession { invite, label: w.label, answers, left: w.left };
        sessions.push(Joined { code: w.invite, session });
    }
    Ok(Kept { lang: wire.lang, sessions })
}
