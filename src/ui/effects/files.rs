//! Files and the clipboard: downloads, reading a chosen file (size checked
//! before reading), copying text and printing. Every browser call that can
//! fail is handled: no `unwrap`/`expect` here.

use super::{describe, document, window};
use crate::codec::{DecodeError, MAX_FILE_BYTES};
use crate::i18n::{ui as t, Lang};
use wasm_bindgen::{JsCast, JsValue};

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

/// The browser's share sheet (Web Share API), where it has one.
fn share_fn() -> Option<(web_sys::Navigator, js_sys::Function)> {
    let nav = window()?.navigator();
    let f = js_sys::Reflect::get(&nav, &JsValue::from_str("share")).ok()?;
    Some((nav, f.dyn_into().ok()?))
}

/// Whether the browser has a share sheet.
pub fn can_share() -> bool {
    share_fn().is_some()
}

/// Offers `text` to the browser's share sheet; closing it unshared is fine.
pub fn share_text(text: &str) {
    let Some((nav, share)) = share_fn() else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text));
    if let Ok(p) = share.call1(&nav, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
