//! Authoring helpers: scaffolding new journeys (`tjm new`), the canonical layout of journey
//! files (`tjm fmt`), and writing files so that a crash or a full disk never leaves half a
//! journey behind.

mod atomic;
pub mod format;
pub mod scaffold;

pub use atomic::{Overwrite, WriteError, write_atomic};
pub use format::{FormatError, format_text};
pub use scaffold::{JourneyKind, SCHEMA_REF, scaffold, scaffold_source, scaffold_text};
