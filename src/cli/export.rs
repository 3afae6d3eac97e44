//! `tjm export`: journeys as Mermaid, Graphviz DOT, CSV for Excel, or JSON.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Cli, Exit, Io, resolve_config};
use crate::authoring::{Overwrite, write_atomic};
use crate::diagnostics::render_problem;
use crate::output::json::check_document;
use crate::output::{csv, dot, mermaid};
use crate::project::Project;

/// Arguments of `tjm export`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  tjm export --to mermaid -o journeys.md\n  tjm export --to dot journeys/klacht.json | dot -Tsvg > klacht.svg\n  tjm export --to csv -o touchpoints.csv\n  tjm export --to csv --delimiter , -o touchpoints.csv\n  tjm export --to json > journeys.json"
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
    let delimiter = match (&args.delimiter, args.to) {
        (None, _) => b';',
        (Some(text), ExportFormat::Csv) => match parse_delimiter(text) {
            Some(d) => d,
            None => {
                writeln!(
                    io.err,
                    "error: `{text}` cannot be a delimiter: give one ASCII character such as `;`, `,` or `|`, or `tab`"
                )?;
                return Ok(Exit::InvalidInput);
            }
        },
        (Some(_), _) => {
            writeln!(io.err, "error: --delimiter only applies to --to csv")?;
            return Ok(Exit::InvalidInput);
        }
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
        writeln!(
            io.err,
            "nothing exported: fix the problems above first (`tjm check` lists them)"
        )?;
        return Ok(Exit::InvalidInput);
    }
    let bytes = match args.to {
        ExportFormat::Mermaid => mermaid::render(&project.journeys).into_bytes(),
        ExportFormat::Dot => dot::render(&project.journeys).into_bytes(),
        ExportFormat::Csv => csv::render(&project.journeys, delimiter)?,
        ExportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&json_document(&project)?)?;
            text.push('\n');
            text.into_bytes()
        }
    };
    match &args.out {
        Some(path) => {
            write_atomic(path, &bytes, Overwrite::Replace)?;
            writeln!(
                io.err,
                "exported {} journeys to {}",
                project.journeys.len(),
                path.display()
            )?;
        }
        None => io.out.write_all(&bytes)?,
    }
    Ok(Exit::Clean)
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
