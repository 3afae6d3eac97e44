//! A refusal, and the reason behind the no.
//!
//! `"refusal": true` stays valid; an object says why (`{"reason": "rule"}`) and whether the
//! tenant asked for an exception. The reason decides which rule judges the no: the rule while an
//! exception was asked is a matter for no-room-for-exceptions, "not our task" without a warm
//! handover for pillar-to-post and bare-no.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, Visitor, value::MapAccessDeserializer};
use serde::{Deserialize, Serialize, Serializer};

/// A touchpoint's refusal: none, a plain no (`true`), or a no with what the file knows about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// No refusal (`false`, or left out).
    #[default]
    No,
    /// A no, reason unknown (`true`).
    Yes,
    /// A no with its reason and whether an exception was asked.
    Because(RefusalDetail),
}

/// Why the tenant hears no, and whether they asked for an exception.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefusalDetail {
    /// Why the answer is no: `rule`, `capacity`, `not_our_task` or `not_possible`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RefusalReason>,
    /// Did the tenant ask for an exception to the rule (because their situation asks for one)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_asked: Option<bool>,
}

/// Why the organisation says no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RefusalReason {
    /// A rule or policy says no (regel).
    #[serde(alias = "regel")]
    Rule,
    /// No people, money or time for it now (capaciteit).
    #[serde(alias = "capaciteit")]
    Capacity,
    /// Someone else should help: the municipality, the care provider, the tenant (niet_onze_taak).
    #[serde(alias = "niet_onze_taak")]
    NotOurTask,
    /// It cannot be done: technically, legally or physically (niet_mogelijk).
    #[serde(alias = "niet_mogelijk")]
    NotPossible,
}

impl RefusalReason {
    /// The name as written in journey files, also the argument key in messages.
    pub fn name(self) -> &'static str {
        match self {
            RefusalReason::Rule => "rule",
            RefusalReason::Capacity => "capacity",
            RefusalReason::NotOurTask => "not_our_task",
            RefusalReason::NotPossible => "not_possible",
        }
    }
}

impl Refusal {
    /// True when there is no refusal, so the field can be left out of a written file.
    pub fn is_none(&self) -> bool {
        *self == Refusal::No
    }

    /// The reason, when the file gives one.
    pub fn reason(&self) -> Option<RefusalReason> {
        match self {
            Refusal::Because(detail) => detail.reason,
            Refusal::No | Refusal::Yes => None,
        }
    }

    /// True when the file records that the tenant asked for an exception.
    pub fn exception_asked(&self) -> bool {
        matches!(self, Refusal::Because(d) if d.exception_asked == Some(true))
    }
}

impl Serialize for Refusal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Refusal::No => serializer.serialize_bool(false),
            Refusal::Yes => serializer.serialize_bool(true),
            Refusal::Because(detail) => detail.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Refusal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RefusalVisitor)
    }
}

struct RefusalVisitor;

impl<'de> Visitor<'de> for RefusalVisitor {
    type Value = Refusal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Refusal, E> {
        Ok(if value { Refusal::Yes } else { Refusal::No })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Refusal, A::Error> {
        RefusalDetail::deserialize(MapAccessDeserializer::new(map)).map(Refusal::Because)
    }
}

// The schema of `refusal` (only the schema: the deserialiser above is the format). The object
// comes first, so the formatter and did-you-mean find its fields (`schema::fields_at`).
/// A refusal: `true`, or an object with the reason.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum RefusalForm {
    /// A no with its reason.
    Because(RefusalDetail),
    /// `true` when the tenant hears no, `false` (or leave it out) otherwise.
    Flag(bool),
}

#[cfg(test)]
mod tests {
    use super::{Refusal, RefusalDetail, RefusalReason};

    fn parse(json: &str) -> Result<Refusal, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn true_stays_a_plain_refusal() {
        assert_eq!(parse("true"), Ok(Refusal::Yes));
        assert_eq!(parse("false"), Ok(Refusal::No));
        assert_eq!(parse("true").unwrap().reason(), None);
    }

    #[test]
    fn every_reason_reads_in_english_and_dutch() {
        for (en, nl, reason) in [
            ("rule", "regel", RefusalReason::Rule),
            ("capacity", "capaciteit", RefusalReason::Capacity),
            ("not_our_task", "niet_onze_taak", RefusalReason::NotOurTask),
            ("not_possible", "niet_mogelijk", RefusalReason::NotPossible),
        ] {
            for word in [en, nl] {
                let refusal = parse(&format!(r#"{{"reason": "{word}"}}"#)).unwrap();
                assert_eq!(refusal.reason(), Some(reason), "{word}");
                assert!(!refusal.exception_asked());
            }
            assert_eq!(reason.name(), en);
        }
    }

    #[test]
    fn an_asked_exception_is_read_and_written_back() {
        let refusal = parse(r#"{"reason": "rule", "exception_asked": true}"#).unwrap();
        assert!(refusal.exception_asked());
        assert_eq!(
            refusal,
            Refusal::Because(RefusalDetail {
                reason: Some(RefusalReason::Rule),
                exception_asked: Some(true)
            })
        );
        assert_eq!(
            serde_json::to_string(&refusal).unwrap(),
            r#"{"reason":"rule","exception_asked":true}"#
        );
        assert_eq!(serde_json::to_string(&Refusal::Yes).unwrap(), "true");
    }

    #[test]
    fn unknown_keys_reasons_and_types_are_errors() {
        let error = parse(r#"{"reden": "rule"}"#).unwrap_err();
        assert!(error.starts_with("unknown field `reden`"), "{error}");
        let error = parse(r#"{"reason": "rules"}"#).unwrap_err();
        assert!(error.starts_with("unknown variant `rules`"), "{error}");
        let error = parse(r#""yes""#).unwrap_err();
        assert!(
            error.starts_with("invalid type: string \"yes\", expected a boolean"),
            "{error}"
        );
    }
}
