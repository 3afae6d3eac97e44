//! `tjm check --unknowns`: the facts a journey leaves unknown that would change a finding,
//! per journey, in the terminal and in JSON.

use crate::support::TjmTest;

#[test]
fn the_terminal_lists_the_questions_for_the_next_interview() {
    let test = TjmTest::new();
    test.copy_fixture("unknowns/callback.json", "callback.json");
    let run = test.run(&["check", "--unknowns", "--brief", "callback.json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("to find out at the next interview (3 facts):"),
        "{out}"
    );
    assert!(
        out.contains("“Tenant reports a leak” (`call`, attention.own_question_asked): Is the tenant's own question asked first? If not, procedure-first reports it."),
        "{out}"
    );
    // Both the unknown actor and the left-out one are asked about, not counted as handoffs.
    assert!(
        out.contains("(`callback`, actor): Who serves the tenant here?"),
        "{out}"
    );
    assert!(
        out.contains("(`visit`, actor): Who serves the tenant here?"),
        "{out}"
    );
    assert!(out.contains("0.0 handoffs"), "{out}");
    // An absent step is no contact: two contacts, not three.
    assert!(out.contains("2.0 contacts"), "{out}");
}

#[test]
fn the_questions_follow_the_language() {
    let test = TjmTest::new();
    test.copy_fixture("unknowns/callback.json", "callback.json");
    let run = test.run(&[
        "--lang",
        "nl",
        "check",
        "--unknowns",
        "--brief",
        "callback.json",
    ]);
    assert!(
        run.stdout
            .contains("uit te zoeken bij het volgende interview (3 gegevens):"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Wordt eerst de eigen vraag van de huurder gesteld? Zo niet, dan meldt procedure-first het."),
        "{}",
        run.stdout
    );
}

#[test]
fn json_carries_the_unknowns_only_when_asked() {
    let test = TjmTest::new();
    test.copy_fixture("unknowns/callback.json", "callback.json");
    let plain = test.run(&["check", "--format", "json", "callback.json"]);
    let doc: serde_json::Value = serde_json::from_str(&plain.stdout).unwrap();
    assert!(doc["journeys"][0].get("unknowns").is_none());

    let run = test.run(&["check", "--unknowns", "--format", "json", "callback.json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let unknowns = doc["journeys"][0]["unknowns"].as_array().unwrap();
    let fields: Vec<(&str, &str, &str)> = unknowns
        .iter()
        .map(|u| {
            (
                u["touchpoint"].as_str().unwrap(),
                u["field"].as_str().unwrap(),
                u["effect"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("call", "attention.own_question_asked", "no-would-add"),
            ("callback", "actor", "answer-decides"),
            ("visit", "actor", "answer-decides"),
        ]
    );
    assert_eq!(unknowns[0]["code"], "TJM102");
    assert_eq!(unknowns[0]["id"], "unknown-own-question");
    assert!(
        unknowns[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Is the tenant's own question asked first?")
    );
    // The absent call-back is an open loop at the step that does not happen.
    let findings = doc["journeys"][0]["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["id"] == "open-loop-absent" && f["touchpoint"] == "callback"),
        "{findings:?}"
    );
}

#[test]
fn nothing_unknown_says_so() {
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    let run = test.run(&["check", "--unknowns", "--brief", "clean.json"]);
    assert!(
        run.stdout
            .contains("  nothing left unknown that would change a finding\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_unknowns_policy_names_every_rule() {
    // One documented policy for every rule: a rule added without its row in the table fails.
    let policy = std::fs::read_to_string(crate::support::repo().join("docs/unknowns.md")).unwrap();
    for (code, rule) in tjm::rules::rule_names() {
        assert!(
            policy.contains(&format!("| {code} | {rule} |")),
            "docs/unknowns.md has no row for {code} {rule}: say whether it judges only what is recorded or treats a missing fact as missing"
        );
    }
}
