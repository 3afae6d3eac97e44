//! What the server shows now: the last good report, the problems of the latest rendering if
//! it failed, and the rendering's number (the generation pages reload on). Swapped whole
//! after each rendering, so a request sees one consistent state.

use std::sync::{Arc, RwLock};

use super::live;
use super::problems;
use super::render::{Broken, Site};

/// The state after one rendering.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    /// Counts renderings from 1; a page reloads when the stream announces another.
    pub generation: u64,
    /// The last rendering that loaded.
    pub good: Option<Arc<Site>>,
    /// The latest rendering's problems, when it did not load.
    pub broken: Option<Arc<Broken>>,
}

/// A page to send.
#[derive(Debug, PartialEq, Eq)]
pub enum Page {
    /// The HTML to send.
    Html(String),
    /// No such page.
    Missing,
}

/// Where the last good version of every page is served.
pub const LAST_GOOD: &str = "last-good";

impl Shown {
    /// `name` as served at the top: the report's page, or the problems page in its place
    /// while the files do not load.
    pub fn current(&self, name: &str) -> Page {
        let known = self
            .good
            .as_ref()
            .is_some_and(|s| s.pages.contains_key(name));
        match &self.broken {
            // the index always answers, so the first page opened shows the problems
            Some(broken) if known || name == "index.html" => {
                let last_good = known.then(|| format!("{LAST_GOOD}/{name}"));
                Page::Html(live::inject(
                    &problems::page(broken, last_good.as_deref()),
                    self.generation,
                ))
            }
            Some(_) => Page::Missing,
            None => self.last_good(name),
        }
    }

    /// `name` from the last good report.
    pub fn last_good(&self, name: &str) -> Page {
        match self.good.as_ref().and_then(|site| site.pages.get(name)) {
            Some(html) => Page::Html(live::inject(html, self.generation)),
            None => Page::Missing,
        }
    }
}

/// The shared state, read by every request and replaced by the renderer.
#[derive(Debug, Default)]
pub struct State {
    shown: RwLock<Arc<Shown>>,
}

impl State {
    /// The state now.
    pub fn get(&self) -> Arc<Shown> {
        Arc::clone(&self.shown.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Takes in one rendering's result and returns its generation.
    pub fn update(&self, result: Result<Site, Broken>) -> u64 {
        let mut slot = self.shown.write().unwrap_or_else(|p| p.into_inner());
        let mut next = Shown::clone(&slot);
        next.generation += 1;
        match result {
            Ok(site) => {
                next.good = Some(Arc::new(site));
                next.broken = None;
            }
            Err(broken) => next.broken = Some(Arc::new(broken)),
        }
        let generation = next.generation;
        *slot = Arc::new(next);
        generation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn site(body: &str) -> Site {
        let mut site = Site::default();
        site.pages.insert(
            "index.html".into(),
            format!("<html><head></head><body>{body}</body></html>"),
        );
        site
    }

    fn html(page: Page) -> String {
        match page {
            Page::Html(html) => html,
            Page::Missing => panic!("page missing"),
        }
    }

    #[test]
    fn a_broken_rendering_keeps_the_last_good_report_reachable() {
        let state = State::default();
        assert_eq!(state.update(Ok(site("version-one-marker"))), 1);
        let broken = Broken {
            locale: Locale::En,
            diagnostics: vec!["bad comma".into()],
        };
        assert_eq!(state.update(Err(broken)), 2);
        let shown = state.get();
        let top = html(shown.current("index.html"));
        assert!(
            top.contains("bad comma") && !top.contains("version-one-marker"),
            "{top}"
        );
        assert!(top.contains("last-good&#x2F;index.html"), "{top}");
        assert!(html(shown.last_good("index.html")).contains("version-one-marker"));
        assert_eq!(shown.current("other.html"), Page::Missing);
        // fixed: the report is back on top
        state.update(Ok(site("version-two-marker")));
        assert!(html(state.get().current("index.html")).contains("version-two-marker"));
    }

    #[test]
    fn a_first_rendering_that_fails_shows_its_problems_on_the_index() {
        let state = State::default();
        state.update(Err(Broken {
            locale: Locale::Nl,
            diagnostics: vec!["kapot".into()],
        }));
        let shown = state.get();
        assert!(html(shown.current("index.html")).contains("kapot"));
        assert_eq!(shown.last_good("index.html"), Page::Missing);
    }
}
