//! Whether a moment is a milestone, and whether it is good or bad news for the tenant.
//!
//! `"milestone": true` stays valid; `"good_news"` / `"bad_news"` say which kind, because the
//! keys deserve a gesture while an eviction letter needs time, empathy and a person.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A touchpoint's milestone: not one, one without saying which kind, good news or bad news.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Milestone {
    /// Not a milestone (`false`, or left out).
    #[default]
    No,
    /// A milestone, without saying whether it is good or bad news (`true`).
    Yes,
    /// Good news for the tenant: the keys, a first home, a finished renovation.
    GoodNews,
    /// Bad news for the tenant: an eviction letter, a death, a refusal that changes their life.
    BadNews,
}

/// The words accepted for the two kinds, English first, then Dutch.
const GOOD: [&str; 2] = ["good_news", "goed_nieuws"];
const BAD: [&str; 2] = ["bad_news", "slecht_nieuws"];

impl Milestone {
    /// True when this is not a milestone, so the field can be left out of a written file.
    pub fn is_none(&self) -> bool {
        *self == Milestone::No
    }

    /// The kind as an argument key for messages: `good_news`, `bad_news` or `unsaid`.
    pub fn variant(self) -> &'static str {
        match self {
            Milestone::GoodNews => "good_news",
            Milestone::BadNews => "bad_news",
            Milestone::No | Milestone::Yes => "unsaid",
        }
    }
}

impl Serialize for Milestone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Milestone::No => serializer.serialize_bool(false),
            Milestone::Yes => serializer.serialize_bool(true),
            Milestone::GoodNews => serializer.serialize_str(GOOD[0]),
            Milestone::BadNews => serializer.serialize_str(BAD[0]),
        }
    }
}

impl<'de> Deserialize<'de> for Milestone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MilestoneVisitor)
    }
}

struct MilestoneVisitor;

impl Visitor<'_> for MilestoneVisitor {
    type Value = Milestone;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // serde's wording, which the loader rewords per locale; a wrong word is reported as an
        // unknown variant with the words that are allowed
        f.write_str("a boolean")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Milestone, E> {
        Ok(if value { Milestone::Yes } else { Milestone::No })
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Milestone, E> {
        if GOOD.contains(&value) {
            Ok(Milestone::GoodNews)
        } else if BAD.contains(&value) {
            Ok(Milestone::BadNews)
        } else {
            // an unknown variant, so the loader suggests the nearest word
            Err(E::unknown_variant(
                value,
                &["true", "false", GOOD[0], BAD[0], GOOD[1], BAD[1]],
            ))
        }
    }
}

// The schema of `milestone` (only the schema: the deserialiser above is the format).
/// A milestone: `true`, or whether it is good or bad news for the tenant.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum MilestoneForm {
    /// `true` for a milestone, `false` (or leave it out) for an ordinary moment.
    Flag(bool),
    /// Whether the milestone is good or bad news for the tenant.
    News(News),
}

/// Good or bad news for the tenant. The schema's mirror of [`Milestone`]'s words; it derives
/// serde too, so the schema lists the Dutch names from the same aliases the loader accepts.
#[derive(JsonSchema, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
pub(crate) enum News {
    /// The keys, a first home, a finished renovation: it deserves a gesture (goed_nieuws).
    #[serde(alias = "goed_nieuws")]
    GoodNews,
    /// An eviction letter, a death, a refusal that changes a life: it needs time, empathy and a
    /// person (slecht_nieuws).
    #[serde(alias = "slecht_nieuws")]
    BadNews,
}

#[cfg(test)]
mod tests {
    use super::Milestone;

    fn parse(json: &str) -> Result<Milestone, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_booleans_and_both_kinds_in_both_languages() {
        assert_eq!(parse("true"), Ok(Milestone::Yes));
        assert_eq!(parse("false"), Ok(Milestone::No));
        assert_eq!(parse("\"good_news\""), Ok(Milestone::GoodNews));
        assert_eq!(parse("\"goed_nieuws\""), Ok(Milestone::GoodNews));
        assert_eq!(parse("\"bad_news\""), Ok(Milestone::BadNews));
        assert_eq!(parse("\"slecht_nieuws\""), Ok(Milestone::BadNews));
    }

    #[test]
    fn an_unknown_word_is_an_unknown_variant_and_a_number_a_wrong_type() {
        let error = parse("\"yes\"").unwrap_err();
        assert!(error.starts_with("unknown variant `yes`"), "{error}");
        assert!(error.contains("`good_news`"), "{error}");
        let error = parse("3").unwrap_err();
        assert!(error.starts_with("invalid type: integer `3`"), "{error}");
    }

    #[test]
    fn writes_back_what_it_read() {
        for value in ["true", "false", "\"good_news\"", "\"bad_news\""] {
            let milestone = parse(value).unwrap();
            assert_eq!(serde_json::to_string(&milestone).unwrap(), value);
        }
    }
}
