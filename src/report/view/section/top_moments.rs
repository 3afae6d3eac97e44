//! The index's "moments that matter most": the ten highest-priority moments across all
//! journeys, each once (by its highest-priority finding).

use crate::i18n::Locale;
use serde::Serialize;

use crate::report::i18n;
use crate::report::view::head::short_title;
use crate::report::view::{FindingView, Prepared};
use crate::rules::Finding;
use crate::score;

/// One of the moments that matter most.
#[derive(Debug, Clone, Serialize)]
pub struct MomentView {
    /// 1–10.
    pub rank: usize,
    /// The journey's title.
    pub journey: String,
    /// The journey's short title.
    pub journey_short: String,
    /// The language the finding is worded in: the index's.
    pub lang: &'static str,
    /// The language of the journey's own text (titles, stages): the file's, whatever the
    /// report's language, so a Dutch title on an English page hyphenates as Dutch.
    pub text_lang: &'static str,
    /// Link to the finding on the journey page.
    pub href: String,
    /// The finding.
    pub finding: FindingView,
    /// How many tenants pass the moment.
    pub reach: String,
    /// How many tenants a year reach it, when the journey's volume is known.
    pub tenants: Option<String>,
}

/// By priority, ties in journey order.
pub(crate) fn build(
    prepared: &[Prepared<'_>],
    boards: &[super::board_summary::JourneyBoard],
    lang: Locale,
) -> Vec<MomentView> {
    let mut ranked: Vec<(f64, usize, usize, &Finding)> = Vec::new();
    for (jn, p) in prepared.iter().enumerate() {
        for (k, moment) in score::ranking(p.j(), &p.journey.analysis)
            .into_iter()
            .enumerate()
        {
            ranked.push((moment.priority, jn, k, moment.finding));
        }
    }
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    // a moment with two findings is one moment: its highest-priority finding stands for it
    let mut seen = std::collections::HashSet::new();
    ranked
        .into_iter()
        .filter(|(_, jn, _, finding)| seen.insert((*jn, finding.anchor.touchpoint())))
        .take(10)
        .enumerate()
        .map(|(rank, (_, jn, _, finding))| {
            let p = &prepared[jn];
            let k = p.index_of(finding);
            let view = p.finding_view(k, finding, lang);
            let tenants = boards
                .get(jn)
                .and_then(|b| b.impact.findings.get(k).copied().flatten())
                .and_then(|f| f.tenants_per_year)
                .map(|t| {
                    crate::i18n::message(
                        lang,
                        "board-moment-tenants",
                        &crate::i18n::Args::new()
                            .text("tenants", super::board_summary::people(t, lang)),
                    )
                });
            let touchpoint = finding.anchor.touchpoint();
            let visits = p
                .journey
                .analysis
                .graph
                .expected_visits()
                .get(touchpoint)
                .copied()
                .unwrap_or(0.0);
            MomentView {
                rank: rank + 1,
                journey: p.j().title.clone(),
                journey_short: short_title(&p.j().title),
                // the finding is worded in the index's language, whatever the journey's
                lang: lang.code(),
                text_lang: p.j().language.code(),
                href: format!("{}#{}", p.href, view.id),
                finding: view,
                reach: i18n::moment_reach(visits, lang),
                tenants,
            }
        })
        .collect()
}
