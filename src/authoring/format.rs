//! The canonical layout of a journey file, as `tjm fmt` writes it.
//!
//! - Keys in the order of the model's fields (the order the JSON Schema lists them, which is
//!   the struct order); keys the model does not know keep their order after the known ones.
//! - Two spaces of indentation, one key or element per line, `{}` and `[]` when empty, a final
//!   newline, `\n` line endings.
//! - Touchpoints sorted by the order of their stage, stably (touchpoints within one stage keep
//!   their order). When the journey has no `start`, its first touchpoint *is* the start, so that
//!   touchpoint stays first and only the others move; with a `start` all of them are sorted.
//!   Stages, actors, transitions, evidence and personas keep the order they have.
//!
//! Formatting is lossless: it works on the source text, not on parsed values, so every string,
//! number and key is re-emitted exactly as written (`80.0` stays `80.0`, `"caf\u00e9"` keeps its
//! escape, non-ASCII text is untouched), and duplicate keys keep their relative order (so the
//! last still wins).

use std::collections::HashMap;
use std::path::Path;

use jsonc_parser::ast::{Array, Object, ObjectProp, ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};

use crate::i18n::{self, Args, Locale};
use crate::load::JsonPath;
use crate::schema;

/// Why a text could not be formatted: it is not strict JSON. `tjm fmt` loads (and so checks)
/// every file first, so users see the loader's diagnostics instead of this. The facts only;
/// [`FormatError::describe`] words them (`Display` stays for `?` in developer paths).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The JSON parser rejected the text.
    #[error("{file}: not valid JSON: {detail}")]
    Syntax {
        /// The file, as named.
        file: String,
        /// The parser's own (English) message.
        detail: String,
    },
    /// The text holds no JSON value at all (only spaces, or nothing).
    #[error("{file}: no JSON value")]
    NoValue {
        /// The file, as named.
        file: String,
    },
}

impl FormatError {
    /// The error in the run's language.
    pub fn describe(&self, locale: Locale) -> String {
        match self {
            FormatError::Syntax { file, detail } => i18n::message(
                locale,
                "input-format-syntax",
                &Args::new()
                    .text("file", file.as_str())
                    .text("detail", detail.as_str()),
            ),
            FormatError::NoValue { file } => i18n::message(
                locale,
                "input-format-no-value",
                &Args::new().text("file", file.as_str()),
            ),
        }
    }
}

/// Returns `text` in the canonical layout. `path` only names the file in errors.
pub fn format_text(path: &Path, text: &str) -> Result<String, FormatError> {
    let strict = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let file = || path.display().to_string();
    let parsed =
        jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &strict).map_err(|e| {
            FormatError::Syntax {
                file: file(),
                detail: e.to_string(),
            }
        })?;
    let value = parsed
        .value
        .ok_or_else(|| FormatError::NoValue { file: file() })?;
    let mut writer = Writer {
        text,
        out: String::with_capacity(text.len()),
    };
    writer.value(&value, &JsonPath::root(), 0);
    writer.out.push('\n');
    Ok(writer.out)
}

struct Writer<'t> {
    text: &'t str,
    out: String,
}

impl Writer<'_> {
    fn raw(&mut self, range: jsonc_parser::common::Range) {
        self.out.push_str(&self.text[range.start..range.end]);
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn value(&mut self, value: &Value<'_>, path: &JsonPath, depth: usize) {
        match value {
            Value::Object(object) => self.object(object, path, depth),
            Value::Array(array) => {
                self.array(array, (0..array.elements.len()).collect(), path, depth);
            }
            other => self.raw(other.range()),
        }
    }

    fn object(&mut self, object: &Object<'_>, path: &JsonPath, depth: usize) {
        if object.properties.is_empty() {
            self.out.push_str("{}");
            return;
        }
        let fields = schema::fields_at(path);
        let rank = |prop: &ObjectProp<'_>| {
            let name = prop_name(&prop.name);
            fields
                .iter()
                .position(|field| *field == name)
                .unwrap_or(fields.len())
        };
        let mut props: Vec<&ObjectProp<'_>> = object.properties.iter().collect();
        props.sort_by_key(|prop| rank(prop));
        let touchpoint_order = path.is_root().then(|| touchpoint_order(object));
        self.out.push_str("{\n");
        for (i, prop) in props.iter().enumerate() {
            self.indent(depth + 1);
            self.raw(prop.name.range());
            self.out.push_str(": ");
            let child = path.key(prop_name(&prop.name));
            match (&prop.value, &touchpoint_order) {
                (Value::Array(array), Some(order)) if is_touchpoints(&child) => {
                    self.array(array, order(array), &child, depth + 1)
                }
                (value, _) => self.value(value, &child, depth + 1),
            }
            if i + 1 < props.len() {
                self.out.push(',');
            }
            self.out.push('\n');
        }
        self.indent(depth);
        self.out.push('}');
    }

    fn array(&mut self, array: &Array<'_>, order: Vec<usize>, path: &JsonPath, depth: usize) {
        if array.elements.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.out.push_str("[\n");
        for (n, &i) in order.iter().enumerate() {
            self.indent(depth + 1);
            self.value(&array.elements[i], &path.index(i), depth + 1);
            if n + 1 < order.len() {
                self.out.push(',');
            }
            self.out.push('\n');
        }
        self.indent(depth);
        self.out.push(']');
    }
}

fn is_touchpoints(path: &JsonPath) -> bool {
    path.parent().is_some_and(|p| p.is_root()) && path.last_key() == Some("touchpoints")
}

fn prop_name<'a>(name: &'a ObjectPropName<'_>) -> &'a str {
    match name {
        ObjectPropName::String(lit) => &lit.value,
        ObjectPropName::Word(word) => word.value,
    }
}

/// The last value of a key in an object (the one a JSON reader keeps).
fn get<'a, 'b>(object: &'b Object<'a>, key: &str) -> Option<&'b Value<'a>> {
    object
        .properties
        .iter()
        .rev()
        .find(|prop| prop_name(&prop.name) == key)
        .map(|prop| &prop.value)
}

fn string_of<'a>(value: Option<&'a Value<'_>>) -> Option<&'a str> {
    match value {
        Some(Value::StringLit(lit)) => Some(&lit.value),
        _ => None,
    }
}

/// The order to write the touchpoints of the journey `root` in: by stage order, stably, with
/// the first touchpoint pinned when it is the implicit start.
fn touchpoint_order<'r>(root: &'r Object<'_>) -> impl Fn(&Array<'_>) -> Vec<usize> + 'r {
    let mut stage_rank: HashMap<String, usize> = HashMap::new();
    if let Some(Value::Array(stages)) = get(root, "stages") {
        for (i, stage) in stages.elements.iter().enumerate() {
            if let Value::Object(stage) = stage
                && let Some(id) = string_of(get(stage, "id"))
            {
                stage_rank.entry(id.to_owned()).or_insert(i);
            }
        }
    }
    let pin_first = get(root, "start").is_none();
    move |touchpoints: &Array<'_>| {
        let rank = |value: &Value<'_>| match value {
            Value::Object(touchpoint) => string_of(get(touchpoint, "stage"))
                .and_then(|stage| stage_rank.get(stage).copied())
                .unwrap_or(usize::MAX),
            _ => usize::MAX,
        };
        let n = touchpoints.elements.len();
        let first = usize::from(pin_first && n > 0);
        let mut order: Vec<usize> = (0..n).collect();
        order[first..].sort_by_key(|&i| rank(&touchpoints.elements[i]));
        order
    }
}

/// The same reordering on a loaded model, so tests can say what a formatted file must load as.
pub fn canonical_touchpoint_order(journey: &mut crate::model::Journey) {
    let ids = crate::model::IdIndex::new(journey);
    let ranks: Vec<usize> = journey
        .touchpoints
        .iter()
        .map(|t| ids.stage(&t.stage).unwrap_or(usize::MAX))
        .collect();
    let first = usize::from(journey.start.is_none() && !journey.touchpoints.is_empty());
    let mut order: Vec<usize> = (first..journey.touchpoints.len()).collect();
    order.sort_by_key(|&i| ranks[i]);
    let mut old: Vec<Option<crate::model::Touchpoint>> = std::mem::take(&mut journey.touchpoints)
        .into_iter()
        .map(Some)
        .collect();
    let mut sorted = Vec::with_capacity(old.len());
    if first == 1 {
        sorted.push(old[0].take().expect("first touchpoint"));
    }
    for i in order {
        sorted.push(old[i].take().expect("each touchpoint once"));
    }
    journey.touchpoints = sorted;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attention, Evidence, Journey, Touchpoint, Transition};

    fn fmt(text: &str) -> String {
        format_text(Path::new("t.json"), text).expect("formats")
    }

    #[test]
    fn an_empty_or_broken_text_is_a_typed_error_worded_per_locale() {
        let empty = format_text(Path::new("t.json"), "  \n").unwrap_err();
        assert_eq!(
            empty,
            FormatError::NoValue {
                file: "t.json".into()
            }
        );
        assert_eq!(
            empty.describe(Locale::Nl),
            "t.json: het bestand bevat geen waarde; een klantreisbestand bevat één JSON-object"
        );
        let broken = format_text(Path::new("t.json"), "{\"a\": }").unwrap_err();
        assert!(matches!(broken, FormatError::Syntax { .. }), "{broken:?}");
        assert!(
            broken
                .describe(Locale::Nl)
                .starts_with("t.json: geen geldige JSON: "),
            "{}",
            broken.describe(Locale::Nl)
        );
    }

    const SMALL: &str = r#"{"title": "T", "id": "j", "stages": [{"title": "B", "id": "b"}, {"id": "a", "title": "A"}],
 "actors": [{"kind": "department", "name": "K", "id": "k"}],
 "touchpoints": [
   {"stage": "a", "id": "t1", "title": "first", "actor": "k"},
   {"stage": "a", "id": "t2", "title": "caf\u00e9 — é", "actor": "k", "emotion": {"note": "x", "score": -2}},
   {"stage": "b", "id": "t3", "title": "third", "actor": "k", "attention": {}}
 ],
 "transitions": [{"to": "t2", "from": "t1", "share": 80.0}, {"from": "t2", "to": "t3", "share": 1e2}]}"#;

    // Keys follow the model's field order and the layout is two-space, one item per line.
    #[test]
    fn orders_keys_and_indents() {
        let out = fmt(SMALL);
        assert!(out.starts_with("{\n  \"id\": \"j\",\n  \"title\": \"T\",\n  \"stages\": [\n    {\n      \"id\": \"b\",\n      \"title\": \"B\"\n    },"), "{out}");
        assert!(
            out.contains(
                "\"emotion\": {\n        \"score\": -2,\n        \"note\": \"x\"\n      }"
            ),
            "{out}"
        );
        assert!(out.contains("\"attention\": {}"), "{out}");
        assert!(out.ends_with("}\n") && !out.ends_with("}\n\n"));
    }

    // Numbers, escapes and non-ASCII text are written exactly as they were.
    #[test]
    fn keeps_literals_verbatim() {
        let out = fmt(SMALL);
        assert!(out.contains("\"share\": 80.0"), "{out}");
        assert!(out.contains("\"share\": 1e2"), "{out}");
        assert!(out.contains(r#""caf\u00e9 — é""#), "{out}");
    }

    // Without `start`, the first touchpoint stays first; the rest follow stage order stably.
    #[test]
    fn sorts_touchpoints_by_stage_keeping_the_implicit_start() {
        let out = fmt(SMALL);
        let pos = |id: &str| out.find(&format!("\"id\": \"{id}\"")).unwrap();
        assert!(pos("t1") < pos("t3") && pos("t3") < pos("t2"), "{out}");
        let with_start = SMALL.replacen("\"id\": \"j\",", "\"id\": \"j\", \"start\": \"t1\",", 1);
        let out = fmt(&with_start);
        let pos = |id: &str| out.find(&format!("\"id\": \"{id}\"")).unwrap();
        assert!(pos("t3") < pos("t1") && pos("t1") < pos("t2"), "{out}");
    }

    // Formatting formatted text changes nothing.
    #[test]
    fn is_idempotent() {
        let once = fmt(SMALL);
        assert_eq!(fmt(&once), once);
    }

    // Duplicate keys keep their relative order, so the value a reader keeps does not change.
    #[test]
    fn keeps_duplicate_keys_in_order() {
        let out = fmt(r#"{"title": "b", "id": "x", "title": "a"}"#);
        assert!(
            out.find("\"b\"").unwrap() < out.find("\"a\"").unwrap(),
            "{out}"
        );
    }

    // Keys the model does not know keep their value and order, after the known keys.
    #[test]
    fn keeps_unknown_keys_after_known_ones() {
        let out = fmt(r#"{"zeta": [1, 2.50], "id": "x", "alpha": {"b": 1, "a": null}}"#);
        assert_eq!(
            out,
            "{\n  \"id\": \"x\",\n  \"zeta\": [\n    1,\n    2.50\n  ],\n  \"alpha\": {\n    \"b\": 1,\n    \"a\": null\n  }\n}\n"
        );
    }

    // Text that is not strict JSON is refused, naming the file.
    #[test]
    fn refuses_non_json() {
        let err = format_text(Path::new("bad.json"), "{\"a\": 1,}").unwrap_err();
        assert!(
            err.to_string().starts_with("bad.json: not valid JSON"),
            "{err}"
        );
        assert!(format_text(Path::new("c.json"), "// c\n{}").is_err());
    }

    fn keys(value: serde_json::Value) -> Vec<String> {
        value.as_object().unwrap().keys().cloned().collect()
    }

    // The schema lists fields in struct order, which is what the canonical key order relies on.
    #[test]
    fn schema_order_is_struct_order() {
        let scaffold = crate::authoring::scaffold(
            crate::authoring::JourneyKind::Repair,
            None,
            crate::model::Language::En,
        );
        let mut journey: Journey = scaffold;
        journey.start = Some("report".into());
        journey.volume = Some(crate::model::Volume {
            per_year: 1,
            source: Some("s".into()),
            period: Some("p".into()),
        });
        journey.evidence.push(serde_json::from_str::<Evidence>(
            r#"{"touchpoint": "a", "kind": "survey", "text": "t", "source": "s", "speaker": "tenant", "date": "d", "grade": 7.0, "percent_satisfied": 50.0, "count": 1, "respondents": 2}"#,
        ).unwrap());
        let full = serde_json::to_value(&journey).unwrap();
        let root = JsonPath::root();
        let listed: Vec<String> = schema::fields_at(&root)
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(keys(full.clone()), listed);
        let touchpoint: Touchpoint = serde_json::from_str(
            r#"{"id": "a", "stage": "s", "title": "t", "description": "d", "actor": "k", "channel": "phone", "direction": "inbound", "kind": "visit", "absent": true, "wait": "1 day", "norm": "awaab.investigation", "importance": "high", "milestone": true, "emotion": {"score": 1, "note": "n"}, "attention": {"own_question_asked": true, "named_contact": true, "acknowledged": true, "decision_explained": true, "alternative_offered": true, "room_for_exceptions": true, "loop_closed": true, "satisfaction_checked": true, "participation": "consulted", "friendliness": 3, "helpfulness": 3}, "refusal": true, "decides_for_tenants": true, "opens_case": true, "outcome": "o", "good_practice": "g", "evidence_match": {"activity": ["a"]}, "silence": [{"rule": "r", "reason": "x"}]}"#,
        )
        .unwrap();
        let tp_path = root.key("touchpoints").index(0);
        let value = serde_json::to_value(&touchpoint).unwrap();
        assert_eq!(keys(value.clone()), schema::fields_at(&tp_path));
        assert_eq!(
            keys(value["attention"].clone()),
            schema::fields_at(&tp_path.key("attention"))
        );
        let attention_fields = schema::fields_at(&tp_path.key("attention"));
        assert_eq!(attention_fields.len(), 11, "{attention_fields:?}");
        let _ = Attention::default();
        let transition: Transition = serde_json::from_str(
            r#"{"from": "a", "to": "b", "label": "l", "share": 5, "kind": "loop"}"#,
        )
        .unwrap();
        assert_eq!(
            keys(serde_json::to_value(&transition).unwrap()),
            schema::fields_at(&root.key("transitions").index(0))
        );
        assert_eq!(
            keys(full["evidence"][0].clone()),
            schema::fields_at(&root.key("evidence").index(0))
        );
    }

    // The model-level reordering matches what the text formatter does.
    #[test]
    fn canonical_order_matches_the_text() {
        let (loaded, problems) =
            crate::load::load_text(Path::new("t.json"), fmt(SMALL), &Default::default());
        assert!(problems.is_empty(), "{problems:?}");
        let (original, _) =
            crate::load::load_text(Path::new("t.json"), SMALL.to_owned(), &Default::default());
        let mut expected = original.unwrap().journey;
        canonical_touchpoint_order(&mut expected);
        assert_eq!(loaded.unwrap().journey, expected);
    }
}
