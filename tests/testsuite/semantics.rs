//! The semantics a journey file can say beyond flags (issue 14): a refusal's reason, good or bad
//! news, importance inferred when it is not written. Each form survives `fmt`, reaches the
//! exports and `diff`, and `check` says when it inferred.

use crate::support::TjmTest;

/// A journey using every new form, with keys in a non-canonical order.
const JOURNEY: &str = r#"{
  "id": "forms",
  "title": "Forms",
  "language": "en",
  "stages": [{ "id": "s", "title": "S" }],
  "actors": [{ "id": "rent", "name": "Rent team", "kind": "department" }],
  "touchpoints": [
    {
      "id": "plan",
      "stage": "s",
      "title": "Twelve months refused",
      "actor": "rent",
      "channel": "letter",
      "refusal": { "exception_asked": true, "reason": "regel" }
    },
    {
      "id": "letter",
      "stage": "s",
      "title": "Fourteen-day letter",
      "actor": "rent",
      "channel": "phone",
      "milestone": "slecht_nieuws",
      "importance": "normal",
      "refusal": true,
      "attention": { "alternative_offered": true }
    },
    {
      "id": "keys",
      "stage": "s",
      "title": "Keys",
      "actor": "rent",
      "channel": "desk",
      "milestone": "good_news",
      "outcome": "Keys",
      "attention": { "acknowledged": true, "satisfaction_checked": true }
    }
  ],
  "transitions": [
    { "from": "plan", "to": "letter" },
    { "from": "letter", "to": "keys" }
  ]
}
"#;

fn setup() -> TjmTest {
    let test = TjmTest::new();
    test.write("forms.json", JOURNEY);
    test
}

// fmt keeps every form as written (Dutch words, a written "normal", `true`) and only orders the
// refusal's keys; a second run changes nothing.
#[test]
fn fmt_keeps_both_forms_of_refusal_and_milestone() {
    let test = setup();
    let run = test.run(&["fmt", "forms.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = test.read("forms.json");
    assert!(
        text.contains("\"refusal\": {\n        \"reason\": \"regel\",\n        \"exception_asked\": true\n      }"),
        "{text}"
    );
    assert!(text.contains("\"milestone\": \"slecht_nieuws\""), "{text}");
    assert!(text.contains("\"milestone\": \"good_news\""), "{text}");
    assert!(text.contains("\"importance\": \"normal\""), "{text}");
    assert!(text.contains("\"refusal\": true"), "{text}");
    let again = test.run(&["fmt", "--check", "forms.json"]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
}

// check says why an unmarked refusal letter counts, and the findings carry the variants.
#[test]
fn check_says_when_it_inferred_and_findings_carry_the_variant() {
    let test = setup();
    let text = test.run(&["check", "forms.json"]);
    assert!(
        text.stdout
            .contains("treated as a moment that matters because it is a refusal"),
        "{}",
        text.stdout
    );
    let json = test.run(&["check", "--format", "json", "forms.json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let findings = value["journeys"][0]["findings"].as_array().unwrap();
    let by_id = |id: &str| {
        findings
            .iter()
            .find(|f| f["id"] == id)
            .unwrap_or_else(|| panic!("no {id} in {findings:#?}"))
    };
    assert_eq!(by_id("cold-channel")["args"]["because"], "refusal");
    assert_eq!(
        by_id("no-room-for-exceptions-asked")["args"]["title"],
        "Twelve months refused"
    );
    let bad = by_id("missed-milestone-bad-news");
    assert_eq!(bad["args"]["news"], "bad_news");
    assert_eq!(bad["args"]["missing"], "both");
    // The written "normal" at the letter is kept: no cold-channel there (it is a phone call
    // anyway) and no finding for the acknowledged good news.
    assert!(
        findings.iter().all(|f| f["args"]["title"] != "Keys"),
        "{findings:#?}"
    );
}

// The JSON export carries the forms as written; the CSV the milestone and the inferred importance.
#[test]
fn exports_carry_the_forms() {
    let test = setup();
    let json = test.run(&["export", "--to", "json", "forms.json"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let touchpoints = &value["journeys"][0]["journey"]["touchpoints"];
    assert_eq!(
        touchpoints[0]["refusal"],
        serde_json::json!({"reason": "rule", "exception_asked": true})
    );
    assert_eq!(touchpoints[1]["milestone"], "bad_news");
    assert_eq!(touchpoints[1]["refusal"], true);
    assert_eq!(touchpoints[1]["importance"], "normal");
    assert!(touchpoints[0].get("importance").is_none());
    let csv = test.run(&["export", "--to", "csv", "--delimiter", ",", "forms.json"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let rows: Vec<&str> = csv.stdout.lines().collect();
    assert!(rows[1].contains(",false,high,"), "{}", rows[1]);
    assert!(rows[2].contains(",bad_news,normal,"), "{}", rows[2]);
    assert!(rows[3].contains(",good_news,high,"), "{}", rows[3]);
}

// diff shows a plain milestone becoming bad news and a refusal getting its reason.
#[test]
fn diff_shows_the_new_forms() {
    let test = TjmTest::new();
    let old = JOURNEY
        .replace("\"milestone\": \"slecht_nieuws\"", "\"milestone\": true")
        .replace(
            "\"refusal\": { \"exception_asked\": true, \"reason\": \"regel\" }",
            "\"refusal\": true",
        );
    test.write("old/forms.json", old);
    test.write("new/forms.json", JOURNEY);
    let run = test.run(&["diff", "old", "new"]);
    assert!(
        run.stdout.contains("milestone: true → bad_news"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("refusal: true → {"), "{}", run.stdout);
}

// A wrong word for a milestone is an unknown value with the words that are allowed.
#[test]
fn a_wrong_milestone_word_lists_the_allowed_ones() {
    let test = TjmTest::new();
    test.write(
        "bad.json",
        JOURNEY.replace("\"good_news\"", "\"good news\""),
    );
    let run = test.run(&["check", "bad.json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("good_news"), "{}", run.stderr);
    assert!(run.stderr.contains("bad.json:33:"), "{}", run.stderr);
}

// A misspelt key inside a refusal gets did-you-mean like any other field.
#[test]
fn a_misspelt_refusal_key_gets_did_you_mean() {
    let test = TjmTest::new();
    test.write(
        "bad.json",
        JOURNEY.replace("\"reason\": \"regel\"", "\"reasn\": \"regel\""),
    );
    let run = test.run(&["check", "bad.json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("unknown field `reasn` in `touchpoints[0].refusal`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `reason`?"),
        "{}",
        run.stderr
    );
}
