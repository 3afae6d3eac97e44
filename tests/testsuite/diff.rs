//! `tjm diff`: what changed between two versions of journeys.

use crate::support::TjmTest;

fn setup() -> TjmTest {
    let test = TjmTest::new();
    test.copy_fixture("diff/old", "old");
    test.copy_fixture("diff/new", "new");
    test
}

// Text output names the touchpoint changes, deltas, fixed findings and the index; exit 1.
#[test]
fn text_shows_what_changed() {
    let test = setup();
    let run = test.run(&["diff", "old", "new"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out = &run.stdout;
    for expected in [
        "repair (old/repair.json → new/repair.json): Repair",
        "  + touchpoint check \"Satisfaction call\" (fix)",
        "  - touchpoint letter \"Closing letter\" (fix)",
        "      emotion: −2 → 1 (+3)",
        "      wait: 3 weeks → 5 working days (−14 days)",
        "      attention.acknowledged: false → true",
        "  fixed TJM101 missed-milestone @ visit",
        "+ new journey added (new/added.json)",
        "- removed journey gone (old/gone.json)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    assert!(
        out.contains("attention index 0 → ") || out.contains("attention index "),
        "{out}"
    );
}

// JSON output is the library's ProjectDiff; comparing a folder with itself gives exit 0.
#[test]
fn json_and_no_changes() {
    let test = setup();
    let run = test.run(&[
        "diff",
        "old/repair.json",
        "new/repair.json",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 1);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["journeys"][0]["id"], "repair");
    assert_eq!(
        value["journeys"][0]["touchpoints_changed"][0]["emotion"]["delta"],
        3
    );
    let same = test.run(&["diff", "old", "old"]);
    assert_eq!(same.code, 0, "{}", same.stdout);
    assert!(
        same.stdout.contains("repair (old/repair.json): unchanged"),
        "{}",
        same.stdout
    );
}

// A broken side stops the comparison: exit 2 and the broken file named.
#[test]
fn broken_input_is_reported() {
    let test = setup();
    test.copy_fixture("diff/broken.json", "broken.json");
    let run = test.run(&["diff", "old/repair.json", "broken.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("broken.json"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing compared"), "{}", run.stderr);
    let missing = test.run(&["diff", "old", "nowhere"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("nowhere does not exist"),
        "{}",
        missing.stderr
    );
}

// Comparing the hostile journey with an edited copy (in a file whose name holds an escape)
// shows every changed text, but no control character reaches the terminal, and the added
// journey with a multi-line id stays on one line.
#[test]
fn text_of_hostile_journeys_has_no_control_characters() {
    let test = TjmTest::new();
    test.copy_fixture("robustness/hostile.json", "old/hostile.json");
    let text = test.read("old/hostile.json");
    let edited = text
        .replacen("\"score\": -3", "\"score\": 1", 1)
        .replacen("\"wait\": \"3 weeks\"", "\"wait\": \"5 weeks\"", 1)
        .replacen("TPDESC0", "TPDESC0 edited", 1);
    assert_ne!(edited, text);
    test.write("new/hostile\u{1b}[2J.json", edited);
    test.copy_fixture("robustness/mermaid_id.json", "new/mermaid_id.json");
    let run = test.run(&["diff", "old", "new"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out = &run.stdout;
    assert_eq!(crate::export::raw_controls(out), [], "{out}");
    assert_eq!(
        crate::export::raw_controls(&run.stderr),
        [],
        "{}",
        run.stderr
    );
    assert!(out.contains("hostile\\u{1b}[2J.json"), "{out}");
    assert!(out.contains("      emotion: −3 → 1 (+4)"), "{out}");
    assert!(out.contains("TPDESC0 edited"), "{out}");
    let added: Vec<&str> = out.lines().filter(|l| l.starts_with("+ ")).collect();
    assert_eq!(added.len(), 1, "{out}");
    assert!(added[0].contains("```mermaid\\n%%{init"), "{}", added[0]);
}
