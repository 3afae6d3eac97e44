//! The journey model: plain typed structs that say what a journey file says.
//!
//! Nothing here does I/O or knows where a value came from; `load` fills these structs and keeps
//! the source positions beside them. The serde attributes *are* the file format, and the JSON
//! Schema is generated from them (`tjm schema`), so the documentation on each field is what a
//! policy advisor sees in their editor.

mod attention;
mod evidence;
mod ids;
mod importance;
mod journey;
pub(crate) mod milestone;
mod refusal;
mod touchpoint;
mod wait;

pub use attention::{Attention, Participation};
pub use evidence::{Evidence, EvidenceKind, EvidenceMatch, Speaker};
pub use ids::IdIndex;
pub use importance::{EffectiveImportance, InferredBecause, effective_importance, matters};
pub use journey::{
    Actor, ActorKind, Journey, Language, Persona, Stage, Transition, TransitionKind,
    TransitionKinds, Volume,
};
pub use milestone::Milestone;
pub use refusal::{Refusal, RefusalDetail, RefusalReason};
pub use touchpoint::{
    Channel, Direction, Emotion, Importance, NormIds, Silence, Touchpoint, TouchpointKind,
};
pub use wait::{Wait, WaitError, WaitUnit};
