//! Synthetic journeys for benchmarks and fuzzing: large, valid, deterministic, and shaped
//! like real ones (branches, loops back, handoffs, waits, emotions, evidence), so measured
//! time is spent where real journeys spend it.

use serde_json::{Value, json};

/// A deterministic journey of `touchpoints` touchpoints (at least 3) as JSON text.
pub fn journey_json(id: &str, touchpoints: usize, seed: u64) -> String {
    serde_json::to_string_pretty(&journey_value(id, touchpoints, seed)).expect("serialises")
}

/// The same journey as a JSON value.
pub fn journey_value(id: &str, touchpoints: usize, seed: u64) -> Value {
    let n = touchpoints.max(3);
    let mut random = Lcg(seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407));
    let stages: Vec<Value> = (0..5)
        .map(|s| json!({"id": format!("stage-{s}"), "title": format!("Stage {s}"), "description": "A stage of the journey"}))
        .collect();
    let actors = json!([
        {"id": "tenant", "name": "Tenant", "kind": "tenant"},
        {"id": "kcc", "name": "Customer contact centre", "kind": "department"},
        {"id": "planning", "name": "Planning", "kind": "department", "backstage": true},
        {"id": "contractor", "name": "Contractor", "kind": "contractor"},
        {"id": "municipality", "name": "Municipality", "kind": "partner"}
    ]);
    let actor_ids = ["tenant", "kcc", "planning", "contractor", "municipality"];
    let channels = [
        "phone",
        "email",
        "letter",
        "desk",
        "home_visit",
        "portal",
        "sms",
        "whatsapp",
    ];
    let kinds = ["contact", "document", "visit", "decision", "wait"];
    let waits = ["2 days", "3 weeks", "5 werkdagen", "4 hours", "1 month"];
    let mut points = Vec::with_capacity(n);
    let mut evidence = Vec::new();
    for i in 0..n {
        let mut point = json!({
            "id": format!("tp-{i}"),
            "stage": format!("stage-{}", i * 5 / n),
            "title": format!("Touchpoint {i} — de huurder belt over de lekkage"),
            "description": "What happens at this moment, told the way the tenant would tell it.",
            "actor": actor_ids[1 + random.below(4)],
            "channel": channels[random.below(channels.len())],
            "kind": kinds[random.below(kinds.len())],
            "emotion": {"score": random.below(7) as i64 - 3, "note": "How the tenant feels here"},
            "attention": {
                "own_question_asked": random.chance(0.7),
                "named_contact": random.chance(0.5),
                "acknowledged": random.chance(0.5),
                "friendliness": 1 + random.below(5),
                "helpfulness": 1 + random.below(5)
            }
        });
        if random.chance(0.3) {
            point["wait"] = json!(waits[random.below(waits.len())]);
        }
        if random.chance(0.1) {
            point["milestone"] = json!(true);
        }
        if random.chance(0.1) {
            point["refusal"] = json!(true);
        }
        if random.chance(0.05) {
            point["opens_case"] = json!(true);
        }
        if random.chance(0.1) {
            point["attention"]["loop_closed"] = json!(true);
        }
        if random.chance(0.05) {
            point["attention"]["satisfaction_checked"] = json!(true);
        }
        if i == n - 1 || i == n - 2 {
            point["outcome"] = json!("The tenant's question is settled");
        }
        if random.chance(0.5) {
            evidence.push(json!({"touchpoint": format!("tp-{i}"), "kind": "quote", "text": "“Ik werd van het kastje naar de muur gestuurd.”", "source": "Klantpanel", "date": "2025-03"}));
        }
        points.push(point);
    }
    let mut transitions = Vec::new();
    for i in 0..n - 1 {
        let next = i + 1;
        let skip = i + 2;
        if skip >= n {
            transitions.push(json!({"from": format!("tp-{i}"), "to": format!("tp-{next}")}));
        } else if i >= 3 && i % 10 == 7 {
            transitions
                .push(json!({"from": format!("tp-{i}"), "to": format!("tp-{next}"), "share": 75}));
            transitions
                .push(json!({"from": format!("tp-{i}"), "to": format!("tp-{skip}"), "share": 15}));
            transitions.push(json!({"from": format!("tp-{i}"), "to": format!("tp-{}", i - 3), "share": 10, "kind": "loop", "label": "tenant calls again"}));
        } else if i % 4 == 1 {
            transitions
                .push(json!({"from": format!("tp-{i}"), "to": format!("tp-{next}"), "share": 85}));
            transitions.push(json!({"from": format!("tp-{i}"), "to": format!("tp-{skip}"), "share": 15, "kind": "handoff"}));
        } else {
            transitions.push(json!({"from": format!("tp-{i}"), "to": format!("tp-{next}")}));
        }
    }
    json!({
        "id": id,
        "title": format!("Synthetic journey {id}"),
        "language": if seed % 2 == 0 { "nl" } else { "en" },
        "organisation": "Woonstichting Benchmark",
        "description": "A generated journey for benchmarks.",
        "personas": [{"name": "Joeri", "age": 21, "description": "First own home", "goal": "Keys and a good start"}],
        "stages": stages,
        "actors": actors,
        "touchpoints": points,
        "transitions": transitions,
        "evidence": evidence
    })
}

/// Writes `count` journeys of `touchpoints` touchpoints each into `dir` as `journey-NNNN.json`.
pub fn write_journeys(
    dir: &std::path::Path,
    count: usize,
    touchpoints: usize,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for i in 0..count {
        let id = format!("journey-{i:04}");
        std::fs::write(
            dir.join(format!("{id}.json")),
            journey_json(&id, touchpoints, i as u64),
        )?;
    }
    Ok(())
}

/// A small linear congruential generator: deterministic, no dependency, good enough to vary data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::load::{LoadOptions, load_text};

    #[test]
    fn synthetic_journeys_load_without_problems() {
        let names = crate::rules::rule_names();
        for (n, seed) in [(3, 0), (100, 1), (250, 7)] {
            let text = super::journey_json("j", n, seed);
            let (journey, problems) = load_text(
                Path::new("j.json"),
                text,
                &LoadOptions {
                    rule_names: &names,
                    ..Default::default()
                },
            );
            assert!(
                problems.is_empty(),
                "{:?}",
                problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
            assert_eq!(journey.unwrap().journey.touchpoints.len(), n);
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(
            super::journey_json("j", 50, 3),
            super::journey_json("j", 50, 3)
        );
        assert_ne!(
            super::journey_json("j", 50, 3),
            super::journey_json("j", 50, 4)
        );
    }
}
