//! `tjm.toml`: per-rule levels and thresholds, the report language and theme. Found next to
//! the journeys or in a parent folder, as rustfmt and ruff find theirs. Every problem in the
//! file is reported with its place, like problems in journey files.

mod provenance;

pub use provenance::Provenance;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use crate::load::SourceFile;
use crate::load::suggest::did_you_mean;
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

/// Reads and resolves a config file.
pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(path, text),
        Err(error) => Err(ConfigErrors {
            source_file: Arc::new(SourceFile::new(path, String::new())),
            errors: vec![SettingsError {
                message: format!("cannot read {}: {error}", path.display()),
                help: None,
                span: None,
            }],
        }),
    }
}

/// Resolves config text; `path` names it in diagnostics and anchors the theme folder.
pub fn parse(path: &Path, text: String) -> Result<Config, ConfigErrors> {
    let source_file = Arc::new(SourceFile::new(path, text));
    let mut errors = Vec::new();
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
        Err(error) => errors.push(SettingsError {
            message: format!("not valid TOML: {}", error.message().trim()),
            help: Some("see the tjm.toml example in the README".into()),
            span: error.span(),
        }),
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(ConfigErrors {
            source_file,
            errors,
        })
    }
}

fn error(
    errors: &mut Vec<SettingsError>,
    span: std::ops::Range<usize>,
    message: String,
    help: Option<String>,
) {
    errors.push(SettingsError {
        message,
        help,
        span: Some(span),
    });
}

fn resolve(
    table: &DeTable<'_>,
    text: &str,
    path: &Path,
    config: &mut Config,
    errors: &mut Vec<SettingsError>,
) {
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "lang" => match value.get_ref().as_str() {
                Some("nl") => config.lang = Some(Language::Nl),
                Some("en") => config.lang = Some(Language::En),
                _ => error(
                    errors,
                    value.span(),
                    "`lang` must be \"nl\" or \"en\"".into(),
                    None,
                ),
            },
            "theme" => match value.get_ref().as_str() {
                Some(dir) => {
                    let base = path.parent().unwrap_or(Path::new("."));
                    config.theme = Some(base.join(dir));
                }
                None => error(
                    errors,
                    value.span(),
                    "`theme` must be a folder name in quotes".into(),
                    None,
                ),
            },
            "report" => match value.get_ref().as_table() {
                Some(report) => resolve_report(report, config, errors),
                None => error(
                    errors,
                    value.span(),
                    "`report` must be a table: [report]".into(),
                    None,
                ),
            },
            "rules" => match value.get_ref().as_table() {
                Some(rules) => resolve_rules(rules, text, config, errors),
                None => error(
                    errors,
                    value.span(),
                    "`rules` must be a table: [rules]".into(),
                    None,
                ),
            },
            other => {
                let help =
                    did_you_mean(other, ["lang", "theme", "report", "rules"]).or_else(|| {
                        Some(
                            "tjm.toml takes `lang`, `theme`, a `[report]` and a `[rules]` table"
                                .into(),
                        )
                    });
                error(
                    errors,
                    key.span(),
                    format!("unknown setting `{other}`"),
                    help,
                );
            }
        }
    }
}

/// The `[report]` table: settings for `tjm report` only.
fn resolve_report(report: &DeTable<'_>, config: &mut Config, errors: &mut Vec<SettingsError>) {
    for (key, value) in report {
        match key.get_ref().as_ref() {
            "allow_theme_scripts" => match value.get_ref() {
                DeValue::Boolean(allow) => config.allow_theme_scripts = *allow,
                _ => error(
                    errors,
                    value.span(),
                    "`allow_theme_scripts` must be true or false, without quotes".into(),
                    None,
                ),
            },
            other => {
                let help = did_you_mean(other, ["allow_theme_scripts"])
                    .unwrap_or_else(|| "[report] takes `allow_theme_scripts`".into());
                error(
                    errors,
                    key.span(),
                    format!("unknown report setting `{other}`"),
                    Some(help),
                );
            }
        }
    }
}

fn resolve_rules(
    rules: &DeTable<'_>,
    text: &str,
    config: &mut Config,
    errors: &mut Vec<SettingsError>,
) {
    let settings = &mut config.settings;
    for (name, entry) in rules {
        let Some(rule) = find_rule(name.get_ref()) else {
            let help = did_you_mean(name.get_ref(), RULES.iter().map(|r| r.name()))
                .unwrap_or_else(|| "`tjm rules` lists every rule's name and code".into());
            error(
                errors,
                name.span(),
                format!("there is no rule called `{}`", name.get_ref()),
                Some(help),
            );
            continue;
        };
        match entry.get_ref() {
            DeValue::String(level) => set_level(settings, rule, level, entry.span(), errors),
            DeValue::Table(table) => {
                for (key, value) in table {
                    if key.get_ref() == "level" {
                        match value.get_ref().as_str() {
                            Some(level) => set_level(settings, rule, level, value.span(), errors),
                            None => error(
                                errors,
                                value.span(),
                                "`level` must be a string".into(),
                                None,
                            ),
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
                        let help = did_you_mean(key.get_ref(), names.iter().copied())
                            .unwrap_or_else(|| match names.as_slice() {
                                [] => format!("`{}` takes only `level`", rule.name()),
                                _ => format!(
                                    "`{}` takes `level`, {}",
                                    rule.name(),
                                    names
                                        .iter()
                                        .map(|n| format!("`{n}`"))
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            });
                        error(
                            errors,
                            key.span(),
                            format!("`{}` has no option `{}`", rule.name(), key.get_ref()),
                            Some(help),
                        );
                        continue;
                    };
                    let value_text = &text[value.span()];
                    let parsed = toml::from_str::<toml::Table>(&format!("v = {value_text}"))
                        .ok()
                        .and_then(|mut t| t.remove("v"));
                    let current = settings.options(rule).get(spec.name).cloned();
                    match parsed.map(|v| OptionValue::from_toml(spec.kind, &v, current.as_ref())) {
                        Some(Ok(resolved)) => {
                            settings.options_mut(rule).set(spec.name, resolved);
                            if !config.tuned.contains(&rule.name()) {
                                config.tuned.push(rule.name());
                            }
                        }
                        Some(Err(message)) => error(
                            errors,
                            value.span(),
                            format!("`{}.{}`: {message}", rule.name(), spec.name),
                            Some(format!(
                                "{} Default: {}",
                                spec.help(rule.name(), crate::i18n::Locale::En),
                                spec.default
                            )),
                        ),
                        None => error(errors, value.span(), "cannot read this value".into(), None),
                    }
                }
            }
            _ => error(
                errors,
                entry.span(),
                format!(
                    "`{}` takes a level (\"error\", \"warning\", \"info\", \"off\") or a table",
                    rule.name()
                ),
                None,
            ),
        }
    }
}

fn set_level(
    settings: &mut Settings,
    rule: &'static dyn crate::rules::Rule,
    level: &str,
    span: std::ops::Range<usize>,
    errors: &mut Vec<SettingsError>,
) {
    match level.parse::<Level>() {
        Ok(level) => settings.set_level(rule, level),
        Err(message) => {
            let help = did_you_mean(level, ["error", "warning", "info", "off"]);
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
}
