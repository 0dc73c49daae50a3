//! The organisation's own words for the message check (`message_words`):
//! every accepted form, every mistake (with its path and text), the limits,
//! the Dutch keys people may write, and the schema's limits.

use super::*;
use wenselijk::config::{MAX_AVOID_WORDS, MAX_FINE_WORDS, MAX_INSTEAD_CHARS, MAX_WORD_CHARS};
use wenselijk::message::{Entry, OrgWords};

fn words(avoid: &[(&str, &str)], fine: &[&str]) -> OrgWords {
    OrgWords {
        avoid: avoid.iter().map(|(p, i)| Entry { phrase: p.to_string(), instead: i.to_string() }).collect(),
        fine: fine.iter().map(|w| w.to_string()).collect(),
    }
}

/// `{"message_words": <inner>}`.
fn file(inner: &str) -> String {
    format!(r#"{{"message_words": {inner}}}"#)
}

#[test]
fn without_message_words_the_words_are_empty() {
    assert_eq!(clean("{}").message_words, OrgWords::default());
    assert_eq!(clean(FULL).message_words, OrgWords::default());
    assert_eq!(clean(&read("docs/wenselijk.config.example.json")).message_words, OrgWords::default());
    // An empty object or empty lists change nothing.
    assert!(clean(&file("{}")).is_default());
    assert!(clean(&file(r#"{"avoid": [], "fine": []}"#)).is_default());
    // Any word does.
    assert!(!clean(&file(r#"{"fine": ["toeslag"]}"#)).is_default());
}

/// Each form the file may use, and what the app makes of it.
#[test]
fn accepted_forms() {
    #[rustfmt::skip]
    let cases: Vec<(&str, &str, OrgWords)> = vec![
        ("a text: no alternative", r#"{"avoid": ["ZorgPlus+"]}"#,
            words(&[("zorgplus+", "")], &[])),
        ("an object with instead", r#"{"avoid": [{"word": "polis-check", "instead": "controle van je verzekering"}]}"#,
            words(&[("polis-check", "controle van je verzekering")], &[])),
        ("an object without instead", r#"{"avoid": [{"word": "Mijn Omgeving"}]}"#,
            words(&[("mijn omgeving", "")], &[])),
        ("spaces single, lower case", "{\"avoid\": [\"  Polis \\t  CHECK\\n \"]}",
            words(&[("polis check", "")], &[])),
        ("capitals beyond ASCII", r#"{"avoid": ["Één Loket", "ÖKOSTROM"]}"#,
            words(&[("één loket", ""), ("ökostrom", "")], &[])),
        ("instead keeps its capitals, spaces single", r#"{"avoid": [{"word": "DigiD-machtiging", "instead": "  toestemming   via DigiD "}]}"#,
            words(&[("digid-machtiging", "toestemming via DigiD")], &[])),
        ("fine words", r#"{"fine": ["Toeslag", "  zorg   verzekeraar "]}"#,
            words(&[], &["toeslag", "zorg verzekeraar"])),
        ("both lists, in the file's order", r#"{"fine": ["b", "a"], "avoid": ["z", {"word": "y", "instead": "x"}, "w"]}"#,
            words(&[("z", ""), ("y", "x"), ("w", "")], &["b", "a"])),
        ("a phrase inside another is no conflict", r#"{"avoid": ["polis"], "fine": ["polis check"]}"#,
            words(&[("polis", "")], &["polis check"])),
        ("the same word in each list's alternative", r#"{"avoid": [{"word": "a", "instead": "c"}, {"word": "b", "instead": "c"}]}"#,
            words(&[("a", "c"), ("b", "c")], &[])),
    ];
    for (label, inner, want) in cases {
        let json = file(inner);
        assert_eq!(clean(&json).message_words, want, "{label}: {json}");
    }
}

/// (label, the `message_words` value, problems, words kept)
type WordCase<'a> = (&'a str, &'a str, Vec<ConfigProblem>, OrgWords);

/// Each mistake: the problems named (with their paths), and the words kept.
#[test]
fn word_problems() {
    use ConfigProblem::*;
    let wrong = |p: &str, expected, found, fallback| WrongType { path: path(p), expected, found, fallback };
    let long = "w".repeat(MAX_WORD_CHARS + 1);
    let long_avoid = format!(r#"{{"avoid": ["{long}", "b"]}}"#);
    let long_fine = format!(r#"{{"fine": ["{long}"]}}"#);
    let long_instead = format!(r#"{{"avoid": [{{"word": "a", "instead": "{}"}}]}}"#, "i".repeat(MAX_INSTEAD_CHARS + 1));
    let long_word_in_object = format!(r#"{{"avoid": [{{"word": "{long}", "instead": "x"}}]}}"#);
    #[rustfmt::skip]
    let cases: Vec<WordCase> = vec![
        // Wrong types
        ("message_words a list", r#"["jargon"]"#,
            vec![wrong("message_words", Expected::Object, JsonKind::List, Fallback::LeftOut)], words(&[], &[])),
        ("message_words a text", r#""jargon""#,
            vec![wrong("message_words", Expected::Object, JsonKind::Text, Fallback::LeftOut)], words(&[], &[])),
        ("avoid an object", r#"{"avoid": {"word": "a"}, "fine": ["b"]}"#,
            vec![wrong("message_words.avoid", Expected::List, JsonKind::Object, Fallback::LeftOut)], words(&[], &["b"])),
        ("fine a text", r#"{"avoid": ["a"], "fine": "b"}"#,
            vec![wrong("message_words.fine", Expected::List, JsonKind::Text, Fallback::LeftOut)], words(&[("a", "")], &[])),
        ("a word to avoid a number", r#"{"avoid": [3, "b"]}"#,
            vec![wrong("message_words.avoid[0]", Expected::Word, JsonKind::Number, Fallback::WordLeftOut)], words(&[("b", "")], &[])),
        ("a word to avoid a list", r#"{"avoid": [["a", "b"]]}"#,
            vec![wrong("message_words.avoid[0]", Expected::Word, JsonKind::List, Fallback::WordLeftOut)], words(&[], &[])),
        ("a word to avoid null", r#"{"avoid": [null]}"#,
            vec![wrong("message_words.avoid[0]", Expected::Word, JsonKind::Null, Fallback::WordLeftOut)], words(&[], &[])),
        ("a fine word an object", r#"{"fine": [{"word": "a"}, "b"]}"#,
            vec![wrong("message_words.fine[0]", Expected::Text, JsonKind::Object, Fallback::WordLeftOut)], words(&[], &["b"])),
        ("word a number", r#"{"avoid": [{"word": 5, "instead": "x"}]}"#,
            vec![wrong("message_words.avoid[0].word", Expected::Text, JsonKind::Number, Fallback::WordLeftOut)], words(&[], &[])),
        ("word in two languages", r#"{"avoid": [{"word": {"nl": "a", "en": "b"}}]}"#,
            vec![wrong("message_words.avoid[0].word", Expected::Text, JsonKind::Object, Fallback::WordLeftOut)], words(&[], &[])),
        ("instead in two languages: the word stays", r#"{"avoid": [{"word": "a", "instead": {"nl": "b", "en": "c"}}]}"#,
            vec![wrong("message_words.avoid[0].instead", Expected::Text, JsonKind::Object, Fallback::NoAlternative)], words(&[("a", "")], &[])),
        ("instead a list: the word stays", r#"{"avoid": [{"word": "a", "instead": ["b"]}]}"#,
            vec![wrong("message_words.avoid[0].instead", Expected::Text, JsonKind::List, Fallback::NoAlternative)], words(&[("a", "")], &[])),
        // Empty, missing, too long
        ("an empty word to avoid", r#"{"avoid": ["  ", "b"]}"#,
            vec![Empty { path: path("message_words.avoid[0]"), fallback: Fallback::WordLeftOut }], words(&[("b", "")], &[])),
        ("an empty fine word", r#"{"fine": ["", "b"]}"#,
            vec![Empty { path: path("message_words.fine[0]"), fallback: Fallback::WordLeftOut }], words(&[], &["b"])),
        ("only white space", "{\"fine\": [\"\\t\\n\"]}",
            vec![Empty { path: path("message_words.fine[0]"), fallback: Fallback::WordLeftOut }], words(&[], &[])),
        ("an empty word in an object", r#"{"avoid": [{"word": "", "instead": "x"}]}"#,
            vec![Empty { path: path("message_words.avoid[0].word"), fallback: Fallback::WordLeftOut }], words(&[], &[])),
        ("no word", r#"{"avoid": [{"instead": "x"}, "b"]}"#,
            vec![Missing { path: path("message_words.avoid[0].word"), fallback: Fallback::WordLeftOut }], words(&[("b", "")], &[])),
        ("an empty instead: the word stays", r#"{"avoid": [{"word": "a", "instead": " "}]}"#,
            vec![Empty { path: path("message_words.avoid[0].instead"), fallback: Fallback::NoAlternative }], words(&[("a", "")], &[])),
        ("a word to avoid too long", &long_avoid,
            vec![TooLong { path: path("message_words.avoid[0]"), chars: MAX_WORD_CHARS + 1, max: MAX_WORD_CHARS, fallback: Fallback::WordLeftOut }],
            words(&[("b", "")], &[])),
        ("a fine word too long", &long_fine,
            vec![TooLong { path: path("message_words.fine[0]"), chars: MAX_WORD_CHARS + 1, max: MAX_WORD_CHARS, fallback: Fallback::WordLeftOut }],
            words(&[], &[])),
        ("a word in an object too long", &long_word_in_object,
            vec![TooLong { path: path("message_words.avoid[0].word"), chars: MAX_WORD_CHARS + 1, max: MAX_WORD_CHARS, fallback: Fallback::WordLeftOut }],
            words(&[], &[])),
        ("instead too long: the word stays", &long_instead,
            vec![TooLong { path: path("message_words.avoid[0].instead"), chars: MAX_INSTEAD_CHARS + 1, max: MAX_INSTEAD_CHARS, fallback: Fallback::NoAlternative }],
            words(&[("a", "")], &[])),
        // Keys
        ("a Dutch key in an entry", r#"{"avoid": [{"woord": "a"}]}"#,
            vec![UnknownKey { path: path("message_words.avoid[0].woord"), suggestion: Some("word") },
                 Missing { path: path("message_words.avoid[0].word"), fallback: Fallback::WordLeftOut }], words(&[], &[])),
        ("a Dutch instead: the word stays", r#"{"avoid": [{"word": "a", "gebruik": "b"}]}"#,
            vec![UnknownKey { path: path("message_words.avoid[0].gebruik"), suggestion: Some("instead") }], words(&[("a", "")], &[])),
        ("a typo in instead", r#"{"avoid": [{"word": "a", "insted": "b"}]}"#,
            vec![UnknownKey { path: path("message_words.avoid[0].insted"), suggestion: Some("instead") }], words(&[("a", "")], &[])),
        ("a Dutch list name", r#"{"vermijden": ["a"], "fine": ["b"]}"#,
            vec![UnknownKey { path: path("message_words.vermijden"), suggestion: Some("avoid") }], words(&[], &["b"])),
        // Duplicates and conflicts
        ("the same word twice, other case", r#"{"avoid": ["Polis-check", "b", "POLIS-CHECK"]}"#,
            vec![DuplicateWord { path: path("message_words.avoid[2]"), first: path("message_words.avoid[0]") }],
            words(&[("polis-check", ""), ("b", "")], &[])),
        ("the same word as text and object, other spaces", r#"{"avoid": ["mijn  omgeving", {"word": " Mijn Omgeving", "instead": "je account"}]}"#,
            vec![DuplicateWord { path: path("message_words.avoid[1]"), first: path("message_words.avoid[0]") }],
            words(&[("mijn omgeving", "")], &[])),
        ("the first alternative is kept", r#"{"avoid": [{"word": "a", "instead": "b"}, {"word": "A", "instead": "c"}]}"#,
            vec![DuplicateWord { path: path("message_words.avoid[1]"), first: path("message_words.avoid[0]") }],
            words(&[("a", "b")], &[])),
        ("a fine word twice", r#"{"fine": ["toeslag", "x", "Toeslag"]}"#,
            vec![DuplicateWord { path: path("message_words.fine[2]"), first: path("message_words.fine[0]") }],
            words(&[], &["toeslag", "x"])),
        ("a duplicate after a dropped one keeps the file's positions", r#"{"avoid": [7, "a", "A"]}"#,
            vec![wrong("message_words.avoid[0]", Expected::Word, JsonKind::Number, Fallback::WordLeftOut),
                 DuplicateWord { path: path("message_words.avoid[2]"), first: path("message_words.avoid[1]") }],
            words(&[("a", "")], &[])),
        ("avoided and fine: fine wins", r#"{"avoid": ["Toeslag", "b"], "fine": ["c", "toeslag"]}"#,
            vec![AvoidedAndFine { path: path("message_words.avoid[0]"), fine: path("message_words.fine[1]") }],
            words(&[("b", "")], &["c", "toeslag"])),
        ("avoided with an alternative and fine", r#"{"avoid": [{"word": "Zorg  Plus", "instead": "x"}], "fine": ["zorg plus"]}"#,
            vec![AvoidedAndFine { path: path("message_words.avoid[0]"), fine: path("message_words.fine[0]") }],
            words(&[], &["zorg plus"])),
        ("each list's mistakes, then the conflicts", r#"{"fine": ["a", "A"], "avoid": ["a", "a"]}"#,
            vec![DuplicateWord { path: path("message_words.avoid[1]"), first: path("message_words.avoid[0]") },
                 DuplicateWord { path: path("message_words.fine[1]"), first: path("message_words.fine[0]") },
                 AvoidedAndFine { path: path("message_words.avoid[0]"), fine: path("message_words.fine[0]") }],
            words(&[], &["a"])),
    ];
    for (label, inner, want, kept) in cases {
        let json = file(inner);
        let (config, got) = parse(&json);
        assert_eq!(got, want, "{label}: {json}");
        assert_eq!(config.message_words, kept, "{label}");
        for p in &got {
            for lang in Lang::ALL {
                let text = p.describe(lang);
                assert!(p.path().is_some_and(|path| text.contains(path)), "{label}: {text}");
            }
        }
    }
    // A mistake in the words leaves the other settings as they are.
    let (config, got) = parse(r#"{"name": "A", "message_words": {"avoid": [""]}, "suggested_groups": false}"#);
    assert_eq!(got.len(), 1);
    assert_eq!(config.name(Lang::Nl), Some("A"));
    assert!(config.hide_suggested_groups);
}

#[test]
fn word_limits() {
    use ConfigProblem::*;
    let list = |prefix: &str, n: usize| (0..n).map(|i| format!("\"{prefix}{i}\"")).collect::<Vec<_>>().join(",");
    // As many as allowed: all kept.
    let full =
        file(&format!(r#"{{"avoid": [{}], "fine": [{}]}}"#, list("a", MAX_AVOID_WORDS), list("f", MAX_FINE_WORDS)));
    let w = clean(&full).message_words;
    assert_eq!((w.avoid.len(), w.fine.len()), (MAX_AVOID_WORDS, MAX_FINE_WORDS));
    // One more: the first ones are kept.
    let over = file(&format!(
        r#"{{"avoid": [{}], "fine": [{}]}}"#,
        list("a", MAX_AVOID_WORDS + 1),
        list("f", MAX_FINE_WORDS + 1)
    ));
    let (config, got) = parse(&over);
    assert_eq!(
        got,
        vec![
            TooMany { path: path("message_words.avoid"), found: MAX_AVOID_WORDS + 1, max: MAX_AVOID_WORDS },
            TooMany { path: path("message_words.fine"), found: MAX_FINE_WORDS + 1, max: MAX_FINE_WORDS },
        ]
    );
    let w = config.message_words;
    assert_eq!((w.avoid.len(), w.fine.len()), (MAX_AVOID_WORDS, MAX_FINE_WORDS));
    assert_eq!(w.avoid.last().map(|e| e.phrase.as_str()), Some(format!("a{}", MAX_AVOID_WORDS - 1).as_str()));
    assert_eq!(w.fine.last(), Some(&format!("f{}", MAX_FINE_WORDS - 1)));

    // Characters, not bytes; counted after the spaces are made single.
    let at_max = "É".repeat(MAX_WORD_CHARS);
    let spaced = format!("{}     {}", "a".repeat(MAX_WORD_CHARS / 2 - 1), "b".repeat(MAX_WORD_CHARS / 2));
    let instead = "ü".repeat(MAX_INSTEAD_CHARS);
    let json = file(&format!(r#"{{"avoid": [{{"word": "{at_max}", "instead": "{instead}"}}, "{spaced}"]}}"#));
    let w = clean(&json).message_words;
    assert_eq!(w.avoid[0], Entry { phrase: "é".repeat(MAX_WORD_CHARS), instead });
    assert_eq!(w.avoid[1].phrase.chars().count(), MAX_WORD_CHARS);
    let json = file(&format!(r#"{{"fine": ["{at_max}É"]}}"#));
    assert_eq!(
        problems(&json),
        vec![TooLong {
            path: path("message_words.fine[0]"),
            chars: MAX_WORD_CHARS + 1,
            max: MAX_WORD_CHARS,
            fallback: Fallback::WordLeftOut
        }]
    );
    assert_eq!((MAX_AVOID_WORDS, MAX_FINE_WORDS, MAX_WORD_CHARS, MAX_INSTEAD_CHARS), (200, 200, 60, 120));
}

/// Keys people may write instead, in Dutch or by mistake: each named, with
/// the key the app knows.
#[test]
fn dutch_and_mistaken_keys_are_suggested() {
    let cases: &[(&str, &str, &str)] = &[
        (r#"{"berichtwoorden": {}}"#, "berichtwoorden", "message_words"),
        (r#"{"woorden": {}}"#, "woorden", "message_words"),
        (r#"{"words": {}}"#, "words", "message_words"),
        (r#"{"jargon": {}}"#, "jargon", "message_words"),
        (r#"{"message-words": {}}"#, "message-words", "message_words"),
        (r#"{"message_word": {}}"#, "message_word", "message_words"),
        (r#"{"message_words": {"vermijden": []}}"#, "message_words.vermijden", "avoid"),
        (r#"{"message_words": {"jargon": []}}"#, "message_words.jargon", "avoid"),
        (r#"{"message_words": {"avoided": []}}"#, "message_words.avoided", "avoid"),
        (r#"{"message_words": {"goed": []}}"#, "message_words.goed", "fine"),
        (r#"{"message_words": {"toegestaan": []}}"#, "message_words.toegestaan", "fine"),
        (r#"{"message_words": {"allowed": []}}"#, "message_words.allowed", "fine"),
        (r#"{"message_words": {"avoid": [{"word": "a", "woord": "b"}]}}"#, "message_words.avoid[0].woord", "word"),
        (r#"{"message_words": {"avoid": [{"word": "a", "phrase": "b"}]}}"#, "message_words.avoid[0].phrase", "word"),
        (
            r#"{"message_words": {"avoid": [{"word": "a", "in_plaats_van": "b"}]}}"#,
            "message_words.avoid[0].in_plaats_van",
            "instead",
        ),
        (
            r#"{"message_words": {"avoid": [{"word": "a", "in plaats van": "b"}]}}"#,
            "message_words.avoid[0].in plaats van",
            "instead",
        ),
        (
            r#"{"message_words": {"avoid": [{"word": "a", "gebruik": "b"}]}}"#,
            "message_words.avoid[0].gebruik",
            "instead",
        ),
        (
            r#"{"message_words": {"avoid": [{"word": "a", "alternative": "b"}]}}"#,
            "message_words.avoid[0].alternative",
            "instead",
        ),
    ];
    for (json, at, suggested) in cases {
        let got = problems(json);
        assert!(
            got.contains(&ConfigProblem::UnknownKey { path: path(at), suggestion: Some(suggested) }),
            "{json}: {got:?}"
        );
    }
}

#[test]
fn word_problems_are_described() {
    let cases: &[(ConfigProblem, &str, &str)] = &[
        (
            ConfigProblem::DuplicateWord { path: "message_words.avoid[2]".into(), first: "message_words.avoid[0]".into() },
            "‘message_words.avoid[2]’ is hetzelfde woord als ‘message_words.avoid[0]’. De app laat dit woord weg.",
            "‘message_words.avoid[2]’ is the same word as ‘message_words.avoid[0]’. The app leaves this word out.",
        ),
        (
            ConfigProblem::AvoidedAndFine { path: "message_words.avoid[0]".into(), fine: "message_words.fine[1]".into() },
            "‘message_words.avoid[0]’ staat ook bij de goede woorden, in ‘message_words.fine[1]’. Dan telt het als goed: de app markeert dit woord niet.",
            "‘message_words.avoid[0]’ is also one of the fine words, in ‘message_words.fine[1]’. Then it counts as fine: the app does not mark this word.",
        ),
        (
            ConfigProblem::WrongType {
                path: "message_words.avoid[3]".into(),
                expected: Expected::Word,
                found: JsonKind::Number,
                fallback: Fallback::WordLeftOut,
            },
            "‘message_words.avoid[3]’ moet een tekst, of een object met ‘word’ (en als je wilt ‘instead’) zijn, maar is een getal. De app laat dit woord weg.",
            "‘message_words.avoid[3]’ must be a text, or an object with ‘word’ (and, if you like, ‘instead’), but is a number. The app leaves this word out.",
        ),
        (
            ConfigProblem::TooLong {
                path: "message_words.avoid[0].instead".into(),
                chars: 130,
                max: MAX_INSTEAD_CHARS,
                fallback: Fallback::NoAlternative,
            },
            "‘message_words.avoid[0].instead’ is te lang: 130 tekens. Het mogen er hoogstens 120 zijn. De app houdt het woord, maar noemt geen ander woord.",
            "‘message_words.avoid[0].instead’ is too long: 130 characters. At most 120 are allowed. The app keeps the word, but suggests no other word.",
        ),
    ];
    for (p, nl, en) in cases {
        assert_eq!(p.describe(Lang::Nl), *nl);
        assert_eq!(p.describe(Lang::En), *en);
    }
}

#[test]
fn the_schema_has_the_same_words_and_limits() {
    let schema: serde_json::Value = serde_json::from_str(&read("docs/config.schema.json")).unwrap();
    let words = &schema["properties"]["message_words"];
    let defs = &schema["$defs"];
    assert_eq!(words["type"], "object");
    assert_eq!(words["additionalProperties"], false);
    assert_eq!(words["properties"]["avoid"]["maxItems"], MAX_AVOID_WORDS);
    assert_eq!(words["properties"]["fine"]["maxItems"], MAX_FINE_WORDS);
    assert_eq!(words["properties"]["fine"]["items"]["$ref"], "#/$defs/word");
    let forms = &words["properties"]["avoid"]["items"]["oneOf"];
    assert_eq!(forms[0]["$ref"], "#/$defs/word");
    assert_eq!(forms[1]["required"], serde_json::json!(["word"]));
    assert_eq!(forms[1]["additionalProperties"], false);
    assert_eq!(forms[1]["properties"]["word"]["$ref"], "#/$defs/word");
    assert_eq!(forms[1]["properties"]["instead"]["$ref"], "#/$defs/instead");
    assert_eq!(defs["word"]["maxLength"], MAX_WORD_CHARS);
    assert_eq!(defs["instead"]["maxLength"], MAX_INSTEAD_CHARS);
    // The guide's example parses as the section says.
    let guide = read("docs/CONFIG.md");
    let start = guide.find("```json\n\"message_words\"").expect("the guide has a message_words example");
    let example = &guide[start + "```json\n".len()..];
    let example = &example[..example.find("```").unwrap()];
    let w = clean(&format!("{{{example}}}")).message_words;
    assert!(!w.avoid.is_empty() && !w.fine.is_empty());
    assert!(w.avoid.iter().any(|e| e.instead.is_empty()) && w.avoid.iter().any(|e| !e.instead.is_empty()));
}
