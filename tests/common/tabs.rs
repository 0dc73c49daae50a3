//! A simulated browser: tabs that share one storage string and merge through
//! `wenselijk::sync` as the app does (note every edit when it is made, merge
//! and write later), so the tests can run any interleaving of edits and
//! merges from several tabs.
#![allow(dead_code)]

use std::rc::Rc;
use wenselijk::codec::storage::{self, Saved};
use wenselijk::domain::roundtable::RoundTable;
use wenselijk::domain::{Assessment, Record};
use wenselijk::sync::{self, DeletedOpen, Lost, Synced};

pub struct Tab {
    pub id: String,
    /// The tab's data with its marks (what the app keeps beside its state).
    pub mine: Saved,
    /// The tab's state (what the reducer holds).
    pub local: Saved,
    /// Every loss this tab was told about.
    pub lost: Vec<Lost>,
    /// Every open unit this tab was told was deleted elsewhere.
    pub deleted: Vec<DeletedOpen>,
}

#[derive(Default)]
pub struct Browser {
    /// The storage key's text, as the browser keeps it.
    pub storage: Option<String>,
    pub tabs: Vec<Tab>,
    /// How many times a merge wrote to storage.
    pub writes: usize,
}

impl Browser {
    pub fn new() -> Browser {
        Browser::default()
    }

    /// What storage holds, decoded.
    pub fn stored(&self) -> Option<Saved> {
        self.storage.as_deref().map(|t| storage::decode(t, 0).expect("storage decodes"))
    }

    /// Opens a tab: it starts from what storage holds.
    pub fn open(&mut self, name: &str) -> usize {
        let saved = self.stored().unwrap_or_default();
        self.tabs.push(Tab {
            id: name.to_owned(),
            mine: saved.clone(),
            local: saved,
            lost: Vec::new(),
            deleted: Vec::new(),
        });
        self.tabs.len() - 1
    }

    /// Changes a tab's state at `now` and notes the edit, as the app does
    /// after every action.
    pub fn edit(&mut self, tab: usize, now: u64, f: impl FnOnce(&mut Saved)) {
        let t = &mut self.tabs[tab];
        f(&mut t.local);
        sync::note_edits(&mut t.mine, &t.local, &t.id, now);
    }

    /// Merges a tab with storage and writes when needed.
    pub fn sync(&mut self, tab: usize, now: u64) -> Synced {
        let stored = self.stored();
        let t = &mut self.tabs[tab];
        let r = sync::sync(&t.mine, stored.as_ref(), &t.id, now);
        if r.write {
            self.storage = Some(storage::encode(&r.doc));
            self.writes += 1;
        }
        t.mine = r.doc.clone();
        t.local = r.doc.clone();
        t.lost.extend(r.lost.iter().cloned());
        t.deleted.extend(r.deleted_open.iter().cloned());
        r
    }

    /// Merges every tab, twice round, so all have seen everything.
    pub fn settle(&mut self, now: u64) {
        for _ in 0..2 {
            for i in 0..self.tabs.len() {
                self.sync(i, now);
            }
        }
    }
}

/// A new record in a tab's state, opened there.
pub fn add_record(s: &mut Saved, id: &str, now: u64, title: &str) {
    let mut a = Assessment::default();
    a.idea.title = title.to_owned();
    s.records.push(Rc::new(Record { id: id.to_owned(), created: now, updated: now, assessment: a }));
    s.current = Some(id.to_owned());
}

/// Edits a record's assessment in a tab's state.
pub fn edit_record(s: &mut Saved, id: &str, now: u64, f: impl FnOnce(&mut Assessment)) {
    if let Some(r) = s.records.iter_mut().find(|r| r.id == id) {
        let r = Rc::make_mut(r);
        f(&mut r.assessment);
        r.assessment.normalise();
        r.updated = now;
    }
}

pub fn delete_record(s: &mut Saved, id: &str) {
    s.records.retain(|r| r.id != id);
}

pub fn record<'a>(s: &'a Saved, id: &str) -> Option<&'a Record> {
    s.records.iter().find(|r| r.id == id).map(|r| &**r)
}

/// Edits a round table in a tab's state.
pub fn edit_table(s: &mut Saved, id: &str, now: u64, f: impl FnOnce(&mut RoundTable)) {
    if let Some(t) = s.tables.iter_mut().find(|t| t.id == id) {
        f(t);
        t.updated = now;
    }
}
