//! The input formats `load` reads, told apart by file name. Each format has its own module
//! that turns a file into the model and reports problems at a [`Location`](super::Location)
//! of its kind; JSON journeys are the only format that ships today. A spreadsheet or an
//! event-log import adds a variant here, an arm in `load_file`, and its module.

use std::path::Path;

/// A kind of input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A journey file in JSON (`*.json`), tjm's own format.
    JsonJourney,
    /// A journey in a workbook (`*.xlsx`, `*.xlsm`, `*.ods`), as `tjm export --to xlsx` writes it.
    Workbook,
    /// A journey in one CSV file, the workbook's sheets one below the other (`*.csv`).
    TableCsv,
}

impl InputFormat {
    /// The format of `path`: spreadsheets and CSV by their extension; every other file named
    /// on the command line is read as JSON whatever its name, as before.
    pub fn of(path: &Path) -> InputFormat {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("xlsx" | "xlsm" | "ods") => InputFormat::Workbook,
            Some("csv") => InputFormat::TableCsv,
            _ => InputFormat::JsonJourney,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::InputFormat;

    #[test]
    fn journey_files_are_json() {
        assert_eq!(
            InputFormat::of(Path::new("journeys/repair.json")),
            InputFormat::JsonJourney
        );
        assert_eq!(
            InputFormat::of(Path::new("journey")),
            InputFormat::JsonJourney
        );
    }

    #[test]
    fn spreadsheets_are_told_by_their_extension() {
        assert_eq!(
            InputFormat::of(Path::new("reparatie.XLSX")),
            InputFormat::Workbook
        );
        assert_eq!(InputFormat::of(Path::new("r.ods")), InputFormat::Workbook);
        assert_eq!(InputFormat::of(Path::new("r.csv")), InputFormat::TableCsv);
    }
}
