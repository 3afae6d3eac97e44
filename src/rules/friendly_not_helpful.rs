//! TJM104 friendly-not-helpful: friendliness high, helpfulness low — the pacifier.

use crate::i18n::Args;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};

/// A friendly refusal of a glass of water: the customer feels fooled.
pub(crate) struct FriendlyNotHelpful;

static META: RuleMeta = RuleMeta {
    code: "TJM104",
    name: "friendly-not-helpful",
    category: Category::Attention,
    default_level: Level::Warning,
    docs: docs!("friendly-not-helpful"),
    options: &[
        OptionSpec {
            name: "min_friendliness",
            kind: OptionKind::Number { min: 1.0, max: 5.0 },
            default: "4",
        },
        OptionSpec {
            name: "max_helpfulness",
            kind: OptionKind::Number { min: 1.0, max: 5.0 },
            default: "2",
        },
    ],
};

impl Rule for FriendlyNotHelpful {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let min_friendly = cx.options.number("min_friendliness");
        let max_helpful = cx.options.number("max_helpfulness");
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            let attention = touchpoint.attention_given();
            let (Some(friendly), Some(helpful)) = (attention.friendliness, attention.helpfulness)
            else {
                continue;
            };
            if f64::from(friendly) >= min_friendly && f64::from(helpful) <= max_helpful {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    at(i, "attention.helpfulness"),
                    "friendly-not-helpful",
                    Args::new()
                        .text("title", title)
                        .count("friendly", friendly)
                        .count("helpful", helpful),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::FriendlyNotHelpful;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_the_pacifier() {
        let j = journey(
            json!([{"id": "call", "title": "Call", "attention": {"friendliness": 5, "helpfulness": 1}}]),
            json!([]),
        );
        let found = run(&FriendlyNotHelpful, &j);
        assert_eq!(ids(&j, &found), ["call"]);
        assert_eq!(
            found[0].message(Locale::En),
            "at “Call” staff are friendly (5/5) but hardly help (1/5)"
        );
    }

    #[test]
    fn friendly_and_helpful_is_fine() {
        let j = journey(
            json!([{"id": "call", "attention": {"friendliness": 5, "helpfulness": 3}}]),
            json!([]),
        );
        assert!(run(&FriendlyNotHelpful, &j).is_empty());
    }
}
