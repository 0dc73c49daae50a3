//! What the app tells the user ([`Notice`]), and what the browser said
//! about keeping the data ([`Persist`]).

use crate::sync;

/// Something the app tells the user, until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage cannot be used (private mode, blocked): work is not kept.
    StorageUnavailable,
    /// The saved data could not be read; it was kept aside under a key.
    StorageUnreadable { backup_key: Option<String>, detail: String },
    /// Saving failed (storage full, or blocked after start).
    SaveFailed,
    /// An assessment was deleted; undo brings it back.
    Deleted { title: String },
    /// A customer group was removed; undo brings it back.
    GroupRemoved { name: String },
    /// A step of the customer journey (its name and number) was removed;
    /// undo brings it back.
    StepRemoved { name: String, n: usize },
    /// An earlier version of the customer's text was forgotten; undo
    /// brings it back.
    VersionForgotten,
    /// A file was imported: how many added and replaced.
    Imported { added: usize, replaced: usize },
    /// A file or link could not be read; nothing changed.
    ReadFailed { detail: String },
    /// The share link was copied to the clipboard.
    LinkCopied,
    /// The answer code was copied to the clipboard.
    CodeCopied,
    /// The Markdown report was copied to the clipboard.
    MarkdownCopied,
    /// The clipboard refused; the text is shown to copy by hand.
    CopyFailed,
    /// The assessment is too large for a link: use a file.
    LinkTooLong,
    /// The shared assessment was saved as a copy.
    SharedSaved,
    /// A participant's answers were added to the round table.
    AnswersAdded { label: String },
    /// The same answers were added before: nothing changed.
    AnswersAlreadyAdded { label: String },
    /// Codes pasted at once: each one's participant and what adding it did.
    AnswersPasted(Vec<crate::codec::paste::Pasted>),
    /// The agreed answers were written into the assessment.
    AgreedApplied,
    /// On start: storage can be reached but not written (blocked, full).
    StorageProblem { detail: String },
    /// Another tab changed the same fields at the same time and its edits
    /// won: this tab's text, to restore (see `crate::sync`).
    Overwritten { title: String, lost: sync::Lost },
    /// Another tab deleted what this tab had open: this tab's last version.
    DeletedElsewhere { title: String, kept: Vec<sync::DeletedOpen> },
    /// The copy of what another tab deleted was kept.
    CopyKept { title: String },
    /// Another tab wrote storage in a newer format: this tab writes nothing.
    NewerVersionElsewhere,
}

/// What the browser said when asked to keep the app's data
/// (`navigator.storage.persist()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persist {
    Granted,
    Denied,
    /// The browser has no such question.
    Unsupported,
}
