//! Markup tjm writes itself for the parts of a page Tera would walk cell by cell: a data
//! table, the journey map's grid, the list of findings, the quotes. Each writes the same bytes its
//! built-in template wrote, escaped as Tera escapes, in one pass over the view; a test per
//! part keeps the old template and compares.
//!
//! Why: on journeys of 100 touchpoints Tera's variable lookups in those loops, and serialising
//! every cell into its context, were half of a report's time. The built-in templates show this
//! markup with `| safe`; a theme with templates of its own gets the view's every field, as
//! before, and loops over them itself (see `view::Detail`).

pub(crate) mod evidence;
pub(crate) mod finding;
pub(crate) mod journey_map;
pub(crate) mod table;

/// `text` escaped as Tera's autoescape does (`tera::escape_html`), without a new string.
pub(crate) fn escape(out: &mut String, text: &str) {
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#x27;",
            b'/' => "&#x2F;",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&text[start..]);
}

/// ` class="…"` when set and not empty, as `{% if x.class %} class="{{ x.class }}"{% endif %}`.
pub(crate) fn class(out: &mut String, class: Option<&str>) {
    if let Some(class) = class.filter(|c| !c.is_empty()) {
        out.push_str(" class=\"");
        escape(out, class);
        out.push('"');
    }
}

/// The text when a template's `{% if x %}` holds: set and not empty (Tera's truth).
pub(crate) fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().filter(|t| !t.is_empty())
}

/// A number as Tera prints it.
pub(crate) fn number(out: &mut String, n: impl std::fmt::Display) {
    use std::fmt::Write as _;
    let _ = write!(out, "{n}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_tera_does() {
        let text = "a&b<c>d\"e'f/g é";
        let mut out = String::new();
        escape(&mut out, text);
        assert_eq!(out, tera::escape_html(text));
    }
}
