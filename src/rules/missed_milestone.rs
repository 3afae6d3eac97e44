//! TJM101 missed-milestone: a milestone in the tenant's life handled as a bare transaction.

use crate::i18n::Args;
use crate::model::Milestone;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// A milestone or moment of truth with no gesture, no empathy: Joeri's keys.
pub(crate) struct MissedMilestone;

static META: RuleMeta = RuleMeta {
    code: "TJM101",
    name: "missed-milestone",
    category: Category::Attention,
    default_level: Level::Error,
    docs: docs!("missed-milestone"),
    options: &[],
};

impl Rule for MissedMilestone {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            let attention = touchpoint.attention_given();
            let acknowledged = attention.acknowledged == Some(true);
            let (id, missing) = match touchpoint.milestone {
                Milestone::No => continue,
                Milestone::Yes if !acknowledged => ("missed-milestone", None),
                Milestone::GoodNews if !acknowledged => ("missed-milestone-good-news", None),
                // Bad news needs empathy and a person who takes the time, both recorded.
                Milestone::BadNews => {
                    let person = attention.named_contact == Some(true);
                    let missing = match (acknowledged, person) {
                        (true, true) => continue,
                        (false, true) => "empathy",
                        (true, false) => "person",
                        (false, false) => "both",
                    };
                    ("missed-milestone-bad-news", Some(missing))
                }
                Milestone::Yes | Milestone::GoodNews => continue,
            };
            let title = cx.title(i);
            let mut args = Args::new()
                .text("title", title)
                .key("news", touchpoint.milestone.variant());
            if let Some(missing) = missing {
                args = args.key("missing", missing);
            }
            findings.push(finding(self, cx, at(i, "milestone"), id, args));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::{Arg, Locale};

    use super::MissedMilestone;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_an_unacknowledged_milestone() {
        let j = journey(
            json!([{"id": "keys", "title": "Key handover", "milestone": true}]),
            json!([]),
        );
        let found = run(&MissedMilestone, &j);
        assert_eq!(ids(&j, &found), ["keys"]);
        assert_eq!(
            found[0].message(Locale::En),
            "“Key handover” is a milestone for the tenant, but nothing acknowledges it"
        );
    }

    #[test]
    fn stays_quiet_when_the_milestone_is_acknowledged() {
        let j = journey(
            json!([{"id": "keys", "milestone": true, "attention": {"acknowledged": true}}, {"id": "form"}]),
            json!([{"from": "keys", "to": "form"}]),
        );
        assert!(run(&MissedMilestone, &j).is_empty());
    }

    #[test]
    fn good_news_asks_for_a_gesture() {
        let j = journey(
            json!([{"id": "keys", "title": "Keys", "milestone": "goed_nieuws"}]),
            json!([]),
        );
        let found = run(&MissedMilestone, &j);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "missed-milestone-good-news");
        assert_eq!(found[0].args.get("news"), Some(&Arg::Key("good_news")));
        assert!(
            found[0].help(Locale::En).contains("gesture"),
            "{}",
            found[0].help(Locale::En)
        );
        let done = journey(
            json!([{"id": "keys", "milestone": "good_news", "attention": {"acknowledged": true}}]),
            json!([]),
        );
        assert!(run(&MissedMilestone, &done).is_empty());
    }

    #[test]
    fn bad_news_asks_for_empathy_and_a_person() {
        for (attention, missing) in [
            (json!({}), "both"),
            (json!({"acknowledged": true}), "person"),
            (json!({"named_contact": true}), "empathy"),
        ] {
            let j = journey(
                json!([{"id": "letter", "title": "Eviction letter", "milestone": "bad_news", "attention": attention}]),
                json!([]),
            );
            let found = run(&MissedMilestone, &j);
            assert_eq!(found.len(), 1, "{missing}");
            assert_eq!(found[0].id, "missed-milestone-bad-news");
            assert_eq!(found[0].args.get("news"), Some(&Arg::Key("bad_news")));
            assert_eq!(found[0].args.get("missing"), Some(&Arg::Key(missing)));
        }
        let j = journey(
            json!([{"id": "letter", "milestone": "slecht_nieuws", "attention": {"acknowledged": true, "named_contact": true}}]),
            json!([]),
        );
        assert!(run(&MissedMilestone, &j).is_empty());
    }
}
