//! The spreadsheet shape of a journey, derived from the journey format's JSON Schema, so a
//! field added to the model appears as a column with no code here.
//!
//! - Every top-level list of objects (`stages`, `touchpoints`, …) is a sheet named after it
//!   (`Stages`, `Touchpoints`), one row per element; everything else at the top (`id`, `title`,
//!   `language`, …) is a `field`/`value` row on the sheet `Journey`.
//! - Nested objects are flattened to dotted column names (`attention.named_contact`,
//!   `emotion.score`).
//! - What does not flatten (a list such as `silence`, a value that may be several kinds) sits
//!   in one cell as JSON text, e.g. `[{"rule": "cold-channel", "reason": "…"}]`.
//! - Choices show their names in the journey's language: the Dutch name is the model's serde
//!   alias (`balie` for `desk`), found by asking serde itself, so aliases added to the model show
//!   up too. Yes/no fields read `yes`/`no` (`ja`/`nee`); every spelling is accepted back.

use std::sync::LazyLock;

use serde_json::Value;

use crate::model::{Journey, Language};
use crate::schema;

/// The sheet holding the journey's own fields, one `field`/`value` row each.
pub const JOURNEY_SHEET: &str = "Journey";
/// The headers of the journey sheet.
pub const JOURNEY_HEADERS: [&str; 2] = ["field", "value"];

/// Where every field of a journey goes in a workbook.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The rows of the `Journey` sheet, in schema order.
    pub journey: Vec<Column>,
    /// One sheet per top-level list of objects, in schema order.
    pub sheets: Vec<SheetLayout>,
}

/// A sheet of one list: `touchpoints` on `Touchpoints`.
#[derive(Debug, Clone)]
pub struct SheetLayout {
    /// The sheet's name.
    pub name: String,
    /// The journey field it holds.
    pub field: String,
    /// Its columns, in schema order.
    pub columns: Vec<Column>,
    /// True when the journey must have this list.
    pub required: bool,
}

/// One column (or, on the journey sheet, one row).
#[derive(Debug, Clone)]
pub struct Column {
    /// The header: the dotted path, e.g. `attention.named_contact`.
    pub name: String,
    /// The path inside one element.
    pub path: Vec<String>,
    /// How its cells are read and written.
    pub kind: Kind,
    /// True when every element must have it (the field and each object above it are required).
    pub required: bool,
    /// The schema's description of the field.
    pub description: Option<String>,
}

/// How a column's cells are read and written.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Text.
    Text,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// Yes or no.
    Boolean,
    /// One of a list of names.
    Choice(Vec<Choice>),
    /// Anything else, as JSON text in the cell.
    Json,
}

/// One name of a choice column.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The name as journey files write it (`desk`).
    pub name: String,
    /// The Dutch name (the first serde alias), or the name itself.
    pub dutch: String,
    /// Every spelling serde accepts for it.
    pub accepted: Vec<String>,
}

impl Choice {
    /// The name shown in a journey of `language`.
    pub fn shown(&self, language: Language) -> &str {
        match language {
            Language::Nl => &self.dutch,
            Language::En => &self.name,
        }
    }
}

impl Column {
    /// The names offered in a dropdown, in the journey's language.
    pub fn dropdown(&self, language: Language) -> Option<Vec<String>> {
        match &self.kind {
            Kind::Choice(choices) => Some(
                choices
                    .iter()
                    .map(|c| c.shown(language).to_owned())
                    .collect(),
            ),
            Kind::Boolean => Some(
                [true, false]
                    .iter()
                    .map(|&b| yes_no(b, language).to_owned())
                    .collect(),
            ),
            _ => None,
        }
    }
}

/// `yes`/`no`, or `ja`/`nee` in a Dutch journey.
pub fn yes_no(value: bool, language: Language) -> &'static str {
    match (language, value) {
        (Language::Nl, true) => "ja",
        (Language::Nl, false) => "nee",
        (Language::En, true) => "yes",
        (Language::En, false) => "no",
    }
}

/// The spellings of yes and no read back from a cell (Dutch and English, as LibreOffice and
/// Excel show booleans too).
pub fn read_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "ja" | "j" | "waar" => Some(true),
        "no" | "n" | "false" | "nee" | "onwaar" => Some(false),
        _ => None,
    }
}

static LAYOUT: LazyLock<Layout> = LazyLock::new(build);

/// The layout of the journey format this tjm knows.
pub fn layout() -> &'static Layout {
    &LAYOUT
}

impl Layout {
    /// The list sheet named `name` (in any case).
    pub fn sheet(&self, name: &str) -> Option<&SheetLayout> {
        self.sheets
            .iter()
            .find(|sheet| sheet.name.eq_ignore_ascii_case(name.trim()))
    }
}

impl SheetLayout {
    /// The column with header `name`.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name.trim())
    }
}

fn build() -> Layout {
    let root = schema::journey_schema();
    let root_object = object_node(root).expect("the journey schema is an object");
    let required = required_of(root_object);
    let mut journey = Vec::new();
    let mut sheets = Vec::new();
    for (key, property) in properties_of(root_object) {
        if let Some(item) = list_of_objects(property) {
            let field_path = [Step::Key(key.clone()), Step::Index];
            let mut columns = Vec::new();
            flatten(item, &[], true, &field_path, &mut columns);
            sheets.push(SheetLayout {
                name: sheet_name(key),
                field: key.clone(),
                columns,
                required: required.contains(&key.as_str()),
            });
        } else {
            let is_required = required.contains(&key.as_str());
            add(key, property, &[], is_required, &[], &mut journey);
        }
    }
    Layout { journey, sheets }
}

/// `touchpoints` → `Touchpoints`.
fn sheet_name(field: &str) -> String {
    let mut chars = field.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect::<String>()
    })
}

/// A step of a path inside a whole journey, for asking serde about a column.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index,
}

fn flatten(
    object: &'static Value,
    prefix: &[String],
    required_above: bool,
    base: &[Step],
    out: &mut Vec<Column>,
) {
    let required = required_of(object);
    for (key, property) in properties_of(object) {
        let is_required = required_above && required.contains(&key.as_str());
        add(key, property, prefix, is_required, base, out);
    }
}

/// The column of one field, or the columns of a nested object's fields.
fn add(
    key: &str,
    property: &'static Value,
    prefix: &[String],
    is_required: bool,
    base: &[Step],
    out: &mut Vec<Column>,
) {
    let mut path = prefix.to_vec();
    path.push(key.to_owned());
    match shape(property) {
        Shape::Object(inner) => flatten(inner, &path, is_required, base, out),
        Shape::Value(kind) => {
            let mut full = base.to_vec();
            full.extend(path.iter().cloned().map(Step::Key));
            let kind = match kind {
                Kind::Choice(_) => choices(&full, property).map_or(Kind::Text, Kind::Choice),
                kind => kind,
            };
            out.push(Column {
                name: path.join("."),
                path,
                kind,
                required: is_required,
                description: description_of(property),
            });
        }
    }
}

enum Shape {
    Object(&'static Value),
    Value(Kind),
}

/// Follows `$ref`s.
fn deref(node: &'static Value) -> &'static Value {
    let mut node = node;
    for _ in 0..16 {
        let Some(name) = node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
        else {
            break;
        };
        match schema::journey_schema()
            .get("$defs")
            .and_then(|defs| defs.get(name))
        {
            Some(target) => node = target,
            None => break,
        }
    }
    node
}

/// The alternatives a node allows, without `null` (an optional field is the field).
fn options(node: &'static Value) -> Vec<&'static Value> {
    let node = deref(node);
    for combinator in ["anyOf", "oneOf"] {
        if let Some(list) = node.get(combinator).and_then(Value::as_array) {
            return list
                .iter()
                .filter(|o| o.get("type").and_then(Value::as_str) != Some("null"))
                .flat_map(options)
                .collect();
        }
    }
    vec![node]
}

fn is_name(node: &Value) -> bool {
    node.get("const").is_some_and(Value::is_string)
        || node
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| values.iter().all(Value::is_string))
}

fn shape(node: &'static Value) -> Shape {
    let options = options(node);
    if !options.is_empty() && options.iter().all(|o| is_name(o)) {
        return Shape::Value(Kind::Choice(Vec::new()));
    }
    let [single] = options.as_slice() else {
        return Shape::Value(Kind::Json);
    };
    if single.get("properties").is_some() {
        return Shape::Object(single);
    }
    let types: Vec<&str> = match single.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect(),
        _ => Vec::new(),
    };
    Shape::Value(match types.as_slice() {
        ["string"] => Kind::Text,
        ["integer"] => Kind::Integer,
        ["number"] => Kind::Number,
        ["boolean"] => Kind::Boolean,
        _ => Kind::Json,
    })
}

/// The object node of a list of objects, e.g. `Touchpoint` for `touchpoints`.
fn list_of_objects(node: &'static Value) -> Option<&'static Value> {
    let options = options(node);
    let [list] = options.as_slice() else {
        return None;
    };
    if list.get("type").and_then(Value::as_str) != Some("array") {
        return None;
    }
    object_node(list.get("items")?)
}

fn object_node(node: &'static Value) -> Option<&'static Value> {
    match shape(node) {
        Shape::Object(object) => Some(object),
        Shape::Value(_) => None,
    }
}

fn properties_of(
    object: &'static Value,
) -> impl Iterator<Item = (&'static String, &'static Value)> {
    object
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
}

fn required_of(object: &'static Value) -> Vec<&'static str> {
    object
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn description_of(property: &'static Value) -> Option<String> {
    property
        .get("description")
        .or_else(|| deref(property).get("description"))
        .and_then(Value::as_str)
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The smallest value serde accepts for a schema node: required fields only, the first name of
/// a choice, empty lists.
fn skeleton(node: &'static Value) -> Value {
    match shape(node) {
        Shape::Object(object) => Value::Object(
            properties_of(object)
                .filter(|(key, _)| required_of(object).contains(&key.as_str()))
                .map(|(key, property)| (key.clone(), skeleton(property)))
                .collect(),
        ),
        Shape::Value(Kind::Choice(_)) => options(node)
            .first()
            .and_then(|o| {
                o.get("const")
                    .or_else(|| o.get("enum").and_then(|e| e.get(0)))
            })
            .cloned()
            .unwrap_or(Value::Null),
        Shape::Value(Kind::Text) => Value::String("x".into()),
        Shape::Value(Kind::Integer | Kind::Number) => Value::from(
            deref(node)
                .get("minimum")
                .and_then(Value::as_i64)
                .unwrap_or(0),
        ),
        Shape::Value(Kind::Boolean) => Value::Bool(false),
        Shape::Value(Kind::Json) => match options(node).first().and_then(|o| o.get("type")) {
            Some(Value::String(t)) if t == "array" => Value::Array(Vec::new()),
            _ => Value::Null,
        },
    }
}

/// A whole journey that serde accepts, with `leaf` at `path`.
fn journey_with(node: &'static Value, path: &[Step], leaf: &Value) -> Value {
    let Some((step, rest)) = path.split_first() else {
        return leaf.clone();
    };
    match step {
        Step::Key(key) => {
            let Some(object) = object_node(node) else {
                return Value::Null;
            };
            let mut value = skeleton(object);
            let property = properties_of(object)
                .find(|(k, _)| *k == key)
                .map(|(_, p)| p);
            if let (Some(map), Some(property)) = (value.as_object_mut(), property) {
                map.insert(key.clone(), journey_with(property, rest, leaf));
            }
            value
        }
        Step::Index => {
            let items = options(node)
                .into_iter()
                .find_map(|o| o.get("items"))
                .unwrap_or(&NULL);
            Value::Array(vec![journey_with(items, rest, leaf)])
        }
    }
}

static NULL: Value = Value::Null;

fn value_at<'v>(value: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get(key),
        Step::Index => value.get(0),
    })
}

/// The names of a choice column and their spellings, asked of serde: an unknown name makes serde
/// list every name it accepts (aliases included); each is then read and written back to find
/// the name it stands for.
fn choices(path: &[Step], property: &'static Value) -> Option<Vec<Choice>> {
    let root = schema::journey_schema();
    let in_schema: Vec<String> = options(property)
        .iter()
        .flat_map(|o| {
            o.get("const").into_iter().chain(
                o.get("enum")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
        })
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    let probe = journey_with(root, path, &Value::String("\u{1}".into()));
    let accepted: Vec<String> = match serde_json::from_value::<Journey>(probe) {
        Err(error) => error
            .to_string()
            .split_once("expected")
            .map(|(_, rest)| {
                rest.split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        Ok(_) => Vec::new(),
    };
    // What serde writes back for a spelling: `Some(None)` for the default, which is left out.
    let written = |name: &str| -> Option<Option<String>> {
        let journey = journey_with(root, path, &Value::String(name.to_owned()));
        let journey: Journey = serde_json::from_value(journey).ok()?;
        let back = serde_json::to_value(journey).ok()?;
        Some(
            value_at(&back, path)
                .and_then(Value::as_str)
                .map(str::to_owned),
        )
    };
    let mut spellings: Vec<String> = Vec::new();
    for spelling in in_schema.iter().chain(&accepted) {
        if !spellings.contains(spelling) {
            spellings.push(spelling.clone());
        }
    }
    // Each spelling under the name serde writes for it; the default's spellings under the
    // first of them the schema lists (the schema may list the aliases too).
    let mut choices: Vec<Choice> = Vec::new();
    let mut default: Option<usize> = None;
    for spelling in &spellings {
        let name = match written(spelling) {
            Some(Some(name)) => name,
            Some(None) => match default {
                Some(index) => {
                    choices[index].accepted.push(spelling.clone());
                    continue;
                }
                None => spelling.clone(),
            },
            None => continue,
        };
        match choices.iter_mut().find(|c| c.name == name) {
            Some(choice) => {
                if !choice.accepted.contains(spelling) {
                    choice.accepted.push(spelling.clone());
                }
            }
            None => {
                if written(spelling) == Some(None) {
                    default = Some(choices.len());
                }
                choices.push(Choice {
                    dutch: name.clone(),
                    accepted: vec![name.clone()],
                    name,
                });
                if let Some(choice) = choices.last_mut()
                    && !choice.accepted.contains(spelling)
                {
                    choice.accepted.push(spelling.clone());
                }
            }
        }
    }
    for choice in &mut choices {
        if let Some(alias) = choice.accepted.iter().find(|a| **a != choice.name) {
            choice.dutch = alias.clone();
        }
    }
    (!choices.is_empty()).then_some(choices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_follow_the_lists_of_the_journey_format() {
        let names: Vec<&str> = layout().sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Personas",
                "Stages",
                "Actors",
                "Touchpoints",
                "Transitions",
                "Evidence"
            ]
        );
        let journey: Vec<&str> = layout().journey.iter().map(|c| c.name.as_str()).collect();
        assert!(
            journey.starts_with(&["$schema", "id", "title", "language"]),
            "{journey:?}"
        );
        assert!(
            layout()
                .journey
                .iter()
                .any(|c| c.name == "id" && c.required)
        );
    }

    #[test]
    fn nested_objects_flatten_to_dotted_columns_and_lists_stay_in_one_cell() {
        let touchpoints = layout().sheet("touchpoints").unwrap();
        let named = touchpoints.column("attention.named_contact").unwrap();
        assert_eq!(named.kind, Kind::Boolean);
        assert!(!named.required);
        assert_eq!(
            touchpoints.column("emotion.score").unwrap().kind,
            Kind::Integer
        );
        // required inside `emotion`, but `emotion` itself is optional
        assert!(!touchpoints.column("emotion.score").unwrap().required);
        assert!(touchpoints.column("stage").unwrap().required);
        assert_eq!(touchpoints.column("silence").unwrap().kind, Kind::Json);
        assert_eq!(touchpoints.column("wait").unwrap().kind, Kind::Text);
    }

    #[test]
    fn choices_have_their_dutch_names_from_the_serde_aliases() {
        let touchpoints = layout().sheet("Touchpoints").unwrap();
        let channel = touchpoints.column("channel").unwrap();
        let nl = channel.dropdown(Language::Nl).unwrap();
        assert!(nl.contains(&"balie".to_owned()), "{nl:?}");
        assert!(nl.contains(&"huisbezoek".to_owned()), "{nl:?}");
        assert!(nl.contains(&"sms".to_owned()), "{nl:?}");
        let en = channel.dropdown(Language::En).unwrap();
        assert!(en.contains(&"home_visit".to_owned()), "{en:?}");
        let participation = touchpoints.column("attention.participation").unwrap();
        assert!(
            participation
                .dropdown(Language::Nl)
                .unwrap()
                .contains(&"raadplegen".to_owned())
        );
        // `normal` is never written (it is the default), yet `gewoon` is found as its name
        let importance = touchpoints.column("importance").unwrap();
        let Kind::Choice(choices) = &importance.kind else {
            panic!("importance is a choice: {:?}", importance.kind);
        };
        let normal = choices.iter().find(|c| c.name == "normal").unwrap();
        assert_eq!(normal.dutch, "gewoon");
        let actors = layout().sheet("Actors").unwrap();
        assert!(
            actors
                .column("kind")
                .unwrap()
                .dropdown(Language::Nl)
                .unwrap()
                .contains(&"aannemer".to_owned())
        );
    }

    #[test]
    fn yes_and_no_read_back_in_both_languages() {
        assert_eq!(read_yes_no(" Ja "), Some(true));
        assert_eq!(read_yes_no("nee"), Some(false));
        assert_eq!(read_yes_no("TRUE"), Some(true));
        assert_eq!(read_yes_no("misschien"), None);
    }
}
