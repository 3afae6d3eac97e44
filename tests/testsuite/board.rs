//! The board's figures: the summary at the top of the index (three organisation-wide fixes
//! with tenants a year and avoidable cost, the worst journey, the change since the
//! baseline), the figures on every journey card, and the `[costs]` and `[report] baseline`
//! settings behind them.

use scraper::{ElementRef, Html, Selector};

use crate::support::{TjmTest, repo};

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn text_of(el: ElementRef<'_>) -> String {
    el.text().collect::<Vec<_>>().join(" ")
}

/// The shipped project as a user clones it: journeys, logs, `tjm.toml` and the baseline.
fn shipped_project() -> TjmTest {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    for sample in ["reparatieverzoek", "klacht"] {
        let log = std::fs::read(repo().join(format!("evidence/{sample}.csv"))).unwrap();
        test.write(&format!("evidence/{sample}.csv"), log);
    }
    test.write("tjm.toml", std::fs::read(repo().join("tjm.toml")).unwrap());
    for entry in std::fs::read_dir(repo().join("baseline")).unwrap() {
        let path = entry.unwrap().path();
        let name = format!("baseline/{}", path.file_name().unwrap().to_string_lossy());
        test.write(&name, std::fs::read(&path).unwrap());
    }
    test
}

fn index(test: &TjmTest, args: &[&str]) -> Html {
    let run = test.run(args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    Html::parse_document(&test.read("out/index.html"))
}

#[test]
fn the_shipped_index_opens_with_three_fixes_in_tenants_a_year_and_euros() {
    let test = shipped_project();
    let html = index(&test, &["report", "journeys", "-o", "out", "--lang", "en"]);
    // the summary is the first section of the page
    let first = html.select(&sel("main section")).next().unwrap();
    assert_eq!(first.value().attr("id"), Some("board-summary"));
    let fixes: Vec<ElementRef<'_>> = html.select(&sel("#board-summary .board-fix")).collect();
    assert_eq!(fixes.len(), 3);
    for fix in &fixes {
        let text = text_of(*fix);
        assert!(text.contains("tenants a year"), "{text}");
        assert!(text.contains("journey"), "names its journeys: {text}");
        assert!(text.contains("First step:"), "{text}");
        assert!(
            fix.select(&sel(".board-fix-journeys a")).count() >= 1,
            "{text}"
        );
    }
    // at least one pattern costs money the map shows, in the association's currency
    assert!(
        fixes
            .iter()
            .any(|f| text_of(*f).contains("€") && text_of(*f).contains("a year (")),
        "{:?}",
        fixes.iter().map(|f| text_of(*f)).collect::<Vec<_>>()
    );
    let worst = text_of(
        html.select(&sel("#board-summary .board-worst"))
            .next()
            .unwrap(),
    );
    assert!(worst.contains("lowest attention index"), "{worst}");
    assert!(worst.contains("worst route scores"), "{worst}");
    let notes = text_of(html.select(&sel("#board-summary")).next().unwrap());
    assert!(notes.contains("in EUR"), "the currency is stated: {notes}");
    // the repeat passes (second visits, calling again) cost the most but reach fewer tenants
    // than the three fixes: the summary still says where the money goes
    let costliest = text_of(
        html.select(&sel("#board-summary .board-costliest"))
            .next()
            .expect("the costliest pattern is named beside the three"),
    );
    assert!(
        costliest.starts_with("Where most avoidable cost goes:")
            && costliest.contains("A loop back makes a large share of tenants"),
        "{costliest}"
    );
    assert!(costliest.contains(" a year ("), "{costliest}");
    assert!(
        costliest.contains("avoidable contacts), in 6 journeys."),
        "{costliest}"
    );
    assert!(
        fixes
            .iter()
            .all(|f| !text_of(*f).contains("A loop back makes")),
        "it is not one of the three"
    );
}

#[test]
fn the_shipped_report_shows_the_trend_since_the_shipped_baseline() {
    let test = shipped_project();
    let html = index(&test, &["report", "journeys", "-o", "out", "--lang", "en"]);
    let trend = text_of(
        html.select(&sel("#board-summary .board-trend"))
            .next()
            .unwrap(),
    );
    assert!(
        trend.contains("Since the baseline of 30 September 2026"),
        "{trend}"
    );
    // the repair journey was worse last quarter: an arrow and a word, not colour alone
    assert!(
        trend.contains("\u{25b2}") && trend.contains("better"),
        "{trend}"
    );
    let repair = html
        .select(&sel(".journey-card"))
        .find(|card| text_of(*card).contains("Een reparatie melden"))
        .unwrap();
    let card = text_of(repair);
    assert!(card.contains("Since 30 September 2026"), "{card}");
    assert!(card.contains("Attention index 36 \u{2192}"), "{card}");
    assert!(card.contains("points better"), "{card}");
    assert!(card.contains("Avoidable cost a year"), "{card}");
    // a journey that is not in the baseline says so
    let arrears = html
        .select(&sel(".journey-card"))
        .find(|card| text_of(*card).contains("Huurachterstand"))
        .unwrap();
    assert!(text_of(arrears).contains("New since the baseline."));
    // and --baseline overrides tjm.toml's, without its date
    std::fs::create_dir_all(test.path().join("same")).unwrap();
    std::fs::copy(
        test.path().join("journeys/klacht.json"),
        test.path().join("same/klacht.json"),
    )
    .unwrap();
    let html = index(
        &test,
        &[
            "report",
            "journeys",
            "-o",
            "out",
            "--lang",
            "en",
            "--baseline",
            "same",
            "--force",
        ],
    );
    let trend = text_of(
        html.select(&sel("#board-summary .board-trend"))
            .next()
            .unwrap(),
    );
    assert!(!trend.contains("30 September 2026"), "{trend}");
    assert!(trend.contains("0 journeys better"), "{trend}");
}

#[test]
fn cards_state_volume_worst_route_and_where_log_and_file_disagree() {
    let test = shipped_project();
    let html = index(&test, &["report", "journeys", "-o", "out", "--lang", "en"]);
    let card = |title: &str| {
        text_of(
            html.select(&sel(".journey-card"))
                .find(|card| text_of(*card).contains(title))
                .unwrap(),
        )
    };
    // arrears: the stated volume and source; the eviction route shows through the 70% who pay
    let arrears = card("Huurachterstand");
    assert!(arrears.contains("2,140 tenants a year"), "{arrears}");
    assert!(
        arrears.contains("Incassoadministratie De Linde"),
        "{arrears}"
    );
    assert!(arrears.contains("Worst route: 25 out of 100"), "{arrears}");
    assert!(arrears.contains("Vonnis en ontruiming"), "{arrears}");
    // repairs: the log is a 17-week extract, so the file's 18,400 stands, and the card says why
    let repair = card("Een reparatie melden");
    assert!(repair.contains("18,400 tenants a year"), "{repair}");
    assert!(
        repair.contains("Its log covers only 17 weeks, too short to count a year"),
        "{repair}"
    );
    assert!(
        !repair.contains("counted in the journey's own log"),
        "{repair}"
    );
    // complaints: a whole year's log counts the volume (212 cases, shown to two figures)
    let complaint = card("Een klacht indienen");
    assert!(
        complaint.contains("210 tenants a year · counted in the journey's own log, 2025"),
        "{complaint}"
    );
    // a worst route is shown only where it scores below the journey as a whole
    assert!(!complaint.contains("Worst route"), "{complaint}");
    // the top ten gives tenants a year beside the share
    let moments = text_of(html.select(&sel("#top-moments")).next().unwrap());
    assert!(moments.contains("tenants a year"), "{moments}");
}

#[test]
fn without_volumes_or_costs_the_report_says_so_and_uses_shares() {
    let test = TjmTest::new();
    test.write(
        "journeys/a.json",
        r#"{"id": "a", "title": "Keys", "stages": [{"id": "s", "title": "S"}],
            "actors": [{"id": "k", "name": "Desk", "kind": "department"}],
            "touchpoints": [{"id": "keys", "stage": "s", "title": "Keys", "actor": "k", "milestone": true, "channel": "desk"}]}"#,
    );
    let html = index(&test, &["report", "journeys", "-o", "out", "--lang", "en"]);
    let card = text_of(html.select(&sel(".journey-card")).next().unwrap());
    assert!(card.contains("Number of tenants a year unknown"), "{card}");
    assert!(
        card.contains("100% of tenants meet at least one moment"),
        "{card}"
    );
    let summary = text_of(html.select(&sel("#board-summary")).next().unwrap());
    assert!(
        summary.contains("of the tenants of these journeys"),
        "{summary}"
    );
    assert!(summary.contains("No unit costs are set"), "{summary}");
    assert!(
        summary.contains("One journey gives no yearly number of tenants"),
        "{summary}"
    );
    assert!(summary.contains("No baseline"), "{summary}");
}

#[test]
fn bad_costs_stop_the_report_with_the_place_and_the_fix() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.write(
        "tjm.toml",
        "[costs]\ncurrency = \"EUR\"\nphone = \"6,50\"\nvist = 95\n",
    );
    let run = test.run(&["report", "journeys", "-o", "out", "--lang", "en"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    let err = &run.stderr;
    assert!(
        err.contains("the cost `phone` must be a number of zero or more"),
        "{err}"
    );
    assert!(
        err.contains("tjm.toml:3:9"),
        "line and column of the value: {err}"
    );
    assert!(err.contains("for example phone = 6.50"), "{err}");
    assert!(err.contains("did you mean `visit`?"), "{err}");
}

#[test]
fn a_card_prices_the_loop_the_map_shows_at_the_unit_costs() {
    // plan (phone 10) → confirm (sms 1) → visit (100) → 30% part → back to plan; 70% done.
    // The loop is taken 0.3 / 0.7 = 3/7 times per tenant; 7,000 tenants a year make 3,000
    // passes of three contacts (9,000) costing 111 each (333,000).
    let test = TjmTest::new();
    test.write(
        "tjm.toml",
        "[costs]\ncurrency = \"EUR\"\nphone = 10\nsms = 1\nvisit = 100\n",
    );
    test.write(
        "journeys/loop.json",
        r#"{"id": "loop", "title": "Repairs", "language": "en",
            "volume": {"per_year": 7000, "source": "Repairs system", "period": "2025"},
            "stages": [{"id": "s", "title": "S"}],
            "actors": [{"id": "k", "name": "Contact centre", "kind": "department"}],
            "touchpoints": [
              {"id": "plan", "stage": "s", "title": "Plan", "actor": "k", "channel": "phone"},
              {"id": "confirm", "stage": "s", "title": "Confirm", "actor": "k", "channel": "sms"},
              {"id": "visit", "stage": "s", "title": "Visit", "actor": "k", "kind": "visit", "channel": "home_visit"},
              {"id": "part", "stage": "s", "title": "Part", "actor": "k", "kind": "wait"},
              {"id": "done", "stage": "s", "title": "Done", "actor": "k", "outcome": "Fixed"}
            ],
            "transitions": [
              {"from": "plan", "to": "confirm"}, {"from": "confirm", "to": "visit"},
              {"from": "visit", "to": "part", "share": 30}, {"from": "visit", "to": "done", "share": 70},
              {"from": "part", "to": "plan", "kind": "loop"}
            ]}"#,
    );
    let html = index(&test, &["report", "journeys", "-o", "out"]);
    let card = text_of(html.select(&sel(".journey-card")).next().unwrap());
    assert!(
        card.contains("7,000 tenants a year \u{b7} Repairs system, 2025"),
        "{card}"
    );
    assert!(
        card.contains("Avoidable: 9,000 contacts a year, \u{20ac}333,000."),
        "{card}"
    );
}

#[test]
fn the_live_preview_shows_the_same_trend_as_the_report() {
    // `tjm serve` renders what `tjm report` writes, baseline from tjm.toml included
    let test = shipped_project();
    index(&test, &["report", "journeys", "-o", "out", "--lang", "en"]);
    let rendering = tjm::serve::render::render(&tjm::serve::render::Inputs {
        paths: vec![test.path().join("journeys")],
        config: None,
        theme: None,
        lang: Some(tjm::i18n::Locale::En),
    });
    let site = rendering.result.expect("the preview renders");
    let preview = Html::parse_document(&site.pages["index.html"]);
    let trend = |html: &Html| {
        text_of(
            html.select(&sel("#board-summary .board-trend"))
                .next()
                .unwrap(),
        )
    };
    let written = Html::parse_document(&test.read("out/index.html"));
    assert!(
        trend(&preview).contains("30 September 2026"),
        "{}",
        trend(&preview)
    );
    assert_eq!(trend(&preview), trend(&written));
}

#[test]
fn every_finding_on_a_journey_page_says_how_many_tenants_a_year_meet_it() {
    let test = shipped_project();
    index(&test, &["report", "journeys", "-o", "out", "--lang", "en"]);
    let page = Html::parse_document(&test.read("out/reparatieverzoek.html"));
    let findings: Vec<ElementRef<'_>> = page.select(&sel("#findings li.finding")).collect();
    assert!(findings.len() >= 5, "{}", findings.len());
    for finding in &findings {
        let tenants = finding
            .select(&sel(".finding-tenants"))
            .next()
            .map(text_of)
            .unwrap_or_else(|| panic!("no tenants a year: {}", text_of(*finding)));
        // the journey's 18,400 a year × the share who reach the moment: never more
        assert!(tenants.starts_with("about "), "{tenants}");
        assert!(tenants.ends_with(" tenants a year"), "{tenants}");
        let figure: f64 = tenants
            .trim_start_matches("about ")
            .trim_end_matches(" tenants a year")
            .replace(',', "")
            .parse()
            .unwrap();
        assert!((1.0..=18_400.0).contains(&figure), "{tenants}");
    }
    // the first moment (the call) is met by every tenant
    assert!(
        text_of(findings[0]).contains("about 18,400 tenants a year"),
        "{}",
        text_of(findings[0])
    );
}
