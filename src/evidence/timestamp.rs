//! Timestamps as contact-centre and case-system exports write them, parsed strictly by hand.
//!
//! Accepted: ISO 8601 (`2025-11-24T13:56:00`, a space instead of `T`, seconds and fractions
//! optional, `Z` or `+01:00` optional), the Dutch day-first form (`24-11-2025 13:56`, also with
//! `/` or `.`), and a date alone (midnight). A time with an offset is moved to UTC; a time
//! without one is taken as written (wall-clock time, as PM4Py and DuckDB read it). Anything
//! else is refused rather than guessed: `03-04-2025` is the 3rd of April, never March 4th.
//!
//! Hand-written instead of a date crate because the accepted forms are few and fixed, a strict
//! parser is 150 lines, and this runs once per event on logs of millions of rows (see
//! `benches/eventlog/README.md`: the whole import of a million events is a fraction of a second).

use crate::civil::{civil_from_days, days_from_civil};

/// Milliseconds since 1970-01-01 00:00 (UTC, or wall-clock time when the log gives no offset).
pub type Millis = i64;

/// Parses one timestamp cell; `None` when it is not one of the accepted forms.
pub fn parse(text: &[u8]) -> Option<Millis> {
    let text = trim(text);
    if text.len() < 10 {
        return None;
    }
    let (year, month, day, rest) = if text[4] == b'-' {
        // 2025-11-24
        let year = digits(&text[0..4])?;
        if text[7] != b'-' {
            return None;
        }
        (
            year,
            digits(&text[5..7])?,
            digits(&text[8..10])?,
            &text[10..],
        )
    } else if matches!(text[2], b'-' | b'/' | b'.') && text[5] == text[2] {
        // 24-11-2025
        (
            digits(&text[6..10])?,
            digits(&text[3..5])?,
            digits(&text[0..2])?,
            &text[10..],
        )
    } else {
        return None;
    };
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut millis = days_from_civil(year, month, day) * 86_400_000;
    if rest.is_empty() {
        return Some(millis);
    }
    let (separator, rest) = rest.split_first()?;
    if !matches!(separator, b'T' | b' ') || rest.len() < 5 || rest[2] != b':' {
        return None;
    }
    let hour = digits(&rest[0..2])?;
    let minute = digits(&rest[3..5])?;
    let mut rest = &rest[5..];
    let mut second = 0;
    if let [b':', a, b, tail @ ..] = rest {
        second = digits(&[*a, *b])?;
        rest = tail;
    }
    let mut fraction = 0;
    if let [b'.' | b',', tail @ ..] = rest {
        let n = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        // milliseconds: the first three digits, the rest dropped
        let mut scale = 100;
        for &c in &tail[..n.min(3)] {
            fraction += i64::from(c - b'0') * scale;
            scale /= 10;
        }
        rest = &tail[n..];
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    millis += (hour * 3600 + minute * 60 + second) * 1000 + fraction;
    match rest {
        [] => Some(millis),
        [b'Z'] => Some(millis),
        [sign @ (b'+' | b'-'), h1, h2, tail @ ..] => {
            let hours = digits(&[*h1, *h2])?;
            let minutes = match tail {
                [] => 0,
                [b':', m1, m2] | [m1, m2] => digits(&[*m1, *m2])?,
                _ => return None,
            };
            if hours > 14 || minutes > 59 {
                return None;
            }
            let offset = (hours * 60 + minutes) * 60_000;
            Some(if *sign == b'+' {
                millis - offset
            } else {
                millis + offset
            })
        }
        _ => None,
    }
}

/// The calendar year a moment falls in.
pub fn year(millis: Millis) -> i64 {
    civil_from_days(millis.div_euclid(86_400_000)).0
}

/// `YYYY-MM-DD` of a moment, for periods in outputs.
pub fn date(millis: Millis) -> String {
    let (y, m, d) = civil_from_days(millis.div_euclid(86_400_000));
    format!("{y:04}-{m:02}-{d:02}")
}

fn trim(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &text[start..end]
}

fn digits(text: &[u8]) -> Option<i64> {
    text.iter().try_fold(0i64, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Option<Millis> {
        parse(s.as_bytes())
    }

    #[test]
    fn iso_forms_agree() {
        let base = at("2025-11-24T13:56:00").unwrap();
        assert_eq!(at("2025-11-24 13:56:00"), Some(base));
        assert_eq!(at("2025-11-24T13:56"), Some(base));
        assert_eq!(at("2025-11-24T13:56:00Z"), Some(base));
        assert_eq!(at("2025-11-24T14:56:00+01:00"), Some(base));
        assert_eq!(at("2025-11-24T12:56:00-0100"), Some(base));
        assert_eq!(at("2025-11-24T13:56:00.250"), Some(base + 250));
        assert_eq!(at(" 2025-11-24T13:56:00 "), Some(base));
    }

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(at("1970-01-01"), Some(0));
        assert_eq!(at("2000-03-01T00:00:00"), Some(951_868_800_000));
        assert_eq!(year(at("2024-12-31T23:59:59").unwrap()), 2024);
        assert_eq!(date(at("2024-02-29T10:00").unwrap()), "2024-02-29");
    }

    #[test]
    fn dutch_day_first() {
        assert_eq!(at("24-11-2025 13:56"), at("2025-11-24T13:56"));
        assert_eq!(at("03/04/2025"), at("2025-04-03"));
        assert_eq!(at("03.04.2025 08:00:05"), at("2025-04-03T08:00:05"));
    }

    #[test]
    fn refuses_what_it_would_have_to_guess() {
        for bad in [
            "",
            "gisteren",
            "2025-13-01",
            "2025-02-29",
            "31-04-2025",
            "2025-11-24T25:00",
            "2025-11-24T13:56:00+01:00x",
            "24-11-25 13:56",
            "2025/11/24",
            "11-24-2025",
            "2025-11-24T13:5",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
    }
}
