//! Messages as data: every word tjm shows a person comes from a Fluent catalogue in
//! `locales/<locale>/*.ftl`, looked up by id with typed arguments, so a third language is a
//! folder of files and the same fact can be worded for a terminal and for a board.
//!
//! - [`message`] renders a message; [`text`] one without arguments.
//! - [`Args`] carries the facts (journey text, counts, decimals, shares) as data.
//! - [`number`] is the one place numbers are formatted per locale.
//! - [`decide`] is the one place the locale of a run and of a journey is chosen.
//! - [`Translate`] and [`Number`] make the catalogues available to Tera templates as `t(…)` and
//!   `n(…)`.
//!
//! A message missing from a locale falls back to English, then to its id in brackets;
//! [`try_message`] reports both, so tests can insist on complete catalogues. The pseudo-locale
//! renders the English catalogue wrapped in `⟦…⟧`: any visible text without the marks did not
//! come from a catalogue.

mod args;
mod catalogue;
pub mod decide;
pub mod number;
mod tera;

use std::fmt;
use std::str::FromStr;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

pub use args::{Arg, Args};
pub use number::{decimal, grade, integer, percent, percentage};
pub use tera::{Number, Translate, register};

use crate::model::Language;

/// A locale tjm can speak.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Nederlands.
    Nl,
    /// The test locale: English wrapped in `⟦…⟧`, to find text that bypasses the catalogues.
    Pseudo,
}

/// Opens a pseudo-locale message.
pub const PSEUDO_OPEN: char = '⟦';
/// Closes a pseudo-locale message.
pub const PSEUDO_CLOSE: char = '⟧';

impl Locale {
    /// Every locale, the test locale last.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nl, Locale::Pseudo];

    /// The code on the command line, in `lang` attributes and catalogue folders.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::Pseudo => "qps",
        }
    }

    /// The journey language closest to this locale, for code that still chooses between
    /// English and Dutch itself (the pseudo-locale is English underneath).
    pub fn language(self) -> Language {
        match self {
            Locale::Nl => Language::Nl,
            Locale::En | Locale::Pseudo => Language::En,
        }
    }
}

impl From<Language> for Locale {
    fn from(language: Language) -> Locale {
        match language {
            Language::En => Locale::En,
            Language::Nl => Locale::Nl,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = MessageError;

    fn from_str(code: &str) -> Result<Locale, MessageError> {
        Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
            .ok_or_else(|| MessageError::UnknownLocale(code.to_owned()))
    }
}

/// Why a message could not be rendered from its own locale's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    /// The catalogue has no message with this id.
    #[error("the {locale} catalogue has no message `{id}`: add it to a file in locales/{locale}/")]
    Missing {
        /// The locale asked for.
        locale: Locale,
        /// The message id.
        id: String,
    },
    /// The message exists but refers to an argument or message that is not there.
    #[error("message `{id}` in the {locale} catalogue does not render: {detail}")]
    Broken {
        /// The locale asked for.
        locale: Locale,
        /// The message id.
        id: String,
        /// Fluent's complaint.
        detail: String,
    },
    /// A locale code tjm does not know.
    #[error("`{0}` is not a language tjm speaks: use en or nl")]
    UnknownLocale(String),
}

/// Renders message `id` in `locale`, falling back to English and then to `[id]`, so output
/// never stops for a missing translation (tests use [`try_message`] to catch it).
pub fn message(locale: Locale, id: &str, args: &Args) -> String {
    match try_message(locale, id, args) {
        Ok(text) => text,
        Err(_) => match try_message(Locale::En, id, args) {
            Ok(text) if locale == Locale::Pseudo => pseudo(&text),
            Ok(text) => text,
            Err(_) => format!("[{id}]"),
        },
    }
}

/// Renders a message without arguments.
pub fn text(locale: Locale, id: &str) -> String {
    message(locale, id, &Args::new())
}

/// Renders message `id` from `locale`'s own catalogue, or says why it cannot.
pub fn try_message(locale: Locale, id: &str, args: &Args) -> Result<String, MessageError> {
    let bundle = catalogue::bundle(locale);
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| MessageError::Missing {
            locale,
            id: id.to_owned(),
        })?;
    let fluent_args = fluent_args(args, locale);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if let Some(error) = errors.first() {
        return Err(MessageError::Broken {
            locale,
            id: id.to_owned(),
            detail: error.to_string(),
        });
    }
    Ok(match locale {
        Locale::Pseudo => pseudo(&text),
        Locale::En | Locale::Nl => text.into_owned(),
    })
}

/// True when `locale`'s own catalogue has message `id`.
pub fn has_message(locale: Locale, id: &str) -> bool {
    catalogue::bundle(locale).has_message(id)
}

/// Every message id of a locale's catalogue, with the file that defines it.
pub fn message_ids(locale: Locale) -> Vec<(&'static str, &'static str)> {
    catalogue::files(locale)
        .iter()
        .flat_map(|(path, text)| catalogue::ids(text).map(move |id| (*path, id)))
        .collect()
}

fn pseudo(text: &str) -> String {
    format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}")
}

fn fluent_args(args: &Args, locale: Locale) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, arg) in args.iter() {
        let value: FluentValue<'_> = match arg {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Key(key) => FluentValue::from(*key),
            Arg::Count(count) => FluentValue::from(*count),
            Arg::Decimal { value, places } => FluentValue::Number(FluentNumber::new(
                *value,
                FluentNumberOptions {
                    minimum_fraction_digits: Some(usize::from(*places)),
                    maximum_fraction_digits: Some(usize::from(*places)),
                    ..FluentNumberOptions::default()
                },
            )),
            Arg::Share(share) => FluentValue::from(number::percent(*share, locale)),
        };
        out.set(name, value);
    }
    out
}

#[cfg(test)]
mod tests;
