//! `tjm theme init DIR`: copy the built-in report templates and stylesheet into a folder to
//! customise them (as `mdbook init --theme` does).

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::{Cli, Exit, Io};
use crate::fsutil::{Overwrite, write_atomic};
use crate::report::templates::{STYLE, STYLE_FILE, TEMPLATES};

/// Arguments of `tjm theme`.
#[derive(Debug, Args)]
pub struct ThemeArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: ThemeCommand,
}

/// The `tjm theme` subcommands.
#[derive(Debug, Subcommand)]
pub enum ThemeCommand {
    /// Copy the built-in templates and style.css into DIR to customise them.
    ///
    /// Edit the copies and use them with `tjm report --theme DIR`. Delete the files you do not
    /// change: they then keep getting tjm's fixes.
    #[command(
        after_help = "Example:\n  tjm theme init my-theme\n  tjm report journeys -o report --theme my-theme"
    )]
    Init {
        /// The folder to create or fill.
        dir: PathBuf,
        /// Overwrite files that already exist.
        #[arg(long)]
        force: bool,
    },
}

pub(super) fn run(_cli: &Cli, args: &ThemeArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    match &args.command {
        ThemeCommand::Init { dir, force } => init(dir, *force, io),
    }
}

/// Every built-in file: (relative path, contents).
fn builtin_files() -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&str, &str)> = TEMPLATES.to_vec();
    files.push((STYLE_FILE, STYLE));
    files
}

fn init(dir: &Path, force: bool, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let files = builtin_files();
    if !force {
        let existing: Vec<PathBuf> = files
            .iter()
            .map(|(name, _)| dir.join(name))
            .filter(|path| path.exists())
            .collect();
        if !existing.is_empty() {
            writeln!(
                io.err,
                "error: {} already has {} of the theme files; nothing was written",
                dir.display(),
                existing.len()
            )?;
            for path in &existing {
                writeln!(io.err, "  {}", path.display())?;
            }
            writeln!(
                io.err,
                "help: use --force to overwrite them, or choose an empty folder"
            )?;
            return Ok(Exit::InvalidInput);
        }
    }
    let overwrite = if force {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    for (name, contents) in &files {
        // Atomic, so an interrupted init never leaves half a template for `tjm report` to trip on.
        write_atomic(&dir.join(name), contents.as_bytes(), overwrite)?;
    }
    writeln!(
        io.out,
        "wrote {} theme files to {}",
        files.len(),
        dir.display()
    )?;
    writeln!(
        io.out,
        "edit them, then run `tjm report --theme {}`; delete the ones you keep as they are, so they get tjm's fixes",
        dir.display()
    )?;
    Ok(Exit::Clean)
}
