//! Runs the enabled rules on a journey, applies the touchpoints' silences and orders the
//! findings the way a reader walks the journey.

use std::collections::HashMap;

use super::unused_silence::{self, UnusedSilence};
use super::{Finding, Level, RULES, RuleContext, Settings};
use crate::graph::JourneyGraph;
use crate::model::Journey;

/// A journey's graph and findings, what every output is made from.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The graph view with its figures.
    pub graph: JourneyGraph,
    /// All findings, silenced ones included, in journey order.
    pub findings: Vec<Finding>,
}

impl Analysis {
    /// Findings that count (not silenced).
    pub fn active(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_active())
    }

    /// Number of active findings at a level.
    pub fn count(&self, level: Level) -> usize {
        self.active().filter(|f| f.level == level).count()
    }
}

/// Runs every enabled rule on `journey`.
pub fn analyse(journey: &Journey, settings: &Settings) -> Analysis {
    analyse_with(journey, settings, None)
}

/// Runs every enabled rule on `journey`, with what its log measured when there is one.
pub fn analyse_with(
    journey: &Journey,
    settings: &Settings,
    evidence: Option<&crate::evidence::JourneyEvidence>,
) -> Analysis {
    let graph = JourneyGraph::new(journey);
    let mut findings = Vec::new();
    for rule in RULES {
        let level = settings.level(*rule);
        if level == Level::Off {
            continue;
        }
        let cx = RuleContext {
            journey,
            graph: &graph,
            options: settings.options(*rule),
            level,
            norms: &settings.norms,
            evidence,
        };
        rule.check(&cx, &mut findings);
    }
    apply_silences(journey, settings, &mut findings);
    let code_order: HashMap<&str, usize> = RULES
        .iter()
        .enumerate()
        .map(|(i, r)| (r.code(), i))
        .collect();
    findings.sort_by_key(|finding| {
        let touchpoint = finding.anchor.touchpoint();
        let stage = graph.ids().stage(&journey.touchpoints[touchpoint].stage);
        (stage, touchpoint, code_order.get(finding.code).copied())
    });
    Analysis { graph, findings }
}

fn apply_silences(journey: &Journey, settings: &Settings, findings: &mut Vec<Finding>) {
    let mut unused = Vec::new();
    for (index, touchpoint) in journey.touchpoints.iter().enumerate() {
        for silence in &touchpoint.silence {
            let mut matched = false;
            for finding in findings
                .iter_mut()
                .filter(|f| f.anchor.touchpoint() == index)
            {
                if silence.rule == finding.rule || silence.rule.eq_ignore_ascii_case(finding.code) {
                    finding.silenced = Some(silence.reason.clone());
                    matched = true;
                }
            }
            // A silence of a rule switched off in tjm.toml is not stale: the rule may come back.
            let switched_off = super::find_rule(&silence.rule)
                .is_some_and(|rule| settings.level(rule) == Level::Off);
            if !matched && !switched_off {
                unused.push((index, silence.rule.clone()));
            }
        }
    }
    let level = settings.level(&UnusedSilence);
    if level != Level::Off {
        for (index, rule) in unused {
            let title = &journey.touchpoints[index].title;
            findings.push(unused_silence::unused(level, index, &rule, title));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::analyse;
    use crate::rules::testing::journey;
    use crate::rules::{Level, Settings};

    #[test]
    fn silences_keep_the_finding_with_its_reason_and_report_unused_ones() {
        let j = journey(
            json!([
                {"id": "keys", "milestone": true, "outcome": "Keys", "attention": {"satisfaction_checked": true},
                 "silence": [
                    {"rule": "missed-milestone", "reason": "the welcome is in the next journey"},
                    {"rule": "TJM201", "reason": "stale"}
                 ]}
            ]),
            json!([]),
        );
        let analysis = analyse(&j, &Settings::default());
        let codes: Vec<(&str, Option<&str>)> = analysis
            .findings
            .iter()
            .map(|f| (f.rule, f.silenced.as_deref()))
            .collect();
        assert_eq!(
            codes,
            vec![
                (
                    "missed-milestone",
                    Some("the welcome is in the next journey")
                ),
                ("unused-silence", None)
            ]
        );
        assert_eq!(analysis.count(Level::Error), 0);
        assert_eq!(analysis.count(Level::Info), 1);
    }

    #[test]
    fn a_silence_of_a_switched_off_rule_is_not_reported_as_unused() {
        let j = journey(
            json!([{"id": "keys", "milestone": true, "outcome": "Keys", "attention": {"satisfaction_checked": true},
                    "silence": [{"rule": "missed-milestone", "reason": "welcome comes later"}]}]),
            json!([]),
        );
        let mut settings = Settings::default();
        settings.set_level(
            crate::rules::find_rule("missed-milestone").unwrap(),
            Level::Off,
        );
        assert!(analyse(&j, &settings).findings.is_empty());
    }

    #[test]
    fn a_rule_switched_off_finds_nothing() {
        let j = journey(
            json!([{"id": "keys", "milestone": true, "outcome": "Keys", "attention": {"satisfaction_checked": true}}]),
            json!([]),
        );
        let mut settings = Settings::default();
        settings.set_level(
            crate::rules::find_rule("missed-milestone").unwrap(),
            Level::Off,
        );
        assert!(analyse(&j, &settings).findings.is_empty());
    }
}
