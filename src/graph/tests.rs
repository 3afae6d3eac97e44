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
