//! TJM306 process-norm: a touchpoint is a step of a legal process (`"norm":
//! "nl.arrears.fourteen-day-letter"`) and some path reaches it without a step the law wants
//! first (a reminder, a personal contact attempt, pointing to debt help, the offer to share
//! data). Checked on the graph: one walk per required step, avoiding the touchpoints that are
//! that step.

use crate::i18n::Args;
use crate::model::Language;
use crate::norms::{NormKind, find};

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// The fourteen-day letter that comes before anyone tried to reach the tenant in person.
pub(crate) struct ProcessNorm;

static META: RuleMeta = RuleMeta {
    code: "TJM306",
    name: "process-norm",
    category: Category::Flow,
    default_level: Level::Error,
    docs: docs!("process-norm"),
    options: &[],
};

impl Rule for ProcessNorm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let touchpoints = &cx.journey.touchpoints;
        let names =
            |j: usize, step: &str| touchpoints[j].norm.as_ref().is_some_and(|n| n.names(step));
        // One walk per required step that any touchpoint asks for, shared by all of them.
        let mut walks: Vec<(&str, Vec<bool>)> = Vec::new();
        let steps = touchpoints.iter().enumerate().flat_map(|(i, touchpoint)| {
            touchpoint
                .norm
                .iter()
                .flat_map(|n| n.ids())
                .filter_map(find)
                .map(move |(_, norm)| (i, norm))
        });
        for (i, norm) in steps {
            if norm.kind != NormKind::Step || norm.requires.is_empty() {
                continue;
            }
            let mut missing = Vec::new();
            for step in &norm.requires {
                let reached = match walks.iter().find(|(s, _)| s == step) {
                    Some((_, reached)) => reached[i],
                    None => {
                        let reached = cx.graph.reachable_from_start_avoiding(|j| names(j, step));
                        let here = reached[i];
                        walks.push((step.as_str(), reached));
                        here
                    }
                };
                if reached {
                    missing.push(step.as_str());
                }
            }
            if missing.is_empty() {
                continue;
            }
            let described = |lang: Language| {
                missing
                    .iter()
                    .filter_map(|id| find(id))
                    .map(|(_, n)| n.applies_to.get(lang).to_owned())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let args = Args::new()
                .text("title", cx.title(i))
                .text("norm", norm.id.as_str())
                .text(
                    "missing",
                    missing
                        .iter()
                        .map(|id| format!("`{id}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .count("count", missing.len())
                // the steps in words, in both languages: the data file holds them, and each
                // catalogue picks its own
                .text("steps_en", described(Language::En))
                .text("steps_nl", described(Language::Nl))
                .text("source", norm.citation());
            findings.push(finding(self, cx, at(i, "norm"), "process-norm", args));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::ProcessNorm;
    use crate::i18n::Locale;
    use crate::rules::testing::{ids, journey, run};

    fn arrears(with_contact: bool) -> crate::model::Journey {
        let touchpoints = vec![
            json!({"id": "reminder", "kind": "document", "norm": "nl.arrears.reminder"}),
            json!({"id": "debt-help", "kind": "document", "norm": "nl.arrears.debt-help"}),
            json!({"id": "share", "kind": "document", "norm": "nl.arrears.share-data"}),
            json!({"id": "call", "norm": "nl.arrears.personal-contact"}),
            json!({"id": "letter", "title": "Fourteen-day letter", "kind": "document", "norm": "nl.arrears.fourteen-day-letter"}),
        ];
        let mut transitions = vec![
            json!({"from": "reminder", "to": "debt-help"}),
            json!({"from": "debt-help", "to": "share"}),
        ];
        if with_contact {
            transitions.push(json!({"from": "share", "to": "call"}));
            transitions.push(json!({"from": "call", "to": "letter"}));
        } else {
            // the call is tried only for some tenants: the others get the letter straight away
            transitions.push(json!({"from": "share", "to": "call", "share": 60}));
            transitions.push(json!({"from": "share", "to": "letter", "share": 40}));
            transitions.push(json!({"from": "call", "to": "letter"}));
        }
        journey(json!(touchpoints), json!(transitions))
    }

    #[test]
    fn every_path_to_the_letter_passes_the_four_steps() {
        assert!(run(&ProcessNorm, &arrears(true)).is_empty());
    }

    #[test]
    fn a_path_that_skips_the_personal_contact_is_flagged() {
        let j = arrears(false);
        let found = run(&ProcessNorm, &j);
        assert_eq!(ids(&j, &found), ["letter"]);
        assert_eq!(
            found[0].message(Locale::En),
            "a path reaches “Fourteen-day letter” (`nl.arrears.fourteen-day-letter`) without `nl.arrears.personal-contact`, which must come first (Besluit gemeentelijke schuldhulpverlening, art. 2 (Stb. 2020, 240))"
        );
        assert!(
            found[0]
                .board(Locale::Nl)
                .contains("een poging om persoonlijk contact te krijgen"),
            "{}",
            found[0].board(Locale::Nl)
        );
    }

    #[test]
    fn a_step_that_is_not_in_the_journey_at_all_is_missing_too() {
        let j = journey(
            json!([
                {"id": "summons", "kind": "document", "norm": "nl.arrears.court"}
            ]),
            json!([]),
        );
        let found = run(&ProcessNorm, &j);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].args.get("count"),
            Some(&crate::i18n::Arg::Count(1))
        );
    }
}
