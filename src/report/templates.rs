//! The templates: built-in ones embedded in the binary, and a theme folder's overrides.
//!
//! As in Zola, the built-ins are parsed once into a lazily built [`Tera`] with autoescaping
//! on for `.html` (Tera's default, never turned off). A theme (as in mdBook) may override any
//! of [`OVERRIDABLE`]: its templates replace the built-ins of the same name (the theme's
//! file wins) and inheritance is rebuilt over the merged set, so a theme can override one
//! partial or the whole base. `style.css` is taken from the theme when present. Files in a
//! theme that override nothing are reported with a did-you-mean, because a typo such as
//! `jouney.html` must not fail silently.
//!
//! A theme is code that runs in a board member's browser, so it is held to what the built-in
//! templates promise (see `docs/security.md`): it keeps the Content-Security-Policy, carries no
//! scripts, event handlers, `javascript:` URLs or external resources (unless `tjm.toml` says
//! `[report] allow_theme_scripts = true`), cannot read environment variables (`get_env`), and
//! cannot reach files outside its folder through symlinks.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use tera::Tera;

use super::Error;
use super::view::Detail;
use crate::config::Provenance;
use crate::i18n::{Args, Locale, message, text};
use crate::load::suggest::closest;

/// The built-in templates, by the name templates use to refer to each other.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("journey.html", include_str!("../../templates/journey.html")),
    ("rules.html", include_str!("../../templates/rules.html")),
    (
        "partials/level.html",
        include_str!("../../templates/partials/level.html"),
    ),
    (
        "partials/finding.html",
        include_str!("../../templates/partials/finding.html"),
    ),
    (
        "partials/attention.html",
        include_str!("../../templates/partials/attention.html"),
    ),
    (
        "partials/legend.html",
        include_str!("../../templates/partials/legend.html"),
    ),
    (
        "partials/personas.html",
        include_str!("../../templates/partials/personas.html"),
    ),
    (
        "partials/changes.html",
        include_str!("../../templates/partials/changes.html"),
    ),
    (
        "partials/fix_first.html",
        include_str!("../../templates/partials/fix_first.html"),
    ),
    (
        "partials/good_practice.html",
        include_str!("../../templates/partials/good_practice.html"),
    ),
    (
        "partials/journey_map.html",
        include_str!("../../templates/partials/journey_map.html"),
    ),
    (
        "partials/graph.html",
        include_str!("../../templates/partials/graph.html"),
    ),
    (
        "partials/findings.html",
        include_str!("../../templates/partials/findings.html"),
    ),
    (
        "partials/evidence.html",
        include_str!("../../templates/partials/evidence.html"),
    ),
    (
        "partials/measured.html",
        include_str!("../../templates/partials/measured.html"),
    ),
    (
        "partials/board_summary.html",
        include_str!("../../templates/partials/board_summary.html"),
    ),
    (
        "partials/journey_cards.html",
        include_str!("../../templates/partials/journey_cards.html"),
    ),
    (
        "partials/index_changes.html",
        include_str!("../../templates/partials/index_changes.html"),
    ),
    (
        "partials/top_moments.html",
        include_str!("../../templates/partials/top_moments.html"),
    ),
    (
        "partials/heatmap.html",
        include_str!("../../templates/partials/heatmap.html"),
    ),
    (
        "partials/rule.html",
        include_str!("../../templates/partials/rule.html"),
    ),
    (
        "macros/table.html",
        include_str!("../../templates/macros/table.html"),
    ),
];

/// The built-in stylesheet.
pub const STYLE: &str = include_str!("../../templates/style.css");

/// The stylesheet's file name in a theme.
pub const STYLE_FILE: &str = "style.css";

/// Every file a theme can override: the templates and the stylesheet.
pub const OVERRIDABLE: &[&str] = &[
    "base.html",
    "index.html",
    "journey.html",
    "rules.html",
    "partials/level.html",
    "partials/finding.html",
    "partials/attention.html",
    "partials/legend.html",
    "partials/personas.html",
    "partials/changes.html",
    "partials/fix_first.html",
    "partials/good_practice.html",
    "partials/journey_map.html",
    "partials/graph.html",
    "partials/findings.html",
    "partials/evidence.html",
    "partials/measured.html",
    "partials/board_summary.html",
    "partials/journey_cards.html",
    "partials/index_changes.html",
    "partials/top_moments.html",
    "partials/heatmap.html",
    "partials/rule.html",
    "macros/table.html",
    "style.css",
];

/// The built-in templates, parsed once.
static BUILTIN: LazyLock<Tera> = LazyLock::new(|| {
    let mut tera = Tera::default();
    // `t(id=…)` and `n(value=…)`: the catalogues, for themes that add text of their own
    crate::i18n::register(&mut tera);
    // Tera's `get_env` would let a theme copy secrets (tokens, user names) into a page that
    // is sent to a board; themes get a clear error instead.
    tera.register_function("get_env", |_: &_| refuse_get_env(Locale::En));
    tera.add_raw_templates(TEMPLATES.iter().copied())
        .expect("the built-in templates parse (tested)");
    tera
});

/// The templates and stylesheet a report is rendered with.
pub struct Theme {
    /// The templates.
    pub tera: Cow<'static, Tera>,
    /// The stylesheet.
    pub css: Cow<'static, str>,
    /// Files in the theme folder that override nothing, one message each.
    pub warnings: Vec<String>,
}

impl Theme {
    /// How much of a view this theme's templates read: every field once it has templates of
    /// its own; the built-ins' markup only for a theme of just a stylesheet.
    pub fn detail(&self) -> Detail {
        match self.tera {
            Cow::Borrowed(_) => Detail::Markup,
            Cow::Owned(_) => Detail::Full,
        }
    }

    /// The built-in templates and stylesheet.
    pub fn builtin() -> Theme {
        Theme {
            tera: Cow::Borrowed(&BUILTIN),
            css: Cow::Borrowed(STYLE),
            warnings: Vec::new(),
        }
    }

    /// The built-ins with the overrides in `dir`. Unless `allow_scripts`, a theme that drops
    /// the CSP or carries scripts is refused. Warnings and refusals are worded in `locale`,
    /// the run's.
    pub fn load(dir: &Path, allow_scripts: bool, locale: Locale) -> Result<Theme, Error> {
        if !dir.is_dir() {
            return Err(Error::MissingTheme {
                dir: dir.to_path_buf(),
            });
        }
        let files = theme_files(dir, locale)?;
        let read = |relative: &str| -> Result<String, Error> {
            let path = dir.join(relative);
            crate::fsutil::read::read_text_capped(&path, locale)
                .map_err(|source| Error::Read { path, source })
        };
        let mut templates: Vec<(String, String)> = Vec::new();
        let mut extra: Vec<(String, String)> = Vec::new();
        let mut css = None;
        let mut others: Vec<String> = Vec::new();
        for relative in &files {
            if relative == STYLE_FILE {
                css = Some(read(relative)?);
            } else if TEMPLATES.iter().any(|(name, _)| name == relative) {
                templates.push((relative.clone(), read(relative)?));
            } else if relative.ends_with(".html") {
                extra.push((relative.clone(), read(relative)?));
            } else {
                others.push(relative.clone());
            }
        }
        // An extra template is fine when another theme template uses it (an include of the
        // theme's own); otherwise it overrides nothing.
        let mut warnings = Vec::new();
        let mut used_extra = Vec::new();
        for (name, text) in &extra {
            let quoted = [format!("\"{name}\""), format!("'{name}'")];
            let used = templates
                .iter()
                .chain(extra.iter())
                .filter(|(other, _)| other != name)
                .any(|(_, body)| quoted.iter().any(|q| body.contains(q.as_str())));
            if used {
                used_extra.push((name.clone(), text.clone()));
            } else {
                warnings.push(unused_message(dir, name, locale));
            }
        }
        for name in &others {
            warnings.push(unused_message(dir, name, locale));
        }
        if !allow_scripts {
            let refuse = |problem: String| Error::Theme {
                dir: dir.to_path_buf(),
                message: format!("{problem}\n{}", text(locale, "theme-allow-hint")),
            };
            let in_file = |file: &str, problem: String| {
                let args = Args::new().text("file", file).text("problem", problem);
                message(locale, "theme-file-problem", &args)
            };
            for (name, body) in templates.iter().chain(used_extra.iter()) {
                if let Some(problem) = unsafe_markup(body, locale) {
                    return Err(refuse(in_file(name, problem)));
                }
            }
            for (name, body) in &templates {
                if let Some(problem) = missing_policy(name, body, locale) {
                    return Err(refuse(problem));
                }
            }
            if let Some(problem) = css.as_deref().and_then(|css| unsafe_css(css, locale)) {
                return Err(refuse(in_file(STYLE_FILE, problem)));
            }
        }
        if let Some(css) = &css {
            if css.to_ascii_lowercase().contains("</style") {
                return Err(Error::Theme {
                    dir: dir.to_path_buf(),
                    message: message(
                        locale,
                        "theme-css-style-close",
                        &Args::new().text("file", STYLE_FILE),
                    ),
                });
            }
        }
        let tera = if templates.is_empty() && used_extra.is_empty() {
            Cow::Borrowed(&*BUILTIN)
        } else {
            let mut tera = BUILTIN.clone();
            // the refusal in the run's language, not the built-ins' English
            tera.register_function("get_env", move |_: &_| refuse_get_env(locale));
            tera.add_raw_templates(
                templates
                    .iter()
                    .chain(used_extra.iter())
                    .map(|(name, text)| (name.as_str(), text.as_str())),
            )
            .map_err(|error| Error::Theme {
                dir: dir.to_path_buf(),
                message: unravel(&error),
            })?;
            Cow::Owned(tera)
        };
        Ok(Theme {
            tera,
            css: css.map_or(Cow::Borrowed(STYLE), Cow::Owned),
            warnings,
        })
    }
}

/// The stand-in for Tera's `get_env`.
fn refuse_get_env(locale: Locale) -> tera::Result<tera::Value> {
    Err(tera::Error::msg(text(locale, "theme-get-env")))
}

/// Adds the footer sentence and the settings' source (for a `<meta>`) to a page's context, in
/// the page's language.
pub fn insert_provenance(context: &mut tera::Context, provenance: &Provenance) {
    // the page's `lang` is its locale's code (`qps` for the test locale)
    let locale: crate::i18n::Locale = context
        .get("lang")
        .and_then(tera::Value::as_str)
        .and_then(|code| code.parse().ok())
        .unwrap_or_default();
    context.insert("settings_note", &provenance.board_note(locale));
    context.insert("settings_source", &provenance.source());
}

/// What a page must keep: the built-in base template's policy tag, byte for byte.
const POLICY_TAG: &str =
    r#"<meta http-equiv="Content-Security-Policy" content="{{ csp | safe }}">"#;

/// A page template that would render without the CSP: a `base.html` without the policy tag,
/// or a page that no longer extends `base.html`.
fn missing_policy(name: &str, text: &str, locale: Locale) -> Option<String> {
    let squeezed = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| {
                if c == '\'' {
                    '"'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    };
    let text = squeezed(text);
    match name {
        "base.html" if !text.contains(&squeezed(POLICY_TAG)) => Some(message(
            locale,
            "theme-no-policy",
            &Args::new().text("tag", POLICY_TAG),
        )),
        "index.html" | "journey.html" | "rules.html"
            if !text.contains(r#"{%extends"base.html"%}"#) =>
        {
            let args = Args::new()
                .text("name", name)
                .text("extends", r#"{% extends "base.html" %}"#);
            Some(message(locale, "theme-no-extends", &args))
        }
        _ => None,
    }
}

/// Elements that run or pull in content from elsewhere.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "object", "embed", "applet", "base", "link", "portal",
];

/// Attributes whose value is a URL the browser loads or navigates to.
const URL_ATTRIBUTES: &[&str] = &[
    "src",
    "href",
    "action",
    "formaction",
    "srcset",
    "poster",
    "data",
    "xlink:href",
    "background",
    "ping",
    "manifest",
];

/// The first script, event handler, `javascript:` URL or external resource in a template, as
/// "line N has …"; None when the markup is inert.
fn unsafe_markup(text: &str, locale: Locale) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = |offset: usize| text[..offset].matches('\n').count() + 1;
    for scheme in ["javascript:", "vbscript:"] {
        if let Some(offset) = lower.find(scheme) {
            let args = Args::new().count("line", at(offset)).text("scheme", scheme);
            return Some(message(locale, "theme-scheme-url", &args));
        }
    }
    if let Some(offset) = lower.find("http-equiv=\"refresh\"") {
        let args = Args::new().count("line", at(offset));
        return Some(message(locale, "theme-refresh", &args));
    }
    let bytes = lower.as_bytes();
    let mut i = 0;
    while let Some(open) = lower[i..].find('<').map(|o| o + i) {
        i = open + 1;
        let name: String = lower[i..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            continue;
        }
        if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
            let args = Args::new().count("line", at(open)).text("element", name);
            return Some(message(locale, "theme-element", &args));
        }
        let end = tag_end(bytes, i).unwrap_or(lower.len());
        if let Some(problem) = unsafe_attribute(&lower[i + name.len()..end], locale) {
            let args = Args::new()
                .count("line", at(open))
                .text("problem", problem)
                .text("element", name);
            return Some(message(locale, "theme-attribute", &args));
        }
        i = end;
    }
    None
}

/// The end of a tag: the first `>` outside quotes and outside `{{ }}`/`{% %}`.
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut quote = None;
    let mut j = start;
    while j < bytes.len() {
        let b = bytes[j];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'{' && matches!(bytes.get(j + 1), Some(b'{' | b'%')) => {
                let close = if bytes[j + 1] == b'{' { b"}}" } else { b"%}" };
                j = bytes[j..]
                    .windows(2)
                    .position(|w| w == close)
                    .map_or(bytes.len(), |p| j + p + 1);
            }
            None if b == b'>' => return Some(j),
            None => {}
        }
        j += 1;
    }
    None
}

/// An `on…=` handler or an external URL among a tag's attributes (lowercase text).
fn unsafe_attribute(attributes: &str, locale: Locale) -> Option<String> {
    let chars: Vec<char> = attributes.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let boundary =
            k == 0 || matches!(chars[k - 1], ' ' | '\t' | '\n' | '\r' | '"' | '\'' | '/');
        if !boundary || !(chars[k].is_ascii_alphabetic()) {
            k += 1;
            continue;
        }
        let name: String = chars[k..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_'))
            .collect();
        k += name.chars().count();
        let mut m = k;
        while m < chars.len() && chars[m].is_whitespace() {
            m += 1;
        }
        if chars.get(m) != Some(&'=') {
            continue;
        }
        if name.len() > 2 && name.starts_with("on") {
            let args = Args::new().text("name", name);
            return Some(message(locale, "theme-event-handler", &args));
        }
        if URL_ATTRIBUTES.contains(&name.as_str()) {
            let value: String = chars[m + 1..]
                .iter()
                .skip_while(|c| c.is_whitespace())
                .skip_while(|c| matches!(c, '"' | '\''))
                .take_while(|c| !matches!(c, '"' | '\'' | ' ' | '>'))
                .collect();
            if is_external(&value) {
                let args = Args::new().text("name", name).text("value", value);
                return Some(message(locale, "theme-external-attribute", &args));
            }
        }
        k = m + 1;
    }
    None
}

/// A URL that leaves the report: another host (`//…`, `https:`), or any scheme but `data:`,
/// `mailto:` and `tel:`. Relative links and `#anchors` stay inside.
fn is_external(value: &str) -> bool {
    if value.starts_with("//") || value.starts_with("\\\\") {
        return true;
    }
    let scheme: String = value
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
        .collect();
    !scheme.is_empty()
        && value[scheme.len()..].starts_with(':')
        && !matches!(scheme.as_str(), "data" | "mailto" | "tel")
}

/// An import or URL in the stylesheet that loads from outside the page.
fn unsafe_css(css: &str, locale: Locale) -> Option<String> {
    let lower: String = css
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '"' | '\''))
        .collect();
    if lower.contains("@import") {
        return Some(text(locale, "theme-css-import"));
    }
    if lower.contains("javascript:") || lower.contains("expression(") {
        return Some(text(locale, "theme-css-script"));
    }
    let mut rest = lower.as_str();
    while let Some(start) = rest.find("url(") {
        rest = &rest[start + 4..];
        let value = rest.split(')').next().unwrap_or_default();
        if is_external(value) {
            let args = Args::new().text("value", value);
            return Some(message(locale, "theme-css-external", &args));
        }
    }
    None
}

/// "theme file `x` overrides nothing — did you mean `y`?"
fn unused_message(dir: &Path, name: &str, locale: Locale) -> String {
    let path = Args::new().text("path", dir.join(name).display().to_string());
    let suggestion = closest(name, OVERRIDABLE.iter().copied()).or_else(|| {
        // compare file names alone too: `partial/level.html` for `partials/level.html`
        let closest = closest(file_name(name), OVERRIDABLE.iter().map(|o| file_name(o)))?;
        OVERRIDABLE
            .iter()
            .find(|o| file_name(o) == closest)
            .copied()
    });
    match suggestion {
        Some(suggestion) => message(
            locale,
            "theme-unused-did-you-mean",
            &path.text("suggestion", suggestion),
        ),
        None => message(
            locale,
            "theme-unused-list",
            &path.text("names", OVERRIDABLE.join(", ")),
        ),
    }
}

/// The last part of a `/`-separated theme path.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Every file under `dir`, relative, with `/` separators, sorted; hidden files skipped. A file
/// that resolves outside `dir` (a symlink to `~/.ssh/id_rsa`, say) is refused: its text would
/// end up in a page.
fn theme_files(dir: &Path, locale: Locale) -> Result<Vec<String>, Error> {
    let root = dir.canonicalize().map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
    {
        let entry = entry.map_err(|e| Error::Read {
            path: e
                .path()
                .map_or_else(|| dir.to_path_buf(), Path::to_path_buf),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other(text(locale, "theme-walk"))),
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let target = entry.path().canonicalize().map_err(|source| Error::Read {
            path: entry.path().to_path_buf(),
            source,
        })?;
        if !target.starts_with(&root) {
            return Err(Error::Theme {
                dir: dir.to_path_buf(),
                message: message(
                    locale,
                    "theme-link-outside",
                    &Args::new()
                        .text("path", entry.path().display().to_string())
                        .text("target", target.display().to_string()),
                ),
            });
        }
        let relative: PathBuf = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_path_buf();
        let name: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        files.push(name.join("/"));
    }
    Ok(files)
}

/// A Tera error with every cause, one "Reason:" per level (as Zola's `unravel_errors`).
pub fn unravel(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut cause = std::error::Error::source(error);
    while let Some(e) = cause {
        message.push_str("\nReason: ");
        message.push_str(&e.to_string());
        cause = e.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_templates_parse_and_autoescape_html() {
        // The built-in templates parse, and .html templates autoescape.
        let tera = &*BUILTIN;
        for (name, _) in TEMPLATES {
            assert!(tera.get_template(name).is_ok(), "{name}");
        }
        let mut tera = tera.clone();
        tera.add_raw_template("probe.html", "{{ x }}").unwrap();
        let mut cx = tera::Context::new();
        cx.insert("x", "<script>\"'");
        let out = tera.render("probe.html", &cx).unwrap();
        assert!(!out.contains("<script>"), "{out}");
    }

    #[test]
    fn every_template_is_overridable() {
        // Every built-in template and the stylesheet are on the list a theme can override.
        for (name, _) in TEMPLATES {
            assert!(OVERRIDABLE.contains(name), "{name}");
        }
        assert!(OVERRIDABLE.contains(&STYLE_FILE));
    }

    #[test]
    fn a_typo_gets_a_did_you_mean() {
        // Theme files that override nothing get a did-you-mean, also for a misspelt folder.
        let message = unused_message(Path::new("theme"), "jouney.html", Locale::En);
        assert!(
            message.contains("did you mean `journey.html`?"),
            "{message}"
        );
        let message = unused_message(Path::new("theme"), "partial/levle.html", Locale::En);
        assert!(
            message.contains("did you mean `partials/level.html`?"),
            "{message}"
        );
        let message = unused_message(Path::new("theme"), "notes.txt", Locale::En);
        assert!(
            message.contains("a theme can override: base.html"),
            "{message}"
        );
    }

    #[test]
    fn theme_markup_checks_find_code_and_leave_plain_markup_alone() {
        // The built-in templates and ordinary links pass; scripts, handlers, javascript: and
        // other sites are found with their line.
        for (name, text) in TEMPLATES {
            assert_eq!(unsafe_markup(text, Locale::En), None, "{name}");
            assert_eq!(missing_policy(name, text, Locale::En), None, "{name}");
        }
        let plain = "<a href=\"{{ index_href }}\">x</a>\n<a href=\"#main\">on=</a> <img src=\"data:image/png;base64,AA\">";
        assert_eq!(unsafe_markup(plain, Locale::En), None);
        assert_eq!(
            unsafe_markup("<p>\n<Script src=x>", Locale::En).as_deref(),
            Some("line 2 has a <script> element")
        );
        assert_eq!(
            unsafe_markup("<a\n  OnClick = \"go()\">", Locale::En).as_deref(),
            Some("line 1 has an event handler `onclick=` on <a>")
        );
        assert!(unsafe_markup("<a href=\"JavaScript:go()\">", Locale::En).is_some());
        assert!(unsafe_markup("<a href=//evil.example/>", Locale::En).is_some());
        assert_eq!(unsafe_css("body { color: red }", Locale::En), None);
        assert!(
            unsafe_css(
                "body { background: url( 'https://evil.example/x.png') }",
                Locale::En
            )
            .is_some()
        );
        assert!(unsafe_css("@import 'x.css';", Locale::En).is_some());
    }

    #[test]
    fn theme_problems_are_worded_in_the_locale_asked_for() {
        // The same facts, in Dutch: the line, the element and the suggestion survive.
        assert_eq!(
            unsafe_markup("<p>\n<Script src=x>", Locale::Nl).as_deref(),
            Some("regel 2 bevat een <script>-element")
        );
        assert_eq!(
            unsafe_markup("<a\n  OnClick = \"go()\">", Locale::Nl).as_deref(),
            Some("regel 1 bevat een event-handler `onclick=` op <a>")
        );
        assert_eq!(
            unsafe_css("@import 'x.css';", Locale::Nl).as_deref(),
            Some("bevat een @import, die een ander stylesheet laadt")
        );
        let message = unused_message(Path::new("theme"), "jouney.html", Locale::Nl);
        assert!(message.contains("bedoel je `journey.html`?"), "{message}");
        let message = missing_policy("index.html", "<p>", Locale::Nl).unwrap();
        assert!(
            message.contains("begin het bestand met `{% extends \"base.html\" %}`"),
            "{message}"
        );
    }
}
