//! Turns parsed JSON into the model element by element, so one bad touchpoint does not hide
//! the problems in the next: every wrong type, missing field and unknown field is reported.

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::json_path::{JsonPath, Segment};
use super::problem::{Problem, ProblemCode};
use super::source::SourceFile;
use super::suggest::did_you_mean_in;
use crate::i18n::{self, Args, Locale, text};
use crate::model::{Journey, WaitError};
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
    /// Every stage id written in the file, also of stages that failed to load.
    pub stage_ids: Vec<String>,
    /// Every actor id written in the file, also of actors that failed to load.
    pub actor_ids: Vec<String>,
    /// Every touchpoint id written in the file, also of touchpoints that failed to load.
    pub touchpoint_ids: Vec<String>,
    /// True when every element loaded, so checks of the whole graph are meaningful.
    pub complete: bool,
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

/// The fast path for a file without problems: straight from text to the model.
pub(super) fn journey_fast(text: &str) -> Option<(Journey, Origins)> {
    let journey: Journey = serde_json::from_str(text).ok()?;
    let origins = Origins {
        stages: (0..journey.stages.len()).collect(),
        actors: (0..journey.actors.len()).collect(),
        touchpoints: (0..journey.touchpoints.len()).collect(),
        transitions: (0..journey.transitions.len()).collect(),
        evidence: (0..journey.evidence.len()).collect(),
        stage_ids: journey.stages.iter().map(|s| s.id.clone()).collect(),
        actor_ids: journey.actors.iter().map(|a| a.id.clone()).collect(),
        touchpoint_ids: journey.touchpoints.iter().map(|t| t.id.clone()).collect(),
        complete: true,
    };
    Some((journey, origins))
}

/// Deserialises a whole journey, pushing every problem found. Returns the journey built from
/// the elements that could be read (problems decide whether it is usable).
pub(super) fn journey(
    value: Value,
    source: &Arc<SourceFile>,
    locale: Locale,
    problems: &mut Vec<Problem>,
) -> Option<(Journey, Origins)> {
    let Value::Object(mut object) = value else {
        let found = kind_of(&value);
        problems.push(
            Problem::at(
                ProblemCode::NotAnObject,
                source,
                JsonPath::root(),
                i18n::message(
                    locale,
                    "load-not-an-object",
                    &Args::new().key("found", found),
                ),
            )
            .with_help(text(locale, "load-not-an-object-help")),
        );
        return None;
    };
    report_unknown_fields(
        &object,
        schema::journey_schema_root(),
        &JsonPath::root(),
        source,
        locale,
        problems,
    );
    let mut origins = Origins {
        stage_ids: ids_in(&object, "stages"),
        actor_ids: ids_in(&object, "actors"),
        touchpoint_ids: ids_in(&object, "touchpoints"),
        ..Origins::default()
    };
    let mut arrays: Vec<(&str, Vec<Value>)> = Vec::new();
    for key in ARRAYS {
        if let Some(Value::Array(items)) = object.get_mut(key) {
            arrays.push((key, std::mem::take(items)));
        }
    }
    let problems_before = problems.len();
    let head: Option<Journey> = element(
        Value::Object(object),
        &JsonPath::root(),
        source,
        locale,
        problems,
    );
    let mut journey = head.unwrap_or_else(|| Journey {
        schema: None,
        id: String::new(),
        title: String::new(),
        language: Default::default(),
        organisation: None,
        description: None,
        volume: None,
        personas: Vec::new(),
        stages: Vec::new(),
        actors: Vec::new(),
        start: None,
        touchpoints: Vec::new(),
        transitions: Vec::new(),
        evidence: Vec::new(),
    });
    for (key, items) in arrays {
        let base = JsonPath::root().key(key);
        let items = items.into_iter().enumerate();
        match key {
            "personas" => {
                journey.personas = collect(items, &base, source, locale, problems, &mut Vec::new())
            }
            "stages" => {
                journey.stages =
                    collect(items, &base, source, locale, problems, &mut origins.stages)
            }
            "actors" => {
                journey.actors =
                    collect(items, &base, source, locale, problems, &mut origins.actors)
            }
            "touchpoints" => {
                journey.touchpoints = collect(
                    items,
                    &base,
                    source,
                    locale,
                    problems,
                    &mut origins.touchpoints,
                )
            }
            "transitions" => {
                journey.transitions = collect(
                    items,
                    &base,
                    source,
                    locale,
                    problems,
                    &mut origins.transitions,
                )
            }
            _ => {
                journey.evidence = collect(
                    items,
                    &base,
                    source,
                    locale,
                    problems,
                    &mut origins.evidence,
                )
            }
        }
    }
    origins.complete = problems.len() == problems_before;
    Some((journey, origins))
}

fn collect<T: DeserializeOwned>(
    items: impl Iterator<Item = (usize, Value)>,
    base: &JsonPath,
    source: &Arc<SourceFile>,
    locale: Locale,
    problems: &mut Vec<Problem>,
    origins: &mut Vec<usize>,
) -> Vec<T> {
    items
        .filter_map(|(index, value)| {
            let item = element(value, &base.index(index), source, locale, problems)?;
            origins.push(index);
            Some(item)
        })
        .collect()
}

/// Deserialises one value. On a type error the offending field is reported, dropped and the
/// value tried again, so every wrong field of an element is reported, not only the first.
fn element<T: DeserializeOwned>(
    mut value: Value,
    base: &JsonPath,
    source: &Arc<SourceFile>,
    locale: Locale,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    if let Ok(item) = T::deserialize(&value) {
        return Some(item);
    }
    // Something is wrong: go again with path tracking, once per wrong field.
    let mut dropped: Option<String> = None;
    for _ in 0..MAX_RETRIES {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(item) => return Some(item),
            Err(error) => error,
        };
        let mut inner = JsonPath::from_serde_path(error.path());
        let message = error.into_inner().to_string();
        if let Some(field) = between(&message, "unknown field `", "`") {
            // Already reported, with did-you-mean, by `report_unknown_fields`: drop and go on.
            if inner.last_key() != Some(field) {
                inner = inner.key(field);
            }
            remove_at(&mut value, &inner)?;
            continue;
        }
        let is_echo = dropped
            .as_deref()
            .is_some_and(|key| message.contains(&format!("missing field `{key}`")));
        if !is_echo {
            problems.push(type_problem(source, locale, base.join(&inner), &message));
        }
        match remove_at(&mut value, &inner) {
            Some(key) if !is_echo => dropped = Some(key),
            _ => return None,
        }
    }
    None
}

/// How many wrong fields of one element are reported before giving up on it.
const MAX_RETRIES: usize = 16;

/// Removes the field at `path` from `value`, returning its name.
fn remove_at(value: &mut Value, path: &JsonPath) -> Option<String> {
    let (last, parents) = path.segments().split_last()?;
    let mut current = value;
    for segment in parents {
        current = match segment {
            Segment::Key(key) => current.get_mut(key)?,
            Segment::Index(index) => current.get_mut(*index)?,
        };
    }
    match last {
        Segment::Key(key) => current
            .as_object_mut()?
            .shift_remove(key)
            .map(|_| key.clone()),
        Segment::Index(_) => None,
    }
}

/// The ids written in an array of objects, whatever else is wrong with them.
fn ids_in(object: &serde_json::Map<String, Value>, key: &str) -> Vec<String> {
    match object.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| item.get("id").and_then(Value::as_str).map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// Walks the value beside its schema node and reports every field the schema does not know,
/// however many there are and whatever else is wrong (a typo must never be ignored).
fn report_unknown_fields(
    object: &serde_json::Map<String, Value>,
    node: Option<&'static Value>,
    path: &JsonPath,
    source: &Arc<SourceFile>,
    locale: Locale,
    problems: &mut Vec<Problem>,
) {
    let Some(properties) = node
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
    else {
        return;
    };
    for (key, value) in object {
        match properties.get(key) {
            None => problems.push(unknown_field(source, locale, path.key(key.as_str()))),
            Some(field) => {
                if !(value.is_object() || value.is_array()) {
                    continue;
                }
                let field = schema::resolve_node(field);
                match value {
                    Value::Object(inner) => report_unknown_fields(
                        inner,
                        field,
                        &path.key(key.as_str()),
                        source,
                        locale,
                        problems,
                    ),
                    Value::Array(items) => {
                        let item_node = field
                            .and_then(|f| f.get("items"))
                            .and_then(schema::resolve_node);
                        for (index, item) in items.iter().enumerate() {
                            if let Value::Object(inner) = item {
                                let item_path = path.key(key.as_str()).index(index);
                                report_unknown_fields(
                                    inner, item_node, &item_path, source, locale, problems,
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

fn unknown_field(source: &Arc<SourceFile>, locale: Locale, path: JsonPath) -> Problem {
    let name = path.last_key().unwrap_or_default().to_owned();
    let parent = path.parent().unwrap_or_default();
    let fields = schema::fields_at(&parent);
    let place = place(locale, &parent);
    let misplaced = misplaced(locale, &name, &parent);
    let help = misplaced.or_else(|| did_you_mean_in(locale, &name, fields.iter().copied()));
    let help = help.unwrap_or_else(|| {
        let fields = fields
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let args = Args::new()
            .text("place", place.as_str())
            .text("fields", fields);
        i18n::message(locale, "load-unknown-field-help", &args)
    });
    let args = Args::new().text("name", name).text("place", place.as_str());
    Problem::at(
        ProblemCode::UnknownField,
        source,
        path,
        i18n::message(locale, "load-unknown-field", &args),
    )
    .with_help(help)
}

/// A field written one level off: an attention field at touchpoint level ("move
/// `named_contact` into `attention`"), or a touchpoint field inside `attention`.
fn misplaced(locale: Locale, name: &str, parent: &JsonPath) -> Option<String> {
    for field in schema::fields_at(parent) {
        if schema::fields_at(&parent.key(field)).contains(&name) {
            let args = Args::new().text("field", name).text("into", field);
            return Some(i18n::message(locale, "load-move-into", &args));
        }
    }
    let from = parent.last_key()?;
    let outer = parent.parent()?;
    if schema::fields_at(&outer).contains(&name) {
        let args = Args::new()
            .text("field", name)
            .text("from", from)
            .text("place", place(locale, &outer));
        return Some(i18n::message(locale, "load-move-out", &args));
    }
    None
}

/// Warns about every key written twice in one object: serde_json keeps the last value and
/// drops the first silently. Each warning points at the second key and names the first line.
pub(super) fn duplicate_keys(
    source: &Arc<SourceFile>,
    locale: Locale,
    problems: &mut Vec<Problem>,
) {
    for duplicate in source.duplicate_keys() {
        let name = duplicate.path.last_key().unwrap_or_default().to_owned();
        let parent = duplicate.path.parent().unwrap_or_default();
        let first = source.line_column(duplicate.first.start);
        let args = Args::new()
            .text("key", name)
            .text("place", place(locale, &parent))
            .count("line", first.line);
        problems.push(
            Problem::at(
                ProblemCode::DuplicateKey,
                source,
                duplicate.path.clone(),
                i18n::message(locale, "load-duplicate-key", &args),
            )
            .with_span(duplicate.second)
            .with_help(text(locale, "load-duplicate-key-help")),
        );
    }
}

/// "the journey", or the path of the object a field sits in.
fn place(locale: Locale, parent: &JsonPath) -> String {
    if parent.is_root() {
        text(locale, "load-the-journey")
    } else {
        format!("`{parent}`")
    }
}

/// Turns serde's wording into a policy advisor's, and picks the problem code.
fn type_problem(
    source: &Arc<SourceFile>,
    locale: Locale,
    path: JsonPath,
    message: &str,
) -> Problem {
    if let Some(field) = between(message, "missing field `", "`") {
        let field_path = path.key(field);
        let help = match schema::description_at(&field_path) {
            Some(description) => i18n::message(
                locale,
                "input-add-described",
                &Args::new()
                    .text("field", field)
                    .text("description", one_line(description)),
            ),
            None => i18n::message(
                locale,
                "load-missing-field-help",
                &Args::new().text("field", field),
            ),
        };
        let args = Args::new()
            .text("place", place(locale, &path))
            .text("field", field);
        return Problem::at(
            ProblemCode::MissingField,
            source,
            path,
            i18n::message(locale, "load-missing-field", &args),
        )
        .with_help(help);
    }
    if let Some(variant) = between(message, "unknown variant `", "`") {
        let options: Vec<&str> = message
            .split_once("expected")
            .map(|(_, rest)| rest.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let help = did_you_mean_in(locale, variant, options.iter().copied()).unwrap_or_else(|| {
            let options = options
                .iter()
                .map(|o| format!("`{o}`"))
                .collect::<Vec<_>>()
                .join(", ");
            i18n::message(
                locale,
                "load-use-one-of",
                &Args::new().text("options", options),
            )
        });
        let args = Args::new()
            .text("value", variant)
            .text("path", path.to_string());
        return Problem::at(
            ProblemCode::UnknownValue,
            source,
            path.clone(),
            i18n::message(locale, "load-unknown-value", &args),
        )
        .with_help(help);
    }
    if let (Some(number), Some(range)) = (
        between(message, "invalid value: integer `", "`"),
        whole_number_range(&path, message),
    ) {
        let help = field_help(locale, &path);
        return Problem::at(
            ProblemCode::OutOfRange,
            source,
            path.clone(),
            i18n::message(
                locale,
                "load-whole-number",
                &Args::new()
                    .text("path", path.to_string())
                    .text("number", number)
                    .key("range", range),
            ),
        )
        .with_help_opt(help);
    }
    let code = if message.starts_with("invalid value") {
        ProblemCode::OutOfRange
    } else {
        ProblemCode::WrongType
    };
    let help = slip_help(locale, &path, message).or_else(|| field_help(locale, &path));
    let shown = path.describe(locale);
    Problem::at(code, source, path, wrong_value(locale, &shown, message)).with_help_opt(help)
}

/// The fix for text in quotes where a number or `true`/`false` belongs: `"45%"` for a
/// share ("write 45"), `"3"` for a score, `"ja"` for a boolean.
fn slip_help(locale: Locale, path: &JsonPath, message: &str) -> Option<String> {
    let rest = message.strip_prefix("invalid type: string \"")?;
    let (written, expected) = rest.rsplit_once("\", expected ")?;
    let field = path.last_key().unwrap_or_default();
    match expected_kind(expected)? {
        "boolean" => {
            let value = match written.trim().to_lowercase().as_str() {
                "yes" | "y" | "ja" | "j" | "true" | "waar" | "wel" | "on" | "aan" => "true",
                "no" | "n" | "nee" | "false" | "onwaar" | "niet" | "off" | "uit" => "false",
                _ => "other",
            };
            let args = Args::new().text("field", field).key("value", value);
            Some(i18n::message(locale, "input-write-boolean", &args))
        }
        "i8" | "u8" | "u64" | "number" => {
            let (number, percent) = number_in(written)?;
            let args = Args::new()
                .text("field", field)
                .text("number", number)
                .key("percent", if percent { "yes" } else { "no" });
            Some(i18n::message(locale, "input-write-number", &args))
        }
        _ => None,
    }
}

/// The number in a text such as `45%`, `" 3 "` or `7,5`, as JSON writes it, and whether a
/// percent sign was written.
fn number_in(written: &str) -> Option<(String, bool)> {
    let trimmed = written.trim();
    let percent = trimmed.ends_with('%');
    let digits = trimmed.trim_end_matches('%').trim();
    let digits = if digits.matches(',').count() == 1 && !digits.contains('.') {
        digits.replace(',', ".")
    } else {
        digits.to_owned()
    };
    let value: f64 = digits.parse().ok()?;
    (value.is_finite() && !digits.contains(['e', 'E', 'i', 'n', 'N'])).then_some((digits, percent))
}

/// "`wait` is: <its description>", from the journey format's own words for the field.
fn field_help(locale: Locale, path: &JsonPath) -> Option<String> {
    let field = path.last_key()?;
    let description = schema::description_at(path)?;
    let args = Args::new()
        .text("field", field)
        .text("description", one_line(description));
    Some(i18n::message(locale, "input-field-is", &args))
}

/// serde's sentence about a wrong value, worded again from its facts: a wait tjm could not
/// read, a value of the wrong kind, or one of the right kind that is not allowed. Anything
/// else is passed on in serde's own words.
fn wrong_value(locale: Locale, path: &str, message: &str) -> String {
    if let Some(error) = wait_error(message) {
        return wait_problem(locale, path, &error);
    }
    let (id, rest) = if let Some(rest) = message.strip_prefix("invalid type: ") {
        ("input-invalid-type", rest)
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        ("input-invalid-value", rest)
    } else {
        return other(locale, path, message);
    };
    let Some((found, expected)) = rest.rsplit_once(", expected ") else {
        return other(locale, path, message);
    };
    let (Some(found), Some(expected)) = (found_kind(found), expected_kind(expected)) else {
        return other(locale, path, message);
    };
    let found = i18n::message(
        locale,
        "input-found",
        &Args::new().key("kind", found.0).text("value", found.1),
    );
    let expected = i18n::message(locale, "input-expected", &Args::new().key("kind", expected));
    let args = Args::new()
        .text("path", path)
        .text("found", found)
        .text("expected", expected);
    i18n::message(locale, id, &args)
}

fn other(locale: Locale, path: &str, message: &str) -> String {
    let args = Args::new().text("path", path).text("detail", message);
    i18n::message(locale, "input-other", &args)
}

/// The kind of value serde found (its `Unexpected`, as serde_json writes it) and the value.
fn found_kind<'a>(found: &'a str) -> Option<(&'static str, &'a str)> {
    if found == "null" {
        return Some(("null", ""));
    }
    if found == "sequence" {
        return Some(("list", ""));
    }
    if found == "map" {
        return Some(("object", ""));
    }
    if let Some(text) = found.strip_prefix("string ") {
        return Some(("string", text));
    }
    let value = |rest: &'a str| rest.strip_suffix('`');
    if let Some(rest) = found.strip_prefix("boolean `") {
        return value(rest).map(|v| ("boolean", v));
    }
    if let Some(rest) = found.strip_prefix("integer `") {
        return value(rest).map(|v| ("integer", v));
    }
    if let Some(rest) = found.strip_prefix("floating point `") {
        return value(rest).map(|v| ("float", v));
    }
    None
}

/// The catalogue key of what serde expected (its `Expected`, as tjm's types write it).
fn expected_kind(expected: &str) -> Option<&'static str> {
    Some(match expected.trim() {
        "a boolean" => "boolean",
        "a string" => "string",
        "i8" => "i8",
        "u8" => "u8",
        "u64" | "usize" => "u64",
        "f64" | "f32" => "number",
        "a sequence" => "list",
        "a map" => "object",
        other if other.starts_with("struct ") => "object",
        other if other.starts_with("enum ") => "variant",
        _ => return None,
    })
}

/// The wait error a `Wait` handed serde, read back from its id (see `WaitError`'s `Display`).
fn wait_error(message: &str) -> Option<WaitError> {
    let text = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('`'))
            .map(str::to_owned)
    };
    text("wait-not-a-number `")
        .map(WaitError::NotANumber)
        .or_else(|| text("wait-unknown-unit `").map(WaitError::UnknownUnit))
        .or_else(|| text("wait-not-finite `").map(WaitError::NotFinite))
        .filter(|error| error.to_string() == message)
}

/// A wait that cannot be read, in the run's language.
fn wait_problem(locale: Locale, path: &str, error: &WaitError) -> String {
    let args = Args::new().text("path", path);
    match error {
        WaitError::NotANumber(text) => i18n::message(
            locale,
            "input-wait-not-a-number",
            &args.text("text", text.as_str()),
        ),
        WaitError::UnknownUnit(unit) if unit.is_empty() => {
            i18n::message(locale, "input-wait-no-unit", &args)
        }
        WaitError::UnknownUnit(unit) => i18n::message(
            locale,
            "input-wait-unknown-unit",
            &args.text("unit", unit.as_str()),
        ),
        WaitError::NotFinite(text) => i18n::message(
            locale,
            "input-wait-not-finite",
            &args.text("text", text.as_str()),
        ),
    }
}

/// The catalogue key of the whole numbers a field takes, for serde's "expected u8" and the like: the
/// field's own scale where tjm knows it, else the range of the type.
fn whole_number_range(path: &JsonPath, message: &str) -> Option<&'static str> {
    let field = path.last_key().unwrap_or_default();
    let (_, expected) = message.rsplit_once("expected ")?;
    Some(match (expected.trim(), field) {
        ("i8", "score") => "score",
        ("i8", _) => "i8",
        ("u8", "friendliness" | "helpfulness") => "five",
        ("u8", _) => "u8",
        ("u64", _) => "u64",
        _ => return None,
    })
}

/// Doc comments wrap; a help line should not.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_wording_is_told_again_in_the_runs_language() {
        let message = "invalid type: string \"yes\", expected a boolean";
        assert_eq!(
            wrong_value(Locale::En, "touchpoints[0].milestone", message),
            "`touchpoints[0].milestone`: invalid type: string \"yes\", expected a boolean"
        );
        assert_eq!(
            wrong_value(Locale::Nl, "touchpoints[0].milestone", message),
            "`touchpoints[0].milestone`: hier hoort `true` of `false`, maar er staat de tekst \"yes\""
        );
        let message = "invalid type: map, expected f64";
        assert_eq!(
            wrong_value(Locale::Nl, "x", message),
            "`x`: hier hoort een getal, maar er staat een object"
        );
        let message = "invalid value: integer `-1`, expected u64";
        assert_eq!(
            wrong_value(Locale::Nl, "x", message),
            "`x`: het getal `-1` kan hier niet; hier hoort een geheel getal van 0 of meer"
        );
        assert_eq!(
            wrong_value(
                Locale::En,
                "x",
                "invalid type: sequence, expected struct Stage"
            ),
            "`x`: invalid type: list, expected an object `{…}`"
        );
    }

    #[test]
    fn numbers_and_booleans_in_quotes_get_the_value_to_write() {
        assert_eq!(number_in("45%"), Some(("45".to_owned(), true)));
        assert_eq!(number_in(" 7,5 "), Some(("7.5".to_owned(), false)));
        assert_eq!(number_in("-3"), Some(("-3".to_owned(), false)));
        assert_eq!(number_in("veel"), None);
        assert_eq!(number_in("inf"), None);
        let share = JsonPath::root().key("transitions").index(0).key("share");
        let help = slip_help(
            Locale::En,
            &share,
            "invalid type: string \"45%\", expected f64",
        );
        assert_eq!(
            help.as_deref(),
            Some("write the number without quotes and without the % sign: \"share\": 45")
        );
        let milestone = JsonPath::root()
            .key("touchpoints")
            .index(0)
            .key("milestone");
        let help = slip_help(
            Locale::Nl,
            &milestone,
            "invalid type: string \"ja\", expected a boolean",
        );
        assert_eq!(
            help.as_deref(),
            Some(
                "schrijf true of false zonder aanhalingstekens: \"milestone\": true; weet je het niet, laat het veld dan weg"
            )
        );
        assert_eq!(
            slip_help(
                Locale::En,
                &milestone,
                "invalid type: integer `3`, expected a boolean"
            ),
            None
        );
    }

    #[test]
    fn a_field_one_level_off_is_moved_in_or_out() {
        let touchpoint = JsonPath::root().key("touchpoints").index(0);
        assert_eq!(
            misplaced(Locale::En, "named_contact", &touchpoint).as_deref(),
            Some(
                "`named_contact` belongs inside `attention`: move it there, \"attention\": { \"named_contact\": … }"
            )
        );
        assert_eq!(
            misplaced(Locale::En, "channel", &touchpoint.key("attention")).as_deref(),
            Some(
                "`channel` is not part of `attention`: move it out, next to \"attention\" in `touchpoints[0]`"
            )
        );
        assert_eq!(misplaced(Locale::En, "colour", &touchpoint), None);
    }

    #[test]
    fn unknown_serde_wording_is_passed_on_whole() {
        let message = "invalid length 3, expected fewer elements in array";
        assert_eq!(
            wrong_value(Locale::Nl, "x", message),
            format!("`x`: {message}")
        );
    }

    #[test]
    fn a_wait_error_comes_back_as_facts_and_is_worded_per_locale() {
        let error = crate::model::Wait::parse("3 fortnights").unwrap_err();
        let message = error.to_string();
        assert_eq!(wait_error(&message), Some(error));
        assert_eq!(
            wrong_value(Locale::Nl, "touchpoints[1].wait", &message),
            "`touchpoints[1].wait`: `fortnights` is geen eenheid van tijd: gebruik minuten, uur, dagen, werkdagen, weken of maanden (of minutes, hours, days, working days, weeks, months)"
        );
        let message = crate::model::Wait::parse("3").unwrap_err().to_string();
        assert!(
            wrong_value(Locale::En, "w", &message).contains("a unit of time is missing"),
            "{message}"
        );
        let message = crate::model::Wait::parse("soon").unwrap_err().to_string();
        assert_eq!(
            wrong_value(Locale::Nl, "w", &message),
            "`w`: `soon` is geen wachttijd: schrijf een getal en een eenheid, bijvoorbeeld \"3 weken\" of \"2 werkdagen\""
        );
        // another custom message is not taken for a wait
        assert_eq!(wait_error("wait-not-a-number `soon"), None);
        assert_eq!(wait_error("the value is wrong"), None);
    }

    #[test]
    fn every_input_message_is_in_both_catalogues() {
        for (_, id) in i18n::message_ids(Locale::En) {
            if id.starts_with("input-") {
                assert!(i18n::has_message(Locale::Nl, id), "{id} has no Dutch");
            }
        }
    }
}
