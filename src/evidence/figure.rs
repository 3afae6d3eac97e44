//! The privacy floor: a figure that rests on fewer than ten cases is shown as "< 10", never
//! as its number, so nobody can find the one tenant behind it. Applies to every output a
//! person reads (terminal, JSON, report); the benchmark dump (`--dump`) holds activity counts
//! only, never a case, and exists so other tools can check tjm edge for edge.

use serde::{Serialize, Serializer};

use crate::i18n::{self, Locale};

/// Fewer cases than this and a figure is not shown.
pub const MIN_CASES: u64 = 10;

/// How "fewer than ten" is written, in every locale.
pub const FEWER: &str = "< 10";

/// True when a figure from `cases` cases may be shown.
pub fn shown(cases: u64) -> bool {
    cases >= MIN_CASES
}

/// A count shown only from ten up: in JSON a number, or the string `"< 10"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub u64);

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if shown(self.0) {
            serializer.serialize_u64(self.0)
        } else {
            serializer.serialize_str(FEWER)
        }
    }
}

impl Count {
    /// The count for a person: a number from ten up, else "< 10".
    pub fn text(self, locale: Locale) -> String {
        if shown(self.0) {
            i18n::integer(self.0, locale)
        } else {
            FEWER.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_ten_is_hidden() {
        assert_eq!(serde_json::to_string(&Count(9)).unwrap(), "\"< 10\"");
        assert_eq!(serde_json::to_string(&Count(10)).unwrap(), "10");
        assert_eq!(Count(0).text(Locale::Nl), "< 10");
        assert_eq!(Count(18_400).text(Locale::Nl), "18.400");
    }
}
