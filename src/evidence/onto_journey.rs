//! The log seen through the journey: which events are which touchpoint (each touchpoint's
//! `evidence_match`), and per touchpoint the cases and visits, the wait before it (since the
//! case's previous moment on the map), the moves between touchpoints, and the activities that
//! are no touchpoint at all: steps tenants go through that are not on the map.

use crate::model::{Channel, Direction, Journey};

use super::bitset::{Overflow, SmallSet};
use super::compare::WaitNorms;
use super::intern::{FxHashMap, Interner};
use super::measure::Activity;
use super::stats;
use super::timestamp::Millis;

const NONE: u32 = u32::MAX;

struct Rule {
    activities: Vec<String>,
    channel: Option<Channel>,
    direction: Option<Direction>,
}

/// Finds the touchpoint of an event.
pub struct Matcher {
    rules: Vec<Option<Rule>>,
    directions: Vec<Option<Direction>>,
    norms_ms: Vec<i64>,
    waits_after: Vec<bool>,
    cache: FxHashMap<(u32, u8, u8), u32>,
}

impl Matcher {
    /// The matcher of a journey's touchpoints; waits are counted over the norms in `norms`.
    pub fn new(journey: &Journey, norms: &WaitNorms) -> Matcher {
        Matcher {
            rules: journey
                .touchpoints
                .iter()
                .map(|t| {
                    t.evidence_match.as_ref().map(|m| Rule {
                        activities: m.activity.iter().map(|a| a.trim().to_lowercase()).collect(),
                        channel: m.channel,
                        direction: m.direction,
                    })
                })
                .collect(),
            directions: journey.touchpoints.iter().map(|t| t.direction).collect(),
            waits_after: journey
                .touchpoints
                .iter()
                .map(|t| t.kind == crate::model::TouchpointKind::Wait)
                .collect(),
            norms_ms: journey
                .touchpoints
                .iter()
                .map(|t| (norms.days(t) * 86_400_000.0) as i64)
                .collect(),
            cache: FxHashMap::default(),
        }
    }

    /// How many touchpoints.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when the journey has none.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// True when at least one touchpoint says which events are it.
    pub fn matches_anything(&self) -> bool {
        self.rules.iter().any(Option::is_some)
    }

    /// The touchpoint's own direction, for logs that do not record one.
    pub fn direction(&self, touchpoint: u32) -> Option<Direction> {
        self.directions[touchpoint as usize]
    }

    /// The first touchpoint whose match fits the event. A channel or direction the log does not
    /// give does not rule a touchpoint out.
    #[inline]
    pub(crate) fn find(
        &mut self,
        activity: u32,
        names: &Interner,
        channel: Option<Channel>,
        direction: Option<Direction>,
    ) -> Option<u32> {
        let key = (
            activity,
            channel.map_or(u8::MAX, |c| c as u8),
            direction.map_or(u8::MAX, |d| d as u8),
        );
        if let Some(&found) = self.cache.get(&key) {
            return (found != NONE).then_some(found);
        }
        let name = names.name(activity).trim().to_lowercase();
        let found = self
            .rules
            .iter()
            .position(|rule| {
                rule.as_ref().is_some_and(|r| {
                    r.activities.contains(&name)
                        && (r.channel.is_none() || channel.is_none() || r.channel == channel)
                        && (r.direction.is_none()
                            || direction.is_none()
                            || r.direction == direction)
                })
            })
            .map_or(NONE, |i| i as u32);
        self.cache.insert(key, found);
        (found != NONE).then_some(found)
    }
}

/// A case on the map, while the log streams by.
#[derive(Debug, Clone, Copy)]
struct CaseOnMap {
    /// The touchpoint of the case's last event on the map (`NONE`: none yet), and when.
    last: u32,
    last_at: Millis,
    reached: SmallSet,
}

/// Touchpoint figures while the log streams by.
pub struct JourneyAcc {
    cases_on_map: Vec<CaseOnMap>,
    reached_more: Overflow,
    waits_after: Vec<bool>,
    visits: Vec<u64>,
    cases: Vec<u64>,
    starts: Vec<u64>,
    waits: Vec<Vec<i64>>,
    moves: FxHashMap<(u32, u32), (u64, u64)>,
    unmapped: FxHashMap<u32, u64>,
    on_map: u64,
}

impl JourneyAcc {
    pub(super) fn new(matcher: &Matcher) -> JourneyAcc {
        let touchpoints = matcher.len();
        JourneyAcc {
            cases_on_map: Vec::new(),
            reached_more: Overflow::default(),
            waits_after: matcher.waits_after.clone(),
            visits: vec![0; touchpoints],
            cases: vec![0; touchpoints],
            starts: vec![0; touchpoints],
            waits: vec![Vec::new(); touchpoints],
            moves: FxHashMap::default(),
            unmapped: FxHashMap::default(),
            on_map: 0,
        }
    }

    #[inline]
    pub(super) fn event(
        &mut self,
        case: usize,
        touchpoint: Option<u32>,
        activity: u32,
        at: Millis,
    ) {
        if case == self.cases_on_map.len() {
            self.cases_on_map.push(CaseOnMap {
                last: NONE,
                last_at: at,
                reached: SmallSet::default(),
            });
        }
        let Some(t) = touchpoint else {
            *self.unmapped.entry(activity).or_default() += 1;
            return;
        };
        let state = &mut self.cases_on_map[case];
        let i = t as usize;
        self.visits[i] += 1;
        let first_visit = state.reached.insert(t, case as u32, &mut self.reached_more);
        if first_visit {
            self.cases[i] += 1;
        }
        if state.last == NONE {
            self.starts[i] += 1;
            self.on_map += 1;
        } else {
            let entry = self.moves.entry((state.last, t)).or_default();
            entry.0 += 1;
            entry.1 += u64::from(!first_visit);
            // the time after a moment of waiting (a part on order) is that moment's wait, not
            // the next one's
            let previous = state.last as usize;
            if self.waits_after[previous] {
                self.waits[previous].push(at - state.last_at);
            } else if !self.waits_after[i] {
                self.waits[i].push(at - state.last_at);
            }
        }
        state.last = t;
        state.last_at = at;
    }

    pub(super) fn finish(mut self, matcher: Matcher, activities: &[Activity]) -> JourneyParts {
        let mut ends = vec![0; self.visits.len()];
        for case in &self.cases_on_map {
            if case.last != NONE {
                ends[case.last as usize] += 1;
            }
        }
        let waits = self
            .waits
            .iter_mut()
            .zip(&matcher.norms_ms)
            .map(|(w, &norm)| {
                let n = w.len() as u64;
                let over = w.iter().filter(|&&wait| wait > norm).count() as u64;
                stats::median_p90(w).map(|(median, p90)| (n, median, p90, over))
            })
            .collect();
        let mut moves: Vec<Move> = self
            .moves
            .iter()
            .map(|(&(from, to), &(count, back))| Move {
                from: from as usize,
                to: to as usize,
                count,
                back,
            })
            .collect();
        moves.sort_by_key(|m| (m.from, m.to));
        let mut not_on_map: Vec<Unmapped> = self
            .unmapped
            .iter()
            .map(|(&a, &events)| Unmapped {
                activity: activities[a as usize].name.clone(),
                events,
                cases: activities[a as usize].cases,
            })
            .collect();
        not_on_map.sort_by(|a, b| {
            b.events
                .cmp(&a.events)
                .then_with(|| a.activity.cmp(&b.activity))
        });
        JourneyParts {
            measured: matcher.rules.iter().map(Option::is_some).collect(),
            visits: self.visits,
            cases: self.cases,
            starts: self.starts,
            ends,
            waits,
            moves,
            not_on_map,
            on_map: self.on_map,
        }
    }
}

/// The touchpoint-level measurements, by touchpoint index.
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyParts {
    /// Touchpoints that say which events are them.
    pub measured: Vec<bool>,
    /// Events per touchpoint.
    pub visits: Vec<u64>,
    /// Cases that reach each touchpoint.
    pub cases: Vec<u64>,
    /// Cases whose first moment on the map is this touchpoint.
    pub starts: Vec<u64>,
    /// Cases whose last moment on the map (so far) is this touchpoint.
    pub ends: Vec<u64>,
    /// Waits before each touchpoint: how many, median and p90 in milliseconds, how many over
    /// the norm.
    pub waits: Vec<Option<(u64, f64, f64, u64)>>,
    /// Moves between touchpoints, as measured.
    pub moves: Vec<Move>,
    /// Activities that are no touchpoint, most frequent first.
    pub not_on_map: Vec<Unmapped>,
    /// Cases with at least one moment on the map.
    pub on_map: u64,
}

/// Tenants going from one touchpoint to the next, as measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// Touchpoint index before.
    pub from: usize,
    /// Touchpoint index after.
    pub to: usize,
    /// How often.
    pub count: u64,
    /// How often the case had been at `to` before: a loop back.
    pub back: u64,
}

/// An activity that is no touchpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    /// Its name in the log.
    pub activity: String,
    /// Events that matched no touchpoint.
    pub events: u64,
    /// Cases with the activity.
    pub cases: u64,
}
