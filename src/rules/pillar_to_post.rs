//! TJM301 pillar-to-post: the tenant is passed from one actor to the next with nobody owning the case.

use crate::i18n::Args;
use crate::model::RefusalReason;

use super::handover::warm_handover;
use super::{
    Anchor, Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, docs,
    finding,
};

/// Van het kastje naar de muur: transferred again and again, "like a ball".
pub(crate) struct PillarToPost;

static META: RuleMeta = RuleMeta {
    code: "TJM301",
    name: "pillar-to-post",
    category: Category::Flow,
    default_level: Level::Error,
    docs: docs!("pillar-to-post"),
    options: &[OptionSpec {
        name: "max_handoffs",
        kind: OptionKind::Number {
            min: 0.0,
            max: 100.0,
        },
        default: "2",
    }],
};

impl Rule for PillarToPost {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let max = cx.options.number("max_handoffs");
        let graph = cx.graph;
        let touchpoints = &cx.journey.touchpoints;
        for (i, touchpoint) in touchpoints.iter().enumerate() {
            // "Not our task" and the tenant goes looking for the right door alone.
            if touchpoint.refusal_reason() == Some(RefusalReason::NotOurTask)
                && !warm_handover(cx.journey, graph, i)
            {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    Anchor::Touchpoint {
                        index: i,
                        field: Some("refusal"),
                    },
                    "pillar-to-post-not-our-task",
                    Args::new().text("title", title),
                ));
            }
        }
        let mut ownerless = 0usize;
        for pair in graph.main_path().windows(2) {
            let Some(step) = graph.steps_from(pair[0]).find(|s| s.to == pair[1]) else {
                continue;
            };
            if step.handoff && touchpoints[step.to].attention_given().named_contact != Some(true) {
                ownerless += 1;
                if ownerless as f64 > max {
                    let title = cx.title(step.to);
                    findings.push(finding(
                        self,
                        cx,
                        Anchor::Touchpoint {
                            index: step.to,
                            field: Some("actor"),
                        },
                        "pillar-to-post-path",
                        Args::new().text("title", title).count("count", ownerless),
                    ));
                    return;
                }
            }
        }
        let expected = graph.expected_handoffs();
        if expected > max {
            let busiest = graph.handoffs().max_by(|a, b| {
                graph
                    .step_traversals(a)
                    .total_cmp(&graph.step_traversals(b))
            });
            let index = busiest.map_or(graph.start(), |step| step.to);
            let title = cx.title(index);
            findings.push(finding(
                self,
                cx,
                Anchor::Touchpoint {
                    index,
                    field: Some("actor"),
                },
                "pillar-to-post-expected",
                Args::new()
                    .text("title", title)
                    .decimal("expected", expected, 1),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::PillarToPost;
    use crate::rules::testing::{ids, journey, run};

    fn chain(named_last: bool) -> crate::model::Journey {
        journey(
            json!([
                {"id": "call", "actor": "kcc"},
                {"id": "plan", "actor": "plan"},
                {"id": "fix", "actor": "fix"},
                {"id": "back", "title": "Back to the call centre", "actor": "kcc", "attention": {"named_contact": named_last}}
            ]),
            json!([{"from": "call", "to": "plan"}, {"from": "plan", "to": "fix"}, {"from": "fix", "to": "back"}]),
        )
    }

    #[test]
    fn fires_at_the_third_ownerless_handoff() {
        let j = chain(false);
        let found = run(&PillarToPost, &j);
        assert_eq!(ids(&j, &found), ["back"]);
        assert_eq!(
            found[0].message(Locale::En),
            "by “Back to the call centre” the tenant on the main path has been passed on 3 times without a named owner"
        );
    }

    #[test]
    fn a_named_owner_keeps_the_main_path_quiet_but_not_the_expected_handoffs() {
        // With a named owner at the end only two handoffs are ownerless, but every tenant
        // is still passed on three times: the expected-handoffs check fires instead.
        let j = chain(true);
        let found = run(&PillarToPost, &j);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message(Locale::En)
                .starts_with("a tenant is passed on 3.0 times on average"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn two_handoffs_are_within_the_norm() {
        let j = journey(
            json!([{"id": "call", "actor": "kcc"}, {"id": "plan", "actor": "plan"}, {"id": "fix", "actor": "fix"}]),
            json!([{"from": "call", "to": "plan"}, {"from": "plan", "to": "fix"}]),
        );
        assert!(run(&PillarToPost, &j).is_empty());
    }

    #[test]
    fn expected_handoffs_from_a_loop_count_too() {
        // call → fix (handoff), fix → plan 60% (handoff) → fix (handoff, loop), fix → done 40%.
        // Visits to fix: v = 1 + 0.6 v ⇒ 2.5; handoffs = 1 + 2.5·0.6·2 = 4, above 2.
        let j = journey(
            json!([
                {"id": "call", "actor": "kcc"},
                {"id": "fix", "actor": "fix", "attention": {"named_contact": true}},
                {"id": "plan", "actor": "plan", "attention": {"named_contact": true}},
                {"id": "done", "actor": "fix", "attention": {"named_contact": true}}
            ]),
            json!([
                {"from": "call", "to": "fix"},
                {"from": "fix", "to": "plan", "share": 60},
                {"from": "fix", "to": "done", "share": 40},
                {"from": "plan", "to": "fix"}
            ]),
        );
        let found = run(&PillarToPost, &j);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message(Locale::En)
                .starts_with("a tenant is passed on 4.0 times on average"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn not_our_task_without_a_warm_handover_sends_the_tenant_off_alone() {
        let j = journey(
            json!([
                {"id": "no", "title": "Ask the municipality", "refusal": {"reason": "not_our_task"}, "attention": {"alternative_offered": true}},
                {"id": "wmo", "actor": "fix"}
            ]),
            json!([{"from": "no", "to": "wmo"}]),
        );
        let found = run(&PillarToPost, &j);
        assert_eq!(ids(&j, &found), ["no"]);
        assert_eq!(found[0].id, "pillar-to-post-not-our-task");
        assert!(
            found[0]
                .message(Locale::En)
                .contains("“Ask the municipality”"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn not_our_task_with_a_warm_handover_or_another_reason_is_fine() {
        let j = journey(
            json!([
                {"id": "no", "refusal": {"reason": "not_our_task"}},
                {"id": "wmo", "actor": "fix", "attention": {"named_contact": true}},
                {"id": "rule", "actor": "fix", "refusal": {"reason": "rule"}, "attention": {"named_contact": true}}
            ]),
            json!([{"from": "no", "to": "wmo"}, {"from": "wmo", "to": "rule"}]),
        );
        assert!(run(&PillarToPost, &j).is_empty());
    }
}
