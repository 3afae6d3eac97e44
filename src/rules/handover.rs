//! What rules about refusals share: whether a "not our task" is followed by a warm handover.
//!
//! A warm handover means the tenant is not sent off to find the right door alone: every way on
//! from the no passes the tenant to another party (a handoff) where a named person takes them
//! on (`attention.named_contact` at the next touchpoint). A touchpoint with no way on has no
//! handover at all.

use crate::graph::JourneyGraph;
use crate::model::Journey;

/// True when every step out of touchpoint `i` is a handoff to a named person, and there is one.
pub(crate) fn warm_handover(journey: &Journey, graph: &JourneyGraph, i: usize) -> bool {
    let mut steps = graph.steps_from(i).peekable();
    steps.peek().is_some()
        && steps.all(|step| {
            step.handoff
                && journey.touchpoints[step.to].attention_given().named_contact == Some(true)
        })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::warm_handover;
    use crate::graph::JourneyGraph;
    use crate::rules::testing::journey;

    fn warm(touchpoints: serde_json::Value, transitions: serde_json::Value) -> bool {
        let j = journey(touchpoints, transitions);
        let graph = JourneyGraph::new(&j);
        warm_handover(&j, &graph, 0)
    }

    #[test]
    fn a_handoff_to_a_named_person_is_warm() {
        assert!(warm(
            json!([{"id": "no"}, {"id": "wmo", "actor": "fix", "attention": {"named_contact": true}}]),
            json!([{"from": "no", "to": "wmo"}])
        ));
    }

    #[test]
    fn no_way_on_a_nameless_handoff_or_one_cold_branch_is_not() {
        assert!(!warm(json!([{"id": "no"}]), json!([])));
        assert!(!warm(
            json!([{"id": "no"}, {"id": "wmo", "actor": "fix"}]),
            json!([{"from": "no", "to": "wmo"}])
        ));
        assert!(!warm(
            json!([
                {"id": "no"},
                {"id": "wmo", "actor": "fix", "attention": {"named_contact": true}},
                {"id": "alone", "actor": "fix"}
            ]),
            json!([{"from": "no", "to": "wmo"}, {"from": "no", "to": "alone"}])
        ));
    }
}
