//! `tjm new`: scaffolding journey files of the usual kinds.

use crate::support::TjmTest;

// Without -o the journey goes to stdout, in Dutch by default, and is a journey tjm can load.
#[test]
fn prints_a_dutch_journey_to_stdout() {
    let test = TjmTest::new();
    let run = test.run(&["new", "repair"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    assert_eq!(value["id"], "reparatieverzoek");
    assert_eq!(value["language"], "nl");
    // No project around the temporary folder: no `$schema` that would point nowhere.
    assert!(value.get("$schema").is_none(), "{}", run.stdout);
    assert!(run.stdout.contains("[aanvullen]"));
    assert!(run.stdout.ends_with("}\n"));
}

// Every kind, written with -o in English, passes `tjm check` without input problems.
#[test]
fn every_kind_passes_check() {
    let test = TjmTest::new();
    for kind in [
        "new-tenant",
        "repair",
        "renovation",
        "arrears",
        "complaint",
        "move-out",
    ] {
        let file = format!("journeys/{kind}.json");
        let run = test.run(&["new", kind, "--lang", "en", "-o", &file]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("wrote {file}")),
            "{}",
            run.stderr
        );
        assert!(test.read(&file).contains("[to fill in]"));
    }
    let check = test.run(&["check", "journeys", "--format", "json"]);
    assert_ne!(check.code, 2, "input problems: {}", check.stdout);
    let doc: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(doc["totals"]["journeys"], 6);
    assert_eq!(doc["totals"]["problems"], 0);
}

// An existing file is never overwritten without --force: exit 2, a message naming it, content kept.
#[test]
fn refuses_to_overwrite_without_force() {
    let test = TjmTest::new();
    test.write("journeys/klacht.json", "mine");
    let run = test.run(&["new", "complaint", "-o", "journeys/klacht.json"]);
    assert_eq!(run.code, 2);
    // Dutch by default, like the journey it would have written.
    assert!(
        run.stderr.contains("journeys/klacht.json bestaat al"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(test.read("journeys/klacht.json"), "mine");
    let forced = test.run(&["new", "complaint", "-o", "journeys/klacht.json", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        test.read("journeys/klacht.json")
            .contains("\"id\": \"klacht\"")
    );
}

// --id sets the journey id; Dutch kind names work as aliases.
#[test]
fn takes_an_id_and_dutch_kind_names() {
    let test = TjmTest::new();
    let run = test.run(&["new", "huuropzegging", "--id", "opzeggen-2025"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\"id\": \"opzeggen-2025\""));
    assert!(run.stdout.contains("\"eindinspectie\""));
}

// An id the format does not allow is refused before anything is written.
#[test]
fn rejects_an_invalid_id() {
    let test = TjmTest::new();
    let run = test.run(&[
        "new",
        "repair",
        "--id",
        "mijn reis",
        "-o",
        "r.json",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`mijn reis` cannot be a journey id"),
        "{}",
        run.stderr
    );
    assert!(!test.path().join("r.json").exists());
}

// A file that cannot be written (its folder is a file) gives exit 2 and names the file.
#[test]
fn reports_an_unwritable_target() {
    let test = TjmTest::new();
    test.write("taken", "a file, not a folder");
    let run = test.run(&["new", "repair", "-o", "taken/r.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("taken/r.json"), "{}", run.stderr);
}

// An unknown kind is a usage error listing the kinds.
#[test]
fn rejects_an_unknown_kind() {
    let test = TjmTest::new();
    let run = test.run(&["new", "boiler"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("new-tenant"), "{}", run.stderr);
}

// ---- `tjm completions` (it has no testsuite module of its own) ----

// The bash script loads in bash without error and registers a completion for tjm.
#[test]
fn completions_load_in_bash() {
    let test = TjmTest::new();
    let run = test.run(&["completions", "bash"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let script = test.write("tjm.bash", &run.stdout);
    let bash = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("source {} && complete -p tjm", script.display()))
        .output();
    if let Ok(bash) = bash {
        assert!(
            bash.status.success(),
            "{}",
            String::from_utf8_lossy(&bash.stderr)
        );
        assert!(String::from_utf8_lossy(&bash.stdout).contains("_tjm"));
    }
}

// `tjm completions man` prints a man page; an unknown shell is a usage error (exit 2).
#[test]
fn completions_man_and_unknown_shell() {
    let test = TjmTest::new();
    let man = test.run(&["completions", "man"]);
    assert_eq!(man.code, 0);
    assert!(
        man.stdout.starts_with(".ie"),
        "{}",
        &man.stdout[..80.min(man.stdout.len())]
    );
    assert!(man.stdout.contains(".TH tjm 1"));
    let bad = test.run(&["completions", "tcsh"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("powershell"), "{}", bad.stderr);
}

// The `$schema` resolves from where the file is written: beside a project's schema, in a
// folder below it, and not at all where the editor settings map the file already.
#[test]
fn schema_resolves_wherever_the_file_goes() {
    let test = TjmTest::new();
    test.write("project/tjm.toml", "");
    test.write("project/schema/journey.schema.json", "{}");
    let cases = [
        (
            "project/journeys/a.json",
            Some("../schema/journey.schema.json"),
        ),
        (
            "project/journeys/oud/2024/b.json",
            Some("../../../schema/journey.schema.json"),
        ),
        ("project/c.json", Some("schema/journey.schema.json")),
        ("elders/d.json", None),
    ];
    for (file, expected) in cases {
        let run = test.run(&["new", "repair", "-o", file]);
        assert_eq!(run.code, 0, "{file}: {}", run.stderr);
        let value: serde_json::Value = serde_json::from_str(&test.read(file)).unwrap();
        assert_eq!(value["$schema"].as_str(), expected, "{file}");
        if let Some(schema) = expected {
            let target = test.path().join(file).parent().unwrap().join(schema);
            assert!(target.is_file(), "{file}: {schema} does not resolve");
        }
    }
    // A project with a tjm.toml but no schema: nothing, never a path that does not exist.
    test.write("leeg/tjm.toml", "");
    test.run(&["new", "repair", "-o", "leeg/journeys/e.json"]);
    assert!(!test.read("leeg/journeys/e.json").contains("$schema"));
    // Mapped by .vscode/settings.json (comments allowed, as VS Code allows them): no line.
    test.write(
        "project/.vscode/settings.json",
        "{\n  // journeys checked against the schema\n  \"json.schemas\": [{ \"fileMatch\": [\"journeys/*.json\"], \"url\": \"./schema/journey.schema.json\" }],\n}\n",
    );
    test.run(&["new", "repair", "-o", "project/journeys/f.json"]);
    assert!(!test.read("project/journeys/f.json").contains("$schema"));
    // …but a file the mapping does not cover still gets its path.
    test.run(&["new", "repair", "-o", "project/g.json"]);
    assert!(
        test.read("project/g.json")
            .contains("\"$schema\": \"schema/journey.schema.json\"")
    );
}

// What the scaffold assumed shows in `tjm check` as a reminder (info), never as an error, and
// disappears once the note is removed.
#[test]
fn check_reminds_of_assumed_facts() {
    let test = TjmTest::new();
    test.run(&["new", "new-tenant", "-o", "journeys/nieuw.json"]);
    let findings = |test: &TjmTest| {
        let run = test.run(&["check", "journeys", "--format", "json"]);
        assert_ne!(run.code, 2, "{}", run.stdout);
        let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let all = doc["journeys"][0]["findings"].as_array().unwrap().clone();
        all.into_iter()
            .filter(|f| f["rule"] == "unchecked-assumption")
            .collect::<Vec<_>>()
    };
    let reminders = findings(&test);
    assert!(reminders.len() >= 3, "{reminders:?}");
    assert!(
        reminders.iter().all(|f| f["level"] == "info"),
        "{reminders:?}"
    );
    assert!(
        reminders
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("mijlpaal")),
        "{reminders:?}"
    );
    let text = test.read("journeys/nieuw.json");
    let cleaned: String = text
        .lines()
        .map(|line| match (line.find("[controleren:"), line.find("] ")) {
            (Some(start), Some(end)) if end > start => {
                format!("{}{}\n", &line[..start], &line[end + 2..])
            }
            _ => format!("{line}\n"),
        })
        .collect();
    test.write("journeys/nieuw.json", cleaned);
    assert!(findings(&test).is_empty());
}
