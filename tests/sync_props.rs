//! Property test of several tabs on one collection: any interleaving of
//! edits, new records, deletions and merges from 2 to 4 tabs ends, once
//! every tab has merged, with every tab showing the same collection, no
//! record lost that nobody deleted, and every field holding its latest edit
//! (so no edit is lost that a later one did not overwrite). A tab is only
//! ever told about losing text it wrote itself.
//!
//! `PROPTEST_CASES` sets the number of cases (default 300).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/tabs.rs"]
mod tabs;

use proptest::collection::vec;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use tabs::*;
use wenselijk::domain::*;

#[derive(Clone, Debug)]
enum Op {
    /// Tab, which of its records (index, wrapped), which field.
    Edit(usize, usize, usize),
    New(usize),
    Delete(usize, usize),
    Sync(usize),
}

const FIELDS: usize = 4;

fn set(a: &mut Assessment, field: usize, v: &str) {
    match field {
        0 => a.idea.title = v.into(),
        1 => a.idea.action = v.into(),
        2 => a.dimension_mut(DimensionId::Time).note = v.into(),
        _ => a.flag_mut(RedFlag::Pushiness).note = v.into(),
    }
}

fn get(a: &Assessment, field: usize) -> String {
    match field {
        0 => a.idea.title.clone(),
        1 => a.idea.action.clone(),
        2 => a.dimension(DimensionId::Time).note.clone(),
        _ => a.flag(RedFlag::Pushiness).note.clone(),
    }
}

const PATHS: [&str; FIELDS] = [
    "assessment.idea.title",
    "assessment.idea.action",
    "assessment.dimensions.time.note",
    "assessment.flags.pushiness.note",
];

fn scenario() -> impl Strategy<Value = (usize, Vec<Op>)> {
    (2..=4usize).prop_flat_map(|n| {
        let op = prop_oneof![
            5 => (0..n, 0..6usize, 0..FIELDS).prop_map(|(t, r, f)| Op::Edit(t, r, f)),
            1 => (0..n).prop_map(Op::New),
            1 => (0..n, 0..6usize).prop_map(|(t, r)| Op::Delete(t, r)),
            4 => (0..n).prop_map(Op::Sync),
        ];
        (Just(n), vec(op, 1..50))
    })
}

fn cases() -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    ProptestConfig::with_cases(n)
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn any_interleaving_of_two_to_four_tabs_loses_nothing_not_overwritten((n, ops) in scenario()) {
        let mut b = Browser::new();
        let t0 = b.open("t0");
        b.edit(t0, 10, |s| {
            add_record(s, "r1", 10, "one");
            add_record(s, "r2", 10, "two");
        });
        b.sync(t0, 11);
        b.tabs.clear();
        let names = ["A", "B", "C", "D"];
        for name in &names[..n] {
            b.open(name);
        }
        let mut created: BTreeSet<String> = ["r1", "r2"].map(String::from).into();
        let mut deleted: BTreeSet<String> = BTreeSet::new();
        // (record, field) -> (time, tab, value) of the latest edit.
        let mut latest: BTreeMap<(String, usize), (u64, String)> = BTreeMap::new();
        // Every value each tab wrote to each field.
        let mut written: BTreeSet<(String, String, String, String)> = BTreeSet::new();
        for (k, op) in ops.iter().enumerate() {
            let now = 100 + 10 * k as u64;
            match *op {
                Op::Edit(t, r, f) => {
                    let ids: Vec<String> = b.tabs[t].local.records.iter().map(|r| r.id.clone()).collect();
                    if ids.is_empty() { continue; }
                    let id = ids[r % ids.len()].clone();
                    let value = format!("v{k}");
                    b.edit(t, now, |s| edit_record(s, &id, now, |a| set(a, f, &value)));
                    latest.insert((id.clone(), f), (now, value.clone()));
                    written.insert((names[t].into(), id, PATHS[f].into(), serde_json::to_string(&value).unwrap()));
                }
                Op::New(t) => {
                    let id = format!("n{k}{}", names[t]);
                    b.edit(t, now, |s| add_record(s, &id, now, "new"));
                    written.insert((names[t].into(), id.clone(), PATHS[0].into(), "\"new\"".into()));
                    created.insert(id);
                }
                Op::Delete(t, r) => {
                    let ids: Vec<String> = b.tabs[t].local.records.iter().map(|r| r.id.clone()).collect();
                    if ids.is_empty() { continue; }
                    let id = ids[r % ids.len()].clone();
                    b.edit(t, now, |s| delete_record(s, &id));
                    deleted.insert(id);
                }
                Op::Sync(t) => {
                    b.sync(t, now);
                }
            }
        }
        let end = 100 + 10 * ops.len() as u64;
        b.settle(end);
        let stored = b.stored().unwrap_or_default();
        // Every tab shows what storage holds.
        for t in &b.tabs {
            prop_assert_eq!(&t.local.records, &stored.records, "tab {}", t.id);
        }
        // No record lost that nobody deleted; none back that somebody deleted.
        let ids: BTreeSet<String> = stored.records.iter().map(|r| r.id.clone()).collect();
        let want: BTreeSet<String> = created.difference(&deleted).cloned().collect();
        prop_assert_eq!(ids, want);
        // Every field of every record holds its latest edit.
        for r in &stored.records {
            for f in 0..FIELDS {
                if let Some((_, v)) = latest.get(&(r.id.clone(), f)) {
                    prop_assert_eq!(&get(&r.assessment, f), v, "{} field {}", r.id, f);
                }
            }
        }
        // Losses are only ever about a tab's own text.
        for t in &b.tabs {
            for l in &t.lost {
                for (path, value) in &l.fields {
                    prop_assert!(
                        written.contains(&(t.id.clone(), l.id.clone(), path.clone(), value.clone())),
                        "tab {} told it lost {} = {} of {}, which it never wrote", t.id, path, value, l.id
                    );
                }
            }
        }
        // Settled: merging again writes nothing.
        let writes = b.writes;
        for i in 0..b.tabs.len() {
            b.sync(i, end + 1);
        }
        prop_assert_eq!(b.writes, writes);
    }
}
