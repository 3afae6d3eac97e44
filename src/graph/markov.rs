//! Expected visits and hitting probabilities from the shares, treating the journey as an
//! absorbing Markov chain. Loops make path enumeration wrong (a loop taken by 30% of tenants
//! adds 0.3 + 0.09 + … visits), so the chain is solved one strongly connected component at a
//! time, dependencies first. Both figures are the same kind of system, `x = b + W x` with `W`
//! non-negative, so one solver serves both: small loops (the ones real journeys have) get an
//! exact dense solve; large ones an iterative solve whose memory is linear in their steps and
//! whose work is capped, so a 30,000-touchpoint loop cannot take gigabytes or minutes.

use petgraph::Direction;
use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use super::JourneyGraph;

/// Components up to this size are solved exactly by Gaussian elimination (k² memory).
const DENSE_LIMIT: usize = 64;

/// The iterative solve stops after about this many step updates, converged or not.
const WORK_BUDGET: usize = 200_000_000;

/// Probability mass below this counts as none: shares are percentages, so anything smaller
/// is rounding.
const TINY: f64 = 1e-9;

/// Why the figures could not be computed. Loading rejects the journeys that cause
/// [`SolveError::Trapped`], so callers mostly meet it with journeys built in code.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SolveError {
    /// Tenants enter these touchpoints and never leave: they would visit them without end.
    #[error("tenants who reach touchpoints {touchpoints:?} can never leave them")]
    Trapped {
        /// Indices of the touchpoints of the loop, in ascending order.
        touchpoints: Vec<usize>,
    },
    /// A large loop that tenants leave very rarely needs more rounds than the budget allows.
    #[error(
        "the figures for a loop of {size} touchpoints did not settle in {sweeps} rounds; a loop this large that tenants rarely leave cannot be solved quickly"
    )]
    NotSettled {
        /// Touchpoints in the loop.
        size: usize,
        /// Rounds done before giving up.
        sweeps: usize,
    },
}

/// Expected number of visits per tenant for every touchpoint: v = e_start + Pᵀ v.
pub(super) fn expected_visits(graph: &JourneyGraph) -> Result<Vec<f64>, SolveError> {
    let start = graph.start();
    System::new(graph, Direction::Incoming, &|_| false).solve(&|i| f64::from(u8::from(i == start)))
}

/// For every touchpoint, the probability of reaching a target touchpoint from it (1 at targets).
///
/// Rules and board figures ask this a dozen times per journey, each for other targets. So it
/// walks the journey's components, worked out once ([`Components`]): a touchpoint on no loop
/// sums what its steps lead to, and only a loop gets a system of its own. Building and
/// decomposing a graph per question, as [`System`] does, was a twentieth of a report's time.
/// Targets depend on nothing, so they can split a loop: the loop's other touchpoints are
/// decomposed again, as [`System`] would.
pub(super) fn hit_probabilities(
    graph: &JourneyGraph,
    target: &dyn Fn(usize) -> bool,
) -> Result<Vec<f64>, SolveError> {
    let g = graph.petgraph();
    let n = g.node_count();
    let mut x = vec![0.0; n];
    let components = graph.components();
    for component in components.iter() {
        if let [node] = *component
            && !components.loops_on_itself(node)
        {
            x[node] = if target(node) {
                1.0
            } else {
                taken(g, node).fold(0.0, |sum, step| sum + step.probability * x[step.to])
            };
            continue;
        }
        let mut open = Vec::with_capacity(component.len());
        for &node in component {
            if target(node) {
                x[node] = 1.0;
            } else {
                open.push(node);
            }
        }
        // a loop without targets is strongly connected as it is; targets may split one
        let whole = open.len() == component.len();
        solve_loop(g, &open, whole, &mut x)?;
    }
    Ok(x)
}

/// The steps out of `node` that tenants take, in the order a [`System`] adds them up.
fn taken(g: &DiGraph<usize, super::Step>, node: usize) -> impl Iterator<Item = &super::Step> {
    g.edges(NodeIndex::new(node))
        .map(|edge| edge.weight())
        .filter(|step| step.probability > 0.0)
}

/// Solves the hit probabilities of `open`, the touchpoints of one loop that are not targets
/// (sorted), given `x` of everything they lead to outside `open`: decomposed into the strongly
/// connected parts their own steps make (unless `whole`, when they are one), each solved as
/// [`System::solve`] solves a component.
fn solve_loop(
    g: &DiGraph<usize, super::Step>,
    open: &[usize],
    whole: bool,
    x: &mut [f64],
) -> Result<(), SolveError> {
    let position = |node: usize| open.binary_search(&node).ok();
    let parts = if whole {
        vec![(0..open.len()).map(NodeIndex::new).collect()]
    } else {
        let mut within: DiGraph<(), ()> = DiGraph::with_capacity(open.len(), open.len() * 2);
        for _ in open {
            within.add_node(());
        }
        for (from, &node) in open.iter().enumerate() {
            for step in taken(g, node) {
                if let Some(to) = position(step.to) {
                    within.add_edge(NodeIndex::new(from), NodeIndex::new(to), ());
                }
            }
        }
        kosaraju_scc(&within)
    };
    let mut local = vec![usize::MAX; open.len()];
    for part in parts {
        for (k, member) in part.iter().enumerate() {
            local[member.index()] = k;
        }
        let mut block = Block::with_capacity(part.len());
        for member in &part {
            block.row_start.push(block.cols.len());
            let mut rhs = 0.0;
            for step in taken(g, open[member.index()]) {
                match position(step.to).map(|p| local[p]) {
                    Some(col) if col != usize::MAX => {
                        block.cols.push(col);
                        block.weights.push(step.probability);
                    }
                    _ => rhs += step.probability * x[step.to],
                }
            }
            block.rhs.push(rhs);
        }
        block.row_start.push(block.cols.len());
        let nodes: Vec<usize> = part.iter().map(|m| open[m.index()]).collect();
        let solution = block.solve(|| sorted(nodes.iter().copied()))?;
        for (&node, value) in nodes.iter().zip(solution) {
            x[node] = value;
        }
        for member in &part {
            local[member.index()] = usize::MAX;
        }
    }
    Ok(())
}

/// The strongly connected components of the steps tenants take (shares above zero), each
/// after the components its steps lead to: the order in which hit probabilities are solved.
#[derive(Debug, Clone, Default)]
pub(super) struct Components {
    /// The touchpoints, component after component; sorted within one.
    nodes: Vec<usize>,
    /// Where each component ends in `nodes`.
    ends: Vec<usize>,
    /// Touchpoints with a step back to themselves.
    own_step: Vec<bool>,
}

impl Components {
    pub(super) fn new(graph: &JourneyGraph) -> Components {
        let g = graph.petgraph();
        let n = g.node_count();
        let mut taken: DiGraph<(), ()> = DiGraph::with_capacity(n, g.edge_count());
        for _ in 0..n {
            taken.add_node(());
        }
        let mut own_step = vec![false; n];
        for edge in g.edge_references() {
            let step = edge.weight();
            if step.probability > 0.0 {
                taken.add_edge(NodeIndex::new(step.from), NodeIndex::new(step.to), ());
                own_step[step.from] |= step.from == step.to;
            }
        }
        let mut components = Components {
            nodes: Vec::with_capacity(n),
            ends: Vec::new(),
            own_step,
        };
        // kosaraju_scc yields a component after those its edges lead to
        for component in kosaraju_scc(&taken) {
            let start = components.nodes.len();
            components.nodes.extend(component.iter().map(|c| c.index()));
            components.nodes[start..].sort_unstable();
            components.ends.push(components.nodes.len());
        }
        components
    }

    fn iter(&self) -> impl Iterator<Item = &[usize]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.nodes[start..end])
    }

    fn loops_on_itself(&self, node: usize) -> bool {
        self.own_step[node]
    }
}

/// The hit probabilities as a [`System`] of the whole journey solves them: the reference the
/// walk over [`Components`] is tested against.
#[cfg(test)]
pub(super) fn hit_probabilities_by_system(
    graph: &JourneyGraph,
    target: &dyn Fn(usize) -> bool,
) -> Result<Vec<f64>, SolveError> {
    System::new(graph, Direction::Outgoing, target).solve(&|i| f64::from(u8::from(target(i))))
}

/// The probability that a tenant at `target` comes back to it. `its_loop` holds the
/// touchpoints of its strongly connected component, sorted, `target` among them: a tenant who
/// leaves the loop never returns, so the hit probabilities are solved over the loop alone,
/// `|loop|` unknowns instead of a solve of the whole journey per moment.
pub(super) fn return_probability(
    graph: &JourneyGraph,
    target: usize,
    its_loop: &[usize],
) -> Result<f64, SolveError> {
    let g = graph.petgraph();
    let others: Vec<usize> = its_loop.iter().copied().filter(|&i| i != target).collect();
    let column = |i: usize| others.binary_search(&i).ok();
    let taken = |i: usize| {
        g.edges(NodeIndex::new(i))
            .map(|edge| edge.weight())
            .filter(|step| step.probability > 0.0)
    };
    let mut block = Block::with_capacity(others.len());
    for &i in &others {
        block.row_start.push(block.cols.len());
        let mut rhs = 0.0;
        for step in taken(i) {
            if step.to == target {
                rhs += step.probability;
            } else if let Some(col) = column(step.to) {
                block.cols.push(col);
                block.weights.push(step.probability);
            }
        }
        block.rhs.push(rhs);
    }
    block.row_start.push(block.cols.len());
    let hits = block.solve(|| its_loop.to_vec())?;
    Ok(taken(target)
        .map(|step| match column(step.to) {
            _ if step.to == target => step.probability,
            Some(col) => step.probability * hits[col],
            None => 0.0,
        })
        .sum())
}

/// `x_i = b_i + Σ w_ij x_j` for every touchpoint, stored as a graph with an edge i → j of
/// weight w_ij > 0 for every term ("i depends on j"). Steps nobody takes add nothing and are
/// left out, so every component of this graph is one the tenants really go round.
struct System {
    depends: DiGraph<(), f64>,
}

impl System {
    /// The system along `direction`: `Incoming` makes a touchpoint depend on those tenants come
    /// from (visits), `Outgoing` on those they go to (hit probabilities). `fixed` touchpoints
    /// depend on nothing: their value is their `b`.
    fn new(graph: &JourneyGraph, direction: Direction, fixed: &dyn Fn(usize) -> bool) -> System {
        let g = graph.petgraph();
        let mut depends = DiGraph::with_capacity(g.node_count(), g.edge_count());
        for _ in 0..g.node_count() {
            depends.add_node(());
        }
        for edge in g.edge_references() {
            let step = edge.weight();
            let (node, other) = match direction {
                Direction::Incoming => (step.to, step.from),
                Direction::Outgoing => (step.from, step.to),
            };
            if step.probability > 0.0 && !fixed(node) {
                depends.add_edge(
                    NodeIndex::new(node),
                    NodeIndex::new(other),
                    step.probability,
                );
            }
        }
        System { depends }
    }

    /// Solves component by component: `kosaraju_scc` (iterative, unlike `tarjan_scc`) yields
    /// components with their dependencies first.
    fn solve(&self, b: &dyn Fn(usize) -> f64) -> Result<Vec<f64>, SolveError> {
        let n = self.depends.node_count();
        let mut x = vec![0.0; n];
        let mut local = vec![usize::MAX; n];
        for component in kosaraju_scc(&self.depends) {
            if let [node] = component[..]
                && let Some(value) = self.single(node, &x, b)
            {
                // most touchpoints lie on no loop: no block to build for them
                x[node.index()] = value;
                continue;
            }
            for (position, node) in component.iter().enumerate() {
                local[node.index()] = position;
            }
            let block = self.block(&component, &local, &x, b);
            let solution = block.solve(|| sorted(component.iter().map(|n| n.index())))?;
            for (node, value) in component.iter().zip(solution) {
                x[node.index()] = value;
            }
            for node in &component {
                local[node.index()] = usize::MAX;
            }
        }
        Ok(x)
    }

    /// The value of a touchpoint on no loop, from the solved ones it depends on; `None` when it
    /// depends on itself (a step back to itself), which needs a block.
    fn single(&self, node: NodeIndex, x: &[f64], b: &dyn Fn(usize) -> f64) -> Option<f64> {
        let mut value = b(node.index());
        for edge in self.depends.edges(node) {
            if edge.target() == node {
                return None;
            }
            value += edge.weight() * x[edge.target().index()];
        }
        Some(value)
    }

    /// The equations of one component, with what the solved components contribute moved into
    /// the right-hand side.
    fn block(
        &self,
        component: &[NodeIndex],
        local: &[usize],
        x: &[f64],
        b: &dyn Fn(usize) -> f64,
    ) -> Block {
        let mut block = Block::with_capacity(component.len());
        for node in component {
            block.row_start.push(block.cols.len());
            let mut rhs = b(node.index());
            for edge in self.depends.edges(*node) {
                let other = edge.target().index();
                match local[other] {
                    usize::MAX => rhs += edge.weight() * x[other],
                    col => {
                        block.cols.push(col);
                        block.weights.push(*edge.weight());
                    }
                }
            }
            block.rhs.push(rhs);
        }
        block.row_start.push(block.cols.len());
        block
    }
}

/// Touchpoint indices in ascending order, as [`SolveError::Trapped`] names them.
fn sorted(touchpoints: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut touchpoints: Vec<usize> = touchpoints.into_iter().collect();
    touchpoints.sort_unstable();
    touchpoints
}

/// `x = rhs + W x` over one strongly connected component, `W` in compressed rows.
struct Block {
    rhs: Vec<f64>,
    row_start: Vec<usize>,
    cols: Vec<usize>,
    weights: Vec<f64>,
}

impl Block {
    /// An empty system of `k` equations.
    fn with_capacity(k: usize) -> Block {
        Block {
            rhs: Vec::with_capacity(k),
            row_start: Vec::with_capacity(k + 1),
            cols: Vec::new(),
            weights: Vec::new(),
        }
    }

    /// The solution, exactly for a small system and iteratively for a large one; `touchpoints`
    /// names the component when tenants are trapped in it.
    fn solve(&self, touchpoints: impl Fn() -> Vec<usize>) -> Result<Vec<f64>, SolveError> {
        if self.rhs.iter().all(|&v| v == 0.0) {
            // Nothing flows in: zero is the exact answer, even for a closed loop (no tenant
            // enters it, or none leaves it to reach a target).
            Ok(vec![0.0; self.len()])
        } else if self.is_closed() {
            Err(SolveError::Trapped {
                touchpoints: touchpoints(),
            })
        } else if self.len() <= DENSE_LIMIT {
            self.solve_dense().ok_or_else(|| SolveError::Trapped {
                touchpoints: touchpoints(),
            })
        } else {
            self.solve_iterative(WORK_BUDGET)
        }
    }

    fn len(&self) -> usize {
        self.rhs.len()
    }

    fn row(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = self.row_start[i]..self.row_start[i + 1];
        self.cols[range.clone()]
            .iter()
            .copied()
            .zip(self.weights[range].iter().copied())
    }

    /// True when no probability leaves the component: the system is singular. `W` is
    /// irreducible with every row and column sum ≤ 1 in the direction of the shares, so its
    /// spectral radius is 1 exactly when all row sums or all column sums are 1.
    fn is_closed(&self) -> bool {
        let k = self.len();
        let mut rows = vec![0.0; k];
        let mut cols = vec![0.0; k];
        for (i, row) in rows.iter_mut().enumerate() {
            for (j, w) in self.row(i) {
                *row += w;
                cols[j] += w;
            }
        }
        let full = |sums: &[f64]| sums.iter().all(|&s| s >= 1.0 - TINY);
        full(&rows) || full(&cols)
    }

    /// Gaussian elimination with partial pivoting on `(I − W) x = rhs`; `None` when singular.
    fn solve_dense(&self) -> Option<Vec<f64>> {
        let k = self.len();
        let mut matrix = vec![vec![0.0; k]; k];
        for (i, row) in matrix.iter_mut().enumerate() {
            row[i] = 1.0;
            for (j, w) in self.row(i) {
                row[j] -= w;
            }
        }
        gauss(matrix, self.rhs.clone())
    }

    /// Gauss–Seidel from zero. With `W ≥ 0` and `rhs ≥ 0` the rounds rise monotonically to
    /// the solution; the rounds go in the order the values flow, so one round carries them
    /// all the way round a loop. It stops when the estimated remaining error (last change ×
    /// r/(1−r), r the observed rate) is negligible, and reports when the budget runs out.
    fn solve_iterative(&self, budget: usize) -> Result<Vec<f64>, SolveError> {
        let k = self.len();
        let order = self.flow_order();
        let max_sweeps = (budget / (self.cols.len() + k)).max(2);
        let mut x = vec![0.0; k];
        let mut previous_change = f64::INFINITY;
        let mut settled_once = false;
        for _ in 0..max_sweeps {
            let mut change: f64 = 0.0;
            let mut scale: f64 = 0.0;
            for &i in &order {
                let value = self.rhs[i] + self.row(i).map(|(j, w)| w * x[j]).sum::<f64>();
                change = change.max((value - x[i]).abs());
                scale = scale.max(value.abs());
                x[i] = value;
            }
            if !change.is_finite() || !scale.is_finite() {
                break;
            }
            if change == 0.0 {
                return Ok(x);
            }
            // The rate is only known from the second round on; two settled rounds in a row
            // keep one lucky ratio from stopping early.
            let rate = change / previous_change;
            let settled = rate < 1.0 && change * rate / (1.0 - rate) <= 1e-12 * scale;
            if settled && settled_once {
                return Ok(x);
            }
            settled_once = settled;
            previous_change = change;
        }
        Err(SolveError::NotSettled {
            size: k,
            sweeps: max_sweeps,
        })
    }

    /// Rows ordered breadth-first from those with an input of their own, following "who
    /// depends on me", so a row is mostly updated after the rows it reads.
    fn flow_order(&self) -> Vec<usize> {
        let k = self.len();
        let mut dependents_start = vec![0usize; k + 1];
        for &j in &self.cols {
            dependents_start[j + 1] += 1;
        }
        for i in 0..k {
            dependents_start[i + 1] += dependents_start[i];
        }
        let mut fill = dependents_start.clone();
        let mut dependents = vec![0usize; self.cols.len()];
        for i in 0..k {
            for (j, _) in self.row(i) {
                dependents[fill[j]] = i;
                fill[j] += 1;
            }
        }
        let mut seen = vec![false; k];
        let mut order: Vec<usize> = (0..k).filter(|&i| self.rhs[i] != 0.0).collect();
        for &i in &order {
            seen[i] = true;
        }
        let mut next = 0;
        while next < order.len() {
            let i = order[next];
            next += 1;
            for &d in &dependents[dependents_start[i]..dependents_start[i + 1]] {
                if !seen[d] {
                    seen[d] = true;
                    order.push(d);
                }
            }
        }
        // A strongly connected block is reached whole; this only guards the invariant.
        order.extend((0..k).filter(|&i| !seen[i]));
        order
    }
}

/// Solves `matrix · x = rhs` by Gaussian elimination with partial pivoting; `None` for a
/// singular system, which has no unique answer to give.
fn gauss(mut matrix: Vec<Vec<f64>>, mut rhs: Vec<f64>) -> Option<Vec<f64>> {
    let n = rhs.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&a, &b| matrix[a][col].abs().total_cmp(&matrix[b][col].abs()))
            .unwrap_or(col);
        if matrix[pivot][col].abs() < 1e-12 {
            return None;
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
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::{Block, gauss};

    /// A block from dense rows of `W`.
    fn block(w: &[&[f64]], rhs: &[f64]) -> Block {
        let mut block = Block {
            rhs: rhs.to_vec(),
            row_start: vec![0],
            cols: Vec::new(),
            weights: Vec::new(),
        };
        for row in w {
            for (j, &v) in row.iter().enumerate() {
                if v != 0.0 {
                    block.cols.push(j);
                    block.weights.push(v);
                }
            }
            block.row_start.push(block.cols.len());
        }
        block
    }

    #[test]
    fn solves_a_small_system() {
        let x = gauss(vec![vec![2.0, 1.0], vec![1.0, 3.0]], vec![3.0, 5.0]).unwrap();
        assert!(
            (x[0] - 0.8).abs() < 1e-12 && (x[1] - 1.4).abs() < 1e-12,
            "{x:?}"
        );
    }

    #[test]
    fn a_singular_system_has_no_answer_rather_than_zeros() {
        assert_eq!(
            gauss(vec![vec![1.0, -1.0], vec![-1.0, 1.0]], vec![1.0, 0.0]),
            None
        );
    }

    #[test]
    fn the_iterative_solve_matches_the_dense_one_on_a_small_loop() {
        // Four touchpoints going round with exits and a branch back.
        let w: &[&[f64]] = &[
            &[0.0, 0.0, 0.0, 0.6],
            &[0.9, 0.0, 0.0, 0.0],
            &[0.0, 0.5, 0.0, 0.0],
            &[0.0, 0.3, 0.7, 0.0],
        ];
        let system = block(w, &[1.0, 0.0, 0.2, 0.0]);
        let dense = system.solve_dense().unwrap();
        let iterative = system.solve_iterative(super::WORK_BUDGET).unwrap();
        for (d, i) in dense.iter().zip(&iterative) {
            assert!((d - i).abs() < 1e-10, "{dense:?} vs {iterative:?}");
        }
    }

    #[test]
    fn a_closed_loop_is_recognised_in_both_directions() {
        // Rows sum to 1 (nobody leaves, as in hit probabilities) …
        assert!(block(&[&[0.0, 1.0], &[1.0, 0.0]], &[1.0, 0.0]).is_closed());
        // … or columns do (visits: a → b, b → a or c half each, c → a, all inside).
        let visits: &[&[f64]] = &[&[0.0, 0.5, 1.0], &[1.0, 0.0, 0.0], &[0.0, 0.5, 0.0]];
        assert!(block(visits, &[1.0, 0.0, 0.0]).is_closed());
        assert!(!block(&[&[0.0, 0.5], &[0.9, 0.0]], &[1.0, 0.0]).is_closed());
    }

    #[test]
    fn a_loop_tenants_almost_never_leave_is_reported_not_guessed() {
        // 2,000 touchpoints round a loop with a one-in-a-billion way out at the last one.
        let k = 2000;
        let mut system = Block {
            rhs: vec![0.0; k],
            row_start: (0..=k).collect(),
            cols: (0..k).map(|i| (i + k - 1) % k).collect(),
            weights: vec![1.0; k],
        };
        system.rhs[0] = 1.0;
        system.weights[0] = 1.0 - 1e-9;
        assert!(matches!(
            system.solve_iterative(10_000_000),
            Err(super::SolveError::NotSettled { size: 2000, .. })
        ));
    }
}
