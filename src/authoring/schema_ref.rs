//! The `$schema` a new journey file gets: one that resolves from where the file is, or none.
//!
//! A `$schema` that points nowhere is worse than none: VS Code then checks nothing and says
//! nothing. So the path is only written when the schema file is really there, and left out
//! when the folder's `.vscode/settings.json` already maps the file to a schema.

use std::path::{Component, Path, PathBuf};

use jsonc_parser::JsonValue;

use crate::config::CONFIG_FILE;
use crate::schema::SCHEMA_FILE;

/// Where VS Code keeps a folder's settings.
pub const VSCODE_SETTINGS: &str = ".vscode/settings.json";

/// How a file placed at `file` should name its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaRef {
    /// The relative path to the nearest project's schema, with forward slashes.
    Path(String),
    /// The editor settings of an enclosing folder map this file to a schema already.
    Mapped,
    /// No schema in reach: better no `$schema` than one that does not exist.
    None,
}

impl SchemaRef {
    /// The value for the `$schema` field, if one should be written.
    pub fn value(&self) -> Option<&str> {
        match self {
            SchemaRef::Path(path) => Some(path),
            SchemaRef::Mapped | SchemaRef::None => None,
        }
    }
}

/// Walks up from the folder of `file`: the first folder whose editor settings map the file,
/// or that holds `schema/journey.schema.json`, decides; a folder with a `tjm.toml` but no
/// schema is the project's root, and the walk stops there.
pub fn schema_ref_for(file: &Path) -> SchemaRef {
    let Ok(file) = std::path::absolute(file) else {
        return SchemaRef::None;
    };
    let file = normalise(&file);
    let Some(from) = file.parent() else {
        return SchemaRef::None;
    };
    for folder in from.ancestors() {
        if settings_map(folder, &file) {
            return SchemaRef::Mapped;
        }
        let schema = folder.join(SCHEMA_FILE);
        if schema.is_file() {
            return SchemaRef::Path(relative(from, &schema));
        }
        if folder.join(CONFIG_FILE).is_file() {
            return SchemaRef::None;
        }
    }
    SchemaRef::None
}

/// Whether `folder/.vscode/settings.json` has a `json.schemas` entry whose `fileMatch` covers
/// `file`. VS Code reads the file leniently (comments, trailing commas), and so does this.
fn settings_map(folder: &Path, file: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(folder.join(VSCODE_SETTINGS)) else {
        return false;
    };
    let Ok(Some(JsonValue::Object(settings))) =
        jsonc_parser::parse_to_value(&text, &Default::default())
    else {
        return false;
    };
    let Ok(inside) = file.strip_prefix(folder) else {
        return false;
    };
    let inside = slashes(inside);
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(entries) = settings.get_array("json.schemas") else {
        return false;
    };
    entries.iter().any(|entry| {
        let JsonValue::Object(entry) = entry else {
            return false;
        };
        let patterns = entry.get_array("fileMatch");
        let points = entry.get("url").is_some() || entry.get("schema").is_some();
        points
            && patterns.into_iter().flat_map(|p| p.iter()).any(|pattern| {
                let JsonValue::String(pattern) = pattern else {
                    return false;
                };
                // A pattern with a folder in it is relative to the workspace folder; one
                // without matches the file's name wherever it is.
                let pattern = pattern.trim_start_matches("./").trim_start_matches('/');
                if pattern.contains('/') {
                    glob(pattern, &inside)
                } else {
                    glob(pattern, &name)
                }
            })
    })
}

/// `*` any characters but `/`, `**` any characters, `?` one character: the glob VS Code's
/// `fileMatch` takes, without negation.
fn glob(pattern: &str, text: &str) -> bool {
    fn matches(p: &[u8], t: &[u8]) -> bool {
        match p {
            [] => t.is_empty(),
            [b'*', b'*', rest @ ..] => {
                let rest = rest.strip_prefix(b"/").unwrap_or(rest);
                (0..=t.len()).any(|i| matches(rest, &t[i..]))
            }
            [b'*', rest @ ..] => (0..=t.len())
                .take_while(|&i| i == 0 || t[i - 1] != b'/')
                .any(|i| matches(rest, &t[i..])),
            [b'?', rest @ ..] => !t.is_empty() && t[0] != b'/' && matches(rest, &t[1..]),
            [c, rest @ ..] => t.first() == Some(c) && matches(rest, &t[1..]),
        }
    }
    matches(pattern.as_bytes(), text.as_bytes())
}

/// The path from folder `from` to `to`, both absolute and normalised, with forward slashes.
fn relative(from: &Path, to: &Path) -> String {
    let from: Vec<Component<'_>> = from.components().collect();
    let to: Vec<Component<'_>> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for part in &to[common..] {
        path.push(part);
    }
    slashes(&path)
}

/// Drops `.` and resolves `..` by name, as the user wrote the path (no symlinks followed).
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn slashes(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_like_file_match() {
        assert!(glob("journeys/*.json", "journeys/klacht.json"));
        assert!(!glob("journeys/*.json", "journeys/oud/klacht.json"));
        assert!(glob("**/journeys/**/*.json", "a/journeys/oud/klacht.json"));
        assert!(glob("*.json", "klacht.json"));
        assert!(!glob("*.json", "klacht.toml"));
    }

    #[test]
    fn relative_paths_climb_and_descend() {
        assert_eq!(
            relative(
                Path::new("/p/journeys/oud"),
                Path::new("/p/schema/journey.schema.json")
            ),
            "../../schema/journey.schema.json"
        );
        assert_eq!(
            relative(Path::new("/p"), Path::new("/p/schema/journey.schema.json")),
            "schema/journey.schema.json"
        );
    }
}
