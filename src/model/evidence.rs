//! Evidence: what makes a journey map more than opinion.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A tenant quote, survey grade or count that backs up what the map says about a touchpoint.
/// Quotes may hold personal data: tjm never logs or sends them anywhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The touchpoint this is about (a touchpoint `id`); leave out for the journey as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<String>,
    /// What kind of evidence this is.
    pub kind: EvidenceKind,
    /// The quote or a description of the finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where it comes from (e.g. "KWH-meting 2025", "klantpanel maart").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Who says a quote's words; the report shows only a `tenant`'s as the tenant's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// When it was gathered (e.g. "2025-03").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// A survey grade on the Dutch 1–10 scale (Aedes benchmark, KWH).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1.0, max = 10.0))]
    pub grade: Option<f64>,
    /// Percentage of respondents satisfied (UK Tenant Satisfaction Measures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0.0, max = 100.0))]
    pub percent_satisfied: Option<f64>,
    /// A count from contact logs or case files (e.g. repeat calls per month).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// How many tenants answered or were counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondents: Option<u64>,
}

/// The kind of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceKind {
    /// What a tenant said (citaat).
    #[serde(alias = "citaat")]
    Quote,
    /// A survey result (enquête).
    #[serde(alias = "enquete")]
    Survey,
    /// A count from contact logs or case files (telling).
    #[serde(alias = "telling")]
    Count,
    /// Something seen by staff or a researcher (observatie).
    #[serde(alias = "observatie")]
    Observation,
}

/// Who says the words of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    /// A tenant, or someone in the tenant's household (huurder).
    #[serde(alias = "huurder")]
    Tenant,
    /// A member of staff of the association or a contractor (medewerker).
    #[serde(alias = "medewerker")]
    Staff,
    /// Someone else: a relative, a reader, a researcher (anders).
    #[serde(alias = "anders")]
    Other,
}

/// Which events of a contact or case log are this touchpoint, so `tjm evidence` can measure
/// the journey as tenants went through it: an event is this touchpoint when its activity is
/// one of `activity` and, where given, its channel and direction match too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceMatch {
    /// The activity names in the log (e.g. "Klant belt opnieuw"), compared without case.
    #[schemars(length(min = 1))]
    pub activity: Vec<String>,
    /// Only events through this channel (the log's VERA `kanaal`, e.g. `TEL` for phone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<crate::model::Channel>,
    /// Only inbound or only outbound events (the log's VERA `richting`, `INK`/`UIT`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<crate::model::Direction>,
}
