//! TJM203 decided-for-tenants: a decision about tenants' homes taken with participation below "consulted".

use crate::i18n::Args;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};
use crate::model::Participation;

/// New kitchens 40% of tenants did not want; roof gardens redesigned without the residents.
pub(crate) struct DecidedForTenants;

static META: RuleMeta = RuleMeta {
    code: "TJM203",
    name: "decided-for-tenants",
    category: Category::SayingNo,
    default_level: Level::Warning,
    docs: docs!("decided-for-tenants"),
    options: &[],
};

impl Rule for DecidedForTenants {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            // A decision that does not happen decides nothing for tenants.
            if !touchpoint.decides_for_tenants || touchpoint.absent {
                continue;
            }
            let level = touchpoint.attention.participation;
            if level.is_none_or(|p| p < Participation::Consulted) {
                let title = cx.title(i);
                let say = if level.is_some() { "informed" } else { "none" };
                findings.push(finding(
                    self,
                    cx,
                    at(i, "decides_for_tenants"),
                    "decided-for-tenants",
                    Args::new().text("title", title).key("say", say),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::DecidedForTenants;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_when_tenants_are_only_informed() {
        let j = journey(
            json!([{"id": "kitchen", "title": "New kitchen", "decides_for_tenants": true, "attention": {"participation": "informed"}}]),
            json!([]),
        );
        let found = run(&DecidedForTenants, &j);
        assert_eq!(ids(&j, &found), ["kitchen"]);
        assert_eq!(
            found[0].message(Locale::En),
            "“New kitchen” decides for tenants, and tenants are only informed"
        );
    }

    #[test]
    fn consulted_tenants_are_heard() {
        let j = journey(
            json!([{"id": "kitchen", "decides_for_tenants": true, "attention": {"participation": "raadplegen"}}]),
            json!([]),
        );
        assert!(run(&DecidedForTenants, &j).is_empty());
    }
}
