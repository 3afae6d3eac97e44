//! TJM304 dead-end: a path ends without an outcome for the tenant.

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// The journey stops, but what does the tenant have?
pub(crate) struct DeadEnd;

static META: RuleMeta = RuleMeta {
    code: "TJM304",
    name: "dead-end",
    category: Category::Flow,
    default_level: Level::Error,
    summary: [
        "A path of the journey ends without an outcome for the tenant",
        "Een pad in de reis eindigt zonder uitkomst voor de huurder",
    ],
    docs: docs!("dead-end"),
    options: &[],
};

impl Rule for DeadEnd {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for &end in cx.graph.ends() {
            let touchpoint = &cx.journey.touchpoints[end];
            if touchpoint
                .outcome
                .as_deref()
                .is_none_or(|o| o.trim().is_empty())
            {
                let title = cx.title(end);
                findings.push(finding(
                    self,
                    cx,
                    at(end, "id"),
                    cx.text(
                        format!("the journey ends at “{title}” without an outcome for the tenant"),
                        format!("de reis eindigt bij “{title}” zonder uitkomst voor de huurder"),
                    ),
                    cx.text(
                        "say what the tenant ends up with here in `outcome`, or lead the path on to a real result",
                        "schrijf in `outcome` waar de huurder hier mee eindigt, of laat het pad doorlopen naar een echt resultaat",
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::DeadEnd;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_an_end_without_outcome() {
        let j = journey(
            json!([{"id": "call"}, {"id": "silence", "title": "No reply"}, {"id": "fixed", "outcome": "Leak fixed"}]),
            json!([{"from": "call", "to": "silence", "share": 20}, {"from": "call", "to": "fixed", "share": 80}]),
        );
        let found = run(&DeadEnd, &j);
        assert_eq!(ids(&j, &found), ["silence"]);
        assert_eq!(
            found[0].message,
            "the journey ends at “No reply” without an outcome for the tenant"
        );
    }

    #[test]
    fn ends_with_outcomes_are_fine() {
        let j = journey(json!([{"id": "call", "outcome": "Answered"}]), json!([]));
        assert!(run(&DeadEnd, &j).is_empty());
    }
}
