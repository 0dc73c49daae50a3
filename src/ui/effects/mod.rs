//! All side effects of the app: browser storage, the browser's language, the
//! document's `lang` and title, focus, the URL fragment, files (download and
//! upload), the clipboard and printing. Nothing else in the UI touches them,
//! and the reducer never does. Every browser call that can fail is handled:
//! no `unwrap`/`expect` here.
//!
//! By concern: [`host`] (where the app lives, the host page, files next to
//! the app), [`storage`] (load, save, backups), [`files`] (download, upload,
//! clipboard, print) and [`url`] (share links and invites in the fragment).
//! This module keeps what they share (the clock, the window, language,
//! focus, dates, timers) and re-exports everything, so callers write
//! `effects::xyz` whichever file it lives in.

pub mod files;
pub mod host;
pub mod kept;
pub mod storage;
pub mod url;

pub use crate::i18n::ui::describe_decode as describe;
pub use files::{can_share, copy_text, download, print, read_chosen_file, share_text};
pub use host::{
    app_file_url, apply_theme, data_attribute_pairs, fetch_app_file, inline_config, load_words, opened_from_disk,
    owns_page, prefers_dark, prepare_host, query_pairs, tell_host, Fetched,
};
pub use storage::{load_initial, reload};
pub use url::{
    clear_fragment, invite_fragment, invite_url, on_hash_change, page_url_with_fragment, read_fragment, share_url,
    shared_fragment, show_fragment, Fragment,
};

pub use gloo::timers::callback::Interval;

use crate::i18n::{ui as t, Lang};
use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The browser's preferred language, mapped onto the product's two.
pub fn browser_lang() -> Lang {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Lang::default();
    };
    let prefs: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if prefs.is_empty() {
        return Lang::from_preferences(nav.language().as_deref());
    }
    Lang::from_preferences(prefs.iter().map(String::as_str))
}

/// Sets the app's language (on its root element) and, when the app owns the
/// page, the document's language and title.
pub fn apply_lang(lang: Lang) {
    if let Some(h) = host::host() {
        let _ = h.container.set_attribute("lang", lang.code());
        if h.shadow.is_some() {
            return;
        }
    }
    if let Some(doc) = document() {
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
    let el = host::query(selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Scrolls the first element matching `selector` to the top of the
/// screen and focuses it.
pub fn show_selector(selector: &str) {
    let el = host::query(selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        el.scroll_into_view_with_bool(true);
        let _ = el.focus();
    }
}

/// A timestamp as local date and time in the user's language.
pub fn local_datetime(ms: u64, lang: Lang) -> String {
    thread_local! {
        // One `Intl.DateTimeFormat` per language, made once: making one per
        // call (what `toLocaleString` with options does) cost about 0.1 ms,
        // 20 ms for every render of a list of 200 (the benchmark).
        static FORMAT: std::cell::RefCell<Option<(Lang, js_sys::Function)>> = const { std::cell::RefCell::new(None) };
    }
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let format = FORMAT.with(|cell| {
        let mut cell = cell.borrow_mut();
        match &*cell {
            Some((l, f)) if *l == lang => f.clone(),
            _ => {
                let locale = match lang {
                    Lang::Nl => "nl-NL",
                    Lang::En => "en-GB",
                };
                let opts = js_sys::Object::new();
                for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
                    let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
                }
                let locales = js_sys::Array::of1(&JsValue::from_str(locale));
                let f = js_sys::Intl::DateTimeFormat::new(&locales, &opts).format();
                *cell = Some((lang, f.clone()));
                f
            }
        }
    });
    format.call1(&JsValue::NULL, &date).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// Calls `tick` every second until the returned handle is dropped.
/// (`gloo` throws if `setInterval` fails, which it does not for a function.)
pub fn every_second(tick: impl FnMut() + 'static) -> Interval {
    Interval::new(1000, tick)
}
