//! `tjm fmt`: rewrite journey files in the canonical layout, losslessly; `--check` only lists
//! the files that would change. A file edited while tjm formats it, or one with several hard
//! links, is left as it is; temporary files left by a killed run are removed (or, with
//! `--check`, listed).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use clap::Args as ClapArgs;

use super::{Cli, Exit, Io, error_line};
use crate::authoring::format_text;
use crate::diagnostics::render_problem;
use crate::fsutil::{WriteError, stale, write_if_unchanged};
use crate::i18n::{Args, message};
use crate::load::{LoadOptions, ProblemCode, load_paths};
use crate::output::terminal::safe_path;
use crate::rules::rule_names;

/// Where `tjm fmt` looks when given no path.
const DEFAULT_FOLDER: &str = "journeys";

/// Arguments of `tjm fmt`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Exit status:\n  0  done (or nothing to change)\n  1  with --check: files would change\n  2  a file has problems or could not be replaced (it is left untouched)\n\nExamples:\n  tjm fmt\n  tjm fmt journeys/klacht.json\n  tjm fmt --check"
)]
pub struct FmtArgs {
    /// Journey files or folders (searched for *.json).
    #[arg(default_value = DEFAULT_FOLDER)]
    pub paths: Vec<PathBuf>,
    /// Change nothing; list the files that are not formatted and exit 1 if there are any.
    #[arg(long)]
    pub check: bool,
}

pub(super) fn run(cli: &Cli, args: &FmtArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let names = rule_names();
    let locale = cli.locale().unwrap_or_default();
    let loaded = load_paths(
        &args.paths,
        &LoadOptions {
            rule_names: &names,
            locale,
            keep_text: true,
        },
    );
    let nothing_found = loaded.journeys.is_empty()
        && !loaded.problems.is_empty()
        && loaded.problems.iter().all(|p| match p.code {
            ProblemCode::NoJourneys => true,
            // A path the user named is reported by name; the default folder is not theirs.
            ProblemCode::NotFound => args.paths == [PathBuf::from(DEFAULT_FOLDER)],
            _ => false,
        });
    if nothing_found {
        // Not "1 file left untouched": there is no file. Say where tjm looked and how to start.
        let looked: Vec<String> = args.paths.iter().map(|p| safe_path(p)).collect();
        let args = Args::new().text("paths", looked.join(", "));
        let error = message(locale, "fmt-no-journeys", &args);
        writeln!(io.err, "{}", error_line(locale, error))?;
        return Ok(Exit::InvalidInput);
    }
    for problem in loaded.warnings.iter().chain(&loaded.problems) {
        write!(io.err, "{}", render_problem(problem, io.style))?;
    }
    let folders: BTreeSet<&Path> = loaded
        .journeys
        .iter()
        .map(|j| folder_of(j.source.path()))
        .chain(loaded.problems.iter().map(|p| folder_of(&p.file)))
        .collect();
    for folder in &folders {
        if args.check {
            for path in stale::leftovers(folder) {
                let warning =
                    Args::new().text("message", message(locale, "fmt-stale-temp", &at(&path)));
                writeln!(io.err, "{}", message(locale, "cli-warning", &warning))?;
            }
        } else {
            for path in stale::remove_leftovers(folder) {
                writeln!(
                    io.err,
                    "{}",
                    message(locale, "fmt-removed-temp", &at(&path))
                )?;
            }
        }
    }
    let mut changed = 0;
    let mut unchanged = 0;
    let mut skipped = 0;
    for journey in &loaded.journeys {
        let path = journey.source.path();
        // A key written twice: formatting would drop the ignored value for good.
        if loaded.warnings.iter().any(|w| w.file == path) {
            skipped += 1;
            continue;
        }
        let text = journey.source.text();
        let formatted = format_text(path, text).map_err(|e| anyhow::anyhow!(e.describe(locale)))?;
        if formatted == text {
            unchanged += 1;
            continue;
        }
        if args.check {
            changed += 1;
            writeln!(
                io.out,
                "{}",
                message(locale, "fmt-would-reformat", &at(path))
            )?;
            continue;
        }
        // Replace the file only if it still holds what was read: an edit saved meanwhile wins.
        match write_if_unchanged(path, formatted.as_bytes(), text.as_bytes()) {
            Ok(()) => {
                changed += 1;
                writeln!(io.out, "{}", message(locale, "fmt-formatted", &at(path)))?;
            }
            Err(WriteError::Changed(_)) => {
                skipped += 1;
                let error = message(locale, "fmt-changed-meanwhile", &at(path));
                writeln!(io.err, "{}", error_line(locale, error))?;
            }
            Err(error @ WriteError::HardLinks { .. }) => {
                skipped += 1;
                let error = crate::output::terminal::safe(&error.to_string()).into_owned();
                writeln!(io.err, "{}", error_line(locale, error))?;
            }
            Err(error) => return Err(error.into()),
        }
    }
    let broken = distinct_files(&loaded.problems);
    let counts = Args::new()
        .count("files", changed)
        .key("check", if args.check { "yes" } else { "no" })
        .count("unchanged", unchanged);
    let mut summary = message(locale, "fmt-summary", &counts);
    if broken > 0 {
        let broken = Args::new().count("files", broken);
        summary.push_str(&message(locale, "fmt-summary-broken", &broken));
    }
    if skipped > 0 {
        let skipped = Args::new().count("files", skipped);
        summary.push_str(&message(locale, "fmt-summary-skipped", &skipped));
    }
    writeln!(io.err, "{summary}")?;
    Ok(if !loaded.problems.is_empty() || skipped > 0 {
        Exit::InvalidInput
    } else if args.check && changed > 0 {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

/// The folder a file is in (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

fn distinct_files(problems: &[crate::load::Problem]) -> usize {
    let mut files: Vec<&std::path::Path> = problems.iter().map(|p| p.file.as_path()).collect();
    files.sort();
    files.dedup();
    files.len()
}

/// A path as a message argument, made safe for the terminal.
fn at(path: &Path) -> Args {
    Args::new().text("path", safe_path(path))
}
