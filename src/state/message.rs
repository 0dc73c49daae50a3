//! The reducer's side of the message check (issue 13): the text's
//! language, keeping a version of the text, using an earlier one again,
//! and forgetting one (with undo).

use super::{AppState, Notice};
use crate::domain::TextLang;

/// What can be done to the open assessment's message check.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageAction {
    /// The text's language; `None`: guess it from the text.
    Lang(Option<TextLang>),
    /// Keep the current text as a version (the team left the text field
    /// after changing it). Nothing when it is blank or already kept last.
    Keep,
    /// Use an earlier version again. The current text is kept first, so
    /// nothing is lost.
    Restore(usize),
    /// Forget an earlier version; undo brings it back.
    Forget(usize),
}

pub(super) fn reduce(s: &mut AppState, action: MessageAction, now: u64) {
    match action {
        MessageAction::Lang(lang) => s.edit(now, |a| a.message_check.lang = lang),
        MessageAction::Keep => s.edit(now, |a| {
            let text = a.idea.message.clone();
            a.message_check.keep(&text, now);
        }),
        MessageAction::Restore(i) => s.edit(now, |a| {
            let Some(chosen) = a.message_check.versions.get(i).map(|v| v.text.clone()) else { return };
            let current = std::mem::replace(&mut a.idea.message, chosen);
            a.message_check.keep(&current, now);
        }),
        MessageAction::Forget(i) => {
            let exists = s.current_record().is_some_and(|r| i < r.assessment.message_check.versions.len());
            if exists {
                s.undo = Some(s.snapshot());
                s.edit(now, |a| {
                    a.message_check.versions.remove(i);
                });
                s.notice = Some(Notice::VersionForgotten);
            }
        }
    }
}
