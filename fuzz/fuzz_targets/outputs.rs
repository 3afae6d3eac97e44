//! Structure-aware fuzzing of every output: journeys are built from `arbitrary` (chains, stars,
//! loops, long lines, hostile strings), loaded with the library like a file from disk, and each
//! output format is checked for what must never get through from a journey's text:
//!
//! - terminal text (check's diagnostics): raw control characters a terminal would obey;
//! - JSON and SARIF: a document that does not parse back;
//! - CSV: a text cell that starts with a formula character (`=`, `+`, `-`, `@`, tab, CR);
//! - Mermaid: a directive (`%%{`), a `click` line, an extra code fence or raw `<script`;
//! - DOT: unbalanced braces or quotes, or control characters that break `dot -Tsvg`'s XML;
//! - the HTML report: an unescaped `<script`.
//!
//! A finding panics with the format and the offending text, so libFuzzer saves the input.

#![no_main]

use std::path::Path;

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

/// Pieces a hostile string is made of: the breakers of every output format.
#[derive(Arbitrary, Debug, Clone)]
enum Piece {
    /// Free text from the fuzzer.
    Text(String),
    /// One control character, C0 or C1 (ESC, BEL, CR, CSI…).
    Control(u8),
    /// A formula start for spreadsheets.
    Formula(u8),
    Script,
    MermaidInit,
    MermaidClick,
    Fence,
    Quote,
    Backslash,
    Newline,
    DotBreak,
    Html,
    Bidi,
}

impl Piece {
    fn push(&self, out: &mut String) {
        match self {
            Piece::Text(text) => out.push_str(&text.chars().take(200).collect::<String>()),
            Piece::Control(byte) => {
                let c = match byte % 4 {
                    0 => '\u{1b}',
                    1 => char::from(byte % 32),
                    2 => char::from_u32(0x80 + u32::from(byte % 32)).unwrap_or('\u{9b}'),
                    _ => '\u{7f}',
                };
                out.push(c);
            }
            Piece::Formula(byte) => {
                out.push(['=', '+', '-', '@', '\t', '\r'][usize::from(byte % 6)])
            }
            Piece::Script => out.push_str("<script>alert(1)</script>"),
            Piece::MermaidInit => out.push_str("%%{init: {'securityLevel':'loose'}}%%"),
            Piece::MermaidClick => out.push_str("\nclick n0 call alert()\n"),
            Piece::Fence => out.push_str("\n```\n```mermaid\n"),
            Piece::Quote => out.push_str("\"'"),
            Piece::Backslash => out.push('\\'),
            Piece::Newline => out.push('\n'),
            Piece::DotBreak => out.push_str("\"; } digraph X { evil [label=\"x\"]; {"),
            Piece::Html => out.push_str("<img src=x onerror=alert(2)></style></title>"),
            Piece::Bidi => out.push('\u{202e}'),
        }
    }
}

/// A hostile string: a few pieces, often after a formula start (where a spreadsheet looks).
#[derive(Arbitrary, Debug, Clone)]
struct Hostile(Option<u8>, Vec<Piece>);

impl Hostile {
    fn text(&self) -> String {
        let mut out = String::new();
        if let Some(byte) = self.0 {
            Piece::Formula(byte).push(&mut out);
        }
        for piece in self.1.iter().take(12) {
            piece.push(&mut out);
        }
        out
    }
}

/// The graph's shape.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Shape {
    Chain,
    Star,
    Loop,
    Random,
}

/// One generated journey.
#[derive(Arbitrary, Debug)]
struct Input {
    shape: Shape,
    size: u8,
    /// Texts used round-robin for every text field.
    texts: Vec<Hostile>,
    /// Which fields take a hostile text (bit per field kind); the others stay plain.
    hostile_fields: u16,
    /// Extra edges for the random shape: (from, to).
    edges: Vec<(u8, u8)>,
    /// Write the whole journey on one line (minified, as other tools export).
    minified: bool,
    /// Pad a text to make a very long line.
    long_line: bool,
    dutch: bool,
    emotions: Vec<i8>,
}

struct Texts<'a> {
    pool: &'a [Hostile],
    mask: u16,
    next: usize,
}

impl Texts<'_> {
    /// The next text for field kind `bit`, or `plain` when that kind stays plain.
    fn get(&mut self, bit: u16, plain: String) -> String {
        if self.pool.is_empty() || self.mask & (1 << bit) == 0 {
            return plain;
        }
        let text = self.pool[self.next % self.pool.len()].text();
        self.next += 1;
        if text.is_empty() { plain } else { text }
    }
}

fn journey(input: &Input) -> Value {
    let n = usize::from(input.size % 48) + 2;
    let mut texts = Texts {
        pool: &input.texts,
        mask: input.hostile_fields,
        next: 0,
    };
    // A number after each id keeps hostile ids unique, so the journey still loads.
    let ids: Vec<String> = (0..n)
        .map(|i| format!("{}{i}", texts.get(0, "t".into())))
        .collect();
    let mut pairs: Vec<(usize, usize, bool)> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    match input.shape {
        Shape::Chain => {
            pairs.extend((0..n - 1).map(|i| (i, i + 1, false)));
            ends.push(n - 1);
        }
        Shape::Star => {
            pairs.extend((1..n).map(|i| (0, i, false)));
            ends.extend(1..n);
        }
        Shape::Loop => {
            pairs.extend((0..n - 2).map(|i| (i, i + 1, false)));
            pairs.push((n - 2, 0, true));
            pairs.push((n - 2, n - 1, false));
            ends.push(n - 1);
        }
        Shape::Random => {
            pairs.extend((0..n - 2).map(|i| (i, i + 1, false)));
            for &(from, to) in input.edges.iter().take(64) {
                // Never out of the end, so every tenant can still finish.
                let (from, to) = (usize::from(from) % (n - 1), usize::from(to) % n);
                if from != to && !pairs.iter().any(|&(f, t, _)| f == from && t == to) {
                    pairs.push((from, to, to <= from));
                }
            }
            pairs.push((n - 2, n - 1, false));
            ends.push(n - 1);
        }
    }
    // Shares split evenly over each touchpoint's ways out, so they add up to 100.
    let mut outgoing = vec![0u32; n];
    for &(from, _, _) in &pairs {
        outgoing[from] += 1;
    }
    let mut given = vec![0u32; n];
    let edges: Vec<Value> = pairs
        .iter()
        .map(|&(from, to, back)| {
            let k = outgoing[from];
            let share = 100 / k + u32::from(given[from] < 100 % k);
            given[from] += 1;
            let mut edge = json!({"from": ids[from], "to": ids[to], "share": share});
            let label = texts.get(1, String::new());
            if !label.is_empty() {
                edge["label"] = json!(label);
            }
            if back {
                edge["kind"] = json!("loop");
            }
            edge
        })
        .collect();
    let mut title = texts.get(2, "A journey".into());
    if input.long_line {
        title.push_str(&"x".repeat(70_000));
    }
    let touchpoints: Vec<Value> = (0..n)
        .map(|i| {
            let mut tp = json!({
                "id": ids[i],
                "stage": if i < n / 2 { "s1" } else { "s2" },
                "title": texts.get(3, format!("Step {i}")),
                "actor": if i % 2 == 0 { "a1" } else { "a2" },
                "description": texts.get(4, String::new()),
            });
            if let Some(&score) = input.emotions.get(i) {
                tp["emotion"] =
                    json!({"score": score.clamp(-3, 3), "note": texts.get(5, String::new())});
            }
            if ends.contains(&i) {
                tp["outcome"] = json!(texts.get(6, "done".into()));
            }
            tp
        })
        .collect();
    json!({
        "id": texts.get(7, "fuzz".into()),
        "title": title,
        "language": if input.dutch { "nl" } else { "en" },
        "organisation": texts.get(8, String::new()),
        "description": texts.get(9, String::new()),
        "personas": [{"name": texts.get(10, "P".into()), "goal": texts.get(11, String::new())}],
        "stages": [
            {"id": "s1", "title": texts.get(12, "One".into())},
            {"id": "s2", "title": texts.get(13, "Two".into())},
        ],
        "actors": [
            {"id": "a1", "name": texts.get(14, "Desk".into()), "kind": "department"},
            {"id": "a2", "name": texts.get(15, "Tenant".into()), "kind": "tenant"},
        ],
        "touchpoints": touchpoints,
        "transitions": edges,
    })
}

/// Control characters a terminal or an XML parser would act on (line breaks and tabs are fine).
fn raw_control(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t' && c != '\r')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// Reports an injection: a panic, so libFuzzer keeps the input. With TJM_FUZZ_KEEP_GOING=1 it
/// prints one line per kind of finding instead, to list everything a branch lets through.
fn fail(format: &str, what: &str, text: &str) {
    let shown: String = text.chars().take(400).collect();
    if std::env::var_os("TJM_FUZZ_KEEP_GOING").is_some() {
        let kind: String = what
            .chars()
            .take_while(|c| *c != '\'' && *c != '(')
            .collect();
        eprintln!("FINDING {format}: {kind}");
        return;
    }
    panic!("{format}: {what} in {shown:?}");
}

fn check_terminal(format: &str, text: &str) {
    if let Some(c) = raw_control(text) {
        fail(format, &format!("raw control character {c:?}"), text);
    }
    if text.contains('\r') {
        fail(format, "raw carriage return", text);
    }
}

fn check_csv(bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).expect("CSV is UTF-8");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    for record in reader.records() {
        let record = record.expect("CSV parses back");
        for cell in record.iter() {
            let Some(first) = cell.chars().next() else {
                continue;
            };
            let number = cell.replace(',', ".").parse::<f64>().is_ok();
            if matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r') && !number {
                fail("CSV", "a cell starting with a formula character", cell);
            }
        }
    }
}

fn check_mermaid(text: &str, journeys: usize) {
    let fences = text
        .lines()
        .filter(|l| l.trim_start().starts_with("```"))
        .count();
    if fences != journeys * 4 {
        fail(
            "Mermaid",
            &format!("{fences} code fences for {journeys} journey(s)"),
            text,
        );
    }
    // Directives and clicks matter inside the diagrams; Markdown headings are shown as text.
    let mut in_block = false;
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        if line.contains("%%{") {
            fail("Mermaid", "a directive from user text", line);
        }
        if line.starts_with("click ") || line.starts_with("click\t") {
            fail("Mermaid", "a click line from user text", line);
        }
    }
    // `\<script` is Markdown's escaped, literal `<`: shown as text.
    let lower = text.to_ascii_lowercase();
    if lower
        .match_indices("<script")
        .any(|(i, _)| !lower[..i].ends_with('\\'))
    {
        fail("Mermaid", "raw <script", text);
    }
    if let Some(c) = raw_control(text) {
        fail("Mermaid", &format!("raw control character {c:?}"), text);
    }
}

fn check_dot(text: &str, journeys: usize) {
    let (mut depth, mut in_string, mut escaped, mut graphs) = (0i64, false, false, 0usize);
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => {
                if depth == 0 {
                    graphs += 1;
                }
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth < 0 {
                    fail(
                        "DOT",
                        &format!("a closing brace at byte {i} with none open"),
                        text,
                    );
                }
            }
            _ => {}
        }
    }
    if in_string || depth != 0 {
        fail("DOT", "an unclosed string or brace", text);
    }
    if graphs != journeys {
        fail(
            "DOT",
            &format!("{graphs} graphs for {journeys} journey(s)"),
            text,
        );
    }
    if let Some(c) = raw_control(text) {
        fail(
            "DOT",
            &format!("control character {c:?} (not valid XML for dot -Tsvg)"),
            text,
        );
    }
}

/// Browsers show control characters as text (or drop them) and obey none, so in HTML only
/// markup matters: an unescaped `<script` means user text became code.
fn check_html(page: &str, html: &str) {
    if html.to_ascii_lowercase().contains("<script") {
        fail(&format!("HTML {page}"), "an unescaped <script", html);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::arbitrary(&mut Unstructured::new(data)) else {
        return;
    };
    // TJM_FUZZ_SHORT_LINES=1 keeps every line short, to look past the known miette panic on
    // columns over 65,535 (issue 9 item 2) while it is being fixed.
    let short_lines = std::env::var_os("TJM_FUZZ_SHORT_LINES").is_some();
    let mut input = input;
    if short_lines {
        input.long_line = false;
        input.minified = false;
    }
    let value = journey(&input);
    let text = if input.minified {
        serde_json::to_string(&value)
    } else {
        serde_json::to_string_pretty(&value)
    }
    .expect("a JSON value serialises");
    let names = tjm::rules::rule_names();
    let options = tjm::load::LoadOptions {
        rule_names: &names,
        ..Default::default()
    };
    let (loaded, problems) = tjm::load::load_text(Path::new("fuzz.json"), text, &options);
    let style = tjm::diagnostics::Style::plain();
    for problem in &problems {
        check_terminal(
            "check text (problem)",
            &tjm::diagnostics::render_problem(problem, style),
        );
    }
    if std::env::var_os("TJM_FUZZ_DEBUG").is_some() {
        // How often generated journeys load, to keep the generator useful.
        eprintln!(
            "loaded: {}, problems: {:?}",
            loaded.is_some(),
            problems
                .iter()
                .map(|p| &p.message)
                .take(2)
                .collect::<Vec<_>>()
        );
    }
    let Some(loaded) = loaded else { return };
    let config = tjm::config::Config::default();
    let journey = tjm::project::analyse(loaded, &config, None);
    for finding in &journey.analysis.findings {
        check_terminal(
            "check text (finding)",
            &tjm::diagnostics::render_finding(&journey.loaded, finding, journey.locale, style),
        );
    }
    let locale = journey.locale;
    let mut project = tjm::project::Project {
        journeys: vec![journey],
        problems,
        warnings: Vec::new(),
        locale,
    };
    let json = serde_json::to_string(&tjm::output::json::check_document(&project))
        .expect("JSON serialises");
    serde_json::from_str::<Value>(&json).expect("JSON parses back");
    check_csv(
        &tjm::output::csv::render(&project.journeys, b';', tjm::output::csv::Cells::Safe)
            .expect("CSV renders"),
    );
    check_mermaid(
        &tjm::output::mermaid::render(&project.journeys),
        project.journeys.len(),
    );
    check_dot(
        &tjm::output::dot::render(&project.journeys),
        project.journeys.len(),
    );
    let theme = tjm::report::templates::Theme::builtin();
    let options = tjm::report::ReportOptions::default();
    let pages = tjm::report::render_pages(&project, &options, &theme).expect("the report renders");
    for (name, html) in &pages {
        check_html(name, html);
    }
    // last: the SARIF writer takes the journeys out of the project as it streams them
    let mut sarif = Vec::new();
    tjm::output::sarif::write_sarif_log(&mut sarif, &mut project).expect("SARIF writes");
    serde_json::from_slice::<Value>(&sarif).expect("SARIF parses back");
});
