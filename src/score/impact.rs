//! What a finding means for the organisation in a year: how many tenants meet it, and for
//! failure demand (a repeat pass, a second visit, a chasing call, an escalation) how many
//! contacts it adds and what they cost.
//!
//! Shares alone weigh a complaints route with 212 cases a year like repairs with 18,400; a
//! board needs tenants per year and money. Both come from the journey's volume (stated in the
//! file, or counted in its log) and the association's own unit costs (`[costs]` in
//! `tjm.toml`). Without a volume every figure stays a share of tenants, and says so.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::evidence::{JourneyEvidence, LogVolume};
use crate::graph::JourneyGraph;
use crate::model::{Channel, Journey, TouchpointKind};
use crate::rules::{Analysis, Anchor, Finding, Level};

/// A measured volume this far from the stated one (either way) is a disagreement worth a note.
pub const DISAGREE_RATIO: f64 = 1.5;

/// A moment on a loop needs a solve to know the share who reach it (its expected visits count
/// the tenants who come round again); on a loop of more than this many touchpoints its visits
/// (capped at 1) stand in. The solve covers the loop alone: a solve of the whole journey per
/// moment made the index quadratic (a 2,000-touchpoint journey took 3.5 s in a debug build),
/// and was a tenth of a report's time on journeys of 100 touchpoints.
const EXACT_REACH_LIMIT: usize = 200;

/// The association's own cost of one contact, by channel, and of a visit: `[costs]` in
/// `tjm.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UnitCosts {
    /// ISO 4217 code of the currency the figures are in, e.g. `EUR`.
    pub currency: Option<String>,
    /// Where the figures come from (e.g. "Kostprijsmodel De Linde 2025").
    pub source: Option<String>,
    /// One visit: a touchpoint of kind visit, or on the home-visit or inspection channel
    /// when that channel has no cost of its own.
    pub visit: Option<f64>,
    /// One contact by a channel.
    pub channels: Vec<(Channel, f64)>,
}

impl UnitCosts {
    /// True when any cost is set.
    pub fn any(&self) -> bool {
        self.visit.is_some() || !self.channels.is_empty()
    }

    /// The cost of one pass through a touchpoint: its channel's cost; a visit's when it is a
    /// visit (or a home visit or inspection without a cost of its own); nothing when unknown.
    pub fn of(&self, kind: TouchpointKind, channel: Option<Channel>) -> Option<f64> {
        if let Some((_, cost)) = self.channels.iter().find(|(c, _)| Some(*c) == channel) {
            return Some(*cost);
        }
        let visit_channel = matches!(channel, Some(Channel::HomeVisit | Channel::Inspection));
        if kind == TouchpointKind::Visit || visit_channel {
            return self.visit;
        }
        None
    }
}

/// Where a journey's volume comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VolumeOrigin {
    /// Written in the journey file.
    Stated,
    /// Counted in the journey's own log.
    Measured,
}

/// How many tenants enter a journey per year, and how we know.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JourneyVolume {
    /// Tenants (or cases) per year.
    pub per_year: f64,
    /// Stated or measured.
    pub origin: VolumeOrigin,
    /// The source: the file's, or none for a log (the report names the log itself).
    pub source: Option<String>,
    /// The period: the file's, or the years the log covers.
    pub period: Option<String>,
    /// When measured and the file states one too: the stated figure.
    pub stated: Option<u64>,
    /// The two differ by more than [`DISAGREE_RATIO`] either way.
    pub disagrees: bool,
    /// The journey's log covers only this many weeks: too short to count a year, so the
    /// stated figure stands (and the card says why the log's count is not used).
    pub log_weeks: Option<u32>,
}

/// The journey's volume: counted in its log when the log covers a year or more (cases per
/// year), else as the file states it, else unknown. A shorter log is an extract: its count is
/// not scaled up.
pub fn journey_volume(
    journey: &Journey,
    evidence: Option<&JourneyEvidence>,
) -> Option<JourneyVolume> {
    let stated = journey.volume.as_ref();
    let log = evidence.and_then(|e| e.log_volume().map(|v| (v, e.period())));
    let measured = log.clone().and_then(|(v, period)| match v {
        LogVolume::PerYear(per_year) => Some((per_year, period)),
        LogVolume::Extract { .. } => None,
    });
    let log_weeks = log.and_then(|(v, _)| match v {
        LogVolume::Extract { weeks } => Some(weeks),
        LogVolume::PerYear(_) => None,
    });
    match (measured, stated) {
        (Some((per_year, period)), stated) => {
            let disagrees = stated.is_some_and(|s| {
                let s = s.per_year as f64;
                s <= 0.0 || per_year / s > DISAGREE_RATIO || s / per_year > DISAGREE_RATIO
            });
            Some(JourneyVolume {
                per_year,
                origin: VolumeOrigin::Measured,
                source: None,
                period: Some(period),
                stated: stated.map(|s| s.per_year),
                disagrees,
                log_weeks: None,
            })
        }
        (None, Some(stated)) => Some(JourneyVolume {
            per_year: stated.per_year as f64,
            origin: VolumeOrigin::Stated,
            source: stated.source.clone(),
            period: stated.period.clone(),
            stated: None,
            disagrees: false,
            log_weeks,
        }),
        (None, None) => None,
    }
}

/// What one finding means per tenant who enters the journey, and per year when the volume is
/// known.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct FindingImpact {
    /// The share of tenants who reach the moment (0–1).
    pub reach: f64,
    /// Tenants per year who reach it: volume × reach.
    pub tenants_per_year: Option<f64>,
    /// Avoidable contacts per tenant entering the journey (failure demand; 0 when the rule
    /// causes none the map shows).
    pub avoidable_per_tenant: f64,
    /// Avoidable contacts per year.
    pub avoidable_per_year: Option<f64>,
    /// Their cost per tenant entering, in the unit costs' currency; `None` without costs.
    pub cost_per_tenant: Option<f64>,
    /// Their cost per year.
    pub cost_per_year: Option<f64>,
}

/// The impact of a whole journey.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JourneyImpact {
    /// The volume, when known.
    pub volume: Option<JourneyVolume>,
    /// One entry per finding in `analysis.findings`: `None` for silenced and info findings.
    pub findings: Vec<Option<FindingImpact>>,
    /// The share of tenants who meet at least one moment without attention (0–1).
    pub affected_share: f64,
    /// Tenants per year who meet at least one.
    pub affected_per_year: Option<f64>,
    /// Avoidable contacts per year, all findings.
    pub avoidable_per_year: Option<f64>,
    /// Their cost per year; `None` without a volume or without costs.
    pub cost_per_year: Option<f64>,
}

impl JourneyImpact {
    /// The share of tenants (0–1) who reach at least one touchpoint for which `hit` is true.
    pub fn share_reaching(graph: &JourneyGraph, hit: impl Fn(usize) -> bool) -> f64 {
        reach_any(graph, &hit)
    }
}

/// The share of tenants who reach a touchpoint for which `hit` is true, from the start: one
/// solve (the same as the index's), or the visits summed and capped at 1 if it fails.
fn reach_any(graph: &JourneyGraph, hit: &dyn Fn(usize) -> bool) -> f64 {
    if graph.is_empty() {
        return 0.0;
    }
    let visits = graph.expected_visits();
    let approximate = || {
        (0..graph.len())
            .filter(|&i| hit(i))
            .map(|i| visits.get(i).copied().unwrap_or(0.0))
            .sum::<f64>()
            .min(1.0)
    };
    match graph.try_hit_probabilities(hit) {
        Ok(p) if p[graph.start()].is_finite() => p[graph.start()].clamp(0.0, 1.0),
        _ => approximate(),
    }
}

/// Computes the impact of every active warning and error finding of a journey.
///
/// Failure demand, per rule (the table in `docs/report.md`):
/// - repeat-contact: each pass round the loop repeats the contacts between where it returns
///   and where it leaves (a second appointment call, text and visit);
/// - any other finding, once per moment (its highest-priority one): the escalations that
///   leave that moment (a complaint, a stage 2, the ombudsman), one contact each.
///
/// Waits, bare noes and missing aftercare cause chasing calls only where the map shows them
/// as a loop back or an escalation: tjm counts what the map says, never a guess.
pub fn impact(
    journey: &Journey,
    analysis: &Analysis,
    evidence: Option<&JourneyEvidence>,
    costs: &UnitCosts,
) -> JourneyImpact {
    let graph = &analysis.graph;
    let volume = journey_volume(journey, evidence);
    let per_year = volume.as_ref().map(|v| v.per_year);
    let cost_of = |i: usize| {
        let t = &journey.touchpoints[i];
        costs.of(t.kind, t.channel).unwrap_or(0.0)
    };
    // one finding per moment carries its escalations: the highest priority, not a loop
    let mut carrier: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
    for (k, f) in analysis.findings.iter().enumerate() {
        if !counts(f) || f.rule == "repeat-contact" {
            continue;
        }
        let p = super::priority(journey, analysis, f);
        let slot = carrier.entry(f.anchor.touchpoint()).or_insert((p, k));
        if p > slot.0 {
            *slot = (p, k);
        }
    }
    let loops = graph.loop_components();
    let mut reach_cache: BTreeMap<usize, f64> = BTreeMap::new();
    let findings: Vec<Option<FindingImpact>> = analysis
        .findings
        .iter()
        .enumerate()
        .map(|(k, f)| {
            if !counts(f) {
                return None;
            }
            let t = f.anchor.touchpoint();
            let reach = *reach_cache.entry(t).or_insert_with(|| {
                graph
                    .share_passing(t, &loops, EXACT_REACH_LIMIT)
                    .unwrap_or_else(|| {
                        let visits = graph.expected_visits().get(t).copied();
                        visits.unwrap_or(0.0).min(1.0)
                    })
            });
            let (contacts, cost) = match (f.rule, &f.anchor) {
                ("repeat-contact", Anchor::Transition { index, .. }) => {
                    loop_demand(graph, *index, &cost_of)
                }
                _ if carrier.get(&t).is_some_and(|&(_, c)| c == k) => {
                    escalation_demand(graph, t, &cost_of)
                }
                _ => (0.0, 0.0),
            };
            let cost_per_tenant = costs.any().then_some(cost);
            Some(FindingImpact {
                reach,
                tenants_per_year: per_year.map(|v| v * reach),
                avoidable_per_tenant: contacts,
                avoidable_per_year: per_year.map(|v| v * contacts),
                cost_per_tenant,
                cost_per_year: per_year.zip(cost_per_tenant).map(|(v, c)| v * c),
            })
        })
        .collect();
    let with_findings: Vec<bool> = {
        let mut at = vec![false; journey.touchpoints.len()];
        for f in analysis.findings.iter().filter(|f| counts(f)) {
            if let Some(slot) = at.get_mut(f.anchor.touchpoint()) {
                *slot = true;
            }
        }
        at
    };
    let affected_share = if with_findings.iter().any(|b| *b) {
        reach_any(graph, &|i| with_findings[i])
    } else {
        0.0
    };
    let avoidable: f64 = findings
        .iter()
        .flatten()
        .map(|i| i.avoidable_per_tenant)
        .sum();
    let cost: f64 = findings
        .iter()
        .flatten()
        .filter_map(|i| i.cost_per_tenant)
        .sum();
    JourneyImpact {
        affected_per_year: per_year.map(|v| v * affected_share),
        avoidable_per_year: per_year.map(|v| v * avoidable),
        cost_per_year: per_year.filter(|_| costs.any()).map(|v| v * cost),
        volume,
        findings,
        affected_share,
    }
}

/// Findings that weigh on a board: active warnings and errors.
fn counts(finding: &Finding) -> bool {
    finding.is_active() && finding.level >= Level::Warning
}

/// A loop back: per tenant entering, the passes round it × the contacts (and their cost) on
/// the way from where it returns to where it leaves.
fn loop_demand(
    graph: &JourneyGraph,
    transition: usize,
    cost_of: &dyn Fn(usize) -> f64,
) -> (f64, f64) {
    let Some(step) = graph.steps().find(|s| s.transition == transition) else {
        return (0.0, 0.0);
    };
    let passes = graph.step_traversals(step);
    // the moments on the way round: reached from the loop's target and reaching its source
    let after = graph.reachable_after(step.to);
    let before = graph.reaches_later(|i| i == step.from);
    let on_loop = (0..graph.len())
        .filter(|&i| i == step.to || i == step.from || (after[i] && before[i]))
        .filter(|&i| graph.is_contact(i));
    let (mut contacts, mut cost) = (0.0, 0.0);
    for i in on_loop {
        contacts += 1.0;
        cost += cost_of(i);
    }
    (passes * contacts, passes * cost)
}

/// The escalations leaving a moment: per tenant entering, how often one is taken, each one
/// contact at the moment it leads to.
fn escalation_demand(
    graph: &JourneyGraph,
    touchpoint: usize,
    cost_of: &dyn Fn(usize) -> f64,
) -> (f64, f64) {
    graph
        .steps_from(touchpoint)
        .filter(|s| s.escalation && !s.loop_back)
        .fold((0.0, 0.0), |(contacts, cost), s| {
            let taken = graph.step_traversals(s);
            (contacts + taken, cost + taken * cost_of(s.to))
        })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::rules::analyse;

    use crate::rules::testing::settings_with_only as only;

    fn costs() -> UnitCosts {
        UnitCosts {
            currency: Some("EUR".into()),
            source: None,
            visit: Some(100.0),
            channels: vec![(Channel::Phone, 10.0), (Channel::Sms, 1.0)],
        }
    }

    /// plan (phone) → confirm (sms) → visit (home visit) → 30% part → back to plan; 70% done.
    fn repair(volume: u64) -> Journey {
        let mut j = crate::rules::testing::journey(
            json!([
                {"id": "plan", "channel": "phone"},
                {"id": "confirm", "channel": "sms"},
                {"id": "visit", "kind": "visit", "channel": "home_visit"},
                {"id": "part", "kind": "wait"},
                {"id": "done"}
            ]),
            json!([
                {"from": "plan", "to": "confirm"},
                {"from": "confirm", "to": "visit"},
                {"from": "visit", "to": "part", "share": 30},
                {"from": "visit", "to": "done", "share": 70},
                {"from": "part", "to": "plan", "kind": "loop"}
            ]),
        );
        j.volume = Some(crate::model::Volume {
            per_year: volume,
            source: Some("Repairs system".into()),
            period: Some("2025".into()),
        });
        j
    }

    #[test]
    fn a_loop_costs_its_repeat_pass_per_year() {
        // The loop part → plan is taken 0.3 / 0.7 = 3/7 times per tenant (0.3 + 0.09 + …).
        // One pass repeats plan (phone 10), confirm (sms 1), visit (100): 3 contacts, 111.
        // 7,000 tenants a year: 3,000 passes → 9,000 contacts, 333,000.
        let j = repair(7000);
        let analysis = analyse(&j, &only(&["repeat-contact"]));
        assert_eq!(analysis.findings.len(), 1);
        let impact = impact(&j, &analysis, None, &costs());
        let f = impact.findings[0].unwrap();
        // the loop leaves from "part", which 30% ever reach (the 70% finish for good)
        assert!((f.reach - 0.3).abs() < 1e-9, "{f:?}");
        assert!(
            (f.avoidable_per_year.unwrap() - 9000.0).abs() < 1e-6,
            "{f:?}"
        );
        assert!((f.cost_per_year.unwrap() - 333_000.0).abs() < 1e-6, "{f:?}");
        assert!((impact.cost_per_year.unwrap() - 333_000.0).abs() < 1e-6);
        assert!((impact.affected_per_year.unwrap() - 2100.0).abs() < 1e-6);
    }

    #[test]
    fn tenants_per_year_are_volume_times_the_share_who_reach_the_moment() {
        // a → b 40% (b asks the address first), a → c 60%. 5,000 a year: 2,000 reach b.
        let mut j = crate::rules::testing::journey(
            json!([
                {"id": "a"},
                {"id": "b", "channel": "phone", "attention": {"own_question_asked": false}},
                {"id": "c"}
            ]),
            json!([{"from": "a", "to": "b", "share": 40}, {"from": "a", "to": "c", "share": 60}]),
        );
        j.volume = Some(crate::model::Volume {
            per_year: 5000,
            source: None,
            period: None,
        });
        let analysis = analyse(&j, &only(&["procedure-first"]));
        let impact = impact(&j, &analysis, None, &UnitCosts::default());
        let f = impact.findings[0].unwrap();
        assert!((f.tenants_per_year.unwrap() - 2000.0).abs() < 1e-9);
        assert_eq!(
            f.avoidable_per_tenant, 0.0,
            "asking the address first adds no contact"
        );
        assert_eq!(f.cost_per_year, None, "no unit costs: no money figure");
        assert_eq!(impact.cost_per_year, None);
        assert!((impact.affected_share - 0.4).abs() < 1e-9);
    }

    #[test]
    fn an_escalation_counts_once_on_the_moment_it_leaves() {
        // no (a bare no, also asking the address first) → complaint (phone) 25% escalation,
        // → end 75%. 1,000 a year: 250 complaints at 10 = 2,500, on one finding only.
        let mut j = crate::rules::testing::journey(
            json!([
                {"id": "no", "refusal": true, "attention": {"own_question_asked": false}},
                {"id": "complaint", "channel": "phone"},
                {"id": "end"}
            ]),
            json!([
                {"from": "no", "to": "complaint", "share": 25, "kind": "escalation"},
                {"from": "no", "to": "end", "share": 75}
            ]),
        );
        j.volume = Some(crate::model::Volume {
            per_year: 1000,
            source: None,
            period: None,
        });
        let analysis = analyse(&j, &only(&["bare-no", "procedure-first"]));
        assert_eq!(analysis.findings.len(), 2);
        let impact = impact(&j, &analysis, None, &costs());
        let contacts: Vec<f64> = impact
            .findings
            .iter()
            .map(|f| f.unwrap().avoidable_per_year.unwrap())
            .collect();
        assert!(
            (contacts.iter().sum::<f64>() - 250.0).abs() < 1e-9,
            "{contacts:?}"
        );
        assert!(contacts.contains(&0.0), "{contacts:?}");
        assert!((impact.cost_per_year.unwrap() - 2500.0).abs() < 1e-9);
    }

    #[test]
    fn without_a_volume_figures_stay_shares() {
        let mut j = repair(1);
        j.volume = None;
        let analysis = analyse(&j, &only(&["repeat-contact"]));
        let impact = impact(&j, &analysis, None, &costs());
        let f = impact.findings[0].unwrap();
        assert_eq!(f.tenants_per_year, None);
        assert!((f.avoidable_per_tenant - 9.0 / 7.0).abs() < 1e-9);
        assert!((f.cost_per_tenant.unwrap() - 333.0 / 7.0).abs() < 1e-9);
        assert_eq!(impact.affected_per_year, None);
        assert_eq!(impact.cost_per_year, None);
    }

    #[test]
    fn a_visit_costs_a_visit_unless_its_channel_has_its_own_cost() {
        let mut c = costs();
        assert_eq!(c.of(TouchpointKind::Visit, None), Some(100.0));
        assert_eq!(
            c.of(TouchpointKind::Contact, Some(Channel::Inspection)),
            Some(100.0)
        );
        assert_eq!(c.of(TouchpointKind::Contact, Some(Channel::Letter)), None);
        c.channels.push((Channel::Inspection, 80.0));
        assert_eq!(
            c.of(TouchpointKind::Visit, Some(Channel::Inspection)),
            Some(80.0)
        );
    }

    #[test]
    fn a_log_of_a_year_counts_the_volume_and_a_strong_disagreement_is_flagged() {
        const DAY_MS: i64 = 86_400_000;
        let j = repair(18_400);
        // `cases` cases from day 0 to day `days`
        let measured = |cases: u64, days: i64| JourneyEvidence {
            figures: crate::evidence::compare::JourneyFigures {
                cases,
                touchpoints: Vec::new(),
                transitions: Vec::new(),
                unmapped_moves: Vec::new(),
                main_path: Vec::new(),
                not_on_map: Vec::new(),
                contradictions: Vec::new(),
            },
            years: Some((2025, 2025)),
            emotions: Vec::new(),
            span: Some((0, days * DAY_MS)),
        };
        // 1,800 cases over 2025 (first to last event 360 days): measured, ten times off 18,400
        let v = journey_volume(&j, Some(&measured(1800, 360))).unwrap();
        assert_eq!(v.origin, VolumeOrigin::Measured);
        assert!((v.per_year - 1800.0).abs() < 1e-9);
        assert_eq!(
            (v.stated, v.disagrees, v.log_weeks),
            (Some(18_400), true, None)
        );
        // 30,000 over two years (730.5 days): 15,000 a year, within 1.5× of 18,400
        let v = journey_volume(&j, Some(&measured(30_000, 730))).unwrap();
        assert!((v.per_year - 30_000.0 / (730.0 / 365.25)).abs() < 1e-6);
        assert!(!v.disagrees);
        // a six-week extract is not scaled up: the file's figure stands, and why is kept
        let v = journey_volume(&j, Some(&measured(1800, 42))).unwrap();
        assert_eq!(v.origin, VolumeOrigin::Stated);
        assert!((v.per_year - 18_400.0).abs() < 1e-9);
        assert_eq!(v.log_weeks, Some(6));
        // a log of 5 cases says nothing: the file's figure stands, with no note
        let v = journey_volume(&j, Some(&measured(5, 360))).unwrap();
        assert_eq!(v.origin, VolumeOrigin::Stated);
        assert_eq!(v.source.as_deref(), Some("Repairs system"));
        assert_eq!(v.log_weeks, None);
    }
}
