//! Finds journey files: a file named on the command line is read as given; a directory is
//! searched recursively for `*.json`, in a stable order.

use std::path::{Path, PathBuf};

use super::problem::{Problem, ProblemCode};

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
pub(super) fn journey_files(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => {
                let before = files.len();
                walk(path, &mut files, problems);
                if files.len() == before {
                    problems.push(
                        Problem::file(
                            ProblemCode::NoJourneys,
                            path,
                            format!("no journey files (*.json) in {}", path.display()),
                        )
                        .with_help("point tjm at a folder of journey files, or create one with `tjm new repair -o journeys/repair.json`"),
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
                        format!(
                            "{} is a symbolic link to something that does not exist",
                            path.display()
                        ),
                    )
                    .with_help("fix or remove the link")
                } else if error.kind() == std::io::ErrorKind::NotFound {
                    Problem::file(
                        ProblemCode::NotFound,
                        path,
                        format!("{} does not exist", path.display()),
                    )
                    .with_help("check the spelling; tjm looks in `journeys/` when no path is given")
                } else {
                    Problem::file(
                        ProblemCode::Unreadable,
                        path,
                        format!("cannot read {}: {error}", path.display()),
                    )
                };
                problems.push(problem);
            }
        }
    }
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
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
                    let message = if broken {
                        format!(
                            "{} is a symbolic link to something that does not exist",
                            path.display()
                        )
                    } else {
                        format!("cannot read {}: {}", path.display(), io_reason(&error))
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
