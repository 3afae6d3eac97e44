//! SVG numbers: coordinates with at most one decimal, written fast and the same way on every
//! machine.
//!
//! A journey page writes tens of thousands of coordinates. std's fixed-precision float
//! formatting (`{:.1}`) takes the exact Grisu/Dragon path, which was a tenth of a report's
//! time; scaled to whole tenths, a coordinate is an integer, written digit by digit into a
//! stack buffer.

/// A coordinate with at most one decimal, written the same way on every machine: "12", "12.5".
///
/// Scaled to whole tenths and written as digits: std's fixed-precision float formatting
/// takes the exact (Grisu/Dragon) path, which was a tenth of a report's time. No allocation:
/// the number is written straight into the `write!` or `format!` that uses it.
pub fn n(value: f64) -> Coordinate {
    let tenths = (value * 10.0).round();
    // Beyond ±2^53 tenths (or NaN) the integer path would be wrong; no chart comes near it.
    if tenths.is_finite() && tenths.abs() < 9e15 {
        Coordinate::Tenths(tenths as i64)
    } else {
        Coordinate::Other(value)
    }
}

/// A formatted coordinate, see [`n`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Coordinate {
    /// The coordinate in whole tenths.
    Tenths(i64),
    /// A value that is not a finite, chart-sized number, written as std writes it.
    Other(f64),
}

impl std::fmt::Display for Coordinate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Coordinate::Tenths(tenths) => {
                // Digits from the right into a stack buffer, then one write: about 1.5x
                // faster than `write!` with integer arguments, 3x faster than `{:.1}`.
                let mut buffer = [0u8; 24];
                let mut at = buffer.len();
                let mut rest = tenths.unsigned_abs();
                let mut push = |byte: u8| {
                    at -= 1;
                    buffer[at] = byte;
                };
                if rest % 10 != 0 {
                    push(b'0' + (rest % 10) as u8);
                    push(b'.');
                }
                rest /= 10;
                loop {
                    push(b'0' + (rest % 10) as u8);
                    rest /= 10;
                    if rest == 0 {
                        break;
                    }
                }
                if tenths < 0 {
                    push(b'-');
                }
                f.write_str(std::str::from_utf8(&buffer[at..]).map_err(|_| std::fmt::Error)?)
            }
            Coordinate::Other(value) => {
                let rounded = (value * 10.0).round() / 10.0;
                if rounded.fract() == 0.0 {
                    write!(f, "{rounded:.0}")
                } else {
                    write!(f, "{rounded:.1}")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The formatting `n` replaced: kept here to prove the output did not change.
    fn old_n(value: f64) -> String {
        let rounded = (value * 10.0).round() / 10.0;
        let rounded = if rounded == 0.0 { 0.0 } else { rounded };
        if rounded.fract() == 0.0 {
            format!("{rounded:.0}")
        } else {
            format!("{rounded:.1}")
        }
    }

    #[test]
    fn coordinates_are_written_byte_for_byte_as_before() {
        let mut values = vec![0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.95, -0.95, 12.0, 12.5];
        values.extend([
            -12.45,
            1234.56,
            -99999.99,
            1e9 + 0.25,
            0.1 + 0.2,
            2.675,
            1e20,
        ]);
        values.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1e300]);
        // A deterministic sweep over the sizes charts use, with awkward fractions.
        let mut x = 0.123_456_789_f64;
        for i in 0..20_000 {
            x = (x * 7919.0 + 0.377).fract();
            let scale = [1.0, 10.0, 100.0, 1000.0, 20000.0][i % 5];
            values.push((x - 0.5) * scale);
            values.push((x * scale * 10.0).round() / 10.0 + 0.05);
        }
        for value in values {
            assert_eq!(n(value).to_string(), old_n(value), "{value:?}");
        }
    }

    #[test]
    fn coordinates_are_short_and_stable() {
        // Coordinates have at most one decimal and never print as -0.
        assert_eq!(n(12.0).to_string(), "12");
        assert_eq!(n(12.25).to_string(), "12.3");
        assert_eq!(n(-0.01).to_string(), "0");
        assert_eq!(n(3.04).to_string(), "3");
    }
}
