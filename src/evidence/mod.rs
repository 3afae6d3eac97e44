//! Evidence from the association's own data: contact and case logs (and surveys) measured and
//! laid over the designed journey, so a map's shares, waits and loops can be checked against
//! what tenants actually went through.
//!
//! - [`csv_log`] streams a CSV log (column mapping in [`columns`], timestamps in [`timestamp`]);
//!   [`xes_log`] streams an XES log (`.xes`) into the same events.
//! - [`measure`] turns the events into aggregates in one pass; [`onto_journey`] maps events
//!   onto touchpoints on the way; [`compare`] sets the measured journey beside the stated one.
//! - [`figure`] is the privacy floor: nothing from fewer than ten cases is shown.
//! - [`survey`] reads grade and satisfaction tables, [`tsm`] the RSH's TSM workbook.
//!
//! Only aggregates leave this module: no case id, resource name or free text from a log.

mod bitset;
pub mod codes;
pub mod columns;
pub mod compare;
pub mod csv_log;
pub mod error;
pub mod figure;
mod intern;
pub mod measure;
pub mod onto_journey;
pub mod stats;
pub mod survey;
pub mod timestamp;
pub mod tsm;
pub mod xes_log;

use std::path::{Path, PathBuf};

pub use columns::{Field, Mapping};
pub use compare::{Contradiction, JourneyFigures, WaitNorms};
pub use csv_log::{ReadOptions, ReadSummary};
pub use error::{ErrorKind, EvidenceError, Place};
pub use measure::{LogFigures, Measure};

use crate::graph::JourneyGraph;
use crate::model::Journey;

/// A log measured, and what the reader saw.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// Rows read and skipped, delimiter, columns.
    pub read: ReadSummary,
    /// The log's own figures.
    pub log: LogFigures,
    /// The journey measured against it, when one was given.
    pub journey: Option<JourneyFigures>,
}

/// Measures a log, and a journey against it when one is given, its waits judged by `norms`.
pub fn measure(
    path: &Path,
    options: &ReadOptions,
    journey: Option<(&Journey, &WaitNorms)>,
) -> Result<Measured, EvidenceError> {
    let mut measure = match journey {
        Some((journey, norms)) => Measure::with_journey(onto_journey::Matcher::new(journey, norms)),
        None => Measure::new(),
    };
    let read = if xes_log::is_xes(path) {
        xes_log::read(path, options, &mut measure)?
    } else {
        csv_log::read(path, options, &mut measure)?
    };
    let (log, parts) = measure.finish();
    let journey = journey.zip(parts).map(|((journey, norms), parts)| {
        compare::compare(journey, &JourneyGraph::new(journey), parts, norms)
    });
    Ok(Measured { read, log, journey })
}

/// A log covering fewer days than this is an extract, not a year: first to last event, so a
/// calendar year's log with its last cases cut off still counts as a year.
pub const FULL_YEAR_DAYS: f64 = 330.0;

/// How many tenants a year a log shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LogVolume {
    /// Cases per year over the years the log covers.
    PerYear(f64),
    /// The log covers less than a year: this many weeks.
    Extract {
        /// Weeks from its first to its last event, at least one.
        weeks: u32,
    },
}

/// A journey's own log, measured: what `check` and `report` set beside the map. Aggregates
/// only: no case id or resource name.
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyEvidence {
    /// The journey against the log.
    pub figures: JourneyFigures,
    /// The first and last calendar year the log covers.
    pub years: Option<(i64, i64)>,
    /// Per touchpoint (by index), the emotion a survey beside the log measured, if any.
    pub emotions: Vec<Option<survey::MeasuredEmotion>>,
    /// The first and last event of the log.
    pub span: Option<(timestamp::Millis, timestamp::Millis)>,
}

impl JourneyEvidence {
    /// What the log says about how many tenants a year go through the journey: a count per
    /// year when it covers (nearly) a year or more, else only that it is an extract. A six-week
    /// export says nothing about a year (seasons, backlogs), so tjm never scales one up.
    /// `None` under ten cases, or without dates.
    pub fn log_volume(&self) -> Option<LogVolume> {
        let (first, last) = self.span?;
        if !figure::shown(self.figures.cases) {
            return None;
        }
        const DAY_MS: f64 = 86_400_000.0;
        let days = (last - first) as f64 / DAY_MS;
        if days < FULL_YEAR_DAYS {
            let weeks = (days / 7.0).round().max(1.0) as u32;
            return Some(LogVolume::Extract { weeks });
        }
        let years = (days / 365.25).max(1.0);
        Some(LogVolume::PerYear(self.figures.cases as f64 / years))
    }

    /// Tenants a year who go through the journey, as measured: the cases on the map over the
    /// years the log covers. `None` for an extract of less than a year, under ten cases, or
    /// without dates.
    pub fn volume_per_year(&self) -> Option<f64> {
        match self.log_volume()? {
            LogVolume::PerYear(per_year) => Some(per_year),
            LogVolume::Extract { .. } => None,
        }
    }

    /// The measured waits before touchpoint `i`, when at least ten were measured in ten cases
    /// or more: enough to judge by, and to show.
    pub fn wait(&self, i: usize) -> Option<compare::MeasuredWait> {
        let touchpoint = self.figures.touchpoints.get(i)?;
        touchpoint
            .wait
            .filter(|w| figure::shown(w.n) && figure::shown(touchpoint.cases))
    }

    /// The emotion a survey measured at touchpoint `i` (from ten respondents up).
    pub fn emotion(&self, i: usize) -> Option<&survey::MeasuredEmotion> {
        self.emotions.get(i).and_then(Option::as_ref)
    }

    /// The period for a label: "2025", or "2024–2025" when it spans years.
    pub fn period(&self) -> String {
        match self.years {
            Some((first, last)) if first == last => first.to_string(),
            Some((first, last)) => format!("{first}\u{2013}{last}"),
            None => String::new(),
        }
    }
}

/// Where a journey's own log is: `<id>.csv` in the `evidence` folder beside the folder that
/// holds the journey file (`journeys/../evidence/<id>.csv`). One convention, no setting: the
/// log is found by the journey's id.
pub fn log_beside(journey_file: &Path, id: &str) -> PathBuf {
    evidence_folder(journey_file).join(format!("{id}.csv"))
}

/// Where a journey's own survey is: `<id>-survey.csv` beside its log, or the RSH's TSM
/// workbook of the association as `<id>-survey.xlsx`.
pub fn survey_beside(journey_file: &Path, id: &str) -> PathBuf {
    let folder = evidence_folder(journey_file);
    let workbook = folder.join(format!("{id}-survey.xlsx"));
    if workbook.is_file() {
        return workbook;
    }
    folder.join(format!("{id}-survey.csv"))
}

fn evidence_folder(journey_file: &Path) -> PathBuf {
    let folder = journey_file
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && *p != Path::new("."));
    let above = match folder {
        // the file sits in the current folder: its parent is `..`
        None => PathBuf::from(".."),
        Some(folder) => match folder.parent() {
            Some(parent) => parent.to_path_buf(),
            None => folder.join(".."),
        },
    };
    above.join("evidence")
}

/// How `check` and `report` read the journeys' own logs: `[evidence]` in `tjm.toml`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogSettings {
    /// Which columns hold what; empty: found by their usual names.
    pub mapping: Mapping,
    /// The association's row in a sector-wide survey workbook (code or name).
    pub landlord: Option<String>,
}

/// Measures a journey against its own log (`<id>.csv`, else `<id>.xes`), when there is one
/// (streaming and capped as `tjm evidence` reads), with its own survey beside it when there
/// is one. `Ok(None)`: no log beside the journeys.
pub fn for_journey(
    journey_file: &Path,
    journey: &Journey,
    norms: &WaitNorms,
    settings: &LogSettings,
) -> Result<Option<JourneyEvidence>, EvidenceError> {
    let mut log = log_beside(journey_file, journey.id.as_str());
    if !log.is_file() {
        // an XES export under the same name
        log.set_extension("xes");
        if !log.is_file() {
            return Ok(None);
        }
    }
    let survey = survey_beside(journey_file, journey.id.as_str());
    of_files_with(
        &log,
        survey.is_file().then_some(survey.as_path()),
        journey,
        norms,
        settings,
    )
}

/// Measures a journey against a log with the usual column names.
pub fn of_log(
    log: &Path,
    journey: &Journey,
    norms: &WaitNorms,
) -> Result<Option<JourneyEvidence>, EvidenceError> {
    of_files(log, None, journey, norms)
}

/// Measures a journey against a log, and sets a survey's measured emotions beside it.
pub fn of_files(
    log: &Path,
    survey: Option<&Path>,
    journey: &Journey,
    norms: &WaitNorms,
) -> Result<Option<JourneyEvidence>, EvidenceError> {
    of_files_with(log, survey, journey, norms, &LogSettings::default())
}

/// [`of_files`] with the columns and landlord `[evidence]` names.
pub fn of_files_with(
    log: &Path,
    survey: Option<&Path>,
    journey: &Journey,
    norms: &WaitNorms,
    settings: &LogSettings,
) -> Result<Option<JourneyEvidence>, EvidenceError> {
    let options = ReadOptions {
        mapping: settings.mapping.clone(),
        ..ReadOptions::default()
    };
    let measured = measure(log, &options, Some((journey, norms)))?;
    let emotions = match survey {
        Some(path) => survey::onto_journey(
            &survey::read_for(path, settings.landlord.as_deref())?,
            journey,
        ),
        None => vec![None; journey.touchpoints.len()],
    };
    let years = measured
        .log
        .years
        .first()
        .zip(measured.log.years.last())
        .map(|(first, last)| (first.year, last.year));
    let span = measured.log.first.zip(measured.log.last);
    Ok(measured.journey.map(|figures| JourneyEvidence {
        figures,
        years,
        emotions,
        span,
    }))
}

#[cfg(test)]
mod tests;
