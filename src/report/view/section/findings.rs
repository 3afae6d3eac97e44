//! "All moments without attention": the active findings grouped by stage, and the silenced
//! ones with their reasons.

use serde::Serialize;

use crate::report::view::{FindingView, Prepared};

/// The findings of one stage.
#[derive(Debug, Clone, Serialize)]
pub struct StageFindings {
    /// Stage title.
    pub stage: String,
    /// Its findings, in journey order.
    pub findings: Vec<FindingView>,
}

/// The findings section's data.
pub(crate) struct Findings {
    /// Active findings by stage.
    pub(crate) by_stage: Vec<StageFindings>,
    /// Number of active findings.
    pub(crate) count: usize,
    /// Silenced findings.
    pub(crate) silenced: Vec<FindingView>,
}

/// Findings by stage, in journey order (the analysis already sorts them so).
pub(crate) fn build(
    prepared: &Prepared<'_>,
    impact: &crate::score::impact::JourneyImpact,
) -> Findings {
    let lang = prepared.lang();
    let mut by_stage: Vec<StageFindings> = Vec::new();
    let mut silenced = Vec::new();
    let mut count = 0;
    for (index, finding) in prepared.journey.analysis.findings.iter().enumerate() {
        let mut view = prepared.finding_view(index, finding, lang);
        view.tenants = super::fix_first::tenants_a_year(impact, index, lang);
        if !finding.is_active() {
            silenced.push(view);
            continue;
        }
        count += 1;
        match by_stage.last_mut() {
            Some(group) if group.stage == view.stage => group.findings.push(view),
            _ => by_stage.push(StageFindings {
                stage: view.stage.clone(),
                findings: vec![view],
            }),
        }
    }
    Findings {
        by_stage,
        count,
        silenced,
    }
}
