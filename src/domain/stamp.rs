//! Who wrote a value and when: the marks that let several tabs share one
//! collection without losing edits (see `crate::sync`). Plain data, kept in
//! browser storage beside the collection.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A moment of writing: milliseconds since the Unix epoch, then the writing
/// tab's id. Ordered by time, then tab, so two tabs never tie.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp(pub u64, pub String);

impl Stamp {
    pub fn new(t: u64, tab: &str) -> Stamp {
        Stamp(t, tab.to_owned())
    }

    /// True for the zero stamp: "no known edit" (data from before stamps,
    /// or marks pruned because they are old).
    pub fn is_zero(&self) -> bool {
        self.0 == 0 && self.1.is_empty()
    }
}

/// The mark of one field: the stamp of its value, and the stamp of the value
/// that edit replaced (`over`). When a tab sees its own edit replaced by one
/// whose `over` is not its own stamp, the other tab did not know its edit:
/// the two were made at the same time, and this tab's text was lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(u64, String, u64, String)", into = "(u64, String, u64, String)")]
pub struct Mark {
    pub at: Stamp,
    pub over: Stamp,
}

impl From<(u64, String, u64, String)> for Mark {
    fn from((t, tab, ot, otab): (u64, String, u64, String)) -> Mark {
        Mark { at: Stamp(t, tab), over: Stamp(ot, otab) }
    }
}

impl From<Mark> for (u64, String, u64, String) {
    fn from(m: Mark) -> Self {
        (m.at.0, m.at.1, m.over.0, m.over.1)
    }
}

/// The marks of one record, round table or the shared settings, by field
/// path (`assessment.idea.title`); the path `""` holds when the unit was
/// created (or brought back by undo).
pub type Marks = BTreeMap<String, Mark>;

/// Marks of every unit, by its id.
pub type Stamps = BTreeMap<String, Marks>;

/// Deleted units: when, and by which tab.
pub type Gone = BTreeMap<String, Stamp>;
