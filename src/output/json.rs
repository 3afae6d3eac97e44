//! The JSON document of `tjm check --format json`: versioned, stable, documented in
//! `docs/json-output.md`. Field names only ever get added within a version.

use serde::Serialize;

use super::stream::{PerJourney, Streamed};
use crate::config::Config;
use crate::diagnostics::finding_span;
use crate::i18n::Args;
use crate::load::Problem;
use crate::project::{AnalysedJourney, Project};
use crate::rules::{Effect, Finding, Level};

/// The version of this document's structure.
pub const FORMAT_VERSION: u32 = 1;

/// The whole document. `J` is the journeys' list: a `Vec` of reports, or, written by
/// [`write_check_document`], a stream of them.
#[derive(Debug, Serialize)]
pub struct CheckDocument<'a, J = Vec<JourneyReport<'a>>> {
    /// Structure version; bumped on any breaking change.
    pub version: u32,
    /// tjm's version.
    pub tool: String,
    /// The settings in use: which `tjm.toml` and what it changes. Set by `tjm check`
    /// ([`CheckDocument::with_config`]); left out where the caller has no config.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<ConfigReport>,
    /// Totals over all journeys.
    pub totals: Totals,
    /// Each journey that loaded.
    pub journeys: J,
    /// Each problem in the input.
    pub problems: Vec<ProblemReport>,
    /// The lifetime of the reports' borrows, when `J` has none of its own.
    #[serde(skip)]
    pub borrows: std::marker::PhantomData<&'a ()>,
}

/// Where the settings came from, so a rule switched off by a `tjm.toml` two folders up is
/// visible to every tool that reads the document.
#[derive(Debug, Serialize)]
pub struct ConfigReport {
    /// The `tjm.toml` as typed from the working folder, or `null` for tjm's defaults.
    pub file: Option<String>,
    /// Rules the file switches off.
    pub rules_off: Vec<&'static str>,
    /// Rules whose level or thresholds the file changes.
    pub rules_adjusted: Vec<&'static str>,
}

impl<'a> CheckDocument<'a> {
    /// The document with the settings' provenance filled in.
    pub fn with_config(mut self, config: &Config) -> Self {
        self.config = Some(config_report(config));
        self
    }

    /// Adds each journey's unknowns (`tjm check --unknowns`).
    pub fn with_unknowns(mut self, project: &'a Project, config: &Config) -> Self {
        for (report, journey) in self.journeys.iter_mut().zip(&project.journeys) {
            report.unknowns = Some(unknown_reports(journey, config));
        }
        self
    }
}

/// Counts over the run.
#[derive(Debug, Serialize)]
pub struct Totals {
    /// Journeys analysed.
    pub journeys: usize,
    /// Active error findings.
    pub errors: usize,
    /// Active warning findings.
    pub warnings: usize,
    /// Active info findings.
    pub infos: usize,
    /// Silenced findings.
    pub silenced: usize,
    /// Input problems.
    pub problems: usize,
}

/// One journey.
#[derive(Debug, Serialize)]
pub struct JourneyReport<'a> {
    /// The file it came from.
    pub file: String,
    /// Journey id.
    pub id: &'a str,
    /// Journey title.
    pub title: &'a str,
    /// Language used for messages.
    pub language: &'static str,
    /// The graph figures and scores.
    pub summary: Summary,
    /// Findings, silenced ones included.
    pub findings: Vec<FindingReport<'a>>,
    /// What the file leaves unknown that would change a finding (`tjm check --unknowns`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unknowns: Option<Vec<UnknownReport<'a>>>,
}

/// One fact to find out: where, which field, the rule it would change and the question.
#[derive(Debug, Serialize)]
pub struct UnknownReport<'a> {
    /// Index of the touchpoint in the journey, for callers that word it themselves.
    #[serde(skip)]
    pub index: usize,
    /// Touchpoint id.
    pub touchpoint: &'a str,
    /// The field to fill in, inside the touchpoint.
    pub field: &'static str,
    /// Rule code.
    pub code: &'static str,
    /// Rule name.
    pub rule: &'static str,
    /// Catalogue id of the question.
    pub id: &'static str,
    /// `no-would-add` (the rule judges only what is recorded) or `yes-would-remove` (it
    /// counts the missing attention as missing).
    pub effect: Effect,
    /// The question and how its answer counts, in the journey's language.
    pub message: String,
}

/// A journey's figures.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Number of touchpoints.
    pub touchpoints: usize,
    /// Number of stages.
    pub stages: usize,
    /// Touchpoint ids of the most likely path.
    pub main_path: Vec<String>,
    /// Probability that a tenant follows the main path, 0–1.
    pub main_path_probability: f64,
    /// Expected contacts per tenant.
    pub expected_contacts: f64,
    /// Expected handoffs per tenant.
    pub expected_handoffs: f64,
    /// Attention index, 0–100.
    pub attention_index: u8,
    /// Touchpoint id where every tenant starts.
    pub start: String,
    /// Touchpoint ids where tenants finish.
    pub ends: Vec<String>,
    /// Loops back: `[from, to, share of all tenants taking it per journey]`.
    pub loops: Vec<(String, String, f64)>,
    /// Active error findings.
    pub errors: usize,
    /// Active warning findings.
    pub warnings: usize,
    /// Active info findings.
    pub infos: usize,
}

/// One finding.
#[derive(Debug, Serialize)]
pub struct FindingReport<'a> {
    /// Rule code.
    pub code: &'static str,
    /// Rule name.
    pub rule: &'static str,
    /// Level.
    pub level: Level,
    /// Touchpoint id.
    pub touchpoint: &'a str,
    /// 1-based line in the file.
    pub line: Option<usize>,
    /// 1-based column in the file.
    pub column: Option<usize>,
    /// The catalogue id of what was found (`message` and `help` are its wordings).
    pub id: &'static str,
    /// The facts the message names, by name: the same in every language.
    pub args: &'a Args,
    /// The message, in the journey's language.
    pub message: String,
    /// The fix, in the journey's language.
    pub help: String,
    /// Reason given when silenced.
    pub silenced: Option<&'a str>,
}

/// One input problem.
#[derive(Debug, Serialize)]
pub struct ProblemReport {
    /// Problem code.
    pub code: String,
    /// File or directory.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// JSON path, when known.
    pub path: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

/// Builds the document for a project.
pub fn check_document(project: &Project) -> CheckDocument<'_> {
    CheckDocument {
        version: FORMAT_VERSION,
        tool: tool(),
        config: None,
        totals: totals(project),
        journeys: project.journeys.iter().map(journey_report).collect(),
        problems: project.problems.iter().map(problem_report).collect(),
        borrows: std::marker::PhantomData,
    }
}

/// Writes the document of `tjm check --format json` to `out`, with the settings in `config`
/// and, with `unknowns`, each journey's unknowns: the same text as [`check_document`] with
/// [`CheckDocument::with_config`] (and [`CheckDocument::with_unknowns`]) written as pretty JSON
/// and a newline, without holding it. The journeys are taken out of `project` and dropped once
/// written (see [`super::stream`]); the rest of `project` stays.
pub fn write_check_document(
    out: impl std::io::Write,
    project: &mut Project,
    config: &Config,
    unknowns: bool,
) -> std::io::Result<()> {
    let document = CheckDocument {
        version: FORMAT_VERSION,
        tool: tool(),
        config: Some(config_report(config)),
        totals: totals(project),
        journeys: Streamed::new(
            std::mem::take(&mut project.journeys),
            Reports {
                unknowns: unknowns.then_some(config),
            },
        ),
        problems: project.problems.iter().map(problem_report).collect(),
        borrows: std::marker::PhantomData,
    };
    super::json_escape::write_pretty_line(out, &document)
}

/// Each journey's report, with its unknowns when asked for.
struct Reports<'c> {
    unknowns: Option<&'c Config>,
}

impl PerJourney for Reports<'_> {
    type Item<'j> = JourneyReport<'j>;

    fn items<'j>(&self, journey: &'j AnalysedJourney) -> Vec<JourneyReport<'j>> {
        let mut report = journey_report(journey);
        if let Some(config) = self.unknowns {
            report.unknowns = Some(unknown_reports(journey, config));
        }
        vec![report]
    }
}

fn tool() -> String {
    format!("tjm {}", env!("CARGO_PKG_VERSION"))
}

fn totals(project: &Project) -> Totals {
    Totals {
        journeys: project.journeys.len(),
        errors: project.count(Level::Error),
        warnings: project.count(Level::Warning),
        infos: project.count(Level::Info),
        silenced: project.silenced(),
        problems: project.problems.len(),
    }
}

fn config_report(config: &Config) -> ConfigReport {
    let provenance = config.provenance();
    ConfigReport {
        file: provenance.file.map(|f| f.display().to_string()),
        rules_off: provenance.rules_off,
        rules_adjusted: provenance.rules_adjusted,
    }
}

/// One journey's report, also the `json` export of a journey.
pub fn journey_report(journey: &AnalysedJourney) -> JourneyReport<'_> {
    let j = &journey.loaded.journey;
    let graph = &journey.analysis.graph;
    let id = |i: usize| j.touchpoints[i].id.clone();
    JourneyReport {
        file: journey.loaded.source.path().display().to_string(),
        id: &j.id,
        title: &j.title,
        language: journey.lang.code(),
        summary: Summary {
            touchpoints: j.touchpoints.len(),
            stages: j.stages.len(),
            main_path: graph.main_path().iter().map(|&i| id(i)).collect(),
            main_path_probability: round(graph.main_path_probability()),
            expected_contacts: round(graph.expected_contacts()),
            expected_handoffs: round(graph.expected_handoffs()),
            attention_index: journey.attention_index,
            start: id(graph.start()),
            ends: graph.ends().iter().map(|&i| id(i)).collect(),
            loops: graph
                .loops()
                .map(|s| (id(s.from), id(s.to), round(graph.step_traversals(s))))
                .collect(),
            errors: journey.analysis.count(Level::Error),
            warnings: journey.analysis.count(Level::Warning),
            infos: journey.analysis.count(Level::Info),
        },
        findings: journey
            .analysis
            .findings
            .iter()
            .map(|f| finding_report(journey, f))
            .collect(),
        unknowns: None,
    }
}

/// The unknowns of one journey, worded in its locale.
pub fn unknown_reports<'a>(
    journey: &'a AnalysedJourney,
    config: &Config,
) -> Vec<UnknownReport<'a>> {
    let j = &journey.loaded.journey;
    crate::rules::unknowns(j, &journey.analysis.graph, &config.settings)
        .into_iter()
        .map(|u| UnknownReport {
            index: u.touchpoint,
            touchpoint: &j.touchpoints[u.touchpoint].id,
            field: u.field,
            code: u.code,
            rule: u.rule,
            id: u.question,
            effect: u.effect,
            message: u.message(journey.locale),
        })
        .collect()
}

fn finding_report<'a>(journey: &'a AnalysedJourney, finding: &'a Finding) -> FindingReport<'a> {
    let position = finding_span(&journey.loaded, finding)
        .map(|span| journey.loaded.source.line_column(span.start));
    FindingReport {
        code: finding.code,
        rule: finding.rule,
        level: finding.level,
        touchpoint: &journey.loaded.journey.touchpoints[finding.anchor.touchpoint()].id,
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        id: finding.id,
        args: &finding.args,
        message: finding.message(journey.locale),
        help: finding.help(journey.locale),
        silenced: finding.silenced.as_deref(),
    }
}

fn problem_report(problem: &Problem) -> ProblemReport {
    let position = problem.line_column();
    ProblemReport {
        code: problem.code.to_string(),
        file: problem.file.display().to_string(),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        path: problem.path().map(ToString::to_string),
        message: problem.message.clone(),
        help: problem.help.clone(),
    }
}

/// Rounds a figure to three decimals, so JSON output is stable and readable.
fn round(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}
