//! The pure domain: the assessment model, the scoring rules and chart geometry.
//! Nothing here knows about the browser.

pub mod chart;
pub mod compare;
pub mod library;
pub mod model;
pub mod roundtable;
pub mod scoring;

pub use library::*;
pub use model::*;
