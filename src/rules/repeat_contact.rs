//! TJM302 repeat-contact: a loop back that makes many tenants contact again.

use crate::i18n::Args;

use super::{
    Anchor, Category, Finding, Level, OptionKind, OptionSpec, Rule, RuleContext, RuleMeta, docs,
    finding,
};

/// The second visit because the part was missing; the call back because nobody called.
pub(crate) struct RepeatContact;

static META: RuleMeta = RuleMeta {
    code: "TJM302",
    name: "repeat-contact",
    category: Category::Flow,
    default_level: Level::Warning,
    docs: docs!("repeat-contact"),
    options: &[OptionSpec {
        name: "max_share",
        kind: OptionKind::Number {
            min: 0.0,
            max: 100.0,
        },
        default: "10",
    }],
};

impl Rule for RepeatContact {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let max = cx.options.number("max_share") / 100.0;
        for step in cx.graph.loops() {
            let taken = cx.graph.step_traversals(step);
            if taken > max {
                let from = cx.title(step.from);
                let to = cx.title(step.to);
                let args = Args::new()
                    .share("share", taken)
                    .text("from", from)
                    .text("to", to);
                let (id, args) = match cx.journey.transitions[step.transition].label.as_deref() {
                    Some(label) => ("repeat-contact-labelled", args.text("label", label)),
                    None => ("repeat-contact", args),
                };
                findings.push(finding(
                    self,
                    cx,
                    Anchor::Transition {
                        index: step.transition,
                        touchpoint: step.from,
                    },
                    id,
                    args,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::i18n::Locale;

    use super::RepeatContact;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn fires_on_a_loop_most_tenants_take() {
        let j = journey(
            json!([{"id": "visit", "title": "Visit"}, {"id": "again", "title": "New appointment"}, {"id": "done"}]),
            json!([
                {"from": "visit", "to": "again", "share": 30},
                {"from": "visit", "to": "done", "share": 70},
                {"from": "again", "to": "visit", "kind": "loop", "label": "part missing"}
            ]),
        );
        let found = run(&RepeatContact, &j);
        assert_eq!(ids(&j, &found), ["again"]);
        // again is visited 0.3/0.7 times per tenant, so 43% take the loop back
        assert_eq!(
            found[0].message(Locale::En),
            "43% of tenants go back from “New appointment” to “Visit” (part missing)"
        );
    }

    #[test]
    fn a_rare_loop_is_fine() {
        let j = journey(
            json!([{"id": "visit"}, {"id": "again"}, {"id": "done"}]),
            json!([
                {"from": "visit", "to": "again", "share": 5},
                {"from": "visit", "to": "done", "share": 95},
                {"from": "again", "to": "visit"}
            ]),
        );
        assert!(run(&RepeatContact, &j).is_empty());
    }
}
