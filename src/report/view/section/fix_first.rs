//! "Fix these first": the top three moments of the ranking, with the tenant's side and the
//! rule's advice.

use serde::Serialize;

use crate::model::{EvidenceKind, Journey};
use crate::report::view::{FindingView, Prepared};
use crate::report::{i18n, markdown};
use crate::score;

/// One of the "fix these first".
#[derive(Debug, Clone, Serialize)]
pub struct FixView {
    /// 1, 2 or 3.
    pub rank: usize,
    /// The finding.
    pub finding: FindingView,
    /// How many tenants pass the moment ("56% of tenants").
    pub reach: String,
    /// How many tenants a year reach it, when the journey's volume is known.
    pub tenants: Option<String>,
    /// True for a milestone or high-importance touchpoint.
    pub matters: bool,
    /// The tenant's side: a quote from the evidence, else the emotion note.
    pub voice: Option<VoiceView>,
    /// The rule's "Why this hurts tenants", first paragraph, as HTML (`| safe`).
    pub why_html: String,
    /// The rule's "What good looks like", first paragraph, as HTML (`| safe`).
    pub good_html: String,
}

/// Something a tenant said.
#[derive(Debug, Clone, Serialize)]
pub struct VoiceView {
    /// The words.
    pub text: String,
    /// Where they come from ("Klantpanel, 2025-03"), if known.
    pub attribution: Option<String>,
    /// `quote` (from the evidence) or `note` (the emotion note).
    pub kind: &'static str,
}

/// The top three moments; a touchpoint with two findings is one thing to fix.
pub(crate) fn build(
    prepared: &Prepared<'_>,
    impact: &score::impact::JourneyImpact,
) -> Vec<FixView> {
    let lang = prepared.lang();
    let j = prepared.j();
    let analysis = &prepared.journey.analysis;
    let visits = analysis.graph.expected_visits();
    let mut seen = std::collections::HashSet::new();
    score::ranking(j, analysis)
        .into_iter()
        .filter(|moment| seen.insert(moment.finding.anchor.touchpoint()))
        .take(3)
        .enumerate()
        .map(|(rank, moment)| {
            let finding = moment.finding;
            let touchpoint = finding.anchor.touchpoint();
            let tp = &j.touchpoints[touchpoint];
            // the explanation that fits the moment: bad news is not explained as good news,
            // a debt-help intake not with a broken appliance
            let news = match finding.args.get("news") {
                Some(crate::i18n::Arg::Key(news)) => Some(*news),
                _ => None,
            };
            let situations = markdown::situations(j, touchpoint, news);
            let (why_html, good_html) = crate::rules::find_rule(finding.rule)
                .map(|rule| {
                    markdown::why_and_good_in(
                        rule.docs(lang.language()),
                        lang.language(),
                        &situations,
                    )
                })
                .unwrap_or_default();
            let k = prepared.index_of(finding);
            let tenants = tenants_a_year(impact, k, lang);
            FixView {
                rank: rank + 1,
                finding: prepared.finding_view(k, finding, lang),
                tenants,
                reach: i18n::moment_reach(visits.get(touchpoint).copied().unwrap_or(0.0), lang),
                matters: crate::model::matters(tp),
                voice: voice(j, touchpoint),
                why_html,
                good_html,
            }
        })
        .collect()
}

/// The tenant's side of a moment: the first quote about it, else the emotion note.
fn voice(j: &Journey, touchpoint: usize) -> Option<VoiceView> {
    let id = &j.touchpoints[touchpoint].id;
    // only a tenant's own words are the tenant's side; a staff member's are not
    let quote = j.evidence.iter().find(|e| {
        e.kind == EvidenceKind::Quote
            && e.speaker == Some(crate::model::Speaker::Tenant)
            && e.touchpoint.as_deref() == Some(id.as_str())
            && e.text.as_deref().is_some_and(|t| !t.trim().is_empty())
    });
    if let Some(quote) = quote {
        let attribution = match (&quote.source, &quote.date) {
            (Some(s), Some(d)) => Some(format!("{s}, {d}")),
            (Some(s), None) => Some(s.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => None,
        };
        return Some(VoiceView {
            text: quote.text.clone().unwrap_or_default(),
            attribution,
            kind: "quote",
        });
    }
    j.touchpoints[touchpoint]
        .emotion
        .as_ref()
        .and_then(|e| e.note.clone())
        .filter(|note| !note.trim().is_empty())
        .map(|text| VoiceView {
            text,
            attribution: None,
            kind: "note",
        })
}

/// "about 5,500 tenants a year" for finding `k`, when the journey's volume is known.
pub(crate) fn tenants_a_year(
    impact: &score::impact::JourneyImpact,
    k: usize,
    lang: crate::i18n::Locale,
) -> Option<String> {
    impact
        .findings
        .get(k)
        .copied()
        .flatten()
        .and_then(|f| f.tenants_per_year)
        .map(|t| {
            crate::i18n::message(
                lang,
                "board-moment-tenants",
                &crate::i18n::Args::new().text("tenants", super::board_summary::people(t, lang)),
            )
        })
}
