//! "What already goes well": every touchpoint with good practice.

use serde::Serialize;

use crate::report::view::Prepared;

/// A good-practice touchpoint.
#[derive(Debug, Clone, Serialize)]
pub struct GoodView {
    /// The touchpoint's number.
    pub number: usize,
    /// Its title.
    pub touchpoint: String,
    /// Its stage.
    pub stage: String,
    /// The good practice.
    pub text: String,
}

/// The good-practice touchpoints in reading order.
pub(crate) fn build(prepared: &Prepared<'_>) -> Vec<GoodView> {
    let mut good_practice: Vec<GoodView> = prepared
        .j()
        .touchpoints
        .iter()
        .enumerate()
        .filter_map(|(i, tp)| {
            tp.good_practice.as_ref().map(|text| GoodView {
                number: prepared.number[i],
                touchpoint: tp.title.clone(),
                stage: prepared.stage_title(i),
                text: text.clone(),
            })
        })
        .collect();
    good_practice.sort_by_key(|g| g.number);
    good_practice
}
