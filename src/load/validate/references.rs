//! Every reference must name something that exists: a touchpoint's stage and actor, a
//! transition's ends, evidence's touchpoint, the start, and the rules silences name.

use foldhash::{HashSet, HashSetExt};

use super::Subject;
use crate::i18n::{Args, message, text};
use crate::load::suggest::did_you_mean_in;
use crate::load::{JsonPath, Problem, ProblemCode};

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let journey = subject.journey;
    let origins = subject.origins;
    // Ids of elements that failed to load still count: a transition to a touchpoint with a
    // typo in its channel does not also point at nothing.
    let stages: Vec<&str> = origins.stage_ids.iter().map(String::as_str).collect();
    let actors: Vec<&str> = origins.actor_ids.iter().map(String::as_str).collect();
    let touchpoints: Vec<&str> = origins.touchpoint_ids.iter().map(String::as_str).collect();
    let stage_set: HashSet<&str> = stages.iter().copied().collect();
    let actor_set: HashSet<&str> = actors.iter().copied().collect();
    let touchpoint_set: HashSet<&str> = touchpoints.iter().copied().collect();

    let locale = subject.locale;
    let mut reference = |path: &dyn Fn() -> JsonPath,
                         value: &str,
                         kind: &'static str,
                         known: &HashSet<&str>,
                         all: &[&str]| {
        if known.contains(value) {
            return;
        }
        // built only for a problem, like the paths of `ranges`
        let path = path();
        let kind_of = || Args::new().key("kind", kind);
        let help =
            did_you_mean_in(locale, value, all.iter().copied()).unwrap_or_else(|| match all {
                [] => message(locale, "load-unknown-reference-add", &kind_of()),
                _ => {
                    let ids = unique(all)
                        .iter()
                        .take(12)
                        .map(|id| format!("`{id}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    message(
                        locale,
                        "load-unknown-reference-use",
                        &kind_of().text("ids", ids),
                    )
                }
            });
        problems.push(
            Problem::at(
                ProblemCode::UnknownReference,
                subject.source,
                path,
                message(
                    locale,
                    "load-unknown-reference",
                    &Args::new().key("kind", kind).text("value", value),
                ),
            )
            .with_help(help),
        );
    };

    for (i, touchpoint) in journey.touchpoints.iter().enumerate() {
        let base = || {
            JsonPath::root()
                .key("touchpoints")
                .index(origins.touchpoints[i])
        };
        reference(
            &|| base().key("stage"),
            &touchpoint.stage,
            "stage",
            &stage_set,
            &stages,
        );
        // `unknown`, `onbekend` or no actor at all: the file says nobody knows yet.
        if touchpoint.known_actor().is_some() {
            reference(
                &|| base().key("actor"),
                &touchpoint.actor,
                "actor",
                &actor_set,
                &actors,
            );
        }
    }
    for (i, transition) in journey.transitions.iter().enumerate() {
        let base = || {
            JsonPath::root()
                .key("transitions")
                .index(origins.transitions[i])
        };
        reference(
            &|| base().key("from"),
            &transition.from,
            "touchpoint",
            &touchpoint_set,
            &touchpoints,
        );
        reference(
            &|| base().key("to"),
            &transition.to,
            "touchpoint",
            &touchpoint_set,
            &touchpoints,
        );
    }
    for (i, evidence) in journey.evidence.iter().enumerate() {
        if let Some(touchpoint) = &evidence.touchpoint {
            let path = || {
                JsonPath::root()
                    .key("evidence")
                    .index(origins.evidence[i])
                    .key("touchpoint")
            };
            reference(
                &path,
                touchpoint,
                "touchpoint",
                &touchpoint_set,
                &touchpoints,
            );
        }
    }
    if let Some(start) = &journey.start {
        reference(
            &|| JsonPath::root().key("start"),
            start,
            "touchpoint",
            &touchpoint_set,
            &touchpoints,
        );
    }
    silences(subject, problems);
}

fn silences(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let locale = subject.locale;
    let names: Vec<&str> = subject.rule_names.iter().map(|(_, name)| *name).collect();
    for (i, touchpoint) in subject.journey.touchpoints.iter().enumerate() {
        for (j, silence) in touchpoint.silence.iter().enumerate() {
            let base = JsonPath::root()
                .key("touchpoints")
                .index(subject.origins.touchpoints[i])
                .key("silence")
                .index(j);
            let rule = Args::new().text("rule", silence.rule.as_str());
            let known = subject.rule_names.iter().any(|(code, name)| {
                silence.rule == *name || silence.rule.eq_ignore_ascii_case(code)
            });
            if !known && !subject.rule_names.is_empty() {
                let help = did_you_mean_in(locale, &silence.rule, names.iter().copied())
                    .unwrap_or_else(|| text(locale, "load-unknown-rule-help"));
                problems.push(
                    Problem::at(
                        ProblemCode::UnknownRule,
                        subject.source,
                        base.key("rule"),
                        message(locale, "load-unknown-rule", &rule),
                    )
                    .with_help(help),
                );
            }
            if silence.reason.trim().is_empty() {
                problems.push(
                    Problem::at(
                        ProblemCode::MissingReason,
                        subject.source,
                        base.key("reason"),
                        message(locale, "load-missing-reason", &rule),
                    )
                    .with_help(text(locale, "load-missing-reason-help")),
                );
            }
        }
    }
}

fn unique<'a>(ids: &[&'a str]) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}
