//! TJM501 unsupported-emotion: an emotion score with no evidence behind it.

use std::collections::HashSet;

use crate::i18n::Args;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// Evidence over opinion: an emotion guessed at a desk is not the tenant's.
pub(crate) struct UnsupportedEmotion;

static META: RuleMeta = RuleMeta {
    code: "TJM501",
    name: "unsupported-emotion",
    category: Category::Evidence,
    default_level: Level::Info,
    docs: docs!("unsupported-emotion"),
    options: &[],
};

impl Rule for UnsupportedEmotion {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let backed: HashSet<&str> = cx
            .journey
            .evidence
            .iter()
            .filter_map(|e| e.touchpoint.as_deref())
            .collect();
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            if touchpoint.emotion.is_some() && !backed.contains(touchpoint.id.as_str()) {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    at(i, "emotion"),
                    "unsupported-emotion",
                    Args::new()
                        .text("title", title)
                        .text("touchpoint", touchpoint.id.as_str()),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::UnsupportedEmotion;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_an_emotion_nobody_measured() {
        let j = journey(
            json!([{"id": "call", "title": "Call", "emotion": {"score": -1}}]),
            json!([]),
        );
        let found = run(&UnsupportedEmotion, &j);
        assert_eq!(ids(&j, &found), ["call"]);
        assert_eq!(
            found[0].message(Locale::En),
            "the emotion at “Call” has no evidence behind it"
        );
    }

    #[test]
    fn a_quote_supports_it() {
        let mut j = journey(json!([{"id": "call", "emotion": {"score": -1}}]), json!([]));
        j.evidence = vec![
            serde_json::from_value(json!({"touchpoint": "call", "kind": "quote", "text": "…"}))
                .unwrap(),
        ];
        assert!(run(&UnsupportedEmotion, &j).is_empty());
    }
}
