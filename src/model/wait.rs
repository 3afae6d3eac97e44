//! A waiting time as a policy advisor writes it: "3 weeks", "2 werkdagen", "4 hours".

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How long the tenant waits, kept exactly as written so formatting a file never changes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Wait {
    text: String,
    amount: f64,
    unit: WaitUnit,
}

/// The unit of a waiting time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaitUnit {
    /// Minutes (minuten).
    Minutes,
    /// Hours (uren).
    Hours,
    /// Calendar days (dagen).
    Days,
    /// Working days (werkdagen), as complaint and repair norms count them.
    WorkingDays,
    /// Weeks (weken).
    Weeks,
    /// Months (maanden).
    Months,
}

/// Unit words accepted in a wait, English and Dutch, singular and plural.
const UNIT_WORDS: &[(&str, WaitUnit)] = &[
    ("minute", WaitUnit::Minutes),
    ("minutes", WaitUnit::Minutes),
    ("min", WaitUnit::Minutes),
    ("minuut", WaitUnit::Minutes),
    ("minuten", WaitUnit::Minutes),
    ("hour", WaitUnit::Hours),
    ("hours", WaitUnit::Hours),
    ("h", WaitUnit::Hours),
    ("uur", WaitUnit::Hours),
    ("uren", WaitUnit::Hours),
    ("day", WaitUnit::Days),
    ("days", WaitUnit::Days),
    ("d", WaitUnit::Days),
    ("dag", WaitUnit::Days),
    ("dagen", WaitUnit::Days),
    ("working day", WaitUnit::WorkingDays),
    ("working days", WaitUnit::WorkingDays),
    ("werkdag", WaitUnit::WorkingDays),
    ("werkdagen", WaitUnit::WorkingDays),
    ("week", WaitUnit::Weeks),
    ("weeks", WaitUnit::Weeks),
    ("w", WaitUnit::Weeks),
    ("weken", WaitUnit::Weeks),
    ("month", WaitUnit::Months),
    ("months", WaitUnit::Months),
    ("maand", WaitUnit::Months),
    ("maanden", WaitUnit::Months),
];

/// Why a wait could not be read: the facts only, so `load` words them in the run's language
/// (the model knows no locale). `Display` is an id with the text, for serde to carry back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WaitError {
    /// The wait does not start with a number.
    #[error("wait-not-a-number `{0}`")]
    NotANumber(String),
    /// The word after the number is not a unit tjm knows.
    #[error("wait-unknown-unit `{0}`")]
    UnknownUnit(String),
    /// The number is too large to be a waiting time.
    #[error("wait-not-finite `{0}`")]
    NotFinite(String),
}

impl Wait {
    /// Reads a wait such as "3 weeks", "2 werkdagen" or "1.5 uur".
    pub fn parse(text: &str) -> Result<Wait, WaitError> {
        let trimmed = text.trim();
        let split = trimmed
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(trimmed.len());
        let (number, unit) = trimmed.split_at(split);
        let number = number.replace(',', ".");
        let amount: f64 = number
            .parse()
            .map_err(|_| WaitError::NotANumber(text.to_owned()))?;
        let unit_word = unit.trim().to_lowercase();
        let unit = if unit_word.is_empty() && amount == 0.0 {
            WaitUnit::Days
        } else {
            UNIT_WORDS
                .iter()
                .find(|(word, _)| *word == unit_word)
                .map(|(_, unit)| *unit)
                .ok_or_else(|| WaitError::UnknownUnit(unit.trim().to_owned()))?
        };
        if !amount.is_finite() {
            return Err(WaitError::NotFinite(text.to_owned()));
        }
        Ok(Wait {
            text: text.to_owned(),
            amount,
            unit,
        })
    }

    /// The wait exactly as written in the file.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The number part of the wait.
    pub fn amount(&self) -> f64 {
        self.amount
    }

    /// The unit part of the wait.
    pub fn unit(&self) -> WaitUnit {
        self.unit
    }

    /// The wait in calendar days, so waits in different units compare; a working day counts as
    /// 7/5 of a day and a month as 30.44 days.
    pub fn days(&self) -> f64 {
        let per_unit = match self.unit {
            WaitUnit::Minutes => 1.0 / (24.0 * 60.0),
            WaitUnit::Hours => 1.0 / 24.0,
            WaitUnit::Days => 1.0,
            WaitUnit::WorkingDays => 7.0 / 5.0,
            WaitUnit::Weeks => 7.0,
            WaitUnit::Months => 30.44,
        };
        self.amount * per_unit
    }
}

impl fmt::Display for Wait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Wait {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Wait {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Wait, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        Wait::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Wait {
    fn schema_name() -> Cow<'static, str> {
        "Wait".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A waiting time: a number and a unit, e.g. \"3 weeks\", \"2 werkdagen\", \"4 hours\".",
            "pattern": r"^\s*[0-9]+([.,][0-9]+)?\s*(minutes?|min|minuut|minuten|hours?|h|uur|uren|days?|d|dag|dagen|working days?|werkdag|werkdagen|weeks?|w|weken|months?|maand|maanden)?\s*$",
            "examples": ["3 weeks", "2 werkdagen", "4 hours", "1 dag"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_english_and_dutch_units() {
        assert_eq!(Wait::parse("3 weeks").unwrap().days(), 21.0);
        assert_eq!(Wait::parse("2 werkdagen").unwrap().days(), 2.8);
        assert_eq!(Wait::parse("1,5 dag").unwrap().days(), 1.5);
        assert_eq!(Wait::parse("12 uur").unwrap().days(), 0.5);
        assert_eq!(Wait::parse("0").unwrap().days(), 0.0);
    }

    #[test]
    fn keeps_the_text_as_written() {
        assert_eq!(Wait::parse(" 3  Weken ").unwrap().as_str(), " 3  Weken ");
    }

    #[test]
    fn rejects_unknown_units_with_a_hint() {
        assert_eq!(
            Wait::parse("3 fortnights"),
            Err(WaitError::UnknownUnit("fortnights".into()))
        );
        assert_eq!(
            Wait::parse("soon"),
            Err(WaitError::NotANumber("soon".into()))
        );
        assert_eq!(Wait::parse("3"), Err(WaitError::UnknownUnit(String::new())));
        let huge = format!("{} days", "9".repeat(400));
        assert_eq!(Wait::parse(&huge), Err(WaitError::NotFinite(huge.clone())));
    }
}
