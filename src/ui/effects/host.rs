//! Where the app lives: its own page or a shadow root in a host page, lookups
//! inside it, the options from the URL or the element, messages to the host
//! page, files fetched from the app's own folder, and the theme. Every
//! browser call that can fail is handled: no `unwrap`/`expect` here.

use super::{browser_lang, document, window};
use crate::i18n::ui as t;
use wasm_bindgen::{JsCast, JsValue};

/// The element the app is mounted in, and how.
pub(super) struct Host {
    /// The `[data-wenselijk]` element.
    element: web_sys::Element,
    /// Set when the app renders in the element's shadow root (a host page).
    pub(super) shadow: Option<web_sys::ShadowRoot>,
    /// The app's own root element (class `wj`), inside the shadow root or the page.
    pub(super) container: web_sys::Element,
    /// The address of the app's folder.
    base: String,
}

thread_local! {
    static HOST: std::cell::RefCell<Option<std::rc::Rc<Host>>> = const { std::cell::RefCell::new(None) };
}

pub(super) fn host() -> Option<std::rc::Rc<Host>> {
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
pub(super) fn query(selector: &str) -> Option<web_sys::Element> {
    match host() {
        Some(h) => match &h.shadow {
            Some(shadow) => shadow.query_selector(selector).ok().flatten(),
            None => h.container.query_selector(selector).ok().flatten(),
        },
        None => document()?.query_selector(selector).ok().flatten(),
    }
}

// --- Messages to the host page ---------------------------------------------

/// Tells the page around the app about a change (`message`: JSON from
/// `embed::verdict_message` or `embed::ready_message`). In a host page that
/// mounted the app, as a DOM event `wenselijk:<type>` on the host element
/// (bubbling, `detail` = the message). In an iframe, with `postMessage` to
/// the parent, addressed to one origin only (`embed::message_target`); when
/// no origin is known, nothing is sent. The message carries no user text
/// (no idea texts, notes or group names; see `embed::verdict_message`).
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

/// True in a single-file build (`scripts/single-file.mjs`): the page
/// always carries the configuration as a data block there, and nowhere else.
pub fn single_file() -> bool {
    inline_config().is_some()
}

/// The configuration a single-file build carries in the page, as
/// `<script type="application/json" id="wenselijk-config">` (data, never run).
pub fn inline_config() -> Option<String> {
    inline_data("wenselijk-config")
}

/// A JSON data block of the page (`<script type="application/json">`,
/// never run) by its id.
fn inline_data(id: &str) -> Option<String> {
    let el = document()?.get_element_by_id(id)?;
    (el.get_attribute("type").as_deref() == Some("application/json")).then(|| el.text_content()).flatten()
}

/// Loads the message check's word list: from the page's data block in a
/// single-file build, else from the app's folder. `done` gets the list, or
/// why it could not be loaded.
pub fn load_words(done: impl FnOnce(crate::state::WordList) + 'static) {
    use crate::message::load::{self, WordsProblem};
    use crate::state::{SharedLexicon, WordList};
    let read = |text: &str| match load::read(text) {
        Ok(l) => WordList::Ready(SharedLexicon(std::rc::Rc::new(l))),
        Err(p) => WordList::Failed(p),
    };
    if let Some(text) = inline_data(load::INLINE_ID) {
        return done(read(&text));
    }
    fetch_app_file(load::FILE, move |f| {
        done(match f {
            Fetched::Text(text) => read(&text),
            Fetched::Missing => WordList::Failed(WordsProblem::Missing),
            Fetched::Status(code) => WordList::Failed(WordsProblem::Status(code)),
            Fetched::Refused | Fetched::Failed => WordList::Failed(WordsProblem::NoConnection),
        })
    })
}
