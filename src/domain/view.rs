//! Which screen the app shows. Part of what is saved, so the storage codec
//! reads it from here, not from the reducer.

use serde::{Deserialize, Serialize};

/// The screens of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// Start: the list of assessments, a new one, or an example.
    #[default]
    Start,
    /// The open assessment: describe, score, live result.
    Assess,
    /// Two to four assessments side by side.
    Compare,
    /// The open assessment as a report: print, Markdown.
    Report,
    /// The open round table: setup, independent scoring, reveal, agree.
    RoundTable,
    /// The open round table on a projector: one item at a time, large type.
    Present,
    /// How the verdict is computed: the whole rule set.
    Rules,
    /// About the frameworks and their sources.
    About,
}
