//! Survey results per process or touchpoint: a table of grades on the Dutch 1–10 scale (Aedes
//! benchmark and KWH style: process, period, respondents, mean grade, share 6 or higher) or of
//! percentages satisfied (the UK Tenant Satisfaction Measures TP01–TP12), mapped onto the
//! journey's emotion scale so a measured emotion can sit beside the stated one.
//!
//! The mapping onto −3..+3 is linear and documented in the README:
//! - a grade `g` becomes `(g − 5.5) / 1.5`: 1 is −3, 5.5 (the middle of the scale) is 0,
//!   7 is +1, 8.5 is +2, 10 is +3;
//! - a percentage satisfied `p` becomes `(p − 50) / 50 × 3`: 0% is −3, 50% is 0, 100% is +3.
//!
//! Cells `[X]`, `[Z]` and `[E]` (the RSH's markers for suppressed, not applicable and
//! estimated) and empty cells count as missing; rows with fewer than ten respondents are kept
//! but never shown as a figure.

use std::path::Path;

use super::error::{ErrorKind, EvidenceError, Place};

/// Survey files are small tables: larger is the wrong file.
const MAX_BYTES: u64 = 16 << 20;

/// What a row measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Score {
    /// A mean grade, 1–10.
    Grade(f64),
    /// A percentage satisfied, 0–100.
    Satisfied(f64),
}

impl Score {
    /// The measured emotion, −3..+3 (see the module docs for the mapping).
    pub fn emotion(self) -> f64 {
        let e = match self {
            Score::Grade(g) => (g - 5.5) / 1.5,
            Score::Satisfied(p) => (p - 50.0) / 50.0 * 3.0,
        };
        e.clamp(-3.0, 3.0)
    }
}

/// One survey row.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyRow {
    /// The process, touchpoint id or TSM measure (`TP02`) it is about.
    pub key: String,
    /// The period it covers (as written, e.g. "2025" or "2025-Q3").
    pub period: String,
    /// How many tenants answered, when given.
    pub respondents: Option<u64>,
    /// The grade or percentage; `None` when the cell was missing.
    pub score: Option<Score>,
    /// The share (0–1) grading 6 or higher, when given.
    pub sufficient: Option<f64>,
}

const KEY: &[&str] = &[
    "touchpoint",
    "process",
    "proces",
    "measure",
    "tsm",
    "onderwerp",
];
const PERIOD: &[&str] = &["period", "periode", "jaar", "year"];
const RESPONDENTS: &[&str] = &["respondents", "respondenten", "n", "aantal"];
const GRADE: &[&str] = &[
    "grade",
    "mean_grade",
    "gemiddeld cijfer",
    "gemiddeld_cijfer",
    "cijfer",
];
const SATISFIED: &[&str] = &[
    "percent_satisfied",
    "satisfied",
    "% satisfied",
    "tevreden",
    "% tevreden",
];
const SUFFICIENT: &[&str] = &[
    "share_6_plus",
    "aandeel voldoende",
    "voldoende",
    "% 6 of hoger",
];

/// A touchpoint's emotion as a survey measured it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasuredEmotion {
    /// On the journey's scale, −3..+3.
    pub score: f64,
    /// How many tenants answered (ten or more: fewer is never used).
    pub respondents: u64,
    /// The period, as the survey writes it.
    pub period: String,
}

/// The measured emotion of each touchpoint (by index): the row whose key is its id. A row
/// without a score, or without ten respondents, measures nothing anyone may see, so it is left
/// out: a finding resting on it would point at a handful of tenants.
pub fn onto_journey(
    rows: &[SurveyRow],
    journey: &crate::model::Journey,
) -> Vec<Option<MeasuredEmotion>> {
    journey
        .touchpoints
        .iter()
        .map(|t| {
            rows.iter()
                .filter(|row| row.key.eq_ignore_ascii_case(&t.id))
                .find_map(|row| {
                    let respondents = row.respondents.filter(|&n| super::figure::shown(n))?;
                    Some(MeasuredEmotion {
                        score: row.score?.emotion(),
                        respondents,
                        period: row.period.clone(),
                    })
                })
        })
        .collect()
}

/// Reads a survey table (CSV, `,` or `;`, decimal comma or point), or the RSH's TSM
/// workbook (`.xlsx`, [`super::tsm`]) when it holds one landlord.
pub fn read(path: &Path) -> Result<Vec<SurveyRow>, EvidenceError> {
    read_for(path, None)
}

/// As [`read`]; `landlord` picks the landlord's row of a TSM workbook by code or name.
pub fn read_for(path: &Path, landlord: Option<&str>) -> Result<Vec<SurveyRow>, EvidenceError> {
    let fail = |kind| EvidenceError::file(path, kind);
    let size = std::fs::metadata(path)
        .map_err(|e| fail(ErrorKind::Read(e)))?
        .len();
    if size > MAX_BYTES {
        return Err(fail(ErrorKind::TooLarge {
            megabytes: size.div_ceil(1 << 20),
            cap: MAX_BYTES >> 20,
        }));
    }
    if super::tsm::is_workbook(path) {
        return super::tsm::read(path, landlord);
    }
    let bytes = std::fs::read(path).map_err(|e| fail(ErrorKind::Read(e)))?;
    let text =
        String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).into_owned();
    let first = text.lines().next().ok_or_else(|| fail(ErrorKind::Empty))?;
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| fail(ErrorKind::Read(std::io::Error::other(e))))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let find = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
    };
    let shape = || EvidenceError {
        file: path.into(),
        place: Place::Row(1),
        kind: ErrorKind::SurveyShape {
            header: header.clone(),
        },
    };
    let key = find(KEY).ok_or_else(shape)?;
    let (score_column, grade) = match (find(GRADE), find(SATISFIED)) {
        (Some(g), _) => (g, true),
        (None, Some(s)) => (s, false),
        (None, None) => return Err(shape()),
    };
    let period = find(PERIOD);
    let respondents = find(RESPONDENTS);
    let sufficient = find(SUFFICIENT);
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i as u64 + 2;
        let record = record.map_err(|e| EvidenceError {
            file: path.into(),
            place: Place::Row(row),
            kind: ErrorKind::Read(std::io::Error::other(e)),
        })?;
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim();
        let bad = |c: usize| EvidenceError {
            file: path.into(),
            place: Place::Cell(row, header[c].clone()),
            kind: ErrorKind::SurveyValue {
                value: cell(Some(c)).to_owned(),
            },
        };
        let key_text = cell(Some(key));
        if key_text.is_empty() {
            continue;
        }
        let (low, high) = if grade { (1.0, 10.0) } else { (0.0, 100.0) };
        let score = match number(cell(Some(score_column))) {
            Some(Ok(v)) if (low..=high).contains(&v) => Some(if grade {
                Score::Grade(v)
            } else {
                Score::Satisfied(v)
            }),
            None => None,
            _ => return Err(bad(score_column)),
        };
        let respondents = match respondents.map(|c| (c, number(cell(Some(c))))) {
            Some((_, Some(Ok(v)))) if v >= 0.0 && v.fract() == 0.0 => Some(v as u64),
            Some((_, None)) | None => None,
            Some((c, _)) => return Err(bad(c)),
        };
        let sufficient = match sufficient.map(|c| (c, number(cell(Some(c))))) {
            Some((_, Some(Ok(v)))) if (0.0..=100.0).contains(&v) => Some(v / 100.0),
            Some((_, None)) | None => None,
            Some((c, _)) => return Err(bad(c)),
        };
        rows.push(SurveyRow {
            key: key_text.to_owned(),
            period: cell(period).to_owned(),
            respondents,
            score,
            sufficient,
        });
    }
    Ok(rows)
}

/// A number cell: `7,4`, `7.4`, `74%`; `None` for a missing one (empty, `[X]`, `[Z]`, `[E]`).
pub(super) fn number(cell: &str) -> Option<Result<f64, ()>> {
    let cell = cell.trim();
    if cell.is_empty() || matches!(cell, "[X]" | "[Z]" | "[E]" | "[x]" | "[z]" | "[e]") {
        return None;
    }
    let cell = cell.trim_end_matches('%').trim().replace(',', ".");
    Some(cell.parse::<f64>().map_err(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_and_percentages_onto_the_emotion_scale() {
        assert_eq!(Score::Grade(1.0).emotion(), -3.0);
        assert_eq!(Score::Grade(5.5).emotion(), 0.0);
        assert_eq!(Score::Grade(7.0).emotion(), 1.0);
        assert_eq!(Score::Grade(10.0).emotion(), 3.0);
        assert_eq!(Score::Satisfied(50.0).emotion(), 0.0);
        assert_eq!(Score::Satisfied(100.0).emotion(), 3.0);
        assert!((Score::Satisfied(70.0).emotion() - 1.2).abs() < 1e-9);
    }

    #[test]
    fn number_cells() {
        assert_eq!(number("7,4"), Some(Ok(7.4)));
        assert_eq!(number("74%"), Some(Ok(74.0)));
        assert_eq!(number("[X]"), None);
        assert_eq!(number(""), None);
        assert_eq!(number("goed"), Some(Err(())));
    }
}
