//! `tjm rules [NAME]`: the catalogue, or one rule's full documentation.

use std::fmt::Write as _;

use clap::Args;
use serde::Serialize;

use super::{Cli, Exit, Format, Io};
use crate::load::suggest::did_you_mean;
use crate::model::Language;
use crate::rules::{Category, Level, RULES, Rule, find_rule};

/// Arguments of `tjm rules`.
#[derive(Debug, Args)]
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
    summary: &'static str,
    options: Vec<OptionExplanation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    docs: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct OptionExplanation {
    name: &'static str,
    default: &'static str,
    help: &'static str,
}

fn explain(rule: &dyn Rule, lang: Language, with_docs: bool) -> Explanation<'static> {
    Explanation {
        code: rule.code(),
        name: rule.name(),
        level: rule.default_level(),
        category: rule.category(),
        summary: rule.summary(lang),
        options: rule
            .options()
            .iter()
            .map(|o| OptionExplanation {
                name: o.name,
                default: o.default,
                help: o.help,
            })
            .collect(),
        docs: with_docs.then(|| rule.docs(lang)),
    }
}

pub(super) fn run(cli: &Cli, args: &RulesArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let lang = cli.lang.map_or(Language::En, Language::from);
    match &args.rule {
        None => {
            if args.format == Format::Json {
                let all: Vec<_> = RULES.iter().map(|r| explain(*r, lang, false)).collect();
                super::write_json(io, &all)?;
            } else {
                io.out.write_all(list(lang).as_bytes())?;
            }
            Ok(Exit::Clean)
        }
        Some(name) => {
            let Some(rule) = find_rule(name) else {
                let hint = did_you_mean(name, RULES.iter().map(|r| r.name()))
                    .unwrap_or_else(|| "`tjm rules` lists them all".to_owned());
                writeln!(
                    io.err,
                    "error: there is no rule called `{name}`\n  help: {hint}"
                )?;
                return Ok(Exit::InvalidInput);
            };
            if args.format == Format::Json {
                super::write_json(io, &explain(rule, lang, true))?;
            } else {
                io.out.write_all(describe(rule, lang).as_bytes())?;
            }
            Ok(Exit::Clean)
        }
    }
}

/// The catalogue as a table, grouped by category.
fn list(lang: Language) -> String {
    let mut out = String::new();
    let mut category = None;
    for rule in RULES {
        if category != Some(rule.category()) {
            category = Some(rule.category());
            let _ = writeln!(out, "\n{}", rule.category().label(lang));
        }
        let _ = writeln!(
            out,
            "  {}  {:<24} {:<8} {}",
            rule.code(),
            rule.name(),
            rule.default_level().as_str(),
            rule.summary(lang)
        );
    }
    let _ = writeln!(
        out,
        "\n`tjm rules NAME` explains a rule; set levels and thresholds in tjm.toml."
    );
    out
}

/// One rule's full documentation.
fn describe(rule: &dyn Rule, lang: Language) -> String {
    let mut out = format!(
        "# {} ({})\n\nlevel: {} · category: {}\n{}\n\n{}",
        rule.name(),
        rule.code(),
        rule.default_level().as_str(),
        rule.category().label(lang),
        rule.summary(lang),
        rule.docs(lang).trim_start()
    );
    if !rule.options().is_empty() {
        let _ = writeln!(out, "\nOptions (tjm.toml, [rules.{}]):", rule.name());
        for option in rule.options() {
            let _ = writeln!(
                out,
                "  {} = {}   {}",
                option.name, option.default, option.help
            );
        }
    }
    out
}
