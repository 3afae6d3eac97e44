//! The template context: what each page's template can use, as plain serialisable structs.
//!
//! Templates see only these views, never the model, so a theme keeps working when the model
//! changes and every figure is already formatted for the page's language. Text from journey
//! files is plain text here (Tera escapes it); fields ending in `_html` or `svg` hold markup
//! tjm built and escaped itself, and are the only ones a template may mark `| safe`.
//!
//! One module per page ([`journey`], [`index`], [`rules`]) puts its sections together; each
//! section is one module in [`section`] with one partial in `templates/partials/`. Adding a
//! section is adding those two files, its strings, and one line in the page that shows it.
//! `docs/report.md` lists these fields for theme authors.

pub mod finding;
pub mod head;
pub mod index;
pub mod journey;
pub(crate) mod prepared;
pub mod rules;
pub mod section;
pub mod table;

use crate::i18n::Locale;
use serde::Serialize;

use super::i18n::{self, Texts};

pub use finding::FindingView;
pub use head::{AttentionView, Figures, JourneyHead};
pub use index::IndexPage;
pub(crate) use index::index_page;
pub use journey::JourneyPage;
pub(crate) use journey::journey_page;
pub(crate) use prepared::Prepared;
pub use rules::RulesPage;
pub(crate) use rules::rules_page;
pub use table::{TableCell, TableRow, TableView};

/// What every page has.
#[derive(Debug, Clone, Serialize)]
pub struct Base<'a> {
    /// The page's language code, `nl` or `en`: the `lang` attribute.
    pub lang: &'static str,
    /// The fixed strings in the page's language (see `i18n::Texts`).
    pub t: &'static Texts,
    /// The stylesheet: the theme's `style.css` or the built-in one. Put it in the page's
    /// one `<style>` element with `| safe`.
    pub css: &'a str,
    /// The Content-Security-Policy for the `<meta http-equiv>` tag. Its style hashes are
    /// filled in after rendering, from the `<style>` elements of the page.
    pub csp: &'static str,
    /// The tjm version, for the footer.
    pub version: &'static str,
    /// Which page this is: `index`, `journey` or `rules`.
    pub page: &'static str,
    /// The index page's file name.
    pub index_href: &'static str,
    /// The rules page's file name.
    pub rules_href: &'static str,
}

/// How much of a view the page's templates read. The built-in templates show the markup tjm
/// writes for the journey map and the findings (`grid_html`, `findings_html`) and never loop
/// over the data behind it, so that data stays out of their context: serialising it was a
/// sixth of a report's time. A theme with templates of its own may read anything, so it gets
/// every field, as documented in `docs/report.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The built-in templates: markup, not the data behind it.
    Markup,
    /// A theme's own templates: every field.
    Full,
}

/// Data behind markup: serialised as `T` itself for [`Detail::Full`], left out of the context
/// for [`Detail::Markup`] (with `#[serde(skip_serializing_if = "ThemeData::is_hidden")]`).
#[derive(Debug, Clone, Default)]
pub struct ThemeData<T> {
    /// The data.
    pub value: T,
    /// In the context.
    pub shown: bool,
}

impl<T> ThemeData<T> {
    /// `value`, shown.
    pub fn new(value: T) -> Self {
        ThemeData { value, shown: true }
    }

    /// Shown only for `detail`'s templates that read it.
    pub fn show_for(&mut self, detail: Detail) {
        self.shown = detail == Detail::Full;
    }

    /// Left out of the context.
    pub fn is_hidden(&self) -> bool {
        !self.shown
    }
}

impl<T> From<Vec<T>> for ThemeData<Vec<T>> {
    fn from(value: Vec<T>) -> Self {
        ThemeData::new(value)
    }
}

impl<T> FromIterator<T> for ThemeData<Vec<T>> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        ThemeData::new(items.into_iter().collect())
    }
}

impl<T> std::ops::Deref for ThemeData<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: Serialize> Serialize for ThemeData<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// The placeholder in [`Base::csp`] that is replaced by the hashes of the page's styles.
pub const STYLE_HASHES: &str = "'tjm-style-hashes'";

/// The Content-Security-Policy every page gets; nothing may load, styles only by hash.
pub const CSP: &str = "default-src 'none'; style-src 'tjm-style-hashes'; img-src data:; base-uri 'none'; form-action 'none'";

impl<'a> Base<'a> {
    pub(crate) fn new(lang: Locale, css: &'a str, page: &'static str) -> Base<'a> {
        Base {
            lang: lang.code(),
            t: i18n::texts(lang),
            css,
            csp: CSP,
            version: env!("CARGO_PKG_VERSION"),
            page,
            index_href: "index.html",
            rules_href: "rules.html",
        }
    }
}
