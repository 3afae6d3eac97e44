//! One finding as the report shows it: on the journey page, in "fix these first" and among
//! the index's moments that matter most.

use crate::i18n::Locale;
use serde::Serialize;

use super::prepared::Prepared;
use crate::report::charts;
use crate::report::i18n;
use crate::rules::Finding;

/// One finding as the report shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    /// The anchor id on the journey page, e.g. `finding-3`.
    pub id: String,
    /// `error`, `warning` or `info`: a CSS class suffix.
    pub level: &'static str,
    /// The level in words, capitalised.
    pub level_label: String,
    /// The rule's slug, e.g. `missed-milestone`: for anchors and classes, not to show.
    pub rule: &'static str,
    /// The rule's name in words, e.g. "Missed milestone": what the page shows.
    pub rule_name: String,
    /// The rule's code, e.g. `TJM101`.
    pub code: &'static str,
    /// Link to the rule in the appendix: `rules.html#missed-milestone`.
    pub rule_href: String,
    /// The touchpoint's title.
    pub touchpoint: String,
    /// The touchpoint's number in reading order.
    pub number: usize,
    /// The stage's title.
    pub stage: String,
    /// What is wrong, worded for a board (no field names, options or rule slugs).
    pub message: String,
    /// What would help, worded for a board.
    pub help: String,
    /// `message` as HTML: escaped, with `code` in backticks as `<code>` (`| safe`).
    pub message_html: String,
    /// `help` as HTML: escaped, with `code` in backticks as `<code>` (`| safe`).
    pub help_html: String,
    /// The silence's reason, for silenced findings.
    pub silenced: Option<String>,
}

impl Prepared<'_> {
    /// The view of `finding`, the `index`-th of the journey's findings.
    pub(crate) fn finding_view(
        &self,
        index: usize,
        finding: &Finding,
        lang: Locale,
    ) -> FindingView {
        let touchpoint = finding.anchor.touchpoint();
        // The board's wording: no field names, options or rule slugs.
        let board = finding.board(lang);
        let board_fix = finding.board_fix(lang);
        FindingView {
            id: self.finding_ids[index].clone(),
            level: finding.level.as_str(),
            level_label: i18n::level_label(finding.level, lang),
            rule: finding.rule,
            rule_name: i18n::rule_name(finding.rule, lang),
            code: finding.code,
            rule_href: format!("rules.html#{}", finding.rule),
            touchpoint: self.j().touchpoints[touchpoint].title.clone(),
            number: self.number[touchpoint],
            stage: self.stage_title(touchpoint),
            message: sentence_case(&board),
            help: sentence_case(&board_fix),
            message_html: inline_code(&sentence_case(&board)),
            help_html: inline_code(&sentence_case(&board_fix)),
            silenced: finding.silenced.clone(),
        }
    }
}

/// The text with a capital first letter: messages are written for terminals, lower case.
pub(crate) fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// Escapes `text` for HTML and shows spans in backticks as `<code>`.
fn inline_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut parts = text.split('`');
    let count = text.matches('`').count();
    let mut i = 0;
    if let Some(first) = parts.next() {
        out.push_str(&charts::esc(first));
    }
    for part in parts {
        i += 1;
        // an unpaired last backtick stays a backtick
        let open = i % 2 == 1;
        if open && i == count && count % 2 == 1 {
            out.push('`');
            out.push_str(&charts::esc(part));
        } else if open {
            out.push_str("<code>");
            out.push_str(&charts::esc(part));
        } else {
            out.push_str("</code>");
            out.push_str(&charts::esc(part));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::inline_code;

    #[test]
    fn backticks_become_code_and_the_rest_is_escaped() {
        // Backtick spans become <code>, everything else is escaped, an unpaired backtick stays.
        assert_eq!(
            inline_code("set `attention.acknowledged` to <true>"),
            "set <code>attention.acknowledged</code> to &lt;true&gt;"
        );
        assert_eq!(inline_code("one ` only"), "one ` only");
        assert_eq!(
            inline_code("`<a>` and `b`"),
            "<code>&lt;a&gt;</code> and <code>b</code>"
        );
    }
}
