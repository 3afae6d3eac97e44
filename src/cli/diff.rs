//! `tjm diff OLD NEW`: what changed between two versions of journeys.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;

use super::{Cli, Exit, Format, Io, resolve_config};
use crate::diagnostics::render_problem;
use crate::diff::{JourneyDiff, ProjectDiff, compare};
use crate::model::Language;
use crate::project::Project;

/// Arguments of `tjm diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 no differences, 1 differences, 2 invalid input (as diff(1)).\n\nExamples:\n  tjm diff baseline/ journeys/\n  tjm diff old/klacht.json journeys/klacht.json --format json"
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
    let mut broken = false;
    for problem in old.problems.iter().chain(&new.problems) {
        write!(io.err, "{}", render_problem(problem, io.style))?;
        broken = true;
    }
    if broken {
        writeln!(io.err, "nothing compared: fix the problems above first")?;
        return Ok(Exit::InvalidInput);
    }
    let diff = compare(&old, &new);
    match args.format {
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&diff)?;
            text.push('\n');
            io.out.write_all(text.as_bytes())?;
        }
        Format::Text => {
            io.out
                .write_all(text(&diff, new.locale.language()).as_bytes())?;
        }
    }
    Ok(if diff.has_changes() {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

fn signed(value: f64) -> String {
    if value > 0.0 {
        format!("+{value}")
    } else {
        value.to_string()
    }
}

/// The diff for people.
pub(crate) fn text(diff: &ProjectDiff, lang: Language) -> String {
    let nl = lang == Language::Nl;
    let mut out = String::new();
    for journey in &diff.journeys {
        journey_text(journey, nl, &mut out);
    }
    for j in &diff.added_journeys {
        let label = if nl { "nieuwe reis" } else { "new journey" };
        let _ = writeln!(out, "+ {label} {} ({}): {}", j.id, j.file, j.title);
    }
    for j in &diff.removed_journeys {
        let label = if nl {
            "verdwenen reis"
        } else {
            "removed journey"
        };
        let _ = writeln!(out, "- {label} {} ({}): {}", j.id, j.file, j.title);
    }
    let t = &diff.totals;
    if nl {
        let _ = writeln!(
            out,
            "{} reizen vergeleken, {} gewijzigd, {} nieuw, {} verdwenen; touchpoints: {} toegevoegd, {} verwijderd, {} gewijzigd; bevindingen: {} opgelost, {} nieuw",
            t.journeys_compared,
            t.journeys_changed,
            t.journeys_added,
            t.journeys_removed,
            t.touchpoints_added,
            t.touchpoints_removed,
            t.touchpoints_changed,
            t.findings_fixed,
            t.findings_new
        );
    } else {
        let _ = writeln!(
            out,
            "compared {} journeys, {} changed, {} added, {} removed; touchpoints: {} added, {} removed, {} changed; findings: {} fixed, {} new",
            t.journeys_compared,
            t.journeys_changed,
            t.journeys_added,
            t.journeys_removed,
            t.touchpoints_added,
            t.touchpoints_removed,
            t.touchpoints_changed,
            t.findings_fixed,
            t.findings_new
        );
    }
    out
}

fn journey_text(j: &JourneyDiff, nl: bool, out: &mut String) {
    if !j.changed {
        let same = if nl { "ongewijzigd" } else { "unchanged" };
        let _ = writeln!(out, "{} ({}): {same}\n", j.id, j.new_file);
        return;
    }
    let _ = writeln!(
        out,
        "{} ({} → {}): {}",
        j.id, j.old_file, j.new_file, j.title
    );
    let index = &j.attention_index;
    let _ = writeln!(
        out,
        "  {} {} → {} ({})",
        if nl {
            "aandachtsindex"
        } else {
            "attention index"
        },
        index.before,
        index.after,
        signed(f64::from(index.delta))
    );
    if !j.journey_fields.is_empty() {
        let _ = writeln!(
            out,
            "  ~ {}: {}",
            if nl { "reis" } else { "journey" },
            j.journey_fields.join(", ")
        );
    }
    for t in &j.touchpoints_added {
        let _ = writeln!(out, "  + touchpoint {} \"{}\" ({})", t.id, t.title, t.stage);
    }
    for t in &j.touchpoints_removed {
        let _ = writeln!(out, "  - touchpoint {} \"{}\" ({})", t.id, t.title, t.stage);
    }
    for t in &j.touchpoints_changed {
        let _ = writeln!(out, "  ~ touchpoint {} \"{}\"", t.id, t.title);
        if let Some(e) = &t.emotion {
            let show = |s: Option<i8>| s.map_or("–".to_owned(), |s| s.to_string());
            let delta = e.delta.map(|d| format!(" ({})", signed(f64::from(d))));
            let _ = writeln!(
                out,
                "      {}: {} → {}{}",
                if nl { "emotie" } else { "emotion" },
                show(e.before),
                show(e.after),
                delta.unwrap_or_default()
            );
        }
        if let Some(w) = &t.wait {
            let delta = w
                .delta_days
                .map(|d| format!(" ({} {})", signed(d), if nl { "dagen" } else { "days" }));
            let _ = writeln!(
                out,
                "      {}: {} → {}{}",
                if nl { "wachttijd" } else { "wait" },
                w.before.as_deref().unwrap_or("–"),
                w.after.as_deref().unwrap_or("–"),
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
                f.field,
                f.before.as_deref().unwrap_or("–"),
                f.after.as_deref().unwrap_or("–")
            );
        }
    }
    for f in &j.findings_fixed {
        let label = if nl { "opgelost" } else { "fixed" };
        let _ = writeln!(
            out,
            "  {label} {} {} @ {}: {}",
            f.code, f.rule, f.touchpoint, f.message
        );
    }
    for f in &j.findings_silenced {
        let label = if nl { "stilgezet" } else { "silenced" };
        let _ = writeln!(
            out,
            "  {label} {} {} @ {}: {}",
            f.code,
            f.rule,
            f.touchpoint,
            f.reason.as_deref().unwrap_or_default()
        );
    }
    for f in &j.findings_new {
        let label = if nl { "nieuw" } else { "new" };
        let _ = writeln!(
            out,
            "  {label} {} {} @ {}: {}",
            f.code, f.rule, f.touchpoint, f.message
        );
    }
    out.push('\n');
}
