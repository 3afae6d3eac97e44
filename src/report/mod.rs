//! HTML reports: one page per journey, an index page and a rules appendix, rendered from
//! the Tera templates in `templates/` (embedded in the binary, overridable with a theme) and
//! written atomically.
//!
//! - [`view`]: the view structs that are the templates' context (documented for theme
//!   authors in `docs/report.md`).
//! - [`templates`]: the built-in templates and the theme overlay.
//! - [`charts`]: the charts (emotion curve, blueprint, graph with its layout, the gauge), as
//!   inline SVG built and escaped here.
//! - [`i18n`]: the report's words in Dutch and English, and number formatting.
//!
//! Pages are self-contained: one `<style>` element, inline SVG, no script, no external URL,
//! and a Content-Security-Policy that allows nothing but the page's own styles, by hash.
//! The same input gives byte-identical output.

pub mod charts;
pub mod i18n;
pub mod markdown;
pub mod pdf;
pub mod templates;
pub mod view;

use std::collections::HashSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::project::Project;
use crate::rules::Settings;
use templates::Theme;
use view::Prepared;

/// What to write and how.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// The folder to write into; created when missing.
    pub out_dir: PathBuf,
    /// A theme folder overriding templates or the stylesheet.
    pub theme: Option<PathBuf>,
    /// The rule levels in force, shown in the rules appendix.
    pub settings: Settings,
    /// The comparison with a baseline (`--baseline`): adds "what changed" to every page.
    pub baseline: Option<crate::diff::ProjectDiff>,
}

/// What went wrong writing a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Writing a file failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Reading a theme file failed.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The theme folder does not exist.
    #[error("theme folder {dir} does not exist (create one with `tjm theme init {dir}`)")]
    MissingTheme {
        /// The folder.
        dir: PathBuf,
    },
    /// A theme's templates do not parse or do not fit together.
    #[error("the theme in {dir} cannot be used: {message}")]
    Theme {
        /// The folder.
        dir: PathBuf,
        /// Tera's message with every cause.
        message: String,
    },
    /// A template failed to render.
    #[error("cannot render {page} with template {template}: {message}")]
    Render {
        /// The page being written.
        page: String,
        /// The template.
        template: &'static str,
        /// Tera's message with every cause, one "Reason:" per level.
        message: String,
    },
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Every file written, relative to the output folder, in writing order.
    pub files: Vec<PathBuf>,
    /// Warnings to show the user: theme files that override nothing.
    pub warnings: Vec<String>,
}

/// Writes the report for `project` into `options.out_dir`.
pub fn write_report(project: &Project, options: &ReportOptions) -> Result<Written, Error> {
    let theme = match &options.theme {
        Some(dir) => Theme::load(dir)?,
        None => Theme::builtin(),
    };
    let pages = render_pages(project, options, &theme)?;
    let out_dir = &options.out_dir;
    std::fs::create_dir_all(out_dir).map_err(|source| Error::Write {
        path: out_dir.clone(),
        source,
    })?;
    let mut written = Written {
        files: Vec::with_capacity(pages.len()),
        warnings: theme.warnings.clone(),
    };
    for (name, html) in pages {
        write_atomically(out_dir, &name, html.as_bytes())?;
        written.files.push(PathBuf::from(name));
    }
    Ok(written)
}

/// Renders every page without writing anything: `(file name, HTML)` in writing order
/// (journeys, then the index, then the rules).
pub fn render_pages(
    project: &Project,
    options: &ReportOptions,
    theme: &Theme,
) -> Result<Vec<(String, String)>, Error> {
    let names = page_names(project);
    let prepared: Vec<Prepared<'_>> = project
        .journeys
        .iter()
        .zip(&names)
        .map(|(journey, name)| Prepared::new(journey, name.clone()))
        .collect();
    // The index and rules pages speak the run's locale (`Project::locale`); each journey page
    // its journey's.
    let lang = project.locale;
    let css: &str = &theme.css;
    let mut pages = Vec::with_capacity(prepared.len() + 2);
    let baseline = options.baseline.as_ref();
    // Journey pages are independent: render them on every core, keeping their order.
    let journey_pages: Vec<Result<(String, String), Error>> = prepared
        .par_iter()
        .zip(&names)
        .map(|(p, name)| {
            let page = view::journey_page(p, css, baseline);
            Ok((name.clone(), render(theme, "journey.html", name, &page)?))
        })
        .collect();
    for page in journey_pages {
        pages.push(page?);
    }
    let index = view::index_page(project, &prepared, lang, css, baseline);
    pages.push((
        "index.html".to_owned(),
        render(theme, "index.html", "index.html", &index)?,
    ));
    let rules = view::rules_page(&options.settings, lang, css);
    pages.push((
        "rules.html".to_owned(),
        render(theme, "rules.html", "rules.html", &rules)?,
    ));
    Ok(pages)
}

fn render(
    theme: &Theme,
    template: &'static str,
    page: &str,
    view: &impl serde::Serialize,
) -> Result<String, Error> {
    let render_error = |error: &tera::Error| Error::Render {
        page: page.to_owned(),
        template,
        message: templates::unravel(error),
    };
    let context = tera::Context::from_serialize(view).map_err(|e| render_error(&e))?;
    let html = theme
        .tera
        .render(template, &context)
        .map_err(|e| render_error(&e))?;
    Ok(with_style_hashes(html))
}

/// Replaces the CSP placeholder with the SHA-256 hashes of the page's `<style>` elements, so
/// the policy allows exactly the styles the page carries and nothing else.
fn with_style_hashes(html: String) -> String {
    if !html.contains(view::STYLE_HASHES) {
        return html;
    }
    let mut hashes: Vec<String> = Vec::new();
    let mut rest = html.as_str();
    while let Some(open) = rest.find("<style") {
        let after = &rest[open..];
        let Some(gt) = after.find('>') else { break };
        let body = &after[gt + 1..];
        let Some(close) = body.find("</style>") else {
            break;
        };
        let digest = Sha256::digest(&body.as_bytes()[..close]);
        let hash = format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        if !hashes.contains(&hash) {
            hashes.push(hash);
        }
        rest = &body[close..];
    }
    let policy = if hashes.is_empty() {
        "'none'".to_owned()
    } else {
        hashes.join(" ")
    };
    html.replacen(view::STYLE_HASHES, &policy, 1)
}

/// A file name per journey: its id when that is a safe, free name, else a cleaned-up id with
/// a number, so no journey overwrites another, the index or the rules page.
pub fn page_names(project: &Project) -> Vec<String> {
    let mut taken: HashSet<String> = ["index", "rules"].iter().map(|s| (*s).to_owned()).collect();
    project
        .journeys
        .iter()
        .map(|j| {
            let id = &j.loaded.journey.id;
            let clean: String = id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            let clean = clean.trim_matches('-').to_owned();
            let clean = if clean.is_empty() {
                "journey".to_owned()
            } else {
                clean
            };
            let mut name = clean.clone();
            let mut k = 2;
            while !taken.insert(name.to_ascii_lowercase()) {
                name = format!("{clean}-{k}");
                k += 1;
            }
            format!("{name}.html")
        })
        .collect()
}

/// Writes `bytes` to `dir/name` through a temporary file in the same folder and a rename, so
/// a reader never sees half a page and an interrupted run leaves the old page in place.
fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), Error> {
    let path = dir.join(name);
    let error = |source| Error::Write {
        path: path.clone(),
        source,
    };
    let mut file = tempfile::Builder::new()
        .prefix(".tjm-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(error)?;
    file.write_all(bytes).map_err(error)?;
    file.as_file().sync_all().map_err(error)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // temporary files are private (0600); a report is meant to be shared
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(error)?;
    }
    file.persist(&path).map_err(|e| error(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_hashes_match_the_style_element() {
        // The CSP placeholder becomes the SHA-256 of the page's style element.
        let html = format!(
            "<meta content=\"style-src {}\"><style>body{{}}</style>",
            view::STYLE_HASHES
        );
        let out = with_style_hashes(html);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"body{}"));
        assert!(out.contains(&format!("'sha256-{expected}'")), "{out}");
        assert!(!out.contains(view::STYLE_HASHES));
    }

    #[test]
    fn writes_atomically_and_leaves_no_temporary_files() {
        // Rewriting a page replaces it and leaves no temporary file behind.
        let dir = tempfile::tempdir().unwrap();
        write_atomically(dir.path(), "a.html", b"one").unwrap();
        write_atomically(dir.path(), "a.html", b"two").unwrap();
        assert_eq!(std::fs::read(dir.path().join("a.html")).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
