//! `tjm evidence`: a log measured from the command line, every bad-input class located with
//! exit 2, the survey tables, the shipped sample, and the privacy promise: no case id, staff
//! name or free text from a log in any output.

use crate::support::{TjmTest, repo};

const CASE_IDS: &[&str] = &["ZK-PRIV", "4471", "4482"];
const PRIVATE: &[&str] = &["Geheim", "Jansen", "Pietersen", "schimmel", "waar blijft"];

#[test]
fn no_case_id_staff_name_or_note_in_any_output() {
    let t = TjmTest::new();
    t.copy_fixture("evidence/privacy.csv", "log.csv");
    t.copy_fixture("evidence/survey.csv", "survey.csv");
    t.with_shipped_journeys();
    let journey = "journeys/reparatieverzoek.json";
    let mut outputs = Vec::new();
    for lang in ["en", "nl"] {
        for format in ["text", "json"] {
            let run = t.run(&[
                "evidence",
                "log.csv",
                "--journey",
                journey,
                "--survey",
                "survey.csv",
                "--format",
                format,
                "--lang",
                lang,
                "--dump",
                "dump.json",
            ]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            outputs.push((format!("{lang} {format}"), run.stdout + &run.stderr));
            outputs.push((format!("{lang} {format} dump"), t.read("dump.json")));
        }
    }
    // the same log as XES (with its notes as event attributes), and the RSH's TSM workbook
    // with a landlord and a private note: nothing of either shows either
    t.write("log.xes", xes_of(&t.read("log.csv")));
    let workbook = t.path().join("tsm.xlsx");
    tsm_workbook(&workbook);
    for lang in ["en", "nl"] {
        for format in ["text", "json"] {
            let run = t.run(&[
                "evidence",
                "log.xes",
                "--journey",
                journey,
                "--survey",
                "tsm.xlsx",
                "--format",
                format,
                "--lang",
                lang,
                "--dump",
                "dump-xes.json",
            ]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            outputs.push((format!("xes {lang} {format}"), run.stdout + &run.stderr));
            outputs.push((format!("xes {lang} {format} dump"), t.read("dump-xes.json")));
        }
    }
    assert!(outputs[8].1.contains("12 cases"), "{}", outputs[8].1);
    assert!(outputs[8].1.contains("TP02"), "{}", outputs[8].1);
    // an error message about a row of the log names the row, not the case
    let bad = t.write(
        "bad.csv",
        "zaak;datum;onderwerp;medewerker\nZK-PRIV-9999;morgen;Melding;Jansen-Geheim\n",
    );
    let run = t.run(&["evidence", bad.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    outputs.push(("error".into(), run.stdout + &run.stderr));
    for (name, text) in &outputs {
        for word in CASE_IDS.iter().chain(PRIVATE) {
            assert!(!text.contains(word), "{name} shows {word:?}:\n{text}");
        }
    }
    // and the figures are there: 12 cases, the activity names
    assert!(outputs[0].1.contains("12 cases"), "{}", outputs[0].1);
    assert!(outputs[0].1.contains("Klant belt opnieuw"));
    // a dump aimed at the log is refused: logs are read, never written
    let run = t.run(&["evidence", "log.csv", "--dump", "log.csv"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    // the log itself is untouched
    assert_eq!(
        t.read("log.csv"),
        std::fs::read_to_string(crate::support::fixture("evidence/privacy.csv")).unwrap()
    );
}

/// A `;` log as an XES file: one trace per case, every column an attribute.
fn xes_of(csv: &str) -> String {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(';').collect();
    let mut traces: Vec<(String, Vec<Vec<&str>>)> = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split(';').collect();
        match traces.iter_mut().find(|(case, _)| case == cells[0]) {
            Some((_, events)) => events.push(cells),
            None => traces.push((cells[0].to_owned(), vec![cells])),
        }
    }
    let key = |column: &str| match column {
        "onderwerp" => "concept:name".to_owned(),
        "medewerker" => "org:resource".to_owned(),
        other => other.to_owned(),
    };
    let mut xes = String::from("<?xml version=\"1.0\"?>\n<log xes.version=\"1.0\">\n");
    for (case, events) in traces {
        xes.push_str(&format!(
            "<trace><string key=\"concept:name\" value=\"{case}\"/>\n"
        ));
        for cells in events {
            xes.push_str("<event>");
            for (column, value) in header.iter().zip(&cells).skip(1) {
                let value = if *column == "datum" {
                    // 01-03-2025 09:00 as 2025-03-01T09:00:00
                    format!(
                        "{}-{}-{}T{}:00",
                        &value[6..10],
                        &value[3..5],
                        &value[0..2],
                        &value[11..]
                    )
                } else {
                    (*value).to_owned()
                };
                let kind = if *column == "datum" { "date" } else { "string" };
                let key = if *column == "datum" {
                    "time:timestamp".to_owned()
                } else {
                    key(column)
                };
                xes.push_str(&format!("<{kind} key=\"{key}\" value=\"{value}\"/>"));
            }
            xes.push_str("</event>\n");
        }
        xes.push_str("</trace>\n");
    }
    xes.push_str("</log>\n");
    xes
}

/// The RSH's workbook shape with one landlord, and a private note in a column tjm never reads.
fn tsm_workbook(path: &std::path::Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "Landlord code",
        "Landlord name",
        "Notes",
        "TP01_Satisfied_Calc_LCRA",
        "TP02_Satisfied_Calc_LCRA",
        "TP_Total_Responses_LCRA",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    sheet.write_string(2, 0, "L0042").unwrap();
    sheet.write_string(2, 1, "Pietersen Wonen").unwrap();
    sheet
        .write_string(2, 2, "Geheim: mevrouw Jansen, schimmel")
        .unwrap();
    sheet.write_number(2, 3, 0.71).unwrap();
    sheet.write_number(2, 4, 0.64).unwrap();
    sheet.write_number(2, 5, 640).unwrap();
    book.save(path).unwrap();
}

#[test]
fn fewer_than_ten_cases_show_as_fewer_than_ten() {
    let t = TjmTest::new();
    t.copy_fixture("evidence/privacy.csv", "log.csv");
    let run = t.run(&["evidence", "log.csv", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["log"]["cases"], 12);
    let calls = doc["log"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["to"] == "Klant belt opnieuw")
        .unwrap();
    // four cases call back: their count and wait are not shown
    assert_eq!(calls["cases"], "< 10");
    assert_eq!(calls["count"], "< 10");
    assert!(calls["wait"].is_null());
    let planned = doc["log"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["from"] == "Reparatieverzoek gemeld")
        .unwrap();
    assert_eq!(planned["count"], 12);
    assert_eq!(planned["wait"]["median_days"], 10.0);
}

fn bad(name: &str, contents: &str, extra: &[&str]) -> String {
    let t = TjmTest::new();
    t.write(name, contents);
    let mut args = vec!["evidence", name, "--lang", "en"];
    args.extend_from_slice(extra);
    let run = t.run(&args);
    assert_eq!(run.code, 2, "{name}: {}", run.stdout);
    assert!(
        run.stdout.is_empty(),
        "nothing half-written: {}",
        run.stdout
    );
    run.stderr
}

#[test]
fn each_bad_input_is_located_with_a_fix() {
    let e = bad("a.csv", "zaak;wanneer;onderwerp\n1;2025-01-01;x\n", &[]);
    assert!(
        e.contains(
            "a.csv: row 1: no column for the time; the first row has: zaak, wanneer, onderwerp"
        ),
        "{e}"
    );
    assert!(e.contains("--timestamp"), "{e}");

    let e = bad(
        "b.csv",
        "case,activity,timestamp\nA,Melding,2025-01-01\nA,Bezoek,31-02-2025\n",
        &[],
    );
    assert!(
        e.contains(
            "b.csv: row 3, column timestamp: “31-02-2025” is not a date and time tjm can read"
        ),
        "{e}"
    );
    assert!(e.contains("24-11-2025 13:56"), "{e}");

    let e = bad(
        "c.csv",
        "case,activity,timestamp\nA,Melding,2025-01-05\nA,Bezoek,2025-01-01\n",
        &[],
    );
    assert!(e.contains("c.csv: row 3, column timestamp: this event is dated before the previous event of the same case (row 2)"), "{e}");

    let e = bad(
        "d.csv",
        "case;activity;timestamp\nA;Melding;2025-01-05\nA,Bezoek,2025-01-06\n",
        &[],
    );
    assert!(
        e.contains("d.csv: row 3: this row is split by “,” while the first row uses “;”"),
        "{e}"
    );

    let e = bad(
        "e.csv",
        "case;activity;timestamp\nA;Melding;2025-01-05\n",
        &["--case", "zaaknummer"],
    );
    assert!(
        e.contains("there is no column “zaaknummer” for the case id"),
        "{e}"
    );

    let e = bad("f.csv", "case;activity;timestamp\nA;Melding\n", &[]);
    assert!(
        e.contains("f.csv: row 2: this row has 2 cells where 3 are needed"),
        "{e}"
    );

    let e = bad("g.csv", "", &[]);
    assert!(e.contains("the file is empty"), "{e}");

    let e = bad(
        "h.csv",
        "case,activity,timestamp\nA,\"Melding,2025-01-05\n",
        &[],
    );
    assert!(
        e.contains("h.csv: row 2: a double quote opens a cell here and is never closed"),
        "{e}"
    );
}

#[test]
fn a_two_gigabyte_log_is_refused_before_reading() {
    let t = TjmTest::new();
    let path = t.path().join("huge.csv");
    // sparse: two gigabytes on paper, nothing on disk
    std::fs::File::create(&path)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let run = t.run(&["evidence", "huge.csv", "--lang", "nl"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("huge.csv: het bestand is 2.048 MB, meer dan de 1.024 MB die tjm leest"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--max-mb"));
}

#[test]
fn skipped_rows_are_counted_and_reported() {
    let t = TjmTest::new();
    t.write(
        "log.csv",
        "case,activity,timestamp\nA,Melding,2025-01-01\n,,\nB,,2025-01-02\nA,Bezoek,2025-01-03\n",
    );
    let run = t.run(&["evidence", "log.csv", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "2 rows skipped (empty, or without case, activity or time; the first is row 3)"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn surveys_are_read_and_mapped_onto_the_emotion_scale() {
    let t = TjmTest::new();
    t.copy_fixture("evidence/privacy.csv", "log.csv");
    t.copy_fixture("evidence/survey.csv", "survey.csv");
    t.copy_fixture("evidence/survey_tsm.csv", "tsm.csv");
    t.copy_fixture("evidence/survey_wrong.csv", "wrong.csv");
    t.with_shipped_journeys();
    let run = t.run(&[
        "evidence",
        "log.csv",
        "--journey",
        "journeys/reparatieverzoek.json",
        "--survey",
        "survey.csv",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let survey = doc["survey"].as_array().unwrap();
    assert_eq!(survey[0]["touchpoint"], "herstel");
    assert_eq!(survey[0]["grade"], 7.2);
    assert_eq!(survey[0]["emotion"], 1.1);
    assert_eq!(survey[0]["share_6_or_more"], 0.88);
    // eight respondents: not shown
    assert_eq!(survey[1]["respondents"], "< 10");
    assert!(survey[1]["grade"].is_null());
    // [X] is missing, not zero
    assert!(survey[2]["respondents"].is_null());

    let run = t.run(&[
        "evidence", "log.csv", "--survey", "tsm.csv", "--format", "json",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["survey"][0]["percent_satisfied"], 71.5);
    assert_eq!(doc["survey"][0]["emotion"], 1.3);
    assert!(doc["survey"][1]["percent_satisfied"].is_null());

    let run = t.run(&[
        "evidence",
        "log.csv",
        "--survey",
        "wrong.csv",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("wrong.csv: row 1: this is not a survey table tjm knows; the first row has: naam, waarde"), "{}", run.stderr);
}

#[test]
fn the_shipped_sample_contradicts_the_repair_journey() {
    let t = TjmTest::new();
    let run = t.run(&[
        "evidence",
        repo()
            .join("evidence/reparatieverzoek.csv")
            .to_str()
            .unwrap(),
        "--journey",
        repo()
            .join("journeys/reparatieverzoek.json")
            .to_str()
            .unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let journey = &doc["journey"];
    let contradictions = journey["contradictions"].as_array().unwrap();
    assert!(
        contradictions.iter().any(|c| c["kind"] == "share"
            && c["from"] == "bezoek"
            && c["to"] == "onderdeel-bestellen"),
        "{contradictions:?}"
    );
    assert!(
        contradictions
            .iter()
            .any(|c| c["kind"] == "wait" && c["touchpoint"] == "bezoek"),
        "{contradictions:?}"
    );
    let steps = journey["steps_not_on_map"].as_array().unwrap();
    assert_eq!(steps[0]["activity"], "Klant belt opnieuw");
    // the samples stay small
    for sample in ["evidence/reparatieverzoek.csv", "evidence/klacht.csv"] {
        assert!(
            std::fs::metadata(repo().join(sample)).unwrap().len() < 2_000_000,
            "{sample}"
        );
    }
}

#[test]
fn the_complaint_sample_has_fewer_tenants_chasing_than_the_map_says() {
    let t = TjmTest::new();
    let run = t.run(&[
        "evidence",
        repo().join("evidence/klacht.csv").to_str().unwrap(),
        "--journey",
        repo().join("journeys/klacht.json").to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Where the map contradicts the data:"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Wachten op een reactie → Nabellen: 'Hoe staat het met mijn klacht?': the map says 40%, the log shows 24%"), "{}", run.stdout);
}

/// Every file under `dir`, as text, with its name.
fn texts_under(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(texts_under(&path));
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            out.push((path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn check_finds_the_journeys_own_log_and_says_where_the_map_contradicts_it() {
    // evidence/lekkage.csv beside journeys/: the map says 2 days before the appointment call,
    // the twelve cases wait 10
    let t = TjmTest::new();
    t.copy_fixture("evidence/project", "project");
    let dir = t.path().join("project");
    let run = t.run(&["check", "project/journeys", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("TJM502 map-contradicts-data"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("the map says tenants wait 2.0 days"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("measured against its own log: 12 cases, 2025"),
        "{}",
        run.stdout
    );
    let json = t.run(&[
        "check",
        "project/journeys",
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let found: Vec<&serde_json::Value> = doc["journeys"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "map-contradicts-data")
        .collect();
    assert_eq!(found.len(), 1, "{}", json.stdout);
    assert_eq!(found[0]["touchpoint"], "afspraak");
    assert_eq!(found[0]["id"], "map-contradicts-data-wait");
    assert_eq!(found[0]["args"]["cases"], 12);
    assert_eq!(
        found[0]["message"],
        "the map says tenants wait 2.0 days for “Planning belt voor een afspraak”; the log shows a median of 10 days (12 cases, 2025)"
    );
    for (name, text) in [("text", &run.stdout), ("json", &json.stdout)] {
        for private in CASE_IDS.iter().chain(PRIVATE) {
            assert!(!text.contains(private), "{name} shows {private}");
        }
    }
    // without the log the rule has nothing to say
    std::fs::remove_file(dir.join("evidence/lekkage.csv")).unwrap();
    let bare = t.run(&["check", "project/journeys"]);
    assert!(!bare.stdout.contains("TJM502"), "{}", bare.stdout);
}

#[test]
fn the_journey_page_sets_the_measured_figures_beside_the_stated_ones() {
    let t = TjmTest::new();
    t.copy_fixture("evidence/project", "project");
    let run = t.run(&["report", "project/journeys", "-o", "out", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let page = t.read("out/lekkage.html");
    assert!(page.contains("What the log shows"), "{page}");
    assert!(page.contains("measured (12 cases, 2025)"), "{page}");
    assert!(page.contains("<th scope=\"col\">stated</th>"), "{page}");
    // the appointment call: 2 days stated, half the cases wait longer than 10 days
    assert!(
        page.contains("2 dagen</td><td class=\"num\" data-label=\"Half wait longer than (measured)\">10 days</td>"),
        "{page}"
    );
    // four cases call again: a step not on the map, shown as fewer than ten
    assert!(
        page.contains("<th scope=\"row\">Klant belt opnieuw</th><td class=\"num\" data-label=\"Cases\">&lt; 10</td>"),
        "{page}"
    );
    assert!(
        page.contains("the log shows a median of 10 days")
            || page.contains("in practice half of them wait more than 10 days"),
        "{page}"
    );
    for (name, text) in texts_under(&t.path().join("out")) {
        for private in CASE_IDS.iter().chain(PRIVATE) {
            assert!(!text.contains(private), "{name} shows {private}");
        }
    }
    // the log is read, never written
    assert_eq!(
        t.read("project/evidence/lekkage.csv"),
        std::fs::read_to_string(crate::support::fixture("evidence/privacy.csv")).unwrap()
    );
}

#[test]
fn a_broken_log_beside_the_journeys_stops_the_run_with_its_place() {
    let t = TjmTest::new();
    t.copy_fixture("evidence/project", "project");
    t.write(
        "project/evidence/lekkage.csv",
        "zaak;datum;onderwerp;medewerker\nZK-PRIV-9999;morgen;Reparatieverzoek gemeld;Jansen-Geheim\n",
    );
    for command in ["check", "report"] {
        let run = t.run(
            &[command, "project/journeys", "-o", "out", "--lang", "en"]
                [..if command == "check" { 2 } else { 4 }],
        );
        assert_eq!(run.code, 2, "{command}: {}{}", run.stdout, run.stderr);
        let all = run.stdout + &run.stderr;
        assert!(all.contains("lekkage.csv"), "{command}: {all}");
        assert!(all.contains("morgen"), "{command}: {all}");
        assert!(!all.contains("ZK-PRIV"), "{command}: {all}");
        assert!(!all.contains("Jansen"), "{command}: {all}");
    }
}

#[test]
fn the_shipped_report_shows_measured_figures_and_a_contradiction() {
    // `tjm report journeys` in the repository: the samples in evidence/ are found by id
    let t = TjmTest::new();
    t.with_shipped_journeys();
    for sample in ["reparatieverzoek", "klacht"] {
        let from = repo().join(format!("evidence/{sample}.csv"));
        t.write(
            &format!("evidence/{sample}.csv"),
            std::fs::read(from).unwrap(),
        );
    }
    let run = t.run(&["report", "journeys", "-o", "out"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let repair = t.read("out/reparatieverzoek.html");
    assert!(repair.contains("Wat het logboek laat zien"), "{repair}");
    assert!(repair.contains("gemeten (1.800 zaken, 2025)"));
    // the map's 30% of first visits needing a part ordered, against 46% measured
    assert!(repair.contains(
        "<td class=\"num\" data-label=\"geschat\">30%</td><td class=\"num\" data-label=\"gemeten (1.800 zaken, 2025)\">46%</td>"
    ));
    assert!(repair.contains("in de praktijk is dat 46%"), "{repair}");
    let complaint = t.read("out/klacht.html");
    assert!(complaint.contains("gemeten (212 zaken, 2025)"));
    // a journey without a log has no such section
    assert!(
        !t.read("out/renovatie.html")
            .contains("Wat het logboek laat zien")
    );
}

#[test]
fn a_journey_with_its_own_log_has_a_measured_volume_per_year() {
    let config = tjm::config::Config::default();
    let project = tjm::project::Project::open(
        &[
            repo().join("journeys/klacht.json"),
            repo().join("journeys/reparatieverzoek.json"),
        ],
        &config,
        None,
    );
    assert!(project.problems.is_empty(), "{:?}", project.problems);
    let by_id = |id: &str| {
        project
            .journeys
            .iter()
            .find(|j| j.loaded.journey.id.as_str() == id)
            .unwrap()
    };
    // the complaint log holds all of 2025: its 212 cases are a year's volume
    let complaint = by_id("klacht");
    assert_eq!(complaint.evidence.as_ref().unwrap().figures.cases, 212);
    assert_eq!(complaint.measured_volume_per_year(), Some(212.0));
    // the repair log is an extract (requests from six weeks, followed to the year's end):
    // measured, but no year's volume, so none is made up from it
    let repair = by_id("reparatieverzoek");
    let evidence = repair.evidence.as_ref().expect("the sample log is found");
    assert_eq!(evidence.figures.cases, 1800);
    assert_eq!(
        evidence.log_volume(),
        Some(tjm::evidence::LogVolume::Extract { weeks: 17 })
    );
    assert_eq!(repair.measured_volume_per_year(), None);
    // a journey without a log has none
    let t = TjmTest::new();
    t.with_shipped_journeys();
    let alone = tjm::project::Project::open(
        &[t.path().join("journeys/reparatieverzoek.json")],
        &config,
        None,
    );
    assert_eq!(alone.journeys[0].measured_volume_per_year(), None);
}

#[test]
fn an_xes_log_beside_the_journeys_is_found_and_says_the_same_as_its_csv() {
    let config = tjm::config::Config::default();
    let csv = tjm::project::Project::open(&[repo().join("journeys/klacht.json")], &config, None);
    let t = TjmTest::new();
    t.with_shipped_journeys();
    let log = std::fs::read_to_string(repo().join("evidence/klacht.csv")).unwrap();
    // as XES through the same converter as above, and no CSV beside it
    t.write("evidence/klacht.xes", xes_of(&log));
    let xes = tjm::project::Project::open(&[t.path().join("journeys/klacht.json")], &config, None);
    assert!(xes.problems.is_empty(), "{:?}", xes.problems);
    let (x, c) = (
        xes.journeys[0]
            .evidence
            .as_ref()
            .expect("the XES log is found"),
        csv.journeys[0].evidence.as_ref().unwrap(),
    );
    assert_eq!(x.figures.cases, c.figures.cases);
    assert_eq!(x.figures.contradictions, c.figures.contradictions);
}

#[test]
fn evidence_in_tjm_toml_names_the_columns_of_a_log_with_other_headers() {
    // A case-system export with its own headers: without [evidence] tjm says which column it
    // misses; with it, check measures the journey against the log as with the usual names.
    let t = TjmTest::new();
    t.with_shipped_journeys();
    let log = std::fs::read_to_string(repo().join("evidence/klacht.csv")).unwrap();
    let log = log.replacen(
        "zaak;datum;kanaal;richting;onderwerp;medewerker",
        "Zaaknummer;Tijdstip;kanaal;richting;Omschrijving;medewerker",
        1,
    );
    t.write("evidence/klacht.csv", log);
    let without = t.run(&["check", "journeys/klacht.json", "--lang", "en"]);
    assert_eq!(without.code, 2, "{}{}", without.stdout, without.stderr);
    assert!(without.stderr.contains("klacht.csv"), "{}", without.stderr);

    t.write(
        "tjm.toml",
        "[evidence]\ncase = \"Zaaknummer\"\nactivity = \"Omschrijving\"\ntimestamp = \"Tijdstip\"\n",
    );
    let with = t.run(&["check", "journeys/klacht.json", "--lang", "en"]);
    assert_ne!(with.code, 2, "{}{}", with.stdout, with.stderr);
    assert!(
        with.stdout
            .contains("measured against its own log: 212 cases, 2025")
    );
    assert!(
        with.stdout.contains("TJM502 map-contradicts-data"),
        "{}",
        with.stdout
    );
    assert!(
        with.stdout.contains("the log shows 24% (212 cases, 2025)"),
        "{}",
        with.stdout
    );

    // a slip in the table is named with its place and the names it could be
    t.write(
        "tjm.toml",
        "[evidence]\nactivty = \"Omschrijving\"\ncase = 3\n",
    );
    let slip = t.run(&["check", "journeys/klacht.json", "--lang", "en"]);
    assert_eq!(slip.code, 2, "{}", slip.stderr);
    assert!(slip.stderr.contains("tjm.toml:2:1"), "{}", slip.stderr);
    assert!(
        slip.stderr.contains("unknown evidence setting `activty`"),
        "{}",
        slip.stderr
    );
    assert!(slip.stderr.contains("activity"), "{}", slip.stderr);
    assert!(
        slip.stderr
            .contains("`case` must be a column name in quotes"),
        "{}",
        slip.stderr
    );
}
