//! Files that are not UTF-8: saved as UTF-16 (Notepad's "Unicode", Excel's "Unicode text"),
//! with or without a byte order mark, or in the older Latin-1 / Windows-1252. Each is named,
//! so the fix ("save as UTF-8") is the right one.

/// The byte order of a UTF-16 file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Endian {
    /// Least significant byte first (what Windows writes).
    Little,
    /// Most significant byte first.
    Big,
}

impl Endian {
    /// The catalogue key.
    pub(super) fn key(self) -> &'static str {
        match self {
            Endian::Little => "little",
            Endian::Big => "big",
        }
    }
}

/// Whether `bytes` are UTF-16 text, and whether they start with a byte order mark. Without
/// a mark, JSON in UTF-16 has a zero byte beside nearly every ASCII character (a valid UTF-8
/// text almost never holds zero bytes), so the zeros tell the order.
pub(super) fn utf16(bytes: &[u8]) -> Option<(Endian, bool)> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some((Endian::Little, true)),
        [0xFE, 0xFF, ..] => return Some((Endian::Big, true)),
        _ => {}
    }
    let sample = &bytes[..bytes.len().min(512) & !1];
    if sample.len() < 2 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    if odd * 2 > pairs && even == 0 {
        Some((Endian::Little, false))
    } else if even * 2 > pairs && odd == 0 {
        Some((Endian::Big, false))
    } else {
        None
    }
}

/// What `byte` means in Windows-1252 (Latin-1 with the curly quotes and dashes Word types),
/// when it is a letter or sign someone would write.
pub(super) fn latin1(byte: u8) -> Option<char> {
    Some(match byte {
        0x80 => '€',
        0x85 => '…',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        0x97 => '—',
        0xA0..=0xFF => char::from(byte),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn utf16_is_recognised_with_and_without_a_mark() {
        let text = "{\"id\": \"lekkage\", \"title\": \"Één lek\"}";
        assert_eq!(utf16(&utf16_le(text)), Some((Endian::Little, false)));
        let mut marked = vec![0xFF, 0xFE];
        marked.extend(utf16_le(text));
        assert_eq!(utf16(&marked), Some((Endian::Little, true)));
        let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16(&big), Some((Endian::Big, false)));
        // UTF-8, with or without its own mark, is not UTF-16.
        assert_eq!(utf16(text.as_bytes()), None);
        assert_eq!(utf16(format!("\u{feff}{text}").as_bytes()), None);
        assert_eq!(utf16(b"{"), None);
    }

    #[test]
    fn latin1_bytes_read_as_the_letters_they_were() {
        assert_eq!(latin1(0xE9), Some('é'));
        assert_eq!(latin1(0x93), Some('“'));
        assert_eq!(latin1(0x81), None);
    }
}
