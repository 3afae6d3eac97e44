//! `tjm check`: load, validate and analyse journeys; print findings and a summary per journey.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::{Cli, Exit, Io, resolve_config};
use crate::diagnostics::{render_finding, render_problem};
use crate::model::Language;
use crate::output::json::check_document;
use crate::output::terminal::{safe_line, safe_path};
use crate::project::{AnalysedJourney, Project};
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
}

pub(super) fn run(cli: &Cli, args: &CheckArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let config = match resolve_config(cli, &args.paths, io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let project = Project::open(&args.paths, &config, cli.lang.map(Language::from));
    match args.format {
        CheckFormat::Json => {
            super::write_json(io, &check_document(&project).with_config(&config))?;
        }
        CheckFormat::Sarif => {
            super::write_json(io, &crate::output::sarif::sarif_log(&project))?;
        }
        CheckFormat::Text => {
            let lang = cli.lang.map(Language::from).unwrap_or(Language::En);
            if let Some(header) = config.provenance().header(lang) {
                writeln!(io.out, "{header}")?;
            }
            let style = io.style;
            for chunk in project.problems.chunks(RENDER_CHUNK) {
                let texts: Vec<String> = chunk
                    .par_iter()
                    .map(|problem| render_problem(problem, style))
                    .collect();
                for text in texts {
                    io.err.write_all(text.as_bytes())?;
                }
            }
            for chunk in project.journeys.chunks(RENDER_CHUNK) {
                let texts: Vec<String> = chunk
                    .par_iter()
                    .map(|journey| journey_text(journey, args.brief, style))
                    .collect();
                for text in texts {
                    io.out.write_all(text.as_bytes())?;
                }
            }
            writeln!(io.out, "{}", totals(&project, lang))?;
        }
    }
    Ok(exit_for(&project))
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
    let nl = journey.lang == Language::Nl;
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
    let main = graph.main_path().len();
    let share = graph.main_path_probability() * 100.0;
    if nl {
        let _ = writeln!(
            out,
            "  {} touchpoints in {} fasen; hoofdpad {main} touchpoints ({share:.0}% van de huurders)\n  per huurder verwacht: {:.1} contacten, {:.1} overdrachten\n  aandachtsindex {} — {errors} fouten, {warnings} waarschuwingen, {infos} info, {silenced} stilgezet",
            j.touchpoints.len(),
            j.stages.len(),
            graph.expected_contacts(),
            graph.expected_handoffs(),
            journey.attention_index,
        );
    } else {
        let _ = writeln!(
            out,
            "  {} touchpoints in {} stages; main path {main} touchpoints ({share:.0}% of tenants)\n  expected per tenant: {:.1} contacts, {:.1} handoffs\n  attention index {} — {errors} errors, {warnings} warnings, {infos} info, {silenced} silenced",
            j.touchpoints.len(),
            j.stages.len(),
            graph.expected_contacts(),
            graph.expected_handoffs(),
            journey.attention_index,
        );
    }
    if !brief {
        let findings: Vec<_> = analysis.active().collect();
        let rendered: Vec<String> = findings
            .par_iter()
            .map(|finding| render_finding(&journey.loaded, finding, style))
            .collect();
        for text in rendered {
            out.push_str(&text);
        }
        for finding in analysis.findings.iter().filter(|f| !f.is_active()) {
            let touchpoint = &j.touchpoints[finding.anchor.touchpoint()].id;
            let reason = finding.silenced.as_deref().unwrap_or_default();
            let _ = writeln!(
                out,
                "  silenced {} {} at `{}`: {}",
                finding.code,
                finding.rule,
                safe_line(touchpoint),
                safe_line(reason)
            );
        }
    }
    out.push('\n');
    out
}

fn totals(project: &Project, lang: Language) -> String {
    let n = project.journeys.len();
    let (e, w, i, s) = (
        project.count(Level::Error),
        project.count(Level::Warning),
        project.count(Level::Info),
        project.silenced(),
    );
    let p = project.problems.len();
    match lang {
        Language::Nl => format!(
            "{n} reizen gecontroleerd: {e} fouten, {w} waarschuwingen, {i} info, {s} stilgezet; {p} problemen in de invoer"
        ),
        Language::En => {
            let journeys = if n == 1 { "journey" } else { "journeys" };
            format!(
                "checked {n} {journeys}: {e} errors, {w} warnings, {i} info, {s} silenced; {p} input problems"
            )
        }
    }
}
