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
