//! TJM103 cold-channel: a moment that matters handled only by letter, folder or an anonymous channel.

use crate::i18n::Args;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};
use crate::model::Importance;

/// The information folder instead of a person: "a warm word beats a cold letter".
pub(crate) struct ColdChannel;

static META: RuleMeta = RuleMeta {
    code: "TJM103",
    name: "cold-channel",
    category: Category::Attention,
    default_level: Level::Warning,
    docs: docs!("cold-channel"),
    options: &[OptionSpec {
        name: "channels",
        kind: OptionKind::Channels,
        default: r#"["letter", "email", "portal", "sms"]"#,
    }],
};

impl Rule for ColdChannel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let cold = cx.options.channels("channels");
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            let matters = touchpoint.milestone || touchpoint.importance == Importance::High;
            let Some(channel) = touchpoint.channel else {
                continue;
            };
            if matters
                && cold.contains(&channel)
                && touchpoint.attention_given().named_contact != Some(true)
            {
                let title = cx.title(i);
                findings.push(finding(
                    self,
                    cx,
                    at(i, "channel"),
                    "cold-channel",
                    Args::new()
                        .text("title", title)
                        .key("channel", channel.name()),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::ColdChannel;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_a_letter_at_a_milestone() {
        let j = journey(
            json!([{"id": "folder", "title": "Info folder", "channel": "letter", "milestone": true}]),
            json!([]),
        );
        let found = run(&ColdChannel, &j);
        assert_eq!(ids(&j, &found), ["folder"]);
        assert!(
            found[0].message(Locale::En).contains("only by letter"),
            "{}",
            found[0].message(Locale::En)
        );
    }

    #[test]
    fn a_named_person_or_an_ordinary_moment_is_fine() {
        let j = journey(
            json!([
                {"id": "a", "channel": "letter", "importance": "high", "attention": {"named_contact": true}},
                {"id": "b", "channel": "letter"},
                {"id": "c", "channel": "home_visit", "milestone": true}
            ]),
            json!([{"from": "a", "to": "b"}, {"from": "b", "to": "c"}]),
        );
        assert!(run(&ColdChannel, &j).is_empty());
    }
}
