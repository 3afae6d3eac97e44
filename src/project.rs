//! One run's journeys, loaded and analysed: what every command after `load` works from.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
use crate::evidence::{self, EvidenceError, JourneyEvidence};
use crate::i18n::Locale;
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{self, Args};
use crate::load::{self, LoadOptions, LoadedJourney, Location, Problem, ProblemCode};
use crate::model::Language;
use crate::rules::{self, Analysis};
use crate::score;

/// A journey with its analysis and scores.
#[derive(Debug, Clone)]
pub struct AnalysedJourney {
    /// The journey and its file.
    pub loaded: LoadedJourney,
    /// Graph and findings.
    pub analysis: Analysis,
    /// The locale its messages and report page use, decided by [`decide`].
    pub locale: Locale,
    /// The journey language closest to `locale`, for code that still picks English or Dutch
    /// itself.
    pub lang: Language,
    /// The attention index, 0–100.
    pub attention_index: u8,
    /// The journey measured against its own log (`evidence/<id>.csv` beside the journeys
    /// folder), when there is one.
    pub evidence: Option<JourneyEvidence>,
}

impl AnalysedJourney {
    /// Tenants a year who go through this journey, measured from its own log (cases on the
    /// map over the period the log covers); `None` without a log or under ten cases. What the
    /// board summary takes instead of the journey's stated `volume` when a log is there.
    pub fn measured_volume_per_year(&self) -> Option<f64> {
        self.evidence.as_ref()?.volume_per_year()
    }
}

/// Everything one run found.
#[derive(Debug, Default)]
pub struct Project {
    /// Journeys that loaded, analysed.
    pub journeys: Vec<AnalysedJourney>,
    /// Problems in the input.
    pub problems: Vec<Problem>,
    /// Warnings about the input (a key written twice): shown, but the journeys load.
    pub warnings: Vec<Problem>,
    /// The locale of what covers the whole run (totals, the report's index, a diff), decided
    /// by [`decide`] over the journeys' own languages.
    pub locale: Locale,
}

/// What [`Project::open_with`] reads and keeps besides the journeys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The journeys' own logs beside them; `tjm evidence` measures the log it is given
    /// instead.
    pub logs: bool,
    /// The files' text after loading, for snippets and line numbers: a report shows neither,
    /// and the text is the input's size in memory (see `LoadOptions::keep_text`).
    pub keep_text: bool,
}

impl Reading {
    /// Logs, and the text kept.
    pub const ALL: Reading = Reading {
        logs: true,
        keep_text: true,
    };
}

impl Project {
    /// This run's journeys as the baseline of a later one, for the trend: dated `date` (the
    /// config's `baseline_date`), else by the newest file's save date.
    pub fn as_baseline(
        &self,
        date: Option<String>,
        costs: &crate::score::impact::UnitCosts,
    ) -> crate::score::trend::Baseline {
        let date = date.or_else(|| {
            crate::score::trend::newest_file_date(
                self.journeys.iter().map(|j| j.loaded.source.path()),
            )
        });
        crate::score::trend::baseline(
            date,
            self.journeys
                .iter()
                .map(|j| (&j.loaded.journey, &j.analysis, j.evidence.as_ref())),
            costs,
        )
    }

    /// Loads and analyses every journey in `paths`. `lang` (the command line's) overrides the
    /// config's language, which overrides each journey's own.
    pub fn open(paths: &[PathBuf], config: &Config, lang: Option<Locale>) -> Project {
        Project::open_with(paths, config, lang, Reading::ALL)
    }

    /// As [`Project::open`], reading and keeping only what `reading` says.
    pub fn open_with(
        paths: &[PathBuf],
        config: &Config,
        lang: Option<Locale>,
        reading: Reading,
    ) -> Project {
        let names = rules::rule_names();
        // Problems come before the journeys' languages are known: `--lang`, else tjm.toml's.
        let options = LoadOptions {
            rule_names: &names,
            locale: decide(lang, config.lang, Scope::Run(&[])),
            keep_text: reading.keep_text,
        };
        let loaded = load::load_paths(paths, &options);
        let own: Vec<Language> = loaded.journeys.iter().map(|j| j.journey.language).collect();
        let wait_norms = rules::wait_norms(&config.settings);
        let (journeys, broken): (Vec<AnalysedJourney>, Vec<Option<Problem>>) = loaded
            .journeys
            .into_par_iter()
            .map(|loaded| {
                let measured = if reading.logs {
                    evidence::for_journey(
                        loaded.source.path(),
                        &loaded.journey,
                        &wait_norms,
                        &config.evidence,
                    )
                } else {
                    Ok(None)
                };
                let (evidence, problem) = match measured {
                    Ok(evidence) => (evidence, None),
                    Err(error) => (None, Some(log_problem(&error, options.locale))),
                };
                (analyse_with(loaded, config, lang, evidence), problem)
            })
            .unzip();
        let mut problems = loaded.problems;
        problems.extend(broken.into_iter().flatten());
        Project {
            journeys,
            problems,
            warnings: loaded.warnings,
            locale: decide(lang, config.lang, Scope::Run(&own)),
        }
    }

    /// Number of active findings at a level, over all journeys.
    pub fn count(&self, level: rules::Level) -> usize {
        self.journeys.iter().map(|j| j.analysis.count(level)).sum()
    }

    /// Number of silenced findings, over all journeys.
    pub fn silenced(&self) -> usize {
        self.journeys
            .iter()
            .map(|j| {
                j.analysis
                    .findings
                    .iter()
                    .filter(|f| !f.is_active())
                    .count()
            })
            .sum()
    }
}

/// Analyses one loaded journey, without a log.
pub fn analyse(loaded: LoadedJourney, config: &Config, lang: Option<Locale>) -> AnalysedJourney {
    analyse_with(loaded, config, lang, None)
}

/// Analyses one loaded journey with what its log measured, when there is one.
pub fn analyse_with(
    loaded: LoadedJourney,
    config: &Config,
    lang: Option<Locale>,
    evidence: Option<JourneyEvidence>,
) -> AnalysedJourney {
    let locale = decide(lang, config.lang, Scope::Journey(loaded.journey.language));
    let lang = locale.language();
    let analysis = rules::analyse_with(&loaded.journey, &config.settings, evidence.as_ref());
    let attention_index = score::attention_index(&loaded.journey, &analysis);
    AnalysedJourney {
        loaded,
        analysis,
        locale,
        lang,
        attention_index,
        evidence,
    }
}

/// A broken log stops the run like a broken journey (exit 2): a problem naming the file, the
/// row and column, and the fix.
fn log_problem(error: &EvidenceError, locale: Locale) -> Problem {
    let place = match &error.place {
        evidence::Place::Cell(row, column) => Location::Cell {
            sheet: None,
            row: usize::try_from(*row).unwrap_or(usize::MAX),
            column: column.clone(),
        },
        evidence::Place::SheetCell(cell) => Location::Cell {
            sheet: Some(cell.sheet.clone()),
            row: usize::try_from(cell.row).unwrap_or(usize::MAX),
            column: cell.column.clone(),
        },
        evidence::Place::File | evidence::Place::Row(_) | evidence::Place::Line(..) => {
            Location::File
        }
    };
    let message = match &error.place {
        evidence::Place::Row(_) | evidence::Place::Line(..) => i18n::message(
            locale,
            "evidence-problem-at",
            &Args::new()
                .text("place", error.place_text(locale))
                .text("message", error.message(locale)),
        ),
        _ => error.message(locale),
    };
    let mut problem = Problem::file(ProblemCode::EvidenceLog, &error.file, message);
    problem.place = place;
    problem.help = Some(error.help(locale));
    problem
}
