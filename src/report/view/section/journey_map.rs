//! "The journey map": one stages × lanes grid, the form UXPressia and Smaply users know.
//! Columns are the moments, grouped under their stages; lanes say what the tenant does, the
//! channel, who serves the tenant, how the tenant feels (the curve, drawn in the same columns),
//! the moments without attention, good practice and where tenants go next.
//!
//! Every moment is a column, not only those on the main path, so branches and the route on
//! which the tenant feels worst stay visible. Stages are packed into rows of at most
//! [`COLUMNS`] moments: the map wraps instead of scrolling sideways, and a phone stacks it by
//! stage (the stylesheet does that; the markup is the same).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::evidence::figure::{FEWER, shown};
use crate::evidence::survey::Score;
use crate::i18n::{Args, Locale, message, text};
use crate::report::charts::journey_map::{self, Segment};
use crate::report::charts::{Lane, emotion_class};
use crate::report::i18n;
use crate::report::view::{Prepared, ThemeData};
use crate::rules::Level;

/// Moments per row of the map: six columns of about 170 px beside the lane names at 1280 px,
/// and still about 100 px each on an A4 page.
pub const COLUMNS: usize = 6;

/// The fewest moments of a stage that start it at the end of a row, the rest continuing on
/// the next row: fewer rows, so a journey fits on fewer pages.
const MIN_SPLIT: usize = 2;

/// The journey map.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyMapView {
    /// The section's heading.
    pub heading: String,
    /// What the map shows.
    pub lead: String,
    /// The lane names, top to bottom (the moment's own heading first).
    pub lanes: Vec<String>,
    /// The legend's words.
    pub legend: MapLegend,
    /// The rows of stages, top to bottom (for a theme's own templates; the built-in one
    /// shows `grid_html`).
    #[serde(skip_serializing_if = "ThemeData::is_hidden")]
    pub rows: ThemeData<Vec<MapRow>>,
    /// The rows as markup, `<div class="jm">…</div>`; use `| safe`.
    pub grid_html: String,
    /// The route on which the tenant feels worst, in words; `None` with a single route.
    pub worst: Option<String>,
    /// How gaps in the curve are shown, when some moments have no recorded feeling.
    pub gaps: Option<String>,
    /// A survey measured how tenants feel at one moment or more.
    pub has_measured: bool,
    /// The last line of a printed journey: where the lists left off paper are.
    pub print_note: String,
    /// "does not happen", for a step that should happen and does not.
    pub absent_label: String,
    /// The language of the journey's own text when it differs from the page's, for `lang`.
    pub text_lang: Option<&'static str>,
}

/// The legend of the map.
#[derive(Debug, Clone, Serialize)]
pub struct MapLegend {
    /// A stated feeling (the map's author).
    pub stated: String,
    /// A measured feeling (a survey).
    pub measured: String,
    /// The route on which the tenant feels worst.
    pub worst: String,
}

/// One row of the map: whole stages (a long stage continues on the next row).
#[derive(Debug, Clone, Serialize)]
pub struct MapRow {
    /// Moments in this row, at most [`COLUMNS`].
    pub columns: usize,
    /// Its stages, left to right.
    pub stages: Vec<MapStage>,
    /// The curve's lines for this row; markup, use `| safe`.
    pub curve_svg: String,
}

/// A stage in a row.
#[derive(Debug, Clone, Serialize)]
pub struct MapStage {
    /// Its title.
    pub title: String,
    /// The stage began in the row before.
    pub continued: bool,
    /// "(continued)", when it did.
    pub continued_label: String,
    /// Its moments in this row.
    pub moments: Vec<MapMoment>,
}

/// One moment: a column of the map.
#[derive(Debug, Clone, Serialize)]
pub struct MapMoment {
    /// Its anchor on the page, `moment-3`.
    pub anchor: String,
    /// Its number in reading order.
    pub number: usize,
    /// Its title.
    pub title: String,
    /// A milestone.
    pub milestone: bool,
    /// A step that should happen and does not.
    pub absent: bool,
    /// On the route on which the tenant feels worst.
    pub worst: bool,
    /// What the tenant does here, in words: "calls", "receives a letter".
    pub does: String,
    /// The tenant's feeling in the author's words.
    pub note: Option<String>,
    /// The channel, in words.
    pub channel: Option<String>,
    /// The wait before it: "3 weeks".
    pub wait: Option<String>,
    /// The actor's full name.
    pub actor: String,
    /// Where the actor sits: frontstage, backstage, contractors and partners (`None` for the
    /// tenant, whose name says it).
    pub actor_lane: Option<&'static str>,
    /// The stated feeling.
    pub feeling: Option<MapFeeling>,
    /// The feeling a survey measured.
    pub measured: Option<MapFeeling>,
    /// The feeling in words, for every reader: "−2 bad (stated); measured +1.1 …".
    pub feeling_text: String,
    /// Moments without attention here (warning and error findings).
    pub findings: Vec<MapFinding>,
    /// The good practice recorded here.
    pub good: Option<String>,
    /// Where tenants go next.
    pub next: Vec<MapNext>,
    /// Tenants finish here: "The journey ends here".
    pub ends: Option<String>,
    /// What the journey ends with here, as the journey file says it.
    pub outcome: Option<String>,
}

/// A feeling on the curve.
#[derive(Debug, Clone, Serialize)]
pub struct MapFeeling {
    /// The score as shown: "−2", "+1,1".
    pub score: String,
    /// Height on the curve in half steps from the top: 0 is +3, 12 is −3 (a CSS class).
    pub y: u8,
    /// `neg`, `neu` or `pos`.
    pub class: &'static str,
}

/// A finding on the map.
#[derive(Debug, Clone, Serialize)]
pub struct MapFinding {
    /// Link to it on the page.
    pub href: String,
    /// The rule's name in words.
    pub rule_name: String,
    /// `error` or `warning`.
    pub level: &'static str,
}

/// A way on from a moment.
#[derive(Debug, Clone, Serialize)]
pub struct MapNext {
    /// Link to the next moment.
    pub href: String,
    /// Its number.
    pub number: usize,
    /// Its title (for screen readers and tooltips; the number is shown).
    pub title: String,
    /// The share of tenants who take it: "85%"; with a log also the measured one.
    pub share: String,
    /// Back to an earlier moment.
    pub loop_back: bool,
    /// On the route on which the tenant feels worst.
    pub worst: bool,
}

/// Builds the map of one journey.
pub(crate) fn build(prepared: &Prepared<'_>) -> JourneyMapView {
    let lang = prepared.lang();
    let j = prepared.j();
    let graph = &prepared.journey.analysis.graph;
    let n = j.touchpoints.len();
    let worst = worst_route(prepared);
    let on_worst: Vec<bool> = {
        let mut on = vec![false; n];
        for &i in &worst {
            on[i] = true;
        }
        on
    };
    let worst_steps: HashSet<(usize, usize)> = worst.windows(2).map(|w| (w[0], w[1])).collect();
    let measured_shares: BTreeMap<(usize, usize), String> = prepared
        .journey
        .evidence
        .as_ref()
        .map(|e| {
            e.figures
                .transitions
                .iter()
                .filter_map(|tr| {
                    let m = tr.measured?;
                    let shown_share = if shown(tr.base) {
                        i18n::percent(m, lang)
                    } else {
                        FEWER.to_owned()
                    };
                    Some(((tr.from, tr.to), shown_share))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut findings: Vec<Vec<MapFinding>> = vec![Vec::new(); n];
    for (index, finding) in prepared.journey.analysis.findings.iter().enumerate() {
        if !finding.is_active() || finding.level < Level::Warning {
            continue;
        }
        if let Some(slot) = findings.get_mut(finding.anchor.touchpoint()) {
            slot.push(MapFinding {
                href: format!("#{}", prepared.finding_ids[index]),
                rule_name: i18n::rule_name(finding.rule, lang),
                level: if finding.level >= Level::Error {
                    "error"
                } else {
                    "warning"
                },
            });
        }
    }
    // a page of a hundred moments says "calls", "phone" and "3 weeks" many times: each
    // sentence is worded once
    let mut worded: HashMap<(&'static str, String), String> = HashMap::new();
    let mut once = |id: &'static str, key: String, word: &dyn Fn() -> String| -> String {
        worded.entry((id, key)).or_insert_with(word).clone()
    };
    let mut moments: Vec<Option<MapMoment>> = (0..n)
        .map(|i| {
            let tp = &j.touchpoints[i];
            let feeling = tp.emotion.as_ref().map(|e| MapFeeling {
                score: i18n::emotion_score(e.score),
                y: y_of(f64::from(e.score)),
                class: emotion_class(Some(e.score)),
            });
            let survey = measured(prepared, i);
            let next = graph
                .steps_from(i)
                .map(|s| {
                    let stated = i18n::percent(s.probability, lang);
                    let share = match measured_shares.get(&(s.from, s.to)) {
                        Some(m) => message(
                            lang,
                            "report-map-share-measured",
                            &Args::new()
                                .text("stated", stated)
                                .text("measured", m.clone()),
                        ),
                        None => stated,
                    };
                    MapNext {
                        href: format!("#moment-{}", prepared.number[s.to]),
                        number: prepared.number[s.to],
                        title: j.touchpoints[s.to].title.clone(),
                        share,
                        loop_back: s.loop_back,
                        worst: worst_steps.contains(&(s.from, s.to)),
                    }
                })
                .collect();
            let ends = graph.is_end(i).then(|| text(lang, "report-map-ends"));
            Some(MapMoment {
                anchor: format!("moment-{}", prepared.number[i]),
                number: prepared.number[i],
                title: tp.title.clone(),
                milestone: tp.is_milestone(),
                absent: tp.absent,
                worst: on_worst[i] && worst.len() > 1,
                does: once(
                    "does",
                    format!(
                        "{:?}{:?}{:?}{:?}",
                        prepared.lane_of[i], tp.channel, tp.direction, tp.kind
                    ),
                    &|| does(prepared, i),
                ),
                note: tp.emotion.as_ref().and_then(|e| e.note.clone()),
                channel: tp.channel.map(|c| {
                    once("channel", c.name().to_owned(), &|| {
                        message(
                            lang,
                            "report-map-channel",
                            &Args::new().text("channel", c.name()),
                        )
                    })
                }),
                wait: tp.wait.as_ref().map(|w| {
                    let wait = w.to_string();
                    once("wait", wait.clone(), &|| {
                        message(
                            lang,
                            "report-map-wait",
                            &Args::new().text("wait", wait.as_str()),
                        )
                    })
                }),
                actor: prepared.actor_of[i].clone(),
                actor_lane: (prepared.lane_of[i] != Lane::Tenant)
                    .then(|| prepared.lane_of[i].label(lang)),
                feeling_text: match &survey {
                    // a measured feeling has its own figures; a stated one repeats
                    Some(_) => {
                        feeling_text(tp.emotion.as_ref().map(|e| e.score), survey.as_ref(), lang)
                    }
                    None => {
                        let stated = tp.emotion.as_ref().map(|e| e.score);
                        once("feeling", format!("{stated:?}"), &|| {
                            feeling_text(stated, None, lang)
                        })
                    }
                },
                feeling,
                measured: survey.map(|(emotion, _)| MapFeeling {
                    score: signed(emotion, lang),
                    y: y_of(emotion),
                    class: if emotion < -0.25 {
                        "neg"
                    } else if emotion > 0.25 {
                        "pos"
                    } else {
                        "neu"
                    },
                }),
                findings: std::mem::take(&mut findings[i]),
                good: tp.good_practice.clone(),
                next,
                outcome: ends.as_ref().and(tp.outcome.clone()),
                ends,
            })
        })
        .collect();
    let has_measured = moments.iter().flatten().any(|m| m.measured.is_some());

    // stages in order, each with its moments in reading order; moments of an unknown stage last
    let mut by_stage: Vec<Vec<usize>> = vec![Vec::new(); j.stages.len() + 1];
    let mut reading: Vec<usize> = (0..n).collect();
    reading.sort_by_key(|&i| prepared.number[i]);
    for &i in &reading {
        let stage = prepared.stage_of[i].min(j.stages.len());
        by_stage[stage].push(i);
    }
    let continued_label = text(lang, "report-map-continued");
    let mut rows: Vec<(Vec<MapStage>, Vec<usize>)> = Vec::new();
    for (stage, members) in by_stage.iter().enumerate() {
        let title = j
            .stages
            .get(stage)
            .map(|s| s.title.clone())
            .unwrap_or_default();
        let mut rest: &[usize] = members;
        let mut continued = false;
        while !rest.is_empty() {
            let free = rows.last().map_or(0, |(_, cols)| COLUMNS - cols.len());
            // a stage that fits joins the row; a longer one fills it when at least two of its
            // moments fit (one alone under a heading reads as a stage of its own); else a new row
            let take = if rest.len() <= free {
                rest.len()
            } else if free >= MIN_SPLIT {
                free
            } else {
                rows.push((Vec::new(), Vec::new()));
                rest.len().min(COLUMNS)
            };
            let (part, after) = rest.split_at(take);
            let (stages, cols) = rows.last_mut().expect("a row was just pushed");
            cols.extend_from_slice(part);
            stages.push(MapStage {
                title: title.clone(),
                continued,
                continued_label: continued_label.clone(),
                moments: part.iter().filter_map(|&i| moments[i].take()).collect(),
            });
            rest = after;
            continued = true;
        }
    }
    // where each moment sits, then every step forward once into the row of both its ends
    let mut place = vec![(usize::MAX, 0usize); n];
    for (r, (_, cols)) in rows.iter().enumerate() {
        for (c, &i) in cols.iter().enumerate() {
            place[i] = (r, c);
        }
    }
    let mut segments: Vec<Vec<Segment>> = vec![Vec::new(); rows.len()];
    for s in prepared.steps.iter().filter(|s| !s.loop_back) {
        let ((row, from), (row_to, to)) = (place[s.from], place[s.to]);
        if row == row_to && row != usize::MAX {
            segments[row].push(Segment {
                from,
                to,
                worst: worst_steps.contains(&(s.from, s.to)),
            });
        }
    }
    let rows = rows
        .into_iter()
        .zip(segments)
        .map(|((stages, cols), segments)| {
            let points: Vec<Option<u8>> = cols
                .iter()
                .map(|&i| {
                    j.touchpoints[i]
                        .emotion
                        .as_ref()
                        .map(|e| y_of(f64::from(e.score)))
                })
                .collect();
            MapRow {
                columns: cols.len(),
                curve_svg: journey_map::curve(cols.len(), &points, &segments),
                stages,
            }
        })
        .collect();
    let missing = j.touchpoints.iter().filter(|t| t.emotion.is_none()).count();
    let lanes = [
        "moment",
        "tenant",
        "channel",
        "actor",
        "feeling",
        "attention",
        "good",
        "next",
    ]
    .iter()
    .map(|lane| text(lang, &format!("report-map-lane-{lane}")))
    .collect();
    let worst_text = (worst.len() > 1 && graph.ends().len() > 1).then(|| {
        let route: Vec<String> = worst
            .iter()
            .map(|&i| prepared.number[i].to_string())
            .collect();
        let low = worst
            .iter()
            .filter_map(|&i| j.touchpoints[i].emotion.as_ref().map(|e| e.score))
            .min()
            .unwrap_or(0);
        message(
            lang,
            "report-map-worst",
            &Args::new()
                .text("route", route.join(" → "))
                .text("low", i18n::emotion_score(low)),
        )
    });
    let mut view = JourneyMapView {
        heading: text(lang, "report-map-heading"),
        lead: message(
            lang,
            "report-map-lead",
            &Args::new()
                .count("moments", n)
                .count("stages", j.stages.len()),
        ),
        lanes,
        legend: MapLegend {
            stated: text(lang, "report-map-legend-stated"),
            measured: text(lang, "report-map-legend-measured"),
            worst: text(lang, "report-map-legend-worst"),
        },
        rows: ThemeData::new(rows),
        grid_html: String::new(),
        worst: worst_text,
        gaps: (missing > 0).then(|| {
            message(
                lang,
                "report-map-gaps",
                &Args::new().count("missing", missing),
            )
        }),
        has_measured,
        absent_label: text(lang, "report-absent"),
        print_note: text(lang, "report-map-print-note"),
        text_lang: prepared.text_lang(),
    };
    view.grid_html = crate::report::markup::journey_map::grid(&view, i18n::texts(lang).milestone);
    view
}

/// Height on the curve of an emotion −3..+3, in half steps from the top (0 is +3, 12 is −3).
fn y_of(emotion: f64) -> u8 {
    ((3.0 - emotion.clamp(-3.0, 3.0)) * 2.0).round() as u8
}

/// A measured emotion with its sign and one decimal: "+1,1", "−0,4".
fn signed(emotion: f64, lang: Locale) -> String {
    let rounded = (emotion * 10.0).round() / 10.0;
    let digits = i18n::decimal(rounded.abs(), 1, lang);
    if rounded > 0.0 {
        format!("+{digits}")
    } else if rounded < 0.0 {
        format!("\u{2212}{digits}")
    } else {
        digits
    }
}

/// The feeling a survey measured at touchpoint `i`, from the journey's own evidence (a grade
/// or a percentage satisfied for this touchpoint; with several, the one with most
/// respondents), with its description: "grade 7.2, 120 respondents, 2024".
fn measured(prepared: &Prepared<'_>, i: usize) -> Option<(f64, String)> {
    let j = prepared.j();
    let lang = prepared.lang();
    let id = &j.touchpoints[i].id;
    let row = j
        .evidence
        .iter()
        .filter(|e| e.touchpoint.as_deref() == Some(id.as_str()))
        .filter(|e| e.grade.is_some() || e.percent_satisfied.is_some())
        .max_by_key(|e| e.respondents.unwrap_or(0))?;
    let (score, what) = match (row.grade, row.percent_satisfied) {
        (Some(g), _) => (
            Score::Grade(g),
            message(
                lang,
                "report-map-measured-grade",
                &Args::new().text("value", i18n::decimal(g, 1, lang)),
            ),
        ),
        (None, Some(p)) => (
            Score::Satisfied(p),
            message(
                lang,
                "report-map-measured-satisfied",
                &Args::new().text("value", i18n::percent(p / 100.0, lang)),
            ),
        ),
        (None, None) => return None,
    };
    let mut parts = vec![what];
    if let Some(r) = row.respondents {
        parts.push(if shown(r) {
            message(
                lang,
                "report-map-measured-respondents",
                &Args::new().count("respondents", r),
            )
        } else {
            message(
                lang,
                "report-map-measured-respondents",
                &Args::new().text("respondents", FEWER),
            )
        });
    }
    parts.extend(row.date.clone());
    let detail = parts.join(", ");
    Some((score.emotion(), detail))
}

/// The feeling in words, stated and measured, so the curve is never the only way to read it.
fn feeling_text(stated: Option<i8>, measured: Option<&(f64, String)>, lang: Locale) -> String {
    let stated = match stated {
        Some(s) => message(
            lang,
            "report-map-feeling-stated",
            &Args::new()
                .text("score", i18n::emotion_score(s))
                .text("word", i18n::emotion_word(s, lang)),
        ),
        None => i18n::no_emotion(lang).to_owned(),
    };
    match measured {
        Some((emotion, detail)) => message(
            lang,
            "report-map-feeling-measured",
            &Args::new()
                .text("stated", stated)
                .text("score", signed(*emotion, lang))
                .text("detail", detail.clone()),
        ),
        None => stated,
    }
}

/// What the tenant does at touchpoint `i`, from its channel and direction: "calls",
/// "receives a letter", "is visited at home"; the tenant's own step when the tenant acts alone.
fn does(prepared: &Prepared<'_>, i: usize) -> String {
    let tp = &prepared.j().touchpoints[i];
    let lang = prepared.lang();
    if prepared.lane_of[i] == Lane::Tenant {
        return text(lang, "report-map-does-alone");
    }
    let direction = match tp.direction {
        Some(crate::model::Direction::Inbound) => "inbound",
        Some(crate::model::Direction::Outbound) => "outbound",
        None => "none",
    };
    message(
        lang,
        "report-map-does",
        &Args::new()
            .text("channel", tp.channel.map_or("none", |c| c.name()))
            .text("direction", direction)
            .text("kind", tp.kind.name()),
    )
}

/// The route from the start to an end on which the tenant feels worst: the lowest sum of
/// stated feelings (a moment without one counts 0), fewer moments on a tie. Repeat contacts
/// (steps back) are left out, so the route is a path; a journey with one way through has
/// only its main path. Solved backwards over the steps forward in topological order, without
/// recursion: a generated journey may have tens of thousands of moments in a chain.
fn worst_route(prepared: &Prepared<'_>) -> Vec<usize> {
    let j = prepared.j();
    let graph = &prepared.journey.analysis.graph;
    let n = j.touchpoints.len();
    if n == 0 {
        return Vec::new();
    }
    let weight = |i: usize| {
        j.touchpoints[i]
            .emotion
            .as_ref()
            .map_or(0, |e| i32::from(e.score))
    };
    let forward: Vec<&crate::graph::Step> =
        prepared.steps.iter().filter(|s| !s.loop_back).collect();
    let mut outgoing: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut incoming = vec![0usize; n];
    for s in &forward {
        outgoing[s.from].push(s.to);
        incoming[s.to] += 1;
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| incoming[i] == 0).collect();
    let mut at = 0;
    while at < order.len() {
        let i = order[at];
        at += 1;
        for &to in &outgoing[i] {
            incoming[to] -= 1;
            if incoming[to] == 0 {
                order.push(to);
            }
        }
    }
    // (sum, moments, next) of the worst route from each moment to an end
    let mut best: Vec<Option<(i32, usize, Option<usize>)>> = vec![None; n];
    for &i in order.iter().rev() {
        let mut choice = graph.is_end(i).then_some((weight(i), 1, None));
        for &to in &outgoing[i] {
            if let Some((sum, len, _)) = best[to] {
                let candidate = (sum + weight(i), len + 1, Some(to));
                if choice.is_none_or(|c: (i32, usize, Option<usize>)| {
                    (candidate.0, candidate.1) < (c.0, c.1)
                }) {
                    choice = Some(candidate);
                }
            }
        }
        best[i] = Some(choice.unwrap_or((weight(i), 1, None)));
    }
    let mut route = vec![graph.start()];
    let mut seen = vec![false; n];
    seen[graph.start()] = true;
    while let Some(Some((_, _, Some(next)))) = route.last().map(|&i| best[i]) {
        if seen[next] {
            break;
        }
        seen[next] = true;
        route.push(next);
    }
    route
}
