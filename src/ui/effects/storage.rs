//! Browser storage: the collection on start (with the first release's
//! session migrated and unreadable data kept aside under a backup key), and
//! keeping it in step with the other tabs of the app (`crate::sync`).
//!
//! After every change the app calls [`changed`]: the edit is noted at once
//! (cheap), and a merge with storage runs a moment later, off the input
//! path. A merge also runs when another tab writes (the `storage` event),
//! and at once when the page is hidden or closed (`visibilitychange`,
//! `pagehide`), so closing the tab right after a key press keeps it.
//! Storage may be blocked or full: every call is handled, no
//! `unwrap`/`expect` here.

use super::{browser_lang, describe, document, now, window};
use crate::codec::storage::{self, Place, Saved, BACKUP_PREFIX, LEGACY_KEY, PLACE_KEY, STORAGE_KEY};
use crate::codec::DecodeError;
use crate::i18n::{ui as t, Lang};
use crate::state::{Action, AppState, Notice, Persist};
use crate::sync;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;
use yew::Callback;

/// How long after a change the merge and write run: after the frame that
/// shows the change, soon enough that other tabs show it within a second.
const SAVE_DELAY_MS: u32 = 200;
/// Written and removed on start, to find out whether storage takes writes.
const PROBE_KEY: &str = "wenselijk.probe";

/// What the storage effect keeps beside the app's state.
struct Keeper {
    /// This tab's id (see `AppState::tab`).
    tab: String,
    /// The tab's collection with its marks: the next merge's input.
    mine: Saved,
    /// What storage held when this tab last read or wrote it (text and
    /// document), so an unchanged storage is not decoded again.
    last: Option<(String, Saved)>,
    /// A merge is scheduled. The timer is only replaced, never dropped from
    /// its own callback.
    scheduled: bool,
    timer: Option<Timeout>,
    /// The last write failed (full, blocked): said once until one succeeds.
    failed: bool,
    /// Another tab wrote a newer format: this tab writes nothing any more.
    frozen: bool,
    /// `navigator.storage.persist()` was asked.
    asked_persist: bool,
    dispatch: Option<Callback<Action>>,
}

thread_local! {
    static KEEPER: RefCell<Option<Keeper>> = const { RefCell::new(None) };
    /// A merge was asked for while one was running: run once more after it.
    /// (Firefox may deliver `pagehide` inside a storage call of the
    /// `visibilitychange` merge when a tab closes.)
    static AGAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// A change noted while a merge was running, to note first thing after.
    static LATE: RefCell<Option<Saved>> = const { RefCell::new(None) };
}

fn local_storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
}

fn session_storage() -> Option<Storage> {
    window()?.session_storage().ok().flatten()
}

/// A fresh id for this tab: six characters, a letter first.
fn new_tab_id() -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    (0..6)
        .map(|i| {
            let set = if i == 0 { LETTERS } else { CHARS };
            set[(js_sys::Math::random() * set.len() as f64) as usize % set.len()] as char
        })
        .collect()
}

/// Why a write was refused, in words.
fn refusal(err: &JsValue, lang: Lang) -> String {
    let full = err.dyn_ref::<web_sys::DomException>().is_some_and(|e| e.name() == "QuotaExceededError");
    if full { t::STORAGE_FULL } else { t::STORAGE_BLOCKED }.get(lang).to_string()
}

/// The state to start with: the saved collection (or a first-release session,
/// migrated), or a fresh state with a notice saying why the saved one could
/// not be used. Unreadable content is copied aside under a backup key before
/// anything else is written, never overwritten. A reload of this tab comes
/// back to where the tab was. When storage takes no writes, a notice says
/// so before the user types.
pub fn load_initial() -> AppState {
    let lang = browser_lang();
    let tab = new_tab_id();
    let (mut state, mut mine, last) = read_initial(lang);
    let place = session_storage().and_then(|s| s.get_item(PLACE_KEY).ok().flatten()).and_then(|t| Place::decode(&t));
    if let Some(place) = place {
        let mut saved = state.to_saved();
        place.apply_to(&mut saved);
        state.view = saved.view;
        state.current = saved.current;
        state.compare = saved.compare;
        state.current_table = saved.current_table;
        Place::of(&state.to_saved()).apply_to(&mut mine);
    }
    state.tab = tab.clone();
    let keeper = Keeper {
        tab,
        mine,
        last,
        scheduled: false,
        timer: None,
        failed: false,
        frozen: false,
        asked_persist: false,
        dispatch: None,
    };
    KEEPER.with(|k| {
        if let Ok(mut k) = k.try_borrow_mut() {
            *k = Some(keeper);
        }
    });
    state
}

/// The state, the tab's first `mine`, and what storage held.
fn read_initial(lang: Lang) -> (AppState, Saved, Option<(String, Saved)>) {
    let with_notice = |notice| {
        let mut s = AppState::new(lang);
        s.notice = Some(notice);
        (s, Saved::default(), None)
    };
    let Some(store) = local_storage() else {
        return with_notice(Notice::StorageUnavailable);
    };
    // Can anything be written? Say so now, not after an hour of typing.
    let problem = match store.set_item(PROBE_KEY, "") {
        Ok(()) => {
            let _ = store.remove_item(PROBE_KEY);
            None
        }
        Err(e) => Some(Notice::StorageProblem { detail: refusal(&e, lang) }),
    };
    let (key, raw) = match (store.get_item(STORAGE_KEY), store.get_item(LEGACY_KEY)) {
        (Ok(Some(raw)), _) => (STORAGE_KEY, raw),
        (Ok(None), Ok(Some(raw))) => (LEGACY_KEY, raw),
        (Ok(None), Ok(None)) => {
            let (mut s, mine, last) = (AppState::new(lang), Saved::default(), None);
            s.notice = problem;
            return (s, mine, last);
        }
        _ => return with_notice(Notice::StorageUnavailable),
    };
    match storage::decode(&raw, now()) {
        Ok(saved) => {
            let mut state = AppState::restore(lang, saved.clone());
            state.notice = problem;
            if key == LEGACY_KEY {
                // A migrated first-release session: write the new format, then
                // retire the old key only once the new one is safely stored.
                let text = storage::encode(&saved);
                if store.set_item(STORAGE_KEY, &text).is_ok() {
                    let _ = store.remove_item(LEGACY_KEY);
                    return (state, saved.clone(), Some((text, saved)));
                }
                return (state, saved, None);
            }
            (state, saved.clone(), Some((raw, saved)))
        }
        Err(err) => {
            let notice = keep_aside(&store, &raw, &err, lang);
            if matches!(notice, Notice::StorageUnreadable { backup_key: Some(_), .. }) {
                let _ = store.remove_item(key);
            }
            with_notice(notice)
        }
    }
}

/// Starts keeping in step with other tabs: sends the app the merged
/// collection and notices through `dispatch`, listens for other tabs'
/// writes and for the page being hidden or closed, and asks the browser
/// whether it keeps the data. Call once.
pub fn connect(dispatch: Callback<Action>) {
    KEEPER.with(|k| {
        if let Some(k) = k.try_borrow_mut().ok().as_mut().and_then(|k| k.as_mut()) {
            k.dispatch = Some(dispatch.clone());
        }
    });
    let Some(w) = window() else { return };
    EventListener::new(&w, "storage", |e| {
        let key = e.dyn_ref::<web_sys::StorageEvent>().map(|e| e.key());
        // `None` as key: another tab cleared all storage.
        if matches!(key, Some(None)) || key.flatten().as_deref() == Some(STORAGE_KEY) {
            flush();
        }
    })
    .forget();
    EventListener::new(&w, "pagehide", |_| flush()).forget();
    if let Some(doc) = document() {
        // Hidden: write now (closing, switching apps). Shown again: catch up.
        EventListener::new(&doc, "visibilitychange", |_| flush()).forget();
    }
    persisted(dispatch, false);
}

/// Asks the browser whether it keeps the data for good (`ask`: asks it to).
fn persisted(dispatch: Callback<Action>, ask: bool) {
    let Some(w) = window() else { return };
    let nav = w.navigator();
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("storage")).unwrap_or(false) {
        dispatch.emit(Action::Persisted(Persist::Unsupported));
        return;
    }
    let manager = nav.storage();
    let promise = if ask { manager.persist() } else { manager.persisted() };
    let Ok(promise) = promise else {
        dispatch.emit(Action::Persisted(Persist::Unsupported));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) {
            Some(true) => dispatch.emit(Action::Persisted(Persist::Granted)),
            // Not yet asked: say nothing until asked.
            Some(false) if !ask => {}
            Some(false) => dispatch.emit(Action::Persisted(Persist::Denied)),
            None => dispatch.emit(Action::Persisted(Persist::Unsupported)),
        }
    });
}

/// Notes what changed (this tab's edit, marked with the time it was made)
/// and schedules a merge and write shortly after.
pub fn changed(state: &AppState) {
    KEEPER.with(|k| {
        let Ok(mut k) = k.try_borrow_mut() else {
            // Inside a merge: noted when it ends.
            LATE.with(|l| *l.borrow_mut() = Some(state.to_saved()));
            AGAIN.with(|a| a.set(true));
            return;
        };
        let Some(k) = k.as_mut() else { return };
        sync::note_edits(&mut k.mine, &state.to_saved(), &k.tab, now());
        if !k.scheduled {
            k.scheduled = true;
            k.timer = Some(Timeout::new(SAVE_DELAY_MS, flush));
        }
    });
}

/// Merges this tab's collection with storage's and writes the result when
/// it differs; tells the app what changed. Runs on the timer, on another
/// tab's write, and when the page is hidden or closed.
pub fn flush() {
    while merge_once() {}
}

/// One merge; `true` when another was asked for meanwhile.
fn merge_once() -> bool {
    let Some(store) = local_storage() else { return false };
    let mut actions = Vec::new();
    let mut dispatch = None;
    let mut ask_persist = false;
    // Outside the borrow: a browser call that throws (a closing page) must
    // not leave it held.
    let lang = browser_lang();
    let ran = KEEPER.with(|k| {
        let Ok(mut k) = k.try_borrow_mut() else {
            // Called from inside a merge: the running one goes round again.
            AGAIN.with(|a| a.set(true));
            return false;
        };
        let Some(k) = k.as_mut() else { return false };
        if let Some(late) = LATE.with(|l| l.borrow_mut().take()) {
            sync::note_edits(&mut k.mine, &late, &k.tab, now());
        }
        k.scheduled = false;
        dispatch = k.dispatch.clone();
        if k.frozen {
            return false;
        }
        let raw = match store.get_item(STORAGE_KEY) {
            Ok(raw) => raw,
            Err(_) => return false,
        };
        let mut fresh = None;
        let stored = match raw {
            None => None,
            Some(text) => match &k.last {
                Some((last, doc)) if *last == text => Some(doc.clone()),
                _ => match storage::decode(&text, now()) {
                    Ok(doc) => {
                        fresh = Some((text, doc.clone()));
                        Some(doc)
                    }
                    Err(DecodeError::FutureVersion(_)) => {
                        k.frozen = true;
                        actions.push(Action::Notify(Notice::NewerVersionElsewhere));
                        return false;
                    }
                    Err(err) => {
                        // Unreadable: kept aside, then ours is written.
                        actions.push(Action::Notify(keep_aside(&store, &text, &err, lang)));
                        None
                    }
                },
            },
        };
        let r = sync::sync(&k.mine, stored.as_ref(), &k.tab, now());
        k.mine = r.doc.clone();
        if r.write {
            let text = storage::encode(&r.doc);
            match store.set_item(STORAGE_KEY, &text) {
                Ok(()) => {
                    k.last = Some((text, r.doc.clone()));
                    k.failed = false;
                    ask_persist = !std::mem::replace(&mut k.asked_persist, true);
                }
                Err(_) => {
                    if !std::mem::replace(&mut k.failed, true) {
                        actions.push(Action::Notify(Notice::SaveFailed));
                    }
                }
            }
        } else if fresh.is_some() {
            k.last = fresh;
        }
        if let Some(session) = session_storage() {
            let _ = session.set_item(PLACE_KEY, &Place::of(&r.doc).encode());
        }
        if r.changed || !r.lost.is_empty() || !r.deleted_open.is_empty() {
            actions.insert(0, Action::Synced(Box::new(r)));
        }
        true
    });
    // After the borrow: the app's reducer and effects may call back in.
    if let Some(d) = dispatch {
        for a in actions {
            d.emit(a);
        }
        if ask_persist {
            persisted(d, true);
        }
    }
    ran && AGAIN.with(|a| a.replace(false))
}

/// Copies unreadable stored text aside under a new backup key (never over
/// anything) and names the problem; the notice carries the key when the copy
/// was kept.
fn keep_aside(store: &Storage, raw: &str, err: &DecodeError, lang: Lang) -> Notice {
    let backup_key = format!("{BACKUP_PREFIX}{}", now());
    let kept = store.set_item(&backup_key, raw).is_ok();
    Notice::StorageUnreadable { backup_key: kept.then_some(backup_key), detail: describe(err, lang) }
}

/// Reloads the page (after another tab wrote a newer format).
pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}
