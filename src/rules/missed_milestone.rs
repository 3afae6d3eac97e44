//! TJM101 missed-milestone: a milestone in the tenant's life handled as a bare transaction.

use crate::i18n::Args;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// A milestone or moment of truth with no gesture, no empathy: Joeri's keys.
pub(crate) struct MissedMilestone;

static META: RuleMeta = RuleMeta {
    code: "TJM101",
    name: "missed-milestone",
    category: Category::Attention,
    default_level: Level::Error,
    docs: docs!("missed-milestone"),
    options: &[],
};

impl Rule for MissedMilestone {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            if touchpoint.milestone && touchpoint.attention_given().acknowledged != Some(true) {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    at(i, "milestone"),
                    "missed-milestone",
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

    use super::MissedMilestone;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_an_unacknowledged_milestone() {
        let j = journey(
            json!([{"id": "keys", "title": "Key handover", "milestone": true}]),
            json!([]),
        );
        let found = run(&MissedMilestone, &j);
        assert_eq!(ids(&j, &found), ["keys"]);
        assert_eq!(
            found[0].message(Locale::En),
            "“Key handover” is a milestone for the tenant, but nothing acknowledges it"
        );
    }

    #[test]
    fn stays_quiet_when_the_milestone_is_acknowledged() {
        let j = journey(
            json!([{"id": "keys", "milestone": true, "attention": {"acknowledged": true}}, {"id": "form"}]),
            json!([{"from": "keys", "to": "form"}]),
        );
        assert!(run(&MissedMilestone, &j).is_empty());
    }
}
