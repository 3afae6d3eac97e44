//! The journey's shape: every touchpoint reachable from the start, at least one end, and no
//! place where tenants get stuck with no way to an end.

use std::collections::{HashMap, VecDeque};

use super::Subject;
use crate::load::{JsonPath, Problem, ProblemCode};

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let journey = subject.journey;
    // With elements missing the graph is incomplete, and its shape would be misjudged.
    if journey.touchpoints.is_empty() || !subject.origins.complete {
        return;
    }
    let index: HashMap<&str, usize> = journey
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let n = journey.touchpoints.len();
    let mut forward = vec![Vec::new(); n];
    let mut backward = vec![Vec::new(); n];
    for transition in &journey.transitions {
        if let (Some(&from), Some(&to)) = (
            index.get(transition.from.as_str()),
            index.get(transition.to.as_str()),
        ) {
            forward[from].push(to);
            backward[to].push(from);
        }
    }
    let start = match &journey.start {
        Some(id) => match index.get(id.as_str()) {
            Some(&start) => start,
            None => return,
        },
        None => 0,
    };
    let path_of = |i: usize| {
        JsonPath::root()
            .key("touchpoints")
            .index(subject.origins.touchpoints[i])
    };
    let reachable = search(&forward, [start]);
    for (i, touchpoint) in journey.touchpoints.iter().enumerate() {
        if !reachable[i] {
            problems.push(
                Problem::at(
                    ProblemCode::Unreachable,
                    subject.source,
                    path_of(i).key("id"),
                    format!(
                        "no tenant can reach `{}`: no path leads to it from the start `{}`",
                        touchpoint.id, journey.touchpoints[start].id
                    ),
                )
                .with_help(format!(
                    "add a transition with \"to\": \"{}\", or remove the touchpoint",
                    touchpoint.id
                )),
            );
        }
    }
    let ends: Vec<usize> = (0..n).filter(|&i| forward[i].is_empty()).collect();
    if ends.is_empty() {
        problems.push(
            Problem::at(
                ProblemCode::NoEnd,
                subject.source,
                JsonPath::root().key("transitions"),
                "the journey has no end: every touchpoint leads somewhere else, so tenants never finish",
            )
            .with_help("a touchpoint without outgoing transitions ends the journey; give it an \"outcome\""),
        );
        return;
    }
    let can_finish = search(&backward, ends.iter().copied());
    for (i, touchpoint) in journey.touchpoints.iter().enumerate() {
        if reachable[i] && !can_finish[i] {
            problems.push(
                Problem::at(
                    ProblemCode::NoEnd,
                    subject.source,
                    path_of(i).key("id"),
                    format!(
                        "tenants who reach `{}` can never finish: no path leads from it to an end",
                        touchpoint.id
                    ),
                )
                .with_help("add a transition out of the loop towards an end of the journey"),
            );
        }
    }
}

fn search(edges: &[Vec<usize>], from: impl IntoIterator<Item = usize>) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    for node in from {
        if !seen[node] {
            seen[node] = true;
            queue.push_back(node);
        }
    }
    while let Some(node) = queue.pop_front() {
        for &next in &edges[node] {
            if !seen[next] {
                seen[next] = true;
                queue.push_back(next);
            }
        }
    }
    seen
}
