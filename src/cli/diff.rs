//! `tjm diff OLD NEW`: what changed between two versions of journeys.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args as ClapArgs;

use super::{Cli, Exit, Format, Io, resolve_config};
use crate::diagnostics::render_problem;
use crate::diff::{JourneyDiff, ProjectDiff, compare};
use crate::i18n::{Args, Locale, decimal, message, text as text_of};
use crate::output::json_escape;
use crate::output::terminal::safe_line;
use crate::project::Project;

/// Arguments of `tjm diff`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Exit status (as diff(1)):\n  0  no differences\n  1  differences\n  2  invalid input\n\nExamples:\n  tjm diff baseline/ journeys/\n  tjm diff old/klacht.json journeys/klacht.json --format json"
)]
pub struct DiffArgs {
    /// The old version: a journey file or a folder of them.
    pub old: PathBuf,
    /// The new version: a journey file or a folder of them.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub(super) fn run(cli: &Cli, args: &DiffArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // One config for both sides (the new side's), so a finding only differs when the journey does.
    let config = match resolve_config(cli, std::slice::from_ref(&args.new), io)? {
        Ok(config) => config,
        Err(exit) => return Ok(exit),
    };
    let lang = cli.locale();
    let old = Project::open(std::slice::from_ref(&args.old), &config, lang);
    let new = Project::open(std::slice::from_ref(&args.new), &config, lang);
    for warning in old.warnings.iter().chain(&new.warnings) {
        write!(io.err, "{}", render_problem(warning, io.style))?;
    }
    let mut broken = false;
    for problem in old.problems.iter().chain(&new.problems) {
        write!(io.err, "{}", render_problem(problem, io.style))?;
        broken = true;
    }
    if broken {
        writeln!(io.err, "{}", text_of(new.locale, "diff-nothing-compared"))?;
        return Ok(Exit::InvalidInput);
    }
    let diff = compare(&old, &new);
    match args.format {
        Format::Json => {
            let mut text = json_escape::to_string_pretty(&diff)?;
            text.push('\n');
            io.out.write_all(text.as_bytes())?;
        }
        Format::Text => {
            io.out.write_all(text(&diff, new.locale).as_bytes())?;
        }
    }
    Ok(if diff.has_changes() {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

/// A change with its sign, "+3" or "−1,4", written the locale's way.
fn signed(value: f64, locale: Locale) -> String {
    let places = if value.fract() == 0.0 { 0 } else { 1 };
    let number = decimal(value, places, locale);
    if value > 0.0 {
        format!("+{number}")
    } else {
        number
    }
}

/// The diff for people. Every text from a journey or a file name goes through [`safe_line`]:
/// it is printed to a terminal, and one change stays on one line.
pub(crate) fn text(diff: &ProjectDiff, locale: Locale) -> String {
    let mut out = String::new();
    for journey in &diff.journeys {
        journey_text(journey, locale, &mut out);
    }
    for j in &diff.added_journeys {
        let label = text_of(locale, "diff-journey-added");
        let _ = writeln!(
            out,
            "+ {label} {} ({}): {}",
            safe_line(&j.id),
            safe_line(&j.file),
            safe_line(&j.title)
        );
    }
    for j in &diff.removed_journeys {
        let label = text_of(locale, "diff-journey-removed");
        let _ = writeln!(
            out,
            "- {label} {} ({}): {}",
            safe_line(&j.id),
            safe_line(&j.file),
            safe_line(&j.title)
        );
    }
    let t = &diff.totals;
    let totals = Args::new()
        .count("compared", t.journeys_compared)
        .count("changed", t.journeys_changed)
        .count("added", t.journeys_added)
        .count("removed", t.journeys_removed)
        .count("tp_added", t.touchpoints_added)
        .count("tp_removed", t.touchpoints_removed)
        .count("tp_changed", t.touchpoints_changed)
        .count("fixed", t.findings_fixed)
        .count("new", t.findings_new);
    let _ = writeln!(out, "{}", message(locale, "diff-totals", &totals));
    out
}

fn journey_text(j: &JourneyDiff, locale: Locale, out: &mut String) {
    if !j.changed {
        let same = text_of(locale, "diff-unchanged");
        let _ = writeln!(
            out,
            "{} ({}): {same}\n",
            safe_line(&j.id),
            safe_line(&j.new_file)
        );
        return;
    }
    let _ = writeln!(
        out,
        "{} ({} → {}): {}",
        safe_line(&j.id),
        safe_line(&j.old_file),
        safe_line(&j.new_file),
        safe_line(&j.title)
    );
    let index = &j.attention_index;
    let _ = writeln!(
        out,
        "  {} {} → {} ({})",
        text_of(locale, "diff-attention-index"),
        index.before,
        index.after,
        signed(f64::from(index.delta), locale)
    );
    if !j.journey_fields.is_empty() {
        let _ = writeln!(
            out,
            "  ~ {}: {}",
            text_of(locale, "diff-journey"),
            safe_line(&j.journey_fields.join(", "))
        );
    }
    for t in &j.touchpoints_added {
        let _ = writeln!(
            out,
            "  + touchpoint {} \"{}\" ({})",
            safe_line(&t.id),
            safe_line(&t.title),
            safe_line(&t.stage)
        );
    }
    for t in &j.touchpoints_removed {
        let _ = writeln!(
            out,
            "  - touchpoint {} \"{}\" ({})",
            safe_line(&t.id),
            safe_line(&t.title),
            safe_line(&t.stage)
        );
    }
    for t in &j.touchpoints_changed {
        let _ = writeln!(
            out,
            "  ~ touchpoint {} \"{}\"",
            safe_line(&t.id),
            safe_line(&t.title)
        );
        if let Some(e) = &t.emotion {
            let show =
                |s: Option<i8>| s.map_or("–".to_owned(), |s| decimal(f64::from(s), 0, locale));
            let delta = e
                .delta
                .map(|d| format!(" ({})", signed(f64::from(d), locale)));
            let _ = writeln!(
                out,
                "      {}: {} → {}{}",
                text_of(locale, "diff-emotion"),
                show(e.before),
                show(e.after),
                delta.unwrap_or_default()
            );
        }
        if let Some(w) = &t.wait {
            let delta = w.delta_days.map(|d| {
                let days = Args::new().text("days", signed(d, locale));
                format!(" ({})", message(locale, "diff-days", &days))
            });
            let _ = writeln!(
                out,
                "      {}: {} → {}{}",
                text_of(locale, "diff-wait"),
                safe_line(w.before.as_deref().unwrap_or("–")),
                safe_line(w.after.as_deref().unwrap_or("–")),
                delta.unwrap_or_default()
            );
        }
        for f in &t.fields {
            if f.field == "wait" || f.field.starts_with("emotion.score") {
                continue;
            }
            let _ = writeln!(
                out,
                "      {}: {} → {}",
                safe_line(&f.field),
                safe_line(f.before.as_deref().unwrap_or("–")),
                safe_line(f.after.as_deref().unwrap_or("–"))
            );
        }
    }
    for f in &j.findings_fixed {
        let label = text_of(locale, "diff-fixed");
        let _ = writeln!(
            out,
            "  {label} {} {} @ {}: {}",
            f.code,
            f.rule,
            safe_line(&f.touchpoint),
            safe_line(&f.message)
        );
    }
    for f in &j.findings_silenced {
        let label = text_of(locale, "diff-silenced");
        let _ = writeln!(
            out,
            "  {label} {} {} @ {}: {}",
            f.code,
            f.rule,
            safe_line(&f.touchpoint),
            safe_line(f.reason.as_deref().unwrap_or_default())
        );
    }
    for f in &j.findings_new {
        let label = text_of(locale, "diff-new");
        let _ = writeln!(
            out,
            "  {label} {} {} @ {}: {}",
            f.code,
            f.rule,
            safe_line(&f.touchpoint),
            safe_line(&f.message)
        );
    }
    out.push('\n');
}
