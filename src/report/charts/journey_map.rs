//! The lines of the emotion curve in one row of the journey map.
//!
//! The map is an HTML grid; the points and their scores are HTML in each moment's column, so
//! they keep their shape at any column width and can be read without the picture. This SVG
//! only draws the lines between them, behind the row's feeling lane: it is stretched over the
//! row's columns (`preserveAspectRatio="none"`, strokes that do not scale), so column *k* of
//! *n* is centred at `(k + ½) / n` of its width, and a point's height matches the stylesheet's
//! `jm-y0` … `jm-y12` classes (see [`y_percent`]).

use std::fmt::Write as _;

use super::n;

/// A step between two columns of a row, drawn as a line from one feeling to the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Column the step comes from.
    pub from: usize,
    /// Column it goes to.
    pub to: usize,
    /// On the route on which the tenant feels worst: drawn heavier.
    pub worst: bool,
}

/// Width of one column in the SVG's own units.
const COLUMN: f64 = 100.0;

/// The height of half step `y` (0 is +3, 12 is −3) as a percentage of the lane's height:
/// 10% to 90%, leaving room for the point and its score. `templates/style.css` places the
/// points with the same figures.
pub fn y_percent(y: u8) -> f64 {
    10.0 + f64::from(y.min(12)) * 80.0 / 12.0
}

/// The lines of a row with `columns` moments; `points` are the stated feelings by column
/// (half steps, see [`y_percent`]). A step to or from a moment without a feeling is not
/// drawn: nothing is guessed.
pub fn curve(columns: usize, points: &[Option<u8>], segments: &[Segment]) -> String {
    let width = COLUMN * columns.max(1) as f64;
    let mut out = String::with_capacity(256 + 96 * segments.len());
    let _ = write!(
        out,
        r#"<svg class="jm-curve jm-curve-{columns}" aria-hidden="true" focusable="false" viewBox="0 0 {w} 100" preserveAspectRatio="none">"#,
        w = n(width)
    );
    let _ = write!(
        out,
        r#"<line class="jm-zero" x1="0" y1="{y}" x2="{w}" y2="{y}"/>"#,
        y = n(y_percent(6)),
        w = n(width)
    );
    // the worst route last, so it lies on top
    let mut ordered: Vec<&Segment> = segments.iter().collect();
    ordered.sort_by_key(|s| s.worst);
    for s in ordered {
        let (Some(Some(a)), Some(Some(b))) = (points.get(s.from), points.get(s.to)) else {
            continue;
        };
        let x = |column: usize| COLUMN * column as f64 + COLUMN / 2.0;
        let class = if s.worst { "jm-line-worst" } else { "jm-line" };
        let _ = write!(
            out,
            r#"<line class="{class}" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            n(x(s.from)),
            n(y_percent(*a)),
            n(x(s.to)),
            n(y_percent(*b))
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_join_the_centres_of_the_columns_at_the_points_heights() {
        // Column 0 of 3 is centred at 50 of 300 units, column 2 at 250; +3 is 10%, −3 90%.
        let svg = curve(
            3,
            &[Some(0), None, Some(12)],
            &[Segment {
                from: 0,
                to: 2,
                worst: false,
            }],
        );
        assert!(svg.contains(r#"viewBox="0 0 300 100""#), "{svg}");
        assert!(
            svg.contains(r#"<line class="jm-line" x1="50" y1="10" x2="250" y2="90"/>"#),
            "{svg}"
        );
    }

    #[test]
    fn a_step_to_a_moment_without_a_feeling_is_not_drawn() {
        // Nothing is guessed: only the zero line is left.
        let svg = curve(
            2,
            &[Some(4), None],
            &[Segment {
                from: 0,
                to: 1,
                worst: true,
            }],
        );
        assert_eq!(svg.matches("<line").count(), 1, "{svg}");
        assert!(!svg.contains("jm-line-worst"), "{svg}");
    }

    #[test]
    fn the_worst_route_is_drawn_last_and_heavier() {
        let svg = curve(
            2,
            &[Some(4), Some(8)],
            &[
                Segment {
                    from: 0,
                    to: 1,
                    worst: true,
                },
                Segment {
                    from: 1,
                    to: 0,
                    worst: false,
                },
            ],
        );
        let plain = svg.find(r#"class="jm-line""#).expect("a plain line");
        let worst = svg.find("jm-line-worst").expect("the worst line");
        assert!(plain < worst, "{svg}");
    }
}
