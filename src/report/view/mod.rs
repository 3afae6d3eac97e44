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
