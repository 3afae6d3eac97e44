//! `tjm norms`: the active norms profile with every norm's term and source, and the
//! association's own stricter deadlines from `tjm.toml`.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args as ClapArgs;
use serde::Serialize;

use super::{Cli, Exit, Format, Io};
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{Args, Locale, message};
use crate::norms::{Calendar, Deadline, Norm, NormKind, Norms, Profile, ProfileId};
use crate::output::terminal::safe;

/// Arguments of `tjm norms`.
#[derive(Debug, ClapArgs)]
pub struct NormsArgs {
    /// Show this profile instead of the one tjm.toml chooses (`norms = "nl"`).
    #[arg(long, value_enum)]
    pub profile: Option<ProfileArg>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Profiles on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProfileArg {
    /// The Netherlands.
    Nl,
    /// England.
    Uk,
}

/// The profile as `--format json` shows it (versioned like `tjm check --format json`).
#[derive(Debug, Serialize)]
struct Shown<'a> {
    version: u32,
    profile: &'a Profile,
    calendar: CalendarShown<'a>,
    /// Own deadlines from tjm.toml: norm id and term.
    overrides: Vec<OverrideShown<'a>>,
}

#[derive(Debug, Serialize)]
struct CalendarShown<'a> {
    jurisdiction: &'a str,
    source: &'a str,
    first_year: i32,
    last_year: i32,
    holidays: usize,
}

#[derive(Debug, Serialize)]
struct OverrideShown<'a> {
    norm: &'a str,
    deadline: Deadline,
}

pub(super) fn run(cli: &Cli, args: &NormsArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let config = match super::resolve_config(cli, &[PathBuf::from(".")], io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let locale = decide(cli.locale(), config.lang, Scope::Run(&[]));
    let mut norms = config.settings.norms.clone();
    if let Some(profile) = args.profile {
        norms.profile = Some(match profile {
            ProfileArg::Nl => ProfileId::Nl,
            ProfileArg::Uk => ProfileId::Uk,
        });
    }
    let profile = norms.active_profile(config.lang);
    if args.format == Format::Json {
        let calendar = profile.holidays();
        let shown = Shown {
            version: 1,
            profile,
            calendar: CalendarShown {
                jurisdiction: &calendar.jurisdiction,
                source: &calendar.source,
                first_year: calendar.first_year,
                last_year: calendar.last_year,
                holidays: calendar.holidays.len(),
            },
            overrides: norms
                .overrides
                .iter()
                .map(|(norm, deadline)| OverrideShown {
                    norm,
                    deadline: *deadline,
                })
                .collect(),
        };
        super::write_json(io, &shown)?;
    } else {
        io.out
            .write_all(describe(profile, &norms, locale).as_bytes())?;
    }
    Ok(Exit::Clean)
}

/// The profile as text: a header, the calendar, each norm with its term and source.
fn describe(profile: &Profile, norms: &Norms, locale: Locale) -> String {
    let mut out = String::new();
    let header = Args::new()
        .text("name", safe(&profile.name))
        .text("profile", profile.id.name())
        .text("jurisdiction", safe(&profile.jurisdiction));
    let _ = writeln!(out, "{}", message(locale, "norms-header", &header));
    let _ = writeln!(out, "{}\n", calendar_line(profile.holidays(), locale));
    for norm in &profile.norms {
        describe_norm(&mut out, norm, norms, locale);
    }
    let _ = writeln!(out, "{}", crate::i18n::text(locale, "norms-footer"));
    out
}

fn calendar_line(calendar: &Calendar, locale: Locale) -> String {
    let args = Args::new()
        .text("jurisdiction", safe(&calendar.jurisdiction))
        .text("first", calendar.first_year.to_string())
        .text("last", calendar.last_year.to_string())
        .text("source", safe(&calendar.source));
    message(locale, "norms-calendar", &args)
}

fn describe_norm(out: &mut String, norm: &Norm, norms: &Norms, locale: Locale) {
    let kind = match (norm.kind, &norm.deadline) {
        (NormKind::Deadline, Some(deadline)) => {
            message(locale, "norms-deadline", &deadline.args(Args::new()))
        }
        (NormKind::Step, _) if !norm.requires.is_empty() => message(
            locale,
            "norms-step-after",
            &Args::new().text("steps", norm.requires.join(", ")),
        ),
        (NormKind::Step, _) => message(locale, "norms-step", &Args::new()),
        _ => message(locale, "norms-right", &Args::new()),
    };
    let _ = writeln!(out, "  {}  {}", safe(&norm.id), kind);
    let _ = writeln!(
        out,
        "      {}",
        safe(norm.applies_to.get(locale.language()))
    );
    let source = Args::new().text("source", safe(&norm.citation()));
    let _ = writeln!(out, "      {}", message(locale, "norms-source", &source));
    if let Some(own) = norms.get(&norm.id).and_then(|active| active.own) {
        let _ = writeln!(
            out,
            "      {}",
            message(locale, "norms-own", &own.args(Args::new()))
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::describe;
    use crate::i18n::Locale;
    use crate::norms::{Deadline, DeadlineUnit, Norms, ProfileId, profile};

    #[test]
    fn shows_every_norm_with_its_source_and_the_own_deadline() {
        let norms = Norms {
            profile: Some(ProfileId::Uk),
            overrides: vec![(
                "hoc.stage1".to_owned(),
                Deadline {
                    amount: 7.0,
                    unit: DeadlineUnit::WorkingDays,
                },
            )],
        };
        let text = describe(profile(ProfileId::Uk), &norms, Locale::En);
        assert!(text.starts_with("Norms profile: England: social housing (uk), England\n"));
        assert!(text.contains("  awaab.investigation  deadline: 10 working days\n"));
        assert!(text.contains("      own deadline (tjm.toml): 7 working days\n"));
        assert!(
            text.contains("source: Housing Ombudsman Complaint Handling Code, stage 1: response")
        );
        let dutch = describe(profile(ProfileId::Nl), &Norms::default(), Locale::Nl);
        assert!(dutch.contains("  bw.7-257  termijn: 6 weken\n"), "{dutch}");
        assert!(dutch.contains("stap, na: nl.arrears.reminder, nl.arrears.personal-contact"));
        assert!(dutch.contains("Algemene termijnenwet"));
    }
}
