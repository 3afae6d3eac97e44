//! The journey page (`journey.html`): the header, then one section after another.

use serde::Serialize;

use super::section::changes::{self, ChangesView};
use super::section::evidence::EvidenceView;
use super::section::findings::StageFindings;
use super::section::fix_first::FixView;
use super::section::good_practice::GoodView;
use super::section::graph::GraphView;
use super::section::journey_map::JourneyMapView;
use super::section::measured::{self, MeasuredView};
use super::section::personas::PersonaView;
use super::section::{evidence, findings, fix_first, good_practice, graph, journey_map, personas};
use super::{AttentionView, Base, Figures, FindingView, JourneyHead, Prepared};

/// The context of `journey.html`.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyPage<'a> {
    /// Language, strings, stylesheet and links.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// Title, organisation, description.
    pub journey: JourneyHead,
    /// The example tenants.
    pub personas: Vec<PersonaView>,
    /// The one-line verdict: "7 moments without attention, 3 of them moments that matter".
    pub verdict: String,
    /// The attention index with its explanation.
    pub attention: AttentionView,
    /// Expected contacts and handoffs, counts of findings.
    pub figures: Figures,
    /// The top three of the ranking, with the tenant's side and the rule's advice.
    pub fix_first: Vec<FixView>,
    /// Touchpoints with good practice.
    pub good_practice: Vec<GoodView>,
    /// The journey map: stages × lanes, with the emotion curve in the same columns.
    pub map: JourneyMapView,
    /// The journey graph.
    pub graph: GraphView,
    /// Active findings grouped by stage.
    pub findings: Vec<StageFindings>,
    /// Number of active findings.
    pub findings_count: usize,
    /// Silenced findings with their reasons.
    pub silenced: Vec<FindingView>,
    /// Quotes and figures backing up the map.
    pub evidence: EvidenceView,
    /// The journey's own log beside the map, when it has one.
    pub measured: Option<MeasuredView>,
    /// What changed since the baseline, when the report has one.
    pub changes: Option<ChangesView>,
}

/// Builds the context of one journey page.
pub(crate) fn journey_page<'a>(
    prepared: &Prepared<'_>,
    impact: &crate::score::impact::JourneyImpact,
    css: &'a str,
    baseline: Option<&crate::diff::ProjectDiff>,
) -> JourneyPage<'a> {
    let lang = prepared.lang();
    let j = prepared.j();
    let found = findings::build(prepared, impact);
    JourneyPage {
        base: Base::new(lang, css, "journey"),
        journey: prepared.head(),
        personas: personas::build(prepared),
        verdict: prepared.verdict(lang),
        attention: prepared.attention(lang),
        figures: prepared.figures(lang),
        fix_first: fix_first::build(prepared, impact),
        good_practice: good_practice::build(prepared),
        map: journey_map::build(prepared),
        graph: graph::build(prepared),
        findings: found.by_stage,
        findings_count: found.count,
        silenced: found.silenced,
        evidence: evidence::build(prepared),
        measured: measured::build(prepared),
        changes: baseline.map(|diff| {
            let own = diff.journeys.iter().find(|d| d.id == j.id);
            changes::build(own, prepared.journey.attention_index, lang)
        }),
    }
}
