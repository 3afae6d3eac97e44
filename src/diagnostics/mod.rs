//! Terminal diagnostics: load problems, config problems and findings rendered with miette,
//! each naming the file, line and column, with a snippet, a label and a help line. Colour
//! only when the caller says the terminal can show it.

use crate::i18n::Locale;
use std::fmt::Write as _;
use std::ops::Range;

mod help;
mod snippet;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, Severity,
};

use crate::config::ConfigErrors;
use crate::load::{JsonPath, LoadedJourney, Problem, SourceFile};
use crate::output::terminal::{safe, safe_line, safe_path};
use crate::rules::{Anchor, Finding, Level};
use snippet::Snippet;

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

/// Renders one diagnostic; with a file and a span, the label points into a [`Snippet`] of it.
fn render(
    style: Style,
    mut diagnostic: MietteDiagnostic,
    at: Option<(&SourceFile, Range<usize>, Option<String>)>,
) -> String {
    let source = match at {
        Some((file, span, label)) => {
            let snippet = Snippet::new(file, span, CONTEXT_LINES);
            let label = label.map(|l| safe_line(&l).into_owned());
            let range = snippet.label();
            diagnostic = diagnostic.with_label(LabeledSpan::new(label, range.start, range.len()));
            Some(snippet)
        }
        None => None,
    };
    // plain output appends the help line itself, wrapped once per text (`help`); in colour,
    // miette styles it
    let help = if style.color {
        None
    } else {
        diagnostic.help.take()
    };
    let report = WithSnippet { diagnostic, source };
    let mut out = String::new();
    if style.handler().render_report(&mut out, &report).is_err() {
        let _ = write!(out, "{}", report.diagnostic);
    }
    if let Some(help) = help {
        out.push_str(&help::footer(&help, style.width));
    }
    // One blank line between diagnostics, however many follow each other.
    while !out.ends_with("\n\n") {
        out.push('\n');
    }
    out
}

/// A diagnostic with its snippet, handed to the handler as it is: a `miette::Report` would
/// look up and build miette's default handler for every diagnostic (a tenth of `tjm check`'s
/// time), only for us to render with our own.
#[derive(Debug)]
struct WithSnippet {
    diagnostic: MietteDiagnostic,
    source: Option<Snippet>,
}

impl std::fmt::Display for WithSnippet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.diagnostic.fmt(f)
    }
}

impl std::error::Error for WithSnippet {}

impl Diagnostic for WithSnippet {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.diagnostic.code()
    }

    fn severity(&self) -> Option<Severity> {
        self.diagnostic.severity()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.diagnostic.help()
    }

    fn url<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.diagnostic.url()
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.diagnostic.labels()
    }
}

/// Lines shown above and below the line a diagnostic points at.
const CONTEXT_LINES: usize = 1;

/// A message or help line with its user text (titles, ids, values) made safe to print.
fn diagnostic(
    message: &str,
    code: String,
    severity: Severity,
    help: Option<&str>,
) -> MietteDiagnostic {
    let diagnostic = MietteDiagnostic::new(safe(message).into_owned())
        .with_code(code)
        .with_severity(severity);
    match help {
        Some(help) => diagnostic.with_help(safe(help).into_owned()),
        None => diagnostic,
    }
}

/// A load problem as a terminal diagnostic.
pub fn render_problem(problem: &Problem, style: Style) -> String {
    let diagnostic = diagnostic(
        &problem.message,
        format!("tjm::load::{}", problem.code),
        if problem.is_warning() {
            Severity::Warning
        } else {
            Severity::Error
        },
        problem.help.as_deref(),
    );
    match (&problem.source_file, problem.span()) {
        (Some(file), Some(span)) => {
            let label = problem
                .path()
                .filter(|p| !p.is_root())
                .map(JsonPath::to_string);
            render(style, diagnostic, Some((file, span.clone(), label)))
        }
        // Problems without a snippet still name their place in the first line.
        _ => format!(
            "{}: {}",
            safe_line(&problem.location()),
            render(style, diagnostic, None).trim_start()
        ),
    }
}

/// Every problem in a config file as terminal diagnostics.
pub fn render_config_errors(errors: &ConfigErrors, style: Style) -> String {
    let file = &errors.source_file;
    errors
        .errors
        .iter()
        .map(|error| {
            let diagnostic = diagnostic(
                &error.message,
                "tjm::config".to_owned(),
                Severity::Error,
                error.help.as_deref(),
            );
            match &error.span {
                Some(span) => render(style, diagnostic, Some((file, span.clone(), None))),
                None => format!(
                    "{}: {}",
                    safe_path(file.path()),
                    render(style, diagnostic, None).trim_start()
                ),
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
    let diagnostic = diagnostic(
        &finding.message(locale),
        format!("{} {}", finding.code, finding.rule),
        severity,
        Some(&finding.help(locale)),
    );
    let at = finding_span(journey, finding).map(|span| {
        let label = crate::i18n::message(
            locale,
            "check-finding-label",
            &crate::i18n::Args::new().text("touchpoint", touchpoint.id.as_str()),
        );
        (&*journey.source, span, Some(label))
    });
    render(style, diagnostic, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Settings, analyse};

    /// A diagnostic as miette renders it with its help, as `render` did before it appended
    /// the help line itself.
    fn by_miette(style: Style, diagnostic: MietteDiagnostic) -> String {
        let report = WithSnippet {
            diagnostic,
            source: None,
        };
        let mut out = String::new();
        style.handler().render_report(&mut out, &report).unwrap();
        while !out.ends_with("\n\n") {
            out.push('\n');
        }
        out
    }

    // The help of every finding on journeys shaped like the shipped ones, in both languages,
    // and text that wraps awkwardly: the cached line is the one miette writes, at every width.
    #[test]
    fn the_appended_help_line_is_the_one_miette_writes() {
        let mut helps: Vec<String> = vec![
            String::new(),
            "short".into(),
            "een-heel-lang-woord-met-streepjes-dat-niet-op-een-regel-past-en-afgebroken-moet-worden".into(),
            "zet `attention.explained` op true — of leg uit waarom niet: https://example.org/a/very/long/path/that/does/not/fit".into(),
            "  leading and trailing spaces  ".into(),
            "two\nlines".into(),
            "ünïcödé wörds ✓ 😀 with wide 漢字 characters that wrap somewhere near the end of it all".into(),
        ];
        for seed in 0..8 {
            let journey: crate::model::Journey =
                serde_json::from_value(crate::synthetic::journey_value("j", 40, seed)).unwrap();
            for finding in &analyse(&journey, &Settings::default()).findings {
                helps.push(finding.help(Locale::Nl));
                helps.push(finding.help(Locale::En));
            }
        }
        helps.sort();
        helps.dedup();
        assert!(helps.len() > 40, "{} help lines", helps.len());
        for width in [40, 80, 100] {
            let style = Style {
                color: false,
                width,
            };
            for help in &helps {
                let made = || {
                    diagnostic(
                        "a message",
                        "TJM101 rule".into(),
                        Severity::Warning,
                        Some(help),
                    )
                };
                assert_eq!(
                    render(style, made(), None),
                    by_miette(style, made()),
                    "{help:?} at {width}"
                );
                // from the cache, the second time
                assert_eq!(
                    render(style, made(), None),
                    by_miette(style, made()),
                    "{help:?} at {width}"
                );
            }
        }
    }
}
