//! Finds journey files: a file named on the command line is read as given; a directory is
//! searched recursively for `*.json`, in a stable order.

use std::path::{Path, PathBuf};

use super::problem::{Problem, ProblemCode};
use crate::i18n::{Args, Locale, message, text};

/// Files that look like JSON but are not journeys.
fn is_ignored_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.ends_with(".schema.json")
        || matches!(name, "package.json" | "package-lock.json" | "tsconfig.json")
}

/// Directories never searched: hidden ones, build output, npm packages.
fn is_ignored_dir(name: &str) -> bool {
    name.starts_with('.') || matches!(name, "target" | "node_modules")
}

/// The journey files under `paths`, with a problem for each path that yields none.
pub(super) fn journey_files(
    paths: &[PathBuf],
    locale: Locale,
    problems: &mut Vec<Problem>,
) -> Vec<PathBuf> {
    let at = |path: &Path| Args::new().text("path", path.display().to_string());
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => {
                let before = files.len();
                walk(path, locale, &mut files, problems);
                if files.len() == before {
                    problems.push(
                        Problem::file(
                            ProblemCode::NoJourneys,
                            path,
                            message(locale, "load-no-journeys", &at(path)),
                        )
                        .with_help(text(locale, "load-no-journeys-help")),
                    );
                }
            }
            Ok(_) => files.push(path.clone()),
            Err(error) => {
                let is_broken_link = std::fs::symlink_metadata(path).is_ok();
                let problem = if is_broken_link {
                    Problem::file(
                        ProblemCode::NotFound,
                        path,
                        message(locale, "load-broken-link", &at(path)),
                    )
                    .with_help(text(locale, "load-broken-link-help"))
                } else if error.kind() == std::io::ErrorKind::NotFound {
                    Problem::file(
                        ProblemCode::NotFound,
                        path,
                        message(locale, "load-not-found", &at(path)),
                    )
                    .with_help(text(locale, "load-not-found-help"))
                } else {
                    Problem::file(
                        ProblemCode::Unreadable,
                        path,
                        message(
                            locale,
                            "load-unreadable",
                            &at(path).text("reason", error.to_string()),
                        ),
                    )
                };
                problems.push(problem);
            }
        }
    }
    files
}

fn walk(dir: &Path, locale: Locale, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0
                || !entry.file_type().is_dir()
                || !is_ignored_dir(&entry.file_name().to_string_lossy())
        });
    for entry in walker {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if entry.file_type().is_file()
                    && path.extension().is_some_and(|ext| ext == "json")
                    && !is_ignored_file(path)
                {
                    files.push(path.to_owned());
                }
            }
            Err(error) => {
                let path = error.path().unwrap_or(dir).to_owned();
                let is_json = path.extension().is_some_and(|ext| ext == "json");
                if error.loop_ancestor().is_some() {
                    continue;
                }
                if is_json
                    || error
                        .io_error()
                        .is_some_and(|e| e.kind() != std::io::ErrorKind::NotFound)
                {
                    let broken = std::fs::symlink_metadata(&path).is_ok()
                        && std::fs::metadata(&path).is_err();
                    let at = Args::new().text("path", path.display().to_string());
                    let message = if broken {
                        message(locale, "load-broken-link", &at)
                    } else {
                        let reason = at.text("reason", io_reason(&error));
                        message(locale, "load-unreadable", &reason)
                    };
                    problems.push(Problem::file(ProblemCode::Unreadable, &path, message));
                }
            }
        }
    }
}

fn io_reason(error: &walkdir::Error) -> String {
    error
        .io_error()
        .map_or_else(|| error.to_string(), ToString::to_string)
}

pub(super) use crate::fsutil::read::{Capped, read_capped};
