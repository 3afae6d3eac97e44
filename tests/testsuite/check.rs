//! `tjm check` on good input: summaries, findings pointing into the file, JSON output, exit codes.

use crate::support::TjmTest;

#[test]
fn shipped_journeys_are_checked_with_summaries_and_findings() {
    // Every shipped journey loads; errors among the findings give exit 1, not 2.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["check"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.is_empty(),
        "no input problems expected:\n{}",
        run.stderr
    );
    for id in [
        "nieuwe-huurder",
        "reparatieverzoek",
        "renovatie",
        "huurachterstand",
        "klacht",
        "huuropzegging",
        "uk-repair",
    ] {
        assert!(
            run.stdout.contains(&format!("{id} (journeys/{id}.json)")),
            "{id} missing:\n{}",
            run.stdout
        );
    }
    assert!(
        run.stdout.contains("expected per tenant:"),
        "English summary for uk-repair"
    );
    assert!(
        run.stdout.contains("per huurder verwacht:"),
        "Dutch summary for Dutch journeys"
    );
    // The totals speak the run's language: most shipped journeys are Dutch.
    assert!(
        run.stdout.contains("7 klantreizen gecontroleerd: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("; 0 problemen in de invoer"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_finding_points_at_the_touchpoint_line() {
    // missed-milestone on the key handover points at `"milestone": true` of that touchpoint.
    let test = TjmTest::new();
    test.write(
        "keys.json",
        r#"{
  "id": "keys",
  "title": "Keys",
  "language": "en",
  "stages": [{ "id": "s", "title": "S" }],
  "actors": [{ "id": "desk", "name": "Desk", "kind": "department" }],
  "touchpoints": [
    {
      "id": "handover",
      "stage": "s",
      "title": "Key handover",
      "actor": "desk",
      "milestone": true,
      "outcome": "Keys in hand",
      "attention": { "satisfaction_checked": true }
    }
  ]
}
"#,
    );
    let run = test.run(&["check", "keys.json"]);
    assert_eq!(run.code, 1, "an error-level finding gives exit 1");
    assert!(
        run.stdout.contains("TJM101 missed-milestone"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("“Key handover” is a milestone for the tenant, but nothing acknowledges it"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("[keys.json:13:7]"), "{}", run.stdout);
    assert!(
        run.stdout.contains("touchpoint `handover`"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("then set `attention.acknowledged` to"),
        "{}",
        run.stdout
    );
    // The only touchpoint carries an error: all its weight is lost.
    assert!(
        run.stdout
            .contains("attention index 0 — 1 error, 0 warnings"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1.0 contacts, 0.0 handoffs"),
        "no negative zero:\n{}",
        run.stdout
    );
}

#[test]
fn a_clean_journey_exits_zero() {
    // No error-level findings: exit 0, and the summary says so.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    let run = test.run(&["check", "clean.json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("attention index 100 — 0 errors, 0 warnings, 0 info, 0 silenced"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_output_is_versioned_and_complete() {
    // The JSON document carries version, totals, per-journey figures and findings with lines.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["totals"]["journeys"], 7);
    assert_eq!(doc["totals"]["problems"], 0);
    let journeys = doc["journeys"].as_array().unwrap();
    let repair = journeys
        .iter()
        .find(|j| j["id"] == "reparatieverzoek")
        .unwrap();
    let summary = &repair["summary"];
    assert!(summary["expected_contacts"].as_f64().unwrap() > 1.0);
    assert!(summary["main_path"].as_array().unwrap().len() >= 3);
    assert_eq!(summary["start"], summary["main_path"][0]);
    let findings = repair["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for finding in findings {
        assert!(finding["code"].as_str().unwrap().starts_with("TJM"));
        assert!(finding["line"].as_u64().unwrap() > 1, "{finding}");
        assert!(!finding["message"].as_str().unwrap().is_empty());
    }
    let errors: usize = journeys
        .iter()
        .map(|j| j["summary"]["errors"].as_u64().unwrap() as usize)
        .sum();
    assert_eq!(doc["totals"]["errors"].as_u64().unwrap() as usize, errors);
}

#[test]
fn lang_overrides_the_journey_language() {
    // --lang en turns a Dutch journey's messages into English.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["check", "journeys/nieuwe-huurder.json", "--lang", "en"]);
    assert!(
        run.stdout.contains("expected per tenant:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("is good news for the tenant"),
        "{}",
        run.stdout
    );
    let run = test.run(&["check", "journeys/nieuwe-huurder.json"]);
    assert!(
        run.stdout.contains("is goed nieuws voor de huurder"),
        "{}",
        run.stdout
    );
}

#[test]
fn tjm_toml_next_to_the_journeys_changes_levels() {
    // A tjm.toml in the folder switches missed-milestone to info: the exit code drops to 0.
    let test = TjmTest::new();
    test.write(
        "j/keys.json",
        r#"{"id": "keys", "title": "Keys", "stages": [{"id": "s", "title": "S"}],
  "actors": [{"id": "desk", "name": "Desk", "kind": "department"}],
  "touchpoints": [{"id": "handover", "stage": "s", "title": "Key handover", "actor": "desk",
    "milestone": true, "outcome": "Keys", "attention": {"satisfaction_checked": true}}]}"#,
    );
    assert_eq!(test.run(&["check", "j"]).code, 1);
    test.write("tjm.toml", "[rules]\nmissed-milestone = \"info\"\n");
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("0 errors, 0 warnings, 1 info"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_broken_tjm_toml_is_reported_with_its_place() {
    // Config errors get the same diagnostics as journey files, and stop the run with exit 2.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "j/clean.json");
    test.write("tjm.toml", "[rules]\nmissed-milstone = \"off\"\n");
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("tjm.toml:2:1"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("there is no rule called `missed-milstone`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `missed-milestone`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn findings_past_column_65535_of_a_minified_journey_are_shown_in_a_window() {
    // A valid one-line journey (88 KB): miette panicked on its findings; fmt and report of the
    // folder failed with it.
    let test = TjmTest::new();
    test.copy_fixture("robustness/minified_finding.json", "j/minified.json");
    let run = test.run(&["check", "j"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("TJM103 cold-channel"), "{}", run.stdout);
    assert!(
        run.stdout.contains("[j/minified.json:1:72148]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("╰── touchpoint `ontvangstbevestiging`"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            r#" 1 │ …een kenmerk om naar te verwijzen.","actor":"klachtenbureau","channel":"email""#
        ),
        "{}",
        run.stdout
    );
    let longest = run.stdout.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 200, "a {longest}-character line");
    for args in [
        &["fmt", "--check", "j"][..],
        &["report", "-o", "out", "j"][..],
    ] {
        let run = test.run(args);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        assert_ne!(run.code, 2, "{args:?}: {}", run.stderr);
    }
    assert!(test.path().join("out/klacht.html").exists());
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    // hostile.json carries 21 ESC bytes (clear screen, OSC 8 links, window titles) in its texts.
    let test = TjmTest::new();
    test.copy_fixture("robustness/hostile.json", "hostile.json");
    let run = test.run(&["check", "hostile.json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let raw = |text: &str| {
        text.chars()
            .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
            .count()
    };
    assert_eq!(raw(&run.stdout), 0, "{}", run.stdout);
    assert_eq!(raw(&run.stderr), 0, "{}", run.stderr);
    assert!(run.stdout.contains("\\u{1b}[2J"), "{}", run.stdout);
    assert!(run.stdout.contains("\\u{1b}]0;"), "{}", run.stdout);
}

#[test]
fn journeys_are_printed_in_file_order_though_rendered_in_parallel() {
    // Rendering runs on every core; the output still follows the files' order.
    let test = TjmTest::new();
    let clean = std::fs::read_to_string(crate::support::fixture("check/clean.json")).unwrap();
    for i in 0..40 {
        test.write(
            &format!("j/{i:02}.json"),
            clean.replace("\"schoon\"", &format!("\"j{i:02}\"")),
        );
    }
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let order: Vec<usize> = (0..40)
        .map(|i| {
            run.stdout
                .find(&format!("j{i:02} (j/{i:02}.json)"))
                .unwrap()
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", run.stdout);
}
