//! Config provenance: every output says which `tjm.toml` it was made with, so a config two
//! folders up cannot switch rules off unseen.

use scraper::{Html, Selector};

use crate::support::TjmTest;

/// The shipped journeys under `work/journeys`, with a `tjm.toml` two folders up, and the run
/// made from `work/`.
fn config_two_folders_up() -> TjmTest {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    std::fs::create_dir_all(test.path().join("work")).unwrap();
    std::fs::rename(
        test.path().join("journeys"),
        test.path().join("work/journeys"),
    )
    .unwrap();
    test.write(
        "tjm.toml",
        "[rules]\ncold-channel = \"off\"\nlong-wait = \"off\"\n[rules.pillar-to-post]\nmax_handoffs = 5\n",
    );
    test
}

fn run_in_work(test: &TjmTest, args: &[&str]) -> crate::support::Run {
    let output = assert_cmd::Command::cargo_bin("tjm")
        .unwrap()
        .args(args)
        .current_dir(test.path().join("work"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    crate::support::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn check_names_the_config_in_its_first_line() {
    // The header shows the file as typed from the working folder: `../tjm.toml`.
    let test = config_two_folders_up();
    let run = run_in_work(&test, &["check", "journeys", "--brief"]);
    assert_eq!(
        run.stdout.lines().next(),
        // the shipped journeys are mostly Dutch, so the run speaks Dutch
        Some("instellingen uit ../tjm.toml"),
        "{}",
        run.stdout
    );
    let run = run_in_work(&test, &["--lang", "nl", "check", "journeys", "--brief"]);
    assert_eq!(
        run.stdout.lines().next(),
        Some("instellingen uit ../tjm.toml"),
        "{}",
        run.stdout
    );
}

#[test]
fn check_without_a_config_prints_no_settings_line() {
    // With tjm's defaults the output is what it always was.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["check", "journeys", "--brief"]);
    assert!(!run.stdout.contains("settings"), "{}", run.stdout);
}

#[test]
fn the_json_document_carries_the_config_and_what_it_changes() {
    // `config.file` is the path, `rules_off` and `rules_adjusted` name the rules; the version
    // stays 1. Without a config, `file` is null.
    let test = config_two_folders_up();
    let run = run_in_work(&test, &["check", "journeys", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["config"]["file"], "../tjm.toml");
    assert_eq!(
        doc["config"]["rules_off"],
        serde_json::json!(["cold-channel", "long-wait"])
    );
    assert_eq!(
        doc["config"]["rules_adjusted"],
        serde_json::json!(["pillar-to-post"])
    );

    let plain = TjmTest::new();
    plain.with_shipped_journeys();
    let run = plain.run(&["check", "journeys", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["config"]["file"], serde_json::Value::Null);
    assert_eq!(doc["config"]["rules_off"], serde_json::json!([]));
}

#[test]
fn the_report_footer_says_it_in_words_and_the_path_sits_in_a_meta_tag() {
    // Every page's footer has the board sentence (no path, no file name); the path is only in
    // `<meta name="tjm-settings">` for the analyst.
    let test = config_two_folders_up();
    let run = run_in_work(&test, &["--lang", "en", "report", "journeys", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["index.html", "rules.html", "reparatieverzoek.html"] {
        let html = Html::parse_document(&test.read(&format!("work/out/{page}")));
        let footer: String = html
            .select(&Selector::parse("footer .settings-note").unwrap())
            .flat_map(|e| e.text())
            .collect();
        assert_eq!(
            footer,
            "Checked with this association's own settings: 2 rules switched off, 1 rule adjusted.",
            "{page}"
        );
        let meta = html
            .select(&Selector::parse("meta[name=tjm-settings]").unwrap())
            .next()
            .unwrap();
        assert_eq!(meta.value().attr("content"), Some("../tjm.toml"), "{page}");
    }
}

#[test]
fn a_dutch_report_without_config_says_standard_settings() {
    // Journey pages follow the journey's language: a Dutch journey gets the Dutch sentence.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["report", "journeys", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = test.read("out/reparatieverzoek.html");
    assert!(
        html.contains("Gecontroleerd met de standaardinstellingen van tjm."),
        "{html}"
    );
    assert!(html.contains(r#"<meta name="tjm-settings" content="defaults">"#));
}
