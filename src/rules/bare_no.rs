//! TJM201 bare-no: a refusal with no alternative offered.

use crate::i18n::Args;
use crate::model::RefusalReason;

use super::handover::warm_handover;
use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// "No", and nothing after it: rule of helping 3 broken.
pub(crate) struct BareNo;

static META: RuleMeta = RuleMeta {
    code: "TJM201",
    name: "bare-no",
    category: Category::SayingNo,
    default_level: Level::Error,
    docs: docs!("bare-no"),
    options: &[],
};

impl Rule for BareNo {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            if !touchpoint.is_refusal()
                || touchpoint.attention_given().alternative_offered == Some(true)
            {
                continue;
            }
            // A bare no where tenants finish is a dead end: dead-end reports it, once.
            if cx.graph.is_end(i) {
                continue;
            }
            let not_our_task = touchpoint.refusal_reason() == Some(RefusalReason::NotOurTask);
            if not_our_task && warm_handover(cx.journey, cx.graph, i) {
                continue;
            }
            let title = cx.title(i);
            let reason = touchpoint
                .refusal_reason()
                .map_or("unsaid", RefusalReason::name);
            findings.push(finding(
                self,
                cx,
                at(i, "refusal"),
                if not_our_task {
                    "bare-no-not-our-task"
                } else {
                    "bare-no"
                },
                Args::new().text("title", title).key("reason", reason),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::{Arg, Locale};

    use super::BareNo;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_a_refusal_without_alternative() {
        let j = journey(
            json!([{"id": "plan", "title": "Payment plan refused", "refusal": true}, {"id": "after"}]),
            json!([{"from": "plan", "to": "after"}]),
        );
        let found = run(&BareNo, &j);
        assert_eq!(ids(&j, &found), ["plan"]);
        assert!(
            found[0]
                .message(Locale::En)
                .contains("“Payment plan refused”")
        );
        assert_eq!(found[0].args.get("reason"), Some(&Arg::Key("unsaid")));
    }

    #[test]
    fn a_no_with_an_alternative_is_help() {
        let j = journey(
            json!([{"id": "plan", "refusal": {"reason": "capacity"}, "attention": {"alternative_offered": true}}, {"id": "after"}]),
            json!([{"from": "plan", "to": "after"}]),
        );
        assert!(run(&BareNo, &j).is_empty());
    }

    #[test]
    fn a_bare_no_where_the_journey_ends_is_left_to_dead_end() {
        let j = journey(json!([{"id": "plan", "refusal": true}]), json!([]));
        assert!(run(&BareNo, &j).is_empty());
    }

    #[test]
    fn not_our_task_is_fine_with_a_warm_handover_and_worded_apart_without() {
        let warm = journey(
            json!([{"id": "no", "refusal": {"reason": "not_our_task"}}, {"id": "wmo", "actor": "fix", "attention": {"named_contact": true}}]),
            json!([{"from": "no", "to": "wmo"}]),
        );
        assert!(run(&BareNo, &warm).is_empty());
        let cold = journey(
            json!([{"id": "no", "title": "Not for us", "refusal": {"reason": "niet_onze_taak"}}, {"id": "wmo", "actor": "fix"}]),
            json!([{"from": "no", "to": "wmo"}]),
        );
        let found = run(&BareNo, &cold);
        assert_eq!(ids(&cold, &found), ["no"]);
        assert_eq!(found[0].id, "bare-no-not-our-task");
        assert!(
            found[0].message(Locale::Nl).contains("niet onze taak"),
            "{}",
            found[0].message(Locale::Nl)
        );
    }

    #[test]
    fn every_reason_is_a_bare_no_without_an_alternative() {
        for reason in ["rule", "capacity", "not_possible"] {
            let j = journey(
                json!([{"id": "no", "refusal": {"reason": reason}}, {"id": "after"}]),
                json!([{"from": "no", "to": "after"}]),
            );
            let found = run(&BareNo, &j);
            assert_eq!(found.len(), 1, "{reason}");
            assert_eq!(found[0].id, "bare-no", "{reason}");
            assert!(
                matches!(found[0].args.get("reason"), Some(Arg::Key(k)) if *k == reason),
                "{reason}"
            );
            assert!(
                found[0]
                    .message(Locale::En)
                    .starts_with("at “no” the tenant hears no, "),
                "{}",
                found[0].message(Locale::En)
            );
        }
    }
}
