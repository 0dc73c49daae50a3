//! The URL fragment: share links (`#s2.`, `#s1.`) and round-table invites (`#r1.`)
//! read from it, cleared from the address bar, and written into share URLs;
//! and a listener for a link pasted into this tab. Every browser call that
//! can fail is handled: no `unwrap`/`expect` here.

use super::window;
use crate::codec::{link, DecodeError};
use crate::domain::Assessment;
use wasm_bindgen::JsValue;

/// The share payload in the current URL, if there is one (`#s2.…`).
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

/// The round-table invite in the current URL, if there is one (`#r1.…`).
pub fn invite_fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    hash.strip_prefix("#r").map(|rest| format!("r{rest}"))
}

/// Reads the URL's fragment, if it carries anything.
pub fn read_fragment() -> Option<Fragment> {
    let f = shared_fragment().or_else(invite_fragment)?;
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

/// Puts `fragment` in the address bar (none: no fragment), without
/// reloading, adding history or a `hashchange` event: the participant page
/// keeps the open session's invite there, so a reload opens it again.
pub fn show_fragment(fragment: Option<&str>) {
    let Some(f) = fragment else { return clear_fragment() };
    let url = page_url_with_fragment(f);
    let Some(w) = window() else { return };
    if w.location().href().ok().as_deref() != Some(url.as_str()) {
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
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

/// The link that opens a round-table invite (`fragment`: `r1.…`): the
/// participant page next to the app (`participant.html`, the lean program
/// made for phones). A single-file build has no such page beside it: its
/// invites open the page itself, as before the participant page existed.
pub fn invite_url(fragment: &str) -> String {
    match super::host::app_file_url("participant.html") {
        Some(page) if !super::host::single_file() => format!("{page}#{fragment}"),
        _ => page_url_with_fragment(fragment),
    }
}

/// The full share URL for an assessment, and whether it is short enough.
pub fn share_url(a: &Assessment) -> (String, bool) {
    let fragment = link::encode(a);
    let fits = link::fits(&fragment);
    (page_url_with_fragment(&fragment), fits)
}

/// Calls `on_change` whenever the URL fragment changes (a link pasted into
/// this tab). The listener lives as long as the page. (`gloo` throws if
/// `addEventListener` fails, which it does not for a function.)
pub fn on_hash_change(on_change: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    gloo::events::EventListener::new(&w, "hashchange", move |_| on_change()).forget();
}
