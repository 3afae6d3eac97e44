//! Expected visits and hitting probabilities from the shares, treating the journey as an
//! absorbing Markov chain. Loops make path enumeration wrong (a loop taken by 30% of tenants
//! adds 0.3 + 0.09 + … visits), so the chain is solved exactly, one strongly connected
//! component at a time: most components are single touchpoints, so this stays linear in the
//! size of the journey and only true loops pay for a small dense solve.

use petgraph::Direction;
use petgraph::algo::tarjan_scc;

use super::JourneyGraph;

/// Expected number of visits per tenant for every touchpoint: v = e_start + Pᵀ v.
pub(super) fn expected_visits(graph: &JourneyGraph) -> Vec<f64> {
    let g = graph.petgraph();
    let mut visits = vec![0.0; g.node_count()];
    let mut component_of = vec![usize::MAX; g.node_count()];
    let components = tarjan_scc(g);
    // tarjan_scc yields components sinks first; visits flow from the start, so go sources first.
    for (c, component) in components.iter().enumerate().rev() {
        for node in component {
            component_of[node.index()] = c;
        }
        let position = |node: usize| component.iter().position(|n| n.index() == node);
        let k = component.len();
        let mut matrix = vec![vec![0.0; k]; k];
        let mut rhs = vec![0.0; k];
        for (row, node) in component.iter().enumerate() {
            matrix[row][row] = 1.0;
            if node.index() == graph.start() {
                rhs[row] += 1.0;
            }
            for edge in g.edges_directed(*node, Direction::Incoming) {
                let step = edge.weight();
                match position(step.from) {
                    Some(col) => matrix[row][col] -= step.probability,
                    None => rhs[row] += visits[step.from] * step.probability,
                }
            }
        }
        let solution = solve(matrix, rhs);
        for (row, node) in component.iter().enumerate() {
            visits[node.index()] = solution[row];
        }
    }
    visits
}

/// For every touchpoint, the probability of reaching a target touchpoint from it (1 at targets).
pub(super) fn hit_probabilities(graph: &JourneyGraph, target: &dyn Fn(usize) -> bool) -> Vec<f64> {
    let g = graph.petgraph();
    let mut hits = vec![0.0; g.node_count()];
    for component in tarjan_scc(g) {
        let position = |node: usize| component.iter().position(|n| n.index() == node);
        let k = component.len();
        let mut matrix = vec![vec![0.0; k]; k];
        let mut rhs = vec![0.0; k];
        for (row, node) in component.iter().enumerate() {
            matrix[row][row] = 1.0;
            if target(node.index()) {
                rhs[row] = 1.0;
                continue;
            }
            for edge in g.edges_directed(*node, Direction::Outgoing) {
                let step = edge.weight();
                match position(step.to) {
                    Some(col) => matrix[row][col] -= step.probability,
                    None => rhs[row] += hits[step.to] * step.probability,
                }
            }
        }
        let solution = solve(matrix, rhs);
        for (row, node) in component.iter().enumerate() {
            hits[node.index()] = solution[row];
        }
    }
    hits
}

/// Solves `matrix · x = rhs` by Gaussian elimination with partial pivoting. A singular system
/// (tenants trapped in a loop, which loading already rejects) yields zeros, never a panic.
fn solve(mut matrix: Vec<Vec<f64>>, mut rhs: Vec<f64>) -> Vec<f64> {
    let n = rhs.len();
    if n == 1 {
        return if matrix[0][0].abs() > 1e-12 {
            vec![rhs[0] / matrix[0][0]]
        } else {
            vec![0.0]
        };
    }
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&a, &b| matrix[a][col].abs().total_cmp(&matrix[b][col].abs()))
            .unwrap_or(col);
        if matrix[pivot][col].abs() < 1e-12 {
            return vec![0.0; n];
        }
        matrix.swap(col, pivot);
        rhs.swap(col, pivot);
        for row in col + 1..n {
            let factor = matrix[row][col] / matrix[col][col];
            if factor != 0.0 {
                let (upper, lower) = matrix.split_at_mut(row);
                let pivot_row = &upper[col];
                for (target, pivot_value) in lower[0][col..].iter_mut().zip(&pivot_row[col..]) {
                    *target -= factor * pivot_value;
                }
                rhs[row] -= factor * rhs[col];
            }
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let sum: f64 = (row + 1..n).map(|k| matrix[row][k] * x[k]).sum();
        x[row] = (rhs[row] - sum) / matrix[row][row];
    }
    x
}

#[cfg(test)]
mod tests {
    use super::solve;

    #[test]
    fn solves_a_small_system() {
        let x = solve(vec![vec![2.0, 1.0], vec![1.0, 3.0]], vec![3.0, 5.0]);
        assert!(
            (x[0] - 0.8).abs() < 1e-12 && (x[1] - 1.4).abs() < 1e-12,
            "{x:?}"
        );
    }

    #[test]
    fn a_singular_system_gives_zeros_not_a_panic() {
        assert_eq!(
            solve(vec![vec![1.0, -1.0], vec![-1.0, 1.0]], vec![1.0, 0.0]),
            vec![0.0, 0.0]
        );
    }
}
