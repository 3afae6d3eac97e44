//! A touchpoint's `norm` must name a norm tjm knows (`tjm norms` lists them), so a typo never
//! quietly switches a legal deadline off.

use super::Subject;
use crate::i18n::{Args, message, text};
use crate::load::suggest::did_you_mean_in;
use crate::load::{JsonPath, Problem, ProblemCode};
use crate::model::NormIds;

pub(super) fn check(subject: &Subject<'_>, problems: &mut Vec<Problem>) {
    let locale = subject.locale;
    for (i, touchpoint) in subject.journey.touchpoints.iter().enumerate() {
        let Some(named) = &touchpoint.norm else {
            continue;
        };
        for (k, norm) in named.ids().enumerate() {
            if crate::norms::find(norm).is_some() {
                continue;
            }
            let path = JsonPath::root()
                .key("touchpoints")
                .index(subject.origins.touchpoints[i])
                .key("norm");
            let path = match named {
                NormIds::One(_) => path,
                NormIds::Many(_) => path.index(k),
            };
            let help = did_you_mean_in(locale, norm, crate::norms::ids())
                .unwrap_or_else(|| text(locale, "load-unknown-norm-help"));
            problems.push(
                Problem::at(
                    ProblemCode::UnknownReference,
                    subject.source,
                    path,
                    message(locale, "load-unknown-norm", &Args::new().text("norm", norm)),
                )
                .with_help(help),
            );
        }
    }
}
