//! TJM402 unanswered-low: the tenant hits a low and nobody responds with attention afterwards.

use crate::i18n::Args;

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

impl Rule for UnansweredLow {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let low = cx.options.number("emotion_low");
        let touchpoints = &cx.journey.touchpoints;
        for (i, touchpoint) in touchpoints.iter().enumerate() {
            let Some(emotion) = &touchpoint.emotion else {
                continue;
            };
            if f64::from(emotion.score) > low || touchpoint.attention.responds() {
                continue;
            }
            let later = cx.graph.reachable_after(i);
            let answered = later
                .iter()
                .enumerate()
                .any(|(j, reachable)| *reachable && touchpoints[j].attention.responds());
            if !answered {
                let title = cx.title(i);
                let score = emotion.score;
                findings.push(finding(
                    self,
                    cx,
                    at(i, "emotion.score"),
                    "unanswered-low",
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

    use super::UnansweredLow;
    use crate::rules::testing::{ids, journey, run};

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
    fn a_later_acknowledgement_answers_it() {
        let j = journey(
            json!([{"id": "letter", "emotion": {"score": -3}}, {"id": "visit", "attention": {"acknowledged": true}}]),
            json!([{"from": "letter", "to": "visit"}]),
        );
        assert!(run(&UnansweredLow, &j).is_empty());
    }
}
