//! Embedding: options from URL parameters or attributes, where messages may
//! go, what they say, and how the reducer opens the app for a host page.

#[path = "common/answers.rs"]
mod answers;

use answers::answered;
use wenselijk::config::{self, OrgConfig};
use wenselijk::domain::scoring::evaluate;
use wenselijk::domain::*;
use wenselijk::embed::{self, Options, Start, Theme};
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;
use wenselijk::state::{reduce, Action, AppState, View};

fn parse(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
    let (o, problems) = embed::parse(pairs.iter().copied());
    (o, problems.into_iter().map(|p| format!("{}={}", p.key, p.value)).collect())
}

/// Parameters, the options they give, and the problems named.
type Case<'a> = (Vec<(&'a str, &'a str)>, Options, Vec<String>);

#[test]
fn options_from_parameters() {
    let none: Vec<String> = Vec::new();
    // (pairs, expected options, expected problems)
    let cases: Vec<Case> = vec![
        (vec![], Options::default(), none.clone()),
        (vec![("utm_source", "mail"), ("foo", "")], Options::default(), none.clone()),
        (vec![("lang", "EN")], Options { lang: Some(Lang::En), ..Default::default() }, none.clone()),
        (vec![("lang", "fr")], Options::default(), vec!["lang=fr".into()]),
        (vec![("start", "empty")], Options { start: Start::Empty, ..Default::default() }, none.clone()),
        (vec![("start", "new")], Options { start: Start::Empty, ..Default::default() }, none.clone()),
        (
            vec![("start", "example:bank_wrapped")],
            Options { start: Start::Example(ExampleId::BankWrapped), ..Default::default() },
            none.clone(),
        ),
        (
            vec![("start", "government_help")],
            Options { start: Start::Example(ExampleId::GovernmentHelp), ..Default::default() },
            none.clone(),
        ),
        (vec![("start", "example:nope")], Options::default(), vec!["start=example:nope".into()]),
        (vec![("compact", "")], Options { compact: true, ..Default::default() }, none.clone()),
        (vec![("compact", "1"), ("compact", "0")], Options::default(), none.clone()),
        (vec![("compact", "maybe")], Options::default(), vec!["compact=maybe".into()]),
        (vec![("theme", "dark")], Options { theme: Theme::Dark, ..Default::default() }, none.clone()),
        (vec![("theme", "auto")], Options { theme: Theme::Auto, ..Default::default() }, none.clone()),
        (vec![("theme", "purple")], Options::default(), vec!["theme=purple".into()]),
        (
            vec![("config", "org/wenselijk.json")],
            Options { config: Some("org/wenselijk.json".into()), ..Default::default() },
            none.clone(),
        ),
        (
            vec![("config", "https://elsewhere.example/c.json")],
            Options::default(),
            vec!["config=https://elsewhere.example/c.json".into()],
        ),
        (vec![("config", "../secret.json")], Options::default(), vec!["config=../secret.json".into()]),
        (vec![("config", "/etc/c.json")], Options::default(), vec!["config=/etc/c.json".into()]),
        (
            vec![("config", "//elsewhere.example/c.json")],
            Options::default(),
            vec!["config=//elsewhere.example/c.json".into()],
        ),
        (
            vec![("origin", "https://Intranet.Example/")],
            Options { parent_origin: Some("https://intranet.example".into()), ..Default::default() },
            none.clone(),
        ),
        (
            vec![("origin", "http://127.0.0.1:8080")],
            Options { parent_origin: Some("http://127.0.0.1:8080".into()), ..Default::default() },
            none.clone(),
        ),
        (vec![("origin", "*")], Options::default(), vec!["origin=*".into()]),
        (vec![("origin", "null")], Options::default(), vec!["origin=null".into()]),
        (vec![("origin", "https://a.example/path")], Options::default(), vec!["origin=https://a.example/path".into()]),
        (vec![("origin", "javascript:alert(1)")], Options::default(), vec!["origin=javascript:alert(1)".into()]),
        (
            vec![("origin", "https://a.example:99999x")],
            Options::default(),
            vec!["origin=https://a.example:99999x".into()],
        ),
    ];
    for (pairs, want, want_problems) in cases {
        let (got, problems) = parse(&pairs);
        assert_eq!(got, want, "{pairs:?}");
        assert_eq!(problems, want_problems, "{pairs:?}");
    }
}

#[test]
fn problems_are_described_in_both_languages() {
    let (_, problems) = embed::parse([("theme", "purple")]);
    for lang in Lang::ALL {
        let text = problems[0].describe(lang);
        assert!(text.contains("theme=purple") && text.contains("light, dark, auto"), "{text}");
    }
}

#[test]
fn messages_go_to_one_origin_or_nowhere() {
    let given = Options { parent_origin: Some("https://intranet.example".into()), ..Default::default() };
    // (options, document.referrer, target)
    let cases: &[(&Options, &str, Option<&str>)] = &[
        (&given, "https://other.example/page", Some("https://intranet.example")),
        (&Options::default(), "https://intranet.example/tools/page.html?x=1", Some("https://intranet.example")),
        (&Options::default(), "http://127.0.0.1:5173/", Some("http://127.0.0.1:5173")),
        (&Options::default(), "", None),
        (&Options::default(), "about:blank", None),
        (&Options::default(), "file:///home/a.html", None),
    ];
    for (o, referrer, want) in cases {
        assert_eq!(embed::message_target(o, referrer).as_deref(), *want, "{referrer}");
    }
}

static NO_LENSES: std::sync::LazyLock<lens::Lenses> = std::sync::LazyLock::new(lens::Lenses::default);

fn no_lenses() -> (&'static lens::Lenses, &'static lens::LensRules) {
    static RULES: lens::LensRules = lens::LensRules { counting: lens::LensSet::NONE, extra: [0; 5] };
    (&NO_LENSES, &RULES)
}

#[test]
fn the_verdict_message_tells_the_verdict_and_no_texts() {
    let mut a = example(ExampleId::BankWrapped).build(Lang::En);
    a.idea.title = "Secret plan <b>".into();
    let o = evaluate(&a);
    let msg: serde_json::Value =
        serde_json::from_str(&embed::verdict_message(&o, Some("a1-1"), None, no_lenses(), Lang::En)).expect("JSON");
    let v = o.verdict.expect("the example has a verdict");
    assert_eq!(msg["source"], "wenselijk");
    assert_eq!(msg["version"], 1);
    assert_eq!(msg["type"], "verdict");
    assert_eq!(msg["assessment"], "a1-1");
    assert_eq!(msg["verdict"], v.key());
    assert_eq!(msg["label"], wenselijk::i18n::ui::verdict_name(Some(v)).en);
    assert_eq!(msg["total"], 17);
    let text = msg.to_string();
    assert!(!text.contains("Secret"), "no idea texts in the message: {text}");
    let empty: serde_json::Value = serde_json::from_str(&embed::verdict_message(
        &evaluate(&Assessment::default()),
        None,
        None,
        no_lenses(),
        Lang::Nl,
    ))
    .expect("JSON");
    assert_eq!(empty["verdict"], serde_json::Value::Null);
    assert_eq!(empty["assessment"], serde_json::Value::Null);
    assert_eq!(empty["message"], serde_json::Value::Null, "no text, no message check");
    assert_eq!(empty["lenses"], serde_json::json!([]), "no lens on");
    // With a customer's text: its figures, never the text itself.
    let check = wenselijk::message::check::check(
        "Secret text: indien u niet betaalt, wordt uw polis beëindigd. Bel ons.",
        None,
        wenselijk::domain::TextLang::Nl,
        Default::default(),
    );
    let with: serde_json::Value =
        serde_json::from_str(&embed::verdict_message(&o, Some("a1"), Some(&check.analysis), no_lenses(), Lang::En))
            .expect("JSON");
    let m = &with["message"];
    assert_eq!(m["words"], check.analysis.figures.words);
    assert_eq!(m["findings"], check.analysis.findings.len());
    assert!(["b1-or-easier", "harder-than-b1", "none"].contains(&m["band"].as_str().unwrap_or("")), "{m}");
    assert!(!with.to_string().contains("Secret"), "no text of the message: {with}");
    let ready: serde_json::Value = serde_json::from_str(&embed::ready_message(Lang::Nl)).expect("JSON");
    assert_eq!((ready["type"].as_str(), ready["lang"].as_str()), (Some("ready"), Some("nl")));
}

/// A group whose name, description and note are texts that must never reach
/// the host, with its own answer to trust.
fn group(n: usize, trust: Option<Answer>) -> Group {
    let mut g = Group {
        id: format!("g{n}"),
        name: format!("Secret group {n} <b>"),
        description: format!("Secret description {n}"),
        share: Share::Percent(12),
        ..Group::default()
    };
    if let Some(answer) = trust {
        g.overrides.dimensions.insert(DimensionId::Trust, Entry { answer: Some(answer), note: "Secret note".into() });
    }
    g
}

/// (base level everywhere, the groups' trust answers, overall verdict, the groups' verdicts)
type GroupsCase = (u8, Vec<Option<Answer>>, &'static str, Vec<Option<&'static str>>);

#[test]
fn the_verdict_message_gives_each_groups_verdict_by_position_and_no_group_texts() {
    let lv = |n| Some(Answer::lv(n));
    #[rustfmt::skip]
    let cases: Vec<GroupsCase> = vec![
        (4, vec![], "desirable", vec![]),
        (4, vec![None], "desirable", vec![Some("desirable")]),
        (4, vec![lv(2), lv(1)], "conditional", vec![Some("conditional"), Some("crosses-line")]),
        (4, vec![lv(1), None, lv(5)], "conditional", vec![Some("crosses-line"), Some("desirable"), Some("desirable")]),
        (4, vec![Some(Answer::Unknown)], "desirable", vec![Some("conditional")]),
        (2, vec![lv(4), lv(1)], "conditional", vec![Some("conditional"), Some("crosses-line")]),
        (1, vec![lv(5)], "crosses-line", vec![Some("crosses-line")]),
    ];
    for (level, trusts, verdict, groups) in cases {
        let mut a = answered(level);
        a.groups = trusts.iter().enumerate().map(|(i, t)| group(i, *t)).collect();
        let text = embed::verdict_message(&evaluate(&a), Some("a1"), None, no_lenses(), Lang::En);
        let msg: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(msg["verdict"], verdict, "{level} {trusts:?}");
        assert_eq!(msg["groups"], serde_json::json!(groups), "{level} {trusts:?}");
        assert_eq!(msg["version"], 1, "adding groups does not break listeners");
        assert!(!text.contains("Secret"), "no group names, descriptions or notes: {text}");
    }
    // A group on a blank assessment has no verdict yet either.
    let blank = Assessment { groups: vec![group(0, None)], ..Assessment::default() };
    let msg: serde_json::Value =
        serde_json::from_str(&embed::verdict_message(&evaluate(&blank), None, None, no_lenses(), Lang::Nl))
            .expect("JSON");
    assert_eq!(msg["groups"], serde_json::json!([null]));
}

#[test]
fn example_verdicts_for_the_e2e_tests() {
    // tests/e2e/embed.test.mjs starts from bank_wrapped and expects this.
    assert_eq!(
        evaluate(&example(ExampleId::BankWrapped).build(Lang::En)).verdict.map(|v| v.key()),
        Some("conditional")
    );
}

#[test]
fn relative_paths_stay_in_the_apps_folder() {
    for ok in ["wenselijk.config.json", "org/c.json", "c.json?v=2", "./c.json"] {
        assert!(embed::is_relative_path(ok), "{ok}");
    }
    for bad in
        ["", "/c.json", "../c.json", "a/../../c.json", "https://x/c.json", "//x/c.json", "a\\b", "data:x", "a\nb"]
    {
        assert!(!embed::is_relative_path(bad), "{bad:?}");
    }
}

#[test]
fn embedded_start_reopens_untouched_and_adds_otherwise() {
    let start =
        |s: &AppState, lang: Option<Lang>, start: Start, now: u64| reduce(s, Action::Embedded { lang, start }, now);
    let s0 = AppState::new(Lang::Nl);
    // The library: nothing added, language from the page.
    let s = start(&s0, Some(Lang::En), Start::Library, 1);
    assert_eq!((s.records.len(), s.lang, s.lang_from_page, s.view), (0, Lang::En, true, View::Start));
    // An example: added once, reopened while untouched, in the page's language.
    let s = start(&s, None, Start::Example(ExampleId::LowToPeak), 2);
    assert_eq!(s.records.len(), 1);
    assert_eq!(s.view, View::Assess);
    assert_eq!(s.records[0].assessment, example(ExampleId::LowToPeak).build(Lang::En));
    let s = reduce(&s, Action::Show(View::Start), 3);
    let s = start(&s, None, Start::Example(ExampleId::LowToPeak), 4);
    assert_eq!((s.records.len(), s.view), (1, View::Assess));
    // Once edited, the next visit gets a fresh copy.
    let s = reduce(&s, Action::SetDimension(DimensionId::Time, Some(Answer::lv(5))), 5);
    let s = start(&s, None, Start::Example(ExampleId::LowToPeak), 6);
    assert_eq!(s.records.len(), 2);
    // Empty: the same rule.
    let s = start(&s, None, Start::Empty, 7);
    let s = start(&s, None, Start::Empty, 8);
    assert_eq!(s.records.len(), 3);
    assert_eq!(s.current_record().map(|r| r.assessment.clone()), Some(Assessment::default()));
}

#[test]
fn configuration_language_applies_only_without_a_choice() {
    let cfg = |lang| Box::new(OrgConfig { default_lang: Some(lang), ..Default::default() });
    let s = reduce(&AppState::new(Lang::Nl), Action::ConfigLoaded(cfg(Lang::En)), 1);
    assert_eq!(s.lang, Lang::En, "no choice yet: the organisation's language");
    let chosen = reduce(&AppState::new(Lang::Nl), Action::SetLang(Lang::Nl), 1);
    assert_eq!(reduce(&chosen, Action::ConfigLoaded(cfg(Lang::En)), 2).lang, Lang::Nl, "the user's choice stays");
    let page = reduce(&AppState::new(Lang::Nl), Action::Embedded { lang: Some(Lang::Nl), start: Start::Library }, 1);
    assert_eq!(reduce(&page, Action::ConfigLoaded(cfg(Lang::En)), 2).lang, Lang::Nl, "the page's language stays");
    // Loading a configuration is not a change to save.
    let s0 = AppState::new(Lang::Nl);
    assert_eq!(reduce(&s0, Action::ConfigLoaded(cfg(Lang::En)), 1).revision, s0.revision);
    let _ = config::CONFIG_FILE;
}

#[test]
fn settings_problems_stand_apart_from_notices() {
    use wenselijk::state::Notice;
    let s0 = AppState::new(Lang::Nl);
    let s = reduce(&s0, Action::Notify(Notice::SaveFailed), 1);
    let s = reduce(&s, Action::SettingsProblems(vec!["a".into()]), 2);
    let s = reduce(&s, Action::SettingsProblems(vec!["b".into()]), 3);
    assert_eq!(s.settings_problems, vec!["a".to_string(), "b".to_string()]);
    assert_eq!(s.notice, Some(Notice::SaveFailed), "a notice is never replaced by settings problems");
    assert_eq!(s.revision, s0.revision, "nothing to save");
    let s = reduce(&s, Action::DismissSettingsProblems, 4);
    assert!(s.settings_problems.is_empty());
    assert_eq!(s.notice, Some(Notice::SaveFailed));
}

#[test]
fn the_verdict_message_tells_each_lens_on_its_worst_status_and_counts_and_no_lens_texts() {
    use lens::{LensAnswer as A, LensId as L};
    let mut a = answered(4);
    a.lenses.switch(L::GoldenRules, true);
    a.lenses.switch(L::BMap, true);
    for (l, key, answer) in
        [(L::GoldenRules, "bother", A::No), (L::GoldenRules, "promises", A::Unsure), (L::Emotions, "tone", A::No)]
    {
        *a.lenses.entry_mut(l, key) = lens::LensEntry { answer: Some(answer), note: "Secret lens note".into() };
    }
    a.lenses.journey.steps = vec![lens::Step { name: "Secret step".into(), matters: true }];
    // (lenses that count, extra questions of golden rules, the expected lenses)
    let cases = [
        (
            lens::LensSet::NONE,
            0,
            serde_json::json!([
                {"lens": "golden_rules", "counts": false, "worst": "broken", "broken": 1, "at_risk": 1},
                {"lens": "b_map", "counts": false, "worst": "open", "broken": 0, "at_risk": 0},
            ]),
        ),
        (
            lens::LensSet::of(&[L::GoldenRules]),
            1,
            serde_json::json!([
                {"lens": "golden_rules", "counts": true, "worst": "broken", "broken": 1, "at_risk": 1},
                {"lens": "b_map", "counts": false, "worst": "open", "broken": 0, "at_risk": 0},
            ]),
        ),
    ];
    for (counting, extra, want) in cases {
        let rules = lens::LensRules { counting, extra: [extra, 0, 0, 0, 0] };
        let scoring = wenselijk::domain::scoring::Scoring { lenses: rules, ..Default::default() };
        let o = wenselijk::domain::scoring::evaluate_with(&a, &scoring);
        let text = embed::verdict_message(&o, Some("a1"), None, (&a.lenses, &rules), Lang::En);
        let msg: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(msg["lenses"], want, "{counting:?}");
        assert_eq!(
            msg["verdict"],
            if counting.is_empty() { "desirable" } else { "conditional" },
            "a lens that counts caps it"
        );
        assert_eq!(msg["version"], 1, "adding lenses does not break listeners");
        assert!(!text.contains("Secret"), "no lens notes or journey: {text}");
    }
}
