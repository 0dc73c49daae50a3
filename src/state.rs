//! The one reducer of the app. Pure: no storage, no browser. The UI sends
//! [`Action`]s; effects (saving, the `lang` attribute) run after a change,
//! in `ui::effects`, never here.

use crate::domain::*;
use crate::i18n::examples::example;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The screens of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// Start: continue, new assessment, or an example.
    #[default]
    Start,
    /// The assessment: describe, score, live result.
    Assess,
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
    /// The previous assessment was replaced; undo brings it back.
    Replaced,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// True when the user picked the language (then it is saved).
    pub lang_chosen: bool,
    pub view: View,
    pub assessment: Assessment,
    /// The assessment before the last replacement, for undo.
    pub previous: Option<Assessment>,
    pub notice: Option<Notice>,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            lang_chosen: false,
            view: View::Start,
            assessment: Assessment::default(),
            previous: None,
            notice: None,
        }
    }

    /// The state a saved session restores to.
    pub fn restore(browser_lang: Lang, saved: crate::codec::Saved) -> Self {
        AppState {
            lang: saved.lang.unwrap_or(browser_lang),
            lang_chosen: saved.lang.is_some(),
            view: saved.view,
            assessment: saved.assessment,
            previous: None,
            notice: None,
        }
    }

    /// The language to save: only an explicit choice.
    pub fn saved_lang(&self) -> Option<Lang> {
        self.lang_chosen.then_some(self.lang)
    }

    /// True when the assessment is an example exactly as it was loaded.
    pub fn is_pristine_example(&self) -> bool {
        self.assessment.example.is_some_and(|id| example(id).build(self.lang) == self.assessment)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Show(View),
    /// Start a blank assessment (the current one can be brought back).
    New,
    /// Start from a built-in example.
    LoadExample(ExampleId),
    /// Open the current assessment.
    Continue,
    SetIdea(IdeaField, String),
    SetDimension(DimensionId, Option<Answer>),
    SetDimensionNote(DimensionId, String),
    SetValue(ValueQuestion, Option<Answer>),
    SetValueNote(ValueQuestion, String),
    SetOrgValues(String),
    SetFlag(RedFlag, Option<FlagAnswer>),
    SetFlagNote(RedFlag, String),
    /// Bring back the assessment that the last New / LoadExample replaced.
    Undo,
    Notify(Notice),
    DismissNotice,
}

/// Applies an action. Returns the new state; the old one is unchanged.
pub fn reduce(state: &AppState, action: Action) -> AppState {
    let mut s = state.clone();
    match action {
        Action::SetLang(lang) => {
            // An example nobody has touched yet follows the language; once
            // edited, the text is the user's own and stays as written.
            let pristine = s.is_pristine_example();
            s.lang = lang;
            s.lang_chosen = true;
            if pristine {
                if let Some(id) = s.assessment.example {
                    s.assessment = example(id).build(lang);
                }
            }
        }
        Action::Show(view) => s.view = view,
        Action::New => replace(&mut s, Assessment::default()),
        Action::LoadExample(id) => {
            let next = example(id).build(s.lang);
            replace(&mut s, next)
        }
        Action::Continue => s.view = View::Assess,
        Action::SetIdea(field, text) => *s.assessment.idea.get_mut(field) = text,
        Action::SetDimension(d, answer) => s.assessment.dimension_mut(d).answer = answer,
        Action::SetDimensionNote(d, note) => s.assessment.dimension_mut(d).note = note,
        Action::SetValue(q, answer) => s.assessment.value_mut(q).answer = answer,
        Action::SetValueNote(q, note) => s.assessment.value_mut(q).note = note,
        Action::SetOrgValues(text) => s.assessment.org_values = text,
        Action::SetFlag(f, answer) => s.assessment.flag_mut(f).answer = answer,
        Action::SetFlagNote(f, note) => s.assessment.flag_mut(f).note = note,
        Action::Undo => {
            if let Some(prev) = s.previous.take() {
                s.assessment = prev;
                s.view = View::Assess;
            }
            if s.notice == Some(Notice::Replaced) {
                s.notice = None;
            }
        }
        Action::Notify(n) => s.notice = Some(n),
        Action::DismissNotice => {
            s.notice = None;
            s.previous = None;
        }
    }
    s.assessment.normalise();
    s
}

fn replace(s: &mut AppState, next: Assessment) {
    let old = std::mem::replace(&mut s.assessment, next);
    if old.is_blank() || old == s.assessment {
        s.previous = None;
        if s.notice == Some(Notice::Replaced) {
            s.notice = None;
        }
    } else {
        s.previous = Some(old);
        s.notice = Some(Notice::Replaced);
    }
    s.view = View::Assess;
}
