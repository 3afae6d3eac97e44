//! The journey as a graph: touchpoints joined by transitions, with the figures the rules and
//! reports use — the start and ends, what is reachable, the main path, loops, handoffs, and
//! from the shares the expected number of contacts and handoffs per tenant.
//!
//! Built from a journey that loaded without problems; references that do not resolve are
//! skipped rather than trusted.

mod markov;
mod paths;

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::{DfsEvent, EdgeRef, depth_first_search};

use crate::model::{ActorKind, Journey, TouchpointKind, TransitionKind};

/// One transition as the graph sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Index of the transition in `journey.transitions`.
    pub transition: usize,
    /// Index of the touchpoint tenants come from.
    pub from: usize,
    /// Index of the touchpoint tenants go to.
    pub to: usize,
    /// Probability (0–1) that a tenant at `from` takes this step, with unset shares filled in.
    pub probability: f64,
    /// The tenant is passed to another actor: marked as a handoff, or the serving actor
    /// changes between two actors who are not the tenant.
    pub handoff: bool,
    /// The step goes back to a touchpoint the tenant already passed: a repeat contact.
    pub loop_back: bool,
    /// The step is marked as an escalation.
    pub escalation: bool,
}

/// The graph view of one journey. Node `i` is touchpoint `i`.
#[derive(Debug, Clone)]
pub struct JourneyGraph {
    graph: DiGraph<usize, Step>,
    start: usize,
    ends: Vec<usize>,
    visits: Vec<f64>,
    main_path: Vec<usize>,
    tenant_facing: Vec<bool>,
}

impl JourneyGraph {
    /// Builds the graph and computes its figures.
    pub fn new(journey: &Journey) -> JourneyGraph {
        let n = journey.touchpoints.len();
        let index: HashMap<&str, usize> = journey
            .touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        let actor_kind: HashMap<&str, ActorKind> = journey
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.kind))
            .collect();
        let mut graph = DiGraph::with_capacity(n, journey.transitions.len());
        for i in 0..n {
            graph.add_node(i);
        }
        let probabilities = fill_shares(journey, &index);
        for (t, transition) in journey.transitions.iter().enumerate() {
            let (Some(&from), Some(&to)) = (
                index.get(transition.from.as_str()),
                index.get(transition.to.as_str()),
            ) else {
                continue;
            };
            let actor_from = journey.touchpoints[from].actor.as_str();
            let actor_to = journey.touchpoints[to].actor.as_str();
            let is_tenant = |actor: &str| actor_kind.get(actor) == Some(&ActorKind::Tenant);
            let handoff = transition.kind == TransitionKind::Handoff
                || (actor_from != actor_to && !is_tenant(actor_from) && !is_tenant(actor_to));
            graph.add_edge(
                NodeIndex::new(from),
                NodeIndex::new(to),
                Step {
                    transition: t,
                    from,
                    to,
                    probability: probabilities[t],
                    handoff,
                    loop_back: transition.kind == TransitionKind::Loop,
                    escalation: transition.kind == TransitionKind::Escalation,
                },
            );
        }
        let start = journey
            .start
            .as_deref()
            .and_then(|id| index.get(id).copied())
            .unwrap_or(0);
        mark_back_edges(&mut graph, start);
        let ends = (0..n)
            .filter(|&i| {
                graph
                    .neighbors_directed(NodeIndex::new(i), Direction::Outgoing)
                    .next()
                    .is_none()
            })
            .collect();
        let tenant_facing = journey
            .touchpoints
            .iter()
            .map(|t| {
                t.kind != TouchpointKind::Wait
                    && actor_kind.get(t.actor.as_str()) != Some(&ActorKind::Tenant)
            })
            .collect();
        let mut journey_graph = JourneyGraph {
            graph,
            start,
            ends,
            visits: Vec::new(),
            main_path: Vec::new(),
            tenant_facing,
        };
        if n > 0 {
            journey_graph.visits = markov::expected_visits(&journey_graph);
            journey_graph.main_path = paths::most_likely_path(&journey_graph);
        }
        journey_graph
    }

    /// Number of touchpoints.
    pub fn len(&self) -> usize {
        self.graph.node_count()
    }

    /// True for a journey without touchpoints.
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// The touchpoint where every tenant starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Touchpoints without outgoing transitions: where tenants finish.
    pub fn ends(&self) -> &[usize] {
        &self.ends
    }

    /// True when tenants finish at touchpoint `i`.
    pub fn is_end(&self, i: usize) -> bool {
        self.ends.binary_search(&i).is_ok()
    }

    /// Every step of the journey, in transition order.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.graph.edge_weights()
    }

    /// The steps leaving touchpoint `i`.
    pub fn steps_from(&self, i: usize) -> impl Iterator<Item = &Step> {
        self.graph
            .edges_directed(NodeIndex::new(i), Direction::Outgoing)
            .map(|edge| edge.weight())
    }

    /// The steps arriving at touchpoint `i`.
    pub fn steps_into(&self, i: usize) -> impl Iterator<Item = &Step> {
        self.graph
            .edges_directed(NodeIndex::new(i), Direction::Incoming)
            .map(|edge| edge.weight())
    }

    /// Steps that send tenants back to where they have been: repeat contacts.
    pub fn loops(&self) -> impl Iterator<Item = &Step> {
        self.steps().filter(|step| step.loop_back)
    }

    /// Steps that pass the tenant to another actor.
    pub fn handoffs(&self) -> impl Iterator<Item = &Step> {
        self.steps().filter(|step| step.handoff)
    }

    /// Which touchpoints can be reached from `from` by one or more steps (`from` itself only
    /// when a loop leads back to it).
    pub fn reachable_after(&self, from: usize) -> Vec<bool> {
        let mut seen = vec![false; self.len()];
        let mut stack: Vec<usize> = self.successors(from).collect();
        while let Some(node) = stack.pop() {
            if !seen[node] {
                seen[node] = true;
                stack.extend(self.successors(node));
            }
        }
        seen
    }

    /// Can a tenant get from the start to touchpoint `target` without passing any touchpoint
    /// for which `blocked` is true? (The start and target are checked too.)
    pub fn reachable_avoiding(&self, target: usize, blocked: impl Fn(usize) -> bool) -> bool {
        if blocked(self.start) {
            return false;
        }
        let mut seen = vec![false; self.len()];
        let mut stack = vec![self.start];
        seen[self.start] = true;
        while let Some(node) = stack.pop() {
            if node == target {
                return true;
            }
            for next in self.successors(node) {
                if !seen[next] && !blocked(next) {
                    seen[next] = true;
                    stack.push(next);
                }
            }
        }
        false
    }

    fn successors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.graph
            .neighbors_directed(NodeIndex::new(i), Direction::Outgoing)
            .map(NodeIndex::index)
    }

    /// The most likely path from the start to an end, following the shares; it never repeats
    /// a touchpoint.
    pub fn main_path(&self) -> &[usize] {
        &self.main_path
    }

    /// The probability that a tenant follows the main path from start to end.
    pub fn main_path_probability(&self) -> f64 {
        self.main_path
            .windows(2)
            .map(|pair| {
                self.steps_from(pair[0])
                    .find(|step| step.to == pair[1])
                    .map_or(0.0, |step| step.probability)
            })
            .product()
    }

    /// How often, on average, a tenant passes each touchpoint. Below 1 this is the share of
    /// tenants who pass it; above 1 tenants pass it more than once (loops).
    pub fn expected_visits(&self) -> &[f64] {
        &self.visits
    }

    /// How often, on average, a tenant takes a step.
    pub fn step_traversals(&self, step: &Step) -> f64 {
        self.visits.get(step.from).copied().unwrap_or(0.0) * step.probability
    }

    /// Expected contacts per tenant from start to end: visits to touchpoints where the
    /// organisation or a partner deals with the tenant (not waits, not the tenant alone).
    pub fn expected_contacts(&self) -> f64 {
        self.visits
            .iter()
            .zip(&self.tenant_facing)
            .filter(|(_, facing)| **facing)
            .map(|(visits, _)| visits)
            .sum::<f64>()
            + 0.0
    }

    /// Expected handoffs per tenant from start to end.
    pub fn expected_handoffs(&self) -> f64 {
        // `+ 0.0`: an empty float sum is −0.0, which would print as "-0.0".
        self.handoffs()
            .map(|step| self.step_traversals(step))
            .sum::<f64>()
            + 0.0
    }

    /// For each touchpoint, the probability that a tenant there goes on to reach (or is
    /// already at) a touchpoint for which `target` is true.
    pub fn hit_probabilities(&self, target: impl Fn(usize) -> bool) -> Vec<f64> {
        markov::hit_probabilities(self, &target)
    }

    /// The probability that a tenant who has just passed `from` reaches a `target` touchpoint
    /// later (strictly after `from`).
    pub fn probability_reaching_after(&self, from: usize, target: impl Fn(usize) -> bool) -> f64 {
        let hits = self.hit_probabilities(target);
        self.steps_from(from)
            .map(|step| step.probability * hits[step.to])
            .sum()
    }

    pub(crate) fn petgraph(&self) -> &DiGraph<usize, Step> {
        &self.graph
    }
}

/// Probability of each transition: the share as a fraction; transitions without a share split
/// what the others leave evenly.
fn fill_shares(journey: &Journey, index: &HashMap<&str, usize>) -> Vec<f64> {
    let mut given = vec![0.0; journey.touchpoints.len()];
    let mut open = vec![0usize; journey.touchpoints.len()];
    for transition in &journey.transitions {
        if let Some(&from) = index.get(transition.from.as_str()) {
            match transition.share {
                Some(share) => given[from] += share.clamp(0.0, 100.0) / 100.0,
                None => open[from] += 1,
            }
        }
    }
    journey
        .transitions
        .iter()
        .map(
            |transition| match (transition.share, index.get(transition.from.as_str())) {
                (Some(share), _) => share.clamp(0.0, 100.0) / 100.0,
                (None, Some(&from)) => (1.0 - given[from]).max(0.0) / open[from] as f64,
                (None, None) => 0.0,
            },
        )
        .collect()
}

/// A step back to a touchpoint on the current path (a back edge of a depth-first search from
/// the start) is a loop, whatever its kind says.
fn mark_back_edges(graph: &mut DiGraph<usize, Step>, start: usize) {
    if graph.node_count() == 0 {
        return;
    }
    let mut back = Vec::new();
    depth_first_search(&*graph, Some(NodeIndex::new(start)), |event| {
        if let DfsEvent::BackEdge(from, to) = event {
            back.push((from, to));
        }
    });
    for (from, to) in back {
        let edges: Vec<EdgeIndex> = graph.edges_connecting(from, to).map(|e| e.id()).collect();
        for edge in edges {
            graph[edge].loop_back = true;
        }
    }
}

#[cfg(test)]
mod tests;
