//! The journey graph as an inline SVG: every touchpoint a box in its layer (from
//! [`graph_layout`](super::graph_layout)), every transition an arrow, branches labelled with
//! the share of tenants who take them, loops drawn as curves beside the layers they span.

use std::fmt::Write as _;

use super::graph_layout::{Layout, Route};
use super::{
    Moment, arrow_marker, card_marks, emotion_class, esc, n, numbered_title, open_svg, text_lines,
};
use crate::i18n::{Args, Locale, message};
use crate::report::i18n;

const NODE_W: f64 = 206.0;
const NODE_H: f64 = 60.0;
const SLOT: f64 = 236.0;
const LAYER: f64 = 112.0;
const MARGIN: f64 = 16.0;
const LOOP_GAP: f64 = 30.0;
const LOOP_STEP: f64 = 22.0;

/// One transition to draw.
#[derive(Debug, Clone)]
pub struct Arrow {
    /// Index of the source moment.
    pub from: usize,
    /// Index of the target moment.
    pub to: usize,
    /// `next`, `handoff`, `loop` or `escalation`: the CSS class suffix.
    pub kind: &'static str,
    /// The label to print on it ("70%"), when any.
    pub label: Option<String>,
}

fn node_x(layout: &Layout, i: usize) -> f64 {
    MARGIN + layout.x[i] * SLOT + (SLOT - NODE_W) / 2.0
}

fn node_y(layer: usize) -> f64 {
    MARGIN + layer as f64 * LAYER
}

/// Draws the graph. `arrows[k]` is drawn along `layout.routes[k]`.
pub fn svg(
    moments: &[Moment<'_>],
    arrows: &[Arrow],
    layout: &Layout,
    lang: impl Into<Locale>,
) -> String {
    let lang: Locale = lang.into();
    let t = i18n::texts(lang);
    let loops: Vec<usize> = (0..arrows.len())
        .filter(|&k| matches!(layout.routes.get(k), Some(Route::Loop)))
        .collect();
    let nodes_right = MARGIN + layout.width * SLOT;
    // each loop runs beside the rightmost node of the layers it spans
    let mut loop_x: Vec<f64> = Vec::new();
    let mut used: Vec<(usize, usize, f64)> = Vec::new();
    for &k in &loops {
        let arrow = &arrows[k];
        let (a, b) = (layout.layer[arrow.from], layout.layer[arrow.to]);
        let (lo, hi) = (a.min(b), a.max(b));
        let rightmost = (0..moments.len())
            .filter(|&i| (lo..=hi).contains(&layout.layer[i]))
            .map(|i| node_x(layout, i) + NODE_W)
            .fold(0.0, f64::max);
        let mut x = rightmost + LOOP_GAP;
        // step outwards past loops that overlap vertically
        for &(ulo, uhi, ux) in &used {
            if ulo <= hi && lo <= uhi && x <= ux + 1.0 {
                x = ux + LOOP_STEP;
            }
        }
        used.push((lo, hi, x));
        loop_x.push(x);
    }
    let width = loops
        .iter()
        .zip(&loop_x)
        .map(|(&k, x)| {
            let label = arrows[k]
                .label
                .as_deref()
                .map_or(0, |l| l.chars().count() + 2);
            x + label_width(label) / 2.0 + 8.0
        })
        .fold(nodes_right, f64::max)
        + MARGIN;
    let height = node_y(layout.layers.max(1)) - LAYER + NODE_H + 2.0 * MARGIN;

    let mut out = String::with_capacity(16 * 1024);
    let desc = describe(moments.len(), arrows, layout, lang);
    open_svg(
        &mut out,
        "chart-graph",
        "chart graph-chart",
        width,
        height,
        t.graph_heading,
        &desc,
    );
    out.push_str("<defs>");
    for kind in ["next", "handoff", "loop", "escalation"] {
        arrow_marker(
            &mut out,
            &format!("chart-graph-arrow-{kind}"),
            &format!("arrowhead-{kind}"),
        );
    }
    out.push_str("</defs>");

    let mut labels = Labels::default();
    // forward edges
    for (k, arrow) in arrows.iter().enumerate() {
        let Some(Route::Forward(points)) = layout.routes.get(k) else {
            continue;
        };
        let mut d = String::new();
        let mut pts: Vec<(f64, f64)> = Vec::new();
        for (j, &(layer, x)) in points.iter().enumerate() {
            let cx = MARGIN + x * SLOT + SLOT / 2.0;
            let top = node_y(layer);
            if j == 0 {
                pts.push((cx, top + NODE_H));
            } else if j == points.len() - 1 {
                pts.push((cx, top - 1.0));
            } else {
                pts.push((cx, top));
                pts.push((cx, top + NODE_H));
            }
        }
        let _ = write!(d, "M{},{}", n(pts[0].0), n(pts[0].1));
        for pair in pts.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            if (x0 - x1).abs() < 0.01 && (y1 - y0 - NODE_H).abs() < 0.01 {
                let _ = write!(d, " L{},{}", n(x1), n(y1));
            } else {
                let my = (y0 + y1) / 2.0;
                let _ = write!(
                    d,
                    " C{},{} {},{} {},{}",
                    n(x0),
                    n(my),
                    n(x1),
                    n(my),
                    n(x1),
                    n(y1)
                );
            }
        }
        let _ = write!(
            out,
            r#"<path class="edge edge-{kind}" d="{d}" marker-end="url(#chart-graph-arrow-{kind})"/>"#,
            kind = arrow.kind
        );
        if let Some(label) = &arrow.label {
            // on the first segment, a third of the way down
            let (x0, y0) = pts[0];
            let (x1, y1) = pts[1];
            let lx = x0 + (x1 - x0) * 0.5;
            let ly = y0 + (y1 - y0) * 0.45;
            labels.place(lx, ly, label);
        }
    }
    // loops
    for (j, &k) in loops.iter().enumerate() {
        let arrow = &arrows[k];
        let x = loop_x[j];
        let (ax, ay) = (
            node_x(layout, arrow.from) + NODE_W,
            node_y(layout.layer[arrow.from]),
        );
        let (bx, by) = (
            node_x(layout, arrow.to) + NODE_W,
            node_y(layout.layer[arrow.to]),
        );
        let d = if arrow.from == arrow.to {
            format!(
                "M{},{} C{},{} {},{} {},{}",
                n(ax),
                n(ay + NODE_H * 0.7),
                n(ax + 34.0),
                n(ay + NODE_H + 8.0),
                n(ax + 34.0),
                n(ay - 8.0),
                n(ax + 1.0),
                n(ay + NODE_H * 0.3)
            )
        } else {
            // Orthogonal, through the gaps between layers, so the loop never passes behind
            // another touchpoint: out of the source's bottom, along the gap below it, up beside
            // the layers, along the gap above the target and into its top.
            let r = 8.0;
            let sx = ax - NODE_W * 0.22;
            let tx = bx - NODE_W * 0.22;
            let below = ay + NODE_H + 12.0 + 5.0 * j as f64;
            let above = by - 12.0 - 5.0 * j as f64;
            let up = above < below;
            let v = if up { -r } else { r };
            format!(
                "M{},{} L{},{} Q{},{} {},{} L{},{} Q{},{} {},{} L{},{} Q{},{} {},{} L{},{} Q{},{} {},{} L{},{}",
                n(sx),
                n(ay + NODE_H),
                n(sx),
                n(below - r),
                n(sx),
                n(below),
                n(sx + r),
                n(below),
                n(x - r),
                n(below),
                n(x),
                n(below),
                n(x),
                n(below + v),
                n(x),
                n(above - v),
                n(x),
                n(above),
                n(x - r),
                n(above),
                n(tx + r),
                n(above),
                n(tx),
                n(above),
                n(tx),
                n(above + r),
                n(tx),
                n(by - 1.0)
            )
        };
        let _ = write!(
            out,
            r#"<path class="edge edge-{kind}" d="{d}" marker-end="url(#chart-graph-arrow-{kind})"/>"#,
            kind = arrow.kind
        );
        if let Some(label) = &arrow.label {
            let ly = (ay + by) / 2.0 + NODE_H / 2.0;
            labels.place(x, ly, &format!("↺ {label}"));
        }
    }

    // nodes
    for (i, m) in moments.iter().enumerate() {
        let (x, y) = (node_x(layout, i), node_y(layout.layer[i]));
        let class = emotion_class(m.emotion);
        let milestone = if m.milestone { " node-milestone" } else { "" };
        let reach = match m.absent {
            true => format!(
                "{} · {}",
                crate::i18n::text(lang, "report-absent"),
                i18n::reach(m.visits, lang)
            ),
            false => i18n::reach(m.visits, lang),
        };
        let _ = write!(
            out,
            r#"<g class="node-group"><title>{}</title><rect class="node node-{class}{milestone}{}" x="{}" y="{}" width="{}" height="{}" rx="8"{}/>"#,
            esc(&format!("{}. {} — {reach}", m.number, m.title)),
            if m.absent { " node-absent" } else { "" },
            n(x),
            n(y),
            n(NODE_W),
            n(NODE_H),
            GAP_DASH[usize::from(m.absent)]
        );
        numbered_title(
            &mut out,
            x + 10.0,
            y + 18.0,
            23.0,
            m.number,
            m.title,
            23,
            2,
            "node-title",
        );
        text_lines(
            &mut out,
            x + 10.0,
            y + NODE_H - 9.0,
            12.0,
            "node-reach",
            &[reach],
        );
        card_marks(&mut out, x + NODE_W - 8.0, y + NODE_H - 13.0, m, false);
        out.push_str("</g>");
    }
    out.push_str(&labels.svg);
    out.push_str("</svg>");
    out
}

/// The estimated width of an edge label of `chars` characters.
fn label_width(chars: usize) -> f64 {
    chars as f64 * 7.2 + 12.0
}

/// Edge labels, drawn last, nudged down when one would cover another.
#[derive(Default)]
struct Labels {
    svg: String,
    placed: Vec<(f64, f64, f64, f64)>,
}

impl Labels {
    fn place(&mut self, x: f64, y: f64, text: &str) {
        let w = label_width(text.chars().count());
        let h = 18.0;
        let mut top = y - 12.0;
        for _ in 0..6 {
            let left = x - w / 2.0;
            let clash = self.placed.iter().any(|&(l, t, pw, ph)| {
                left < l + pw + 2.0 && l < left + w + 2.0 && top < t + ph && t < top + h
            });
            if !clash {
                break;
            }
            top += h + 2.0;
        }
        let left = x - w / 2.0;
        self.placed.push((left, top, w, h));
        let _ = write!(
            self.svg,
            r#"<rect class="edge-label-bg" x="{}" y="{}" width="{}" height="{}" rx="4"/><text class="edge-label" x="{}" y="{}" text-anchor="middle">{}</text>"#,
            n(left),
            n(top),
            n(w),
            n(h),
            n(x),
            n(top + 13.0),
            esc(text)
        );
    }
}

fn describe(nodes: usize, arrows: &[Arrow], layout: &Layout, lang: Locale) -> String {
    let count = |kind: &str| arrows.iter().filter(|a| a.kind == kind).count();
    let args = Args::new()
        .count("nodes", nodes)
        .count("transitions", arrows.len())
        .count("layers", layout.layers)
        .count("handoffs", count("handoff"))
        .count("loops", count("loop"))
        .count("escalations", count("escalation"));
    message(lang, "report-chart-graph-desc", &args)
}

/// The outline of a node: solid, or dashed for an absent step (a presentation attribute, so
/// no stylesheet or theme needs to know about it).
const GAP_DASH: [&str; 2] = ["", r#" stroke-dasharray="6 4""#];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::report::charts::Lane;
    use crate::report::charts::graph_layout::{Edge, layout};

    fn moment(number: usize) -> Moment<'static> {
        Moment {
            number,
            title: "<b>moment</b>",
            stage: 0,
            actor: "KCC",
            lane: Lane::Frontstage,
            emotion: None,
            note: None,
            milestone: false,
            absent: false,
            findings: 0,
            good_practice: false,
            visits: 0.7,
        }
    }

    #[test]
    fn draws_every_node_edge_and_loop_with_labels() {
        // Every node, edge and loop is drawn, with share labels, and text is escaped.
        let moments: Vec<Moment<'static>> = (1..=3).map(moment).collect();
        let edges = [
            Edge {
                from: 0,
                to: 1,
                loop_back: false,
            },
            Edge {
                from: 1,
                to: 2,
                loop_back: false,
            },
            Edge {
                from: 2,
                to: 1,
                loop_back: true,
            },
        ];
        let l = layout(3, &edges, 0);
        let arrows = vec![
            Arrow {
                from: 0,
                to: 1,
                kind: "next",
                label: None,
            },
            Arrow {
                from: 1,
                to: 2,
                kind: "handoff",
                label: Some("70%".into()),
            },
            Arrow {
                from: 2,
                to: 1,
                kind: "loop",
                label: Some("30%".into()),
            },
        ];
        let svg = svg(&moments, &arrows, &l, Language::En);
        assert_eq!(svg.matches("class=\"node-group\"").count(), 3);
        assert_eq!(svg.matches("class=\"edge ").count(), 3);
        assert!(svg.contains("edge-loop"));
        assert!(svg.contains(">70%<") && svg.contains("↺ 30%"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("70% of tenants"));
    }

    #[test]
    fn an_absent_step_is_drawn_as_a_gap() {
        let mut moments: Vec<Moment<'static>> = (1..=2).map(moment).collect();
        moments[1].absent = true;
        let edges = [Edge {
            from: 0,
            to: 1,
            loop_back: false,
        }];
        let l = layout(2, &edges, 0);
        let arrows = vec![Arrow {
            from: 0,
            to: 1,
            kind: "next",
            label: None,
        }];
        let svg = svg(&moments, &arrows, &l, Language::Nl);
        assert_eq!(svg.matches(r#"stroke-dasharray="6 4""#).count(), 1, "{svg}");
        assert_eq!(svg.matches("node-absent").count(), 1);
        assert!(svg.contains("gebeurt niet · 70% van de huurders"), "{svg}");
    }
}
