//! The first release's storage format (`wenselijk-session`, version 1: one
//! assessment). Only read, to migrate; kept so such data is never lost.

use super::DecodeError;
use crate::domain::{Assessment, View};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The storage key of the current session.
pub const STORAGE_KEY: &str = "wenselijk.session";
/// The format name written into every saved document.
pub const FORMAT: &str = "wenselijk-session";
/// The newest format version this build writes and reads.
pub const VERSION: u32 = 1;
/// Refuse documents larger than this (bytes), before parsing.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// What survives a reload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub format: String,
    pub version: u32,
    /// The language the user chose; `None` follows the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub view: View,
    #[serde(default)]
    pub assessment: Assessment,
}

pub fn encode(lang: Option<Lang>, view: View, assessment: &Assessment) -> String {
    let doc = Saved { format: FORMAT.into(), version: VERSION, lang, view, assessment: assessment.clone() };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&doc).unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Saved, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len(), limit: MAX_BYTES });
    }
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u32>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(DecodeError::NotOurs);
    }
    match header.version {
        Some(v) if v > VERSION => return Err(DecodeError::FutureVersion(v)),
        Some(_) => {}
        None => return Err(DecodeError::NotOurs),
    }
    let mut saved: Saved = serde_json::from_str(text).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    saved.assessment.normalise();
    Ok(saved)
}
