//! The app's entry point. Nothing starts by itself: `web/loader.js` loads the
//! program and calls `mount` on the page's `[data-wenselijk]` element.

#[cfg(target_arch = "wasm32")]
pub use wenselijk::ui::mount;

fn main() {}
