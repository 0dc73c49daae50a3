//! Several tabs, one collection.
//!
//! Every tab of the app keeps the whole collection in memory and in one
//! browser storage key. Writing the whole collection from each tab would let
//! the last tab to save overwrite what the others wrote, so a tab never just
//! writes: it merges ([`sync`]) what it has with what storage holds now, and
//! writes the result.
//!
//! # How the merge decides
//!
//! A record (or a round table) is split into **fields**: the leaves of its
//! JSON form, down to one answer or one note (`assessment.idea.title`,
//! `assessment.dimensions.time.note`, `participants.p2.answers.flags.pushiness.answer`).
//! Each field carries a [`Mark`]: when and by which tab its value was written,
//! and which value that edit replaced. Merging takes, field by field, the
//! value with the later mark: the later edit of each field wins, and edits of
//! different fields never touch each other. Deletions are remembered
//! ([`Gone`]) so that a tab that still has a deleted record does not bring it
//! back; undo brings it back with a newer mark.
//!
//! A tab is told when it **loses** text: when its own edit of a field is
//! replaced by an edit that did not replace it (`over` is not this tab's
//! mark), the two were made at the same time in two tabs, and the losing tab
//! gets [`Lost`] with its text, to restore. An edit made after seeing the
//! other's is ordinary teamwork and says nothing.
//!
//! The merge is pure: no storage, no clock (the time is passed in), no
//! browser. `ui::effects::storage` reads and writes, and calls it.

use crate::codec::storage::Saved;
use crate::domain::roundtable::RoundTable;
use crate::domain::stamp::{Gone, Mark, Marks, Stamp, Stamps};
use crate::domain::{sort_small_by, Record};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

mod fields;
mod words;
pub use fields::{fields, with_fields};
use fields::{rebuild, to_json};
pub use words::field_label;

/// Field marks older than this are dropped when writing: by then every tab
/// that was open has merged them, and a value without a mark loses to any
/// edit.
pub const MARK_KEEP_MS: u64 = 24 * 60 * 60 * 1000;
/// Deleted records and round tables are remembered this long.
pub const GONE_KEEP_MS: u64 = 30 * 24 * 60 * 60 * 1000;
/// The unit id under which the shared settings (language, a participant's
/// session) keep their marks.
pub const SETTINGS: &str = "~";

/// What a tab's unit of data is: it decides how the unit splits into fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Record,
    Table,
}

/// Something kept in the collection under an id: a record or a round table.
pub trait Unit: Serialize + DeserializeOwned + PartialEq + Clone {
    const KIND: Kind;
    /// The id, when it was created and when last changed.
    fn head(&self) -> (&str, u64, u64);
    /// When it was last changed.
    fn updated_mut(&mut self) -> &mut u64;
    /// Makes equal content compare equal after a merge.
    fn tidy(&mut self) {}
    fn id(&self) -> &str {
        self.head().0
    }
}

impl Unit for Record {
    const KIND: Kind = Kind::Record;
    fn head(&self) -> (&str, u64, u64) {
        (&self.id, self.created, self.updated)
    }
    fn updated_mut(&mut self) -> &mut u64 {
        &mut self.updated
    }
    fn tidy(&mut self) {
        self.assessment.normalise();
    }
}

impl Unit for RoundTable {
    const KIND: Kind = Kind::Table;
    fn head(&self) -> (&str, u64, u64) {
        (&self.id, self.created, self.updated)
    }
    fn updated_mut(&mut self) -> &mut u64 {
        &mut self.updated
    }
}

// --- One unit ----------------------------------------------------------

static ZERO: Mark = Mark { at: Stamp(0, String::new()), over: Stamp(0, String::new()) };

fn mark<'a>(marks: Option<&'a Marks>, path: &str) -> &'a Mark {
    marks.and_then(|m| m.get(path)).unwrap_or(&ZERO)
}

/// When a unit came into being (or was brought back), from its marks.
fn born(marks: Option<&Marks>) -> &Stamp {
    &mark(marks, "").at
}

/// The text of a field value, for ties between equal marks.
fn tie_key(v: Option<&Value>) -> String {
    v.map(Value::to_string).unwrap_or_default()
}

/// Merges two versions of one unit, field by field: the later mark wins;
/// equal marks (both unmarked) take the larger value, so every tab decides
/// alike.
fn merge_unit<T: Unit>(a: &T, b: &T, ma: Option<&Marks>, mb: Option<&Marks>) -> (T, Marks) {
    let (ja, jb) = (to_json(a), to_json(b));
    let (fa, fb) = (fields(T::KIND, &ja), fields(T::KIND, &jb));
    // Every path either side has a value or a mark for, once (no set: the
    // program then carries no sort for it).
    let mut paths: Vec<&str> = fa.keys().map(String::as_str).collect();
    paths.extend(fb.keys().map(String::as_str).filter(|p| !fa.contains_key(*p)));
    for m in [ma, mb].into_iter().flatten() {
        for p in m.keys() {
            if !fa.contains_key(p) && !fb.contains_key(p) && !paths.contains(&p.as_str()) {
                paths.push(p);
            }
        }
    }
    let mut out = BTreeMap::new();
    let mut marks = Marks::new();
    for path in paths {
        let (ka, kb) = (mark(ma, path), mark(mb, path));
        let a_wins = match ka.at.cmp(&kb.at) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => tie_key(fa.get(path)) >= tie_key(fb.get(path)),
        };
        let (v, k) = if a_wins { (fa.get(path), ka) } else { (fb.get(path), kb) };
        if let (Some(v), false) = (v, path.is_empty()) {
            out.insert(path.to_owned(), v.clone());
        }
        if !k.at.is_zero() {
            marks.insert(path.to_owned(), k.clone());
        }
    }
    let mut merged = rebuild::<T>(&ja, &out).unwrap_or_else(|| a.clone());
    *merged.updated_mut() = a.head().2.max(b.head().2);
    (merged, marks)
}

/// The unit with `id`, looked for first at `hint`: the lists compared are
/// mostly in the same order, so 200 records cost 200 looks, not 40,000.
fn find<'a, T: Unit, P: AsRef<T>>(list: &'a [P], hint: usize, id: &str) -> Option<&'a P> {
    match list.get(hint) {
        Some(p) if p.as_ref().id() == id => Some(p),
        _ => list.iter().find(|p| p.as_ref().id() == id),
    }
}

/// Equal, trying the cheap answer first: the same shared unit.
fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    std::ptr::eq(a, b) || a == b
}

// --- A tab's own edits ----------------------------------------------------

/// Marks what changed from `base` to `local` as this tab's edits at `now`:
/// changed fields get a mark that replaces the one they had, new units a
/// birth mark, units gone from `local` a deletion.
fn mark_edits<T: Unit>(
    base: &[impl AsRef<T>],
    local: &[impl AsRef<T>],
    stamps: &mut Stamps,
    gone: &mut Gone,
    tab: &str,
    now: u64,
) {
    for (i, l) in local.iter().enumerate() {
        let l = l.as_ref();
        let id = l.id();
        match find(base, i, id).map(AsRef::as_ref) {
            Some(b) if same(b, l) => {}
            Some(b) => {
                let (fb, fl) = (fields(T::KIND, &to_json(b)), fields(T::KIND, &to_json(l)));
                let changed = fb.keys().filter(|p| fb.get(*p) != fl.get(*p));
                let changed: Vec<&String> = changed.chain(fl.keys().filter(|p| !fb.contains_key(*p))).collect();
                let marks = stamps.entry(id.to_owned()).or_default();
                for path in changed {
                    let over = marks.get(path).map(|m| m.at.clone()).unwrap_or_default();
                    let t = now.max(over.0 + 1);
                    marks.insert(path.clone(), Mark { at: Stamp::new(t, tab), over });
                }
            }
            None => {
                // New here, or brought back by undo: born after any deletion.
                let over = gone.get(id).cloned().unwrap_or_default();
                let t = now.max(over.0 + 1);
                stamps.entry(id.to_owned()).or_default().insert(String::new(), Mark { at: Stamp::new(t, tab), over });
            }
        }
    }
    for (i, b) in base.iter().enumerate() {
        let b = b.as_ref();
        if find(local, i, b.id()).is_none() {
            let t = now.max(born(stamps.get(b.id())).0 + 1);
            gone.insert(b.id().to_owned(), Stamp::new(t, tab));
            stamps.remove(b.id());
        }
    }
}

/// Notes this tab's edits: marks every field that differs between `mine`
/// (the tab's data as last noted or merged, with the marks) and `local` (the
/// tab's data now) as written by `tab` at `now`, then takes `local`'s data
/// and view into `mine`. Called after every change, so each edit is marked
/// with the time it was made, however late the merge runs.
pub fn note_edits(mine: &mut Saved, local: &Saved, tab: &str, now: u64) {
    let (mut stamps, mut gone) = (std::mem::take(&mut mine.stamps), std::mem::take(&mut mine.gone));
    mark_edits::<Record>(&mine.records, &local.records, &mut stamps, &mut gone, tab, now);
    mark_edits::<RoundTable>(&wrap(&mine.tables), &wrap(&local.tables), &mut stamps, &mut gone, tab, now);
    mark_setting(&mine.lang, &local.lang, "lang", &mut stamps, tab, now);
    mark_setting(&mine.participant, &local.participant, "participant", &mut stamps, tab, now);
    *mine = Saved { stamps, gone, ..local.clone() };
}

/// A setting shared by all tabs (the language, a participant's session):
/// one field, marked when this tab changed it.
fn mark_setting<T: PartialEq>(base: &T, local: &T, key: &str, stamps: &mut Stamps, tab: &str, now: u64) {
    if base != local {
        let marks = stamps.entry(SETTINGS.to_owned()).or_default();
        let over = marks.get(key).map(|m| m.at.clone()).unwrap_or_default();
        let t = now.max(over.0 + 1);
        marks.insert(key.to_owned(), Mark { at: Stamp::new(t, tab), over });
    }
}

fn merge_setting<T: Clone + Serialize>(a: &T, b: &T, key: &str, ma: &Stamps, mb: &Stamps, out: &mut Stamps) -> T {
    let (ka, kb) = (mark(ma.get(SETTINGS), key), mark(mb.get(SETTINGS), key));
    let a_wins = match ka.at.cmp(&kb.at) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => tie_key(Some(&to_json(a))) >= tie_key(Some(&to_json(b))),
    };
    let (v, k) = if a_wins { (a, ka) } else { (b, kb) };
    if !k.at.is_zero() {
        out.entry(SETTINGS.to_owned()).or_default().insert(key.to_owned(), k.clone());
    }
    v.clone()
}

// --- Two collections --------------------------------------------------------

/// Merges the units of two collections. A unit lives when it was born after
/// its deletion (if any); one side's new unit is kept; a unit on both sides
/// is merged field by field. Units keep their shared form (`Rc`) when one
/// side's version is taken whole.
fn merge_units<T: Unit, P: AsRef<T> + Clone + From<T>>(
    a: &[P],
    b: &[P],
    sa: &Stamps,
    sb: &Stamps,
    gone: &Gone,
    out: &mut Stamps,
) -> Vec<P> {
    let mut ids: Vec<&str> = a.iter().map(|x| x.as_ref().id()).collect();
    for (j, y) in b.iter().enumerate() {
        if find(a, j, y.as_ref().id()).is_none() {
            ids.push(y.as_ref().id());
        }
    }
    let mut merged = Vec::with_capacity(ids.len());
    for (i, id) in ids.into_iter().enumerate() {
        let (ma, mb) = (sa.get(id), sb.get(id));
        let birth = born(ma).max(born(mb));
        if gone.get(id).is_some_and(|g| g >= birth) {
            continue;
        }
        let (x, y) = (find(a, i, id), find(b, i, id));
        let (unit, marks) = match (x, y) {
            (Some(x), Some(y)) if same(x.as_ref(), y.as_ref()) && ma == mb => (x.clone(), ma.cloned()),
            (Some(x), Some(y)) => {
                let (u, m) = merge_unit(x.as_ref(), y.as_ref(), ma, mb);
                // Keep the shared form when the merge gave one side back.
                let unit = if &u == x.as_ref() {
                    x.clone()
                } else if &u == y.as_ref() {
                    y.clone()
                } else {
                    P::from(u)
                };
                (unit, Some(m))
            }
            (Some(x), None) => (x.clone(), ma.cloned()),
            (None, Some(y)) => (y.clone(), mb.cloned()),
            (None, None) => continue,
        };
        if let Some(m) = marks.filter(|m| !m.is_empty()) {
            out.insert(id.to_owned(), m);
        }
        merged.push(unit);
    }
    sort_small_by(&mut merged, |p, q| {
        let (p, q) = (p.as_ref(), q.as_ref());
        (p.head().1, p.id()).cmp(&(q.head().1, q.id()))
    });
    merged
}

/// A tab's text that an edit in another tab replaced at the same time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lost {
    /// The record or round table.
    pub id: String,
    pub kind: Kind,
    /// The fields and this tab's values (JSON text; `null` when it had cleared it).
    pub fields: Vec<(String, String)>,
}

/// What this tab had open and another tab deleted: its last version here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeletedOpen {
    Record(Rc<Record>),
    Table(Box<RoundTable>),
}

/// The result of merging a tab's collection with storage's.
#[derive(Clone, Debug, PartialEq)]
pub struct Synced {
    /// The merged collection, with this tab's view, open assessment and
    /// compare picks. Written to storage when `write`.
    pub doc: Saved,
    /// `doc` differs from what storage holds.
    pub write: bool,
    /// `doc` differs from the tab's collection: the tab should show it.
    pub changed: bool,
    /// This tab's edits that lost to edits made at the same time elsewhere.
    pub lost: Vec<Lost>,
    /// What this tab had open and another tab deleted.
    pub deleted_open: Vec<DeletedOpen>,
}

fn own_losses<T: Unit>(
    mine: &[impl AsRef<T>],
    merged: &[impl AsRef<T>],
    sm: &Stamps,
    sf: &Stamps,
    tab: &str,
    out: &mut Vec<Lost>,
) {
    for x in mine {
        let x = x.as_ref();
        let Some(marks) = sm.get(x.id()) else { continue };
        if !marks.iter().any(|(p, m)| !p.is_empty() && m.at.1 == tab) {
            continue;
        }
        let Some(f) = merged.iter().map(AsRef::as_ref).find(|f| f.id() == x.id()) else { continue };
        if f == x {
            continue;
        }
        let (fx, ff) = (fields(T::KIND, &to_json(x)), fields(T::KIND, &to_json(f)));
        let lost: Vec<(String, String)> = marks
            .iter()
            .filter(|(p, m)| !p.is_empty() && m.at.1 == tab)
            .filter(|(p, m)| fx.get(*p) != ff.get(*p) && mark(sf.get(x.id()), p).over != m.at)
            .map(|(p, _)| (p.clone(), fx.get(p).map_or_else(|| "null".to_owned(), Value::to_string)))
            .collect();
        if !lost.is_empty() {
            out.push(Lost { id: x.id().to_owned(), kind: T::KIND, fields: lost });
        }
    }
}

/// True when two collections hold the same shared data (not the tab's view).
fn same_data(a: &Saved, b: &Saved) -> bool {
    let same_records =
        a.records.len() == b.records.len() && a.records.iter().zip(&b.records).all(|(x, y)| Rc::ptr_eq(x, y) || x == y);
    same_records && a.tables == b.tables && a.lang == b.lang && a.participant == b.participant
}

/// Drops marks older than [`MARK_KEEP_MS`] and deletions older than [`GONE_KEEP_MS`].
fn prune(doc: &mut Saved, now: u64) {
    let keep = |at: &Stamp, ms: u64| at.0.saturating_add(ms) >= now;
    for marks in doc.stamps.values_mut() {
        marks.retain(|_, m| keep(&m.at, MARK_KEEP_MS));
    }
    doc.stamps.retain(|_, m| !m.is_empty());
    doc.gone.retain(|_, g| keep(g, GONE_KEEP_MS));
}

/// Merges a tab's collection with storage's.
///
/// - `mine`: the tab's collection with its marks, its own edits noted
///   ([`note_edits`]);
/// - `stored`: what storage holds now (`None` when it is empty).
///
/// The result's `doc` is what the tab writes and shows next, and its next
/// `mine`.
pub fn sync(mine: &Saved, stored: Option<&Saved>, tab: &str, now: u64) -> Synced {
    let empty = Saved::default();
    let theirs = stored.unwrap_or(&empty);
    let mut doc = mine.clone();
    for (id, g) in &theirs.gone {
        if doc.gone.get(id).is_none_or(|x| x < g) {
            doc.gone.insert(id.clone(), g.clone());
        }
    }
    let mut stamps = Stamps::new();
    doc.records = merge_units::<Record, Rc<Record>>(
        &mine.records,
        &theirs.records,
        &mine.stamps,
        &theirs.stamps,
        &doc.gone,
        &mut stamps,
    );
    let tables: Vec<Tbl> = merge_units::<RoundTable, Tbl>(
        &wrap(&mine.tables),
        &wrap(&theirs.tables),
        &mine.stamps,
        &theirs.stamps,
        &doc.gone,
        &mut stamps,
    );
    doc.tables = tables.into_iter().map(|t| t.0).collect();
    doc.lang = merge_setting(&mine.lang, &theirs.lang, "lang", &mine.stamps, &theirs.stamps, &mut stamps);
    doc.participant =
        merge_setting(&mine.participant, &theirs.participant, "participant", &mine.stamps, &theirs.stamps, &mut stamps);
    doc.seq = mine.seq.max(theirs.seq);
    doc.stamps = stamps;

    let mut lost = Vec::new();
    own_losses::<Record>(&mine.records, &doc.records, &mine.stamps, &doc.stamps, tab, &mut lost);
    own_losses::<RoundTable>(&wrap(&mine.tables), &wrap(&doc.tables), &mine.stamps, &doc.stamps, tab, &mut lost);

    let mut deleted_open = Vec::new();
    let deleted_elsewhere = |id: &str| doc.gone.get(id).is_some_and(|g| g.1 != tab);
    if let Some(r) = mine.current.as_deref().and_then(|id| mine.records.iter().find(|r| r.id == id)) {
        if deleted_elsewhere(&r.id) && !doc.records.iter().any(|x| x.id == r.id) {
            deleted_open.push(DeletedOpen::Record(r.clone()));
        }
    }
    if let Some(t) = mine.current_table.as_deref().and_then(|id| mine.tables.iter().find(|t| t.id == id)) {
        if deleted_elsewhere(&t.id) && !doc.tables.iter().any(|x| x.id == t.id) {
            deleted_open.push(DeletedOpen::Table(Box::new(t.clone())));
        }
    }

    prune(&mut doc, now);
    doc.repair();
    // Empty storage stays empty until there is something to keep (a first
    // visit writes nothing, and asks the browser nothing).
    let nothing = doc.records.is_empty() && doc.tables.is_empty() && doc.lang.is_none() && doc.participant.is_none();
    let write = match stored {
        None => !nothing,
        Some(s) => !same_data(&doc, s) || doc.stamps != s.stamps || doc.gone != s.gone,
    };
    let changed = !same_data(&doc, mine);
    Synced { doc, write, changed, lost, deleted_open }
}

/// A round table in the form `merge_units` takes (`AsRef` + `From`).
#[derive(Clone)]
struct Tbl(RoundTable);

impl AsRef<RoundTable> for Tbl {
    fn as_ref(&self) -> &RoundTable {
        &self.0
    }
}

impl From<RoundTable> for Tbl {
    fn from(t: RoundTable) -> Tbl {
        Tbl(t)
    }
}

fn wrap(tables: &[RoundTable]) -> Vec<Tbl> {
    tables.iter().cloned().map(Tbl).collect()
}
