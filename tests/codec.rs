//! The storage format: round trips, and bad input that must be refused
//! with a clear reason instead of a panic or a half-read session.

use wenselijk::codec::{decode, encode, DecodeError, FORMAT, MAX_BYTES, VERSION};
use wenselijk::domain::*;
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;
use wenselijk::state::View;

#[test]
fn round_trip_every_example_in_both_languages() {
    for id in ExampleId::ALL {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            let text = encode(Some(lang), View::Assess, &a);
            let back = decode(&text).expect("decodes");
            assert_eq!(back.assessment, a, "{id:?} {lang:?}");
            assert_eq!(back.lang, Some(lang));
            assert_eq!(back.view, View::Assess);
        }
    }
}

#[test]
fn round_trip_hostile_text() {
    let mut a = Assessment::default();
    a.idea.title = "<script>alert(1)</script> \"quotes\" \\ \u{0} \u{202e} 🙂".into();
    a.dimension_mut(DimensionId::Time).note = "line\nbreak\ttab".into();
    a.dimension_mut(DimensionId::Time).answer = Some(Answer::Unknown);
    let back = decode(&encode(None, View::Start, &a)).unwrap();
    assert_eq!(back.assessment, a);
    assert_eq!(back.lang, None);
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    let ok_head = format!(r#""format":"{FORMAT}","version":{VERSION}"#);
    type Check = fn(&DecodeError) -> bool;
    let cases: Vec<(String, Check)> = vec![
        ("".into(), |e| matches!(e, DecodeError::Malformed(_))),
        ("{not json".into(), |e| matches!(e, DecodeError::Malformed(_))),
        ("[1,2,3]".into(), |e| matches!(e, DecodeError::Malformed(_))),
        ("null".into(), |e| matches!(e, DecodeError::Malformed(_))),
        (r#"{"hello":"world"}"#.into(), |e| *e == DecodeError::NotOurs),
        (format!(r#"{{"format":"{FORMAT}"}}"#), |e| *e == DecodeError::NotOurs),
        (format!(r#"{{"format":"{FORMAT}","version":99}}"#), |e| *e == DecodeError::FutureVersion(99)),
        (
            format!(r#"{{{ok_head},"assessment":{{"dimensions":{{"time":{{"answer":{{"level":7}}}}}}}}}}"#),
            |e| matches!(e, DecodeError::Malformed(m) if m.contains("outside 1 to 5")),
        ),
        (format!(r#"{{{ok_head},"assessment":{{"dimensions":{{"nonsense":{{}}}}}}}}"#), |e| {
            matches!(e, DecodeError::Malformed(_))
        }),
        (format!(r#"{{{ok_head},"assessment":{{"idea":{{"title":42}}}}}}"#), |e| {
            matches!(e, DecodeError::Malformed(_))
        }),
        (format!(r#"{{{ok_head},"lang":"fr"}}"#), |e| matches!(e, DecodeError::Malformed(_))),
        ("[".repeat(10_000), |e| matches!(e, DecodeError::Malformed(_))),
        (format!(r#"{{{ok_head},"x":"{}"}}"#, "a".repeat(MAX_BYTES)), |e| matches!(e, DecodeError::TooLarge { .. })),
    ];
    for (input, check) in cases {
        let shown: String = input.chars().take(80).collect();
        match decode(&input) {
            Ok(_) => panic!("accepted bad input: {shown}"),
            Err(e) => assert!(check(&e), "wrong error for {shown}: {e:?}"),
        }
    }
}

#[test]
fn older_and_minimal_documents_still_load() {
    // A minimal version-1 document: everything else takes its default.
    let doc = format!(r#"{{"format":"{FORMAT}","version":1}}"#);
    let saved = decode(&doc).unwrap();
    assert_eq!(saved.assessment, Assessment::default());
    assert_eq!(saved.view, View::Start);
    // Unknown extra fields are ignored, so a later minor addition does not break reading.
    let doc = format!(r#"{{"format":"{FORMAT}","version":1,"future_field":[1,2]}}"#);
    assert!(decode(&doc).is_ok());
}
