//! The JSON Schema of journey files, generated from the model so it can never drift from it.

use std::sync::LazyLock;

use serde_json::Value;

use crate::load::{JsonPath, Segment};
use crate::model::Journey;

/// Where the committed copy of the schema lives, relative to the repository root; shipped
/// journeys point their `$schema` at it.
pub const SCHEMA_FILE: &str = "schema/journey.schema.json";

static SCHEMA: LazyLock<Value> =
    LazyLock::new(|| serde_json::to_value(schemars::schema_for!(Journey)).expect("schema is JSON"));

/// The schema as a JSON value.
pub fn journey_schema() -> &'static Value {
    &SCHEMA
}

/// The schema as pretty-printed JSON text with a final newline, as `tjm schema` prints it.
pub fn journey_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(journey_schema()).expect("schema serialises");
    text.push('\n');
    text
}

/// The schema node describing the value at `path`, following `$ref`s and optional wrappers.
fn node_at(path: &JsonPath) -> Option<&'static Value> {
    let mut node = resolve(journey_schema())?;
    for segment in path.segments() {
        node = match segment {
            Segment::Key(key) => resolve(node.get("properties")?.get(key)?)?,
            Segment::Index(_) => resolve(node.get("items")?)?,
        };
    }
    Some(node)
}

/// The schema node of the whole journey.
pub(crate) fn journey_schema_root() -> Option<&'static Value> {
    resolve(journey_schema())
}

/// Follows `$ref`s and optional wrappers to the node that describes a value.
pub(crate) fn resolve_node(node: &'static Value) -> Option<&'static Value> {
    resolve(node)
}

fn resolve(node: &'static Value) -> Option<&'static Value> {
    if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
        let name = reference.rsplit('/').next()?;
        return resolve(journey_schema().get("$defs")?.get(name)?);
    }
    for combinator in ["anyOf", "oneOf", "allOf"] {
        if let Some(options) = node.get(combinator).and_then(Value::as_array) {
            if let Some(found) = options
                .iter()
                .filter(|option| option.get("type") != Some(&Value::String("null".into())))
                .find_map(resolve)
            {
                return Some(found);
            }
        }
    }
    Some(node)
}

/// The field names allowed in the object at `path`, for did-you-mean on unknown fields.
pub fn fields_at(path: &JsonPath) -> Vec<&'static str> {
    node_at(path)
        .and_then(|node| node.get("properties"))
        .and_then(Value::as_object)
        .map(|properties| properties.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// The documentation of the field at `path`, to explain a missing or wrong value.
pub fn description_at(path: &JsonPath) -> Option<&'static str> {
    let parent = node_at(&path.parent()?)?;
    let key = path.last_key()?;
    let field = parent.get("properties")?.get(key)?;
    field
        .get("description")
        .or_else(|| resolve(field)?.get("description"))
        .and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_fields_of_nested_objects() {
        let attention = JsonPath::root()
            .key("touchpoints")
            .index(0)
            .key("attention");
        let fields = fields_at(&attention);
        assert!(fields.contains(&"named_contact"), "{fields:?}");
        let touchpoint = JsonPath::root().key("touchpoints").index(4);
        assert!(fields_at(&touchpoint).contains(&"emotion"));
    }

    #[test]
    fn describes_fields_from_the_doc_comments() {
        let actor = JsonPath::root().key("touchpoints").index(0).key("actor");
        assert_eq!(
            description_at(&actor),
            Some(
                "Who serves the tenant here (an actor `id`). Write `unknown` (or `onbekend`), or leave it\nout, when nobody knows yet: an unknown actor is never counted as a handoff."
            )
        );
    }

    #[test]
    fn forbids_unknown_fields_for_editors() {
        let touchpoint = node_at(&JsonPath::root().key("touchpoints").index(0)).unwrap();
        assert_eq!(
            touchpoint.get("additionalProperties"),
            Some(&Value::Bool(false))
        );
    }
}
