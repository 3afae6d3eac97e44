//! Authoring helpers: scaffolding new journeys (`tjm new`), the canonical layout of journey
//! files (`tjm fmt`); files are written with [`crate::fsutil`].

pub mod format;
pub mod scaffold;

/// The writer moved to [`crate::fsutil`]; these names stay for the commands that use them.
pub use crate::fsutil::{Overwrite, WriteError, write_atomic};
pub use format::{FormatError, format_text};
pub use scaffold::{JourneyKind, SCHEMA_REF, scaffold, scaffold_source, scaffold_text};
