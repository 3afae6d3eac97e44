//! Scores a manager can read: the attention index of a journey, the index of its worst route
//! ([`worst_route`]), the ranking of the moments that matter most, and what they mean in
//! tenants and money per year ([`impact`]), then and now ([`trend`]).
//!
//! Both weigh a touchpoint by how much it matters to the tenant and by how many tenants pass
//! it, so a failure at the key handover that every tenant lives through outweighs one on a
//! side path that one in twenty takes.

pub mod impact;
pub mod trend;
pub mod worst_route;

use serde::Serialize;

use crate::model::{Importance, Journey, Touchpoint, effective_importance};
use crate::rules::{Analysis, Finding, Level};

/// How much a touchpoint matters: low 1, normal 2, high 3, a milestone 4. The importance is
/// the effective one: written, else inferred (a refusal, a decision, an opened case or a bad
/// feeling weighs as high), so an unmarked refusal letter is not weighed as routine.
pub fn importance_weight(touchpoint: &Touchpoint) -> f64 {
    if touchpoint.is_milestone() {
        return 4.0;
    }
    match effective_importance(touchpoint).level {
        Importance::Low => 1.0,
        Importance::Normal => 2.0,
        Importance::High => 3.0,
    }
}

/// How much attention a finding says is missing at its touchpoint: an error all of it, a
/// warning half, info none.
pub fn penalty(level: Level) -> f64 {
    match level {
        Level::Error => 1.0,
        Level::Warning => 0.5,
        Level::Info | Level::Off => 0.0,
    }
}

/// The severity factor of a finding in the ranking: error 3, warning 2, info 1.
pub fn severity_weight(level: Level) -> f64 {
    match level {
        Level::Error => 3.0,
        Level::Warning => 2.0,
        Level::Info => 1.0,
        Level::Off => 0.0,
    }
}

/// The attention index, 0–100: the share of the attention tenants should get that they do
/// get, weighing each touchpoint by importance × expected visits per tenant.
///
/// Each touchpoint loses attention by its active findings (error 1, warning ½, info 0,
/// capped at 1). 100 means no finding anywhere; 62 means that, weighted by how much the
/// moments matter and how many tenants pass them, 38% of the attention is missing.
pub fn attention_index(journey: &Journey, analysis: &Analysis) -> u8 {
    let visits = analysis.graph.expected_visits();
    let missing = missing_attention(journey, analysis);
    let mut total = 0.0;
    let mut lost = 0.0;
    for (i, touchpoint) in journey.touchpoints.iter().enumerate() {
        let weight = importance_weight(touchpoint) * visits.get(i).copied().unwrap_or(0.0);
        total += weight;
        lost += weight * missing[i];
    }
    if total <= 0.0 {
        return 100;
    }
    (100.0 * (1.0 - lost / total)).round().clamp(0.0, 100.0) as u8
}

/// Per touchpoint, the share of its attention its active findings say is missing (error 1,
/// warning ½, info 0, capped at 1): what the attention index and the worst route weigh.
pub fn missing_attention(journey: &Journey, analysis: &Analysis) -> Vec<f64> {
    let mut missing = vec![0.0f64; journey.touchpoints.len()];
    for finding in analysis.active() {
        if let Some(slot) = missing.get_mut(finding.anchor.touchpoint()) {
            *slot = (*slot + penalty(finding.level)).min(1.0);
        }
    }
    missing
}

/// One finding with its place in the ranking of moments that matter.
#[derive(Debug, Clone, Serialize)]
pub struct RankedMoment<'a> {
    /// The finding.
    pub finding: &'a Finding,
    /// importance × tenants affected × severity × how bad the tenant feels.
    pub priority: f64,
}

/// The priority of a finding: importance (1–4) × expected visits per tenant × severity
/// (1–3) × (1 + how bad the tenant feels, 0 for a neutral or positive emotion, up to 3).
pub fn priority(journey: &Journey, analysis: &Analysis, finding: &Finding) -> f64 {
    let index = finding.anchor.touchpoint();
    let touchpoint = &journey.touchpoints[index];
    let visits = analysis
        .graph
        .expected_visits()
        .get(index)
        .copied()
        .unwrap_or(0.0);
    let feels_bad = touchpoint
        .emotion
        .as_ref()
        .map_or(0.0, |e| f64::from((-e.score).max(0)));
    importance_weight(touchpoint) * visits * severity_weight(finding.level) * (1.0 + feels_bad)
}

/// Active findings, highest priority first (ties keep journey order).
pub fn ranking<'a>(journey: &Journey, analysis: &'a Analysis) -> Vec<RankedMoment<'a>> {
    let mut ranked: Vec<RankedMoment<'a>> = analysis
        .active()
        .filter(|f| f.level > Level::Info)
        .map(|finding| RankedMoment {
            finding,
            priority: priority(journey, analysis, finding),
        })
        .collect();
    ranked.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    ranked
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{attention_index, ranking};
    use crate::model::Journey;
    use crate::rules::analyse;

    use crate::rules::testing::settings_with_only;

    fn journey(value: serde_json::Value) -> Journey {
        crate::rules::testing::journey(value["touchpoints"].clone(), value["transitions"].clone())
    }

    #[test]
    fn index_weighs_importance_and_visits() {
        // keys: milestone (4) × 1 visit, error (missed-milestone) → loses 4.
        // form: normal (2) × 1 visit, no finding.  Total 6, lost 4 → 100·(1 − 4/6) = 33.
        let j = journey(json!({
            "touchpoints": [{"id": "keys", "milestone": true}, {"id": "form"}],
            "transitions": [{"from": "keys", "to": "form"}]
        }));
        let analysis = analyse(&j, &settings_with_only(&["missed-milestone"]));
        assert_eq!(attention_index(&j, &analysis), 33);
    }

    #[test]
    fn index_weighs_an_unmarked_refusal_as_high_and_a_written_importance_as_written() {
        // no: a refusal, so high (3) when unmarked, error (bare-no) → loses 3.
        // after: normal (2), no finding.  Total 5, lost 3 → 100·(1 − 3/5) = 40.
        let inferred = journey(json!({
            "touchpoints": [{"id": "no", "refusal": true}, {"id": "after"}],
            "transitions": [{"from": "no", "to": "after"}]
        }));
        let analysis = analyse(&inferred, &settings_with_only(&["bare-no"]));
        assert_eq!(attention_index(&inferred, &analysis), 40);
        // Written normal: 2 of 4 lost → 50.
        let written = journey(json!({
            "touchpoints": [{"id": "no", "refusal": true, "importance": "normal"}, {"id": "after"}],
            "transitions": [{"from": "no", "to": "after"}]
        }));
        let analysis = analyse(&written, &settings_with_only(&["bare-no"]));
        assert_eq!(attention_index(&written, &analysis), 50);
    }

    #[test]
    fn index_counts_loops_by_expected_visits() {
        // visit is passed 1/0.7 = 10/7 times; it has a warning (procedure-first, ½).
        // report 2·1, visit 2·10/7, again 2·3/7, done 2·1: total 2·(2 + 13/7) = 54/7.
        // lost: ½ · 2 · 10/7 = 10/7.  Index = 100·(1 − 10/54) = 81.48 → 81.
        let j = journey(json!({
            "touchpoints": [
                {"id": "report"},
                {"id": "visit", "attention": {"own_question_asked": false}},
                {"id": "again"},
                {"id": "done"}
            ],
            "transitions": [
                {"from": "report", "to": "visit"},
                {"from": "visit", "to": "done", "share": 70},
                {"from": "visit", "to": "again", "share": 30},
                {"from": "again", "to": "visit"}
            ]
        }));
        let analysis = analyse(&j, &settings_with_only(&["procedure-first"]));
        assert_eq!(analysis.findings.len(), 1);
        assert_eq!(attention_index(&j, &analysis), 81);
    }

    #[test]
    fn a_journey_without_findings_scores_100() {
        let j = journey(json!({"touchpoints": [{"id": "a"}], "transitions": []}));
        let analysis = analyse(&j, &settings_with_only(&[]));
        assert_eq!(attention_index(&j, &analysis), 100);
    }

    #[test]
    fn ranking_orders_by_importance_reach_severity_and_feeling() {
        // a: milestone, error, emotion −2: 4 × 1 × 3 × 3 = 36
        // b: normal, warning, 40% of tenants, emotion 0: 2 × 0.4 × 2 × 1 = 1.6
        // c: high (inferred: emotion −3), warning, 60% of tenants: 3 × 0.6 × 2 × 4 = 14.4
        let j = journey(json!({
            "touchpoints": [
                {"id": "a", "milestone": true, "emotion": {"score": -2}},
                {"id": "b", "attention": {"own_question_asked": false}, "emotion": {"score": 0}},
                {"id": "c", "attention": {"own_question_asked": false}, "emotion": {"score": -3}}
            ],
            "transitions": [{"from": "a", "to": "b", "share": 40}, {"from": "a", "to": "c", "share": 60}]
        }));
        let analysis = analyse(
            &j,
            &settings_with_only(&["missed-milestone", "procedure-first"]),
        );
        let ranked = ranking(&j, &analysis);
        let order: Vec<(usize, f64)> = ranked
            .iter()
            .map(|r| (r.finding.anchor.touchpoint(), r.priority))
            .collect();
        assert_eq!(order.len(), 3);
        assert_eq!(order.iter().map(|o| o.0).collect::<Vec<_>>(), vec![0, 2, 1]);
        assert!(
            (order[0].1 - 36.0).abs() < 1e-9
                && (order[1].1 - 14.4).abs() < 1e-9
                && (order[2].1 - 1.6).abs() < 1e-9
        );
    }
}
