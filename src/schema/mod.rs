//! The JSON Schema of journey files, generated from the model so it can never drift from it,
//! then made to work everywhere: strict validators (`strict`), the Dutch names the loader
//! accepts (`vocabulary`), descriptions in the journey's language and as Markdown (`describe`).

mod describe;
mod strict;
pub mod vocabulary;

use std::sync::LazyLock;

use serde_json::Value;

use crate::load::{JsonPath, Segment};
use crate::model::{Journey, Language};

/// Where the committed copy of the schema lives, relative to the repository root; shipped
/// journeys point their `$schema` at it.
pub const SCHEMA_FILE: &str = "schema/journey.schema.json";

static SCHEMA: LazyLock<Value> = LazyLock::new(|| build(Language::En));
static SCHEMA_NL: LazyLock<Value> = LazyLock::new(|| build(Language::Nl));

/// The schema as schemars derives it from the model, before any of the passes.
fn generated() -> Value {
    serde_json::to_value(schemars::schema_for!(Journey)).expect("schema is JSON")
}

fn build(lang: Language) -> Value {
    let mut schema = generated();
    strict::clean(&mut schema);
    describe::translate(&mut schema, lang);
    describe::add_aliases(&mut schema, &vocabulary::vocabularies(), lang);
    describe::add_markdown(&mut schema);
    schema
}

/// The schema as a JSON value, described in English (the loader reads field names and
/// descriptions from it).
pub fn journey_schema() -> &'static Value {
    journey_schema_in(Language::En)
}

/// The schema with its descriptions in `lang`.
pub fn journey_schema_in(lang: Language) -> &'static Value {
    match lang {
        Language::En => &SCHEMA,
        Language::Nl => &SCHEMA_NL,
    }
}

/// The schema as pretty-printed JSON text with a final newline, as `tjm schema` prints it.
pub fn journey_schema_text() -> String {
    journey_schema_text_in(Language::En)
}

/// The schema text with its descriptions in `lang`, as `tjm schema --lang` prints it.
pub fn journey_schema_text_in(lang: Language) -> String {
    let mut text =
        serde_json::to_string_pretty(journey_schema_in(lang)).expect("schema serialises");
    text.push('\n');
    text
}

/// The catalogue keys `lang`'s schema catalogue lacks, each with the English text to
/// translate (for the coverage test, and whoever fills them in).
pub fn missing_descriptions(lang: Language) -> Vec<(String, String)> {
    let mut english = generated();
    strict::clean(&mut english);
    describe::entries(&mut english)
        .into_iter()
        .filter(|(key, _)| describe::text(lang, key, None).is_none())
        .collect()
}

/// The keys of `lang`'s schema catalogue that no place in the schema uses any more.
pub fn unused_descriptions(lang: Language) -> Vec<String> {
    let mut english = generated();
    strict::clean(&mut english);
    let used: Vec<String> = describe::entries(&mut english)
        .into_iter()
        .map(|(key, _)| key)
        .collect();
    describe::catalogue_keys(lang)
        .into_iter()
        .filter(|key| !key.starts_with("schema-") && !used.contains(key))
        .collect()
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
    // The Markdown text is the doc comment as written, with its `code` marks.
    let text = |node: &'static Value| {
        node.get("markdownDescription")
            .or_else(|| node.get("description"))
    };
    text(field)
        .or_else(|| text(resolve(field)?))
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
        let node = node_at(&JsonPath::root().key("touchpoints").index(0)).unwrap();
        assert_eq!(
            node["properties"]["actor"]["markdownDescription"],
            "Who serves the tenant here (an actor `id`). Write `unknown` (or `onbekend`), or leave it\nout, when nobody knows yet: an unknown actor is never counted as a handoff."
        );
    }

    /// The values a definition of the schema allows, if it is an enumeration of names.
    fn enum_values(def: &Value) -> Option<Vec<String>> {
        if let Some(values) = def.get("enum").and_then(Value::as_array) {
            return Some(
                values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
            );
        }
        let options = def.get("oneOf")?.as_array()?;
        options
            .iter()
            .map(|o| o.get("const").and_then(Value::as_str).map(str::to_owned))
            .collect()
    }

    // The schema allows exactly what serde accepts, for every enumeration and in both
    // languages: the Dutch aliases included, nothing more.
    #[test]
    fn enumerations_allow_what_the_loader_accepts() {
        let vocabularies = vocabulary::vocabularies();
        for lang in [Language::En, Language::Nl] {
            let defs = journey_schema_in(lang)["$defs"].as_object().unwrap();
            for vocabulary in &vocabularies {
                let def = &defs[vocabulary.definition.as_ref()];
                let mut allowed = enum_values(def).expect("an enumeration");
                let mut accepted: Vec<String> = vocabulary
                    .names
                    .iter()
                    .map(|n| n.accepted.to_owned())
                    .collect();
                allowed.sort();
                accepted.sort();
                assert_eq!(allowed, accepted, "{} ({lang:?})", vocabulary.definition);
            }
        }
        let channel = enum_values(&journey_schema()["$defs"]["Channel"]).unwrap();
        for dutch in ["balie", "huisbezoek", "telefoon", "brief"] {
            assert!(channel.contains(&dutch.to_owned()), "{dutch}: {channel:?}");
        }
        let actor = enum_values(&journey_schema()["$defs"]["ActorKind"]).unwrap();
        assert!(actor.contains(&"aannemer".to_owned()));
        let ladder = enum_values(&journey_schema()["$defs"]["Participation"]).unwrap();
        assert!(ladder.contains(&"raadplegen".to_owned()));
    }

    // An enumeration added to the model must be listed in `vocabularies`, or its aliases would
    // be missing from the schema.
    #[test]
    fn every_enumeration_in_the_schema_is_a_vocabulary() {
        let known: Vec<String> = vocabulary::vocabularies()
            .iter()
            .map(|v| v.definition.to_string())
            .collect();
        let defs = journey_schema()["$defs"].as_object().unwrap();
        let missing: Vec<&String> = defs
            .iter()
            .filter(|(name, def)| enum_values(def).is_some() && !known.contains(name))
            .map(|(name, _)| name)
            .collect();
        assert!(
            missing.is_empty(),
            "add these enumerations to `vocabularies` in src/schema/vocabulary.rs: {missing:?}"
        );
    }

    // Every place of the schema has a Dutch description in locales/nl/schema.ftl, and the
    // catalogue holds no key the schema no longer has.
    #[test]
    fn every_schema_place_has_a_dutch_description() {
        let missing = missing_descriptions(Language::Nl);
        let lines: Vec<String> = missing
            .iter()
            .map(|(key, english)| format!("{key} = {}", english.replace('\n', " ")))
            .collect();
        assert!(
            missing.is_empty(),
            "locales/nl/schema.ftl lacks {} description(s); add these lines, in Dutch:\n{}",
            missing.len(),
            lines.join("\n")
        );
        let unused = unused_descriptions(Language::Nl);
        assert!(
            unused.is_empty(),
            "locales/nl/schema.ftl has keys the schema no longer has; remove: {unused:?}"
        );
        let nl = journey_schema_in(Language::Nl);
        assert_eq!(
            nl["$defs"]["Touchpoint"]["properties"]["channel"]["description"],
            "Via welk kanaal."
        );
        assert_eq!(
            nl["$defs"]["Channel"]["oneOf"][1]["const"], "balie",
            "the alias follows its name"
        );
        assert!(
            nl["$defs"]["Channel"]["oneOf"][1]["markdownDescription"]
                .as_str()
                .unwrap()
                .starts_with("Nederlandse naam voor `desk`: Aan de balie")
        );
    }

    // Nothing strict validators refuse: no Rust number formats, no union types.
    #[test]
    fn passes_strict_validators() {
        let text = journey_schema_text_in(Language::Nl);
        for format in ["uint8", "int8", "uint64", "double"] {
            assert!(!text.contains(&format!("\"{format}\"")), "{format}");
        }
        let mut stack = vec![journey_schema()];
        while let Some(node) = stack.pop() {
            assert!(!node.get("type").is_some_and(Value::is_array), "{node}");
            match node {
                Value::Object(map) => stack.extend(map.values()),
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
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
