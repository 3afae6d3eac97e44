//! The journey map's grid (`JourneyMapView::grid_html`): its rows of stages, each moment a
//! column of lanes, and the curve under each row. The built-in `partials/journey_map.html`
//! shows it after the legend.

use super::{escape, given, number};
use crate::report::view::section::journey_map::{JourneyMapView, MapMoment, MapStage};

/// The milestone mark of a moment's heading.
const MILESTONE: &str = r#"<svg class="jm-mark" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="13" height="13"><polygon class="mark-milestone" points="8,1.5 14.5,8 8,14.5 1.5,8"/></svg>"#;
/// The mark before a finding's name.
const FINDING: &str = r#"<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="11" height="11"><polygon class="mark-finding" points="8,1.5 15,13.5 1,13.5"/></svg>"#;
/// The mark before good practice.
const GOOD: &str = r#"<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="11" height="11"><polygon class="mark-good" points="8,0.8 10,6 15.5,6.2 11.2,9.6 12.8,15 8,11.9 3.2,15 4.8,9.6 0.5,6.2 6,6"/></svg>"#;

/// The grid of `map`, from `<div class="jm">` to its `</div>`.
pub(crate) fn grid(map: &JourneyMapView, milestone: &str) -> String {
    let moments: usize = map
        .rows
        .iter()
        .flat_map(|r| &r.stages)
        .map(|s| s.moments.len())
        .sum();
    let mut out = String::with_capacity(512 + 1800 * moments);
    // the journey's own language on its text, when the page speaks another
    let tl = map
        .text_lang
        .map(|code| format!(" lang=\"{code}\""))
        .unwrap_or_default();
    let lane = |i: usize| map.lanes.get(i).map_or("", String::as_str);
    out.push_str("<div class=\"jm\">\n");
    for row in map.rows.iter() {
        out.push_str("<div class=\"jm-row\">\n<div class=\"jm-lanes\" aria-hidden=\"true\">");
        for name in &map.lanes {
            out.push_str("<span class=\"jm-lane-name\">");
            escape(&mut out, name);
            out.push_str("</span>");
        }
        out.push_str("</div>\n");
        for stage in &row.stages {
            stage_open(&mut out, stage, &tl);
            for m in &stage.moments {
                moment(&mut out, m, &tl, map, milestone, &lane);
            }
            out.push_str("</ol>\n</section>\n");
        }
        out.push_str(&row.curve_svg);
        out.push_str("\n</div>\n");
    }
    out.push_str("</div>");
    out
}

/// A stage's section, heading and the opening of its list of moments.
fn stage_open(out: &mut String, stage: &MapStage, tl: &str) {
    out.push_str("<section class=\"jm-stage jm-span-");
    number(out, stage.moments.len());
    out.push_str("\" aria-label=\"");
    escape(out, &stage.title);
    if stage.continued {
        out.push(' ');
        escape(out, &stage.continued_label);
    }
    out.push_str("\">\n<h3 class=\"jm-stage-title\">");
    own_text(out, tl, &stage.title);
    if stage.continued {
        out.push_str(" <span class=\"muted\">");
        escape(out, &stage.continued_label);
        out.push_str("</span>");
    }
    out.push_str("</h3>\n<ol class=\"jm-moments\">\n");
}

/// One moment: its heading and a cell per lane.
fn moment<'m>(
    out: &mut String,
    m: &MapMoment,
    tl: &str,
    map: &JourneyMapView,
    milestone: &str,
    lane: &impl Fn(usize) -> &'m str,
) {
    out.push_str("<li class=\"jm-moment");
    if m.worst {
        out.push_str(" jm-worst");
    }
    if m.absent {
        out.push_str(" jm-absent");
    }
    out.push_str("\" id=\"");
    escape(out, &m.anchor);
    out.push_str("\">\n<h4 class=\"jm-cell jm-title\"><span class=\"jm-number\">");
    number(out, m.number);
    out.push_str(".</span> ");
    own_text(out, tl, &m.title);
    if m.milestone {
        out.push(' ');
        out.push_str(MILESTONE);
        out.push_str("<span class=\"visually-hidden\">");
        escape(out, milestone);
        out.push_str("</span>");
    }
    if m.absent {
        out.push_str(" <span class=\"jm-absent-label\">");
        escape(out, &map.absent_label);
        out.push_str("</span>");
    }
    out.push_str("</h4>\n");

    cell_open(out, lane(1));
    escape(out, &m.does);
    if let Some(note) = given(&m.note) {
        out.push_str("<span class=\"jm-note\"");
        out.push_str(tl);
        out.push('>');
        escape(out, note);
        out.push_str("</span>");
    }
    out.push_str("</div>\n");

    cell_open(out, lane(2));
    match given(&m.channel) {
        Some(channel) => escape(out, channel),
        None => out.push('–'),
    }
    if let Some(wait) = given(&m.wait) {
        out.push_str("<span class=\"jm-sub\">");
        escape(out, wait);
        out.push_str("</span>");
    }
    out.push_str("</div>\n");

    cell_open(out, lane(3));
    own_text(out, tl, &m.actor);
    if let Some(actor_lane) = m.actor_lane.filter(|l| !l.is_empty()) {
        out.push_str("<span class=\"jm-sub jm-sub-lane\">");
        escape(out, actor_lane);
        out.push_str("</span>");
    }
    out.push_str("</div>\n");

    out.push_str("<div class=\"jm-cell jm-feel\"><span class=\"jm-label\">");
    escape(out, lane(4));
    out.push_str("</span><span class=\"jm-feel-text\">");
    escape(out, &m.feeling_text);
    out.push_str("</span>");
    if let Some(feeling) = &m.feeling {
        out.push_str("<span class=\"jm-dot jm-y");
        number(out, feeling.y);
        out.push_str(" jm-");
        escape(out, feeling.class);
        out.push_str("\" aria-hidden=\"true\"><span class=\"jm-score\">");
        escape(out, &feeling.score);
        out.push_str("</span></span>");
    }
    if let Some(measured) = &m.measured {
        out.push_str("<span class=\"jm-measured jm-y");
        number(out, measured.y);
        out.push_str("\" aria-hidden=\"true\"><span class=\"jm-score\">");
        escape(out, &measured.score);
        out.push_str("</span></span>");
    }
    out.push_str("</div>\n");

    cell_open(out, lane(5));
    if m.findings.is_empty() {
        out.push('–');
    } else {
        out.push_str("<ul class=\"jm-list\">");
        for f in &m.findings {
            out.push_str("<li><a class=\"jm-finding jm-finding-");
            escape(out, f.level);
            out.push_str("\" href=\"");
            escape(out, &f.href);
            out.push_str("\">");
            out.push_str(FINDING);
            out.push(' ');
            escape(out, &f.rule_name);
            out.push_str("</a></li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>\n");

    cell_open(out, lane(6));
    match given(&m.good) {
        Some(good) => {
            out.push_str("<span class=\"jm-good\"");
            out.push_str(tl);
            out.push('>');
            out.push_str(GOOD);
            out.push_str(" <span class=\"jm-good-text\">");
            escape(out, good);
            out.push_str("</span></span>");
        }
        None => out.push('–'),
    }
    out.push_str("</div>\n");

    cell_open(out, lane(7));
    out.push_str("<ul class=\"jm-list\">");
    for x in &m.next {
        out.push_str("<li");
        if x.worst {
            out.push_str(" class=\"jm-next-worst\"");
        }
        out.push_str("><a href=\"");
        escape(out, &x.href);
        out.push_str("\">");
        out.push(if x.loop_back { '↺' } else { '→' });
        out.push(' ');
        number(out, x.number);
        out.push_str("<span class=\"visually-hidden\"");
        out.push_str(tl);
        out.push_str("> ");
        escape(out, &x.title);
        out.push_str("</span></a> ");
        escape(out, &x.share);
        out.push_str("</li>");
    }
    if let Some(ends) = given(&m.ends) {
        out.push_str("<li class=\"jm-end\">");
        escape(out, ends);
        if let Some(outcome) = given(&m.outcome) {
            out.push_str("<span class=\"jm-outcome\">: ");
            own_text(out, tl, outcome);
            out.push_str("</span>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></div>\n</li>\n");
}

/// The journey's own `text` in a `<span>` with its language (`tl`, ` lang="nl"` or empty).
fn own_text(out: &mut String, tl: &str, text: &str) {
    out.push_str("<span");
    out.push_str(tl);
    out.push('>');
    escape(out, text);
    out.push_str("</span>");
}

/// `<div class="jm-cell">` with the lane's name, which a phone shows beside the value.
fn cell_open(out: &mut String, lane: &str) {
    out.push_str("<div class=\"jm-cell\"><span class=\"jm-label\">");
    escape(out, lane);
    out.push_str("</span>");
}
