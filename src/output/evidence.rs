//! What `tjm evidence` shows: the measured figures of a log (and of a journey against it) as
//! text for a person, as versioned JSON for programs, and as the benchmark kit's dump for
//! checking tjm edge for edge against PM4Py, polars and DuckDB. Text and JSON apply the privacy
//! floor (figures from fewer than ten cases show as "< 10"); none of them holds a case id or a
//! resource name, because the measurement never keeps one.

use serde_json::{Value, json};

use crate::evidence::compare::Contradiction;
use crate::evidence::figure::{Count, shown};
use crate::evidence::survey::{Score, SurveyRow};
use crate::evidence::timestamp;
use crate::evidence::{JourneyFigures, LogFigures, Measured};
use crate::i18n::{self, Args, Locale};
use crate::model::Journey;
use crate::output::terminal::safe_line;

const DAY: f64 = 86_400.0;

/// The dump `eventlog_agree.py` reads: edges as `[from, to, count, mean wait in seconds]`,
/// sorted, and the start and end activities with their case counts. Exact counts: this is
/// activity-level arithmetic for checking tools against each other, with no case in it.
pub fn dump(log: &LogFigures) -> String {
    let edges: Vec<Value> = log
        .edges
        .iter()
        .map(|e| json!([e.from, e.to, e.count, e.mean_seconds]))
        .collect();
    // the activities with a case count of `which` kind (start or end), sorted by name
    let counted = |which: fn(&crate::evidence::measure::Activity) -> u64| {
        let mut pairs: Vec<(&str, u64)> = log
            .activities
            .iter()
            .map(|a| (a.name.as_str(), which(a)))
            .filter(|&(_, n)| n > 0)
            .collect();
        pairs.sort();
        pairs
    };
    let (start, end) = (counted(|a| a.start), counted(|a| a.end));
    let object = |pairs: Vec<(&str, u64)>| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), json!(v)))
                .collect(),
        )
    };
    let value = json!({ "edges": edges, "start": object(start), "end": object(end) });
    let mut text = serde_json::to_string(&value).expect("JSON values serialise");
    text.push('\n');
    text
}

fn days(value: f64) -> Value {
    json!((value * 1000.0).round() / 1000.0)
}

/// The versioned JSON document of `tjm evidence --format json`.
pub fn json(measured: &Measured, journey: Option<&Journey>, survey: &[SurveyRow]) -> Value {
    let log = &measured.log;
    let edges: Vec<Value> = log
        .edges
        .iter()
        .map(|e| {
            let wait = shown(e.cases).then(|| {
                json!({
                    "mean_days": days(e.mean_seconds / DAY),
                    "median_days": days(e.median_seconds / DAY),
                    "p90_days": days(e.p90_seconds / DAY),
                })
            });
            json!({ "from": e.from, "to": e.to, "count": Count(if shown(e.cases) { e.count } else { 0 }), "cases": Count(e.cases), "wait": wait })
        })
        .collect();
    let activities: Vec<Value> = log
        .activities
        .iter()
        .map(|a| {
            json!({ "name": a.name, "events": Count(a.events * u64::from(shown(a.cases))), "cases": Count(a.cases), "first_in": Count(a.start), "last_in": Count(a.end) })
        })
        .collect();
    let per_case = |n: u64| {
        if log.cases == 0 {
            0.0
        } else {
            (n as f64 / log.cases as f64 * 100.0).round() / 100.0
        }
    };
    let mut value = json!({
        "version": 1,
        "log": {
            "events": Count(log.events),
            "cases": Count(log.cases),
            "rows_skipped": measured.read.skipped,
            "first_skipped_row": measured.read.first_skipped,
            "period": {
                "from": log.first.map(timestamp::date),
                "to": log.last.map(timestamp::date),
            },
            "per_year": log.years.iter().map(|y| json!({ "year": y.year, "cases": Count(y.cases), "events": Count(y.events) })).collect::<Vec<_>>(),
            "activities": activities,
            "edges": edges,
            "main_path": log.main_path,
            "repeat_contacts": {
                "events": Count(log.repeats.events),
                "cases": Count(log.repeats.cases),
                "per_case": per_case(log.repeats.events),
                "inbound_while_open": log.repeats.inbound_while_open.map(|(events, cases)| json!({ "events": Count(events), "cases": Count(cases) })),
            },
            "handoffs": log.handoffs.map(|h| json!({
                "per_case": per_case(h.total),
                "cases": Count(h.cases),
                "cases_more_than_two": Count(h.more_than_two),
            })),
        },
        "journey": Value::Null,
        "survey": survey_json(survey, journey),
    });
    if let (Some(figures), Some(journey)) = (&measured.journey, journey) {
        value["journey"] = journey_json(figures, journey);
    }
    value
}

/// The touchpoint a survey row is about: its key is the touchpoint's id.
fn survey_touchpoint<'a>(
    row: &SurveyRow,
    journey: Option<&'a Journey>,
) -> Option<&'a crate::model::Touchpoint> {
    journey?
        .touchpoints
        .iter()
        .find(|t| t.id.eq_ignore_ascii_case(&row.key))
}

fn survey_json(survey: &[SurveyRow], journey: Option<&Journey>) -> Value {
    survey
        .iter()
        .map(|row| {
            let enough = row.respondents.is_some_and(shown);
            let score = row.score.filter(|_| enough);
            json!({
                "key": row.key,
                "period": row.period,
                "respondents": row.respondents.map(Count),
                "grade": score.and_then(|s| match s { Score::Grade(g) => Some(g), Score::Satisfied(_) => None }),
                "percent_satisfied": score.and_then(|s| match s { Score::Satisfied(p) => Some(p), Score::Grade(_) => None }),
                "share_6_or_more": row.sufficient.filter(|_| enough).map(days),
                "emotion": score.map(|s| (s.emotion() * 10.0).round() / 10.0),
                "touchpoint": survey_touchpoint(row, journey).map(|t| t.id.clone()),
            })
        })
        .collect()
}

fn survey_text(
    survey: &[SurveyRow],
    journey: Option<&Journey>,
    file: &str,
    locale: Locale,
    out: &mut String,
) {
    out.push('\n');
    let mut line = |indent: usize, id: &str, args: Args| {
        out.push_str(&"  ".repeat(indent));
        out.push_str(&safe_line(&i18n::message(locale, id, &args)));
        out.push('\n');
    };
    line(0, "evidence-survey", Args::new().text("file", file));
    for row in survey {
        let enough = row.respondents.is_some_and(shown);
        let respondents = row.respondents.map_or_else(
            || i18n::text(locale, "evidence-not-stated"),
            |n| Count(n).text(locale),
        );
        let (score, emotion) = match row.score.filter(|_| enough) {
            Some(score @ Score::Grade(g)) => (
                i18n::message(
                    locale,
                    "evidence-survey-grade",
                    &Args::new().text("grade", i18n::grade(g, locale)),
                ),
                i18n::decimal(score.emotion(), 1, locale),
            ),
            Some(score @ Score::Satisfied(p)) => (
                i18n::message(
                    locale,
                    "evidence-survey-satisfied",
                    &Args::new().text("percent", i18n::percentage(p, locale)),
                ),
                i18n::decimal(score.emotion(), 1, locale),
            ),
            None => (
                Count(0).text(locale),
                i18n::text(locale, "evidence-not-stated"),
            ),
        };
        let title = survey_touchpoint(row, journey);
        let stated = title.and_then(|t| t.emotion.as_ref()).map_or_else(
            || i18n::text(locale, "evidence-not-stated"),
            |e| i18n::decimal(f64::from(e.score), 0, locale),
        );
        let args = Args::new()
            .text(
                "key",
                title.map_or_else(|| row.key.clone(), |t| t.title.clone()),
            )
            .text("period", row.period.clone())
            .text("respondents", respondents)
            .text("score", score)
            .text("emotion", emotion)
            .text("stated", stated);
        line(
            1,
            if title.is_some() {
                "evidence-survey-touchpoint"
            } else {
                "evidence-survey-row"
            },
            args,
        );
    }
}

fn journey_json(figures: &JourneyFigures, journey: &Journey) -> Value {
    let id = |i: usize| journey.touchpoints[i].id.clone();
    let touchpoints: Vec<Value> = figures
        .touchpoints
        .iter()
        .map(|t| {
            let wait = t.wait.filter(|w| shown(w.n)).map(|w| {
                json!({ "n": w.n, "median_days": days(w.median_days), "p90_days": days(w.p90_days), "over_norm_share": days(w.over_norm) })
            });
            json!({
                "id": id(t.index),
                "measured": t.measured,
                "cases": Count(t.cases),
                "visits": Count(t.visits * u64::from(shown(t.cases))),
                "stated_wait_days": t.stated_wait_days.map(days),
                "measured_wait": wait,
                "norm_days": t.norm_days,
            })
        })
        .collect();
    let cases_at = |i: usize| figures.touchpoints[i].cases;
    let transitions: Vec<Value> = figures
        .transitions
        .iter()
        .map(|t| {
            json!({
                "from": id(t.from),
                "to": id(t.to),
                "stated_share": days(t.stated),
                "measured_share": t.measured.filter(|_| shown(cases_at(t.from))).map(days),
                "measured_from": Count(cases_at(t.from)),
            })
        })
        .collect();
    let moves: Vec<Value> = figures
        .unmapped_moves
        .iter()
        .map(|m| json!({ "from": id(m.from), "to": id(m.to), "count": Count(m.count), "share": shown(m.count).then(|| days(m.share)), "loop_back": m.loop_back }))
        .collect();
    let steps: Vec<Value> = figures
        .not_on_map
        .iter()
        .map(|s| json!({ "activity": s.activity, "events": Count(s.events * u64::from(shown(s.cases))), "cases": Count(s.cases) }))
        .collect();
    let contradictions: Vec<Value> = figures
        .contradictions
        .iter()
        .map(|c| match *c {
            Contradiction::Share { transition, stated, measured } => json!({
                "kind": "share", "from": journey.transitions[transition].from, "to": journey.transitions[transition].to,
                "stated_share": days(stated), "measured_share": days(measured),
            }),
            Contradiction::Wait { touchpoint, stated_days, measured_days } => json!({
                "kind": "wait", "touchpoint": id(touchpoint), "stated_days": days(stated_days), "measured_median_days": days(measured_days),
            }),
            Contradiction::Loop { from, to, share } => json!({
                "kind": "loop", "from": id(from), "to": id(to), "share": days(share),
            }),
            Contradiction::Unreached { touchpoint } => json!({ "kind": "unreached", "touchpoint": id(touchpoint) }),
        })
        .collect();
    json!({
        "id": journey.id,
        "cases": Count(figures.cases),
        "touchpoints": touchpoints,
        "transitions": transitions,
        "moves_not_on_map": moves,
        "steps_not_on_map": steps,
        "main_path": figures.main_path.iter().map(|&i| id(i)).collect::<Vec<_>>(),
        "contradictions": contradictions,
    })
}

/// How many directly-follows steps the text shows; JSON has them all.
const TEXT_EDGES: usize = 15;

/// The text summary for a terminal: the log, the journey against it, the survey.
pub fn text(
    measured: &Measured,
    journey: Option<&Journey>,
    file: &str,
    survey: Option<(&[SurveyRow], &str)>,
    locale: Locale,
) -> String {
    let log = &measured.log;
    let mut out = String::new();
    let mut line = |indent: usize, id: &str, args: Args| {
        out.push_str(&"  ".repeat(indent));
        out.push_str(&safe_line(&i18n::message(locale, id, &args)));
        out.push('\n');
    };
    let count = |n: u64| Count(n).text(locale);
    let day = |v: f64| i18n::decimal(v, 1, locale);
    line(0, "evidence-log", Args::new().text("file", file));
    line(
        1,
        "evidence-log-size",
        Args::new()
            .text("events", count(log.events))
            .text("cases", count(log.cases))
            .text("from", log.first.map(timestamp::date).unwrap_or_default())
            .text("to", log.last.map(timestamp::date).unwrap_or_default()),
    );
    if measured.read.skipped > 0 {
        line(
            1,
            "evidence-log-skipped",
            Args::new()
                .count("rows", measured.read.skipped)
                .key("place", if measured.read.lines { "line" } else { "row" })
                .count("first", measured.read.first_skipped.unwrap_or_default()),
        );
    }
    for year in &log.years {
        line(
            1,
            "evidence-log-year",
            Args::new()
                .text("year", year.year.to_string())
                .text("cases", count(year.cases))
                .text("events", count(year.events)),
        );
    }
    if !log.main_path.is_empty() {
        line(
            1,
            "evidence-main-path",
            Args::new().text("path", log.main_path.join(" → ")),
        );
    }
    let per_case = |n: u64| i18n::decimal(n as f64 / log.cases.max(1) as f64, 2, locale);
    line(
        1,
        "evidence-repeats",
        Args::new()
            .text("events", count(log.repeats.events))
            .text("cases", count(log.repeats.cases))
            .text("per_case", per_case(log.repeats.events)),
    );
    if let Some((events, cases)) = log.repeats.inbound_while_open {
        line(
            1,
            "evidence-inbound",
            Args::new()
                .text("events", count(events))
                .text("cases", count(cases)),
        );
    }
    if let Some(h) = log.handoffs {
        line(
            1,
            "evidence-handoffs",
            Args::new()
                .text("per_case", per_case(h.total))
                .text("pillar", count(h.more_than_two)),
        );
    }
    line(1, "evidence-edges", Args::new());
    let mut edges: Vec<_> = log.edges.iter().collect();
    edges.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then((&a.from, &a.to).cmp(&(&b.from, &b.to)))
    });
    for e in edges.iter().take(TEXT_EDGES) {
        let args = Args::new()
            .text("from", e.from.clone())
            .text("to", e.to.clone());
        if shown(e.cases) {
            line(
                2,
                "evidence-edge",
                args.text("count", count(e.count))
                    .text("median", day(e.median_seconds / DAY))
                    .text("p90", day(e.p90_seconds / DAY)),
            );
        } else {
            line(2, "evidence-edge-small", args);
        }
    }
    if edges.len() > TEXT_EDGES {
        line(
            2,
            "evidence-edges-more",
            Args::new().count("count", edges.len() - TEXT_EDGES),
        );
    }
    if let (Some(figures), Some(journey)) = (&measured.journey, journey) {
        journey_text(figures, journey, locale, &mut out);
    }
    if let Some((rows, file)) = survey {
        survey_text(rows, journey, file, locale, &mut out);
    }
    out
}

fn journey_text(figures: &JourneyFigures, journey: &Journey, locale: Locale, out: &mut String) {
    out.push('\n');
    let mut line = |indent: usize, id: &str, args: Args| {
        out.push_str(&"  ".repeat(indent));
        out.push_str(&safe_line(&i18n::message(locale, id, &args)));
        out.push('\n');
    };
    let count = |n: u64| Count(n).text(locale);
    let day = |v: f64| i18n::decimal(v, 1, locale);
    let title = |i: usize| journey.touchpoints[i].title.clone();
    line(
        0,
        "evidence-journey",
        Args::new()
            .text("title", journey.title.clone())
            .text("cases", count(figures.cases)),
    );
    if !figures.touchpoints.iter().any(|t| t.measured) {
        line(1, "evidence-no-journey-match", Args::new());
        return;
    }
    line(1, "evidence-journey-touchpoints", Args::new());
    for t in &figures.touchpoints {
        if !t.measured {
            line(
                2,
                "evidence-touchpoint-unmeasured",
                Args::new().text("title", title(t.index)),
            );
            continue;
        }
        let stated = t
            .stated_wait_days
            .map_or_else(|| i18n::text(locale, "evidence-not-stated"), day);
        let wait = t.wait.filter(|w| shown(w.n));
        let none = || i18n::text(locale, "evidence-no-wait");
        if wait.is_none() {
            line(
                2,
                "evidence-touchpoint-no-wait",
                Args::new()
                    .text("title", title(t.index))
                    .text("cases", count(t.cases))
                    .text("stated", stated),
            );
            continue;
        }
        line(
            2,
            "evidence-touchpoint",
            Args::new()
                .text("title", title(t.index))
                .text("cases", count(t.cases))
                .text("stated", stated)
                .text("median", wait.map_or_else(none, |w| day(w.median_days)))
                .text("p90", wait.map_or_else(none, |w| day(w.p90_days)))
                .text(
                    "over",
                    wait.map_or_else(none, |w| i18n::percent(w.over_norm, locale)),
                )
                .text("norm", i18n::decimal(t.norm_days, 0, locale)),
        );
    }
    line(1, "evidence-journey-transitions", Args::new());
    for t in &figures.transitions {
        let measured = match t.measured {
            Some(share) if shown(figures.touchpoints[t.from].cases) => i18n::percent(share, locale),
            Some(_) => Count(0).text(locale),
            None => i18n::text(locale, "evidence-not-stated"),
        };
        line(
            2,
            "evidence-transition",
            Args::new()
                .text("from", title(t.from))
                .text("to", title(t.to))
                .text("stated", i18n::percent(t.stated, locale))
                .text("measured", measured),
        );
    }
    if !figures.main_path.is_empty() {
        let path: Vec<String> = figures.main_path.iter().map(|&i| title(i)).collect();
        line(
            1,
            "evidence-journey-main-path",
            Args::new().text("path", path.join(" → ")),
        );
    }
    if !figures.unmapped_moves.is_empty() {
        line(1, "evidence-moves-not-on-map", Args::new());
        for m in figures
            .unmapped_moves
            .iter()
            .filter(|m| shown(m.count))
            .take(TEXT_EDGES)
        {
            line(
                2,
                "evidence-move",
                Args::new()
                    .text("from", title(m.from))
                    .text("to", title(m.to))
                    .text("count", count(m.count))
                    .text("share", i18n::percent(m.share, locale))
                    .key("loop", if m.loop_back { "yes" } else { "no" }),
            );
        }
    }
    if !figures.not_on_map.is_empty() {
        line(1, "evidence-not-on-map", Args::new());
        for s in &figures.not_on_map {
            line(
                2,
                "evidence-not-on-map-step",
                Args::new()
                    .text("activity", s.activity.clone())
                    .text(
                        "events",
                        if shown(s.cases) {
                            count(s.events)
                        } else {
                            count(0)
                        },
                    )
                    .text("cases", count(s.cases)),
            );
        }
    }
    if figures.contradictions.is_empty() {
        line(1, "evidence-no-contradictions", Args::new());
        return;
    }
    line(1, "evidence-contradictions", Args::new());
    for c in &figures.contradictions {
        let (id, args) = match *c {
            Contradiction::Share {
                transition,
                stated,
                measured,
            } => {
                let step = &journey.transitions[transition];
                let name = |id: &str| {
                    journey
                        .touchpoints
                        .iter()
                        .find(|t| t.id == id)
                        .map_or_else(|| id.to_owned(), |t| t.title.clone())
                };
                (
                    "evidence-contradiction-share",
                    Args::new()
                        .text("from", name(&step.from))
                        .text("to", name(&step.to))
                        .text("stated", i18n::percent(stated, locale))
                        .text("measured", i18n::percent(measured, locale)),
                )
            }
            Contradiction::Wait {
                touchpoint,
                stated_days,
                measured_days,
            } => (
                "evidence-contradiction-wait",
                Args::new()
                    .text("title", title(touchpoint))
                    .text("stated", day(stated_days))
                    .text("measured", day(measured_days)),
            ),
            Contradiction::Loop { from, to, share } => (
                "evidence-contradiction-loop",
                Args::new()
                    .text("from", title(from))
                    .text("to", title(to))
                    .text("share", i18n::percent(share, locale)),
            ),
            Contradiction::Unreached { touchpoint } => (
                "evidence-contradiction-unreached",
                Args::new().text("title", title(touchpoint)),
            ),
        };
        line(2, id, args);
    }
}
