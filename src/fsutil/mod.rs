//! Writing files so that nothing is lost, leaked or half-written: the one atomic writer every
//! command uses ([`atomic`]), the clean-up of temporary files left by killed runs ([`stale`]),
//! the lock that keeps two runs out of one folder ([`lock`]), and reading with a size cap
//! ([`read`]).

pub mod atomic;
pub mod lock;
pub mod read;
pub mod stale;

pub use atomic::{Overwrite, Staged, WriteError, stage, write_atomic, write_if_unchanged};
pub use lock::{FolderLock, LockError};
