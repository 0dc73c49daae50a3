//! The browser UI: thin views over the pure core. Only compiled for wasm32.

mod app;
mod assess;
mod chart_svg;
mod collection;
mod compare;
pub mod effects;
mod groups;
mod groups_result;
mod lens;
pub(crate) mod message;
mod pages;
pub mod participant_page;
mod report;
mod result;
mod roundtable;
mod widgets;

pub use app::{App, AppProps};

use crate::embed;
use std::rc::Rc;

/// The stylesheet (minified at compile time), built into the program so
/// that the app brings its own look wherever it is mounted (and a
/// single-file build needs no CSS file).
const CSS: &str = crate::css::MINIFIED;

// Mounts the app in `host`: the element with the `data-wenselijk`
// attribute (see `web/loader.js` and `docs/EMBED.md`).
//
// - `data-wenselijk="page"` (the app's own `index.html`): the app owns the
//   page; options come from the URL's query (`?lang=en&compact=1`).
// - any other value (a host page): the app renders inside the element's
//   own shadow root, so the host's styles and the app's cannot touch each
//   other; options come from the element's `data-*` attributes.
//
// `base` is the address of the app's folder, for the organisation's
// configuration file. Returns without doing anything when the app is
// already mounted on this page (one app per page: they would share storage).
pub fn mount(host: web_sys::Element, base: String) {
    let page = host.get_attribute("data-wenselijk").as_deref() == Some("page");
    let (mut options, problems) =
        if page { embed::parse(effects::query_pairs()) } else { embed::parse(effects::data_attribute_pairs(&host)) };
    if options.theme == embed::Theme::Auto {
        options.theme = if effects::prefers_dark() { embed::Theme::Dark } else { embed::Theme::Light };
    }
    let Some(container) = effects::prepare_host(&host, page, CSS, &options, base) else {
        return;
    };
    let props = AppProps { options: Rc::new(options), option_problems: Rc::new(problems) };
    yew::Renderer::<App>::with_root_and_props(container, props).render();
}
