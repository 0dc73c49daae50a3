//! Answer codes in pasted text (issue 15): a chat transcript or e-mail
//! thread with many codes at once. Chat apps add names and times, e-mail
//! quotes with "> " and repeats codes in replies, and both may break a code
//! over lines, add spaces or invisible characters, or put it in <…> or
//! quotes. [`find`] reads every distinct code in such text; [`sort`] says
//! what adding each one to a round table does.

use super::roundtable::{check_duplicate, decode_return, label_in, Duplicate, ReturnError, ReturnedAnswers};
use super::roundtable::{MAX_CODE_BYTES, RETURN_PREFIX};
use crate::domain::roundtable::RoundTable;

/// Characters apps insert unseen: zero-width space and joiners, word
/// joiner, byte order mark, soft hyphen.
const INVISIBLE: [char; 6] = ['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}'];

/// At most this many pieces (parts of a code between breaks) make one code.
const MAX_PIECES: usize = 64;

/// Fewer characters after "a1." that read as no code are not reported
/// as a damaged code (every real code is far longer).
const MIN_DAMAGED: usize = 16;

/// A code read from the text: the code itself (without breaks) and what
/// decoding it for the session gave.
pub type Found = (String, Result<ReturnedAnswers, ReturnError>);

/// What adding one code does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new participant, or one who had not submitted yet: added.
    Added,
    /// The same answers as already in: skipped.
    Same,
    /// Other answers than the participant's earlier ones: skipped, so the
    /// facilitator decides (adding that code on its own asks to replace).
    Changed,
    /// Damaged or changed by hand: skipped.
    Damaged,
    /// A code for another session: skipped.
    OtherSession,
}

/// One code's participant (empty when it cannot be read) and outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pasted {
    pub label: String,
    pub outcome: Outcome,
}

fn is_b64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Where each piece of a code starting at `text[0]` ends: runs of base64url
/// characters, separated by white space and e-mail quote marks ('>'), up to
/// the next code.
fn piece_ends(text: &[u8]) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut i = 0;
    while ends.len() < MAX_PIECES && i < MAX_CODE_BYTES && text.get(i).copied().is_some_and(is_b64) {
        while text.get(i).copied().is_some_and(is_b64) {
            i += 1;
        }
        ends.push(i);
        while text.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'>') {
            i += 1;
        }
        if text[i..].starts_with(RETURN_PREFIX.as_bytes()) {
            break;
        }
    }
    ends
}

/// Every distinct answer code in `text`, in order of first appearance, read
/// for the session `session_id` with `secret`. A code broken over lines is
/// joined again: the shortest join that reads as an answer code counts; a
/// code no join reads is damaged (its first piece is reported).
pub fn find(text: &str, session_id: &str, secret: &str) -> Vec<Found> {
    let text: String = text.chars().filter(|c| !INVISIBLE.contains(c)).collect();
    let bytes = text.as_bytes();
    let mut found: Vec<Found> = Vec::new();
    let mut at = 0;
    while let Some(k) = text[at..].find(RETURN_PREFIX) {
        let start = at + k;
        let body = start + RETURN_PREFIX.len();
        at = body;
        // "xa1." is inside a word, not a code.
        if start > 0 && is_b64(bytes[start - 1]) {
            continue;
        }
        let ends = piece_ends(&bytes[body..]);
        if ends.is_empty() {
            continue;
        }
        let join = |n: usize| {
            let mut code = RETURN_PREFIX.to_owned();
            let mut from = 0;
            for &end in &ends[..n] {
                let piece = &text[body + from..body + end];
                code.push_str(piece.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '>'));
                from = end;
            }
            code
        };
        let read = (1..=ends.len())
            .map(|n| (n, join(n)))
            .map(|(n, code)| (n, decode_return(&code, session_id, secret), code))
            .find(|(_, r, _)| !matches!(r, Err(ReturnError::Decode(_))));
        // A short run after "a1." that nothing reads is a word, not a code.
        if read.is_none() && ends[0] < MIN_DAMAGED {
            continue;
        }
        let (n, result, code) = read.unwrap_or_else(|| (1, decode_return(&join(1), session_id, secret), join(1)));
        at = body + ends[n - 1];
        if !found.iter().any(|(c, _)| *c == code) {
            found.push((code, result));
        }
    }
    found
}

/// What adding the codes `found`, in order, to `rt` does: each one's
/// participant and outcome, and the answers to add (new participants and
/// those who had not submitted). A later code of someone added earlier in
/// the same text counts against that.
pub fn sort(rt: &RoundTable, found: &[Found]) -> (Vec<Pasted>, Vec<ReturnedAnswers>) {
    let mut after = rt.clone();
    let mut add = Vec::new();
    let report = found
        .iter()
        .map(|(code, result)| {
            let (label, outcome) = match result {
                Ok(ret) => {
                    let outcome = match check_duplicate(&after, ret) {
                        Some(Duplicate::Same { .. }) => Outcome::Same,
                        Some(Duplicate::Conflict { .. }) => Outcome::Changed,
                        None => {
                            after.submit(&ret.label, &ret.answers);
                            add.push(ret.clone());
                            Outcome::Added
                        }
                    };
                    (ret.label.clone(), outcome)
                }
                Err(ReturnError::WrongSession) => (label_in(code).unwrap_or_default(), Outcome::OtherSession),
                Err(_) => (label_in(code).unwrap_or_default(), Outcome::Damaged),
            };
            Pasted { label, outcome }
        })
        .collect();
    (report, add)
}
