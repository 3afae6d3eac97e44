//! The worst route: the attention index of the one way through the journey where tenants get
//! the least of the attention they should.
//!
//! The journey's index weighs every moment by how many tenants pass it, so the 70% who pay
//! after one reminder make an arrears journey look fine while its eviction route fails
//! nearly everyone who takes it. The worst route shows what dilution hides.
//!
//! Definition: over every simple path from the start to an end (no touchpoint twice; steps
//! nobody takes left out), the index of a path is 100 × (1 − lost / total), with total the sum
//! of the importance weights (1–4) of its touchpoints and lost the same sum weighted by each
//! touchpoint's missing attention (error 1, warning ½, capped at 1): the attention index as
//! one tenant on that path lives it. The worst route is the path with the lowest index (ties:
//! the one more tenants take). Enumeration stops after [`MAX_STEPS`] steps; the result then
//! is the worst route found so far and says so.

use serde::Serialize;

use crate::model::Journey;
use crate::rules::Analysis;

/// How many steps the search takes at most: enough for every shipped journey many times
/// over, and a bound on maps with millions of routes.
pub const MAX_STEPS: usize = 200_000;

/// The worst route through a journey.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorstRoute {
    /// Its attention index, 0–100.
    pub index: u8,
    /// The touchpoints on it, from the start to the end.
    pub path: Vec<usize>,
    /// The share of tenants who take exactly this route (0–1).
    pub share: f64,
    /// False when the search stopped at [`MAX_STEPS`] before it had seen every route.
    pub complete: bool,
}

/// The worst route, or `None` for a journey without touchpoints.
pub fn worst_route(journey: &Journey, analysis: &Analysis) -> Option<WorstRoute> {
    let graph = &analysis.graph;
    if graph.is_empty() {
        return None;
    }
    let missing = super::missing_attention(journey, analysis);
    let weight: Vec<f64> = journey
        .touchpoints
        .iter()
        .map(super::importance_weight)
        .collect();
    let mut search = Search {
        best: None,
        steps: 0,
        on_path: vec![false; graph.len()],
        path: Vec::new(),
    };
    // an explicit stack of (touchpoint, next step to try), so any depth is fine
    let start = graph.start();
    let mut stack: Vec<(usize, usize, f64, f64, f64)> = Vec::new();
    let enter = |search: &mut Search, node: usize| {
        search.on_path[node] = true;
        search.path.push(node);
    };
    enter(&mut search, start);
    stack.push((start, 0, weight[start], weight[start] * missing[start], 1.0));
    while let Some(top) = stack.last_mut() {
        let (node, tried, total, lost, share) = *top;
        top.1 += 1;
        if tried == 0 && graph.is_end(node) {
            search.offer(total, lost, share * graph.leaving(node));
        }
        let step = graph
            .steps_from(node)
            .filter(|s| s.probability > 0.0)
            .nth(tried)
            .cloned();
        search.steps += 1;
        let exhausted = search.steps > MAX_STEPS;
        match step {
            Some(step) if !exhausted && !search.on_path[step.to] => {
                enter(&mut search, step.to);
                let to = step.to;
                stack.push((
                    to,
                    0,
                    total + weight[to],
                    lost + weight[to] * missing[to],
                    share * step.probability,
                ));
            }
            Some(_) if !exhausted => {}
            _ => {
                stack.pop();
                if let Some(left) = search.path.pop() {
                    search.on_path[left] = false;
                }
                if exhausted {
                    break;
                }
            }
        }
    }
    let complete = search.steps <= MAX_STEPS;
    search.best.map(|(index, share, path)| WorstRoute {
        index: (100.0 * (1.0 - index)).round().clamp(0.0, 100.0) as u8,
        path,
        share,
        complete,
    })
}

/// The search's state: the path so far and the worst route found.
struct Search {
    /// (share of attention lost, share of tenants, path) of the worst route so far.
    best: Option<(f64, f64, Vec<usize>)>,
    steps: usize,
    on_path: Vec<bool>,
    path: Vec<usize>,
}

impl Search {
    fn offer(&mut self, total: f64, lost: f64, share: f64) {
        let lost_share = if total > 0.0 { lost / total } else { 0.0 };
        let worse = match &self.best {
            None => true,
            Some((best, best_share, _)) => {
                lost_share > best + 1e-12
                    || ((lost_share - best).abs() <= 1e-12 && share > *best_share)
            }
        };
        if worse {
            self.best = Some((lost_share, share, self.path.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::worst_route;
    use crate::rules::analyse;

    use crate::rules::testing::settings_with_only as only;

    #[test]
    fn the_rare_bad_route_shows_through_the_easy_majority() {
        // reminder → paid 90% (normal, fine); reminder → letter 10% → eviction.
        // letter: normal (2), warning (procedure-first) ½ → lost 1; eviction: a milestone (4),
        // error (missed-milestone) → lost 4. reminder normal (2), no finding.
        // Journey index: total 2 + 2·0.9 + 2·0.1 + 4·0.1 = 4.4, lost 0.1 + 0.4 = 0.5 → 89.
        // Worst route reminder → letter → eviction: total 8, lost 5 → 100·(1 − 5/8) = 38.
        let j = crate::rules::testing::journey(
            json!([
                {"id": "reminder"},
                {"id": "paid"},
                {"id": "letter", "attention": {"own_question_asked": false}},
                {"id": "eviction", "milestone": true}
            ]),
            json!([
                {"from": "reminder", "to": "paid", "share": 90},
                {"from": "reminder", "to": "letter", "share": 10},
                {"from": "letter", "to": "eviction"}
            ]),
        );
        let analysis = analyse(&j, &only(&["procedure-first", "missed-milestone"]));
        assert_eq!(crate::score::attention_index(&j, &analysis), 89);
        let worst = worst_route(&j, &analysis).unwrap();
        assert_eq!(worst.index, 38);
        assert_eq!(worst.path, vec![0, 2, 3]);
        assert!((worst.share - 0.1).abs() < 1e-9);
        assert!(worst.complete);
    }

    #[test]
    fn loops_are_not_followed_and_a_clean_journey_scores_100() {
        let j = crate::rules::testing::journey(
            json!([{"id": "a"}, {"id": "b"}, {"id": "c"}]),
            json!([
                {"from": "a", "to": "b"},
                {"from": "b", "to": "a", "share": 20, "kind": "loop"},
                {"from": "b", "to": "c", "share": 80}
            ]),
        );
        let analysis = analyse(&j, &only(&[]));
        let worst = worst_route(&j, &analysis).unwrap();
        assert_eq!((worst.index, worst.path.clone()), (100, vec![0, 1, 2]));
        assert!((worst.share - 0.8).abs() < 1e-9);
    }

    #[test]
    fn a_huge_fan_of_routes_stops_at_the_bound() {
        // 20 layers of two parallel touchpoints: 2^20 routes, more than the search takes.
        let mut touchpoints = vec![json!({"id": "s"})];
        let mut transitions = Vec::new();
        let mut previous = vec!["s".to_owned()];
        for layer in 0..20 {
            let here = vec![format!("a{layer}"), format!("b{layer}")];
            for id in &here {
                touchpoints.push(json!({"id": id}));
                for from in &previous {
                    transitions.push(json!({"from": from, "to": id}));
                }
            }
            previous = here;
        }
        let j = crate::rules::testing::journey(json!(touchpoints), json!(transitions));
        let analysis = analyse(&j, &only(&[]));
        let worst = worst_route(&j, &analysis).unwrap();
        assert!(!worst.complete);
        assert_eq!(worst.index, 100);
        assert_eq!(worst.path.len(), 21);
    }
}
