//! The command line: argument parsing (clap derive; the doc comments are the `--help`) and
//! one entry function per subcommand. Only this module writes to stdout and stderr, through
//! the writers it is given, so every command is testable without a process.

mod check;
mod color;
mod completions;
mod diff;
mod evidence;
mod exit;
mod export;
mod fmt;
mod import;
mod init;
mod new;
mod norms;
mod report;
mod rules;
mod schema;
mod serve;
mod theme;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

pub use exit::Exit;

use crate::config::{self, Config};
use crate::diagnostics::{Style, render_config_errors};
use crate::i18n::Locale;
use crate::model::Language;

/// tjm — the tenant journey mapper.
///
/// Checks tenant journey files, finds the moments without attention or emotion, and renders
/// reports a management team reads in ten minutes.
#[derive(Debug, Parser)]
#[command(name = "tjm", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Exit status:\n  0  no error-level findings (and nothing else went wrong)\n  1  error-level findings (`fmt --check`: files would change; `diff`: differences)\n  2  invalid input: broken journey files, a bad tjm.toml, wrong arguments\n\nExamples:\n  tjm check                      check the journeys in ./journeys\n  tjm report journeys -o report  write the HTML report\n  tjm rules missed-milestone     explain one rule"
)]
pub struct Cli {
    /// Language of messages and reports (default: tjm.toml's `lang`, else each journey's own).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Use this tjm.toml instead of the one found next to the journeys.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// When to use colour in terminal output.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check journey files: load, validate, run the rules, print findings and a summary.
    ///
    /// Exit status: 0 no error-level findings, 1 error-level findings, 2 invalid input.
    #[command(
        after_help = "Examples:\n  tjm check\n  tjm check journeys/reparatieverzoek.json --format json\n  tjm check journeys --lang en"
    )]
    Check(check::CheckArgs),
    /// Write the HTML report: one page per journey, an index and a rules appendix.
    #[command(
        after_help = "Examples:\n  tjm report journeys -o report\n  tjm report journeys -o report --theme my-theme --lang en\n  tjm report journeys -o report --baseline last-quarter/journeys"
    )]
    Report(report::ReportArgs),
    /// Copy the built-in report templates and stylesheet into a folder to customise them.
    #[command(
        after_help = "Examples:\n  tjm theme init huisstijl\n  tjm report journeys -o report --theme huisstijl"
    )]
    Theme(theme::ThemeArgs),
    /// Preview the report in the browser: served on 127.0.0.1, rendered again on every save.
    #[command(
        after_help = "Examples:\n  tjm serve\n  tjm serve journeys --port 8000\n  tjm serve journeys/lekkage.json --theme huisstijl"
    )]
    Serve(serve::ServeArgs),
    /// Start a new journey file of a usual kind, with stages, actors and touchpoints to fill in.
    New(new::NewArgs),
    /// Set up a folder for writing journeys: an example, the schema, tjm.toml, editor settings.
    Init(init::InitArgs),
    /// Rewrite journey files in the canonical layout (lossless); `--check` only reports.
    Fmt(fmt::FmtArgs),
    /// Export journeys to Mermaid, Graphviz DOT, CSV (for Excel), JSON or an Excel workbook.
    Export(export::ExportArgs),
    /// Turn a journey filled in as a spreadsheet (.xlsx, .ods) or CSV file into a journey file.
    Import(import::ImportArgs),
    /// Compare two versions of journeys: touchpoints, emotions, waits, findings, attention index.
    Diff(diff::DiffArgs),
    /// Print shell completions or the man page.
    Completions(completions::CompletionsArgs),
    /// Print the JSON Schema of journey files (for editors; a copy is in schema/).
    #[command(after_help = "Example:\n  tjm schema > schema/journey.schema.json")]
    Schema,
    /// Measure a contact or case log, and a journey against it: cases, waits, repeat contacts,
    /// handoffs, and where the map contradicts the data. Reads the log only; keeps aggregates.
    #[command(
        after_help = "Examples:\n  tjm evidence evidence/reparatieverzoek.csv\n  tjm evidence evidence/reparatieverzoek.csv --journey journeys/reparatieverzoek.json\n  tjm evidence export.csv --case zaaknummer --timestamp datum --format json"
    )]
    Evidence(evidence::EvidenceArgs),
    /// List the rule catalogue, or explain one rule.
    #[command(
        after_help = "Examples:\n  tjm rules\n  tjm rules bare-no\n  tjm rules TJM101 --lang nl\n  tjm rules --format json"
    )]
    Rules(rules::RulesArgs),
    /// Show the norms profile: legal deadlines and process steps, with their sources.
    #[command(
        after_help = "Examples:\n  tjm norms\n  tjm norms --profile uk --lang en\n  tjm norms --format json"
    )]
    Norms(norms::NormsArgs),
}

/// Languages on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Nederlands.
    Nl,
    /// English.
    En,
    /// The test locale: English wrapped in ⟦…⟧, to spot text that bypasses the catalogues.
    #[value(hide = true)]
    Qps,
}

impl From<LangArg> for Locale {
    fn from(lang: LangArg) -> Locale {
        match lang {
            LangArg::Nl => Locale::Nl,
            LangArg::En => Locale::En,
            LangArg::Qps => Locale::Pseudo,
        }
    }
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Language {
        Locale::from(lang).language()
    }
}

impl Cli {
    /// The locale asked for with `--lang`, for [`crate::i18n::decide::decide`].
    pub fn locale(&self) -> Option<Locale> {
        self.lang.map(Locale::from)
    }
}

/// Colour choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Output formats shared by several commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For machines: a versioned JSON document.
    Json,
}

/// Where a command writes, and how.
pub struct Io<'a> {
    /// Standard output.
    pub out: &'a mut dyn Write,
    /// Standard error.
    pub err: &'a mut dyn Write,
    /// Diagnostic style (colour, width).
    pub style: Style,
    /// The process ends when the command returns. A command may then leave what it loaded
    /// for the system to take back at once: freeing a thousand journeys one allocation at a
    /// time took 45 ms at the end of a 2 s report, on one core.
    pub ends_process: bool,
}

/// Runs a parsed command line.
pub fn run(cli: Cli, io: &mut Io<'_>) -> Exit {
    let result = match cli.command {
        Command::Check(ref args) => check::run(&cli, args, io),
        Command::Report(ref args) => report::run(&cli, args, io),
        Command::Schema => schema::run(&cli, io),
        Command::Theme(ref args) => theme::run(&cli, args, io),
        Command::New(ref args) => new::run(&cli, args, io),
        Command::Init(ref args) => init::run(&cli, args, io),
        Command::Fmt(ref args) => fmt::run(&cli, args, io),
        Command::Export(ref args) => export::run(&cli, args, io),
        Command::Import(ref args) => import::run(&cli, args, io),
        Command::Diff(ref args) => diff::run(&cli, args, io),
        Command::Completions(ref args) => completions::run(&cli, args, io),
        Command::Rules(ref args) => rules::run(&cli, args, io),
        Command::Norms(ref args) => norms::run(&cli, args, io),
        Command::Serve(ref args) => serve::run(&cli, args, io),
        Command::Evidence(ref args) => evidence::run(&cli, args, io),
    };
    match result {
        Ok(exit) => exit,
        Err(error) if exit::is_broken_pipe(&error) => Exit::Clean,
        Err(error) => {
            let locale = cli.locale().unwrap_or_default();
            let _ = writeln!(io.err, "{}", error_line(locale, format!("{error:#}")));
            Exit::InvalidInput
        }
    }
}

/// Runs tjm as a process: parses `std::env::args`, writes to the real stdout and stderr.
pub fn main() -> Exit {
    let cli = Cli::parse();
    // Findings go to stdout and problems to stderr: colour only when both are terminals,
    // so redirecting either never writes escape codes into a file.
    let terminals = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
    let no_color = std::env::var_os("NO_COLOR");
    let color = color::wanted(cli.color, terminals, no_color.as_deref());
    let width = terminal_width();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let mut io = Io {
        out: &mut out,
        err: &mut err,
        style: Style { color, width },
        ends_process: true,
    };
    run(cli, &mut io)
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}

/// "error: …" in the locale, for messages a command writes to stderr itself.
pub(crate) fn error_line(locale: Locale, error: impl Into<String>) -> String {
    crate::i18n::message(
        locale,
        "cli-error",
        &crate::i18n::Args::new().text("message", error),
    )
}

/// Writes a value as pretty JSON and a newline. Serialised first, so a closed pipe reaches
/// `run` as a plain io error (serde_json would wrap it and hide the broken pipe).
pub(crate) fn write_json(io: &mut Io<'_>, value: &impl serde::Serialize) -> anyhow::Result<()> {
    let mut text = crate::output::json_escape::to_string_pretty(value)?;
    text.push('\n');
    io.out.write_all(text.as_bytes())?;
    Ok(())
}

/// The config for a run: `--config`, else the `tjm.toml` nearest the first path, else defaults.
/// A broken config is reported and stops the run (exit 2): rules with wrong thresholds would
/// give wrong findings.
pub(crate) fn resolve_config(
    cli: &Cli,
    paths: &[PathBuf],
    io: &mut Io<'_>,
) -> anyhow::Result<Result<Config, Exit>> {
    let path = match &cli.config {
        Some(path) => Some(path.clone()),
        None => paths.first().and_then(|p| config::discover(p)),
    };
    let Some(path) = path else {
        return Ok(Ok(Config::default()));
    };
    match config::load_in(&path, cli.locale().unwrap_or_default()) {
        Ok(config) => Ok(Ok(config)),
        Err(errors) => {
            write!(io.err, "{}", render_config_errors(&errors, io.style))?;
            Ok(Err(Exit::InvalidInput))
        }
    }
}
