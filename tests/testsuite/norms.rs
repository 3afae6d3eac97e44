//! Norms: `tjm norms`, a touchpoint naming an unknown norm, tjm.toml's own deadlines, and the
//! shipped journeys judged against their norms.

use crate::support::TjmTest;

#[test]
fn tjm_norms_prints_the_profile_with_sources_in_text_and_json() {
    let test = TjmTest::new();
    let run = test.run(&["norms", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Norms profile: Nederland: sociale huur (nl)")
    );
    assert!(run.stdout.contains("  bw.7-257  deadline: 6 weeks\n"));
    assert!(run.stdout.contains("source: Woningwet, art. 55b"));
    let run = test.run(&["norms", "--profile", "uk", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["profile"]["id"], "uk");
    assert_eq!(json["calendar"]["jurisdiction"], "England and Wales");
    let ids: Vec<&str> = json["profile"]["norms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"awaab.investigation") && ids.contains(&"hoc.stage2"));
}

#[test]
fn tjm_toml_chooses_the_profile_and_shows_own_deadlines() {
    let test = TjmTest::new();
    test.write(
        "tjm.toml",
        "[norms]\nprofile = \"uk\"\n[norms.overrides]\n\"hoc.acknowledge\" = \"2 working days\"\n",
    );
    let run = test.run(&["norms", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Norms profile: England: social housing (uk)")
    );
    assert!(
        run.stdout
            .contains("own deadline (tjm.toml): 2 working days")
    );
    test.write(
        "tjm.toml",
        "[norms.overrides]\n\"hoc.acknowledge\" = \"10 working days\"\n",
    );
    let run = test.run(&["norms", "--lang", "en"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("must be shorter than the law's 5 working days"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_norm_id_is_a_located_error_with_a_suggestion() {
    let test = TjmTest::new();
    test.write(
        "j.json",
        r#"{
  "id": "j",
  "title": "J",
  "language": "en",
  "stages": [{ "id": "s", "title": "S" }],
  "actors": [{ "id": "a", "name": "A", "kind": "department" }],
  "touchpoints": [
    { "id": "t", "stage": "s", "title": "T", "actor": "a", "wait": "2 days",
      "norm": "awaab.investigaton", "outcome": "Done" }
  ],
  "transitions": []
}"#,
    );
    let run = test.run(&["check", "j.json", "--lang", "en"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("there is no norm with id `awaab.investigaton`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("j.json:9:15"), "{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean `awaab.investigation`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_shipped_journeys_are_judged_against_their_norms() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = |journey: &str, rule: &str| -> Vec<String> {
        json["journeys"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|j| j["id"] == journey)
            .flat_map(|j| j["findings"].as_array().unwrap().iter())
            .filter(|f| f["rule"] == rule)
            .map(|f| f["touchpoint"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    // Awaab's Law: the written summary took 9 working days, the law allows 3
    assert_eq!(findings("uk-repair", "legal-deadline"), ["written-summary"]);
    // no tenant hears of debt help or the offer to share data before the fourteen-day letter
    assert_eq!(
        findings("huurachterstand", "process-norm"),
        ["veertiendagenbrief"]
    );
    // the first visit comes within the six weeks of BW 7:257
    assert!(findings("reparatieverzoek", "legal-deadline").is_empty());
}

#[test]
fn fmt_and_diff_carry_the_norm_field_in_both_forms() {
    let test = TjmTest::new();
    let journey =
        std::fs::read_to_string(crate::support::repo().join("journeys/uk-repair.json")).unwrap();
    test.write("old/uk-repair.json", &journey);
    let listed = journey.replace(
        r#""norm": "awaab.written-summary","#,
        r#""norm": ["awaab.written-summary", "hoc.acknowledge"],"#,
    );
    assert_ne!(listed, journey);
    test.write("new/uk-repair.json", &listed);
    let fmt = test.run(&["fmt", "new"]);
    assert_eq!(fmt.code, 0, "{}", fmt.stderr);
    let formatted: serde_json::Value =
        serde_json::from_str(&test.read("new/uk-repair.json")).unwrap();
    let summary = formatted["touchpoints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "written-summary")
        .unwrap();
    assert_eq!(
        summary["norm"],
        serde_json::json!(["awaab.written-summary", "hoc.acknowledge"])
    );
    let run = test.run(&["diff", "old", "new", "--format", "json"]);
    assert_eq!(run.code, 1, "1: the versions differ\n{}", run.stderr);
    assert!(run.stdout.contains(r#""field": "norm""#), "{}", run.stdout);
}
