//! All side effects of the app: browser storage, the browser's language, the
//! document's `lang` and title, focus. Nothing else in the UI touches them,
//! and the reducer never does.

use crate::codec::{self, DecodeError, BACKUP_PREFIX, STORAGE_KEY};
use crate::i18n::{ui as t, Lang};
use crate::state::{AppState, Notice};
use web_sys::Storage;

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The browser's preferred language, mapped onto the product's two.
pub fn browser_lang() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::default();
    };
    let prefs: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if prefs.is_empty() {
        return Lang::from_preferences(nav.language().as_deref());
    }
    Lang::from_preferences(prefs.iter().map(String::as_str))
}

/// The state to start with: the saved session, or a fresh one with a notice
/// saying why the saved one could not be used. Unreadable content is moved
/// aside under a backup key first, never overwritten.
pub fn load_initial() -> AppState {
    let lang = browser_lang();
    let Some(store) = storage() else {
        let mut s = AppState::new(lang);
        s.notice = Some(Notice::StorageUnavailable);
        return s;
    };
    let raw = match store.get_item(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return AppState::new(lang),
        Err(_) => {
            let mut s = AppState::new(lang);
            s.notice = Some(Notice::StorageUnavailable);
            return s;
        }
    };
    match codec::decode(&raw) {
        Ok(saved) => AppState::restore(lang, saved),
        Err(err) => {
            let backup_key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
            let kept = store.set_item(&backup_key, &raw).is_ok();
            if kept {
                let _ = store.remove_item(STORAGE_KEY);
            }
            let mut s = AppState::new(lang);
            s.notice = Some(Notice::StorageUnreadable {
                backup_key: kept.then_some(backup_key),
                detail: describe(&err, lang),
            });
            s
        }
    }
}

/// A decode error in words, in the app's language.
pub fn describe(err: &DecodeError, lang: Lang) -> String {
    match err {
        DecodeError::TooLarge { bytes, limit } => {
            t::DECODE_TOO_LARGE.fill(lang, &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())])
        }
        DecodeError::Malformed(detail) => t::DECODE_MALFORMED.fill(lang, &[("detail", detail)]),
        DecodeError::NotOurs => t::DECODE_NOT_OURS.get(lang).to_string(),
        DecodeError::FutureVersion(v) => t::DECODE_FUTURE.fill(lang, &[("version", &v.to_string())]),
    }
}

/// Saves the session. `false` when the browser refused (full, blocked).
/// When storage was unavailable from the start there is nothing to do.
pub fn save(state: &AppState) -> bool {
    let Some(store) = storage() else {
        return true;
    };
    let doc = codec::encode(state.saved_lang(), state.view, &state.assessment);
    store.set_item(STORAGE_KEY, &doc).is_ok()
}

/// Sets the document's language and title.
pub fn apply_lang(lang: Lang) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(t::APP_NAME.get(lang));
    }
}

/// Moves focus to the main heading, so keyboard and screen-reader users
/// land at the start of a newly shown view.
pub fn focus_main_heading() {
    focus_selector("main h1");
}

/// Focuses the first element matching a CSS selector, if any.
pub fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
