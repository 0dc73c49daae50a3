//! The reducer's side of several tabs on one collection (see `crate::sync`):
//! showing a merge, rebasing undo on it, and keeping a copy of what another
//! tab deleted.

use super::{display_title, AppState, Notice, Snapshot, View};
use crate::domain::roundtable::RoundTable;
use crate::domain::Record;
use crate::sync;
use std::rc::Rc;

/// Shows the collection merged with other tabs': replaces the records and
/// round tables (already saved), follows a language chosen elsewhere, drops
/// references to what is gone, rebases the undo snapshot, and says what was
/// lost or deleted.
pub(super) fn apply_synced(s: &mut AppState, r: sync::Synced) {
    let doc = r.doc;
    if let Some(undo) = s.undo.as_mut() {
        rebase_undo(undo, &s.records, &s.tables, &doc.records, &doc.tables);
    }
    s.records = doc.records;
    s.tables = doc.tables;
    s.seq = s.seq.max(doc.seq);
    s.participant = doc.participant;
    s.lang_pref = doc.lang;
    if let (Some(lang), false) = (doc.lang, s.lang_from_page) {
        s.lang = lang;
    }
    if s.current.as_ref().is_some_and(|c| s.record(c).is_none()) {
        s.current = None;
    }
    if s.current_table.as_ref().is_some_and(|c| s.table(c).is_none()) {
        s.current_table = None;
        s.scoring_as = None;
    }
    let records: Vec<String> = s.records.iter().map(|r| r.id.clone()).collect();
    s.compare.retain(|c| records.contains(c));
    let view_needs_gone = match s.view {
        View::Assess | View::Report => s.current.is_none(),
        View::RoundTable | View::Present => s.current_table.is_none(),
        _ => false,
    };
    if view_needs_gone {
        s.view = if s.current.is_some() { View::Assess } else { View::Start };
    }
    if let Some(lost) = r.lost.into_iter().next() {
        let title = match lost.kind {
            sync::Kind::Record => s.record(&lost.id).map(|r| display_title(&r.assessment, s.lang)),
            sync::Kind::Table => s.table(&lost.id).map(|t| t.name.clone()),
        };
        s.notice = Some(Notice::Overwritten { title: title.unwrap_or_default(), lost });
    }
    if let Some(first) = r.deleted_open.first() {
        let title = match first {
            sync::DeletedOpen::Record(r) => display_title(&r.assessment, s.lang),
            sync::DeletedOpen::Table(t) => t.name.clone(),
        };
        s.notice = Some(Notice::DeletedElsewhere { title, kept: r.deleted_open });
    }
}

/// After a merge, undo must still only undo this tab's last delete or
/// import: what the snapshot holds differently from the state before the
/// merge is what undo restores; everything else follows the merge.
fn rebase_undo(
    undo: &mut Snapshot,
    before: &[Rc<Record>],
    before_tables: &[RoundTable],
    after: &[Rc<Record>],
    after_tables: &[RoundTable],
) {
    let mut records: Vec<Rc<Record>> = after.to_vec();
    for old in &undo.records {
        let untouched = before.iter().any(|b| Rc::ptr_eq(b, old));
        if !untouched {
            records.retain(|r| r.id != old.id);
            records.push(old.clone());
        }
    }
    records.retain(|r| undo.records.iter().any(|o| o.id == r.id) || !before.iter().any(|b| b.id == r.id));
    let mut tables: Vec<RoundTable> = after_tables.to_vec();
    for old in &undo.tables {
        if !before_tables.contains(old) {
            tables.retain(|t| t.id != old.id);
            tables.push(old.clone());
        }
    }
    tables.retain(|t| undo.tables.iter().any(|o| o.id == t.id) || !before_tables.iter().any(|b| b.id == t.id));
    undo.records = records;
    undo.tables = tables;
}

/// Adds this tab's copies of what another tab deleted, with new ids, and
/// opens them (a round table keeps pointing at its record's copy).
pub(super) fn keep_copies(s: &mut AppState, kept: Vec<sync::DeletedOpen>, now: u64) {
    let mut renamed: Option<(String, String)> = None;
    for k in &kept {
        if let sync::DeletedOpen::Record(r) = k {
            let id = s.add_and_open(r.assessment.clone(), now);
            renamed = Some((r.id.clone(), id));
        }
    }
    for k in kept {
        if let sync::DeletedOpen::Table(t) = k {
            let mut t = *t;
            if let Some((old, new)) = &renamed {
                if t.record_id == *old {
                    t.record_id = new.clone();
                }
            }
            if s.record(&t.record_id).is_some() {
                t.id = s.next_id(now);
                t.updated = now;
                s.current = Some(t.record_id.clone());
                s.current_table = Some(t.id.clone());
                s.view = View::RoundTable;
                s.tables.push(t);
            }
        }
    }
}
