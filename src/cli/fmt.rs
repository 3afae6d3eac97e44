//! `tjm fmt`: rewrite journey files in the canonical layout, losslessly; `--check` only lists
//! the files that would change.

use std::path::PathBuf;

use clap::Args;

use super::{Cli, Exit, Io};
use crate::authoring::{Overwrite, format_text, write_atomic};
use crate::diagnostics::render_problem;
use crate::load::{LoadOptions, load_paths};
use crate::rules::rule_names;

/// Arguments of `tjm fmt`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 done (or nothing to change), 1 with --check when files would change, 2 when a file has problems (it is left untouched).\n\nExamples:\n  tjm fmt\n  tjm fmt journeys/klacht.json\n  tjm fmt --check"
)]
pub struct FmtArgs {
    /// Journey files or folders (searched for *.json).
    #[arg(default_value = "journeys")]
    pub paths: Vec<PathBuf>,
    /// Change nothing; list the files that are not formatted and exit 1 if there are any.
    #[arg(long)]
    pub check: bool,
}

pub(super) fn run(_cli: &Cli, args: &FmtArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let names = rule_names();
    let loaded = load_paths(&args.paths, &LoadOptions { rule_names: &names });
    for problem in &loaded.problems {
        write!(io.err, "{}", render_problem(problem, io.style))?;
    }
    let mut changed = 0;
    let mut unchanged = 0;
    for journey in &loaded.journeys {
        let path = journey.source.path();
        let text = journey.source.text();
        let formatted = format_text(path, text)?;
        if formatted == text {
            unchanged += 1;
            continue;
        }
        changed += 1;
        if args.check {
            writeln!(io.out, "would reformat {}", path.display())?;
        } else {
            write_atomic(path, formatted.as_bytes(), Overwrite::Replace)?;
            writeln!(io.out, "formatted {}", path.display())?;
        }
    }
    let broken = distinct_files(&loaded.problems);
    let verb = if args.check {
        "would be reformatted"
    } else {
        "reformatted"
    };
    let mut summary = format!("{} {verb}, {unchanged} already formatted", files(changed));
    if broken > 0 {
        summary.push_str(&format!(
            ", {} left untouched because of problems",
            files(broken)
        ));
    }
    writeln!(io.err, "{summary}")?;
    Ok(if !loaded.problems.is_empty() {
        Exit::InvalidInput
    } else if args.check && changed > 0 {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

fn distinct_files(problems: &[crate::load::Problem]) -> usize {
    let mut files: Vec<&std::path::Path> = problems.iter().map(|p| p.file.as_path()).collect();
    files.sort();
    files.dedup();
    files.len()
}

fn files(n: usize) -> String {
    if n == 1 {
        "1 file".to_owned()
    } else {
        format!("{n} files")
    }
}
