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
    /// "about 5,500 tenants a year", where the page knows the journey's volume.
    pub tenants: Option<String>,
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
        // the journey's own text in a sentence of another language keeps its language
        let own = self.j().language.code();
        let quoted = (own != lang.code()).then_some(own);
        let message = sentence_case(&board);
        let help = sentence_case(&board_fix);
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
            // worded once; again with marks only when journey text needs its own language
            message_html: match quoted {
                None => inline_code(&message),
                Some(_) => message_html(lang, &finding.message_id("board"), &finding.args, quoted),
            },
            help_html: match quoted {
                None => inline_code(&help),
                Some(_) => message_html(
                    lang,
                    &finding.message_id("board-fix"),
                    &finding.args,
                    quoted,
                ),
            },
            message,
            help,
            silenced: finding.silenced.clone(),
            tenants: None,
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

/// Private-use brackets mark where each quoted journey text goes while its sentence is escaped;
/// they are removed from the texts themselves, so the marks stay unambiguous.
const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

/// A message as HTML: escaped, backtick spans as `<code>`, and, when `quoted` names a language,
/// every piece of journey text in it (a title, a stage) wrapped in `<span lang="…">`, so screen
/// readers pronounce it and browsers hyphenate it in its own language (WCAG 2.1, 3.1.2
/// language of parts): "De huurder wacht op <span lang="en">Main repair visit</span>".
pub(crate) fn message_html(
    lang: Locale,
    id: &str,
    args: &crate::i18n::Args,
    quoted: Option<&str>,
) -> String {
    // findings are worded for terminals, in lower case: a page starts them with a capital
    let worded = |args: &crate::i18n::Args| sentence_case(&crate::i18n::message(lang, id, args));
    quoting(args, quoted, |_| true, worded)
}

/// A board message as HTML, worded as written (no capital added), marking only the text
/// arguments `is_journey_text` names: a message that also carries other sentences (a fix in
/// the page's own language) as text.
pub(crate) fn message_html_quoting(
    lang: Locale,
    id: &str,
    args: &crate::i18n::Args,
    quoted: Option<&str>,
    is_journey_text: impl Fn(&str) -> bool,
) -> String {
    quoting(args, quoted, is_journey_text, |args| {
        crate::i18n::message(lang, id, args)
    })
}

fn quoting(
    args: &crate::i18n::Args,
    quoted: Option<&str>,
    is_journey_text: impl Fn(&str) -> bool,
    worded: impl Fn(&crate::i18n::Args) -> String,
) -> String {
    let Some(quoted) = quoted else {
        return inline_code(&worded(args));
    };
    let mut texts = Vec::new();
    let marked = args.map_texts(|k, name, text| {
        texts.push(text.replace([OPEN, CLOSE], ""));
        if is_journey_text(name) {
            format!("{OPEN}{k}{CLOSE}")
        } else {
            text.replace([OPEN, CLOSE], "")
        }
    });
    let html = inline_code(&worded(&marked));
    let mut out = String::with_capacity(html.len() + 32 * texts.len());
    let mut rest = html.as_str();
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        let Some(end) = after.find(CLOSE) else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        match after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|k| texts.get(k))
        {
            Some(text) => {
                out.push_str("<span lang=\"");
                out.push_str(quoted);
                out.push_str("\">");
                out.push_str(&charts::esc(text));
                out.push_str("</span>");
            }
            None => out.push_str(&after[..end]),
        }
        rest = &after[end + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
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
    use super::{inline_code, message_html};
    use crate::i18n::{Args, Locale};

    #[test]
    fn journey_text_quoted_in_another_language_keeps_its_own_lang_and_is_escaped() {
        let args = Args::new()
            .text("title", "Main <repair> visit")
            .text("wait", "7 weeks")
            .count("limit", 14u64)
            .key("kind", "visit")
            .key("bad", "yes");
        let id = "long-wait-board";
        let plain = message_html(Locale::Nl, id, &args, None);
        assert!(plain.contains("Main &lt;repair&gt; visit"), "{plain}");
        assert!(!plain.contains("<span"), "{plain}");
        let marked = message_html(Locale::Nl, id, &args, Some("en"));
        assert!(
            marked.contains("<span lang=\"en\">Main &lt;repair&gt; visit</span>"),
            "{marked}"
        );
        assert!(
            marked.contains("<span lang=\"en\">7 weeks</span>"),
            "{marked}"
        );
        // the same sentence once the marks are taken out
        let unmarked = marked
            .replace("<span lang=\"en\">", "")
            .replace("</span>", "");
        assert_eq!(unmarked, plain);
    }

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
