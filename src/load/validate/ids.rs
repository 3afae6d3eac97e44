//! Ids must be unique within their kind: two touchpoints called `bezoek` cannot both be meant.

use std::collections::HashMap;

use super::Subject;
use crate::load::{JsonPath, Problem, ProblemCode};

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let journey = subject.journey;
    let origins = subject.origins;
    let lists: [(&str, Vec<&str>, &[usize]); 3] = [
        (
            "stages",
            journey.stages.iter().map(|s| s.id.as_str()).collect(),
            &origins.stages,
        ),
        (
            "actors",
            journey.actors.iter().map(|a| a.id.as_str()).collect(),
            &origins.actors,
        ),
        (
            "touchpoints",
            journey.touchpoints.iter().map(|t| t.id.as_str()).collect(),
            &origins.touchpoints,
        ),
    ];
    for (list, ids, origin) in lists {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.iter().enumerate() {
            match first.get(id) {
                Some(&earlier) => problems.push(
                    Problem::at(
                        ProblemCode::DuplicateId,
                        subject.source,
                        JsonPath::root().key(list).index(origin[i]).key("id"),
                        format!(
                            "`{id}` is used twice in {list}: also at {list}[{}]",
                            origin[earlier]
                        ),
                    )
                    .with_help("give each one its own id; transitions and evidence refer to ids"),
                ),
                None => {
                    first.insert(id, i);
                }
            }
        }
    }
    if journey.touchpoints.is_empty() && subject.origins.touchpoints.is_empty() {
        let has_broken = subject
            .source
            .spans(&JsonPath::root().key("touchpoints").index(0))
            .is_some();
        if !has_broken {
            problems.push(
                Problem::at(
                    ProblemCode::NoTouchpoints,
                    subject.source,
                    JsonPath::root().key("touchpoints"),
                    "the journey has no touchpoints",
                )
                .with_help(
                    "add at least one touchpoint: {\"id\", \"stage\", \"title\", \"actor\"}",
                ),
            );
        }
    }
}
