//! Several assessments: each kept as a record with an id and timestamps.

use super::model::Assessment;
use serde::{Deserialize, Serialize};

/// One assessment in the user's collection.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Unique within a collection; kept across export and import, so a
    /// re-import can recognise the same assessment.
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub created: u64,
    pub updated: u64,
    pub assessment: Assessment,
}

/// Makes an id from a timestamp and a sequence number; unique as long as
/// the pair is.
pub fn make_id(now: u64, seq: u64) -> String {
    format!("a{now:x}-{seq:x}")
}
