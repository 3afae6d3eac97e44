//! `tjm evidence`: measure a contact or case log, and a journey against it.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Cli, Exit, Io, resolve_config};
use crate::diagnostics::render_problem;
use crate::evidence::{self, Mapping, ReadOptions};
use crate::fsutil::{Overwrite, write_atomic};
use crate::output::terminal::safe_path;
use crate::project::{Project, Reading};

/// Output formats of `tjm evidence`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvidenceFormat {
    /// For people: the measured figures, and where the map contradicts them.
    Text,
    /// For machines: a versioned JSON document.
    Json,
}

/// Arguments of `tjm evidence`.
#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// The log: a CSV export of contacts or case events (`,` or `;`, UTF-8), or an XES file (`.xes`).
    pub log: PathBuf,
    /// A journey file to measure against the log (its touchpoints' `evidence_match`).
    #[arg(long, value_name = "FILE")]
    pub journey: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvidenceFormat::Text)]
    pub format: EvidenceFormat,
    /// A survey table (grades 1–10 or % satisfied per process or touchpoint) to set beside the map, or the RSH's TSM workbook (.xlsx).
    #[arg(long, value_name = "FILE")]
    pub survey: Option<PathBuf>,
    /// The landlord (code or name) whose row of the RSH's TSM workbook is read, when the
    /// workbook given as --survey holds several.
    #[arg(long, value_name = "CODE")]
    pub landlord: Option<String>,
    /// Also write the directly-follows graph as the benchmark kit's JSON dump (eventlog_agree.py).
    #[arg(long, value_name = "FILE")]
    pub dump: Option<PathBuf>,
    /// The case-id column (default: case_id, case:concept:name, zaak, …).
    #[arg(long = "case", value_name = "COLUMN")]
    pub case_column: Option<String>,
    /// The activity column (default: activity, concept:name, onderwerp, …).
    #[arg(long = "activity", value_name = "COLUMN")]
    pub activity_column: Option<String>,
    /// The timestamp column (default: timestamp, time:timestamp, datum, …).
    #[arg(long = "timestamp", value_name = "COLUMN")]
    pub timestamp_column: Option<String>,
    /// The resource column, for handoffs (default: resource, org:resource, medewerker, …).
    #[arg(long = "resource", value_name = "COLUMN")]
    pub resource_column: Option<String>,
    /// The channel column (default: channel, kanaal).
    #[arg(long = "channel", value_name = "COLUMN")]
    pub channel_column: Option<String>,
    /// The direction column (default: direction, richting).
    #[arg(long = "direction", value_name = "COLUMN")]
    pub direction_column: Option<String>,
    /// The largest log read, in megabytes.
    #[arg(long = "max-mb", value_name = "MB", default_value_t = evidence::csv_log::DEFAULT_MAX_MEGABYTES)]
    pub max_megabytes: u64,
}

pub(super) fn run(cli: &Cli, args: &EvidenceArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let journey_paths: Vec<PathBuf> = args.journey.iter().cloned().collect();
    let config = match resolve_config(cli, &journey_paths, io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let mut locale = cli.locale().unwrap_or_default();
    let project = match &args.journey {
        Some(path) => {
            let project = Project::open_with(
                std::slice::from_ref(path),
                &config,
                cli.locale(),
                Reading {
                    logs: false,
                    keep_text: true,
                },
            );
            if !project.problems.is_empty() || project.journeys.is_empty() {
                for problem in &project.problems {
                    io.err
                        .write_all(render_problem(problem, io.style).as_bytes())?;
                }
                return Ok(Exit::InvalidInput);
            }
            locale = project.journeys[0].locale;
            Some(project)
        }
        None => None,
    };
    let journey = project.as_ref().map(|p| &p.journeys[0].loaded.journey);
    let options = ReadOptions {
        mapping: Mapping {
            case: args.case_column.clone(),
            activity: args.activity_column.clone(),
            timestamp: args.timestamp_column.clone(),
            resource: args.resource_column.clone(),
            channel: args.channel_column.clone(),
            direction: args.direction_column.clone(),
        },
        max_megabytes: args.max_megabytes,
    };
    let wait_norms = crate::rules::wait_norms(&config.settings);
    let measured = match evidence::measure(&args.log, &options, journey.map(|j| (j, &wait_norms))) {
        Ok(measured) => measured,
        Err(error) => {
            writeln!(io.err, "{}", error.render(locale))?;
            return Ok(Exit::InvalidInput);
        }
    };
    let survey = match args
        .survey
        .as_deref()
        .map(|path| evidence::survey::read_for(path, args.landlord.as_deref()))
    {
        Some(Ok(rows)) => rows,
        Some(Err(error)) => {
            writeln!(io.err, "{}", error.render(locale))?;
            return Ok(Exit::InvalidInput);
        }
        None => Vec::new(),
    };
    if let Some(dump) = &args.dump {
        // the log is read, never written: a dump aimed at it is refused
        let same = std::fs::canonicalize(dump).ok() == std::fs::canonicalize(&args.log).ok()
            && dump.exists();
        let overwrite = if same {
            Overwrite::Refuse
        } else {
            Overwrite::Replace
        };
        write_atomic(
            dump,
            crate::output::evidence::dump(&measured.log).as_bytes(),
            overwrite,
        )?;
    }
    match args.format {
        EvidenceFormat::Json => {
            super::write_json(
                io,
                &crate::output::evidence::json(&measured, journey, &survey),
            )?;
        }
        EvidenceFormat::Text => {
            let survey_file = args.survey.as_deref().map(safe_path);
            let text = crate::output::evidence::text(
                &measured,
                journey,
                &safe_path(&args.log),
                survey_file.as_deref().map(|file| (survey.as_slice(), file)),
                locale,
            );
            io.out.write_all(text.as_bytes())?;
        }
    }
    Ok(Exit::Clean)
}
