//! `tjm.toml`: per-rule levels and thresholds, the report language and theme. Found next to
//! the journeys or in a parent folder, as rustfmt and ruff find theirs. Every problem in the
//! file is reported with its place, like problems in journey files.

mod provenance;

pub use provenance::Provenance;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use crate::i18n::{self, Args, Locale};
use crate::load::SourceFile;
use crate::load::suggest::did_you_mean_in;
use crate::model::Language;
use crate::rules::{Level, OptionValue, RULES, Settings, SettingsError, find_rule};

/// The file name tjm looks for.
pub const CONFIG_FILE: &str = "tjm.toml";

/// The resolved configuration.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it came from, if any.
    pub path: Option<PathBuf>,
    /// Rule levels and options.
    pub settings: Settings,
    /// Language for messages and reports, overriding each journey's own.
    pub lang: Option<Language>,
    /// Theme folder for reports, relative to the config file.
    pub theme: Option<PathBuf>,
    /// `[report] allow_theme_scripts = true`: a theme may drop the CSP or carry scripts.
    /// Off by default, because a theme is code that runs in the board's browser.
    pub allow_theme_scripts: bool,
    /// Rules whose thresholds the file sets, for [`Provenance`].
    pub tuned: Vec<&'static str>,
    /// `[costs]`: the association's own unit costs, for avoidable cost per year.
    pub costs: crate::score::impact::UnitCosts,
    /// `[report] baseline`: the earlier journeys every report compares with, relative to
    /// this file (`--baseline` overrides it).
    pub baseline: Option<PathBuf>,
    /// `[report] baseline_date`: the date that baseline stands for, `YYYY-MM-DD`.
    pub baseline_date: Option<String>,
    /// `[evidence]`: the columns of the journeys' own logs, when they are not the usual
    /// names, and the landlord to read from a sector-wide survey workbook.
    pub evidence: crate::evidence::LogSettings,
}

impl Config {
    /// Where these settings came from and what they change.
    pub fn provenance(&self) -> Provenance {
        Provenance::of(self)
    }
}

/// Everything wrong with a config file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{} has {} problem(s)", source_file.path().display(), errors.len())]
pub struct ConfigErrors {
    /// The file, for snippets.
    pub source_file: Arc<SourceFile>,
    /// Each problem with its span.
    pub errors: Vec<SettingsError>,
}

/// The `tjm.toml` that applies to `start`: in its folder or the nearest parent.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let mut dir = if absolute.is_dir() {
        Some(absolute.as_path())
    } else {
        absolute.parent()
    };
    while let Some(current) = dir {
        let candidate = current.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = current.parent();
    }
    None
}

/// Reads and resolves a config file, with its problems in English.
pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
    load_in(path, Locale::En)
}

/// Reads and resolves a config file, wording its problems in `locale` (the command line's:
/// the file's own `lang` cannot be trusted while the file is broken).
pub fn load_in(path: &Path, locale: Locale) -> Result<Config, ConfigErrors> {
    match crate::fsutil::read::read_text_capped(path, locale) {
        Ok(text) => parse_in(path, text, locale),
        Err(error) => Err(ConfigErrors {
            source_file: Arc::new(SourceFile::new(path, String::new())),
            errors: vec![SettingsError {
                message: i18n::message(
                    locale,
                    "config-unreadable",
                    &Args::new()
                        .text("path", path.display().to_string())
                        .text("reason", error.to_string()),
                ),
                help: None,
                span: None,
            }],
        }),
    }
}

/// Resolves config text; `path` names it in diagnostics and anchors the theme folder.
pub fn parse(path: &Path, text: String) -> Result<Config, ConfigErrors> {
    parse_in(path, text, Locale::En)
}

/// [`parse`], wording problems in `locale`.
pub fn parse_in(path: &Path, text: String, locale: Locale) -> Result<Config, ConfigErrors> {
    let source_file = Arc::new(SourceFile::new(path, text));
    let mut errors = Errors {
        list: Vec::new(),
        locale,
    };
    let mut config = Config {
        path: Some(path.to_owned()),
        ..Config::default()
    };
    match DeTable::parse(source_file.text()) {
        Ok(table) => resolve(
            table.get_ref(),
            source_file.text(),
            path,
            &mut config,
            &mut errors,
        ),
        Err(error) => errors.list.push(SettingsError {
            message: errors.say(
                "config-not-toml",
                &Args::new().text("detail", error.message().trim()),
            ),
            help: Some(errors.text("config-not-toml-help")),
            span: error.span(),
        }),
    }
    if errors.list.is_empty() {
        Ok(config)
    } else {
        Err(ConfigErrors {
            source_file,
            errors: errors.list,
        })
    }
}

/// The problems found so far, and the locale they are worded in.
struct Errors {
    list: Vec<SettingsError>,
    locale: Locale,
}

impl Errors {
    fn say(&self, id: &str, args: &Args) -> String {
        i18n::message(self.locale, id, args)
    }

    fn text(&self, id: &str) -> String {
        i18n::text(self.locale, id)
    }

    fn rule(&self, id: &str, rule: &str) -> String {
        self.say(id, &Args::new().text("rule", rule))
    }
}

fn error(errors: &mut Errors, span: std::ops::Range<usize>, message: String, help: Option<String>) {
    errors.list.push(SettingsError {
        message,
        help,
        span: Some(span),
    });
}

fn resolve(table: &DeTable<'_>, text: &str, path: &Path, config: &mut Config, errors: &mut Errors) {
    let base = path.parent().unwrap_or(Path::new(".")).to_owned();
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "lang" => match value.get_ref().as_str() {
                Some("nl") => config.lang = Some(Language::Nl),
                Some("en") => config.lang = Some(Language::En),
                _ => error(errors, value.span(), errors.text("config-lang"), None),
            },
            "theme" => match value.get_ref().as_str() {
                Some(dir) => {
                    let base = path.parent().unwrap_or(Path::new("."));
                    config.theme = Some(base.join(dir));
                }
                None => error(errors, value.span(), errors.text("config-theme"), None),
            },
            "report" => match value.get_ref().as_table() {
                Some(report) => resolve_report(report, &base, config, errors),
                None => error(
                    errors,
                    value.span(),
                    errors.text("config-report-table"),
                    None,
                ),
            },
            "rules" => match value.get_ref().as_table() {
                Some(rules) => resolve_rules(rules, text, config, errors),
                None => error(
                    errors,
                    value.span(),
                    errors.text("config-rules-table"),
                    None,
                ),
            },
            "norms" => resolve_norms(value, config, errors),
            "costs" => match value.get_ref().as_table() {
                Some(costs) => resolve_costs(costs, config, errors),
                None => error(
                    errors,
                    value.span(),
                    errors.text("config-costs-table"),
                    None,
                ),
            },
            "evidence" => match value.get_ref().as_table() {
                Some(evidence) => resolve_evidence(evidence, config, errors),
                None => error(
                    errors,
                    value.span(),
                    errors.text("config-evidence-table"),
                    None,
                ),
            },
            other => {
                let help = did_you_mean_in(
                    errors.locale,
                    other,
                    [
                        "lang", "theme", "report", "rules", "norms", "costs", "evidence",
                    ],
                )
                .unwrap_or_else(|| errors.text("config-unknown-setting-help"));
                let message = errors.say(
                    "config-unknown-setting",
                    &Args::new().text("setting", other),
                );
                error(errors, key.span(), message, Some(help));
            }
        }
    }
}

/// `norms = "nl"`, or a `[norms]` table with `profile` and `[norms.overrides]`: the profile
/// `tjm norms` shows, and the association's own deadlines, which may only be stricter than
/// the law's (a looser one would hide a breach).
fn resolve_norms(value: &toml::Spanned<DeValue<'_>>, config: &mut Config, errors: &mut Errors) {
    let profile = |value: &toml::Spanned<DeValue<'_>>, config: &mut Config, errors: &mut Errors| {
        let names = crate::norms::ProfileId::ALL.map(|p| p.name());
        match value
            .get_ref()
            .as_str()
            .and_then(crate::norms::ProfileId::from_name)
        {
            Some(id) => config.settings.norms.profile = Some(id),
            None => {
                let found = value.get_ref().as_str().unwrap_or_default();
                let help = did_you_mean_in(errors.locale, found, names);
                error(
                    errors,
                    value.span(),
                    errors.text("config-norms-profile"),
                    help,
                );
            }
        }
    };
    match value.get_ref() {
        DeValue::String(_) => profile(value, config, errors),
        DeValue::Table(table) => {
            for (key, value) in table {
                match key.get_ref().as_ref() {
                    "profile" => profile(value, config, errors),
                    "overrides" => match value.get_ref().as_table() {
                        Some(overrides) => resolve_overrides(overrides, config, errors),
                        None => error(
                            errors,
                            value.span(),
                            errors.text("config-norms-overrides-table"),
                            None,
                        ),
                    },
                    other => {
                        let help = did_you_mean_in(errors.locale, other, ["profile", "overrides"])
                            .unwrap_or_else(|| errors.text("config-norms-help"));
                        let message = errors.say(
                            "config-unknown-setting",
                            &Args::new().text("setting", other),
                        );
                        error(errors, key.span(), message, Some(help));
                    }
                }
            }
        }
        _ => error(
            errors,
            value.span(),
            errors.text("config-norms-profile"),
            Some(errors.text("config-norms-help")),
        ),
    }
}

/// `[norms.overrides]`: `"awaab.investigation" = "5 working days"`.
fn resolve_overrides(overrides: &DeTable<'_>, config: &mut Config, errors: &mut Errors) {
    for (key, value) in overrides {
        let id = key.get_ref().as_ref();
        let Some((_, norm)) = crate::norms::find(id) else {
            let help = did_you_mean_in(errors.locale, id, crate::norms::ids())
                .unwrap_or_else(|| errors.text("load-unknown-norm-help"));
            let message = errors.say("load-unknown-norm", &Args::new().text("norm", id));
            error(errors, key.span(), message, Some(help));
            continue;
        };
        let Some(legal) = norm.deadline else {
            let message = errors.say("config-norm-no-deadline", &Args::new().text("norm", id));
            error(errors, key.span(), message, None);
            continue;
        };
        let own = value
            .get_ref()
            .as_str()
            .and_then(|text| crate::model::Wait::parse(text).ok())
            .and_then(|wait| crate::norms::Deadline::from_wait(&wait));
        match own {
            Some(own) if own.stricter_than(&legal) => {
                config.settings.norms.overrides.push((id.to_owned(), own));
            }
            Some(_) => {
                let message = errors.say(
                    "config-norm-not-stricter",
                    &legal.args(Args::new().text("norm", id)),
                );
                error(errors, value.span(), message, None);
            }
            None => error(
                errors,
                value.span(),
                errors.text("config-norm-deadline"),
                None,
            ),
        }
    }
}

/// The `[report]` table: settings for `tjm report` only.
fn resolve_report(report: &DeTable<'_>, base: &Path, config: &mut Config, errors: &mut Errors) {
    for (key, value) in report {
        match key.get_ref().as_ref() {
            "baseline" => match value.get_ref().as_str() {
                Some(dir) if !dir.trim().is_empty() => config.baseline = Some(base.join(dir)),
                _ => error(errors, value.span(), errors.text("config-baseline"), None),
            },
            "baseline_date" => match value.get_ref().as_str().filter(|d| is_date(d)) {
                Some(date) => config.baseline_date = Some(date.to_owned()),
                None => error(
                    errors,
                    value.span(),
                    errors.text("config-baseline-date"),
                    Some(errors.text("config-baseline-date-help")),
                ),
            },
            "allow_theme_scripts" => match value.get_ref() {
                DeValue::Boolean(allow) => config.allow_theme_scripts = *allow,
                _ => error(
                    errors,
                    value.span(),
                    errors.text("config-allow-scripts"),
                    None,
                ),
            },
            other => {
                let help = did_you_mean_in(
                    errors.locale,
                    other,
                    ["allow_theme_scripts", "baseline", "baseline_date"],
                )
                .unwrap_or_else(|| errors.text("config-unknown-report-setting-help"));
                let message = errors.say(
                    "config-unknown-report-setting",
                    &Args::new().text("setting", other),
                );
                error(errors, key.span(), message, Some(help));
            }
        }
    }
}

/// A calendar date written `YYYY-MM-DD` that exists.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (y, m, d): (i64, i64, i64) = (
        y.parse().unwrap_or(0),
        m.parse().unwrap_or(0),
        d.parse().unwrap_or(0),
    );
    (1..=12).contains(&m)
        && d >= 1
        && crate::civil::civil_from_days(crate::civil::days_from_civil(y, m, d)) == (y, m, d)
}

/// The keys of `[costs]` besides the channels.
const COST_KEYS: [&str; 3] = ["currency", "source", "visit"];

/// `[costs]`: `currency = "EUR"`, `source = "…"`, `visit = 95` and one cost per contact by
/// channel (`phone = 6.5`). A cost is a number of zero or more; the currency a three-letter
/// ISO 4217 code, so the report never has to guess what the figures are in.
fn resolve_costs(costs: &DeTable<'_>, config: &mut Config, errors: &mut Errors) {
    use crate::model::Channel;
    let mut any_cost = false;
    let mut currency_span = None;
    for (key, value) in costs {
        let name = key.get_ref().as_ref();
        match name {
            "currency" => {
                currency_span = Some(value.span());
                match value.get_ref().as_str() {
                    Some(code)
                        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) =>
                    {
                        config.costs.currency = Some(code.to_owned());
                    }
                    _ => error(
                        errors,
                        value.span(),
                        errors.text("config-costs-currency"),
                        Some(errors.text("config-costs-currency-help")),
                    ),
                }
            }
            "source" => match value.get_ref().as_str() {
                Some(source) => config.costs.source = Some(source.to_owned()),
                None => error(
                    errors,
                    value.span(),
                    errors.text("config-costs-source"),
                    None,
                ),
            },
            _ => {
                let channel = Channel::ALL.into_iter().find(|c| c.name() == name);
                if channel.is_none() && name != "visit" {
                    let names = COST_KEYS.into_iter().chain(Channel::ALL.map(Channel::name));
                    let help = did_you_mean_in(errors.locale, name, names)
                        .unwrap_or_else(|| errors.text("config-costs-help"));
                    let message =
                        errors.say("config-costs-unknown", &Args::new().text("setting", name));
                    error(errors, key.span(), message, Some(help));
                    continue;
                }
                let amount = match value.get_ref() {
                    DeValue::Integer(i) => i.as_str().replace('_', "").parse::<f64>().ok(),
                    DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
                    _ => None,
                };
                match amount.filter(|a| a.is_finite() && *a >= 0.0 && *a < 1e9) {
                    Some(amount) => {
                        any_cost = true;
                        match channel {
                            Some(channel) => config.costs.channels.push((channel, amount)),
                            None => config.costs.visit = Some(amount),
                        }
                    }
                    None => {
                        let message =
                            errors.say("config-costs-amount", &Args::new().text("setting", name));
                        error(
                            errors,
                            value.span(),
                            message,
                            Some(errors.text("config-costs-amount-help")),
                        );
                    }
                }
            }
        }
    }
    if any_cost && config.costs.currency.is_none() && currency_span.is_none() {
        // costs without a currency: the report would print bare numbers a board misreads
        let span = costs
            .iter()
            .next()
            .map(|(key, _)| key.span())
            .unwrap_or(0..0);
        error(
            errors,
            span,
            errors.text("config-costs-no-currency"),
            Some(errors.text("config-costs-currency-help")),
        );
    }
}

/// The keys of `[evidence]`.
const EVIDENCE_KEYS: [&str; 7] = [
    "case",
    "activity",
    "timestamp",
    "resource",
    "channel",
    "direction",
    "landlord",
];

/// `[evidence]`: which column of the journeys' own logs holds the case, activity, time,
/// resource, channel and direction (each a column name in quotes; left out: found by its
/// usual VERA or XES name), and `landlord`, the code or name of the association's row in a
/// sector-wide survey workbook such as the RSH's TSM results.
fn resolve_evidence(table: &DeTable<'_>, config: &mut Config, errors: &mut Errors) {
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        if !EVIDENCE_KEYS.contains(&name) {
            let help = did_you_mean_in(errors.locale, name, EVIDENCE_KEYS)
                .unwrap_or_else(|| errors.text("config-evidence-help"));
            let message = errors.say(
                "config-evidence-unknown",
                &Args::new().text("setting", name),
            );
            error(errors, key.span(), message, Some(help));
            continue;
        }
        let Some(column) = value.get_ref().as_str().filter(|v| !v.trim().is_empty()) else {
            let message = errors.say("config-evidence-column", &Args::new().text("setting", name));
            error(errors, value.span(), message, None);
            continue;
        };
        let column = Some(column.to_owned());
        let settings = &mut config.evidence;
        match name {
            "case" => settings.mapping.case = column,
            "activity" => settings.mapping.activity = column,
            "timestamp" => settings.mapping.timestamp = column,
            "resource" => settings.mapping.resource = column,
            "channel" => settings.mapping.channel = column,
            "direction" => settings.mapping.direction = column,
            _ => settings.landlord = column,
        }
    }
}

fn resolve_rules(rules: &DeTable<'_>, text: &str, config: &mut Config, errors: &mut Errors) {
    let settings = &mut config.settings;
    for (name, entry) in rules {
        let Some(rule) = find_rule(name.get_ref()) else {
            let help = did_you_mean_in(
                errors.locale,
                name.get_ref(),
                RULES.iter().map(|r| r.name()),
            )
            .unwrap_or_else(|| errors.text("load-unknown-rule-help"));
            let message = errors.rule("load-unknown-rule", name.get_ref());
            error(errors, name.span(), message, Some(help));
            continue;
        };
        match entry.get_ref() {
            DeValue::String(level) => set_level(settings, rule, level, entry.span(), errors),
            DeValue::Table(table) => {
                for (key, value) in table {
                    if key.get_ref() == "level" {
                        match value.get_ref().as_str() {
                            Some(level) => set_level(settings, rule, level, value.span(), errors),
                            None => {
                                let message = errors.text("config-level-string");
                                error(errors, value.span(), message, None)
                            }
                        }
                        continue;
                    }
                    let Some(spec) = rule
                        .options()
                        .iter()
                        .find(|spec| spec.name == key.get_ref().as_ref())
                    else {
                        let names: Vec<&str> =
                            rule.options().iter().map(|spec| spec.name).collect();
                        let help =
                            did_you_mean_in(errors.locale, key.get_ref(), names.iter().copied())
                                .unwrap_or_else(|| match names.as_slice() {
                                    [] => errors.rule("config-only-level", rule.name()),
                                    _ => {
                                        let options = names
                                            .iter()
                                            .map(|n| format!("`{n}`"))
                                            .collect::<Vec<_>>()
                                            .join(", ");
                                        errors.say(
                                            "config-level-and-options",
                                            &Args::new()
                                                .text("rule", rule.name())
                                                .text("options", options),
                                        )
                                    }
                                });
                        let message = errors.say(
                            "config-no-option",
                            &Args::new()
                                .text("rule", rule.name())
                                .text("option", key.get_ref().as_ref()),
                        );
                        error(errors, key.span(), message, Some(help));
                        continue;
                    };
                    let value_text = &text[value.span()];
                    let parsed = toml::from_str::<toml::Table>(&format!("v = {value_text}"))
                        .ok()
                        .and_then(|mut t| t.remove("v"));
                    let current = settings.options(rule).get(spec.name).cloned();
                    match parsed.map(|v| {
                        OptionValue::from_toml(spec.kind, &v, current.as_ref(), errors.locale)
                    }) {
                        Some(Ok(resolved)) => {
                            settings.options_mut(rule).set(spec.name, resolved);
                            if !config.tuned.contains(&rule.name()) {
                                config.tuned.push(rule.name());
                            }
                        }
                        Some(Err(detail)) => {
                            let message = errors.say(
                                "config-bad-option",
                                &Args::new()
                                    .text("rule", rule.name())
                                    .text("option", spec.name)
                                    .text("detail", detail),
                            );
                            let help = errors.say(
                                "config-option-help",
                                &Args::new()
                                    .text("help", spec.help(rule.name(), errors.locale))
                                    .text("default", spec.default),
                            );
                            error(errors, value.span(), message, Some(help))
                        }
                        None => {
                            let message = errors.text("config-unreadable-value");
                            error(errors, value.span(), message, None)
                        }
                    }
                }
            }
            _ => {
                let message = errors.rule("config-level-or-table", rule.name());
                error(errors, entry.span(), message, None)
            }
        }
    }
}

fn set_level(
    settings: &mut Settings,
    rule: &'static dyn crate::rules::Rule,
    level: &str,
    span: std::ops::Range<usize>,
    errors: &mut Errors,
) {
    match level.parse::<Level>() {
        Ok(level) => settings.set_level(rule, level),
        Err(_) => {
            let help = did_you_mean_in(errors.locale, level, ["error", "warning", "info", "off"]);
            let message = errors.say("config-not-a-level", &Args::new().text("level", level));
            error(errors, span, message, help);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::parse;
    use crate::rules::{Level, OptionValue, find_rule};

    #[test]
    fn reads_levels_and_options() {
        let text = "[rules]\ncold-channel = \"off\"\n[rules.pillar-to-post]\nlevel = \"warning\"\nmax_handoffs = 3\n[rules.long-wait]\nmax_days = { visit = 21 }\n";
        let config = parse(Path::new("tjm.toml"), text.into()).unwrap();
        let settings = &config.settings;
        assert_eq!(
            settings.level(find_rule("cold-channel").unwrap()),
            Level::Off
        );
        let pillar = find_rule("pillar-to-post").unwrap();
        assert_eq!(settings.level(pillar), Level::Warning);
        assert_eq!(settings.options(pillar).number("max_handoffs"), 3.0);
        let long_wait = settings.options(find_rule("long-wait").unwrap());
        let days = long_wait.days_per_kind("max_days");
        assert_eq!(days[&crate::model::TouchpointKind::Visit], 21.0);
        assert_eq!(
            days[&crate::model::TouchpointKind::Contact],
            3.0,
            "unset kinds keep their default"
        );
        assert!(matches!(
            long_wait.get("max_days"),
            Some(OptionValue::DaysPerKind(_))
        ));
    }

    #[test]
    fn reports_every_mistake_with_its_place_and_a_suggestion() {
        let text = "[rules]\ncold-chanel = \"off\"\nbare-no = \"loud\"\n[rules.pillar-to-post]\nmax_handofs = 3\n";
        let errors = parse(Path::new("tjm.toml"), text.into())
            .unwrap_err()
            .errors;
        let messages: Vec<(&str, Option<&str>)> = errors
            .iter()
            .map(|e| (e.message.as_str(), e.help.as_deref()))
            .collect();
        assert_eq!(
            messages,
            vec![
                (
                    "there is no rule called `cold-chanel`",
                    Some("did you mean `cold-channel`?")
                ),
                (
                    "`loud` is not a level: use error, warning, info or off",
                    None
                ),
                (
                    "`pillar-to-post` has no option `max_handofs`",
                    Some("did you mean `max_handoffs`?")
                ),
            ]
        );
        let span = errors[0].span.clone().unwrap();
        assert_eq!(&text[span], "cold-chanel");
    }

    #[test]
    fn reads_the_norms_profile_and_own_stricter_deadlines() {
        use crate::norms::{Deadline, DeadlineUnit, ProfileId};
        let short = parse(Path::new("tjm.toml"), "norms = \"uk\"\n".into()).unwrap();
        assert_eq!(short.settings.norms.profile, Some(ProfileId::Uk));
        let text = "[norms]\nprofile = \"nl\"\n[norms.overrides]\n\"awaab.investigation\" = \"5 working days\"\n";
        let config = parse(Path::new("tjm.toml"), text.into()).unwrap();
        assert_eq!(config.settings.norms.profile, Some(ProfileId::Nl));
        assert_eq!(
            config.settings.norms.overrides,
            vec![(
                "awaab.investigation".to_owned(),
                Deadline {
                    amount: 5.0,
                    unit: DeadlineUnit::WorkingDays
                }
            )]
        );
    }

    #[test]
    fn refuses_a_looser_own_deadline_an_unknown_norm_and_an_unknown_profile() {
        let text = "[norms]\nprofile = \"be\"\n[norms.overrides]\n\"awaab.investigaton\" = \"5 working days\"\n\"bw.7-257\" = \"8 weeks\"\n";
        let errors = parse(Path::new("tjm.toml"), text.into())
            .unwrap_err()
            .errors;
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "`norms` must be \"nl\" or \"uk\", or a [norms] table with `profile`",
                "there is no norm with id `awaab.investigaton`",
                "an own deadline for `bw.7-257` must be shorter than the law's 6 weeks: a longer one would hide a breach",
            ]
        );
        assert_eq!(
            errors[1].help.as_deref(),
            Some("did you mean `awaab.investigation`?")
        );
        assert_eq!(&text[errors[2].span.clone().unwrap()], "\"8 weeks\"");
    }

    #[test]
    fn reads_unit_costs_and_the_baseline_relative_to_the_file() {
        use crate::model::{Channel, TouchpointKind};
        let text = "[costs]\ncurrency = \"EUR\"\nsource = \"Kostprijsmodel 2025\"\nphone = 6.5\nletter = 3\nvisit = 95\n[report]\nbaseline = \"baseline\"\nbaseline_date = \"2026-09-30\"\n";
        let config = parse(Path::new("project/tjm.toml"), text.into()).unwrap();
        let costs = &config.costs;
        assert_eq!(costs.currency.as_deref(), Some("EUR"));
        assert_eq!(costs.source.as_deref(), Some("Kostprijsmodel 2025"));
        assert_eq!(
            costs.of(TouchpointKind::Contact, Some(Channel::Phone)),
            Some(6.5)
        );
        assert_eq!(
            costs.of(TouchpointKind::Document, Some(Channel::Letter)),
            Some(3.0)
        );
        assert_eq!(
            costs.of(TouchpointKind::Visit, Some(Channel::HomeVisit)),
            Some(95.0)
        );
        assert_eq!(
            config.baseline.as_deref(),
            Some(Path::new("project/baseline"))
        );
        assert_eq!(config.baseline_date.as_deref(), Some("2026-09-30"));
    }

    #[test]
    fn bad_costs_get_located_errors_with_a_fix() {
        let text = "[costs]\ncurrency = \"euro\"\nphone = \"6,50\"\nvisit = -5\nfone = 3\n[report]\nbaseline_date = \"2026-02-30\"\n";
        let errors = parse(Path::new("tjm.toml"), text.into())
            .unwrap_err()
            .errors;
        let found: Vec<(&str, &str, Option<&str>)> = errors
            .iter()
            .map(|e| {
                (
                    &text[e.span.clone().unwrap()],
                    e.message.as_str(),
                    e.help.as_deref(),
                )
            })
            .collect();
        assert_eq!(found.len(), 5, "{found:?}");
        assert_eq!(found[0].0, "\"euro\"");
        assert!(
            found[0].1.contains("three-letter currency code"),
            "{found:?}"
        );
        assert_eq!(found[1].0, "\"6,50\"");
        assert_eq!(
            found[1].1,
            "the cost `phone` must be a number of zero or more, without quotes or a currency sign"
        );
        assert_eq!(found[2].0, "-5");
        assert_eq!(
            (found[3].0, found[3].2),
            ("fone", Some("did you mean `phone`?"))
        );
        assert_eq!(found[4].0, "\"2026-02-30\"", "30 February does not exist");
        // amounts without a currency would be bare numbers in the report
        let errors = parse(Path::new("tjm.toml"), "[costs]\nphone = 6\n".into())
            .unwrap_err()
            .errors;
        assert_eq!(
            errors[0].message,
            "[costs] sets amounts but no currency: add `currency`"
        );
    }
}
