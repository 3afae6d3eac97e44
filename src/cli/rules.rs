//! `tjm rules [NAME]`: the catalogue, or one rule's full documentation.

use std::fmt::Write as _;

use clap::Args as ClapArgs;
use serde::Serialize;

use super::{Cli, Exit, Format, Io};
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{Args, Locale, message, text};
use crate::load::suggest::did_you_mean;
use crate::output::terminal::safe;
use crate::rules::{Category, Level, RULES, Rule, find_rule};

/// Arguments of `tjm rules`.
#[derive(Debug, ClapArgs)]
pub struct RulesArgs {
    /// A rule's name or code; leave out to list all rules.
    pub rule: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// A rule as `--format json` shows it.
#[derive(Debug, Serialize)]
struct Explanation<'a> {
    code: &'static str,
    name: &'static str,
    level: Level,
    category: Category,
    summary: String,
    options: Vec<OptionExplanation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    docs: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct OptionExplanation {
    name: &'static str,
    default: &'static str,
    help: String,
}

fn explain(rule: &dyn Rule, locale: Locale, with_docs: bool) -> Explanation<'static> {
    Explanation {
        code: rule.code(),
        name: rule.name(),
        level: rule.default_level(),
        category: rule.category(),
        summary: rule.summary(locale),
        options: rule
            .options()
            .iter()
            .map(|o| OptionExplanation {
                name: o.name,
                default: o.default,
                help: o.help(rule.name(), locale),
            })
            .collect(),
        docs: with_docs.then(|| rule.docs(locale.language())),
    }
}

pub(super) fn run(cli: &Cli, args: &RulesArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // No journeys here: `--lang`, else English.
    let locale = decide(cli.locale(), None, Scope::Run(&[]));
    match &args.rule {
        None => {
            if args.format == Format::Json {
                let all: Vec<_> = RULES.iter().map(|r| explain(*r, locale, false)).collect();
                super::write_json(io, &all)?;
            } else {
                io.out.write_all(list(locale).as_bytes())?;
            }
            Ok(Exit::Clean)
        }
        Some(name) => {
            let Some(rule) = find_rule(name) else {
                let hint = did_you_mean(name, RULES.iter().map(|r| r.name()))
                    .unwrap_or_else(|| text(locale, "rules-unknown-help"));
                let error = message(
                    locale,
                    "rules-unknown",
                    &Args::new().text("name", safe(name)),
                );
                writeln!(
                    io.err,
                    "{}\n  {}",
                    super::error_line(locale, error),
                    message(locale, "cli-help", &Args::new().text("message", hint)),
                )?;
                return Ok(Exit::InvalidInput);
            };
            if args.format == Format::Json {
                super::write_json(io, &explain(rule, locale, true))?;
            } else {
                io.out.write_all(describe(rule, locale).as_bytes())?;
            }
            Ok(Exit::Clean)
        }
    }
}

/// The catalogue as a table, grouped by category.
fn list(locale: Locale) -> String {
    let mut out = String::new();
    let mut category = None;
    for rule in RULES {
        if category != Some(rule.category()) {
            category = Some(rule.category());
            let _ = writeln!(out, "\n{}", rule.category().label(locale));
        }
        let _ = writeln!(
            out,
            "  {}  {:<24} {:<8} {}",
            rule.code(),
            rule.name(),
            rule.default_level().as_str(),
            rule.summary(locale)
        );
    }
    let _ = writeln!(out, "\n{}", text(locale, "rules-list-footer"));
    out
}

/// One rule's full documentation.
fn describe(rule: &dyn Rule, locale: Locale) -> String {
    let level = Args::new()
        .text("level", rule.default_level().as_str())
        .text("category", rule.category().label(locale));
    let mut out = format!(
        "# {} ({})\n\n{}\n{}\n\n{}",
        rule.name(),
        rule.code(),
        message(locale, "rules-describe-level", &level),
        rule.summary(locale),
        rule.docs(locale.language()).trim_start()
    );
    if !rule.options().is_empty() {
        let options = Args::new().text("rule", rule.name());
        let _ = writeln!(
            out,
            "\n{}",
            message(locale, "rules-describe-options", &options)
        );
        for option in rule.options() {
            let _ = writeln!(
                out,
                "  {} = {}   {}",
                option.name,
                option.default,
                option.help(rule.name(), locale)
            );
        }
    }
    out
}
