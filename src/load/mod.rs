//! Loading: read journey files, check them, and turn them into the model, collecting every
//! problem with its file, line, column, JSON path and a hint. Loading never stops early: a bad
//! file is reported and the good ones still load.

mod deserialize;
mod discover;
mod encoding;
mod format;
mod json_path;
mod line_index;
mod location;
mod problem;
mod source;
mod span_index;
pub mod suggest;
mod syntax;
pub mod table;
mod validate;

use std::collections::HashMap;

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use deserialize::Origins;
pub use format::InputFormat;
pub use json_path::{JsonPath, Segment};
pub use line_index::LineIndex;
pub use location::Location;
pub use problem::{Problem, ProblemCode};
pub use source::{LineColumn, SourceFile, Spans};

use crate::i18n::{Args, Locale, message, message as message_of, text as text_of};
use crate::model::Journey;

/// Journey files larger than this are refused: a journey of a hundred touchpoints is about
/// 60 kB, so anything this big is not a hand-written journey.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// What loading needs to know from the rest of tjm.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions<'a> {
    /// Codes and names of the rules, so silences can be checked; empty skips that check.
    pub rule_names: &'a [(&'a str, &'a str)],
    /// The locale problems are worded in (`--lang`, else tjm.toml's `lang`, else English:
    /// the journeys' own language is not known before they load).
    pub locale: Locale,
    /// Keep each journey file's text after it loaded, for snippets and line numbers. A report
    /// shows neither: letting the text go as each file loads keeps the input's size out of
    /// the peak memory (a journey with problems keeps its text in them either way).
    pub keep_text: bool,
}

impl Default for LoadOptions<'_> {
    fn default() -> Self {
        LoadOptions {
            rule_names: &[],
            locale: Locale::default(),
            keep_text: true,
        }
    }
}

/// A journey that loaded without problems, with the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedJourney {
    /// The journey.
    pub journey: Journey,
    /// Its file, for pointing diagnostics at touchpoints.
    pub source: Arc<SourceFile>,
}

impl LoadedJourney {
    /// Where touchpoint `index` sits in the file (its `id` line), for diagnostics.
    pub fn touchpoint_path(&self, index: usize) -> JsonPath {
        JsonPath::root().key("touchpoints").index(index)
    }
}

/// Everything found in the paths: the usable journeys and every problem.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Journeys without problems, in file order.
    pub journeys: Vec<LoadedJourney>,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
    /// Warnings (a key written twice): shown, but their journeys load.
    pub warnings: Vec<Problem>,
}

/// Loads every journey in `paths` (files, or directories searched for `*.json`).
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions<'_>) -> Loaded {
    let mut loaded = Loaded::default();
    let files = discover::journey_files(paths, options.locale, &mut loaded.problems);
    // Files are independent: load them on every core, keeping file order.
    let results: Vec<_> = files
        .par_iter()
        .map(|file| {
            let (journey, problems) = load_file(file, options);
            let journey = journey.map(|mut journey| {
                if !options.keep_text {
                    journey.source = Arc::new(SourceFile::new(file.clone(), String::new()));
                }
                journey
            });
            (journey, problems)
        })
        .collect();
    for (journey, problems) in results {
        let (warnings, problems): (Vec<_>, Vec<_>) =
            problems.into_iter().partition(Problem::is_warning);
        loaded.warnings.extend(warnings);
        loaded.problems.extend(problems);
        loaded.journeys.extend(journey);
    }
    reject_duplicate_ids(&mut loaded, options.locale);
    loaded
}

/// Loads one file.
pub fn load_file(path: &Path, options: &LoadOptions<'_>) -> (Option<LoadedJourney>, Vec<Problem>) {
    match InputFormat::of(path) {
        InputFormat::JsonJourney => match read(path, options.locale) {
            Ok(text) => load_text(path, text, options),
            Err(problem) => (None, vec![*problem]),
        },
        InputFormat::Workbook => table::load_table(path, table::TableKind::Workbook, options),
        InputFormat::TableCsv => table::load_table(path, table::TableKind::Csv, options),
    }
}

fn read(path: &Path, locale: Locale) -> Result<String, Box<Problem>> {
    let at = || Args::new().text("path", path.display().to_string());
    let limit = MAX_FILE_BYTES / (1024 * 1024);
    let unreadable = |error: std::io::Error| {
        Box::new(Problem::file(
            ProblemCode::Unreadable,
            path,
            message(
                locale,
                "load-unreadable",
                &at().text("reason", error.to_string()),
            ),
        ))
    };
    let bytes = match discover::read_capped(path, MAX_FILE_BYTES).map_err(unreadable)? {
        discover::Capped::Bytes(bytes) => bytes,
        discover::Capped::TooLarge { len } => {
            let args = at().count("limit", limit);
            let text_of_size = match len {
                Some(len) => {
                    let args = args.decimal("megabytes", len as f64 / 1_000_000.0, 1);
                    message(locale, "load-too-large", &args)
                }
                None => message(locale, "load-too-large-stream", &args),
            };
            return Err(Box::new(
                Problem::file(ProblemCode::TooLarge, path, text_of_size)
                    .with_help(text_of(locale, "load-too-large-help")),
            ));
        }
    };
    if let Some((endian, bom)) = encoding::utf16(&bytes) {
        let args = at()
            .key("endian", endian.key())
            .key("bom", if bom { "yes" } else { "no" });
        return Err(Box::new(
            Problem::file(
                ProblemCode::NotUtf8,
                path,
                message(locale, "load-utf16", &args),
            )
            .with_help(text_of(locale, "load-utf16-help")),
        ));
    }
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = bytes[..offset]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        // Columns count characters; everything before `offset` is valid UTF-8.
        let column = std::str::from_utf8(&bytes[line_start..offset])
            .map_or(offset - line_start, |s| s.chars().count())
            + 1;
        let args = at()
            .text("line", line.to_string())
            .text("column", column.to_string())
            .text("byte", format!("0x{:02X}", bytes[offset]))
            .text("offset", offset.to_string());
        // A letter in the older Latin-1 encoding is named, so the user sees which one it is.
        let wording = match encoding::latin1(bytes[offset]) {
            Some(letter) => message(
                locale,
                "load-not-utf8-latin1",
                &args.text("letter", letter.to_string()),
            ),
            None => message(locale, "load-not-utf8", &args),
        };
        Box::new(
            Problem::file(ProblemCode::NotUtf8, path, wording)
                .with_help(text_of(locale, "load-not-utf8-help")),
        )
    })
}

/// Loads a journey from text already in memory; `path` names it in diagnostics.
pub fn load_text(
    path: &Path,
    text: String,
    options: &LoadOptions<'_>,
) -> (Option<LoadedJourney>, Vec<Problem>) {
    // Windows editors may start UTF-8 files with a byte order mark; JSON parsers refuse it.
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    let source = Arc::new(SourceFile::new(path, text));
    let mut problems = Vec::new();
    if source.text().trim().is_empty() {
        problems.push(
            Problem::file(
                ProblemCode::Empty,
                path,
                message(
                    options.locale,
                    "load-empty",
                    &Args::new().text("path", path.display().to_string()),
                ),
            )
            .with_help(text_of(options.locale, "load-empty-help")),
        );
        return (None, problems);
    }
    let parsed = match deserialize::journey_fast(source.text()) {
        Some(parsed) => Some(parsed),
        None => {
            let value: serde_json::Value = match serde_json::from_str(source.text()) {
                Ok(value) => value,
                Err(error) => {
                    let offset = source.offset_of(error.line(), error.column());
                    let message = error.to_string();
                    let message = message
                        .rsplit_once(" at line ")
                        .map_or(message.as_str(), |(m, _)| m);
                    let locale = options.locale;
                    if let Some(slip) = syntax::explain(source.text(), offset, message, locale) {
                        let wording = message_of(
                            locale,
                            "load-syntax",
                            &Args::new().text("detail", slip.detail),
                        );
                        problems.push(
                            Problem::at_offset(
                                ProblemCode::Syntax,
                                &source,
                                slip.span.start,
                                wording,
                            )
                            .with_span(slip.span)
                            .with_help(slip.help),
                        );
                        return (None, problems);
                    }
                    let (detail, help) = if message.contains("recursion limit exceeded") {
                        // serde_json stops at 128 levels; its words do not say that.
                        (text_of(locale, "load-too-deep"), "load-syntax-help-deep")
                    } else {
                        (message.to_owned(), syntax_help(message))
                    };
                    let wording =
                        message_of(locale, "load-syntax", &Args::new().text("detail", detail));
                    problems.push(
                        Problem::at_offset(ProblemCode::Syntax, &source, offset, wording)
                            .with_help(text_of(locale, help)),
                    );
                    return (None, problems);
                }
            };
            let parsed = deserialize::journey(value, &source, options.locale, &mut problems);
            // After the journey's own problems, which decide whether its graph is complete.
            deserialize::duplicate_keys(&source, options.locale, &mut problems);
            parsed
        }
    };
    let Some((journey, origins)) = parsed else {
        return (None, problems);
    };
    validate::journey(
        &validate::Subject {
            journey: &journey,
            origins: &origins,
            source: &source,
            rule_names: options.rule_names,
            locale: options.locale,
        },
        &mut problems,
    );
    // Read top to bottom, like the file.
    problems.sort_by_key(|problem| problem.span().map_or(0, |span| span.start));
    if problems.iter().all(Problem::is_warning) {
        (Some(LoadedJourney { journey, source }), problems)
    } else {
        (None, problems)
    }
}

/// The catalogue id of the hint for one of serde_json's syntax errors.
fn syntax_help(message: &str) -> &'static str {
    if message.contains("trailing comma") {
        "load-syntax-help-comma"
    } else if message.contains("key must be a string") {
        "load-syntax-help-quotes"
    } else if message.contains("EOF") {
        "load-syntax-help-eof"
    } else if message.contains("expected `,`") {
        "load-syntax-help-missing-comma"
    } else {
        "load-syntax-help"
    }
}

/// `source`, or when its text was let go after loading (`LoadOptions::keep_text`), the file
/// read again: a rare problem still points at its line.
fn text_again(source: &Arc<SourceFile>, locale: Locale) -> Arc<SourceFile> {
    if !source.text().is_empty() {
        return Arc::clone(source);
    }
    match read(source.path(), locale) {
        Ok(text) => {
            let text = text
                .strip_prefix('\u{feff}')
                .map_or(text.clone(), str::to_owned);
            Arc::new(SourceFile::new(source.path(), text))
        }
        Err(_) => Arc::clone(source),
    }
}

fn reject_duplicate_ids(loaded: &mut Loaded, locale: Locale) {
    let mut first: HashMap<String, PathBuf> = HashMap::new();
    let mut keep = Vec::with_capacity(loaded.journeys.len());
    for journey in std::mem::take(&mut loaded.journeys) {
        match first.get(&journey.journey.id) {
            Some(earlier) => loaded.problems.push(
                Problem::at(
                    ProblemCode::DuplicateJourney,
                    &text_again(&journey.source, locale),
                    JsonPath::root().key("id"),
                    message(
                        locale,
                        "load-duplicate-journey",
                        &Args::new()
                            .text("id", journey.journey.id.as_str())
                            .text("earlier", earlier.display().to_string()),
                    ),
                )
                .with_help(text_of(locale, "load-duplicate-journey-help")),
            ),
            None => {
                first.insert(journey.journey.id.clone(), journey.source.path().to_owned());
                keep.push(journey);
            }
        }
    }
    loaded.journeys = keep;
}
