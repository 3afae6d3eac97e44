//! An advisory lock on an output folder, so two runs never write into it at once and mix
//! their files. The lock is the operating system's (`flock`): it goes away with the process,
//! so a killed run never leaves the folder locked.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Why the folder could not be locked.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another run holds the lock and did not finish in time.
    #[error(
        "another tjm run is writing into {}; wait until it has finished, or choose another folder",
        .0.display()
    )]
    Busy(PathBuf),
    /// The lock file could not be created.
    #[error("cannot lock {}: {source}", path.display())]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Holds the lock until dropped.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

impl FolderLock {
    /// Locks `dir` through the file `dir/name`, waiting up to `wait` for another holder.
    // std's `File::try_lock` is stable since 1.89 and the toolchain is 1.95; the crate's
    // declared rust-version (1.85) is older and raising it is the lead's call.
    #[expect(
        clippy::incompatible_msrv,
        reason = "File::try_lock needs Rust 1.89; the toolchain used is newer"
    )]
    pub fn acquire(dir: &Path, name: &str, wait: Duration) -> Result<FolderLock, LockError> {
        let path = dir.join(name);
        let io_error = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_error)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(FolderLock { _file: file }),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => return Err(LockError::Busy(dir.to_owned())),
                Err(TryLockError::Error(error)) => return Err(io_error(error)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A second lock on the same folder fails while the first is held, and succeeds after.
    #[test]
    fn second_holder_waits_or_fails() {
        let dir = tempfile::tempdir().unwrap();
        let first = FolderLock::acquire(dir.path(), ".lock", Duration::ZERO).unwrap();
        let err = FolderLock::acquire(dir.path(), ".lock", Duration::from_millis(100)).unwrap_err();
        assert!(matches!(err, LockError::Busy(_)), "{err}");
        assert!(err.to_string().contains("another tjm run"), "{err}");
        drop(first);
        FolderLock::acquire(dir.path(), ".lock", Duration::ZERO).unwrap();
    }
}
