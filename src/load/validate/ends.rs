//! The journey's shape: every touchpoint reachable from the start, at least one end, and no
//! place where tenants get stuck with no way to an end — neither for want of a transition nor
//! because every way out has a share of 0 (a loop tenants enter and never leave).
//!
//! An end is where tenants finish: a touchpoint without outgoing transitions, or a partial
//! exit, where every share is set and they add up to less than 100 (the rest finish there).

use std::collections::VecDeque;

use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::Subject;
use crate::i18n::{Args, Locale, message, text};
use crate::load::suggest::shown;
use crate::load::{JsonPath, Problem, ProblemCode};
use crate::model::IdIndex;

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let journey = subject.journey;
    let locale = subject.locale;
    // With elements missing the graph is incomplete, and its shape would be misjudged.
    if journey.touchpoints.is_empty() || !subject.origins.complete {
        return;
    }
    let ids = IdIndex::new(journey);
    let n = journey.touchpoints.len();
    let mut forward = vec![Vec::new(); n];
    let mut backward = vec![Vec::new(); n];
    // (from, to, transition index) of every transition that resolves.
    let mut steps = Vec::new();
    for (t, transition) in journey.transitions.iter().enumerate() {
        if let (Some(from), Some(to)) = (
            ids.touchpoint(&transition.from),
            ids.touchpoint(&transition.to),
        ) {
            forward[from].push(to);
            backward[to].push(from);
            steps.push((from, to, t));
        }
    }
    let shares = Shares::of(subject, &steps);
    let start = match &journey.start {
        Some(id) => match ids.touchpoint(id) {
            Some(start) => start,
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
                    message(
                        locale,
                        "load-unreachable",
                        &Args::new()
                            .text("id", touchpoint.id.as_str())
                            .text("start", journey.touchpoints[start].id.as_str()),
                    ),
                )
                .with_help(message(
                    locale,
                    "load-unreachable-help",
                    &Args::new().text("id", touchpoint.id.as_str()),
                )),
            );
        }
    }
    let ends: Vec<usize> = (0..n).filter(|&i| shares.finishes(i)).collect();
    if ends.is_empty() {
        problems.push(
            Problem::at(
                ProblemCode::NoEnd,
                subject.source,
                JsonPath::root().key("transitions"),
                text(locale, "load-no-end"),
            )
            .with_help(text(locale, "load-no-end-help")),
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
                    message(
                        locale,
                        "load-cannot-finish",
                        &Args::new().text("id", touchpoint.id.as_str()),
                    ),
                )
                .with_help(text(locale, "load-cannot-finish-help")),
            );
        }
    }
    trapped(
        subject,
        &steps,
        &shares,
        &ends,
        &reachable,
        &can_finish,
        problems,
    );
}

/// What the shares say about each touchpoint: which transitions tenants really take, and
/// where some of them finish. Mirrors how the graph fills in shares (unset shares split what
/// the set ones leave; every share set and below 100 in total leaves the rest at `from`).
struct Shares {
    /// Per transition index: some tenants take it.
    taken: Vec<bool>,
    /// Per touchpoint: some tenants finish here.
    finishing: Vec<bool>,
}

/// Shares are percentages: a remainder below this is rounding, not tenants.
const TINY_PERCENT: f64 = 1e-7;

impl Shares {
    fn of(subject: &Subject<'_>, steps: &[(usize, usize, usize)]) -> Shares {
        let journey = subject.journey;
        let n = journey.touchpoints.len();
        let mut given = vec![0.0; n];
        let mut unset = vec![0usize; n];
        let mut any = vec![false; n];
        for &(from, _, t) in steps {
            any[from] = true;
            match journey.transitions[t].share {
                Some(share) => given[from] += share.clamp(0.0, 100.0),
                None => unset[from] += 1,
            }
        }
        let mut taken = vec![false; journey.transitions.len()];
        for &(from, _, t) in steps {
            taken[t] = match journey.transitions[t].share {
                Some(share) => share > 0.0,
                None => 100.0 - given[from] > TINY_PERCENT,
            };
        }
        let finishing = (0..n)
            .map(|i| !any[i] || (unset[i] == 0 && 100.0 - given[i] > TINY_PERCENT))
            .collect();
        Shares { taken, finishing }
    }

    fn finishes(&self, i: usize) -> bool {
        self.finishing[i]
    }
}

/// Loops that a path leads out of, but only through transitions with a share of 0: tenants
/// who enter go round for ever. One problem per loop, at the way out to open.
fn trapped(
    subject: &Subject<'_>,
    steps: &[(usize, usize, usize)],
    shares: &Shares,
    ends: &[usize],
    reachable: &[bool],
    can_finish: &[bool],
    problems: &mut Vec<Problem>,
) {
    let journey = subject.journey;
    let n = journey.touchpoints.len();
    let mut taken_backward = vec![Vec::new(); n];
    for &(from, to, t) in steps {
        if shares.taken[t] {
            taken_backward[to].push(from);
        }
    }
    let can_leave = search(&taken_backward, ends.iter().copied());
    // Stuck only because of the shares: the transitions would lead to an end.
    let stuck: Vec<bool> = (0..n)
        .map(|i| reachable[i] && can_finish[i] && !can_leave[i])
        .collect();
    if !stuck.iter().any(|&s| s) {
        return;
    }
    // Stuck touchpoints lead only to stuck ones; the loops among them that lead nowhere
    // else are where tenants go round. Those before them only lead in.
    let mut taken = DiGraph::<(), ()>::with_capacity(n, steps.len());
    for _ in 0..n {
        taken.add_node(());
    }
    for &(from, to, t) in steps {
        if shares.taken[t] && stuck[from] {
            taken.add_edge(NodeIndex::new(from), NodeIndex::new(to), ());
        }
    }
    let mut component_of = vec![usize::MAX; n];
    let components: Vec<Vec<usize>> = kosaraju_scc(&taken)
        .into_iter()
        .map(|c| c.into_iter().map(NodeIndex::index).collect::<Vec<_>>())
        .filter(|c| stuck[c[0]])
        .collect();
    for (c, members) in components.iter().enumerate() {
        for &m in members {
            component_of[m] = c;
        }
    }
    let mut closed = vec![true; components.len()];
    for &(from, to, t) in steps {
        if shares.taken[t] && stuck[from] && component_of[from] != component_of[to] {
            closed[component_of[from]] = false;
        }
    }
    let mut traps: Vec<Vec<usize>> = components
        .into_iter()
        .zip(closed)
        .filter(|(_, closed)| *closed)
        .map(|(mut members, _)| {
            members.sort_unstable();
            members
        })
        .collect();
    traps.sort();
    for members in traps {
        problems.push(trap_problem(
            subject,
            steps,
            shares,
            &members,
            &component_of,
        ));
    }
}

/// The problem for one loop: its touchpoints, and the two fixes (take tenants out through
/// a way out with a share of 0, or lower a share that keeps them in).
fn trap_problem(
    subject: &Subject<'_>,
    steps: &[(usize, usize, usize)],
    shares: &Shares,
    members: &[usize],
    component_of: &[usize],
) -> Problem {
    let journey = subject.journey;
    let id = |i: usize| format!("`{}`", journey.touchpoints[i].id);
    let trap = component_of[members[0]];
    let inside = |i: usize| component_of[i] == trap;
    let way_out = steps
        .iter()
        .find(|&&(from, to, t)| inside(from) && !inside(to) && !shares.taken[t]);
    // A set share inside the loop, preferably at the touchpoint with the way out: lowering
    // it there sends the difference out (or lets it finish there).
    let keeps = |&&(from, to, t): &&(usize, usize, usize)| {
        inside(from) && inside(to) && journey.transitions[t].share.is_some() && shares.taken[t]
    };
    let keeps_in = way_out
        .and_then(|&(out_from, _, _)| steps.iter().filter(keeps).find(|s| s.0 == out_from))
        .or_else(|| steps.iter().find(keeps));
    let locale = subject.locale;
    let names = listed(members.iter().map(|&i| id(i)).collect(), locale);
    let transition = |t: usize| {
        JsonPath::root()
            .key("transitions")
            .index(subject.origins.transitions[t])
    };
    let (path, out) = match way_out {
        Some(&(from, to, t)) => {
            let path = if journey.transitions[t].share.is_some() {
                transition(t).key("share")
            } else {
                transition(t)
            };
            let ends = Args::new().text("from", id(from)).text("to", id(to));
            (path, message(locale, "load-trapped-raise", &ends))
        }
        None => (
            JsonPath::root()
                .key("touchpoints")
                .index(subject.origins.touchpoints[members[0]])
                .key("id"),
            text(locale, "load-trapped-add"),
        ),
    };
    let help = match keeps_in {
        Some(&(from, to, t)) => {
            let share = journey.transitions[t].share.unwrap_or(100.0);
            let args = Args::new()
                .text("from", id(from))
                .text("to", id(to))
                .text("share", shown(share, locale))
                .text("out", out);
            message(locale, "load-trapped-help-lower", &args)
        }
        None => message(locale, "load-trapped-help", &Args::new().text("out", out)),
    };
    let trapped = Args::new()
        .text("names", names)
        .count("count", members.len());
    let wording = message(locale, "load-trapped", &trapped);
    Problem::at(ProblemCode::NoEnd, subject.source, path, wording).with_help(help)
}

/// "`a`", "`a` and `b`", "`a`, `b`, `c` and 7 more": a few names, never a wall of them.
fn listed(mut names: Vec<String>, locale: Locale) -> String {
    const SHOWN: usize = 3;
    if names.len() > SHOWN + 1 {
        let more = names.len() - SHOWN;
        names.truncate(SHOWN);
        let args = Args::new()
            .text("first", names.join(", "))
            .count("more", more);
        return message(locale, "list-more", &args);
    }
    match names.pop() {
        Some(last) if !names.is_empty() => {
            let args = Args::new()
                .text("first", names.join(", "))
                .text("last", last);
            message(locale, "list-two", &args)
        }
        Some(last) => last,
        None => String::new(),
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

#[cfg(test)]
mod tests {
    use super::listed;
    use crate::i18n::Locale;

    #[test]
    fn a_long_list_of_touchpoints_is_cut_short() {
        let names = |n: usize| (0..n).map(|i| format!("`t{i}`")).collect::<Vec<_>>();
        assert_eq!(listed(names(1), Locale::En), "`t0`");
        assert_eq!(listed(names(2), Locale::En), "`t0` and `t1`");
        assert_eq!(listed(names(4), Locale::En), "`t0`, `t1`, `t2` and `t3`");
        assert_eq!(
            listed(names(30_000), Locale::En),
            "`t0`, `t1`, `t2` and 29,997 more"
        );
    }
}
