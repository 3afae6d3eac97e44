//! The index's table of rules × journeys, with the number of active findings in every cell.

use serde::Serialize;

use crate::i18n::Locale;
use crate::report::i18n;
use crate::report::view::{JourneyHead, Prepared};
use crate::rules::RULES;

/// The rules × journeys table.
#[derive(Debug, Clone, Serialize)]
pub struct Heatmap {
    /// Column heads: the journeys, in the order of the cards.
    pub columns: Vec<JourneyHead>,
    /// One row per rule.
    pub rows: Vec<HeatRow>,
    /// Column totals.
    pub totals: Vec<usize>,
    /// The totals as cells, each with its column's head.
    pub footer: Vec<HeatCell>,
    /// Everything.
    pub total: usize,
}

/// A rule's row.
#[derive(Debug, Clone, Serialize)]
pub struct HeatRow {
    /// The rule's slug (for anchors, not to show).
    pub rule: &'static str,
    /// The rule's name in words.
    pub name: String,
    /// Code.
    pub code: &'static str,
    /// Link into the rules page.
    pub href: String,
    /// Per journey.
    pub cells: Vec<HeatCell>,
    /// Row total.
    pub total: usize,
}

/// A cell of the heat map.
#[derive(Debug, Clone, Serialize)]
pub struct HeatCell {
    /// Active findings.
    pub count: usize,
    /// `heat-0` … `heat-3`: a CSS class for the shade.
    pub class: &'static str,
    /// Its column's head (the journey's short title), which a phone shows when it stacks the
    /// rows. Carried per cell: looking it up in the template (`columns | nth`) copied every
    /// column for every cell, which made the index quadratic in the number of journeys (41 s
    /// for 1,000 journeys).
    pub label: String,
}

/// One row per rule, one column per journey in `order`.
pub(crate) fn build(prepared: &[Prepared<'_>], order: &[usize], locale: Locale) -> Heatmap {
    let columns: Vec<JourneyHead> = order.iter().map(|&i| prepared[i].head()).collect();
    let mut totals = vec![0; prepared.len()];
    let rows: Vec<HeatRow> = RULES
        .iter()
        .map(|rule| {
            let cells: Vec<HeatCell> = order
                .iter()
                .map(|&i| &prepared[i])
                .enumerate()
                .map(|(jn, p)| {
                    let count = p
                        .journey
                        .analysis
                        .active()
                        .filter(|f| f.code == rule.code())
                        .count();
                    totals[jn] += count;
                    HeatCell {
                        label: columns[jn].short_title.clone(),
                        count,
                        class: match count {
                            0 => "heat-0",
                            1 => "heat-1",
                            2 => "heat-2",
                            _ => "heat-3",
                        },
                    }
                })
                .collect();
            HeatRow {
                rule: rule.name(),
                name: i18n::rule_name(rule.name(), locale),
                code: rule.code(),
                href: format!("rules.html#{}", rule.name()),
                total: cells.iter().map(|c| c.count).sum(),
                cells,
            }
        })
        .collect();
    let total = totals.iter().sum();
    let footer = totals
        .iter()
        .zip(&columns)
        .map(|(&count, column)| HeatCell {
            count,
            class: "heat-total",
            label: column.short_title.clone(),
        })
        .collect();
    Heatmap {
        columns,
        rows,
        totals,
        footer,
        total,
    }
}
