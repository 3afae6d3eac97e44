//! Fuzzes tjm.toml parsing: any text gives a config or located errors, never a panic.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(errors) = tjm::config::parse(Path::new("tjm.toml"), text.to_owned()) {
        for error in &errors.errors {
            if let Some(span) = &error.span {
                assert!(span.end <= text.len());
            }
        }
    }
});
