//! TJM402 unanswered-low: the tenant hits a low and nobody responds with attention afterwards.
//! A low is the stated emotion, or the one a survey beside the journey's log measured (from ten
//! respondents up): tenants grading a moment that low are in a low, whatever the map says.

use crate::i18n::Args;

use crate::model::{Direction, Touchpoint};

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};

/// A low point that the organisation never turns to.
pub(crate) struct UnansweredLow;

static META: RuleMeta = RuleMeta {
    code: "TJM402",
    name: "unanswered-low",
    category: Category::ClosingTheLoop,
    default_level: Level::Warning,
    docs: docs!("unanswered-low"),
    options: &[OptionSpec {
        name: "emotion_low",
        kind: OptionKind::Number {
            min: -3.0,
            max: 3.0,
        },
        default: "-2",
    }],
};

/// A person responds to how the tenant feels at touchpoint `i`: someone acknowledges it, or
/// a named contact reaches out. Closing the case settles the substance, not the feeling, so
/// `loop_closed` alone does not count; an absent step gives nothing.
pub(crate) fn answers_feeling(touchpoint: &Touchpoint) -> bool {
    let given = touchpoint.attention_given();
    given.acknowledged == Some(true)
        || (given.named_contact == Some(true) && touchpoint.direction == Some(Direction::Outbound))
}

impl Rule for UnansweredLow {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let low = cx.options.number("emotion_low");
        let touchpoints = &cx.journey.touchpoints;
        for (i, touchpoint) in touchpoints.iter().enumerate() {
            let stated = touchpoint
                .emotion
                .as_ref()
                .map(|e| f64::from(e.score))
                .filter(|&score| score <= low);
            let measured = cx
                .evidence
                .and_then(|e| e.emotion(i))
                .filter(|e| e.score <= low);
            // At the low itself only an acknowledgement answers it: the person bringing the
            // bad news is not yet someone reaching out afterwards.
            if (stated.is_none() && measured.is_none())
                || touchpoint.attention_given().acknowledged == Some(true)
            {
                continue;
            }
            let later = cx.graph.reachable_after(i);
            let reachable = |j: usize| later[j];
            if (0..touchpoints.len()).any(|j| reachable(j) && answers_feeling(&touchpoints[j])) {
                continue;
            }
            let settled = (0..touchpoints.len()).any(|j| {
                (reachable(j) || j == i)
                    && touchpoints[j].attention_given().loop_closed == Some(true)
            });
            let args = Args::new().text("title", cx.title(i));
            let (id, args) = match (stated, measured) {
                (Some(score), _) => (
                    if settled {
                        "unanswered-low-settled"
                    } else {
                        "unanswered-low"
                    },
                    args.decimal("score", score, 0),
                ),
                (None, Some(measured)) => (
                    "unanswered-low-measured",
                    args.decimal("score", measured.score, 1)
                        .count("respondents", measured.respondents)
                        .text("period", measured.period.as_str())
                        .key("settled", if settled { "yes" } else { "no" }),
                ),
                (None, None) => continue,
            };
            findings.push(finding(self, cx, at(i, "emotion.score"), id, args));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::UnansweredLow;
    use crate::rules::testing::{ids, journey, run, run_with_log, two_step_log};

    fn repair() -> crate::model::Journey {
        journey(
            json!([
                {"id": "report", "title": "Repair reported", "emotion": {"score": 0}, "evidence_match": {"activity": ["Gemeld"]}},
                {"id": "visit", "title": "Repair visit", "emotion": {"score": 1}, "evidence_match": {"activity": ["Bezoek"]}}
            ]),
            json!([{"from": "report", "to": "visit"}]),
        )
    }

    #[test]
    fn a_low_grade_in_the_survey_is_a_low_the_map_does_not_show() {
        // grade 2.5 is emotion −2: at the low threshold
        let log = two_step_log("Gemeld", "Bezoek", 12, &[3]);
        let survey = "touchpoint;periode;respondenten;gemiddeld cijfer\nvisit;2025;40;2,5\nreport;2025;40;7,5\n";
        let found = run_with_log(&UnansweredLow, &repair(), &log, Some(survey));
        assert_eq!(ids(&repair(), &found), ["visit"]);
        assert_eq!(found[0].id, "unanswered-low-measured");
        assert_eq!(
            found[0].message(Locale::En),
            "tenants grade “Repair visit” low in the survey (40 respondents, 2025: emotion −2.0) and no later moment responds to it"
        );
        assert!(found[0].board(Locale::Nl).starts_with(
            "Huurders geven “Repair visit” een laag cijfer in onze enquête (40 respondenten, 2025)"
        ));
        assert!(run(&UnansweredLow, &repair()).is_empty());
    }

    #[test]
    fn a_survey_row_from_fewer_than_ten_tenants_or_above_the_threshold_is_no_low() {
        let log = two_step_log("Gemeld", "Bezoek", 12, &[3]);
        let few = "touchpoint;periode;respondenten;gemiddeld cijfer\nvisit;2025;9;2,0\n";
        assert!(run_with_log(&UnansweredLow, &repair(), &log, Some(few)).is_empty());
        let fine = "touchpoint;periode;respondenten;gemiddeld cijfer\nvisit;2025;40;2,6\n";
        assert!(run_with_log(&UnansweredLow, &repair(), &log, Some(fine)).is_empty());
    }

    #[test]
    fn fires_when_a_low_goes_unanswered() {
        let j = journey(
            json!([{"id": "letter", "title": "Eviction letter", "emotion": {"score": -3}}, {"id": "court"}]),
            json!([{"from": "letter", "to": "court"}]),
        );
        let found = run(&UnansweredLow, &j);
        assert_eq!(ids(&j, &found), ["letter"]);
        assert!(found[0].message(Locale::En).contains("(emotion −3)"));
    }

    #[test]
    fn closing_the_case_does_not_answer_the_feeling() {
        let j = journey(
            json!([
                {"id": "letter", "title": "Eviction letter", "emotion": {"score": -3}},
                {"id": "settled", "attention": {"loop_closed": true, "satisfaction_checked": true}}
            ]),
            json!([{"from": "letter", "to": "settled"}]),
        );
        let found = run(&UnansweredLow, &j);
        assert_eq!(ids(&j, &found), ["letter"]);
        assert_eq!(found[0].id, "unanswered-low-settled");
        assert_eq!(
            found[0].message(Locale::En),
            "the tenant hits a low at “Eviction letter” (emotion −3); the case is settled later, but nobody responds to how the tenant feels"
        );
    }

    #[test]
    fn a_named_contact_reaching_out_answers_it() {
        let j = journey(
            json!([
                {"id": "letter", "emotion": {"score": -3}},
                {"id": "call", "direction": "outbound", "attention": {"named_contact": true}}
            ]),
            json!([{"from": "letter", "to": "call"}]),
        );
        assert!(run(&UnansweredLow, &j).is_empty());
    }

    #[test]
    fn a_named_contact_the_tenant_has_to_call_does_not() {
        let j = journey(
            json!([
                {"id": "letter", "emotion": {"score": -3}},
                {"id": "call", "direction": "inbound", "attention": {"named_contact": true}}
            ]),
            json!([{"from": "letter", "to": "call"}]),
        );
        assert_eq!(run(&UnansweredLow, &j)[0].id, "unanswered-low");
    }

    #[test]
    fn an_absent_acknowledgement_answers_nothing() {
        let j = journey(
            json!([
                {"id": "letter", "emotion": {"score": -3}},
                {"id": "call", "absent": true, "attention": {"acknowledged": true}}
            ]),
            json!([{"from": "letter", "to": "call"}]),
        );
        assert_eq!(run(&UnansweredLow, &j).len(), 1);
    }

    #[test]
    fn a_later_acknowledgement_answers_it() {
        let j = journey(
            json!([{"id": "letter", "emotion": {"score": -3}}, {"id": "visit", "attention": {"acknowledged": true}}]),
            json!([{"from": "letter", "to": "visit"}]),
        );
        assert!(run(&UnansweredLow, &j).is_empty());
    }
}
