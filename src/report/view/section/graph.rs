//! "All routes through the journey": every touchpoint and transition, and the transitions'
//! table.

use serde::Serialize;

use crate::report::charts::graph_svg;
use crate::report::i18n;
use crate::report::view::table::modified;
use crate::report::view::{Detail, Prepared, TableCell, TableRow, TableView, ThemeData};

/// The journey graph and its table.
#[derive(Debug, Clone, Serialize)]
pub struct GraphView {
    /// The chart; markup, use `| safe`.
    pub svg: String,
    /// Label of the scroll container.
    pub region_label: String,
    /// Every transition (for a theme's own templates; the built-in ones show `table`).
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub transitions: ThemeData<Vec<TransitionRow>>,
    /// `transitions` as a data table.
    pub table: TableView,
}

/// A transition.
#[derive(Debug, Clone, Serialize)]
pub struct TransitionRow {
    /// "3. Title".
    pub from: String,
    /// "4. Title".
    pub to: String,
    /// Share of tenants at `from` who take it ("70%").
    pub share: String,
    /// Expected times per tenant ("0,7").
    pub per_tenant: String,
    /// `next`, `handoff`, `loop` or `escalation`.
    pub kind: &'static str,
    /// The kind in words.
    pub kind_label: &'static str,
    /// What happens on the way.
    pub label: Option<String>,
}

/// The graph with branch shares and loops. The rows behind the table are kept only for a
/// theme's own templates (`detail`); the built-in ones read the table.
pub(crate) fn build(prepared: &Prepared<'_>, detail: Detail) -> GraphView {
    let lang = prepared.lang();
    let t = i18n::texts(lang);
    let j = prepared.j();
    let graph = &prepared.journey.analysis.graph;
    let outgoing: Vec<usize> = (0..j.touchpoints.len())
        .map(|i| graph.steps_from(i).count())
        .collect();
    let kind_of = |s: &crate::graph::Step| -> &'static str {
        if s.loop_back {
            "loop"
        } else if s.escalation {
            "escalation"
        } else if s.handoff {
            "handoff"
        } else {
            "next"
        }
    };
    let arrows: Vec<graph_svg::Arrow> = prepared
        .steps
        .iter()
        .map(|s| graph_svg::Arrow {
            from: s.from,
            to: s.to,
            kind: kind_of(s),
            label: if s.loop_back {
                Some(i18n::reach(graph.step_traversals(s), lang))
            } else {
                (outgoing[s.from] > 1).then(|| i18n::percent(s.probability, lang))
            },
        })
        .collect();
    let transitions: Vec<TransitionRow> = prepared
        .steps
        .iter()
        .map(|s| TransitionRow {
            from: prepared.numbered(s.from),
            to: prepared.numbered(s.to),
            share: i18n::percent(s.probability, lang),
            per_tenant: i18n::decimal(graph.step_traversals(s), 2, lang),
            kind: kind_of(s),
            kind_label: i18n::transition_kind(
                &j.transitions[s.transition].kind,
                s.handoff,
                s.loop_back,
                lang,
            ),
            label: j.transitions[s.transition].label.clone(),
        })
        .collect();
    let mut table = TableView {
        label: t.graph_heading.to_owned(),
        caption: t.graph_heading.to_owned(),
        class: None,
        head: [t.from, t.to, t.share, t.per_tenant, t.kind, t.label]
            .map(str::to_owned)
            .to_vec(),
        rows: ThemeData::default(),
    };
    let transitions = match detail {
        Detail::Full => {
            table.rows = transitions.iter().cloned().map(table_row).collect();
            transitions
        }
        Detail::Markup => {
            table.rows = transitions.into_iter().map(table_row).collect();
            Vec::new()
        }
    };
    GraphView {
        svg: graph_svg::svg(&prepared.moments(), &arrows, &prepared.layout, lang),
        region_label: i18n::scroll_label(t.graph_heading, lang),
        transitions: transitions.into(),
        table,
    }
}

/// One transition as a row of the table.
fn table_row(s: TransitionRow) -> TableRow {
    TableRow {
        class: Some(modified("transition", s.kind)),
        cells: vec![
            TableCell::text(s.from),
            TableCell::text(s.to),
            TableCell::num(s.share),
            TableCell::num(s.per_tenant),
            TableCell::text(s.kind_label),
            TableCell::maybe(s.label.as_ref()),
        ],
    }
}
