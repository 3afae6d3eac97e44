//! tjm's integration tests: one binary (fast to link), one module per feature, each with its
//! fixtures in `tests/fixtures/<module>/`.

mod support;

mod absent;
mod board;
mod check;
mod cli;
mod conventions;
mod diff;
mod evidence;
mod export;
mod fmt;
mod init;
mod load_errors;
mod locale;
mod new;
mod norms;
mod provenance;
mod report;
mod report_words;
mod robustness_files;
mod robustness_graph;
mod rules_catalogue;
mod schema;
mod semantics;
mod serve;
mod strings;
mod theme;
mod unknowns;
mod xlsx;
