//! "Evidence": the quotes, and a table of the surveys, counts and observations.

use serde::Serialize;

use crate::model::EvidenceKind;
use crate::report::view::{Prepared, TableCell, TableRow, TableView, ThemeData};
use crate::report::{i18n, markup};

/// Evidence, split into quotes and figures.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// Quotes whose speaker is a tenant: the tenants' own words (for a theme's own
    /// templates; the built-in one shows `quotes_html`).
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub quotes: ThemeData<Vec<EvidenceRow>>,
    /// Quotes by staff, others, or a speaker the journey does not name: never shown as what
    /// tenants say.
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub other_quotes: ThemeData<Vec<EvidenceRow>>,
    /// The heading of `other_quotes`.
    pub other_quotes_heading: String,
    /// Both lists of quotes as markup, each under its heading (`report::markup::evidence`);
    /// empty without quotes.
    pub quotes_html: String,
    /// Surveys, counts and observations.
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub figures: ThemeData<Vec<EvidenceRow>>,
    /// `figures` as a data table.
    pub table: TableView,
}

/// One piece of evidence; numbers formatted, absent ones `None`.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    /// `quote`, `survey`, `count` or `observation`.
    pub kind: &'static str,
    /// A quote in a tenant's own words.
    pub tenant: bool,
    /// The kind in words.
    pub kind_label: &'static str,
    /// The touchpoint ("3. Title") or "the journey as a whole".
    pub touchpoint: String,
    /// The quote or description.
    pub text: Option<String>,
    /// Grade, 1–10 ("7,4").
    pub grade: Option<String>,
    /// Percentage satisfied ("74%").
    pub percent_satisfied: Option<String>,
    /// A count ("1.240").
    pub count: Option<String>,
    /// Respondents ("312").
    pub respondents: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// Date.
    pub date: Option<String>,
}

/// The evidence in reading order of the touchpoints it is about (the journey as a whole
/// first), file order within one touchpoint.
pub(crate) fn build(prepared: &Prepared<'_>) -> EvidenceView {
    let j = prepared.j();
    let lang = prepared.lang();
    let t = i18n::texts(lang);
    let mut rows: Vec<(usize, usize, EvidenceRow)> = j
        .evidence
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let at = e
                .touchpoint
                .as_deref()
                .and_then(|id| prepared.journey.analysis.graph.ids().touchpoint(id));
            let order = at.map_or(0, |i| prepared.number[i]);
            let row = EvidenceRow {
                kind: match e.kind {
                    EvidenceKind::Quote => "quote",
                    EvidenceKind::Survey => "survey",
                    EvidenceKind::Count => "count",
                    EvidenceKind::Observation => "observation",
                },
                kind_label: i18n::evidence_kind(e.kind, lang),
                tenant: e.speaker == Some(crate::model::Speaker::Tenant),
                touchpoint: match at {
                    Some(i) => prepared.numbered(i),
                    None => t.whole_journey.to_owned(),
                },
                text: e.text.clone(),
                grade: e.grade.map(|g| i18n::grade(g, lang)),
                percent_satisfied: e.percent_satisfied.map(|p| i18n::percentage(p, lang)),
                count: e.count.map(|c| i18n::integer(c, lang)),
                respondents: e.respondents.map(|r| i18n::integer(r, lang)),
                source: e.source.clone(),
                date: e.date.clone(),
            };
            (order, k, row)
        })
        .collect();
    rows.sort_by_key(|(order, k, _)| (*order, *k));
    let (quotes, figures): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .map(|(_, _, row)| row)
        .partition(|row| row.kind == "quote");
    let (quotes, other_quotes): (Vec<_>, Vec<_>) = quotes.into_iter().partition(|q| q.tenant);
    let num = |value: &Option<String>| TableCell::num(value.clone().unwrap_or_default());
    let table = TableView {
        label: t.figures_caption.to_owned(),
        caption: t.figures_caption.to_owned(),
        class: Some("evidence-table"),
        head: [
            t.moment,
            t.kind,
            t.what,
            t.grade,
            t.percent_satisfied,
            t.count,
            t.respondents,
            t.source,
            t.date,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows: figures
            .iter()
            .map(|e| {
                TableRow::new(vec![
                    TableCell::text(e.touchpoint.clone()),
                    TableCell::text(e.kind_label),
                    TableCell::maybe(e.text.as_ref()),
                    num(&e.grade),
                    num(&e.percent_satisfied),
                    num(&e.count),
                    num(&e.respondents),
                    TableCell::maybe(e.source.as_ref()),
                    TableCell::maybe(e.date.as_ref()),
                ])
            })
            .collect(),
    };
    let other_quotes_heading = crate::i18n::text(lang, "report-other-quotes-heading");
    let text_lang = prepared.text_lang();
    EvidenceView {
        quotes_html: markup::evidence::quotes(
            &quotes,
            &other_quotes,
            &other_quotes_heading,
            t,
            text_lang,
        ),
        quotes: ThemeData::new(quotes),
        other_quotes: ThemeData::new(other_quotes),
        other_quotes_heading,
        figures: ThemeData::new(figures),
        table,
    }
}
