//! TJM303 long-wait: a wait longer than the norm for that kind of moment, worse when the tenant feels bad.

use crate::model::WaitUnit;

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
    summary: [
        "The tenant waits longer than the norm for this kind of moment",
        "De huurder wacht langer dan de norm voor dit soort moment",
    ],
    docs: docs!("long-wait"),
    options: &[
        OptionSpec {
            name: "max_days",
            kind: OptionKind::DaysPerKind,
            default: "{ contact = 3, document = 10, visit = 14, decision = 28, wait = 28 }",
            help: "Longest acceptable wait in calendar days per touchpoint kind (a working day counts 1.4 days).",
        },
        OptionSpec {
            name: "emotion_low",
            kind: OptionKind::Number {
                min: -3.0,
                max: 3.0,
            },
            default: "-2",
            help: "Emotion score at or below which a long wait is raised one level (warning to error).",
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
            let title = cx.title(i);
            let kind = touchpoint.kind.label(cx.lang);
            let in_days = if wait.unit() == WaitUnit::Days {
                String::new()
            } else {
                let days = wait.days();
                cx.text(
                    format!(" (about {days:.0} days)"),
                    format!(" (ongeveer {days:.0} dagen)"),
                )
            };
            let feels_bad = touchpoint
                .emotion
                .as_ref()
                .is_some_and(|e| f64::from(e.score) <= low);
            let (en_extra, nl_extra) = if feels_bad {
                (
                    ", while the tenant feels bad",
                    ", terwijl de huurder zich slecht voelt",
                )
            } else {
                ("", "")
            };
            let mut found = finding(
                self,
                cx,
                at(i, "wait"),
                cx.text(
                    format!("the tenant waits {wait}{in_days} for “{title}”, more than the {limit} days set for a {kind}{en_extra}"),
                    format!("de huurder wacht {wait}{in_days} op “{title}”, meer dan de {limit} dagen die voor een {kind} gelden{nl_extra}"),
                ),
                cx.text(
                    "shorten the wait, or bridge it: say when, keep the tenant informed, offer a temporary fix",
                    "verkort de wachttijd of overbrug hem: noem een datum, houd de huurder op de hoogte, bied een tijdelijke oplossing",
                ),
            );
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
            found[0].message,
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
