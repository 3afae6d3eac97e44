//! Absent steps (`"absent": true`) give no attention: no rule credits them with what their
//! `attention` says they should give, and they are no contacts, though paths pass them.

use crate::support::TjmTest;

#[test]
fn no_rule_credits_an_absent_step_with_attention() {
    let test = TjmTest::new();
    test.copy_fixture("absent/credit.json", "credit.json");
    let run = test.run(&["check", "--format", "json", "credit.json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let journey = &doc["journeys"][0];
    let mut found: Vec<(String, String)> = journey["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["touchpoint"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    found.sort();
    // The acknowledgement, the alternative and the named contacts of steps that do not
    // happen are not given: the milestone is missed, the no is bare, the handoffs are
    // ownerless. What an absent step "does wrong" is not held against it either: no
    // procedure-first, no friendly-not-helpful, and a decision that does not happen decides
    // nothing for tenants.
    let rules: Vec<&str> = found.iter().map(|(rule, _)| rule.as_str()).collect();
    assert_eq!(
        rules,
        ["bare-no", "missed-milestone", "pillar-to-post"],
        "{found:?}"
    );
    assert!(found.contains(&("missed-milestone".into(), "keys".into())));
    assert!(found.contains(&("bare-no".into(), "no".into())));
    let summary = &journey["summary"];
    // Only "Done" is a contact; the six other steps do not happen.
    assert_eq!(summary["expected_contacts"], 1.0);
    assert_eq!(summary["expected_handoffs"], 3.0);
    assert_eq!(summary["main_path"].as_array().unwrap().len(), 7);
}
