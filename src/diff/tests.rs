//! Tests of the comparison, on the fixtures in `tests/fixtures/diff`.

use std::path::PathBuf;

use super::*;
use crate::config::Config;

fn open(side: &str) -> Project {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/diff")
        .join(side);
    let project = Project::open(&[path], &Config::default(), None);
    assert!(project.problems.is_empty(), "{:#?}", project.problems);
    project
}

fn repair(diff: &ProjectDiff) -> &JourneyDiff {
    diff.journeys
        .iter()
        .find(|j| j.id == "repair")
        .expect("repair compared")
}

// Journeys are matched by id: one compared, one added, one removed.
#[test]
fn matches_journeys_by_id() {
    let diff = compare(&open("old"), &open("new"));
    assert_eq!(diff.journeys.len(), 1);
    assert_eq!(diff.added_journeys.len(), 1);
    assert_eq!(diff.added_journeys[0].id, "added");
    assert_eq!(diff.removed_journeys.len(), 1);
    assert_eq!(diff.removed_journeys[0].id, "gone");
    assert!(diff.has_changes());
    assert_eq!(diff.totals.journeys_changed, 1);
}

// Touchpoints added, removed and changed, with the fields that changed.
#[test]
fn lists_touchpoint_changes() {
    let diff = compare(&open("old"), &open("new"));
    let j = repair(&diff);
    let ids = |refs: &[TouchpointRef]| refs.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&j.touchpoints_added), ["check"]);
    assert_eq!(ids(&j.touchpoints_removed), ["letter"]);
    let changed: Vec<&str> = j
        .touchpoints_changed
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(changed, ["call", "visit"]);
    let visit = &j.touchpoints_changed[1];
    assert_eq!(
        visit.fields,
        [FieldChange {
            field: "attention.acknowledged".into(),
            before: Some("false".into()),
            after: Some("true".into()),
        }]
    );
    assert!(visit.emotion.is_none() && visit.wait.is_none());
    assert_eq!(j.journey_fields, ["transitions"]);
}

// Emotion and wait deltas: −2 → +1 is +3; 3 weeks → 5 working days is −14 days.
#[test]
fn computes_emotion_and_wait_deltas() {
    let diff = compare(&open("old"), &open("new"));
    let call = &repair(&diff).touchpoints_changed[0];
    let emotion = call.emotion.expect("emotion changed");
    assert_eq!(
        (emotion.before, emotion.after, emotion.delta),
        (Some(-2), Some(1), Some(3))
    );
    let wait = call.wait.as_ref().expect("wait changed");
    assert_eq!(wait.before.as_deref(), Some("3 weeks"));
    assert_eq!(wait.after.as_deref(), Some("5 working days"));
    assert_eq!(wait.before_days, Some(21.0));
    assert_eq!(wait.after_days, Some(7.0));
    assert_eq!(wait.delta_days, Some(-14.0));
    let note = call
        .fields
        .iter()
        .find(|f| f.field == "emotion.note")
        .unwrap();
    assert_eq!(note.before.as_deref(), Some("On hold for ages"));
}

// Findings are matched by rule and touchpoint: the acknowledged milestone is fixed, the
// attention index goes up, and comparing a set with itself shows nothing.
#[test]
fn tracks_findings_and_attention_index() {
    let (old, new) = (open("old"), open("new"));
    let diff = compare(&old, &new);
    let j = repair(&diff);
    assert!(
        j.findings_fixed
            .iter()
            .any(|f| f.rule == "missed-milestone" && f.touchpoint == "visit"),
        "{:#?}",
        j.findings_fixed
    );
    assert!(j.findings_new.iter().all(|f| f.rule != "missed-milestone"));
    assert_eq!(j.attention_index.before, old.journeys[1].attention_index);
    assert_eq!(
        j.attention_index.delta,
        i16::from(j.attention_index.after) - i16::from(j.attention_index.before)
    );
    assert!(j.attention_index.delta > 0, "{:?}", j.attention_index);
    let same = compare(&old, &old);
    assert!(!same.has_changes());
    assert!(
        same.journeys
            .iter()
            .all(|j| !j.changed && j.findings_fixed.is_empty())
    );
    assert_eq!(
        same.journeys[0].findings_unchanged,
        old.journeys[0].analysis.active().count()
    );
}

// Two findings of one rule at one touchpoint are matched one to one, not both to one.
#[test]
fn finding_matching_counts_duplicates() {
    let old = open("old");
    let mut new = open("old");
    let journey = new
        .journeys
        .iter_mut()
        .find(|j| j.loaded.journey.id == "repair")
        .unwrap();
    let extra = journey
        .analysis
        .findings
        .iter()
        .find(|f| f.is_active())
        .unwrap()
        .clone();
    journey.analysis.findings.push(extra.clone());
    let diff = compare(&old, &new);
    let j = repair(&diff);
    assert_eq!(j.findings_new.len(), 1);
    assert_eq!(j.findings_new[0].code, extra.code);
    assert!(j.findings_fixed.is_empty());
}

// The JSON form has plain fields a template can walk.
#[test]
fn serialises_plainly() {
    let diff = compare(&open("old"), &open("new"));
    let value = serde_json::to_value(&diff).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(
        value["journeys"][0]["attention_index"]["before"],
        repair(&diff).attention_index.before
    );
    assert_eq!(
        value["journeys"][0]["touchpoints_changed"][0]["wait"]["delta_days"],
        -14.0
    );
    assert_eq!(value["removed_journeys"][0]["id"], "gone");
    assert!(value["totals"]["findings_fixed"].as_u64().unwrap() >= 1);
}

#[test]
fn a_step_becoming_absent_is_a_change() {
    // `absent` travels through the diff like any other touchpoint field.
    let t = |extra: serde_json::Value| -> crate::model::Touchpoint {
        let mut base =
            serde_json::json!({"id": "call", "stage": "s", "title": "Call back", "actor": "kcc"});
        base.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::from_value(base).unwrap()
    };
    let change = super::compare_touchpoint(
        &t(serde_json::json!({})),
        &t(serde_json::json!({"absent": true})),
    )
    .unwrap();
    assert_eq!(change.fields.len(), 1);
    assert_eq!(change.fields[0].field, "absent");
    assert_eq!(change.fields[0].before, None);
    assert_eq!(change.fields[0].after.as_deref(), Some("true"));
}
