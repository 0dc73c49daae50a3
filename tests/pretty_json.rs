//! `codec::to_pretty_json` writes what `serde_json::to_string_pretty` writes.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use wenselijk::codec::to_pretty_json;

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|x| json!(x)),
        "[\\[\\]{}:,\"\\\\a-z é\n\t\u{1}]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[\\[\\]{}:,\"\\\\a-z ]{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn fixed_cases() {
    for v in [json!(null), json!([]), json!({}), json!([[], {}, [[]]]), json!({"a": {"b": [1, "x,y:z", {"c": []}]}})] {
        assert_eq!(to_pretty_json(&v), serde_json::to_string_pretty(&v).unwrap());
    }
}

proptest! {
    #[test]
    fn same_as_serde_json(v in value()) {
        prop_assert_eq!(to_pretty_json(&v), serde_json::to_string_pretty(&v).unwrap());
    }
}
