//! The one atomic writer: the text goes to a temporary file in the target's folder, which is
//! then renamed over the target. Readers see the old file or the new one, never half of one.
//!
//! - The temporary file is private while it is written: the target's mode, but at most 0600,
//!   so a copy left by a killed run never shows a 0600 journey to others (the next run in the
//!   folder removes such copies, see [`super::stale`]). The final mode is set after the rename.
//! - A replaced file keeps its mode, and its owner and group where the operating system allows
//!   it (as root, `tjm fmt` does not turn a user's file into root's).
//! - A file with several hard links is refused: a rename would cut it loose from its other
//!   names, and writing in place could leave every name with half a file after a crash.
//! - [`write_if_unchanged`] leaves a file alone that changed since it was read, so an edit
//!   saved while tjm works is never overwritten.

use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::stale;

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace it (keeping its permissions and owner).
    Replace,
    /// Leave it and fail with [`WriteError::Exists`].
    Refuse,
}

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and overwriting was refused.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// The target has other names (hard links) that a replacement would cut loose.
    #[error(
        "{} was left as it is: it has {links} hard links (other names for the same file), and replacing it would split them; copy it to a file of its own, or remove the other links, and run tjm again",
        path.display()
    )]
    HardLinks {
        /// The file.
        path: PathBuf,
        /// How many names it has.
        links: u64,
    },
    /// The target changed after it was read; it was left as it is.
    #[error("{} changed while tjm was working on it and was left as it is; run tjm again", .0.display())]
    Changed(PathBuf),
    /// Reading, writing or renaming failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
}

/// A complete temporary file waiting to be renamed over its target. Dropping it without
/// [`Staged::commit`] removes the temporary file, so a failed run leaves the target as it was.
#[derive(Debug)]
pub struct Staged {
    /// The path the caller named, for messages.
    shown: PathBuf,
    /// The file that is replaced (a symbolic link resolved).
    target: PathBuf,
    temp: tempfile::TempPath,
    overwrite: Overwrite,
    /// The mode the target gets once renamed.
    mode: u32,
}

/// Writes `contents` to `path` atomically. A symbolic link is followed, so the file it points
/// at is replaced and the link stays. Missing parent folders are created.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<(), WriteError> {
    stage(path, contents, overwrite)?.commit(None)
}

/// Replaces `path` with `contents` only if it still holds `expected` (what was read from it),
/// else fails with [`WriteError::Changed`] and leaves it.
pub fn write_if_unchanged(path: &Path, contents: &[u8], expected: &[u8]) -> Result<(), WriteError> {
    stage(path, contents, Overwrite::Replace)?.commit(Some(expected))
}

/// Writes `contents` to a private temporary file beside `path`, ready to be renamed over it.
pub fn stage(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<Staged, WriteError> {
    let io_error = |source: io::Error| WriteError::Io {
        path: path.to_owned(),
        source,
    };
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(resolved) => resolved,
            // A dangling link: write where it points would be a surprise; write the link's path.
            Err(_) => path.to_owned(),
        },
        _ => path.to_owned(),
    };
    let existing = fs::metadata(&target).ok();
    if let Some(meta) = &existing {
        if overwrite == Overwrite::Refuse {
            return Err(WriteError::Exists(path.to_owned()));
        }
        let links = link_count(meta);
        if links > 1 {
            return Err(WriteError::HardLinks {
                path: path.to_owned(),
                links,
            });
        }
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(io_error)?;
    stale::remove_leftovers(&dir);
    let mode = match &existing {
        Some(meta) => mode_of(meta),
        None => default_mode(&dir),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(stale::PREFIX).suffix(stale::SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(mode & 0o600));
    }
    let mut file = builder.tempfile_in(&dir).map_err(io_error)?;
    file.write_all(contents).map_err(io_error)?;
    file.as_file().sync_all().map_err(io_error)?;
    if let Some(meta) = &existing {
        keep_owner(file.as_file(), meta).map_err(io_error)?;
    }
    Ok(Staged {
        shown: path.to_owned(),
        target,
        temp: file.into_temp_path(),
        overwrite,
        mode,
    })
}

impl Staged {
    /// Renames the temporary file over the target. With `expected`, only if the target still
    /// holds exactly those bytes.
    pub fn commit(self, expected: Option<&[u8]>) -> Result<(), WriteError> {
        let io_error = |source: io::Error| WriteError::Io {
            path: self.shown.clone(),
            source,
        };
        if let Some(expected) = expected
            && !holds(&self.target, expected).map_err(io_error)?
        {
            return Err(WriteError::Changed(self.shown.clone()));
        }
        match self.overwrite {
            Overwrite::Replace => self
                .temp
                .persist(&self.target)
                .map_err(|e| io_error(e.error)),
            Overwrite::Refuse => self.temp.persist_noclobber(&self.target).map_err(|e| {
                if e.error.kind() == io::ErrorKind::AlreadyExists {
                    WriteError::Exists(self.shown.clone())
                } else {
                    io_error(e.error)
                }
            }),
        }?;
        set_mode(&self.target, self.mode).map_err(io_error)
    }
}

/// Whether the file at `path` holds exactly `expected`, reading no more than one byte past it.
fn holds(path: &Path, expected: &[u8]) -> io::Result<bool> {
    let mut now = Vec::with_capacity(expected.len());
    fs::File::open(path)?
        .take(expected.len() as u64 + 1)
        .read_to_end(&mut now)?;
    Ok(now == expected)
}

#[cfg(unix)]
fn link_count(meta: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn link_count(_meta: &fs::Metadata) -> u64 {
    1
}

#[cfg(unix)]
fn mode_of(meta: &fs::Metadata) -> u32 {
    std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o7777
}

#[cfg(not(unix))]
fn mode_of(_meta: &fs::Metadata) -> u32 {
    0o644
}

/// The mode a new file gets (0666 less the umask). The umask cannot be read without changing
/// it, so it is seen once on an empty probe file, which is removed at once.
fn default_mode(dir: &Path) -> u32 {
    static MODE: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *MODE.get_or_init(|| probe_mode(dir).unwrap_or(0o644))
}

#[cfg(unix)]
fn probe_mode(dir: &Path) -> io::Result<u32> {
    use std::os::unix::fs::PermissionsExt as _;
    let probe = tempfile::Builder::new()
        .prefix(stale::PREFIX)
        .suffix(stale::SUFFIX)
        .permissions(fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)?;
    Ok(mode_of(&probe.as_file().metadata()?) & 0o777)
}

#[cfg(not(unix))]
fn probe_mode(_dir: &Path) -> io::Result<u32> {
    Ok(0o644)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

/// Gives the temporary file the replaced file's owner and group. Only root may give a file
/// away, so "not permitted" is expected and ignored: the file then belongs to whoever runs tjm.
#[cfg(unix)]
fn keep_owner(file: &fs::File, meta: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    let mine = file.metadata()?;
    if (mine.uid(), mine.gid()) == (meta.uid(), meta.gid()) {
        return Ok(());
    }
    match std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())) {
        Err(error) if error.kind() == io::ErrorKind::PermissionDenied => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn keep_owner(_file: &fs::File, _meta: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    // A new file is written, and refusing to overwrite leaves an existing one as it was.
    #[test]
    fn refuses_to_overwrite_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/a.json");
        write_atomic(&path, b"one", Overwrite::Refuse).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        let err = write_atomic(&path, b"two", Overwrite::Refuse).unwrap_err();
        assert!(matches!(err, WriteError::Exists(_)), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        write_atomic(&path, b"three", Overwrite::Replace).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "three");
        // No temporary files are left behind.
        assert_eq!(names(&dir.path().join("sub")), ["a.json"]);
    }

    // Replacing a file keeps its permissions (here: read-only for others, executable bit set).
    #[cfg(unix)]
    #[test]
    fn keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o751)).unwrap();
        write_atomic(&path, b"new", Overwrite::Replace).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o751);
    }

    // While it waits for the rename, the copy of a 0640 file is 0600; of a 0400 file, 0400.
    #[cfg(unix)]
    #[test]
    fn temporary_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        for (source, temp) in [(0o640, 0o600), (0o400, 0o400), (0o604, 0o600)] {
            let path = dir.path().join("a.json");
            fs::write(&path, "old").unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(source)).unwrap();
            let staged = stage(&path, b"secret journey", Overwrite::Replace).unwrap();
            let mode = fs::metadata(&staged.temp).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, temp, "source {source:o}");
            staged.commit(None).unwrap();
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, source);
            fs::remove_file(&path).unwrap();
        }
        // A new file's copy is private too, and the file gets the usual mode once renamed.
        let path = dir.path().join("new.json");
        let staged = stage(&path, b"secret", Overwrite::Refuse).unwrap();
        let mode = fs::metadata(&staged.temp).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o077, 0, "{mode:o}");
        staged.commit(None).unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            default_mode(dir.path())
        );
    }

    // Dropping a staged file (a failure before the rename) leaves the target and no copy.
    #[test]
    fn dropping_a_staged_file_leaves_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "old").unwrap();
        drop(stage(&path, b"new", Overwrite::Replace).unwrap());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["a.json"]);
    }

    // An edit saved between reading and renaming wins: the file is left and the copy removed.
    #[test]
    fn a_file_changed_after_reading_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "as read").unwrap();
        let staged = stage(&path, b"formatted", Overwrite::Replace).unwrap();
        fs::write(&path, "edited meanwhile").unwrap();
        let err = staged.commit(Some(b"as read")).unwrap_err();
        assert!(matches!(err, WriteError::Changed(_)), "{err}");
        assert!(err.to_string().contains("run tjm again"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited meanwhile");
        assert_eq!(names(dir.path()), ["a.json"]);
        // A longer file that starts with the bytes read is a change too.
        fs::write(&path, "as read, and more").unwrap();
        let err = write_if_unchanged(&path, b"formatted", b"as read").unwrap_err();
        assert!(matches!(err, WriteError::Changed(_)), "{err}");
        fs::write(&path, "as read").unwrap();
        write_if_unchanged(&path, b"formatted", b"as read").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "formatted");
    }

    // A file with a second name is refused and both names keep the same, old content.
    #[cfg(unix)]
    #[test]
    fn refuses_hard_linked_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let other = dir.path().join("b.json");
        fs::write(&path, "old").unwrap();
        fs::hard_link(&path, &other).unwrap();
        let err = write_atomic(&path, b"new", Overwrite::Replace).unwrap_err();
        assert!(
            matches!(err, WriteError::HardLinks { links: 2, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("hard links"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_to_string(&other).unwrap(), "old");
    }

    // As root, a replaced file keeps its owner and group instead of becoming root's.
    #[cfg(unix)]
    #[test]
    fn keeps_owner_and_group_when_permitted() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "old").unwrap();
        if std::os::unix::fs::chown(&path, Some(1000), Some(1000)).is_err() {
            // Not root: giving a file away is not permitted, so there is nothing to keep.
            write_atomic(&path, b"new", Overwrite::Replace).unwrap();
            assert_eq!(fs::read_to_string(&path).unwrap(), "new");
            return;
        }
        write_atomic(&path, b"new", Overwrite::Replace).unwrap();
        let meta = fs::metadata(&path).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (1000, 1000));
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    }

    // Writing through a symbolic link replaces the file it points at and keeps the link.
    #[cfg(unix)]
    #[test]
    fn follows_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new", Overwrite::Replace).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }
}
