//! What tjm measures in a log, in one streaming pass over its events: cases, events and the
//! period; volume per year; the directly-follows graph (how often activity B comes right after
//! A in a case, and the wait between them); repeat contacts (the same activity again in a
//! case; inbound contacts while the case is open); handoffs (the resource changes between two
//! events of a case). Events arrive in file order; equal timestamps within a case keep it, as
//! PM4Py does. Only these aggregates are kept: case ids are numbered and dropped at the end,
//! resource names are compared and never stored for output.

use std::collections::BTreeMap;

use crate::model::{Channel, Direction};

use super::bitset::{Overflow, SmallSet};
use super::codes;
use super::csv_log::{Event, Sink, SinkError};
use super::intern::{CaseIds, FxHashMap, Interner};
use super::onto_journey::{JourneyAcc, Matcher};
use super::timestamp::{self, Millis};

const NONE: u32 = u32::MAX;

/// Per case, what every event reads and writes, in one cache line: a large log has tens of
/// thousands of cases open at once, and a case that spans two lines costs two misses an event.
/// What is read only at the end (how the case started) is in [`CaseStart`].
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(super) struct CaseState {
    last_at: Millis,
    /// The row of the last event, for the message when the next one goes back in time (a log
    /// of more than 4 billion rows names row 4294967295 there).
    last_row: u32,
    last_activity: u32,
    last_resource: u32,
    repeats: u32,
    inbound_open: u32,
    handoffs: u32,
    seen: SmallSet,
    edges: SmallSet,
}

/// How a case started: read once, at the end.
#[derive(Debug, Clone, Copy)]
pub(super) struct CaseStart {
    at: Millis,
    activity: u32,
}

/// Counts and waits of one directly-follows edge.
#[derive(Debug, Clone, Default)]
pub(super) struct EdgeAcc {
    from: u32,
    to: u32,
    count: u64,
    cases: u64,
    sum_ms: i128,
    waits: Vec<i64>,
}

/// The streaming measurement: give it to [`super::csv_log::read`] as the sink.
#[derive(Default)]
pub struct Measure {
    cases: CaseIds,
    activities: Interner,
    resources: Interner,
    channels: Interner,
    channel_of: Vec<Option<Channel>>,
    directions: Interner,
    direction_of: Vec<Option<Direction>>,
    state: Vec<CaseState>,
    starts: Vec<CaseStart>,
    seen_more: Overflow,
    edges_more: Overflow,
    /// The case numbers of a batch of events, kept to reuse its memory.
    batch: Vec<u32>,
    edge_index: FxHashMap<u64, u32>,
    edges: Vec<EdgeAcc>,
    activity_events: Vec<u64>,
    activity_cases: Vec<u64>,
    events: u64,
    first: Option<Millis>,
    last: Option<Millis>,
    year: Option<(Millis, Millis, i64)>,
    events_per_year: BTreeMap<i64, u64>,
    has_resource: bool,
    has_direction: bool,
    journey: Option<(Matcher, JourneyAcc)>,
}

impl Measure {
    /// A measurement of the log alone.
    pub fn new() -> Measure {
        Measure::default()
    }

    /// A measurement that also maps events onto a journey's touchpoints.
    pub fn with_journey(matcher: Matcher) -> Measure {
        let acc = JourneyAcc::new(&matcher);
        Measure {
            journey: Some((matcher, acc)),
            ..Measure::default()
        }
    }

    fn year_of(&mut self, at: Millis) -> i64 {
        if let Some((from, to, year)) = self.year
            && (from..to).contains(&at)
        {
            return year;
        }
        let year = timestamp::year(at);
        let from = timestamp::parse(format!("{year:04}-01-01").as_bytes()).unwrap_or(at);
        let to = timestamp::parse(format!("{:04}-01-01", year + 1).as_bytes()).unwrap_or(at + 1);
        self.year = Some((from, to, year));
        year
    }

    /// The figures, once every event is in.
    pub fn finish(mut self) -> (LogFigures, Option<super::onto_journey::JourneyParts>) {
        let mut start = vec![0u64; self.activities.len()];
        let mut end = vec![0u64; self.activities.len()];
        let mut cases_per_year: BTreeMap<i64, u64> = BTreeMap::new();
        let (mut repeats, mut repeat_cases) = (0u64, 0u64);
        let (mut inbound, mut inbound_cases) = (0u64, 0u64);
        let (mut handoffs, mut handoff_cases, mut pillar_cases) = (0u64, 0u64, 0u64);
        let state = std::mem::take(&mut self.state);
        let starts = std::mem::take(&mut self.starts);
        for (case, first) in state.iter().zip(&starts) {
            start[first.activity as usize] += 1;
            end[case.last_activity as usize] += 1;
            *cases_per_year.entry(self.year_of(first.at)).or_default() += 1;
            repeats += u64::from(case.repeats);
            repeat_cases += u64::from(case.repeats > 0);
            inbound += u64::from(case.inbound_open);
            inbound_cases += u64::from(case.inbound_open > 0);
            handoffs += u64::from(case.handoffs);
            handoff_cases += u64::from(case.handoffs > 0);
            pillar_cases += u64::from(case.handoffs > 2);
        }
        let cases = state.len() as u64;
        let name = |i: u32| self.activities.name(i);
        let mut edges: Vec<Edge> = self
            .edges
            .iter_mut()
            .map(|e| {
                let (median, p90) = super::stats::median_p90(&mut e.waits).unwrap_or_default();
                Edge {
                    from: name(e.from),
                    to: name(e.to),
                    count: e.count,
                    cases: e.cases,
                    mean_seconds: e.sum_ms as f64 / 1000.0 / e.count as f64,
                    median_seconds: median / 1000.0,
                    p90_seconds: p90 / 1000.0,
                }
            })
            .collect();
        edges.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
        let activities: Vec<Activity> = (0..self.activities.len())
            .map(|i| Activity {
                name: name(i as u32),
                events: self.activity_events[i],
                cases: self.activity_cases[i],
                start: start[i],
                end: end[i],
            })
            .collect();
        let main_path = main_path(&activities, &edges);
        let years = cases_per_year
            .iter()
            .map(|(&year, &cases)| Year {
                year,
                cases,
                events: self.events_per_year.get(&year).copied().unwrap_or(0),
            })
            .collect();
        let figures = LogFigures {
            events: self.events,
            cases,
            first: self.first,
            last: self.last,
            years,
            activities,
            edges,
            main_path,
            repeats: Repeats {
                events: repeats,
                cases: repeat_cases,
                inbound_while_open: (self.has_direction || self.journey.is_some())
                    .then_some((inbound, inbound_cases)),
            },
            handoffs: self.has_resource.then_some(Handoffs {
                total: handoffs,
                cases: handoff_cases,
                more_than_two: pillar_cases,
            }),
        };
        let journey = self
            .journey
            .map(|(matcher, acc)| acc.finish(matcher, &figures.activities));
        (figures, journey)
    }
}

impl Sink for Measure {
    #[inline]
    fn event(&mut self, event: &Event<'_>) -> Result<(), SinkError> {
        let case = self.cases.id(event.case) as usize;
        self.event_of(event, case)
    }

    /// Looks up the cases of all events first, then touches their state, then measures:
    /// a large log has tens of thousands of cases open at once, more than the nearest cache
    /// holds, and looked up together their misses overlap instead of following one another.
    /// The result is the same as one event at a time.
    fn events(&mut self, events: &[Event<'_>]) -> Result<(), (u64, SinkError)> {
        let mut cases = std::mem::take(&mut self.batch);
        cases.clear();
        cases.extend(events.iter().map(|e| self.cases.id(e.case)));
        let mut touched = 0;
        for &case in &cases {
            if let Some(state) = self.state.get(case as usize) {
                touched ^= state.last_at;
            }
        }
        std::hint::black_box(touched);
        let result = events.iter().zip(&cases).try_for_each(|(e, &case)| {
            self.event_of(e, case as usize)
                .map_err(|error| (e.row, error))
        });
        self.batch = cases;
        result
    }
}

impl Measure {
    #[inline]
    fn event_of(&mut self, event: &Event<'_>, case: usize) -> Result<(), SinkError> {
        let activity = self.activities.id(event.activity);
        if activity as usize == self.activity_events.len() {
            self.activity_events.push(0);
            self.activity_cases.push(0);
        }
        self.activity_events[activity as usize] += 1;
        let resource = match event.resource {
            Some(r) => {
                self.has_resource = true;
                self.resources.id(r)
            }
            None => NONE,
        };
        let channel = event.channel.and_then(|c| {
            let id = self.channels.id(c) as usize;
            if id == self.channel_of.len() {
                self.channel_of.push(codes::channel(c));
            }
            self.channel_of[id]
        });
        let mut direction = event.direction.and_then(|d| {
            self.has_direction = true;
            let id = self.directions.id(d) as usize;
            if id == self.direction_of.len() {
                self.direction_of.push(codes::direction(d));
            }
            self.direction_of[id]
        });
        let touchpoint = match &mut self.journey {
            Some((matcher, _)) => {
                let found = matcher.find(activity, &self.activities, channel, direction);
                if direction.is_none() {
                    direction = found.and_then(|t| matcher.direction(t));
                }
                found
            }
            None => None,
        };
        self.events += 1;
        let at = event.at;
        self.first = Some(self.first.map_or(at, |f| f.min(at)));
        self.last = Some(self.last.map_or(at, |l| l.max(at)));
        let year = self.year_of(at);
        *self.events_per_year.entry(year).or_default() += 1;

        if case == self.state.len() {
            let mut seen = SmallSet::default();
            seen.insert(activity, case as u32, &mut self.seen_more);
            self.activity_cases[activity as usize] += 1;
            self.state.push(CaseState {
                last_at: at,
                last_row: row32(event.row),
                last_activity: activity,
                last_resource: resource,
                repeats: 0,
                inbound_open: 0,
                handoffs: 0,
                seen,
                edges: SmallSet::default(),
            });
            self.starts.push(CaseStart { at, activity });
        } else {
            let state = &mut self.state[case];
            if at < state.last_at {
                return Err(SinkError::BackInTime {
                    earlier_row: u64::from(state.last_row),
                });
            }
            let key = (u64::from(state.last_activity) << 32) | u64::from(activity);
            let next = self.edges.len() as u32;
            let index = *self.edge_index.entry(key).or_insert(next);
            if index == next {
                self.edges.push(EdgeAcc {
                    from: state.last_activity,
                    to: activity,
                    ..EdgeAcc::default()
                });
            }
            let edge = &mut self.edges[index as usize];
            let wait = at - state.last_at;
            edge.count += 1;
            edge.sum_ms += i128::from(wait);
            edge.waits.push(wait);
            if state.edges.insert(index, case as u32, &mut self.edges_more) {
                edge.cases += 1;
            }
            if state
                .seen
                .insert(activity, case as u32, &mut self.seen_more)
            {
                self.activity_cases[activity as usize] += 1;
            } else {
                state.repeats += 1;
            }
            if direction == Some(Direction::Inbound) {
                state.inbound_open += 1;
            }
            if resource != NONE && state.last_resource != NONE && resource != state.last_resource {
                state.handoffs += 1;
            }
            if resource != NONE {
                state.last_resource = resource;
            }
            state.last_at = at;
            state.last_row = row32(event.row);
            state.last_activity = activity;
        }
        if let Some((_, acc)) = &mut self.journey {
            acc.event(case, touchpoint, activity, at);
        }
        Ok(())
    }
}

/// Everything measured in one log. Exact: outputs apply the privacy floor
/// ([`super::figure`]) when they show it.
#[derive(Debug, Clone, PartialEq)]
pub struct LogFigures {
    /// Events read.
    pub events: u64,
    /// Distinct cases.
    pub cases: u64,
    /// The earliest event.
    pub first: Option<Millis>,
    /// The latest event.
    pub last: Option<Millis>,
    /// Cases (by the year they started) and events per calendar year.
    pub years: Vec<Year>,
    /// Every activity, in order of first appearance.
    pub activities: Vec<Activity>,
    /// The directly-follows graph, sorted by activity names.
    pub edges: Vec<Edge>,
    /// The as-is main path: from the most common first activity, each time the most common
    /// next one not yet on the path, until more cases end there than go on.
    pub main_path: Vec<String>,
    /// Repeat contacts.
    pub repeats: Repeats,
    /// Handoffs, when the log has a resource column.
    pub handoffs: Option<Handoffs>,
}

/// One calendar year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    /// The year.
    pub year: i64,
    /// Cases that started in it.
    pub cases: u64,
    /// Events in it.
    pub events: u64,
}

/// One activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    /// Its name in the log.
    pub name: String,
    /// Events.
    pub events: u64,
    /// Cases with at least one.
    pub cases: u64,
    /// Cases that start with it.
    pub start: u64,
    /// Cases that end with it (so far: open cases end where the export stops).
    pub end: u64,
}

/// One directly-follows edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The activity before.
    pub from: String,
    /// The activity right after it in the same case.
    pub to: String,
    /// How often.
    pub count: u64,
    /// In how many cases.
    pub cases: u64,
    /// Mean wait, seconds.
    pub mean_seconds: f64,
    /// Median wait, seconds.
    pub median_seconds: f64,
    /// 90th-percentile wait, seconds.
    pub p90_seconds: f64,
}

/// Repeat contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeats {
    /// Events whose activity already happened earlier in the same case.
    pub events: u64,
    /// Cases with at least one such event.
    pub cases: u64,
    /// Inbound contacts after the case was opened (events and cases), when the log or the
    /// journey says which events are inbound.
    pub inbound_while_open: Option<(u64, u64)>,
}

/// Handoffs: a different resource handles the next event of the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handoffs {
    /// Handoffs in all cases.
    pub total: u64,
    /// Cases with at least one.
    pub cases: u64,
    /// Cases passed on more than twice (pillar to post).
    pub more_than_two: u64,
}

/// A row for [`CaseState`]: rows past 4 billion stop counting there.
#[inline]
fn row32(row: u64) -> u32 {
    u32::try_from(row).unwrap_or(u32::MAX)
}

fn main_path(activities: &[Activity], edges: &[Edge]) -> Vec<String> {
    let Some(first) = activities
        .iter()
        .filter(|a| a.start > 0)
        .max_by_key(|a| a.start)
    else {
        return Vec::new();
    };
    let mut path = vec![first.name.clone()];
    loop {
        let here = path.last().expect("not empty");
        let ending = activities
            .iter()
            .find(|a| &a.name == here)
            .map_or(0, |a| a.end);
        let next = edges
            .iter()
            .filter(|e| &e.from == here && !path.contains(&e.to))
            .max_by(|a, b| a.count.cmp(&b.count).then_with(|| b.to.cmp(&a.to)));
        match next {
            Some(edge) if edge.count > ending => path.push(edge.to.clone()),
            _ => return path,
        }
    }
}
