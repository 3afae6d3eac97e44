//! Numbers must lie on their scales: emotion −3..3, friendliness and helpfulness 1..5,
//! grades 1..10, percentages 0..100.

use super::Subject;
use crate::i18n::{Args, message};
use crate::load::suggest::shown;
use crate::load::{JsonPath, Problem, ProblemCode};

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let locale = subject.locale;
    // Paths are built only for a problem: a path per number cost a tenth of loading's
    // allocations.
    let mut range = |path: &dyn Fn() -> JsonPath,
                     value: f64,
                     min: f64,
                     max: f64,
                     scale: &'static str| {
        if !(min..=max).contains(&value) {
            let path = path();
            let args = Args::new()
                .text("path", path.to_string())
                .text("value", shown(value, locale))
                .key("scale", scale);
            let bounds = Args::new()
                .text("min", shown(min, locale))
                .text("max", shown(max, locale));
            problems.push(
                Problem::at(
                    ProblemCode::OutOfRange,
                    subject.source,
                    path.clone(),
                    message(locale, "load-out-of-range", &args),
                )
                .with_help(message(locale, "load-out-of-range-help", &bounds)),
            );
        }
    };
    for (i, touchpoint) in subject.journey.touchpoints.iter().enumerate() {
        let base = || {
            JsonPath::root()
                .key("touchpoints")
                .index(subject.origins.touchpoints[i])
        };
        if let Some(emotion) = &touchpoint.emotion {
            let scale = "emotion";
            range(
                &|| base().key("emotion").key("score"),
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
                    &|| base().key("attention").key(field),
                    f64::from(value),
                    1.0,
                    5.0,
                    "five",
                );
            }
        }
    }
    for (i, transition) in subject.journey.transitions.iter().enumerate() {
        if let Some(share) = transition.share {
            let path = || {
                JsonPath::root()
                    .key("transitions")
                    .index(subject.origins.transitions[i])
                    .key("share")
            };
            range(&path, share, 0.0, 100.0, "percent");
        }
    }
    for (i, evidence) in subject.journey.evidence.iter().enumerate() {
        let base = || {
            JsonPath::root()
                .key("evidence")
                .index(subject.origins.evidence[i])
        };
        if let Some(grade) = evidence.grade {
            range(&|| base().key("grade"), grade, 1.0, 10.0, "grade");
        }
        if let Some(percent) = evidence.percent_satisfied {
            range(
                &|| base().key("percent_satisfied"),
                percent,
                0.0,
                100.0,
                "percent",
            );
        }
    }
}
