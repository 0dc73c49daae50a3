//! Customer groups (issue 12, core): a group follows the base except where
//! it differs, gets its verdict by the same rules, and can cap the overall
//! verdict at "desirable under conditions".
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/answers.rs"]
mod answers;
#[path = "common/gen.rs"]
#[allow(dead_code)]
mod gen;

use proptest::prelude::*;
use std::collections::BTreeMap;
use wenselijk::domain::groups::*;
use wenselijk::domain::scoring::{evaluate, evaluate_with, Finding, Rule, Subject, Verdict, Weights};
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;

fn entry(level: u8, note: &str) -> Entry {
    Entry { answer: Some(Answer::lv(level)), note: note.into() }
}

fn group(name: &str, dims: &[(DimensionId, u8)]) -> Group {
    let mut g = Group { id: name.to_lowercase(), name: name.into(), ..Group::default() };
    for (d, l) in dims {
        g.overrides.dimensions.insert(*d, entry(*l, "differs"));
    }
    g
}

/// A fully answered base at one level everywhere, no red flags.
fn base(level: u8) -> Assessment {
    answers::answered(level)
}

#[test]
fn a_group_follows_the_base_except_where_it_differs() {
    let mut b = base(4);
    b.dimension_mut(DimensionId::Trust).note = "base note".into();
    let g = group("Money worries", &[(DimensionId::Empathy, 1)]);
    let eff = g.effective(&b);
    assert_eq!(eff.dimension(DimensionId::Empathy), &entry(1, "differs"), "the override, with its reason");
    assert_eq!(eff.dimension(DimensionId::Trust).note, "base note", "the rest as for the typical customer");
    assert!(g.follows_base(DimensionId::Trust) && !g.follows_base(DimensionId::Empathy));
    // A change of the base reaches the group where it follows the base...
    b.dimension_mut(DimensionId::Trust).answer = Some(Answer::lv(2));
    b.dimension_mut(DimensionId::Empathy).answer = Some(Answer::lv(5));
    let eff = g.effective(&b);
    assert_eq!(eff.dimension(DimensionId::Trust).answer, Some(Answer::lv(2)));
    // ...and the override survives it.
    assert_eq!(eff.dimension(DimensionId::Empathy).answer, Some(Answer::lv(1)));
}

#[test]
fn an_override_without_an_answer_differs_in_nothing() {
    let mut g = Group::default();
    g.overrides.dimensions.insert(DimensionId::Time, Entry { answer: None, note: "just a thought".into() });
    let b = base(3);
    assert_eq!(g.effective(&b), b);
    assert_eq!(g.overrides.len(), 1);
    g.overrides.normalise();
    assert!(g.overrides.is_empty());
}

/// (base level, groups' overrides, base verdict, group verdicts, overall, failing groups)
type Case = (u8, Vec<Vec<(DimensionId, u8)>>, Verdict, Vec<Verdict>, Verdict, Vec<usize>);

#[test]
fn verdict_per_group_and_the_overall_rule() {
    use DimensionId::*;
    use Verdict::*;
    let cases: Vec<Case> = vec![
        // No groups: the base's verdict.
        (4, vec![], Desirable, vec![], Desirable, vec![]),
        // A group that is fine changes nothing.
        (4, vec![vec![(Time, 5)]], Desirable, vec![Desirable], Desirable, vec![]),
        // A weak group: conditional for them, the overall stays the base's.
        (4, vec![vec![(Time, 2)]], Desirable, vec![Conditional], Desirable, vec![]),
        // A group that crosses the line caps a desirable base at conditional.
        (4, vec![vec![(Empathy, 1)], vec![(Time, 5)]], Desirable, vec![CrossesLine, Desirable], Conditional, vec![0]),
        // Two failing groups: both named, in order.
        (
            4,
            vec![vec![(Autonomy, 5)], vec![(Trust, 1)], vec![(Place, 1)]],
            Desirable,
            vec![Desirable, CrossesLine, CrossesLine],
            Conditional,
            vec![1, 2],
        ),
        // A conditional base stays conditional.
        (3, vec![vec![(Trust, 1)]], Conditional, vec![CrossesLine], Conditional, vec![0]),
        // A base that crosses the line already: the groups add nothing.
        (4, vec![vec![(Trust, 1)]], Desirable, vec![CrossesLine], Conditional, vec![0]),
        // A group can be better than the base without lifting the overall.
        (
            3,
            vec![vec![(Time, 5), (Place, 5), (Trust, 5), (Empathy, 5)]],
            Conditional,
            vec![Desirable],
            Conditional,
            vec![],
        ),
    ];
    for (i, (level, overrides, want_base, want_groups, want_overall, want_failing)) in cases.into_iter().enumerate() {
        let mut b = base(level);
        assert_eq!(evaluate(&b).verdict, Some(want_base), "case {i}: base");
        b.groups = overrides.iter().enumerate().map(|(n, o)| group(&format!("g{n}"), o)).collect();
        let o = evaluate(&b);
        let verdicts: Vec<Verdict> = o.groups.iter().map(|g| g.outcome.verdict.unwrap()).collect();
        assert_eq!(verdicts, want_groups, "case {i}: groups");
        assert_eq!(o.verdict, Some(want_overall), "case {i}: overall");
        assert_eq!(o.own_verdict(), Some(want_base), "case {i}: the typical customer's own verdict");
        assert_eq!(o.failing_groups().collect::<Vec<_>>(), want_failing, "case {i}: failing");
        // Each failing group is a finding and a suggestion of its own.
        for g in &want_failing {
            let subject = Subject::Group(*g as u8);
            assert!(o.findings.contains(&Finding { rule: Rule::GroupCrossesLine, subject }), "case {i}");
            assert!(o.suggestions.iter().any(|s| s.subject == subject && s.urgency == Conditional), "case {i}");
        }
        // The base's own figures are the typical customer's.
        let alone = evaluate(&Assessment { groups: vec![], ..b.clone() });
        assert_eq!((o.average, o.weakest.clone(), o.confidence), (alone.average, alone.weakest, alone.confidence));
    }
    // The base crossing the line stays so, and names no group.
    let mut b = base(4);
    b.dimension_mut(DimensionId::Time).answer = Some(Answer::lv(1));
    b.groups = vec![group("g", &[(DimensionId::Time, 5)])];
    let o = evaluate(&b);
    assert_eq!(o.groups[0].outcome.verdict, Some(Verdict::Desirable), "the group is spared the weak moment");
    assert_eq!(o.verdict, Some(Verdict::CrossesLine));
    assert_eq!(o.failing_groups().count(), 0);
    // Nothing scored: no verdict at all, even with a failing group.
    let a = Assessment { groups: vec![group("g", &[(DimensionId::Time, 1)])], ..Assessment::default() };
    assert_eq!(evaluate(&a).verdict, None);
    // Weights reach the groups too.
    let mut b = base(3);
    b.groups = vec![group("g", &[(DimensionId::Time, 5)])];
    let w = Weights::EQUAL.with(DimensionId::Time, 2.0).unwrap();
    assert!(evaluate_with(&b, &w.into()).groups[0].outcome.average > evaluate(&b).groups[0].outcome.average);
}

#[test]
fn the_year_overview_example_fails_people_with_debts_when_empathy_is_off() {
    let mut b = example(ExampleId::BankWrapped).build(Lang::Nl);
    b.groups.clear();
    let base_verdict = evaluate(&b).verdict;
    b.groups = vec![group("Klanten met schulden", &[(DimensionId::Empathy, 1)])];
    let o = evaluate(&b);
    assert_eq!(o.groups[0].outcome.verdict, Some(Verdict::CrossesLine));
    assert_eq!(o.failing_groups().collect::<Vec<_>>(), [0]);
    assert!(o.verdict >= base_verdict && o.verdict >= Some(Verdict::Conditional));
}

fn overrides() -> impl Strategy<Value = Overrides> {
    let dims = proptest::collection::btree_map(proptest::sample::select(DimensionId::ALL.to_vec()), gen::entry(), 0..4);
    let flags =
        proptest::collection::btree_map(proptest::sample::select(RedFlag::ALL.to_vec()), gen::flag_entry(), 0..3);
    (dims, flags).prop_map(|(dimensions, flags)| Overrides { dimensions, values: BTreeMap::new(), flags })
}

proptest! {
    #[test]
    fn inheritance_base_changes_reach_every_answer_the_group_does_not_override(
        o in overrides(),
        level in 1u8..=5,
        changed in proptest::sample::select(DimensionId::ALL.to_vec()),
        new_level in 1u8..=5,
    ) {
        let g = Group { overrides: o, ..Group::default() };
        let mut b = base(level);
        b.dimension_mut(changed).answer = Some(Answer::lv(new_level));
        let eff = g.effective(&b);
        for d in DimensionId::ALL {
            match g.overrides.dimensions.get(&d).filter(|e| e.answer.is_some()) {
                Some(e) => prop_assert_eq!(eff.dimension(d), e, "override of {:?} survives", d),
                None => prop_assert_eq!(eff.dimension(d), b.dimension(d), "{:?} follows the base", d),
            }
        }
        for f in RedFlag::ALL {
            match g.overrides.flags.get(&f).filter(|e| e.answer.is_some()) {
                Some(e) => prop_assert_eq!(eff.flag(f), e),
                None => prop_assert_eq!(eff.flag(f), b.flag(f)),
            }
        }
        // The overall verdict is never better than the base's, nor than conditional when a group fails.
        let base_verdict = evaluate(&b).verdict;
        let mut with = b.clone();
        with.groups = vec![g.clone()];
        let o = evaluate(&with);
        prop_assert!(o.verdict >= base_verdict);
        prop_assert_eq!(o.groups[0].outcome.clone(), evaluate(&eff));
        if o.failing_groups().next().is_some() {
            prop_assert!(o.verdict >= Some(Verdict::Conditional));
        }
    }
}

#[test]
fn suggested_groups_are_complete_in_both_languages() {
    use wenselijk::i18n::groups::{suggested, SUGGESTED};
    let mut keys: Vec<&str> = SUGGESTED.iter().map(|g| g.key).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), SUGGESTED.len(), "keys are unique");
    for g in &SUGGESTED {
        for text in [g.name, g.description, g.reason] {
            for lang in Lang::ALL {
                let t = text.get(lang);
                assert!(!t.trim().is_empty(), "{}: empty text in {lang:?}", g.key);
                assert!(t.chars().count() <= 120, "{}: keep it short: {t}", g.key);
            }
            assert_ne!(text.nl, text.en, "{}: untranslated", g.key);
        }
        assert!((2..=4).contains(&g.usual.len()), "{}: two to four usual dimensions", g.key);
        assert!(suggested(g.key).is_some_and(|s| std::ptr::eq(s, g)));
    }
    assert!(suggested("nobody").is_none());
    // The sources' groups are there: money worries, reading below B1, a hard time.
    for key in ["money_worries", "reading_difficulty", "life_event"] {
        assert!(suggested(key).is_some(), "{key}");
    }
}

#[test]
fn advice_names_the_group_only_where_it_differs_most_urgent_group_first() {
    let mut b = base(4);
    b.dimension_mut(DimensionId::Place).answer = Some(Answer::lv(3)); // base advice, not the groups'
    let groups = vec![
        group("Weak on time", &[(DimensionId::Time, 2)]),
        group("Fine", &[(DimensionId::Autonomy, 5)]),
        group("Fails on empathy", &[(DimensionId::Empathy, 1), (DimensionId::Trust, 3)]),
    ];
    b.groups = groups.clone();
    let advice = advice(&groups, &evaluate(&b));
    let order: Vec<usize> = advice.iter().map(|(i, _)| *i).collect();
    assert_eq!(order, [2, 0], "the failing group first, then the weak one; the fine group has nothing of its own");
    let subjects: Vec<Subject> = advice[0].1.iter().map(|s| s.subject).collect();
    assert_eq!(subjects, [Subject::Dimension(DimensionId::Empathy), Subject::Dimension(DimensionId::Trust)]);
    assert_eq!(advice[0].1[0].urgency, Verdict::CrossesLine);
    assert!(
        advice.iter().all(|(_, s)| s.iter().all(|x| x.subject != Subject::Dimension(DimensionId::Place))),
        "the base's own advice is not repeated per group"
    );
}

#[test]
fn storage_edited_by_hand_gets_usable_group_ids_without_losing_a_group() {
    use wenselijk::codec::storage;
    let doc = r#"{"format":"wenselijk-library","version":3,"records":[{"id":"r1","created":1,"updated":1,"assessment":{"groups":[
        {"id":"g1","name":"A"},{"id":"g1","name":"B"},{"id":"","name":"C"},{"id":"g.2","name":"D"},{"id":"g2","name":"E"}]}}]}"#;
    let saved = storage::decode(doc, 0).unwrap();
    let groups = &saved.records[0].assessment.groups;
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C", "D", "E"], "every group kept, in order");
    assert!(ids_ok(groups), "{groups:?}");
    assert_eq!(groups[0].id, "g1");
    assert_eq!(groups[4].id, "g2", "usable ids are kept");
}
