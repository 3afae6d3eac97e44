//! The main path: the single most likely way through the journey, for the emotion curve and
//! the rules that follow "the tenant's path".

use petgraph::algo::astar;
use petgraph::graph::NodeIndex;

use super::JourneyGraph;

/// The most probable start-to-end path: the cheapest path when a step costs −ln(probability).
/// Steps nobody takes cost a lot but are still allowed, so a path always exists when an end
/// is reachable.
pub(super) fn most_likely_path(graph: &JourneyGraph) -> Vec<usize> {
    let start = NodeIndex::new(graph.start());
    let found = astar(
        graph.petgraph(),
        start,
        |node| graph.is_end(node.index()),
        |edge| -edge.weight().probability.max(1e-9).ln(),
        |_| 0.0,
    );
    match found {
        Some((_, path)) => path.into_iter().map(NodeIndex::index).collect(),
        None => vec![graph.start()],
    }
}
