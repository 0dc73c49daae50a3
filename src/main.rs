//! The main app's entry point. Nothing starts by itself: `web/loader.js`
//! loads the program and calls `mount` on the page's `[data-wenselijk]`
//! element. The participant page has its own: `src/participant_main.rs`.

#[cfg(target_arch = "wasm32")]
mod entry {
    use wasm_bindgen::prelude::*;

    // (Plain comments, not `///`: wasm-bindgen copies doc comments into the
    // JavaScript glue that every visitor downloads.)
    // Mounts the app in `host`; see `wenselijk::ui::mount`.
    #[wasm_bindgen]
    pub fn mount(host: web_sys::Element, base: String) {
        wenselijk::ui::mount(host, base)
    }
}

fn main() {}
