//! Atomic file writes: the text goes to a temporary file in the target's folder, which is then
//! renamed over the target. Readers see the old file or the new one, never half of one, and an
//! existing file keeps its permissions.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace it (keeping its permissions).
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
    /// Reading, writing or renaming failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
}

/// Writes `contents` to `path` atomically. A symbolic link is followed, so the file it points
/// at is replaced and the link stays. Missing parent folders are created.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<(), WriteError> {
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
    if existing.is_some() && overwrite == Overwrite::Refuse {
        return Err(WriteError::Exists(path.to_owned()));
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(io_error)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".tjm-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // New files get the usual 0666 less the umask, not tempfile's private 0600.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(&dir).map_err(io_error)?;
    file.write_all(contents).map_err(io_error)?;
    file.as_file().sync_all().map_err(io_error)?;
    if let Some(meta) = &existing {
        fs::set_permissions(file.path(), meta.permissions()).map_err(io_error)?;
    }
    match overwrite {
        Overwrite::Replace => file
            .persist(&target)
            .map(drop)
            .map_err(|e| io_error(e.error)),
        Overwrite::Refuse => file.persist_noclobber(&target).map(drop).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                WriteError::Exists(path.to_owned())
            } else {
                io_error(e.error)
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(fs::read_dir(dir.path().join("sub")).unwrap().count(), 1);
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
