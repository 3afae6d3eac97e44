//! TJM305 legal-deadline: a touchpoint names a legal deadline (`"norm": "awaab.investigation"`)
//! and its wait is longer: a breach of the law or the regulator's code, with the source.

use crate::i18n::Args;
use crate::norms::NormKind;

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// The investigation that came after the ten working days Awaab's Law allows.
pub(crate) struct LegalDeadline;

static META: RuleMeta = RuleMeta {
    code: "TJM305",
    name: "legal-deadline",
    category: Category::Flow,
    default_level: Level::Error,
    docs: docs!("legal-deadline"),
    options: &[],
};

impl Rule for LegalDeadline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            // Only what is recorded: a named deadline without a wait is not judged.
            let (Some(wait), Some(named)) = (&touchpoint.wait, &touchpoint.norm) else {
                continue;
            };
            for id in named.ids() {
                let Some(active) = cx.norms.get(id) else {
                    continue;
                };
                let Some(deadline) = active
                    .norm
                    .deadline
                    .filter(|_| active.norm.kind == NormKind::Deadline)
                else {
                    continue;
                };
                if !deadline.exceeded_by(wait) {
                    continue;
                }
                let args = deadline
                    .args(Args::new())
                    .text("title", cx.title(i))
                    .text("wait", wait.to_string())
                    .text("norm", id)
                    .text("source", active.norm.citation());
                findings.push(finding(self, cx, at(i, "wait"), "legal-deadline", args));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::LegalDeadline;
    use crate::i18n::Locale;
    use crate::rules::Level;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn flags_the_breached_deadline_at_error_level_with_its_source() {
        let j = journey(
            json!([
                {"id": "summary", "title": "Written summary", "kind": "document", "wait": "9 working days", "norm": "awaab.written-summary"},
                {"id": "safe", "kind": "visit", "wait": "20 hours", "norm": "awaab.emergency"},
                {"id": "repair", "kind": "visit", "wait": "7 weeks", "norm": "bw.7-257"},
                {"id": "unknown-wait", "kind": "visit", "norm": "bw.7-257"},
                {"id": "a-step", "kind": "document", "wait": "8 weeks", "norm": "nl.arrears.reminder"}
            ]),
            json!([
                {"from": "summary", "to": "safe"},
                {"from": "safe", "to": "repair"},
                {"from": "repair", "to": "unknown-wait"},
                {"from": "unknown-wait", "to": "a-step"}
            ]),
        );
        let found = run(&LegalDeadline, &j);
        assert_eq!(ids(&j, &found), ["summary", "repair"]);
        assert!(found.iter().all(|f| f.level == Level::Error));
        assert_eq!(
            found[0].message(Locale::En),
            "the tenant waits 9 working days for “Written summary”, more than the 3 working days `awaab.written-summary` allows (Awaab's Law: Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025, written summary (in force 27 October 2025))"
        );
        assert_eq!(
            found[1].board(Locale::Nl),
            "Huurders wachten 7 weeks op “repair”, langer dan de wet toestaat: 6 weken (Burgerlijk Wetboek, art. 7:257 lid 2 (Boek 7, titel 4 (huur)))."
        );
    }
}
