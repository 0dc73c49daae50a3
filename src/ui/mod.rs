//! The browser UI: thin views over the pure core. Only compiled for wasm32.

mod app;
mod assess;
mod chart_svg;
mod collection;
pub mod effects;
mod pages;
mod report;
mod result;
mod roundtable;
mod widgets;

pub use app::App;

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
