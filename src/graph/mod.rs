//! The journey as a graph: touchpoints joined by transitions, with the figures the rules and
//! reports use — the start and ends, what is reachable, the main path, loops, handoffs, and
//! from the shares the expected number of contacts and handoffs per tenant.
//!
//! Built from a journey that loaded without problems; references that do not resolve are
//! skipped rather than trusted. Every walk keeps its own stack: a journey file may hold a
//! chain of 60,000 touchpoints, deeper than any thread's stack.

mod markov;
mod paths;

pub use markov::SolveError;

use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::model::{ActorKind, IdIndex, Journey, TouchpointKind, TransitionKind};

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
    leaving: Vec<f64>,
    visits: Vec<f64>,
    figures_problem: Option<SolveError>,
    main_path: Vec<usize>,
    tenant_facing: Vec<bool>,
    ids: IdIndex,
    /// The order hit-probability solves walk, worked out at the first.
    components: std::sync::OnceLock<markov::Components>,
}

/// Shares are percentages: a remainder below this is rounding, not tenants leaving.
const TINY: f64 = 1e-9;

impl JourneyGraph {
    /// Where each touchpoint, stage and actor id sits in the journey: the one id map, built
    /// with the graph, for every module that looks ids up.
    pub fn ids(&self) -> &IdIndex {
        &self.ids
    }

    /// Builds the graph and computes its figures.
    pub fn new(journey: &Journey) -> JourneyGraph {
        let n = journey.touchpoints.len();
        let ids = IdIndex::new(journey);
        let mut graph = DiGraph::with_capacity(n, journey.transitions.len());
        for i in 0..n {
            graph.add_node(i);
        }
        let probabilities = fill_shares(journey, &ids);
        for (t, transition) in journey.transitions.iter().enumerate() {
            let (Some(from), Some(to)) = (
                ids.touchpoint(&transition.from),
                ids.touchpoint(&transition.to),
            ) else {
                continue;
            };
            // An unknown actor on either side is no evidence of a change of hands: only a
            // change between two known actors who are not the tenant counts, or the file's
            // own word (`"kind": "handoff"`).
            let is_tenant = |actor: &str| is_tenant(journey, &ids, actor);
            let changes_hands = match (
                journey.touchpoints[from].known_actor(),
                journey.touchpoints[to].known_actor(),
            ) {
                (Some(a), Some(b)) => a != b && !is_tenant(a) && !is_tenant(b),
                _ => false,
            };
            let handoff = transition.kind.contains(TransitionKind::Handoff) || changes_hands;
            graph.add_edge(
                NodeIndex::new(from),
                NodeIndex::new(to),
                Step {
                    transition: t,
                    from,
                    to,
                    probability: probabilities[t],
                    handoff,
                    loop_back: transition.kind.contains(TransitionKind::Loop),
                    escalation: transition.kind.contains(TransitionKind::Escalation),
                },
            );
        }
        let start = journey
            .start
            .as_deref()
            .and_then(|id| ids.touchpoint(id))
            .unwrap_or(0);
        mark_back_edges(&mut graph, start);
        // What the steps out of a touchpoint leave is the share that finishes there: all of
        // it at a touchpoint without transitions, the remainder where every share is set and
        // they add up to less than 100 (a partial exit, as the README says).
        let mut leaving = vec![1.0; n];
        for step in graph.edge_weights() {
            leaving[step.from] -= step.probability;
        }
        for share in &mut leaving {
            if *share <= TINY {
                *share = 0.0;
            }
        }
        let ends = (0..n).filter(|&i| leaving[i] > 0.0).collect();
        let tenant_facing = journey
            .touchpoints
            .iter()
            .map(|t| {
                // An absent step is a gap, not a contact, though tenants pass through it.
                !t.absent && t.kind != TouchpointKind::Wait && !is_tenant(journey, &ids, &t.actor)
            })
            .collect();
        let mut journey_graph = JourneyGraph {
            graph,
            start,
            ends,
            leaving,
            visits: Vec::new(),
            figures_problem: None,
            main_path: Vec::new(),
            tenant_facing,
            ids,
            components: std::sync::OnceLock::new(),
        };
        if n > 0 {
            match markov::expected_visits(&journey_graph) {
                Ok(visits) => journey_graph.visits = visits,
                Err(problem) => {
                    // Unknown, not zero: zeros would read as "nobody passes here".
                    journey_graph.visits = vec![f64::NAN; n];
                    journey_graph.figures_problem = Some(problem);
                }
            }
            journey_graph.main_path = paths::most_likely_path(&journey_graph);
        }
        journey_graph
    }

    /// Why the expected visits, contacts and handoffs could not be computed, if they could
    /// not (they are NaN then). Loading rejects trapped tenants, so for a loaded journey this
    /// is only a huge loop that tenants almost never leave.
    pub fn figures_problem(&self) -> Option<&SolveError> {
        self.figures_problem.as_ref()
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

    /// Where tenants finish: touchpoints without outgoing transitions, and partial exits
    /// (every share set, adding up to less than 100), where the rest finish.
    pub fn ends(&self) -> &[usize] {
        &self.ends
    }

    /// The probability (0–1) that a tenant at touchpoint `i` finishes there: 1 at a
    /// touchpoint without transitions, what the shares leave at a partial exit, else 0.
    pub fn leaving(&self, i: usize) -> f64 {
        self.leaving.get(i).copied().unwrap_or(0.0)
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

    /// For every touchpoint, whether a touchpoint for which `target` is true can be reached
    /// from it by one or more steps: [`JourneyGraph::reachable_after`] for all touchpoints in
    /// one backward walk, for rules that ask it of many touchpoints.
    pub fn reaches_later(&self, target: impl Fn(usize) -> bool) -> Vec<bool> {
        let mut marked = vec![false; self.len()];
        let mut stack: Vec<usize> = (0..self.len())
            .filter(|&i| target(i))
            .flat_map(|i| self.steps_into(i).map(|step| step.from))
            .collect();
        while let Some(node) = stack.pop() {
            if !marked[node] {
                marked[node] = true;
                stack.extend(self.steps_into(node).map(|step| step.from));
            }
        }
        marked
    }

    /// Can a tenant get from the start to touchpoint `target` without passing any touchpoint
    /// for which `blocked` is true? (The start and target are checked too.)
    pub fn reachable_avoiding(&self, target: usize, blocked: impl Fn(usize) -> bool) -> bool {
        self.reachable_from_start_avoiding(blocked)
            .get(target)
            .copied()
            .unwrap_or(false)
    }

    /// Every touchpoint a tenant can get to from the start without passing one for which
    /// `blocked` is true (a blocked touchpoint itself is not reached). One walk answers the
    /// question for all touchpoints at once, so asking it per end is never needed.
    pub fn reachable_from_start_avoiding(&self, blocked: impl Fn(usize) -> bool) -> Vec<bool> {
        let mut seen = vec![false; self.len()];
        if self.is_empty() || blocked(self.start) {
            return seen;
        }
        let mut stack = vec![self.start];
        seen[self.start] = true;
        while let Some(node) = stack.pop() {
            for next in self.successors(node) {
                if !seen[next] && !blocked(next) {
                    seen[next] = true;
                    stack.push(next);
                }
            }
        }
        seen
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

    /// The probability that a tenant follows the main path from start to end and finishes
    /// there (at a partial exit only the remainder finishes).
    pub fn main_path_probability(&self) -> f64 {
        let finish = self.main_path.last().map_or(0.0, |&end| self.leaving(end));
        self.main_path
            .windows(2)
            .map(|pair| {
                self.steps_from(pair[0])
                    .find(|step| step.to == pair[1])
                    .map_or(0.0, |step| step.probability)
            })
            .product::<f64>()
            * finish
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
    /// organisation or a partner deals with the tenant (not waits, not the tenant alone, not
    /// absent steps).
    pub fn expected_contacts(&self) -> f64 {
        self.visits
            .iter()
            .zip(&self.tenant_facing)
            .filter(|(_, facing)| **facing)
            .map(|(visits, _)| visits)
            .sum::<f64>()
            + 0.0
    }

    /// True when touchpoint `i` is a contact the organisation pays for: someone deals with
    /// the tenant there (not a wait, not the tenant alone, not an absent step).
    pub fn is_contact(&self, i: usize) -> bool {
        self.tenant_facing.get(i).copied().unwrap_or(false)
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
    /// already at) a touchpoint for which `target` is true. NaN everywhere when the solve
    /// fails (see [`JourneyGraph::try_hit_probabilities`]): never a made-up zero.
    pub fn hit_probabilities(&self, target: impl Fn(usize) -> bool) -> Vec<f64> {
        self.try_hit_probabilities(target)
            .unwrap_or_else(|_| vec![f64::NAN; self.len()])
    }

    /// [`JourneyGraph::hit_probabilities`], saying why when they cannot be computed (a huge
    /// loop that tenants almost never leave).
    pub fn try_hit_probabilities(
        &self,
        target: impl Fn(usize) -> bool,
    ) -> Result<Vec<f64>, SolveError> {
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

    /// The loops of the journey: its strongly connected components of two or more
    /// touchpoints, and single touchpoints with a step back to themselves.
    pub fn loop_components(&self) -> Loops {
        let mut loops = Loops {
            of: vec![usize::MAX; self.len()],
            members: Vec::new(),
        };
        for component in petgraph::algo::kosaraju_scc(&self.graph) {
            let own_step = || {
                self.steps_from(component[0].index())
                    .any(|step| step.to == step.from)
            };
            if component.len() > 1 || own_step() {
                let mut members: Vec<usize> = component.iter().map(|n| n.index()).collect();
                members.sort_unstable();
                for &i in &members {
                    loops.of[i] = loops.members.len();
                }
                loops.members.push(members);
            }
        }
        loops
    }

    /// The share of tenants (0–1) who pass touchpoint `t` at least once: its expected visits
    /// times the chance that a tenant there does not come back. Off a loop that is its
    /// visits. `None` when it cannot be worked out: the figures failed, or `t` lies on a loop
    /// of more than `largest_loop` touchpoints (a solve per moment there would be slow).
    pub fn share_passing(&self, t: usize, loops: &Loops, largest_loop: usize) -> Option<f64> {
        let visits = self.visits.get(t).copied().filter(|v| v.is_finite())?;
        let back = match loops.of(t) {
            None => 0.0,
            Some(its_loop) if its_loop.len() <= largest_loop => {
                markov::return_probability(self, t, its_loop).ok()?
            }
            Some(_) => return None,
        };
        Some((visits * (1.0 - back)).clamp(0.0, 1.0))
    }

    /// The strongly connected components of the steps tenants take, in solving order.
    fn components(&self) -> &markov::Components {
        self.components
            .get_or_init(|| markov::Components::new(self))
    }

    pub(crate) fn petgraph(&self) -> &DiGraph<usize, Step> {
        &self.graph
    }
}

/// Which loop each touchpoint lies on ([`JourneyGraph::loop_components`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Loops {
    of: Vec<usize>,
    members: Vec<Vec<usize>>,
}

impl Loops {
    /// The touchpoints of the loop `t` lies on, sorted; `None` off every loop.
    pub fn of(&self, t: usize) -> Option<&[usize]> {
        let loop_index = *self.of.get(t)?;
        self.members.get(loop_index).map(Vec::as_slice)
    }
}

/// True when `actor` is the tenant (an unknown actor is not).
fn is_tenant(journey: &Journey, ids: &IdIndex, actor: &str) -> bool {
    ids.actor(actor)
        .is_some_and(|a| journey.actors[a].kind == ActorKind::Tenant)
}

/// Probability of each transition: the share as a fraction; transitions without a share split
/// what the others leave evenly.
fn fill_shares(journey: &Journey, ids: &IdIndex) -> Vec<f64> {
    let mut given = vec![0.0; journey.touchpoints.len()];
    let mut open = vec![0usize; journey.touchpoints.len()];
    for transition in &journey.transitions {
        if let Some(from) = ids.touchpoint(&transition.from) {
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
            |transition| match (transition.share, ids.touchpoint(&transition.from)) {
                (Some(share), _) => share.clamp(0.0, 100.0) / 100.0,
                (None, Some(from)) => (1.0 - given[from]).max(0.0) / open[from] as f64,
                (None, None) => 0.0,
            },
        )
        .collect()
}

/// A step back to a touchpoint on the current path (a back edge of a depth-first search from
/// the start) is a loop, whatever its kind says. The search keeps its own stack of
/// (touchpoint, steps still to try), visiting steps in petgraph's order, so it finds the
/// same back edges as petgraph's recursive `depth_first_search` at any depth.
fn mark_back_edges(graph: &mut DiGraph<usize, Step>, start: usize) {
    if graph.node_count() == 0 {
        return;
    }
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnPath,
        Done,
    }
    let mut back = Vec::new();
    {
        let graph = &*graph;
        let mut state = vec![State::New; graph.node_count()];
        let root = NodeIndex::new(start);
        state[start] = State::OnPath;
        let mut stack = vec![(root, graph.neighbors(root))];
        while let Some((node, next)) = stack.last_mut() {
            match next.next() {
                Some(to) => match state[to.index()] {
                    State::New => {
                        state[to.index()] = State::OnPath;
                        stack.push((to, graph.neighbors(to)));
                    }
                    State::OnPath => back.push((*node, to)),
                    State::Done => {}
                },
                None => {
                    state[node.index()] = State::Done;
                    stack.pop();
                }
            }
        }
    }
    for (from, to) in back {
        let edges: Vec<EdgeIndex> = graph.edges_connecting(from, to).map(|e| e.id()).collect();
        for edge in edges {
            graph[edge].loop_back = true;
        }
    }
}

#[cfg(test)]
mod tests;
