//! The one reducer of the app. Pure: no storage, no browser, no clock. The
//! UI sends [`Action`]s with the current time; effects (saving, downloads,
//! clipboard, the `lang` attribute) run after a change, in `ui::effects`,
//! never here.

use crate::codec::storage::Saved;
use crate::domain::*;
use crate::i18n::examples::example;
use crate::i18n::{ui as t, Lang};
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
    /// How the verdict is computed: the whole rule set.
    Rules,
    /// About the frameworks and their sources.
    About,
}

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
    /// A file was imported: how many added and replaced.
    Imported { added: usize, replaced: usize },
    /// A file or link could not be read; nothing changed.
    ReadFailed { detail: String },
    /// The share link was copied to the clipboard.
    LinkCopied,
    /// The Markdown report was copied to the clipboard.
    MarkdownCopied,
    /// The clipboard refused; the text is shown to copy by hand.
    CopyFailed,
    /// The assessment is too large for a link: use a file.
    LinkTooLong,
    /// The shared assessment was saved as a copy.
    SharedSaved,
}

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
    pub records: Vec<Record>,
    pub current: Option<String>,
    pub compare: Vec<String>,
}

/// At most this many assessments are compared at once.
pub const MAX_COMPARE: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// True when the user picked the language (then it is saved).
    pub lang_chosen: bool,
    pub view: View,
    pub records: Vec<Record>,
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
    /// Goes up with every action that may change what is saved, so the
    /// save effect can run only then.
    pub revision: u64,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            lang_chosen: false,
            view: View::Start,
            records: Vec::new(),
            current: None,
            compare: Vec::new(),
            seq: 0,
            undo: None,
            notice: None,
            shared: None,
            pending_import: None,
            revision: 0,
        }
    }

    /// The state a saved collection restores to.
    pub fn restore(browser_lang: Lang, saved: Saved) -> Self {
        AppState {
            lang: saved.lang.unwrap_or(browser_lang),
            lang_chosen: saved.lang.is_some(),
            view: saved.view,
            records: saved.records,
            current: saved.current,
            compare: saved.compare,
            seq: saved.seq,
            ..AppState::new(browser_lang)
        }
    }

    /// What is saved: everything but transient things (notices, undo, a shared link).
    pub fn to_saved(&self) -> Saved {
        Saved {
            lang: self.lang_chosen.then_some(self.lang),
            view: self.view,
            current: self.current.clone(),
            compare: self.compare.clone(),
            seq: self.seq,
            records: self.records.clone(),
        }
    }

    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }

    /// The open assessment's record.
    pub fn current_record(&self) -> Option<&Record> {
        self.current.as_deref().and_then(|id| self.record(id))
    }

    /// The records picked for comparison that still exist, in pick order.
    pub fn compared(&self) -> Vec<&Record> {
        self.compare.iter().filter_map(|id| self.record(id)).collect()
    }

    /// Records, most recently changed first.
    pub fn by_recent(&self) -> Vec<&Record> {
        let mut v: Vec<&Record> = self.records.iter().collect();
        v.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.created.cmp(&a.created)));
        v
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot { records: self.records.clone(), current: self.current.clone(), compare: self.compare.clone() }
    }

    fn next_id(&mut self, now: u64) -> String {
        loop {
            self.seq = self.seq.wrapping_add(1);
            let id = make_id(now, self.seq);
            if self.record(&id).is_none() {
                return id;
            }
        }
    }

    /// Adds an assessment as a new record and opens it.
    fn add_and_open(&mut self, assessment: Assessment, now: u64) -> String {
        let id = self.next_id(now);
        self.records.push(Record { id: id.clone(), created: now, updated: now, assessment });
        self.current = Some(id.clone());
        self.view = View::Assess;
        id
    }

    fn edit(&mut self, now: u64, f: impl FnOnce(&mut Assessment)) {
        let Some(id) = self.current.clone() else { return };
        if let Some(r) = self.records.iter_mut().find(|r| r.id == id) {
            let before = r.assessment.clone();
            f(&mut r.assessment);
            r.assessment.normalise();
            if r.assessment != before {
                r.updated = now;
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

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Show(View),
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
    /// Pick or unpick an assessment for comparison.
    ToggleCompare(String),
    /// Records read from a file.
    Import(Vec<Record>),
    ResolveImport(ImportChoice),
    /// An assessment from a share link.
    OpenShared(Box<Assessment>),
    SaveSharedCopy,
    CloseShared,
    /// Bring back the collection before the last delete or replacing import.
    Undo,
    Notify(Notice),
    DismissNotice,
}

/// Applies an action at time `now` (ms since epoch). Returns the new state.
pub fn reduce(state: &AppState, action: Action, now: u64) -> AppState {
    let mut s = state.clone();
    let transient =
        matches!(action, Action::Notify(_) | Action::DismissNotice | Action::OpenShared(_) | Action::CloseShared);
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
                        r.assessment = example(id).build(lang);
                    }
                }
            }
            s.lang = lang;
            s.lang_chosen = true;
        }
        Action::Show(view) => {
            let needs_current = matches!(view, View::Assess | View::Report);
            if !(needs_current && s.current_record().is_none()) {
                s.view = view;
            }
        }
        Action::New => {
            s.add_and_open(Assessment::default(), now);
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
                s.compare.retain(|c| *c != id);
                if s.current.as_deref() == Some(id.as_str()) {
                    s.current = None;
                    if matches!(s.view, View::Assess | View::Report) {
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
                s.current = snap.current;
                s.compare = snap.compare;
            }
            if matches!(s.notice, Some(Notice::Deleted { .. } | Notice::Imported { .. })) {
                s.notice = None;
            }
        }
        Action::Notify(n) => s.notice = Some(n),
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
                s.records[i] = r;
                replaced += 1;
            }
            Some(_) => {
                r.id = s.next_id(now);
                s.records.push(r);
                added += 1;
            }
            None => {
                s.records.push(r);
                added += 1;
            }
        }
    }
    s.notice = Some(Notice::Imported { added, replaced });
}
