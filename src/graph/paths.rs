//! The main path: the single most likely way through the journey, for the emotion curve and
//! the rules that follow "the tenant's path".

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::JourneyGraph;

/// A cost with a total order, for the heap.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cost(f64);

impl Eq for Cost {}

impl PartialOrd for Cost {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Cost {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// −ln(probability), with steps nobody takes costing a lot but still allowed, so a path
/// always exists when an end is reachable.
fn cost(probability: f64) -> f64 {
    -probability.max(1e-9).ln()
}

/// The most probable start-to-end path: Dijkstra with a step costing −ln(probability) and
/// finishing at an end costing −ln(share that finishes there), so a partial exit where half
/// the tenants leave weighs what it is. Iterative, so any length of journey is fine.
pub(super) fn most_likely_path(graph: &JourneyGraph) -> Vec<usize> {
    let n = graph.len();
    let start = graph.start();
    let mut best = vec![f64::INFINITY; n];
    let mut came_from = vec![usize::MAX; n];
    let mut done = vec![false; n];
    let mut heap = BinaryHeap::new();
    best[start] = 0.0;
    heap.push(Reverse((Cost(0.0), start)));
    // The best finish so far: (total cost, end).
    let mut finish: Option<(f64, usize)> = None;
    while let Some(Reverse((Cost(so_far), node))) = heap.pop() {
        if done[node] {
            continue;
        }
        if finish.is_some_and(|(total, _)| total <= so_far) {
            break;
        }
        done[node] = true;
        if graph.is_end(node) {
            let total = so_far + cost(graph.leaving(node));
            if finish.is_none_or(|(best_total, _)| total < best_total) {
                finish = Some((total, node));
            }
        }
        for step in graph.steps_from(node) {
            let through = so_far + cost(step.probability);
            if through < best[step.to] {
                best[step.to] = through;
                came_from[step.to] = node;
                heap.push(Reverse((Cost(through), step.to)));
            }
        }
    }
    let Some((_, end)) = finish else {
        return vec![start];
    };
    let mut path = vec![end];
    let mut node = end;
    while node != start {
        node = came_from[node];
        path.push(node);
    }
    path.reverse();
    path
}
