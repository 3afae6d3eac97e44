//! Where every value of a JSON text sits, found in one pass over the bytes.
//!
//! Diagnostics need byte ranges for JSON paths (`touchpoints[3].actor`), but only for files
//! that already parsed, and often for many paths per file. A general parser builds a full
//! tree of owned values; this index keeps just the ranges in a flat arena, so building it
//! costs about as much as reading the text once. It never panics: on text that is not JSON it
//! indexes what it could read.

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use super::json_path::{JsonPath, Segment};
use super::source::Spans;

const NONE: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct Node {
    key: Option<Range<u32>>,
    value: Range<u32>,
    first_child: u32,
    next_sibling: u32,
}

/// The ranges of every value (and object key) in a JSON text.
#[derive(Debug, Clone, Default)]
pub(super) struct SpanIndex {
    nodes: Vec<Node>,
    /// The elements of every long list, so `transitions[20000]` is one lookup and not a walk
    /// past 20,000 siblings (a walk per finding made diagnostics quadratic).
    elements: HashMap<u32, Vec<u32>>,
}

/// Lists shorter than this are walked; the table is for the long ones only.
const INDEXED_LIST: usize = 32;

impl SpanIndex {
    /// Indexes `text`.
    pub(super) fn build(text: &str) -> SpanIndex {
        let mut scanner = Scanner {
            bytes: text.as_bytes(),
            at: 0,
            nodes: Vec::new(),
            elements: HashMap::new(),
        };
        scanner.skip_space();
        scanner.value(None, 0);
        SpanIndex {
            nodes: scanner.nodes,
            elements: scanner.elements,
        }
    }

    /// The spans of the value at `path`, if it exists.
    pub(super) fn find(&self, text: &str, path: &JsonPath) -> Option<Spans> {
        let mut node = self.nodes.first()?;
        let mut node_index = 0u32;
        for segment in path.segments() {
            if let (Segment::Index(wanted), Some(children)) =
                (segment, self.elements.get(&node_index))
            {
                node_index = *children.get(*wanted)?;
                node = &self.nodes[node_index as usize];
                continue;
            }
            let mut child = node.first_child;
            let mut index = 0usize;
            // With a duplicate key the last one wins (as in serde_json), so it is the one meant.
            let mut last_match = None;
            let found = loop {
                if child == NONE {
                    match last_match {
                        Some((found, at)) => {
                            node_index = at;
                            break found;
                        }
                        None => return None,
                    }
                }
                let candidate = &self.nodes[child as usize];
                let matches = match segment {
                    Segment::Index(wanted) => *wanted == index,
                    Segment::Key(wanted) => candidate.key.as_ref().is_some_and(|key| {
                        let raw = &text[key.start as usize + 1
                            ..(key.end as usize)
                                .saturating_sub(1)
                                .max(key.start as usize + 1)];
                        raw == wanted
                    }),
                };
                if matches {
                    match segment {
                        Segment::Index(_) => {
                            node_index = child;
                            break candidate;
                        }
                        Segment::Key(_) => last_match = Some((candidate, child)),
                    }
                }
                index += 1;
                child = candidate.next_sibling;
            };
            node = found;
        }
        Some(Spans {
            value: node.value.start as usize..node.value.end as usize,
            key: node.key.as_ref().map(|k| k.start as usize..k.end as usize),
        })
    }
}

/// A key written twice in one object: serde_json keeps the last value and drops the first
/// without a word, so the loader warns about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DuplicateKey {
    /// The path of the field (it finds the second, winning value).
    pub(crate) path: JsonPath,
    /// The second key, which wins.
    pub(crate) second: Range<usize>,
    /// The first key, which is ignored.
    pub(crate) first: Range<usize>,
}

impl SpanIndex {
    /// Every key written more than once in the same object, in file order.
    pub(super) fn duplicate_keys(&self, text: &str) -> Vec<DuplicateKey> {
        let mut found = Vec::new();
        if !self.nodes.is_empty() {
            self.walk(text, 0, &JsonPath::root(), &mut found);
        }
        found.sort_by_key(|d| d.second.start);
        found
    }

    fn walk(&self, text: &str, node: u32, path: &JsonPath, found: &mut Vec<DuplicateKey>) {
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        let mut child = self.nodes[node as usize].first_child;
        let mut index = 0usize;
        while child != NONE {
            let candidate = &self.nodes[child as usize];
            let child_path = match &candidate.key {
                Some(key) => {
                    let range = key.start as usize..key.end as usize;
                    let name = key_name(text, &range);
                    match seen.get(name) {
                        Some(first) => found.push(DuplicateKey {
                            path: path.key(name),
                            second: range.clone(),
                            first: first.clone(),
                        }),
                        None => {
                            seen.insert(name, range.clone());
                        }
                    }
                    path.key(name)
                }
                None => path.index(index),
            };
            self.walk(text, child, &child_path, found);
            index += 1;
            child = candidate.next_sibling;
        }
    }
}

/// A key's text without its quotes, as written.
fn key_name<'t>(text: &'t str, key: &Range<usize>) -> &'t str {
    let start = (key.start + 1).min(key.end);
    let end = key.end.saturating_sub(1).max(start);
    text.get(start..end).unwrap_or_default()
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
    nodes: Vec<Node>,
    elements: HashMap<u32, Vec<u32>>,
}

/// Deeper nesting than this is not indexed (serde_json refuses it anyway).
const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
    fn skip_space(&mut self) {
        while self.at < self.bytes.len() && self.bytes[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Reads one value starting at `self.at`, pushing its node; returns the node's index.
    fn value(&mut self, key: Option<Range<u32>>, depth: usize) -> Option<u32> {
        let start = self.at;
        let index = self.nodes.len() as u32;
        self.nodes.push(Node {
            key,
            value: start as u32..start as u32,
            first_child: NONE,
            next_sibling: NONE,
        });
        match self.peek()? {
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut last = NONE;
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b'}') => {
                            self.at += 1;
                            break;
                        }
                        Some(b',') => {
                            self.at += 1;
                            continue;
                        }
                        Some(b'"') => {
                            let key_start = self.at;
                            self.string();
                            let key_range = key_start as u32..self.at as u32;
                            self.skip_space();
                            if self.peek() != Some(b':') {
                                break;
                            }
                            self.at += 1;
                            self.skip_space();
                            let Some(child) = self.value(Some(key_range), depth + 1) else {
                                break;
                            };
                            self.link(index, &mut last, child);
                        }
                        _ => break,
                    }
                }
            }
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut last = NONE;
                let mut children = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b']') => {
                            self.at += 1;
                            break;
                        }
                        Some(b',') => {
                            self.at += 1;
                            continue;
                        }
                        Some(_) => {
                            let Some(child) = self.value(None, depth + 1) else {
                                break;
                            };
                            self.link(index, &mut last, child);
                            children.push(child);
                        }
                        None => break,
                    }
                }
                if children.len() >= INDEXED_LIST {
                    self.elements.insert(index, children);
                }
            }
            b'"' => self.string(),
            _ => {
                while self.at < self.bytes.len()
                    && !matches!(
                        self.bytes[self.at],
                        b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'
                    )
                {
                    self.at += 1;
                }
                if self.at == start {
                    self.at += 1;
                }
            }
        }
        self.nodes[index as usize].value.end = self.at as u32;
        Some(index)
    }

    fn link(&mut self, parent: u32, last: &mut u32, child: u32) {
        if *last == NONE {
            self.nodes[parent as usize].first_child = child;
        } else {
            self.nodes[*last as usize].next_sibling = child;
        }
        *last = child;
    }

    /// Skips a string literal, escapes included.
    fn string(&mut self) {
        self.at += 1;
        while self.at < self.bytes.len() {
            match self.bytes[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return;
                }
                _ => self.at += 1,
            }
        }
        self.at = self.at.min(self.bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_keys_and_elements() {
        let text = r#"{"a": [1, {"b": "x\"y", "c": [true, null]}], "d": {}}"#;
        let index = SpanIndex::build(text);
        let find = |path: JsonPath| index.find(text, &path).map(|s| &text[s.value]);
        assert_eq!(
            find(JsonPath::root().key("a").index(1).key("b")),
            Some(r#""x\"y""#)
        );
        assert_eq!(
            find(JsonPath::root().key("a").index(1).key("c").index(1)),
            Some("null")
        );
        assert_eq!(find(JsonPath::root().key("d")), Some("{}"));
        assert_eq!(find(JsonPath::root().key("a").index(0)), Some("1"));
        assert_eq!(find(JsonPath::root().key("zz")), None);
        let spans = index.find(text, &JsonPath::root().key("d")).unwrap();
        assert_eq!(&text[spans.key.unwrap()], "\"d\"");
    }

    #[test]
    fn a_duplicate_key_finds_the_last_one_which_wins() {
        let text = r#"{"t": "first", "a": 1, "t": 5}"#;
        let index = SpanIndex::build(text);
        let spans = index.find(text, &JsonPath::root().key("t")).unwrap();
        assert_eq!(&text[spans.value], "5");
        assert_eq!(spans.key.map(|k| k.start), Some(23));
    }

    #[test]
    fn duplicate_keys_are_found_in_every_object_with_both_places() {
        let text = r#"{"t": 1, "a": [{"x": 1, "x": 2}], "t": 3, "t": 4}"#;
        let found = SpanIndex::build(text).duplicate_keys(text);
        let shown: Vec<(String, &str, usize)> = found
            .iter()
            .map(|d| (d.path.to_string(), &text[d.second.clone()], d.first.start))
            .collect();
        assert_eq!(
            shown,
            [
                ("a[0].x".to_owned(), "\"x\"", 16),
                ("t".to_owned(), "\"t\"", 1),
                ("t".to_owned(), "\"t\"", 1),
            ]
        );
        assert!(
            SpanIndex::build("{\"a\": {\"a\": 1}}")
                .duplicate_keys("{\"a\": {\"a\": 1}}")
                .is_empty()
        );
    }

    #[test]
    fn long_lists_are_found_by_position() {
        let items: Vec<String> = (0..1000).map(|i| format!("{{\"n\": {i}}}")).collect();
        let text = format!("{{\"t\": [{}]}}", items.join(", "));
        let index = SpanIndex::build(&text);
        let find = |path: JsonPath| index.find(&text, &path).map(|s| text[s.value].to_owned());
        assert_eq!(
            find(JsonPath::root().key("t").index(999).key("n")).as_deref(),
            Some("999")
        );
        assert_eq!(
            find(JsonPath::root().key("t").index(0)).as_deref(),
            Some("{\"n\": 0}")
        );
        assert_eq!(find(JsonPath::root().key("t").index(1000)), None);
    }

    #[test]
    fn never_panics_on_broken_text() {
        for text in [
            "", "{", "[1,", "{\"a\"", "{\"a\":", "\"abc", "}}}", "{\"a\\", "[[[[", "{,,}",
        ] {
            let index = SpanIndex::build(text);
            let _ = index.find(text, &JsonPath::root().key("a").index(0));
        }
    }
}
