//! Fuzzes the loader: any bytes, as a journey file, must give a journey or problems — never a
//! panic — and every problem's position must lie inside the text. Journeys that load are also
//! analysed, so the graph and rules see odd-but-valid input too.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let names = tjm::rules::rule_names();
    let options = tjm::load::LoadOptions {
        rule_names: &names,
        ..Default::default()
    };
    let (journey, problems) = tjm::load::load_text(Path::new("fuzz.json"), text.to_owned(), &options);
    for problem in &problems {
        if let Some(span) = problem.span() {
            assert!(span.start <= span.end && span.end <= text.len(), "span {span:?} outside text");
        }
        let _ = tjm::diagnostics::render_problem(problem, tjm::diagnostics::Style::plain());
    }
    if let Some(journey) = journey {
        let analysed = tjm::project::analyse(journey, &Default::default(), None);
        for finding in &analysed.analysis.findings {
            let _ = tjm::diagnostics::render_finding(&analysed.loaded, finding, analysed.locale, tjm::diagnostics::Style::plain());
        }
    }
});
