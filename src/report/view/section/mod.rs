//! The sections of the pages, one module each, with one partial each of the same name in
//! `templates/partials/` (`fix_first.rs` ↔ `partials/fix_first.html`).
//!
//! A section module holds its view structs and one `build` function from the
//! [`Prepared`](super::Prepared) journey (or the whole report, for index sections). To add a
//! section: a module here, a partial, its strings, a field on the page's view, and one
//! `{% include %}` in the page's template.

pub mod board_summary;
pub mod changes;
pub mod evidence;
pub mod findings;
pub mod fix_first;
pub mod good_practice;
pub mod graph;
pub mod heatmap;
pub mod journey_cards;
pub mod journey_map;
pub mod measured;
pub mod personas;
pub mod top_moments;
