//! "Who does what": the service blueprint, its table of stages × lanes and its handoffs.

use serde::Serialize;

use crate::report::charts::{Lane, blueprint};
use crate::report::i18n;
use crate::report::view::{Prepared, TableCell, TableRow, TableView};

/// The blueprint and its table.
#[derive(Debug, Clone, Serialize)]
pub struct BlueprintView {
    /// The chart; markup, use `| safe`.
    pub svg: String,
    /// Label of the scroll container.
    pub region_label: String,
    /// The lane names, top to bottom.
    pub lanes: Vec<&'static str>,
    /// One row per stage, one cell per lane.
    pub rows: Vec<BlueprintRow>,
    /// Every handoff.
    pub handoffs: Vec<HandoffRow>,
    /// `rows` as a data table.
    pub table: TableView,
    /// `handoffs` as a data table.
    pub handoffs_table: TableView,
}

/// A stage of the blueprint.
#[derive(Debug, Clone, Serialize)]
pub struct BlueprintRow {
    /// Stage title.
    pub stage: String,
    /// Per lane, the moments in it: "3. Title (Actor)".
    pub cells: Vec<Vec<String>>,
}

/// A handoff between actors.
#[derive(Debug, Clone, Serialize)]
pub struct HandoffRow {
    /// "3. Title (Actor)".
    pub from: String,
    /// "4. Title (Actor)".
    pub to: String,
    /// Expected times per tenant, formatted.
    pub per_tenant: String,
}

/// The blueprint: stages as columns, lanes as rows, handoffs as arrows.
pub(crate) fn build(prepared: &Prepared<'_>) -> BlueprintView {
    let lang = prepared.lang();
    let t = i18n::texts(lang);
    let j = prepared.j();
    let graph = &prepared.journey.analysis.graph;
    let stage_titles: Vec<&str> = j.stages.iter().map(|s| s.title.as_str()).collect();
    let handoff_steps: Vec<&crate::graph::Step> =
        prepared.steps.iter().filter(|s| s.handoff).collect();
    let handoff_pairs: Vec<(usize, usize)> = handoff_steps.iter().map(|s| (s.from, s.to)).collect();
    let mut rows: Vec<BlueprintRow> = j
        .stages
        .iter()
        .map(|s| BlueprintRow {
            stage: s.title.clone(),
            cells: vec![Vec::new(); Lane::ALL.len()],
        })
        .collect();
    let mut by_number: Vec<usize> = (0..j.touchpoints.len()).collect();
    by_number.sort_by_key(|&i| prepared.number[i]);
    for &i in &by_number {
        if let Some(row) = rows.get_mut(prepared.stage_of[i]) {
            row.cells[prepared.lane_of[i].index()].push(prepared.with_actor(i));
        }
    }
    let lanes: Vec<&'static str> = Lane::ALL.iter().map(|l| l.label(lang)).collect();
    let handoffs: Vec<HandoffRow> = handoff_steps
        .iter()
        .map(|s| HandoffRow {
            from: prepared.with_actor(s.from),
            to: prepared.with_actor(s.to),
            per_tenant: i18n::decimal(graph.step_traversals(s), 2, lang),
        })
        .collect();
    let table = TableView {
        label: t.blueprint_heading.to_owned(),
        caption: t.blueprint_heading.to_owned(),
        class: None,
        head: std::iter::once(t.stage)
            .chain(lanes.iter().copied())
            .map(str::to_owned)
            .collect(),
        rows: rows
            .iter()
            .map(|row| {
                TableRow::new(
                    std::iter::once(TableCell::header(row.stage.clone()))
                        .chain(row.cells.iter().map(|cell| TableCell::list(cell.clone())))
                        .collect(),
                )
            })
            .collect(),
    };
    let handoffs_table = TableView {
        label: t.handoffs_heading.to_owned(),
        caption: t.handoffs_heading.to_owned(),
        class: None,
        head: [t.from, t.to, t.per_tenant].map(str::to_owned).to_vec(),
        rows: handoffs
            .iter()
            .map(|h| {
                TableRow::new(vec![
                    TableCell::text(h.from.clone()),
                    TableCell::text(h.to.clone()),
                    TableCell::num(h.per_tenant.clone()),
                ])
            })
            .collect(),
    };
    BlueprintView {
        svg: blueprint::svg(&prepared.moments(), &stage_titles, &handoff_pairs, lang),
        region_label: i18n::scroll_label(t.blueprint_heading, lang),
        lanes,
        rows,
        handoffs,
        table,
        handoffs_table,
    }
}
