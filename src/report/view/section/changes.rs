//! "What changed since the baseline" (`tjm report --baseline`): on a journey page, and as a
//! table of journeys on the index.

use serde::Serialize;

use crate::report::view::JourneyHead;
use crate::report::view::finding::sentence_case;

/// What changed in a journey since the baseline (`tjm report --baseline`).
#[derive(Debug, Clone, Serialize)]
pub struct ChangesView {
    /// False for a journey that is not in the baseline.
    pub in_baseline: bool,
    /// Attention index in the baseline.
    pub index_before: u8,
    /// Attention index now.
    pub index_after: u8,
    /// The difference with its sign, e.g. "+8" or "−3" ("0" when equal).
    pub index_delta: String,
    /// Messages of findings that are gone.
    pub fixed: Vec<String>,
    /// Messages of findings that are new.
    pub new: Vec<String>,
    /// Touchpoints that changed: title and a short description of what changed.
    pub moments: Vec<MomentChange>,
    /// Titles of touchpoints added.
    pub added: Vec<String>,
    /// Titles of touchpoints removed.
    pub removed: Vec<String>,
    /// True when anything changed.
    pub changed: bool,
}

/// One touchpoint's changes.
#[derive(Debug, Clone, Serialize)]
pub struct MomentChange {
    /// The touchpoint's title now.
    pub title: String,
    /// "emotion −2 → 0; wait 3 weeks → 5 days; attention.acknowledged: – → true".
    pub detail: String,
}

/// One journey's line in the index's table of changes.
#[derive(Debug, Clone, Serialize)]
pub struct IndexChangeRow {
    /// Title, link and sizes.
    pub journey: JourneyHead,
    /// The journey's language code.
    pub lang: &'static str,
    /// The journey's changes.
    pub changes: ChangesView,
}

/// The index page's view of the baseline comparison.
#[derive(Debug, Clone, Serialize)]
pub struct IndexChanges {
    /// One row per journey in this report.
    pub rows: Vec<IndexChangeRow>,
    /// Titles of journeys only in the baseline.
    pub removed: Vec<String>,
}

/// The changes view of one journey, from the diff (`None`: not in the baseline).
pub(crate) fn build(diff: Option<&crate::diff::JourneyDiff>, index_now: u8) -> ChangesView {
    let Some(diff) = diff else {
        return ChangesView {
            in_baseline: false,
            index_before: index_now,
            index_after: index_now,
            index_delta: String::new(),
            fixed: Vec::new(),
            new: Vec::new(),
            moments: Vec::new(),
            added: Vec::new(),
            removed: Vec::new(),
            changed: true,
        };
    };
    let delta = diff.attention_index.delta;
    let index_delta = match delta {
        d if d > 0 => format!("+{d}"),
        d if d < 0 => format!("\u{2212}{}", -d),
        _ => "0".to_owned(),
    };
    let show = |value: &Option<String>| value.clone().unwrap_or_else(|| "\u{2013}".to_owned());
    let moments = diff
        .touchpoints_changed
        .iter()
        .map(|change| MomentChange {
            title: change.title.clone(),
            detail: change
                .fields
                .iter()
                .map(|f| {
                    format!(
                        "{}: {} \u{2192} {}",
                        f.field,
                        show(&f.before),
                        show(&f.after)
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        })
        .collect();
    ChangesView {
        in_baseline: true,
        index_before: diff.attention_index.before,
        index_after: diff.attention_index.after,
        index_delta,
        fixed: diff
            .findings_fixed
            .iter()
            .map(|f| sentence_case(&f.message))
            .collect(),
        new: diff
            .findings_new
            .iter()
            .map(|f| sentence_case(&f.message))
            .collect(),
        moments,
        added: diff
            .touchpoints_added
            .iter()
            .map(|t| t.title.clone())
            .collect(),
        removed: diff
            .touchpoints_removed
            .iter()
            .map(|t| t.title.clone())
            .collect(),
        changed: diff.changed,
    }
}
