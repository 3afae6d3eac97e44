//! `tjm init`: a folder set up for writing journeys. One worked example, the schema in the
//! project's language, a `tjm.toml` with every setting commented out at its default, the
//! VS Code mapping from `journeys/*.json` to the schema (so completion works without a
//! `$schema` line) and a README that says what to do next.
//!
//! Existing files are never overwritten: `init` names them and writes nothing. With `force` it
//! writes what is missing and replaces only the schema, the one file a person never edits;
//! the others may hold someone's work and are kept.

use std::path::{Path, PathBuf};

use crate::fsutil::{Overwrite, WriteError, write_atomic};
use crate::i18n::Locale;
use crate::model::{Journey, Language};
use crate::rules::RULES;
use crate::schema::{SCHEMA_FILE, journey_schema_text_in};

use super::schema_ref::VSCODE_SETTINGS;

/// The shipped worked examples, one per language: a repair journey, the commonest one.
const EXAMPLE_NL: (&str, &str) = (
    "journeys/reparatieverzoek.json",
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/journeys/reparatieverzoek.json"
    )),
);
const EXAMPLE_EN: (&str, &str) = (
    "journeys/uk-repair.json",
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/journeys/uk-repair.json"
    )),
);

/// The texts of the project's `tjm.toml` and README, per language. The `tjm.toml` template
/// has one line `#@rules@` where the rules' settings go, generated from the registry.
const TOML_NL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/nl/scaffolds/tjm.toml"
));
const TOML_EN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/en/scaffolds/tjm.toml"
));
const README_NL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/nl/scaffolds/project-readme.md"
));
const README_EN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/en/scaffolds/project-readme.md"
));

/// Where the rules' settings go in the `tjm.toml` template.
const RULES_PLACE: &str = "#@rules@";

/// One file of a new project: its path inside the project, with forward slashes, and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectFile {
    /// Relative to the project folder.
    pub path: &'static str,
    /// What `init` writes.
    pub contents: String,
}

/// The files of a new project in `lang`, in the order they are written.
pub fn project_files(lang: Language) -> Vec<ProjectFile> {
    let (example, example_text) = match lang {
        Language::Nl => EXAMPLE_NL,
        Language::En => EXAMPLE_EN,
    };
    vec![
        ProjectFile {
            path: example,
            contents: example_journey(example_text),
        },
        ProjectFile {
            path: SCHEMA_FILE,
            contents: journey_schema_text_in(lang),
        },
        ProjectFile {
            path: crate::config::CONFIG_FILE,
            contents: config_text(lang),
        },
        ProjectFile {
            path: VSCODE_SETTINGS,
            contents: vscode_settings(),
        },
        ProjectFile {
            path: "README.md",
            contents: match lang {
                Language::Nl => README_NL,
                Language::En => README_EN,
            }
            .to_owned(),
        },
    ]
}

/// The example without its `$schema`: the editor settings map it, and a `$schema` line would
/// be one more thing to get wrong when the file is copied elsewhere.
fn example_journey(text: &str) -> String {
    let mut journey: Journey =
        serde_json::from_str(text).expect("the shipped example is a journey");
    journey.schema = None;
    let mut text = serde_json::to_string_pretty(&journey).expect("a journey serialises");
    text.push('\n');
    text
}

/// VS Code's workspace settings: every journey file checked against the project's schema.
fn vscode_settings() -> String {
    let settings = serde_json::json!({
        "json.schemas": [{
            "fileMatch": ["journeys/*.json", "journeys/**/*.json"],
            "url": format!("./{SCHEMA_FILE}"),
        }],
    });
    let mut text = serde_json::to_string_pretty(&settings).expect("settings serialise");
    text.push('\n');
    text
}

/// The `tjm.toml` template with each rule's level and options, commented out at their
/// defaults: a setting line starts with `#` and no space, so removing that `#` turns it on.
pub fn config_text(lang: Language) -> String {
    let locale = Locale::from(lang);
    let mut rules = String::new();
    for rule in RULES {
        let meta = rule.meta();
        rules.push_str(&format!(
            "# {} ({}): {}\n#[rules.{}]\n#level = \"{}\"\n",
            meta.name,
            meta.code,
            rule.summary(locale),
            meta.name,
            meta.default_level.as_str()
        ));
        for option in meta.options {
            rules.push_str(&format!(
                "#{} = {}  # {}\n",
                option.name,
                option.default,
                option.help(meta.name, locale)
            ));
        }
        rules.push('\n');
    }
    let template = match lang {
        Language::Nl => TOML_NL,
        Language::En => TOML_EN,
    };
    let text = template.replace(&format!("{RULES_PLACE}\n"), &rules);
    format!("{}\n", text.trim_end())
}

/// What `init` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InitReport {
    /// Files written that were not there.
    pub written: Vec<PathBuf>,
    /// Files replaced (only the schema, and only with `force`).
    pub replaced: Vec<PathBuf>,
    /// Files that were there and are kept as they are.
    pub kept: Vec<PathBuf>,
}

/// Why `init` wrote nothing or stopped.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// Files `init` would write exist already; nothing was written.
    #[error("{} file(s) exist already", .0.len())]
    Exists(Vec<PathBuf>),
    /// A file could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Sets up a project in `dir` (created if missing) in `lang`.
pub fn init(dir: &Path, lang: Language, force: bool) -> Result<InitReport, InitError> {
    let files = project_files(lang);
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|file| dir.join(file.path))
        .filter(|path| path.exists())
        .collect();
    if !force && !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    let mut report = InitReport::default();
    for file in &files {
        let path = dir.join(file.path);
        let exists = existing.contains(&path);
        if exists && file.path != SCHEMA_FILE {
            report.kept.push(path);
            continue;
        }
        let overwrite = if exists {
            Overwrite::Replace
        } else {
            Overwrite::Refuse
        };
        write_atomic(&path, file.contents.as_bytes(), overwrite)?;
        if exists {
            report.replaced.push(path);
        } else {
            report.written.push(path);
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::schema_ref::{SchemaRef, schema_ref_for};

    // Every line of the tjm.toml turned on gives the defaults again: the file loads, as it is
    // and uncommented, in both languages.
    #[test]
    fn config_loads_commented_and_uncommented() {
        let dir = tempfile::tempdir().unwrap();
        for lang in [Language::Nl, Language::En] {
            let text = config_text(lang);
            assert!(text.contains("#[rules.long-wait]"), "{text}");
            assert!(text.contains("#max_days = "), "{text}");
            let path = dir.path().join("tjm.toml");
            std::fs::write(&path, &text).unwrap();
            let config = crate::config::load(&path).expect("loads as written");
            assert!(config.tuned.is_empty());
            let on: String = text
                .lines()
                .map(|line| match line.strip_prefix('#') {
                    Some(rest) if !rest.starts_with([' ', '#']) && !rest.is_empty() => rest,
                    _ => line,
                })
                .map(|line| format!("{line}\n"))
                .collect();
            std::fs::write(&path, &on).unwrap();
            let config = crate::config::load(&path)
                .unwrap_or_else(|e| panic!("uncommented {lang:?}: {:?}\n{on}", e.errors));
            assert_eq!(config.lang, Some(lang));
            // the examples (## lines) are no defaults, but they load once filled in
            let examples: String = text
                .lines()
                .map(|line| line.strip_prefix("##").unwrap_or(line))
                .map(|line| format!("{line}\n"))
                .collect();
            std::fs::write(&path, &examples).unwrap();
            let config = crate::config::load(&path)
                .unwrap_or_else(|e| panic!("examples {lang:?}: {:?}\n{examples}", e.errors));
            assert_eq!(config.costs.currency.as_deref(), Some("EUR"));
            assert_eq!(config.costs.visit, Some(95.0));
            assert!(config.baseline.is_some() && config.evidence.mapping.case.is_some());
        }
    }

    // The example in the project needs no `$schema`: the editor settings cover it.
    #[test]
    fn example_is_mapped_by_the_settings() {
        let dir = tempfile::tempdir().unwrap();
        let report = init(dir.path(), Language::Nl, false).unwrap();
        assert_eq!(report.written.len(), 5);
        let example = dir.path().join(EXAMPLE_NL.0);
        assert!(
            !std::fs::read_to_string(&example)
                .unwrap()
                .contains("$schema")
        );
        assert_eq!(schema_ref_for(&example), SchemaRef::Mapped);
        let elsewhere = dir.path().join("oud/reis.json");
        assert_eq!(
            schema_ref_for(&elsewhere),
            SchemaRef::Path("../schema/journey.schema.json".into())
        );
    }
}
