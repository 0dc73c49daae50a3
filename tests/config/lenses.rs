//! The organisation's lenses (`lenses`, issue 14): the defaults, every
//! accepted form, every mistake (with its path), and how a lens that counts
//! scores: it caps the verdict at "desirable under conditions" when broken,
//! never raises it, and without configuration no lens changes any verdict.

use super::*;
use wenselijk::config::{LensId, LensSet, OrgLenses, MAX_EXTRA_QUESTIONS};
use wenselijk::domain::lens::{questions, LensAnswer};

/// `{"lenses": <inner>}`.
fn file(inner: &str) -> String {
    format!(r#"{{"lenses": {inner}}}"#)
}

fn set(lenses: &[LensId]) -> LensSet {
    LensSet::of(lenses)
}

use LensId::{BMap, Emotions, GoldenRules, Moments, PeaksEnds};

#[test]
fn without_lenses_every_lens_is_offered_none_on_none_counting() {
    let c = clean("{}");
    assert_eq!(c.lenses, OrgLenses::default());
    assert_eq!(c.lenses.offered, LensSet::ALL);
    assert!(c.lenses.on.is_empty() && c.lenses.counting.is_empty());
    assert!(LensId::ALL.iter().all(|l| c.lenses.questions(*l).is_empty()));
    assert!(c.scoring().lenses.counting.is_empty());
    assert!(clean(&file("{}")).is_default());
}

type Questions = [Vec<LocalText>; 5];

/// Each form the file may use, and the lenses it gives.
#[test]
fn accepted_forms() {
    let q = |texts: &[LocalText]| texts.to_vec();
    #[rustfmt::skip]
    let cases: Vec<(&str, &str, LensSet, LensSet, LensSet, Questions)> = vec![
        ("offered only", r#"{"offered": ["b_map", "golden_rules"]}"#,
            set(&[GoldenRules, BMap]), LensSet::NONE, LensSet::NONE, Default::default()),
        ("none offered", r#"{"offered": []}"#,
            LensSet::NONE, LensSet::NONE, LensSet::NONE, Default::default()),
        ("on and count, all offered", r#"{"on": ["moments", "emotions"], "count": ["emotions"]}"#,
            LensSet::ALL, set(&[Moments, Emotions]), set(&[Emotions]), Default::default()),
        ("a lens named twice counts once", r#"{"on": ["peaks_ends", "peaks_ends"]}"#,
            LensSet::ALL, set(&[PeaksEnds]), LensSet::NONE, Default::default()),
        ("questions in one or two languages", r#"{"questions": {"b_map": ["Eén?", {"nl": "Twee?", "en": "Two?"}], "emotions": []}}"#,
            LensSet::ALL, LensSet::NONE, LensSet::NONE,
            [vec![], q(&[LocalText::same("Eén?"), both("Twee?", "Two?")]), vec![], vec![], vec![]]),
    ];
    for (name, inner, offered, on, counting, questions) in cases {
        let c = clean(&file(inner));
        assert_eq!(c.lenses, OrgLenses { offered, on, counting, questions }, "{name}");
        assert!(!c.is_default() || c.lenses == OrgLenses::default(), "{name}");
    }
}

/// One mistake each: the file, the problems (with their paths) and the
/// lenses the app uses.
#[test]
fn problem_table() {
    use ConfigProblem::*;
    let long = format!(r#"{{"questions": {{"moments": ["{}"]}}}}"#, "q".repeat(MAX_HELPER_QUESTION_CHARS + 1));
    let many =
        format!(r#"{{"questions": {{"golden_rules": [{}]}}}}"#, [r#""Vraag?""#; MAX_EXTRA_QUESTIONS + 1].join(", "));
    let default = OrgLenses::default();
    let mut five = OrgLenses::default();
    five.questions[GoldenRules.index()] = vec![LocalText::same("Vraag?"); MAX_EXTRA_QUESTIONS];
    #[rustfmt::skip]
    let cases: Vec<(&str, String, Vec<ConfigProblem>, OrgLenses)> = vec![
        ("not an object", file("true"),
            vec![WrongType { path: path("lenses"), expected: Expected::Object, found: JsonKind::Bool, fallback: Fallback::Default }],
            default.clone()),
        ("unknown key, suggested", file(r#"{"telt_mee": []}"#),
            vec![UnknownKey { path: path("lenses.telt_mee"), suggestion: Some("count") }], default.clone()),
        ("offered not a list: all offered", file(r#"{"offered": "b_map"}"#),
            vec![WrongType { path: path("lenses.offered"), expected: Expected::List, found: JsonKind::Text, fallback: Fallback::Default }],
            default.clone()),
        ("on not a list", file(r#"{"on": {"b_map": true}}"#),
            vec![WrongType { path: path("lenses.on"), expected: Expected::List, found: JsonKind::Object, fallback: Fallback::LeftOut }],
            default.clone()),
        ("a lens that is a number", file(r#"{"count": [3, "b_map"]}"#),
            vec![WrongType { path: path("lenses.count[0]"), expected: Expected::Text, found: JsonKind::Number, fallback: Fallback::LeftOut }],
            OrgLenses { counting: set(&[BMap]), ..default.clone() }),
        ("unknown lens, suggested", file(r#"{"on": ["fogg", "emotions"]}"#),
            vec![UnknownLens { path: path("lenses.on[0]"), found: "fogg".into(), suggestion: Some("b_map") }],
            OrgLenses { on: set(&[Emotions]), ..default.clone() }),
        ("unknown lens, a typo", file(r#"{"offered": ["golden_rule"]}"#),
            vec![UnknownLens { path: path("lenses.offered[0]"), found: "golden_rule".into(), suggestion: Some("golden_rules") }],
            OrgLenses { offered: LensSet::NONE, ..default.clone() }),
        ("unknown lens, nothing like it", file(r#"{"count": ["price"]}"#),
            vec![UnknownLens { path: path("lenses.count[0]"), found: "price".into(), suggestion: None }], default.clone()),
        ("on, not offered", file(r#"{"offered": ["b_map"], "on": ["moments", "b_map"]}"#),
            vec![LensNotOffered { path: path("lenses.on[0]"), found: "moments" }],
            OrgLenses { offered: set(&[BMap]), on: set(&[BMap]), ..default.clone() }),
        ("count, not offered", file(r#"{"offered": [], "count": ["golden_rules"]}"#),
            vec![LensNotOffered { path: path("lenses.count[0]"), found: "golden_rules" }],
            OrgLenses { offered: LensSet::NONE, ..default.clone() }),
        ("questions not an object", file(r#"{"questions": ["Vraag?"]}"#),
            vec![WrongType { path: path("lenses.questions"), expected: Expected::Object, found: JsonKind::List, fallback: Fallback::LeftOut }],
            default.clone()),
        ("questions of an unknown lens", file(r#"{"questions": {"emoties": ["Vraag?"]}}"#),
            vec![UnknownKey { path: path("lenses.questions.emoties"), suggestion: Some("emotions") }], default.clone()),
        ("a lens's questions not a list", file(r#"{"questions": {"b_map": "Vraag?"}}"#),
            vec![WrongType { path: path("lenses.questions.b_map"), expected: Expected::List, found: JsonKind::Text, fallback: Fallback::LeftOut }],
            default.clone()),
        ("too many questions: the first five", file(&many[..]),
            vec![TooMany { path: path("lenses.questions.golden_rules"), found: MAX_EXTRA_QUESTIONS + 1, max: MAX_EXTRA_QUESTIONS }],
            five),
        ("a question too long", file(&long),
            vec![TooLong { path: path("lenses.questions.moments[0]"), chars: MAX_HELPER_QUESTION_CHARS + 1, max: MAX_HELPER_QUESTION_CHARS, fallback: Fallback::LeftOut }],
            default.clone()),
        ("a question without English", file(r#"{"questions": {"moments": [{"nl": "Vraag?"}]}}"#),
            vec![MissingLanguage { path: path("lenses.questions.moments[0]"), missing: Lang::En, fallback: Fallback::LeftOut }],
            default.clone()),
        ("a question blank", file(r#"{"questions": {"moments": ["  "]}}"#),
            vec![Empty { path: path("lenses.questions.moments[0]"), fallback: Fallback::LeftOut }], default.clone()),
    ];
    for (name, json, want, lenses) in cases {
        let (c, got) = parse(&json);
        assert_eq!(got, want, "{name}");
        assert_eq!(c.lenses, lenses, "{name}");
        for p in &got {
            let path = p.path().unwrap_or_default();
            assert!(path.starts_with("lenses"), "{name}: {path}");
            for lang in Lang::ALL {
                assert!(p.describe(lang).contains(path), "{name}: {}", p.describe(lang));
            }
        }
    }
    // A mistake in one part leaves the others.
    let (c, p) = parse(&file(r#"{"offered": ["b_map", "x"], "on": ["b_map"], "count": 1}"#));
    assert_eq!(p.len(), 2);
    assert_eq!((c.lenses.offered, c.lenses.on, c.lenses.counting), (set(&[BMap]), set(&[BMap]), LensSet::NONE));
}

#[test]
fn lens_problems_are_described() {
    let cases = [
        (
            ConfigProblem::UnknownLens { path: "lenses.on[0]".into(), found: "fogg".into(), suggestion: Some("b_map") },
            "‘lenses.on[0]’ is ‘fogg’. Dat is geen lens. Gebruik golden_rules, b_map, moments, peaks_ends of emotions. Bedoel je ‘b_map’? De app laat dit weg.",
            "‘lenses.on[0]’ is ‘fogg’. That is not a lens. Use golden_rules, b_map, moments, peaks_ends or emotions. Did you mean ‘b_map’? The app leaves this out.",
        ),
        (
            ConfigProblem::LensNotOffered { path: "lenses.count[1]".into(), found: "moments" },
            "‘lenses.count[1]’ is ‘moments’, maar die lens staat niet in ‘lenses.offered’. De app laat dit weg.",
            "‘lenses.count[1]’ is ‘moments’, but that lens is not in ‘lenses.offered’. The app leaves this out.",
        ),
    ];
    for (p, nl, en) in cases {
        assert_eq!(p.describe(Lang::Nl), nl);
        assert_eq!(p.describe(Lang::En), en);
    }
}

/// Every built-in question of every lens answered badly (yes / no
/// questions "no", except the one where "yes" is bad; scale questions the
/// lowest step), and the organisation's extra questions "no": each lens
/// then has a broken point.
fn all_lenses_broken(a: &mut Assessment) {
    // Without a journey, "no worry" breaks the moments lens.
    a.lenses.journey = Default::default();
    for l in LensId::ALL {
        a.lenses.switch(l, true);
        for q in questions(l) {
            let bad = match (q.scale, q.key) {
                (true, _) => LensAnswer::Level(Level::new(1).unwrap()),
                (false, "surprise") => LensAnswer::Yes,
                (false, _) => LensAnswer::No,
            };
            a.lenses.entry_mut(l, q.key).answer = Some(bad);
        }
        for i in 0..MAX_EXTRA_QUESTIONS {
            a.lenses.entry_mut(l, &wenselijk::domain::lens::extra_key(i)).answer = Some(LensAnswer::No);
        }
    }
}

#[test]
fn without_configuration_no_lens_changes_any_verdict() {
    let scoring = OrgConfig::default().scoring();
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            let mut broken = a.clone();
            all_lenses_broken(&mut broken);
            for l in LensId::ALL {
                assert!(wenselijk::domain::lens::evaluate(&broken.lenses, l, MAX_EXTRA_QUESTIONS).broken(), "{l:?}");
            }
            let plain = evaluate_with(&a, &scoring);
            let with_lenses = evaluate_with(&broken, &scoring);
            assert_eq!(plain, with_lenses, "{id:?} {lang:?}");
            assert!(with_lenses.findings.iter().all(|f| f.rule != Rule::LensBroken));
        }
    }
}

#[test]
fn a_counting_lens_caps_the_verdict_and_never_raises_it() {
    for l in LensId::ALL {
        let config = clean(&file(&format!(r#"{{"count": ["{}"]}}"#, l.key())));
        let scoring = config.scoring();
        let mut verdicts = Vec::new();
        for id in ExampleId::ALL {
            let a = example(id).build(Lang::En);
            let before = evaluate_with(&a, &scoring).verdict;
            let mut broken = a.clone();
            all_lenses_broken(&mut broken);
            let after = evaluate_with(&broken, &scoring);
            let want = before.map(|v| v.max(Verdict::Conditional));
            assert_eq!(after.verdict, want, "{l:?} {id:?}");
            assert!(after.verdict >= before, "never raised: {l:?} {id:?}");
            let lens_findings: Vec<_> = after.findings.iter().filter(|f| f.rule == Rule::LensBroken).collect();
            assert_eq!(lens_findings.len(), usize::from(before.is_some()), "{l:?} {id:?}");
            if let Some(f) = lens_findings.first() {
                assert_eq!(f.subject, Subject::Lens(l));
            }
            // Switched off, the counting lens changes nothing.
            let mut off = broken.clone();
            off.lenses.switch(l, false);
            assert_eq!(evaluate_with(&off, &scoring).verdict, before, "{l:?} {id:?} off");
            verdicts.push(before);
        }
        assert!(verdicts.contains(&Some(Verdict::Desirable)), "some example is capped");
    }
}

#[test]
fn extra_questions_count_only_as_configured() {
    let config = clean(&file(r#"{"count": ["emotions"], "questions": {"emotions": ["Past het bij ons?"]}}"#));
    assert_eq!(config.scoring().lenses.extra(Emotions), 1);
    assert_eq!(config.scoring().lenses.extra(BMap), 0);
    let desirable = ExampleId::ALL
        .into_iter()
        .map(|id| example(id).build(Lang::Nl))
        .find(|a| evaluate(a).verdict == Some(Verdict::Desirable))
        .expect("an example that is desirable");
    // Only the extra question is answered, "no": a broken point of a lens that counts.
    let mut a = desirable.clone();
    a.lenses.switch(Emotions, true);
    a.lenses.entry_mut(Emotions, "x1").answer = Some(LensAnswer::No);
    assert_eq!(evaluate_with(&a, &config.scoring()).verdict, Some(Verdict::Conditional));
    // The second extra question is not in the configuration: it is not asked and does not count.
    let mut b = desirable.clone();
    b.lenses.switch(Emotions, true);
    b.lenses.entry_mut(Emotions, "x2").answer = Some(LensAnswer::No);
    assert_eq!(evaluate_with(&b, &config.scoring()).verdict, Some(Verdict::Desirable));
    // Without the lens counting, the same answer only advises.
    let advisory = clean(&file(r#"{"questions": {"emotions": ["Past het bij ons?"]}}"#));
    assert_eq!(evaluate_with(&a, &advisory.scoring()).verdict, Some(Verdict::Desirable));
}

#[test]
fn schema_lists_the_lenses_and_the_limits() {
    let schema: serde_json::Value = serde_json::from_str(&read("docs/config.schema.json")).unwrap();
    let lenses = &schema["properties"]["lenses"];
    let keys: Vec<&str> = LensId::ALL.iter().map(|l| l.key()).collect();
    assert_eq!(schema["$defs"]["lens"]["enum"], serde_json::json!(keys));
    let mut q: Vec<&String> = lenses["properties"]["questions"]["properties"].as_object().unwrap().keys().collect();
    q.sort();
    assert_eq!(q, sorted(&keys).iter().collect::<Vec<_>>());
    assert_eq!(schema["$defs"]["questions"]["maxItems"], MAX_EXTRA_QUESTIONS);
    for key in ["offered", "on", "count"] {
        assert_eq!(lenses["properties"][key]["items"]["$ref"], "#/$defs/lens");
    }
    let example = clean(&read("docs/wenselijk.config.example.json"));
    assert!(example.lenses.counting.has(GoldenRules) && example.lenses.on.has(GoldenRules));
    assert_eq!(example.lenses.questions(GoldenRules).len(), 1);
}
