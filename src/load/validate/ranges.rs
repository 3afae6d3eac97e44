//! Numbers must lie on their scales: emotion −3..3, friendliness and helpfulness 1..5,
//! grades 1..10, percentages 0..100.

use super::Subject;
use crate::load::{JsonPath, Problem, ProblemCode};

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let mut range = |path: JsonPath, value: f64, min: f64, max: f64, scale: &str| {
        if !(min..=max).contains(&value) {
            problems.push(
                Problem::at(
                    ProblemCode::OutOfRange,
                    subject.source,
                    path.clone(),
                    format!("`{path}` is {value}, outside {scale}"),
                )
                .with_help(format!("use a value from {min} to {max}")),
            );
        }
    };
    for (i, touchpoint) in subject.journey.touchpoints.iter().enumerate() {
        let base = JsonPath::root()
            .key("touchpoints")
            .index(subject.origins.touchpoints[i]);
        if let Some(emotion) = &touchpoint.emotion {
            let scale = "the emotion scale −3 (very bad) to +3 (very good)";
            range(
                base.key("emotion").key("score"),
                f64::from(emotion.score),
                -3.0,
                3.0,
                scale,
            );
        }
        let attention = &touchpoint.attention;
        for (field, value) in [
            ("friendliness", attention.friendliness),
            ("helpfulness", attention.helpfulness),
        ] {
            if let Some(value) = value {
                range(
                    base.key("attention").key(field),
                    f64::from(value),
                    1.0,
                    5.0,
                    "the scale 1 to 5",
                );
            }
        }
    }
    for (i, transition) in subject.journey.transitions.iter().enumerate() {
        if let Some(share) = transition.share {
            let path = JsonPath::root()
                .key("transitions")
                .index(subject.origins.transitions[i])
                .key("share");
            range(path, share, 0.0, 100.0, "a percentage (0 to 100)");
        }
    }
    for (i, evidence) in subject.journey.evidence.iter().enumerate() {
        let base = JsonPath::root()
            .key("evidence")
            .index(subject.origins.evidence[i]);
        if let Some(grade) = evidence.grade {
            range(
                base.key("grade"),
                grade,
                1.0,
                10.0,
                "the Dutch grade scale 1 to 10",
            );
        }
        if let Some(percent) = evidence.percent_satisfied {
            range(
                base.key("percent_satisfied"),
                percent,
                0.0,
                100.0,
                "a percentage (0 to 100)",
            );
        }
    }
}
