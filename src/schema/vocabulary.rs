//! The names the loader accepts for each enumeration, read from serde itself, so the schema
//! lists the Dutch aliases (`balie`, `aannemer`, …) without anyone keeping a second list.
//!
//! serde's derive hands every accepted name, aliases included, to
//! [`serde::Deserializer::deserialize_enum`]; a deserializer that only records that list
//! reads it. Deserializing each name and serializing the value back tells which canonical
//! name an alias stands for.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, DeserializeOwned, Visitor};
use serde::{Deserializer, Serialize, forward_to_deserialize_any};

use crate::model::milestone::News;
use crate::model::{
    ActorKind, Channel, Direction, EvidenceKind, Importance, Language, Participation,
    RefusalReason, TouchpointKind, TransitionKind,
};

/// One name the loader accepts, and the canonical name it stands for (itself when it is not
/// an alias).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// What may be written in a journey file.
    pub accepted: &'static str,
    /// What `tjm fmt` and the exports write for it.
    pub canonical: String,
}

/// An enumeration of the format: its schema definition name and the names serde accepts.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// The name of its definition under `$defs` (schemars' `schema_name`).
    pub definition: Cow<'static, str>,
    /// Every accepted name, canonical names and aliases, in serde's order.
    pub names: Vec<Name>,
}

impl Vocabulary {
    /// The names that are aliases, not canonical names.
    pub fn aliases(&self) -> impl Iterator<Item = &Name> {
        self.names.iter().filter(|n| n.accepted != n.canonical)
    }
}

/// Every enumeration of the journey format. A new enum in `src/model/` belongs here; the test
/// `every_enumeration_in_the_schema_is_a_vocabulary` names the one that is missing.
pub fn vocabularies() -> Vec<Vocabulary> {
    vec![
        vocabulary::<Language>(),
        vocabulary::<ActorKind>(),
        vocabulary::<Channel>(),
        vocabulary::<Direction>(),
        vocabulary::<TouchpointKind>(),
        vocabulary::<Importance>(),
        vocabulary::<Participation>(),
        vocabulary::<TransitionKind>(),
        vocabulary::<EvidenceKind>(),
        vocabulary::<crate::model::Speaker>(),
        vocabulary::<News>(),
        vocabulary::<RefusalReason>(),
    ]
}

fn vocabulary<T: JsonSchema + DeserializeOwned + Serialize>() -> Vocabulary {
    let names = accepted_names::<T>()
        .iter()
        .map(|&accepted| Name {
            accepted,
            canonical: canonical::<T>(accepted),
        })
        .collect();
    Vocabulary {
        definition: T::schema_name(),
        names,
    }
}

/// The canonical name of an accepted one: deserialized, then serialized back.
fn canonical<T: DeserializeOwned + Serialize>(accepted: &str) -> String {
    let value: T = serde_json::from_value(serde_json::Value::String(accepted.to_owned()))
        .expect("serde accepts the names it lists");
    let name = serde_json::to_value(value).expect("an enumeration serializes");
    name.as_str()
        .expect("an enumeration serializes as a name")
        .to_owned()
}

/// The names serde's derive accepts for `T`, aliases included.
fn accepted_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut seen = None;
    // The probe always fails once it has the list; the error carries nothing.
    let _ = T::deserialize(Probe(&mut seen));
    seen.unwrap_or_else(|| panic!("{} is not a serde enumeration", std::any::type_name::<T>()))
}

/// A deserializer that records the variant names it is asked for and then gives up.
struct Probe<'a>(&'a mut Option<&'static [&'static str]>);

#[derive(Debug)]
struct Probed;

impl fmt::Display for Probed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("probed")
    }
}

impl std::error::Error for Probed {}

impl de::Error for Probed {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Probed
    }
}

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = Probed;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Probed> {
        Err(Probed)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Probed> {
        *self.0 = Some(variants);
        Err(Probed)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_aliases_from_serde() {
        let channel = vocabulary::<Channel>();
        assert_eq!(channel.definition, "Channel");
        let balie = channel
            .names
            .iter()
            .find(|n| n.accepted == "balie")
            .expect("balie is accepted");
        assert_eq!(balie.canonical, "desk");
        assert!(
            channel
                .names
                .iter()
                .any(|n| n.accepted == "home_visit" && n.canonical == "home_visit")
        );
        assert!(channel.aliases().all(|n| n.accepted != n.canonical));
        assert!(channel.aliases().any(|n| n.accepted == "huisbezoek"));
    }
}
