//! Share links: the whole assessment in the URL fragment, so nothing is
//! sent to any server. The fragment is `s4.` followed by the assessment as
//! JSON, compressed with raw deflate and written in base64url without
//! padding. See `docs/FORMAT.md`.

use super::{validate_assessment, DecodeError, MAX_FILE_BYTES};
use crate::domain::Assessment;
use miniz_oxide::inflate::TINFLStatus;

/// Version prefix of the fragment payload: `s4.` since the lenses (issue
/// 14), `s3.` added the message check (issue 13), `s2.` customer groups
/// (issue 12). Older links (without them) read the same way.
pub const PREFIX: &str = "s4.";
const OLDER: [&str; 3] = ["s3.", "s2.", "s1."];
/// Longest fragment we offer as a link; beyond this, offer a file.
pub const MAX_LINK_CHARS: usize = 8000;
/// Longest fragment `decode` reads at all (bytes).
pub const MAX_FRAGMENT_BYTES: usize = 64 * 1024;
/// Most bytes the payload may unpack to: the size limit of a file.
pub const MAX_INFLATED_BYTES: usize = MAX_FILE_BYTES;

/// Deflate level: 9 is zlib's "best"; miniz's 10 gains almost nothing.
const LEVEL: u8 = 9;

/// The fragment (without '#') that carries `a`. Equal content gives the
/// same fragment: empty entries are left out.
pub fn encode(a: &Assessment) -> String {
    let mut a = a.clone();
    a.normalise();
    // Plain structs with string keys: serialising cannot fail.
    let json = serde_json::to_vec(&a).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, LEVEL);
    let mut out = String::with_capacity(PREFIX.len() + packed.len().div_ceil(3) * 4);
    out.push_str(PREFIX);
    super::b64::encode_into(&packed, &mut out);
    out
}

/// True when the fragment is short enough to offer as a link.
pub fn fits(fragment: &str) -> bool {
    fragment.len() <= MAX_LINK_CHARS
}

/// The assessment in a fragment (with or without the leading '#').
pub fn decode(fragment: &str) -> Result<Assessment, DecodeError> {
    if fragment.len() > MAX_FRAGMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: fragment.len(), limit: MAX_FRAGMENT_BYTES });
    }
    let fragment = fragment.trim();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    let payload = payload(fragment)?;
    let packed = super::b64::decode(payload).map_err(|e| DecodeError::BadLink(format!("not base64url: {e}")))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES).map_err(|e| {
        match e.status {
            // The limit was hit: at least one byte more than allowed.
            TINFLStatus::HasMoreOutput => {
                DecodeError::TooLarge { bytes: MAX_INFLATED_BYTES.saturating_add(1), limit: MAX_INFLATED_BYTES }
            }
            _ => DecodeError::BadLink(format!("damaged: {e}")),
        }
    })?;
    let mut a: Assessment = super::json_from_bytes(&json)?;
    validate_assessment(&a, "")?;
    a.normalise();
    Ok(a)
}

/// The base64 part after the version prefix `s<n>.`.
fn payload(fragment: &str) -> Result<&str, DecodeError> {
    for p in std::iter::once(PREFIX).chain(OLDER) {
        if let Some(rest) = fragment.strip_prefix(p) {
            return Ok(rest);
        }
    }
    let not_ours = || DecodeError::BadLink("not a Wenselijk share link".into());
    let (head, _) = fragment.split_once('.').ok_or_else(not_ours)?;
    let digits = head.strip_prefix('s').ok_or_else(not_ours)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_ours());
    }
    match digits.parse::<u32>() {
        Ok(v) if v > 4 => Err(DecodeError::FutureVersion(v)),
        // "s0.", "s01." or a number beyond u32: never written.
        _ => Err(DecodeError::BadLink(format!("unknown link version \"{head}\""))),
    }
}
