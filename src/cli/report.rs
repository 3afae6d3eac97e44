//! `tjm report`: write the HTML report for journeys.

use std::path::PathBuf;

use clap::Args;

use super::{Cli, Exit, Io, resolve_config};
use crate::diagnostics::render_problem;
use crate::model::Language;
use crate::project::Project;
use crate::report::{ReportOptions, write_report};

/// Arguments of `tjm report`.
#[derive(Debug, Args)]
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
}

pub(super) fn run(cli: &Cli, args: &ReportArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let config = match resolve_config(cli, &args.paths, io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let lang = cli.lang.map(Language::from);
    let project = Project::open(&args.paths, &config, lang);
    for problem in &project.problems {
        write!(io.err, "{}", render_problem(problem, io.style))?;
    }
    if !project.problems.is_empty() {
        return Ok(Exit::InvalidInput);
    }
    let options = ReportOptions {
        out_dir: args.out.clone(),
        theme: args.theme.clone().or(config.theme.clone()),
        lang,
    };
    let written = write_report(&project, &options)?;
    writeln!(
        io.out,
        "wrote {} files to {}",
        written.files.len(),
        args.out.display()
    )?;
    Ok(Exit::Clean)
}
