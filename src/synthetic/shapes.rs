//! Journeys of pathological graph shapes (long chains, huge loops, wide stars), valid and under
//! the size cap, for the robustness tests and the `shapes` example: one touchpoint builder so
//! the tests and the stress command measure the same files.

use serde_json::{Value, json};

/// A journey of touchpoints `t0 … t{n-1}` in one stage served by one department; those for
/// which `outcome` is true end with the outcome "done".
pub fn journey(
    id: &str,
    n: usize,
    transitions: Vec<Value>,
    outcome: impl Fn(usize) -> bool,
) -> Value {
    let touchpoints: Vec<Value> = (0..n)
        .map(|i| {
            let mut t = json!({"id": format!("t{i}"), "stage": "s", "title": format!("Step {i}"), "actor": "a"});
            if outcome(i) {
                t["outcome"] = json!("done");
            }
            t
        })
        .collect();
    json!({
        "id": id, "title": id, "language": "en",
        "stages": [{"id": "s", "title": "S"}],
        "actors": [{"id": "a", "name": "A", "kind": "department"}],
        "touchpoints": touchpoints,
        "transitions": transitions,
    })
}

/// A transition from `t{from}` to `t{to}`, its share left to fill in.
pub fn step(from: usize, to: usize) -> Value {
    json!({"from": format!("t{from}"), "to": format!("t{to}")})
}

/// A straight chain of `n` touchpoints, the last with an outcome.
pub fn chain(id: &str, n: usize) -> Value {
    journey(id, n, (1..n).map(|i| step(i - 1, i)).collect(), |i| {
        i + 1 == n
    })
}
