//! Small building blocks for the hand-written SVG charts: escaping, deterministic coordinates,
//! text wrapping by estimated width, and the marker shapes (diamond, triangle, star) that let
//! a reader tell milestones, findings and good practice apart without relying on colour.
//!
//! Every string that comes from a journey file passes through [`esc`] before it goes into an
//! SVG: the charts are inserted into the page as already-escaped markup (`| safe`), so Tera's
//! autoescaping does not protect them.
//!
//! The charts themselves are one module each: the curve's lines on the [`journey_map`], and
//! [`graph_svg`] drawn on [`graph_layout`].

pub mod graph_layout;
pub mod graph_svg;
pub mod journey_map;
pub mod num;

pub use num::{Coordinate, n};

use std::fmt::Write as _;

/// Escapes text for SVG/HTML text content and attribute values.
///
/// Control characters other than newline and tab are dropped (they are not allowed in XML).
/// Written a run of plain bytes at a time: a page escapes every title several times.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // the byte's replacement and how many bytes it stands for
        let (entity, width) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            b'\n' | b'\t' => {
                i += 1;
                continue;
            }
            0x00..=0x1f | 0x7f => ("", 1),
            // U+0080–U+009F, the C1 controls, are 0xC2 0x80–0x9F in UTF-8
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => ("", 2),
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&text[start..i]);
        out.push_str(entity);
        i += width;
        start = i;
    }
    out.push_str(&text[start..]);
    out
}

/// Splits `text` into at most `max_lines` lines of at most `max_chars` characters, breaking
/// at spaces where possible (a word longer than a line is hyphenated); a text that does not
/// fit ends in "…". Every title on a routes diagram passes through here, so words are placed
/// as slices, each counted once.
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max = max_chars.max(2);
    let mut lines = Lines {
        done: Vec::new(),
        current: String::new(),
        current_chars: 0,
        max,
        max_lines,
    };
    let mut truncated = false;
    'words: for word in text.split_whitespace() {
        let mut rest = word;
        let mut rest_chars = word.chars().count();
        while rest_chars > max {
            let cut = rest
                .char_indices()
                .nth(max - 1)
                .map_or(rest.len(), |(i, _)| i);
            let mut piece = String::with_capacity(cut + 1);
            piece.push_str(&rest[..cut]);
            piece.push('-');
            if !lines.place(&piece, max) {
                truncated = true;
                break 'words;
            }
            rest = &rest[cut..];
            rest_chars -= max - 1;
        }
        if !lines.place(rest, rest_chars) {
            truncated = true;
            break;
        }
    }
    let mut done = lines.done;
    if !truncated && !lines.current.is_empty() {
        done.push(lines.current);
    }
    if truncated && max_lines > 0 {
        if let Some(last) = done.last_mut() {
            let mut chars: Vec<char> = last.chars().collect();
            chars.truncate(max - 1);
            while chars
                .last()
                .is_some_and(|c| c.is_whitespace() || matches!(c, ',' | '-' | ':' | ';'))
            {
                chars.pop();
            }
            *last = chars.into_iter().collect::<String>() + "…";
        }
    }
    done
}

/// The lines [`wrap`] has filled, and the one it is filling.
struct Lines {
    done: Vec<String>,
    current: String,
    current_chars: usize,
    max: usize,
    max_lines: usize,
}

impl Lines {
    /// Adds a piece of `chars` characters to the current line, or starts a new line with it;
    /// false when the lines are full (the piece is dropped).
    fn place(&mut self, piece: &str, chars: usize) -> bool {
        if self.current_chars == 0 {
            self.current.push_str(piece);
            self.current_chars = chars;
        } else if self.current_chars + 1 + chars <= self.max {
            self.current.push(' ');
            self.current.push_str(piece);
            self.current_chars += 1 + chars;
        } else {
            self.done
                .push(std::mem::replace(&mut self.current, piece.to_owned()));
            self.current_chars = chars;
            if self.done.len() == self.max_lines {
                return false;
            }
        }
        true
    }
}

/// `text` cut to at most `max` characters, ending in "…" when cut.
pub fn truncate(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    while cut.ends_with(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | ':' | ';')) {
        cut.pop();
    }
    cut + "…"
}

/// Draws the marks of a card or node from right to left, ending at `right`, centred on `y`:
/// the emotion score (when `with_emotion`), a star for good practice, a triangle with the
/// number of findings, a diamond for a milestone. Returns where the marks begin.
pub fn card_marks(out: &mut String, right: f64, y: f64, m: &Moment<'_>, with_emotion: bool) -> f64 {
    let mut x = right;
    if with_emotion {
        if let Some(score) = m.emotion {
            let _ = write!(
                out,
                r#"<text class="card-emotion" x="{}" y="{}" text-anchor="end">{}</text>"#,
                n(x),
                n(y + 4.0),
                esc(&super::i18n::emotion_score(score))
            );
            x -= 30.0;
        }
    }
    if m.good_practice {
        out.push_str(&star(x - 7.0, y, 7.0, "mark-good"));
        x -= 20.0;
    }
    if m.findings > 0 {
        let count = m.findings.to_string();
        let _ = write!(
            out,
            r#"<text class="mark-count" x="{}" y="{}" text-anchor="end">{count}</text>"#,
            n(x),
            n(y + 4.0)
        );
        x -= 7.5 * count.len() as f64 + 2.0;
        out.push_str(&triangle(x - 7.0, y, 6.5, "mark-finding"));
        x -= 20.0;
    }
    if m.milestone {
        out.push_str(&diamond(x - 6.0, y, 6.0, "mark-milestone"));
        x -= 18.0;
    }
    x
}

/// Writes `lines` as one `<text>` element with a `<tspan>` per line, the first baseline at `y`.
pub fn text_lines(
    out: &mut String,
    x: f64,
    y: f64,
    line_height: f64,
    class: &str,
    lines: &[String],
) {
    if lines.is_empty() {
        return;
    }
    let _ = write!(out, r#"<text class="{class}" x="{}" y="{}">"#, n(x), n(y));
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            let _ = write!(out, "<tspan x=\"{}\">{}</tspan>", n(x), esc(line));
        } else {
            let _ = write!(
                out,
                "<tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                n(x),
                n(line_height),
                esc(line)
            );
        }
    }
    out.push_str("</text>");
}

/// A touchpoint's number and title with a hanging indent: the number at `x`, the title's
/// lines (at most `lines` of `chars` characters) at `x + indent`, the first baseline at `y`.
#[allow(clippy::too_many_arguments)]
pub fn numbered_title(
    out: &mut String,
    x: f64,
    y: f64,
    indent: f64,
    number: usize,
    title: &str,
    chars: usize,
    lines: usize,
    class: &str,
) {
    let _ = write!(
        out,
        r#"<text class="{class} title-number" x="{}" y="{}">{number}.</text>"#,
        n(x),
        n(y)
    );
    text_lines(out, x + indent, y, 14.0, class, &wrap(title, chars, lines));
}

/// A diamond (milestone) centred at `(x, y)` with half-diagonal `r`.
pub fn diamond(x: f64, y: f64, r: f64, class: &str) -> String {
    format!(
        r#"<polygon class="{class}" points="{},{} {},{} {},{} {},{}"/>"#,
        n(x),
        n(y - r),
        n(x + r),
        n(y),
        n(x),
        n(y + r),
        n(x - r),
        n(y)
    )
}

/// An upward triangle (a moment without attention) centred at `(x, y)`.
pub fn triangle(x: f64, y: f64, r: f64, class: &str) -> String {
    format!(
        r#"<polygon class="{class}" points="{},{} {},{} {},{}"/>"#,
        n(x),
        n(y - r),
        n(x + r * 0.95),
        n(y + r * 0.75),
        n(x - r * 0.95),
        n(y + r * 0.75)
    )
}

/// A five-pointed star (good practice) centred at `(x, y)` with outer radius `r`.
pub fn star(x: f64, y: f64, r: f64, class: &str) -> String {
    let mut points = String::new();
    for k in 0..10 {
        let radius = if k % 2 == 0 { r } else { r * 0.45 };
        let angle = std::f64::consts::PI * (f64::from(k) / 5.0) - std::f64::consts::FRAC_PI_2;
        if k > 0 {
            points.push(' ');
        }
        let _ = write!(
            points,
            "{},{}",
            n(x + radius * angle.cos()),
            n(y + radius * angle.sin())
        );
    }
    format!(r#"<polygon class="{class}" points="{points}"/>"#)
}

/// The opening of an accessible chart: `role="img"`, labelled by its `<title>` and
/// `<desc>`, with ids prefixed by `id` so several charts can share a page.
pub fn open_svg(
    out: &mut String,
    id: &str,
    class: &str,
    width: f64,
    height: f64,
    title: &str,
    desc: &str,
) {
    let _ = write!(
        out,
        r#"<svg class="{class}" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {w} {h}" width="{w}" height="{h}" preserveAspectRatio="xMinYMin meet"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>"#,
        w = n(width),
        h = n(height),
        title = esc(title),
        desc = esc(desc),
    );
}

/// An arrowhead marker definition with id `{id}`; `class` styles its fill.
pub fn arrow_marker(out: &mut String, id: &str, class: &str) {
    let _ = write!(
        out,
        r#"<marker id="{id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="{class}" d="M0,0 L10,5 L0,10 z"/></marker>"#
    );
}

/// The attention index as a horizontal gauge, with bands at 60 and 80 and the value marked.
pub fn gauge(index: u8, band: &str, title: &str) -> String {
    let width = 240.0;
    // room under the bar for the tick labels
    let height = 40.0;
    let value = f64::from(index.min(100)) / 100.0 * width;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="gauge" aria-hidden="true" focusable="false" viewBox="0 0 {w} {h}" width="{w}" height="{h}"><title>{title}</title>"#,
        w = n(width),
        h = n(height),
        title = esc(title)
    );
    let _ = write!(
        out,
        r#"<rect class="gauge-track" x="0" y="8" width="{}" height="12" rx="6"/>"#,
        n(width)
    );
    let _ = write!(
        out,
        r#"<rect class="gauge-fill gauge-{band}" x="0" y="8" width="{}" height="12" rx="6"/>"#,
        n(value.max(12.0))
    );
    for tick in [60.0, 80.0] {
        let x = tick / 100.0 * width;
        let _ = write!(
            out,
            r#"<line class="gauge-tick" x1="{x}" y1="4" x2="{x}" y2="24"/><text class="gauge-tick-label" x="{x}" y="37" text-anchor="middle">{tick}</text>"#,
            x = n(x),
            tick = n(tick)
        );
    }
    out.push_str("</svg>");
    out
}

/// One touchpoint as the charts see it: already numbered, titled and classified.
#[derive(Debug, Clone)]
pub struct Moment<'a> {
    /// Its number in reading order (1-based), the same in every chart and table.
    pub number: usize,
    /// Its title.
    pub title: &'a str,
    /// Index of its stage in `journey.stages` (`usize::MAX` when unknown).
    pub stage: usize,
    /// The name of the actor serving the tenant.
    pub actor: &'a str,
    /// The blueprint lane it sits in.
    pub lane: Lane,
    /// The tenant's emotion, −3..+3.
    pub emotion: Option<i8>,
    /// What the tenant feels, in their words.
    pub note: Option<&'a str>,
    /// A milestone or moment of truth.
    pub milestone: bool,
    /// A step that should happen and does not: drawn as a gap (dashed, "does not happen").
    pub absent: bool,
    /// Active warning- and error-level findings here.
    pub findings: usize,
    /// Good practice is recorded here.
    pub good_practice: bool,
    /// Expected visits per tenant.
    pub visits: f64,
}

/// The swimlanes of the service blueprint, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    /// The tenant on their own.
    Tenant,
    /// Departments the tenant deals with.
    Frontstage,
    /// Departments (or contractors' back offices) the tenant never sees.
    Backstage,
    /// Contractors and partners.
    Partners,
}

impl Lane {
    /// Every lane, top to bottom.
    pub const ALL: [Lane; 4] = [
        Lane::Tenant,
        Lane::Frontstage,
        Lane::Backstage,
        Lane::Partners,
    ];

    /// The lane's position, top to bottom.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The lane of an actor: the tenant's own, frontstage or backstage departments, or
    /// contractors and partners. A backstage contractor stays with the partners unless it is
    /// a department.
    pub fn of(kind: crate::model::ActorKind, backstage: bool) -> Lane {
        use crate::model::ActorKind;
        match kind {
            ActorKind::Tenant => Lane::Tenant,
            ActorKind::Department if backstage => Lane::Backstage,
            ActorKind::Department => Lane::Frontstage,
            ActorKind::Contractor | ActorKind::Partner => Lane::Partners,
        }
    }

    /// The lane's name.
    pub fn label(self, lang: impl Into<crate::i18n::Locale>) -> &'static str {
        let t = super::i18n::texts(lang);
        match self {
            Lane::Tenant => t.lane_tenant,
            Lane::Frontstage => t.lane_frontstage,
            Lane::Backstage => t.lane_backstage,
            Lane::Partners => t.lane_partners,
        }
    }
}

/// The CSS class for an emotion: `neg`, `neu`, `pos`, or `none` when not recorded.
pub fn emotion_class(emotion: Option<i8>) -> &'static str {
    match emotion {
        Some(s) if s < 0 => "neg",
        Some(0) => "neu",
        Some(_) => "pos",
        None => "none",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        // Markup characters and both quotes are escaped for SVG text and attributes.
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    /// The escaping as it was written first, a character at a time: the reference.
    fn esc_by_char(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c if c.is_control() && c != '\n' && c != '\t' => {}
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn escapes_every_character_as_the_reference_does() {
        // every control character, both quotes, markup, and characters of 2, 3 and 4 bytes
        // whose bytes look like the C1 controls' (U+00C2, U+0100, U+2080, U+1F600)
        let every: String = (0u32..0x300)
            .chain([0x2028, 0x2080, 0x20ac, 0xfeff, 0x1f600])
            .filter_map(char::from_u32)
            .collect();
        assert_eq!(esc(&every), esc_by_char(&every));
        for text in [
            "",
            "plain",
            "a\u{85}b\u{9f}c\u{a0}d",
            "\u{c2}\u{80}",
            "x\ny\tz\r",
        ] {
            assert_eq!(esc(text), esc_by_char(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_escaped_as_the_reference_does(text in "\\PC*|[\\x00-\\x{a0}<>&'\"]*") {
            proptest::prop_assert_eq!(esc(&text), esc_by_char(&text));
        }
    }

    /// `wrap` as it was before it placed slices: the reference for the proptest.
    fn wrap_by_chars(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
        let max = max_chars.max(2);
        let mut pieces: Vec<String> = Vec::new();
        for word in text.split_whitespace() {
            let chars: Vec<char> = word.chars().collect();
            if chars.len() <= max {
                pieces.push(word.to_owned());
                continue;
            }
            let mut rest = &chars[..];
            while rest.len() > max {
                let (head, tail) = rest.split_at(max - 1);
                pieces.push(head.iter().collect::<String>() + "-");
                rest = tail;
            }
            pieces.push(rest.iter().collect());
        }
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut truncated = false;
        for piece in pieces {
            let len = current.chars().count();
            let piece_len = piece.chars().count();
            if len == 0 {
                current = piece;
            } else if len + 1 + piece_len <= max {
                current.push(' ');
                current.push_str(&piece);
            } else {
                lines.push(std::mem::replace(&mut current, piece));
                if lines.len() == max_lines {
                    truncated = true;
                    break;
                }
            }
        }
        if !truncated && !current.is_empty() {
            lines.push(current);
        }
        if truncated && max_lines > 0 {
            if let Some(last) = lines.last_mut() {
                let mut chars: Vec<char> = last.chars().collect();
                chars.truncate(max - 1);
                while chars
                    .last()
                    .is_some_and(|c| c.is_whitespace() || matches!(c, ',' | '-' | ':' | ';'))
                {
                    chars.pop();
                }
                *last = chars.into_iter().collect::<String>() + "…";
            }
        }
        lines
    }

    proptest::proptest! {
        #[test]
        fn any_text_wraps_as_the_reference_does(
            text in "[a-zé€😀 ,:;-]{0,80}|\\PC{0,60}",
            max_chars in 0usize..30,
            max_lines in 0usize..5,
        ) {
            proptest::prop_assert_eq!(
                wrap(&text, max_chars, max_lines),
                wrap_by_chars(&text, max_chars, max_lines)
            );
        }
    }

    #[test]
    fn wraps_at_spaces_and_marks_cut_text() {
        // Wrapping breaks at spaces, hyphenates long words and ends cut text in an ellipsis.
        assert_eq!(
            wrap("Bellen met het klantcontactcentrum", 16, 3),
            vec!["Bellen met het", "klantcontactcen-", "trum"]
        );
        assert_eq!(wrap("a b c d e f", 3, 2), vec!["a b", "c…"]);
        let lines = wrap("one two three four five six seven", 9, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 9), "{lines:?}");
        assert_eq!(wrap("", 10, 2), Vec::<String>::new());
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        // Truncation keeps short text and cuts long text before a trailing separator.
        assert_eq!(truncate("Klantcontactcentrum", 12), "Klantcontac…");
        assert_eq!(truncate("Short", 12), "Short");
        assert_eq!(truncate("Magazijn en inkoop", 10), "Magazijn…");
    }

    #[test]
    fn long_words_are_broken_within_the_width() {
        // No wrapped line is wider than asked, even for one very long word.
        let lines = wrap("Huurdersonderhoudsabonnementsvoorwaarden zijn lang", 10, 3);
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
    }
}
