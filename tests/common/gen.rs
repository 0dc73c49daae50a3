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

/// Any lens answer that fits the question's kind (scale or yes / no).
pub fn lens_answer(scale: bool) -> BoxedStrategy<lens::LensAnswer> {
    use lens::LensAnswer as A;
    if scale {
        prop_oneof![Just(A::Unknown), (Level::MIN..=Level::MAX).prop_map(|n| A::Level(Level::new(n).unwrap()))].boxed()
    } else {
        select(vec![A::Unknown, A::Yes, A::No, A::Unsure, A::NotApplicable]).boxed()
    }
}

/// Any lenses: some on, answers to any of their questions (and the first
/// extra question), a contact plan and a journey within the limits.
#[allow(dead_code)]
pub fn lenses() -> impl Strategy<Value = lens::Lenses> {
    use lens::*;
    use std::collections::BTreeMap;
    let questions: Vec<(LensId, &'static str, bool)> = LensId::ALL
        .iter()
        .flat_map(|l| questions(*l).iter().map(move |q| (*l, q.key, q.scale)))
        .chain(LensId::ALL.iter().map(|l| (*l, "x1", false)))
        .collect();
    let answers = vec(
        select(questions).prop_flat_map(|(l, k, scale)| {
            (option::of(lens_answer(scale)), text()).prop_map(move |(answer, note)| (l, k, LensEntry { answer, note }))
        }),
        0..=6,
    );
    let plan = (
        option::of(select(Channel::ALL.to_vec())),
        option::of(select(Day::ALL.to_vec())),
        option::of(0u8..=23),
        option::of(1u8..=plan::MAX_PER_WEEK),
        option::of(select(FlagAnswer::ALL.to_vec())),
    )
        .prop_map(|(channel, day, hour, per_week, in_time)| ContactPlan { channel, day, hour, per_week, in_time });
    let journey = vec((text(), any::<bool>()).prop_map(|(name, matters)| Step { name, matters }), 0..=MAX_STEPS)
        .prop_flat_map(|steps| {
            let n = steps.len() as u8;
            (Just(steps), if n == 0 { Just(None).boxed() } else { option::of(0..n).boxed() })
        })
        .prop_map(|(steps, at)| Journey { steps, at });
    (vec(select(LensId::ALL.to_vec()), 0..=5), answers, plan, journey).prop_map(|(on, answers, plan, journey)| {
        let mut ls = Lenses { on: Vec::new(), answers: BTreeMap::new(), plan, journey };
        for l in on {
            ls.switch(l, true);
        }
        for (l, k, e) in answers {
            *ls.entry_mut(l, k) = e;
        }
        ls
    })
}
