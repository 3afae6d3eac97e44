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
        let closes = |i: usize| touchpoints[i].attention.loop_closed == Some(true);
        let mut hits: Option<Vec<f64>> = None;
        for (i, touchpoint) in touchpoints.iter().enumerate() {
            let title = cx.title(i);
            if touchpoint.opens_case {
                let hits = hits.get_or_insert_with(|| cx.graph.hit_probabilities(closes));
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
            if touchpoint.kind == TouchpointKind::Decision
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
