//! Reads a workbook (calamine: `.xlsx`, `.xlsm`, `.ods`) or a CSV file into sheets of cells,
//! each row keeping the number a spreadsheet shows for it.
//!
//! A CSV file holds the sheets one below the other, each starting with a row whose first cell
//! is the sheet's name in square brackets (`[Touchpoints]`), then its header row, then its rows;
//! `;` or `,` between cells (the one the first line uses most).

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::cell::Cell;

/// One sheet: its name and its rows, each with its 1-based row number.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The sheet's name as written.
    pub name: String,
    /// The rows, with the row number a spreadsheet (or a text editor, for CSV) shows.
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// The sheets of a workbook's bytes; the error is calamine's reason, for the "cannot read"
/// problem.
pub(super) fn workbook(bytes: Vec<u8>) -> Result<Vec<Grid>, String> {
    let mut sheets = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut grids = Vec::new();
    for name in sheets.sheet_names() {
        let range = sheets.worksheet_range(&name).map_err(|e| e.to_string())?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let mut row = vec![Cell::Empty; left as usize];
                row.extend(cells.iter().map(cell_of));
                (top as usize + i + 1, row)
            })
            .collect();
        grids.push(Grid { name, rows });
    }
    Ok(grids)
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Float(n) => Cell::Number(*n),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(date) => Cell::Text(date_text(date.as_f64())),
        Data::DateTimeIso(text) | Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Text(format!("#{error}")),
    }
}

/// A spreadsheet date (days since 1899-12-30) as `YYYY-MM-DD`: a date typed into a cell where
/// text is wanted (`evidence.date`) comes back as the date it shows.
fn date_text(serial: f64) -> String {
    let days = serial.floor() as i64 - 25_569; // days from 1970-01-01
    let (year, month, day) = crate::civil::civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The sheets of a CSV file in the stacked shape described above. Rows before the first
/// `[Sheet]` row belong to a sheet without a name, which tjm does not read (so the sheets it
/// needs are reported missing).
pub(super) fn csv(text: &str) -> Result<Vec<Grid>, String> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() >= first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut grids: Vec<Grid> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<Cell> = record
            .iter()
            .map(|field| {
                if field.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(field.to_owned())
                }
            })
            .collect();
        let first = cells.first().map(Cell::text).unwrap_or_default();
        let first = first.trim();
        if first.starts_with('[')
            && first.ends_with(']')
            && cells.iter().skip(1).all(Cell::is_empty)
        {
            grids.push(Grid {
                name: first[1..first.len() - 1].trim().to_owned(),
                rows: Vec::new(),
            });
            continue;
        }
        if grids.is_empty() {
            grids.push(Grid {
                name: String::new(),
                rows: Vec::new(),
            });
        }
        if let Some(grid) = grids.last_mut() {
            grid.rows.push((line, cells));
        }
    }
    Ok(grids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_dates_read_as_the_date_they_show() {
        assert_eq!(date_text(45_717.0), "2025-03-01");
        assert_eq!(date_text(25_569.0), "1970-01-01");
    }

    #[test]
    fn a_csv_file_holds_sheets_one_below_the_other() {
        let text = "[Journey]\nfield;value\nid;lekkage\n\n[Stages]\nid;title\nmelden;Melden\n";
        let grids = csv(text).unwrap();
        assert_eq!(grids.len(), 2);
        assert_eq!(grids[0].name, "Journey");
        assert_eq!(grids[1].name, "Stages");
        assert_eq!(grids[1].rows[1].0, 7);
        assert_eq!(grids[1].rows[1].1[1], Cell::Text("Melden".into()));
    }
}
