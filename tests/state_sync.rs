//! The reducer with several tabs: each tab runs the reducer, notes its edits
//! and merges as the app's storage effect does, and the reducer shows the
//! merged collection (`Action::Synced`), says what a tab lost or had
//! deleted, and restores or keeps it on request.
#![cfg(not(target_arch = "wasm32"))]

use wenselijk::codec::storage::{self, Saved};
use wenselijk::domain::roundtable::Item;
use wenselijk::domain::*;
use wenselijk::i18n::Lang;
use wenselijk::state::{reduce, Action, AppState, Notice, View};
use wenselijk::sync;

/// One tab: its state and, beside it, what the storage effect keeps.
struct Tab {
    state: AppState,
    mine: Saved,
}

#[derive(Default)]
struct Browser {
    storage: Option<String>,
}

impl Browser {
    fn open(&self, id: &str) -> Tab {
        let saved = self.storage.as_deref().map(|t| storage::decode(t, 0).unwrap()).unwrap_or_default();
        let mut state = AppState::restore(Lang::Nl, saved.clone());
        state.tab = id.to_owned();
        Tab { state, mine: saved }
    }

    /// The merge the app runs after a change, on another tab's write, and
    /// when the page is hidden.
    fn flush(&mut self, tab: &mut Tab, now: u64) {
        let stored = self.storage.as_deref().map(|t| storage::decode(t, 0).unwrap());
        let r = sync::sync(&tab.mine, stored.as_ref(), &tab.state.tab, now);
        if r.write {
            self.storage = Some(storage::encode(&r.doc));
        }
        tab.mine = r.doc.clone();
        if r.changed || !r.lost.is_empty() || !r.deleted_open.is_empty() {
            tab.state = reduce(&tab.state, Action::Synced(Box::new(r)), now);
        }
    }
}

impl Tab {
    fn act(&mut self, action: Action, now: u64) {
        self.state = reduce(&self.state, action, now);
        let tab = self.state.tab.clone();
        sync::note_edits(&mut self.mine, &self.state.to_saved(), &tab, now);
    }

    fn titles(&self) -> Vec<String> {
        let mut v: Vec<String> = self.state.records.iter().map(|r| r.assessment.idea.title.clone()).collect();
        v.sort();
        v
    }
}

#[test]
fn new_assessments_in_two_tabs_get_distinct_ids_and_both_show_everywhere() {
    let mut b = Browser::default();
    let (mut x, mut y) = (b.open("x"), b.open("y"));
    // Same time, same sequence number: only the tab tells the ids apart.
    x.act(Action::New, 1000);
    y.act(Action::New, 1000);
    x.act(Action::SetIdea(IdeaField::Title, "Idea x".into()), 1001);
    y.act(Action::SetIdea(IdeaField::Title, "Idea y".into()), 1001);
    let (ix, iy) = (x.state.current.clone().unwrap(), y.state.current.clone().unwrap());
    assert_ne!(ix, iy);
    assert!(ix.ends_with('x') && iy.ends_with('y'), "{ix} {iy}");
    b.flush(&mut x, 1010);
    b.flush(&mut y, 1011);
    b.flush(&mut x, 1012);
    assert_eq!(x.titles(), ["Idea x", "Idea y"]);
    assert_eq!(y.titles(), ["Idea x", "Idea y"]);
    // Each tab keeps its own open assessment.
    assert_eq!(x.state.current.as_deref(), Some(ix.as_str()));
    assert_eq!(y.state.current.as_deref(), Some(iy.as_str()));
    assert_eq!(b.open("fresh").titles(), ["Idea x", "Idea y"]);
}

fn two_tabs_on_one_record() -> (Browser, Tab, Tab, String) {
    let mut b = Browser::default();
    let mut t0 = b.open("t0");
    t0.act(Action::New, 900);
    t0.act(Action::SetIdea(IdeaField::Title, "Shared".into()), 901);
    b.flush(&mut t0, 902);
    let id = t0.state.current.clone().unwrap();
    let (mut a, mut c) = (b.open("A"), b.open("B"));
    a.act(Action::Open(id.clone()), 950);
    c.act(Action::Open(id.clone()), 951);
    (b, a, c, id)
}

#[test]
fn the_tab_whose_text_lost_is_told_and_restores_it() {
    let (mut b, mut a, mut c, _) = two_tabs_on_one_record();
    a.act(Action::SetIdea(IdeaField::Action, "A's plan".into()), 1000);
    c.act(Action::SetIdea(IdeaField::Action, "B's plan".into()), 1005);
    c.act(Action::SetDimensionNote(DimensionId::Trust, "B's note".into()), 1006);
    b.flush(&mut a, 1010);
    b.flush(&mut c, 1011);
    b.flush(&mut a, 1012);
    let r = a.state.current_record().unwrap();
    assert_eq!(r.assessment.idea.action, "B's plan", "the later edit wins");
    assert_eq!(r.assessment.dimension(DimensionId::Trust).note, "B's note");
    match &a.state.notice {
        Some(Notice::Overwritten { title, lost }) => {
            assert_eq!(title, "Shared");
            assert_eq!(lost.fields, [("assessment.idea.action".to_string(), "\"A's plan\"".to_string())]);
        }
        other => panic!("A should be told, got {other:?}"),
    }
    assert_eq!(c.state.notice, None, "B lost nothing");
    a.act(Action::RestoreLost, 1020);
    assert_eq!(a.state.notice, None);
    assert_eq!(a.state.current_record().unwrap().assessment.idea.action, "A's plan");
    b.flush(&mut a, 1021);
    b.flush(&mut c, 1022);
    let r = c.state.current_record().unwrap();
    assert_eq!(r.assessment.idea.action, "A's plan");
    assert_eq!(r.assessment.dimension(DimensionId::Trust).note, "B's note", "restore touches only the lost field");
    assert_eq!(c.state.notice, None, "B saw the restore after its edit: nothing lost");
}

#[test]
fn a_tab_whose_open_assessment_is_deleted_elsewhere_can_keep_its_copy() {
    let (mut b, mut a, mut c, id) = two_tabs_on_one_record();
    c.act(Action::SetIdea(IdeaField::Data, "B's unsaved words".into()), 1000);
    a.act(Action::Delete(id.clone()), 1001);
    b.flush(&mut a, 1002);
    b.flush(&mut c, 1003);
    assert!(c.state.records.is_empty());
    assert_eq!(c.state.view, View::Start, "nothing open any more");
    assert!(matches!(&c.state.notice, Some(Notice::DeletedElsewhere { title, .. }) if title == "Shared"));
    c.act(Action::KeepCopy, 1010);
    assert!(matches!(&c.state.notice, Some(Notice::CopyKept { .. })));
    assert_eq!(c.state.view, View::Assess);
    let copy = c.state.current_record().unwrap().clone();
    assert_ne!(copy.id, id, "the copy is a new assessment");
    assert_eq!(copy.assessment.idea.data, "B's unsaved words");
    b.flush(&mut c, 1011);
    b.flush(&mut a, 1012);
    assert_eq!(a.titles(), ["Shared"], "the deleting tab sees the kept copy");
    assert!(a.state.notice.as_ref().is_none_or(|n| matches!(n, Notice::Deleted { .. })));
}

#[test]
fn undo_after_other_tabs_merged_brings_back_only_what_this_tab_deleted() {
    let (mut b, mut a, mut c, id) = two_tabs_on_one_record();
    a.act(Action::Show(View::Start), 990);
    a.act(Action::Delete(id.clone()), 1000);
    b.flush(&mut a, 1001);
    c.act(Action::New, 1002);
    c.act(Action::SetIdea(IdeaField::Title, "B's new one".into()), 1003);
    b.flush(&mut c, 1004);
    b.flush(&mut a, 1005);
    assert_eq!(a.titles(), ["B's new one"]);
    a.act(Action::Undo, 1006);
    assert_eq!(a.titles(), ["B's new one", "Shared"], "undo keeps what B made since");
    b.flush(&mut a, 1007);
    b.flush(&mut c, 1008);
    assert_eq!(c.titles(), ["B's new one", "Shared"]);
    assert_eq!(b.open("fresh").titles(), ["B's new one", "Shared"]);
}

#[test]
fn a_round_table_in_two_tabs_keeps_everyones_participants_and_scores() {
    let (mut b, mut a, mut c, id) = two_tabs_on_one_record();
    a.act(Action::RtStart(id.clone()), 1000);
    a.act(Action::RtAddParticipant("Ann".into()), 1001);
    b.flush(&mut a, 1002);
    b.flush(&mut c, 1003);
    let table = a.state.current_table.clone().unwrap();
    c.act(Action::RtOpen(table.clone()), 1004);
    // Both add someone at the same moment: the ids differ by tab.
    a.act(Action::RtAddParticipant("Bob".into()), 1010);
    c.act(Action::RtAddParticipant("Cas".into()), 1010);
    let ann = a.state.current_table().unwrap().participant_by_label("Ann").unwrap().id.clone();
    let trust = Item::Dimension(DimensionId::Trust);
    c.act(Action::RtSetAnswer(ann.clone(), trust, Some(roundtable::ItemAnswer::Scale(Answer::lv(4)))), 1011);
    a.act(Action::RtAddDecision("Ask the privacy officer".into()), 1012);
    b.flush(&mut a, 1020);
    b.flush(&mut c, 1021);
    b.flush(&mut a, 1022);
    for tab in [&a, &c, &b.open("fresh")] {
        let tb = tab.state.tables.iter().find(|t| t.id == table).unwrap();
        let labels: Vec<&str> = tb.participants.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels.len(), 3, "{labels:?}");
        for name in ["Ann", "Bob", "Cas"] {
            assert!(labels.contains(&name), "{name} in {labels:?}");
        }
        assert_eq!(
            trust.answer_in(&tb.participant(&ann).unwrap().answers),
            Some(roundtable::ItemAnswer::Scale(Answer::lv(4)))
        );
        assert_eq!(tb.decisions, ["Ask the privacy officer"]);
    }
}

#[test]
fn a_language_chosen_in_one_tab_follows_in_the_others_unless_the_page_fixed_it() {
    let (mut b, mut a, mut c, _) = two_tabs_on_one_record();
    c.state.lang_from_page = true;
    let mut d = b.open("D");
    a.act(Action::SetLang(Lang::En), 1000);
    b.flush(&mut a, 1001);
    b.flush(&mut c, 1002);
    b.flush(&mut d, 1003);
    assert_eq!(d.state.lang, Lang::En);
    assert_eq!(c.state.lang, Lang::Nl, "the host page's language stays");
}
