//! Mermaid export: per journey a `journey` diagram (the tenant's emotions stage by stage) and a
//! `flowchart` of the graph (shares on the edges, loops dashed, flagged moments marked), as a
//! Markdown document with one fenced `mermaid` block per diagram. GitHub, GitLab, Obsidian and
//! most wikis render it as is; each block is also valid input for mermaid.live or `mmdc`.
//!
//! Emotion −3..+3 maps onto Mermaid's 1–5 score: −3 and −2 → 1, −1 → 2, 0 → 3, +1 → 4,
//! +2 and +3 → 5. A touchpoint without an emotion is drawn at 3 (neutral).
//!
//! Every text from a journey, the id included, is escaped for the place it lands (Markdown
//! heading, journey title, section, task, flowchart label) and always kept on one line, so it
//! cannot close a fence, start a `%%{init}%%` directive or a `click` line, or carry raw HTML.
//! Control characters are shown as `\u{1b}`: the export may be printed to a terminal.

use std::fmt::Write as _;

use crate::i18n;
use crate::output::terminal::safe;
use crate::project::AnalysedJourney;

/// The Mermaid class of absent steps.
const ABSENT: &str = "absent";

/// Mermaid's journey score (1–5) for a tjm emotion score (−3..+3).
pub fn mermaid_score(emotion: i8) -> u8 {
    match emotion {
        i8::MIN..=-2 => 1,
        -1 => 2,
        0 => 3,
        1 => 4,
        _ => 5,
    }
}

/// The whole export for several journeys: a Markdown document, one section per journey.
pub fn render(journeys: &[AnalysedJourney]) -> String {
    let mut out = String::new();
    for (i, journey) in journeys.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let j = &journey.loaded.journey;
        let _ = writeln!(
            out,
            "## {} ({})\n",
            markdown_text(&j.title),
            markdown_text(&j.id)
        );
        out.push_str("```mermaid\n");
        out.push_str(&journey_diagram(journey));
        out.push_str("```\n\n```mermaid\n");
        out.push_str(&flowchart(journey));
        out.push_str("```\n");
    }
    out
}

/// True for touchpoints with an active warning or error finding.
fn flagged(journey: &AnalysedJourney) -> Vec<bool> {
    let mut flags = vec![false; journey.loaded.journey.touchpoints.len()];
    for finding in journey.analysis.active() {
        if finding.level >= crate::rules::Level::Warning {
            flags[finding.anchor.touchpoint()] = true;
        }
    }
    flags
}

/// The `journey` diagram: stages as sections, touchpoints as tasks `Title: score: actor`.
pub fn journey_diagram(journey: &AnalysedJourney) -> String {
    let j = &journey.loaded.journey;
    let mut out = String::from("journey\n");
    let _ = writeln!(out, "  title {}", journey_text(&j.title, false));
    for stage in &j.stages {
        let tasks: Vec<_> = j
            .touchpoints
            .iter()
            .filter(|t| t.stage == stage.id)
            .collect();
        if tasks.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  section {}", journey_text(&stage.title, true));
        for touchpoint in tasks {
            let score = touchpoint
                .emotion
                .as_ref()
                .map_or(3, |e| mermaid_score(e.score));
            let actor = super::actor_name(j, touchpoint, journey.locale);
            let actor = actor.as_ref();
            let title = match touchpoint.absent {
                true => format!(
                    "{} ({})",
                    touchpoint.title,
                    i18n::text(journey.locale, "report-absent")
                ),
                false => touchpoint.title.clone(),
            };
            let _ = writeln!(
                out,
                "    {}: {score}: {}",
                journey_text(&title, true),
                journey_text(actor, true).replace(',', "\u{201A}")
            );
        }
    }
    out
}

/// The flowchart of the graph: stages as subgraphs, shares on the edges in percent, loops
/// dashed, flagged touchpoints (active warnings or errors) marked ⚠ and styled `flagged`.
pub fn flowchart(journey: &AnalysedJourney) -> String {
    let j = &journey.loaded.journey;
    let graph = &journey.analysis.graph;
    let flags = flagged(journey);
    let mut out = String::from("flowchart TD\n");
    let node = |i: usize| -> String {
        let t = &j.touchpoints[i];
        let mut label = String::new();
        if flags[i] {
            label.push_str("⚠ ");
        }
        label.push_str(&t.title);
        if t.absent {
            let _ = write!(label, " ({})", i18n::text(journey.locale, "report-absent"));
        }
        format!("n{i}[\"{}\"]", flow_text(&label))
    };
    super::stages::write_grouped(
        &mut out,
        j,
        |out, s, stage| {
            let _ = writeln!(out, "  subgraph s{s}[\"{}\"]", flow_text(&stage.title));
        },
        "  end\n",
        node,
    );
    for step in graph.steps() {
        let arrow = if step.loop_back { "-.->" } else { "-->" };
        let mut label = format!("{:.0}%", step.probability * 100.0);
        if step.escalation {
            label.push(' ');
            label.push_str(&i18n::text(journey.locale, "report-legend-escalation"));
        }
        let _ = writeln!(
            out,
            "  n{} {arrow}|\"{}\"| n{}",
            step.from,
            flow_text(&label),
            step.to
        );
    }
    let flagged_nodes: Vec<String> = (0..flags.len())
        .filter(|&i| flags[i])
        .map(|i| format!("n{i}"))
        .collect();
    out.push_str("  classDef flagged fill:#fde2e2,stroke:#b00020,stroke-width:2px\n");
    if !flagged_nodes.is_empty() {
        let _ = writeln!(out, "  class {} flagged", flagged_nodes.join(","));
    }
    // Absent steps: a dashed outline, after `flagged` so a flagged gap stays dashed.
    let absent_nodes: Vec<String> = (0..j.touchpoints.len())
        .filter(|&i| j.touchpoints[i].absent)
        .map(|i| format!("n{i}"))
        .collect();
    if !absent_nodes.is_empty() {
        let _ = writeln!(
            out,
            "  classDef {} stroke-dasharray:6 4,fill:#ffffff",
            ABSENT
        );
        let _ = writeln!(out, "  class {} {ABSENT}", absent_nodes.join(","));
    }
    out
}

/// Text for a Markdown heading: HTML's `<`, `>` and `&` as entities (so no tag survives, even
/// in renderers that allow HTML), Markdown punctuation and `%` (Obsidian comments), `~` and `$`
/// (strike-through and maths) escaped with a backslash.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '%' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Text on one line, with the control characters that remain shown as `\u{…}`.
fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match safe(&joined) {
        std::borrow::Cow::Borrowed(_) => joined,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

/// Text for a `journey` diagram, where the grammar has no escapes: `#` and `;` end a token (and
/// `:` in task and section names), `%%` starts a comment, and a leading keyword changes the
/// line's meaning. Those characters become look-alikes (`＃`, `；`, `꞉`, `％`), as do `<`, `>`
/// and the backtick (`＜`, `＞`, `｀`: no HTML, no fence), and a leading keyword (`click`
/// too, although a journey diagram has none: a future grammar might) gets a zero-width space.
fn journey_text(text: &str, no_colon: bool) -> String {
    let mut out: String = one_line(text)
        .chars()
        .map(|c| match c {
            '#' => '＃',
            ';' => '；',
            '%' => '％',
            ':' if no_colon => '꞉',
            '<' => '＜',
            '>' => '＞',
            '`' => '｀',
            c => c,
        })
        .collect();
    let lower = out.to_lowercase();
    let keyword = [
        "journey", "title", "section", "acctitle", "accdescr", "click",
    ]
    .iter()
    .any(|k| lower.starts_with(k));
    if keyword {
        out.insert(0, '\u{200B}');
    }
    if out.trim().is_empty() {
        out = "…".to_owned();
    }
    out
}

/// Text inside a quoted flowchart label: Mermaid's entity codes for the characters that
/// would end the string, start an entity, a comment, HTML or Markdown.
fn flow_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '%' => out.push_str("#37;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::csv::testing::{SAMPLE, analysed};

    // The documented mapping of emotions onto Mermaid's 1–5 score.
    #[test]
    fn maps_emotions_onto_five_points() {
        let scores: Vec<u8> = (-3..=3).map(mermaid_score).collect();
        assert_eq!(scores, [1, 1, 2, 3, 4, 5, 5]);
    }

    // Characters that would break a journey diagram are replaced; keywords are defused.
    #[test]
    fn journey_text_is_safe() {
        assert_eq!(journey_text("a: b; #1 50%", true), "a꞉ b； ＃1 50％");
        assert_eq!(journey_text("a: b", false), "a: b");
        assert_eq!(
            journey_text("Section 8\nnotice", true),
            "\u{200B}Section 8 notice"
        );
    }

    // Flowchart labels use entity codes for quotes, hashes, percent signs and HTML.
    #[test]
    fn flow_text_is_escaped() {
        assert_eq!(
            flow_text(r#"Say "no" <b>#1</b> 5% & [x];"#),
            "Say #quot;no#quot; #lt;b#gt;#35;1#lt;/b#gt; 5#37; #amp; [x];"
        );
    }

    // A journey gives both diagrams: sections per stage, tasks with score and actor,
    // edges with percentages, loops dashed and flagged moments marked.
    #[test]
    fn renders_both_diagrams() {
        let journey = analysed(SAMPLE);
        let text = render(std::slice::from_ref(&journey));
        assert!(
            text.starts_with("## Hostile: \"title\" \\#1; \\[x\\] (sample)\n"),
            "{text}"
        );
        assert!(
            text.contains("  title Hostile: \"title\" ＃1； [x]\n"),
            "{text}"
        );
        assert!(text.contains("  section Melden\n"), "{text}");
        assert!(
            text.contains("    Bellen꞉ 50％: 1: Klant‚ contact\n"),
            "{text}"
        );
        assert!(text.contains("|\"70#37;\"|"), "{text}");
        assert!(text.contains("-.->"), "{text}");
        assert!(text.contains("class "), "{text}");
        assert!(text.contains("⚠ "), "{text}");
        assert_eq!(text.matches("```mermaid\n").count(), 2);
    }

    // A heading keeps Markdown and HTML out: entities for tags, backslashes for punctuation.
    #[test]
    fn markdown_text_is_escaped() {
        assert_eq!(
            markdown_text("x`)\n\n```mermaid\n%%{init}%% <img src=x> a_b & c"),
            "x\\`) \\`\\`\\`mermaid \\%\\%{init}\\%\\% &lt;img src=x&gt; a\\_b &amp; c"
        );
        assert_eq!(markdown_text("a\u{1b}[2J"), "a\\\\u{1b}\\[2J");
    }

    // Journey text loses HTML and fences, and `click` at the start of a task is defused.
    #[test]
    fn journey_text_has_no_html_fence_or_click() {
        assert_eq!(
            journey_text("<script>alert(1)</script> ```", true),
            "＜script＞alert(1)＜/script＞ ｀｀｀"
        );
        assert_eq!(
            journey_text("click A call alert()", true),
            "\u{200B}click A call alert()"
        );
        assert_eq!(journey_text("\u{1b}]0;x\u{7}", false), "\\u{1b}]0；x\\u{7}");
    }

    // The id that broke out of the heading stays in it: one heading, two fenced blocks, and
    // no directive, `click` or HTML tag anywhere.
    #[test]
    fn a_hostile_id_stays_in_its_heading() {
        let text = SAMPLE.replace(
            "\"id\": \"sample\"",
            r#""id": "x`)\n\n```mermaid\n%%{init: {'securityLevel': 'loose'}}%%\nflowchart LR\n  click A call alert(1)\n```\n\n<img src=x onerror=alert(1)>\n\n## (`""#,
        );
        let journey = analysed(&text);
        let out = render(std::slice::from_ref(&journey));
        assert_eq!(
            out.lines().filter(|l| l.starts_with("## ")).count(),
            1,
            "{out}"
        );
        assert_eq!(
            out.lines().filter(|l| l.starts_with("```")).count(),
            4,
            "{out}"
        );
        assert!(!out.contains("%%{"), "{out}");
        assert!(!out.contains('<'), "{out}");
        assert!(
            !out.lines().any(|l| l.trim_start().starts_with("click")),
            "{out}"
        );
    }

    // An absent step is labelled and dashed; other nodes are not.
    #[test]
    fn draws_an_absent_step_as_a_gap() {
        let text = SAMPLE.replace(
            r#""title": "Terugbellen", "actor": "kcc"}"#,
            r#""title": "Terugbellen", "actor": "kcc", "absent": true}"#,
        );
        let out = flowchart(&analysed(&text));
        assert!(
            out.contains("n2[\"⚠ Terugbellen (gebeurt niet)\"]"),
            "{out}"
        );
        assert!(out.contains("  class n2 absent\n"), "{out}");
        let tasks = journey_diagram(&analysed(&text));
        assert!(
            tasks.contains("    Terugbellen (gebeurt niet): 3: Klant‚ contact\n"),
            "{tasks}"
        );
        assert!(!flowchart(&analysed(SAMPLE)).contains("absent"));
    }
}
