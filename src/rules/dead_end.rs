//! TJM304 dead-end: a path ends without an outcome for the tenant.

use crate::i18n::Args;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// The journey stops, but what does the tenant have?
pub(crate) struct DeadEnd;

static META: RuleMeta = RuleMeta {
    code: "TJM304",
    name: "dead-end",
    category: Category::Flow,
    default_level: Level::Error,
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
            let title = cx.title(end);
            // A refusal is not an outcome: where tenants finish with a no and nothing else, any
            // outcome text can only restate the no.
            if touchpoint.is_refusal()
                && touchpoint.attention_given().alternative_offered != Some(true)
            {
                findings.push(finding(
                    self,
                    cx,
                    at(end, "refusal"),
                    "dead-end-refusal",
                    Args::new().text("title", title),
                ));
            } else if touchpoint
                .outcome
                .as_deref()
                .is_none_or(|o| o.trim().is_empty())
            {
                findings.push(finding(
                    self,
                    cx,
                    at(end, "id"),
                    "dead-end",
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
            found[0].message(Locale::En),
            "the journey ends at “No reply” without an outcome for the tenant"
        );
    }

    #[test]
    fn ends_with_outcomes_are_fine() {
        let j = journey(json!([{"id": "call", "outcome": "Answered"}]), json!([]));
        assert!(run(&DeadEnd, &j).is_empty());
    }

    #[test]
    fn an_end_in_a_refusal_is_a_dead_end_whatever_the_outcome_says() {
        let j = journey(
            json!([
                {"id": "call"},
                {"id": "no", "title": "Request refused", "refusal": {"reason": "rule"}, "outcome": "Request refused"},
                {"id": "plain", "refusal": true}
            ]),
            json!([{"from": "call", "to": "no", "share": 50}, {"from": "call", "to": "plain", "share": 50}]),
        );
        let found = run(&DeadEnd, &j);
        assert_eq!(ids(&j, &found), ["no", "plain"]);
        assert!(found.iter().all(|f| f.id == "dead-end-refusal"));
        assert_eq!(
            found[0].message(Locale::En),
            "the journey ends at “Request refused” with a no and nothing else for the tenant"
        );
    }

    #[test]
    fn an_end_in_a_refusal_with_an_alternative_or_a_no_on_the_way_is_not() {
        let j = journey(
            json!([
                {"id": "no", "refusal": true},
                {"id": "alt", "refusal": true, "outcome": "A Saturday slot", "attention": {"alternative_offered": true}}
            ]),
            json!([{"from": "no", "to": "alt"}]),
        );
        assert!(run(&DeadEnd, &j).is_empty());
    }
}
