//! Rule options: each rule declares its thresholds with a TOML default; `tjm.toml` may
//! override them. Declaring the default as TOML text means one parser serves defaults and
//! user values, and the docs can show the default exactly as a user would write it.

use crate::i18n::{self, Args, Locale};
use crate::load::suggest::shown;
use std::collections::HashMap;

use serde::Serialize;

use super::{Level, Rule};
use crate::model::{Channel, TouchpointKind};

/// What kind of value an option takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptionKind {
    /// A number between `min` and `max`.
    Number {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// A list of channel names.
    Channels,
    /// A table of days per touchpoint kind, e.g. `{ visit = 14 }`.
    DaysPerKind,
}

/// One threshold a rule takes.
#[derive(Debug, Clone, Copy)]
pub struct OptionSpec {
    /// The name in `tjm.toml`.
    pub name: &'static str,
    /// What it takes.
    pub kind: OptionKind,
    /// The default, as TOML (e.g. `2`, `["letter", "email"]`).
    pub default: &'static str,
}

impl OptionSpec {
    /// One sentence on what it changes, from the catalogue (`<rule>-option-<name>`).
    pub fn help(&self, rule: &str, locale: impl Into<crate::i18n::Locale>) -> String {
        crate::i18n::text(locale.into(), &format!("{rule}-option-{}", self.name))
    }
}

/// A resolved option value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum OptionValue {
    /// A number.
    Number(f64),
    /// Channels.
    Channels(Vec<Channel>),
    /// Days per touchpoint kind.
    DaysPerKind(HashMap<TouchpointKind, f64>),
}

impl OptionValue {
    /// Reads a TOML value as this kind of option, or says why it cannot.
    pub fn from_toml(
        kind: OptionKind,
        value: &toml::Value,
        base: Option<&OptionValue>,
        locale: Locale,
    ) -> Result<OptionValue, String> {
        let say = |id: &str, args: Args| i18n::message(locale, id, &args);
        let found = |value: &toml::Value| Args::new().text("found", value.type_str());
        match kind {
            OptionKind::Number { min, max } => {
                let number = match value {
                    toml::Value::Integer(i) => *i as f64,
                    toml::Value::Float(f) => *f,
                    other => return Err(say("option-not-a-number", found(other))),
                };
                if !(min..=max).contains(&number) {
                    let range = Args::new()
                        .text("number", shown(number, locale))
                        .text("min", shown(min, locale))
                        .text("max", shown(max, locale));
                    return Err(say("option-out-of-range", range));
                }
                Ok(OptionValue::Number(number))
            }
            OptionKind::Channels => {
                let toml::Value::Array(items) = value else {
                    return Err(say("option-not-channels", found(value)));
                };
                let channels = items
                    .iter()
                    .map(|item| {
                        let name = item.as_str().unwrap_or_default();
                        Channel::ALL
                            .into_iter()
                            .find(|c| c.name() == name)
                            .ok_or_else(|| {
                                let names: Vec<&str> =
                                    Channel::ALL.iter().map(|c| c.name()).collect();
                                let args = Args::new()
                                    .text("name", name)
                                    .text("names", names.join(", "));
                                say("option-not-a-channel", args)
                            })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(OptionValue::Channels(channels))
            }
            OptionKind::DaysPerKind => {
                let toml::Value::Table(table) = value else {
                    return Err(say("option-not-days-table", found(value)));
                };
                let mut days = match base {
                    Some(OptionValue::DaysPerKind(days)) => days.clone(),
                    _ => HashMap::new(),
                };
                for (key, value) in table {
                    let kind = TouchpointKind::ALL
                        .into_iter()
                        .find(|k| k.name() == key)
                        .ok_or_else(|| {
                            let names: Vec<&str> =
                                TouchpointKind::ALL.iter().map(|k| k.name()).collect();
                            let args = Args::new()
                                .text("key", key.as_str())
                                .text("names", names.join(", "));
                            say("option-not-a-kind", args)
                        })?;
                    let number = match value {
                        toml::Value::Integer(i) if *i >= 0 => *i as f64,
                        toml::Value::Float(f) if *f >= 0.0 => *f,
                        _ => {
                            return Err(say("option-days", Args::new().text("key", key.as_str())));
                        }
                    };
                    days.insert(kind, number);
                }
                Ok(OptionValue::DaysPerKind(days))
            }
        }
    }
}

/// The options of one rule, resolved: defaults overlaid with `tjm.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RuleOptions(HashMap<&'static str, OptionValue>);

impl RuleOptions {
    /// A rule's options at their defaults.
    pub fn defaults(rule: &dyn Rule) -> RuleOptions {
        let mut options = RuleOptions::default();
        for spec in rule.options() {
            let value: toml::Value =
                toml::from_str::<toml::Table>(&format!("v = {}", spec.default))
                    .ok()
                    .and_then(|mut table| table.remove("v"))
                    .unwrap_or_else(|| {
                        panic!("default of {}.{} is not TOML", rule.name(), spec.name)
                    });
            let value = OptionValue::from_toml(spec.kind, &value, None, Locale::En)
                .unwrap_or_else(|e| panic!("default of {}.{}: {e}", rule.name(), spec.name));
            options.0.insert(spec.name, value);
        }
        options
    }

    /// Sets one option.
    pub fn set(&mut self, name: &'static str, value: OptionValue) {
        self.0.insert(name, value);
    }

    /// The current value of an option.
    pub fn get(&self, name: &str) -> Option<&OptionValue> {
        self.0.get(name)
    }

    /// A number option. Rules only ask for options they declare, so a missing one is a bug.
    pub fn number(&self, name: &str) -> f64 {
        match self.0.get(name) {
            Some(OptionValue::Number(n)) => *n,
            other => panic!("option `{name}` is not a declared number: {other:?}"),
        }
    }

    /// A channel list option.
    pub fn channels(&self, name: &str) -> &[Channel] {
        match self.0.get(name) {
            Some(OptionValue::Channels(channels)) => channels,
            other => panic!("option `{name}` is not a declared channel list: {other:?}"),
        }
    }

    /// A days-per-kind option.
    pub fn days_per_kind(&self, name: &str) -> &HashMap<TouchpointKind, f64> {
        match self.0.get(name) {
            Some(OptionValue::DaysPerKind(days)) => days,
            other => panic!("option `{name}` is not a declared days table: {other:?}"),
        }
    }
}

/// The level and options of every rule, after configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    levels: HashMap<&'static str, Level>,
    options: HashMap<&'static str, RuleOptions>,
    /// The norms profile and the association's own stricter deadlines (`tjm.toml` `norms`).
    pub norms: crate::norms::Norms,
}

impl Default for Settings {
    fn default() -> Settings {
        let rules = super::RULES;
        Settings {
            levels: rules
                .iter()
                .map(|r| (r.code(), r.default_level()))
                .collect(),
            options: rules
                .iter()
                .map(|r| (r.code(), RuleOptions::defaults(*r)))
                .collect(),
            norms: crate::norms::Norms::default(),
        }
    }
}

impl Settings {
    /// The level a rule runs at.
    pub fn level(&self, rule: &dyn Rule) -> Level {
        self.levels
            .get(rule.code())
            .copied()
            .unwrap_or(rule.default_level())
    }

    /// Sets a rule's level.
    pub fn set_level(&mut self, rule: &dyn Rule, level: Level) {
        self.levels.insert(rule.code(), level);
    }

    /// A rule's options.
    pub fn options(&self, rule: &dyn Rule) -> &RuleOptions {
        self.options
            .get(rule.code())
            .expect("every registered rule has options")
    }

    /// A rule's options, to change them.
    pub fn options_mut(&mut self, rule: &dyn Rule) -> &mut RuleOptions {
        self.options.entry(rule.code()).or_default()
    }
}

/// A problem in `tjm.toml`, with the place it sits.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct SettingsError {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// Byte range in the file.
    pub span: Option<std::ops::Range<usize>>,
}
