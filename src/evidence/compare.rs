//! The designed journey against the measured one: per transition the stated and the measured
//! share, per touchpoint the stated and the measured wait, and where they contradict each
//! other enough to say so: a share more than 10 points off, a wait more than 1.5 times or less
//! than two-thirds of what the map says, a loop tenants take that the map lacks, a touchpoint
//! no case reaches. Figures from fewer than ten cases are never a contradiction.

use crate::graph::JourneyGraph;
use std::collections::HashMap;

use crate::model::{Journey, Touchpoint, TouchpointKind};
use crate::norms::{NormKind, Norms};

use super::figure::shown;
use super::onto_journey::JourneyParts;

const DAY_MS: f64 = 86_400_000.0;

/// Share gaps above this (0–1) contradict the map.
pub const SHARE_GAP: f64 = 0.10;
/// Measured waits above this multiple of the stated one contradict the map.
pub const WAIT_ABOVE: f64 = 1.5;
/// Measured waits below this multiple of the stated one contradict the map.
pub const WAIT_BELOW: f64 = 0.67;
/// A loop the map lacks counts when at least this share of tenants at the touchpoint take it.
pub const LOOP_SHARE: f64 = 0.05;

/// What a wait before a touchpoint is judged by, as the long-wait rule judges a stated one: a
/// named deadline the touchpoint gives (`norm`: the association's own stricter term when
/// `tjm.toml` sets one, else the law's), otherwise the configured longest wait for its kind.
/// The rules fill it from the run's settings (`rules::long_wait::wait_norms`), so measured and
/// stated waits meet the same limits.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitNorms {
    /// Longest acceptable wait per kind, calendar days (long-wait's `max_days`).
    pub max_days: HashMap<TouchpointKind, f64>,
    /// The run's norms: named deadlines and the association's own.
    pub norms: Norms,
}

impl Default for WaitNorms {
    fn default() -> WaitNorms {
        WaitNorms {
            max_days: TouchpointKind::ALL
                .iter()
                .map(|&kind| (kind, default_days(kind)))
                .collect(),
            norms: Norms::default(),
        }
    }
}

impl WaitNorms {
    /// The norm for the wait before `touchpoint`, in calendar days (a working day counts 7/5,
    /// as a stated wait is converted).
    pub fn days(&self, touchpoint: &Touchpoint) -> f64 {
        let named = touchpoint
            .norm
            .iter()
            .flat_map(|n| n.ids())
            .filter_map(|id| self.norms.get(id))
            .find(|a| a.norm.kind == NormKind::Deadline);
        if let Some(deadline) = named.and_then(|a| a.own.or(a.norm.deadline)) {
            return deadline.days();
        }
        self.max_days
            .get(&touchpoint.kind)
            .copied()
            .unwrap_or_else(|| default_days(touchpoint.kind))
    }
}

/// long-wait's default limits per kind, for a kind the configuration leaves out.
fn default_days(kind: TouchpointKind) -> f64 {
    match kind {
        TouchpointKind::Contact => 3.0,
        TouchpointKind::Document => 10.0,
        TouchpointKind::Visit => 14.0,
        TouchpointKind::Decision | TouchpointKind::Wait => 28.0,
    }
}

/// One touchpoint, stated and measured.
#[derive(Debug, Clone, PartialEq)]
pub struct TouchpointFigures {
    /// Index in the journey.
    pub index: usize,
    /// True when the touchpoint says which events are it (else nothing is measured).
    pub measured: bool,
    /// Cases that reach it.
    pub cases: u64,
    /// Events that are it.
    pub visits: u64,
    /// The wait the map states, in days.
    pub stated_wait_days: Option<f64>,
    /// Measured waits before it (for a moment of waiting, `kind: wait`: its own length, up to
    /// the next moment): how many, median and p90 in days, share over the norm.
    pub wait: Option<MeasuredWait>,
    /// The norm the wait is judged by, in days.
    pub norm_days: f64,
}

/// Measured waits before a touchpoint.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasuredWait {
    /// How many waits.
    pub n: u64,
    /// Median, days.
    pub median_days: f64,
    /// 90th percentile, days.
    pub p90_days: f64,
    /// Share (0–1) of the waits longer than the norm.
    pub over_norm: f64,
}

/// One transition of the map, stated and measured.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitionFigures {
    /// Index in `journey.transitions`.
    pub transition: usize,
    /// Touchpoint indexes.
    pub from: usize,
    /// Touchpoint indexes.
    pub to: usize,
    /// The share the map states (0–1, unset shares filled in).
    pub stated: f64,
    /// The measured share (0–1) of tenants at `from` going on to `to`, when both are measured:
    /// of the tenants at `from` who went on (open cases waiting there are left out).
    pub measured: Option<f64>,
    /// Tenants counted at `from`.
    pub base: u64,
    /// Moves counted.
    pub count: u64,
}

/// A move tenants make that the map does not have.
#[derive(Debug, Clone, PartialEq)]
pub struct UnmappedMove {
    /// Touchpoint indexes.
    pub from: usize,
    /// Touchpoint indexes.
    pub to: usize,
    /// How often.
    pub count: u64,
    /// Share of the visits at `from`.
    pub share: f64,
    /// True when tenants come back to a touchpoint they already passed.
    pub loop_back: bool,
}

/// Where the map contradicts the data.
#[derive(Debug, Clone, PartialEq)]
pub enum Contradiction {
    /// A transition's share is more than 10 points off.
    Share {
        /// The transition's index.
        transition: usize,
        /// Stated, 0–1.
        stated: f64,
        /// Measured, 0–1.
        measured: f64,
    },
    /// The wait before a touchpoint is much longer or shorter than stated.
    Wait {
        /// The touchpoint.
        touchpoint: usize,
        /// Stated, days.
        stated_days: f64,
        /// Measured median, days.
        measured_days: f64,
    },
    /// Tenants loop back where the map has no transition.
    Loop {
        /// From touchpoint.
        from: usize,
        /// Back to touchpoint.
        to: usize,
        /// Share of tenants at `from`.
        share: f64,
    },
    /// No case reaches a touchpoint that says which events are it.
    Unreached {
        /// The touchpoint.
        touchpoint: usize,
    },
}

/// A journey measured against a log.
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyFigures {
    /// Cases with at least one moment on the map.
    pub cases: u64,
    /// Per touchpoint.
    pub touchpoints: Vec<TouchpointFigures>,
    /// Per transition.
    pub transitions: Vec<TransitionFigures>,
    /// Moves the map does not have, most frequent first.
    pub unmapped_moves: Vec<UnmappedMove>,
    /// The as-is main path, touchpoint indexes.
    pub main_path: Vec<usize>,
    /// Activities that are no touchpoint: steps tenants go through that are not on the map.
    pub not_on_map: Vec<super::onto_journey::Unmapped>,
    /// Where the map contradicts the data.
    pub contradictions: Vec<Contradiction>,
}

/// Compares a journey with what its log measured.
pub fn compare(
    journey: &Journey,
    graph: &JourneyGraph,
    parts: JourneyParts,
    norms: &WaitNorms,
) -> JourneyFigures {
    let touchpoints: Vec<TouchpointFigures> = journey
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| TouchpointFigures {
            index: i,
            measured: parts.measured[i],
            cases: parts.cases[i],
            visits: parts.visits[i],
            stated_wait_days: t.wait.as_ref().map(|w| w.days()),
            wait: parts.waits[i].map(|(n, median, p90, over)| MeasuredWait {
                n,
                median_days: median / DAY_MS,
                p90_days: p90 / DAY_MS,
                over_norm: over as f64 / n as f64,
            }),
            norm_days: norms.days(t),
        })
        .collect();
    let count_of = |from: usize, to: usize| {
        parts
            .moves
            .iter()
            .find(|m| m.from == from && m.to == to)
            .map_or(0, |m| m.count)
    };
    let transitions: Vec<TransitionFigures> = graph
        .steps()
        .map(|step| {
            // tenants at `from` who went on, or who finished there: a case whose last moment
            // so far is not an end of the map is still open and has not chosen yet
            let outgoing: u64 = parts
                .moves
                .iter()
                .filter(|m| m.from == step.from)
                .map(|m| m.count)
                .sum();
            let finished = if graph.is_end(step.from) {
                parts.ends[step.from]
            } else {
                0
            };
            let base = outgoing + finished;
            let count = count_of(step.from, step.to);
            let both = parts.measured[step.from] && parts.measured[step.to];
            TransitionFigures {
                transition: step.transition,
                from: step.from,
                to: step.to,
                stated: step.probability,
                measured: (both && base > 0).then(|| count as f64 / base as f64),
                base,
                count,
            }
        })
        .collect();
    // A move is on the map when a step joins the two, directly or through touchpoints the log
    // cannot see (an absent step, a moment without `evidence_match`): the promised call-back
    // that never comes sits between "tenant calls" and "tenant waits" on the map, not in the log.
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); journey.touchpoints.len()];
    for step in graph.steps() {
        next[step.from].push(step.to);
    }
    let on_map = |from: usize, to: usize| {
        let mut seen = vec![false; next.len()];
        let mut stack = vec![from];
        while let Some(at) = stack.pop() {
            for &n in &next[at] {
                if n == to {
                    return true;
                }
                if !parts.measured[n] && !seen[n] {
                    seen[n] = true;
                    stack.push(n);
                }
            }
        }
        false
    };
    let mut unmapped_moves: Vec<UnmappedMove> = parts
        .moves
        .iter()
        .filter(|m| !on_map(m.from, m.to))
        .map(|m| UnmappedMove {
            from: m.from,
            to: m.to,
            count: m.count,
            share: m.count as f64
                / parts
                    .moves
                    .iter()
                    .filter(|o| o.from == m.from)
                    .map(|o| o.count)
                    .sum::<u64>()
                    .max(1) as f64,
            loop_back: m.back * 2 > m.count,
        })
        .collect();
    unmapped_moves.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then((a.from, a.to).cmp(&(b.from, b.to)))
    });

    let mut contradictions = Vec::new();
    for t in &transitions {
        if let Some(measured) = t.measured
            && shown(parts.cases[t.from])
            && (measured - t.stated).abs() > SHARE_GAP
        {
            contradictions.push(Contradiction::Share {
                transition: t.transition,
                stated: t.stated,
                measured,
            });
        }
    }
    for t in &touchpoints {
        if let (Some(stated), Some(wait)) = (t.stated_wait_days, t.wait)
            && shown(wait.n)
            && stated > 0.0
        {
            let ratio = wait.median_days / stated;
            if !(WAIT_BELOW..=WAIT_ABOVE).contains(&ratio) {
                contradictions.push(Contradiction::Wait {
                    touchpoint: t.index,
                    stated_days: stated,
                    measured_days: wait.median_days,
                });
            }
        }
    }
    for m in &unmapped_moves {
        if m.loop_back && shown(m.count) && m.share >= LOOP_SHARE {
            contradictions.push(Contradiction::Loop {
                from: m.from,
                to: m.to,
                share: m.share,
            });
        }
    }
    if parts.on_map > 0 {
        for t in &touchpoints {
            if t.measured && t.cases == 0 {
                contradictions.push(Contradiction::Unreached {
                    touchpoint: t.index,
                });
            }
        }
    }
    let main_path = main_path(&parts);
    JourneyFigures {
        cases: parts.on_map,
        touchpoints,
        transitions,
        unmapped_moves,
        main_path,
        not_on_map: parts.not_on_map,
        contradictions,
    }
}

/// From the most common first touchpoint, each time the most common next one not yet on the
/// path, while more cases go on than stop.
fn main_path(parts: &JourneyParts) -> Vec<usize> {
    let Some(first) = (0..parts.starts.len())
        .filter(|&i| parts.starts[i] > 0)
        .max_by_key(|&i| (parts.starts[i], std::cmp::Reverse(i)))
    else {
        return Vec::new();
    };
    let mut path = vec![first];
    loop {
        let here = *path.last().expect("not empty");
        let next = parts
            .moves
            .iter()
            .filter(|m| m.from == here && !path.contains(&m.to))
            .max_by_key(|m| (m.count, std::cmp::Reverse(m.to)));
        match next {
            Some(m) if m.count > parts.ends[here] => path.push(m.to),
            _ => return path,
        }
    }
}
