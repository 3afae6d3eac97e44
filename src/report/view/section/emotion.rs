//! "How the tenant feels along the way": the emotion curve along the main path and its table.

use crate::i18n::Locale;
use serde::Serialize;

use crate::report::charts::{self, emotion_curve};
use crate::report::i18n;
use crate::report::view::table::modified;
use crate::report::view::{Prepared, TableCell, TableRow, TableView};

/// The emotion curve and its data table.
#[derive(Debug, Clone, Serialize)]
pub struct EmotionView {
    /// The chart; markup, use `| safe`.
    pub svg: String,
    /// What the chart shows.
    pub lead: String,
    /// How gaps are shown, when some moments have no recorded emotion.
    pub gaps: Option<String>,
    /// Label of the scroll container.
    pub region_label: String,
    /// One row per moment on the main path.
    pub rows: Vec<EmotionRow>,
    /// `rows` as a data table.
    pub table: TableView,
}

/// A moment on the emotion curve.
#[derive(Debug, Clone, Serialize)]
pub struct EmotionRow {
    /// Number in reading order.
    pub number: usize,
    /// Stage title.
    pub stage: String,
    /// Touchpoint title.
    pub touchpoint: String,
    /// "−2 bad", or "not recorded".
    pub feeling: String,
    /// `neg`, `neu`, `pos` or `none`.
    pub feeling_class: &'static str,
    /// The tenant's words.
    pub note: Option<String>,
    /// A milestone.
    pub milestone: bool,
    /// Active warning/error findings here.
    pub findings: usize,
    /// Good practice here.
    pub good_practice: bool,
    /// The marks in words: "milestone", "2 findings", "good practice".
    pub marks: Vec<String>,
}

/// The curve along the main path.
pub(crate) fn build(prepared: &Prepared<'_>) -> EmotionView {
    let lang = prepared.lang();
    let t = i18n::texts(lang);
    let j = prepared.j();
    let graph = &prepared.journey.analysis.graph;
    let path = graph.main_path();
    let rows: Vec<EmotionRow> = path
        .iter()
        .map(|&i| {
            let tp = &j.touchpoints[i];
            let score = tp.emotion.as_ref().map(|e| e.score);
            EmotionRow {
                number: prepared.number[i],
                stage: prepared.stage_title(i),
                touchpoint: tp.title.clone(),
                feeling: match score {
                    Some(s) => {
                        format!("{} {}", i18n::emotion_score(s), i18n::emotion_word(s, lang))
                    }
                    None => i18n::no_emotion(lang).to_owned(),
                },
                feeling_class: charts::emotion_class(score),
                note: tp.emotion.as_ref().and_then(|e| e.note.clone()),
                milestone: tp.is_milestone(),
                findings: prepared.findings_at[i],
                good_practice: tp.good_practice.is_some(),
                marks: marks(
                    tp.is_milestone(),
                    prepared.findings_at[i],
                    tp.good_practice.is_some(),
                    lang,
                ),
            }
        })
        .collect();
    let missing = path
        .iter()
        .filter(|&&i| j.touchpoints[i].emotion.is_none())
        .count();
    let stage_titles: Vec<&str> = j.stages.iter().map(|s| s.title.as_str()).collect();
    let table = TableView {
        label: t.emotion_heading.to_owned(),
        caption: t.emotion_heading.to_owned(),
        class: None,
        head: [
            t.number,
            t.stage,
            t.moment,
            t.feeling,
            t.tenant_words,
            t.marks,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows: rows
            .iter()
            .map(|r| TableRow {
                class: Some("emotion-row".to_owned()),
                cells: vec![
                    TableCell::text(r.number.to_string()),
                    TableCell::text(r.stage.clone()),
                    TableCell::header(r.touchpoint.clone()),
                    TableCell::text(r.feeling.clone()).class(modified("feeling", r.feeling_class)),
                    TableCell::maybe(r.note.as_ref()),
                    TableCell::text(r.marks.join(", ")),
                ],
            })
            .collect(),
    };
    EmotionView {
        svg: emotion_curve::svg(&prepared.moments(), path, &stage_titles, lang),
        lead: i18n::emotion_lead(path.len(), graph.main_path_probability(), lang),
        gaps: i18n::emotion_gaps(missing, lang),
        region_label: i18n::scroll_label(t.emotion_heading, lang),
        rows,
        table,
    }
}

fn marks(milestone: bool, findings: usize, good: bool, lang: Locale) -> Vec<String> {
    let t = i18n::texts(lang);
    let mut marks = Vec::new();
    if milestone {
        marks.push(t.milestone.to_owned());
    }
    if findings > 0 {
        marks.push(i18n::findings_count(findings, lang));
    }
    if good {
        marks.push(t.good_practice.to_owned());
    }
    marks
}
