//! A location inside a JSON document, written the way a policy advisor reads it: `touchpoints[3].actor`.

use std::fmt;

use crate::i18n::{self, Locale};

/// One step into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A field of an object.
    Key(String),
    /// An element of an array.
    Index(usize),
}

/// A path from the document root to a value; the root itself is the empty path.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(Vec<Segment>);

impl JsonPath {
    /// The document root.
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    /// The path as a person reads it: the root, empty in `Display` (as in JSON Pointer, for
    /// machine output), is named in words.
    pub fn describe(&self, locale: Locale) -> String {
        if self.0.is_empty() {
            i18n::text(locale, "input-whole-file")
        } else {
            self.to_string()
        }
    }

    /// This path extended by a field name.
    pub fn key(&self, key: impl Into<String>) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.into()));
        JsonPath(segments)
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        JsonPath(segments)
    }

    /// This path followed by all of `other`.
    pub fn join(&self, other: &JsonPath) -> JsonPath {
        let mut segments = self.0.clone();
        segments.extend(other.0.iter().cloned());
        JsonPath(segments)
    }

    /// The steps of the path, from the root.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// The path without its last step, or `None` at the root.
    pub fn parent(&self) -> Option<JsonPath> {
        let (_, rest) = self.0.split_last()?;
        Some(JsonPath(rest.to_vec()))
    }

    /// The last field name on the path, e.g. `actor` for `touchpoints[3].actor`.
    pub fn last_key(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|segment| match segment {
            Segment::Key(key) => Some(key.as_str()),
            Segment::Index(_) => None,
        })
    }

    /// True for the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn from_serde_path(path: &serde_path_to_error::Path) -> JsonPath {
        JsonPath(
            path.iter()
                .filter_map(|segment| match segment {
                    serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
                    serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
                    serde_path_to_error::Segment::Enum { .. }
                    | serde_path_to_error::Segment::Unknown => None,
                })
                .collect(),
        )
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_policy_advisor_reads_it() {
        let path = JsonPath::root().key("touchpoints").index(3).key("actor");
        assert_eq!(path.to_string(), "touchpoints[3].actor");
        assert_eq!(path.last_key(), Some("actor"));
        assert_eq!(path.parent().unwrap().to_string(), "touchpoints[3]");
        assert_eq!(JsonPath::root().to_string(), "");
        assert_eq!(JsonPath::root().describe(Locale::En), "(the whole file)");
        assert_eq!(JsonPath::root().describe(Locale::Nl), "(het hele bestand)");
        assert_eq!(path.describe(Locale::Nl), "touchpoints[3].actor");
    }
}
