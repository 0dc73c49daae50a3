//! What the app keeps in the browser's storage: the whole collection, the
//! open assessment and view, and the language choice. Format
//! `wenselijk-library`, version 5 (versions 1 to 4 are read as they are; see
//! `crate::sync` for the marks version 2 adds; version 3 adds customer
//! groups, version 4 the message check, version 5 the lenses). A session saved by the first release
//! (`wenselijk-session`, one assessment) is migrated on load.

use super::{storage_v1, DecodeError, MAX_FILE_BYTES};
use crate::codec::roundtable::ParticipantSession;
use crate::domain::roundtable::RoundTable;
use crate::domain::stamp::{Gone, Stamps};
use crate::domain::{make_id, Record, View};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The storage key of the collection.
pub const STORAGE_KEY: &str = "wenselijk.library";
/// The key the first release saved its single assessment under.
pub const LEGACY_KEY: &str = storage_v1::STORAGE_KEY;
/// Prefix of the keys under which unreadable content is kept aside.
pub const BACKUP_PREFIX: &str = "wenselijk.backup.";
pub const FORMAT: &str = "wenselijk-library";
/// Version 2 added the marks that let several tabs merge (`stamps`, `gone`;
/// see `crate::sync`); version 1 documents read as having none. Version 3
/// added customer groups to assessments (`groups`); older documents read as
/// having none. Version 4 added the message check (`message_check`: the
/// text's language and its earlier versions); older documents read as
/// having none. Version 5 added the lenses (`lenses`); older documents
/// read as having none.
pub const VERSION: u32 = 5;
/// The key, in the tab's own `sessionStorage`, of where this tab is
/// ([`Place`]): a reload of the tab comes back there, whatever other tabs
/// opened since.
pub const PLACE_KEY: &str = "wenselijk.tab";
/// Storage gets a larger limit than one file: it holds everything.
pub const MAX_BYTES: usize = 4 * MAX_FILE_BYTES;

/// Everything that survives a reload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    /// The language the user chose; `None` follows the browser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    pub view: View,
    /// Id of the open assessment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// Ids picked for comparison.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub compare: Vec<String>,
    /// Next sequence number for new ids.
    pub seq: u64,
    pub records: Vec<Rc<Record>>,
    /// Round tables (added in the same version: older documents have none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<RoundTable>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_table: Option<String>,
    /// On a participant's device: the invite and their answers so far.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participant: Option<ParticipantSession>,
    /// Who wrote each field and when (version 2), for merging tabs.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub stamps: Stamps,
    /// Deleted records and round tables, remembered for a while (version 2).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub gone: Gone,
}

#[derive(Serialize)]
struct DocOut<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    saved: &'a Saved,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

pub fn encode(saved: &Saved) -> String {
    // Plain structs with string keys: serialising cannot fail.
    serde_json::to_string(&DocOut { format: FORMAT, version: VERSION, saved }).unwrap_or_default()
}

/// Reads a saved collection, or migrates a first-release session (then the
/// one assessment becomes a record created at `now`).
pub fn decode(text: &str, now: u64) -> Result<Saved, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len(), limit: MAX_BYTES });
    }
    let header: Header = serde_json::from_str(text).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    match header.format.as_deref() {
        Some(FORMAT) => {}
        Some(storage_v1::FORMAT) => return migrate_v1(text, now),
        _ => return Err(DecodeError::NotOurs),
    }
    match header.version {
        Some(v) if v > VERSION => return Err(DecodeError::FutureVersion(v)),
        Some(_) => {}
        None => return Err(DecodeError::NotOurs),
    }
    let mut saved: Saved = serde_json::from_str(text).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    for r in &mut saved.records {
        Rc::make_mut(r).assessment.normalise();
    }
    saved.repair();
    Ok(saved)
}

fn migrate_v1(text: &str, now: u64) -> Result<Saved, DecodeError> {
    let old = storage_v1::decode(text)?;
    let mut saved = Saved { lang: old.lang, view: old.view, seq: 1, ..Saved::default() };
    if !old.assessment.is_blank() {
        let id = make_id(now, 0);
        saved.records.push(Rc::new(Record { id: id.clone(), created: now, updated: now, assessment: old.assessment }));
        saved.current = Some(id);
    }
    saved.repair();
    Ok(saved)
}

impl Saved {
    /// Drops references to ids that do not exist and makes ids unique, so a
    /// hand-edited or partly written document cannot confuse the app.
    pub fn repair(&mut self) {
        // Sorted lists as sets (smaller in the program than `BTreeSet`).
        let mut taken: Vec<String> = Vec::with_capacity(self.records.len());
        for r in &self.records {
            insert_sorted(&mut taken, &r.id);
        }
        let mut seen: Vec<String> = Vec::with_capacity(self.records.len());
        for r in &mut self.records {
            if r.id.is_empty() || !insert_sorted(&mut seen, &r.id) {
                // A fresh id no record has, however odd `seq` is.
                let mut id = String::new();
                while id.is_empty() || taken.binary_search(&id).is_ok() {
                    self.seq = self.seq.wrapping_add(1);
                    id = make_id(r.created, self.seq);
                }
                insert_sorted(&mut taken, &id);
                insert_sorted(&mut seen, &id);
                Rc::make_mut(r).id = id;
            }
            if !crate::domain::groups::ids_ok(&r.assessment.groups) {
                crate::domain::groups::repair_ids(&mut Rc::make_mut(r).assessment);
            }
        }
        let exists = |id: &String| self.records.iter().any(|r| &r.id == id);
        if self.current.as_ref().is_some_and(|c| !exists(c)) {
            self.current = None;
        }
        let compare: Vec<String> = self.compare.iter().filter(|c| exists(c)).cloned().collect();
        self.compare = compare;
        let tables_ok = |id: &String| self.tables.iter().any(|t| &t.id == id);
        if self.current_table.as_ref().is_some_and(|c| !tables_ok(c)) {
            self.current_table = None;
        }
        if self.current_table.is_none() && matches!(self.view, View::RoundTable | View::Present) {
            self.view = View::Start;
        }
        if self.current.is_none() && matches!(self.view, View::Assess | View::Report) {
            self.view = View::Start;
        }
    }
}

/// Inserts `id` into the sorted list `set`; `false` if it was there already.
fn insert_sorted(set: &mut Vec<String>, id: &str) -> bool {
    match set.binary_search_by(|x| x.as_str().cmp(id)) {
        Ok(_) => false,
        Err(at) => {
            set.insert(at, id.to_owned());
            true
        }
    }
}

/// Where one tab is: its view, open assessment, compare picks and round
/// table. Each tab keeps its own (in `sessionStorage`); the shared document
/// keeps the last one written, for a new tab.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    pub view: View,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub compare: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_table: Option<String>,
}

impl Place {
    pub fn of(saved: &Saved) -> Place {
        Place {
            view: saved.view,
            current: saved.current.clone(),
            compare: saved.compare.clone(),
            current_table: saved.current_table.clone(),
        }
    }

    /// Puts this place into `saved`, dropping what no longer exists there.
    pub fn apply_to(self, saved: &mut Saved) {
        saved.view = self.view;
        saved.current = self.current;
        saved.compare = self.compare;
        saved.current_table = self.current_table;
        saved.repair();
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything but a small, well-formed place.
    pub fn decode(text: &str) -> Option<Place> {
        (text.len() <= 4096).then(|| serde_json::from_str(text).ok()).flatten()
    }
}
