//! Terminal diagnostics: load problems, config problems and findings rendered with miette,
//! each naming the file, line and column, with a snippet, a label and a help line. Colour
//! only when the caller says the terminal can show it.

use crate::i18n::Locale;
use std::fmt::Write as _;
use std::ops::Range;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
    Severity,
};

use crate::config::ConfigErrors;
use crate::load::{JsonPath, LoadedJourney, Problem};
use crate::rules::{Anchor, Finding, Level};

/// How diagnostics look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use colour (only on a terminal that wants it).
    pub color: bool,
    /// Line width to wrap at.
    pub width: usize,
}

impl Style {
    /// No colour, 80 columns: stable output for files, pipes and tests.
    pub fn plain() -> Style {
        Style {
            color: false,
            width: 80,
        }
    }

    fn handler(self) -> GraphicalReportHandler {
        let theme = if self.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        GraphicalReportHandler::new_themed(theme)
            .with_width(self.width)
            .with_context_lines(1)
            .with_links(false)
    }
}

fn render(
    style: Style,
    diagnostic: MietteDiagnostic,
    source: Option<(&std::path::Path, &str)>,
) -> String {
    let report = match source {
        Some((path, text)) => Report::new(diagnostic).with_source_code(NamedSource::new(
            path.display().to_string(),
            text.to_owned(),
        )),
        None => Report::new(diagnostic),
    };
    let mut out = String::new();
    if style
        .handler()
        .render_report(&mut out, report.as_ref())
        .is_err()
    {
        let _ = write!(out, "{report}");
    }
    // One blank line between diagnostics, however many follow each other.
    while !out.ends_with("\n\n") {
        out.push('\n');
    }
    out
}

/// A load problem as a terminal diagnostic.
pub fn render_problem(problem: &Problem, style: Style) -> String {
    let mut diagnostic = MietteDiagnostic::new(problem.message.clone())
        .with_code(format!("tjm::load::{}", problem.code))
        .with_severity(Severity::Error);
    if let Some(help) = &problem.help {
        diagnostic = diagnostic.with_help(help.clone());
    }
    let source = match (&problem.source_file, &problem.span) {
        (Some(file), Some(span)) => {
            let label = problem
                .path
                .as_ref()
                .filter(|p| !p.is_root())
                .map(JsonPath::to_string);
            diagnostic = diagnostic.with_label(LabeledSpan::new(label, span.start, span.len()));
            Some((file.path(), file.text()))
        }
        _ => None,
    };
    let mut out = render(style, diagnostic, source);
    if source.is_none() {
        // Problems without a snippet still name their place in the first line.
        out = format!("{}: {}", problem.location(), out.trim_start());
    }
    out
}

/// Every problem in a config file as terminal diagnostics.
pub fn render_config_errors(errors: &ConfigErrors, style: Style) -> String {
    let file = &errors.source_file;
    errors
        .errors
        .iter()
        .map(|error| {
            let mut diagnostic = MietteDiagnostic::new(error.message.clone())
                .with_code("tjm::config")
                .with_severity(Severity::Error);
            if let Some(help) = &error.help {
                diagnostic = diagnostic.with_help(help.clone());
            }
            if let Some(span) = &error.span {
                diagnostic = diagnostic.with_label(LabeledSpan::new(None, span.start, span.len()));
                render(style, diagnostic, Some((file.path(), file.text())))
            } else {
                format!(
                    "{}: {}",
                    file.path().display(),
                    render(style, diagnostic, None).trim_start()
                )
            }
        })
        .collect()
}

/// Where a finding sits in its journey file.
pub fn finding_span(journey: &LoadedJourney, finding: &Finding) -> Option<Range<usize>> {
    let (path, fallback) = match &finding.anchor {
        Anchor::Touchpoint { index, field } => {
            let base = journey.touchpoint_path(*index);
            let mut path = base.clone();
            for part in field.unwrap_or("id").split('.') {
                path = path.key(part);
            }
            (path, base.key("id"))
        }
        Anchor::Transition { index, .. } => (
            JsonPath::root().key("transitions").index(*index),
            JsonPath::root(),
        ),
    };
    let spans = journey
        .source
        .spans(&path)
        .or_else(|| journey.source.spans(&fallback))?;
    Some(spans.key.unwrap_or(spans.value))
}

/// A finding as a terminal diagnostic pointing at the touchpoint in the file, worded in
/// `locale`.
pub fn render_finding(
    journey: &LoadedJourney,
    finding: &Finding,
    locale: Locale,
    style: Style,
) -> String {
    let severity = match finding.level {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info | Level::Off => Severity::Advice,
    };
    let touchpoint = &journey.journey.touchpoints[finding.anchor.touchpoint()];
    let mut diagnostic = MietteDiagnostic::new(finding.message(locale))
        .with_code(format!("{} {}", finding.code, finding.rule))
        .with_severity(severity)
        .with_help(finding.help(locale));
    if let Some(span) = finding_span(journey, finding) {
        let label = crate::i18n::message(
            locale,
            "check-finding-label",
            &crate::i18n::Args::new().text("touchpoint", touchpoint.id.as_str()),
        );
        diagnostic = diagnostic.with_label(LabeledSpan::new(Some(label), span.start, span.len()));
    }
    render(
        style,
        diagnostic,
        Some((journey.source.path(), journey.source.text())),
    )
}
