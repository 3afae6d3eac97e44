//! One run's journeys, loaded and analysed: what every command after `load` works from.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
use crate::i18n::Locale;
use crate::i18n::decide::{Scope, decide};
use crate::load::{self, LoadOptions, LoadedJourney, Problem};
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

impl Project {
    /// Loads and analyses every journey in `paths`. `lang` (the command line's) overrides the
    /// config's language, which overrides each journey's own.
    pub fn open(paths: &[PathBuf], config: &Config, lang: Option<Locale>) -> Project {
        let names = rules::rule_names();
        // Problems come before the journeys' languages are known: `--lang`, else tjm.toml's.
        let options = LoadOptions {
            rule_names: &names,
            locale: decide(lang, config.lang, Scope::Run(&[])),
        };
        let loaded = load::load_paths(paths, &options);
        let own: Vec<Language> = loaded.journeys.iter().map(|j| j.journey.language).collect();
        let journeys = loaded
            .journeys
            .into_par_iter()
            .map(|loaded| analyse(loaded, config, lang))
            .collect();
        Project {
            journeys,
            problems: loaded.problems,
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

/// Analyses one loaded journey.
pub fn analyse(loaded: LoadedJourney, config: &Config, lang: Option<Locale>) -> AnalysedJourney {
    let locale = decide(lang, config.lang, Scope::Journey(loaded.journey.language));
    let lang = locale.language();
    let analysis = rules::analyse(&loaded.journey, &config.settings);
    let attention_index = score::attention_index(&loaded.journey, &analysis);
    AnalysedJourney {
        loaded,
        analysis,
        locale,
        lang,
        attention_index,
    }
}
