//! A small harness: run `tjm` in a temporary folder with fixtures copied in, and look at
//! what it printed and wrote.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root, for shipped journeys and fixtures.
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names of the files in `dir` that end in `ending`, sorted.
pub(crate) fn file_names(dir: &Path, ending: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(ending))
        .collect();
    names.sort();
    names
}

/// The temporary files (`*.tmp`) left in `dir`: a run must leave none.
pub(crate) fn temp_files(dir: &Path) -> Vec<String> {
    file_names(dir, ".tmp")
}

/// A fixture file or folder under `tests/fixtures`.
pub(crate) fn fixture(path: &str) -> PathBuf {
    repo().join("tests/fixtures").join(path)
}

/// What a finished run left behind.
#[derive(Debug)]
pub(crate) struct Run {
    /// Exit code.
    pub(crate) code: i32,
    /// Standard output.
    pub(crate) stdout: String,
    /// Standard error.
    pub(crate) stderr: String,
}

/// A temporary working folder to run tjm in.
pub(crate) struct TjmTest {
    dir: tempfile::TempDir,
}

impl TjmTest {
    /// An empty working folder.
    pub(crate) fn new() -> TjmTest {
        TjmTest {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The working folder.
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating folders) and returns its path.
    pub(crate) fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// Copies a fixture file or folder into the working folder under `name`.
    pub(crate) fn copy_fixture(&self, fixture_path: &str, name: &str) -> PathBuf {
        let from = fixture(fixture_path);
        let to = self.dir.path().join(name);
        copy_recursive(&from, &to);
        to
    }

    /// Copies the shipped journeys into `journeys/`.
    pub(crate) fn with_shipped_journeys(&self) -> PathBuf {
        let to = self.dir.path().join("journeys");
        copy_recursive(&repo().join("journeys"), &to);
        to
    }

    /// Reads a file from the working folder.
    pub(crate) fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name))
            .unwrap_or_else(|e| panic!("reading {name}: {e}"))
    }

    /// Runs `tjm` with `args` in the working folder (no colour, fixed width).
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        let output = Command::cargo_bin("tjm")
            .unwrap()
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .output()
            .expect("tjm runs");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

fn copy_recursive(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_recursive(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::copy(from, to).unwrap();
    }
}
