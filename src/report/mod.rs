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
//! - [`manifest`]: which files in the output folder tjm wrote, so it never replaces others.
//!
//! Writing is safe against loss and mixing: the output folder is locked for the run, every
//! page goes to a private temporary file as soon as it is rendered, on a writing thread of its
//! own (memory holds a page per core and at most eight waiting to be written, not the report),
//! and only when every page rendered are they renamed into place, the index last. A failure
//! before that removes this run's temporary files and leaves the previous report as it was.
//! (A temporary sibling folder swapped in would need the user's own files in the folder
//! copied along, and Linux cannot swap two folders in one step.)
//!
//! Pages are self-contained: one `<style>` element, inline SVG, no script, no external URL,
//! and a Content-Security-Policy that allows nothing but the page's own styles, by hash.
//! The same input gives byte-identical output.

pub mod charts;
pub mod i18n;
pub mod manifest;
pub mod markdown;
mod markup;
pub mod pdf;
pub mod templates;
pub mod view;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine as _;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::fsutil::{FolderLock, LockError, Overwrite, Staged, WriteError, stage, stale};
use crate::i18n::{Args, Locale};
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
    /// Replace files in the output folder that tjm did not write, or that changed since.
    pub force: bool,
    /// Where the settings came from: a sentence in every page's footer, the file in a `<meta>`.
    pub provenance: crate::config::Provenance,
    /// `[report] allow_theme_scripts`: accept a theme without the CSP or with scripts.
    pub allow_theme_scripts: bool,
    /// `[costs]`: unit costs for avoidable cost per year.
    pub costs: crate::score::impact::UnitCosts,
    /// The baseline's own figures (index, tenants, cost) and date, for the trend.
    pub trend: Option<crate::score::trend::Baseline>,
}

/// The lock file in the output folder.
const LOCK_FILE: &str = ".tjm-report.lock";
/// How long a second run into the same folder waits for the first.
const LOCK_WAIT: Duration = Duration::from_secs(10);
/// The longest journey-derived part of a page name, in bytes: with the hash, a number and
/// `.html` the name stays far below the usual 255-byte limit of file systems.
const MAX_NAME_STEM: usize = 100;

/// What went wrong writing a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Writing a file failed.
    #[error("{}", self.describe(Locale::En))]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Reading a theme file failed.
    #[error("{}", self.describe(Locale::En))]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The theme folder does not exist.
    #[error("{}", self.describe(Locale::En))]
    MissingTheme {
        /// The folder.
        dir: PathBuf,
    },
    /// Writing a file failed (see the message).
    #[error(transparent)]
    File(#[from] WriteError),
    /// Another run holds the output folder.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// The output folder has files of the report's names that tjm did not write.
    #[error("{}", self.describe(Locale::En))]
    NotOurs {
        /// The output folder.
        dir: PathBuf,
        /// The file names, in writing order.
        files: Vec<String>,
    },
    /// The manifest in the output folder cannot be read.
    #[error("{}", self.describe(Locale::En))]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A theme's templates do not parse or do not fit together.
    #[error("{}", self.describe(Locale::En))]
    Theme {
        /// The folder.
        dir: PathBuf,
        /// Tera's message with every cause.
        message: String,
    },
    /// A template failed to render.
    #[error("{}", self.describe(Locale::En))]
    Render {
        /// The page being written.
        page: String,
        /// The template.
        template: &'static str,
        /// Tera's message with every cause, one "Reason:" per level.
        message: String,
    },
    /// The thread writing the pages stopped (its own error is reported instead).
    #[error("{}", self.describe(Locale::En))]
    WriterStopped,
}

impl Error {
    /// The error in `locale`; the causes inside (the system's, Tera's, other modules')
    /// are shown as they come.
    pub fn describe(&self, locale: Locale) -> String {
        let path = |p: &Path| p.display().to_string();
        let (id, args) = match self {
            Error::Write { path: file, source } => (
                "write-report-cannot-write",
                Args::new()
                    .text("path", path(file))
                    .text("reason", source.to_string()),
            ),
            Error::Read { path: file, source } => (
                "write-report-cannot-read",
                Args::new()
                    .text("path", path(file))
                    .text("reason", source.to_string()),
            ),
            Error::MissingTheme { dir } => (
                "write-report-missing-theme",
                Args::new().text("dir", path(dir)),
            ),
            Error::File(error) => return error.to_string(),
            Error::Lock(error) => return error.to_string(),
            Error::NotOurs { dir, files } => (
                "write-report-not-ours",
                Args::new()
                    .text("dir", path(dir))
                    .count("count", files.len())
                    .text("files", files.join(", ")),
            ),
            Error::Manifest { path: file, reason } => (
                "write-report-manifest",
                Args::new()
                    .text("path", path(file))
                    .text("reason", reason.as_str()),
            ),
            Error::Theme { dir, message } => (
                "write-report-theme",
                Args::new()
                    .text("dir", path(dir))
                    .text("message", message.as_str()),
            ),
            Error::Render {
                page,
                template,
                message,
            } => (
                "write-report-render",
                Args::new()
                    .text("page", page.as_str())
                    .text("template", *template)
                    .text("message", message.as_str()),
            ),
            Error::WriterStopped => ("write-report-writer-stopped", Args::new()),
        };
        crate::i18n::message(locale, id, &args)
    }
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
        Some(dir) => Theme::load(dir, options.allow_theme_scripts, project.locale)?,
        None => Theme::builtin(),
    };
    let out_dir = &options.out_dir;
    std::fs::create_dir_all(out_dir).map_err(|source| Error::Write {
        path: out_dir.clone(),
        source,
    })?;
    let _lock = FolderLock::acquire(out_dir, LOCK_FILE, LOCK_WAIT)?;
    stale::remove_leftovers(out_dir);
    let manifest = manifest::Manifest::load(out_dir)?;
    if !options.force {
        let names = page_names(project);
        let all: Vec<&str> = names
            .iter()
            .map(String::as_str)
            .chain(["index.html", "rules.html"])
            .collect();
        let foreign = manifest.foreign(out_dir, &all);
        if !foreign.is_empty() {
            return Err(Error::NotOurs {
                dir: out_dir.clone(),
                files: foreign,
            });
        }
    }
    // Each page goes to a temporary file as soon as it is rendered, on a thread of its own:
    // a file is flushed to disk before it may replace the old page, and while one thread
    // waits for the disk the cores go on rendering. Dropping `staged` on an error removes
    // them all.
    let mut staged = stage_as_rendered(project, options, &theme, out_dir)?;
    // The index goes last: until it is in place, the old index shows the old report.
    let index = staged.len() - 2;
    let index_page = staged.remove(index);
    staged.push(index_page);
    let hashes: Vec<(String, String)> = staged
        .iter()
        .map(|(name, hash, _)| (name.clone(), hash.clone()))
        .collect();
    manifest.pending(&hashes).save(out_dir, project.locale)?;
    let mut written = Written {
        files: Vec::with_capacity(staged.len()),
        warnings: theme.warnings.clone(),
    };
    for (name, _, file) in staged {
        file.commit(None)?;
        written.files.push(PathBuf::from(name));
    }
    manifest
        .finished(out_dir, &hashes)
        .save(out_dir, project.locale)?;
    Ok(written)
}

/// Pages rendered but not yet staged, at most: the rendering threads wait when the writing
/// thread is this far behind, so memory holds a few pages, not the report. Sixteen (7 MB of
/// pages of 100 touchpoints) ride out the disk's slower flushes: with eight, the renderers
/// waited up to 0.4 s of a 2 s report.
const PAGES_IN_FLIGHT: usize = 16;

/// Renders every page and stages each in `out_dir` (see [`stage`]) on a writing thread as it
/// comes: `(file name, SHA-256, staged file)` in the order of [`render_pages`].
fn stage_as_rendered(
    project: &Project,
    options: &ReportOptions,
    theme: &Theme,
    out_dir: &Path,
) -> Result<Vec<(String, String, Staged)>, Error> {
    let (pages, rendered) =
        std::sync::mpsc::sync_channel::<(String, String, String)>(PAGES_IN_FLIGHT);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || -> Result<Vec<(String, String, Staged)>, Error> {
            let mut staged = Vec::new();
            for (name, hash, html) in rendered {
                let file = stage(&out_dir.join(&name), html.as_bytes(), Overwrite::Replace)?;
                staged.push((name, hash, file));
            }
            Ok(staged)
        });
        // A page the writer can no longer take means it stopped on an error: its own error
        // is the one to report.
        // the hash on the rendering cores: the writer has the disk to wait for
        let sent = render_each(project, options, theme, |name, html| {
            let hash = manifest::fingerprint(html.as_bytes());
            pages
                .send((name.to_owned(), hash, html))
                .map_err(|_| Error::WriterStopped)
        });
        drop(pages);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let order: Vec<String> = match sent {
            Ok(_) => page_names(project)
                .into_iter()
                .chain(["index.html".to_owned(), "rules.html".to_owned()])
                .collect(),
            Err(Error::WriterStopped) => return Err(written.err().unwrap_or(Error::WriterStopped)),
            Err(error) => return Err(error),
        };
        let mut written = written?;
        // back in page order: the writer took them as they came from every core
        let position: std::collections::HashMap<&str, usize> = order
            .iter()
            .enumerate()
            .map(|(k, name)| (name.as_str(), k))
            .collect();
        written.sort_by_key(|(name, _, _)| position.get(name.as_str()).copied());
        Ok(written)
    })
}

/// Renders every page without writing anything: `(file name, HTML)` in writing order
/// (journeys, then the index, then the rules).
pub fn render_pages(
    project: &Project,
    options: &ReportOptions,
    theme: &Theme,
) -> Result<Vec<(String, String)>, Error> {
    render_each(project, options, theme, |name, html| {
        Ok((name.to_owned(), html))
    })
}

/// Renders every page and hands each to `sink` as soon as it is done (journey pages on every
/// core), returning what `sink` made of them in the order of [`render_pages`]. Rendering does
/// not depend on `sink`, so written pages are byte-identical to rendered ones.
fn render_each<T: Send>(
    project: &Project,
    options: &ReportOptions,
    theme: &Theme,
    sink: impl Fn(&str, String) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let names = page_names(project);
    // Layouts and numbering for every journey, on every core (the index needs them all).
    let prepared: Vec<Prepared<'_>> = project
        .journeys
        .par_iter()
        .zip(&names)
        .map(|(journey, name)| Prepared::new(journey, name.clone()))
        .collect();
    // The index and rules pages speak the run's locale (`Project::locale`); each journey page
    // its journey's.
    let lang = project.locale;
    let css: &str = &theme.css;
    let styles = StyleHashes::new(css, theme.detail());
    let baseline = options.baseline.as_ref();
    // Tenants, cost and worst route once per journey, for its page and for the index.
    let boards = view::section::board_summary::figures(&prepared, &options.costs);
    let sizes = PageSize::default();
    // Journey pages are independent: render them on every core, keeping their order. The
    // index and the rules page need none of them, so they render alongside instead of after:
    // one page of a thousand journeys is work for one core.
    let (journey_pages, last_pages) = rayon::join(
        || -> Vec<Result<T, Error>> {
            prepared
                .par_iter()
                .zip(&names)
                .zip(&boards)
                .map(|((p, name), board)| {
                    let page = view::journey_page(p, &board.impact, css, baseline, theme.detail());
                    sink(
                        name,
                        render(theme, options, &styles, "journey.html", name, &page, &sizes)?,
                    )
                })
                .collect()
        },
        || -> Result<[T; 2], Error> {
            let index = view::index_page(project, &prepared, &boards, lang, css, baseline, options);
            let index = sink(
                "index.html",
                render(
                    theme,
                    options,
                    &styles,
                    "index.html",
                    "index.html",
                    &index,
                    &Default::default(),
                )?,
            )?;
            let rules = view::rules_page(&options.settings, lang, css);
            let rules = sink(
                "rules.html",
                render(
                    theme,
                    options,
                    &styles,
                    "rules.html",
                    "rules.html",
                    &rules,
                    &Default::default(),
                )?,
            )?;
            Ok([index, rules])
        },
    );
    let mut pages = Vec::with_capacity(prepared.len() + 2);
    for page in journey_pages {
        pages.push(page?);
    }
    pages.extend(last_pages?);
    Ok(pages)
}

fn render(
    theme: &Theme,
    options: &ReportOptions,
    styles: &StyleHashes<'_>,
    template: &'static str,
    page: &str,
    view: &impl serde::Serialize,
    size: &PageSize,
) -> Result<String, Error> {
    let render_error = |error: &tera::Error| Error::Render {
        page: page.to_owned(),
        template,
        message: templates::unravel(error),
    };
    let mut context = tera::Context::from_serialize(view).map_err(|e| render_error(&e))?;
    templates::insert_provenance(&mut context, &options.provenance);
    if let Some(policy) = &styles.builtin_policy {
        context.insert("csp", policy);
    }
    let mut bytes = Vec::with_capacity(size.hint());
    theme
        .tera
        .render_to(template, &context, &mut bytes)
        .map_err(|e| render_error(&e))?;
    size.saw(bytes.len());
    let html = String::from_utf8(bytes).map_err(|e| Error::Render {
        page: page.to_owned(),
        template,
        message: e.to_string(),
    })?;
    Ok(match styles.builtin_policy {
        Some(_) => html,
        None => styles.fill(html),
    })
}

/// How large the last page of one template came out, so the next one is written into a buffer
/// of about its size: Tera's own starts at 2 kB and doubles, copying a 450 kB page eight
/// times. At most 4 MB, so one huge journey does not give every later page a huge buffer.
#[derive(Debug, Default)]
struct PageSize(std::sync::atomic::AtomicUsize);

impl PageSize {
    fn hint(&self) -> usize {
        match self.0.load(std::sync::atomic::Ordering::Relaxed) {
            0 => 64 * 1024,
            last => (last + last / 8).min(4 * 1024 * 1024),
        }
    }

    fn saw(&self, len: usize) {
        self.0.store(len, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The CSP hash of the report's stylesheet, computed once: every page carries the same one,
/// and hashing it again per page was a thirtieth of a report's time.
struct StyleHashes<'c> {
    css: &'c str,
    hash: String,
    /// The built-in templates' policy, filled in before rendering: their pages have exactly
    /// one `<style>`, the stylesheet (journey text is escaped, so it cannot add one), and
    /// searching every page for style elements afterwards, then copying it, was a twentieth
    /// of a report's time. `None` for a theme's own templates, which may add styles.
    builtin_policy: Option<String>,
}

impl<'c> StyleHashes<'c> {
    fn new(css: &'c str, detail: view::Detail) -> Self {
        let hash = style_hash(css.as_bytes());
        StyleHashes {
            css,
            builtin_policy: (detail == view::Detail::Markup)
                .then(|| view::CSP.replacen(view::STYLE_HASHES, &hash, 1)),
            hash,
        }
    }

    /// `html` with its CSP placeholder filled in, see [`with_style_hashes`].
    fn fill(&self, html: String) -> String {
        with_style_hashes(html, |body| {
            if body == self.css.as_bytes() {
                self.hash.clone()
            } else {
                style_hash(body)
            }
        })
    }
}

/// `'sha256-…'` of a style element's body, as CSP writes it.
fn style_hash(body: &[u8]) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body))
    )
}

/// Replaces the CSP placeholder with the SHA-256 hashes of the page's `<style>` elements
/// (`hash` of each body), so the policy allows exactly the styles the page carries and
/// nothing else.
fn with_style_hashes(html: String, hash: impl Fn(&[u8]) -> String) -> String {
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
        let hash = hash(&body.as_bytes()[..close]);
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
/// a number, so no journey overwrites another, the index or the rules page. A long id is cut
/// to [`MAX_NAME_STEM`] bytes plus a hash of the id, stable between runs.
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
            } else if clean.len() > MAX_NAME_STEM {
                // Cut, and told apart from other long ids by a short hash of the whole id.
                let hash = &manifest::sha256_hex(id.as_bytes())[..8];
                format!("{}-{hash}", clean[..MAX_NAME_STEM].trim_end_matches('-'))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_worded_per_locale_with_one_and_many() {
        // The foreign-files refusal agrees with its count in both languages; English stays
        // the Display text.
        let one = Error::NotOurs {
            dir: PathBuf::from("report"),
            files: vec!["index.html".into()],
        };
        assert!(
            one.to_string()
                .contains("has a file that tjm did not write"),
            "{one}"
        );
        assert!(
            one.to_string().ends_with("--force to overwrite it"),
            "{one}"
        );
        let many = Error::NotOurs {
            dir: PathBuf::from("report"),
            files: vec!["index.html".into(), "rules.html".into()],
        };
        let nl = many.describe(Locale::Nl);
        assert!(
            nl.starts_with("report bevat bestanden die tjm niet heeft geschreven"),
            "{nl}"
        );
        assert!(
            nl.contains("index.html, rules.html; er is niets geschreven"),
            "{nl}"
        );
    }

    #[test]
    fn style_hashes_match_the_style_element() {
        // The CSP placeholder becomes the SHA-256 of the page's style element.
        let html = format!(
            "<meta content=\"style-src {}\"><style>body{{}}</style>",
            view::STYLE_HASHES
        );
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"body{}"));
        let out = with_style_hashes(html.clone(), style_hash);
        assert!(out.contains(&format!("'sha256-{expected}'")), "{out}");
        assert!(!out.contains(view::STYLE_HASHES));
        // The stylesheet's hash computed once is the same; another style is hashed itself.
        let theme = view::Detail::Full;
        assert_eq!(StyleHashes::new("body{}", theme).fill(html.clone()), out);
        assert_eq!(StyleHashes::new("p{}", theme).fill(html), out);
        // the built-in templates' policy, filled in before rendering, is the same
        let builtin = StyleHashes::new("body{}", view::Detail::Markup).builtin_policy;
        assert_eq!(
            builtin.unwrap(),
            view::CSP.replacen(view::STYLE_HASHES, &format!("'sha256-{expected}'"), 1)
        );
    }
}
