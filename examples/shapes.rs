//! Writes journey files of pathological graph shapes, each valid and under the 16 MB cap, for
//! checking that tjm stays linear in time and memory (the robustness issue):
//! `cargo run --release --example shapes -- OUT`, then for each shape
//! `/usr/bin/time -v target/release/tjm check --brief OUT/SHAPE`.
//!
//! - `chain_60000.json`: a straight chain of 60,000 touchpoints (depth of any recursion);
//! - `two_chains/`: two chains of 12,000 (recursion on worker threads);
//! - `loop_30000.json`: one loop of 30,000 touchpoints with a 10% exit (one huge loop to solve);
//! - `star_150000.json`: a start with 150,000 ends (rules that walk from every end);
//! - `parallel_30000.json`: 30,000 transitions between the same two touchpoints, indented
//!   (one diagnostic each).

use std::fs;
use std::path::Path;

use serde_json::{Value, json};
use tjm::synthetic::shapes::{chain, journey, step};

fn write(path: &Path, journey: &Value, indent: bool) -> std::io::Result<()> {
    let text = if indent {
        serde_json::to_string_pretty(journey)?
    } else {
        serde_json::to_string(journey)?
    };
    fs::write(path, text)
}

fn main() -> std::io::Result<()> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/shapes".into());
    let out = Path::new(&out);
    fs::create_dir_all(out.join("two_chains"))?;

    write(
        &out.join("chain_60000.json"),
        &chain("chain", 60_000),
        false,
    )?;
    for k in 0..2 {
        let path = out.join(format!("two_chains/c{k}.json"));
        write(&path, &chain(&format!("chain{k}"), 12_000), false)?;
    }

    let n = 30_000;
    let mut steps: Vec<Value> = (1..n).map(|i| step(i - 1, i)).collect();
    steps.push(json!({"from": format!("t{}", n - 1), "to": "t0", "share": 90}));
    steps.push(json!({"from": format!("t{}", n - 1), "to": "end", "share": 10}));
    let mut ring = journey("loop", n, steps, |_| false);
    ring["touchpoints"]
        .as_array_mut()
        .expect("touchpoints")
        .push(json!({"id": "end", "stage": "s", "title": "End", "actor": "a", "outcome": "done"}));
    write(&out.join("loop_30000.json"), &ring, false)?;

    let n = 150_000;
    let star = journey("star", n + 1, (1..=n).map(|i| step(0, i)).collect(), |i| {
        i > 0
    });
    write(&out.join("star_150000.json"), &star, false)?;

    let parallel: Vec<Value> = (0..30_000)
        .map(|i| json!({"from": "t0", "to": "t1", "label": format!("edge {i}")}))
        .collect();
    let parallel = journey("parallel", 2, parallel, |i| i == 1);
    write(&out.join("parallel_30000.json"), &parallel, true)?;

    println!("wrote shapes to {}", out.display());
    Ok(())
}
