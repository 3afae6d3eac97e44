//! TJM202 no-room-for-exceptions: a rule applied with no discretion while the tenant is in trouble.

use crate::i18n::Args;
use crate::model::RefusalReason;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};

/// Payment plans capped at six months even when the tenant cannot make it.
pub(crate) struct NoRoomForExceptions;

static META: RuleMeta = RuleMeta {
    code: "TJM202",
    name: "no-room-for-exceptions",
    category: Category::SayingNo,
    default_level: Level::Warning,
    docs: docs!("no-room-for-exceptions"),
    options: &[OptionSpec {
        name: "emotion_at_most",
        kind: OptionKind::Number {
            min: -3.0,
            max: 3.0,
        },
        default: "-1",
    }],
};

impl Rule for NoRoomForExceptions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let threshold = cx.options.number("emotion_at_most");
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            let title = cx.title(i);
            // The tenant asked for an exception and heard "the rule says no": that alone shows
            // the situation asks for discretion, whatever the emotion score says.
            if touchpoint.refusal_reason() == Some(RefusalReason::Rule)
                && touchpoint.refusal.exception_asked()
                && touchpoint.attention_given().room_for_exceptions != Some(true)
            {
                findings.push(finding(
                    self,
                    cx,
                    at(i, "refusal"),
                    "no-room-for-exceptions-asked",
                    Args::new().text("title", title),
                ));
                continue;
            }
            let Some(emotion) = &touchpoint.emotion else {
                continue;
            };
            if touchpoint.attention_given().room_for_exceptions == Some(false)
                && f64::from(emotion.score) <= threshold
            {
                let score = emotion.score;
                findings.push(finding(
                    self,
                    cx,
                    at(i, "attention.room_for_exceptions"),
                    "no-room-for-exceptions",
                    Args::new()
                        .text("title", title)
                        .decimal("score", f64::from(score), 0),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::NoRoomForExceptions;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_when_a_tenant_in_trouble_meets_a_fixed_rule() {
        let j = journey(
            json!([{"id": "plan", "title": "Six months max", "emotion": {"score": -2}, "attention": {"room_for_exceptions": false}}]),
            json!([]),
        );
        let found = run(&NoRoomForExceptions, &j);
        assert_eq!(ids(&j, &found), ["plan"]);
        assert!(
            found[0].message(Locale::En).contains("(emotion −2)"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn a_fixed_rule_that_does_not_hurt_is_not_flagged() {
        let j = journey(
            json!([{"id": "plan", "emotion": {"score": 0}, "attention": {"room_for_exceptions": false}}]),
            json!([]),
        );
        assert!(run(&NoRoomForExceptions, &j).is_empty());
    }

    #[test]
    fn fires_when_an_asked_exception_meets_the_rule() {
        let j = journey(
            json!([{"id": "pet", "title": "No dog allowed", "refusal": {"reason": "regel", "exception_asked": true}}]),
            json!([]),
        );
        let found = run(&NoRoomForExceptions, &j);
        assert_eq!(ids(&j, &found), ["pet"]);
        assert_eq!(found[0].id, "no-room-for-exceptions-asked");
        assert!(
            found[0]
                .message(Locale::En)
                .contains("asked for an exception"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn an_exception_weighed_or_not_asked_or_another_reason_is_not_flagged() {
        let j = journey(
            json!([
                {"id": "a", "refusal": {"reason": "rule", "exception_asked": true}, "attention": {"room_for_exceptions": true}},
                {"id": "b", "refusal": {"reason": "rule", "exception_asked": false}},
                {"id": "c", "refusal": {"reason": "capacity", "exception_asked": true}},
                {"id": "d", "refusal": {"reason": "rule"}}
            ]),
            json!([{"from": "a", "to": "b"}, {"from": "b", "to": "c"}, {"from": "c", "to": "d"}]),
        );
        assert!(run(&NoRoomForExceptions, &j).is_empty());
    }
}
