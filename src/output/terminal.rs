//! Text from journeys, file names and config keys made safe for a terminal.
//!
//! A journey can carry control characters (a JSON string may spell `\u001b`), and a terminal
//! obeys them: `ESC[2J` clears the screen, `ESC]0;…BEL` retitles the window, OSC 8 plants a
//! link. Every piece of user text that reaches stdout or stderr goes through [`safe`], so the
//! tenant's words are shown and never executed. Line breaks and tabs stay; every other control
//! character is shown as its escape (`\u{1b}`), which a reader can still recognise and search.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with every control character except `\n` and `\t` written as `\u{…}`.
///
/// Borrowed when there is nothing to replace, which is nearly always.
pub fn safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`safe`], but a line break is shown as `\n` too: for text that must stay on one line,
/// such as a title in a summary line or a file name.
pub fn safe_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\n' || is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\n' {
            out.push_str("\\n");
        } else if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path shown on one line, with its control characters escaped.
pub fn safe_path(path: &std::path::Path) -> String {
    safe_line(&path.display().to_string()).into_owned()
}

/// C0 and C1 controls (ESC, BEL, CSI, DEL, …) and the bidirectional overrides that make a
/// terminal show text in another order than it is stored (CVE-2021-42574, "Trojan Source").
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::{safe, safe_line};

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(safe("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(safe("\u{1b}]0;title\u{7}"), "\\u{1b}]0;title\\u{7}");
        assert_eq!(safe("csi \u{9b}31m"), "csi \\u{9b}31m");
        assert_eq!(safe("rtl \u{202e}abc"), "rtl \\u{202e}abc");
    }

    #[test]
    fn ordinary_text_is_borrowed_and_keeps_lines_and_tabs() {
        assert!(matches!(
            safe("Wat is uw adres?\n\tDank u"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(safe_line("two\nlines"), "two\\nlines");
        assert_eq!(safe("é ü — “quotes”"), "é ü — “quotes”");
    }
}
