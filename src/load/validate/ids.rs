//! Ids must be unique within their kind: two touchpoints called `bezoek` cannot both be meant.

use foldhash::{HashMap, HashMapExt};

use super::Subject;
use crate::i18n::{Args, message, text};
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
                        message(
                            subject.locale,
                            "load-duplicate-id",
                            &Args::new()
                                .text("id", *id)
                                .text("list", list)
                                .text("earlier", origin[earlier].to_string()),
                        ),
                    )
                    .with_help(text(subject.locale, "load-duplicate-id-help")),
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
                    text(subject.locale, "load-no-touchpoints"),
                )
                .with_help(text(subject.locale, "load-no-touchpoints-help")),
            );
        }
    }
}
