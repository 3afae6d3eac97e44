//! Where in an input a problem sits. One enum for every input format, so one diagnostics
//! renderer serves them all: a JSON journey points at a path and its bytes, a table import
//! (a spreadsheet, an event log) at a cell.

use std::ops::Range;

use super::json_path::JsonPath;
use crate::i18n::{self, Args, Locale};

/// A place in an input file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Location {
    /// The whole file or folder: it could not be read as a journey at all.
    #[default]
    File,
    /// A place in a JSON journey file.
    Json {
        /// The JSON path, e.g. `touchpoints[3].wait`, once the text parsed.
        path: Option<JsonPath>,
        /// The bytes to point at, when known.
        span: Option<Range<usize>>,
    },
    /// A cell of a table: a spreadsheet sheet or an event log's columns.
    Cell {
        /// The sheet, for workbooks.
        sheet: Option<String>,
        /// 1-based row, as a spreadsheet shows it.
        row: usize,
        /// The column's header, e.g. `wait`.
        column: String,
    },
}

impl Location {
    /// The JSON path, for formats that have one.
    pub fn json_path(&self) -> Option<&JsonPath> {
        match self {
            Location::Json { path, .. } => path.as_ref(),
            Location::File | Location::Cell { .. } => None,
        }
    }

    /// The byte range to show a snippet of, for text formats.
    pub fn span(&self) -> Option<&Range<usize>> {
        match self {
            Location::Json { span, .. } => span.as_ref(),
            Location::File | Location::Cell { .. } => None,
        }
    }

    /// The place in words, for a table cell ("sheet Touchpoints, row 14, column wait");
    /// JSON places are shown by the snippet and their path instead.
    pub fn describe(&self, locale: Locale) -> Option<String> {
        let Location::Cell { sheet, row, column } = self else {
            return None;
        };
        let args = Args::new()
            .count("row", *row)
            .text("column", column.as_str());
        Some(match sheet {
            Some(sheet) => i18n::message(
                locale,
                "location-sheet-cell",
                &args.text("sheet", sheet.as_str()),
            ),
            None => i18n::message(locale, "location-cell", &args),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Location;
    use crate::i18n::Locale;
    use crate::load::JsonPath;

    #[test]
    fn a_table_cell_is_named_by_sheet_row_and_column() {
        let cell = Location::Cell {
            sheet: Some("Touchpoints".into()),
            row: 14,
            column: "wait".into(),
        };
        assert_eq!(
            cell.describe(Locale::En).as_deref(),
            Some("sheet Touchpoints, row 14, column wait")
        );
        assert_eq!(
            cell.describe(Locale::Nl).as_deref(),
            Some("blad Touchpoints, rij 14, kolom wait")
        );
        assert_eq!(cell.span(), None);
    }

    #[test]
    fn the_diagnostics_renderer_names_a_cell_problem_by_file_sheet_row_and_column() {
        let problem = crate::load::Problem::cell(
            crate::load::ProblemCode::WrongType,
            std::path::Path::new("journeys.xlsx"),
            Some("Touchpoints"),
            14,
            "wait",
            "`soon` is not a waiting time",
        );
        assert_eq!(problem.span(), None);
        assert_eq!(
            problem.location(),
            "journeys.xlsx: sheet Touchpoints, row 14, column wait"
        );
        let shown = crate::diagnostics::render_problem(
            &problem,
            crate::diagnostics::Style {
                color: false,
                width: 80,
            },
        );
        assert!(
            shown.starts_with("journeys.xlsx: sheet Touchpoints, row 14, column wait: "),
            "{shown}"
        );
        assert!(shown.contains("`soon` is not a waiting time"), "{shown}");
    }

    #[test]
    fn a_json_place_has_a_path_and_a_span() {
        let path = JsonPath::root().key("touchpoints").index(3);
        let json = Location::Json {
            path: Some(path.clone()),
            span: Some(10..20),
        };
        assert_eq!(json.json_path(), Some(&path));
        assert_eq!(json.span(), Some(&(10..20)));
        assert_eq!(json.describe(Locale::En), None);
    }
}
