//! tjm, the tenant journey mapper: see a housing association through its tenants' eyes.
//!
//! Data flows one way:
//! **load** (read and check journey files, with positions for diagnostics) →
//! **model** (plain typed structs) →
//! **graph** (paths, loops, handoffs, expected contacts) →
//! **rules** (the catalogue that finds moments without attention) and **score** →
//! **output** (terminal diagnostics, JSON, HTML reports, exports).
//! `project` ties a run together; `cli` only parses arguments and prints.

pub mod authoring;
pub mod civil;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod diff;
pub mod evidence;
pub mod fsutil;
pub mod graph;
pub mod i18n;
pub mod load;
pub mod model;
pub mod norms;
pub mod output;
pub mod project;
pub mod report;
pub mod rules;
pub mod schema;
pub mod score;
pub mod serve;
pub mod synthetic;
