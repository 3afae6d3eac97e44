//! Checks that need the whole journey: ids, references, ranges, shares and the shape of the
//! graph. Each check is its own module and pushes problems; none stops the others.

mod ends;
mod ids;
mod norms;
mod ranges;
mod references;
mod shares;

use crate::i18n::Locale;
use std::sync::Arc;

use super::deserialize::Origins;
use super::problem::Problem;
use super::source::SourceFile;
use crate::model::Journey;

/// What the checks look at: the journey, where its elements sit in the file, and the rule
/// names a silence may use.
pub(super) struct Subject<'a> {
    /// The journey as loaded.
    pub(super) journey: &'a Journey,
    /// File positions of the journey's elements.
    pub(super) origins: &'a Origins,
    /// The file, for pointing at problems.
    pub(super) source: &'a Arc<SourceFile>,
    /// Codes and names of the rules a silence may name.
    pub(super) rule_names: &'a [(&'a str, &'a str)],
    /// The locale problems are worded in.
    pub(super) locale: Locale,
}

/// Runs every check, pushing what each finds.
pub(super) fn journey(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    ids::check(subject, problems);
    // Two touchpoints with one id make the graph ambiguous: the duplicate is the one error,
    // not a follow-on "cannot be reached" for the touchpoint no transition can name.
    let mut seen = std::collections::HashSet::new();
    let duplicated = !subject
        .journey
        .touchpoints
        .iter()
        .all(|t| seen.insert(t.id.as_str()));
    references::check(subject, problems);
    ranges::check(subject, problems);
    shares::check(subject, problems);
    if !duplicated {
        ends::check(subject, problems);
    }
    norms::check(subject, problems);
}
