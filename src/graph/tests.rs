use serde_json::json;

use super::JourneyGraph;
use crate::model::Journey;

/// A journey from touchpoints `(id, actor)` and transitions `(from, to, share, kind)`.
fn journey(
    touchpoints: &[(&str, &str)],
    transitions: &[(&str, &str, Option<f64>, &str)],
) -> Journey {
    serde_json::from_value(json!({
        "id": "j", "title": "J",
        "stages": [{"id": "s", "title": "S"}],
        "actors": [
            {"id": "tenant", "name": "Tenant", "kind": "tenant"},
            {"id": "kcc", "name": "KCC", "kind": "department"},
            {"id": "plan", "name": "Planning", "kind": "department", "backstage": true},
            {"id": "fix", "name": "Contractor", "kind": "contractor"}
        ],
        "touchpoints": touchpoints.iter().map(|(id, actor)| json!({"id": id, "stage": "s", "title": id, "actor": actor})).collect::<Vec<_>>(),
        "transitions": transitions.iter().map(|(from, to, share, kind)| json!({"from": from, "to": to, "share": share, "kind": kind})).collect::<Vec<_>>(),
    }))
    .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_straight_line_is_visited_once_each() {
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc")],
        &[("a", "b", None, "next"), ("b", "c", None, "next")],
    );
    let g = JourneyGraph::new(&j);
    assert_eq!(g.start(), 0);
    assert_eq!(g.ends(), &[2]);
    assert_eq!(g.main_path(), &[0, 1, 2]);
    assert_eq!(g.expected_visits(), &[1.0, 1.0, 1.0]);
    assert!(close(g.expected_contacts(), 3.0));
    assert!(close(g.expected_handoffs(), 0.0));
}

#[test]
fn a_repeat_visit_loop_is_solved_exactly() {
    // visit → done 70%, visit → again 30%, again → visit 100%.
    // Visits to `visit` v = 1 + 0.3 v  ⇒  v = 1/0.7; `again` is visited 0.3 v = 3/7.
    let j = journey(
        &[
            ("report", "kcc"),
            ("visit", "fix"),
            ("again", "plan"),
            ("done", "kcc"),
        ],
        &[
            ("report", "visit", None, "next"),
            ("visit", "done", Some(70.0), "next"),
            ("visit", "again", Some(30.0), "next"),
            ("again", "visit", None, "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    let v = g.expected_visits();
    assert!(close(v[1], 1.0 / 0.7), "{v:?}");
    assert!(close(v[2], 0.3 / 0.7), "{v:?}");
    assert!(close(v[3], 1.0), "{v:?}");
    // contacts: report 1 + visit 10/7 + again 3/7 + done 1
    assert!(close(g.expected_contacts(), 2.0 + 13.0 / 7.0));
    // handoffs (actor changes between non-tenants): report→visit 1, visit→again 3/7,
    // again→visit 3/7, visit→done 1
    assert!(
        close(g.expected_handoffs(), 2.0 + 6.0 / 7.0),
        "{}",
        g.expected_handoffs()
    );
    // the back edge again → visit is a loop even though it is not marked as one
    let loops: Vec<(usize, usize)> = g.loops().map(|s| (s.from, s.to)).collect();
    assert_eq!(loops, vec![(2, 1)]);
    assert_eq!(g.main_path(), &[0, 1, 3]);
    assert!(close(g.main_path_probability(), 0.7));
}

#[test]
fn unset_shares_split_the_remainder_evenly() {
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc"), ("d", "kcc")],
        &[
            ("a", "b", Some(40.0), "next"),
            ("a", "c", None, "next"),
            ("a", "d", None, "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    let p: Vec<f64> = g.steps().map(|s| s.probability).collect();
    assert!(
        close(p[0], 0.4) && close(p[1], 0.3) && close(p[2], 0.3),
        "{p:?}"
    );
    assert_eq!(g.main_path(), &[0, 1]);
}

#[test]
fn handoffs_ignore_the_tenant_and_respect_marks() {
    let j = journey(
        &[("a", "kcc"), ("b", "tenant"), ("c", "plan"), ("d", "plan")],
        &[
            ("a", "b", None, "next"),
            ("b", "c", None, "next"),
            ("c", "d", None, "handoff"),
        ],
    );
    let g = JourneyGraph::new(&j);
    let handoffs: Vec<(usize, usize)> = g.handoffs().map(|s| (s.from, s.to)).collect();
    assert_eq!(handoffs, vec![(2, 3)]);
    // the tenant alone is not a contact
    assert!(close(g.expected_contacts(), 3.0));
}

#[test]
fn hit_probabilities_follow_the_branches() {
    // a → b 60% (b closes the loop), a → c 40%, c → b 50%, c → d 50%.
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc"), ("d", "kcc")],
        &[
            ("a", "b", Some(60.0), "next"),
            ("a", "c", Some(40.0), "next"),
            ("c", "b", Some(50.0), "next"),
            ("c", "d", Some(50.0), "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    let hits = g.hit_probabilities(|i| i == 1);
    assert!(close(hits[0], 0.8), "{hits:?}");
    assert!(close(hits[2], 0.5), "{hits:?}");
    assert!(close(hits[3], 0.0));
    assert!(close(g.probability_reaching_after(0, |i| i == 1), 0.8));
    assert!(g.reachable_avoiding(3, |i| i == 1));
    assert!(!g.reachable_avoiding(1, |i| i == 2 || i == 1));
    let after = g.reachable_after(2);
    assert_eq!(after, vec![false, true, false, true]);
}

/// A chain of `n` touchpoints `t0 → t1 → …`, the last one an end.
fn chain(n: usize) -> Journey {
    serde_json::from_value(json!({
        "id": "chain", "title": "Chain",
        "stages": [{"id": "s", "title": "S"}],
        "actors": [{"id": "kcc", "name": "KCC", "kind": "department"}],
        "touchpoints": (0..n).map(|i| json!({"id": format!("t{i}"), "stage": "s", "title": "t", "actor": "kcc"})).collect::<Vec<_>>(),
        "transitions": (1..n).map(|i| json!({"from": format!("t{}", i - 1), "to": format!("t{i}")})).collect::<Vec<_>>(),
    }))
    .unwrap()
}

#[test]
fn a_60000_touchpoint_chain_fits_a_small_stack() {
    // Issue 9 item 1: the recursive depth-first search overflowed any thread's stack here.
    let j = chain(60_000);
    let graph = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let g = JourneyGraph::new(&j);
            let reach = g.reachable_from_start_avoiding(|_| false);
            (
                g.ends().to_vec(),
                g.main_path().len(),
                g.expected_contacts(),
                reach[59_999],
            )
        })
        .unwrap()
        .join()
        .expect("analysing a long chain must not overflow the stack");
    assert_eq!(graph, (vec![59_999], 60_000, 60_000.0, true));
}

#[test]
fn a_large_loop_gets_the_same_figures_as_a_small_one() {
    // 200 touchpoints round a loop (beyond the dense solve) with a 10% exit at the last:
    // each is visited 1 / 0.1 = 10 times, and the end once.
    let n = 200;
    let mut touchpoints: Vec<(String, &str)> = (0..n).map(|i| (format!("t{i}"), "kcc")).collect();
    touchpoints.push(("end".into(), "kcc"));
    let mut transitions: Vec<(String, String, Option<f64>, &str)> = (1..n)
        .map(|i| (format!("t{}", i - 1), format!("t{i}"), None, "next"))
        .collect();
    transitions.push((format!("t{}", n - 1), "t0".into(), Some(90.0), "next"));
    transitions.push((format!("t{}", n - 1), "end".into(), Some(10.0), "next"));
    let tp: Vec<(&str, &str)> = touchpoints
        .iter()
        .map(|(id, a)| (id.as_str(), *a))
        .collect();
    let tr: Vec<(&str, &str, Option<f64>, &str)> = transitions
        .iter()
        .map(|(f, t, s, k)| (f.as_str(), t.as_str(), *s, *k))
        .collect();
    let g = JourneyGraph::new(&journey(&tp, &tr));
    assert_eq!(g.figures_problem(), None);
    let v = g.expected_visits();
    assert!(
        v[..n].iter().all(|&x| (x - 10.0).abs() < 1e-8),
        "{:?}",
        &v[..3]
    );
    assert!(close(v[n], 1.0), "{}", v[n]);
    let hits = g.hit_probabilities(|i| i == n);
    assert!(hits.iter().all(|&h| (h - 1.0).abs() < 1e-8));
    let loops: Vec<(usize, usize)> = g.loops().map(|s| (s.from, s.to)).collect();
    assert_eq!(loops, vec![(n - 1, 0)]);
}

#[test]
fn tenants_trapped_in_a_loop_are_an_error_not_zeros() {
    // Issue 9 item 6: a → b 100%, b → a 100%, b → c 0%: nobody ever reaches c.
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc")],
        &[
            ("a", "b", Some(100.0), "next"),
            ("b", "a", Some(100.0), "next"),
            ("b", "c", Some(0.0), "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    assert_eq!(
        g.figures_problem(),
        Some(&super::SolveError::Trapped {
            touchpoints: vec![0, 1]
        })
    );
    assert!(g.expected_contacts().is_nan());
    // Nobody gets out, so nobody reaches c: that zero is the true probability.
    assert_eq!(g.hit_probabilities(|i| i == 2), vec![0.0, 0.0, 1.0]);
}

#[test]
fn a_partial_exit_is_an_end_where_the_rest_finish() {
    // Issue 9 item 7: a → b, b → c, c → a 50%: the other half finish at c.
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc")],
        &[
            ("a", "b", None, "next"),
            ("b", "c", None, "next"),
            ("c", "a", Some(50.0), "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    assert_eq!(g.ends(), &[2]);
    assert!(close(g.leaving(2), 0.5) && close(g.leaving(1), 0.0));
    assert_eq!(g.main_path(), &[0, 1, 2]);
    assert!(close(g.main_path_probability(), 0.5));
    // Every touchpoint is passed 1 / 0.5 = 2 times.
    assert!(g.expected_visits().iter().all(|&v| close(v, 2.0)));
    assert_eq!(g.figures_problem(), None);
}

#[test]
fn the_main_path_weighs_how_many_finish_at_an_end() {
    // a → b 60%, a → c 40%; b lets 10% finish and sends 90% on to d. Finishing at d is
    // 0.6 · 0.9 = 54%, more likely than c (40%) or b (6%).
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc"), ("d", "kcc")],
        &[
            ("a", "b", Some(60.0), "next"),
            ("a", "c", Some(40.0), "next"),
            ("b", "d", Some(90.0), "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    assert_eq!(g.ends(), &[1, 2, 3]);
    assert_eq!(g.main_path(), &[0, 1, 3]);
    assert!(close(g.main_path_probability(), 0.54));
}

#[test]
fn one_walk_marks_everything_reachable_avoiding_a_set() {
    // a → b → d, a → c → d: blocking b still reaches d through c; blocking both does not.
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc"), ("d", "kcc")],
        &[
            ("a", "b", None, "next"),
            ("a", "c", None, "next"),
            ("b", "d", None, "next"),
            ("c", "d", None, "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    assert_eq!(
        g.reachable_from_start_avoiding(|i| i == 1),
        vec![true, false, true, true]
    );
    assert_eq!(
        g.reachable_from_start_avoiding(|i| i == 1 || i == 2),
        vec![true, false, false, false]
    );
    assert_eq!(g.reachable_from_start_avoiding(|i| i == 0), vec![false; 4]);
}

#[test]
fn reaches_later_agrees_with_reachable_after() {
    // a → b → c → b (a loop), a → d: from b and c the loop reaches b again; d reaches nothing.
    let j = journey(
        &[("a", "kcc"), ("b", "kcc"), ("c", "kcc"), ("d", "kcc")],
        &[
            ("a", "b", None, "next"),
            ("b", "c", None, "next"),
            ("c", "b", None, "next"),
            ("a", "d", None, "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    for target in 0..4 {
        let later = g.reaches_later(|i| i == target);
        for (from, &reaches) in later.iter().enumerate() {
            assert_eq!(
                reaches,
                g.reachable_after(from)[target],
                "{from} → {target}"
            );
        }
    }
    assert_eq!(g.reaches_later(|i| i == 1), vec![true, true, true, false]);
}

/// A journey straight from JSON touchpoints and transitions, for fields the tuple helper
/// does not cover (`absent`, a missing actor, a list of kinds).
fn journey_json(touchpoints: serde_json::Value, transitions: serde_json::Value) -> Journey {
    let mut touchpoints = touchpoints;
    for t in touchpoints.as_array_mut().unwrap() {
        let object = t.as_object_mut().unwrap();
        object.entry("stage").or_insert(json!("s"));
        let id = object["id"].clone();
        object.entry("title").or_insert(id);
    }
    serde_json::from_value(json!({
        "id": "j", "title": "J",
        "stages": [{"id": "s", "title": "S"}],
        "actors": [
            {"id": "tenant", "name": "Tenant", "kind": "tenant"},
            {"id": "kcc", "name": "KCC", "kind": "department"},
            {"id": "fix", "name": "Contractor", "kind": "contractor"}
        ],
        "touchpoints": touchpoints,
        "transitions": transitions,
    }))
    .unwrap()
}

#[test]
fn an_absent_step_is_passed_through_but_is_no_contact() {
    // report → visit; visit → done 60%, visit → callback 40% (absent); callback → again
    // (loop back to visit). Visits: report 1, visit v = 1 + 0.4 v ⇒ v = 5/3, callback
    // 0.4 v = 2/3, done 1. Contacts: report + visit + done = 1 + 5/3 + 1 = 11/3; with the
    // call-back counted it would be 13/3.
    let j = journey_json(
        json!([
            {"id": "report", "actor": "kcc"},
            {"id": "visit", "actor": "fix"},
            {"id": "callback", "actor": "kcc", "absent": true},
            {"id": "done", "actor": "kcc"}
        ]),
        json!([
            {"from": "report", "to": "visit"},
            {"from": "visit", "to": "done", "share": 60},
            {"from": "visit", "to": "callback", "share": 40},
            {"from": "callback", "to": "visit", "kind": "loop"}
        ]),
    );
    let g = JourneyGraph::new(&j);
    let visits = g.expected_visits();
    assert!(close(visits[1], 5.0 / 3.0), "{visits:?}");
    assert!(close(visits[2], 2.0 / 3.0), "{visits:?}");
    assert!(
        close(g.expected_contacts(), 11.0 / 3.0),
        "{}",
        g.expected_contacts()
    );
    // The path through the gap is still a path: the call-back reaches the visit again.
    assert!(g.reachable_after(2)[1]);
}

#[test]
fn an_unknown_actor_is_not_a_handoff() {
    // kcc → unknown → (no actor) → fix: no two known actors meet on a step, so no handoff;
    // the file's own "handoff" still counts.
    let j = journey_json(
        json!([
            {"id": "a", "actor": "kcc"},
            {"id": "b", "actor": "unknown"},
            {"id": "c"},
            {"id": "d", "actor": "onbekend"},
            {"id": "e", "actor": "fix"}
        ]),
        json!([
            {"from": "a", "to": "b"},
            {"from": "b", "to": "c"},
            {"from": "c", "to": "d"},
            {"from": "d", "to": "e", "kind": "handoff"}
        ]),
    );
    let g = JourneyGraph::new(&j);
    let handoffs: Vec<_> = g.handoffs().map(|s| (s.from, s.to)).collect();
    assert_eq!(handoffs, [(3, 4)]);
    assert!(close(g.expected_handoffs(), 1.0));
    assert_eq!(j.touchpoints[2].known_actor(), None);
    assert_eq!(j.touchpoints[4].known_actor(), Some("fix"));
}

#[test]
fn a_transition_can_be_a_handoff_and_a_loop() {
    // "Sent to the contractor and starting again": one step, both kinds, and both counted.
    let j = journey_json(
        json!([
            {"id": "call", "actor": "kcc"},
            {"id": "again", "actor": "kcc"},
            {"id": "done", "actor": "kcc"}
        ]),
        json!([
            {"from": "call", "to": "again", "share": 20, "kind": ["handoff", "loop"]},
            {"from": "call", "to": "done", "share": 80},
        ]),
    );
    let g = JourneyGraph::new(&j);
    let step = g.steps().next().unwrap();
    assert!(step.handoff && step.loop_back, "{step:?}");
    assert_eq!(g.loops().count(), 1);
    assert!(close(g.expected_handoffs(), 0.2));
    // One kind is still written as a word, several as a list, in the file's order.
    let out = serde_json::to_value(&j.transitions).unwrap();
    assert_eq!(out[0]["kind"], json!(["handoff", "loop"]));
    assert!(out[1].get("kind").is_none());
    let single: crate::model::Transition =
        serde_json::from_value(json!({"from": "a", "to": "b", "kind": "handoff"})).unwrap();
    assert_eq!(
        serde_json::to_value(&single).unwrap()["kind"],
        json!("handoff")
    );
}

#[test]
fn a_typo_in_a_kind_keeps_the_list_of_kinds() {
    let error = serde_json::from_value::<crate::model::Transition>(
        json!({"from": "a", "to": "b", "kind": ["handof"]}),
    )
    .unwrap_err()
    .to_string();
    assert!(error.contains("unknown variant `handof`"), "{error}");
    assert!(error.contains("`handoff`"), "{error}");
}

#[test]
fn the_share_passing_a_moment_on_a_loop_counts_each_tenant_once() {
    // visit → done 70%, visit → again 30%, again → visit; `again` also loops on itself half
    // the time. 30% of tenants reach `again`, every tenant reaches `visit`.
    let j = journey(
        &[
            ("report", "kcc"),
            ("visit", "fix"),
            ("again", "plan"),
            ("done", "kcc"),
        ],
        &[
            ("report", "visit", None, "next"),
            ("visit", "done", Some(70.0), "next"),
            ("visit", "again", Some(30.0), "next"),
            ("again", "again", Some(50.0), "next"),
            ("again", "visit", Some(50.0), "next"),
        ],
    );
    let g = JourneyGraph::new(&j);
    let loops = g.loop_components();
    assert_eq!(loops.of(0), None);
    assert_eq!(loops.of(1), Some(&[1, 2][..]));
    assert_eq!(loops.of(2), Some(&[1, 2][..]));
    assert!(g.expected_visits()[2] > 0.6, "{:?}", g.expected_visits());
    let share = |t| g.share_passing(t, &loops, 10).unwrap();
    assert!(close(share(0), 1.0));
    assert!(close(share(1), 1.0), "{}", share(1));
    assert!(close(share(2), 0.3), "{}", share(2));
    assert!(close(share(3), 1.0));
    // a loop larger than the caller allows is not solved
    assert_eq!(g.share_passing(2, &loops, 1), None);
}

proptest::proptest! {
    /// The loop-only solve agrees with the chance to reach the moment from the start, solved
    /// over the whole journey, on chains with random steps back and forth.
    #[test]
    fn the_share_passing_a_moment_agrees_with_the_whole_journey_solve(
        n in 2usize..12,
        extra in proptest::collection::vec((0usize..11, 0usize..12, 1u8..100), 0..20),
    ) {
        let names: Vec<String> = (0..n).map(|i| format!("t{i}")).collect();
        let touchpoints: Vec<(&str, &str)> = names.iter().map(|id| (id.as_str(), "kcc")).collect();
        let mut steps: Vec<(usize, usize)> = (1..n).map(|i| (i - 1, i)).collect();
        // the last touchpoint stays an end, so every tenant can finish
        steps.extend(extra.iter().map(|&(from, to, _)| (from % (n - 1), to % n)));
        steps.sort_unstable();
        steps.dedup();
        let transitions: Vec<(&str, &str, Option<f64>, &str)> = steps
            .iter()
            .map(|&(from, to)| (names[from].as_str(), names[to].as_str(), None, "next"))
            .collect();
        let g = JourneyGraph::new(&journey(&touchpoints, &transitions));
        let loops = g.loop_components();
        for t in 0..n {
            let whole = g.hit_probabilities(|i| i == t)[g.start()];
            let share = g.share_passing(t, &loops, n).unwrap();
            proptest::prop_assert!((share - whole).abs() < 1e-9, "t{t}: {share} against {whole}");
        }
    }
}

proptest::proptest! {
    /// Walking the journey's components once worked out gives the hit probabilities a
    /// system of the whole journey gives, for any targets: on chains with random steps back
    /// and forth, steps to themselves, and steps nobody takes.
    #[test]
    fn hit_probabilities_agree_with_the_whole_journey_system(
        n in 2usize..12,
        extra in proptest::collection::vec((0usize..11, 0usize..12, proptest::bool::ANY), 0..24),
        targets in proptest::collection::vec(proptest::bool::ANY, 12),
    ) {
        let names: Vec<String> = (0..n).map(|i| format!("t{i}")).collect();
        let touchpoints: Vec<(&str, &str)> = names.iter().map(|id| (id.as_str(), "kcc")).collect();
        // the chain always carries tenants on, so every tenant can finish at the last one
        let mut steps: Vec<(usize, usize, bool)> = (1..n).map(|i| (i - 1, i, false)).collect();
        for &(from, to, nobody) in &extra {
            let (from, to) = (from % (n - 1), to % n);
            if !steps.iter().any(|&(f, t, _)| (f, t) == (from, to)) {
                steps.push((from, to, nobody));
            }
        }
        let transitions: Vec<(&str, &str, Option<f64>, &str)> = steps
            .iter()
            .map(|&(from, to, nobody)| {
                let share = nobody.then_some(0.0);
                (names[from].as_str(), names[to].as_str(), share, "next")
            })
            .collect();
        let g = JourneyGraph::new(&journey(&touchpoints, &transitions));
        let target = |i: usize| targets[i];
        let walked = super::markov::hit_probabilities(&g, &target).unwrap();
        let whole = super::markov::hit_probabilities_by_system(&g, &target).unwrap();
        for (i, (a, b)) in walked.iter().zip(&whole).enumerate() {
            proptest::prop_assert!((a - b).abs() < 1e-12, "t{i}: {a} against {b}");
        }
    }
}
