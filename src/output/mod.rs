//! Machine-readable outputs over the analysed journeys: the JSON document of `tjm check
//! --format json` (also the `json` export).

pub mod json;
pub mod sarif;
pub mod csv;
pub mod dot;
pub mod mermaid;
