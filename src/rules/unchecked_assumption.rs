//! TJM902 unchecked-assumption: a touchpoint still marked as holding facts `tjm new` assumed.
//!
//! A scaffold pre-fills what is usual (the channel, the importance, a milestone, a second
//! visit), and a newcomer would otherwise keep those as if they had happened. `tjm new` marks
//! each of them in the touchpoint's description, `[to check: channel, importance]` (Dutch
//! `[controleren: …]`), and this rule reminds the author until the note is removed: info
//! level, so the attention index does not move and nothing fails.

use crate::i18n::{Args, Locale};

use super::{Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// A note in a description saying which pre-filled facts are still to be checked.
pub(crate) struct UncheckedAssumption;

static META: RuleMeta = RuleMeta {
    code: "TJM902",
    name: "unchecked-assumption",
    category: Category::Meta,
    default_level: Level::Info,
    docs: docs!("unchecked-assumption"),
    options: &[],
};

impl Rule for UncheckedAssumption {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        for (i, touchpoint) in cx.journey.touchpoints.iter().enumerate() {
            let Some(facts) = touchpoint.description.as_deref().and_then(to_check) else {
                continue;
            };
            let args = Args::new().text("title", cx.title(i)).text("facts", facts);
            findings.push(finding(
                self,
                cx,
                at(i, "description"),
                "unchecked-assumption",
                args,
            ));
        }
    }
}

/// The facts listed in a `[to check: …]` or `[controleren: …]` note, in either language
/// (a Dutch scaffold may be turned into an English journey, and the other way round).
pub(crate) fn to_check(text: &str) -> Option<&str> {
    [Locale::En, Locale::Nl].into_iter().find_map(|locale| {
        let marker = crate::i18n::text(locale, "unchecked-assumption-marker");
        let start = text.find(&format!("[{marker}:"))? + marker.len() + 2;
        let end = start + text[start..].find(']')?;
        Some(text[start..end].trim())
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{UncheckedAssumption, to_check};
    use crate::i18n::Locale;
    use crate::rules::testing::{ids, journey, run};

    #[test]
    fn reads_the_note_in_both_languages() {
        assert_eq!(
            to_check("[controleren: kanaal, belang] [aanvullen] Hoe?"),
            Some("kanaal, belang")
        );
        assert_eq!(to_check("[to check: channel] How?"), Some("channel"));
        assert_eq!(to_check("Checked: the channel is right."), None);
        assert_eq!(to_check("[to check: never closed"), None);
    }

    #[test]
    fn fires_until_the_note_is_removed() {
        let j = journey(
            json!([
                {"id": "keys", "title": "Keys", "description": "[to check: milestone, channel] Keys at the office"},
                {"id": "visit", "title": "Visit", "description": "The consultant visits"}
            ]),
            json!([{"from": "keys", "to": "visit"}]),
        );
        let found = run(&UncheckedAssumption, &j);
        assert_eq!(ids(&j, &found), ["keys"]);
        let message = found[0].message(Locale::En);
        assert!(message.contains("milestone, channel"), "{message}");
    }
}
