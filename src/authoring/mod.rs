//! Authoring helpers: setting up a project (`tjm init`), scaffolding new journeys (`tjm new`)
//! with a `$schema` that resolves, the canonical layout of journey files (`tjm fmt`); files
//! are written with [`crate::fsutil`].

pub mod format;
pub mod project;
pub mod scaffold;
pub mod schema_ref;

/// The writer moved to [`crate::fsutil`]; these names stay for the commands that use them.
pub use crate::fsutil::{Overwrite, WriteError, write_atomic};
pub use format::{FormatError, format_text};
pub use project::{InitError, InitReport, init, project_files};
pub use scaffold::{JourneyKind, SCHEMA_REF, scaffold, scaffold_source, scaffold_text};
pub use schema_ref::{SchemaRef, schema_ref_for};
