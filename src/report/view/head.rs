//! What the journey page's header and the index's journey cards share: the journey's
//! heading, its attention index and its key figures.

use crate::i18n::Locale;
use serde::Serialize;

use crate::report::charts;
use crate::report::i18n;

/// A journey's heading data.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyHead {
    /// The journey's id.
    pub id: String,
    /// The page's file name, e.g. `reparatieverzoek.html`.
    pub href: String,
    /// The title.
    pub title: String,
    /// The part of the title before a colon: for narrow places such as table headers.
    pub short_title: String,
    /// The housing association.
    pub organisation: Option<String>,
    /// What the journey is about.
    pub description: Option<String>,
    /// Number of touchpoints.
    pub touchpoints: usize,
    /// Number of stages.
    pub stages: usize,
}

/// The attention index.
#[derive(Debug, Clone, Serialize)]
pub struct AttentionView {
    /// 0–100.
    pub index: u8,
    /// `good` (80+), `fair` (60–79) or `poor`: a CSS class suffix.
    pub band: &'static str,
    /// The band in words.
    pub band_label: &'static str,
    /// What the number means, one line.
    pub explanation: String,
    /// A small gauge (decorative, `aria-hidden`); markup, use `| safe`.
    pub gauge_svg: String,
}

/// Figures per tenant and counts of findings.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// Expected contacts per tenant, formatted ("7,8").
    pub contacts: String,
    /// Expected handoffs per tenant, formatted.
    pub handoffs: String,
    /// Active error-level findings.
    pub errors: usize,
    /// Active warning-level findings.
    pub warnings: usize,
    /// Active info-level findings.
    pub infos: usize,
    /// Silenced findings.
    pub silenced: usize,
    /// The share of tenants on the main path, formatted ("56%").
    pub main_path_share: String,
}

/// The title up to a colon, for narrow places.
pub(crate) fn short_title(title: &str) -> String {
    match title.split_once(':') {
        Some((head, _)) if !head.trim().is_empty() => head.trim().to_owned(),
        _ => title.to_owned(),
    }
}

pub(crate) fn attention_view(index: u8, lang: Locale) -> AttentionView {
    let (band, band_label) = i18n::attention_band(index, lang);
    AttentionView {
        index,
        band,
        band_label,
        explanation: i18n::attention_explanation(index, lang),
        gauge_svg: charts::gauge(index, band, band_label),
    }
}
