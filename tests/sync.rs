//! Several tabs on one collection (`wenselijk::sync`): table-driven
//! scenarios of edits and merges in two and three tabs, each ending with a
//! fresh tab that must see every edit that was not overwritten by a later one.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/tabs.rs"]
mod tabs;

use std::rc::Rc;
use tabs::*;
use wenselijk::codec::storage;
use wenselijk::domain::roundtable::{Item, ItemAnswer, RoundTable};
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::sync::{self, DeletedOpen, Kind};

fn level(n: u8) -> Option<Answer> {
    Some(Answer::Level(Level::new(n).unwrap()))
}

/// A browser with one record `r1` ("Idea") saved by an earlier tab.
fn with_record() -> Browser {
    let mut b = Browser::new();
    let t = b.open("t0");
    b.edit(t, 10, |s| add_record(s, "r1", 10, "Idea"));
    b.sync(t, 11);
    b.tabs.clear();
    b
}

fn title(s: &storage::Saved, id: &str) -> String {
    record(s, id).map(|r| r.assessment.idea.title.clone()).unwrap_or_else(|| "<gone>".into())
}

#[test]
fn the_bug_of_issue_11_two_new_assessments_in_two_tabs_both_survive() {
    // Both orders of saving, and saving once or many times.
    for order in [[0, 1], [1, 0]] {
        let mut b = Browser::new();
        let (x, y) = (b.open("x"), b.open("y"));
        b.edit(x, 100, |s| add_record(s, "ax", 100, "From tab x"));
        b.edit(y, 110, |s| add_record(s, "ay", 110, "From tab y"));
        b.edit(x, 120, |s| edit_record(s, "ax", 120, |a| a.idea.action = "x types on".into()));
        b.sync(order[0], 130);
        b.sync(order[1], 131);
        b.edit(y, 140, |s| edit_record(s, "ay", 140, |a| a.idea.action = "y types on".into()));
        b.sync(y, 150);
        b.sync(x, 151);
        let fresh = b.open("fresh");
        let s = &b.tabs[fresh].local;
        assert_eq!(title(s, "ax"), "From tab x");
        assert_eq!(title(s, "ay"), "From tab y");
        assert_eq!(record(s, "ax").unwrap().assessment.idea.action, "x types on");
        assert_eq!(record(s, "ay").unwrap().assessment.idea.action, "y types on");
        assert!(b.tabs.iter().all(|t| t.lost.is_empty()), "nobody lost anything");
    }
}

/// One scenario on the same record: edits as (tab, time, field, value),
/// then merges in the given order; what a fresh tab sees and who is told.
struct Case {
    name: &'static str,
    /// (tab, time, which field, value); fields: 0 title, 1 action, 2 time note.
    edits: &'static [(usize, u64, usize, &'static str)],
    /// Merges before and between the edits: after edit i (index), tab merges.
    merges_after: &'static [(usize, usize)],
    want: [&'static str; 3],
    /// Which tabs are told they lost text, and the text.
    told: &'static [(usize, &'static str)],
}

fn set_field(a: &mut Assessment, field: usize, v: &str) {
    match field {
        0 => a.idea.title = v.into(),
        1 => a.idea.action = v.into(),
        _ => a.dimension_mut(DimensionId::Time).note = v.into(),
    }
}

fn get_field(a: &Assessment, field: usize) -> &str {
    match field {
        0 => &a.idea.title,
        1 => &a.idea.action,
        _ => &a.dimension(DimensionId::Time).note,
    }
}

const CASES: &[Case] = &[
    Case {
        name: "different fields, merged late",
        edits: &[(0, 100, 0, "title by A"), (1, 110, 1, "action by B")],
        merges_after: &[],
        want: ["title by A", "action by B", ""],
        told: &[],
    },
    Case {
        name: "same field, B later, A merged first: A is told",
        edits: &[(0, 100, 0, "A's title"), (1, 110, 0, "B's title")],
        merges_after: &[],
        want: ["B's title", "", ""],
        told: &[(0, "A's title")],
    },
    Case {
        name: "same field, A later although A merged first: B is told",
        edits: &[(1, 100, 0, "B's title"), (0, 110, 0, "A's title")],
        merges_after: &[],
        want: ["A's title", "", ""],
        told: &[(1, "B's title")],
    },
    Case {
        name: "same field one after the other (B saw A's): nobody is told",
        edits: &[(0, 100, 0, "A's title"), (1, 110, 0, "B's title, after reading A's")],
        merges_after: &[(0, 0), (0, 1)],
        want: ["B's title, after reading A's", "", ""],
        told: &[],
    },
    Case {
        name: "A wrote and saved, B overwrote without seeing it: A is told",
        edits: &[(0, 100, 2, "A's note"), (1, 110, 2, "B's note")],
        merges_after: &[(0, 0)],
        want: ["Idea", "", "B's note"],
        told: &[(0, "A's note")],
    },
    Case {
        name: "both typed the same text: nobody loses anything",
        edits: &[(0, 100, 1, "same"), (1, 110, 1, "same")],
        merges_after: &[],
        want: ["Idea", "same", ""],
        told: &[],
    },
    Case {
        name: "a later edit of a different field does not make an earlier one win",
        edits: &[(0, 100, 0, "A's title"), (1, 110, 0, "B's title"), (0, 120, 1, "A's action")],
        merges_after: &[],
        want: ["B's title", "A's action", ""],
        told: &[(0, "A's title")],
    },
];

#[test]
fn same_record_in_two_tabs_later_edit_of_each_field_wins() {
    for case in CASES {
        let mut b = with_record();
        let (a, bb) = (b.open("A"), b.open("B"));
        let tabs = [a, bb];
        for (i, &(tab, at, field, value)) in case.edits.iter().enumerate() {
            b.edit(tabs[tab], at, |s| edit_record(s, "r1", at, |x| set_field(x, field, value)));
            for &(after, who) in case.merges_after {
                if after == i {
                    b.sync(tabs[who], at + 1);
                }
            }
        }
        b.sync(a, 200);
        b.sync(bb, 201);
        b.sync(a, 202);
        let fresh = b.open("fresh");
        let r = record(&b.tabs[fresh].local, "r1").unwrap();
        let got = [0, 1, 2].map(|f| get_field(&r.assessment, f).to_string());
        let want = case.want.map(String::from);
        assert_eq!(got, want, "{}", case.name);
        for (i, t) in tabs.iter().enumerate() {
            let told: Vec<String> = b.tabs[*t].lost.iter().flat_map(|l| l.fields.iter().map(|f| f.1.clone())).collect();
            let want: Vec<String> = case
                .told
                .iter()
                .filter(|(who, _)| *who == i)
                .map(|(_, text)| serde_json::to_string(text).unwrap())
                .collect();
            assert_eq!(told, want, "{}: what tab {i} was told", case.name);
        }
        // Every tab shows the same as storage.
        for t in tabs {
            assert_eq!(record(&b.tabs[t].local, "r1"), Some(r), "{}", case.name);
        }
    }
}

#[test]
fn the_tab_that_lost_can_restore_its_version_and_the_other_is_not_told() {
    let mut b = with_record();
    let (a, bb) = (b.open("A"), b.open("B"));
    b.edit(a, 100, |s| edit_record(s, "r1", 100, |x| x.idea.title = "Mine (A)".into()));
    b.edit(bb, 110, |s| edit_record(s, "r1", 110, |x| x.idea.title = "Theirs (B)".into()));
    b.sync(a, 120);
    b.sync(bb, 121);
    let r = b.sync(a, 122);
    assert_eq!(r.lost.len(), 1);
    let lost = &r.lost[0];
    assert_eq!((lost.id.as_str(), lost.kind), ("r1", Kind::Record));
    assert_eq!(lost.fields, vec![("assessment.idea.title".to_string(), "\"Mine (A)\"".to_string())]);
    // "Restore my version": a new edit, after the other's.
    let fields = lost.fields.clone();
    b.edit(a, 130, |s| {
        let i = s.records.iter().position(|r| r.id == "r1").unwrap();
        let mut restored = sync::with_fields(&*s.records[i], &fields);
        restored.updated = 130;
        s.records[i] = Rc::new(restored);
    });
    b.sync(a, 131);
    b.sync(bb, 132);
    assert_eq!(title(&b.tabs[bb].local, "r1"), "Mine (A)");
    assert!(b.tabs[bb].lost.is_empty(), "B saw A's restore after its own edit: not a loss");
}

#[test]
fn deleting_a_record_another_tab_has_open_offers_that_tab_its_copy() {
    let mut b = with_record();
    let (a, bb) = (b.open("A"), b.open("B"));
    b.edit(bb, 100, |s| {
        s.current = Some("r1".into());
        edit_record(s, "r1", 100, |x| x.idea.action = "B was still typing".into());
    });
    b.edit(a, 110, |s| delete_record(s, "r1"));
    b.sync(a, 120);
    let r = b.sync(bb, 121);
    assert!(record(&r.doc, "r1").is_none(), "the delete wins");
    match r.deleted_open.as_slice() {
        [DeletedOpen::Record(copy)] => assert_eq!(copy.assessment.idea.action, "B was still typing"),
        other => panic!("B should get its copy, got {other:?}"),
    }
    // A tab that did not have it open is not asked.
    let mut b2 = with_record();
    let (a2, c2) = (b2.open("A"), b2.open("C"));
    b2.edit(c2, 105, |s| s.current = None);
    b2.edit(a2, 110, |s| delete_record(s, "r1"));
    b2.sync(a2, 120);
    assert!(b2.sync(c2, 121).deleted_open.is_empty());
    assert!(record(&b2.tabs[c2].local, "r1").is_none());
    // The deleting tab itself is not asked either.
    assert!(b2.tabs[a2].deleted.is_empty());
}

#[test]
fn a_deleted_record_stays_deleted_and_undo_brings_it_back_everywhere() {
    let mut b = with_record();
    let (a, bb) = (b.open("A"), b.open("B"));
    let kept = b.tabs[a].local.records.clone();
    b.edit(a, 100, |s| delete_record(s, "r1"));
    b.sync(a, 101);
    // B still has it (not open, unchanged) and merges: it does not come back.
    b.sync(bb, 102);
    b.sync(a, 103);
    assert!(record(&b.stored().unwrap(), "r1").is_none());
    assert!(record(&b.tabs[bb].local, "r1").is_none());
    // Undo in A: the record returns, in both tabs.
    b.edit(a, 110, |s| s.records = kept.clone());
    b.sync(a, 111);
    b.sync(bb, 112);
    assert_eq!(title(&b.tabs[bb].local, "r1"), "Idea");
    let fresh = b.open("fresh");
    assert_eq!(title(&b.tabs[fresh].local, "r1"), "Idea");
}

#[test]
fn three_tabs_a_fresh_tab_sees_every_edit() {
    let mut b = with_record();
    let (x, y, z) = (b.open("x"), b.open("y"), b.open("z"));
    b.edit(x, 100, |s| edit_record(s, "r1", 100, |a| a.dimension_mut(DimensionId::Trust).answer = level(4)));
    b.edit(y, 101, |s| add_record(s, "ry", 101, "Tab y's idea"));
    b.edit(z, 102, |s| edit_record(s, "r1", 102, |a| a.flag_mut(RedFlag::Pushiness).answer = Some(FlagAnswer::No)));
    b.sync(z, 110);
    b.edit(x, 111, |s| edit_record(s, "r1", 111, |a| a.org_values = "honest".into()));
    b.sync(y, 112);
    b.sync(x, 113);
    b.edit(z, 114, |s| edit_record(s, "r1", 114, |a| a.dimension_mut(DimensionId::Trust).note = "asked".into()));
    b.sync(z, 115);
    let fresh = b.open("fresh");
    let s = &b.tabs[fresh].local;
    let r = record(s, "r1").unwrap();
    assert_eq!(r.assessment.dimension(DimensionId::Trust).answer, level(4));
    assert_eq!(r.assessment.dimension(DimensionId::Trust).note, "asked");
    assert_eq!(r.assessment.flag(RedFlag::Pushiness).answer, Some(FlagAnswer::No));
    assert_eq!(r.assessment.org_values, "honest");
    assert_eq!(title(s, "ry"), "Tab y's idea");
    assert!(b.tabs.iter().all(|t| t.lost.is_empty()));
}

fn table_with(participants: &[(&str, &str)]) -> RoundTable {
    let mut t = RoundTable::new("t1", "r1", "Round", Default::default(), "secret12", 10);
    for (id, label) in participants {
        t.participants.push(wenselijk::domain::roundtable::Participant {
            id: (*id).into(),
            label: (*label).into(),
            ..Default::default()
        });
    }
    t
}

#[test]
fn round_tables_scores_of_different_people_and_agreed_answers_all_survive() {
    let mut b = with_record();
    let t0 = b.open("t0");
    b.edit(t0, 20, |s| s.tables.push(table_with(&[("p1", "Ann"), ("p2", "Bob")])));
    b.sync(t0, 21);
    let (a, bb) = (b.open("A"), b.open("B"));
    let trust = Item::Dimension(DimensionId::Trust);
    b.edit(a, 100, |s| {
        edit_table(s, "t1", 100, |t| {
            trust.set_in(&mut t.participant_mut("p1").unwrap().answers, Some(ItemAnswer::Scale(Answer::lv(2))));
        })
    });
    b.edit(bb, 101, |s| {
        edit_table(s, "t1", 101, |t| {
            trust.set_in(&mut t.participant_mut("p2").unwrap().answers, Some(ItemAnswer::Scale(Answer::lv(5))));
            t.decisions.push("Ask legal".into());
        })
    });
    // A adds a participant with an id of its own while B agrees an answer.
    b.edit(a, 102, |s| {
        edit_table(s, "t1", 102, |t| {
            t.participants.push(wenselijk::domain::roundtable::Participant {
                id: "p3xA".into(),
                label: "Cas".into(),
                ..Default::default()
            })
        })
    });
    b.edit(bb, 103, |s| {
        edit_table(s, "t1", 103, |t| {
            t.agree(trust, ItemAnswer::Scale(Answer::lv(3)), "middle ground");
        })
    });
    b.sync(bb, 110);
    b.sync(a, 111);
    b.sync(bb, 112);
    let fresh = b.open("fresh");
    let t = &b.tabs[fresh].local.tables[0];
    assert_eq!(trust.answer_in(&t.participant("p1").unwrap().answers), Some(ItemAnswer::Scale(Answer::lv(2))));
    assert_eq!(trust.answer_in(&t.participant("p2").unwrap().answers), Some(ItemAnswer::Scale(Answer::lv(5))));
    assert_eq!(t.participant("p3xA").map(|p| p.label.as_str()), Some("Cas"));
    assert_eq!(t.participants.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["p1", "p2", "p3xA"]);
    assert_eq!(t.decisions, ["Ask legal"]);
    assert_eq!(t.agreed_answer(trust), Some((ItemAnswer::Scale(Answer::lv(3)), "middle ground")));
    assert_eq!(b.tabs[a].local.tables, b.tabs[fresh].local.tables);
    assert!(b.tabs.iter().all(|t| t.lost.is_empty()));
}

#[test]
fn a_removed_participant_does_not_come_back_half() {
    let mut b = with_record();
    let t0 = b.open("t0");
    b.edit(t0, 20, |s| s.tables.push(table_with(&[("p1", "Ann"), ("p2", "Bob")])));
    b.sync(t0, 21);
    let (a, bb) = (b.open("A"), b.open("B"));
    b.edit(a, 100, |s| edit_table(s, "t1", 100, |t| t.participants.retain(|p| p.id != "p2")));
    b.edit(bb, 90, |s| edit_table(s, "t1", 90, |t| t.participant_mut("p1").unwrap().submitted = true));
    b.sync(a, 110);
    b.sync(bb, 111);
    let t = &b.tabs[bb].local.tables[0];
    assert_eq!(t.participants.len(), 1);
    assert!(t.participant("p1").unwrap().submitted);
}

#[test]
fn the_language_choice_follows_to_other_tabs() {
    let mut b = with_record();
    let (a, bb) = (b.open("A"), b.open("B"));
    b.edit(a, 100, |s| s.lang = Some(Lang::En));
    b.sync(a, 101);
    let r = b.sync(bb, 102);
    assert!(r.changed);
    assert_eq!(b.tabs[bb].local.lang, Some(Lang::En));
}

#[test]
fn storage_cleared_elsewhere_is_written_again_from_a_tab() {
    let mut b = with_record();
    let a = b.open("A");
    b.storage = None;
    let r = b.sync(a, 100);
    assert!(r.write);
    assert_eq!(title(&b.stored().unwrap(), "r1"), "Idea");
}

#[test]
fn nothing_to_do_writes_nothing_and_changes_nothing() {
    let mut b = with_record();
    let (a, bb) = (b.open("A"), b.open("B"));
    b.edit(a, 100, |s| edit_record(s, "r1", 100, |x| x.idea.title = "x".into()));
    b.sync(a, 101);
    b.sync(bb, 102);
    let writes = b.writes;
    for (t, now) in [(a, 103), (bb, 104), (a, 105)] {
        let r = b.sync(t, now);
        assert!(!r.write && !r.changed, "merge at {now}");
    }
    assert_eq!(b.writes, writes, "no ping-pong between tabs");
}

#[test]
fn old_marks_and_deletions_are_pruned_and_the_data_stays() {
    let mut b = with_record();
    let a = b.open("A");
    b.edit(a, 100, |s| edit_record(s, "r1", 100, |x| x.idea.title = "kept".into()));
    b.edit(a, 100, |s| add_record(s, "r2", 100, "gone soon"));
    b.sync(a, 101);
    b.edit(a, 102, |s| delete_record(s, "r2"));
    b.sync(a, 103);
    let stored = b.stored().unwrap();
    assert!(stored.stamps.contains_key("r1") && stored.gone.contains_key("r2"));
    b.edit(a, 104, |s| s.lang = Some(Lang::En));
    b.sync(a, 105 + sync::GONE_KEEP_MS);
    let stored = b.stored().unwrap();
    assert!(stored.stamps.is_empty(), "{:?}", stored.stamps);
    assert!(stored.gone.is_empty());
    assert_eq!(title(&stored, "r1"), "kept");
}

#[test]
fn storage_from_before_marks_merges_by_the_later_edit() {
    // A version-1 document: no marks at all.
    let v1 = r#"{"format":"wenselijk-library","version":1,"seq":1,"records":[{"id":"r1","created":5,"updated":5,"assessment":{"idea":{"title":"Old"}}}]}"#;
    let mut b = Browser::new();
    b.storage = Some(v1.to_string());
    let (a, bb) = (b.open("A"), b.open("B"));
    b.edit(a, 100, |s| edit_record(s, "r1", 100, |x| x.idea.title = "A".into()));
    b.edit(bb, 110, |s| edit_record(s, "r1", 110, |x| x.idea.title = "B".into()));
    b.settle(120);
    assert_eq!(title(&b.stored().unwrap(), "r1"), "B");
    assert!(b.storage.as_deref().unwrap().contains("\"version\":5"));
}

#[test]
fn field_paths_cover_every_answer_and_note() {
    let mut a = Assessment::default();
    a.idea.title = "t".into();
    a.dimension_mut(DimensionId::Place).answer = Some(Answer::Unknown);
    a.dimension_mut(DimensionId::Place).note = "n".into();
    a.value_mut(ValueQuestion::OrgValue).answer = level(3);
    a.flag_mut(RedFlag::BigBrother).answer = Some(FlagAnswer::Unsure);
    a.org_values = "v".into();
    a.example = Some(ExampleId::PostPurchase);
    a.message_check.lang = Some(TextLang::En);
    a.message_check.keep("first", 1);
    let r = Record { id: "r".into(), created: 1, updated: 2, assessment: a };
    let json: serde_json::Value = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    let paths: Vec<String> = sync::fields(Kind::Record, &json).into_keys().collect();
    assert_eq!(
        paths,
        [
            "assessment.dimensions.place.answer",
            "assessment.dimensions.place.note",
            "assessment.example",
            "assessment.flags.big_brother.answer",
            "assessment.idea.action",
            "assessment.idea.audience",
            "assessment.idea.channel",
            "assessment.idea.data",
            "assessment.idea.message",
            "assessment.idea.moment",
            "assessment.idea.title",
            "assessment.message_check.lang",
            "assessment.message_check.versions",
            "assessment.org_values",
            "assessment.values.org_value.answer",
        ]
    );
    // And back: setting nothing gives the same record.
    assert_eq!(sync::with_fields(&r, &[]), r);
    let cleared = sync::with_fields(&r, &[("assessment.dimensions.place.note".into(), "null".into())]);
    assert_eq!(cleared.assessment.dimension(DimensionId::Place).note, "");
    assert_eq!(cleared.assessment.dimension(DimensionId::Place).answer, Some(Answer::Unknown));
}

#[test]
fn lost_fields_are_named_in_words_in_both_languages() {
    let table = table_with(&[("p1", "Ann")]);
    let cases: &[(&str, &str, &str)] = &[
        ("assessment.idea.title", "Naam van het idee", "Name of the idea"),
        ("assessment.dimensions.time.note", "Tijd: toelichting", "Time: note"),
        ("assessment.values.customer_value.answer", "Waarde voor de klant: antwoord", "Value for the customer: answer"),
        (
            "assessment.org_values",
            "Waarden waar de organisatie voor staat",
            "Values the organisation says it stands for",
        ),
        (
            "participants.p1.answers.dimensions.trust.answer",
            "antwoorden van Ann: Vertrouwen tot handelen: antwoord",
            "answers of Ann: Trust to act: answer",
        ),
        ("agreed.flags.pushiness.note", "Ongevraagd dwingend: toelichting (afspraak)", "Pushy: note (agreed answer)"),
        ("decisions", "Besluiten", "Decisions"),
        ("assessment.message_check.lang", "Taal van de tekst", "Language of the text"),
        ("assessment.message_check.versions", "Voor en na", "Before and after"),
        ("assessment.groups", "assessment.groups", "assessment.groups"),
        ("assessment.groups.g1x.name", "Klantgroep: naam", "Customer group: name"),
        ("assessment.lenses.on", "Lenzen", "Lenses"),
        ("assessment.lenses.plan", "Contactplan", "Contact plan"),
        ("assessment.lenses.journey", "Klantreis", "Customer journey"),
        (
            "assessment.lenses.answers.b_map.ability.answer",
            "B = MAP (gedragsmodel van Fogg): vraag 2: antwoord",
            "B = MAP (Fogg's behaviour model): question 2: answer",
        ),
        (
            "agreed.lenses.answers.emotions.x2.note",
            "Emoties en vertrouwen: Vraag van uw organisatie 2: toelichting (afspraak)",
            "Emotions and trust: Your organisation's question 2: note (agreed answer)",
        ),
        (
            "assessment.lenses.answers.b_map.nonsense.note",
            "assessment.lenses.answers.b_map.nonsense.note",
            "assessment.lenses.answers.b_map.nonsense.note",
        ),
        (
            "assessment.groups.g1x.overrides.dimensions.time.note",
            "Klantgroep: Tijd: toelichting",
            "Customer group: Time: note",
        ),
    ];
    for (path, nl, en) in cases {
        assert_eq!(sync::field_label(path, Some(&table), Lang::Nl), *nl, "{path}");
        assert_eq!(sync::field_label(path, Some(&table), Lang::En), *en, "{path}");
    }
}

#[test]
fn a_first_visit_writes_nothing_until_there_is_something_to_keep() {
    let mut b = Browser::new();
    let a = b.open("A");
    b.edit(a, 100, |s| s.view = wenselijk::domain::View::About);
    assert!(!b.sync(a, 101).write, "nothing to keep: storage stays empty");
    assert!(b.storage.is_none());
    b.edit(a, 102, |s| add_record(s, "r1", 102, "first"));
    assert!(b.sync(a, 103).write);
    assert_eq!(title(&b.stored().unwrap(), "r1"), "first");
}

fn add_group(a: &mut Assessment, id: &str, name: &str) {
    a.groups.push(Group { id: id.into(), name: name.into(), ..Group::default() });
}

#[test]
fn customer_groups_merge_by_id_and_answer() {
    let mut b = with_record();
    let (x, y) = (b.open("x"), b.open("y"));
    // Two tabs add a group each, at the same time; one also changes the base.
    b.edit(x, 100, |s| edit_record(s, "r1", 100, |a| add_group(a, "g1x", "Money worries")));
    b.edit(y, 101, |s| {
        edit_record(s, "r1", 101, |a| {
            add_group(a, "g1y", "Reads with difficulty");
            a.dimension_mut(DimensionId::Time).answer = level(4);
        })
    });
    b.settle(110);
    // Then each edits the other's group: a differing answer with its note, and a name.
    b.edit(x, 120, |s| {
        edit_record(s, "r1", 120, |a| {
            let g = a.group_mut("g1y").unwrap();
            g.set_answer(Item::Dimension(DimensionId::Language), Some(ItemAnswer::Scale(Answer::lv(1))));
            g.set_note(Item::Dimension(DimensionId::Language), "Too many long words".into());
        })
    });
    b.edit(y, 121, |s| edit_record(s, "r1", 121, |a| a.group_mut("g1x").unwrap().name = "Debts".into()));
    b.settle(130);
    let fresh = b.open("fresh");
    let a = &record(&b.tabs[fresh].local, "r1").unwrap().assessment;
    let names: Vec<&str> = a.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Debts", "Reads with difficulty"], "both groups, in the order they were made");
    let lang = Item::Dimension(DimensionId::Language);
    assert_eq!(a.group("g1y").unwrap().answer(lang), Some(ItemAnswer::Scale(Answer::lv(1))));
    assert_eq!(a.group("g1y").unwrap().note(lang), "Too many long words");
    assert_eq!(a.dimension(DimensionId::Time).answer, level(4), "the base edit is kept beside the groups");
    assert!(b.tabs.iter().all(|t| t.lost.is_empty()), "nobody lost anything");
    // A group removed in one tab stays removed in the others.
    b.edit(x, 140, |s| edit_record(s, "r1", 140, |a| a.groups.retain(|g| g.id != "g1x")));
    b.settle(150);
    let fresh = b.open("fresh2");
    let a = &record(&b.tabs[fresh].local, "r1").unwrap().assessment;
    assert_eq!(a.groups.len(), 1);
    assert_eq!(a.groups[0].id, "g1y");
}

#[test]
fn lenses_merge_per_answer_with_the_plan_and_the_journey_each_as_one_field() {
    use lens::{Channel, LensAnswer, LensId, Step};
    let mut b = with_record();
    let (x, y) = (b.open("x"), b.open("y"));
    // x switches B = MAP on and answers motivation; y switches golden rules on,
    // answers ability with a note, and sets the plan; both touch the journey.
    b.edit(x, 100, |s| {
        edit_record(s, "r1", 100, |a| {
            a.lenses.switch(LensId::BMap, true);
            a.lenses.entry_mut(LensId::BMap, "motivation").answer = Some(LensAnswer::Level(Level::new(4).unwrap()));
            a.lenses.journey.steps = vec![Step { name: "Order".into(), matters: false }];
        })
    });
    b.edit(y, 105, |s| {
        edit_record(s, "r1", 105, |a| {
            a.lenses.switch(LensId::GoldenRules, true);
            let e = a.lenses.entry_mut(LensId::BMap, "ability");
            e.answer = Some(LensAnswer::Level(Level::new(2).unwrap()));
            e.note = "Needs a login".into();
            a.lenses.plan.channel = Some(Channel::Email);
            a.lenses.plan.hour = Some(3);
            a.lenses.journey.steps = vec![Step { name: "First invoice".into(), matters: true }];
            a.lenses.journey.at = Some(0);
        })
    });
    b.settle(110);
    let fresh = b.open("fresh");
    let ls = &record(&b.tabs[fresh].local, "r1").unwrap().assessment.lenses;
    assert_eq!(ls.on, [LensId::GoldenRules], "`on` is one field: the later switch wins");
    assert_eq!(ls.answer(LensId::BMap, "motivation"), Some(LensAnswer::Level(Level::new(4).unwrap())), "x's answer");
    assert_eq!(ls.answer(LensId::BMap, "ability"), Some(LensAnswer::Level(Level::new(2).unwrap())), "y's answer");
    assert_eq!(ls.entry(LensId::BMap, "ability").note, "Needs a login");
    assert_eq!((ls.plan.channel, ls.plan.hour), (Some(Channel::Email), Some(3)));
    assert_eq!(ls.journey.steps[0].name, "First invoice", "the journey is one field: the later one, whole");
    assert_eq!(ls.journey.at, Some(0));
    // x is told it lost its switch and its journey, in words.
    let lost: Vec<String> = b.tabs[x].lost.iter().flat_map(|l| l.fields.iter().map(|f| f.0.clone())).collect();
    assert_eq!(lost, ["assessment.lenses.journey", "assessment.lenses.on"]);
    assert!(b.tabs[y].lost.is_empty());
    // A field path per answer and note.
    let r = record(&b.tabs[fresh].local, "r1").unwrap();
    let json: serde_json::Value = serde_json::from_str(&serde_json::to_string(r).unwrap()).unwrap();
    let paths: Vec<String> = sync::fields(Kind::Record, &json).into_keys().filter(|p| p.contains("lenses")).collect();
    assert_eq!(
        paths,
        [
            "assessment.lenses.answers.b_map.ability.answer",
            "assessment.lenses.answers.b_map.ability.note",
            "assessment.lenses.answers.b_map.motivation.answer",
            "assessment.lenses.journey",
            "assessment.lenses.on",
            "assessment.lenses.plan",
        ]
    );
    assert_eq!(sync::with_fields(r, &[]), *r);
}
