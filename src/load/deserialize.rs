//! Turns parsed JSON into the model element by element, so one bad touchpoint does not hide
//! the problems in the next: every wrong type, missing field and unknown field is reported.

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::json_path::JsonPath;
use super::problem::{Problem, ProblemCode};
use super::source::SourceFile;
use super::suggest::did_you_mean;
use crate::model::Journey;
use crate::schema;

/// The position in the file of each element the model kept, so problems found later point at
/// the right element even when an earlier one failed to load.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    /// File index of each kept stage.
    pub stages: Vec<usize>,
    /// File index of each kept actor.
    pub actors: Vec<usize>,
    /// File index of each kept touchpoint.
    pub touchpoints: Vec<usize>,
    /// File index of each kept transition.
    pub transitions: Vec<usize>,
    /// File index of each kept evidence item.
    pub evidence: Vec<usize>,
}

/// Arrays deserialised one element at a time.
const ARRAYS: [&str; 6] = [
    "personas",
    "stages",
    "actors",
    "touchpoints",
    "transitions",
    "evidence",
];

/// Deserialises a whole journey, pushing every problem found. Returns the journey built from
/// the elements that could be read (problems decide whether it is usable).
pub(super) fn journey(
    value: Value,
    source: &Arc<SourceFile>,
    problems: &mut Vec<Problem>,
) -> Option<(Journey, Origins)> {
    let Value::Object(mut object) = value else {
        let found = kind_of(&value);
        problems.push(
            Problem::at(
                ProblemCode::NotAnObject,
                source,
                JsonPath::root(),
                format!("a journey file holds one JSON object, but this file holds {found}"),
            )
            .with_help("start the file with `{` and give the journey's fields: \"id\", \"title\", \"stages\", \"actors\", \"touchpoints\"; one journey per file"),
        );
        return None;
    };
    let mut arrays: Vec<(&str, Vec<Value>)> = Vec::new();
    for key in ARRAYS {
        if let Some(Value::Array(items)) = object.get_mut(key) {
            arrays.push((key, std::mem::take(items)));
        }
    }
    let head: Option<Journey> = element(Value::Object(object), &JsonPath::root(), source, problems);
    let mut journey = head.unwrap_or_else(|| Journey {
        schema: None,
        id: String::new(),
        title: String::new(),
        language: Default::default(),
        organisation: None,
        description: None,
        personas: Vec::new(),
        stages: Vec::new(),
        actors: Vec::new(),
        start: None,
        touchpoints: Vec::new(),
        transitions: Vec::new(),
        evidence: Vec::new(),
    });
    let mut origins = Origins::default();
    for (key, items) in arrays {
        let base = JsonPath::root().key(key);
        let items = items.into_iter().enumerate();
        match key {
            "personas" => {
                journey.personas = collect(items, &base, source, problems, &mut Vec::new())
            }
            "stages" => {
                journey.stages = collect(items, &base, source, problems, &mut origins.stages)
            }
            "actors" => {
                journey.actors = collect(items, &base, source, problems, &mut origins.actors)
            }
            "touchpoints" => {
                journey.touchpoints =
                    collect(items, &base, source, problems, &mut origins.touchpoints)
            }
            "transitions" => {
                journey.transitions =
                    collect(items, &base, source, problems, &mut origins.transitions)
            }
            _ => journey.evidence = collect(items, &base, source, problems, &mut origins.evidence),
        }
    }
    Some((journey, origins))
}

fn collect<T: DeserializeOwned>(
    items: impl Iterator<Item = (usize, Value)>,
    base: &JsonPath,
    source: &Arc<SourceFile>,
    problems: &mut Vec<Problem>,
    origins: &mut Vec<usize>,
) -> Vec<T> {
    items
        .filter_map(|(index, value)| {
            let item = element(value, &base.index(index), source, problems)?;
            origins.push(index);
            Some(item)
        })
        .collect()
}

/// Deserialises one value, reporting unknown fields (with did-you-mean) and the first type error.
fn element<T: DeserializeOwned>(
    value: Value,
    base: &JsonPath,
    source: &Arc<SourceFile>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let mut unknown = Vec::new();
    let mut on_ignored =
        |path: serde_ignored::Path<'_>| unknown.push(JsonPath::from_ignored(&path));
    let deserializer = serde_ignored::Deserializer::new(value, &mut on_ignored);
    let result: Result<T, _> = serde_path_to_error::deserialize(deserializer);
    for path in unknown {
        let path = base.join(&path);
        problems.push(unknown_field(source, path));
    }
    match result {
        Ok(item) => Some(item),
        Err(error) => {
            let path = base.join(&JsonPath::from_serde_path(error.path()));
            problems.push(type_problem(source, path, &error.into_inner().to_string()));
            None
        }
    }
}

fn unknown_field(source: &Arc<SourceFile>, path: JsonPath) -> Problem {
    let name = path.last_key().unwrap_or_default().to_owned();
    let parent = path.parent().unwrap_or_default();
    let fields = schema::fields_at(&parent);
    let place = if parent.is_root() {
        "the journey".to_owned()
    } else {
        format!("`{parent}`")
    };
    let help = did_you_mean(&name, fields.iter().copied()).unwrap_or_else(|| {
        format!(
            "remove it, or use one of the fields {place} takes: {}",
            fields
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    });
    Problem::at(
        ProblemCode::UnknownField,
        source,
        path,
        format!("unknown field `{name}` in {place}"),
    )
    .with_help(help)
}

/// Turns serde's wording into a policy advisor's, and picks the problem code.
fn type_problem(source: &Arc<SourceFile>, path: JsonPath, message: &str) -> Problem {
    if let Some(field) = between(message, "missing field `", "`") {
        let field_path = path.key(field);
        let help = match schema::description_at(&field_path) {
            Some(description) => format!("add `\"{field}\": …` ({description})"),
            None => format!("add the field `\"{field}\"`"),
        };
        let place = if path.is_root() {
            "the journey".to_owned()
        } else {
            format!("`{path}`")
        };
        return Problem::at(
            ProblemCode::MissingField,
            source,
            path,
            format!("{place} has no `{field}`, which is required"),
        )
        .with_help(help);
    }
    if let Some(variant) = between(message, "unknown variant `", "`") {
        let options: Vec<&str> = message
            .split_once("expected")
            .map(|(_, rest)| rest.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let help = did_you_mean(variant, options.iter().copied()).unwrap_or_else(|| {
            format!(
                "use one of: {}",
                options
                    .iter()
                    .map(|o| format!("`{o}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        return Problem::at(
            ProblemCode::UnknownValue,
            source,
            path.clone(),
            format!("`{variant}` is not a valid value for `{path}`"),
        )
        .with_help(help);
    }
    let code = if message.starts_with("invalid value") {
        ProblemCode::OutOfRange
    } else {
        ProblemCode::WrongType
    };
    let friendly = friendly_types(message);
    let help = schema::description_at(&path)
        .map(|d| format!("`{}` is: {d}", path.last_key().unwrap_or("it")));
    Problem::at(code, source, path.clone(), format!("`{path}`: {friendly}")).with_help_opt(help)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

fn friendly_types(message: &str) -> String {
    let mut text = message.to_owned();
    for (from, to) in [
        ("expected i8", "expected a whole number"),
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected u64", "expected a whole number of 0 or more"),
        ("expected f64", "expected a number"),
        ("expected a sequence", "expected a list `[…]`"),
        ("expected a map", "expected an object `{…}`"),
        ("invalid type: map", "invalid type: object"),
        ("invalid type: sequence", "invalid type: list"),
    ] {
        text = text.replace(from, to);
    }
    if let Some(start) = text.find("expected struct ") {
        text.replace_range(start.., "expected an object `{…}`");
    }
    if let Some(start) = text.find("expected enum ") {
        text.replace_range(start.., "expected one of the listed names");
    }
    text
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "`null`",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list `[…]`",
        Value::Object(_) => "an object",
    }
}
