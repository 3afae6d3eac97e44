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
use super::{AttentionView, Base, Detail, Figures, FindingView, JourneyHead, Prepared, ThemeData};

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
    /// Active findings grouped by stage (for a theme's own templates; the built-in ones show
    /// `findings_html`).
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub findings: ThemeData<Vec<StageFindings>>,
    /// Number of active findings.
    pub findings_count: usize,
    /// Silenced findings with their reasons (as `findings`).
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub silenced: ThemeData<Vec<FindingView>>,
    /// Both lists as markup: the stages' headings and findings, then the silenced ones, or
    /// the all-clear line; use `| safe`.
    pub findings_html: String,
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
    detail: Detail,
) -> JourneyPage<'a> {
    let lang = prepared.lang();
    let j = prepared.j();
    let found = findings::build(prepared, impact);
    let findings_html = crate::report::markup::finding::list(
        &found.by_stage,
        &found.silenced,
        crate::report::i18n::texts(lang),
        (lang.code() != j.language.code()).then_some(j.language.code()),
    );
    let mut findings = ThemeData::new(found.by_stage);
    findings.show_for(detail);
    let mut silenced = ThemeData::new(found.silenced);
    silenced.show_for(detail);
    let mut map = journey_map::build(prepared);
    map.rows.show_for(detail);
    let mut graph = graph::build(prepared, detail);
    graph.transitions.show_for(detail);
    graph.table.rows.show_for(detail);
    let mut evidence = evidence::build(prepared);
    evidence.table.rows.show_for(detail);
    evidence.quotes.show_for(detail);
    evidence.other_quotes.show_for(detail);
    evidence.figures.show_for(detail);
    let mut measured = measured::build(prepared);
    if let Some(m) = &mut measured {
        m.shares.rows.show_for(detail);
        m.waits.rows.show_for(detail);
        if let Some(t) = &mut m.not_on_map {
            t.rows.show_for(detail);
        }
    }
    JourneyPage {
        base: Base::new(lang, css, "journey"),
        journey: prepared.head(),
        personas: personas::build(prepared),
        verdict: prepared.verdict(lang),
        attention: prepared.attention(lang),
        figures: prepared.figures(lang),
        fix_first: fix_first::build(prepared, impact),
        good_practice: good_practice::build(prepared),
        map,
        graph,
        findings,
        findings_count: found.count,
        silenced,
        findings_html,
        evidence,
        measured,
        changes: baseline.map(|diff| {
            let own = diff.journeys.iter().find(|d| d.id == j.id);
            changes::build(own, prepared.journey.attention_index, lang)
        }),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::config::Config;
    use crate::project::Project;
    use crate::score::impact::{UnitCosts, impact};

    #[test]
    fn the_builtin_templates_get_the_markup_and_a_themes_own_get_the_data_too() {
        // The complaint journey has a log (measured tables), findings and a map; its data
        // behind markup is in the context only for a theme's own templates.
        let project = Project::open(
            &[PathBuf::from("journeys/klacht.json")],
            &Config::default(),
            None,
        );
        let journey = &project.journeys[0];
        let prepared = Prepared::new(journey, "klacht.html".into());
        let figures = impact(
            prepared.j(),
            &journey.analysis,
            journey.evidence.as_ref(),
            &UnitCosts::default(),
        );
        let steps = journey.analysis.graph.steps().count();
        for (detail, data) in [(Detail::Markup, false), (Detail::Full, true)] {
            let page = journey_page(&prepared, &figures, "", None, detail);
            let value = serde_json::to_value(&page).unwrap();
            let has = |pointer: &str| value.pointer(pointer).is_some();
            assert_eq!(has("/map/rows"), data, "{detail:?}");
            assert_eq!(has("/findings"), data, "{detail:?}");
            assert_eq!(has("/silenced"), data, "{detail:?}");
            assert_eq!(has("/graph/transitions"), data, "{detail:?}");
            assert_eq!(has("/graph/table/rows"), data, "{detail:?}");
            assert_eq!(has("/evidence/quotes"), data, "{detail:?}");
            assert_eq!(has("/evidence/figures"), data, "{detail:?}");
            assert_eq!(has("/measured/shares/rows"), data, "{detail:?}");
            // the markup and the counts templates test are always there
            let grid = value["map"]["grid_html"].as_str().unwrap();
            assert!(grid.starts_with("<div class=\"jm\">\n<div class=\"jm-row\">"));
            assert!(grid.contains("id=\"moment-1\""));
            let findings = value["findings_html"].as_str().unwrap();
            assert!(findings.contains("id=\"finding-1\""), "{findings}");
            assert_eq!(value["graph"]["table"]["row_count"], steps);
            assert!(value["measured"]["shares"]["row_count"].as_u64().unwrap() > 0);
        }
    }
}
