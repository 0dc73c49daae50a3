//! Proptest generators shared by the property tests: any text (including
//! control characters, markup and emoji), answers, entries and ideas.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use wenselijk::domain::*;

/// Any text up to 200 chars: often empty, often plain, otherwise any
/// unicode including control characters, quotes and markup.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(String::new()),
        2 => "[ -~]{0,40}",
        1 => "[<>&\"'\\\\/`*_#\\[\\]{}\n\t\r\u{0}\u{1f}\u{7f}\u{202e}\u{feff}é🙂 a-z]{0,60}",
        3 => vec(any::<char>(), 0..=200).prop_map(String::from_iter),
    ]
}

pub fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Unknown), (Level::MIN..=Level::MAX).prop_map(Answer::lv)]
}

pub fn entry() -> impl Strategy<Value = Entry> {
    (option::of(answer()), text()).prop_map(|(answer, note)| Entry { answer, note })
}

pub fn flag_entry() -> impl Strategy<Value = FlagEntry> {
    (option::of(select(FlagAnswer::ALL.to_vec())), text()).prop_map(|(answer, note)| FlagEntry { answer, note })
}

pub fn idea() -> impl Strategy<Value = Idea> {
    vec(text(), 7).prop_map(|t| {
        let mut idea = Idea::default();
        for (f, t) in IdeaField::ALL.iter().zip(t) {
            *idea.get_mut(*f) = t;
        }
        idea
    })
}

#[allow(dead_code)]
pub fn share() -> impl Strategy<Value = Share> {
    prop_oneof![Just(Share::Unknown), Just(Share::Small), Just(Share::Large), (0u8..=100).prop_map(Share::Percent)]
}

/// Up to `max` customer groups with unique ids and any overrides.
#[allow(dead_code)]
pub fn groups(max: usize) -> impl Strategy<Value = Vec<Group>> {
    use proptest::collection::btree_map;
    let group = (
        "g[0-9]{1,3}",
        text(),
        text(),
        share(),
        btree_map(select(DimensionId::ALL.to_vec()), entry(), 0..=3),
        btree_map(select(ValueQuestion::ALL.to_vec()), entry(), 0..=2),
        btree_map(select(RedFlag::ALL.to_vec()), flag_entry(), 0..=2),
    )
        .prop_map(|(id, name, description, share, dimensions, values, flags)| Group {
            id,
            name,
            description,
            share,
            overrides: Overrides { dimensions, values, flags },
        });
    vec(group, 0..=max).prop_map(|mut gs| {
        let mut seen = std::collections::BTreeSet::new();
        gs.retain(|g| seen.insert(g.id.clone()));
        gs
    })
}
