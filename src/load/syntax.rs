//! The JSON syntax slips people make most, told in their words: a comma after the last item,
//! two commas in a row, and comments (JSON has none). serde_json only says where it stopped
//! ("trailing comma", "key must be a string"); the text around that place says what happened.

use crate::i18n::{Args, Locale, message, text};

/// A recognised slip: the bytes to point at, what is wrong and the fix, worded in the locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Slip {
    /// Where the slip is: the comma or the comment.
    pub(super) span: std::ops::Range<usize>,
    /// What is wrong.
    pub(super) detail: String,
    /// How to fix it.
    pub(super) help: String,
}

/// Explains the syntax error serde_json reported at `offset` with `reason`, when it is one of
/// the common slips.
pub(super) fn explain(source: &str, offset: usize, reason: &str, locale: Locale) -> Option<Slip> {
    let offset = floor_char(source, offset.min(source.len()));
    let rest = &source[offset..];
    if rest.starts_with("//") || rest.starts_with("/*") {
        let end = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else {
            rest.find("*/").map_or(rest.len(), |e| e + 2)
        };
        let end = offset + rest[..end].trim_end().len();
        return Some(Slip {
            span: offset..end,
            detail: text(locale, "load-syntax-comment"),
            help: text(locale, "load-syntax-comment-help"),
        });
    }
    // Quotes pasted from a word processor (“…”) or written the Python way ('…').
    if let Some(quote) = rest.chars().next().filter(|c| "“”„‘’'".contains(*c)) {
        let id = if quote == '\'' {
            "load-syntax-single-quote"
        } else {
            "load-syntax-curly-quote"
        };
        let args = Args::new().text("quote", quote.to_string());
        return Some(Slip {
            span: offset..offset + quote.len_utf8(),
            detail: message(locale, id, &args),
            help: text(locale, "load-syntax-quote-help"),
        });
    }
    let before = source[..offset].trim_end();
    if rest.starts_with(',') && before.ends_with(',') {
        // serde_json stops at the second of two commas.
        let first = before.len() - 1;
        return Some(Slip {
            span: offset..offset + 1,
            detail: text(locale, "load-syntax-double-comma"),
            help: message(
                locale,
                "load-syntax-double-comma-help",
                &Args::new().text("before", tail(&source[..first])),
            ),
        });
    }
    if reason.contains("trailing comma") && before.ends_with(',') {
        let comma = before.len() - 1;
        return Some(Slip {
            span: comma..comma + 1,
            detail: text(locale, "load-syntax-trailing-comma"),
            help: message(
                locale,
                "load-syntax-help-comma-after",
                &Args::new().text("before", tail(&source[..comma])),
            ),
        });
    }
    None
}

/// The end of the text before a comma, as the user sees it: the last line with something on
/// it, at most 32 characters of it.
fn tail(text: &str) -> String {
    let line = text
        .trim_end()
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .trim();
    let count = line.chars().count();
    if count <= 32 {
        return line.to_owned();
    }
    let cut: String = line.chars().skip(count - 31).collect();
    // Start at a word, not halfway through one.
    let cut = match cut.split_once(' ') {
        Some((_, rest)) if !rest.is_empty() => rest.to_owned(),
        _ => cut,
    };
    format!("…{cut}")
}

fn floor_char(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(text: &str) -> Option<Slip> {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let offset = crate::load::SourceFile::new("x.json", text.to_owned())
            .offset_of(error.line(), error.column());
        explain(text, offset, &error.to_string(), Locale::En)
    }

    #[test]
    fn a_trailing_comma_points_at_the_comma_and_names_what_is_before_it() {
        let text = "{\n  \"stages\": [\n    {\"id\": \"s\", \"title\": \"S\"},\n  ]\n}";
        let found = slip(text).unwrap();
        assert_eq!(&text[found.span.clone()], ",");
        assert_eq!(found.span.start, text.find("},").unwrap() + 1);
        assert_eq!(
            found.help,
            "remove the comma after `{\"id\": \"s\", \"title\": \"S\"}`: nothing may follow the last item of a list or object"
        );
    }

    #[test]
    fn two_commas_and_comments_are_named() {
        let found = slip("{\"id\": \"x\",, \"title\": \"X\"}").unwrap();
        assert_eq!(found.span, 11..12);
        let long = r#"{"id": "ask", "stage": "s", "title": "Tenant asks",, "a": 1}"#;
        let help = slip(long).unwrap().help;
        assert!(
            help.contains("after `…\"s\", \"title\": \"Tenant asks\"`"),
            "{help}"
        );
        assert!(
            found.help.contains("after `{\"id\": \"x\"`"),
            "{}",
            found.help
        );
        let found = slip("[1,,2]").unwrap();
        assert_eq!(found.span, 3..4);
        for text in [
            "{\n  // a note\n  \"id\": \"x\"\n}",
            "{\"id\": \"x\" /* a note */}",
        ] {
            let found = slip(text).unwrap();
            assert!(text[found.span.clone()].contains("a note"), "{text}");
            assert!(found.detail.contains("no comments"), "{}", found.detail);
        }
        assert_eq!(slip("{\"id\" \"x\"}"), None);
        for (text, quote) in [("{\"id\": “x”}", "“"), ("{'id': 'x'}", "'")] {
            let found = slip(text).unwrap();
            assert_eq!(&text[found.span.clone()], quote);
            assert!(
                found.help.contains("straight double quotes"),
                "{}",
                found.help
            );
        }
    }

    #[test]
    fn long_lines_are_cut_from_the_left() {
        let long = format!("\"title\": \"{}\"", "a".repeat(50));
        let shown = tail(&long);
        assert!(
            shown.starts_with('…') && shown.ends_with("aaa\""),
            "{shown}"
        );
        assert_eq!(shown.chars().count(), 32);
        assert_eq!(tail("  {\"a\": 1}\n  \n"), "{\"a\": 1}");
    }
}
