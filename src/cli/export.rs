//! `tjm export`: journeys as Mermaid, Graphviz DOT, CSV for Excel, JSON, or an Excel workbook
//! to fill in (one per journey, read back by `tjm import`).

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};

use super::{Cli, Exit, Io, error_line, resolve_config};
use crate::authoring::{Overwrite, WriteError, write_atomic};
use crate::diagnostics::render_problem;
use crate::i18n::{Args, message, text as text_of};
use crate::output::json::check_document;
use crate::output::terminal::{safe_line, safe_path};
use crate::output::{csv, dot, json_escape, mermaid, xlsx};
use crate::project::Project;

/// Arguments of `tjm export`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  tjm export --to mermaid -o journeys.md\n  tjm export --to dot journeys/klacht.json | dot -Tsvg > klacht.svg\n  tjm export --to csv -o touchpoints.csv\n  tjm export --to csv --delimiter , -o touchpoints.csv\n  tjm export --to csv --raw -o exact.csv   (no ' before = + - @: not for Excel)\n  tjm export --to json > journeys.json\n  tjm export --to xlsx journeys/klacht.json -o klacht.xlsx\n  tjm export --to xlsx -o werkmappen/   (one workbook per journey)"
)]
pub struct ExportArgs {
    /// The format to export to.
    #[arg(long, value_enum)]
    pub to: ExportFormat,
    /// Journey files or folders (searched for *.json).
    #[arg(default_value = "journeys")]
    pub paths: Vec<PathBuf>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// CSV only: the field separator, one character (default `;`, as Dutch Excel expects; `tab` for tabs).
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// CSV only: write every cell exactly as in the journey. Without it, a text cell that starts
    /// with = + - @, a tab or a carriage return gets a leading ' so a spreadsheet shows it instead
    /// of running it as a formula (plain numbers such as -3 stay numbers), and control characters
    /// are shown as \u{1b}. Use --raw only for programs that read the CSV back, not for Excel.
    #[arg(long)]
    pub raw: bool,
    /// xlsx only: replace workbooks that already exist (they may hold what someone filled in).
    #[arg(long)]
    pub force: bool,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown with a Mermaid `journey` diagram and `flowchart` per journey.
    Mermaid,
    /// Graphviz DOT, one digraph per journey.
    Dot,
    /// One table of touchpoints for Excel (UTF-8 with BOM).
    Csv,
    /// The analysed journeys: `tjm check --format json` plus each journey and its rows.
    Json,
    /// An Excel workbook per journey, to fill in and read back with `tjm import`.
    Xlsx,
}

fn parse_delimiter(text: &str) -> Option<u8> {
    match text {
        "tab" | "\\t" | "\t" => Some(b'\t'),
        _ => {
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii() && !matches!(c, '"' | '\r' | '\n') => Some(c as u8),
                _ => None,
            }
        }
    }
}

pub(super) fn run(cli: &Cli, args: &ExportArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // Before the journeys load, only `--lang` is known.
    let locale = cli.locale().unwrap_or_default();
    let delimiter = match (&args.delimiter, args.to) {
        (None, _) => b';',
        (Some(text), ExportFormat::Csv) => match parse_delimiter(text) {
            Some(d) => d,
            None => {
                let error = message(
                    locale,
                    "export-bad-delimiter",
                    &Args::new().text("text", safe_line(text)),
                );
                writeln!(io.err, "{}", error_line(locale, error))?;
                return Ok(Exit::InvalidInput);
            }
        },
        (Some(_), _) => {
            let error = text_of(locale, "export-delimiter-csv-only");
            writeln!(io.err, "{}", error_line(locale, error))?;
            return Ok(Exit::InvalidInput);
        }
    };
    if args.raw && args.to != ExportFormat::Csv {
        let error = text_of(locale, "export-raw-csv-only");
        writeln!(io.err, "{}", error_line(locale, error))?;
        return Ok(Exit::InvalidInput);
    }
    let cells = if args.raw {
        csv::Cells::Raw
    } else {
        csv::Cells::Safe
    };
    let config = match resolve_config(cli, &args.paths, io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let project = Project::open(&args.paths, &config, cli.locale());
    for problem in &project.problems {
        write!(io.err, "{}", render_problem(problem, io.style))?;
    }
    if !project.problems.is_empty() {
        writeln!(io.err, "{}", text_of(project.locale, "export-nothing"))?;
        return Ok(Exit::InvalidInput);
    }
    if args.to == ExportFormat::Xlsx {
        return export_workbooks(args, &project, io);
    }
    if args.force {
        let error = text_of(locale, "export-force-xlsx-only");
        writeln!(io.err, "{}", error_line(locale, error))?;
        return Ok(Exit::InvalidInput);
    }
    let bytes = match args.to {
        ExportFormat::Mermaid => mermaid::render(&project.journeys).into_bytes(),
        ExportFormat::Dot => dot::render(&project.journeys).into_bytes(),
        ExportFormat::Csv => csv::render(&project.journeys, delimiter, cells)?,
        ExportFormat::Xlsx => unreachable!("workbooks are written above"),
        ExportFormat::Json => {
            let mut text = json_escape::to_string_pretty(&json_document(&project)?)?;
            text.push('\n');
            text.into_bytes()
        }
    };
    match &args.out {
        Some(path) => {
            write_atomic(path, &bytes, Overwrite::Replace)?;
            let wrote = Args::new()
                .count("count", project.journeys.len())
                .text("path", safe_path(path));
            writeln!(
                io.err,
                "{}",
                message(project.locale, "export-wrote", &wrote)
            )?;
        }
        None => io.out.write_all(&bytes)?,
    }
    Ok(Exit::Clean)
}

/// One workbook per journey: to `-o FILE` (or standard output) for one journey, into the
/// folder `-o DIR` as `<id>.xlsx` for several. An existing workbook is kept unless `--force`:
/// it may hold what someone filled in.
fn export_workbooks(args: &ExportArgs, project: &Project, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let locale = project.locale;
    let folder = match &args.out {
        Some(out) if out.is_dir() || project.journeys.len() > 1 => Some(out.as_path()),
        Some(_) => None,
        None if project.journeys.len() > 1 => {
            let error = text_of(locale, "export-xlsx-needs-folder");
            writeln!(io.err, "{}", error_line(locale, error))?;
            return Ok(Exit::InvalidInput);
        }
        None => None,
    };
    let overwrite = if args.force {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    let mut refused = false;
    for journey in &project.journeys {
        let bytes = xlsx::render(&journey.loaded.journey, journey.locale)?;
        let path = match (folder, &args.out) {
            (Some(folder), _) => folder.join(format!("{}.xlsx", journey.loaded.journey.id)),
            (None, Some(out)) => out.clone(),
            (None, None) => {
                io.out.write_all(&bytes)?;
                continue;
            }
        };
        match write_atomic(&path, &bytes, overwrite) {
            Ok(()) => {
                let wrote = Args::new().count("count", 1).text("path", safe_path(&path));
                writeln!(io.err, "{}", message(locale, "export-wrote", &wrote))?;
            }
            Err(WriteError::Exists(path)) => {
                refused = true;
                let error = message(
                    locale,
                    "export-exists",
                    &Args::new().text("file", safe_path(&path)),
                );
                writeln!(io.err, "{}", error_line(locale, error))?;
            }
            Err(error) => return Err(error.into()),
        }
    }
    Ok(if refused {
        Exit::InvalidInput
    } else {
        Exit::Clean
    })
}

/// The `check --format json` document, with each journey also carrying `journey` (the journey
/// as loaded) and `touchpoints` (the CSV's rows), so the JSON export holds everything the
/// other exports show.
fn json_document(project: &Project) -> serde_json::Result<serde_json::Value> {
    let mut document = serde_json::to_value(check_document(project))?;
    if let Some(reports) = document
        .get_mut("journeys")
        .and_then(serde_json::Value::as_array_mut)
    {
        for (report, journey) in reports.iter_mut().zip(&project.journeys) {
            if let Some(report) = report.as_object_mut() {
                report.insert(
                    "journey".into(),
                    serde_json::to_value(&journey.loaded.journey)?,
                );
                report.insert(
                    "touchpoints".into(),
                    serde_json::to_value(csv::touchpoint_rows(journey))?,
                );
            }
        }
    }
    Ok(document)
}
