//! The importance a touchpoint has, written or inferred.
//!
//! Authors often leave `importance` out at the very moments that matter most: a refusal letter
//! is a moment that matters whether or not anyone marked it. So when the file says nothing,
//! what the touchpoint *is* decides: a milestone, a refusal, a decision about the tenant's home
//! or money, an opened case or an emotion of −2 or lower makes it a moment that matters (high).
//! A written `importance` always wins, so an author can overrule the inference. Every rule and
//! score that weighs importance asks this module, and findings carry the reason so `tjm check`
//! can say it.

use super::{Importance, Touchpoint, TouchpointKind};

/// The emotion score at or below which the tenant's feeling alone makes a moment matter.
const LOW_EMOTION: i8 = -2;

/// Why tjm treats an unmarked touchpoint as a moment that matters, in the order it checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InferredBecause {
    /// `milestone` is set.
    Milestone,
    /// The tenant hears no (`refusal`).
    Refusal,
    /// Something is decided about the tenant's home or money: `decides_for_tenants`, or a
    /// touchpoint of kind `decision` (the model's "something is decided about the tenant or
    /// their home").
    Decision,
    /// The tenant starts something that needs an answer (`opens_case`).
    OpensCase,
    /// The tenant feels bad: an emotion score of −2 or lower.
    FeelsBad,
}

impl InferredBecause {
    /// The reason as an argument key for messages (`importance-because` in the catalogues).
    pub fn key(self) -> &'static str {
        match self {
            InferredBecause::Milestone => "milestone",
            InferredBecause::Refusal => "refusal",
            InferredBecause::Decision => "decision",
            InferredBecause::OpensCase => "opens_case",
            InferredBecause::FeelsBad => "feels_bad",
        }
    }
}

/// A touchpoint's importance and, when the file did not write it, why it was inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EffectiveImportance {
    /// The importance rules and scores use.
    pub level: Importance,
    /// Set when `level` was inferred as high rather than written.
    pub inferred: Option<InferredBecause>,
}

/// The importance rules and scores use: the written one, else inferred from what happens.
pub fn effective_importance(touchpoint: &Touchpoint) -> EffectiveImportance {
    if let Some(level) = touchpoint.importance {
        return EffectiveImportance {
            level,
            inferred: None,
        };
    }
    let inferred = inferred_because(touchpoint);
    EffectiveImportance {
        level: if inferred.is_some() {
            Importance::High
        } else {
            Importance::Normal
        },
        inferred,
    }
}

/// True for a moment that matters: a milestone, or an importance of high (written or inferred).
/// A milestone matters even when the author wrote a lower importance: that is what it means.
pub fn matters(touchpoint: &Touchpoint) -> bool {
    touchpoint.is_milestone() || effective_importance(touchpoint).level == Importance::High
}

fn inferred_because(touchpoint: &Touchpoint) -> Option<InferredBecause> {
    if touchpoint.is_milestone() {
        Some(InferredBecause::Milestone)
    } else if touchpoint.is_refusal() {
        Some(InferredBecause::Refusal)
    } else if touchpoint.decides_for_tenants || touchpoint.kind == TouchpointKind::Decision {
        Some(InferredBecause::Decision)
    } else if touchpoint.opens_case {
        Some(InferredBecause::OpensCase)
    } else if touchpoint
        .emotion
        .as_ref()
        .is_some_and(|e| e.score <= LOW_EMOTION)
    {
        Some(InferredBecause::FeelsBad)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{InferredBecause, effective_importance, matters};
    use crate::model::{Importance, Touchpoint};

    fn touchpoint(extra: serde_json::Value) -> Touchpoint {
        let mut value = json!({"id": "t", "stage": "s", "title": "T", "actor": "a"});
        value
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::from_value(value).expect("a touchpoint")
    }

    fn because(extra: serde_json::Value) -> Option<InferredBecause> {
        let effective = effective_importance(&touchpoint(extra));
        if effective.inferred.is_some() {
            assert_eq!(effective.level, Importance::High);
        }
        effective.inferred
    }

    #[test]
    fn an_ordinary_moment_is_normal_and_not_inferred() {
        let effective = effective_importance(&touchpoint(json!({})));
        assert_eq!(effective.level, Importance::Normal);
        assert_eq!(effective.inferred, None);
        assert!(!matters(&touchpoint(json!({}))));
    }

    #[test]
    fn each_reason_makes_a_moment_matter() {
        assert_eq!(
            because(json!({"milestone": "bad_news"})),
            Some(InferredBecause::Milestone)
        );
        assert_eq!(
            because(json!({"refusal": true})),
            Some(InferredBecause::Refusal)
        );
        assert_eq!(
            because(json!({"refusal": {"reason": "capacity"}})),
            Some(InferredBecause::Refusal)
        );
        assert_eq!(
            because(json!({"decides_for_tenants": true})),
            Some(InferredBecause::Decision)
        );
        assert_eq!(
            because(json!({"kind": "decision"})),
            Some(InferredBecause::Decision)
        );
        assert_eq!(
            because(json!({"opens_case": true})),
            Some(InferredBecause::OpensCase)
        );
        assert_eq!(
            because(json!({"emotion": {"score": -2}})),
            Some(InferredBecause::FeelsBad)
        );
        assert!(matters(&touchpoint(json!({"opens_case": true}))));
    }

    #[test]
    fn an_emotion_of_minus_one_or_a_false_flag_is_not_enough() {
        assert_eq!(because(json!({"emotion": {"score": -1}})), None);
        assert_eq!(
            because(json!({"refusal": false, "milestone": false, "opens_case": false})),
            None
        );
    }

    #[test]
    fn the_first_reason_in_order_is_given() {
        assert_eq!(
            because(json!({"opens_case": true, "refusal": true, "emotion": {"score": -3}})),
            Some(InferredBecause::Refusal)
        );
    }

    #[test]
    fn a_written_importance_wins_even_when_it_is_normal() {
        let written = effective_importance(&touchpoint(
            json!({"importance": "normal", "refusal": true}),
        ));
        assert_eq!(written.level, Importance::Normal);
        assert_eq!(written.inferred, None);
        let low = touchpoint(json!({"importance": "laag", "opens_case": true}));
        assert_eq!(effective_importance(&low).level, Importance::Low);
        assert!(!matters(&low));
        let high = effective_importance(&touchpoint(json!({"importance": "high"})));
        assert_eq!((high.level, high.inferred), (Importance::High, None));
    }

    #[test]
    fn a_milestone_matters_whatever_importance_says() {
        assert!(matters(&touchpoint(
            json!({"importance": "low", "milestone": true})
        )));
    }
}
