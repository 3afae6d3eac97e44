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
        run.stderr.contains("exported 1 journeys to out/h.dot"),
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
