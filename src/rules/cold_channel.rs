//! TJM103 cold-channel: a moment that matters handled only by letter, folder or an anonymous channel.

use crate::i18n::Args;

use super::{
    Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, at, docs,
    finding,
};
use crate::model::{InferredBecause, effective_importance, matters};

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
            let matters = matters(touchpoint);
            // Say why an unmarked moment counts, so the author can overrule it with `importance`.
            let because = if touchpoint.is_milestone() {
                "written"
            } else {
                effective_importance(touchpoint)
                    .inferred
                    .map_or("written", InferredBecause::key)
            };
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
                        .key("channel", channel.name())
                        .key("because", because),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::{Arg, Locale};

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

    #[test]
    fn an_unmarked_refusal_letter_matters_and_the_message_says_why() {
        let j = journey(
            json!([{"id": "no", "title": "Refusal letter", "channel": "letter", "refusal": true}]),
            json!([]),
        );
        let found = run(&ColdChannel, &j);
        assert_eq!(ids(&j, &found), ["no"]);
        assert_eq!(found[0].args.get("because"), Some(&Arg::Key("refusal")));
        assert!(
            found[0]
                .message(Locale::En)
                .ends_with("treated as a moment that matters because it is a refusal"),
            "{}",
            found[0].message(Locale::En)
        );
        assert!(
            found[0]
                .message(Locale::Nl)
                .ends_with("telt als moment dat ertoe doet omdat het een afwijzing is"),
            "{}",
            found[0].message(Locale::Nl)
        );
    }

    #[test]
    fn each_inferred_reason_counts_and_a_written_importance_overrules_it() {
        for (extra, because) in [
            (json!({"decides_for_tenants": true}), "decision"),
            (json!({"kind": "decision"}), "decision"),
            (json!({"opens_case": true}), "opens_case"),
            (json!({"emotion": {"score": -2}}), "feels_bad"),
        ] {
            let mut touchpoint = json!({"id": "t", "channel": "email"});
            touchpoint
                .as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            let j = journey(json!([touchpoint]), json!([]));
            let found = run(&ColdChannel, &j);
            assert_eq!(found.len(), 1, "{because}");
            assert_eq!(found[0].args.get("because"), Some(&Arg::Key(because)));
        }
        let j = journey(
            json!([{"id": "no", "channel": "letter", "refusal": true, "importance": "normal"}]),
            json!([]),
        );
        assert!(run(&ColdChannel, &j).is_empty());
        let j = journey(
            json!([{"id": "no", "channel": "letter", "importance": "high"}]),
            json!([]),
        );
        assert_eq!(
            run(&ColdChannel, &j)[0].args.get("because"),
            Some(&Arg::Key("written"))
        );
    }
}
