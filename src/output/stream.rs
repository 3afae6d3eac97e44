//! A JSON array written journey by journey, for the big documents of `tjm check` (JSON and
//! SARIF).
//!
//! Building the whole document first (a `Vec` of reports or a `serde_json::Value`, then the
//! text) held the output beside the project: peak memory of four to seven times the input. Here
//! the journeys are taken out of the project, a chunk at a time; each chunk's items are built on
//! every core, written in input order, and the chunk is dropped with its span and line indexes
//! before the next one is read. The text is the same as serialising the whole `Vec`.

use std::cell::RefCell;

use rayon::prelude::*;
use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::project::AnalysedJourney;

/// Journeys handled at once: enough for every core, few enough that their items stay small.
const CHUNK: usize = 32;

/// What one journey puts into the array.
pub(crate) trait PerJourney: Sync {
    /// One element of the array, borrowing from its journey.
    type Item<'j>: Serialize + Send;

    /// The journey's elements, in order (none, one or many).
    fn items<'j>(&self, journey: &'j AnalysedJourney) -> Vec<Self::Item<'j>>;
}

/// The array of every journey's items. It consumes the journeys: serialise it once.
pub(crate) struct Streamed<P> {
    journeys: RefCell<std::vec::IntoIter<AnalysedJourney>>,
    per: P,
}

impl<P: PerJourney> Streamed<P> {
    pub(crate) fn new(journeys: Vec<AnalysedJourney>, per: P) -> Self {
        Streamed {
            journeys: RefCell::new(journeys.into_iter()),
            per,
        }
    }
}

impl<P: PerJourney> Serialize for Streamed<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut journeys = self.journeys.borrow_mut();
        let per = &self.per;
        let mut seq = serializer.serialize_seq(None)?;
        loop {
            let chunk: Vec<AnalysedJourney> = journeys.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let items: Vec<Vec<P::Item<'_>>> = chunk.par_iter().map(|j| per.items(j)).collect();
            for item in items.iter().flatten() {
                seq.serialize_element(item)?;
            }
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::project::Project;

    struct Ids;

    impl PerJourney for Ids {
        type Item<'j> = &'j str;
        fn items<'j>(&self, journey: &'j AnalysedJourney) -> Vec<&'j str> {
            let j = &journey.loaded.journey;
            j.touchpoints.iter().map(|t| t.id.as_str()).collect()
        }
    }

    // More journeys than a chunk, each with many items: the same text as the whole list, in
    // input order, and an empty list stays `[]`.
    #[test]
    fn writes_what_the_whole_list_would_in_order() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("journeys");
        let project = Project::open(&[dir], &Config::default(), None);
        let mut journeys = Vec::new();
        while journeys.len() <= CHUNK {
            journeys.extend(project.journeys.iter().cloned());
        }
        let whole: Vec<&str> = journeys.iter().flat_map(|j| Ids.items(j)).collect();
        let expected = serde_json::to_string_pretty(&whole).unwrap();
        let streamed = serde_json::to_string_pretty(&Streamed::new(journeys.clone(), Ids));
        assert_eq!(streamed.unwrap(), expected);
        let empty = serde_json::to_string_pretty(&Streamed::new(Vec::new(), Ids)).unwrap();
        assert_eq!(empty, "[]");
    }
}
