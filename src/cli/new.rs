//! `tjm new`: start a journey file of a usual kind, with prompts to complete.

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};

use super::{Cli, Exit, Io, error_line};
use crate::authoring::{
    JourneyKind, Overwrite, WriteError, scaffold_text, schema_ref_for, write_atomic,
};
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{Args, message};
use crate::model::Language;
use crate::output::terminal::{safe, safe_path};

/// Arguments of `tjm new`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  tjm new repair -o journeys/reparatieverzoek.json\n  tjm new complaint --lang en --id complaints-2025 -o journeys/complaints.json\n  tjm new move-out > my-journey.json\n\nTexts still to write start with [aanvullen] (Dutch) or [to fill in] (English); facts tjm\nassumed are marked [controleren: …] or [to check: …] until you check them and remove the note.\nThe $schema line points at the nearest project's schema, or is left out when none is in reach."
)]
pub struct NewArgs {
    /// The kind of journey.
    #[arg(value_enum)]
    pub kind: KindArg,
    /// The journey's id (default: the kind's name in the chosen language, e.g. `reparatieverzoek`).
    #[arg(long)]
    pub id: Option<String>,
    /// Write to this file instead of standard output (missing folders are created).
    #[arg(short, long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// The kinds on the command line; the Dutch names work too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// New tenant: offer, viewing, lease, keys, first weeks (nieuwe-huurder).
    #[value(alias = "nieuwe-huurder")]
    NewTenant,
    /// Repair request: report, diagnosis, appointment, visit, follow-up (reparatieverzoek).
    #[value(alias = "reparatieverzoek")]
    Repair,
    /// Renovation in an occupied home: announcement, consent, works, damage, handover (renovatie).
    #[value(alias = "renovatie")]
    Renovation,
    /// Rent arrears: reminders, contact, payment plan, debt advice or court (huurachterstand).
    #[value(alias = "huurachterstand")]
    Arrears,
    /// Complaint: complaint, acknowledgement, handling, outcome, escalation (klacht).
    #[value(alias = "klacht")]
    Complaint,
    /// Moving out: notice, pre-inspection, final inspection, settlement (huuropzegging).
    #[value(alias = "huuropzegging")]
    MoveOut,
}

impl From<KindArg> for JourneyKind {
    fn from(kind: KindArg) -> JourneyKind {
        match kind {
            KindArg::NewTenant => JourneyKind::NewTenant,
            KindArg::Repair => JourneyKind::Repair,
            KindArg::Renovation => JourneyKind::Renovation,
            KindArg::Arrears => JourneyKind::Arrears,
            KindArg::Complaint => JourneyKind::Complaint,
            KindArg::MoveOut => JourneyKind::MoveOut,
        }
    }
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    id.len() <= 80
        && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

pub(super) fn run(cli: &Cli, args: &NewArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // New journeys are Dutch unless `--lang` says otherwise: most associations write Dutch.
    let locale = decide(cli.locale(), None, Scope::Journey(Language::Nl));
    let lang = locale.language();
    if let Some(id) = &args.id
        && !valid_id(id)
    {
        let error = message(locale, "new-invalid-id", &Args::new().text("id", safe(id)));
        writeln!(io.err, "{}", error_line(locale, error))?;
        return Ok(Exit::InvalidInput);
    }
    let kind = JourneyKind::from(args.kind);
    // The `$schema` must resolve from where the file lands; on stdout that is most likely
    // the current folder (`tjm new repair > reis.json`).
    let place = match &args.out {
        Some(out) => out.clone(),
        None => PathBuf::from(kind.default_id(lang) + ".json"),
    };
    let schema = schema_ref_for(&place);
    let text = scaffold_text(kind, args.id.as_deref(), lang, schema.value());
    let Some(out) = &args.out else {
        io.out.write_all(text.as_bytes())?;
        return Ok(Exit::Clean);
    };
    let wrote = Args::new()
        .text("file", safe_path(out))
        .text("kind", kind.name());
    write_journey_file(
        io,
        out,
        &text,
        args.force,
        locale,
        &message(locale, "new-wrote", &wrote),
    )
}

/// Write a new journey file (`tjm new`, `tjm import`): atomically, never over a file that
/// exists unless `force`, and say so: `wrote` on success, which file stands in the way else.
pub(super) fn write_journey_file(
    io: &mut Io<'_>,
    out: &std::path::Path,
    text: &str,
    force: bool,
    locale: crate::i18n::Locale,
    wrote: &str,
) -> anyhow::Result<Exit> {
    let overwrite = if force {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    match write_atomic(out, text.as_bytes(), overwrite) {
        Ok(()) => {
            writeln!(io.err, "{wrote}")?;
            Ok(Exit::Clean)
        }
        Err(WriteError::Exists(path)) => {
            let error = message(
                locale,
                "new-exists",
                &Args::new().text("file", safe_path(&path)),
            );
            writeln!(io.err, "{}", error_line(locale, error))?;
            Ok(Exit::InvalidInput)
        }
        Err(error) => Err(error.into()),
    }
}
