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
mod stream;
pub mod terminal;
pub mod xlsx;

use std::borrow::Cow;

use crate::i18n::Locale;
use crate::model::{Journey, Touchpoint};

/// The name of the actor serving the tenant at `touchpoint`, as every export shows it: the
/// actor's name, its id when the journey does not list it, or "unknown" in `locale` when the
/// file leaves it unknown.
pub(crate) fn actor_name<'a>(
    journey: &'a Journey,
    touchpoint: &'a Touchpoint,
    locale: Locale,
) -> Cow<'a, str> {
    match touchpoint.known_actor() {
        Some(id) => Cow::Borrowed(
            journey
                .actors
                .iter()
                .find(|a| a.id == id)
                .map_or(id, |a| a.name.as_str()),
        ),
        None => Cow::Owned(crate::i18n::text(locale, "actor-unknown")),
    }
}
