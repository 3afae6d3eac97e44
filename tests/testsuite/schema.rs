//! The JSON Schema: generated from the model, committed, referenced by the shipped journeys.

use crate::support::{TjmTest, repo};

#[test]
fn committed_schema_is_current() {
    // schema/journey.schema.json must equal `tjm schema`; regenerate with
    // `cargo run -- schema > schema/journey.schema.json` when the model changes.
    let committed = std::fs::read_to_string(repo().join(tjm::schema::SCHEMA_FILE)).unwrap();
    let run = TjmTest::new().run(&["schema"]);
    assert_eq!(run.code, 0);
    assert!(
        committed == run.stdout,
        "schema/journey.schema.json is stale: run `cargo run -- schema > schema/journey.schema.json`"
    );
}

#[test]
fn schema_forbids_unknown_fields_everywhere() {
    // Editors flag typos: every object in the schema closes its properties.
    let schema: serde_json::Value =
        serde_json::from_str(tjm::schema::journey_schema_text().as_str()).unwrap();
    let mut objects = 0;
    let mut stack = vec![&schema];
    while let Some(node) = stack.pop() {
        if node.get("properties").is_some() {
            objects += 1;
            assert_eq!(
                node.get("additionalProperties"),
                Some(&serde_json::Value::Bool(false)),
                "{node}"
            );
        }
        match node {
            serde_json::Value::Object(map) => stack.extend(map.values()),
            serde_json::Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    assert!(objects >= 8, "only {objects} objects found");
}

#[test]
fn shipped_journeys_reference_the_schema() {
    // Every shipped journey has "$schema": "../schema/journey.schema.json".
    let mut count = 0;
    for entry in std::fs::read_dir(repo().join("journeys")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let value: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_eq!(
                value["$schema"],
                "../schema/journey.schema.json",
                "{}",
                path.display()
            );
            count += 1;
        }
    }
    assert_eq!(count, 7);
}
