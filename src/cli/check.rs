//! `tjm check`: load, validate and analyse journeys; print findings and a summary per journey.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::{Cli, Exit, Io, resolve_config};
use crate::diagnostics::{render_finding, render_problem};
use crate::i18n;
use crate::output::json::{unknown_reports, write_check_document};
use crate::output::terminal::{safe_line, safe_path};
use crate::project::{AnalysedJourney, Project, Reading};
use crate::rules::Level;

/// Output formats of `tjm check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// For people: diagnostics and summaries.
    Text,
    /// For machines: the versioned JSON document (docs/json-output.md).
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// Arguments of `tjm check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Journey files or folders (searched for *.json).
    #[arg(default_value = "journeys")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Only the summaries, not each finding.
    #[arg(long)]
    pub brief: bool,
    /// Also list, per journey, what the file leaves unknown that would change a finding: the
    /// questions for the next interview.
    #[arg(long)]
    pub unknowns: bool,
}

pub(super) fn run(cli: &Cli, args: &CheckArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let config = match resolve_config(cli, &args.paths, io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    // the summaries point at no line: each file's text can go as soon as it has loaded
    let reading = Reading {
        logs: true,
        keep_text: !(args.brief && !args.unknowns && args.format == CheckFormat::Text),
    };
    let mut project = Project::open_with(&args.paths, &config, cli.locale(), reading);
    // Every format writes the journeys one chunk after another and drops each once written
    // (with the indexes its diagnostics built), so output never adds to the project's memory.
    let exit = exit_for(&project);
    match args.format {
        CheckFormat::Json => {
            write_check_document(&mut *io.out, &mut project, &config, args.unknowns)?;
        }
        CheckFormat::Sarif => {
            crate::output::sarif::write_sarif_log(&mut *io.out, &mut project)?;
        }
        CheckFormat::Text => {
            if let Some(header) = config.provenance().header(project.locale.language()) {
                writeln!(io.out, "{header}")?;
            }
            let style = io.style;
            for warning in &project.warnings {
                io.err
                    .write_all(render_problem(warning, style).as_bytes())?;
            }
            for chunk in project.problems.chunks(RENDER_CHUNK) {
                let texts: Vec<String> = chunk
                    .par_iter()
                    .map(|problem| render_problem(problem, style))
                    .collect();
                for text in texts {
                    io.err.write_all(text.as_bytes())?;
                }
            }
            let totals = totals(&project);
            let mut journeys = std::mem::take(&mut project.journeys).into_iter();
            loop {
                let chunk: Vec<AnalysedJourney> = journeys.by_ref().take(RENDER_CHUNK).collect();
                if chunk.is_empty() {
                    break;
                }
                let texts: Vec<String> = chunk
                    .par_iter()
                    .map(|journey| {
                        let mut text = journey_text(journey, args.brief, style);
                        if args.unknowns {
                            text.insert_str(text.len() - 1, &unknowns_text(journey, &config));
                        }
                        text
                    })
                    .collect();
                for text in texts {
                    io.out.write_all(text.as_bytes())?;
                }
            }
            writeln!(io.out, "{totals}")?;
        }
    }
    if io.ends_process {
        // see `Io::ends_process`
        std::mem::forget(project);
    }
    Ok(exit)
}

/// Diagnostics are rendered on every core this many at a time and printed in order, so the
/// output starts early and only one chunk of text is held at once.
const RENDER_CHUNK: usize = 32;

/// 2 for broken input, else 1 for error-level findings, else 0.
pub(crate) fn exit_for(project: &Project) -> Exit {
    if !project.problems.is_empty() {
        Exit::InvalidInput
    } else if project.count(Level::Error) > 0 {
        Exit::Findings
    } else {
        Exit::Clean
    }
}

fn journey_text(
    journey: &AnalysedJourney,
    brief: bool,
    style: crate::diagnostics::Style,
) -> String {
    let j = &journey.loaded.journey;
    let graph = &journey.analysis.graph;
    let analysis = &journey.analysis;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}): {}",
        safe_line(&j.id),
        safe_path(journey.loaded.source.path()),
        safe_line(&j.title)
    );
    let silenced = analysis.findings.iter().filter(|f| !f.is_active()).count();
    let (errors, warnings, infos) = (
        analysis.count(Level::Error),
        analysis.count(Level::Warning),
        analysis.count(Level::Info),
    );
    let locale = journey.locale;
    let shape = i18n::Args::new()
        .count("touchpoints", j.touchpoints.len())
        .count("stages", j.stages.len())
        .count("main", graph.main_path().len())
        .share("share", graph.main_path_probability());
    let expected = i18n::Args::new()
        .decimal("contacts", graph.expected_contacts(), 1)
        .decimal("handoffs", graph.expected_handoffs(), 1);
    let index = i18n::Args::new()
        .count("index", journey.attention_index)
        .count("errors", errors)
        .count("warnings", warnings)
        .count("infos", infos)
        .count("silenced", silenced);
    for (id, args) in [
        ("check-summary-shape", shape),
        ("check-summary-expected", expected),
        ("check-summary-index", index),
    ] {
        let _ = writeln!(out, "  {}", i18n::message(locale, id, &args));
    }
    if let Some(evidence) = &journey.evidence {
        // which figures the contradictions rest on; the log's name, never its contents
        let args = i18n::Args::new()
            .text(
                "cases",
                crate::evidence::figure::Count(evidence.figures.cases).text(locale),
            )
            .text("period", evidence.period());
        let _ = writeln!(
            out,
            "  {}",
            i18n::message(locale, "check-summary-measured", &args)
        );
    }
    if !brief {
        let findings: Vec<_> = analysis.active().collect();
        let rendered: Vec<String> = findings
            .par_iter()
            .map(|finding| render_finding(&journey.loaded, finding, locale, style))
            .collect();
        for text in rendered {
            out.push_str(&text);
        }
        for finding in analysis.findings.iter().filter(|f| !f.is_active()) {
            let touchpoint = &j.touchpoints[finding.anchor.touchpoint()].id;
            let reason = finding.silenced.as_deref().unwrap_or_default();
            let args = i18n::Args::new()
                .text("code", finding.code)
                .text("rule", finding.rule)
                .text("touchpoint", safe_line(touchpoint))
                .text("reason", safe_line(reason));
            let _ = writeln!(out, "  {}", i18n::message(locale, "check-silenced", &args));
        }
    }
    out.push('\n');
    out
}

/// The questions for the next interview, after the journey's findings.
fn unknowns_text(journey: &AnalysedJourney, config: &crate::config::Config) -> String {
    let locale = journey.locale;
    let items = unknown_reports(journey, config);
    if items.is_empty() {
        return format!("  {}\n", i18n::text(locale, "check-unknowns-none"));
    }
    let count = i18n::Args::new().count("count", items.len());
    let mut out = format!(
        "  {}\n",
        i18n::message(locale, "check-unknowns-heading", &count)
    );
    let j = &journey.loaded.journey;
    for item in &items {
        let title = j.touchpoints[item.index].title.as_str();
        let args = i18n::Args::new()
            .text("title", safe_line(title))
            .text("touchpoint", safe_line(item.touchpoint))
            .text("field", item.field)
            .text("question", i18n::text(locale, item.id))
            .text(
                "effect",
                i18n::message(
                    locale,
                    item.effect.message_id(),
                    &i18n::Args::new().text("rule", item.rule),
                ),
            );
        let _ = writeln!(
            out,
            "    {}",
            i18n::message(locale, "check-unknowns-item", &args)
        );
    }
    out
}

/// The closing line, in the run's locale (so `lang` in tjm.toml counts here too).
fn totals(project: &Project) -> String {
    let args = i18n::Args::new()
        .count("journeys", project.journeys.len())
        .count("errors", project.count(Level::Error))
        .count("warnings", project.count(Level::Warning))
        .count("infos", project.count(Level::Info))
        .count("silenced", project.silenced())
        .count("problems", project.problems.len());
    i18n::message(project.locale, "check-totals", &args)
}
