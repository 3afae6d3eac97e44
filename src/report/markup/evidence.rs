//! The evidence section's quotes (`EvidenceView::quotes_html`): the tenants' own words, then
//! the other voices, each list under its heading, as `partials/evidence.html` wrote them. A
//! hundred-touchpoint journey has some sixty quotes, and Tera looked up ten fields for each.

use super::{escape, given};
use crate::report::i18n::Texts;
use crate::report::view::section::evidence::EvidenceRow;

/// Both lists, each only when it has quotes; empty when there are none.
pub(crate) fn quotes(
    tenants: &[EvidenceRow],
    others: &[EvidenceRow],
    others_heading: &str,
    t: &Texts,
    text_lang: Option<&str>,
) -> String {
    let mut out = String::with_capacity(128 + 320 * (tenants.len() + others.len()));
    for (rows, heading, class) in [
        (tenants, t.quotes_heading, "quote"),
        (others, others_heading, "quote quote-other"),
    ] {
        if rows.is_empty() {
            continue;
        }
        out.push_str("<h3>");
        escape(&mut out, heading);
        out.push_str("</h3>\n<ul class=\"quote-list\">\n");
        for q in rows {
            quote(&mut out, q, class, text_lang);
        }
        out.push_str("</ul>\n");
    }
    out
}

fn quote(out: &mut String, q: &EvidenceRow, class: &str, text_lang: Option<&str>) {
    out.push_str("<li class=\"");
    out.push_str(class);
    out.push_str("\"><blockquote");
    if let Some(code) = text_lang.filter(|c| !c.is_empty()) {
        out.push_str(" lang=\"");
        escape(out, code);
        out.push('"');
    }
    out.push_str("><p>");
    if let Some(text) = given(&q.text) {
        escape(out, text);
    }
    out.push_str("</p></blockquote><p class=\"attribution\">");
    escape(out, &q.touchpoint);
    for part in [given(&q.source), given(&q.date)].into_iter().flatten() {
        out.push_str(" · ");
        escape(out, part);
    }
    out.push_str("</p></li>\n");
}
