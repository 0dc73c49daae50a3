//! Earlier versions of the customer's text (issue 13): kept when the team
//! leaves the text after changing it, so a rewrite's gain stays visible.
//! The first version always stays; when [`MAX_MESSAGE_VERSIONS`] are kept,
//! the oldest after the first makes room.

use super::{MessageCheck, MessageVersion, MAX_MESSAGE_VERSIONS};

impl MessageCheck {
    /// Keeps `text` as a version, unless it is blank or the same as the
    /// last one kept. Returns whether it was kept.
    pub fn keep(&mut self, text: &str, now: u64) -> bool {
        if text.trim().is_empty() || self.versions.last().is_some_and(|v| v.text == text) {
            return false;
        }
        if self.versions.len() >= MAX_MESSAGE_VERSIONS {
            self.versions.remove(1.min(self.versions.len() - 1));
        }
        self.versions.push(MessageVersion { text: text.to_string(), at: now });
        true
    }
}
