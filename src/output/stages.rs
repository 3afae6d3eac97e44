//! Touchpoints drawn in a box per stage, the way the DOT and Mermaid flowcharts both draw them:
//! one walk that groups touchpoints by stage, so the two writers differ only in their syntax.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::{Journey, Stage};

/// Writes every touchpoint's node once: those of each stage between `open` and `close`, in
/// stage order and file order within a stage (stages without touchpoints are left out), then
/// those whose stage is not in the journey's list, outside any box.
pub(crate) fn write_grouped(
    out: &mut String,
    journey: &Journey,
    open: impl Fn(&mut String, usize, &Stage),
    close: &str,
    node: impl Fn(usize) -> String,
) {
    let stage_of: HashMap<&str, usize> = journey
        .stages
        .iter()
        .enumerate()
        .map(|(s, stage)| (stage.id.as_str(), s))
        .collect();
    let mut members = vec![Vec::new(); journey.stages.len()];
    let mut loose = Vec::new();
    for (i, touchpoint) in journey.touchpoints.iter().enumerate() {
        match stage_of.get(touchpoint.stage.as_str()) {
            Some(&s) => members[s].push(i),
            None => loose.push(i),
        }
    }
    for (s, stage) in journey.stages.iter().enumerate() {
        if members[s].is_empty() {
            continue;
        }
        open(out, s, stage);
        for &i in &members[s] {
            let _ = writeln!(out, "    {}", node(i));
        }
        out.push_str(close);
    }
    for i in loose {
        let _ = writeln!(out, "  {}", node(i));
    }
}
