//! The reducer's side of the message check (issue 13): the text's
//! language, keeping a version of the text, using an earlier one again,
//! and forgetting one (with undo).

use super::{AppState, Notice};
use crate::domain::TextLang;
use crate::message::load::WordsProblem;
use crate::message::Lexicon;
use std::rc::Rc;

/// The loaded word list, shared; equal when it is the same list (no
/// comparison of its entries on every action).
#[derive(Clone, Debug)]
pub struct SharedLexicon(pub Rc<Lexicon>);

impl PartialEq for SharedLexicon {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the message check's word list is. It is a separate file, loaded
/// from the app's own folder the first time the check is used.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum WordList {
    #[default]
    NotLoaded,
    Loading,
    Ready(SharedLexicon),
    /// It could not be loaded (the check works without it).
    Failed(WordsProblem),
}

impl WordList {
    /// The list when loaded.
    pub fn lexicon(&self) -> Option<&Lexicon> {
        match self {
            WordList::Ready(l) => Some(&l.0),
            _ => None,
        }
    }
}

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
