//! Browser storage: the saved collection on start (with the first release's
//! session migrated and unreadable data kept aside under a backup key) and
//! saving after each change. Storage may be blocked or full: every call is
//! handled, no `unwrap`/`expect` here.

use super::{browser_lang, now, window};
use crate::codec::storage::{self, BACKUP_PREFIX, LEGACY_KEY, STORAGE_KEY};
use crate::codec::DecodeError;
use crate::i18n::{ui as t, Lang};
use crate::state::{AppState, Notice};
use web_sys::Storage;

fn local_storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
}

/// The state to start with: the saved collection (or a first-release session,
/// migrated), or a fresh state with a notice saying why the saved one could
/// not be used. Unreadable content is copied aside under a backup key before
/// anything else is written, never overwritten.
pub fn load_initial() -> AppState {
    let lang = browser_lang();
    let unavailable = || {
        let mut s = AppState::new(lang);
        s.notice = Some(Notice::StorageUnavailable);
        s
    };
    let Some(store) = local_storage() else {
        return unavailable();
    };
    let (key, raw) = match (store.get_item(STORAGE_KEY), store.get_item(LEGACY_KEY)) {
        (Ok(Some(raw)), _) => (STORAGE_KEY, raw),
        (Ok(None), Ok(Some(raw))) => (LEGACY_KEY, raw),
        (Ok(None), Ok(None)) => return AppState::new(lang),
        _ => return unavailable(),
    };
    match storage::decode(&raw, now()) {
        Ok(saved) => {
            let state = AppState::restore(lang, saved);
            // A migrated first-release session: write the new format, then
            // retire the old key only once the new one is safely stored.
            if key == LEGACY_KEY && save(&state) {
                let _ = store.remove_item(LEGACY_KEY);
            }
            state
        }
        Err(err) => {
            let backup_key = format!("{BACKUP_PREFIX}{}", now());
            let kept = store.set_item(&backup_key, &raw).is_ok();
            if kept {
                let _ = store.remove_item(key);
            }
            let mut s = AppState::new(lang);
            s.notice = Some(Notice::StorageUnreadable {
                backup_key: kept.then_some(backup_key),
                detail: describe(&err, lang),
            });
            s
        }
    }
}

/// A decode error in words, in the app's language.
pub fn describe(err: &DecodeError, lang: Lang) -> String {
    let n = |x: &usize| x.to_string();
    match err {
        DecodeError::TooLarge { bytes, limit } => {
            t::DECODE_TOO_LARGE.fill(lang, &[("bytes", &n(bytes)), ("limit", &n(limit))])
        }
        DecodeError::Malformed(detail) => t::DECODE_MALFORMED.fill(lang, &[("detail", detail)]),
        DecodeError::NotOurs => t::DECODE_NOT_OURS.get(lang).to_string(),
        DecodeError::FutureVersion(v) => t::DECODE_FUTURE.fill(lang, &[("version", &v.to_string())]),
        DecodeError::TooMany { count, limit } => {
            t::DECODE_TOO_MANY.fill(lang, &[("count", &n(count)), ("limit", &n(limit))])
        }
        DecodeError::TextTooLong { field, chars, limit } => {
            t::DECODE_TEXT_TOO_LONG.fill(lang, &[("field", field), ("chars", &n(chars)), ("limit", &n(limit))])
        }
        DecodeError::BadLink(detail) => t::DECODE_BAD_LINK.fill(lang, &[("detail", detail)]),
    }
}

/// Saves the collection. `false` when the browser refused (full, blocked).
/// When storage was unavailable from the start there is nothing to do.
pub fn save(state: &AppState) -> bool {
    let Some(store) = local_storage() else {
        return true;
    };
    store.set_item(STORAGE_KEY, &storage::encode(&state.to_saved())).is_ok()
}
