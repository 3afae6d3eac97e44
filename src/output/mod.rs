//! Machine-readable outputs over the analysed journeys: the JSON document of `tjm check
//! --format json` (also the `json` export).

pub mod csv;
pub mod dot;
pub mod evidence;
pub mod json;
pub mod json_escape;
pub mod mermaid;
pub mod sarif;
mod stages;
pub mod terminal;
pub mod xlsx;
