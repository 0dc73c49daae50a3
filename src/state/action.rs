//! Everything the user or the browser can do to the app's state: the
//! [`Action`]s the one reducer ([`reduce`](super::reduce)) takes.

use super::{GroupAction, ImportChoice, LensAction, MessageAction, Notice, Persist, WordList};
use crate::codec::roundtable::{Invite, ReturnedAnswers};
use crate::domain::roundtable::{ActionPoint, Item, ItemAnswer, Mode};
use crate::domain::*;
use crate::i18n::Lang;
use crate::sync;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Show(View),
    /// How the host page wants the app to open (see `embed::Options`):
    /// its language and first screen. An untouched assessment of the same
    /// kind is reopened rather than added again, so a page visited daily
    /// does not fill the list.
    Embedded {
        lang: Option<Lang>,
        start: crate::embed::Start,
    },
    /// The organisation's configuration, read and checked. Its default
    /// language applies unless the user or the host page chose one.
    ConfigLoaded(Box<crate::config::OrgConfig>),
    /// Problems with the page's settings, to show (added to any shown).
    SettingsProblems(Vec<String>),
    DismissSettingsProblems,
    /// Start a blank assessment.
    New,
    /// Start from a built-in example.
    LoadExample(ExampleId),
    Open(String),
    /// Give an assessment a new title.
    Rename(String, String),
    /// Copy an assessment, e.g. to try a variant.
    Duplicate(String),
    Delete(String),
    SetIdea(IdeaField, String),
    SetDimension(DimensionId, Option<Answer>),
    SetDimensionNote(DimensionId, String),
    SetValue(ValueQuestion, Option<Answer>),
    SetValueNote(ValueQuestion, String),
    SetOrgValues(String),
    SetFlag(RedFlag, Option<FlagAnswer>),
    SetFlagNote(RedFlag, String),
    /// Change the open assessment's customer groups.
    Group(GroupAction),
    /// Change the open assessment's message check (its text's language,
    /// earlier versions).
    Message(MessageAction),
    /// Change the open assessment's lenses: which are on, their answers,
    /// the contact plan and the customer journey.
    Lens(LensAction),
    /// Where the message check's word list is: loading, loaded or failed.
    Words(WordList),
    /// Pick or unpick an assessment for comparison.
    ToggleCompare(String),
    /// Records read from a file.
    Import(Vec<Record>),
    ResolveImport(ImportChoice),
    /// An assessment from a share link.
    OpenShared(Box<Assessment>),
    SaveSharedCopy,
    CloseShared,
    /// Start a round table about a record.
    RtStart(String),
    RtOpen(String),
    RtDelete(String),
    RtRename(String),
    RtMode(Mode),
    RtTimebox(Option<u16>),
    /// What the session scores: the typical customer (`None`) or the
    /// customer group with this id. Only while scoring, and only a group
    /// the assessment has.
    RtGroup(Option<String>),
    /// Add a participant; an empty label gets an anonymous one.
    RtAddParticipant(String),
    RtRenameParticipant(String, String),
    RtRemoveParticipant(String),
    /// On one device: let this participant score in private (or close).
    RtScoreAs(Option<String>),
    RtSetAnswer(String, Item, Option<ItemAnswer>),
    RtSetNote(String, Item, String),
    /// A participant on the shared device is done: hide their scores.
    RtDone(String),
    /// Answers read from a participant's answer code.
    RtAddReturned(Box<ReturnedAnswers>),
    /// The answer codes read from a pasted text (a chat or e-mail thread):
    /// add the new ones at once, one undo step, and list what was skipped.
    RtAddPasted(Vec<crate::codec::paste::Found>),
    /// Resolve answers that conflict with earlier ones from the same person.
    RtReplaceReturned(bool),
    RtReveal,
    /// Back to scoring (e.g. someone was forgotten).
    RtUnreveal,
    /// The group's answer for an item (None: not agreed), and the reason.
    RtAgree(Item, Option<ItemAnswer>, String),
    RtAddDecision(String),
    RtRemoveDecision(usize),
    RtAddAction(ActionPoint),
    RtRemoveAction(usize),
    /// Write the agreed answers into the assessment: into the base answers,
    /// or into the group's own when the session scored a customer group
    /// (nothing when that group no longer exists). Undo restores.
    RtApply,
    /// Open an invite on this (participant's) device.
    OpenInvite(Box<Invite>),
    PSetLabel(String),
    PSetAnswer(Item, Option<ItemAnswer>),
    PSetNote(Item, String),
    /// Leave the participant session; its answers stay on the device.
    PClose,
    /// Bring back the collection before the last delete or replacing import.
    Undo,
    Notify(Notice),
    DismissNotice,
    /// The collection merged with other tabs' (see `crate::sync`): show it,
    /// and say what this tab lost or had deleted. Already saved.
    Synced(Box<sync::Synced>),
    /// Put back this tab's text that another tab's edit replaced.
    RestoreLost,
    /// Keep this tab's copy of what another tab deleted, as a new one.
    KeepCopy,
    /// What the browser said about keeping the data.
    Persisted(Persist),
}
