//! A diagnostic's help line, wrapped the way miette wraps it, once per text.
//!
//! A check of a thousand journeys prints some twelve thousand findings but fewer than two
//! hundred different help lines (a rule's help names the field to change, rarely the
//! touchpoint), and wrapping them was a tenth of `tjm check`'s time. So plain output takes the
//! help out of what miette renders and appends it from this cache. A test renders every
//! rule's help both ways and compares.

use std::cell::RefCell;
use std::collections::HashMap;

/// Help lines kept per thread, at most: past it the cache starts again, so text that never
/// repeats (a help naming every touchpoint) cannot grow it without end.
const KEPT: usize = 512;

/// Miette's help line for `help` at a terminal `width`, in plain output: `  help: ` and the
/// text, wrapped at `width - 2` with its continuation lines indented under the text, and the
/// line's end.
pub(super) fn footer(help: &str, width: usize) -> String {
    thread_local! {
        static WRAPPED: RefCell<HashMap<(usize, String), String>> = RefCell::new(HashMap::new());
    }
    WRAPPED.with(|cache| {
        let key = (width, help.to_owned());
        if let Some(footer) = cache.borrow().get(&key) {
            return footer.clone();
        }
        let options = textwrap::Options::new(width.saturating_sub(2))
            .initial_indent("  help: ")
            .subsequent_indent("        ")
            .break_words(true);
        let mut footer = textwrap::fill(help, options);
        footer.push('\n');
        let mut cache = cache.borrow_mut();
        if cache.len() >= KEPT {
            cache.clear();
        }
        cache.insert(key, footer.clone());
        footer
    })
}
