//! TJM403 no-aftercare: tenants can finish without anyone asking whether the help was good.

use crate::i18n::Args;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// Rule of helping 5, "helping can always get better", never put into practice.
pub(crate) struct NoAftercare;

static META: RuleMeta = RuleMeta {
    code: "TJM403",
    name: "no-aftercare",
    category: Category::ClosingTheLoop,
    default_level: Level::Warning,
    docs: docs!("no-aftercare"),
    options: &[],
};

impl Rule for NoAftercare {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let touchpoints = &cx.journey.touchpoints;
        // An absent check is flagged where it should happen; the ends behind it are not
        // flagged again for the same missing question.
        let absent_check = |i: usize| {
            touchpoints[i].absent && touchpoints[i].attention.satisfaction_checked.is_some()
        };
        for i in (0..touchpoints.len()).filter(|&i| absent_check(i)) {
            findings.push(finding(
                self,
                cx,
                at(i, "absent"),
                "no-aftercare-absent",
                Args::new().text("title", cx.title(i)),
            ));
        }
        let checks = |i: usize| {
            touchpoints[i].attention_given().satisfaction_checked == Some(true) || absent_check(i)
        };
        // One walk from the start marks every end reachable without a check.
        let unchecked = cx.graph.reachable_from_start_avoiding(checks);
        for &end in cx.graph.ends() {
            if unchecked[end] {
                let title = cx.title(end);
                findings.push(finding(
                    self,
                    cx,
                    at(end, "id"),
                    "no-aftercare",
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

    use super::NoAftercare;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_an_end_reachable_without_a_check() {
        let j = journey(
            json!([{"id": "fix"}, {"id": "survey", "attention": {"satisfaction_checked": true}}, {"id": "done"}, {"id": "cancelled", "title": "Cancelled"}]),
            json!([{"from": "fix", "to": "survey", "share": 80}, {"from": "fix", "to": "cancelled", "share": 20}, {"from": "survey", "to": "done"}]),
        );
        let found = run(&NoAftercare, &j);
        assert_eq!(ids(&j, &found), ["cancelled"]);
        assert_eq!(
            found[0].message(Locale::En),
            "tenants who finish at “Cancelled” can do so without anyone asking whether the help was good"
        );
    }

    #[test]
    fn an_absent_check_is_missing_aftercare_at_that_step() {
        let j = journey(
            json!([
                {"id": "fix"},
                {"id": "survey", "title": "Satisfaction call", "absent": true, "attention": {"satisfaction_checked": true}},
                {"id": "done"}
            ]),
            json!([{"from": "fix", "to": "survey"}, {"from": "survey", "to": "done"}]),
        );
        let found = run(&NoAftercare, &j);
        assert_eq!(ids(&j, &found), ["survey"]);
        assert_eq!(
            found[0].message(Locale::En),
            "“Satisfaction call” should ask whether the help was good, and does not happen"
        );
    }

    #[test]
    fn an_absent_step_is_no_check_for_the_ends_behind_it() {
        let j = journey(
            json!([{"id": "fix"}, {"id": "gap", "absent": true}, {"id": "done", "title": "Done"}]),
            json!([{"from": "fix", "to": "gap"}, {"from": "gap", "to": "done"}]),
        );
        assert_eq!(ids(&j, &run(&NoAftercare, &j)), ["done"]);
    }

    #[test]
    fn a_check_on_every_path_is_aftercare() {
        let j = journey(
            json!([{"id": "fix", "attention": {"satisfaction_checked": true}}, {"id": "a"}, {"id": "b"}]),
            json!([{"from": "fix", "to": "a"}, {"from": "fix", "to": "b"}]),
        );
        assert!(run(&NoAftercare, &j).is_empty());
    }
}
