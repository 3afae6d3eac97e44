//! Lines and columns of a text, found in one pass and then answered without walking the
//! text again.
//!
//! Diagnostics ask "which line, which column" once per finding; a file of 30,000 findings
//! must not be walked 30,000 times. Line starts answer the line with a binary search. A
//! column counts characters: on an ordinary line they are counted from the line's start, and
//! for a long line (minified JSON is one line of megabytes) from a table of the characters
//! before every block of [`BLOCK`] bytes, built on first need: a column then costs at most one
//! block's walk, however long the line.

use std::ops::Range;
use std::sync::OnceLock;

/// Bytes per block of the character count table.
const BLOCK: usize = 4096;

/// Where each line starts, and how many characters precede each block.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    chars_before_block: OnceLock<Vec<usize>>,
    len: usize,
}

impl LineIndex {
    /// Indexes `text` in one pass.
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            starts,
            chars_before_block: OnceLock::new(),
            len: text.len(),
        }
    }

    fn blocks(&self, text: &str) -> &[usize] {
        self.chars_before_block.get_or_init(|| {
            let bytes = text.as_bytes();
            let mut table = Vec::with_capacity(bytes.len() / BLOCK + 2);
            let mut chars = 0;
            for block in bytes.chunks(BLOCK) {
                table.push(chars);
                chars += count_chars(block);
            }
            table.push(chars);
            table
        })
    }

    /// Number of lines (a text without a newline has one).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line holding byte `offset` (offsets past the end count as the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts.partition_point(|&start| start <= offset).max(1) - 1
    }

    /// The bytes of 0-based line `line`, without its line break (`\n` or `\r\n`).
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).map_or(self.len, |&next| next - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' && end < self.len {
            end -= 1;
        }
        start..end
    }

    /// Characters in `text[..offset]`; `offset` need not be a character boundary.
    pub fn chars_before(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(self.len);
        let block = offset / BLOCK;
        let from = block * BLOCK;
        self.blocks(text)[block] + count_chars(&text.as_bytes()[from..offset])
    }

    /// 0-based line and 0-based character column of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.len);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = if offset - start <= BLOCK {
            count_chars(&text.as_bytes()[start..offset])
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start)
        };
        (line, column)
    }

    /// Byte offset of 1-based `line` and 1-based byte `column` (as serde_json counts), moved
    /// back to the start of the character it falls in; the end of the text past the last line.
    pub fn offset_of(&self, text: &str, line: usize, column: usize) -> usize {
        let Some(&start) = line.checked_sub(1).and_then(|l| self.starts.get(l)) else {
            return self.len;
        };
        let end = self.starts.get(line).copied().unwrap_or(self.len);
        let mut offset = (start + column.saturating_sub(1)).min(end);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// Characters in a run of UTF-8 bytes (which may start or end inside a character).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| is_char_start(b)).count()
}

/// UTF-8 continuation bytes are `10xxxxxx`; every other byte starts a character.
fn is_char_start(byte: u8) -> bool {
    byte & 0b1100_0000 != 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_character_columns() {
        let text = "ab\ncdé\r\nf";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 3);
        assert_eq!(index.position(text, 0), (0, 0));
        assert_eq!(index.position(text, 5), (1, 2));
        // After the two-byte `é`, the column counts one character.
        assert_eq!(index.position(text, 7), (1, 3));
        assert_eq!(index.line_range(text, 1), 3..7);
        assert_eq!(index.line_range(text, 2), 9..10);
        // Byte column 4 falls inside `é`: back to its start.
        assert_eq!(index.offset_of(text, 2, 4), 5);
        assert_eq!(index.offset_of(text, 9, 1), text.len());
    }

    #[test]
    fn columns_far_into_one_long_line_count_characters() {
        let text = format!("{}{}x", "é".repeat(5000), "a".repeat(70_000));
        let index = LineIndex::new(&text);
        let x = text.len() - 1;
        assert_eq!(index.position(&text, x), (0, 75_000));
        assert_eq!(index.chars_before(&text, 10_000), 5000);
        assert_eq!(index.chars_before(&text, 12_345), 7345);
    }
}
