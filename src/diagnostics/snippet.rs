//! The few lines of a file around one span, as miette's `SourceCode`.
//!
//! Handing miette the whole file costs a walk from byte 0 per diagnostic (quadratic over a
//! file of many findings) and a line of minified JSON is one line of megabytes, which miette
//! cannot draw (it panics past column 65,535). A snippet is built from the file's line index
//! instead: only the lines around the span, each long line cut to a window around the column
//! and marked with `…`, control characters shown as escapes. Line numbers and the column in
//! the header stay those of the file.

use std::ops::Range;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::load::SourceFile;
use crate::output::terminal::{safe_line, safe_path};

/// Characters shown on each side of the column in a long line.
const WINDOW: usize = 60;

/// Lines up to this many bytes are shown whole.
const LONG_LINE: usize = 200;

/// A span over more lines than this is shown on its first line only.
const MAX_SPAN_LINES: usize = 8;

/// A window of a file: its text, where it starts, and where the label sits in it.
#[derive(Debug)]
pub(super) struct Snippet {
    name: String,
    text: String,
    /// 0-based file line of the snippet's first line.
    first_line: usize,
    /// The label's byte range in `text`.
    label: Range<usize>,
    /// 0-based character column in the file of the label's start.
    column: usize,
}

impl Snippet {
    /// The lines around `span` in `file`, with `context` lines before and after.
    pub(super) fn new(file: &SourceFile, span: Range<usize>, context: usize) -> Snippet {
        let text = file.text();
        let lines = file.lines();
        let start = floor_boundary(text, span.start.min(text.len()));
        let mut end = floor_boundary(text, span.end.clamp(start, text.len()));
        let start_line = lines.line_of(start);
        let mut end_line = lines.line_of(end);
        if end_line > start_line + MAX_SPAN_LINES {
            end_line = start_line;
            end = lines.line_range(text, start_line).end.max(start);
        }
        let first_line = start_line.saturating_sub(context);
        let last_line = (end_line + context).min(lines.line_count() - 1);
        let start_range = lines.line_range(text, start_line);
        let column_bytes = start - start_range.start;

        let mut out = String::new();
        let mut label_start = 0;
        let mut label_end = None;
        for line in first_line..=last_line {
            let range = lines.line_range(text, line);
            let window = if range.len() <= LONG_LINE {
                range.clone()
            } else if line == start_line {
                let (to_span_end, _) = walk_forward(text, start, end.min(range.end), WINDOW);
                let (after, _) = walk_forward(text, to_span_end, range.end, WINDOW);
                walk_back(text, start, range.start, WINDOW)..after
            } else if line == end_line {
                let before = walk_back(text, end, range.start, 2 * WINDOW);
                before..walk_forward(text, end, range.end, WINDOW / 2).0
            } else {
                // Context lines are cut at the same place, so the columns stay aligned.
                let at = floor_boundary(text, (range.start + column_bytes).min(range.end));
                walk_back(text, at, range.start, WINDOW)
                    ..walk_forward(text, at, range.end, WINDOW).0
            };
            let end_here = (line == end_line).then(|| end.clamp(window.start, window.end));
            if line > first_line {
                out.push('\n');
            }
            if window.start > range.start {
                out.push('…');
            }
            let mut at = window.start;
            for c in text[window.clone()].chars() {
                if line == start_line && at == start {
                    label_start = out.len();
                }
                if end_here == Some(at) {
                    label_end = Some(out.len());
                }
                let width = c.len_utf8();
                out.push_str(&safe_line(&text[at..at + width]));
                at += width;
            }
            if line == start_line && at == start {
                label_start = out.len();
            }
            if end_here == Some(at) {
                label_end = Some(out.len());
            }
            if window.end < range.end {
                out.push('…');
            }
        }
        let label_end = label_end.unwrap_or(label_start).max(label_start);
        Snippet {
            name: safe_path(file.path()),
            text: out,
            first_line,
            label: label_start..label_end,
            column: lines.position(text, start).1,
        }
    }

    /// Where the span sits in the snippet: the offsets to give miette's label.
    pub(super) fn label(&self) -> Range<usize> {
        self.label.clone()
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let contents =
            self.text
                .as_str()
                .read_span(span, context_lines_before, context_lines_after)?;
        // The header shows the file's column, counted in characters like everywhere else.
        let column = if span.offset() == self.label.start && context_lines_before == 0 {
            self.column
        } else {
            contents.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            *contents.span(),
            contents.line() + self.first_line,
            column,
            contents.line_count(),
        )))
    }
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The offset `chars` characters before `from`, not before `limit`.
fn walk_back(text: &str, from: usize, limit: usize, chars: usize) -> usize {
    text[limit..from]
        .char_indices()
        .rev()
        .take(chars)
        .last()
        .map_or(from, |(i, _)| limit + i)
}

/// The offset `chars` characters after `from`, not past `limit`, and how many were passed.
fn walk_forward(text: &str, from: usize, limit: usize, chars: usize) -> (usize, usize) {
    let limit = limit.max(from);
    let mut count = 0;
    let mut at = from;
    for c in text[from..limit].chars().take(chars) {
        at += c.len_utf8();
        count += 1;
    }
    (at, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snippet(text: &str, span: Range<usize>) -> Snippet {
        Snippet::new(&SourceFile::new("x.json", text.to_owned()), span, 1)
    }

    #[test]
    fn short_lines_are_shown_whole_with_their_neighbours() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2\n}\n";
        let at = text.find("\"a\"").unwrap();
        let s = snippet(text, at..at + 3);
        assert_eq!(s.text, "{\n  \"a\": 1,\n  \"b\": 2");
        assert_eq!(&s.text[s.label()], "\"a\"");
        assert_eq!((s.first_line, s.column), (0, 2));
    }

    #[test]
    fn a_long_line_is_cut_to_a_window_around_the_column() {
        let text = format!("{{\"pad\": \"{}\", \"x\": 1}}", "é".repeat(70_000));
        let at = text.find("\"x\"").unwrap();
        let s = snippet(&text, at..at + 3);
        assert!(s.text.starts_with('…'), "{}", s.text);
        assert!(s.text.ends_with("\"x\": 1}"), "{}", s.text);
        assert!(s.text.chars().count() < 2 * WINDOW + 10, "{}", s.text);
        assert_eq!(&s.text[s.label()], "\"x\"");
        assert_eq!(s.column, 70_000 + 12);
    }

    #[test]
    fn a_long_span_is_cut_and_control_characters_are_escaped() {
        let text = format!("[\"\u{1b}[2J{}\"]", "a".repeat(10_000));
        let s = snippet(&text, 1..text.len() - 1);
        assert!(!s.text.contains('\u{1b}'), "{}", s.text);
        assert!(s.text.starts_with("[\"\\u{1b}[2J"), "{}", s.text);
        assert!(s.text.ends_with('…'), "{}", s.text);
        assert!(s.label().end <= s.text.len() - '…'.len_utf8());
    }

    #[test]
    fn a_span_at_the_end_of_the_text_is_empty_and_safe() {
        let s = snippet("{\"a\": ", 6..6);
        assert_eq!(s.label(), 6..6);
        let contents = s.read_span(&(6, 0).into(), 0, 0).unwrap();
        assert_eq!((contents.line(), contents.column()), (0, 6));
    }

    #[test]
    fn any_span_over_mixed_lines_renders_without_panic() {
        // Short and long lines, CRLF, multi-byte characters, a control character, no final
        // newline: every span gives a label inside the snippet that miette can draw.
        let text = format!(
            "{{\r\n  \"a\": \"é\u{1b}\",\n{}\n\n  \"b\": [{}]\r\n}}",
            "ü".repeat(400),
            "1, ".repeat(300)
        );
        let file = SourceFile::new("x.json", text.clone());
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &start in boundaries.iter().step_by(11) {
            for &end in boundaries
                .iter()
                .filter(|&&e| e >= start)
                .step_by(97)
                .take(12)
            {
                let snippet = Snippet::new(&file, start..end, 1);
                let label = snippet.label();
                assert!(label.end <= snippet.text.len(), "{start}..{end}");
                assert!(snippet.text.is_char_boundary(label.start));
                assert!(snippet.text.is_char_boundary(label.end));
                assert!(!snippet.text.contains('\u{1b}'));
                let diagnostic = miette::MietteDiagnostic::new("m").with_label(
                    miette::LabeledSpan::new(Some("l".into()), label.start, label.len()),
                );
                let report = miette::Report::new(diagnostic).with_source_code(snippet);
                let mut out = String::new();
                handler.render_report(&mut out, report.as_ref()).unwrap();
                assert!(out.contains("x.json:"), "{out}");
            }
        }
    }
}
