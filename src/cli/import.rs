//! `tjm import`: a journey filled in as a spreadsheet (`.xlsx`, `.ods`) or a CSV file, back
//! into a journey file in the canonical layout of `tjm fmt`. Problems name the sheet, row and
//! column, with the same help as problems in a JSON file.

use std::path::PathBuf;

use clap::Args as ClapArgs;

use super::{Cli, Exit, Io};
use crate::authoring::format_text;
use crate::diagnostics::render_problem;
use crate::i18n::{Args, message, text};
use crate::load::{LoadOptions, load_file};
use crate::output::terminal::safe_path;
use crate::rules::rule_names;

/// Arguments of `tjm import`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Exit status: 0 written, 2 when the file has problems or the output exists.\n\nExamples:\n  tjm export --to xlsx journeys/klacht.json -o klacht.xlsx   (a workbook to fill in)\n  tjm import klacht.xlsx -o journeys/klacht.json --force\n  tjm import reparatie.ods > journeys/reparatie.json\n\nThe CSV shape: the workbook's sheets one below the other, each starting with a row\nholding only its name in brackets ([Journey], [Stages], [Touchpoints], ...)."
)]
pub struct ImportArgs {
    /// The spreadsheet (.xlsx, .xlsm, .ods) or CSV file to read.
    pub file: PathBuf,
    /// Write the journey file here (missing folders are created) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Overwrite the journey file if it exists.
    #[arg(long)]
    pub force: bool,
}

pub(super) fn run(cli: &Cli, args: &ImportArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let locale = cli.locale().unwrap_or_default();
    let names = rule_names();
    let options = LoadOptions {
        rule_names: &names,
        locale,
        keep_text: true,
    };
    let (journey, problems) = load_file(&args.file, &options);
    for problem in &problems {
        write!(io.err, "{}", render_problem(problem, io.style))?;
    }
    let Some(journey) = journey.filter(|_| problems.is_empty()) else {
        writeln!(io.err, "{}", text(locale, "import-nothing"))?;
        return Ok(Exit::InvalidInput);
    };
    // The sheets' JSON form, not the model written again: a share typed as 40 stays 40.
    let shown = args.out.as_deref().unwrap_or(&args.file);
    let formatted = format_text(shown, journey.source.text())
        .map_err(|e| anyhow::anyhow!(e.describe(locale)))?;
    let Some(out) = &args.out else {
        io.out.write_all(formatted.as_bytes())?;
        return Ok(Exit::Clean);
    };
    let wrote = Args::new()
        .text("file", safe_path(out))
        .text("source", safe_path(&args.file));
    super::new::write_journey_file(
        io,
        out,
        &formatted,
        args.force,
        locale,
        &message(locale, "import-wrote", &wrote),
    )
}
