//! TJM303 long-wait: a wait longer than the norm for that kind of moment, or than the
//! association's own stricter deadline for a named norm; worse when the tenant feels bad.
//! Where the journey's own log measured the wait before a touchpoint in ten cases or more, the
//! measured 90th percentile is judged instead of the stated wait: one tenant in ten waits at
//! least that long, which is what a norm is there to prevent. The stated wait is the fallback.

use crate::evidence::WaitNorms;
use crate::evidence::compare::MeasuredWait;
use crate::model::WaitUnit;
use crate::norms::NormKind;

use crate::i18n::Args;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, Settings, at,
    docs, finding,
};

/// The limits this rule judges waits by, for measuring a log against a journey: the
/// configured `max_days` per kind and the run's norms, so a measured wait's share over the
/// norm and this rule's verdict use the same limit.
pub fn wait_norms(settings: &Settings) -> WaitNorms {
    WaitNorms {
        max_days: settings
            .options(&LongWait)
            .days_per_kind("max_days")
            .clone(),
        norms: settings.norms.clone(),
    }
}

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
            let measured = cx.evidence.and_then(|e| e.wait(i));
            if measured.is_none() && touchpoint.wait.is_none() {
                continue;
            }
            let feels_bad = touchpoint
                .emotion
                .as_ref()
                .is_some_and(|e| f64::from(e.score) <= low)
                || cx
                    .evidence
                    .and_then(|e| e.emotion(i))
                    .is_some_and(|e| e.score <= low);
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
                let args = own
                    .args(Args::new())
                    .text("title", cx.title(i))
                    .text("norm", active.norm.id.as_str())
                    .text("source", active.norm.citation())
                    .key("bad", if feels_bad { "yes" } else { "no" });
                let found = match (measured, &touchpoint.wait) {
                    (Some(wait), _) => {
                        if wait.p90_days > legal.days() + 1e-9 || wait.p90_days <= own.days() + 1e-9
                        {
                            continue;
                        }
                        let args = measured_args(args, cx, i, wait);
                        finding(self, cx, at(i, "wait"), "long-wait-own-measured", args)
                    }
                    (None, Some(wait)) => {
                        if legal.exceeded_by(wait) || !own.exceeded_by(wait) {
                            continue;
                        }
                        let args = args.text("wait", wait.to_string());
                        finding(self, cx, at(i, "wait"), "long-wait-own", args)
                    }
                    (None, None) => continue,
                };
                findings.push(raised(found, feels_bad));
                continue;
            }
            let Some(&limit) = max_days.get(&touchpoint.kind) else {
                continue;
            };
            let args = Args::new()
                .text("title", cx.title(i))
                // a norm set as 10.5 days shows its half day
                .decimal("limit", limit, if limit.fract() == 0.0 { 0 } else { 1 })
                .key("kind", touchpoint.kind.name())
                .key("bad", if feels_bad { "yes" } else { "no" });
            let found = match (measured, &touchpoint.wait) {
                (Some(wait), _) => {
                    if wait.p90_days <= limit + 1e-9 {
                        continue;
                    }
                    let args = measured_args(args, cx, i, wait);
                    finding(self, cx, at(i, "wait"), "long-wait-measured", args)
                }
                (None, Some(wait)) => {
                    if wait.days() <= limit {
                        continue;
                    }
                    let args = args
                        .text("wait", wait.to_string())
                        .key(
                            "unit",
                            if wait.unit() == WaitUnit::Days {
                                "days"
                            } else {
                                "other"
                            },
                        )
                        .decimal("days", wait.days(), 0);
                    finding(self, cx, at(i, "wait"), "long-wait", args)
                }
                (None, None) => continue,
            };
            findings.push(raised(found, feels_bad));
        }
    }
}

/// The measured wait for a message: its 90th percentile and median in days, the cases that
/// reach the touchpoint and the period of the log, so every measured figure says where it
/// comes from.
fn measured_args(args: Args, cx: &RuleContext<'_>, i: usize, wait: MeasuredWait) -> Args {
    // "5 days", "4.5 days", "23 days": a tenth only where it tells something
    let places = |days: f64| u8::from(days < 10.0 && days.fract() != 0.0);
    args.decimal("p90", wait.p90_days, places(wait.p90_days))
        .decimal("median", wait.median_days, places(wait.median_days))
        .count(
            "cases",
            cx.evidence
                .and_then(|e| e.figures.touchpoints.get(i))
                .map_or(wait.n, |t| t.cases),
        )
        .text(
            "period",
            cx.evidence.map(|e| e.period()).unwrap_or_default(),
        )
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
    use crate::rules::testing::{ids, journey, run, run_with, run_with_log, two_step_log};

    fn repair(wait: &str) -> crate::model::Journey {
        journey(
            json!([
                {"id": "report", "title": "Repair reported", "kind": "contact", "evidence_match": {"activity": ["Gemeld"]}},
                {"id": "visit", "title": "Repair visit", "kind": "visit", "wait": wait, "evidence_match": {"activity": ["Bezoek"]}}
            ]),
            json!([{"from": "report", "to": "visit"}]),
        )
    }

    #[test]
    fn a_measured_p90_over_the_limit_fires_though_the_stated_wait_is_short() {
        // 12 cases: 9 visits after 5 days, 3 after 30: median 5, p90 30 > 14 (visit)
        let log = two_step_log("Gemeld", "Bezoek", 12, &[5, 5, 5, 30]);
        let found = run_with_log(&LongWait, &repair("5 days"), &log, None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "long-wait-measured");
        assert_eq!(
            found[0].message(Locale::En),
            "measured in the log (12 cases, 2025): one tenant in ten waits 30 days or longer for “Repair visit” (median 5 days), more than the 14 days set for a visit"
        );
        assert!(found[0].board(Locale::Nl).starts_with(
            "Gemeten in onze eigen registratie (12 zaken, 2025): één op de tien huurders wacht 30 dagen of langer"
        ));
    }

    #[test]
    fn a_measured_p90_within_the_limit_overrules_a_long_stated_wait() {
        let log = two_step_log("Gemeld", "Bezoek", 12, &[3, 4]);
        assert!(run_with_log(&LongWait, &repair("5 weeks"), &log, None).is_empty());
        assert_eq!(run(&LongWait, &repair("5 weeks")).len(), 1);
    }

    #[test]
    fn fewer_than_ten_measured_waits_leave_the_stated_wait_to_judge() {
        let log = two_step_log("Gemeld", "Bezoek", 9, &[30]);
        let found = run_with_log(&LongWait, &repair("5 weeks"), &log, None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "long-wait");
        assert!(run_with_log(&LongWait, &repair("5 days"), &log, None).is_empty());
    }

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
