//! The participant page's storage (`codec::participant`): read once on
//! start, written after every change. What cannot be read is copied aside
//! before anything is written, never overwritten. Storage may be blocked or
//! full: every call is handled, no `unwrap`/`expect` here.

use super::{now, window};
use crate::codec::participant::{self, Kept, BACKUP_KEY, STORAGE_KEY};
use crate::participant_page::Problem;
use web_sys::Storage;

fn local_storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
}

/// What this phone kept; nothing kept (or no storage) is an empty start.
/// Unreadable content is copied to a backup key of its own first.
pub fn load() -> Result<Kept, Problem> {
    let Some(store) = local_storage() else { return Ok(Kept::default()) };
    let Ok(Some(raw)) = store.get_item(STORAGE_KEY) else { return Ok(Kept::default()) };
    participant::decode(&raw).map_err(|error| {
        let key = format!("{BACKUP_KEY}.{}", now());
        let backup = store.set_item(&key, &raw).is_ok().then_some(key);
        // The unreadable text is kept aside: the next write may replace it.
        Problem::Kept { error, backup }
    })
}

/// Writes `kept`; false when storage refused (full, blocked, or none).
pub fn save(kept: &Kept) -> bool {
    local_storage().is_some_and(|s| s.set_item(STORAGE_KEY, &participant::encode(kept)).is_ok())
}
