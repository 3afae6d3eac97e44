//! A journey file's text, kept for diagnostics, and the map from JSON paths to byte ranges.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::json_path::JsonPath;
use super::line_index::LineIndex;
use super::span_index::SpanIndex;

/// The text of one loaded file. Positions are found lazily: the fast path never needs them.
#[derive(Debug)]
pub struct SourceFile {
    path: PathBuf,
    text: String,
    line_index: OnceLock<LineIndex>,
    span_index: OnceLock<SpanIndex>,
}

/// Where a JSON path sits in the text: the value, and the key in front of it when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spans {
    /// The byte range of the value.
    pub value: Range<usize>,
    /// The byte range of the field name, for values inside an object.
    pub key: Option<Range<usize>>,
}

/// A 1-based line and column, as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineColumn {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl SourceFile {
    /// Wraps a file's text; `path` is shown in diagnostics as given.
    pub fn new(path: impl Into<PathBuf>, text: String) -> SourceFile {
        SourceFile {
            path: path.into(),
            text,
            line_index: OnceLock::new(),
            span_index: OnceLock::new(),
        }
    }

    /// The file's path as the user named it.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file's lines, indexed on first use (the fast path never needs them).
    pub fn lines(&self) -> &LineIndex {
        self.line_index.get_or_init(|| LineIndex::new(&self.text))
    }

    /// Line and column of a byte offset.
    pub fn line_column(&self, offset: usize) -> LineColumn {
        let (line, column) = self.lines().position(&self.text, offset);
        LineColumn {
            line: line + 1,
            column: column + 1,
        }
    }

    /// Byte offset of a 1-based line and column (as serde_json reports them: the column
    /// counts bytes, not characters), moved back to the start of the character it falls in.
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        self.lines().offset_of(&self.text, line, column)
    }

    /// Finds where a JSON path sits in the text. `None` when the path does not exist (for
    /// instance a missing field) or the text does not parse. The text is indexed once, on the
    /// first call, into a map of every path.
    pub fn spans(&self, path: &JsonPath) -> Option<Spans> {
        self.span_index
            .get_or_init(|| SpanIndex::build(&self.text))
            .find(&self.text, path)
    }

    /// Every key written twice in one object (the text is indexed once, as for [`Self::spans`]).
    pub(crate) fn duplicate_keys(&self) -> Vec<super::span_index::DuplicateKey> {
        self.span_index
            .get_or_init(|| SpanIndex::build(&self.text))
            .duplicate_keys(&self.text)
    }

    /// The span a diagnostic should point at for a path: the nearest existing ancestor's
    /// value when the path itself does not exist.
    pub fn best_span(&self, path: &JsonPath, prefer_key: bool) -> Option<Range<usize>> {
        let mut current = Some(path.clone());
        while let Some(path) = current {
            if let Some(spans) = self.spans(&path) {
                return Some(match (prefer_key, spans.key) {
                    (true, Some(key)) => key,
                    _ => head_of(&self.text, spans.value),
                });
            }
            current = path.parent();
        }
        None
    }
}

/// Objects and arrays span many lines; a label reads better on their first line only.
fn head_of(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    match slice.find('\n') {
        Some(newline) => range.start..range.start + newline.max(1),
        None => range,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_and_keys_by_path() {
        let text = "{\n  \"touchpoints\": [\n    {\"id\": \"a\", \"actor\": \"kcc\"}\n  ]\n}\n";
        let file = SourceFile::new("x.json", text.to_owned());
        let path = JsonPath::root().key("touchpoints").index(0).key("actor");
        let spans = file.spans(&path).unwrap();
        assert_eq!(&text[spans.value.clone()], "\"kcc\"");
        assert_eq!(&text[spans.key.unwrap()], "\"actor\"");
        assert_eq!(
            file.line_column(spans.value.start),
            LineColumn {
                line: 3,
                column: 26
            }
        );
        assert!(file.spans(&JsonPath::root().key("nope")).is_none());
    }

    #[test]
    fn converts_line_and_column_back_to_offsets() {
        let file = SourceFile::new("x.json", "ab\ncdé\nf".to_owned());
        assert_eq!(file.offset_of(2, 3), 5);
        assert_eq!(file.line_column(5), LineColumn { line: 2, column: 3 });
        assert_eq!(file.offset_of(9, 1), file.text().len());
    }

    #[test]
    fn serde_columns_count_bytes_not_characters() {
        // serde_json reports `"x"` in this line at byte column 16 (character column 13).
        let text = r#"{"t": "ééé" "x"}"#;
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let file = SourceFile::new("x.json", text.to_owned());
        let offset = file.offset_of(error.line(), error.column());
        assert_eq!(&text[offset..], r#""x"}"#);
        assert_eq!(
            file.line_column(offset),
            LineColumn {
                line: 1,
                column: 13
            }
        );
        // A column inside a multi-byte character lands on its start.
        assert_eq!(file.offset_of(1, 9), 7);
    }
}
