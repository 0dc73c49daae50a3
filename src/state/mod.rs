//! The one reducer of the app. Pure: no storage, no browser, no clock. The
//! UI sends [`Action`]s with the current time; effects (saving, downloads,
//! clipboard, the `lang` attribute) run after a change, in `ui::effects`,
//! never here.

use crate::codec::roundtable::ReturnedAnswers;
use crate::codec::storage::Saved;
use crate::domain::roundtable::RoundTable;
use crate::domain::*;
use crate::i18n::examples::example;
use crate::i18n::{ui as t, Lang};
use crate::sync;

mod action;
mod groups;
mod lens;
mod message;
mod notice;
mod roundtable;
mod tabs;
pub use crate::message::load::WordsProblem;
pub use action::Action;
pub use groups::GroupAction;
pub use lens::LensAction;
pub use message::{MessageAction, SharedLexicon, WordList};
pub use notice::{Notice, Persist};
use std::rc::Rc;

pub use crate::codec::roundtable::ParticipantSession;
pub use crate::domain::View;

/// What an import would do when some ids already exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingImport {
    pub records: Vec<Record>,
    /// Ids in `records` that already exist in the collection.
    pub clashes: Vec<String>,
}

/// How to resolve an import whose ids clash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Add the imported ones as new assessments beside the existing ones.
    KeepBoth,
    /// Overwrite the existing ones with the imported ones.
    Replace,
    Cancel,
}

/// What undo restores: the collection as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub records: Vec<Rc<Record>>,
    pub tables: Vec<RoundTable>,
    pub current: Option<String>,
    pub compare: Vec<String>,
}

/// At most this many assessments are compared at once.
pub const MAX_COMPARE: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// The language the user chose, as saved and shared with other tabs
    /// (the host page's language is not a choice and is not saved).
    pub lang_pref: Option<Lang>,
    pub view: View,
    pub records: Vec<Rc<Record>>,
    /// Id of the open assessment.
    pub current: Option<String>,
    /// Ids picked for comparison, in the order picked.
    pub compare: Vec<String>,
    /// Sequence number for new ids.
    pub seq: u64,
    /// The collection before the last delete or replacing import.
    pub undo: Option<Snapshot>,
    pub notice: Option<Notice>,
    /// An assessment opened from a share link: shown read-only until saved or closed.
    pub shared: Option<Assessment>,
    pub pending_import: Option<PendingImport>,
    /// Round tables, each about one record.
    pub tables: Vec<RoundTable>,
    /// Id of the open round table.
    pub current_table: Option<String>,
    /// On one shared device: the participant now scoring, in private.
    pub scoring_as: Option<String>,
    /// Answers returned for a participant who already has different ones:
    /// waiting for "replace" or "cancel".
    pub pending_return: Option<ReturnedAnswers>,
    /// This device is a participant's, opened from an invite link.
    pub participant: Option<ParticipantSession>,
    /// Goes up with every action that may change what is saved, so the
    /// save effect can run only then.
    pub revision: u64,
    /// The organisation's configuration (defaults until one is loaded). Not saved.
    pub config: crate::config::OrgConfig,
    /// The host page fixed the language (URL parameter or embed attribute).
    pub lang_from_page: bool,
    /// Problems with the page's settings (URL parameters, embed attributes,
    /// the organisation's configuration), in words: shown apart from the
    /// notices, so they never hide one (such as unreadable storage).
    pub settings_problems: Vec<String>,
    /// This tab's id: ends every id it makes, so tabs never make the same
    /// one; marks its edits (see `crate::sync`). Not saved.
    pub tab: String,
    /// Whether the browser keeps the data for good; `None` until it said.
    pub persisted: Option<Persist>,
    /// The message check's word list (loaded the first time the check is
    /// used). Not saved.
    pub words: WordList,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            lang_pref: None,
            view: View::Start,
            records: Vec::new(),
            current: None,
            compare: Vec::new(),
            seq: 0,
            undo: None,
            notice: None,
            shared: None,
            pending_import: None,
            tables: Vec::new(),
            current_table: None,
            scoring_as: None,
            pending_return: None,
            participant: None,
            revision: 0,
            config: Default::default(),
            lang_from_page: false,
            settings_problems: Vec::new(),
            tab: String::new(),
            persisted: None,
            words: WordList::NotLoaded,
        }
    }

    /// The state a saved collection restores to.
    pub fn restore(browser_lang: Lang, saved: Saved) -> Self {
        AppState {
            lang: saved.lang.unwrap_or(browser_lang),
            lang_pref: saved.lang,
            view: saved.view,
            records: saved.records,
            current: saved.current,
            compare: saved.compare,
            seq: saved.seq,
            tables: saved.tables,
            current_table: saved.current_table,
            participant: saved.participant,
            ..AppState::new(browser_lang)
        }
    }

    /// What is saved: everything but transient things (notices, undo, a shared link).
    pub fn to_saved(&self) -> Saved {
        Saved {
            lang: self.lang_pref,
            view: self.view,
            current: self.current.clone(),
            compare: self.compare.clone(),
            seq: self.seq,
            records: self.records.clone(),
            tables: self.tables.clone(),
            current_table: self.current_table.clone(),
            participant: self.participant.clone(),
            // The marks are kept by the storage effect beside the state
            // (`crate::sync::note_edits`), not by the reducer.
            ..Saved::default()
        }
    }

    /// True when the user picked the language (then it is saved).
    pub fn lang_chosen(&self) -> bool {
        self.lang_pref.is_some()
    }

    pub fn record(&self, id: &str) -> Option<&Rc<Record>> {
        self.records.iter().find(|r| r.id == id)
    }

    /// The open assessment's record.
    pub fn current_record(&self) -> Option<&Rc<Record>> {
        self.current.as_deref().and_then(|id| self.record(id))
    }

    /// The records picked for comparison that still exist, in pick order.
    pub fn compared(&self) -> Vec<&Rc<Record>> {
        self.compare.iter().filter_map(|id| self.record(id)).collect()
    }

    /// Records, most recently changed first.
    pub fn by_recent(&self) -> Vec<&Rc<Record>> {
        let mut v: Vec<&Rc<Record>> = self.records.iter().collect();
        v.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.created.cmp(&a.created)));
        v
    }

    pub fn table(&self, id: &str) -> Option<&RoundTable> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// The participant session this device shows (not one left on purpose).
    pub fn participating(&self) -> Option<&ParticipantSession> {
        self.participant.as_ref().filter(|p| !p.left)
    }

    /// The open round table.
    pub fn current_table(&self) -> Option<&RoundTable> {
        self.current_table.as_deref().and_then(|id| self.table(id))
    }

    /// The round tables about a record.
    pub fn tables_of(&self, record_id: &str) -> Vec<&RoundTable> {
        self.tables.iter().filter(|t| t.record_id == record_id).collect()
    }

    fn table_mut(&mut self, now: u64, f: impl FnOnce(&mut RoundTable)) {
        let Some(id) = self.current_table.clone() else { return };
        let tab = self.tab.clone();
        if let Some(t) = self.tables.iter_mut().find(|t| t.id == id) {
            let before = t.clone();
            f(t);
            // A participant added here gets this tab's id at the end, so two
            // tabs adding people at the same time never make the same id.
            for p in &mut t.participants {
                if before.participant(&p.id).is_none() && !p.id.ends_with(&tab) {
                    p.id.push_str(&tab);
                }
            }
            if *t != before {
                t.updated = now;
            }
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            records: self.records.clone(),
            tables: self.tables.clone(),
            current: self.current.clone(),
            compare: self.compare.clone(),
        }
    }

    fn next_id(&mut self, now: u64) -> String {
        loop {
            self.seq = self.seq.wrapping_add(1);
            let id = format!("{}{}", make_id(now, self.seq), self.tab);
            if self.record(&id).is_none() && self.table(&id).is_none() {
                return id;
            }
        }
    }

    /// A new blank assessment: nothing answered, the lenses the
    /// organisation's configuration switches on.
    fn blank(&self) -> Assessment {
        let mut a = Assessment::default();
        a.lenses.on = self.config.lenses.on.iter().collect();
        a
    }

    /// Adds an assessment as a new record and opens it.
    fn add_and_open(&mut self, assessment: Assessment, now: u64) -> String {
        let id = self.next_id(now);
        self.records.push(Rc::new(Record { id: id.clone(), created: now, updated: now, assessment }));
        self.current = Some(id.clone());
        self.view = View::Assess;
        id
    }

    fn edit(&mut self, now: u64, f: impl FnOnce(&mut Assessment)) {
        let Some(id) = self.current.clone() else { return };
        if let Some(r) = self.records.iter_mut().find(|r| r.id == id) {
            // Records are shared with earlier states (and the undo snapshot):
            // the edit makes a new one, and only keeps it when it differs.
            let mut assessment = r.assessment.clone();
            f(&mut assessment);
            assessment.normalise();
            if assessment != r.assessment {
                *r = Rc::new(Record { id: r.id.clone(), created: r.created, updated: now, assessment });
            }
        }
    }
}

/// The title to show for an assessment: its own, or "Untitled idea".
pub fn display_title(a: &Assessment, lang: Lang) -> String {
    let title = a.idea.title.trim();
    if title.is_empty() {
        t::START_UNTITLED.get(lang).to_string()
    } else {
        title.to_string()
    }
}

/// Applies an action at time `now` (ms since epoch). Returns the new state.
pub fn reduce(state: &AppState, action: Action, now: u64) -> AppState {
    let mut s = state.clone();
    let transient = matches!(
        action,
        Action::Notify(_)
            | Action::DismissNotice
            | Action::OpenShared(_)
            | Action::CloseShared
            | Action::ConfigLoaded(_)
            | Action::SettingsProblems(_)
            | Action::DismissSettingsProblems
            | Action::Synced(_)
            | Action::Persisted(_)
            | Action::Words(_)
    );
    if !transient {
        s.revision += 1;
    }
    match action {
        Action::SetLang(lang) => {
            // Examples nobody has touched yet follow the language; once edited,
            // the text is the user's own and stays as written.
            let old = s.lang;
            for r in &mut s.records {
                if let Some(id) = r.assessment.example {
                    if example(id).build(old) == r.assessment {
                        Rc::make_mut(r).assessment = example(id).build(lang);
                    }
                }
            }
            s.lang = lang;
            s.lang_pref = Some(lang);
        }
        Action::Show(view) => {
            let needs_current = matches!(view, View::Assess | View::Report);
            let needs_table = matches!(view, View::RoundTable | View::Present);
            if !(needs_current && s.current_record().is_none() || needs_table && s.current_table().is_none()) {
                s.view = view;
            }
        }
        Action::SettingsProblems(lines) => s.settings_problems.extend(lines),
        Action::DismissSettingsProblems => s.settings_problems.clear(),
        Action::ConfigLoaded(config) => {
            if let (Some(l), false, false) = (config.default_lang, s.lang_chosen(), s.lang_from_page) {
                s.lang = l;
            }
            s.config = *config;
        }
        Action::Embedded { lang, start } => {
            if let Some(l) = lang {
                s.lang = l;
                s.lang_from_page = true;
            }
            let untouched =
                |r: &Record, example: Option<ExampleId>| r.created == r.updated && r.assessment.example == example;
            let (reuse, fresh) = match start {
                crate::embed::Start::Library => return s,
                crate::embed::Start::Empty => {
                    let blank = s.blank();
                    (s.records.iter().rev().find(|r| untouched(r, None) && r.assessment == blank), blank)
                }
                crate::embed::Start::Example(id) => {
                    (s.records.iter().rev().find(|r| untouched(r, Some(id))), example(id).build(s.lang))
                }
            };
            match reuse.map(|r| r.id.clone()) {
                Some(id) => {
                    s.current = Some(id);
                    s.view = View::Assess;
                }
                None => {
                    s.add_and_open(fresh, now);
                }
            }
        }
        Action::New => {
            let blank = s.blank();
            s.add_and_open(blank, now);
        }
        Action::LoadExample(id) => {
            let a = example(id).build(s.lang);
            s.add_and_open(a, now);
        }
        Action::Open(id) => {
            if s.record(&id).is_some() {
                s.current = Some(id);
                s.view = View::Assess;
            }
        }
        Action::Rename(id, title) => {
            if let Some(r) = s.records.iter_mut().find(|r| r.id == id) {
                if r.assessment.idea.title != title {
                    let r = Rc::make_mut(r);
                    r.assessment.idea.title = title;
                    r.updated = now;
                }
            }
        }
        Action::Duplicate(id) => {
            if let Some(r) = s.record(&id) {
                let mut copy = r.assessment.clone();
                let title = display_title(&copy, s.lang);
                copy.idea.title = t::COPY_OF.fill(s.lang, &[("title", &title)]);
                s.add_and_open(copy, now);
            }
        }
        Action::Delete(id) => {
            if let Some(r) = s.record(&id) {
                let title = display_title(&r.assessment, s.lang);
                s.undo = Some(s.snapshot());
                s.records.retain(|r| r.id != id);
                s.tables.retain(|tb| tb.record_id != id);
                if s.current_table.as_ref().is_some_and(|c| s.table(c).is_none()) {
                    s.current_table = None;
                }
                s.compare.retain(|c| *c != id);
                if s.current.as_deref() == Some(id.as_str()) {
                    s.current = None;
                    if matches!(s.view, View::Assess | View::Report | View::RoundTable | View::Present) {
                        s.view = View::Start;
                    }
                }
                s.notice = Some(Notice::Deleted { title });
            }
        }
        Action::SetIdea(field, text) => s.edit(now, |a| *a.idea.get_mut(field) = text),
        Action::SetDimension(d, answer) => s.edit(now, |a| a.dimension_mut(d).answer = answer),
        Action::SetDimensionNote(d, note) => s.edit(now, |a| a.dimension_mut(d).note = note),
        Action::SetValue(q, answer) => s.edit(now, |a| a.value_mut(q).answer = answer),
        Action::SetValueNote(q, note) => s.edit(now, |a| a.value_mut(q).note = note),
        Action::SetOrgValues(text) => s.edit(now, |a| a.org_values = text),
        Action::SetFlag(f, answer) => s.edit(now, |a| a.flag_mut(f).answer = answer),
        Action::SetFlagNote(f, note) => s.edit(now, |a| a.flag_mut(f).note = note),
        Action::Group(g) => groups::reduce(&mut s, g, now),
        Action::Message(m) => message::reduce(&mut s, m, now),
        Action::Lens(l) => lens::reduce(&mut s, l, now),
        Action::ToggleCompare(id) => {
            if let Some(pos) = s.compare.iter().position(|c| *c == id) {
                s.compare.remove(pos);
            } else if s.record(&id).is_some() && s.compare.len() < MAX_COMPARE {
                s.compare.push(id);
            }
        }
        Action::Import(records) => {
            let clashes: Vec<String> =
                records.iter().filter(|r| s.record(&r.id).is_some()).map(|r| r.id.clone()).collect();
            if clashes.is_empty() {
                apply_import(&mut s, records, ImportChoice::KeepBoth, now);
            } else {
                s.pending_import = Some(PendingImport { records, clashes });
            }
        }
        Action::ResolveImport(choice) => {
            if let Some(p) = s.pending_import.take() {
                if choice != ImportChoice::Cancel {
                    apply_import(&mut s, p.records, choice, now);
                }
            }
        }
        Action::OpenShared(a) => s.shared = Some(*a),
        Action::SaveSharedCopy => {
            if let Some(a) = s.shared.take() {
                s.add_and_open(a, now);
                s.notice = Some(Notice::SharedSaved);
            }
        }
        Action::CloseShared => s.shared = None,
        Action::Undo => {
            if let Some(snap) = s.undo.take() {
                s.records = snap.records;
                s.tables = snap.tables;
                s.current = snap.current;
                s.compare = snap.compare;
            }
            if matches!(
                s.notice,
                Some(
                    Notice::Deleted { .. }
                        | Notice::GroupRemoved { .. }
                        | Notice::StepRemoved { .. }
                        | Notice::AnswersPasted(..)
                        | Notice::VersionForgotten
                        | Notice::Imported { .. }
                        | Notice::AgreedApplied
                )
            ) {
                s.notice = None;
            }
        }
        a @ (Action::RtStart(..)
        | Action::RtOpen(..)
        | Action::RtDelete(..)
        | Action::RtRename(..)
        | Action::RtMode(..)
        | Action::RtTimebox(..)
        | Action::RtGroup(..)
        | Action::RtAddParticipant(..)
        | Action::RtRenameParticipant(..)
        | Action::RtRemoveParticipant(..)
        | Action::RtScoreAs(..)
        | Action::RtSetAnswer(..)
        | Action::RtSetNote(..)
        | Action::RtDone(..)
        | Action::RtAddReturned(..)
        | Action::RtAddPasted(..)
        | Action::RtReplaceReturned(..)
        | Action::RtReveal
        | Action::RtUnreveal
        | Action::RtAgree(..)
        | Action::RtAddDecision(..)
        | Action::RtRemoveDecision(..)
        | Action::RtAddAction(..)
        | Action::RtRemoveAction(..)
        | Action::RtApply
        | Action::OpenInvite(..)
        | Action::PSetLabel(..)
        | Action::PSetAnswer(..)
        | Action::PSetNote(..)
        | Action::PClose) => roundtable::reduce(&mut s, a, now),
        Action::Notify(n) => s.notice = Some(n),
        Action::Synced(r) => tabs::apply_synced(&mut s, *r),
        Action::RestoreLost => {
            if let Some(Notice::Overwritten { lost, .. }) = s.notice.take() {
                match lost.kind {
                    sync::Kind::Record => {
                        if let Some(r) = s.records.iter_mut().find(|r| r.id == lost.id) {
                            let mut back = sync::with_fields(&**r, &lost.fields);
                            back.updated = now;
                            *r = Rc::new(back);
                        }
                    }
                    sync::Kind::Table => {
                        if let Some(tb) = s.tables.iter_mut().find(|t| t.id == lost.id) {
                            *tb = sync::with_fields(tb, &lost.fields);
                            tb.updated = now;
                        }
                    }
                }
            }
        }
        Action::KeepCopy => {
            if let Some(Notice::DeletedElsewhere { title, kept }) = s.notice.take() {
                tabs::keep_copies(&mut s, kept, now);
                s.notice = Some(Notice::CopyKept { title });
            }
        }
        Action::Persisted(p) => s.persisted = Some(p),
        Action::Words(w) => s.words = w,
        Action::DismissNotice => {
            s.notice = None;
            s.undo = None;
        }
    }
    s
}

fn apply_import(s: &mut AppState, records: Vec<Record>, choice: ImportChoice, now: u64) {
    s.undo = Some(s.snapshot());
    let (mut added, mut replaced) = (0, 0);
    for mut r in records {
        match s.records.iter().position(|x| x.id == r.id) {
            Some(i) if choice == ImportChoice::Replace => {
                s.records[i] = Rc::new(r);
                replaced += 1;
            }
            Some(_) => {
                r.id = s.next_id(now);
                s.records.push(Rc::new(r));
                added += 1;
            }
            None => {
                s.records.push(Rc::new(r));
                added += 1;
            }
        }
    }
    s.notice = Some(Notice::Imported { added, replaced });
}
