//! The index page (`index.html`): a card per journey, what changed, the moments that matter
//! most and the rules × journeys table.

use crate::i18n::Locale;
use serde::Serialize;

use super::section::board_summary::{self, BoardSummary};
use super::section::changes::{self, IndexChangeRow, IndexChanges};
use super::section::heatmap::{self, Heatmap};
use super::section::journey_cards::{self, JourneyCard};
use super::section::top_moments::{self, MomentView};
use super::{Base, Prepared};
use crate::project::Project;
use crate::report::i18n;
use crate::rules::Level;

/// The context of `index.html`.
#[derive(Debug, Clone, Serialize)]
pub struct IndexPage<'a> {
    /// Language, strings, stylesheet and links.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The organisations the journeys belong to, in order of appearance.
    pub organisations: Vec<String>,
    /// "6 journeys · 16 errors · 29 warnings".
    pub summary: String,
    /// The board summary: three fixes, the worst journey, the change since the baseline.
    pub board: BoardSummary,
    /// One card per journey, lowest attention index first (ties in input order).
    pub journeys: Vec<JourneyCard>,
    /// The ten moments that matter most across all journeys.
    pub top_moments: Vec<MomentView>,
    /// Rules × journeys counts.
    pub heatmap: Heatmap,
    /// What changed since the baseline, when the report has one.
    pub changes: Option<IndexChanges>,
}

/// Builds the context of the index page.
pub(crate) fn index_page<'a>(
    project: &Project,
    prepared: &[Prepared<'_>],
    boards: &[board_summary::JourneyBoard],
    lang: Locale,
    css: &'a str,
    baseline: Option<&crate::diff::ProjectDiff>,
    options: &crate::report::ReportOptions,
) -> IndexPage<'a> {
    let costs = &options.costs;
    let trend = options.trend.as_ref();
    let mut organisations: Vec<String> = Vec::new();
    for p in prepared {
        if let Some(org) = &p.j().organisation {
            if !organisations.contains(org) {
                organisations.push(org.clone());
            }
        }
    }
    // worst first: where the organisation fails its tenants most; ties keep input order
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    order.sort_by_key(|&i| prepared[i].journey.attention_index);

    let mut summary = vec![
        i18n::journeys_count(prepared.len(), lang),
        i18n::count_of(project.count(Level::Error), Level::Error, lang),
        i18n::count_of(project.count(Level::Warning), Level::Warning, lang),
    ];
    let infos = project.count(Level::Info);
    if infos > 0 {
        summary.push(i18n::count_of(infos, Level::Info, lang));
    }
    IndexPage {
        base: Base::new(lang, css, "index"),
        organisations,
        summary: summary.join(" · "),
        board: board_summary::build(prepared, boards, &order, costs, trend, lang),
        journeys: journey_cards::build(prepared, boards, &order, costs, trend, lang),
        top_moments: top_moments::build(prepared, boards, lang),
        heatmap: heatmap::build(prepared, &order, lang),
        changes: baseline.map(|diff| IndexChanges {
            rows: order
                .iter()
                .map(|&i| &prepared[i])
                .map(|p| IndexChangeRow {
                    journey: p.head(),
                    lang: p.lang().code(),
                    changes: changes::build(
                        diff.journeys.iter().find(|d| d.id == p.j().id),
                        p.journey.attention_index,
                        p.lang(),
                    ),
                })
                .collect(),
            removed: diff
                .removed_journeys
                .iter()
                .map(|j| j.title.clone())
                .collect(),
        }),
    }
}
