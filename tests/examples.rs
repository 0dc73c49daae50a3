//! The built-in examples: complete in both languages, and each one reaches
//! the verdict it is meant to illustrate.

use wenselijk::domain::scoring::{evaluate, Rule, Verdict};
use wenselijk::domain::{Answer, Assessment, DimensionId, ExampleId, FlagAnswer, IdeaField, RedFlag, ValueQuestion};
use wenselijk::i18n::examples::{example, ExampleDef, EXAMPLES};
use wenselijk::i18n::{Lang, Text};

/// The overall verdict each example is meant to show (with its customer groups).
const EXPECTED: [(ExampleId, Verdict); 7] = [
    (ExampleId::BankWrapped, Verdict::Conditional),
    (ExampleId::HealthAdvice, Verdict::CrossesLine),
    (ExampleId::ContactCentreOffer, Verdict::Conditional),
    (ExampleId::PostPurchase, Verdict::Desirable),
    (ExampleId::FeedbackOverload, Verdict::CrossesLine),
    (ExampleId::LowToPeak, Verdict::Conditional),
    // Desirable for the typical resident, but it crosses the line for
    // residents who fear the government: at most conditional overall.
    (ExampleId::GovernmentHelp, Verdict::Conditional),
];

/// The typical customer's verdict and each group's, for the examples with groups.
const GROUPS: [(ExampleId, Verdict, &[Verdict]); 3] = [
    (ExampleId::BankWrapped, Verdict::Conditional, &[Verdict::CrossesLine, Verdict::Conditional]),
    (ExampleId::HealthAdvice, Verdict::CrossesLine, &[Verdict::CrossesLine, Verdict::Conditional]),
    (ExampleId::GovernmentHelp, Verdict::Desirable, &[Verdict::CrossesLine, Verdict::Conditional]),
];

fn without_groups(mut a: Assessment) -> Assessment {
    a.groups.clear();
    a
}

#[test]
fn three_examples_have_groups_that_change_the_verdict() {
    for (id, base, groups) in GROUPS {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            assert_eq!(evaluate(&without_groups(a.clone())).verdict, Some(base), "{id:?} typical customer");
            let o = evaluate(&a);
            let got: Vec<Verdict> = o.groups.iter().filter_map(|g| g.outcome.verdict).collect();
            assert_eq!(got, groups, "{id:?} in {lang:?}");
            assert!(groups.iter().any(|v| *v != base), "{id:?}: a group with another verdict than the base");
            for g in &a.groups {
                assert!(!g.name.trim().is_empty() && !g.description.trim().is_empty(), "{id:?}");
                assert!(g.differences() >= 2, "{id:?} {}: differs in at least two answers", g.name);
                let notes = g.overrides.dimensions.values().chain(g.overrides.values.values()).map(|e| &e.note);
                let flag_notes = g.overrides.flags.values().map(|e| &e.note);
                assert!(
                    notes.chain(flag_notes).all(|n| !n.trim().is_empty()),
                    "{id:?} {}: every difference says why",
                    g.name
                );
            }
        }
        // The same answers in both languages, other texts.
        let (nl, en) = (example(id).build(Lang::Nl), example(id).build(Lang::En));
        for (g, h) in nl.groups.iter().zip(&en.groups) {
            assert_eq!((&g.id, g.share, g.differences()), (&h.id, h.share, h.differences()));
            assert_ne!(g.name, h.name);
            for d in DimensionId::ALL {
                let item = wenselijk::domain::roundtable::Item::Dimension(d);
                assert_eq!(g.answer(item), h.answer(item), "{id:?} {d:?}");
            }
        }
    }
    // The government letter: the group that fears the government caps it, by name.
    let o = evaluate(&example(ExampleId::GovernmentHelp).build(Lang::En));
    assert_eq!(o.failing_groups().collect::<Vec<_>>(), [0]);
    let reasons: Vec<String> = o.drivers().map(|f| wenselijk::explain::finding(f, &o, Lang::En)).collect();
    assert_eq!(
        reasons,
        ["For the group ‘Residents with money worries who distrust the government’, the idea crosses the line."]
    );
    // Examples without groups stay without.
    for id in ExampleId::ALL {
        if GROUPS.iter().all(|(g, _, _)| *g != id) {
            assert!(example(id).build(Lang::Nl).groups.is_empty(), "{id:?}");
        }
    }
}

#[test]
fn every_example_reaches_its_verdict_in_both_languages() {
    assert_eq!(EXPECTED.len(), ExampleId::ALL.len());
    for (id, want) in EXPECTED {
        for lang in Lang::ALL {
            let outcome = evaluate(&example(id).build(lang));
            assert_eq!(outcome.verdict, Some(want), "{id:?} in {lang:?}: findings {:?}", outcome.findings);
        }
    }
}

/// Every text of an example with a label for error messages.
fn texts(def: &ExampleDef) -> Vec<(String, Text)> {
    let i = &def.idea;
    let mut all = vec![
        ("summary".to_string(), def.summary),
        ("source".to_string(), def.source),
        ("org_values".to_string(), def.org_values),
        ("idea.title".to_string(), i.title),
        ("idea.action".to_string(), i.action),
        ("idea.audience".to_string(), i.audience),
        ("idea.channel".to_string(), i.channel),
        ("idea.moment".to_string(), i.moment),
        ("idea.data".to_string(), i.data),
        ("idea.message".to_string(), i.message),
    ];
    for (d, e) in DimensionId::ALL.iter().zip(&def.dimensions) {
        all.push((format!("dimension {d:?}"), e.note));
    }
    for (q, e) in ValueQuestion::ALL.iter().zip(&def.values) {
        all.push((format!("value {q:?}"), e.note));
    }
    for (f, e) in RedFlag::ALL.iter().zip(&def.flags) {
        all.push((format!("flag {f:?}"), e.note));
    }
    all
}

#[test]
fn every_example_is_complete() {
    assert_eq!(EXAMPLES.len(), ExampleId::ALL.len());
    for (pos, id) in ExampleId::ALL.into_iter().enumerate() {
        let def = example(id);
        assert_eq!(def.id, id, "example at position {pos}");
        assert_eq!(EXAMPLES[pos].id, id, "EXAMPLES is in ExampleId::ALL order");

        for (label, text) in texts(def) {
            for lang in Lang::ALL {
                let s = text.get(lang);
                assert!(!s.contains("TODO"), "{id:?} {label} in {lang:?} still has a TODO");
                assert_eq!(s, s.trim(), "{id:?} {label} in {lang:?} has stray whitespace");
                let may_be_empty = label == "idea.message";
                assert!(may_be_empty || !s.is_empty(), "{id:?} {label} is empty in {lang:?}");
            }
            // A message is either written in both languages or in neither.
            assert_eq!(text.nl.is_empty(), text.en.is_empty(), "{id:?} {label}: one language only");
        }

        for lang in Lang::ALL {
            let a = def.build(lang);
            assert_eq!(a.example, Some(id), "{id:?} in {lang:?}");
            assert!(!a.org_values.trim().is_empty(), "{id:?} org values in {lang:?}");
            for f in IdeaField::ALL {
                if f != IdeaField::Message {
                    assert!(!a.idea.get(f).trim().is_empty(), "{id:?} idea {f:?} in {lang:?}");
                }
            }
            for d in DimensionId::ALL {
                let e = a.dimension(d);
                assert!(e.answer.is_some(), "{id:?} dimension {d:?} unanswered");
                assert!(!e.note.trim().is_empty(), "{id:?} dimension {d:?} note in {lang:?}");
            }
            for q in ValueQuestion::ALL {
                let e = a.value(q);
                assert!(e.answer.is_some(), "{id:?} value {q:?} unanswered");
                assert!(!e.note.trim().is_empty(), "{id:?} value {q:?} note in {lang:?}");
            }
            for f in RedFlag::ALL {
                let e = a.flag(f);
                assert!(e.answer.is_some(), "{id:?} flag {f:?} unanswered");
                assert!(!e.note.trim().is_empty(), "{id:?} flag {f:?} note in {lang:?}");
            }
        }
    }
}

#[test]
fn both_languages_give_the_same_answers() {
    for id in ExampleId::ALL {
        let nl = example(id).build(Lang::Nl);
        let en = example(id).build(Lang::En);
        for d in DimensionId::ALL {
            assert_eq!(nl.dimension(d).answer, en.dimension(d).answer, "{id:?} {d:?}");
        }
        for q in ValueQuestion::ALL {
            assert_eq!(nl.value(q).answer, en.value(q).answer, "{id:?} {q:?}");
        }
        for f in RedFlag::ALL {
            assert_eq!(nl.flag(f).answer, en.flag(f).answer, "{id:?} {f:?}");
        }
        assert_eq!(nl.example, en.example);
        assert_ne!(nl, en, "{id:?}: the texts should differ between languages");
        let (a, b) = (evaluate(&nl), evaluate(&en));
        assert_eq!((a.verdict, a.findings, a.known), (b.verdict, b.findings, b.known), "{id:?}");
    }
}

fn yes_flags(id: ExampleId) -> Vec<RedFlag> {
    let a = example(id).build(Lang::Nl);
    RedFlag::ALL.into_iter().filter(|f| a.flag(*f).answer == Some(FlagAnswer::Yes)).collect()
}

fn fired(id: ExampleId) -> Vec<Rule> {
    evaluate(&example(id).build(Lang::Nl)).findings.iter().map(|f| f.rule).collect()
}

/// The reasons behind each verdict are the ones the example is about.
#[test]
fn examples_show_the_intended_reasoning() {
    use ExampleId::*;

    // Bank: judgemental labels and no opt-out, strained fit, one red flag.
    let bank = example(BankWrapped).build(Lang::Nl);
    assert_eq!(yes_flags(BankWrapped), [RedFlag::Paternalism]);
    assert!(bank.dimension_level(DimensionId::Empathy).is_some_and(|l| l.get() == 2));
    assert!(bank.dimension_level(DimensionId::Autonomy).is_some_and(|l| l.get() == 2));
    assert!(fired(BankWrapped).contains(&Rule::CustomerValuesStrained));
    assert!(fired(BankWrapped).contains(&Rule::RedFlag));

    // Health advice: big brother and paternalism, self-interest open, autonomy weak.
    assert_eq!(yes_flags(HealthAdvice), [RedFlag::BigBrother, RedFlag::Paternalism]);
    let health = example(HealthAdvice).build(Lang::Nl);
    assert_eq!(health.flag(RedFlag::MainlyOrgValue).answer, Some(FlagAnswer::Unsure));
    assert!(health.dimension_level(DimensionId::Autonomy).is_some_and(|l| l.get() <= 2));
    assert!(fired(HealthAdvice).contains(&Rule::RedFlags));

    // Contact centre: open questions decide, nothing is weak.
    let offer = example(ContactCentreOffer).build(Lang::Nl);
    let unknown = DimensionId::ALL.iter().filter(|d| offer.dimension(**d).answer == Some(Answer::Unknown)).count();
    assert!((1..=2).contains(&unknown), "{unknown} dimensions not known yet");
    assert!(fired(ContactCentreOffer).iter().all(|r| *r == Rule::OpenQuestion));

    // Feedback overload: the timing crosses the line, pushy and unnecessary.
    let feedback = example(FeedbackOverload).build(Lang::Nl);
    assert!(feedback.dimension_level(DimensionId::Time).is_some_and(|l| l.get() == 1));
    assert_eq!(yes_flags(FeedbackOverload), [RedFlag::Pushiness, RedFlag::UnnecessaryContact]);

    // Low to peak: only the open big-brother question holds it back.
    let peak = example(LowToPeak).build(Lang::Nl);
    assert_eq!(peak.flag(RedFlag::BigBrother).answer, Some(FlagAnswer::Unsure));
    assert!(yes_flags(LowToPeak).is_empty());

    // The desirable examples (for the typical customer): everything known, nothing flagged.
    for id in [PostPurchase, GovernmentHelp] {
        let outcome = evaluate(&without_groups(example(id).build(Lang::Nl)));
        assert_eq!(outcome.known, outcome.total, "{id:?}");
        assert!(outcome.findings.is_empty(), "{id:?}: {:?}", outcome.findings);
        assert!(yes_flags(id).is_empty(), "{id:?}");
    }
}
