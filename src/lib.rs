//! tjm, the tenant journey mapper: see a housing association through its tenants' eyes.
//!
//! Data flows one way:
//! **load** (read and check journey files, with positions for diagnostics) →
//! **model** (plain typed structs) →
//! **graph** (paths, loops, handoffs, expected contacts) →
//! **rules** (the catalogue that finds moments without attention) →
//! **output** (terminal diagnostics, JSON, HTML reports, exports).

pub mod graph;
pub mod load;
pub mod model;
pub mod schema;
