//! What can be wrong with journey files: one `Problem` per fault, each naming the file, the
//! place in it and how to fix it.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::json_path::JsonPath;
use super::location::Location;
use super::source::{LineColumn, SourceFile};

/// The stable code of a problem, shown as `tjm::load::<code>` and used in JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemCode {
    /// A path given on the command line does not exist.
    NotFound,
    /// A directory holds no journey files.
    NoJourneys,
    /// A file exists but cannot be read.
    Unreadable,
    /// The file is larger than a journey can sensibly be.
    TooLarge,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The file is empty.
    Empty,
    /// The text is not valid JSON.
    Syntax,
    /// The JSON is not one object.
    NotAnObject,
    /// A value has the wrong type.
    WrongType,
    /// A required field is missing.
    MissingField,
    /// A field that the format does not know (often a typo).
    UnknownField,
    /// A value that is not one of the allowed choices.
    UnknownValue,
    /// A value outside its allowed range.
    OutOfRange,
    /// Two things share one id.
    DuplicateId,
    /// A reference to a stage, actor or touchpoint that does not exist.
    UnknownReference,
    /// Two transitions join the same two touchpoints.
    DuplicateTransition,
    /// Shares leaving one touchpoint add up to more than 100%.
    SharesOver100,
    /// A touchpoint cannot be reached from the start.
    Unreachable,
    /// A journey has no end, or tenants can get stuck where no end is reachable.
    NoEnd,
    /// A journey has no touchpoints.
    NoTouchpoints,
    /// A silence names a rule that does not exist.
    UnknownRule,
    /// A silence gives no reason.
    MissingReason,
    /// Two files hold journeys with the same id.
    DuplicateJourney,
    /// A key written twice in one object: the last one wins. A warning: the journey loads.
    DuplicateKey,
    /// A journey's own log (`evidence/<id>.csv`) cannot be read.
    EvidenceLog,
}

impl ProblemCode {
    /// The code as written in diagnostics, e.g. `unknown-field`.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemCode::NotFound => "not-found",
            ProblemCode::NoJourneys => "no-journeys",
            ProblemCode::Unreadable => "unreadable",
            ProblemCode::TooLarge => "too-large",
            ProblemCode::NotUtf8 => "not-utf8",
            ProblemCode::Empty => "empty",
            ProblemCode::Syntax => "syntax",
            ProblemCode::NotAnObject => "not-an-object",
            ProblemCode::WrongType => "wrong-type",
            ProblemCode::MissingField => "missing-field",
            ProblemCode::UnknownField => "unknown-field",
            ProblemCode::UnknownValue => "unknown-value",
            ProblemCode::OutOfRange => "out-of-range",
            ProblemCode::DuplicateId => "duplicate-id",
            ProblemCode::UnknownReference => "unknown-reference",
            ProblemCode::DuplicateTransition => "duplicate-transition",
            ProblemCode::SharesOver100 => "shares-over-100",
            ProblemCode::Unreachable => "unreachable",
            ProblemCode::NoEnd => "no-end",
            ProblemCode::NoTouchpoints => "no-touchpoints",
            ProblemCode::UnknownRule => "unknown-rule",
            ProblemCode::MissingReason => "missing-reason",
            ProblemCode::DuplicateJourney => "duplicate-journey",
            ProblemCode::DuplicateKey => "duplicate-key",
            ProblemCode::EvidenceLog => "evidence-log",
        }
    }

    /// Warnings are shown but do not stop the journey from loading.
    pub fn is_warning(self) -> bool {
        matches!(self, ProblemCode::DuplicateKey)
    }
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong with the input, with everything needed to show where and how to fix it.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct Problem {
    /// What kind of problem this is.
    pub code: ProblemCode,
    /// The file (or directory) it is about.
    pub file: PathBuf,
    /// Where in the file: a JSON path and bytes, a table cell, or the whole file. One enum
    /// for every input format, so one renderer serves them all.
    pub place: Location,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, when tjm can tell.
    pub help: Option<String>,
    /// The file's text, so the problem can show a snippet.
    pub source_file: Option<Arc<SourceFile>>,
}

impl Problem {
    /// A problem about a whole file or directory, with no place inside it.
    pub fn file(code: ProblemCode, file: &Path, message: impl Into<String>) -> Problem {
        Problem {
            code,
            file: file.to_owned(),
            place: Location::File,
            message: message.into(),
            help: None,
            source_file: None,
        }
    }

    /// A problem at a place in a file; the span is found from the path.
    pub fn at(
        code: ProblemCode,
        source: &Arc<SourceFile>,
        path: JsonPath,
        message: impl Into<String>,
    ) -> Problem {
        let prefer_key = code == ProblemCode::UnknownField;
        let span = source.best_span(&path, prefer_key);
        Problem {
            code,
            file: source.path().to_owned(),
            place: Location::Json {
                path: Some(path),
                span,
            },
            message: message.into(),
            help: None,
            source_file: Some(Arc::clone(source)),
        }
    }

    /// A problem at a byte offset, for syntax errors where no path exists yet.
    pub fn at_offset(
        code: ProblemCode,
        source: &Arc<SourceFile>,
        offset: usize,
        message: impl Into<String>,
    ) -> Problem {
        let end = source.text()[offset..]
            .chars()
            .next()
            .map_or(offset, |c| offset + c.len_utf8());
        Problem {
            code,
            file: source.path().to_owned(),
            place: Location::Json {
                path: None,
                span: Some(offset..end),
            },
            message: message.into(),
            help: None,
            source_file: Some(Arc::clone(source)),
        }
    }

    /// A problem in a cell of a table (a spreadsheet or an event log import): the seam for
    /// input formats other than JSON, none of which ships yet.
    pub fn cell(
        code: ProblemCode,
        file: &Path,
        sheet: Option<&str>,
        row: usize,
        column: &str,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            code,
            file: file.to_owned(),
            place: Location::Cell {
                sheet: sheet.map(str::to_owned),
                row,
                column: column.to_owned(),
            },
            message: message.into(),
            help: None,
            source_file: None,
        }
    }

    /// The JSON path of the place, for JSON files.
    pub fn path(&self) -> Option<&JsonPath> {
        self.place.json_path()
    }

    /// The bytes to point at, for text formats.
    pub fn span(&self) -> Option<&Range<usize>> {
        self.place.span()
    }

    /// True for a warning: shown, but the journey still loads.
    pub fn is_warning(&self) -> bool {
        self.code.is_warning()
    }

    /// Points the problem at `span` instead of where its path leads (a duplicate key's path
    /// finds the value that wins, but the warning belongs at the key written twice).
    pub fn with_span(mut self, span: Range<usize>) -> Problem {
        if let Location::Json { span: at, .. } = &mut self.place {
            *at = Some(span);
        }
        self
    }

    /// Adds the fix.
    pub fn with_help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    /// Adds the fix when there is one.
    pub fn with_help_opt(mut self, help: Option<String>) -> Problem {
        self.help = help;
        self
    }

    /// Line and column of the problem, when it has a place.
    pub fn line_column(&self) -> Option<LineColumn> {
        Some(self.source_file.as_ref()?.line_column(self.span()?.start))
    }

    /// `file:line:column`, `file: sheet …, row …, column …`, or just the file, for one-line
    /// output.
    pub fn location(&self) -> String {
        if let Some(cell) = self.place.describe(crate::i18n::Locale::En) {
            return format!("{}: {cell}", self.file.display());
        }
        match self.line_column() {
            Some(LineColumn { line, column }) => format!("{}:{line}:{column}", self.file.display()),
            None => self.file.display().to_string(),
        }
    }
}
