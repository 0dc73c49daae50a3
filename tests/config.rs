//! An organisation's settings file: a full valid file, every kind of problem
//! (each reported with its path, the wrong setting left out, the rest kept),
//! colours and contrast, logos, weighted scoring, the problem texts, and the
//! documented example file against the schema. The words for the message
//! check (`message_words`) are in `config/words.rs`.

#[path = "config/words.rs"]
mod words;

#[path = "config/lenses.rs"]
mod lenses;

use wenselijk::config::{
    check_logo, parse, Colour, ConfigProblem, ContrastWith, Expected, Fallback, JsonKind, LocalText, LogoReason,
    OrgConfig, Theme, Weights, CARD, CONFIG_FILE, DEFAULT_ACCENT, DEFAULT_ACCENT_INK, DEFAULT_BACKGROUND, DEFAULT_INK,
    MAX_CONFIG_BYTES, MAX_HELPER_QUESTIONS, MAX_HELPER_QUESTION_CHARS, MAX_LOGO_DATA_CHARS, MAX_LOGO_PATH_CHARS,
    MAX_NAME_CHARS, MAX_PROBLEMS, MAX_VALUES, MAX_VALUE_CHARS, MAX_WEIGHT, MIN_CONTRAST, MIN_WEIGHT,
};
use wenselijk::config::{OrgGroup, MAX_GROUP_DESCRIPTION_CHARS, MAX_GROUP_NAME_CHARS, MAX_ORG_GROUPS};
use wenselijk::domain::scoring::{evaluate, evaluate_with, Rule, Subject, Verdict};
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;

fn problems(json: &str) -> Vec<ConfigProblem> {
    parse(json).1
}

fn clean(json: &str) -> OrgConfig {
    let (config, problems) = parse(json);
    assert!(problems.is_empty(), "{json}: unexpected problems {problems:#?}");
    config
}

fn both(nl: &str, en: &str) -> LocalText {
    LocalText { nl: nl.into(), en: en.into() }
}

fn path(s: &str) -> String {
    s.to_string()
}

const FULL: &str = r##"{
  "$schema": "./config.schema.json",
  "version": 1,
  "name": {"nl": "Gemeente Voorbeeldstad", "en": "Municipality of Exampleton"},
  "values": ["  Dichtbij  ", {"nl": "Eerlijk", "en": "Fair"}],
  "helper_questions": {
    "trust": ["Weet de inwoner welke gegevens we gebruiken?"],
    "autonomy": [{"nl": "Kan de inwoner nee zeggen?", "en": "Can the resident say no?"}],
    "place": []
  },
  "weights": {"trust": 2, "autonomy": 1.5, "place": 0.5},
  "default_language": "en",
  "theme": {"accent": "#0B6E4F", "accent_ink": "#fff", "ink": "#1a1a2e", "background": "#f4f7f5", "logo": "img/logo.svg"}
}"##;

#[test]
fn full_valid_config() {
    let c = clean(FULL);
    let mut want = OrgConfig {
        name: Some(both("Gemeente Voorbeeldstad", "Municipality of Exampleton")),
        values: vec![LocalText::same("Dichtbij"), both("Eerlijk", "Fair")],
        weights: Weights::EQUAL
            .with(DimensionId::Trust, 2.0)
            .and_then(|w| w.with(DimensionId::Autonomy, 1.5))
            .and_then(|w| w.with(DimensionId::Place, 0.5))
            .unwrap(),
        default_lang: Some(Lang::En),
        theme: Theme {
            accent: Some(Colour(0x0b, 0x6e, 0x4f)),
            accent_ink: Some(Colour(0xff, 0xff, 0xff)),
            ink: Some(Colour(0x1a, 0x1a, 0x2e)),
            background: Some(Colour(0xf4, 0xf7, 0xf5)),
            logo: Some("img/logo.svg".into()),
        },
        ..OrgConfig::default()
    };
    want.helper_questions[DimensionId::Trust.index()] =
        vec![LocalText::same("Weet de inwoner welke gegevens we gebruiken?")];
    want.helper_questions[DimensionId::Autonomy.index()] =
        vec![both("Kan de inwoner nee zeggen?", "Can the resident say no?")];
    assert_eq!(c, want);
    assert_eq!(c.helper_questions(DimensionId::Trust).len(), 1);
    assert!(c.helper_questions(DimensionId::Place).is_empty());
    assert!(c.helper_questions(DimensionId::Empathy).is_empty());
    assert_eq!(c.name(Lang::Nl), Some("Gemeente Voorbeeldstad"));
    assert_eq!(c.values[1].get(Lang::En), "Fair");
    assert_eq!(c.weights.get(DimensionId::Trust), 2.0);
    assert_eq!(c.weights.get(DimensionId::Time), 1.0);
    assert!(!c.weights.is_equal());
    assert!(!c.is_default());
    assert_eq!(
        c.theme.css_properties(),
        vec![
            ("--accent", "#0b6e4f".to_string()),
            ("--accent-ink", "#ffffff".to_string()),
            ("--ink", "#1a1a2e".to_string()),
            ("--bg", "#f4f7f5".to_string()),
        ]
    );
}

#[test]
fn empty_object_is_the_default() {
    let c = clean("{}");
    assert!(c.is_default());
    assert!(c.weights.is_equal());
    assert!(c.theme.css_properties().is_empty());
    assert_eq!(CONFIG_FILE, "wenselijk.config.json");
    // A byte order mark (Windows editors) is not an error.
    assert!(clean("\u{feff}{\"version\": 1}").is_default());
}

/// One problem each: the input, the one problem expected, and a check on the
/// resulting config (the wrong setting is left out).
#[test]
fn problem_table() {
    use ConfigProblem::*;
    let long_name = format!(r#"{{"name": "{}"}}"#, "x".repeat(MAX_NAME_CHARS + 1));
    let long_question =
        format!(r#"{{"helper_questions": {{"time": ["{}"]}}}}"#, "q".repeat(MAX_HELPER_QUESTION_CHARS + 1));
    let long_logo = format!(r#"{{"theme": {{"logo": "{}"}}}}"#, "a".repeat(MAX_LOGO_PATH_CHARS + 1));
    #[rustfmt::skip]
    let cases: Vec<(&str, &str, ConfigProblem)> = vec![
        // Wrong types
        ("name is a number", r#"{"name": 5}"#,
            WrongType { path: path("name"), expected: Expected::LocalText, found: JsonKind::Number, fallback: Fallback::LeftOut }),
        ("values not a list", r#"{"values": "Eerlijk"}"#,
            WrongType { path: path("values"), expected: Expected::List, found: JsonKind::Text, fallback: Fallback::LeftOut }),
        ("a value is true", r#"{"values": [true]}"#,
            WrongType { path: path("values[0]"), expected: Expected::LocalText, found: JsonKind::Bool, fallback: Fallback::LeftOut }),
        ("helper questions a list", r#"{"helper_questions": []}"#,
            WrongType { path: path("helper_questions"), expected: Expected::Object, found: JsonKind::List, fallback: Fallback::LeftOut }),
        ("questions one string", r#"{"helper_questions": {"trust": "Klopt het?"}}"#,
            WrongType { path: path("helper_questions.trust"), expected: Expected::List, found: JsonKind::Text, fallback: Fallback::LeftOut }),
        ("weights a list", r#"{"weights": [1, 2]}"#,
            WrongType { path: path("weights"), expected: Expected::Object, found: JsonKind::List, fallback: Fallback::EqualWeights }),
        ("weight a string", r#"{"weights": {"trust": "2"}}"#,
            WrongType { path: path("weights.trust"), expected: Expected::Number, found: JsonKind::Text, fallback: Fallback::WeightOne }),
        ("language a number", r#"{"default_language": 1}"#,
            WrongType { path: path("default_language"), expected: Expected::LanguageCode, found: JsonKind::Number, fallback: Fallback::BrowserLanguage }),
        ("theme a string", r#"{"theme": "blue"}"#,
            WrongType { path: path("theme"), expected: Expected::Object, found: JsonKind::Text, fallback: Fallback::Default }),
        ("colour a number", r#"{"theme": {"accent": 255}}"#,
            WrongType { path: path("theme.accent"), expected: Expected::Colour, found: JsonKind::Number, fallback: Fallback::Colour(DEFAULT_ACCENT) }),
        ("logo null", r#"{"theme": {"logo": null}}"#,
            WrongType { path: path("theme.logo"), expected: Expected::Text, found: JsonKind::Null, fallback: Fallback::LeftOut }),
        ("nl text an object", r#"{"name": {"nl": {}, "en": "x"}}"#,
            WrongType { path: path("name.nl"), expected: Expected::Text, found: JsonKind::Object, fallback: Fallback::LeftOut }),
        // Texts
        ("empty name", r#"{"name": "   "}"#, Empty { path: path("name"), fallback: Fallback::LeftOut }),
        ("empty value", r#"{"values": ["a", ""]}"#, Empty { path: path("values[1]"), fallback: Fallback::LeftOut }),
        ("empty English", r#"{"name": {"nl": "Gemeente", "en": " "}}"#, Empty { path: path("name.en"), fallback: Fallback::LeftOut }),
        ("empty logo", r#"{"theme": {"logo": ""}}"#, Empty { path: path("theme.logo"), fallback: Fallback::LeftOut }),
        ("name too long", &long_name,
            TooLong { path: path("name"), chars: MAX_NAME_CHARS + 1, max: MAX_NAME_CHARS, fallback: Fallback::LeftOut }),
        ("question too long", &long_question,
            TooLong { path: path("helper_questions.time[0]"), chars: MAX_HELPER_QUESTION_CHARS + 1, max: MAX_HELPER_QUESTION_CHARS, fallback: Fallback::LeftOut }),
        ("English missing", r#"{"name": {"nl": "Gemeente"}}"#,
            MissingLanguage { path: path("name"), missing: Lang::En, fallback: Fallback::LeftOut }),
        ("Dutch missing", r#"{"values": [{"en": "Fair"}]}"#,
            MissingLanguage { path: path("values[0]"), missing: Lang::Nl, fallback: Fallback::LeftOut }),
        // Weights
        ("weight too high", r#"{"weights": {"trust": 3}}"#, WeightOutOfRange { path: path("weights.trust"), value: 3.0 }),
        ("weight too low", r#"{"weights": {"time": 0.4}}"#, WeightOutOfRange { path: path("weights.time"), value: 0.4 }),
        ("weight negative", r#"{"weights": {"place": -1}}"#, WeightOutOfRange { path: path("weights.place"), value: -1.0 }),
        ("weight just above", r#"{"weights": {"place": 2.0000001}}"#, WeightOutOfRange { path: path("weights.place"), value: 2.0000001 }),
        // Language
        ("German", r#"{"default_language": "de"}"#, UnknownLanguage { path: path("default_language"), found: path("de") }),
        ("upper case", r#"{"default_language": "NL"}"#, UnknownLanguage { path: path("default_language"), found: path("NL") }),
        // Colours
        ("two digits", r##"{"theme": {"accent": "#12"}}"##,
            BadColour { path: path("theme.accent"), found: path("#12"), fallback: DEFAULT_ACCENT }),
        ("colour name", r#"{"theme": {"ink": "black"}}"#,
            BadColour { path: path("theme.ink"), found: path("black"), fallback: DEFAULT_INK }),
        ("not hex", r##"{"theme": {"background": "#ggg"}}"##,
            BadColour { path: path("theme.background"), found: path("#ggg"), fallback: DEFAULT_BACKGROUND }),
        ("seven digits", r##"{"theme": {"accent_ink": "#1234567"}}"##,
            BadColour { path: path("theme.accent_ink"), found: path("#1234567"), fallback: DEFAULT_ACCENT_INK }),
        // Contrast
        ("yellow accent on white", r##"{"theme": {"accent": "#ffff00"}}"##,
            LowContrast { path: path("theme.accent"), colour: Colour(255, 255, 0), with: ContrastWith::Cards,
                ratio: Colour(255, 255, 0).contrast(CARD), fallback: DEFAULT_ACCENT }),
        ("grey ink on white", r##"{"theme": {"ink": "#777"}}"##,
            LowContrast { path: path("theme.ink"), colour: Colour(0x77, 0x77, 0x77), with: ContrastWith::Cards,
                ratio: Colour(0x77, 0x77, 0x77).contrast(CARD), fallback: DEFAULT_INK }),
        ("black button text on the default accent", r##"{"theme": {"accent_ink": "#000"}}"##,
            LowContrast { path: path("theme.accent_ink"), colour: Colour(0, 0, 0), with: ContrastWith::Accent(DEFAULT_ACCENT),
                ratio: Colour(0, 0, 0).contrast(DEFAULT_ACCENT), fallback: DEFAULT_ACCENT_INK }),
        ("dark background under the default ink", r##"{"theme": {"background": "#333333"}}"##,
            LowContrast { path: path("theme.background"), colour: Colour(0x33, 0x33, 0x33), with: ContrastWith::Ink(DEFAULT_INK),
                ratio: Colour(0x33, 0x33, 0x33).contrast(DEFAULT_INK), fallback: DEFAULT_BACKGROUND }),
        // Logos
        ("https logo", r#"{"theme": {"logo": "https://cdn.example.com/logo.png"}}"#,
            BadLogo { path: path("theme.logo"), reason: LogoReason::Scheme(path("https")) }),
        ("http logo", r#"{"theme": {"logo": "HTTP://cdn.example.com/logo.png"}}"#,
            BadLogo { path: path("theme.logo"), reason: LogoReason::Scheme(path("http")) }),
        ("javascript logo", r#"{"theme": {"logo": "javascript:alert(1)"}}"#,
            BadLogo { path: path("theme.logo"), reason: LogoReason::Scheme(path("javascript")) }),
        ("other origin", r#"{"theme": {"logo": "//evil.example/logo.png"}}"#,
            BadLogo { path: path("theme.logo"), reason: LogoReason::OtherSite }),
        ("parent folder", r#"{"theme": {"logo": "../logo.png"}}"#,
            BadLogo { path: path("theme.logo"), reason: LogoReason::ParentFolder }),
        ("encoded parent folder", r#"{"theme": {"logo": "img/%2E%2e/x.png"}}"#,
            BadLogo { path: path("theme.logo"), reason: LogoReason::ParentFolder }),
        ("long logo path", &long_logo,
            BadLogo { path: path("theme.logo"), reason: LogoReason::TooLong { chars: MAX_LOGO_PATH_CHARS + 1, max: MAX_LOGO_PATH_CHARS } }),
        // Unknown keys
        ("typo at the top", r#"{"nmae": "x"}"#, UnknownKey { path: path("nmae"), suggestion: Some("name") }),
        ("Dutch key", r#"{"gewichten": {}}"#, UnknownKey { path: path("gewichten"), suggestion: Some("weights") }),
        ("typo in theme", r##"{"theme": {"acent": "#000"}}"##, UnknownKey { path: path("theme.acent"), suggestion: Some("accent") }),
        ("Dutch dimension", r#"{"weights": {"vertrouwen": 2}}"#,
            UnknownKey { path: path("weights.vertrouwen"), suggestion: Some("trust") }),
        ("unknown dimension", r#"{"helper_questions": {"price": []}}"#, UnknownKey { path: path("helper_questions.price"), suggestion: None }),
        ("third language", r#"{"name": {"nl": "a", "en": "b", "de": "c"}}"#, UnknownKey { path: path("name.de"), suggestion: None }),
        // Version
        ("newer version", r#"{"version": 2, "name": "Gemeente"}"#, FutureVersion { found: 2 }),
        ("version as text", r#"{"version": "1"}"#, BadVersion { found: path("\"1\"") }),
        ("version zero", r#"{"version": 0}"#, BadVersion { found: path("0") }),
    ];
    for (label, json, want) in cases {
        let (config, got) = parse(json);
        assert_eq!(got, vec![want.clone()], "{label}: {json}");
        assert!(!want.is_fatal(), "{label}");
        // The wrong setting is left out: nothing odd reaches the config.
        match &want {
            FutureVersion { .. } => {
                assert_eq!(config.name, Some(LocalText::same("Gemeente")), "{label}: rest still read")
            }
            WrongType { path, .. } | Empty { path, .. } | TooLong { path, .. } | MissingLanguage { path, .. }
                if path.starts_with("name") =>
            {
                assert_eq!(config.name, None, "{label}")
            }
            WeightOutOfRange { .. } => assert!(config.weights.is_equal(), "{label}"),
            BadColour { .. } | LowContrast { .. } => assert!(config.theme.css_properties().is_empty(), "{label}"),
            BadLogo { .. } => assert_eq!(config.theme.logo, None, "{label}"),
            UnknownLanguage { .. } => assert_eq!(config.default_lang, None, "{label}"),
            _ => {}
        }
    }
}

#[test]
fn broken_files_give_the_defaults_and_one_problem() {
    use ConfigProblem::*;
    let huge = format!(r#"{{"name": "{}"}}"#, "x".repeat(MAX_CONFIG_BYTES));
    let cases: Vec<(&str, String, ConfigProblem)> = vec![
        (
            "syntax error",
            "{\n  \"name\": \"A\",\n  \"values\": [}\n}".into(),
            Malformed { line: 3, column: 14, eof: false },
        ),
        ("trailing comma", "{\"name\": \"A\",}".into(), Malformed { line: 1, column: 14, eof: false }),
        ("ends too early", "{\"name\": \"A\"".into(), Malformed { line: 1, column: 12, eof: true }),
        ("empty file", String::new(), Malformed { line: 1, column: 0, eof: true }),
        // Where the text stops, not the empty line after a final line break.
        (
            "ends too early, then a line break",
            "{\"name\": \"A\"\n".into(),
            Malformed { line: 1, column: 12, eof: true },
        ),
        (
            "ends too early after a comma and blank lines",
            "{\n  \"name\": \"Ä\",\n\n  \r\n".into(),
            Malformed { line: 2, column: 14, eof: true },
        ),
        ("only white space", " \n\n".into(), Malformed { line: 1, column: 0, eof: true }),
        ("a list", "[1, 2]".into(), NotAnObject { found: JsonKind::List }),
        ("a string", "\"hello\"".into(), NotAnObject { found: JsonKind::Text }),
        ("null", "null".into(), NotAnObject { found: JsonKind::Null }),
        ("too large", huge.clone(), TooLarge { bytes: huge.len(), max: MAX_CONFIG_BYTES }),
    ];
    for (label, json, want) in cases {
        let (config, got) = parse(&json);
        assert!(config.is_default(), "{label}");
        assert_eq!(got, vec![want], "{label}");
        assert!(got[0].is_fatal() && got[0].path().is_none(), "{label}");
    }
    // The position names the spot in the file, and the text says so.
    let text = problems("{\n  \"name\": \"A\",\n  \"values\": [}\n}")[0].describe(Lang::En);
    assert!(text.contains("line 3") && text.contains("character 14"), "{text}");
}

#[test]
fn too_many_items_keep_the_first() {
    let values: Vec<String> = (1..=MAX_VALUES + 3).map(|i| format!("\"Waarde {i}\"")).collect();
    let (c, p) = parse(&format!(r#"{{"values": [{}]}}"#, values.join(",")));
    assert_eq!(p, vec![ConfigProblem::TooMany { path: path("values"), found: MAX_VALUES + 3, max: MAX_VALUES }]);
    assert_eq!(c.values.len(), MAX_VALUES);
    assert_eq!(c.values[0], LocalText::same("Waarde 1"));
    assert_eq!(c.values[MAX_VALUES - 1], LocalText::same(format!("Waarde {MAX_VALUES}")));

    let questions: Vec<String> = (1..=MAX_HELPER_QUESTIONS + 1).map(|i| format!("\"Vraag {i}?\"")).collect();
    let (c, p) = parse(&format!(r#"{{"helper_questions": {{"empathy": [{}]}}}}"#, questions.join(",")));
    assert_eq!(
        p,
        vec![ConfigProblem::TooMany {
            path: path("helper_questions.empathy"),
            found: MAX_HELPER_QUESTIONS + 1,
            max: MAX_HELPER_QUESTIONS
        }]
    );
    assert_eq!(c.helper_questions(DimensionId::Empathy).len(), MAX_HELPER_QUESTIONS);

    // Limits count characters, not bytes.
    let accented = "é".repeat(MAX_VALUE_CHARS);
    assert_eq!(clean(&format!(r#"{{"values": ["{accented}"]}}"#)).values, vec![LocalText::same(accented)]);
}

#[test]
fn per_field_fallback_keeps_the_valid_settings() {
    let json = r##"{
      "version": 1,
      "name": "Waterschap",
      "values": ["Zorgvuldig", 42, "", {"nl": "Open"}, {"nl": "Dichtbij", "en": "Close by"}],
      "helper_questions": {"trust": ["Klopt het?", ""], "tijd": ["Wanneer?"]},
      "weights": {"trust": 1.5, "autonomy": 9, "place": "veel"},
      "default_language": "fr",
      "theme": {"accent": "#ffff00", "ink": "#222", "background": "blue", "logo": "https://x.example/l.png", "colour": "red"},
      "extra": true
    }"##;
    let (c, p) = parse(json);
    assert_eq!(c.name, Some(LocalText::same("Waterschap")));
    assert_eq!(c.values, vec![LocalText::same("Zorgvuldig"), both("Dichtbij", "Close by")]);
    assert_eq!(c.helper_questions(DimensionId::Trust), &[LocalText::same("Klopt het?")]);
    assert!(c.helper_questions(DimensionId::Time).is_empty());
    assert_eq!(c.weights.get(DimensionId::Trust), 1.5);
    assert_eq!(c.weights.get(DimensionId::Autonomy), 1.0);
    assert_eq!(c.weights.get(DimensionId::Place), 1.0);
    assert_eq!(c.default_lang, None);
    assert_eq!(c.theme, Theme { ink: Some(Colour(0x22, 0x22, 0x22)), ..Theme::default() });
    let paths: Vec<&str> = p.iter().filter_map(ConfigProblem::path).collect();
    assert_eq!(
        paths,
        [
            "values[1]",
            "values[2]",
            "values[3]",
            "helper_questions.trust[1]",
            "helper_questions.tijd",
            "weights.autonomy",
            "weights.place",
            "default_language",
            "theme.background",
            "theme.accent",
            "theme.logo",
            "theme.colour",
            "extra",
        ]
    );
}

#[test]
fn many_problems_are_counted_not_listed() {
    let keys: Vec<String> = (0..MAX_PROBLEMS + 10).map(|i| format!("\"unknown{i}\": 1")).collect();
    let p = problems(&format!("{{{}}}", keys.join(",")));
    assert_eq!(p.len(), MAX_PROBLEMS + 1);
    assert_eq!(p.last(), Some(&ConfigProblem::MoreProblems { count: 10 }));
}

#[test]
fn colours_parse_and_print() {
    let cases: &[(&str, Option<Colour>)] = &[
        ("#abc", Some(Colour(0xaa, 0xbb, 0xcc))),
        ("#ABCDEF", Some(Colour(0xab, 0xcd, 0xef))),
        ("#2f4bb8", Some(Colour(0x2f, 0x4b, 0xb8))),
        ("#000", Some(Colour(0, 0, 0))),
        ("", None),
        ("#", None),
        ("abc", None),
        ("#abcd", None),
        ("# abc", None),
        ("#ab c", None),
        ("#éé", None),
        ("#+1a", None),
        (" #abc", None),
        ("rgb(0,0,0)", None),
    ];
    for (s, want) in cases {
        assert_eq!(Colour::parse(s), *want, "{s:?}");
    }
    assert_eq!(Colour(0x0b, 0x6e, 0x4f).css(), "#0b6e4f");
    assert_eq!(Colour::parse("#FFF").map(|c| c.css()), Some("#ffffff".into()));
}

#[test]
fn contrast_follows_wcag() {
    let black = Colour(0, 0, 0);
    let white = Colour(255, 255, 255);
    assert!((black.contrast(white) - 21.0).abs() < 1e-9);
    assert!((white.contrast(black) - 21.0).abs() < 1e-9);
    assert!((DEFAULT_ACCENT.contrast(DEFAULT_ACCENT) - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey that passes on white, #777777 fails.
    assert!(Colour(0x76, 0x76, 0x76).contrast(white) >= MIN_CONTRAST);
    assert!(Colour(0x77, 0x77, 0x77).contrast(white) < MIN_CONTRAST);
    // The app's own colours pass every check they are held to.
    assert!(DEFAULT_ACCENT.contrast(CARD) >= MIN_CONTRAST);
    assert!(DEFAULT_ACCENT.contrast(DEFAULT_ACCENT_INK) >= MIN_CONTRAST);
    assert!(DEFAULT_INK.contrast(CARD) >= MIN_CONTRAST);
    assert!(DEFAULT_INK.contrast(DEFAULT_BACKGROUND) >= MIN_CONTRAST);
}

#[test]
fn contrast_pairs_keep_as_many_colours_as_possible() {
    use ConfigProblem::LowContrast;
    // Both set and clashing, but the accent is fine with the default button
    // text: only the button text goes.
    let (c, p) = parse(r##"{"theme": {"accent": "#2f4bb8", "accent_ink": "#333"}}"##);
    assert_eq!(c.theme.accent, Some(DEFAULT_ACCENT));
    assert_eq!(c.theme.accent_ink, None);
    assert!(matches!(&p[..], [LowContrast { path, with: ContrastWith::Accent(_), .. }] if path == "theme.accent_ink"));

    // Light button text on a light (but on white still readable) accent
    // cannot be saved by the default white: the accent goes, white text stays.
    let (c, p) = parse(r##"{"theme": {"accent": "#595959", "accent_ink": "#767676"}}"##);
    assert_eq!((c.theme.accent, c.theme.accent_ink), (Some(Colour(0x59, 0x59, 0x59)), None), "{p:?}");

    // Dark ink on a dark background: ink passes on white, so the background goes.
    let (c, p) = parse(r##"{"theme": {"ink": "#000000", "background": "#404040"}}"##);
    assert_eq!((c.theme.ink, c.theme.background), (Some(Colour(0, 0, 0)), None));
    assert!(matches!(&p[..], [LowContrast { path, with: ContrastWith::Ink(_), .. }] if path == "theme.background"));

    // Whatever is set, what is kept passes every check.
    let greys = ["#000", "#333", "#595959", "#767676", "#777", "#aaa", "#ddd", "#fff", "#2f4bb8", "#ffff00"];
    for accent in greys {
        for ink in greys {
            for bg in greys {
                let json = format!(
                    r#"{{"theme": {{"accent": "{accent}", "accent_ink": "{bg}", "ink": "{ink}", "background": "{bg}"}}}}"#
                );
                let t = parse(&json).0.theme;
                let ok = |a: Colour, b: Colour| a.contrast(b) >= MIN_CONTRAST;
                assert!(ok(t.accent_or_default(), CARD), "{json}");
                assert!(ok(t.ink_or_default(), CARD), "{json}");
                assert!(ok(t.accent_or_default(), t.accent_ink_or_default()), "{json}");
                assert!(ok(t.ink_or_default(), t.background_or_default()), "{json}");
            }
        }
    }
}

#[test]
fn logos() {
    let allowed = [
        "logo.svg",
        "img/logo.png",
        "img/logo.png?v=2",
        "assets/brand/logo-dark.webp#x",
        "img/a:b.png",
        "a/..b/c.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        "data:image/jpeg;base64,/9j/4AAQ",
        "data:image/webp;base64,UklGRg==",
    ];
    for logo in allowed {
        assert_eq!(check_logo(logo), Ok(()), "{logo}");
    }
    let refused: &[(&str, LogoReason)] = &[
        ("https://cdn.example/logo.png", LogoReason::Scheme("https".into())),
        ("javascript:alert(document.cookie)", LogoReason::Scheme("javascript".into())),
        ("JavaScript:alert(1)", LogoReason::Scheme("javascript".into())),
        ("file:///etc/passwd", LogoReason::Scheme("file".into())),
        ("blob:https://x/1", LogoReason::Scheme("blob".into())),
        ("//evil.example/logo.png", LogoReason::OtherSite),
        ("/logo.png", LogoReason::Absolute),
        ("../logo.png", LogoReason::ParentFolder),
        ("img/../../logo.png", LogoReason::ParentFolder),
        ("img/..", LogoReason::ParentFolder),
        ("%2e%2e/logo.png", LogoReason::ParentFolder),
        ("img\\logo.png", LogoReason::Backslash),
        ("/\\evil.example/logo.png", LogoReason::Backslash),
        ("/\n/evil.example/logo.png", LogoReason::BadCharacter),
        ("\t//evil.example", LogoReason::BadCharacter),
        ("logo.png\")", LogoReason::BadCharacter),
        ("my logo.png", LogoReason::BadCharacter),
        ("data:text/html;base64,PHNjcmlwdD4=", LogoReason::NotAnImage),
        ("data:image/png,rawdata", LogoReason::NotAnImage),
        ("data:image/png;base64,", LogoReason::NotAnImage),
        ("data:image/png;base64,abc<def", LogoReason::NotAnImage),
        ("data:image/png;base64,abc===", LogoReason::NotAnImage),
        ("data:image/gif;base64,R0lGOD==", LogoReason::NotAnImage),
        ("DATA:IMAGE/PNG;BASE64,iVBO", LogoReason::NotAnImage),
        ("data:image/svg+xml;utf8,<svg onload=alert(1)>", LogoReason::NotAnImage),
    ];
    for (logo, reason) in refused {
        assert_eq!(check_logo(logo).as_ref(), Err(reason), "{logo:?}");
    }
    let big = format!("data:image/png;base64,{}", "A".repeat(MAX_LOGO_DATA_CHARS));
    assert!(matches!(check_logo(&big), Err(LogoReason::TooLong { max: MAX_LOGO_DATA_CHARS, .. })));
    let just_fits = format!("data:image/png;base64,{}", "A".repeat(MAX_LOGO_DATA_CHARS - 22));
    assert_eq!(check_logo(&just_fits), Ok(()));
}

/// A group from the configuration, for the expectations below.
fn group(name: LocalText, description: LocalText, usual: &[DimensionId]) -> OrgGroup {
    OrgGroup { name, description, usual: usual.to_vec() }
}

#[test]
fn organisation_groups_valid() {
    use DimensionId::*;
    let c = clean(
        r#"{
          "groups": [
            {"name": {"nl": "Ondernemers", "en": "Business owners"},
             "description": {"nl": "Klanten met een eigen zaak.", "en": "Customers who run a business."},
             "usual": ["time", "relevance"]},
            {"name": "Mantelzorgers", "usual": ["empathy", "time", "empathy"]},
            {"name": "Studenten", "description": "Jong en vaak online.", "usual": []}
          ],
          "suggested_groups": false
        }"#,
    );
    assert_eq!(
        c.groups,
        vec![
            group(
                both("Ondernemers", "Business owners"),
                both("Klanten met een eigen zaak.", "Customers who run a business."),
                &[Time, Relevance]
            ),
            // A dimension named twice counts once.
            group(LocalText::same("Mantelzorgers"), LocalText::default(), &[Empathy, Time]),
            group(LocalText::same("Studenten"), LocalText::same("Jong en vaak online."), &[]),
        ]
    );
    assert!(c.hide_suggested_groups);
    assert!(!c.is_default());
    // Shown unless the file says false.
    assert!(!clean(r#"{"suggested_groups": true}"#).hide_suggested_groups);
    assert!(clean(r#"{"suggested_groups": true}"#).is_default());
    assert!(!clean("{}").hide_suggested_groups);
}

/// (label, file, problems, Dutch names of the groups kept, suggestions hidden)
type GroupCase<'a> = (&'a str, &'a str, Vec<ConfigProblem>, Vec<&'a str>, bool);

/// Each mistake in `groups` or `suggested_groups`: the problems named (with
/// their paths), the groups kept (Dutch names) and whether the suggestions hide.
#[test]
fn organisation_group_problems() {
    use ConfigProblem::*;
    let long_name = format!(r#"{{"groups": [{{"name": "{}"}}]}}"#, "n".repeat(MAX_GROUP_NAME_CHARS + 1));
    let long_description =
        format!(r#"{{"groups": [{{"name": "A", "description": "{}"}}]}}"#, "d".repeat(MAX_GROUP_DESCRIPTION_CHARS + 1));
    let nine: Vec<String> = (1..=MAX_ORG_GROUPS + 1).map(|i| format!(r#"{{"name": "Groep {i}"}}"#)).collect();
    let nine = format!(r#"{{"groups": [{}]}}"#, nine.join(","));
    let eight: Vec<String> = (1..=MAX_ORG_GROUPS).map(|i| format!("Groep {i}")).collect();
    let eight: Vec<&str> = eight.iter().map(String::as_str).collect();
    let wrong = |p: &str, expected, found, fallback| WrongType { path: path(p), expected, found, fallback };
    #[rustfmt::skip]
    let cases: Vec<GroupCase> = vec![
        ("groups an object", r#"{"groups": {"name": "A"}}"#,
            vec![wrong("groups", Expected::List, JsonKind::Object, Fallback::LeftOut)], vec![], false),
        ("a group a text", r#"{"groups": ["Ouderen", {"name": "B"}]}"#,
            vec![wrong("groups[0]", Expected::Object, JsonKind::Text, Fallback::GroupLeftOut)], vec!["B"], false),
        ("no name", r#"{"groups": [{"description": "Zonder naam"}, {"name": "B"}]}"#,
            vec![Missing { path: path("groups[0].name"), fallback: Fallback::GroupLeftOut }], vec!["B"], false),
        ("empty name", r#"{"groups": [{"name": "  "}]}"#,
            vec![Empty { path: path("groups[0].name"), fallback: Fallback::GroupLeftOut }], vec![], false),
        ("name a number", r#"{"groups": [{"name": 3}]}"#,
            vec![wrong("groups[0].name", Expected::LocalText, JsonKind::Number, Fallback::GroupLeftOut)], vec![], false),
        ("name without English", r#"{"groups": [{"name": {"nl": "Ouderen"}}]}"#,
            vec![MissingLanguage { path: path("groups[0].name"), missing: Lang::En, fallback: Fallback::GroupLeftOut }], vec![], false),
        ("name too long", &long_name,
            vec![TooLong { path: path("groups[0].name"), chars: MAX_GROUP_NAME_CHARS + 1, max: MAX_GROUP_NAME_CHARS, fallback: Fallback::GroupLeftOut }],
            vec![], false),
        ("description too long: the group stays", &long_description,
            vec![TooLong { path: path("groups[0].description"), chars: MAX_GROUP_DESCRIPTION_CHARS + 1, max: MAX_GROUP_DESCRIPTION_CHARS, fallback: Fallback::LeftOut }],
            vec!["A"], false),
        ("description a list", r#"{"groups": [{"name": "A", "description": ["x"]}]}"#,
            vec![wrong("groups[0].description", Expected::LocalText, JsonKind::List, Fallback::LeftOut)], vec!["A"], false),
        ("usual a text", r#"{"groups": [{"name": "A", "usual": "trust"}]}"#,
            vec![wrong("groups[0].usual", Expected::List, JsonKind::Text, Fallback::LeftOut)], vec!["A"], false),
        ("usual with a number", r#"{"groups": [{"name": "A", "usual": ["trust", 6]}]}"#,
            vec![wrong("groups[0].usual[1]", Expected::Text, JsonKind::Number, Fallback::LeftOut)], vec!["A"], false),
        ("usual in Dutch", r#"{"groups": [{"name": "A", "usual": ["vertrouwen"]}]}"#,
            vec![UnknownDimension { path: path("groups[0].usual[0]"), found: path("vertrouwen"), suggestion: Some("trust") }],
            vec!["A"], false),
        ("usual with a capital", r#"{"groups": [{"name": "A", "usual": ["Trust"]}]}"#,
            vec![UnknownDimension { path: path("groups[0].usual[0]"), found: path("Trust"), suggestion: Some("trust") }],
            vec!["A"], false),
        ("usual not a dimension", r#"{"groups": [{"name": "A", "usual": ["price"]}]}"#,
            vec![UnknownDimension { path: path("groups[0].usual[0]"), found: path("price"), suggestion: None }], vec!["A"], false),
        ("a typo in a group's key", r#"{"groups": [{"name": "A", "descripton": "x"}]}"#,
            vec![UnknownKey { path: path("groups[0].descripton"), suggestion: Some("description") }], vec!["A"], false),
        ("a Dutch key", r#"{"groups": [{"naam": "A"}]}"#,
            vec![UnknownKey { path: path("groups[0].naam"), suggestion: Some("name") },
                 Missing { path: path("groups[0].name"), fallback: Fallback::GroupLeftOut }], vec![], false),
        ("the same name twice, other case", r#"{"groups": [{"name": "Ouderen"}, {"name": "B"}, {"name": "OUDEREN"}]}"#,
            vec![DuplicateGroup { path: path("groups[2]"), first: 0 }], vec!["Ouderen", "B"], false),
        ("the same English name", r#"{"groups": [{"name": {"nl": "Ouderen", "en": "Elderly"}}, {"name": {"nl": "Senioren", "en": "elderly"}}]}"#,
            vec![DuplicateGroup { path: path("groups[1]"), first: 0 }], vec!["Ouderen"], false),
        ("a duplicate after a dropped one keeps the file's positions", r#"{"groups": [7, {"name": "A"}, {"name": "a"}]}"#,
            vec![wrong("groups[0]", Expected::Object, JsonKind::Number, Fallback::GroupLeftOut),
                 DuplicateGroup { path: path("groups[2]"), first: 1 }], vec!["A"], false),
        ("more than eight", &nine,
            vec![TooMany { path: path("groups"), found: MAX_ORG_GROUPS + 1, max: MAX_ORG_GROUPS }], eight.clone(), false),
        ("suggestions off as text", r#"{"suggested_groups": "false"}"#,
            vec![wrong("suggested_groups", Expected::TrueFalse, JsonKind::Text, Fallback::SuggestionsShown)], vec![], false),
        ("suggestions off as 0", r#"{"suggested_groups": 0}"#,
            vec![wrong("suggested_groups", Expected::TrueFalse, JsonKind::Number, Fallback::SuggestionsShown)], vec![], false),
        ("a Dutch top key", r#"{"klantgroepen": []}"#,
            vec![UnknownKey { path: path("klantgroepen"), suggestion: Some("groups") }], vec![], false),
        ("the rest still counts", r#"{"groups": [{"name": ""}], "suggested_groups": false}"#,
            vec![Empty { path: path("groups[0].name"), fallback: Fallback::GroupLeftOut }], vec![], true),
    ];
    for (label, json, want, names, hide) in cases {
        let (config, got) = parse(json);
        assert_eq!(got, want, "{label}: {json}");
        let got_names: Vec<&str> = config.groups.iter().map(|g| g.name.nl.as_str()).collect();
        assert_eq!(got_names, names, "{label}");
        assert_eq!(config.hide_suggested_groups, hide, "{label}");
        for p in &got {
            for lang in Lang::ALL {
                let text = p.describe(lang);
                assert!(p.path().is_some_and(|path| text.contains(path)), "{label}: {text}");
            }
        }
    }
}

/// Every variant of every problem part, so each text gets described.
fn samples() -> Vec<ConfigProblem> {
    use ConfigProblem::*;
    let mut all = vec![
        TooLarge { bytes: 300_000, max: MAX_CONFIG_BYTES },
        Malformed { line: 3, column: 14, eof: false },
        Malformed { line: 1, column: 12, eof: true },
        FutureVersion { found: 2 },
        BadVersion { found: "\"1\"".into() },
        UnknownKey { path: "nmae".into(), suggestion: Some("name") },
        UnknownKey { path: "theme.x".into(), suggestion: None },
        Empty { path: "name".into(), fallback: Fallback::LeftOut },
        TooLong { path: "values[2]".into(), chars: 90, max: 80, fallback: Fallback::LeftOut },
        TooMany { path: "values".into(), found: 13, max: 12 },
        MissingLanguage { path: "name".into(), missing: Lang::Nl, fallback: Fallback::LeftOut },
        MissingLanguage { path: "name".into(), missing: Lang::En, fallback: Fallback::LeftOut },
        WeightOutOfRange { path: "weights.trust".into(), value: 2.5 },
        UnknownLanguage { path: "default_language".into(), found: "de".into() },
        BadColour { path: "theme.accent".into(), found: "blue".into(), fallback: DEFAULT_ACCENT },
        Missing { path: "groups[0].name".into(), fallback: Fallback::GroupLeftOut },
        UnknownDimension { path: "groups[0].usual[1]".into(), found: "vertrouwen".into(), suggestion: Some("trust") },
        UnknownDimension { path: "groups[0].usual[1]".into(), found: "price".into(), suggestion: None },
        DuplicateGroup { path: "groups[3]".into(), first: 1 },
        UnknownLens { path: "lenses.on[0]".into(), found: "fogg".into(), suggestion: Some("b_map") },
        UnknownLens { path: "lenses.on[0]".into(), found: "price".into(), suggestion: None },
        LensNotOffered { path: "lenses.count[1]".into(), found: "moments" },
        DuplicateWord { path: "message_words.fine[3]".into(), first: "message_words.fine[1]".into() },
        AvoidedAndFine { path: "message_words.avoid[0]".into(), fine: "message_words.fine[2]".into() },
        MoreProblems { count: 7 },
    ];
    for found in [JsonKind::Null, JsonKind::Bool, JsonKind::Number, JsonKind::Text, JsonKind::List, JsonKind::Object] {
        all.push(NotAnObject { found });
    }
    let expected = [
        Expected::Text,
        Expected::LocalText,
        Expected::List,
        Expected::Object,
        Expected::Number,
        Expected::LanguageCode,
        Expected::Colour,
        Expected::TrueFalse,
        Expected::Object,
        Expected::Word,
        Expected::Text,
    ];
    let fallbacks = [
        Fallback::Default,
        Fallback::LeftOut,
        Fallback::Ignored,
        Fallback::WeightOne,
        Fallback::EqualWeights,
        Fallback::Colour(DEFAULT_INK),
        Fallback::BrowserLanguage,
        Fallback::SuggestionsShown,
        Fallback::GroupLeftOut,
        Fallback::WordLeftOut,
        Fallback::NoAlternative,
    ];
    for (expected, fallback) in expected.into_iter().zip(fallbacks) {
        all.push(WrongType { path: "x".into(), expected, found: JsonKind::Bool, fallback });
    }
    for with in [
        ContrastWith::Cards,
        ContrastWith::Accent(DEFAULT_ACCENT),
        ContrastWith::AccentInk(DEFAULT_ACCENT_INK),
        ContrastWith::Ink(DEFAULT_INK),
        ContrastWith::Background(DEFAULT_BACKGROUND),
    ] {
        all.push(LowContrast {
            path: "theme.ink".into(),
            colour: Colour(0x77, 0x77, 0x77),
            with,
            ratio: 4.478,
            fallback: DEFAULT_INK,
        });
    }
    for reason in [
        LogoReason::Scheme("https".into()),
        LogoReason::OtherSite,
        LogoReason::Absolute,
        LogoReason::ParentFolder,
        LogoReason::Backslash,
        LogoReason::BadCharacter,
        LogoReason::NotAnImage,
        LogoReason::TooLong { chars: 301, max: 300 },
    ] {
        all.push(BadLogo { path: "theme.logo".into(), reason });
    }
    all
}

/// A compile-time check that [`samples`] covers every variant: adding one
/// breaks this match until it is added here and to the samples.
fn variant(p: &ConfigProblem) -> usize {
    use ConfigProblem::*;
    match p {
        TooLarge { .. } => 0,
        Malformed { .. } => 1,
        NotAnObject { .. } => 2,
        FutureVersion { .. } => 3,
        BadVersion { .. } => 4,
        UnknownKey { .. } => 5,
        WrongType { .. } => 6,
        Empty { .. } => 7,
        TooLong { .. } => 8,
        TooMany { .. } => 9,
        MissingLanguage { .. } => 10,
        WeightOutOfRange { .. } => 11,
        UnknownLanguage { .. } => 12,
        BadColour { .. } => 13,
        LowContrast { .. } => 14,
        BadLogo { .. } => 15,
        MoreProblems { .. } => 16,
        Missing { .. } => 17,
        UnknownDimension { .. } => 18,
        DuplicateGroup { .. } => 19,
        DuplicateWord { .. } => 20,
        AvoidedAndFine { .. } => 21,
        UnknownLens { .. } => 22,
        LensNotOffered { .. } => 23,
    }
}

#[test]
fn every_problem_is_described_in_both_languages() {
    let samples = samples();
    let mut seen: Vec<usize> = samples.iter().map(variant).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen, (0..=23).collect::<Vec<_>>(), "a problem variant has no sample");
    for p in &samples {
        let nl = p.describe(Lang::Nl);
        let en = p.describe(Lang::En);
        for (lang, text) in [("nl", &nl), ("en", &en)] {
            assert!(!text.trim().is_empty(), "{p:?} {lang}");
            assert!(!text.contains('{') && !text.contains('}'), "{p:?} {lang}: placeholder left: {text}");
            if let Some(path) = p.path() {
                assert!(text.contains(path), "{p:?} {lang}: path not named: {text}");
            }
        }
        assert_ne!(nl, en, "{p:?}");
    }
}

#[test]
fn descriptions_say_what_is_used_instead() {
    let cases: &[(ConfigProblem, &str, &str)] = &[
        (
            ConfigProblem::WeightOutOfRange { path: "weights.trust".into(), value: 2.5 },
            "Het gewicht ‘weights.trust’ is 2,5. Een gewicht moet tussen 0,5 en 2 liggen. Deze dimensie telt gewoon mee (gewicht 1).",
            "The weight ‘weights.trust’ is 2.5. A weight must be between 0.5 and 2. This dimension counts normally (weight 1).",
        ),
        (
            ConfigProblem::LowContrast {
                path: "theme.ink".into(),
                colour: Colour(0x77, 0x77, 0x77),
                with: ContrastWith::Cards,
                ratio: 4.4799,
                fallback: DEFAULT_INK,
            },
            "‘theme.ink’ (#777777) heeft te weinig contrast met de witte vlakken (#ffffff): 4,47 staat tot 1. Voor goed leesbare tekst is minstens 4,5 staat tot 1 nodig. De app gebruikt de standaardkleur #1c1f24.",
            "‘theme.ink’ (#777777) has too little contrast with the white panels (#ffffff): 4.47 to 1. Readable text needs at least 4.5 to 1. The app uses the default colour #1c1f24.",
        ),
        (
            ConfigProblem::BadLogo { path: "theme.logo".into(), reason: LogoReason::Scheme("javascript".into()) },
            "‘theme.logo’ kan niet: het begint met ‘javascript:’. Een logo moet uit de map van de app komen, of een data:-afbeelding zijn. De app laat dit weg.",
            "‘theme.logo’ is not allowed: it starts with ‘javascript:’. A logo must come from the app's own folder or be a data: image. The app leaves this out.",
        ),
        (
            ConfigProblem::UnknownDimension {
                path: "groups[0].usual[2]".into(),
                found: "vertrouwen".into(),
                suggestion: Some("trust"),
            },
            "‘groups[0].usual[2]’ is ‘vertrouwen’. Dat is geen dimensie. Gebruik complexity, language, place, time, relevance, trust, empathy of autonomy. Bedoel je ‘trust’? De app laat dit weg.",
            "‘groups[0].usual[2]’ is ‘vertrouwen’. That is not a dimension. Use complexity, language, place, time, relevance, trust, empathy or autonomy. Did you mean ‘trust’? The app leaves this out.",
        ),
        (
            ConfigProblem::DuplicateGroup { path: "groups[2]".into(), first: 0 },
            "‘groups[2]’ heeft dezelfde naam als ‘groups[0]’. De app laat deze klantgroep weg.",
            "‘groups[2]’ has the same name as ‘groups[0]’. The app leaves this customer group out.",
        ),
        (
            ConfigProblem::Missing { path: "groups[1].name".into(), fallback: Fallback::GroupLeftOut },
            "‘groups[1].name’ ontbreekt. De app laat deze klantgroep weg.",
            "‘groups[1].name’ is missing. The app leaves this customer group out.",
        ),
        (
            ConfigProblem::UnknownKey { path: "{suggestion}".into(), suggestion: Some("name") },
            "‘{suggestion}’ is geen bekende instelling. De app slaat het over. Bedoel je ‘name’?",
            "‘{suggestion}’ is not a known setting. The app ignores it. Did you mean ‘name’?",
        ),
    ];
    for (p, nl, en) in cases {
        assert_eq!(p.describe(Lang::Nl), *nl);
        assert_eq!(p.describe(Lang::En), *en);
    }
}

#[test]
fn weights_are_bounded() {
    assert_eq!(Weights::default(), Weights::EQUAL);
    assert!(Weights::EQUAL.is_equal());
    assert_eq!(Weights::EQUAL.as_array(), [1.0; 8]);
    for w in [MIN_WEIGHT, 1.0, 1.25, MAX_WEIGHT] {
        assert_eq!(Weights::EQUAL.with(DimensionId::Time, w).map(|x| x.get(DimensionId::Time)), Some(w));
    }
    for w in [0.0, 0.49, 2.01, -1.0, f32::NAN, f32::INFINITY] {
        assert_eq!(Weights::EQUAL.with(DimensionId::Time, w), None, "{w}");
    }
    // Setting a weight back to 1 makes them equal again.
    let w = Weights::EQUAL.with(DimensionId::Trust, 2.0).and_then(|w| w.with(DimensionId::Trust, 1.0));
    assert!(w.is_some_and(|w| w.is_equal()));
}

#[test]
fn equal_weights_score_exactly_like_evaluate() {
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            let plain = evaluate(&a);
            let weighted = evaluate_with(&a, &Weights::EQUAL.into());
            assert_eq!(plain, weighted, "{id:?}");
            assert_eq!(plain.average.map(f32::to_bits), weighted.average.map(f32::to_bits), "{id:?}");
        }
    }
}

/// Every dimension known, values and flags good: only the average decides.
fn assessment(levels: [u8; 8]) -> Assessment {
    let mut a = Assessment::default();
    for (d, n) in DimensionId::ALL.into_iter().zip(levels) {
        a.dimension_mut(d).answer = Some(Answer::lv(n));
    }
    for (q, n) in ValueQuestion::ALL.into_iter().zip([4, 3, 4, 4]) {
        a.value_mut(q).answer = Some(Answer::lv(n));
    }
    for f in RedFlag::ALL {
        a.flag_mut(f).answer = Some(FlagAnswer::No);
    }
    a
}

#[test]
fn weights_change_the_average_and_so_the_mediocre_rule() {
    use DimensionId::*;
    // Order: complexity, language, place, time, relevance, trust, empathy, autonomy.
    let a = assessment([4, 4, 4, 4, 3, 3, 3, 3]);
    let plain = evaluate(&a);
    assert_eq!(plain.average, Some(3.5));
    assert_eq!(plain.verdict, Some(Verdict::Desirable));

    // Trust and autonomy (both at 3) count double: 22 + 12 = ... (4·4 + 3·2 + 3·2·2) / 10 = 3.4.
    let heavy = Weights::EQUAL.with(Trust, 2.0).and_then(|w| w.with(Autonomy, 2.0)).unwrap();
    let out = evaluate_with(&a, &heavy.into());
    assert!((out.average.unwrap() - 3.4).abs() < 1e-6, "{:?}", out.average);
    assert_eq!(out.verdict, Some(Verdict::Conditional));
    assert!(out.findings.iter().any(|f| f.rule == Rule::AverageMediocre && f.subject == Subject::Average));
    // Nothing else moved.
    assert_eq!(
        (out.weakest.clone(), out.confidence, out.known),
        (plain.weakest.clone(), plain.confidence, plain.known)
    );
    assert_eq!(out.suggestions, plain.suggestions);

    // The other way round: an idea that is mediocre on the plain average
    // becomes desirable when its strong dimensions weigh more.
    let b = assessment([4, 4, 4, 3, 3, 3, 3, 3]);
    assert_eq!(evaluate(&b).verdict, Some(Verdict::Conditional));
    let strong = Weights::EQUAL.with(Complexity, 2.0).and_then(|w| w.with(Language, 2.0)).unwrap();
    let out = evaluate_with(&b, &strong.into());
    assert!(out.average.unwrap() >= 3.5, "{:?}", out.average);
    assert_eq!(out.verdict, Some(Verdict::Desirable));
}

#[test]
fn weights_never_change_the_weakest_link() {
    use DimensionId::*;
    let a = assessment([5, 5, 5, 5, 5, 5, 5, 1]);
    let light = Weights::EQUAL.with(Autonomy, MIN_WEIGHT).unwrap();
    let heavy_others =
        DimensionId::ALL.into_iter().filter(|d| *d != Autonomy).fold(light, |w, d| w.with(d, MAX_WEIGHT).unwrap());
    let out = evaluate_with(&a, &heavy_others.into());
    assert_eq!(out.verdict, Some(Verdict::CrossesLine));
    assert_eq!(out.findings, evaluate(&a).findings);
    assert_eq!(out.weakest, evaluate(&a).weakest);
    // Unknown dimensions stay out of the weighted average, whatever their weight.
    let mut b = assessment([4, 4, 4, 4, 4, 4, 4, 4]);
    b.dimension_mut(Trust).answer = Some(Answer::Unknown);
    let out = evaluate_with(&b, &Weights::EQUAL.with(Trust, MAX_WEIGHT).unwrap().into());
    assert_eq!(out.average, Some(4.0));
}

fn read(rel: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn documented_example_parses_cleanly_and_fits_the_schema() {
    let text = read("docs/wenselijk.config.example.json");
    let config = clean(&text);
    assert!(config.name.is_some() && !config.values.is_empty() && !config.weights.is_equal());
    assert!(config.theme.logo.is_some() && config.theme.css_properties().len() == 4);
    assert!(DimensionId::ALL.iter().any(|d| !config.helper_questions(*d).is_empty()));

    let schema: serde_json::Value = serde_json::from_str(&read("docs/config.schema.json")).unwrap();
    let example: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["additionalProperties"], false);
    let props = &schema["properties"];
    let keys = |v: &serde_json::Value| v.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    for key in keys(&example) {
        assert!(props.get(&key).is_some(), "example key {key} not in the schema");
    }
    for section in ["theme", "weights", "helper_questions"] {
        for key in keys(&example[section]) {
            assert!(props[section]["properties"].get(&key).is_some(), "{section}.{key} not in the schema");
        }
    }
    // The schema's limits are the code's.
    let defs = &schema["$defs"];
    assert_eq!(props["values"]["maxItems"], MAX_VALUES);
    assert_eq!(defs["string80"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(defs["string80"]["maxLength"], MAX_VALUE_CHARS);
    assert_eq!(defs["string200"]["maxLength"], MAX_HELPER_QUESTION_CHARS);
    assert_eq!(defs["questions"]["maxItems"], MAX_HELPER_QUESTIONS);
    assert_eq!(defs["weight"]["minimum"], f64::from(MIN_WEIGHT));
    assert_eq!(defs["weight"]["maximum"], f64::from(MAX_WEIGHT));
    assert_eq!(props["theme"]["properties"]["logo"]["anyOf"][0]["maxLength"], MAX_LOGO_PATH_CHARS);
    assert_eq!(props["theme"]["properties"]["logo"]["anyOf"][1]["maxLength"], MAX_LOGO_DATA_CHARS);
    let dims: Vec<&str> = DimensionId::ALL.iter().map(|d| d.key()).collect();
    assert_eq!(keys(&props["weights"]["properties"]), sorted(&dims));
    assert_eq!(keys(&props["helper_questions"]["properties"]), sorted(&dims));
    // Customer groups: the same limits, and the example has some.
    assert!(config.groups.len() >= 2 && !config.hide_suggested_groups);
    let group = &props["groups"]["items"];
    assert_eq!(props["groups"]["maxItems"], MAX_ORG_GROUPS);
    assert_eq!(group["properties"]["name"]["$ref"], "#/$defs/text80");
    assert_eq!(defs["string80"]["maxLength"], MAX_GROUP_NAME_CHARS);
    assert_eq!(group["properties"]["description"]["$ref"], "#/$defs/text200");
    assert_eq!(defs["string200"]["maxLength"], MAX_GROUP_DESCRIPTION_CHARS);
    assert_eq!(group["required"], serde_json::json!(["name"]));
    assert_eq!(defs["dimension"]["enum"], serde_json::json!(dims));
    assert_eq!(props["suggested_groups"]["type"], "boolean");
    for (i, g) in example["groups"].as_array().into_iter().flatten().enumerate() {
        for key in keys(g) {
            assert!(group["properties"].get(&key).is_some(), "groups[{i}].{key} not in the schema");
        }
    }
    // And the guide shows the same example.
    let guide = read("docs/CONFIG.md");
    assert!(guide.contains(text.trim()), "docs/CONFIG.md should include the example file verbatim");
}

fn sorted(keys: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
    v.sort();
    v
}

#[cfg(not(target_arch = "wasm32"))]
mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use wenselijk::config::{MAX_AVOID_WORDS, MAX_FINE_WORDS, MAX_INSTEAD_CHARS, MAX_WORD_CHARS};

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(Value::from),
            (-10.0f64..10.0).prop_map(Value::from),
            "[ -~]{0,12}".prop_map(Value::String),
            "#[0-9a-fA-F]{3,6}".prop_map(Value::String),
            prop::sample::select(vec![
                "nl",
                "en",
                "logo.svg",
                "../x",
                "https://x",
                "#fff",
                "#000",
                "#767676",
                "trust",
                "vertrouwen"
            ])
            .prop_map(|s| Value::String(s.into())),
        ];
        let keys = prop::sample::select(vec![
            "version",
            "name",
            "values",
            "helper_questions",
            "weights",
            "default_language",
            "theme",
            "accent",
            "accent_ink",
            "ink",
            "background",
            "logo",
            "nl",
            "en",
            "trust",
            "time",
            "autonomy",
            "groups",
            "suggested_groups",
            "description",
            "usual",
            "message_words",
            "avoid",
            "fine",
            "word",
            "instead",
            "lenses",
            "offered",
            "on",
            "count",
            "questions",
            "b_map",
            "emotions",
            "x",
        ]);
        leaf.prop_recursive(4, 48, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::btree_map(keys.clone().prop_map(String::from), inner, 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn within_limits(c: &OrgConfig) {
        assert!(c.values.len() <= MAX_VALUES);
        let texts = c.name.iter().chain(&c.values).flat_map(|t| [&t.nl, &t.en]);
        for t in texts {
            assert!(!t.trim().is_empty() && t.chars().count() <= MAX_NAME_CHARS.max(MAX_VALUE_CHARS));
        }
        for d in DimensionId::ALL {
            let qs = c.helper_questions(d);
            assert!(qs.len() <= MAX_HELPER_QUESTIONS);
            assert!(qs.iter().all(|q| !q.nl.trim().is_empty() && q.en.chars().count() <= MAX_HELPER_QUESTION_CHARS));
            assert!((MIN_WEIGHT..=MAX_WEIGHT).contains(&c.weights.get(d)));
        }
        let t = &c.theme;
        assert!(t.accent_or_default().contrast(CARD) >= MIN_CONTRAST);
        assert!(t.ink_or_default().contrast(CARD) >= MIN_CONTRAST);
        assert!(t.accent_or_default().contrast(t.accent_ink_or_default()) >= MIN_CONTRAST);
        assert!(t.ink_or_default().contrast(t.background_or_default()) >= MIN_CONTRAST);
        if let Some(logo) = &t.logo {
            assert_eq!(check_logo(logo), Ok(()));
        }
        assert!(c.groups.len() <= MAX_ORG_GROUPS);
        for (i, g) in c.groups.iter().enumerate() {
            for t in [&g.name.nl, &g.name.en] {
                assert!(!t.trim().is_empty() && t.chars().count() <= MAX_GROUP_NAME_CHARS);
            }
            assert!(g.description.nl.chars().count() <= MAX_GROUP_DESCRIPTION_CHARS);
            assert!(g.description.en.chars().count() <= MAX_GROUP_DESCRIPTION_CHARS);
            let mut usual = g.usual.clone();
            usual.sort();
            usual.dedup();
            assert_eq!(usual.len(), g.usual.len(), "each dimension once");
            assert!(c.groups[..i].iter().all(|h| !h.name.nl.eq_ignore_ascii_case(&g.name.nl)), "names unique");
        }
        let w = &c.message_words;
        assert!(w.avoid.len() <= MAX_AVOID_WORDS && w.fine.len() <= MAX_FINE_WORDS);
        let phrases: Vec<&String> = w.avoid.iter().map(|e| &e.phrase).collect();
        let fine: Vec<&String> = w.fine.iter().collect();
        for list in [&phrases, &fine] {
            for (i, word) in list.iter().enumerate() {
                assert!(!word.is_empty() && word.chars().count() <= MAX_WORD_CHARS, "{word:?}");
                assert_eq!(word.split_whitespace().collect::<Vec<_>>().join(" "), **word, "single spaces");
                assert_eq!(wenselijk::case::to_lower(word), **word, "lower case");
                assert!(!list[..i].contains(word), "each word once: {word:?}");
            }
        }
        assert!(w.avoid.iter().all(|e| !w.fine.contains(&e.phrase)), "never both avoided and fine");
        assert!(w.avoid.iter().all(|e| e.instead.chars().count() <= MAX_INSTEAD_CHARS));
        let l = &c.lenses;
        assert_eq!(l.on.iter().filter(|x| !l.offered.has(*x)).count(), 0, "on within offered");
        assert_eq!(l.counting.iter().filter(|x| !l.offered.has(*x)).count(), 0, "count within offered");
        for x in wenselijk::config::LensId::ALL {
            let qs = l.questions(x);
            assert!(qs.len() <= wenselijk::config::MAX_EXTRA_QUESTIONS);
            assert!(qs.iter().all(|q| !q.nl.trim().is_empty() && q.en.chars().count() <= MAX_HELPER_QUESTION_CHARS));
        }
    }

    proptest! {
        #[test]
        fn any_text_parses_without_panic(s in ".{0,400}") {
            let (c, p) = parse(&s);
            within_limits(&c);
            for x in &p {
                prop_assert!(!x.describe(Lang::Nl).is_empty() && !x.describe(Lang::En).is_empty());
            }
        }

        #[test]
        fn any_json_gives_a_config_within_limits(v in json_value()) {
            let (c, p) = parse(&v.to_string());
            within_limits(&c);
            prop_assert!(p.len() <= MAX_PROBLEMS + 1);
            // A problem-free file is exactly what it says: parsing is stable.
            if p.is_empty() {
                prop_assert_eq!(parse(&v.to_string()).0, c);
            }
        }
    }
}

#[test]
fn org_value_toggles() {
    use wenselijk::config::{has_value, toggle_value};
    // (list before, value, list after, value there after)
    let cases: &[(&str, &str, &str, bool)] = &[
        ("", "Eerlijk", "Eerlijk", true),
        ("Eerlijk", "Dichtbij", "Eerlijk, Dichtbij", true),
        ("Eerlijk, Dichtbij", "eerlijk", "Dichtbij", false),
        ("Eerlijk;  Dichtbij ", "Dichtbij", "Eerlijk", false),
        ("zelf getypt,", "Open", "zelf getypt, Open", true),
        ("a\nb", "b", "a", false),
        ("Open", "Open", "", false),
    ];
    for (before, value, after, there) in cases {
        let got = toggle_value(before, value);
        assert_eq!(got, *after, "toggle {value:?} in {before:?}");
        assert_eq!(has_value(&got, value), *there, "{value:?} in {got:?}");
    }
}
