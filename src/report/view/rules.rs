//! The rules appendix (`rules.html`): every rule with its code, levels, category and docs.

use crate::i18n::Locale;
use serde::Serialize;

use super::Base;
use crate::report::{i18n, markdown};
use crate::rules::{RULES, Settings};

/// The context of `rules.html`.
#[derive(Debug, Clone, Serialize)]
pub struct RulesPage<'a> {
    /// Language, strings, stylesheet and links.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// Every rule in catalogue order.
    pub rules: Vec<RuleView>,
}

/// A rule in the appendix.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    /// The anchor id: the rule's name.
    pub id: &'static str,
    /// Code.
    pub code: &'static str,
    /// The name in words ("Long wait"); `id` is the slug.
    pub name: String,
    /// Level in this report's configuration: `error`, `warning`, `info` or `off`.
    pub level: &'static str,
    /// The level in words.
    pub level_label: String,
    /// The default level in words.
    pub default_level_label: String,
    /// Category in words.
    pub category: String,
    /// One line.
    pub summary: String,
    /// The board's part of the docs (why it hurts, what good looks like) as HTML, headings
    /// from `<h3>` (`| safe`).
    pub docs_html: String,
}

/// Builds the context of the rules appendix.
pub(crate) fn rules_page<'a>(settings: &Settings, lang: Locale, css: &'a str) -> RulesPage<'a> {
    let rules = RULES
        .iter()
        .map(|rule| {
            let level = settings.level(*rule);
            RuleView {
                id: rule.name(),
                code: rule.code(),
                name: i18n::rule_name(rule.name(), lang),
                level: level.as_str(),
                level_label: i18n::level_label(level, lang),
                default_level_label: i18n::level_label(rule.default_level(), lang),
                category: rule.category().label(lang),
                summary: rule.summary(lang),
                docs_html: markdown::board_docs(rule.docs(lang.language()), lang.language()),
            }
        })
        .collect();
    RulesPage {
        base: Base::new(lang, css, "rules"),
        rules,
    }
}
