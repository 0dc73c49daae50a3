//! base64url for share links, invites and answer codes: writes no padding,
//! reads it with or without. One engine from the `base64` crate, shared by
//! `codec::link` and `codec::roundtable`.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

const B64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_encode_padding(false).with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Appends the base64url form of `bytes` to `out`.
pub fn encode_into(bytes: &[u8], out: &mut String) {
    B64.encode_string(bytes, out);
}

/// The bytes of a base64url text (padding optional).
pub fn decode(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    B64.decode(text)
}
