//! Journeys in a spreadsheet (`.xlsx`, `.ods`) or a CSV file: the sheets are turned back into
//! the journey's JSON form (unflattening the dotted columns of [`layout`]), which then goes
//! through the same loader as a JSON file, so every check and fix hint is the same. Problems are
//! moved from JSON paths to the cell they came from: *sheet, row, column*.

pub mod cell;
pub mod layout;
mod read;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::{Map, Value};

use super::json_path::{JsonPath, Segment};
use super::location::Location;
use super::problem::{Problem, ProblemCode};
use super::suggest::{closest, did_you_mean_in};
use super::{LoadOptions, LoadedJourney, MAX_FILE_BYTES};
use crate::fsutil::read::{Capped, read_capped};
use crate::i18n::{self, Args, Locale};
use cell::{Cell, CellError, from_cell};
use layout::{Column, JOURNEY_SHEET, layout};
pub use read::Grid;

/// Which kind of table file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// A workbook: `.xlsx`, `.xlsm`, `.ods`.
    Workbook,
    /// The sheets of a workbook one below the other in one CSV file.
    Csv,
}

/// Loads the journey in a table file.
pub fn load_table(
    path: &Path,
    kind: TableKind,
    options: &LoadOptions<'_>,
) -> (Option<LoadedJourney>, Vec<Problem>) {
    match read_bytes(path, options.locale) {
        Ok(bytes) => load_bytes(path, kind, bytes, options),
        Err(problem) => (None, vec![*problem]),
    }
}

/// Loads the journey in a table file's bytes; `path` names it in problems.
pub fn load_bytes(
    path: &Path,
    kind: TableKind,
    bytes: Vec<u8>,
    options: &LoadOptions<'_>,
) -> (Option<LoadedJourney>, Vec<Problem>) {
    let locale = options.locale;
    let grids = match kind {
        TableKind::Workbook => read::workbook(bytes),
        TableKind::Csv => match String::from_utf8(bytes) {
            Ok(text) => read::csv(text.strip_prefix('\u{feff}').unwrap_or(&text)),
            Err(_) => {
                let at = Args::new().text("path", path.display().to_string());
                let problem = Problem::file(
                    ProblemCode::NotUtf8,
                    path,
                    i18n::message(locale, "table-csv-not-utf8", &at),
                )
                .with_help(i18n::text(locale, "table-csv-not-utf8-help"));
                return (None, vec![problem]);
            }
        },
    };
    match grids {
        Ok(grids) => load_grids(path, &grids, options),
        Err(reason) => {
            let args = Args::new()
                .text("path", path.display().to_string())
                .text("reason", reason);
            let problem = Problem::file(
                ProblemCode::Unreadable,
                path,
                i18n::message(locale, "load-unreadable", &args),
            )
            .with_help(i18n::text(locale, "table-unreadable-help"));
            (None, vec![problem])
        }
    }
}

/// The sheets of a workbook's bytes, for tests and tools that change cells before loading;
/// the error is the reader's reason.
pub fn read_workbook(bytes: Vec<u8>) -> Result<Vec<Grid>, String> {
    read::workbook(bytes)
}

fn read_bytes(path: &Path, locale: Locale) -> Result<Vec<u8>, Box<Problem>> {
    let at = || Args::new().text("path", path.display().to_string());
    match read_capped(path, MAX_FILE_BYTES) {
        Ok(Capped::Bytes(bytes)) => Ok(bytes),
        Ok(Capped::TooLarge { len }) => {
            let args = at().count("limit", MAX_FILE_BYTES / (1024 * 1024)).decimal(
                "megabytes",
                len.unwrap_or(0) as f64 / 1_000_000.0,
                1,
            );
            Err(Box::new(
                Problem::file(
                    ProblemCode::TooLarge,
                    path,
                    i18n::message(locale, "load-too-large", &args),
                )
                .with_help(i18n::text(locale, "load-too-large-help")),
            ))
        }
        Err(error) => Err(Box::new(Problem::file(
            ProblemCode::Unreadable,
            path,
            i18n::message(
                locale,
                "load-unreadable",
                &at().text("reason", error.to_string()),
            ),
        ))),
    }
}

/// Loads a journey from sheets already read; `path` names the file in problems.
pub fn load_grids(
    path: &Path,
    grids: &[Grid],
    options: &LoadOptions<'_>,
) -> (Option<LoadedJourney>, Vec<Problem>) {
    let mut tables = Tables {
        file: path,
        locale: options.locale,
        journey_places: None,
        lists: HashMap::new(),
        problems: Vec::new(),
        missing: false,
        incomplete: HashSet::new(),
    };
    let value = tables.journey(grids);
    let text = serde_json::to_string_pretty(&value).expect("a JSON value serialises");
    let (journey, loader_problems) = super::load_text(path, text, options);
    let mine: HashSet<(Option<String>, usize)> = tables
        .problems
        .iter()
        .filter_map(|p| match &p.place {
            Location::Cell { sheet, row, .. } => Some((sheet.clone(), *row)),
            _ => None,
        })
        .collect();
    let mut problems = std::mem::take(&mut tables.problems);
    for mut problem in loader_problems {
        let json_path = problem.path().cloned().unwrap_or_default();
        problem.place = tables.place_of(&json_path);
        problem.source_file = None;
        // A missing field the sheets already named (an empty cell, a missing sheet or column)
        // is not said twice.
        if problem.code == ProblemCode::MissingField {
            let echoed = match &problem.place {
                Location::Cell { sheet, row, .. } => mine.contains(&(sheet.clone(), *row)),
                _ => false,
            };
            let in_incomplete_sheet = match json_path.segments().first() {
                Some(Segment::Key(field)) => tables.incomplete.contains(field),
                _ => false,
            };
            if echoed || in_incomplete_sheet || (json_path.is_root() && tables.missing) {
                continue;
            }
        }
        problems.push(problem);
    }
    let order: Vec<&str> = grids.iter().map(|g| g.name.as_str()).collect();
    problems.sort_by_key(|p| match &p.place {
        Location::Cell { sheet, row, .. } => (
            sheet
                .as_deref()
                .and_then(|s| order.iter().position(|o| *o == s))
                .unwrap_or(0)
                + 1,
            *row,
        ),
        _ => (0, 0),
    });
    if problems.is_empty() {
        (journey, problems)
    } else {
        (None, problems)
    }
}

/// A cell of the journey sheet a value came from.
#[derive(Debug, Clone)]
struct Place {
    row: usize,
    column: String,
}

/// Where the elements of one list sheet came from: the row of each element and the label of
/// each column, so a JSON path is turned into a cell only when a problem needs it.
#[derive(Debug, Default)]
struct ListPlaces {
    sheet: String,
    rows: Vec<usize>,
    columns: Vec<(&'static Column, String)>,
}

struct Tables<'a> {
    file: &'a Path,
    locale: Locale,
    /// The journey sheet's name and the place of each field it has a row for.
    journey_places: Option<(String, Vec<(&'static Column, Place)>)>,
    /// The places of each list sheet, by journey field.
    lists: HashMap<String, ListPlaces>,
    problems: Vec<Problem>,
    /// True when a sheet or a row of the journey sheet is missing.
    missing: bool,
    /// The lists whose sheet lacks a required column: every row would repeat that problem.
    incomplete: HashSet<String>,
}

/// `A`, `B`, … `Z`, `AA`: a column's letters, as spreadsheets show them.
pub fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// `F (channel)`: the letter a spreadsheet shows and the header the user wrote.
fn label(index: usize, header: &str) -> String {
    format!("{} ({header})", column_letters(index))
}

fn find<'g>(grids: &'g [Grid], name: &str) -> Option<&'g Grid> {
    grids
        .iter()
        .find(|g| g.name.trim().eq_ignore_ascii_case(name))
}

impl Tables<'_> {
    fn cell_problem(
        &mut self,
        code: ProblemCode,
        sheet: &str,
        row: usize,
        column: &str,
        message: String,
        help: Option<String>,
    ) {
        let problem = Problem::cell(code, self.file, Some(sheet), row, column, message);
        self.problems.push(problem.with_help_opt(help));
    }

    fn place_of(&self, path: &JsonPath) -> Location {
        let cell = |sheet: &str, row: usize, column: &str| Location::Cell {
            sheet: Some(sheet.to_owned()),
            row,
            column: column.to_owned(),
        };
        let keys = |segments: &[Segment]| -> Vec<String> {
            segments
                .iter()
                .map_while(|s| match s {
                    Segment::Key(key) => Some(key.clone()),
                    Segment::Index(_) => None,
                })
                .collect()
        };
        if let [Segment::Key(field), Segment::Index(index), rest @ ..] = path.segments()
            && let Some(list) = self.lists.get(field)
            && let Some(row) = list.rows.get(*index)
        {
            let keys = keys(rest);
            let column = best_column(list.columns.iter().map(|(c, l)| (*c, l)), &keys)
                .or_else(|| list.columns.first().map(|(_, label)| label));
            return cell(&list.sheet, *row, column.map_or("", String::as_str));
        }
        let Some((sheet, fields)) = &self.journey_places else {
            return Location::File;
        };
        let keys = keys(path.segments());
        match best_column(fields.iter().map(|(c, p)| (*c, p)), &keys) {
            Some(place) => cell(sheet, place.row, &place.column),
            None => cell(sheet, 1, &label(0, layout::JOURNEY_HEADERS[0])),
        }
    }

    /// The journey's JSON form from the sheets, with every problem of the sheets themselves.
    fn journey(&mut self, grids: &[Grid]) -> Value {
        let layout = layout();
        let mut root = Map::new();
        self.journey_sheet(grids, &mut root);
        for sheet in &layout.sheets {
            match find(grids, &sheet.name) {
                Some(grid) => {
                    let items = self.list(grid, sheet);
                    // an empty sheet of something optional (personas, evidence) is none of
                    // it: the journey file leaves the list out, as fmt writes it
                    if !items.is_empty() || sheet.required {
                        root.insert(sheet.field.clone(), Value::Array(items));
                    }
                }
                None if sheet.required => self.missing_sheet(&sheet.name, &sheet.columns),
                None => {}
            }
        }
        let known: Vec<&str> = std::iter::once(JOURNEY_SHEET)
            .chain(layout.sheets.iter().map(|s| s.name.as_str()))
            .collect();
        for grid in grids {
            let name = grid.name.trim();
            if known.iter().any(|k| k.eq_ignore_ascii_case(name)) {
                continue;
            }
            // A sheet of the user's own (notes, a list) is left alone; one that looks like a
            // misspelt sheet of tjm's would lose its rows, so it is reported.
            if let Some(candidate) = closest(name, known.iter().copied()) {
                let args = Args::new().text("sheet", name);
                let problem = Problem::file(
                    ProblemCode::UnknownField,
                    self.file,
                    i18n::message(self.locale, "table-unknown-sheet", &args),
                )
                .with_help(i18n::message(
                    self.locale,
                    "did-you-mean",
                    &Args::new().text("candidate", candidate),
                ));
                self.problems.push(problem);
            }
        }
        Value::Object(root)
    }

    fn missing_sheet(&mut self, sheet: &str, columns: &[Column]) {
        self.missing = true;
        let columns = columns
            .iter()
            .filter(|c| c.required)
            .map(|c| format!("`{}`", c.name))
            .collect::<Vec<_>>()
            .join(", ");
        let args = Args::new().text("sheet", sheet);
        let problem = Problem::file(
            ProblemCode::MissingField,
            self.file,
            i18n::message(self.locale, "table-missing-sheet", &args),
        )
        .with_help(i18n::message(
            self.locale,
            "table-missing-sheet-help",
            &args.text("columns", columns),
        ));
        self.problems.push(problem);
    }

    fn journey_sheet(&mut self, grids: &[Grid], root: &mut Map<String, Value>) {
        let columns = &layout().journey;
        let Some(grid) = find(grids, JOURNEY_SHEET) else {
            self.missing_sheet(JOURNEY_SHEET, columns);
            return;
        };
        let sheet = grid.name.clone();
        let mut places = Vec::new();
        let mut seen = HashSet::new();
        for (row, cells) in &grid.rows {
            let key = cells.first().map(Cell::text).unwrap_or_default();
            let key = key.trim();
            if key.is_empty() || (*row == grid.rows[0].0 && key == layout::JOURNEY_HEADERS[0]) {
                continue;
            }
            let Some(column) = columns.iter().find(|c| c.name == key) else {
                let names = columns.iter().map(|c| c.name.as_str());
                let help = did_you_mean_in(self.locale, key, names);
                let message = i18n::message(
                    self.locale,
                    "table-unknown-field",
                    &Args::new().text("field", key).text("sheet", sheet.as_str()),
                );
                self.cell_problem(
                    ProblemCode::UnknownField,
                    &sheet,
                    *row,
                    &label(0, layout::JOURNEY_HEADERS[0]),
                    message,
                    help.or_else(|| Some(self.field_list(columns))),
                );
                continue;
            };
            seen.insert(column.name.as_str());
            let cell = cells.get(1).cloned().unwrap_or(Cell::Empty);
            let place = Place {
                row: *row,
                column: label(1, key),
            };
            self.value(root, column, &cell, (&sheet, *row, &place.column));
            places.push((column, place));
        }
        self.journey_places = Some((sheet.clone(), places));
        for column in columns.iter().filter(|c| c.required) {
            if !seen.contains(column.name.as_str()) {
                self.missing = true;
                let message = i18n::message(
                    self.locale,
                    "table-missing-row",
                    &Args::new()
                        .text("field", column.name.as_str())
                        .text("sheet", sheet.as_str()),
                );
                let help = self.fill_in(column, "table-missing-row-help");
                self.cell_problem(
                    ProblemCode::MissingField,
                    &sheet,
                    1,
                    &label(0, layout::JOURNEY_HEADERS[0]),
                    message,
                    Some(help),
                );
            }
        }
    }

    fn field_list(&self, columns: &[Column]) -> String {
        let names = columns
            .iter()
            .map(|c| format!("`{}`", c.name))
            .collect::<Vec<_>>()
            .join(", ");
        i18n::message(
            self.locale,
            "table-known-columns",
            &Args::new().text("columns", names),
        )
    }

    /// "fill in `x`: <what it is>", from the schema's words for the field.
    fn fill_in(&self, column: &Column, id: &str) -> String {
        let args = Args::new().text("column", column.name.as_str()).text(
            "description",
            column.description.clone().unwrap_or_default(),
        );
        i18n::message(self.locale, id, &args)
    }

    /// Reads one cell into `object`.
    fn value(
        &mut self,
        object: &mut Map<String, Value>,
        column: &Column,
        cell: &Cell,
        at: (&str, usize, &str),
    ) {
        let (sheet, row, label) = at;
        match from_cell(column, cell) {
            Ok(Some(value)) => insert(object, &column.path, value),
            Ok(None) => {}
            Err(CellError::Percent(number)) => {
                let message = i18n::message(
                    self.locale,
                    "table-percent",
                    &Args::new()
                        .text("text", cell.text())
                        .text("column", column.name.as_str()),
                );
                let help = i18n::message(
                    self.locale,
                    "table-percent-help",
                    &Args::new().text("number", number),
                );
                self.cell_problem(
                    ProblemCode::WrongType,
                    sheet,
                    row,
                    label,
                    message,
                    Some(help),
                );
            }
        }
    }

    /// The elements of one list sheet, one per row that is not empty.
    fn list(&mut self, grid: &Grid, sheet: &'static layout::SheetLayout) -> Vec<Value> {
        let Some(((header_row, header), rows)) = grid.rows.split_first() else {
            // An empty sheet: no elements, and no columns to check.
            return Vec::new();
        };
        let name = grid.name.clone();
        let mut columns: Vec<(usize, &Column)> = Vec::new();
        for (index, cell) in header.iter().enumerate() {
            let title = cell.text();
            let title = title.trim();
            if title.is_empty() {
                continue;
            }
            match sheet.column(title) {
                Some(column) => columns.push((index, column)),
                None => {
                    let names = sheet.columns.iter().map(|c| c.name.as_str());
                    let help = did_you_mean_in(self.locale, title, names)
                        .unwrap_or_else(|| self.field_list(&sheet.columns));
                    let message = i18n::message(
                        self.locale,
                        "table-unknown-column",
                        &Args::new()
                            .text("column", title)
                            .text("sheet", name.as_str()),
                    );
                    self.cell_problem(
                        ProblemCode::UnknownField,
                        &name,
                        *header_row,
                        &label(index, title),
                        message,
                        Some(help),
                    );
                }
            }
        }
        let mut complete = true;
        for column in sheet.columns.iter().filter(|c| c.required) {
            if !columns.iter().any(|(_, c)| c.name == column.name) {
                complete = false;
                let message = i18n::message(
                    self.locale,
                    "table-missing-column",
                    &Args::new()
                        .text("column", column.name.as_str())
                        .text("sheet", name.as_str()),
                );
                let help = self.fill_in(column, "table-missing-column-help");
                let at = label(header.len(), &column.name);
                self.cell_problem(
                    ProblemCode::MissingField,
                    &name,
                    *header_row,
                    &at,
                    message,
                    Some(help),
                );
            }
        }
        if !complete {
            self.incomplete.insert(sheet.field.clone());
        }
        let labels: Vec<String> = columns
            .iter()
            .map(|(index, column)| label(*index, &column.name))
            .collect();
        let mut places = ListPlaces {
            sheet: name.clone(),
            rows: Vec::new(),
            columns: columns
                .iter()
                .zip(&labels)
                .map(|((_, column), label)| (*column, label.clone()))
                .collect(),
        };
        let mut items = Vec::new();
        for (row, cells) in rows {
            if cells.iter().all(Cell::is_empty) {
                continue;
            }
            places.rows.push(*row);
            let mut object = Map::new();
            for ((index, column), label) in columns.iter().zip(&labels) {
                let cell = cells.get(*index).unwrap_or(&Cell::Empty);

                if cell.is_empty() && column.required {
                    let message = i18n::message(
                        self.locale,
                        "table-empty-cell",
                        &Args::new()
                            .text("column", column.name.as_str())
                            .text("sheet", name.as_str()),
                    );
                    let help = self.fill_in(column, "table-empty-cell-help");
                    self.cell_problem(
                        ProblemCode::MissingField,
                        &name,
                        *row,
                        label,
                        message,
                        Some(help),
                    );
                    continue;
                }
                self.value(&mut object, column, cell, (&name, *row, label));
            }
            items.push(Value::Object(object));
        }
        self.lists.insert(sheet.field.clone(), places);
        items
    }
}

/// The entry of the column a path of keys inside one element points at: the column itself or
/// the one holding it (`silence` for `silence[0].rule`), else the first column inside it
/// (`emotion.score` for `emotion`).
fn best_column<'a, T>(
    mut columns: impl Iterator<Item = (&'static Column, &'a T)> + Clone,
    keys: &[String],
) -> Option<&'a T> {
    if keys.is_empty() {
        return None;
    }
    columns
        .clone()
        .find(|(column, _)| keys.starts_with(&column.path))
        .or_else(|| columns.find(|(column, _)| column.path.starts_with(keys)))
        .map(|(_, entry)| entry)
}

/// Puts `value` at the dotted `path` in `object`, making the objects on the way.
fn insert(object: &mut Map<String, Value>, path: &[String], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut current = object;
    for key in parents {
        let entry = current
            .entry(key.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        current = entry.as_object_mut().expect("made an object above");
    }
    current.insert(last.clone(), value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(5), "F");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn dotted_columns_unflatten_into_objects() {
        let mut object = Map::new();
        insert(
            &mut object,
            &["attention".into(), "named_contact".into()],
            Value::Bool(true),
        );
        insert(
            &mut object,
            &["attention".into(), "loop_closed".into()],
            Value::Bool(false),
        );
        assert_eq!(
            Value::Object(object),
            serde_json::json!({"attention": {"named_contact": true, "loop_closed": false}})
        );
    }
}
