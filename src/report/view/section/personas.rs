//! "Who goes through this journey": the persona cards in the journey page's header.

use serde::Serialize;

use crate::report::i18n;
use crate::report::view::Prepared;

/// An example tenant.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaView {
    /// Name.
    pub name: String,
    /// "68 years" / "68 jaar".
    pub age: Option<String>,
    /// Who they are.
    pub description: Option<String>,
    /// What they want, in their words.
    pub goal: Option<String>,
}

/// The journey's personas, in file order.
pub(crate) fn build(prepared: &Prepared<'_>) -> Vec<PersonaView> {
    let lang = prepared.lang();
    prepared
        .j()
        .personas
        .iter()
        .map(|p| PersonaView {
            name: p.name.clone(),
            age: p.age.map(|a| i18n::age(a, lang)),
            description: p.description.clone(),
            goal: p.goal.clone(),
        })
        .collect()
}
