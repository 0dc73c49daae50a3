//! Table-driven tests of the verdict rules.

use wenselijk::domain::scoring::{evaluate, Confidence, Rule, Subject, Verdict, TOTAL_ITEMS};
use wenselijk::domain::*;

use DimensionId::*;
use ValueQuestion::*;

/// A fully known, clearly good assessment: every dimension 4, customer value 4,
/// org value 3, both fits 4, all flags no.
fn good() -> Assessment {
    let mut a = Assessment::default();
    for d in DimensionId::ALL {
        a.dimension_mut(d).answer = Some(Answer::lv(4));
    }
    for (q, n) in [(CustomerValue, 4), (OrgValue, 3), (CustomerValuesFit, 4), (OrgValuesFit, 4)] {
        a.value_mut(q).answer = Some(Answer::lv(n));
    }
    for f in RedFlag::ALL {
        a.flag_mut(f).answer = Some(FlagAnswer::No);
    }
    a
}

enum Change {
    Dim(DimensionId, Option<Answer>),
    Val(ValueQuestion, Option<Answer>),
    Flag(RedFlag, Option<FlagAnswer>),
}
use Change::*;

fn lv(n: u8) -> Option<Answer> {
    Some(Answer::lv(n))
}
const UNKNOWN: Option<Answer> = Some(Answer::Unknown);

fn apply(changes: &[Change]) -> Assessment {
    let mut a = good();
    for c in changes {
        match c {
            Dim(d, x) => a.dimension_mut(*d).answer = *x,
            Val(q, x) => a.value_mut(*q).answer = *x,
            Flag(f, x) => a.flag_mut(*f).answer = *x,
        }
    }
    a
}

#[test]
fn verdict_table() {
    use Verdict::*;
    let yes = Some(FlagAnswer::Yes);
    let unsure = Some(FlagAnswer::Unsure);
    #[rustfmt::skip]
    let cases: Vec<(&str, Vec<Change>, Verdict, &[Rule])> = vec![
        ("all good", vec![], Desirable, &[]),
        ("all strong", DimensionId::ALL.iter().map(|d| Dim(*d, lv(5))).collect(), Desirable, &[]),
        // Weakest link: one dimension at 1 sinks an otherwise excellent idea.
        ("weakest link sinks a strong average",
            DimensionId::ALL.iter().map(|d| Dim(*d, lv(5))).chain([Dim(Autonomy, lv(1))]).collect(),
            CrossesLine, &[Rule::DimensionCrossesLine]),
        ("one weak dimension", vec![Dim(Time, lv(2))], Conditional, &[Rule::DimensionWeak]),
        ("two weak dimensions still conditional", vec![Dim(Time, lv(2)), Dim(Place, lv(2))], Conditional, &[Rule::DimensionWeak]),
        ("fair everywhere is mediocre", DimensionId::ALL.iter().map(|d| Dim(*d, lv(3))).collect(), Conditional, &[Rule::AverageMediocre]),
        ("average exactly 3.5 is good enough",
            DimensionId::ALL.iter().enumerate().map(|(i, d)| Dim(*d, lv(if i % 2 == 0 { 3 } else { 4 }))).collect(),
            Desirable, &[]),
        // Unknowns never count as a score, but are open conditions.
        ("unknown dimension is a condition", vec![Dim(Trust, UNKNOWN)], Conditional, &[Rule::OpenQuestion]),
        ("unanswered dimension is a condition", vec![Dim(Trust, None)], Conditional, &[Rule::OpenQuestion]),
        ("unknown does not hide a poor one", vec![Dim(Trust, UNKNOWN), Dim(Empathy, lv(1))], CrossesLine, &[Rule::DimensionCrossesLine]),
        // Value versus values on its own.
        ("no customer value", vec![Val(CustomerValue, lv(1))], CrossesLine, &[Rule::NoCustomerValue]),
        ("little customer value", vec![Val(CustomerValue, lv(2))], Conditional, &[Rule::LowCustomerValue]),
        ("imbalance org over customer", vec![Val(CustomerValue, lv(3)), Val(OrgValue, lv(5))], Conditional, &[Rule::ValueImbalance]),
        ("one step more for org is fine", vec![Val(CustomerValue, lv(4)), Val(OrgValue, lv(5))], Desirable, &[]),
        ("clash with customer values", vec![Val(CustomerValuesFit, lv(1))], CrossesLine, &[Rule::CustomerValuesClash]),
        ("strain with customer values", vec![Val(CustomerValuesFit, lv(2))], Conditional, &[Rule::CustomerValuesStrained]),
        ("clash with own values", vec![Val(OrgValuesFit, lv(1))], CrossesLine, &[Rule::OrgValuesClash]),
        ("strain with own values", vec![Val(OrgValuesFit, lv(2))], Conditional, &[Rule::OrgValuesStrained]),
        ("unknown value question", vec![Val(OrgValuesFit, UNKNOWN)], Conditional, &[Rule::OpenQuestion]),
        // Red flags on their own.
        ("one red flag", vec![Flag(RedFlag::BigBrother, yes)], Conditional, &[Rule::RedFlag]),
        ("two red flags", vec![Flag(RedFlag::BigBrother, yes), Flag(RedFlag::Pushiness, yes)], CrossesLine, &[Rule::RedFlags]),
        ("unsure flag is open", vec![Flag(RedFlag::Paternalism, unsure)], Conditional, &[Rule::OpenQuestion]),
        ("mainly org value with low customer value",
            vec![Flag(RedFlag::MainlyOrgValue, yes), Val(CustomerValue, lv(2))],
            CrossesLine, &[Rule::DisguisedSelfInterest]),
        ("mainly org value but real customer value",
            vec![Flag(RedFlag::MainlyOrgValue, yes), Val(CustomerValue, lv(4))],
            Conditional, &[Rule::RedFlag]),
    ];
    for (name, changes, want, rules) in cases {
        let o = evaluate(&apply(&changes));
        assert_eq!(o.verdict, Some(want), "{name}: findings {:?}", o.findings);
        for r in rules {
            assert!(o.drivers().any(|f| f.rule == *r), "{name}: {r:?} should drive the verdict, got {:?}", o.findings);
        }
        if rules.is_empty() {
            assert!(o.findings.is_empty(), "{name}: no finding expected, got {:?}", o.findings);
        }
    }
}

#[test]
fn nothing_answered_gives_no_verdict() {
    let o = evaluate(&Assessment::default());
    assert_eq!(o.verdict, None);
    assert_eq!(o.known, 0);
    assert_eq!(o.total, TOTAL_ITEMS);
    assert_eq!(o.confidence, Confidence::Low);
    assert_eq!(o.average, None);
    assert!(o.weakest.is_none());
}

#[test]
fn notes_alone_give_no_verdict() {
    let mut a = Assessment::default();
    a.dimension_mut(Time).note = "Ask first".into();
    a.idea.title = "Idea".into();
    assert_eq!(evaluate(&a).verdict, None);
}

#[test]
fn unknown_never_counts_as_a_score() {
    // Average and weakest link only see known dimensions.
    let mut a = Assessment::default();
    a.dimension_mut(Complexity).answer = lv(5);
    a.dimension_mut(Language).answer = lv(3);
    a.dimension_mut(Trust).answer = UNKNOWN;
    let o = evaluate(&a);
    assert_eq!(o.average, Some(4.0));
    let (level, dims) = o.weakest.clone().unwrap();
    assert_eq!(level.get(), 3);
    assert_eq!(dims, vec![Language]);
    assert_eq!(o.known, 2);
    // Filling the unknown with any level changes the average: it was not silently counted.
    a.dimension_mut(Trust).answer = lv(1);
    assert_eq!(evaluate(&a).average, Some(3.0));
}

#[test]
fn confidence_follows_known_share() {
    // 17 items: high >= 90% (16+), medium >= 60% (11+), else low.
    let cases: &[(usize, Confidence)] = &[
        (0, Confidence::High),
        (1, Confidence::High),
        (2, Confidence::Medium),
        (6, Confidence::Medium),
        (7, Confidence::Low),
        (17, Confidence::Low),
    ];
    for (unknowns, want) in cases {
        let mut a = good();
        let mut left = *unknowns;
        for d in DimensionId::ALL {
            if left > 0 {
                a.dimension_mut(d).answer = UNKNOWN;
                left -= 1;
            }
        }
        for q in ValueQuestion::ALL {
            if left > 0 {
                a.value_mut(q).answer = UNKNOWN;
                left -= 1;
            }
        }
        for f in RedFlag::ALL {
            if left > 0 {
                a.flag_mut(f).answer = Some(FlagAnswer::Unsure);
                left -= 1;
            }
        }
        let o = evaluate(&a);
        assert_eq!(o.known, TOTAL_ITEMS - unknowns, "{unknowns} unknowns");
        assert_eq!(o.confidence, *want, "{unknowns} unknowns");
    }
}

#[test]
fn every_weak_answer_gets_a_suggestion() {
    let a = apply(&[
        Dim(Time, lv(1)),
        Dim(Place, lv(2)),
        Dim(Language, lv(3)),
        Dim(Trust, UNKNOWN),
        Val(CustomerValue, lv(2)),
        Flag(RedFlag::Pushiness, Some(FlagAnswer::Yes)),
        Flag(RedFlag::BigBrother, Some(FlagAnswer::Unsure)),
    ]);
    let o = evaluate(&a);
    let has = |s: Subject, find_out: bool| o.suggestions.iter().any(|x| x.subject == s && x.find_out == find_out);
    assert!(has(Subject::Dimension(Time), false));
    assert!(has(Subject::Dimension(Place), false));
    assert!(has(Subject::Dimension(Language), false));
    assert!(has(Subject::Dimension(Trust), true));
    assert!(has(Subject::Value(CustomerValue), false));
    assert!(has(Subject::Flag(RedFlag::Pushiness), false));
    assert!(has(Subject::Flag(RedFlag::BigBrother), true));
    // Good answers get none.
    assert!(!has(Subject::Dimension(Autonomy), false));
    // Most urgent first, no duplicates.
    assert_eq!(o.suggestions[0].subject, Subject::Dimension(Time));
    let mut seen = std::collections::HashSet::new();
    assert!(o.suggestions.iter().all(|s| seen.insert((s.subject, s.find_out))));
}

#[test]
fn good_idea_has_no_suggestions_and_strengths() {
    let o = evaluate(&good());
    assert!(o.suggestions.is_empty());
    assert!(o.strengths.contains(&Subject::Dimension(Autonomy)));
    assert!(!o.strengths.iter().any(|s| matches!(s, Subject::Flag(_))));
}

#[test]
fn every_rule_has_a_cap_and_is_reachable_in_the_table() {
    // The rules view lists Rule::ALL; make sure it is the complete, ordered set.
    let mut sorted = Rule::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, Rule::ALL.to_vec());
    assert_eq!(Rule::ALL.len(), 16);
}
