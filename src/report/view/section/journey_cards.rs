//! The index's journey cards: lowest attention index first.

use crate::i18n::Locale;
use serde::Serialize;

use crate::report::view::{AttentionView, Figures, JourneyHead, Prepared};

/// A journey on the index page.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyCard {
    /// Title, link and sizes.
    pub journey: JourneyHead,
    /// The language of the card's words (for the verdict's and figures' `lang`).
    pub lang: &'static str,
    /// The language of the journey's own text (its title, organisation): the file's.
    pub text_lang: &'static str,
    /// The attention index.
    pub attention: AttentionView,
    /// The verdict, in the journey's language.
    pub verdict: String,
    /// Figures and counts.
    pub figures: Figures,
}

/// One card per journey, in `order`.
pub(crate) fn build(prepared: &[Prepared<'_>], order: &[usize], lang: Locale) -> Vec<JourneyCard> {
    order
        .iter()
        .map(|&i| &prepared[i])
        .map(|p| JourneyCard {
            journey: p.head(),
            lang: p.lang().code(),
            text_lang: p.j().language.code(),
            attention: p.attention(lang),
            verdict: p.verdict(lang),
            figures: p.figures(lang),
        })
        .collect()
}
