//! `tjm init`: set up a folder for writing journeys (see [`crate::authoring::project`]).

use std::path::PathBuf;

use clap::Args as ClapArgs;

use super::{Cli, Exit, Io, error_line};
use crate::authoring::{InitError, init};
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{Args, message};
use crate::model::Language;
use crate::output::terminal::safe_path;

/// Arguments of `tjm init`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  tjm init klantreizen\n  tjm init --lang en tenant-journeys\n  tjm init --force        bring schema/ up to date after installing a new tjm\n\nWrites journeys/ with one example, schema/journey.schema.json, tjm.toml, .vscode/settings.json\nand README.md. Existing files are never overwritten."
)]
pub struct InitArgs {
    /// The folder to set up (created if missing; default: the current folder).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Write the files that are missing and replace the schema; files you may have edited are kept.
    #[arg(long)]
    pub force: bool,
}

pub(super) fn run(cli: &Cli, args: &InitArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // Dutch unless `--lang` says otherwise, like `tjm new`: most associations write Dutch.
    let locale = decide(cli.locale(), None, Scope::Journey(Language::Nl));
    let lang = locale.language();
    let dir = &args.dir;
    let shown = |path: &PathBuf| safe_path(path.strip_prefix(dir).unwrap_or(path));
    match init(dir, lang, args.force) {
        Ok(report) => {
            for path in &report.written {
                let line = message(locale, "init-wrote", &Args::new().text("file", shown(path)));
                writeln!(io.err, "{line}")?;
            }
            for path in &report.replaced {
                let line = message(
                    locale,
                    "init-replaced",
                    &Args::new().text("file", shown(path)),
                );
                writeln!(io.err, "{line}")?;
            }
            for path in &report.kept {
                let line = message(locale, "init-kept", &Args::new().text("file", shown(path)));
                writeln!(io.err, "{line}")?;
            }
            let done = Args::new().text("dir", safe_path(dir));
            writeln!(io.err, "{}", message(locale, "init-done", &done))?;
            Ok(Exit::Clean)
        }
        Err(InitError::Exists(paths)) => {
            let files: Vec<String> = paths.iter().map(shown).collect();
            let args = Args::new()
                .text("dir", safe_path(dir))
                .count("count", files.len())
                .text("files", files.join(", "));
            let error = message(locale, "init-exists", &args);
            writeln!(io.err, "{}", error_line(locale, error))?;
            Ok(Exit::InvalidInput)
        }
        Err(InitError::Write(error)) => Err(error.into()),
    }
}
