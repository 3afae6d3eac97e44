//! Positions by id: which touchpoint, stage or actor an id names. Built once per journey (the
//! graph keeps one), instead of every module building its own `HashMap<&str, usize>`.

use foldhash::{HashMap, HashMapExt};

use super::Journey;

/// The index of each touchpoint, stage and actor of a journey by its id. When an id repeats
/// (loading reports that as a problem), the first one counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdIndex {
    touchpoints: HashMap<Box<str>, usize>,
    stages: HashMap<Box<str>, usize>,
    actors: HashMap<Box<str>, usize>,
}

impl IdIndex {
    /// Indexes a journey's ids.
    pub fn new(journey: &Journey) -> IdIndex {
        IdIndex {
            touchpoints: first_positions(journey.touchpoints.iter().map(|t| t.id.as_str())),
            stages: first_positions(journey.stages.iter().map(|s| s.id.as_str())),
            actors: first_positions(journey.actors.iter().map(|a| a.id.as_str())),
        }
    }

    /// The index in `journey.touchpoints` of touchpoint `id`.
    pub fn touchpoint(&self, id: &str) -> Option<usize> {
        self.touchpoints.get(id).copied()
    }

    /// The index in `journey.stages` of stage `id`.
    pub fn stage(&self, id: &str) -> Option<usize> {
        self.stages.get(id).copied()
    }

    /// The index in `journey.actors` of actor `id`.
    pub fn actor(&self, id: &str) -> Option<usize> {
        self.actors.get(id).copied()
    }
}

fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<Box<str>, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.into()).or_insert(i);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::IdIndex;

    #[test]
    fn finds_touchpoints_stages_and_actors_and_keeps_the_first_of_a_repeated_id() {
        let journey: crate::model::Journey = serde_json::from_value(serde_json::json!({
            "id": "j", "title": "J",
            "stages": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
            "actors": [{"id": "kcc", "name": "KCC", "kind": "department"}],
            "touchpoints": [
                {"id": "x", "stage": "a", "title": "X", "actor": "kcc"},
                {"id": "y", "stage": "b", "title": "Y", "actor": "kcc"},
                {"id": "x", "stage": "b", "title": "X again", "actor": "kcc"}
            ]
        }))
        .unwrap();
        let ids = IdIndex::new(&journey);
        assert_eq!(ids.touchpoint("y"), Some(1));
        assert_eq!(ids.touchpoint("x"), Some(0));
        assert_eq!(ids.touchpoint("z"), None);
        assert_eq!(ids.stage("b"), Some(1));
        assert_eq!(ids.actor("kcc"), Some(0));
    }
}
