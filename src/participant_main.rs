//! The participant page's entry point (`participant.html`, built by
//! `scripts/participant.sh`): a second, lean program in the same crate. It
//! reaches only `wenselijk::ui::participant_page` and what that uses, so
//! the main app's views, reports and examples are not in it.
//! `web/participant-loader.js` loads it and calls `mount`.

#[cfg(target_arch = "wasm32")]
mod entry {
    use wasm_bindgen::prelude::*;

    // (Plain comments: wasm-bindgen copies doc comments into the glue.)
    // Mounts the participant page in `host`.
    #[wasm_bindgen]
    pub fn mount(host: web_sys::Element, base: String) {
        wenselijk::ui::participant_page::mount(host, base)
    }
}

fn main() {}
