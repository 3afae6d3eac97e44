//! Helpers for rule tests: build a small journey from JSON and run one rule on it.

use serde_json::{Value, json};

use super::{Finding, Rule, RuleContext, RuleOptions};
use crate::graph::JourneyGraph;
use crate::model::Journey;

/// A journey with the usual stage and actors around the given touchpoints and transitions.
pub(crate) fn journey(touchpoints: Value, transitions: Value) -> Journey {
    let mut value = json!({
        "id": "test",
        "title": "Test",
        "stages": [{"id": "s", "title": "Stage"}],
        "actors": [
            {"id": "tenant", "name": "Tenant", "kind": "tenant"},
            {"id": "kcc", "name": "Customer contact", "kind": "department"},
            {"id": "plan", "name": "Planning", "kind": "department", "backstage": true},
            {"id": "fix", "name": "Contractor", "kind": "contractor"}
        ],
        "touchpoints": touchpoints,
        "transitions": transitions,
    });
    for touchpoint in value["touchpoints"].as_array_mut().unwrap() {
        let object = touchpoint.as_object_mut().unwrap();
        object.entry("stage").or_insert(json!("s"));
        object.entry("actor").or_insert(json!("kcc"));
        let id = object["id"].clone();
        object.entry("title").or_insert(id);
    }
    serde_json::from_value(value).expect("test journey is valid")
}

/// Runs one rule with default options.
pub(crate) fn run(rule: &dyn Rule, journey: &Journey) -> Vec<Finding> {
    run_with(rule, journey, &crate::norms::Norms::default())
}

/// Runs one rule with default options and the given norms (own deadlines from `tjm.toml`).
pub(crate) fn run_with(
    rule: &dyn Rule,
    journey: &Journey,
    norms: &crate::norms::Norms,
) -> Vec<Finding> {
    let graph = JourneyGraph::new(journey);
    let options = RuleOptions::defaults(rule);
    let cx = RuleContext {
        journey,
        graph: &graph,
        options: &options,
        level: rule.default_level(),
        norms,
        evidence: None,
    };
    let mut findings = Vec::new();
    rule.check(&cx, &mut findings);
    findings
}

/// The touchpoint ids the findings sit on.
pub(crate) fn ids(journey: &Journey, findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| journey.touchpoints[f.anchor.touchpoint()].id.clone())
        .collect()
}

/// Runs one rule with default options on a journey measured against a log (and a survey),
/// given as CSV text: as a run does with `evidence/<id>.csv` and `evidence/<id>-survey.csv`.
pub(crate) fn run_with_log(
    rule: &dyn Rule,
    journey: &Journey,
    log: &str,
    survey: Option<&str>,
) -> Vec<Finding> {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("log.csv");
    std::fs::write(&log_path, log).unwrap();
    let survey_path = dir.path().join("survey.csv");
    if let Some(survey) = survey {
        std::fs::write(&survey_path, survey).unwrap();
    }
    let norms = crate::evidence::WaitNorms::default();
    let evidence = crate::evidence::of_files(
        &log_path,
        survey.map(|_| survey_path.as_path()),
        journey,
        &norms,
    )
    .unwrap()
    .expect("the journey is measured");
    let graph = JourneyGraph::new(journey);
    let options = RuleOptions::defaults(rule);
    let cx = RuleContext {
        journey,
        graph: &graph,
        options: &options,
        level: rule.default_level(),
        norms: &crate::norms::Norms::default(),
        evidence: Some(&evidence),
    };
    let mut findings = Vec::new();
    rule.check(&cx, &mut findings);
    findings
}

/// A log of `cases` cases, each `from` then `to` after `days[i % days.len()]` days, in March
/// 2025.
pub(crate) fn two_step_log(from: &str, to: &str, cases: usize, days: &[u32]) -> String {
    let mut log = String::from("case,activity,timestamp\n");
    for i in 0..cases {
        let wait = days[i % days.len()];
        log.push_str(&format!("C{i:02},{from},2025-03-01T09:{:02}\n", i % 60));
        log.push_str(&format!(
            "C{i:02},{to},2025-{:02}-{:02}T09:{:02}\n",
            3 + (wait / 31),
            1 + wait % 31,
            i % 60
        ));
    }
    log
}

/// Settings with every rule off but `names`, to test one rule's effect on scores and figures.
pub(crate) fn settings_with_only(names: &[&str]) -> crate::rules::Settings {
    let mut settings = crate::rules::Settings::default();
    for rule in crate::rules::RULES {
        if !names.contains(&rule.name()) {
            settings.set_level(*rule, crate::rules::Level::Off);
        }
    }
    settings
}
