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
                Some(report) => resolve_report(report, config, errors),
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
            other => {
                let help = did_you_mean_in(
                    errors.locale,
                    other,
                    ["lang", "theme", "report", "rules", "norms"],
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
fn resolve_report(report: &DeTable<'_>, config: &mut Config, errors: &mut Errors) {
    for (key, value) in report {
        match key.get_ref().as_ref() {
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
                let help = did_you_mean_in(errors.locale, other, ["allow_theme_scripts"])
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
}
