//! Makes the generated schema pass strict validators (ajv `--strict=true`) and read well in
//! editors: schemars writes Rust's number formats (`uint8`, `double`, …), which no JSON Schema
//! validator knows, and `null` for every optional field, which a journey never needs and an
//! editor would offer as a completion.

use serde_json::{Map, Value};

/// Cleans every node of the schema in place.
pub(super) fn clean(node: &mut Value) {
    match node {
        Value::Object(map) => {
            drop_rust_format(map);
            drop_null_type(map);
            drop_null_option(map);
            map.values_mut().for_each(clean);
        }
        Value::Array(items) => items.iter_mut().for_each(clean),
        _ => {}
    }
}

/// The formats schemars derives from Rust's number types; the range stays as
/// `minimum`/`maximum`, which is what they mean.
fn drop_rust_format(map: &mut Map<String, Value>) {
    const RUST_FORMATS: &[&str] = &[
        "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float",
        "double",
    ];
    if map
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|format| RUST_FORMATS.contains(&format))
    {
        map.remove("format");
    }
}

/// `"type": ["string", "null"]` becomes `"type": "string"`: a union type, which strict ajv
/// refuses, for a `null` the format does not need (leaving the field out says the same).
fn drop_null_type(map: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = map.get_mut("type") else {
        return;
    };
    types.retain(|t| t != "null");
    if types.len() == 1 {
        let only = types.remove(0);
        map.insert("type".into(), only);
    }
}

/// `"anyOf": [{"$ref": …}, {"type": "null"}]` becomes the `$ref` itself, beside the field's
/// own description.
fn drop_null_option(map: &mut Map<String, Value>) {
    let Some(Value::Array(options)) = map.get("anyOf") else {
        return;
    };
    let is_null = |option: &Value| option.get("type").and_then(Value::as_str) == Some("null");
    if options.len() != 2 || !options.iter().any(is_null) {
        return;
    }
    let Some(Value::Array(options)) = map.remove("anyOf") else {
        return;
    };
    if let Some(Value::Object(other)) = options.into_iter().find(|o| !is_null(o)) {
        for (key, value) in other {
            map.entry(key).or_insert(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn drops_rust_formats_and_nulls() {
        let mut schema = json!({
            "properties": {
                "age": { "type": ["integer", "null"], "format": "uint8", "minimum": 0, "maximum": 120 },
                "channel": { "description": "How.", "anyOf": [{ "$ref": "#/$defs/Channel" }, { "type": "null" }] },
                "when": { "type": "string", "format": "date" }
            }
        });
        clean(&mut schema);
        assert_eq!(
            schema,
            json!({
                "properties": {
                    "age": { "type": "integer", "minimum": 0, "maximum": 120 },
                    "channel": { "description": "How.", "$ref": "#/$defs/Channel" },
                    "when": { "type": "string", "format": "date" }
                }
            })
        );
    }
}
