//! TJM102 procedure-first: the organisation's procedure or data comes before the tenant's question.

use crate::i18n::Args;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// "What is your address?" before "How can I help you?".
pub(crate) struct ProcedureFirst;

static META: RuleMeta = RuleMeta {
    code: "TJM102",
    name: "procedure-first",
    category: Category::Attention,
    default_level: Level::Warning,
    docs: docs!("procedure-first"),
    options: &[],
};

impl Rule for ProcedureFirst {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            if touchpoint.attention_given().own_question_asked == Some(false) {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    at(i, "attention.own_question_asked"),
                    "procedure-first",
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

    use super::ProcedureFirst;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_when_the_own_question_is_not_asked() {
        let j = journey(
            json!([{"id": "desk", "title": "Desk", "attention": {"own_question_asked": false}}]),
            json!([]),
        );
        let found = run(&ProcedureFirst, &j);
        assert_eq!(ids(&j, &found), ["desk"]);
        assert!(
            found[0].message(Locale::En).contains("“Desk”"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn unknown_is_not_judged() {
        let j = journey(
            json!([{"id": "desk"}, {"id": "b", "attention": {"own_question_asked": true}}]),
            json!([{"from": "desk", "to": "b"}]),
        );
        assert!(run(&ProcedureFirst, &j).is_empty());
    }
}
