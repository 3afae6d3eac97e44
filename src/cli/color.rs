//! Whether terminal output gets colour. `NO_COLOR` counts only when it is set to something:
//! no-color.org says an empty value must not turn colour off.

use std::ffi::OsStr;

use super::ColorArg;

/// Colour for this run: `--color always`/`never` decide; `auto` wants both streams to be
/// terminals and no non-empty `NO_COLOR`.
pub(super) fn wanted(choice: ColorArg, terminals: bool, no_color: Option<&OsStr>) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => terminals && no_color.is_none_or(OsStr::is_empty),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_no_color_keeps_colour_and_any_other_value_stops_it() {
        let auto = |value: Option<&str>| wanted(ColorArg::Auto, true, value.map(OsStr::new));
        assert!(auto(None));
        assert!(
            auto(Some("")),
            "NO_COLOR= (set but empty) must not turn colour off"
        );
        assert!(!auto(Some("1")));
        assert!(!auto(Some("0")), "any non-empty value counts, even 0");
        assert!(!wanted(ColorArg::Auto, false, None), "not a terminal");
        assert!(wanted(ColorArg::Always, false, Some(OsStr::new("1"))));
        assert!(!wanted(ColorArg::Never, true, None));
    }
}
