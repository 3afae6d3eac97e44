//! TJM303 long-wait: a wait longer than the norm for that kind of moment, worse when the tenant feels bad.

use crate::model::WaitUnit;

use crate::i18n::Args;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};

/// The repairman who can come in three weeks.
pub(crate) struct LongWait;

static META: RuleMeta = RuleMeta {
    code: "TJM303",
    name: "long-wait",
    category: Category::Flow,
    default_level: Level::Warning,
    docs: docs!("long-wait"),
    options: &[
        OptionSpec {
            name: "max_days",
            kind: OptionKind::DaysPerKind,
            default: "{ contact = 3, document = 10, visit = 14, decision = 28, wait = 28 }",
        },
        OptionSpec {
            name: "emotion_low",
            kind: OptionKind::Number {
                min: -3.0,
                max: 3.0,
            },
            default: "-2",
        },
    ],
};

impl Rule for LongWait {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let max_days = cx.options.days_per_kind("max_days");
        let low = cx.options.number("emotion_low");
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            let Some(wait) = &touchpoint.wait else {
                continue;
            };
            let Some(&limit) = max_days.get(&touchpoint.kind) else {
                continue;
            };
            if wait.days() <= limit {
                continue;
            }
            let feels_bad = touchpoint
                .emotion
                .as_ref()
                .is_some_and(|e| f64::from(e.score) <= low);
            let args = Args::new()
                .text("title", cx.title(i))
                .text("wait", wait.to_string())
                .key(
                    "unit",
                    if wait.unit() == WaitUnit::Days {
                        "days"
                    } else {
                        "other"
                    },
                )
                .decimal("days", wait.days(), 0)
                // a norm set as 10.5 days shows its half day
                .decimal("limit", limit, if limit.fract() == 0.0 { 0 } else { 1 })
                .key("kind", touchpoint.kind.name())
                .key("bad", if feels_bad { "yes" } else { "no" });
            let mut found = finding(self, cx, at(i, "wait"), "long-wait", args);
            if feels_bad {
                found.level = match cx.level {
                    Level::Info => Level::Warning,
                    Level::Warning | Level::Error => Level::Error,
                    Level::Off => Level::Off,
                };
            }
            findings.push(found);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::LongWait;
    use crate::rules::Level;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_the_three_week_repair_and_raises_it_when_the_tenant_feels_bad() {
        let j = journey(
            json!([
                {"id": "visit", "title": "Repair visit", "kind": "visit", "wait": "3 weeks", "emotion": {"score": -2}},
                {"id": "letter", "kind": "document", "wait": "11 days"}
            ]),
            json!([{"from": "visit", "to": "letter"}]),
        );
        let found = run(&LongWait, &j);
        assert_eq!(ids(&j, &found), ["visit", "letter"]);
        assert_eq!(
            found[0].message(Locale::En),
            "the tenant waits 3 weeks (about 21 days) for “Repair visit”, more than the 14 days set for a visit, while the tenant feels bad"
        );
        assert_eq!(found[0].level, Level::Error);
        assert_eq!(found[1].level, Level::Warning);
    }

    #[test]
    fn waits_within_the_norm_are_fine() {
        // 10 working days = 14 calendar days, exactly the visit norm
        let j = journey(
            json!([{"id": "visit", "kind": "visit", "wait": "10 working days"}]),
            json!([]),
        );
        assert!(run(&LongWait, &j).is_empty());
    }
}
