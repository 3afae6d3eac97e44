//! TJM201 bare-no: a refusal with no alternative offered.

use crate::i18n::Args;

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
            if touchpoint.refusal && touchpoint.attention_given().alternative_offered != Some(true)
            {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    at(i, "refusal"),
                    "bare-no",
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

    use super::BareNo;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_a_refusal_without_alternative() {
        let j = journey(
            json!([{"id": "plan", "title": "Payment plan refused", "refusal": true}]),
            json!([]),
        );
        let found = run(&BareNo, &j);
        assert_eq!(ids(&j, &found), ["plan"]);
        assert!(
            found[0]
                .message(Locale::En)
                .contains("“Payment plan refused”")
        );
    }

    #[test]
    fn a_no_with_an_alternative_is_help() {
        let j = journey(
            json!([{"id": "plan", "refusal": true, "attention": {"alternative_offered": true}}]),
            json!([]),
        );
        assert!(run(&BareNo, &j).is_empty());
    }
}
