//! The one locale decision seen from the command line: `--lang` > tjm.toml's `lang` > the
//! journeys' own language, for findings and totals alike.

use crate::support::TjmTest;

#[test]
fn check_honours_lang_in_tjm_toml_for_its_totals() {
    // An English journey checked with lang = "nl" in tjm.toml: Dutch summary and totals.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    test.write("tjm.toml", "lang = \"nl\"\n");
    let run = test.run(&["check", "clean.json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(
            "1 klantreis gecontroleerd: 0 fouten, 0 waarschuwingen, 0 info, 0 stilgezet; 0 problemen in de invoer"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn the_command_line_beats_tjm_toml() {
    // --lang en wins over lang = "nl": English totals with plural rules.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    test.write("tjm.toml", "lang = \"nl\"\n");
    let run = test.run(&["check", "clean.json", "--lang", "en"]);
    assert!(
        run.stdout.contains(
            "checked 1 journey: 0 errors, 0 warnings, 0 info, 0 silenced; 0 input problems"
        ),
        "{}",
        run.stdout
    );
}

/// Every string value in a journey file: the user's own text, which tjm shows as it is (keys
/// are field names, so not user text).
fn journey_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| journey_strings(v, out)),
        serde_json::Value::Object(map) => {
            map.values().for_each(|v| journey_strings(v, out));
        }
        _ => {}
    }
}

/// What is left of `output` once catalogue text (inside ⟦…⟧), the journeys' own text, file
/// snippets and rule codes and names are taken out: words left over bypassed the catalogues.
fn untranslated(output: &str, journeys: &[std::path::PathBuf]) -> Vec<String> {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in output.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let mut user = Vec::new();
    for path in journeys {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        journey_strings(&value, &mut user);
        user.push(format!(
            "journeys/{}",
            path.file_name().unwrap().to_string_lossy()
        ));
    }
    for rule in ["TJM", "help:"] {
        user.push(rule.to_owned());
    }
    user.extend(tjm::rules::RULES.iter().map(|r| r.name().to_owned()));
    user.sort_by_key(|s| std::cmp::Reverse(s.len()));
    text.lines()
        // a snippet of the user's file: `  96 │ "title": …`
        .filter(|line| {
            let t = line.trim_start();
            !(t.split_once(" │")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit())))
        })
        .map(|line| {
            let mut line = line.to_owned();
            for s in &user {
                if !s.is_empty() {
                    line = line.replace(s.as_str(), "");
                }
            }
            line
        })
        .filter(|line| line.chars().any(char::is_alphabetic))
        .collect()
}

#[test]
fn check_under_the_pseudo_locale_shows_no_untranslated_text() {
    // Every word `tjm check` prints for the shipped journeys comes from a catalogue (wrapped
    // in ⟦…⟧ under --lang qps) or from the journeys themselves.
    let test = TjmTest::new();
    let dir = test.with_shipped_journeys();
    let mut journeys: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    journeys.sort();
    let run = test.run(&["check", "journeys", "--lang", "qps"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains('⟦'), "{}", run.stdout);
    let left = untranslated(&run.stdout, &journeys);
    assert!(left.is_empty(), "untranslated:\n{}", left.join("\n"));
}

#[test]
fn every_finding_renders_in_every_locale_and_the_board_wording_names_no_fields() {
    // Findings are data: each of their four wordings exists in en and nl and renders with the
    // arguments the rule gives; the board's wording has no field names, options or rule names.
    use tjm::i18n::{Locale, try_message};
    let project = tjm::project::Project::open(
        &[crate::support::repo().join("journeys")],
        &tjm::config::Config::default(),
        None,
    );
    let findings: Vec<_> = project
        .journeys
        .iter()
        .flat_map(|j| &j.analysis.findings)
        .collect();
    assert!(findings.len() > 40, "the shipped journeys have findings");
    for finding in findings {
        for locale in [Locale::En, Locale::Nl] {
            for wording in ["message", "help", "board", "board-fix"] {
                let id = finding.message_id(wording);
                let text =
                    try_message(locale, &id, &finding.args).unwrap_or_else(|e| panic!("{e}"));
                if wording.starts_with("board") {
                    for field in ["`", "attention.", "named_contact", "--", "tjm.toml"] {
                        assert!(
                            !text.contains(field),
                            "{id} ({locale}) names {field}: {text}"
                        );
                    }
                    for rule in tjm::rules::RULES {
                        assert!(!text.contains(rule.name()), "{id} ({locale}) names a rule");
                    }
                }
            }
        }
    }
}

#[test]
fn file_problems_follow_the_locale_too() {
    // A missing path and an empty file, in Dutch with --lang nl and wrapped under the test locale.
    let test = TjmTest::new();
    test.write("empty.json", "  \n");
    let nl = test.run(&["check", "missing.json", "empty.json", "--lang", "nl"]);
    assert_eq!(nl.code, 2);
    assert!(
        nl.stderr.contains("missing.json bestaat niet"),
        "{}",
        nl.stderr
    );
    assert!(nl.stderr.contains("empty.json is leeg"), "{}", nl.stderr);
    let qps = test.run(&["check", "missing.json", "--lang", "qps"]);
    assert!(
        qps.stderr.contains("⟦missing.json does not exist⟧"),
        "{}",
        qps.stderr
    );
}

#[test]
fn mistakes_inside_a_journey_are_worded_in_the_locale() {
    // An unknown stage with a near miss and an emotion off the scale, with tjm.toml's lang.
    let test = TjmTest::new();
    test.write("tjm.toml", "lang = \"nl\"\n");
    test.write(
        "j.json",
        r#"{"id": "j", "title": "J", "stages": [{"id": "melden", "title": "Melden"}],
  "actors": [{"id": "kcc", "name": "KCC", "kind": "department"}],
  "touchpoints": [{"id": "a", "stage": "meldn", "title": "A", "actor": "kcc", "emotion": {"score": 5}}],
  "evidense": []}"#,
    );
    let run = test.run(&["check", "j.json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("er is geen fase met id `meldn`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("bedoel je `melden`?"), "{}", run.stderr);
    assert!(
        run.stderr.contains("buiten de emotieschaal"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_broken_tjm_toml_is_worded_in_the_command_lines_locale() {
    // The file's own `lang` cannot be trusted while it is broken: --lang decides.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    test.write("tjm.toml", "[rules]\ncold-chanel = \"off\"\n");
    let run = test.run(&["check", "clean.json", "--lang", "nl"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("er is geen regel die `cold-chanel` heet"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("bedoel je `cold-channel`?"),
        "{}",
        run.stderr
    );
}
