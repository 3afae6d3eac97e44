//! The command line as a user meets it: help with examples, rule docs, errors with hints.

use crate::support::TjmTest;

#[test]
fn every_command_has_help_with_an_example() {
    // `--help` of each subcommand shows an example line.
    let test = TjmTest::new();
    for command in [
        "check",
        "report",
        "rules",
        "schema",
        "new",
        "fmt",
        "export",
        "diff",
        "completions",
        "theme",
        "serve",
    ] {
        let run = test.run(&[command, "--help"]);
        assert_eq!(run.code, 0, "{command}");
        assert!(
            run.stdout.contains("Example"),
            "{command} --help has no example:\n{}",
            run.stdout
        );
    }
    let run = test.run(&["--help"]);
    assert!(
        run.stdout.contains("tjm report journeys -o report"),
        "{}",
        run.stdout
    );
}

#[test]
fn rules_lists_the_catalogue_grouped_by_category() {
    // The list shows codes, names, levels and summaries in the chosen language.
    let run = TjmTest::new().run(&["rules"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("TJM101  missed-milestone"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("attention at the moment"),
        "{}",
        run.stdout
    );
    let run = TjmTest::new().run(&["rules", "--lang", "nl"]);
    assert!(
        run.stdout.contains("aandacht op het moment"),
        "{}",
        run.stdout
    );
}

#[test]
fn rules_explains_one_rule_by_name_or_code() {
    // `tjm rules bare-no` and `tjm rules TJM201` print the same docs with the why.
    let by_name = TjmTest::new().run(&["rules", "bare-no"]);
    let by_code = TjmTest::new().run(&["rules", "tjm201"]);
    assert_eq!(by_name.code, 0);
    assert_eq!(by_name.stdout, by_code.stdout);
    assert!(
        by_name.stdout.starts_with("# bare-no (TJM201)"),
        "{}",
        by_name.stdout
    );
    assert!(
        by_name.stdout.contains("## Why this hurts tenants"),
        "{}",
        by_name.stdout
    );
    let nl = TjmTest::new().run(&["rules", "bare-no", "--lang", "nl"]);
    assert!(
        nl.stdout.contains("## Waarom dit huurders raakt"),
        "{}",
        nl.stdout
    );
}

#[test]
fn rules_json_is_machine_readable() {
    // --format json gives every rule with code, level and options.
    let run = TjmTest::new().run(&["rules", "--format", "json"]);
    let rules: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let list = rules.as_array().unwrap();
    assert_eq!(list.len(), tjm::rules::RULES.len());
    let pillar = list.iter().find(|r| r["name"] == "pillar-to-post").unwrap();
    assert_eq!(pillar["options"][0]["name"], "max_handoffs");
    assert_eq!(pillar["options"][0]["default"], "2");
}

#[test]
fn an_unknown_rule_gets_a_did_you_mean() {
    // A typo in a rule name exits 2 with a suggestion.
    let run = TjmTest::new().run(&["rules", "bare-know"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("there is no rule called `bare-know`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `bare-no`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // A reader that goes away (`tjm schema | head -c 1`) does not make tjm fail (ripgrep's rule).
    let bin = assert_cmd::cargo::cargo_bin("tjm");
    let mut child = std::process::Command::new(bin)
        .args(["schema"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(0),
        "a closed stdout must not fail the run"
    );
}

#[test]
fn an_unknown_argument_is_an_input_error() {
    // clap rejects a wrong flag with exit 2 and names it.
    let run = TjmTest::new().run(&["check", "--formt", "json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--format"),
        "clap suggests the right flag:\n{}",
        run.stderr
    );
}

#[test]
fn the_readme_example_journey_loads() {
    // The journey in README.md's tour is valid, and fires the rules the text around it implies.
    let readme = std::fs::read_to_string(crate::support::repo().join("README.md")).unwrap();
    let start = readme
        .find("```json\n{\n  \"$schema\"")
        .expect("README has the example journey")
        + 8;
    let end = start + readme[start..].find("```").unwrap();
    let test = TjmTest::new();
    test.write("journeys/lekkage.json", &readme[start..end]);
    let run = test.run(&["check", "journeys/lekkage.json", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["totals"]["problems"], 0, "{}", run.stdout);
    let rules: Vec<&str> = doc["journeys"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"procedure-first") && rules.contains(&"long-wait"),
        "{rules:?}"
    );
}
