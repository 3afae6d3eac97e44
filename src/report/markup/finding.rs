//! The journey page's list of findings (`JourneyPage::findings_html`): the active ones by
//! stage, then the silenced ones with their reasons, each as `partials/finding.html` wrote it.
//! The built-in `partials/findings.html` shows it under the section's heading.

use super::{escape, given, number};
use crate::report::i18n::Texts;
use crate::report::view::FindingView;
use crate::report::view::section::findings::StageFindings;

/// The list, from the first stage's heading to the end of the silenced findings (or the
/// all-clear line when there are none).
pub(crate) fn list(
    by_stage: &[StageFindings],
    silenced: &[FindingView],
    t: &Texts,
    text_lang: Option<&str>,
) -> String {
    let count = by_stage.iter().map(|g| g.findings.len()).sum::<usize>() + silenced.len();
    let mut out = String::with_capacity(256 + 1400 * count);
    if by_stage.is_empty() {
        out.push_str("<p class=\"all-clear\">");
        escape(&mut out, t.no_findings);
        out.push_str("</p>\n");
    }
    for group in by_stage {
        out.push_str("<h3 class=\"stage-heading\"");
        if let Some(code) = text_lang.filter(|c| !c.is_empty()) {
            out.push_str(" lang=\"");
            escape(&mut out, code);
            out.push('"');
        }
        out.push('>');
        escape(&mut out, &group.stage);
        out.push_str("</h3>\n<ul class=\"finding-list\">\n");
        for f in &group.findings {
            finding(&mut out, f, t);
        }
        out.push_str("</ul>\n");
    }
    if !silenced.is_empty() {
        out.push_str("<h3 class=\"stage-heading\">");
        escape(&mut out, t.silenced_heading);
        out.push_str("</h3>\n<p class=\"section-lead\">");
        escape(&mut out, t.silenced_lead);
        out.push_str("</p>\n<ul class=\"finding-list finding-list-silenced\">\n");
        for f in silenced {
            finding(&mut out, f, t);
        }
        out.push_str("</ul>\n");
    }
    out
}

/// One finding, as `partials/finding.html` wrote it, with the blank line the loop left after.
fn finding(out: &mut String, f: &FindingView, t: &Texts) {
    out.push_str("<li class=\"finding finding-");
    escape(out, f.level);
    out.push_str("\" id=\"");
    escape(out, &f.id);
    out.push_str("\">\n<p class=\"finding-head\">");
    level(out, f.level, &f.level_label);
    out.push_str("\n <span class=\"finding-touchpoint\">");
    number(out, f.number);
    out.push_str(". ");
    escape(out, &f.touchpoint);
    out.push_str("</span></p>\n<p class=\"finding-message\">");
    out.push_str(&f.message_html);
    out.push_str("</p>\n<p class=\"finding-help\"><span class=\"label\">");
    escape(out, t.what_helps);
    out.push_str(":</span> ");
    out.push_str(&f.help_html);
    out.push_str("</p>\n");
    if let Some(reason) = given(&f.silenced) {
        out.push_str("<p class=\"finding-reason\"><span class=\"label\">");
        escape(out, t.reason);
        out.push_str(":</span> ");
        escape(out, reason);
        out.push_str("</p>\n");
    }
    out.push_str("<p class=\"finding-rule\">");
    if let Some(tenants) = given(&f.tenants) {
        out.push_str("<span class=\"finding-tenants\">");
        escape(out, tenants);
        out.push_str("</span> · ");
    }
    out.push_str("<a href=\"");
    escape(out, &f.rule_href);
    out.push_str("\">");
    escape(out, &f.rule_name);
    out.push_str("</a> <span class=\"code\">");
    escape(out, f.code);
    out.push_str("</span></p>\n</li>\n\n");
}

/// The level badge, as `partials/level.html` wrote it (without its last newline).
pub(crate) fn level(out: &mut String, level: &str, label: &str) {
    out.push_str("<span class=\"level level-");
    escape(out, level);
    out.push_str("\"><svg class=\"level-icon\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 16 16\" width=\"14\" height=\"14\">");
    out.push_str(match level {
        "error" => {
            r#"<rect x="2" y="2" width="12" height="12" rx="2"/><rect class="icon-mark" x="7" y="4.5" width="2" height="5"/><rect class="icon-mark" x="7" y="10.5" width="2" height="2"/>"#
        }
        "warning" => {
            r#"<polygon points="8,1.5 15.2,14.5 0.8,14.5"/><rect class="icon-mark" x="7" y="6" width="2" height="4.5"/><rect class="icon-mark" x="7" y="11.3" width="2" height="1.9"/>"#
        }
        _ => {
            r#"<circle cx="8" cy="8" r="6.5"/><rect class="icon-mark" x="7" y="7" width="2" height="5"/><rect class="icon-mark" x="7" y="4" width="2" height="2"/>"#
        }
    });
    out.push_str("</svg>");
    escape(out, label);
    out.push_str("</span>");
}
