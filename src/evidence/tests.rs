//! Every measured figure on small logs computed by hand: loops, an open case, equal
//! timestamps, a skipped row, and the journey mapping with its contradictions.

use std::io::Write as _;

use super::*;
use crate::model::Journey;

const DAY: f64 = 86_400.0;

/// Three cases. A: Melding → Bezoek → Klant belt opnieuw (same minute as the visit: file
/// order holds) → Bezoek again → Gereed. B: Melding → Bezoek → Klant belt opnieuw (open).
/// C: Melding only, in 2026 (open). Row 8 is empty and skipped.
const LOG: &str = "\u{feff}case_id;activity;timestamp;resource;channel;direction
A;Melding;2025-01-06 09:00;KCC;TEL;INK
B;Melding;06-01-2025 10:00;KCC;TEL;INK
A;Bezoek;2025-01-08T09:00:00;Monteur;BEZ;UIT
A;Klant belt opnieuw;2025-01-08T09:00:00;KCC;TEL;INK
B;Bezoek;2025-01-10 10:00;Monteur;BEZ;UIT
A;Bezoek;2025-01-09 09:00;Monteur;BEZ;UIT
;;;;;
A;Gereed;2025-01-09 12:00;Monteur;INT;UIT
C;Melding;2026-02-01 08:00;KCC;TEL;INK
B;Klant belt opnieuw;2025-01-11 10:00;KCC;TEL;INK
";

const JOURNEY: &str = r#"{
  "id": "mini", "title": "Mini", "language": "nl",
  "stages": [{ "id": "s", "title": "S" }],
  "actors": [{ "id": "kcc", "name": "KCC", "kind": "department" }],
  "touchpoints": [
    { "id": "melden", "stage": "s", "title": "Melden", "actor": "kcc",
      "evidence_match": { "activity": ["melding"], "channel": "phone" } },
    { "id": "bezoek", "stage": "s", "title": "Bezoek", "actor": "kcc", "kind": "visit", "wait": "3 days",
      "evidence_match": { "activity": ["Bezoek"] } },
    { "id": "gereed", "stage": "s", "title": "Gereed", "actor": "kcc", "outcome": "Klaar",
      "evidence_match": { "activity": ["Gereed"] } },
    { "id": "nooit", "stage": "s", "title": "Nooit", "actor": "kcc", "outcome": "Nooit",
      "evidence_match": { "activity": ["Bestaat niet"] } }
  ],
  "transitions": [
    { "from": "melden", "to": "bezoek" },
    { "from": "bezoek", "to": "gereed", "share": 90 },
    { "from": "bezoek", "to": "nooit", "share": 10 }
  ]
}"#;

fn log_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

fn journey() -> Journey {
    serde_json::from_str(JOURNEY).unwrap()
}

fn run(text: &str, journey: Option<&Journey>) -> Measured {
    let file = log_file(text);
    let norms = WaitNorms::default();
    measure(
        file.path(),
        &ReadOptions::default(),
        journey.map(|j| (j, &norms)),
    )
    .unwrap()
}

fn edge<'a>(log: &'a LogFigures, from: &str, to: &str) -> &'a measure::Edge {
    log.edges
        .iter()
        .find(|e| e.from == from && e.to == to)
        .unwrap_or_else(|| panic!("no edge {from} → {to}"))
}

#[test]
fn the_log_figures_by_hand() {
    let m = run(LOG, None);
    assert_eq!(m.read.delimiter, b';');
    assert_eq!(
        (m.read.rows, m.read.skipped, m.read.first_skipped),
        (10, 1, Some(8))
    );
    let log = &m.log;
    assert_eq!((log.events, log.cases), (9, 3));
    assert_eq!(
        log.first.map(timestamp::date).as_deref(),
        Some("2025-01-06")
    );
    assert_eq!(log.last.map(timestamp::date).as_deref(), Some("2026-02-01"));
    let years: Vec<(i64, u64, u64)> = log
        .years
        .iter()
        .map(|y| (y.year, y.cases, y.events))
        .collect();
    assert_eq!(years, vec![(2025, 2, 8), (2026, 1, 1)]);

    assert_eq!(log.edges.len(), 4);
    let visit = edge(log, "Melding", "Bezoek");
    assert_eq!((visit.count, visit.cases), (2, 2));
    assert_eq!(visit.mean_seconds, 3.0 * DAY);
    assert_eq!(visit.median_seconds, 3.0 * DAY);
    // equal timestamps keep file order: Bezoek then Klant belt opnieuw, with no wait
    let call = edge(log, "Bezoek", "Klant belt opnieuw");
    assert_eq!(call.count, 2);
    assert_eq!(call.mean_seconds, 0.5 * DAY);
    assert_eq!(edge(log, "Klant belt opnieuw", "Bezoek").mean_seconds, DAY);
    assert_eq!(edge(log, "Bezoek", "Gereed").mean_seconds, 3.0 * 3600.0);

    let starts: Vec<(&str, u64)> = log
        .activities
        .iter()
        .filter(|a| a.start > 0)
        .map(|a| (a.name.as_str(), a.start))
        .collect();
    assert_eq!(starts, vec![("Melding", 3)]);
    let mut ends: Vec<(&str, u64)> = log
        .activities
        .iter()
        .filter(|a| a.end > 0)
        .map(|a| (a.name.as_str(), a.end))
        .collect();
    ends.sort();
    assert_eq!(
        ends,
        vec![("Gereed", 1), ("Klant belt opnieuw", 1), ("Melding", 1)]
    );

    // A visits twice: one repeat; A and B call in after the case opened
    assert_eq!((log.repeats.events, log.repeats.cases), (1, 1));
    assert_eq!(log.repeats.inbound_while_open, Some((2, 2)));
    // A: KCC → Monteur → KCC → Monteur (3), B: KCC → Monteur → KCC (2)
    let handoffs = log.handoffs.unwrap();
    assert_eq!(
        (handoffs.total, handoffs.cases, handoffs.more_than_two),
        (5, 2, 1)
    );
    assert_eq!(
        log.main_path,
        vec!["Melding", "Bezoek", "Klant belt opnieuw"]
    );
}

#[test]
fn the_dump_is_what_the_benchmark_kit_reads() {
    let m = run(LOG, None);
    let dump: serde_json::Value =
        serde_json::from_str(&crate::output::evidence::dump(&m.log)).unwrap();
    assert_eq!(
        dump["edges"][0],
        serde_json::json!(["Bezoek", "Gereed", 1, 10800.0])
    );
    assert_eq!(dump["start"], serde_json::json!({ "Melding": 3 }));
    assert_eq!(dump["end"]["Melding"], 1);
}

#[test]
fn the_journey_against_the_log_by_hand() {
    let journey = journey();
    let m = run(LOG, Some(&journey));
    let j = m.journey.unwrap();
    assert_eq!(j.cases, 3);
    let cases: Vec<u64> = j.touchpoints.iter().map(|t| t.cases).collect();
    assert_eq!(cases, vec![3, 2, 1, 0]);
    let visits: Vec<u64> = j.touchpoints.iter().map(|t| t.visits).collect();
    assert_eq!(visits, vec![3, 3, 1, 0]);
    // waits before the visit: A 2 days, B 4 days, A's second visit 1 day after the first
    let wait = j.touchpoints[1].wait.unwrap();
    assert_eq!(wait.n, 3);
    assert!((wait.median_days - 2.0).abs() < 1e-9);
    assert!((wait.p90_days - 3.6).abs() < 1e-9, "{}", wait.p90_days);
    assert_eq!(wait.over_norm, 0.0);
    assert_eq!(j.touchpoints[1].stated_wait_days, Some(3.0));
    let shares: Vec<(usize, usize, Option<f64>)> = j
        .transitions
        .iter()
        .map(|t| (t.from, t.to, t.measured))
        .collect();
    // C is still open at the first moment: not counted among the tenants who went on
    assert_eq!(shares[0], (0, 1, Some(1.0)));
    // after a visit: once again a visit (A), once Gereed (A); B is still waiting
    assert_eq!(shares[1], (1, 2, Some(0.5)));
    assert_eq!(shares[2], (1, 3, Some(0.0)));
    // the visit again is a move the map lacks, and a loop back
    assert_eq!(j.unmapped_moves.len(), 1);
    assert_eq!(
        (
            j.unmapped_moves[0].from,
            j.unmapped_moves[0].to,
            j.unmapped_moves[0].loop_back
        ),
        (1, 1, true)
    );
    assert_eq!(j.main_path, vec![0, 1]);
    let steps: Vec<(&str, u64, u64)> = j
        .not_on_map
        .iter()
        .map(|s| (s.activity.as_str(), s.events, s.cases))
        .collect();
    assert_eq!(steps, vec![("Klant belt opnieuw", 2, 2)]);
    // fewer than ten cases: no contradiction but the touchpoint nobody reaches
    assert_eq!(
        j.contradictions,
        vec![Contradiction::Unreached { touchpoint: 3 }]
    );
}

#[test]
fn a_channel_that_does_not_fit_rules_the_touchpoint_out() {
    let journey = journey();
    let log = "case,activity,timestamp,channel\nX,Melding,2025-01-01,EMA\nY,Melding,2025-01-01,TEL\nZ,Melding,2025-01-01,\n";
    let j = run(log, Some(&journey)).journey.unwrap();
    // X came by e-mail: not the phone touchpoint; Z's channel is unknown: it counts
    assert_eq!(j.touchpoints[0].cases, 2);
    assert_eq!(j.not_on_map[0].activity, "Melding");
}

/// Forty cases: the map says 90% of visits end in Gereed and a wait of 3 days; the log has
/// half of the tenants calling back and being visited again, and waits of 10 days.
fn contradicting_log() -> String {
    let mut log = String::from("case,activity,timestamp\n");
    for c in 0..40 {
        log.push_str(&format!("K{c},Melding,2025-03-01T08:00\n"));
        log.push_str(&format!("K{c},Bezoek,2025-03-11T08:00\n"));
        if c % 2 == 0 {
            log.push_str(&format!("K{c},Bezoek,2025-03-21T08:00\n"));
        }
        log.push_str(&format!("K{c},Gereed,2025-03-31T08:00\n"));
    }
    log
}

#[test]
fn the_map_contradicts_the_data() {
    let journey = journey();
    let j = run(&contradicting_log(), Some(&journey)).journey.unwrap();
    // bezoek → gereed: stated 90%, measured 40 of 60 visits
    assert!(
        j.contradictions.iter().any(
            |c| matches!(c, Contradiction::Share { transition: 1, stated, measured }
        if (stated - 0.9).abs() < 1e-9 && (measured - 2.0 / 3.0).abs() < 1e-9)
        ),
        "{:?}",
        j.contradictions
    );
    assert!(j.contradictions.iter().any(|c| matches!(c, Contradiction::Wait { touchpoint: 1, measured_days, .. } if (*measured_days - 10.0).abs() < 1e-9)));
    assert!(
        j.contradictions
            .iter()
            .any(|c| matches!(c, Contradiction::Loop { from: 1, to: 1, .. }))
    );
    assert!(
        j.contradictions
            .contains(&Contradiction::Unreached { touchpoint: 3 })
    );
    // melden → bezoek is 100% as stated: no contradiction there
    assert!(
        !j.contradictions
            .iter()
            .any(|c| matches!(c, Contradiction::Share { transition: 0, .. }))
    );
}

fn error(text: &str, options: &ReadOptions) -> EvidenceError {
    let file = log_file(text);
    measure(file.path(), options, None).unwrap_err()
}

#[test]
fn bad_input_is_located() {
    let default = ReadOptions::default();
    let e = error("zaak,wanneer\n1,2025-01-01\n", &default);
    assert!(
        matches!(
            e.kind,
            ErrorKind::MissingColumn {
                field: Field::Activity,
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(e.place, Place::Row(1));

    let e = error(
        "case,activity,timestamp\nA,Melding,2025-01-01\nA,Bezoek,gisteren\n",
        &default,
    );
    assert!(matches!(&e.kind, ErrorKind::BadTimestamp { value } if value == "gisteren"));
    assert_eq!(e.place, Place::Cell(3, "timestamp".into()));

    let e = error(
        "case,activity,timestamp\nA,Melding,2025-01-02\nB,Melding,2025-01-01\nA,Bezoek,2025-01-01\n",
        &default,
    );
    assert!(
        matches!(e.kind, ErrorKind::BackInTime { earlier_row: 2 }),
        "{e}"
    );
    assert_eq!(e.place, Place::Cell(4, "timestamp".into()));

    let e = error(
        "case;activity;timestamp\nA;Melding;2025-01-02\nA,Bezoek,2025-01-03\n",
        &default,
    );
    assert!(
        matches!(
            e.kind,
            ErrorKind::MixedDelimiter {
                delimiter: b';',
                other: b','
            }
        ),
        "{e}"
    );
    assert_eq!(e.place, Place::Row(3));

    let e = error(
        "case,activity,timestamp\nA,\"Melding,2025-01-02\n",
        &default,
    );
    assert!(matches!(e.kind, ErrorKind::UnclosedQuote), "{e}");

    let e = error("", &default);
    assert!(matches!(e.kind, ErrorKind::Empty));

    let options = ReadOptions {
        max_megabytes: 0,
        ..ReadOptions::default()
    };
    let e = error("case,activity,timestamp\n", &options);
    assert!(matches!(e.kind, ErrorKind::TooLarge { cap: 0, .. }));
}

#[test]
fn quoted_cells_and_a_mapping() {
    let log = "Zaaknummer,Wat,Wanneer,Door\n\"Z-1\",\"Melding, telefonisch\",24-11-2025 13:56,\"Smit, J.\"\nZ-1,\"Bezoek \"\"1\"\"\",25-11-2025 13:56,Smit\n";
    let options = ReadOptions {
        mapping: Mapping {
            case: Some("zaaknummer".into()),
            activity: Some("Wat".into()),
            timestamp: Some("Wanneer".into()),
            resource: Some("Door".into()),
            ..Mapping::default()
        },
        ..ReadOptions::default()
    };
    let file = log_file(log);
    let m = measure(file.path(), &options, None).unwrap();
    assert_eq!(m.log.edges[0].from, "Melding, telefonisch");
    assert_eq!(m.log.edges[0].to, "Bezoek \"1\"");
    assert_eq!(m.log.edges[0].mean_seconds, DAY);
    assert_eq!(m.log.handoffs.unwrap().total, 1);
}

#[test]
fn records_across_blocks_are_whole() {
    // more than one read block, so records are cut at block edges and joined again
    let mut log = String::from("case,activity,timestamp\n");
    let mut n = 0;
    while log.len() < 9 << 20 {
        log.push_str(&format!(
            "C{},Stap {},2025-01-01T00:{:02}:00\n",
            n / 4,
            n % 4,
            n % 4
        ));
        n += 1;
    }
    let m = run(&log, None);
    assert_eq!(m.log.events, n);
    assert_eq!(m.log.edges.len(), 3);
}

#[test]
fn a_journeys_log_sits_in_evidence_beside_the_journeys_folder() {
    use std::path::Path;
    let beside = |file: &str| super::log_beside(Path::new(file), "klacht");
    assert_eq!(
        beside("journeys/klacht.json"),
        Path::new("evidence/klacht.csv")
    );
    assert_eq!(
        beside("/data/tjm/journeys/klacht.json"),
        Path::new("/data/tjm/evidence/klacht.csv")
    );
    // run from inside the journeys folder
    assert_eq!(beside("klacht.json"), Path::new("../evidence/klacht.csv"));
}

#[test]
fn a_move_through_a_step_the_log_cannot_see_is_on_the_map() {
    // call → (the promised call-back, absent: never in any log) → wait → call again: tenants
    // going straight from the call to the wait follow the map, and calling again is the loop.
    let journey: Journey = serde_json::from_str(
        r#"{"id": "k", "title": "K", "language": "nl",
  "stages": [{"id": "s", "title": "S"}],
  "actors": [{"id": "a", "name": "A", "kind": "department"}],
  "touchpoints": [
    {"id": "call", "stage": "s", "title": "Call", "actor": "a",
     "evidence_match": {"activity": ["Klant belt"]}},
    {"id": "callback", "stage": "s", "title": "Call-back", "actor": "a", "absent": true},
    {"id": "wait", "stage": "s", "title": "Wait", "actor": "a", "kind": "wait",
     "evidence_match": {"activity": ["Wachten"]}},
    {"id": "done", "stage": "s", "title": "Done", "actor": "a", "outcome": "Answer",
     "evidence_match": {"activity": ["Antwoord"]}}
  ],
  "transitions": [
    {"from": "call", "to": "callback"}, {"from": "callback", "to": "wait"},
    {"from": "wait", "to": "done"}
  ]}"#,
    )
    .unwrap();
    let mut log = String::from("case,activity,timestamp\n");
    for c in 0..20 {
        log.push_str(&format!("K{c},Klant belt,2025-03-01T08:00\n"));
        log.push_str(&format!("K{c},Wachten,2025-03-02T08:00\n"));
        log.push_str(&format!("K{c},Antwoord,2025-03-09T08:00\n"));
    }
    let j = run(&log, Some(&journey)).journey.unwrap();
    assert!(j.unmapped_moves.is_empty(), "{:?}", j.unmapped_moves);
    assert!(
        !j.contradictions
            .iter()
            .any(|c| matches!(c, Contradiction::Loop { .. })),
        "{:?}",
        j.contradictions
    );
}

#[test]
fn a_wait_is_judged_by_the_touchpoints_own_norm_and_the_configured_limits() {
    let touchpoint = |norm: Option<&str>| -> crate::model::Touchpoint {
        let mut value = serde_json::json!({
            "id": "visit", "stage": "s", "title": "Visit", "actor": "a", "kind": "visit"
        });
        if let Some(norm) = norm {
            value["norm"] = serde_json::json!(norm);
        }
        serde_json::from_value(value).unwrap()
    };
    let mut norms = WaitNorms::default();
    assert_eq!(norms.days(&touchpoint(None)), 14.0);
    // Awaab's 10 working days for an investigation: 14 calendar days
    assert!((norms.days(&touchpoint(Some("awaab.investigation"))) - 14.0).abs() < 1e-9);
    norms.norms.overrides.push((
        "awaab.investigation".to_owned(),
        crate::norms::Deadline {
            amount: 5.0,
            unit: crate::norms::DeadlineUnit::WorkingDays,
        },
    ));
    assert!((norms.days(&touchpoint(Some("awaab.investigation"))) - 7.0).abs() < 1e-9);
    norms
        .max_days
        .insert(crate::model::TouchpointKind::Visit, 5.0);
    assert_eq!(norms.days(&touchpoint(None)), 5.0);
    // the rule's configured limits reach the measurement
    let mut settings = crate::rules::Settings::default();
    settings.norms = norms.norms.clone();
    let from_rules = crate::rules::wait_norms(&settings);
    assert_eq!(from_rules.days(&touchpoint(None)), 14.0);
    assert!((from_rules.days(&touchpoint(Some("awaab.investigation"))) - 7.0).abs() < 1e-9);
}

#[test]
fn the_first_problem_in_the_file_is_named_though_events_are_measured_in_batches() {
    let default = ReadOptions::default();
    // row 3 goes back in time; row 5 has no readable time: row 3 is the one named
    let e = error(
        "case,activity,timestamp\nA,Melding,2025-01-02\nA,Bezoek,2025-01-01\nB,Melding,2025-01-01\nB,Bezoek,gisteren\n",
        &default,
    );
    assert!(
        matches!(e.kind, ErrorKind::BackInTime { earlier_row: 2 }),
        "{e}"
    );
    assert_eq!(e.place, Place::Cell(3, "timestamp".into()));
    // 600 good rows (more than one batch), then a case going back in time
    let mut log = String::from("case,activity,timestamp\n");
    for i in 0..600 {
        log.push_str(&format!("C{i},Melding,2025-01-02\n"));
    }
    log.push_str("C7,Bezoek,2025-01-01\n");
    let e = error(&log, &default);
    assert!(
        matches!(e.kind, ErrorKind::BackInTime { earlier_row: 9 }),
        "{e}"
    );
    assert_eq!(e.place, Place::Cell(602, "timestamp".into()));
    // the same rows, measured: every case once
    let m = run(
        &log.replace("C7,Bezoek,2025-01-01", "C7,Bezoek,2025-01-03"),
        None,
    );
    assert_eq!((m.log.cases, m.log.events), (600, 601));
}

/// [`LOG`] as an XES export writes it: one trace per case, its events in order, times with
/// an offset and milliseconds, the case's name after its first event in trace B, a global
/// default and a nested attribute that are not events, an escaped resource, and an event
/// without a time (skipped and counted).
const XES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="event">
    <string key="concept:name" value="__INVALID__"/>
    <date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>
  </global>
  <string key="concept:name" value="the log itself"/>
  <trace>
    <string key="concept:name" value="A"/>
    <event>
      <string key="concept:name" value="Melding"/>
      <date key="time:timestamp" value="2025-01-06T09:00:00.000+00:00"/>
      <string key="org:resource" value="KCC"/>
      <string key="kanaal" value="TEL"/>
      <string key="richting" value="INK"/>
    </event>
    <event>
      <string key="concept:name" value="Bezoek"/>
      <date key="time:timestamp" value="2025-01-08T09:00:00.000Z"/>
      <string key="org:resource" value="Monteur"><string key="note" value="Bezoek"/></string>
      <string key="kanaal" value="BEZ"/>
      <string key="richting" value="UIT"/>
    </event>
    <event>
      <string key="concept:name" value="Klant belt opnieuw"/>
      <date key="time:timestamp" value="2025-01-08T10:00:00.000+01:00"/>
      <string key="org:resource" value="KCC"/>
      <string key="kanaal" value="TEL"/>
      <string key="richting" value="INK"/>
    </event>
    <event>
      <string key="concept:name" value="Bezoek"/>
      <date key="time:timestamp" value="2025-01-09T09:00:00"/>
      <string key="org:resource" value="Monteur"/>
      <string key="kanaal" value="BEZ"/>
      <string key="richting" value="UIT"/>
    </event>
    <event>
      <string key="concept:name" value="Gereed"/>
      <string key="org:resource" value="Monteur"/>
    </event>
    <event>
      <string key="concept:name" value="Gereed"/>
      <date key="time:timestamp" value="2025-01-09T12:00:00"/>
      <string key="org:resource" value="Monteur"/>
      <string key="kanaal" value="INT"/>
      <string key="richting" value="UIT"/>
    </event>
  </trace>
  <trace>
    <event>
      <string key="concept:name" value="Melding"/>
      <date key="time:timestamp" value="2025-01-06T10:00:00"/>
      <string key="org:resource" value="KCC"/>
      <string key="kanaal" value="TEL"/>
      <string key="richting" value="INK"/>
    </event>
    <string key="concept:name" value="B"/>
    <event>
      <string key="concept:name" value="Bezoek"/>
      <date key="time:timestamp" value="2025-01-10T10:00:00"/>
      <string key="org:resource" value="Monteur"/>
      <string key="kanaal" value="BEZ"/>
      <string key="richting" value="UIT"/>
    </event>
    <event>
      <string key="concept:name" value="Klant belt opnieuw"/>
      <date key="time:timestamp" value="2025-01-11T10:00:00"/>
      <string key="org:resource" value="K&amp;C"/>
      <string key="kanaal" value="TEL"/>
      <string key="richting" value="INK"/>
    </event>
  </trace>
  <trace>
    <string key="concept:name" value="C"/>
    <event>
      <string key="concept:name" value="Melding"/>
      <date key="time:timestamp" value="2026-02-01T08:00:00"/>
      <string key="org:resource" value="KCC"/>
      <string key="kanaal" value="TEL"/>
      <string key="richting" value="INK"/>
    </event>
  </trace>
</log>
"#;

fn xes_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".xes").tempfile().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

fn run_xes(text: &str, journey: Option<&Journey>) -> Result<Measured, EvidenceError> {
    let file = xes_file(text);
    let norms = WaitNorms::default();
    measure(
        file.path(),
        &ReadOptions::default(),
        journey.map(|j| (j, &norms)),
    )
}

#[test]
fn an_xes_log_measures_what_the_same_csv_log_does() {
    let csv = run(LOG, None).log;
    let xes = run_xes(XES, None).unwrap();
    assert_eq!((xes.read.rows, xes.read.skipped), (10, 1));
    // the event without a time: the line its <event> starts on, and said so (not "row")
    assert_eq!(xes.read.first_skipped, Some(39));
    assert!(xes.read.lines && !run(LOG, None).read.lines);
    let shown = crate::output::evidence::text(&xes, None, "log.xes", None, crate::i18n::Locale::En);
    assert!(
        shown.contains(
            "1 event skipped (without case, activity or time; the first starts on line 39)"
        ),
        "{shown}"
    );
    let xes = xes.log;
    assert_eq!((xes.cases, xes.events), (3, 9));
    assert_eq!((xes.first, xes.last), (csv.first, csv.last));
    assert_eq!(xes.years, csv.years);
    assert_eq!(xes.edges, csv.edges);
    assert_eq!(xes.repeats, csv.repeats);
    // B's last call is taken by "K&C" instead of KCC: after the Monteur a handoff all the same
    assert_eq!(xes.handoffs, csv.handoffs);
    let sorted = |log: &LogFigures| {
        let mut a: Vec<_> = log
            .activities
            .iter()
            .map(|a| (a.name.clone(), a.events, a.cases, a.start, a.end))
            .collect();
        a.sort();
        a
    };
    assert_eq!(sorted(&xes), sorted(&csv));
    // and the journey onto it alike
    let journey = journey();
    let (x, c) = (
        run_xes(XES, Some(&journey)).unwrap().journey.unwrap(),
        run(LOG, Some(&journey)).journey.unwrap(),
    );
    assert_eq!(x.touchpoints, c.touchpoints);
    assert_eq!(x.transitions, c.transitions);
}

#[test]
fn broken_xes_is_located_by_line_and_column() {
    // an attribute whose value is not quoted, on line 4
    let broken = "<log>\n  <trace>\n    <string key=\"concept:name\" value=\"A\"/>\n    <event><string key=concept:name value=\"x\"/></event>\n  </trace>\n</log>\n";
    let e = run_xes(broken, None).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Xml { .. }), "{e}");
    let Place::Line(line, _) = e.place else {
        panic!("{:?}", e.place)
    };
    assert_eq!(line, 4, "{e}");
    assert!(
        e.render(crate::i18n::Locale::En)
            .contains(": line 4, column "),
        "{e}"
    );

    // an element never closed
    let e = run_xes("<log>\n<trace>\n<event>\n</trace>\n</log>\n", None).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Xml { .. }), "{e}");
    assert!(matches!(e.place, Place::Line(4, _)), "{:?}", e.place);

    // back in time within a trace, naming the earlier event's line
    let back = "<log>\n<trace><string key=\"concept:name\" value=\"A\"/>\n<event><string key=\"concept:name\" value=\"x\"/><date key=\"time:timestamp\" value=\"2025-01-02T00:00:00\"/></event>\n<event><string key=\"concept:name\" value=\"y\"/><date key=\"time:timestamp\" value=\"2025-01-01T00:00:00\"/></event>\n</trace></log>\n";
    let e = run_xes(back, None).unwrap_err();
    assert!(
        matches!(e.kind, ErrorKind::XesBackInTime { earlier_line: 3 }),
        "{e}"
    );
    assert_eq!(e.place, Place::Line(4, 1));

    // a bad time
    let bad = back.replace("2025-01-01T00:00:00", "yesterday");
    let e = run_xes(&bad, None).unwrap_err();
    assert!(
        matches!(&e.kind, ErrorKind::BadTimestamp { value } if value == "yesterday"),
        "{e}"
    );
    assert_eq!(e.place, Place::Line(4, 1));

    // not an event log at all, and a file over the cap
    let e = run_xes("<html><body/></html>", None).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::NotXes), "{e}");
    let file = xes_file(XES);
    let options = ReadOptions {
        max_megabytes: 0,
        ..ReadOptions::default()
    };
    let e = measure(file.path(), &options, None).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::TooLarge { .. }), "{e}");
}
