//! `tjm report --pdf`: prints the written pages to A4 PDF with a headless Chromium, when one
//! is installed. The pages' print stylesheet does the layout; Chromium only prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::i18n::{Args, Locale, message};
use crate::output::terminal::{safe, safe_path};

/// Browser commands tried, in order.
pub const BROWSERS: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// How long one page may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

/// What went wrong printing, as facts; [`PdfError::describe`] words it for a person.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// No browser on `PATH`.
    #[error("{}", self.describe(Locale::En))]
    NoBrowser,
    /// The browser could not run or failed.
    #[error("{}", self.describe(Locale::En))]
    Failed {
        /// The browser.
        browser: PathBuf,
        /// The page.
        page: PathBuf,
        /// What happened.
        message: String,
    },
}

impl PdfError {
    /// The error in `locale`, paths made safe for a terminal.
    pub fn describe(&self, locale: Locale) -> String {
        match self {
            PdfError::NoBrowser => message(
                locale,
                "pdf-no-browser",
                &Args::new().text("browsers", BROWSERS.join(", ")),
            ),
            PdfError::Failed {
                browser,
                page,
                message: reason,
            } => message(
                locale,
                "pdf-failed",
                &Args::new()
                    .text("browser", safe_path(browser))
                    .text("page", safe_path(page))
                    .text("reason", safe(reason)),
            ),
        }
    }
}

/// The first browser of [`BROWSERS`] found on `PATH`.
pub fn find_browser() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in BROWSERS {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Prints every `.html` page in `pages` (relative to `out_dir`) to a `.pdf` beside it and
/// returns the PDFs written, relative to `out_dir`; what went wrong is worded in `locale`.
pub fn print_pages(
    browser: &Path,
    out_dir: &Path,
    pages: &[PathBuf],
    locale: Locale,
) -> Result<Vec<PathBuf>, PdfError> {
    let failed = |page: &Path, message: String| PdfError::Failed {
        browser: browser.to_path_buf(),
        page: page.to_path_buf(),
        message,
    };
    let dir = out_dir
        .canonicalize()
        .map_err(|e| failed(out_dir, e.to_string()))?;
    let mut written = Vec::new();
    for page in pages {
        if page.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = dir.join(page);
        let pdf_name = page.with_extension("pdf");
        let pdf = dir.join(&pdf_name);
        let profile = tempfile::tempdir().map_err(|e| failed(page, e.to_string()))?;
        let mut print_to = std::ffi::OsString::from("--print-to-pdf=");
        print_to.push(&pdf);
        let mut profile_arg = std::ffi::OsString::from("--user-data-dir=");
        profile_arg.push(profile.path());
        let mut child = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-pdf-header-footer",
            ])
            .arg(profile_arg)
            .arg(print_to)
            .arg(file_url(&html))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| failed(page, e.to_string()))?;
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(failed(
                        page,
                        message(
                            locale,
                            "pdf-no-result",
                            &Args::new().count("seconds", TIMEOUT.as_secs()),
                        ),
                    ));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                Err(e) => return Err(failed(page, e.to_string())),
            }
        };
        if !status.success() || !pdf.is_file() {
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                use std::io::Read as _;
                let _ = pipe.read_to_string(&mut stderr);
            }
            let last = stderr.lines().last().unwrap_or("").to_owned();
            let reason = Args::new()
                .text("status", status.to_string())
                .text("last", last);
            return Err(failed(page, message(locale, "pdf-exit-status", &reason)));
        }
        written.push(pdf_name);
    }
    Ok(written)
}

/// A `file://` URL for an absolute path, percent-encoding what URLs cannot hold.
pub fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => {
                url.push(char::from(byte));
            }
            other => url.push_str(&format!("%{other:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_are_percent_encoded() {
        // File URLs for the browser are percent-encoded.
        assert_eq!(
            file_url(Path::new("/tmp/my report/index.html")),
            "file:///tmp/my%20report/index.html"
        );
    }

    #[test]
    fn errors_are_worded_per_locale_with_their_facts() {
        // A missing browser names the commands tried and the way out, in either language.
        let en = PdfError::NoBrowser.describe(Locale::En);
        assert!(en.contains("chromium, chromium-browser"), "{en}");
        assert!(en.contains("apt-get install chromium"), "{en}");
        assert_eq!(PdfError::NoBrowser.to_string(), en);
        let nl = PdfError::NoBrowser.describe(Locale::Nl);
        assert!(nl.contains("chromium, chromium-browser"), "{nl}");
        assert!(nl.contains("installeer"), "{nl}");
        let failed = PdfError::Failed {
            browser: PathBuf::from("chromium"),
            page: PathBuf::from("index.html"),
            message: message(
                Locale::Nl,
                "pdf-no-result",
                &Args::new().count("seconds", 120_u64),
            ),
        };
        assert_eq!(
            failed.describe(Locale::Nl),
            "chromium kon index.html niet afdrukken: na 120 s nog geen resultaat"
        );
    }
}
