//! `tjm report`: write the HTML report for journeys.

use std::path::PathBuf;

use clap::Args as ClapArgs;

use super::{Cli, Exit, Io, error_line, resolve_config};
use crate::diagnostics::render_problem;
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{Args, message};
use crate::output::terminal::{safe, safe_path};
use crate::project::{Project, Reading};
use crate::report::pdf::{self, PdfError};
use crate::report::{ReportOptions, write_report};

/// Arguments of `tjm report`.
#[derive(Debug, ClapArgs)]
pub struct ReportArgs {
    /// Journey files or folders (searched for *.json).
    #[arg(default_value = "journeys")]
    pub paths: Vec<PathBuf>,
    /// Folder to write the report into.
    #[arg(short, long, default_value = "report")]
    pub out: PathBuf,
    /// Theme folder overriding templates or the stylesheet (see `tjm theme init`).
    #[arg(long, value_name = "DIR")]
    pub theme: Option<PathBuf>,
    /// Also print every page to an A4 PDF beside it, with a headless Chromium or Chrome.
    #[arg(long)]
    pub pdf: bool,
    /// An earlier version of the journeys (a folder or files): every page gets a "what
    /// changed since the baseline" section, the as-is against the to-be.
    #[arg(long, value_name = "DIR")]
    pub baseline: Option<PathBuf>,
    /// Overwrite files in the output folder that tjm did not write (or that were changed
    /// since). Without it such files are kept and nothing is written.
    #[arg(long)]
    pub force: bool,
}

pub(super) fn run(cli: &Cli, args: &ReportArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let config = match resolve_config(cli, &args.paths, io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let lang = cli.locale();
    // Check for a browser before the work, so a missing one fails fast.
    let browser = if args.pdf {
        match pdf::find_browser() {
            Some(browser) => Some(browser),
            None => {
                // before the journeys are read: `--lang`, else tjm.toml's, else English
                let locale = decide(lang, config.lang, Scope::Run(&[]));
                let error = PdfError::NoBrowser.describe(locale);
                writeln!(io.err, "{}", error_line(locale, error))?;
                return Ok(Exit::InvalidInput);
            }
        }
    } else {
        None
    };
    // the report shows no snippets: each file's text goes as soon as it has loaded
    let text_gone = Reading {
        logs: true,
        keep_text: false,
    };
    let project = Project::open_with(&args.paths, &config, lang, text_gone);
    for problem in &project.problems {
        write!(io.err, "{}", render_problem(problem, io.style))?;
    }
    if !project.problems.is_empty() {
        return Ok(Exit::InvalidInput);
    }
    // `--baseline` overrides tjm.toml's `[report] baseline`; the date belongs to the latter
    let (baseline_path, baseline_date) = match &args.baseline {
        Some(path) => (Some(path.clone()), None),
        None => (config.baseline.clone(), config.baseline_date.clone()),
    };
    let mut trend = None;
    let baseline = match &baseline_path {
        Some(path) => {
            let old = Project::open_with(std::slice::from_ref(path), &config, lang, text_gone);
            for problem in &old.problems {
                write!(io.err, "{}", render_problem(problem, io.style))?;
            }
            if !old.problems.is_empty() {
                let error = message(
                    project.locale,
                    "report-baseline-problems",
                    &Args::new().text("path", safe_path(path)),
                );
                writeln!(io.err, "{}", error_line(project.locale, error))?;
                return Ok(Exit::InvalidInput);
            }
            trend = Some(old.as_baseline(baseline_date, &config.costs));
            Some(crate::diff::compare(&old, &project))
        }
        None => None,
    };
    let options = ReportOptions {
        out_dir: args.out.clone(),
        theme: args.theme.clone().or(config.theme.clone()),
        settings: config.settings.clone(),
        provenance: config.provenance(),
        allow_theme_scripts: config.allow_theme_scripts,
        baseline,
        force: args.force,
        costs: config.costs.clone(),
        trend,
    };
    let written = match write_report(&project, &options) {
        Ok(written) => written,
        Err(error) => {
            let error = safe(&error.describe(project.locale)).into_owned();
            writeln!(io.err, "{}", error_line(project.locale, error))?;
            return Ok(Exit::InvalidInput);
        }
    };
    for warning in &written.warnings {
        let warning = Args::new().text("message", safe(warning));
        writeln!(
            io.err,
            "{}",
            message(project.locale, "cli-warning", &warning)
        )?;
    }
    let mut count = written.files.len();
    if let Some(browser) = browser {
        match pdf::print_pages(&browser, &args.out, &written.files, project.locale) {
            Ok(pdfs) => count += pdfs.len(),
            Err(error) => {
                let error = error.describe(project.locale);
                writeln!(io.err, "{}", error_line(project.locale, error))?;
                return Ok(Exit::InvalidInput);
            }
        }
    }
    let wrote = Args::new()
        .count("count", count)
        .text("dir", safe_path(&args.out))
        .text("index", safe_path(&args.out.join("index.html")));
    writeln!(
        io.out,
        "{}",
        message(project.locale, "report-wrote", &wrote)
    )?;
    if io.ends_process {
        // see `Io::ends_process`
        std::mem::forget(project);
    }
    Ok(Exit::Clean)
}
