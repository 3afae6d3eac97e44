//! `tjm fmt`: the canonical, lossless layout of journey files.

use std::path::Path;

use proptest::prelude::*;
use tjm::authoring::format::canonical_touchpoint_order;
use tjm::authoring::format_text;
use tjm::load::{LoadOptions, load_text};
use tjm::model::Journey;

use crate::support::{TjmTest, file_names, repo};

fn load(text: &str) -> Journey {
    let (journey, problems) = load_text(
        Path::new("p.json"),
        text.to_owned(),
        &LoadOptions::default(),
    );
    assert!(problems.is_empty(), "{problems:#?}\n{text}");
    journey.unwrap().journey
}

fn fmt(text: &str) -> String {
    format_text(Path::new("p.json"), text).expect("formats")
}

// Every shipped journey loads to the same model after formatting, and formatting twice is a no-op.
#[test]
fn shipped_journeys_are_stable() {
    let mut seen = 0;
    for entry in std::fs::read_dir(repo().join("journeys")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let once = fmt(&text);
        assert_eq!(fmt(&once), once, "{}", path.display());
        let mut expected = load(&text);
        canonical_touchpoint_order(&mut expected);
        assert_eq!(load(&once), expected, "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 6, "only {seen} shipped journeys");
}

// Through the CLI: the first run may format, a second run changes no byte and --check passes.
#[test]
fn fmt_twice_on_shipped_journeys_is_a_no_op() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let first = test.run(&["fmt"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let snapshot: Vec<(String, String)> = shipped_names()
        .into_iter()
        .map(|name| {
            let text = test.read(&format!("journeys/{name}"));
            (name, text)
        })
        .collect();
    let second = test.run(&["fmt", "journeys"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(!second.stdout.contains("formatted"), "{}", second.stdout);
    for (name, text) in snapshot {
        assert_eq!(test.read(&format!("journeys/{name}")), text, "{name}");
    }
    let check = test.run(&["fmt", "--check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
}

fn shipped_names() -> Vec<String> {
    file_names(&repo().join("journeys"), ".json")
}

// `80.0`, `7.50`, `2e1`, `\u00e9` and surrogate-pair escapes, and non-ASCII text survive as written.
#[test]
fn keeps_numbers_escapes_and_unicode_as_written() {
    let test = TjmTest::new();
    test.copy_fixture("fmt/messy.json", "journeys/messy.json");
    let run = test.run(&["fmt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("formatted journeys/messy.json"),
        "{}",
        run.stdout
    );
    let out = test.read("journeys/messy.json");
    for kept in [
        "\"share\": 80.0",
        "\"share\": 2e1",
        "\"grade\": 7.50",
        r#""Monteur caf\u00e9 \ud83d\ude00""#,
        "\"Melding bij het café\"",
        r#""note": "\"Eindelijk\" — zei ze""#,
    ] {
        assert!(out.contains(kept), "lost {kept}:\n{out}");
    }
    // Keys in model order, and `terugbellen` (stage melden) moved before `bezoek` (stage herstel).
    assert!(
        out.starts_with("{\n  \"id\": \"rommel\",\n  \"title\""),
        "{out}"
    );
    assert!(out.find("\"id\": \"terugbellen\"") < out.find("\"id\": \"bezoek\""));
    let original = std::fs::read_to_string(crate::support::fixture("fmt/messy.json")).unwrap();
    let mut expected = load(&original);
    canonical_touchpoint_order(&mut expected);
    assert_eq!(load(&out), expected);
}

// --check lists the file, exits 1 and changes nothing.
#[test]
fn check_lists_files_and_changes_nothing() {
    let test = TjmTest::new();
    test.copy_fixture("fmt/messy.json", "journeys/messy.json");
    let before = test.read("journeys/messy.json");
    let run = test.run(&["fmt", "--check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("would reformat journeys/messy.json"),
        "{}",
        run.stdout
    );
    assert_eq!(test.read("journeys/messy.json"), before);
}

// A broken file is left untouched with its diagnostic (exit 2); the valid file beside it is formatted.
#[test]
fn broken_file_is_untouched() {
    let test = TjmTest::new();
    test.copy_fixture("fmt/broken.json", "journeys/broken.json");
    test.copy_fixture("fmt/messy.json", "journeys/messy.json");
    let before = test.read("journeys/broken.json");
    let run = test.run(&["fmt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("journeys/broken.json"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("unknown field `emtion`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 file left untouched"),
        "{}",
        run.stderr
    );
    assert_eq!(test.read("journeys/broken.json"), before);
    assert!(test.read("journeys/messy.json").starts_with("{\n  \"id\""));
}

// A path that does not exist is reported by name with exit 2.
#[test]
fn missing_path_is_reported() {
    let test = TjmTest::new();
    let run = test.run(&["fmt", "nowhere.json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("nowhere.json does not exist"),
        "{}",
        run.stderr
    );
}

// An unreadable file is reported by name with exit 2.
#[cfg(target_os = "linux")]
#[test]
fn unreadable_file_is_reported() {
    // Permissions cannot make a file unreadable for root (CI runs as root), so read a file
    // that fails for everyone: /proc/self/mem at offset 0 gives an I/O error.
    let test = TjmTest::new();
    let run = test.run(&["fmt", "/proc/self/mem"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot read /proc/self/mem"),
        "{}",
        run.stderr
    );
}

// Formatting keeps the file's permissions.
#[cfg(unix)]
#[test]
fn keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let test = TjmTest::new();
    let path = test.copy_fixture("fmt/messy.json", "journeys/messy.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let run = test.run(&["fmt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert!(test.read("journeys/messy.json").starts_with("{\n  \"id\""));
}

// ---- property test: random valid journeys in random layouts ----

/// Writes a JSON value with keys in a shuffled order and random whitespace.
fn scramble(value: &serde_json::Value, seed: &mut u64, out: &mut String) {
    fn rand(seed: &mut u64, n: usize) -> usize {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((*seed >> 33) as usize) % n.max(1)
    }
    fn ws(pick: usize) -> &'static str {
        ["", " ", "\n", "\t", "\n    ", "  "][pick % 6]
    }
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            for i in (1..entries.len()).rev() {
                let j = rand(seed, i + 1);
                entries.swap(i, j);
            }
            out.push('{');
            for (i, (key, value)) in entries.iter().enumerate() {
                out.push_str(ws(rand(seed, 6)));
                out.push_str(&serde_json::to_string(key).unwrap());
                out.push_str(ws(rand(seed, 6)));
                out.push(':');
                out.push_str(ws(rand(seed, 6)));
                scramble(value, seed, out);
                if i + 1 < entries.len() {
                    out.push(',');
                }
            }
            out.push_str(ws(rand(seed, 6)));
            out.push('}');
        }
        serde_json::Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(ws(rand(seed, 6)));
                scramble(item, seed, out);
                if i + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push_str(ws(rand(seed, 6)));
            out.push(']');
        }
        serde_json::Value::String(s) => {
            let literal = serde_json::to_string(s).unwrap();
            // Sometimes write é as an escape, to check escapes survive.
            if rand(seed, 2) == 0 {
                out.push_str(&literal.replace('é', "\\u00e9"));
            } else {
                out.push_str(&literal);
            }
        }
        other => out.push_str(&other.to_string()),
    }
}

prop_compose! {
    fn touchpoint(i: usize, stages: usize, actors: usize)(
        stage in 0..stages,
        actor in 0..actors,
        title in "[a-zA-Z é€\"\\\\]{1,10}",
        emotion in proptest::option::of((-3i8..=3, proptest::option::of("[a-z é]{0,6}"))),
        wait in proptest::option::of((1u32..30, prop::sample::select(vec!["days", "weken", "werkdagen", "hours"]))),
        channel in proptest::option::of(prop::sample::select(vec!["phone", "desk", "home_visit", "letter"])),
        milestone in any::<bool>(),
        acknowledged in proptest::option::of(any::<bool>()),
        friendliness in proptest::option::of(1u8..=5),
    ) -> serde_json::Value {
        let mut tp = serde_json::json!({
            "id": format!("t{i}"),
            "stage": format!("s{stage}"),
            "title": title,
            "actor": format!("a{actor}"),
        });
        let map = tp.as_object_mut().unwrap();
        if let Some((score, note)) = emotion {
            let mut e = serde_json::json!({"score": score});
            if let Some(note) = note { e["note"] = note.into(); }
            map.insert("emotion".into(), e);
        }
        if let Some((n, unit)) = wait { map.insert("wait".into(), format!("{n} {unit}").into()); }
        if let Some(c) = channel { map.insert("channel".into(), c.into()); }
        if milestone { map.insert("milestone".into(), true.into()); }
        let mut attention = serde_json::Map::new();
        if let Some(a) = acknowledged { attention.insert("acknowledged".into(), a.into()); }
        if let Some(f) = friendliness { attention.insert("friendliness".into(), f.into()); }
        if !attention.is_empty() { map.insert("attention".into(), attention.into()); }
        tp
    }
}

fn journey() -> impl Strategy<Value = serde_json::Value> {
    (1usize..4, 1usize..3, 1usize..6, any::<bool>(), any::<bool>())
        .prop_flat_map(|(stages, actors, n, with_start, with_shares)| {
            let tps: Vec<_> = (0..n).map(|i| touchpoint(i, stages, actors)).collect();
            (Just((stages, actors, n, with_start, with_shares)), tps, 0u8..=100)
        })
        .prop_map(|((stages, actors, n, with_start, with_shares), tps, share)| {
            let transitions: Vec<_> = (1..n)
                .map(|i| {
                    let mut t = serde_json::json!({"from": format!("t{}", i - 1), "to": format!("t{i}")});
                    if with_shares {
                        t["share"] = serde_json::json!(f64::from(share));
                    }
                    t
                })
                .collect();
            let mut j = serde_json::json!({
                "$schema": "../schema/journey.schema.json",
                "id": "prop",
                "title": "Eigenschap é",
                "language": "nl",
                "stages": (0..stages).map(|s| serde_json::json!({"id": format!("s{s}"), "title": format!("Fase {s}")})).collect::<Vec<_>>(),
                "actors": (0..actors).map(|a| serde_json::json!({"id": format!("a{a}"), "name": format!("Actor {a}"), "kind": "department"})).collect::<Vec<_>>(),
                "touchpoints": tps,
                "transitions": transitions,
            });
            if with_start {
                j["start"] = "t0".into();
            }
            j
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    // load → fmt → load gives the same journey (touchpoints in canonical order), and fmt is idempotent.
    #[test]
    fn formatting_is_lossless(value in journey(), seed in any::<u64>()) {
        let mut seed = seed;
        let mut text = String::new();
        scramble(&value, &mut seed, &mut text);
        let mut expected = load(&text);
        let formatted = fmt(&text);
        canonical_touchpoint_order(&mut expected);
        prop_assert_eq!(load(&formatted), expected);
        prop_assert_eq!(fmt(&formatted), formatted.clone());
        prop_assert!(formatted.ends_with(&format!("{}\n", '}')), "final newline");
    }
}
