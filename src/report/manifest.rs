//! The manifest of a report folder (`.tjm-report.json`): which files tjm wrote there, with
//! a fingerprint of their content. `tjm report` replaces only files it finds in the manifest,
//! unchanged since it wrote them, so a user's own `index.html` in the folder is never
//! overwritten (unless `--force`).
//!
//! The fingerprint is XXH3-128: it tells an edited page from tjm's as surely as SHA-256 does
//! (a chance of 2⁻¹²⁸ that an edit goes unseen), and is more than ten times faster; SHA-256 of
//! every page was a fifteenth of a large report's time. Nobody has to be kept from forging
//! it: whoever can write a page into the folder can edit the manifest too. Manifests of
//! earlier versions list SHA-256; those still count.
//!
//! While a run renames its pages into place, the manifest accepts the old and the new content
//! of each page, so a run killed half-way is not mistaken for the user's edits by the next one.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use xxhash_rust::xxh3::xxh3_128;

use super::Error;
use crate::fsutil::{Overwrite, write_atomic};
use crate::i18n::Locale;

/// The manifest's file name in the report folder.
pub const FILE: &str = ".tjm-report.json";
/// The manifest of a thousand-journey report is about 200 kB.
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// What tjm wrote into one report folder.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Manifest {
    /// Says what this file is, for someone who finds it.
    #[serde(default)]
    about: String,
    /// Per file name: what tjm wrote.
    files: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Entry {
    /// XXH3-128 (hex, [`fingerprint`]) of each content tjm may have left: one, or two while
    /// a run renames. (No size or time: the manifest, like the pages, is the same for the
    /// same input.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    xxh3: Vec<String>,
    /// SHA-256 (hex) of content an earlier version wrote: still tjm's, until replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sha256: Vec<String>,
}

impl Entry {
    fn holds(&self, bytes: &[u8]) -> bool {
        (!self.xxh3.is_empty() && self.xxh3.contains(&fingerprint(bytes)))
            || (!self.sha256.is_empty() && self.sha256.contains(&sha256_hex(bytes)))
    }
}

/// The fingerprint of a page as the manifest stores it: XXH3-128 in hex.
pub(crate) fn fingerprint(bytes: &[u8]) -> String {
    format!("{:032x}", xxh3_128(bytes))
}

/// The SHA-256 of `bytes` in hex: what earlier versions stored, and a stable short name for
/// a page whose id is too long for a file name.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

impl Manifest {
    /// The manifest in `dir`; an empty one when there is none.
    pub(crate) fn load(dir: &Path) -> Result<Manifest, Error> {
        let path = dir.join(FILE);
        let broken = |reason: String| Error::Manifest {
            path: path.clone(),
            reason,
        };
        let mut bytes = Vec::new();
        match std::fs::File::open(&path) {
            Ok(file) => file
                .take(MAX_BYTES)
                .read_to_end(&mut bytes)
                .map_err(|e| broken(e.to_string()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Manifest::default()),
            Err(e) => return Err(broken(e.to_string())),
        };
        serde_json::from_slice(&bytes).map_err(|e| broken(e.to_string()))
    }

    /// The names in `names` that exist in `dir` but that tjm did not write, or that changed
    /// since: replacing them would lose someone's work.
    pub(crate) fn foreign(&self, dir: &Path, names: &[&str]) -> Vec<String> {
        // Reading and hashing a thousand pages is the slow part: on every core, in order.
        names
            .par_iter()
            .filter(|name| !self.may_replace(&dir.join(name), name))
            .map(|name| (*name).to_owned())
            .collect()
    }

    fn may_replace(&self, path: &Path, name: &str) -> bool {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return true; // nothing there
        };
        // tjm writes plain files only: a link or a folder of that name is someone else's.
        if !meta.file_type().is_file() {
            return false;
        }
        let Some(entry) = self.files.get(name) else {
            return false;
        };
        let mut bytes = Vec::new();
        let read =
            std::fs::File::open(path).and_then(|f| f.take(MAX_BYTES).read_to_end(&mut bytes));
        read.is_ok() && entry.holds(&bytes)
    }

    /// This manifest with `written` (name, [`fingerprint`]) about to replace their files: both
    /// the old and the new content count as tjm's until [`Manifest::finished`] is saved.
    pub(crate) fn pending(&self, written: &[(String, String)]) -> Manifest {
        let mut next = self.clone();
        for (name, hash) in written {
            let entry = next.files.entry(name.clone()).or_default();
            entry.xxh3.retain(|h| h != hash);
            entry.xxh3.insert(0, hash.clone());
            entry.xxh3.truncate(2);
        }
        next
    }

    /// This manifest after `written` are in place in `dir`; files of earlier runs that are
    /// gone are dropped, those still there stay tjm's.
    pub(crate) fn finished(&self, dir: &Path, written: &[(String, String)]) -> Manifest {
        let mut next = self.clone();
        next.files.retain(|name, _| dir.join(name).is_file());
        for (name, hash) in written {
            next.files.insert(
                name.clone(),
                Entry {
                    xxh3: vec![hash.clone()],
                    sha256: Vec::new(),
                },
            );
        }
        next
    }

    /// Writes the manifest into `dir`, its note for a person who opens it in `locale`.
    pub(crate) fn save(&mut self, dir: &Path, locale: Locale) -> Result<(), Error> {
        self.about = crate::i18n::text(locale, "manifest-about");
        let mut text = serde_json::to_string_pretty(self).map_err(|e| Error::Manifest {
            path: dir.join(FILE),
            reason: e.to_string(),
        })?;
        text.push('\n');
        write_atomic(&dir.join(FILE), text.as_bytes(), Overwrite::Replace)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A file tjm wrote may be replaced; after an edit, or when it is not listed, it may not.
    #[test]
    fn only_unchanged_files_of_tjm_may_be_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.html"), "tjm's page").unwrap();
        std::fs::write(dir.path().join("mine.html"), "my page").unwrap();
        let written = vec![("a.html".to_owned(), fingerprint(b"tjm's page"))];
        let mut manifest = Manifest::default().finished(dir.path(), &written);
        manifest.save(dir.path(), Locale::En).unwrap();
        let manifest = Manifest::load(dir.path()).unwrap();
        assert!(
            manifest.about.starts_with("Files tjm report wrote"),
            "{}",
            manifest.about
        );
        let names = ["a.html", "mine.html", "new.html"];
        assert_eq!(manifest.foreign(dir.path(), &names), ["mine.html"]);
        std::fs::write(dir.path().join("a.html"), "edited by hand").unwrap();
        assert_eq!(
            manifest.foreign(dir.path(), &names),
            ["a.html", "mine.html"]
        );
        // The same content again (a copy, an undone edit) is tjm's again.
        std::fs::write(dir.path().join("a.html"), "tjm's page").unwrap();
        assert_eq!(manifest.foreign(dir.path(), &names), ["mine.html"]);
    }

    // Half-way through a run both the old and the new page count as tjm's.
    #[test]
    fn pending_accepts_old_and_new() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.html"), "old").unwrap();
        let old =
            Manifest::default().finished(dir.path(), &[("a.html".into(), fingerprint(b"old"))]);
        let pending = old.pending(&[("a.html".into(), fingerprint(b"new"))]);
        assert!(pending.foreign(dir.path(), &["a.html"]).is_empty());
        std::fs::write(dir.path().join("a.html"), "new").unwrap();
        assert!(pending.foreign(dir.path(), &["a.html"]).is_empty());
        std::fs::write(dir.path().join("a.html"), "other").unwrap();
        assert_eq!(pending.foreign(dir.path(), &["a.html"]), ["a.html"]);
    }

    // A page an earlier version listed by its SHA-256 is still tjm's; while a run renames,
    // the old SHA-256 and the new fingerprint both count, and afterwards only the new one.
    #[test]
    fn a_manifest_of_an_earlier_version_still_names_tjms_pages() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.html"), "old page").unwrap();
        let hash = sha256_hex(b"old page");
        let earlier =
            format!(r#"{{"about": "", "files": {{"a.html": {{"sha256": ["{hash}"]}}}}}}"#);
        std::fs::write(dir.path().join(FILE), earlier).unwrap();
        let manifest = Manifest::load(dir.path()).unwrap();
        assert!(manifest.foreign(dir.path(), &["a.html"]).is_empty());
        std::fs::write(dir.path().join("a.html"), "edited").unwrap();
        assert_eq!(manifest.foreign(dir.path(), &["a.html"]), ["a.html"]);
        std::fs::write(dir.path().join("a.html"), "old page").unwrap();
        let pending = manifest.pending(&[("a.html".into(), fingerprint(b"new page"))]);
        assert!(pending.foreign(dir.path(), &["a.html"]).is_empty());
        std::fs::write(dir.path().join("a.html"), "new page").unwrap();
        assert!(pending.foreign(dir.path(), &["a.html"]).is_empty());
        let mut finished =
            pending.finished(dir.path(), &[("a.html".into(), fingerprint(b"new page"))]);
        finished.save(dir.path(), Locale::En).unwrap();
        let saved = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(!saved.contains("sha256"), "{saved}");
        assert!(saved.contains(&fingerprint(b"new page")), "{saved}");
    }

    // The fingerprint is XXH3-128 of the bytes, in 32 hex digits (the reference value of
    // the empty input, from the xxHash specification's test vectors).
    #[test]
    fn the_fingerprint_is_xxh3_128_in_hex() {
        assert_eq!(fingerprint(b""), "99aa06d3014798d86001c324468d497f");
        assert_eq!(fingerprint(b"a page").len(), 32);
        assert_ne!(fingerprint(b"a page"), fingerprint(b"a page."));
    }

    // A symbolic link of a page's name is not tjm's, even if it is listed.
    #[cfg(unix)]
    #[test]
    fn links_are_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("target.html"), "x").unwrap();
        std::os::unix::fs::symlink("target.html", dir.path().join("a.html")).unwrap();
        let manifest = Manifest::default().pending(&[("a.html".into(), fingerprint(b"x"))]);
        assert_eq!(manifest.foreign(dir.path(), &["a.html"]), ["a.html"]);
    }
}
