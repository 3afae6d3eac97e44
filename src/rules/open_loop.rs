//! TJM401 open-loop: something started is never settled, or a decision is never explained.

use crate::i18n::Args;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};
use crate::model::TouchpointKind;

/// Renovation damage still unsettled while "the customer" is a standing agenda item.
pub(crate) struct OpenLoop;

static META: RuleMeta = RuleMeta {
    code: "TJM401",
    name: "open-loop",
    category: Category::ClosingTheLoop,
    default_level: Level::Error,
    docs: docs!("open-loop"),
    options: &[OptionSpec {
        name: "min_share_closed",
        kind: OptionKind::Number {
            min: 0.0,
            max: 100.0,
        },
        default: "90",
    }],
};

impl Rule for OpenLoop {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let min = cx.options.number("min_share_closed") / 100.0;
        let touchpoints = &cx.journey.touchpoints;
        let closes = |i: usize| touchpoints[i].attention_given().loop_closed == Some(true);
        // An absent feedback step gets its own finding, the exact place of the failure; a
        // case whose tenants reach it is not flagged a second time for those tenants.
        let absent_feedback =
            |i: usize| touchpoints[i].absent && touchpoints[i].attention.loop_closed.is_some();
        let accounted = |i: usize| closes(i) || absent_feedback(i);
        let mut hits: Option<Vec<f64>> = None;
        for (i, touchpoint) in touchpoints.iter().enumerate() {
            let title = cx.title(i);
            if touchpoint.opens_case && !touchpoint.absent {
                let hits = hits.get_or_insert_with(|| cx.graph.hit_probabilities(accounted));
                let closed: f64 = cx
                    .graph
                    .steps_from(i)
                    .map(|step| step.probability * hits[step.to])
                    .sum();
                if closed + 1e-9 < min {
                    let (id, args) = if closed <= 1e-9 {
                        ("open-loop-never", Args::new().text("title", title))
                    } else {
                        (
                            "open-loop-partly",
                            Args::new().text("title", title).share("share", closed),
                        )
                    };
                    findings.push(finding(self, cx, at(i, "opens_case"), id, args));
                }
            }
            if absent_feedback(i) {
                findings.push(finding(
                    self,
                    cx,
                    at(i, "absent"),
                    "open-loop-absent",
                    Args::new().text("title", title),
                ));
            }
            // An absent explanation is an unexplained decision: the decision stands, the
            // tenant never hears how and why.
            if touchpoint.absent && touchpoint.attention.decision_explained.is_some() {
                findings.push(finding(
                    self,
                    cx,
                    at(i, "absent"),
                    "open-loop-absent-explanation",
                    Args::new().text("title", title),
                ));
            } else if !touchpoint.absent
                && touchpoint.kind == TouchpointKind::Decision
                && touchpoint.attention.decision_explained == Some(false)
            {
                findings.push(finding(
                    self,
                    cx,
                    at(i, "attention.decision_explained"),
                    "open-loop-decision",
                    Args::new().text("title", title),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::OpenLoop;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_when_damage_is_reported_and_never_settled() {
        let j = journey(
            json!([
                {"id": "damage", "title": "Damage reported", "opens_case": true},
                {"id": "settled", "attention": {"loop_closed": true}},
                {"id": "forgotten"}
            ]),
            json!([{"from": "damage", "to": "settled", "share": 50}, {"from": "damage", "to": "forgotten", "share": 50}]),
        );
        let found = run(&OpenLoop, &j);
        assert_eq!(ids(&j, &found), ["damage"]);
        assert_eq!(
            found[0].message(Locale::En),
            "“Damage reported” starts a case, but only 50% of these tenants hear how it ended"
        );
    }

    #[test]
    fn fires_on_an_unexplained_decision() {
        let j = journey(
            json!([{"id": "no", "title": "Rent rise", "kind": "decision", "attention": {"decision_explained": false}}]),
            json!([]),
        );
        let found = run(&OpenLoop, &j);
        assert_eq!(
            found[0].message(Locale::En),
            "the decision “Rent rise” is not explained to the tenant"
        );
    }

    #[test]
    fn the_promised_call_back_that_never_comes_is_an_open_loop() {
        let j = journey(
            json!([
                {"id": "report", "title": "Leak reported", "opens_case": true},
                {"id": "callback", "title": "Call back with the plan", "absent": true, "attention": {"loop_closed": true}}
            ]),
            json!([{"from": "report", "to": "callback"}]),
        );
        let found = run(&OpenLoop, &j);
        // One finding, at the missing step; the case itself is not flagged twice.
        assert_eq!(ids(&j, &found), ["callback"]);
        assert_eq!(found[0].id, "open-loop-absent");
        assert_eq!(
            found[0].message(Locale::En),
            "“Call back with the plan” should tell the tenant how their case ended, and does not happen"
        );
    }

    #[test]
    fn tenants_who_miss_the_absent_step_still_count_against_the_case() {
        let j = journey(
            json!([
                {"id": "report", "title": "Report", "opens_case": true},
                {"id": "callback", "absent": true, "attention": {"loop_closed": true}},
                {"id": "forgotten"}
            ]),
            json!([
                {"from": "report", "to": "callback", "share": 50},
                {"from": "report", "to": "forgotten", "share": 50}
            ]),
        );
        let found = run(&OpenLoop, &j);
        assert_eq!(ids(&j, &found), ["report", "callback"]);
        assert_eq!(found[0].id, "open-loop-partly");
    }

    #[test]
    fn an_absent_explanation_is_an_unexplained_decision() {
        let j = journey(
            json!([
                {"id": "decision", "kind": "decision", "title": "Request refused"},
                {"id": "why", "title": "Explanation of the refusal", "absent": true, "attention": {"decision_explained": true}}
            ]),
            json!([{"from": "decision", "to": "why"}]),
        );
        let found = run(&OpenLoop, &j);
        assert_eq!(ids(&j, &found), ["why"]);
        assert_eq!(
            found[0].message(Locale::En),
            "“Explanation of the refusal” should explain the decision to the tenant, and does not happen"
        );
    }

    #[test]
    fn an_absent_decision_is_not_an_unexplained_one() {
        let j = journey(
            json!([{"id": "d", "kind": "decision", "absent": true, "attention": {"decision_explained": false}}]),
            json!([]),
        );
        let found = run(&OpenLoop, &j);
        assert_eq!(
            found.iter().map(|f| f.id).collect::<Vec<_>>(),
            ["open-loop-absent-explanation"]
        );
    }

    #[test]
    fn an_absent_step_without_a_purpose_closes_nothing_and_is_not_flagged_itself() {
        let j = journey(
            json!([
                {"id": "report", "opens_case": true},
                {"id": "gap", "absent": true},
                {"id": "closed", "absent": true, "attention": {"satisfaction_checked": true}}
            ]),
            json!([{"from": "report", "to": "gap"}, {"from": "gap", "to": "closed"}]),
        );
        let found = run(&OpenLoop, &j);
        assert_eq!(ids(&j, &found), ["report"]);
        assert_eq!(found[0].id, "open-loop-never");
    }

    #[test]
    fn a_case_everyone_hears_back_on_is_closed() {
        let j = journey(
            json!([
                {"id": "report", "opens_case": true},
                {"id": "visit"},
                {"id": "again"},
                {"id": "call", "attention": {"loop_closed": true}}
            ]),
            json!([
                {"from": "report", "to": "visit"},
                {"from": "visit", "to": "again", "share": 30},
                {"from": "visit", "to": "call", "share": 70},
                {"from": "again", "to": "visit"}
            ]),
        );
        assert!(run(&OpenLoop, &j).is_empty());
    }
}
