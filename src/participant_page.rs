//! The participant page (`participant.html`, the lean second program): its
//! state and its one reducer. Pure: no storage, no browser. The page opens
//! an invite from its URL (or one pasted in), keeps every session this
//! phone took part in (newest first, see `codec::participant`), and lets the
//! participant score the idea and hand back their answer code.

use crate::codec::participant::{Joined, Kept, MAX_SESSIONS};
use crate::codec::roundtable::{decode_invite, Invite, ParticipantSession};
use crate::codec::DecodeError;
use crate::domain::roundtable::{Item, ItemAnswer};
use crate::i18n::Lang;

/// What the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The newest session, to score.
    Session,
    /// No session open: the sessions kept on this phone (if any) and a
    /// field to paste an invitation into.
    Start,
}

/// A problem to tell the participant about; nothing is lost by it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The invitation (from the link or pasted) could not be read.
    Invite(DecodeError),
    /// What this phone kept could not be read; it was copied aside under
    /// `backup` (none: copying failed too) and the page started empty.
    Kept { error: DecodeError, backup: Option<String> },
    /// Storage took no write: answers last only while the page is open.
    NotKept,
}

/// A short message after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Copied,
    CopyFailed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The language shown.
    pub lang: Lang,
    /// What is kept on the phone (the chosen language and the sessions).
    pub kept: Kept,
    pub screen: Screen,
    pub problem: Option<Problem>,
    pub notice: Option<Notice>,
    /// The session forgotten last and its place, to bring back.
    pub forgotten: Option<(usize, Joined)>,
}

/// Everything that changes the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// Text with an invitation in it (`r1.…`): the URL's fragment, a
    /// pasted link or a whole chat message. Opens its session, or says why
    /// it cannot.
    Open(String),
    Label(String),
    Answer(Item, Option<ItemAnswer>),
    Note(Item, String),
    /// Leave the open session (its answers stay).
    Leave,
    /// Open the kept session at this place in the list again.
    Resume(usize),
    /// Forget the kept session at this place in the list.
    Forget(usize),
    /// Bring the session forgotten last back.
    Undo,
    Lang(Lang),
    Copied(bool),
    /// Storage took the last write (true) or refused it (false).
    Saved(bool),
    Dismiss,
}

impl Page {
    /// The page on start: what the phone kept (or the problem reading it),
    /// in the chosen language, else the browser's.
    pub fn start(kept: Result<Kept, Problem>, browser: Lang) -> Page {
        let (kept, problem) = match kept {
            Ok(k) => (k, None),
            Err(p) => (Kept::default(), Some(p)),
        };
        Page { lang: kept.lang.unwrap_or(browser), kept, screen: Screen::Start, problem, notice: None, forgotten: None }
    }

    /// The session being scored.
    pub fn session(&self) -> Option<&ParticipantSession> {
        (self.screen == Screen::Session).then(|| self.kept.sessions.first().map(|j| &j.session)).flatten()
    }

    fn session_mut(&mut self) -> Option<&mut ParticipantSession> {
        if self.screen == Screen::Session {
            self.kept.sessions.first_mut().map(|j| &mut j.session)
        } else {
            None
        }
    }

    /// Opens the invite in `code`: the session already kept for it comes
    /// back with its answers (an invite changed since, for example a
    /// corrected idea, keeps the name and answers given), else a fresh one.
    /// Newest first; the oldest beyond [`MAX_SESSIONS`] is forgotten.
    fn open(&mut self, code: String, invite: Invite) {
        let sessions = &mut self.kept.sessions;
        let mut j = match sessions.iter().position(|j| j.session.invite.session_id == invite.session_id) {
            Some(i) => sessions.remove(i),
            None => Joined::new(code.clone(), invite.clone()),
        };
        let s = &mut j.session;
        if s.label.trim().is_empty() {
            s.label = invite.slot.clone().unwrap_or_default();
        }
        s.invite = invite;
        s.left = false;
        j.code = code;
        sessions.insert(0, j);
        sessions.truncate(MAX_SESSIONS);
        self.screen = Screen::Session;
        self.forgotten = None;
        if matches!(self.problem, Some(Problem::Invite(_))) {
            self.problem = None;
        }
    }

    /// Applies `act`.
    pub fn reduce(&mut self, act: Act) {
        self.notice = None;
        match act {
            Act::Open(text) => match invite_in(&text) {
                Ok((code, invite)) => self.open(code, invite),
                Err(e) => self.problem = Some(Problem::Invite(e)),
            },
            Act::Label(label) => {
                if let Some(s) = self.session_mut() {
                    s.set_label(&label);
                }
            }
            Act::Answer(item, answer) => {
                if let Some(s) = self.session_mut() {
                    s.set_answer(item, answer);
                }
            }
            Act::Note(item, note) => {
                if let Some(s) = self.session_mut() {
                    s.set_note(item, note);
                }
            }
            Act::Leave => {
                if let Some(s) = self.session_mut() {
                    s.left = true;
                }
                self.screen = Screen::Start;
            }
            Act::Resume(i) => {
                if let Some(j) = self.kept.sessions.get(i) {
                    self.open(j.code.clone(), j.session.invite.clone());
                }
            }
            Act::Forget(i) => {
                if i < self.kept.sessions.len() && self.screen == Screen::Start {
                    self.forgotten = Some((i, self.kept.sessions.remove(i)));
                }
            }
            Act::Undo => {
                if let Some((i, s)) = self.forgotten.take() {
                    if !self.kept.sessions.iter().any(|k| k.session.invite.session_id == s.session.invite.session_id) {
                        let i = i.min(self.kept.sessions.len());
                        self.kept.sessions.insert(i, s);
                        self.kept.sessions.truncate(MAX_SESSIONS);
                    }
                }
            }
            Act::Lang(lang) => {
                self.lang = lang;
                self.kept.lang = Some(lang);
            }
            Act::Copied(ok) => self.notice = Some(if ok { Notice::Copied } else { Notice::CopyFailed }),
            Act::Saved(true) => {
                if self.problem == Some(Problem::NotKept) {
                    self.problem = None;
                }
            }
            Act::Saved(false) => {
                if self.problem.is_none() {
                    self.problem = Some(Problem::NotKept);
                }
            }
            Act::Dismiss => self.problem = None,
        }
    }
}

/// The invitation in text (the URL's fragment, a whole link `…#r1.…`,
/// the code `r1.…`, or a chat message with the link in it, punctuation
/// after it too): its code and what it says. The first code that reads
/// wins; when none does, why the first could not be read (a newer
/// version's code says so).
pub fn invite_in(text: &str) -> Result<(String, Invite), DecodeError> {
    let b64 = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut first_error = None;
    for (at, _) in text.match_indices('r') {
        if text[..at].chars().next_back().is_some_and(b64) {
            continue;
        }
        let rest = &text[at + 1..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || !rest[digits..].starts_with('.') {
            continue;
        }
        let body = &rest[digits + 1..];
        let len = body.find(|c: char| !b64(c)).unwrap_or(body.len());
        let code = &text[at..at + 1 + digits + 1 + len];
        match decode_invite(code) {
            Ok(invite) => return Ok((code.to_owned(), invite)),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or(DecodeError::NotOurs))
}
