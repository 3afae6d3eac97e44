//! The service blueprint: stages as columns, four swimlanes (the tenant, frontstage,
//! backstage, contractors and partners) as rows, every touchpoint a card in its cell, and the
//! handoffs drawn as dashed arrows between the cards. Cards have a fixed size, so the whole
//! blueprint is computed here and drawn as one SVG, with no script measuring the page.

use std::fmt::Write as _;

use super::{
    Lane, Moment, arrow_marker, card_marks, emotion_class, esc, n, numbered_title, open_svg,
    text_lines, truncate, wrap,
};
use crate::i18n::{Args, Locale, message};
use crate::report::i18n;

const LANE_LABEL: f64 = 124.0;
const COL: f64 = 204.0;
const CARD_W: f64 = 172.0;
const CARD_H: f64 = 74.0;
const GAP: f64 = 10.0;
const PAD: f64 = 12.0;
const HEADER: f64 = 44.0;

/// A side of a card where a handoff arrow starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// Where each card sits.
struct Placement {
    x: f64,
    y: f64,
    column: usize,
}

/// Draws the blueprint. `stages` are the stage titles by index; `handoffs` are pairs of
/// indices into `moments`.
pub fn svg(
    moments: &[Moment<'_>],
    stages: &[&str],
    handoffs: &[(usize, usize)],
    lang: impl Into<Locale>,
) -> String {
    let lang: Locale = lang.into();
    let t = i18n::texts(lang);
    let columns = stages.len().max(1);
    let column_of = |m: &Moment<'_>| m.stage.min(columns - 1);

    // cards per (lane, column), in reading order
    let mut order: Vec<usize> = (0..moments.len()).collect();
    order.sort_by_key(|&i| moments[i].number);
    let mut cells: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); columns]; Lane::ALL.len()];
    for &i in &order {
        cells[moments[i].lane.index()][column_of(&moments[i])].push(i);
    }
    let lane_heights: Vec<f64> = cells
        .iter()
        .map(|lane| {
            let most = lane.iter().map(Vec::len).max().unwrap_or(0).max(1) as f64;
            most * (CARD_H + GAP) - GAP + 2.0 * PAD
        })
        .collect();
    let mut lane_tops = Vec::with_capacity(lane_heights.len());
    let mut y = HEADER;
    for h in &lane_heights {
        lane_tops.push(y);
        y += h;
    }
    let height = y + 2.0;
    let width = LANE_LABEL + COL * columns as f64 + 8.0;

    let mut placements: Vec<Option<Placement>> = (0..moments.len()).map(|_| None).collect();
    for (lane, row) in cells.iter().enumerate() {
        for (column, cell) in row.iter().enumerate() {
            for (k, &i) in cell.iter().enumerate() {
                placements[i] = Some(Placement {
                    x: LANE_LABEL + COL * column as f64 + (COL - CARD_W) / 2.0,
                    y: lane_tops[lane] + PAD + k as f64 * (CARD_H + GAP),
                    column,
                });
            }
        }
    }

    let mut out = String::with_capacity(16 * 1024);
    open_svg(
        &mut out,
        "chart-blueprint",
        "chart blueprint-chart",
        width,
        height,
        t.blueprint_heading,
        &describe(moments, &cells, stages.len(), handoffs.len(), lang),
    );
    out.push_str("<defs>");
    arrow_marker(&mut out, "chart-blueprint-arrow", "arrowhead-handoff");
    out.push_str("</defs>");

    // lanes
    for (lane, top) in lane_tops.iter().enumerate() {
        let _ = write!(
            out,
            r#"<rect class="lane lane-{}" x="0" y="{}" width="{}" height="{}"/>"#,
            lane % 2,
            n(*top),
            n(width),
            n(lane_heights[lane])
        );
        let label = Lane::ALL[lane].label(lang);
        text_lines(
            &mut out,
            10.0,
            top + 22.0,
            16.0,
            "lane-label",
            &wrap(label, 14, 4),
        );
        if lane > 0 {
            let _ = write!(
                out,
                r#"<line class="lane-line" x1="0" y1="{y}" x2="{}" y2="{y}"/>"#,
                n(width),
                y = n(*top)
            );
        }
    }
    // stage headers
    for column in 0..columns {
        let x = LANE_LABEL + COL * column as f64;
        let _ = write!(
            out,
            r#"<rect class="stage-head" x="{}" y="4" width="{}" height="{}" rx="4"/>"#,
            n(x + 4.0),
            n(COL - 8.0),
            n(HEADER - 10.0)
        );
        let title = stages.get(column).copied().unwrap_or("");
        let lines = vec![truncate(title, 24)];
        text_lines(&mut out, x + 14.0, 26.0, 15.0, "stage-label", &lines);
    }

    // handoffs, under the cards; where several meet one side of a card their ends are
    // spread along it, and arrows within one column run in their own track of the gutter
    let mut geometry: Vec<(usize, usize, Side, Side)> = Vec::new();
    for &(from, to) in handoffs {
        let (Some(Some(a)), Some(Some(b))) = (placements.get(from), placements.get(to)) else {
            continue;
        };
        let (start, end) = if b.column > a.column {
            (Side::Right, Side::Left)
        } else if b.column < a.column {
            (Side::Left, Side::Right)
        } else {
            (Side::Right, Side::Right)
        };
        geometry.push((from, to, start, end));
    }
    let mut ends: Vec<(usize, Side)> = Vec::new();
    for &(from, to, start, end) in &geometry {
        ends.push((from, start));
        ends.push((to, end));
    }
    let attach = |card: usize, side: Side, nth: usize| -> (f64, f64) {
        let p = placements[card].as_ref().expect("placed");
        let total = ends.iter().filter(|e| **e == (card, side)).count();
        let y = p.y + CARD_H * (nth + 1) as f64 / (total + 1) as f64;
        let x = match side {
            Side::Left => p.x,
            Side::Right => p.x + CARD_W,
        };
        (x, y)
    };
    let mut used: Vec<(usize, Side)> = Vec::new();
    let mut tracks = vec![0usize; columns];
    for &(from, to, start, end) in &geometry {
        let nth_start = used.iter().filter(|e| **e == (from, start)).count();
        used.push((from, start));
        let nth_end = used.iter().filter(|e| **e == (to, end)).count();
        used.push((to, end));
        let (sx, sy) = attach(from, start, nth_start);
        let (ex, ey) = attach(to, end, nth_end);
        let path = if start == end {
            let column = placements[from].as_ref().map_or(0, |p| p.column);
            let bulge = 10.0 + 5.0 * (tracks[column] % 4) as f64;
            tracks[column] += 1;
            let x = sx + bulge;
            format!(
                "M{},{} C{},{} {},{} {},{}",
                n(sx),
                n(sy),
                n(x + bulge * 0.35),
                n(sy),
                n(x + bulge * 0.35),
                n(ey),
                n(ex + 1.0),
                n(ey)
            )
        } else {
            curve((sx, sy), (ex, ey))
        };
        let _ = write!(
            out,
            r#"<path class="handoff" d="{path}" marker-end="url(#chart-blueprint-arrow)"/>"#
        );
    }

    // cards
    for &i in &order {
        let Some(p) = &placements[i] else { continue };
        let m = &moments[i];
        let absent = m.absent.then(|| crate::i18n::text(lang, "report-absent"));
        let tooltip = match &absent {
            Some(gap) => format!("{}. {} — {} — {gap}", m.number, m.title, m.actor),
            None => format!("{}. {} — {}", m.number, m.title, m.actor),
        };
        let _ = write!(
            out,
            r#"<g class="card-group"><title>{}</title><rect class="card card-{}{}" x="{}" y="{}" width="{}" height="{}" rx="6"{}/>"#,
            esc(&tooltip),
            emotion_class(m.emotion),
            if m.absent { " card-absent" } else { "" },
            n(p.x),
            n(p.y),
            n(CARD_W),
            n(CARD_H),
            GAP_DASH[usize::from(m.absent)]
        );
        let _ = write!(
            out,
            r#"<rect class="card-stripe card-stripe-{}" x="{}" y="{}" width="5" height="{}" rx="2"/>"#,
            emotion_class(m.emotion),
            n(p.x),
            n(p.y),
            n(CARD_H)
        );
        numbered_title(
            &mut out,
            p.x + 11.0,
            p.y + 17.0,
            23.0,
            m.number,
            m.title,
            18,
            3,
            "card-title",
        );
        let marks_start = card_marks(&mut out, p.x + CARD_W - 8.0, p.y + CARD_H - 14.0, m, true);
        let room = ((marks_start - p.x - 14.0) / 6.4).floor().max(4.0) as usize;
        text_lines(
            &mut out,
            p.x + 12.0,
            p.y + CARD_H - 10.0,
            13.0,
            "card-actor",
            &[match &absent {
                // A gap says so where the actor would be: nobody serves the tenant here.
                Some(gap) => truncate(&format!("{gap} · {}", m.actor), room),
                None => truncate(m.actor, room),
            }],
        );
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// The outline of a card or node: solid, or dashed for an absent step (a presentation
/// attribute, so no stylesheet or theme needs to know about it).
pub(super) const GAP_DASH: [&str; 2] = ["", r#" stroke-dasharray="6 4""#];

/// A horizontal S-curve from `a` to `b`.
fn curve(a: (f64, f64), b: (f64, f64)) -> String {
    let dx = (b.0 - a.0) * 0.5;
    format!(
        "M{},{} C{},{} {},{} {},{}",
        n(a.0),
        n(a.1),
        n(a.0 + dx),
        n(a.1),
        n(b.0 - dx),
        n(b.1),
        n(b.0 - dx.signum()),
        n(b.1)
    )
}

fn describe(
    moments: &[Moment<'_>],
    cells: &[Vec<Vec<usize>>],
    stages: usize,
    handoffs: usize,
    lang: Locale,
) -> String {
    let per_lane: Vec<String> = Lane::ALL
        .iter()
        .map(|lane| {
            let count: usize = cells[lane.index()].iter().map(Vec::len).sum();
            let args = Args::new()
                .text("lane", lane.label(lang))
                .count("count", count);
            message(lang, "report-chart-lane-count", &args)
        })
        .collect();
    let args = Args::new()
        .count("moments", moments.len())
        .count("stages", stages)
        .text("lanes", per_lane.join("; "))
        .count("handoffs", handoffs);
    message(lang, "report-chart-blueprint-desc", &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn moment(number: usize, stage: usize, lane: Lane) -> Moment<'static> {
        Moment {
            number,
            title: "A \"quoted\" <moment>",
            stage,
            actor: "Planning & co",
            lane,
            emotion: Some(-1),
            note: None,
            milestone: number == 1,
            absent: number == 4,
            findings: usize::from(number == 2),
            good_practice: number == 3,
            visits: 1.0,
        }
    }

    #[test]
    fn every_moment_is_a_card_and_handoffs_are_arrows() {
        // Every touchpoint is drawn as a card, every handoff as an arrow; text is escaped.
        let moments = vec![
            moment(1, 0, Lane::Frontstage),
            moment(2, 0, Lane::Backstage),
            moment(3, 1, Lane::Partners),
            moment(4, 1, Lane::Partners),
        ];
        let svg = svg(
            &moments,
            &["Melden", "Herstel"],
            &[(0, 1), (1, 2), (3, 0)],
            Language::Nl,
        );
        assert_eq!(svg.matches("class=\"card-group\"").count(), 4);
        assert_eq!(svg.matches("class=\"handoff\"").count(), 3);
        assert!(svg.contains("&quot;quoted&quot; &lt;moment&gt;"));
        assert!(svg.contains("Planning &amp; co"));
        assert!(svg.contains("Huurder"));
        assert!(
            svg.contains("mark-milestone")
                && svg.contains("mark-finding")
                && svg.contains("mark-good")
        );
    }

    #[test]
    fn an_absent_step_is_a_dashed_card_that_says_so() {
        let moments = vec![
            moment(1, 0, Lane::Frontstage),
            moment(4, 0, Lane::Frontstage),
        ];
        let svg = svg(&moments, &["Melden"], &[], Language::En);
        assert_eq!(svg.matches(r#"stroke-dasharray="6 4""#).count(), 1, "{svg}");
        assert!(svg.contains("card-absent"));
        assert!(svg.contains("does not happen"), "{svg}");
    }

    #[test]
    fn stacked_cards_make_a_lane_taller() {
        // Two cards in one cell make their lane taller than one card does.
        let one = svg(&[moment(1, 0, Lane::Partners)], &["S"], &[], Language::En);
        let two = svg(
            &[moment(1, 0, Lane::Partners), moment(2, 0, Lane::Partners)],
            &["S"],
            &[],
            Language::En,
        );
        let height = |svg: &str| -> f64 {
            let start = svg.find("height=\"").unwrap() + 8;
            svg[start..].split('"').next().unwrap().parse().unwrap()
        };
        assert!(height(&two) > height(&one));
    }
}
