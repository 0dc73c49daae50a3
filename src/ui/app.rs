//! The root component: holds the one reducer, runs the effects after each
//! change, and lays out header, notice, the current view and footer.

use super::{assess, effects, pages};
use crate::i18n::ui as t;
use crate::state::{self, Action, AppState, Notice, View};
use std::rc::Rc;
use yew::prelude::*;

/// The reducer's state, wrapped for Yew.
#[derive(PartialEq)]
pub struct Store(pub AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(state::reduce(&self.0, action)))
    }
}

#[component]
pub fn App() -> Html {
    let store = use_reducer_eq(|| Store(effects::load_initial()));
    let dispatch: Callback<Action> = {
        let store = store.clone();
        Callback::from(move |a| store.dispatch(a))
    };
    let s = &store.0;

    // Save after every change of what is kept; report a failed save once.
    {
        let dispatch = dispatch.clone();
        let st = s.clone();
        let key = (st.saved_lang(), st.view, st.assessment.clone());
        use_effect_with(key, move |_| {
            if !effects::save(&st) && st.notice != Some(Notice::SaveFailed) {
                dispatch.emit(Action::Notify(Notice::SaveFailed));
            }
        });
    }
    use_effect_with(s.lang, |lang| effects::apply_lang(*lang));
    // Focus the new view's heading, but not on first load.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(s.view, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                effects::focus_main_heading();
            }
        });
    }

    let lang = s.lang;
    let view = match s.view {
        View::Start => pages::start(s, &dispatch),
        View::Assess => assess::view(s, &dispatch),
        View::Rules => pages::rules(lang),
        View::About => pages::about(lang),
    };
    html! {
        <>
            <a class="skip" href="#main">{ t::SKIP_TO_CONTENT.get(lang) }</a>
            { header(s, &dispatch) }
            { notice(s, &dispatch) }
            <main id="main" class={classes!("view", format!("view-{:?}", s.view).to_lowercase())}>
                { view }
            </main>
            <footer class="site-footer">
                <p>{ t::PRIVACY_LINE.get(lang) }</p>
                <p>{ t::FOOTER.get(lang) }</p>
            </footer>
        </>
    }
}

fn header(s: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let nav_item = |view: View, label: &'static str, key: &'static str| {
        let current = s.view == view;
        let onclick = dispatch.reform(move |_| Action::Show(view));
        html! {
            <li>
                <button type="button" data-view={key} aria-current={current.then_some("page")} {onclick}>{ label }</button>
            </li>
        }
    };
    let switch = dispatch.reform(move |_| Action::SetLang(lang.other()));
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="logo" aria-hidden="true">{"?"}</span>
                <span class="name">{ t::APP_NAME.get(lang) }</span>
            </div>
            <nav aria-label={t::NAV_LABEL.get(lang)}>
                <ul>
                    { nav_item(View::Start, t::NAV_START.get(lang), "start") }
                    { nav_item(View::Assess, t::NAV_ASSESS.get(lang), "assess") }
                    { nav_item(View::Rules, t::NAV_RULES.get(lang), "rules") }
                    { nav_item(View::About, t::NAV_ABOUT.get(lang), "about") }
                </ul>
            </nav>
            <button type="button" id="lang-switch" class="lang-switch" onclick={switch}
                aria-label={t::LANG_SWITCH_LABEL.get(lang)} lang={lang.other().code()}>
                { t::LANG_SWITCH.get(lang) }
            </button>
        </header>
    }
}

fn notice(s: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(n) = &s.notice else {
        return html! { <div id="notice-region" role="status" aria-live="polite"></div> };
    };
    let (kind, lines): (&str, Vec<String>) = match n {
        Notice::StorageUnavailable => ("warning", vec![t::NOTICE_STORAGE_UNAVAILABLE.get(lang).into()]),
        Notice::StorageUnreadable { backup_key, detail } => {
            let mut lines = vec![t::NOTICE_STORAGE_UNREADABLE.fill(lang, &[("detail", detail)])];
            if let Some(key) = backup_key {
                lines.push(t::NOTICE_BACKUP_KEPT.fill(lang, &[("key", key)]));
            }
            ("warning", lines)
        }
        Notice::SaveFailed => ("warning", vec![t::NOTICE_SAVE_FAILED.get(lang).into()]),
        Notice::Replaced => ("info", vec![t::NOTICE_REPLACED.get(lang).into()]),
    };
    let undo = (*n == Notice::Replaced && s.previous.is_some()).then(|| {
        html! { <button type="button" id="undo" class="primary" onclick={dispatch.reform(|_| Action::Undo)}>{ t::UNDO.get(lang) }</button> }
    });
    html! {
        <div id="notice-region" role="status" aria-live="polite">
            <div id="notice" class={classes!("notice", kind)}>
                <div class="notice-text">{ for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }</div>
                <div class="notice-actions">
                    { undo }
                    <button type="button" id="dismiss-notice" onclick={dispatch.reform(|_| Action::DismissNotice)}>{ t::DISMISS.get(lang) }</button>
                </div>
            </div>
        </div>
    }
}
