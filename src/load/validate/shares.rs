//! The shares of tenants leaving one touchpoint cannot add up to more than everyone, and two
//! transitions between the same touchpoints would split one path in two.

use std::collections::HashMap;

use super::Subject;
use crate::load::{JsonPath, Problem, ProblemCode};

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let transitions = &subject.journey.transitions;
    let path_of = |i: usize| {
        JsonPath::root()
            .key("transitions")
            .index(subject.origins.transitions[i])
    };
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    let mut totals: HashMap<&str, (f64, Vec<usize>)> = HashMap::new();
    for (i, transition) in transitions.iter().enumerate() {
        if let Some(&earlier) = seen.get(&(transition.from.as_str(), transition.to.as_str())) {
            problems.push(
                Problem::at(
                    ProblemCode::DuplicateTransition,
                    subject.source,
                    path_of(i),
                    format!(
                        "a transition from `{}` to `{}` is already given at {}",
                        transition.from,
                        transition.to,
                        path_of(earlier)
                    ),
                )
                .with_help("merge the two: one transition with the combined share"),
            );
        } else {
            seen.insert((&transition.from, &transition.to), i);
        }
        let entry = totals.entry(&transition.from).or_default();
        entry.0 += transition.share.unwrap_or(0.0).max(0.0);
        entry.1.push(i);
    }
    let mut over: Vec<(&str, f64, Vec<usize>)> = totals
        .into_iter()
        .filter(|(_, (total, _))| *total > 100.0 + 1e-6)
        .map(|(from, (total, members))| (from, total, members))
        .collect();
    over.sort_by_key(|(_, _, members)| members[0]);
    for (from, total, members) in over {
        let listed = members
            .iter()
            .filter_map(|&i| {
                transitions[i]
                    .share
                    .map(|s| format!("{} {}%", transitions[i].to, s))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let last = *members
            .iter()
            .rev()
            .find(|&&i| transitions[i].share.is_some())
            .unwrap_or(&members[0]);
        problems.push(
            Problem::at(
                ProblemCode::SharesOver100,
                subject.source,
                path_of(last).key("share"),
                format!("the shares of tenants leaving `{from}` add up to {total}% ({listed})"),
            )
            .with_help(
                "shares are percentages of the tenants at `from`; together they can be at most 100",
            ),
        );
    }
}
