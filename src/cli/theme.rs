//! `tjm theme init DIR`: copy the built-in report templates and stylesheet into a folder to
//! customise them (as `mdbook init --theme` does).

use std::path::{Path, PathBuf};

use clap::{Args as ClapArgs, Subcommand};

use super::{Cli, Exit, Io, error_line};
use crate::fsutil::{Overwrite, write_atomic};
use crate::i18n::{Args, Locale, message, text};
use crate::output::terminal::safe_path;
use crate::report::templates::{STYLE, STYLE_FILE, TEMPLATES};

/// Arguments of `tjm theme`.
#[derive(Debug, ClapArgs)]
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

pub(super) fn run(cli: &Cli, args: &ThemeArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // No journeys here: `--lang`, else English.
    let locale = cli.locale().unwrap_or_default();
    match &args.command {
        ThemeCommand::Init { dir, force } => init(dir, *force, locale, io),
    }
}

/// Every built-in file: (relative path, contents).
fn builtin_files() -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&str, &str)> = TEMPLATES.to_vec();
    files.push((STYLE_FILE, STYLE));
    files
}

fn init(dir: &Path, force: bool, locale: Locale, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let files = builtin_files();
    if !force {
        let existing: Vec<PathBuf> = files
            .iter()
            .map(|(name, _)| dir.join(name))
            .filter(|path| path.exists())
            .collect();
        if !existing.is_empty() {
            let error = Args::new()
                .text("dir", safe_path(dir))
                .count("count", existing.len());
            let error = message(locale, "theme-exists", &error);
            writeln!(io.err, "{}", error_line(locale, error))?;
            for path in &existing {
                writeln!(io.err, "  {}", safe_path(path))?;
            }
            let help = Args::new().text("message", text(locale, "theme-exists-help"));
            writeln!(io.err, "{}", message(locale, "cli-help", &help))?;
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
    let wrote = Args::new()
        .count("count", files.len())
        .text("dir", safe_path(dir));
    writeln!(io.out, "{}", message(locale, "theme-wrote", &wrote))?;
    let next = Args::new().text("dir", safe_path(dir));
    writeln!(io.out, "{}", message(locale, "theme-next", &next))?;
    Ok(Exit::Clean)
}
