//! "What the log shows": the journey's own log beside the map, labelled *measured (n cases,
//! period)* and *stated*: per transition the share, per touchpoint the wait, and the steps
//! tenants go through that are not on the map. Aggregates only; anything from fewer than ten
//! cases reads "< 10".

use serde::Serialize;

use crate::evidence::JourneyEvidence;
use crate::evidence::figure::{Count, FEWER, shown};
use crate::i18n::{Args, Locale, message};
use crate::report::i18n;
use crate::report::view::{Prepared, TableCell, TableRow, TableView};

/// Steps not on the map shown, most frequent first.
const NOT_ON_MAP_SHOWN: usize = 10;

/// The measured journey beside the stated one.
#[derive(Debug, Clone, Serialize)]
pub struct MeasuredView {
    /// "measured (1,797 cases, 2025)".
    pub label: String,
    /// Per transition, stated and measured share.
    pub shares: TableView,
    /// Per touchpoint, stated wait and measured median and p90.
    pub waits: TableView,
    /// Steps in the log that are no touchpoint, by frequency; empty when there are none.
    pub not_on_map: Option<TableView>,
}

/// The section, when the journey has a log.
pub(crate) fn build(prepared: &Prepared<'_>) -> Option<MeasuredView> {
    let evidence = prepared.journey.evidence.as_ref()?;
    let lang = prepared.lang();
    let t = i18n::texts(lang);
    let figures = &evidence.figures;
    let label = label(evidence, lang);
    let head = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    let shares = TableView {
        label: t.measured_shares_caption.to_owned(),
        caption: t.measured_shares_caption.to_owned(),
        class: Some("measured-table"),
        head: {
            let mut h = head(&[t.moment, t.goes_on_to, t.stated]);
            h.push(label.clone());
            h
        },
        rows: figures
            .transitions
            .iter()
            .filter(|tr| tr.measured.is_some())
            .map(|tr| {
                let measured = match tr.measured {
                    Some(share) if shown(tr.base) => i18n::percent(share, lang),
                    _ => FEWER.to_owned(),
                };
                TableRow::new(vec![
                    TableCell::header(prepared.numbered(tr.from)),
                    TableCell::text(prepared.numbered(tr.to)),
                    TableCell::num(i18n::percent(tr.stated, lang)),
                    TableCell::num(measured),
                ])
            })
            .collect(),
    };
    let j = prepared.j();
    let waits = TableView {
        label: t.measured_waits_caption.to_owned(),
        caption: t.measured_waits_caption.to_owned(),
        class: Some("measured-table"),
        head: head(&[t.moment, t.stated_wait, t.median_wait, t.p90_wait]),
        rows: figures
            .touchpoints
            .iter()
            .filter_map(|tp| tp.wait.map(|wait| (tp, wait)))
            .map(|(tp, wait)| {
                let days = |d: f64| {
                    if shown(wait.n) {
                        days(d, lang)
                    } else {
                        FEWER.to_owned()
                    }
                };
                let stated = j.touchpoints[tp.index]
                    .wait
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                TableRow::new(vec![
                    TableCell::header(prepared.numbered(tp.index)),
                    TableCell::num(stated),
                    TableCell::num(days(wait.median_days)),
                    TableCell::num(days(wait.p90_days)),
                ])
            })
            .collect(),
    };
    let mut steps: Vec<_> = figures.not_on_map.iter().collect();
    steps.sort_by(|a, b| b.cases.cmp(&a.cases).then(a.activity.cmp(&b.activity)));
    let not_on_map = (!steps.is_empty()).then(|| TableView {
        label: t.not_on_map_caption.to_owned(),
        caption: t.not_on_map_caption.to_owned(),
        class: Some("measured-table"),
        head: head(&[t.step_in_log, t.cases]),
        rows: steps
            .iter()
            .take(NOT_ON_MAP_SHOWN)
            .map(|step| {
                TableRow::new(vec![
                    TableCell::header(step.activity.clone()),
                    TableCell::num(Count(step.cases).text(lang)),
                ])
            })
            .collect(),
    });
    Some(MeasuredView {
        label,
        shares,
        waits,
        not_on_map,
    })
}

/// "measured (1,797 cases, 2025)", with "< 10" for a handful.
fn label(evidence: &JourneyEvidence, lang: Locale) -> String {
    message(
        lang,
        "report-measured-label",
        &Args::new()
            .text("cases", Count(evidence.figures.cases).text(lang))
            .text("period", evidence.period()),
    )
}

/// "35 days", "2.5 days", or "less than a day" (a wait of minutes is no "0.0 days").
fn days(days: f64, lang: Locale) -> String {
    if days < 1.0 {
        return crate::i18n::text(lang, "report-measured-under-a-day");
    }
    let places = if days >= 10.0 { 0 } else { 1 };
    message(
        lang,
        "report-measured-days",
        &Args::new().decimal("length", days, places),
    )
}
