//! TJM901 unused-silence: a silence on a touchpoint that matched no finding.
//!
//! Silences are applied by the engine after all rules ran, so this rule's finding is made
//! there, through [`unused`]; its `check` has nothing to look at on its own.

use super::{Anchor, Category, Finding, Level, Rule, RuleContext, RuleMeta, docs};
use crate::i18n::Args;

/// A silence that silences nothing is stale: the moment changed, or the rule name is wrong.
pub(crate) struct UnusedSilence;

static META: RuleMeta = RuleMeta {
    code: "TJM901",
    name: "unused-silence",
    category: Category::Meta,
    default_level: Level::Info,
    docs: docs!("unused-silence"),
    options: &[],
};

impl Rule for UnusedSilence {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _: &RuleContext<'_>, _: &mut Vec<Finding>) {}
}

/// The finding for silence `silence` of touchpoint `index` that matched nothing.
pub(super) fn unused(level: Level, index: usize, rule: &str, title: &str) -> Finding {
    Finding {
        code: META.code,
        rule: META.name,
        level,
        anchor: Anchor::Touchpoint {
            index,
            field: Some("silence"),
        },
        id: "unused-silence",
        args: Args::new().text("title", title).text("rule", rule),
        silenced: None,
    }
}
