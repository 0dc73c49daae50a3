//! All side effects of the app: browser storage, the browser's language, the
//! document's `lang` and title, focus, the URL fragment, files (download and
//! upload), the clipboard and printing. Nothing else in the UI touches them,
//! and the reducer never does. Every browser call that can fail is handled:
//! no `unwrap`/`expect` here.

use crate::codec::storage::{self, BACKUP_PREFIX, LEGACY_KEY, STORAGE_KEY};
use crate::codec::{link, DecodeError, MAX_FILE_BYTES};
use crate::domain::Assessment;
use crate::i18n::{ui as t, Lang};
use crate::state::{AppState, Notice};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

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

// --- Where the app lives ----------------------------------------------------

/// The element the app is mounted in, and how.
struct Host {
    /// The `[data-wenselijk]` element.
    element: web_sys::Element,
    /// Set when the app renders in the element's shadow root (a host page).
    shadow: Option<web_sys::ShadowRoot>,
    /// The app's own root element (class `wj`), inside the shadow root or the page.
    container: web_sys::Element,
    /// The address of the app's folder.
    base: String,
}

thread_local! {
    static HOST: std::cell::RefCell<Option<std::rc::Rc<Host>>> = const { std::cell::RefCell::new(None) };
}

fn host() -> Option<std::rc::Rc<Host>> {
    HOST.with(|h| h.borrow().clone())
}

/// True when the app owns the page (its own `index.html`), false in a host page.
pub fn owns_page() -> bool {
    host().is_none_or(|h| h.shadow.is_none())
}

/// The URL's query parameters, decoded.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    for key in crate::embed::KEYS {
        for v in params.get_all(key).iter().filter_map(|v| v.as_string()) {
            pairs.push((key.to_string(), v));
        }
    }
    pairs
}

/// The element's `data-*` attributes named like the options, without the prefix.
pub fn data_attribute_pairs(el: &web_sys::Element) -> Vec<(String, String)> {
    crate::embed::KEYS
        .iter()
        .filter_map(|k| el.get_attribute(&format!("data-{k}")).map(|v| (k.to_string(), v)))
        .collect()
}

/// Prepares the host element and returns the element to render into:
/// adopts the stylesheet (a constructed one, which a strict
/// Content-Security-Policy allows), and in a host page attaches a shadow
/// root first. `None` when the app is already on this page.
pub fn prepare_host(
    element: &web_sys::Element,
    page: bool,
    css: &str,
    options: &crate::embed::Options,
    base: String,
) -> Option<web_sys::Element> {
    let doc = document()?;
    if host().is_some() || element.shadow_root().is_some() {
        element.set_text_content(Some(t::MOUNT_TWICE.get(browser_lang())));
        return None;
    }
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    let sheets = js_sys::Array::of1(&sheet);
    let container = doc.create_element("div").ok()?;
    container.set_class_name("wj");
    let _ = container.set_attribute("data-theme", options.theme.key());
    let shadow = if page {
        doc.set_adopted_style_sheets(&sheets);
        element.set_text_content(None);
        element.append_child(&container).ok()?;
        None
    } else {
        let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
        let shadow = element.attach_shadow(&init).ok()?;
        shadow.set_adopted_style_sheets(&sheets);
        shadow.append_child(&container).ok()?;
        Some(shadow)
    };
    let _ = container.set_attribute("data-compact", if options.compact { "true" } else { "false" });
    HOST.with(|h| {
        *h.borrow_mut() =
            Some(std::rc::Rc::new(Host { element: element.clone(), shadow, container: container.clone(), base }))
    });
    Some(container)
}

/// The first element matching `selector` inside the app.
fn query(selector: &str) -> Option<web_sys::Element> {
    match host() {
        Some(h) => match &h.shadow {
            Some(shadow) => shadow.query_selector(selector).ok().flatten(),
            None => h.container.query_selector(selector).ok().flatten(),
        },
        None => document()?.query_selector(selector).ok().flatten(),
    }
}

fn local_storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
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

/// The state to start with: the saved collection (or a first-release session,
/// migrated), or a fresh state with a notice saying why the saved one could
/// not be used. Unreadable content is copied aside under a backup key before
/// anything else is written, never overwritten.
pub fn load_initial() -> AppState {
    let lang = browser_lang();
    let unavailable = || {
        let mut s = AppState::new(lang);
        s.notice = Some(Notice::StorageUnavailable);
        s
    };
    let Some(store) = local_storage() else {
        return unavailable();
    };
    let (key, raw) = match (store.get_item(STORAGE_KEY), store.get_item(LEGACY_KEY)) {
        (Ok(Some(raw)), _) => (STORAGE_KEY, raw),
        (Ok(None), Ok(Some(raw))) => (LEGACY_KEY, raw),
        (Ok(None), Ok(None)) => return AppState::new(lang),
        _ => return unavailable(),
    };
    match storage::decode(&raw, now()) {
        Ok(saved) => {
            let state = AppState::restore(lang, saved);
            // A migrated first-release session: write the new format, then
            // retire the old key only once the new one is safely stored.
            if key == LEGACY_KEY && save(&state) {
                let _ = store.remove_item(LEGACY_KEY);
            }
            state
        }
        Err(err) => {
            let backup_key = format!("{BACKUP_PREFIX}{}", now());
            let kept = store.set_item(&backup_key, &raw).is_ok();
            if kept {
                let _ = store.remove_item(key);
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
    let n = |x: &usize| x.to_string();
    match err {
        DecodeError::TooLarge { bytes, limit } => {
            t::DECODE_TOO_LARGE.fill(lang, &[("bytes", &n(bytes)), ("limit", &n(limit))])
        }
        DecodeError::Malformed(detail) => t::DECODE_MALFORMED.fill(lang, &[("detail", detail)]),
        DecodeError::NotOurs => t::DECODE_NOT_OURS.get(lang).to_string(),
        DecodeError::FutureVersion(v) => t::DECODE_FUTURE.fill(lang, &[("version", &v.to_string())]),
        DecodeError::TooMany { count, limit } => {
            t::DECODE_TOO_MANY.fill(lang, &[("count", &n(count)), ("limit", &n(limit))])
        }
        DecodeError::TextTooLong { field, chars, limit } => {
            t::DECODE_TEXT_TOO_LONG.fill(lang, &[("field", field), ("chars", &n(chars)), ("limit", &n(limit))])
        }
        DecodeError::BadLink(detail) => t::DECODE_BAD_LINK.fill(lang, &[("detail", detail)]),
    }
}

/// Saves the collection. `false` when the browser refused (full, blocked).
/// When storage was unavailable from the start there is nothing to do.
pub fn save(state: &AppState) -> bool {
    let Some(store) = local_storage() else {
        return true;
    };
    store.set_item(STORAGE_KEY, &storage::encode(&state.to_saved())).is_ok()
}

/// Sets the app's language (on its root element) and, when the app owns the
/// page, the document's language and title.
pub fn apply_lang(lang: Lang) {
    if let Some(h) = host() {
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
    let el = query(selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

// --- Share links ---------------------------------------------------------

/// The share payload in the current URL, if there is one (`#s1.…`).
pub fn shared_fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    let payload = hash.strip_prefix('#')?;
    (!payload.is_empty() && payload.starts_with('s')).then(|| payload.to_string())
}

/// What the URL's fragment carries: a shared assessment or a round-table invite.
pub enum Fragment {
    Shared(Result<Assessment, DecodeError>),
    Invite(Result<crate::codec::roundtable::Invite, DecodeError>),
}

/// Reads the URL's fragment, if it carries anything.
pub fn read_fragment() -> Option<Fragment> {
    let f = shared_fragment().or_else(|| {
        let hash = window()?.location().hash().ok()?;
        hash.strip_prefix("#r").map(|rest| format!("r{rest}"))
    })?;
    Some(if f.starts_with('r') {
        Fragment::Invite(crate::codec::roundtable::decode_invite(&f))
    } else {
        Fragment::Shared(link::decode(&f))
    })
}

/// Removes the fragment from the address bar without reloading or adding history.
pub fn clear_fragment() {
    let Some(w) = window() else { return };
    let Ok(href) = w.location().href() else { return };
    let base = href.split('#').next().unwrap_or_default().to_string();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&base));
    }
}

/// This page's address with another fragment.
pub fn page_url_with_fragment(fragment: &str) -> String {
    let base = window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    format!("{base}#{fragment}")
}

/// The full share URL for an assessment, and whether it is short enough.
pub fn share_url(a: &Assessment) -> (String, bool) {
    let fragment = link::encode(a);
    let fits = link::fits(&fragment);
    (page_url_with_fragment(&fragment), fits)
}

/// Calls `on_change` whenever the URL fragment changes (a link pasted into
/// this tab). The listener lives as long as the page.
pub fn on_hash_change(on_change: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_change);
    if w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref()).is_ok() {
        closure.forget();
    }
}

// --- Files -----------------------------------------------------------------

/// Offers `text` as a file download. `false` if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let doc = document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        let body = doc.body()?;
        body.append_child(&a).ok()?;
        a.click();
        a.remove();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// Reads the first file chosen in a file input. Refuses files over the size
/// limit before reading them. Calls `done` with the text or an error message.
pub fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    lang: Lang,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    let Some(file) = input.files().and_then(|list| list.get(0)) else {
        return;
    };
    // Let the same file be chosen again later.
    input.set_value("");
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        done(Err(describe(&DecodeError::TooLarge { bytes: size, limit: MAX_FILE_BYTES }, lang)));
        return;
    }
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(v) => done(v.as_string().ok_or_else(|| t::FILE_UNREADABLE.get(lang).to_string())),
            Err(_) => done(Err(t::FILE_UNREADABLE.get(lang).to_string())),
        }
    });
}

// --- Clipboard and print -----------------------------------------------

/// Copies text to the clipboard; `done(true)` on success.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
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

/// A running `setInterval`; dropping it stops the interval.
pub struct Interval {
    id: i32,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(w) = window() {
            w.clear_interval_with_handle(self.id);
        }
    }
}

/// Calls `tick` every second until the returned handle is dropped.
pub fn every_second(tick: impl FnMut() + 'static) -> Option<Interval> {
    let w = window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(tick);
    let id = w.set_interval_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), 1000).ok()?;
    Some(Interval { id, _closure: closure })
}

// --- Messages to the host page ---------------------------------------------

/// Tells the page around the app about a change (`message`: JSON from
/// `embed::verdict_message` or `embed::ready_message`). In a host page that
/// mounted the app, as a DOM event `wenselijk:<type>` on the host element
/// (bubbling, `detail` = the message). In an iframe, with `postMessage` to
/// the parent, addressed to one origin only (`embed::message_target`); when
/// no origin is known, nothing is sent.
pub fn tell_host(options: &crate::embed::Options, message: &str) {
    let (Some(h), Some(w)) = (host(), window()) else { return };
    let Ok(detail) = js_sys::JSON::parse(message) else { return };
    if h.shadow.is_some() {
        let kind = js_sys::Reflect::get(&detail, &JsValue::from_str("type")).ok().and_then(|v| v.as_string());
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&detail);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict(&format!("wenselijk:{}", kind.unwrap_or_default()), &init)
        {
            let _ = h.element.dispatch_event(&event);
        }
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    if JsValue::from(&parent) == JsValue::from(&w) {
        return;
    }
    let referrer = document().map(|d| d.referrer()).unwrap_or_default();
    if let Some(target) = crate::embed::message_target(options, &referrer) {
        let _ = parent.post_message(&detail, &target);
    }
}

// --- Files next to the app -----------------------------------------------

/// What fetching a file from the app's folder gave.
pub enum Fetched {
    Text(String),
    /// The server says there is no such file (404).
    Missing,
    /// Not fetched: the path leaves the app's origin or is not an address.
    Refused,
    /// The request failed (offline, blocked) or the answer was not readable.
    Failed,
    /// The server answered with another error status.
    Status(u16),
}

/// Fetches `path`, relative to the app's folder, from the app's own origin
/// only (a path that resolves elsewhere is refused before any request).
pub fn fetch_app_file(path: &str, done: impl FnOnce(Fetched) + 'static) {
    let page = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = host().map_or(page, |h| h.base.clone());
    let url = web_sys::Url::new_with_base(path, &base).ok();
    let base_origin = web_sys::Url::new(&base).ok().map(|u| u.origin());
    let (Some(url), Some(w)) = (url, window()) else {
        return done(Fetched::Refused);
    };
    if Some(url.origin()) != base_origin {
        return done(Fetched::Refused);
    }
    let request = w.fetch_with_str(&url.href());
    wasm_bindgen_futures::spawn_local(async move {
        use wasm_bindgen_futures::JsFuture;
        let response = match JsFuture::from(request).await.map(|r| r.dyn_into::<web_sys::Response>()) {
            Ok(Ok(r)) => r,
            _ => return done(Fetched::Failed),
        };
        match response.status() {
            404 => return done(Fetched::Missing),
            s if !response.ok() => return done(Fetched::Status(s)),
            _ => {}
        }
        let text = match response.text() {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
            Err(_) => None,
        };
        done(text.map_or(Fetched::Failed, Fetched::Text));
    });
}

/// The address of a file in the app's folder (for an organisation's logo).
pub fn app_file_url(path: &str) -> Option<String> {
    let base = host()?.base.clone();
    web_sys::Url::new_with_base(path, &base).ok().map(|u| u.href())
}

/// True when the page was opened from disk (a single-file build).
pub fn opened_from_disk() -> bool {
    window().and_then(|w| w.location().protocol().ok()).as_deref() == Some("file:")
}

/// Sets CSS custom properties on the app's root element: the
/// organisation's colours (set through the CSS object model, which a strict
/// Content-Security-Policy allows). Properties not in `props` are removed.
pub fn apply_theme(props: &[(&'static str, String)]) {
    let Some(h) = host() else { return };
    let Some(el) = h.container.dyn_ref::<web_sys::HtmlElement>() else { return };
    let style = el.style();
    for name in crate::config::Theme::CSS_PROPERTIES {
        let _ = style.remove_property(name);
    }
    for (name, value) in props {
        let _ = style.set_property(name, value);
    }
}

/// Whether the reader's system is set to a dark colour scheme.
pub fn prefers_dark() -> bool {
    window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()).is_some_and(|m| m.matches())
}

/// The configuration a single-file build carries in the page, as
/// `<script type="application/json" id="wenselijk-config">` (data, never run).
pub fn inline_config() -> Option<String> {
    let el = document()?.get_element_by_id("wenselijk-config")?;
    (el.get_attribute("type").as_deref() == Some("application/json")).then(|| el.text_content()).flatten()
}
