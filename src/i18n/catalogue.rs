//! The embedded Fluent catalogues: one folder per locale under `locales/`, one file per part
//! of the product, compiled into the binary so tjm works from any folder.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Locale, number};

/// Embeds the catalogue files of one locale, in a fixed order.
macro_rules! files {
    ($locale:literal: $($file:literal),*) => {
        &[$(
            (
                concat!($locale, "/", $file, ".ftl"),
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $locale, "/", $file, ".ftl")),
            ),
        )*]
    };
}

/// The catalogue files, by locale: `(path under locales/, text)`. A new part of the product
/// adds its file to both lists; a new locale adds a list, a `Locale` variant and a folder.
pub(crate) const EN: &[(&str, &str)] = files!("en": "common", "cli", "rules", "report", "errors", "input", "output", "evidence", "board");
/// The Dutch files, in the same order as [`EN`].
pub(crate) const NL: &[(&str, &str)] = files!("nl": "common", "cli", "rules", "report", "errors", "input", "output", "evidence", "board");

pub(crate) type Bundle = FluentBundle<FluentResource>;

static EN_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| build("en", EN, format_en));
static NL_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| build("nl", NL, format_nl));

/// The bundle that holds a locale's messages; the pseudo-locale reads the English ones.
pub(crate) fn bundle(locale: Locale) -> &'static Bundle {
    match locale {
        Locale::En | Locale::Pseudo => &EN_BUNDLE,
        Locale::Nl => &NL_BUNDLE,
    }
}

/// The catalogue files of a locale.
pub(crate) fn files(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En | Locale::Pseudo => EN,
        Locale::Nl => NL,
    }
}

fn build(code: &str, files: &[(&str, &str)], formatter: Formatter) -> Bundle {
    let id: LanguageIdentifier = code.parse().expect("a valid language tag");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the output goes to terminals, CSV and
    // HTML, where invisible control characters only get in the way.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter));
    for (path, text) in files {
        // The catalogues are compiled in; `catalogues_parse_without_errors` keeps them valid.
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{path} does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{path} repeats a message: {errors:?}"));
    }
    bundle
}

type Formatter = fn(&FluentValue<'_>, &intl::Memoizer) -> Option<String>;

mod intl {
    /// The memoizer type of a concurrent bundle, named once.
    pub(super) type Memoizer = <super::Bundle as HasMemoizer>::Memoizer;

    pub(super) trait HasMemoizer {
        type Memoizer;
    }

    impl<R, M> HasMemoizer for fluent_bundle::bundle::FluentBundle<R, M> {
        type Memoizer = M;
    }
}

fn format_en(value: &FluentValue<'_>, _: &intl::Memoizer) -> Option<String> {
    format_number(value, Locale::En)
}

fn format_nl(value: &FluentValue<'_>, _: &intl::Memoizer) -> Option<String> {
    format_number(value, Locale::Nl)
}

/// Every number a message shows goes through [`number::decimal`], so Fluent never writes
/// "7.9" in Dutch.
fn format_number(value: &FluentValue<'_>, locale: Locale) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let places = n.options.minimum_fraction_digits.unwrap_or(0);
            Some(number::decimal(n.value, places, locale))
        }
        _ => None,
    }
}

/// The message ids a catalogue file defines (terms, starting with `-`, are left out).
pub(crate) fn ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let (id, _) = line.split_once(" =")?;
        let first = id.chars().next()?;
        (first.is_ascii_lowercase()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'))
        .then_some(id)
    })
}
