//! An assessment, or a comparison of several, as a Markdown document that
//! pastes cleanly into Word, Confluence, a wiki or a GitHub issue.
//!
//! Pure: the caller passes the date (milliseconds since the Unix epoch), so
//! the same input always gives the same text.
//!
//! **Every user text goes through [`escape_inline`] or [`escape_cell`].**
//! They make it plain text: it cannot start a heading, list, quote, table,
//! code block or thematic break, and cannot form a link, image, emphasis,
//! code span or HTML. The product's own texts are trusted, but still pass a
//! light guard ([`own`]) in case a translation ever contains a Markdown
//! character.
//!
//! The module is split by concern: `escape` (user text as inert Markdown),
//! `doc` (the Markdown building blocks and the parts every document shares),
//! `files` (dates and file names), `words` (answers and items in words),
//! one module per document: `assessment`, `compare`, `roundtable`, and
//! [`groups`]: the customer groups of one assessment, for the Markdown and
//! for print; [`message`]: the message check, for the Markdown and compare;
//! [`lens`]: the lenses, for the Markdown and compare.

mod assessment;
mod compare;
mod doc;
mod escape;
mod files;
pub mod group_compare;
pub mod groups;
pub mod lens;
pub mod message;
mod roundtable;
mod words;

pub use assessment::{markdown, markdown_with};
pub use compare::{compare_markdown, compare_markdown_with};
pub use doc::weight_lines;
pub use escape::{escape_cell, escape_inline, indent};
pub use files::{date, file_name, SLUG_MAX};
pub use roundtable::{roundtable_json, roundtable_markdown, ROUNDTABLE_FORMAT, ROUNDTABLE_VERSION};
pub use words::{idea_label, item_answer, item_name};
