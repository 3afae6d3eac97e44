//! The shares of tenants leaving one touchpoint cannot add up to more than everyone, and two
//! transitions between the same touchpoints would split one path in two.

use foldhash::{HashMap, HashMapExt};

use super::Subject;
use crate::i18n::{Args, message, text};
use crate::load::suggest::shown;
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
                    message(
                        subject.locale,
                        "load-duplicate-transition",
                        &Args::new()
                            .text("from", transition.from.as_str())
                            .text("to", transition.to.as_str())
                            .text("earlier", path_of(earlier).to_string()),
                    ),
                )
                .with_help(text(subject.locale, "load-duplicate-transition-help")),
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
                    .map(|s| format!("{} {}%", transitions[i].to, shown(s, subject.locale)))
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
                message(
                    subject.locale,
                    "load-shares-over-100",
                    &Args::new()
                        .text("from", from)
                        .text("total", shown(total, subject.locale))
                        .text("listed", listed),
                ),
            )
            .with_help(text(subject.locale, "load-shares-over-100-help")),
        );
    }
}
