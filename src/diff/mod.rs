//! Comparing two versions of journeys (`tjm diff`, and "what changed since the baseline" in
//! the report): journeys are matched by id, touchpoints by id, findings by rule and touchpoint.
//!
//! The result is plain serialisable data, so a template can walk it directly: every list is
//! present (empty when nothing changed), numbers are numbers and texts are display strings.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::Touchpoint;
use crate::project::{AnalysedJourney, Project};
use crate::rules::Level;

/// The version of the JSON structure of `tjm diff --format json`.
pub const FORMAT_VERSION: u32 = 1;

/// What changed between two sets of journeys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectDiff {
    /// Structure version of this document.
    pub version: u32,
    /// Journeys present in both, in the new set's order.
    pub journeys: Vec<JourneyDiff>,
    /// Journeys only in the new set.
    pub added_journeys: Vec<JourneyRef>,
    /// Journeys only in the old set.
    pub removed_journeys: Vec<JourneyRef>,
    /// Counts over everything.
    pub totals: DiffTotals,
}

/// Counts over the whole comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DiffTotals {
    /// Journeys in both sets.
    pub journeys_compared: usize,
    /// Journeys in both sets that differ.
    pub journeys_changed: usize,
    /// Journeys only in the new set.
    pub journeys_added: usize,
    /// Journeys only in the old set.
    pub journeys_removed: usize,
    /// Touchpoints added, over all compared journeys.
    pub touchpoints_added: usize,
    /// Touchpoints removed.
    pub touchpoints_removed: usize,
    /// Touchpoints changed.
    pub touchpoints_changed: usize,
    /// Findings gone (active before, not found now).
    pub findings_fixed: usize,
    /// Findings that are new.
    pub findings_new: usize,
}

/// A journey named in a diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JourneyRef {
    /// Journey id.
    pub id: String,
    /// Journey title.
    pub title: String,
    /// The file it came from.
    pub file: String,
    /// Its attention index, 0–100.
    pub attention_index: u8,
}

/// What changed in one journey.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JourneyDiff {
    /// Journey id (the same in both).
    pub id: String,
    /// The title in the new version.
    pub title: String,
    /// The old file.
    pub old_file: String,
    /// The new file.
    pub new_file: String,
    /// True when anything below differs.
    pub changed: bool,
    /// Attention index before and after.
    pub attention_index: IndexChange,
    /// Journey-level fields that differ (`title`, `stages`, `actors`, `transitions`, …).
    pub journey_fields: Vec<String>,
    /// Touchpoints only in the new version.
    pub touchpoints_added: Vec<TouchpointRef>,
    /// Touchpoints only in the old version.
    pub touchpoints_removed: Vec<TouchpointRef>,
    /// Touchpoints in both that differ.
    pub touchpoints_changed: Vec<TouchpointChange>,
    /// Active findings in the old version with no match in the new one.
    pub findings_fixed: Vec<FindingRef>,
    /// Active findings in the new version with no match in the old one.
    pub findings_new: Vec<FindingRef>,
    /// Active findings before that are silenced now (with the reason).
    pub findings_silenced: Vec<FindingRef>,
    /// Active findings in both versions.
    pub findings_unchanged: usize,
}

/// The attention index before and after.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct IndexChange {
    /// Before, 0–100.
    pub before: u8,
    /// After, 0–100.
    pub after: u8,
    /// After minus before.
    pub delta: i16,
}

/// A touchpoint named in a diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TouchpointRef {
    /// Touchpoint id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its stage id.
    pub stage: String,
}

/// What changed in one touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TouchpointChange {
    /// Touchpoint id.
    pub id: String,
    /// The title in the new version.
    pub title: String,
    /// Each field that differs; nested fields are dotted (`attention.acknowledged`).
    pub fields: Vec<FieldChange>,
    /// The emotion change, when the emotion score differs.
    pub emotion: Option<EmotionChange>,
    /// The wait change, when the wait differs.
    pub wait: Option<WaitChange>,
}

/// One field's values before and after, as display text (`None` when absent).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// Dotted field name.
    pub field: String,
    /// Value before.
    pub before: Option<String>,
    /// Value after.
    pub after: Option<String>,
}

/// Emotion score before and after (−3..+3).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EmotionChange {
    /// Before, when recorded.
    pub before: Option<i8>,
    /// After, when recorded.
    pub after: Option<i8>,
    /// After minus before, when both are recorded.
    pub delta: Option<i8>,
}

/// Wait before and after, as written and in days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaitChange {
    /// Before, as written.
    pub before: Option<String>,
    /// After, as written.
    pub after: Option<String>,
    /// Before in calendar days.
    pub before_days: Option<f64>,
    /// After in calendar days.
    pub after_days: Option<f64>,
    /// After minus before in days, when both are given (negative: shorter wait).
    pub delta_days: Option<f64>,
}

/// A finding named in a diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingRef {
    /// Rule code.
    pub code: String,
    /// Rule name.
    pub rule: String,
    /// Level.
    pub level: Level,
    /// Touchpoint id.
    pub touchpoint: String,
    /// The message.
    pub message: String,
    /// The silence's reason, for silenced findings.
    pub reason: Option<String>,
    /// The finding's message id, so the report can word it for a board (not in JSON).
    #[serde(skip)]
    pub id: &'static str,
    /// The finding's arguments, for the same (not in JSON).
    #[serde(skip)]
    pub args: crate::i18n::Args,
}

impl ProjectDiff {
    /// True when the two sets differ in any way.
    pub fn has_changes(&self) -> bool {
        self.totals.journeys_changed + self.totals.journeys_added + self.totals.journeys_removed > 0
    }
}

/// Compares two analysed sets of journeys.
pub fn compare(old: &Project, new: &Project) -> ProjectDiff {
    let old_by_id: HashMap<&str, &AnalysedJourney> = old
        .journeys
        .iter()
        .map(|j| (j.loaded.journey.id.as_str(), j))
        .collect();
    let new_ids: HashMap<&str, ()> = new
        .journeys
        .iter()
        .map(|j| (j.loaded.journey.id.as_str(), ()))
        .collect();
    let mut diff = ProjectDiff {
        version: FORMAT_VERSION,
        journeys: Vec::new(),
        added_journeys: Vec::new(),
        removed_journeys: Vec::new(),
        totals: DiffTotals::default(),
    };
    for journey in &new.journeys {
        match old_by_id.get(journey.loaded.journey.id.as_str()) {
            Some(before) => diff.journeys.push(compare_journey(before, journey)),
            None => diff.added_journeys.push(journey_ref(journey)),
        }
    }
    for journey in &old.journeys {
        if !new_ids.contains_key(journey.loaded.journey.id.as_str()) {
            diff.removed_journeys.push(journey_ref(journey));
        }
    }
    let t = &mut diff.totals;
    t.journeys_compared = diff.journeys.len();
    t.journeys_changed = diff.journeys.iter().filter(|j| j.changed).count();
    t.journeys_added = diff.added_journeys.len();
    t.journeys_removed = diff.removed_journeys.len();
    for j in &diff.journeys {
        t.touchpoints_added += j.touchpoints_added.len();
        t.touchpoints_removed += j.touchpoints_removed.len();
        t.touchpoints_changed += j.touchpoints_changed.len();
        t.findings_fixed += j.findings_fixed.len();
        t.findings_new += j.findings_new.len();
    }
    diff
}

fn journey_ref(journey: &AnalysedJourney) -> JourneyRef {
    JourneyRef {
        id: journey.loaded.journey.id.clone(),
        title: journey.loaded.journey.title.clone(),
        file: journey.loaded.source.path().display().to_string(),
        attention_index: journey.attention_index,
    }
}

fn touchpoint_ref(touchpoint: &Touchpoint) -> TouchpointRef {
    TouchpointRef {
        id: touchpoint.id.clone(),
        title: touchpoint.title.clone(),
        stage: touchpoint.stage.clone(),
    }
}

/// Compares two versions of one journey.
pub fn compare_journey(old: &AnalysedJourney, new: &AnalysedJourney) -> JourneyDiff {
    let (a, b) = (&old.loaded.journey, &new.loaded.journey);
    let old_tps: HashMap<&str, &Touchpoint> =
        a.touchpoints.iter().map(|t| (t.id.as_str(), t)).collect();
    let new_tps: HashMap<&str, &Touchpoint> =
        b.touchpoints.iter().map(|t| (t.id.as_str(), t)).collect();
    let touchpoints_added = b
        .touchpoints
        .iter()
        .filter(|t| !old_tps.contains_key(t.id.as_str()))
        .map(touchpoint_ref)
        .collect();
    let touchpoints_removed = a
        .touchpoints
        .iter()
        .filter(|t| !new_tps.contains_key(t.id.as_str()))
        .map(touchpoint_ref)
        .collect();
    let touchpoints_changed: Vec<TouchpointChange> = b
        .touchpoints
        .iter()
        .filter_map(|t| {
            let before = old_tps.get(t.id.as_str())?;
            compare_touchpoint(before, t)
        })
        .collect();
    let journey_fields = journey_fields(a, b);
    let (findings_fixed, findings_new, findings_silenced, findings_unchanged) =
        compare_findings(old, new);
    let attention_index = IndexChange {
        before: old.attention_index,
        after: new.attention_index,
        delta: i16::from(new.attention_index) - i16::from(old.attention_index),
    };
    let mut diff = JourneyDiff {
        id: b.id.clone(),
        title: b.title.clone(),
        old_file: old.loaded.source.path().display().to_string(),
        new_file: new.loaded.source.path().display().to_string(),
        changed: false,
        attention_index,
        journey_fields,
        touchpoints_added,
        touchpoints_removed,
        touchpoints_changed,
        findings_fixed,
        findings_new,
        findings_silenced,
        findings_unchanged,
    };
    diff.changed = !(diff.journey_fields.is_empty()
        && diff.touchpoints_added.is_empty()
        && diff.touchpoints_removed.is_empty()
        && diff.touchpoints_changed.is_empty()
        && diff.findings_fixed.is_empty()
        && diff.findings_new.is_empty()
        && diff.findings_silenced.is_empty()
        && diff.attention_index.delta == 0);
    diff
}

/// Journey-level fields that differ; touchpoints are compared one by one instead.
fn journey_fields(a: &crate::model::Journey, b: &crate::model::Journey) -> Vec<String> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return Vec::new();
    };
    let mut fields = Vec::new();
    for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
        if key == "touchpoints" || key == "$schema" {
            continue;
        }
        if a.get(key) != b.get(key) {
            fields.push(key.clone());
        }
    }
    fields
}

/// The fields that differ between two versions of a touchpoint, or `None` when none do.
pub fn compare_touchpoint(old: &Touchpoint, new: &Touchpoint) -> Option<TouchpointChange> {
    if old == new {
        return None;
    }
    let mut fields = Vec::new();
    let (Ok(a), Ok(b)) = (serde_json::to_value(old), serde_json::to_value(new)) else {
        return None;
    };
    field_changes("", &a, &b, &mut fields);
    let score = |t: &Touchpoint| t.emotion.as_ref().map(|e| e.score);
    let emotion = (score(old) != score(new)).then(|| EmotionChange {
        before: score(old),
        after: score(new),
        delta: score(old).zip(score(new)).map(|(a, b)| b - a),
    });
    let wait = (old.wait != new.wait).then(|| {
        let days = |t: &Touchpoint| t.wait.as_ref().map(|w| round(w.days()));
        WaitChange {
            before: old.wait.as_ref().map(|w| w.as_str().to_owned()),
            after: new.wait.as_ref().map(|w| w.as_str().to_owned()),
            before_days: days(old),
            after_days: days(new),
            delta_days: days(old).zip(days(new)).map(|(a, b)| round(b - a)),
        }
    });
    Some(TouchpointChange {
        id: new.id.clone(),
        title: new.title.clone(),
        fields,
        emotion,
        wait,
    })
}

/// Walks two JSON objects, pushing a change for each leaf that differs. Objects are entered
/// (`attention.acknowledged`); arrays and scalars are compared whole.
fn field_changes(
    prefix: &str,
    a: &serde_json::Value,
    b: &serde_json::Value,
    out: &mut Vec<FieldChange>,
) {
    let empty = serde_json::Map::new();
    let (a_map, b_map) = match (a, b) {
        (serde_json::Value::Object(a), serde_json::Value::Object(b)) => (a, b),
        (serde_json::Value::Object(a), serde_json::Value::Null) => (a, &empty),
        (serde_json::Value::Null, serde_json::Value::Object(b)) => (&empty, b),
        _ => {
            if a != b {
                out.push(FieldChange {
                    field: prefix.to_owned(),
                    before: display(a),
                    after: display(b),
                });
            }
            return;
        }
    };
    let keys = a_map
        .keys()
        .chain(b_map.keys().filter(|k| !a_map.contains_key(*k)));
    for key in keys {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let null = serde_json::Value::Null;
        let (x, y) = (
            a_map.get(key).unwrap_or(&null),
            b_map.get(key).unwrap_or(&null),
        );
        if x != y {
            field_changes(&name, x, y, out);
        }
    }
}

fn display(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

type FindingKey = (&'static str, String);

fn compare_findings(
    old: &AnalysedJourney,
    new: &AnalysedJourney,
) -> (Vec<FindingRef>, Vec<FindingRef>, Vec<FindingRef>, usize) {
    let key = |journey: &AnalysedJourney, f: &crate::rules::Finding| -> FindingKey {
        let touchpoint = &journey.loaded.journey.touchpoints[f.anchor.touchpoint()].id;
        (f.code, touchpoint.clone())
    };
    let as_ref = |journey: &AnalysedJourney, f: &crate::rules::Finding| FindingRef {
        code: f.code.to_owned(),
        rule: f.rule.to_owned(),
        level: f.level,
        touchpoint: journey.loaded.journey.touchpoints[f.anchor.touchpoint()]
            .id
            .clone(),
        message: f.message(journey.locale),
        reason: f.silenced.clone(),
        id: f.id,
        args: f.args.clone(),
    };
    // Findings still present in the new version, active or silenced, counted per key so two
    // findings of one rule at one touchpoint match two, not one.
    let mut new_active: HashMap<FindingKey, usize> = HashMap::new();
    let mut new_silenced: HashMap<FindingKey, Vec<&crate::rules::Finding>> = HashMap::new();
    for f in &new.analysis.findings {
        if f.is_active() {
            *new_active.entry(key(new, f)).or_default() += 1;
        } else {
            new_silenced.entry(key(new, f)).or_default().push(f);
        }
    }
    let mut fixed = Vec::new();
    let mut silenced = Vec::new();
    let mut unchanged = 0;
    let mut old_active: HashMap<FindingKey, usize> = HashMap::new();
    for f in old.analysis.active() {
        let k = key(old, f);
        *old_active.entry(k.clone()).or_default() += 1;
        match new_active.get_mut(&k) {
            Some(n) if *n > 0 => {
                *n -= 1;
                unchanged += 1;
            }
            _ => match new_silenced.get_mut(&k).and_then(Vec::pop) {
                Some(now) => silenced.push(as_ref(new, now)),
                None => fixed.push(as_ref(old, f)),
            },
        }
    }
    let mut fresh = Vec::new();
    for f in new.analysis.active() {
        let k = key(new, f);
        match old_active.get_mut(&k) {
            Some(n) if *n > 0 => *n -= 1,
            _ => fresh.push(as_ref(new, f)),
        }
    }
    (fixed, fresh, silenced, unchanged)
}

fn round(value: f64) -> f64 {
    let rounded = (value * 1000.0).round() / 1000.0;
    if rounded == 0.0 { 0.0 } else { rounded }
}

#[cfg(test)]
mod tests;
