//! The typed arguments of a message: what a finding knows (a title, a count of days, a share),
//! kept as data so JSON can carry them and every locale can phrase and format them its own way.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, Serializer};

/// One argument value.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text from the journey (a touchpoint title, an actor's name): shown as it is.
    Text(String),
    /// A fixed key a message selects on (a touchpoint kind such as `visit`), never shown raw.
    Key(&'static str),
    /// A whole number; plural forms select on it.
    Count(u64),
    /// A measured number shown with a fixed count of decimals.
    Decimal {
        /// The value.
        value: f64,
        /// Decimals to show.
        places: u8,
    },
    /// A share from 0 to 1, shown as a percentage.
    Share(f64),
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(text) => serializer.serialize_str(text),
            Arg::Key(key) => serializer.serialize_str(key),
            Arg::Count(count) => serializer.serialize_u64(*count),
            Arg::Decimal { value, .. } | Arg::Share(value) => serializer.serialize_f64(*value),
        }
    }
}

/// Named arguments in the order they were given; serialised as a JSON object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args(Vec<(Name, Arg)>);

/// An argument's name: a literal in Rust, a string from a template.
type Name = Cow<'static, str>;

impl Args {
    /// No arguments.
    pub fn new() -> Args {
        Args::default()
    }

    /// Adds journey text.
    pub fn text(mut self, name: impl Into<Name>, value: impl Into<String>) -> Args {
        self.0.push((name.into(), Arg::Text(value.into())));
        self
    }

    /// Adds a selector key.
    pub fn key(mut self, name: impl Into<Name>, value: &'static str) -> Args {
        self.0.push((name.into(), Arg::Key(value)));
        self
    }

    /// Adds a whole number.
    pub fn count(mut self, name: impl Into<Name>, value: impl TryInto<u64>) -> Args {
        let value = value.try_into().unwrap_or(u64::MAX);
        self.0.push((name.into(), Arg::Count(value)));
        self
    }

    /// Adds a number shown with `places` decimals.
    pub fn decimal(mut self, name: impl Into<Name>, value: f64, places: u8) -> Args {
        self.0.push((name.into(), Arg::Decimal { value, places }));
        self
    }

    /// Adds a share (0–1), shown as a percentage.
    pub fn share(mut self, name: impl Into<Name>, value: f64) -> Args {
        self.0.push((name.into(), Arg::Share(value)));
        self
    }

    /// The value of one argument.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    /// The same arguments with every text replaced by `f(position, name, text)`: how an
    /// output marks quoted journey text in a sentence (HTML gives it its own `lang`).
    pub fn map_texts(&self, mut f: impl FnMut(usize, &str, &str) -> String) -> Args {
        let mut k = 0;
        Args(
            self.0
                .iter()
                .map(|(name, arg)| match arg {
                    Arg::Text(text) => {
                        k += 1;
                        (name.clone(), Arg::Text(f(k - 1, name, text)))
                    }
                    other => (name.clone(), other.clone()),
                })
                .collect(),
        )
    }

    /// Every argument, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arg)> {
        self.0.iter().map(|(n, a)| (n.as_ref(), a))
    }
}

impl Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name.as_ref(), value)?;
        }
        map.end()
    }
}
