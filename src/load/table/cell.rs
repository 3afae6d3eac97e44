//! One cell's value, and how a journey value becomes a cell and a cell becomes a journey value
//! again. Reading is lenient where a spreadsheet is (a number typed as text, `7,5` with a
//! decimal comma, `ja` for yes); anything else is passed on as it is, so the journey loader words
//! the problem exactly as it does for JSON.

use serde_json::{Number, Value};

use super::layout::{Column, Kind, read_yes_no, yes_no};
use crate::model::Language;

/// A cell as tjm reads and writes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A yes/no value typed as one (TRUE/FALSE).
    Bool(bool),
}

impl Cell {
    /// True when the cell holds nothing (or only spaces).
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            Cell::Number(_) | Cell::Bool(_) => false,
        }
    }

    /// The cell as text, for headers and field names.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// The largest whole number a spreadsheet number holds exactly.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// A number as text without a needless `.0` (a title typed as `2024` stays `2024`).
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < EXACT {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The cell for `value` in `column`, in a journey of `language`.
pub fn to_cell(column: &Column, value: &Value, language: Language) -> Cell {
    match (&column.kind, value) {
        (_, Value::Null) => Cell::Empty,
        (Kind::Text, Value::String(text)) => Cell::Text(text.clone()),
        (Kind::Integer | Kind::Number, Value::Number(number)) => match number.as_f64() {
            // Beyond 2^53 a spreadsheet number rounds: such a count is written as text.
            Some(n) if n.abs() < EXACT && (number.is_f64() || n as i128 == as_i128(number)) => {
                Cell::Number(n)
            }
            _ => Cell::Text(number.to_string()),
        },
        (Kind::Boolean, Value::Bool(b)) => Cell::Text(yes_no(*b, language).to_owned()),
        (Kind::Choice(choices), Value::String(name)) => Cell::Text(
            choices
                .iter()
                .find(|c| c.name == *name)
                .map_or(name.as_str(), |c| c.shown(language))
                .to_owned(),
        ),
        // Text that would not read back as JSON is written as it is; anything else as JSON.
        (Kind::Json, Value::String(text)) if serde_json::from_str::<Value>(text).is_err() => {
            Cell::Text(text.clone())
        }
        (_, value) => Cell::Text(value.to_string()),
    }
}

fn as_i128(number: &Number) -> i128 {
    number
        .as_i64()
        .map(i128::from)
        .or_else(|| number.as_u64().map(i128::from))
        .unwrap_or_default()
}

/// What a cell could not be read as, for problems the loader would word less clearly.
#[derive(Debug, Clone, PartialEq)]
pub enum CellError {
    /// A percentage where a plain number is wanted: `45%` for `45`.
    Percent(String),
}

/// The journey value of a cell in `column`; `None` for an empty cell.
pub fn from_cell(column: &Column, cell: &Cell) -> Result<Option<Value>, CellError> {
    if cell.is_empty() {
        return Ok(None);
    }
    Ok(Some(match (&column.kind, cell) {
        (Kind::Text, cell) => Value::String(cell.text()),
        // Whole numbers are written whole (`40`, not `40.0`), as people write shares.
        (Kind::Integer | Kind::Number, Cell::Number(n)) if n.fract() == 0.0 && n.abs() < EXACT => {
            Value::from(*n as i64)
        }
        (Kind::Integer | Kind::Number, Cell::Number(n)) => number(*n),
        (Kind::Integer | Kind::Number, Cell::Text(text)) => {
            let trimmed = text.trim();
            if let Some(value) = read_number(trimmed, column.kind == Kind::Integer) {
                value
            } else if let Some(amount) = trimmed.strip_suffix('%').map(str::trim)
                && read_number(amount, false).is_some()
            {
                return Err(CellError::Percent(amount.to_owned()));
            } else {
                Value::String(text.clone())
            }
        }
        (Kind::Boolean, Cell::Bool(b)) => Value::Bool(*b),
        (Kind::Boolean, Cell::Text(text)) => {
            read_yes_no(text).map_or_else(|| Value::String(text.clone()), Value::Bool)
        }
        (Kind::Choice(choices), cell) => {
            let text = cell.text();
            let wanted = text.trim().to_lowercase();
            choices
                .iter()
                .find(|c| c.accepted.iter().any(|a| a.to_lowercase() == wanted))
                .map_or(Value::String(text.clone()), |c| {
                    Value::String(c.name.clone())
                })
        }
        (Kind::Json, Cell::Text(text)) => {
            serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone()))
        }
        (_, Cell::Number(n)) => number(*n),
        (_, Cell::Bool(b)) => Value::Bool(*b),
        (_, Cell::Empty) => Value::Null,
    }))
}

fn number(n: f64) -> Value {
    Number::from_f64(n).map_or(Value::Null, Value::Number)
}

/// A number typed as text: `45`, `7.5`, `7,5`; whole numbers as integers where one is wanted.
fn read_number(text: &str, whole: bool) -> Option<Value> {
    if whole {
        if let Ok(n) = text.parse::<i64>() {
            return Some(Value::from(n));
        }
        if let Ok(n) = text.parse::<u64>() {
            return Some(Value::from(n));
        }
    }
    let n: f64 = text.replace(',', ".").parse().ok()?;
    if !n.is_finite() || text.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    if n.fract() == 0.0 && n.abs() < EXACT {
        return Some(Value::from(n as i64));
    }
    Some(number(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::table::layout::layout;

    fn column(sheet: &str, name: &str) -> &'static Column {
        layout().sheet(sheet).unwrap().column(name).unwrap()
    }

    #[test]
    fn values_go_into_cells_in_the_journeys_language_and_come_back() {
        let channel = column("Touchpoints", "channel");
        let cell = to_cell(channel, &Value::from("home_visit"), Language::Nl);
        assert_eq!(cell, Cell::Text("huisbezoek".into()));
        assert_eq!(
            from_cell(channel, &cell),
            Ok(Some(Value::from("home_visit")))
        );
        let yes = column("Touchpoints", "attention.loop_closed");
        let cell = to_cell(yes, &Value::Bool(true), Language::Nl);
        assert_eq!(cell, Cell::Text("ja".into()));
        assert_eq!(from_cell(yes, &cell), Ok(Some(Value::Bool(true))));
        let silence = column("Touchpoints", "silence");
        let list = serde_json::json!([{"rule": "cold-channel", "reason": "Belt zelf"}]);
        let cell = to_cell(silence, &list, Language::Nl);
        assert_eq!(from_cell(silence, &cell), Ok(Some(list)));
    }

    #[test]
    fn numbers_typed_as_text_are_read_and_a_percentage_is_refused() {
        let share = column("Transitions", "share");
        assert_eq!(
            from_cell(share, &Cell::Text("7,5".into())),
            Ok(Some(serde_json::json!(7.5)))
        );
        assert_eq!(
            from_cell(share, &Cell::Text("45%".into())),
            Err(CellError::Percent("45".into()))
        );
        assert_eq!(
            from_cell(share, &Cell::Text("veel".into())),
            Ok(Some(Value::from("veel")))
        );
        let score = column("Touchpoints", "emotion.score");
        assert_eq!(
            from_cell(score, &Cell::Number(-2.0)),
            Ok(Some(Value::from(-2)))
        );
        let title = column("Touchpoints", "title");
        assert_eq!(
            from_cell(title, &Cell::Number(2024.0)),
            Ok(Some(Value::from("2024")))
        );
    }
}
