//! `tjm init`: a journey project from an empty folder, never overwriting a file.

use crate::support::TjmTest;

const FILES: [&str; 5] = [
    "journeys/reparatieverzoek.json",
    "schema/journey.schema.json",
    "tjm.toml",
    ".vscode/settings.json",
    "README.md",
];

// From an empty folder: every file, the schema in Dutch, the example checked without input
// problems, the editor mapping pointing at a schema that is there.
#[test]
fn sets_up_a_dutch_project() {
    let test = TjmTest::new();
    let run = test.run(&["init", "klantreizen"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in FILES {
        let text = test.read(&format!("klantreizen/{file}"));
        assert!(!text.is_empty(), "{file}");
        assert!(
            run.stderr.contains(file),
            "{file} not named: {}",
            run.stderr
        );
    }
    let schema = test.read("klantreizen/schema/journey.schema.json");
    assert!(schema.contains("Via welk kanaal."), "schema not in Dutch");
    let settings: serde_json::Value =
        serde_json::from_str(&test.read("klantreizen/.vscode/settings.json")).unwrap();
    let mapping = &settings["json.schemas"][0];
    assert_eq!(mapping["fileMatch"][0], "journeys/*.json");
    let url = mapping["url"].as_str().unwrap();
    assert!(test.path().join("klantreizen").join(url).is_file(), "{url}");
    let check = test.run(&["check", "klantreizen/journeys", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(doc["totals"]["problems"], 0, "{}", check.stdout);
    assert_eq!(doc["totals"]["journeys"], 1);
    let readme = test.read("klantreizen/README.md");
    for step in [
        "tjm new",
        "tjm check",
        "tjm report",
        "--to xlsx",
        "tjm import",
        "tjm serve",
    ] {
        assert!(readme.contains(step), "README lacks {step}");
    }
}

// English with --lang en; the tjm.toml explains itself in English.
#[test]
fn sets_up_an_english_project() {
    let test = TjmTest::new();
    let run = test.run(&["init", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        test.read("journeys/uk-repair.json")
            .contains("\"language\": \"en\"")
    );
    assert!(
        test.read("tjm.toml")
            .contains("Remove\n# the # to change a setting")
    );
    assert!(
        test.read("schema/journey.schema.json")
            .contains("Through which channel.")
    );
}

// A folder that holds any of the files: named, nothing written, the file as it was.
#[test]
fn never_overwrites() {
    let test = TjmTest::new();
    test.write("tjm.toml", "lang = \"en\"\n");
    let run = test.run(&["init"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("tjm.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("niets geschreven"), "{}", run.stderr);
    assert!(!test.path().join("journeys").exists());
    assert_eq!(test.read("tjm.toml"), "lang = \"en\"\n");
}

// --force writes what is missing and refreshes the schema, and keeps what someone may have edited.
#[test]
fn force_replaces_only_the_schema() {
    let test = TjmTest::new();
    assert_eq!(test.run(&["init"]).code, 0);
    test.write("tjm.toml", "lang = \"en\"\n");
    test.write("schema/journey.schema.json", "{}");
    std::fs::remove_file(test.path().join("README.md")).unwrap();
    let run = test.run(&["init", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(test.read("tjm.toml"), "lang = \"en\"\n");
    assert!(test.read("schema/journey.schema.json").len() > 1000);
    assert!(test.read("README.md").contains("tjm init"));
    assert!(run.stderr.contains("tjm.toml bewaard"), "{}", run.stderr);
}
