//! The figures of a journey a board follows over time (its index, its worst route, tenants
//! affected and avoidable cost per year), kept for a baseline so a report can say what
//! changed since last quarter.

use serde::Serialize;

use super::impact::{UnitCosts, impact};
use crate::evidence::JourneyEvidence;
use crate::model::Journey;
use crate::rules::Analysis;

/// One journey's figures at one moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JourneyScore {
    /// The journey's id, to match it with the same journey later.
    pub id: String,
    /// Its attention index.
    pub index: u8,
    /// The index of its worst route.
    pub worst_route: Option<u8>,
    /// Tenants per year who meet at least one moment without attention.
    pub affected_per_year: Option<f64>,
    /// The share of tenants who do (0–1).
    pub affected_share: f64,
    /// Avoidable cost per year.
    pub cost_per_year: Option<f64>,
}

/// A baseline's figures: every journey in it, and the date it stands for.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Baseline {
    /// The date as `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// One entry per journey in the baseline.
    pub journeys: Vec<JourneyScore>,
}

impl Baseline {
    /// The figures of the journey with `id`, when the baseline has it.
    pub fn journey(&self, id: &str) -> Option<&JourneyScore> {
        self.journeys.iter().find(|j| j.id == id)
    }
}

/// The figures of one analysed journey, with the same unit costs as the report.
pub fn journey_score(
    journey: &Journey,
    analysis: &Analysis,
    evidence: Option<&JourneyEvidence>,
    costs: &UnitCosts,
) -> JourneyScore {
    let figures = impact(journey, analysis, evidence, costs);
    JourneyScore {
        id: journey.id.clone(),
        index: super::attention_index(journey, analysis),
        worst_route: super::worst_route::worst_route(journey, analysis).map(|w| w.index),
        affected_per_year: figures.affected_per_year,
        affected_share: figures.affected_share,
        cost_per_year: figures.cost_per_year,
    }
}

/// A baseline's figures from its analysed journeys: `(journey, analysis, its log's figures)`.
pub fn baseline<'a>(
    date: Option<String>,
    journeys: impl IntoIterator<Item = (&'a Journey, &'a Analysis, Option<&'a JourneyEvidence>)>,
    costs: &UnitCosts,
) -> Baseline {
    Baseline {
        date,
        journeys: journeys
            .into_iter()
            .map(|(journey, analysis, evidence)| journey_score(journey, analysis, evidence, costs))
            .collect(),
    }
}

/// The date of a baseline that names none: the day (UTC) its newest file was last saved, as
/// `YYYY-MM-DD`.
pub fn newest_file_date<'a>(
    files: impl IntoIterator<Item = &'a std::path::Path>,
) -> Option<String> {
    let newest = files
        .into_iter()
        .filter_map(|path| std::fs::metadata(path).ok()?.modified().ok())
        .max()?;
    let secs = newest.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    let days = i64::try_from(secs / 86_400).ok()?;
    let (y, m, d) = crate::civil::civil_from_days(days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}
