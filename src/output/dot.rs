//! Graphviz DOT export: one `digraph` per journey with stages as clusters, the shares on the
//! edges in percent, loops dashed, escalations red and flagged moments (touchpoints with active
//! warnings or errors) filled and marked ⚠, absent steps dashed and labelled "does not happen". Render with `dot -Tsvg journeys.dot > journeys.svg`.

use std::fmt::Write as _;

use crate::i18n;
use crate::output::terminal::safe;
use crate::project::AnalysedJourney;
use crate::rules::Level;

/// Every journey as its own `digraph`, separated by a blank line.
pub fn render(journeys: &[AnalysedJourney]) -> String {
    journeys.iter().map(digraph).collect::<Vec<_>>().join("\n")
}

/// One journey as a `digraph`.
pub fn digraph(journey: &AnalysedJourney) -> String {
    let j = &journey.loaded.journey;
    let graph = &journey.analysis.graph;
    let mut flagged = vec![false; j.touchpoints.len()];
    for finding in journey.analysis.active() {
        if finding.level >= Level::Warning {
            flagged[finding.anchor.touchpoint()] = true;
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&j.id));
    let _ = writeln!(
        out,
        "  label={}; labelloc=t; fontname=\"Helvetica\"; rankdir=TB;",
        quote(&j.title)
    );
    out.push_str("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    let node = |i: usize| -> String {
        let t = &j.touchpoints[i];
        let actor = super::actor_name(j, t, journey.locale);
        let actor = actor.as_ref();
        let mut label = String::new();
        if flagged[i] {
            label.push_str("⚠ ");
        }
        label.push_str(&t.title);
        if t.absent {
            let _ = write!(label, "\n({})", i18n::text(journey.locale, "report-absent"));
        }
        label.push('\n');
        label.push_str(actor);
        if let Some(channel) = t.channel {
            // The channel in the journey's words ("huisbezoek"), not the field value `home_visit`.
            let args = crate::i18n::Args::new().key("channel", channel.name());
            let channel = crate::i18n::message(journey.locale, "channel-name", &args);
            let _ = write!(label, " · {channel}");
        }
        let mut attrs = format!("label={}", quote(&label));
        if flagged[i] {
            attrs.push_str(", fillcolor=\"#fde2e2\", color=\"#b00020\", penwidth=2");
        }
        if t.is_milestone() {
            attrs.push_str(", peripheries=2");
        }
        if t.absent {
            // A gap: a dashed outline and no fill, so it reads as a step that is not there.
            attrs.push_str(", style=\"rounded,dashed\"");
        }
        format!("{} [{attrs}];", quote(&t.id))
    };
    super::stages::write_grouped(
        &mut out,
        j,
        |out, s, stage| {
            let _ = writeln!(out, "  subgraph cluster_{s} {{");
            let _ = writeln!(
                out,
                "    label={}; style=\"rounded\"; color=\"#999999\";",
                quote(&stage.title)
            );
        },
        "  }\n",
        node,
    );
    for step in graph.steps() {
        let mut attrs = format!(
            "label={}",
            quote(&format!("{:.0}%", step.probability * 100.0))
        );
        if step.loop_back {
            attrs.push_str(", style=dashed");
        }
        if step.escalation {
            attrs.push_str(", color=\"#b00020\", fontcolor=\"#b00020\"");
        }
        let _ = writeln!(
            out,
            "  {} -> {} [{attrs}];",
            quote(&j.touchpoints[step.from].id),
            quote(&j.touchpoints[step.to].id)
        );
    }
    out.push_str("}\n");
    out
}

/// A DOT quoted string: backslashes and quotes escaped, line breaks as DOT's centred `\n`.
///
/// Control characters are shown as `\u{1b}` ([`safe`]): they would reach a terminal when the
/// export goes to stdout, and `dot -Tsvg` copies them into SVG, where XML 1.0 forbids them.
/// The noncharacters U+FFFE and U+FFFF, also invalid in XML, become U+FFFD. Because every
/// backslash is doubled, DOT's own escapes (`\N`, `\G`, `\l`) in user text stay literal.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace('\r', ""))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    for c in safe(&text).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::csv::testing::{SAMPLE, analysed};

    // Quotes, backslashes and line breaks are escaped the way DOT reads them.
    #[test]
    fn quotes_strings() {
        assert_eq!(quote(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quote("a\r\nb"), r#""a\nb""#);
    }

    // Control characters are shown, not written; DOT escapes in user text stay literal.
    #[test]
    fn quotes_control_characters_and_dot_escapes() {
        assert_eq!(quote("a\u{1b}[2J\u{7}b"), r#""a\\u{1b}[2J\\u{7}b""#);
        assert_eq!(quote("\\N \\G"), r#""\\N \\G""#);
        assert_eq!(quote("x\u{ffff}"), "\"x\u{fffd}\"");
        assert_eq!(quote("tab\there"), "\"tab\there\"");
    }

    // The channel is shown in the journey's language, not as the field value.
    #[test]
    fn channels_are_named_in_the_journeys_words() {
        let text = digraph(&analysed(&SAMPLE.replace("\"phone\"", "\"home_visit\"")));
        assert!(text.contains(" · huisbezoek"), "{text}");
        assert!(!text.contains("home_visit"), "{text}");
    }

    // Stages become clusters, shares become edge labels, loops are dashed, flags are filled.
    #[test]
    fn renders_a_digraph() {
        let journey = analysed(SAMPLE);
        let text = render(std::slice::from_ref(&journey));
        assert!(text.starts_with("digraph \"sample\" {\n"), "{text}");
        assert!(
            text.contains(r#"label="Hostile: \"title\" #1; [x]""#),
            "{text}"
        );
        assert!(
            text.contains("subgraph cluster_0 {\n    label=\"Melden\""),
            "{text}"
        );
        assert!(text.contains(r#""t0" -> "t1" [label="70%"];"#), "{text}");
        assert!(
            text.contains(r#""t2" -> "t0" [label="100%", style=dashed];"#),
            "{text}"
        );
        assert!(text.contains("fillcolor=\"#fde2e2\""), "{text}");
        assert!(text.contains("⚠ "), "{text}");
        assert!(text.ends_with("}\n"));
    }

    // An absent step is a dashed box saying it does not happen, in the journey's language.
    #[test]
    fn draws_an_absent_step_as_a_gap() {
        let text = SAMPLE.replace(
            r#""title": "Terugbellen", "actor": "kcc"}"#,
            r#""title": "Terugbellen", "actor": "onbekend", "absent": true}"#,
        );
        let out = render(std::slice::from_ref(&analysed(&text)));
        let line = out.lines().find(|l| l.contains("\"t2\" [")).unwrap();
        // Nobody knows who should call back: the catalogue's word, not the raw id.
        assert!(
            line.contains(r#"Terugbellen\n(gebeurt niet)\nonbekend"#),
            "{line}"
        );
        assert!(line.contains(r#"style="rounded,dashed""#), "{line}");
        let plain = render(std::slice::from_ref(&analysed(SAMPLE)));
        assert!(!plain.contains("dashed\""), "{plain}");
    }
}
