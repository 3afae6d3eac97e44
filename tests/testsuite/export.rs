//! `tjm export`: Mermaid, DOT, CSV and JSON over the analysed journeys.

use crate::support::TjmTest;

// Mermaid: one heading and two fenced diagrams (journey + flowchart) per shipped journey.
#[test]
fn mermaid_has_two_diagrams_per_journey() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["export", "--to", "mermaid"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let journeys = std::fs::read_dir(test.path().join("journeys"))
        .unwrap()
        .count();
    assert_eq!(
        run.stdout.matches("\n## ").count() + 1,
        journeys,
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.matches("```mermaid\njourney\n").count(),
        journeys
    );
    assert_eq!(
        run.stdout.matches("```mermaid\nflowchart TD\n").count(),
        journeys
    );
    // Every task line carries a score from 1 to 5.
    for line in run
        .stdout
        .lines()
        .filter(|l| l.starts_with("    ") && !l.contains('['))
    {
        let score: u8 = line.rsplit(": ").nth(1).unwrap().parse().unwrap();
        assert!((1..=5).contains(&score), "{line}");
    }
}

// DOT: one digraph per journey, hostile text escaped; -o writes the file and stdout stays empty.
#[test]
fn dot_escapes_and_writes_a_file() {
    let test = TjmTest::new();
    test.copy_fixture("export/hostile.json", "hostile.json");
    let run = test.run(&["export", "--to", "dot", "hostile.json", "-o", "out/h.dot"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        // The journey is Dutch, so is the line; plurals come from the catalogue.
        run.stderr
            .contains("1 klantreis geëxporteerd naar out/h.dot"),
        "{}",
        run.stderr
    );
    let dot = test.read("out/h.dot");
    assert_eq!(dot.matches("digraph ").count(), 1);
    assert!(
        dot.contains(r#"\"quotes\" #hash; 100% {curly} [square] <b>bold</b> `tick` \\ backslash"#),
        "{dot}"
    );
    assert!(
        dot.contains(r#""t3" -> "t1" [label="100%", style=dashed];"#),
        "{dot}"
    );
    assert!(dot.contains(r#"journey	tab en\nnieuwe regel"#), "{dot}");
}

// CSV: BOM, `;`, one row per touchpoint plus a header, RFC 4180 quoting; --delimiter changes it.
#[test]
fn csv_for_dutch_excel() {
    let test = TjmTest::new();
    test.copy_fixture("export/hostile.json", "hostile.json");
    let run = test.run(&["export", "--to", "csv", "hostile.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.stdout.strip_prefix('\u{feff}').expect("BOM");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("journey"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        &rows[0][10],
        "\"Weer\" in de wacht; één uur, zegt ze\nen nog een regel"
    );
    assert_eq!(&rows[0][4], "Klant, contact & co; \"KCC\" #2");
    assert!(rows.iter().any(|r| r[13].contains("missed-milestone")));
    let comma = test.run(&["export", "--to", "csv", "--delimiter", ",", "hostile.json"]);
    assert_eq!(comma.code, 0, "{}", comma.stderr);
    assert!(comma.stdout.starts_with("\u{feff}journey,stage,touchpoint"));
}

// JSON: the check document's structure, plus the journey and its rows.
#[test]
fn json_extends_the_check_document() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let export = test.run(&["export", "--to", "json"]);
    let check = test.run(&["check", "--format", "json"]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let export: serde_json::Value = serde_json::from_str(&export.stdout).unwrap();
    let check: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(export["totals"], check["totals"]);
    for (e, c) in export["journeys"]
        .as_array()
        .unwrap()
        .iter()
        .zip(check["journeys"].as_array().unwrap())
    {
        for key in c.as_object().unwrap().keys() {
            assert_eq!(e[key], c[key], "{key}");
        }
        assert_eq!(
            e["touchpoints"].as_array().unwrap().len(),
            e["journey"]["touchpoints"].as_array().unwrap().len()
        );
    }
}

// A broken journey stops the export: exit 2, the file named, nothing written.
#[test]
fn broken_journey_exports_nothing() {
    let test = TjmTest::new();
    test.copy_fixture("diff/broken.json", "journeys/broken.json");
    let run = test.run(&["export", "--to", "csv", "-o", "out.csv"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("journeys/broken.json"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing exported"), "{}", run.stderr);
    assert!(!test.path().join("out.csv").exists());
}

// A bad delimiter, or a delimiter for a format without one, is refused with exit 2.
#[test]
fn rejects_bad_delimiters() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["export", "--to", "csv", "--delimiter", ";;"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`;;` cannot be a delimiter"),
        "{}",
        run.stderr
    );
    let run = test.run(&["export", "--to", "dot", "--delimiter", ","]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("only applies to --to csv"),
        "{}",
        run.stderr
    );
}

/// Control characters a terminal or an XML reader would trip over: C0 except line feed and tab,
/// DEL and C1 (as characters: the bytes 0x80–0x9f also occur inside UTF-8 of ordinary letters),
/// as (position, character). Empty when the text is safe to print.
pub(crate) fn raw_controls(text: &str) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|&(_, c)| (c < ' ' && c != '\n' && c != '\t') || ('\u{7f}'..='\u{9f}').contains(&c))
        .collect()
}

/// The hostile journey: terminal escapes, formula starts, HTML and Mermaid breakers everywhere.
const HOSTILE: &str = "robustness/hostile.json";

// Every format, to stdout and to a file, keeps the hostile journey's 259 ESC and 37 BEL bytes
// out (CSV's CRLF line ends aside), and DEL, C1 and bidi overrides too.
#[test]
fn no_export_writes_a_control_character() {
    let fixture = std::fs::read_to_string(crate::support::fixture(HOSTILE)).unwrap();
    assert!(
        fixture.contains("\\u001b[2J"),
        "the fixture lost its escapes"
    );
    let test = TjmTest::new();
    test.copy_fixture(HOSTILE, "hostile.json");
    // DEL, C1 (NEL, the 8-bit CSI) and a bidi override, which the fixture lacks, in a copy.
    let c1 = fixture.replace("JTITLE", "JTITLE\\u007f\\u0085\\u009b2J\\u202e");
    assert_ne!(c1, fixture);
    test.write("c1/hostile.json", c1);
    for (format, input) in ["mermaid", "dot", "csv", "json"]
        .into_iter()
        .flat_map(|f| [(f, "hostile.json"), (f, "c1/hostile.json")])
    {
        let run = test.run(&["export", "--to", format, input]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert!(run.stdout.len() > 1000, "{format}: {}", run.stdout);
        let out = run.stdout.replace("\r\n", "\n");
        assert_eq!(raw_controls(&out), [], "{format} of {input} on stdout");
        let file = format!("out.{format}");
        let run = test.run(&["export", "--to", format, input, "-o", &file]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert_eq!(raw_controls(&run.stderr), [], "{format} on stderr");
        let written = test.read(&file).replace("\r\n", "\n");
        assert_eq!(raw_controls(&written), [], "{format} of {input} in {file}");
        assert!(
            !written.contains('\u{202e}'),
            "{format} of {input}: a bidi override"
        );
    }
}

fn csv_cells(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("BOM");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn formula_start(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

// By default no cell starts a formula and the defused ones start with `'`; the emotion column
// keeps its `-3` as a number. With --raw the cells are exactly the journey's text.
#[test]
fn csv_defuses_formulas_unless_raw() {
    let test = TjmTest::new();
    test.copy_fixture(HOSTILE, "hostile.json");
    let run = test.run(&["export", "--to", "csv", "hostile.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = csv_cells(&run.stdout);
    let emotion = rows[0].iter().position(|c| c == "emotion").unwrap();
    let title = rows[0].iter().position(|c| c == "title").unwrap();
    for row in &rows[1..] {
        for (column, cell) in row.iter().enumerate() {
            if column == emotion {
                continue;
            }
            assert!(!formula_start(cell), "column {}: {cell:?}", rows[0][column]);
        }
    }
    assert!(rows[1][title].starts_with("'=HYPERLINK("), "{:?}", rows[1]);
    assert!(rows.iter().any(|r| r[emotion] == "-3"), "{rows:?}");
    assert!(
        rows[1][title].contains("\\u{1b}[2J"),
        "{:?}",
        rows[1][title]
    );

    let raw = test.run(&["export", "--to", "csv", "--raw", "hostile.json"]);
    assert_eq!(raw.code, 0, "{}", raw.stderr);
    let raw_rows = csv_cells(&raw.stdout);
    let journey: serde_json::Value = serde_json::from_str(&test.read("hostile.json")).unwrap();
    let first = &journey["touchpoints"][0];
    assert_eq!(raw_rows[1][title], first["title"].as_str().unwrap());
    assert!(raw_rows[1][title].starts_with("=HYPERLINK("));
    assert!(raw_rows[1][title].contains('\u{1b}'));
    let notes = rows[0].iter().position(|c| c == "emotion_note").unwrap();
    assert_eq!(
        raw_rows[1][notes],
        first["emotion"]["note"].as_str().unwrap()
    );

    let refused = test.run(&["export", "--to", "dot", "--raw", "hostile.json"]);
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("--raw only applies to --to csv"),
        "{}",
        refused.stderr
    );
}

/// Checks a Mermaid export: one `## ` heading per journey, two fenced blocks each, and no
/// directive, `click` line or HTML tag anywhere.
fn assert_contained_mermaid(text: &str, journeys: usize) {
    let lines: Vec<&str> = text.lines().collect();
    let headings = lines.iter().filter(|l| l.starts_with("## ")).count();
    assert_eq!(headings, journeys, "{text}");
    let fences: Vec<&&str> = lines
        .iter()
        .filter(|l| l.trim_start().starts_with("```") || l.trim_start().starts_with("~~~"))
        .collect();
    assert_eq!(fences.len(), 4 * journeys, "{fences:?}");
    assert_eq!(text.matches("```mermaid\n").count(), 2 * journeys, "{text}");
    assert!(!text.contains("%%{"), "a directive in\n{text}");
    assert!(!text.contains("%%"), "a comment in\n{text}");
    for line in &lines {
        assert!(
            !line.trim_start().to_lowercase().starts_with("click"),
            "{line}"
        );
    }
    for tag in ["<script", "<img", "<svg", "<a ", "<b>"] {
        assert!(!text.to_lowercase().contains(tag), "{tag} in\n{text}");
    }
}

// The id that injected a second fenced block with an init directive and `click` stays in its
// heading, and the hostile journey's texts stay in their diagrams.
#[test]
fn mermaid_keeps_hostile_text_inside_its_place() {
    let test = TjmTest::new();
    test.copy_fixture("robustness/mermaid_id.json", "mermaid_id.json");
    test.copy_fixture(HOSTILE, "hostile.json");
    let run = test.run(&["export", "--to", "mermaid", "mermaid_id.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_contained_mermaid(&run.stdout, 1);
    assert!(
        run.stdout.starts_with("## Een reparatie melden"),
        "{}",
        run.stdout
    );
    let run = test.run(&["export", "--to", "mermaid", "hostile.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_contained_mermaid(&run.stdout, 1);
}

/// A DOT lexer just strong enough to say the text is one well-formed graph per `digraph`:
/// quoted strings close, braces and brackets balance outside them, and nothing but DOT's
/// punctuation, IDs and strings appears. Returns the number of top-level graphs.
fn dot_graphs(text: &str) -> Result<usize, String> {
    let mut chars = text.chars().peekable();
    let (mut depth, mut brackets, mut graphs) = (0usize, 0usize, 0usize);
    while let Some(c) = chars.next() {
        match c {
            '"' => loop {
                match chars.next() {
                    Some('\\') => {
                        chars.next();
                    }
                    Some('"') => break,
                    Some('\n') => return Err("a raw line break in a quoted string".into()),
                    Some(_) => {}
                    None => return Err("an unclosed quoted string".into()),
                }
            },
            '{' => {
                if depth == 0 {
                    graphs += 1;
                }
                depth += 1;
            }
            '}' => depth = depth.checked_sub(1).ok_or("an unmatched }")?,
            '[' => brackets += 1,
            ']' => brackets = brackets.checked_sub(1).ok_or("an unmatched ]")?,
            ';' | ',' | '=' | ' ' | '\n' | '\t' => {}
            '-' if chars.peek() == Some(&'>') => {
                chars.next();
            }
            c if c.is_alphanumeric() || c == '_' || c == '.' || c == '#' => {}
            c => return Err(format!("unexpected {c:?} outside a string")),
        }
    }
    if depth != 0 || brackets != 0 {
        return Err("unbalanced braces or brackets".into());
    }
    Ok(graphs)
}

// The hostile journey is one digraph whose every string is closed: its `"; } digraph X {`
// breakers stay inside labels, and DOT escapes such as `\N` are doubled.
#[test]
fn dot_of_hostile_text_is_one_graph() {
    let test = TjmTest::new();
    test.copy_fixture(HOSTILE, "hostile.json");
    test.copy_fixture("robustness/mermaid_id.json", "mermaid_id.json");
    let run = test.run(&["export", "--to", "dot", "hostile.json", "mermaid_id.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(dot_graphs(&run.stdout), Ok(2), "{}", run.stdout);
    assert!(run.stdout.contains(r"\\N \\G \\l"), "{}", run.stdout);
    assert!(run.stdout.contains(r"\\u{1b}[2J"), "{}", run.stdout);
    assert_eq!(dot_graphs("digraph \"x\" { \"a\" -> \"b\"; }"), Ok(1));
    assert!(dot_graphs("digraph \"x\" { \"a\"; } }").is_err());
    assert!(dot_graphs("digraph \"x\" { \"a\n\" }").is_err());
}
