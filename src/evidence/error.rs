//! What can be wrong with a log or survey file, and where: every problem names the file, the
//! row and column (counted as a spreadsheet shows them: the header is row 1), and a fix in
//! words an advisor can follow. Worded from the catalogue (`locales/*/evidence.ftl`).

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{self, Args, Locale};

use super::columns::Field;

/// A log or survey file tjm cannot use; the run stops with exit 2.
#[derive(Debug)]
pub struct EvidenceError {
    /// The file.
    pub file: PathBuf,
    /// Where in it.
    pub place: Place,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole.
    File,
    /// One row.
    Row(u64),
    /// One cell: a row and a column's header name.
    Cell(u64, String),
    /// A line and column of a text file (an XES log), both from 1.
    Line(u64, u64),
    /// A cell of a workbook (boxed: a rare place should not make every error larger).
    SheetCell(Box<SheetCell>),
}

/// A cell of a workbook: the sheet, the row and the column as a spreadsheet shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetCell {
    /// The sheet's name.
    pub sheet: String,
    /// The row, from 1.
    pub row: u64,
    /// The column's letters and header name: `E (TP02_Satisfied_Calc_LCRA)`.
    pub column: String,
}

/// What is wrong.
#[derive(Debug)]
pub enum ErrorKind {
    /// The file could not be opened or read.
    Read(std::io::Error),
    /// The file is larger than tjm reads (megabytes).
    TooLarge {
        /// Its size.
        megabytes: u64,
        /// The limit.
        cap: u64,
    },
    /// No header row.
    Empty,
    /// A column tjm needs is not in the header.
    MissingColumn {
        /// The field.
        field: Field,
        /// The name the user gave, if any.
        given: Option<String>,
        /// The header, to choose from.
        header: Vec<String>,
    },
    /// A row is split by another delimiter than the header.
    MixedDelimiter {
        /// The header's delimiter.
        delimiter: u8,
        /// The one this row uses.
        other: u8,
    },
    /// A row has too few cells.
    ShortRow {
        /// Cells found.
        found: usize,
        /// Cells needed.
        needed: usize,
    },
    /// A quote opened and never closed.
    UnclosedQuote,
    /// A timestamp tjm cannot read.
    BadTimestamp {
        /// The cell as written.
        value: String,
    },
    /// An event dated before the previous event of the same case.
    BackInTime {
        /// The row of that earlier event.
        earlier_row: u64,
    },
    /// An XES file that is not well-formed XML.
    Xml {
        /// What the XML parser says.
        reason: String,
    },
    /// An XES event dated before the previous event of the same trace.
    XesBackInTime {
        /// The line of that earlier event.
        earlier_line: u64,
    },
    /// A file read as XES without a `<log>` element.
    NotXes,
    /// A TSM workbook without a header row with `Landlord code`.
    TsmNoHeader,
    /// A TSM workbook where the landlord to read is not one row.
    TsmLandlord {
        /// Landlords in the workbook.
        landlords: usize,
        /// The code or name given, if any.
        given: Option<String>,
    },
    /// A survey file without the columns of a grade or satisfaction table.
    SurveyShape {
        /// The header, to choose from.
        header: Vec<String>,
    },
    /// A survey cell that is not a number in range.
    SurveyValue {
        /// The cell as written.
        value: String,
    },
}

impl EvidenceError {
    /// A problem with the whole file.
    pub fn file(file: impl Into<PathBuf>, kind: ErrorKind) -> EvidenceError {
        EvidenceError {
            file: file.into(),
            place: Place::File,
            kind,
        }
    }

    /// The catalogue id of this kind of problem.
    pub fn id(&self) -> &'static str {
        match self.kind {
            ErrorKind::Read(_) => "evidence-error-read",
            ErrorKind::TooLarge { .. } => "evidence-error-too-large",
            ErrorKind::Empty => "evidence-error-empty",
            ErrorKind::MissingColumn { .. } => "evidence-error-missing-column",
            ErrorKind::MixedDelimiter { .. } => "evidence-error-mixed-delimiter",
            ErrorKind::ShortRow { .. } => "evidence-error-short-row",
            ErrorKind::UnclosedQuote => "evidence-error-unclosed-quote",
            ErrorKind::BadTimestamp { .. } => "evidence-error-timestamp",
            ErrorKind::BackInTime { .. } => "evidence-error-back-in-time",
            ErrorKind::Xml { .. } => "evidence-error-xml",
            ErrorKind::XesBackInTime { .. } => "evidence-error-xes-back-in-time",
            ErrorKind::NotXes => "evidence-error-not-xes",
            ErrorKind::TsmNoHeader => "evidence-error-tsm-no-header",
            ErrorKind::TsmLandlord { .. } => "evidence-error-tsm-landlord",
            ErrorKind::SurveyShape { .. } => "evidence-error-survey-shape",
            ErrorKind::SurveyValue { .. } => "evidence-error-survey-value",
        }
    }

    fn args(&self) -> Args {
        let args = Args::new();
        match &self.kind {
            ErrorKind::Read(error) => args.text("reason", error.to_string()),
            ErrorKind::TooLarge { megabytes, cap } => {
                args.count("size", *megabytes).count("cap", *cap)
            }
            ErrorKind::MissingColumn {
                field,
                given,
                header,
            } => args
                .key("field", field.key())
                .text("given", given.clone().unwrap_or_default())
                .key("named", if given.is_some() { "yes" } else { "no" })
                .text("header", header.join(", "))
                .text("defaults", field.defaults().join(", ")),
            ErrorKind::MixedDelimiter { delimiter, other } => args
                .text("delimiter", char::from(*delimiter).to_string())
                .text("other", char::from(*other).to_string()),
            ErrorKind::ShortRow { found, needed } => {
                args.count("found", *found).count("needed", *needed)
            }
            ErrorKind::BadTimestamp { value } | ErrorKind::SurveyValue { value } => {
                args.text("value", value.clone())
            }
            ErrorKind::BackInTime { earlier_row } => args.count("earlier", *earlier_row),
            ErrorKind::XesBackInTime { earlier_line } => args.count("earlier", *earlier_line),
            ErrorKind::Xml { reason } => args.text("reason", reason.clone()),
            ErrorKind::SurveyShape { header } => args.text("header", header.join(", ")),
            ErrorKind::TsmLandlord { landlords, given } => args
                .count("landlords", *landlords as u64)
                .text("given", given.clone().unwrap_or_default())
                .key("named", if given.is_some() { "yes" } else { "no" }),
            ErrorKind::Empty
            | ErrorKind::UnclosedQuote
            | ErrorKind::NotXes
            | ErrorKind::TsmNoHeader => args,
        }
    }

    /// "file: row 12, column datum", in the locale.
    pub fn place_text(&self, locale: Locale) -> String {
        let file = crate::output::terminal::safe_path(&self.file);
        match &self.place {
            Place::File => file,
            Place::Row(row) => i18n::message(
                locale,
                "evidence-place-row",
                &Args::new().text("file", file).count("row", *row),
            ),
            Place::Line(line, column) => i18n::message(
                locale,
                "evidence-place-line",
                &Args::new()
                    .text("file", file)
                    .count("line", *line)
                    .count("column", *column),
            ),
            Place::SheetCell(cell) => i18n::message(
                locale,
                "evidence-place-sheet-cell",
                &Args::new()
                    .text("file", file)
                    .text("sheet", cell.sheet.clone())
                    .count("row", cell.row)
                    .text("column", cell.column.clone()),
            ),
            Place::Cell(row, column) => i18n::message(
                locale,
                "evidence-place-cell",
                &Args::new()
                    .text("file", file)
                    .count("row", *row)
                    .text("column", column.clone()),
            ),
        }
    }

    /// What is wrong, in the locale.
    pub fn message(&self, locale: Locale) -> String {
        i18n::message(locale, self.id(), &self.args())
    }

    /// How to fix it, in the locale.
    pub fn help(&self, locale: Locale) -> String {
        i18n::message(locale, &format!("{}-help", self.id()), &self.args())
    }

    /// The whole problem for a terminal: place, message and fix, each made safe to print.
    pub fn render(&self, locale: Locale) -> String {
        use crate::output::terminal::safe_line;
        i18n::message(
            locale,
            "evidence-error",
            &Args::new()
                .text("place", safe_line(&self.place_text(locale)))
                .text("message", safe_line(&self.message(locale)))
                .text("help", safe_line(&self.help(locale))),
        )
    }
}

impl fmt::Display for EvidenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

impl std::error::Error for EvidenceError {}
