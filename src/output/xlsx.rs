//! `tjm export --to xlsx`: one journey as an Excel workbook that is also the template to fill
//! in, and that `tjm import` (or `tjm check` on the file) reads back to the same journey.
//!
//! The sheets and columns come from [`crate::load::table::layout`], which derives them from
//! the journey format, so every field is carried with no code here. Each header has a note
//! explaining the column in the journey's language, choices and yes/no columns have a dropdown
//! with the names in that language, header rows are frozen and columns are wide enough to read.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, FormatBorder, Note, Workbook,
    Worksheet, XlsxError,
};
use serde_json::Value;

use crate::i18n::{self, Locale};
use crate::load::table::cell::{Cell, to_cell};
use crate::load::table::layout::{Column, JOURNEY_HEADERS, JOURNEY_SHEET, layout};
use crate::model::{Journey, Language};

/// The last row a dropdown reaches (0-based), so rows added by hand get one too.
const LAST_ROW: u32 = 1_048_575;
/// Columns are at least this wide and at most this wide, in characters.
const WIDTH: (usize, usize) = (10, 60);

/// Why a workbook could not be written: the writer's own reason (a text over 32,767
/// characters, for instance), for developer paths and the `cli-error` line.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct XlsxExportError(#[from] XlsxError);

/// The workbook of `journey`, with notes worded in `locale`.
pub fn render(journey: &Journey, locale: Locale) -> Result<Vec<u8>, XlsxExportError> {
    let value = serde_json::to_value(journey).expect("a journey serialises");
    let language = journey.language;
    let mut workbook = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin);
    let sheet = workbook.add_worksheet();
    journey_sheet(sheet, &value, language, locale, &header)?;
    for list in &layout().sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(&list.name)?;
        let items = value
            .get(&list.field)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let mut widths: Vec<usize> = list
            .columns
            .iter()
            .map(|c| c.name.chars().count())
            .collect();
        for (index, column) in list.columns.iter().enumerate() {
            let col = index as u16;
            sheet.write_string_with_format(0, col, &column.name, &header)?;
            sheet.insert_note(0, col, &note(&list.field, column, locale))?;
            if let Some(names) = column.dropdown(language) {
                dropdown(sheet, 1, LAST_ROW, col, &names)?;
            }
        }
        for (row, item) in items.iter().enumerate() {
            let row = row as u32 + 1;
            for (index, column) in list.columns.iter().enumerate() {
                let Some(value) = at(item, &column.path) else {
                    continue;
                };
                let cell = to_cell(column, value, language);
                widths[index] = widths[index].max(width_of(&cell));
                write(sheet, row, index as u16, &cell)?;
            }
        }
        for (index, width) in widths.into_iter().enumerate() {
            sheet.set_column_width(index as u16, clamp(width))?;
        }
        // The header row and the first column (the id) stay in view.
        sheet.set_freeze_panes(1, 1)?;
    }
    Ok(workbook.save_to_buffer()?)
}

fn journey_sheet(
    sheet: &mut Worksheet,
    value: &Value,
    language: Language,
    locale: Locale,
    header: &Format,
) -> Result<(), XlsxExportError> {
    sheet.set_name(JOURNEY_SHEET)?;
    sheet.write_string_with_format(0, 0, JOURNEY_HEADERS[0], header)?;
    sheet.write_string_with_format(0, 1, JOURNEY_HEADERS[1], header)?;
    let mut widths = [JOURNEY_HEADERS[0].len(), JOURNEY_HEADERS[1].len()];
    for (index, column) in layout().journey.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_string(row, 0, &column.name)?;
        sheet.insert_note(row, 0, &note("journey", column, locale))?;
        widths[0] = widths[0].max(column.name.chars().count());
        if let Some(names) = column.dropdown(language) {
            dropdown(sheet, row, row, 1, &names)?;
        }
        if let Some(value) = at(value, &column.path) {
            let cell = to_cell(column, value, language);
            widths[1] = widths[1].max(width_of(&cell));
            write(sheet, row, 1, &cell)?;
        }
    }
    sheet.set_column_width(0, clamp(widths[0]))?;
    sheet.set_column_width(1, clamp(widths[1]))?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn at<'v>(value: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter()
        .try_fold(value, |value, key| value.get(key))
        .filter(|v| !v.is_null())
}

fn write(sheet: &mut Worksheet, row: u32, col: u16, cell: &Cell) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        // Strings are stored as strings: a text starting with `=` is never a formula.
        Cell::Text(text) => {
            sheet.write_string(row, col, text)?;
        }
        Cell::Number(n) => {
            sheet.write_number(row, col, *n)?;
        }
        Cell::Bool(b) => {
            sheet.write_boolean(row, col, *b)?;
        }
    }
    Ok(())
}

/// A dropdown of `names` that warns about (but allows) other text, so a name typed in the
/// other language still goes in: `tjm import` reads both.
fn dropdown(
    sheet: &mut Worksheet,
    first_row: u32,
    last_row: u32,
    col: u16,
    names: &[String],
) -> Result<(), XlsxError> {
    // Excel keeps at most 255 characters of names in a list; longer lists go without.
    let Ok(validation) = DataValidation::new().allow_list_strings(names) else {
        return Ok(());
    };
    let validation = validation.set_error_style(DataValidationErrorStyle::Warning);
    sheet.add_data_validation(first_row, col, last_row, col, &validation)?;
    Ok(())
}

/// The note on a header: the catalogue's words for the column (`xlsx-note-<sheet>-<column>`),
/// else the journey format's own description, so a new field is explained too.
fn note(field: &str, column: &Column, locale: Locale) -> Note {
    let id = format!(
        "xlsx-note-{}-{}",
        field,
        column.name.trim_start_matches('$').replace('.', "-")
    );
    let text = if i18n::has_message(locale, &id) {
        i18n::text(locale, &id)
    } else {
        column.description.clone().unwrap_or_default()
    };
    Note::new(text)
        .add_author_prefix(false)
        .set_width(320)
        .set_height(120)
}

fn width_of(cell: &Cell) -> usize {
    match cell {
        Cell::Text(text) => text.lines().map(|l| l.chars().count()).max().unwrap_or(0),
        Cell::Number(n) => n.to_string().len(),
        Cell::Bool(_) | Cell::Empty => 5,
    }
}

fn clamp(width: usize) -> f64 {
    (width + 2).clamp(WIDTH.0, WIDTH.1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_a_zip_with_one_sheet_per_list() {
        let journey: Journey = serde_json::from_value(serde_json::json!({
            "id": "j", "title": "J", "language": "nl",
            "stages": [{"id": "s", "title": "S"}],
            "actors": [{"id": "a", "name": "A", "kind": "department"}],
            "touchpoints": [{"id": "t", "stage": "s", "title": "T", "actor": "a"}]
        }))
        .unwrap();
        let bytes = render(&journey, Locale::Nl).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }

    #[test]
    fn every_note_in_the_catalogue_is_on_a_column_that_exists() {
        let mut ids: Vec<String> = layout()
            .journey
            .iter()
            .map(|c| ("journey", c))
            .chain(
                layout()
                    .sheets
                    .iter()
                    .flat_map(|s| s.columns.iter().map(|c| (s.field.as_str(), c))),
            )
            .map(|(field, column)| {
                format!(
                    "xlsx-note-{field}-{}",
                    column.name.trim_start_matches('$').replace('.', "-")
                )
            })
            .collect();
        ids.sort();
        for (_, id) in i18n::message_ids(Locale::En) {
            if id.starts_with("xlsx-note-") {
                assert!(
                    ids.binary_search(&id.to_owned()).is_ok(),
                    "{id} names no column"
                );
            }
        }
        assert!(i18n::has_message(
            Locale::Nl,
            "xlsx-note-touchpoints-attention-named_contact"
        ));
    }
}
