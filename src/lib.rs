//! Wenselijk: is this proactive service welcome help, or does it cross the line?
//!
//! The pure core (`domain`, `i18n`, `codec`, `config`, `state`) builds for every target
//! and is tested natively; `ui` exists only on wasm32, where the browser
//! dependencies do.

pub mod case;
pub mod codec;
pub mod config;
pub mod css;
pub mod domain;
pub mod embed;
pub mod explain;
pub mod i18n;
pub mod message;
pub mod participant_page;
pub mod report;
pub mod state;
pub mod sync;

#[cfg(target_arch = "wasm32")]
pub mod ui;
