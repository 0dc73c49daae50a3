//! The reducer's side of customer groups (issue 12): adding one (blank,
//! suggested or the organisation's), naming it, its share, its differing
//! answers and their notes, and removing it (with undo).

use super::{AppState, Notice};
use crate::domain::groups::next_group_id;
use crate::domain::roundtable::{Item, ItemAnswer};
use crate::domain::{Group, Share, MAX_GROUPS};

/// What can be done to the open assessment's customer groups.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupAction {
    /// Add a group with this name and description (blank, or a suggested
    /// or the organisation's group in the current language). Ignored at
    /// [`MAX_GROUPS`].
    Add {
        name: String,
        description: String,
    },
    /// Remove a group; undo brings it back.
    Remove(String),
    Name(String, String),
    Description(String, String),
    Share(String, Share),
    /// The group's own answer to an item; `None`: as for the typical customer.
    Answer(String, Item, Option<ItemAnswer>),
    /// Why the group's answer differs.
    Note(String, Item, String),
}

pub(super) fn reduce(s: &mut AppState, action: GroupAction, now: u64) {
    let tab = s.tab.clone();
    match action {
        GroupAction::Add { name, description } => s.edit(now, |a| {
            if a.groups.len() < MAX_GROUPS {
                let id = next_group_id(a, &tab);
                a.groups.push(Group { id, name, description, ..Group::default() });
            }
        }),
        GroupAction::Remove(id) => {
            let Some(name) = s.current_record().and_then(|r| r.assessment.group(&id)).map(|g| g.name.clone()) else {
                return;
            };
            s.undo = Some(s.snapshot());
            s.edit(now, |a| a.groups.retain(|g| g.id != id));
            s.notice = Some(Notice::GroupRemoved { name });
        }
        GroupAction::Name(id, name) => edit_group(s, &id, now, |g| g.name = name),
        GroupAction::Description(id, text) => edit_group(s, &id, now, |g| g.description = text),
        GroupAction::Share(id, share) => {
            let share = match share {
                Share::Percent(p) => Share::Percent(p.min(100)),
                other => other,
            };
            edit_group(s, &id, now, |g| g.share = share)
        }
        GroupAction::Answer(id, item, answer) => edit_group(s, &id, now, |g| {
            g.set_answer(item, answer);
        }),
        GroupAction::Note(id, item, note) => edit_group(s, &id, now, |g| g.set_note(item, note)),
    }
}

fn edit_group(s: &mut AppState, id: &str, now: u64, f: impl FnOnce(&mut Group)) {
    s.edit(now, |a| {
        if let Some(g) = a.group_mut(id) {
            f(g);
        }
    });
}
