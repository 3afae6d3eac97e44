//! Issue 9, the graph part: shapes that crashed tjm, blew up its run time, or gave wrong
//! figures. The small repro files are fixtures; the large shapes are generated here.

use serde_json::{Value, json};

use tjm::synthetic::shapes;

use crate::support::TjmTest;

/// Runs `tjm check` with `args` on fixture `name` from `robustness/`.
fn check_fixture(name: &str, args: &[&str]) -> crate::support::Run {
    let test = TjmTest::new();
    test.copy_fixture(&format!("robustness/{name}"), name);
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.push(name);
    let run = test.run(&all);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

/// A shape journey as text, the touchpoints at `outcomes` with an outcome.
fn journey(id: &str, n: usize, transitions: Vec<Value>, outcomes: &[usize]) -> String {
    shapes::journey(id, n, transitions, |i| outcomes.contains(&i)).to_string()
}

fn chain(id: &str, n: usize) -> String {
    shapes::chain(id, n).to_string()
}

#[test]
fn tenants_trapped_in_a_loop_are_an_input_problem() {
    // Item 6: a 100% loop whose only way out has a share of 0 was "0.0 contacts, index 100".
    let run = check_fixture("cycle_100_exit0.json", &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("tenants who reach `t0` and `t1` can never leave them"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("cycle_100_exit0.json:53:16"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("transitions[2].share"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "give tenants a way out of this loop: lower the share of `t1` → `t0` (100%) or give"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("index 100"), "{}", run.stdout);
}

#[test]
fn a_full_self_loop_is_an_input_problem() {
    // Item 6: a touchpoint that sends 100% back to itself.
    let run = check_fixture("selfloop_100_exit0.json", &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("tenants who reach `t1` can never leave it"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`t2` a share above 0"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_partial_exit_with_an_outcome_is_an_end() {
    // Item 7: shares under 100 at a touchpoint with an outcome: the other half finish there.
    let run = check_fixture("partial_share_exit_rejected.json", &["--format", "json"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    let summary = &out["journeys"][0]["summary"];
    assert_eq!(summary["ends"], json!(["t2"]), "{summary}");
    assert_eq!(summary["main_path"], json!(["t0", "t1", "t2"]), "{summary}");
    assert_eq!(summary["main_path_probability"], json!(0.5), "{summary}");
    // Every touchpoint is passed twice on average: 1 / 0.5.
    assert_eq!(summary["expected_contacts"], json!(6.0), "{summary}");
    let codes: Vec<&str> = out["journeys"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"dead-end"), "{codes:?}");
}

#[test]
fn a_partial_exit_without_an_outcome_is_a_dead_end() {
    // Item 7, consistently: where some tenants finish, they need an outcome too.
    let test = TjmTest::new();
    let steps = vec![
        json!({"from": "t0", "to": "t1", "share": 70}),
        json!({"from": "t1", "to": "t2"}),
    ];
    test.write("j.json", journey("partial", 3, steps, &[2]));
    let run = test.run(&["check", "j.json"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(
        all.contains("the journey ends at “Step 0” without an outcome for the tenant"),
        "{all}"
    );
}

#[test]
fn a_60000_touchpoint_chain_does_not_overflow_the_stack() {
    // Item 1: the recursive depth-first search aborted with a stack overflow (exit 134).
    let test = TjmTest::new();
    test.write("chain.json", chain("chain", 60_000));
    let run = test.run(&["check", "--brief", "chain.json"]);
    // Warnings only (no aftercare), so 0; an overflow is 134.
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("main path 60,000 touchpoints (100% of tenants)"),
        "{}",
        run.stdout
    );
}

#[test]
fn two_long_chains_on_worker_threads_do_not_overflow_the_stack() {
    // Item 1: with two journeys analysed in parallel the limit dropped to 12,000.
    let test = TjmTest::new();
    test.write("two/c0.json", chain("chain0", 12_000));
    test.write("two/c1.json", chain("chain1", 12_000));
    let run = test.run(&["check", "--brief", "two"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("checked 2 journeys"), "{}", run.stdout);
}

#[test]
fn a_large_loop_with_a_small_exit_gets_exact_figures() {
    // Item 3: 3,000 touchpoints round a loop with a 10% exit (beyond the dense solve): each
    // is passed 1 / 0.1 = 10 times, 30,001 contacts in all with the end.
    let n = 3_000;
    let mut steps: Vec<Value> = (1..n)
        .map(|i| json!({"from": format!("t{}", i - 1), "to": format!("t{i}")}))
        .collect();
    steps.push(json!({"from": format!("t{}", n - 1), "to": "t0", "share": 90}));
    steps.push(json!({"from": format!("t{}", n - 1), "to": format!("t{n}"), "share": 10}));
    let test = TjmTest::new();
    test.write("loop.json", journey("loop", n + 1, steps, &[n]));
    let run = test.run(&["check", "--format", "json", "loop.json"]);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    let summary = &out["journeys"][0]["summary"];
    assert_eq!(summary["expected_contacts"], json!(30001.0), "{summary}");
}

#[test]
fn a_trap_names_the_loop_not_the_way_in() {
    // Item 6: t0 leads into a loop t1 … t10 that only a 0% share leaves; the problem names the
    // loop's touchpoints (a few, then how many more), not t0.
    let mut steps: Vec<Value> = (1..=10)
        .map(|i| json!({"from": format!("t{}", i - 1), "to": format!("t{i}")}))
        .collect();
    steps.push(json!({"from": "t10", "to": "t1", "share": 100}));
    steps.push(json!({"from": "t10", "to": "t11", "share": 0}));
    let test = TjmTest::new();
    test.write("trap.json", journey("trap", 12, steps, &[11]));
    let run = test.run(&["check", "trap.json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("tenants who reach `t1`, `t2`, `t3` and 7 more can never leave them"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("can never leave").count(),
        1,
        "{}",
        run.stderr
    );
}
