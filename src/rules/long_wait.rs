//! TJM303 long-wait: a wait longer than the norm for that kind of moment, or than the
//! association's own stricter deadline for a named norm; worse when the tenant feels bad.

use crate::model::WaitUnit;
use crate::norms::NormKind;

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
            let feels_bad = touchpoint
                .emotion
                .as_ref()
                .is_some_and(|e| f64::from(e.score) <= low);
            // A named deadline replaces the per-kind threshold: the association's own stricter
            // deadline when it set one; a breach of the law's own is legal-deadline's, so one
            // wait is never counted twice.
            let named = touchpoint
                .norm
                .iter()
                .flat_map(|n| n.ids())
                .filter_map(|id| cx.norms.get(id))
                .find(|a| a.norm.kind == NormKind::Deadline);
            if let Some(active) = named {
                let (Some(legal), Some(own)) = (active.norm.deadline, active.own) else {
                    continue;
                };
                if legal.exceeded_by(wait) || !own.exceeded_by(wait) {
                    continue;
                }
                let args = own
                    .args(Args::new())
                    .text("title", cx.title(i))
                    .text("wait", wait.to_string())
                    .text("norm", active.norm.id.as_str())
                    .text("source", active.norm.citation())
                    .key("bad", if feels_bad { "yes" } else { "no" });
                findings.push(raised(
                    finding(self, cx, at(i, "wait"), "long-wait-own", args),
                    feels_bad,
                ));
                continue;
            }
            let Some(&limit) = max_days.get(&touchpoint.kind) else {
                continue;
            };
            if wait.days() <= limit {
                continue;
            }
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
            let found = finding(self, cx, at(i, "wait"), "long-wait", args);
            findings.push(raised(found, feels_bad));
        }
    }
}

/// A long wait while the tenant feels bad is one level worse.
fn raised(mut found: Finding, feels_bad: bool) -> Finding {
    if feels_bad {
        found.level = match found.level {
            Level::Info => Level::Warning,
            Level::Warning | Level::Error => Level::Error,
            Level::Off => Level::Off,
        };
    }
    found
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::LongWait;
    use crate::rules::Level;
    use crate::rules::testing::{ids, journey, run, run_with};

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

    #[test]
    fn a_named_norm_replaces_the_threshold_and_an_own_stricter_deadline_is_judged() {
        // 12 working days for an investigation: within the 14 days a visit may take, but over
        // Awaab's 10 working days, which is legal-deadline's to report, not this rule's
        let j = journey(
            json!([
                {"id": "over-law", "kind": "visit", "wait": "12 working days", "norm": "awaab.investigation"},
                {"id": "over-own", "kind": "visit", "wait": "7 working days", "norm": "awaab.investigation"},
                {"id": "within", "kind": "visit", "wait": "4 working days", "norm": "awaab.investigation"},
                {"id": "long-but-legal", "kind": "visit", "wait": "5 weeks", "norm": "bw.7-257"}
            ]),
            json!([
                {"from": "over-law", "to": "over-own"},
                {"from": "over-own", "to": "within"},
                {"from": "within", "to": "long-but-legal"}
            ]),
        );
        assert!(
            run(&LongWait, &j).is_empty(),
            "without an own deadline a named norm leaves the wait to legal-deadline"
        );
        let norms = crate::norms::Norms {
            profile: None,
            overrides: vec![(
                "awaab.investigation".to_owned(),
                crate::norms::Deadline {
                    amount: 5.0,
                    unit: crate::norms::DeadlineUnit::WorkingDays,
                },
            )],
        };
        let found = run_with(&LongWait, &j, &norms);
        assert_eq!(ids(&j, &found), ["over-own"]);
        assert!(
            found[0]
                .message(Locale::En)
                .starts_with("the tenant waits 7 working days for “over-own”, more than the 5 working days your association set itself for `awaab.investigation`, stricter than Awaab's Law"),
            "{}",
            found[0].message(Locale::En)
        );
        assert!(found[0].board(Locale::Nl).contains("5 werkdagen"));
    }
}
