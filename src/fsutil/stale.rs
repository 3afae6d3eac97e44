//! Temporary files left behind by a killed run. They are complete or partial copies of
//! journeys or pages, so they are removed on the next run in their folder; only names of
//! tjm's own pattern (`.tjm-XXXXXX.tmp`) that are older than this run are touched.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

/// The prefix and suffix of every temporary file tjm writes.
pub(crate) const PREFIX: &str = ".tjm-";
pub(crate) const SUFFIX: &str = ".tmp";
/// Random characters between prefix and suffix (tempfile's default).
const RANDOM_LEN: usize = 6;
/// A temporary file this young may belong to another tjm run that is still writing; it is
/// left for a later run.
const GRACE: Duration = Duration::from_secs(60);

/// When this process first wrote or looked for temporary files.
fn run_start() -> SystemTime {
    static START: OnceLock<SystemTime> = OnceLock::new();
    *START.get_or_init(SystemTime::now)
}

/// Whether `name` is one of tjm's temporary file names, and nothing else.
pub fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(PREFIX)
        .and_then(|rest| rest.strip_suffix(SUFFIX))
        .is_some_and(|random| {
            random.len() == RANDOM_LEN && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// tjm's temporary files in `dir` left by an earlier run (not a subfolder's), sorted.
pub fn leftovers(dir: &Path) -> Vec<PathBuf> {
    let cutoff = run_start()
        .checked_sub(GRACE)
        .unwrap_or(SystemTime::UNIX_EPOCH);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_str().is_some_and(is_temp_name))
        .filter(|entry| {
            // Only plain files: never follow a link or descend into a folder of that name.
            entry.metadata().is_ok_and(|meta| {
                meta.file_type().is_file() && meta.modified().is_ok_and(|m| m < cutoff)
            })
        })
        .map(|entry| entry.path())
        .collect();
    found.sort();
    found
}

/// Removes the [`leftovers`] in `dir` (once per folder and run) and returns what was removed.
pub fn remove_leftovers(dir: &Path) -> Vec<PathBuf> {
    static DONE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    {
        let mut done = DONE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if done.contains(&key) {
            return Vec::new();
        }
        done.push(key);
    }
    leftovers(dir)
        .into_iter()
        .filter(|path| std::fs::remove_file(path).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_tjm_temp_names_match() {
        assert!(is_temp_name(".tjm-a1B2c3.tmp"));
        for name in [
            ".tjm-notes.tmp",
            ".tjm-a1B2c3.tmp.bak",
            "tjm-a1B2c3.tmp",
            ".tjm-a1B2c/.tmp",
            ".tjm-report.json",
            ".tjm-a1B2c3d.tmp",
        ] {
            assert!(!is_temp_name(name), "{name}");
        }
    }

    // Old files of the pattern go; young ones, other names and folders stay.
    #[test]
    fn removes_only_old_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let old = SystemTime::now() - Duration::from_secs(3600);
        let make = |name: &str, modified: Option<SystemTime>| {
            let path = dir.path().join(name);
            std::fs::write(&path, "journey text").unwrap();
            if let Some(time) = modified {
                std::fs::File::options()
                    .write(true)
                    .open(&path)
                    .unwrap()
                    .set_modified(time)
                    .unwrap();
            }
            path
        };
        let stale = make(".tjm-abc123.tmp", Some(old));
        let young = make(".tjm-def456.tmp", None);
        let other = make(".tjm-notes.tmp", Some(old));
        let user = make("klacht.json", Some(old));
        std::fs::create_dir(dir.path().join(".tjm-dir123.tmp")).unwrap();
        assert_eq!(leftovers(dir.path()), vec![stale.clone()]);
        assert_eq!(remove_leftovers(dir.path()), vec![stale.clone()]);
        assert!(!stale.exists());
        assert!(young.exists() && other.exists() && user.exists());
        assert!(dir.path().join(".tjm-dir123.tmp").is_dir());
    }
}
