//! Writing files so that nothing is lost, leaked or half-written: the one atomic writer every
//! command uses ([`atomic`]), the clean-up of temporary files left by killed runs ([`stale`]),
//! and the lock that keeps two runs out of one folder ([`lock`]).

pub mod atomic;
pub mod lock;
pub mod stale;

pub use atomic::{Overwrite, Staged, WriteError, stage, write_atomic, write_if_unchanged};
pub use lock::{FolderLock, LockError};
