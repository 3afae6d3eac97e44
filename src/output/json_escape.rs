//! Pretty JSON with every control character escaped, for exports that may go to a terminal.
//!
//! serde_json escapes C0 controls (`\u001b`) but writes DEL and the C1 controls (U+0080–U+009F,
//! among them the 8-bit CSI U+009B) and the bidirectional overrides as they are, which a
//! terminal can obey. Written as `\u009b` they are the same JSON string to every reader.

use std::io::{self, Write as _};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

/// `value` as pretty JSON (two-space indent, like `serde_json::to_string_pretty`), with DEL, C1
/// and bidi controls written as `\uXXXX` escapes.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut serializer)?;
    // The serializer writes only UTF-8 (it is given `str` fragments and ASCII escapes).
    Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into()))
}

/// Writes `value` as [`to_string_pretty`] does, and a newline, to `out` through a buffer, so
/// a large document is never held whole. A failed write (a closed pipe) comes back as the
/// plain `io::Error`, not wrapped in serde_json's.
pub fn write_pretty_line<T: Serialize + ?Sized>(out: impl io::Write, value: &T) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Characters serde_json leaves raw that a terminal may act on.
fn needs_escape(c: char) -> bool {
    matches!(c, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// [`PrettyFormatter`] with string fragments split at [`needs_escape`] characters.
struct Escaping(PrettyFormatter<'static>);

impl Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Every character to escape is 0x7f or UTF-8 led by 0xc2 (C1) or 0xe2 (bidi): most
        // fragments have neither and are written in one go.
        if !fragment.bytes().any(|b| matches!(b, 0x7f | 0xc2 | 0xe2)) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if needs_escape(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::to_string_pretty;

    // DEL, C1 and bidi controls become escapes; the text reads back the same; the layout is
    // serde_json's pretty layout.
    #[test]
    fn escapes_what_serde_json_leaves_raw() {
        let value = serde_json::json!({"t": "a\u{9b}31m\u{7f}\u{202e}b\u{1b}é", "n": [1, 2]});
        let text = to_string_pretty(&value).unwrap();
        assert!(
            text.contains(r#""a\u009b31m\u007f\u202eb\u001bé""#),
            "{text}"
        );
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
        let plain = serde_json::json!({"a": [1, {"b": "c"}], "d": {}});
        assert_eq!(
            to_string_pretty(&plain).unwrap(),
            serde_json::to_string_pretty(&plain).unwrap()
        );
        let mut written = Vec::new();
        super::write_pretty_line(&mut written, &value).unwrap();
        assert_eq!(written, format!("{text}\n").into_bytes());
    }
}
