//! The page shown instead of the report while a file does not load: what is wrong, worded
//! and located as `tjm check` shows it (HTML-escaped by Tera), in the user's language, with
//! a link to the last good version of the same page.

use std::sync::LazyLock;

use base64::Engine as _;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tera::{Context, Tera};

use super::render::Broken;
use crate::i18n::{Args, message, text};
use crate::report::templates::STYLE;

const TEMPLATE: &str = "problems.html";

static TERA: LazyLock<Tera> = LazyLock::new(|| {
    let mut tera = Tera::default();
    tera.add_raw_template(TEMPLATE, include_str!("problems.html"))
        .expect("the built-in problems page parses");
    tera.autoescape_on(vec![".html"]);
    tera
});

/// The page's policy: nothing loads, its one stylesheet by hash.
static CSP: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(STYLE.as_bytes());
    let hash = base64::engine::general_purpose::STANDARD.encode(digest);
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'"
    )
});

#[derive(Serialize)]
struct View<'a> {
    lang: &'static str,
    csp: &'a str,
    css: &'static str,
    title: String,
    intro: String,
    heading: String,
    last_good: String,
    last_good_href: Option<String>,
    no_good: String,
    diagnostics: &'a [String],
}

/// The problems page served in place of `page`; `last_good` is the address of that page's
/// last good version, when there is one.
pub fn page(broken: &Broken, last_good: Option<&str>) -> String {
    let locale = broken.locale;
    let view = View {
        lang: locale.code(),
        csp: &CSP,
        css: STYLE,
        title: text(locale, "serve-problems-title"),
        intro: text(locale, "serve-problems-intro"),
        heading: message(
            locale,
            "serve-problems-count",
            &Args::new().count("count", broken.diagnostics.len()),
        ),
        last_good: text(locale, "serve-problems-last-good"),
        last_good_href: last_good.map(str::to_owned),
        no_good: text(locale, "serve-problems-no-good"),
        diagnostics: &broken.diagnostics,
    };
    let context = Context::from_serialize(&view).expect("the view is plain data");
    TERA.render(TEMPLATE, &context)
        .expect("the built-in problems page renders")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn problems_are_escaped_and_worded_in_the_locale() {
        let broken = Broken {
            locale: Locale::Nl,
            diagnostics: vec!["<script>alert(1)</script> & \"x\"".into()],
        };
        let html = page(&broken, Some("last-good/index.html"));
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; &quot;x&quot;"),
            "{html}"
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("<html lang=\"nl\">"));
        assert!(html.contains(&text(Locale::Nl, "serve-problems-title")));
        assert!(
            html.contains("href=\"last-good&#x2F;index.html\""),
            "{html}"
        );
    }

    #[test]
    fn without_a_good_version_it_says_so() {
        let broken = Broken {
            locale: Locale::En,
            diagnostics: vec!["one".into()],
        };
        let html = page(&broken, None);
        assert!(html.contains(&text(Locale::En, "serve-problems-no-good")));
        assert!(!html.contains("last-good"));
    }
}
