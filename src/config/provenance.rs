//! Where a run's settings came from, and what they change: a `tjm.toml` two folders up can
//! switch rules off without anyone noticing, so every output names it (the `check` header,
//! the JSON document, the report's footer).

use std::path::{Component, Path, PathBuf};

use super::Config;
use crate::i18n::{self, Args, Locale};
use crate::rules::{Level, RULES};

/// The settings' source and what they change against tjm's defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The `tjm.toml` in use, as the user would type it from the working folder; `None` for
    /// tjm's defaults.
    pub file: Option<PathBuf>,
    /// Names of rules the file switches off.
    pub rules_off: Vec<&'static str>,
    /// Names of rules whose level or thresholds the file changes (switched off ones excluded).
    pub rules_adjusted: Vec<&'static str>,
    /// Norm ids the file gives an own, stricter deadline (`[norms.overrides]`).
    pub own_deadlines: Vec<String>,
}

impl Provenance {
    /// The provenance of a resolved config.
    pub fn of(config: &Config) -> Provenance {
        let mut provenance = Provenance {
            file: config.path.as_deref().map(shown_path),
            ..Provenance::default()
        };
        for rule in RULES {
            let level = config.settings.level(*rule);
            if level == Level::Off && rule.default_level() != Level::Off {
                provenance.rules_off.push(rule.name());
            } else if level != rule.default_level() || config.tuned.contains(&rule.name()) {
                provenance.rules_adjusted.push(rule.name());
            }
        }
        provenance.own_deadlines = config
            .settings
            .norms
            .overrides
            .iter()
            .map(|(id, _)| id.clone())
            .collect();
        provenance
    }

    /// What an analyst reads: the file as typed from the working folder, or `defaults`.
    pub fn source(&self) -> String {
        match &self.file {
            Some(file) => file.display().to_string(),
            None => "defaults".to_owned(),
        }
    }

    /// The line `tjm check` starts with when a `tjm.toml` is in use: "using settings from
    /// ../tjm.toml". None for the defaults, so runs without a config print what they always did.
    pub fn header(&self, locale: impl Into<Locale>) -> Option<String> {
        let file = crate::output::terminal::safe_path(self.file.as_deref()?);
        Some(i18n::message(
            locale.into(),
            "config-header",
            &Args::new().text("file", file),
        ))
    }

    /// One sentence for a management board, without file names: the report's footer.
    pub fn board_note(&self, locale: impl Into<Locale>) -> String {
        let locale = locale.into();
        if self.file.is_none() {
            return i18n::text(locale, "config-board-defaults");
        }
        let (off, adjusted) = (self.rules_off.len(), self.rules_adjusted.len());
        let mut changes = Vec::new();
        if off > 0 {
            let args = Args::new().count("count", off);
            changes.push(i18n::message(locale, "config-rules-off", &args));
        }
        if adjusted > 0 {
            let args = Args::new().count("count", adjusted);
            changes.push(i18n::message(locale, "config-rules-adjusted", &args));
        }
        if !self.own_deadlines.is_empty() {
            let args = Args::new().count("count", self.own_deadlines.len());
            changes.push(i18n::message(locale, "config-own-deadlines", &args));
        }
        if changes.is_empty() {
            i18n::text(locale, "config-board-same")
        } else {
            let args = Args::new().text("changes", changes.join(", "));
            i18n::message(locale, "config-board-changes", &args)
        }
    }
}

/// `path` as the user would type it from the working folder (`../tjm.toml`), so the line
/// shows at a glance that the file sits above the journeys; absolute when that is not possible.
fn shown_path(path: &Path) -> PathBuf {
    let (Ok(cwd), Ok(absolute)) = (std::env::current_dir(), std::path::absolute(path)) else {
        return path.to_path_buf();
    };
    let absolute = lexical_normal(&absolute);
    relative(&absolute, &lexical_normal(&cwd)).unwrap_or(absolute)
}

/// `path` relative to `base`, both absolute and without `.` or `..`.
fn relative(path: &Path, base: &Path) -> Option<PathBuf> {
    let path: Vec<Component<'_>> = path.components().collect();
    let base: Vec<Component<'_>> = base.components().collect();
    if path.first() != base.first() {
        return None;
    }
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for part in &path[common..] {
        out.push(part);
    }
    Some(out)
}

/// Removes `.` and folds `name/..` without touching the file system.
fn lexical_normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn paths_are_shown_relative_to_the_working_folder() {
        // A config above the working folder reads `../..`, one below reads as a plain path.
        let base = Path::new("/home/advisor/work/journeys");
        assert_eq!(
            relative(Path::new("/home/advisor/tjm.toml"), base).unwrap(),
            Path::new("../../tjm.toml")
        );
        assert_eq!(
            relative(Path::new("/home/advisor/work/journeys/sub/tjm.toml"), base).unwrap(),
            Path::new("sub/tjm.toml")
        );
        assert_eq!(
            lexical_normal(Path::new("/a/b/../c/./tjm.toml")),
            Path::new("/a/c/tjm.toml")
        );
    }

    #[test]
    fn the_board_note_counts_changes_without_naming_files() {
        // The footer sentence counts rules off and adjusted, in both languages, and never
        // shows the path.
        let provenance = Provenance {
            file: Some(PathBuf::from("../secret-folder/tjm.toml")),
            rules_off: vec!["cold-channel", "long-wait"],
            rules_adjusted: vec!["pillar-to-post"],
            own_deadlines: vec![],
        };
        let en = provenance.board_note(Language::En);
        assert_eq!(
            en,
            "Checked with this association's own settings: 2 rules switched off, 1 rule adjusted."
        );
        let nl = provenance.board_note(Language::Nl);
        assert_eq!(
            nl,
            "Gecontroleerd met de eigen instellingen van deze corporatie: 2 regels uitgezet, 1 regel aangepast."
        );
        assert!(!en.contains("secret-folder") && !nl.contains("tjm.toml"));
        let stricter = Provenance {
            own_deadlines: vec!["bw.7-257".into()],
            ..provenance.clone()
        };
        assert_eq!(
            stricter.board_note(Language::Nl),
            "Gecontroleerd met de eigen instellingen van deze corporatie: 2 regels uitgezet, 1 regel aangepast, 1 eigen termijn strenger dan de wet."
        );
        assert_eq!(
            Provenance::default().board_note(Language::En),
            "Checked with tjm's standard settings."
        );
    }
}
