//! The templates: built-in ones embedded in the binary, and a theme folder's overrides.
//!
//! As in Zola, the built-ins are parsed once into a lazily built [`Tera`] with autoescaping
//! on for `.html` (Tera's default, never turned off). A theme (as in mdBook) may override any
//! of [`OVERRIDABLE`]: its templates replace the built-ins of the same name (the theme's
//! file wins) and inheritance is rebuilt over the merged set, so a theme can override one
//! partial or the whole base. `style.css` is taken from the theme when present. Files in a
//! theme that override nothing are reported with a did-you-mean, because a typo such as
//! `jouney.html` must not fail silently.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use tera::Tera;

use super::Error;
use crate::load::suggest::did_you_mean;

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
        "partials/emotion.html",
        include_str!("../../templates/partials/emotion.html"),
    ),
    (
        "partials/blueprint.html",
        include_str!("../../templates/partials/blueprint.html"),
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
    "partials/emotion.html",
    "partials/blueprint.html",
    "partials/graph.html",
    "partials/findings.html",
    "partials/evidence.html",
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
    /// The built-in templates and stylesheet.
    pub fn builtin() -> Theme {
        Theme {
            tera: Cow::Borrowed(&BUILTIN),
            css: Cow::Borrowed(STYLE),
            warnings: Vec::new(),
        }
    }

    /// The built-ins with the overrides in `dir`.
    pub fn load(dir: &Path) -> Result<Theme, Error> {
        if !dir.is_dir() {
            return Err(Error::MissingTheme {
                dir: dir.to_path_buf(),
            });
        }
        let files = theme_files(dir)?;
        let read = |relative: &str| -> Result<String, Error> {
            let path = dir.join(relative);
            std::fs::read_to_string(&path).map_err(|source| Error::Read { path, source })
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
                warnings.push(unused_message(dir, name));
            }
        }
        for name in &others {
            warnings.push(unused_message(dir, name));
        }
        if let Some(css) = &css {
            if css.to_ascii_lowercase().contains("</style") {
                return Err(Error::Theme {
                    dir: dir.to_path_buf(),
                    message: format!("{STYLE_FILE} must not contain `</style`"),
                });
            }
        }
        let tera = if templates.is_empty() && used_extra.is_empty() {
            Cow::Borrowed(&*BUILTIN)
        } else {
            let mut tera = BUILTIN.clone();
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

/// "theme file `x` overrides nothing — did you mean `y`?"
fn unused_message(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    let base = format!(
        "theme file {} overrides nothing and is not used",
        path.display()
    );
    match did_you_mean(name, OVERRIDABLE.iter().copied()).or_else(|| {
        // compare file names alone too: `partial/level.html` for `partials/level.html`
        let file = name.rsplit('/').next().unwrap_or(name);
        did_you_mean(
            file,
            OVERRIDABLE
                .iter()
                .map(|o| o.rsplit('/').next().unwrap_or(o)),
        )
        .and_then(|_| {
            let closest = crate::load::suggest::closest(
                file,
                OVERRIDABLE
                    .iter()
                    .map(|o| o.rsplit('/').next().unwrap_or(o)),
            )?;
            OVERRIDABLE
                .iter()
                .find(|o| o.rsplit('/').next() == Some(closest))
                .map(|o| format!("did you mean `{o}`?"))
        })
    }) {
        Some(hint) => format!("{base}: {hint}"),
        None => format!("{base}; a theme can override: {}", OVERRIDABLE.join(", ")),
    }
}

/// Every file under `dir`, relative, with `/` separators, sorted; hidden files skipped.
fn theme_files(dir: &Path) -> Result<Vec<String>, Error> {
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
                .unwrap_or_else(|| std::io::Error::other("cannot walk the theme folder")),
        })?;
        if !entry.file_type().is_file() {
            continue;
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
        let message = unused_message(Path::new("theme"), "jouney.html");
        assert!(
            message.contains("did you mean `journey.html`?"),
            "{message}"
        );
        let message = unused_message(Path::new("theme"), "partial/levle.html");
        assert!(
            message.contains("did you mean `partials/level.html`?"),
            "{message}"
        );
        let message = unused_message(Path::new("theme"), "notes.txt");
        assert!(
            message.contains("a theme can override: base.html"),
            "{message}"
        );
    }
}
