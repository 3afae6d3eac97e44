//! The emotion curve: how the tenant feels at each moment of the main path, as an inline SVG
//! line chart with stage bands, a −3..+3 scale, and marks that differ in shape, not only in
//! colour: a diamond for a milestone, a triangle for a moment without attention, a star for
//! good practice. Moments without a recorded emotion break the line; nothing is guessed.

use std::fmt::Write as _;

use super::{Moment, diamond, emotion_class, esc, n, open_svg, star, text_lines, triangle, wrap};
use crate::i18n::{Args, Locale, message};
use crate::report::i18n::{self, emotion_score, emotion_word};

const LEFT: f64 = 104.0;
const RIGHT: f64 = 16.0;
const COL: f64 = 124.0;
const BAND_LABEL: f64 = 46.0;
const UNIT: f64 = 30.0;
const PLOT_PAD: f64 = 18.0;

/// The y coordinate of an emotion score.
fn y_of(score: i8) -> f64 {
    BAND_LABEL + PLOT_PAD + f64::from(3 - score.clamp(-3, 3)) * UNIT
}

/// Draws the curve for the moments on `path` (indices into `moments`); `stages` are the
/// stage titles by index.
pub fn svg(
    moments: &[Moment<'_>],
    path: &[usize],
    stages: &[&str],
    lang: impl Into<Locale>,
) -> String {
    let lang: Locale = lang.into();
    let t = i18n::texts(lang);
    let count = path.len();
    let width = LEFT + COL * count.max(1) as f64 + RIGHT;
    let plot_bottom = y_of(-3) + PLOT_PAD;
    let marks_y = plot_bottom + 20.0;
    let labels_y = marks_y + 30.0;
    let height = labels_y + 3.0 * 14.0 + 10.0;
    let x_of = |i: usize| LEFT + COL * i as f64 + COL / 2.0;

    let mut out = String::with_capacity(8 * 1024);
    open_svg(
        &mut out,
        "chart-emotion",
        "chart emotion-chart",
        width,
        height,
        t.emotion_heading,
        &describe(moments, path, lang),
    );

    // stage bands: consecutive moments of the same stage
    let mut start = 0;
    let mut band = 0;
    while start < count {
        let stage = moments[path[start]].stage;
        let mut end = start + 1;
        while end < count && moments[path[end]].stage == stage {
            end += 1;
        }
        let x0 = LEFT + COL * start as f64;
        let w = COL * (end - start) as f64;
        let _ = write!(
            out,
            r#"<rect class="band band-{}" x="{}" y="0" width="{}" height="{}"/>"#,
            band % 2,
            n(x0),
            n(w),
            n(height)
        );
        let title = stages.get(stage).copied().unwrap_or("");
        let max_chars = ((w - 12.0) / 7.2).floor() as usize;
        text_lines(
            &mut out,
            x0 + 8.0,
            18.0,
            15.0,
            "band-label",
            &wrap(title, max_chars, 2),
        );
        band += 1;
        start = end;
    }

    // scale
    for score in -3..=3i8 {
        let y = y_of(score);
        let class = if score == 0 { "grid grid-zero" } else { "grid" };
        let _ = write!(
            out,
            r#"<line class="{class}" x1="{}" y1="{y}" x2="{}" y2="{y}"/>"#,
            n(LEFT),
            n(width - RIGHT),
            y = n(y)
        );
        let label = match score {
            3 | 0 | -3 => format!("{} {}", emotion_score(score), emotion_word(score, lang)),
            _ => emotion_score(score),
        };
        let _ = write!(
            out,
            r#"<text class="axis-label" x="{}" y="{}" text-anchor="end">{}</text>"#,
            n(LEFT - 8.0),
            n(y + 4.0),
            esc(&label)
        );
    }

    // the line: solid between neighbouring moments with a recorded emotion, dashed where it
    // bridges moments without one (those get a hollow mark on the bridge, not a point)
    let known: Vec<(usize, f64, f64)> = path
        .iter()
        .enumerate()
        .filter_map(|(i, &m)| moments[m].emotion.map(|s| (i, x_of(i), y_of(s))))
        .collect();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut solid: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut bridges: Vec<((f64, f64), (f64, f64))> = Vec::new();
    for (k, &(i, x, y)) in known.iter().enumerate() {
        if k > 0 {
            let (pi, px, py) = known[k - 1];
            if i != pi + 1 {
                if run.len() > 1 {
                    solid.push(std::mem::take(&mut run));
                }
                run.clear();
                bridges.push(((px, py), (x, y)));
            }
        }
        run.push((x, y));
    }
    if run.len() > 1 {
        solid.push(run);
    }
    for ((x1, y1), (x2, y2)) in &bridges {
        let _ = write!(
            out,
            r#"<line class="curve-bridge" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            n(*x1),
            n(*y1),
            n(*x2),
            n(*y2)
        );
    }
    for run in &solid {
        let points: Vec<String> = run
            .iter()
            .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
            .collect();
        let _ = write!(
            out,
            r#"<polyline class="curve" points="{}"/>"#,
            points.join(" ")
        );
    }
    // where a moment without emotion sits on the bridge (or on the neutral line at the ends)
    let bridge_y = |i: usize| -> f64 {
        let before = known.iter().rev().find(|(k, _, _)| *k < i);
        let after = known.iter().find(|(k, _, _)| *k > i);
        match (before, after) {
            (Some(&(bi, _, by)), Some(&(ai, _, ay))) => {
                by + (ay - by) * (i - bi) as f64 / (ai - bi) as f64
            }
            _ => y_of(0),
        }
    };

    // points, marks and labels
    for (i, &m) in path.iter().enumerate() {
        let moment = &moments[m];
        let x = x_of(i);
        match moment.emotion {
            Some(score) => {
                let y = y_of(score);
                let mut tooltip = format!(
                    "{}. {}: {} {}",
                    moment.number,
                    moment.title,
                    emotion_score(score),
                    emotion_word(score, lang)
                );
                if let Some(note) = moment.note {
                    tooltip.push_str(" — ");
                    tooltip.push_str(note);
                }
                let _ = write!(
                    out,
                    r#"<g class="emotion-point" data-number="{}"><title>{}</title>"#,
                    moment.number,
                    esc(&tooltip)
                );
                let class = format!("point point-{}", emotion_class(Some(score)));
                if moment.milestone {
                    out.push_str(&diamond(x, y, 9.0, &class));
                } else {
                    let _ = write!(
                        out,
                        r#"<circle class="{class}" cx="{}" cy="{}" r="6.5"/>"#,
                        n(x),
                        n(y)
                    );
                }
                let label_y = if score >= 3 { y + 24.0 } else { y - 13.0 };
                let _ = write!(
                    out,
                    r#"<text class="point-label" x="{}" y="{}" text-anchor="middle">{}</text></g>"#,
                    n(x),
                    n(label_y),
                    esc(&emotion_score(score))
                );
            }
            None => {
                let _ = write!(
                    out,
                    r#"<g class="emotion-gap"><title>{}</title><circle class="point-missing" cx="{}" cy="{}" r="5"/></g>"#,
                    esc(&format!(
                        "{}. {}: {}",
                        moment.number,
                        moment.title,
                        i18n::no_emotion(lang)
                    )),
                    n(x),
                    n(bridge_y(i))
                );
            }
        }
        // marks row: milestone, findings, good practice
        let mut marks: Vec<String> = Vec::new();
        if moment.milestone {
            marks.push(diamond(0.0, 0.0, 6.5, "mark-milestone"));
        }
        if moment.findings > 0 {
            marks.push(triangle(0.0, 0.0, 7.0, "mark-finding"));
        }
        if moment.good_practice {
            marks.push(star(0.0, 0.0, 7.5, "mark-good"));
        }
        let spacing = 22.0;
        let total = spacing * marks.len().saturating_sub(1) as f64
            + if moment.findings > 0 { 10.0 } else { 0.0 };
        let mut mx = x - total / 2.0;
        for mark in &marks {
            let _ = write!(
                out,
                r#"<g transform="translate({},{})">{mark}</g>"#,
                n(mx),
                n(marks_y)
            );
            if mark.contains("mark-finding") {
                let _ = write!(
                    out,
                    r#"<text class="mark-count" x="{}" y="{}">{}</text>"#,
                    n(mx + 8.0),
                    n(marks_y + 5.0),
                    moment.findings
                );
                mx += 10.0;
            }
            mx += spacing;
        }
        // number and title
        let mut lines = vec![format!("{}.", moment.number)];
        lines.extend(wrap(moment.title, 17, 3));
        let _ = write!(
            out,
            r#"<text class="x-label" x="{}" y="{}" text-anchor="middle">"#,
            n(x),
            n(labels_y)
        );
        for (k, line) in lines.iter().enumerate() {
            let class = if k == 0 { " class=\"x-number\"" } else { "" };
            let dy = if k == 0 { 0.0 } else { 14.0 };
            let _ = write!(
                out,
                r#"<tspan{class} x="{}" dy="{}">{}</tspan>"#,
                n(x),
                n(dy),
                esc(line)
            );
        }
        out.push_str("</text>");
    }
    out.push_str("</svg>");
    out
}

/// The chart's `<desc>`: what a reader would take away from it.
fn describe(moments: &[Moment<'_>], path: &[usize], lang: Locale) -> String {
    let scored: Vec<&Moment<'_>> = path
        .iter()
        .map(|&m| &moments[m])
        .filter(|m| m.emotion.is_some())
        .collect();
    let missing = path.len() - scored.len();
    let lowest = scored.iter().min_by_key(|m| (m.emotion, m.number));
    let highest = scored
        .iter()
        .max_by_key(|m| (m.emotion, std::cmp::Reverse(m.number)));
    let mut text = message(
        lang,
        "report-chart-emotion-desc",
        &Args::new().count("moments", path.len()),
    );
    if let (Some(low), Some(high)) = (lowest, highest) {
        let args = Args::new()
            .count("low_number", low.number)
            .text("low_title", low.title)
            .text("low_score", emotion_score(low.emotion.unwrap_or(0)))
            .count("high_number", high.number)
            .text("high_title", high.title)
            .text("high_score", emotion_score(high.emotion.unwrap_or(0)));
        text.push(' ');
        text.push_str(&message(lang, "report-chart-emotion-extremes", &args));
    }
    if let Some(note) = i18n::emotion_gaps(missing, lang) {
        text.push(' ');
        text.push_str(&note);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::report::charts::Lane;

    fn moment(
        number: usize,
        title: &'static str,
        stage: usize,
        emotion: Option<i8>,
    ) -> Moment<'static> {
        Moment {
            number,
            title,
            stage,
            actor: "KCC",
            lane: Lane::Frontstage,
            emotion,
            note: None,
            milestone: false,
            absent: false,
            findings: 0,
            good_practice: false,
            visits: 1.0,
        }
    }

    #[test]
    fn one_point_per_moment_with_an_emotion_and_a_broken_line_at_gaps() {
        // One point per moment with an emotion; gaps get a hollow mark on a dashed bridge.
        let mut moments = vec![
            moment(1, "Call <us>", 0, Some(-1)),
            moment(2, "Wait", 0, None),
            moment(3, "Visit", 1, Some(2)),
            moment(4, "Done", 1, Some(3)),
        ];
        moments[2].milestone = true;
        moments[3].findings = 2;
        let svg = svg(&moments, &[0, 1, 2, 3], &["Report", "Repair"], Language::En);
        assert_eq!(svg.matches("class=\"emotion-point\"").count(), 3);
        assert_eq!(
            svg.matches("<polyline").count(),
            1,
            "only 3→4 is a run of two"
        );
        assert_eq!(
            svg.matches("curve-bridge").count(),
            1,
            "1→3 bridges the gap at 2"
        );
        assert_eq!(svg.matches("point-missing").count(), 1);
        assert!(svg.contains("Call &lt;us&gt;"));
        assert!(!svg.contains("<us>"));
        assert!(svg.contains("<title id=\"chart-emotion-title\">"));
        assert!(svg.contains("<desc id=\"chart-emotion-desc\">"));
        assert!(svg.contains("mark-finding"));
        assert!(svg.contains("mark-milestone"));
        assert!(svg.contains("Report") && svg.contains("Repair"));
    }

    #[test]
    fn scores_map_to_the_scale() {
        // Higher emotion is higher on the chart; scores beyond ±3 are clamped.
        assert!(y_of(3) < y_of(0));
        assert!(y_of(0) < y_of(-3));
        assert_eq!(y_of(5), y_of(3));
    }
}
