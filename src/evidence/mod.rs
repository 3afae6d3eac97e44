//! Evidence from the association's own data: contact and case logs (and surveys) measured and
//! laid over the designed journey, so a map's shares, waits and loops can be checked against
//! what tenants actually went through.
//!
//! - [`csv_log`] streams a CSV log (column mapping in [`columns`], timestamps in [`timestamp`]).
//! - [`measure`] turns the events into aggregates in one pass; [`onto_journey`] maps events
//!   onto touchpoints on the way; [`compare`] sets the measured journey beside the stated one.
//! - [`figure`] is the privacy floor: nothing from fewer than ten cases is shown.
//! - [`survey`] reads grade and satisfaction tables.
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

use std::path::Path;

pub use columns::{Field, Mapping};
pub use compare::{Contradiction, JourneyFigures};
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

/// Measures a log, and a journey against it when one is given.
pub fn measure(
    path: &Path,
    options: &ReadOptions,
    journey: Option<&Journey>,
) -> Result<Measured, EvidenceError> {
    let mut measure = match journey {
        Some(journey) => Measure::with_journey(onto_journey::Matcher::new(journey)),
        None => Measure::new(),
    };
    let read = csv_log::read(path, options, &mut measure)?;
    let (log, parts) = measure.finish();
    let journey = journey
        .zip(parts)
        .map(|(journey, parts)| compare::compare(journey, &JourneyGraph::new(journey), parts));
    Ok(Measured { read, log, journey })
}

#[cfg(test)]
mod tests;
