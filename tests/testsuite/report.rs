//! `tjm report`: the HTML pages' structure, escaping, self-containedness, accessibility
//! invariants, languages, stable output and safe writing. HTML is checked with `scraper`;
//! the headless-browser checks (axe, overflow at 390 px, PDF) live in `.ci/browser/`.

use std::collections::HashSet;
use std::path::Path;

use base64::Engine as _;
use scraper::{ElementRef, Html, Selector};
use sha2::{Digest, Sha256};

use crate::support::{Run, TjmTest};

/// The hostile text put in every text field of `report/hostile.json`.
const HOSTILE: &str = "<script>alert(1)</script> \"dq\" 'sq' & </style><b>";

fn sel(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|e| panic!("selector {selector}: {e:?}"))
}

fn page(test: &TjmTest, name: &str) -> Html {
    Html::parse_document(&test.read(name))
}

fn report(test: &TjmTest, args: &[&str]) -> Run {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let run = test.run(&all);
    assert_eq!(
        run.code, 0,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run
}

/// The shipped journeys' report in `out/`.
fn shipped() -> TjmTest {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    report(&test, &["journeys", "-o", "out"]);
    test
}

/// `tjm check --format json` for `path`.
fn analysis(test: &TjmTest, path: &str) -> serde_json::Value {
    let run = test.run(&["check", path, "--format", "json"]);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// The journey pages of the shipped report: `(page name, journey json summary)`.
fn shipped_pages(test: &TjmTest) -> Vec<(String, serde_json::Value)> {
    let json = analysis(test, "journeys");
    json["journeys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| (format!("{}.html", j["id"].as_str().unwrap()), j.clone()))
        .collect()
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

#[test]
fn shipped_journeys_give_one_page_each_an_index_and_a_rules_page() {
    // Every journey gets <id>.html beside index.html and rules.html, and the command says so.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = report(&test, &["journeys", "-o", "out"]);
    let pages = shipped_pages(&test);
    assert!(pages.len() >= 7, "{pages:?}");
    for (name, _) in &pages {
        assert!(test.path().join("out").join(name).is_file(), "{name}");
    }
    assert!(test.path().join("out/index.html").is_file());
    assert!(test.path().join("out/rules.html").is_file());
    assert!(
        run.stdout.contains(&format!(
            "{} bestanden geschreven naar out",
            pages.len() + 2
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn journey_pages_have_every_section() {
    // Header with h1 and verdict, fix-these-first, the journey map, graph, findings and
    // evidence are all on the page, each with its heading.
    let test = shipped();
    for (name, _) in shipped_pages(&test) {
        let html = page(&test, &format!("out/{name}"));
        assert_eq!(html.select(&sel("h1")).count(), 1, "{name}: one h1");
        assert_eq!(
            html.select(&sel(".journey-header .verdict")).count(),
            1,
            "{name}"
        );
        assert_eq!(
            html.select(&sel(".journey-header .attention-number"))
                .count(),
            1,
            "{name}"
        );
        for id in ["fix-first", "map", "graph", "findings", "evidence"] {
            let section = html
                .select(&sel(&format!("section#{id}")))
                .next()
                .unwrap_or_else(|| panic!("{name}: section #{id} missing"));
            assert!(
                section.select(&sel("h2")).next().is_some(),
                "{name}: #{id} has no h2"
            );
        }
        assert_eq!(
            html.select(&sel("section#graph svg.chart")).count(),
            1,
            "{name}: #graph chart"
        );
    }
}

#[test]
fn every_active_finding_is_rendered_and_links_its_rule() {
    // The findings list holds exactly the analysis' active findings, each linking to its
    // rule's anchor on rules.html, which exists.
    let test = shipped();
    let rules = page(&test, "out/rules.html");
    let rule_ids: HashSet<String> = rules
        .select(&sel("section.rule"))
        .filter_map(|s| s.value().attr("id").map(str::to_owned))
        .collect();
    for (name, journey) in shipped_pages(&test) {
        let html = page(&test, &format!("out/{name}"));
        let summary = &journey["summary"];
        let active = summary["errors"].as_u64().unwrap()
            + summary["warnings"].as_u64().unwrap()
            + summary["infos"].as_u64().unwrap();
        let findings: Vec<ElementRef<'_>> = html
            .select(&sel(
                "#findings ul.finding-list:not(.finding-list-silenced) > li.finding",
            ))
            .collect();
        assert_eq!(findings.len() as u64, active, "{name}");
        let heading_count = text_of(
            html.select(&sel("#findings h2 .heading-count"))
                .next()
                .unwrap(),
        );
        assert_eq!(heading_count, format!("({active})"), "{name}");
        let expected: Vec<&str> = journey["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f.get("silenced").is_none())
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        for (finding, rule) in findings.iter().zip(&expected) {
            let link = finding
                .select(&sel(".finding-rule a"))
                .next()
                .unwrap_or_else(|| panic!("{name}: finding without rule link"));
            assert_eq!(
                link.value().attr("href"),
                Some(format!("rules.html#{rule}").as_str())
            );
            assert!(rule_ids.contains(*rule), "rules.html has no #{rule}");
            // not by colour alone: every finding carries its level in words and an icon
            let level = finding.select(&sel(".level")).next().unwrap();
            assert!(!text_of(level).trim().is_empty());
            assert!(level.select(&sel("svg[aria-hidden=true]")).next().is_some());
        }
    }
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    // A journey with <script>, quotes and </style> in every text field and id renders no
    // script element, keeps one style element, and shows the text as text.
    let test = TjmTest::new();
    test.copy_fixture("report/hostile.json", "journeys/hostile.json");
    report(&test, &["journeys", "-o", "out"]);
    for name in ["hostile.html", "index.html", "rules.html"] {
        let raw = test.read(&format!("out/{name}"));
        assert!(
            !raw.to_lowercase().contains("<script"),
            "{name} has a raw <script"
        );
        assert_eq!(
            raw.matches("</style>").count(),
            1,
            "{name}: only the real </style>"
        );
        assert!(!raw.contains("<b>"), "{name} has a raw <b>");
        let html = Html::parse_document(&raw);
        assert_eq!(html.select(&sel("script")).count(), 0, "{name}");
        assert_eq!(html.select(&sel("style")).count(), 1, "{name}");
        assert_eq!(html.select(&sel("b")).count(), 0, "{name}");
    }
    let html = page(&test, "out/hostile.html");
    let text = text_of(html.root_element());
    for label in [
        "Title",
        "Org",
        "Description",
        "Name",
        "Persona",
        "Goal",
        "Stage one",
        "Stage two",
        "Moment one",
        "Moment two",
        "Note one",
        "Good practice",
        "Reason",
        "Label one",
        "Label two",
        "Quote",
        "Source",
        "Survey",
        "Survey source",
        "Observation",
        "Observer",
    ] {
        assert!(
            text.contains(&format!("{label} {HOSTILE}")),
            "{label} is not shown as text"
        );
    }
    // inside the SVG charts, too: titles and tooltips carry the text, escaped
    let svg_text: String = html.select(&sel("svg.chart")).map(text_of).collect();
    assert!(svg_text.contains(&format!("Moment one {HOSTILE}")));
    // the journey map shows the actor's full name as text, escaped
    let map_text: String = html.select(&sel("#map")).map(text_of).collect();
    assert!(map_text.contains(&format!("Actor {HOSTILE}")));
}

#[test]
fn pages_load_nothing_from_outside() {
    // No external URL in any src or href, no script, no external stylesheet, no web font.
    let test = shipped();
    let any = sel("[src], [href], [action], [srcset], [xlink\\:href]");
    for entry in std::fs::read_dir(test.path().join("out")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let raw = std::fs::read_to_string(&path).unwrap();
        let html = Html::parse_document(&raw);
        for element in html.select(&any) {
            for attr in ["src", "href", "action", "srcset", "xlink:href"] {
                if let Some(value) = element.value().attr(attr) {
                    let v = value.trim().to_lowercase();
                    assert!(
                        !(v.starts_with("http:") || v.starts_with("https:") || v.starts_with("//")),
                        "{name}: {attr}=\"{value}\""
                    );
                }
            }
        }
        for forbidden in ["script", "link", "iframe", "img", "object", "embed", "base"] {
            assert_eq!(
                html.select(&sel(forbidden)).count(),
                0,
                "{name}: <{forbidden}>"
            );
        }
        assert!(
            !raw.contains("@import") && !raw.contains("@font-face"),
            "{name}"
        );
        assert!(!raw.contains("url(http"), "{name}");
        assert!(
            !raw.contains("style=\""),
            "{name}: inline style attributes break the CSP"
        );
    }
}

#[test]
fn every_page_has_a_strict_csp_that_allows_exactly_its_style() {
    // The CSP meta forbids everything but the page's own <style>, by its SHA-256 hash.
    let test = shipped();
    for name in [
        "index.html",
        "rules.html",
        "reparatieverzoek.html",
        "uk-repair.html",
    ] {
        let html = page(&test, &format!("out/{name}"));
        let meta = html
            .select(&sel("meta[http-equiv=Content-Security-Policy]"))
            .next()
            .unwrap_or_else(|| panic!("{name}: no CSP"));
        let policy = meta.value().attr("content").unwrap();
        for directive in [
            "default-src 'none'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ] {
            assert!(policy.contains(directive), "{name}: {policy}");
        }
        let style = text_of(html.select(&sel("style")).next().unwrap());
        let hash =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
        assert!(
            policy.contains(&format!("style-src 'sha256-{hash}'")),
            "{name}: {policy}"
        );
        assert!(!policy.contains("unsafe"), "{name}: {policy}");
    }
}

#[test]
fn every_chart_has_a_title_a_description_and_a_data_table() {
    // Each role=img SVG is labelled by its own <title> and <desc>; each chart section also
    // has a table; decorative SVGs are hidden from assistive technology.
    let test = shipped();
    for (name, _) in shipped_pages(&test) {
        let html = page(&test, &format!("out/{name}"));
        for svg in html.select(&sel("svg")) {
            let role = svg.value().attr("role");
            let hidden = svg.value().attr("aria-hidden");
            assert!(
                role == Some("img") || hidden == Some("true"),
                "{name}: an svg is neither an image nor hidden"
            );
            if role == Some("img") {
                let labelled = svg.value().attr("aria-labelledby").unwrap();
                let ids: Vec<&str> = labelled.split_whitespace().collect();
                assert_eq!(ids.len(), 2, "{name}");
                let title = svg.select(&sel("title")).next().unwrap();
                let desc = svg.select(&sel("desc")).next().unwrap();
                assert_eq!(title.value().attr("id"), Some(ids[0]));
                assert_eq!(desc.value().attr("id"), Some(ids[1]));
                assert!(!text_of(title).trim().is_empty() && !text_of(desc).trim().is_empty());
            }
        }
        {
            let id = "graph";
            let table = html.select(&sel(&format!("section#{id} table"))).next();
            assert!(table.is_some(), "{name}: #{id} has no data table");
            let scroll = html
                .select(&sel(&format!("section#{id} .scroll")))
                .next()
                .unwrap();
            assert_eq!(scroll.value().attr("tabindex"), Some("0"), "{name}");
            assert_eq!(scroll.value().attr("role"), Some("region"), "{name}");
            assert!(scroll.value().attr("aria-label").is_some(), "{name}");
        }
    }
}

#[test]
fn the_journey_map_has_a_column_for_every_moment_and_a_point_per_feeling() {
    // Every touchpoint is a column of the map, not only those on the main path; every stated
    // emotion is a point, and every moment says its feeling in words too (the curve is
    // never the only way to read it).
    let test = shipped();
    for (name, journey) in shipped_pages(&test) {
        let file = journey["file"].as_str().unwrap();
        let source: serde_json::Value = serde_json::from_str(&test.read(file)).unwrap();
        let touchpoints = source["touchpoints"].as_array().unwrap();
        let with_emotion = touchpoints
            .iter()
            .filter(|t| t.get("emotion").is_some())
            .count();
        let html = page(&test, &format!("out/{name}"));
        let columns = html.select(&sel("#map li.jm-moment")).count();
        assert_eq!(columns, touchpoints.len(), "{name}");
        assert_eq!(
            html.select(&sel("#map .jm-dot")).count(),
            with_emotion,
            "{name}"
        );
        assert_eq!(
            html.select(&sel("#map .jm-feel-text")).count(),
            touchpoints.len(),
            "{name}"
        );
        // no row holds more moments than fit beside each other at 1280 px
        for row in html.select(&sel("#map .jm-row")) {
            let moments = row.select(&sel("li.jm-moment")).count();
            assert!((1..=6).contains(&moments), "{name}: a row of {moments}");
        }
    }
}

#[test]
fn the_journey_map_draws_measured_feelings_apart_from_stated_ones() {
    // A survey grade for a touchpoint is a point of its own (a different mark from the
    // stated feeling) and is named as measured, with the grade, in the moment's text.
    let test = shipped();
    let html = page(&test, "out/reparatieverzoek.html");
    let measured: Vec<_> = html.select(&sel("#map .jm-measured")).collect();
    assert!(!measured.is_empty(), "the repair journey has survey grades");
    let legend = text_of(html.select(&sel("#map .legend")).next().unwrap());
    assert!(legend.contains("gemeten"), "{legend}");
    let moment = measured[0]
        .ancestors()
        .find(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| e.has_class("jm-moment", scraper::CaseSensitivity::CaseSensitive))
        })
        .and_then(scraper::ElementRef::wrap)
        .unwrap();
    let words = text_of(moment.select(&sel(".jm-feel-text")).next().unwrap());
    assert!(
        words.contains("gemeten") && words.contains("cijfer"),
        "{words}"
    );
}

#[test]
fn the_journey_map_marks_the_route_on_which_the_tenant_feels_worst() {
    // Arrears: most tenants pay after the reminder, but the route to the eviction letter is
    // the hardest one; the map marks it, whatever the main path is.
    let test = shipped();
    let html = page(&test, "out/huurachterstand.html");
    let worst: Vec<String> = html
        .select(&sel("#map li.jm-worst .jm-title"))
        .map(text_of)
        .collect();
    assert!(worst.len() > 2, "{worst:?}");
    let note = html
        .select(&sel("#map .chart-note"))
        .map(text_of)
        .collect::<String>();
    assert!(note.contains("slechtst"), "{note}");
}

#[test]
fn the_header_says_the_verdict_and_the_figures() {
    // Verdict counts the moments with warning/error findings (missed-milestone and
    // pillar-to-post both land on the key handover: one moment) and those of them that matter;
    // attention index and per-tenant figures are shown in the journey's language.
    let test = TjmTest::new();
    test.copy_fixture("report/moments.json", "journeys/moments.json");
    report(&test, &["journeys", "-o", "out"]);
    let html = page(&test, "out/new-home.html");
    let verdict = text_of(
        html.select(&sel(".journey-header .verdict"))
            .next()
            .unwrap(),
    );
    assert_eq!(
        verdict,
        "3 moments without attention, 1 of them a moment that matters"
    );
    let index = text_of(
        html.select(&sel(".journey-header .attention-number"))
            .next()
            .unwrap(),
    );
    // 51: the eligibility check is a decision, so it weighs as a moment that matters (inferred)
    assert_eq!(index, "51");
    let explanation = text_of(html.select(&sel(".attention-explanation")).next().unwrap());
    assert!(explanation.contains("they get 51%"), "{explanation}");
    let figures: Vec<String> = html
        .select(&sel(".journey-header .figure"))
        .map(text_of)
        .collect();
    assert_eq!(figures, vec!["3.4", "2.4"]);
    let personas: Vec<String> = html.select(&sel(".persona-name")).map(text_of).collect();
    assert_eq!(personas, vec!["Joe, 21 years"]);
}

#[test]
fn fix_these_first_tells_the_tenant_side_why_it_hurts_and_what_good_looks_like() {
    // The top three follow the ranking, one per moment (the key handover's second finding,
    // pillar-to-post, does not take a place); the tenant's side is the evidence quote (else the
    // emotion note); the rule docs give why it hurts and what good looks like.
    let test = TjmTest::new();
    test.copy_fixture("report/moments.json", "journeys/moments.json");
    report(&test, &["journeys", "-o", "out"]);
    let html = page(&test, "out/new-home.html");
    let fixes: Vec<ElementRef<'_>> = html.select(&sel("#fix-first li.fix")).collect();
    assert_eq!(fixes.len(), 3);
    let titles: Vec<String> = fixes
        .iter()
        .map(|f| {
            text_of(
                f.select(&sel(".fix-title span:not(.fix-rank)"))
                    .next()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(titles, vec!["Key handover", "Offer letter", "Settled in"]);
    let rules: Vec<String> = fixes
        .iter()
        .map(|f| text_of(f.select(&sel(".fix-meta a")).next().unwrap()))
        .collect();
    // the rule's name in words, linking to its slug's anchor
    assert_eq!(
        rules,
        vec!["Missed milestone", "Procedure first", "No aftercare"]
    );
    let hrefs: Vec<&str> = fixes
        .iter()
        .filter_map(|f| f.select(&sel(".fix-meta a")).next()?.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "rules.html#missed-milestone",
            "rules.html#procedure-first",
            "rules.html#no-aftercare"
        ]
    );
    let voice = text_of(
        fixes[0]
            .select(&sel(".fix-voice blockquote"))
            .next()
            .unwrap(),
    );
    assert_eq!(voice.trim(), "Nobody even said congratulations.");
    let attribution = text_of(
        fixes[0]
            .select(&sel(".fix-voice .attribution"))
            .next()
            .unwrap(),
    );
    assert_eq!(attribution, "Tenant panel, 2025-03");
    let note = text_of(
        fixes[1]
            .select(&sel(".fix-voice blockquote"))
            .next()
            .unwrap(),
    );
    assert_eq!(note.trim(), "Finally a place of my own.");
    let why = text_of(fixes[0].select(&sel(".fix-why")).next().unwrap());
    // a milestone not said to be good or bad news gets the words that fit any milestone,
    // not the story of a first home's keys
    assert!(
        why.contains("a day the tenant will remember") && !why.contains("Joeri"),
        "missed-milestone's why paragraph: {why}"
    );
    let good = text_of(fixes[0].select(&sel(".fix-good")).next().unwrap());
    assert!(good.contains("personal word"), "{good}");
    assert!(
        good.contains("Mark the moment with a gesture"),
        "the finding's help: {good}"
    );
}

#[test]
fn silenced_findings_are_listed_apart_with_their_reasons() {
    // A silenced finding does not count, but is listed separately with its reason.
    let test = TjmTest::new();
    test.copy_fixture("report/moments.json", "journeys/moments.json");
    report(&test, &["journeys", "-o", "out"]);
    let html = page(&test, "out/new-home.html");
    let silenced: Vec<ElementRef<'_>> = html
        .select(&sel("#findings .finding-list-silenced li.finding"))
        .collect();
    assert_eq!(silenced.len(), 1);
    let reason = text_of(silenced[0].select(&sel(".finding-reason")).next().unwrap());
    assert!(
        reason.contains("Joe told us himself at the door"),
        "{reason}"
    );
    let active = html
        .select(&sel(
            "#findings ul.finding-list:not(.finding-list-silenced) > li.finding",
        ))
        .count();
    assert_eq!(active, 6);
}

#[test]
fn evidence_shows_quotes_and_figures_formatted_for_the_language() {
    // Quotes with their source, and grades, percentages, counts and respondents as numbers
    // in the journey's language (English here: "6.4", "61.5%", "18,400").
    let test = TjmTest::new();
    test.copy_fixture("report/moments.json", "journeys/moments.json");
    report(&test, &["journeys", "-o", "out"]);
    let html = page(&test, "out/new-home.html");
    let quote = text_of(html.select(&sel("#evidence .quote")).next().unwrap());
    assert!(quote.contains("Nobody even said congratulations.") && quote.contains("Tenant panel"));
    let cells: Vec<String> = html
        .select(&sel("#evidence table tbody td"))
        .map(text_of)
        .collect();
    for expected in ["6.4", "61.5%", "1,240", "18,400", "KWH", "2024"] {
        assert!(
            cells.iter().any(|c| c == expected),
            "{expected} not in {cells:?}"
        );
    }
    // the same in Dutch
    report(&test, &["journeys", "-o", "nl", "--lang", "nl"]);
    let html = page(&test, "nl/new-home.html");
    let cells: Vec<String> = html
        .select(&sel("#evidence table tbody td"))
        .map(text_of)
        .collect();
    for expected in ["6,4", "61,5%", "1.240", "18.400"] {
        assert!(
            cells.iter().any(|c| c == expected),
            "{expected} not in {cells:?}"
        );
    }
    let figures: Vec<String> = html
        .select(&sel(".journey-header .figure"))
        .map(text_of)
        .collect();
    assert_eq!(figures, vec!["3,4", "2,4"]);
}

#[test]
fn pages_follow_the_journey_language_and_the_index_the_majority() {
    // Journey pages take their journey's language, the index and rules page the language
    // most journeys use; --lang sets every page.
    let test = shipped();
    let lang = |name: &str| -> String {
        let html = page(&test, name);
        html.select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang")
            .unwrap()
            .to_owned()
    };
    assert_eq!(lang("out/reparatieverzoek.html"), "nl");
    assert_eq!(lang("out/uk-repair.html"), "en");
    assert_eq!(lang("out/index.html"), "nl");
    assert_eq!(lang("out/rules.html"), "nl");
    report(&test, &["journeys", "-o", "en", "--lang", "en"]);
    for name in ["en/reparatieverzoek.html", "en/index.html", "en/rules.html"] {
        assert_eq!(lang(name), "en", "{name}");
    }
    let html = page(&test, "en/reparatieverzoek.html");
    let h2: Vec<String> = html.select(&sel("h2")).map(text_of).collect();
    assert!(h2.iter().any(|h| h == "Fix these first"), "{h2:?}");
}

#[test]
fn the_index_ranks_ten_moments_and_prints_every_heat_map_count() {
    // Every journey has a card with its attention index; at most ten moments, ranked, each
    // linking to its finding; the heat map prints a number in every cell and its totals add up.
    let test = shipped();
    let html = page(&test, "out/index.html");
    let pages = shipped_pages(&test);
    assert_eq!(html.select(&sel(".journey-card")).count(), pages.len());
    assert_eq!(
        html.select(&sel(".journey-card .attention-number")).count(),
        pages.len()
    );
    let moments: Vec<ElementRef<'_>> = html.select(&sel("#top-moments li.moment")).collect();
    assert_eq!(moments.len(), 10);
    for moment in &moments {
        let href = moment
            .select(&sel("a.moment-link"))
            .next()
            .unwrap()
            .value()
            .attr("href")
            .unwrap();
        let (file, anchor) = href.split_once('#').unwrap();
        let target = page(&test, &format!("out/{file}"));
        assert_eq!(
            target.select(&sel(&format!("li.finding#{anchor}"))).count(),
            1,
            "{href}"
        );
    }
    let rows: Vec<ElementRef<'_>> = html.select(&sel("table.heatmap tbody tr")).collect();
    let mut sum = 0;
    for row in &rows {
        let cells: Vec<u64> = row
            .select(&sel("td"))
            .map(|td| {
                text_of(td)
                    .trim()
                    .parse::<u64>()
                    .expect("a number in every cell")
            })
            .collect();
        assert_eq!(cells.len(), pages.len() + 1);
        let (journeys, total) = cells.split_at(pages.len());
        assert_eq!(journeys.iter().sum::<u64>(), total[0]);
        sum += total[0];
    }
    let json = analysis(&test, "journeys");
    let totals = &json["totals"];
    let active = totals["errors"].as_u64().unwrap()
        + totals["warnings"].as_u64().unwrap()
        + totals["infos"].as_u64().unwrap();
    assert_eq!(sum, active);
}

#[test]
fn pages_are_accessible_in_structure() {
    // One h1, headings without skipped levels, a skip link to <main>, labelled nav
    // landmarks, a lang attribute.
    let test = shipped();
    let headings = sel("h1, h2, h3, h4, h5, h6");
    for name in [
        "index.html",
        "rules.html",
        "reparatieverzoek.html",
        "uk-repair.html",
    ] {
        let html = page(&test, &format!("out/{name}"));
        assert_eq!(html.select(&sel("h1")).count(), 1, "{name}");
        let mut previous = 0;
        for heading in html.select(&headings) {
            let level: usize = heading.value().name()[1..].parse().unwrap();
            assert!(level <= previous + 1, "{name}: h{level} after h{previous}");
            previous = level;
        }
        let skip = html.select(&sel("a.skip-link")).next().unwrap();
        assert_eq!(skip.value().attr("href"), Some("#main"));
        assert_eq!(html.select(&sel("main#main")).count(), 1);
        for nav in html.select(&sel("nav")) {
            assert!(
                nav.value().attr("aria-label").is_some(),
                "{name}: unlabelled nav"
            );
        }
        assert!(html.select(&sel("html[lang]")).next().is_some());
    }
}

#[test]
fn the_same_input_gives_byte_identical_pages() {
    // Two runs into two folders write the same bytes: no timestamps, stable order.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    report(&test, &["journeys", "-o", "a"]);
    report(&test, &["journeys", "-o", "b"]);
    let names: Vec<String> = std::fs::read_dir(test.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() >= 9);
    for name in names {
        assert!(
            std::fs::read(test.path().join("a").join(&name)).unwrap()
                == std::fs::read(test.path().join("b").join(&name)).unwrap(),
            "{name} differs between runs"
        );
    }
}

#[test]
fn files_tjm_did_not_write_survive_and_no_temporary_files_stay() {
    // An existing output folder is updated in place: other files stay, tjm's pages are replaced.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.write("out/notes.txt", "mine");
    test.write("out/old-journey.html", "<p>from last year</p>");
    report(&test, &["journeys", "-o", "out"]);
    report(&test, &["journeys", "-o", "out"]);
    assert_eq!(test.read("out/notes.txt"), "mine");
    assert_eq!(test.read("out/old-journey.html"), "<p>from last year</p>");
    assert!(test.read("out/index.html").starts_with("<!DOCTYPE html>"));
    let left = crate::support::temp_files(&test.path().join("out"));
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_page_that_cannot_be_written_stops_the_report_and_replaces_nothing() {
    // The pages are staged on a writing thread: when it refuses one (here a page with a
    // second hard link, which a replacement would cut loose), the run says which file and
    // why, and the previous report stays as it was, with no temporary files left.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    report(&test, &["journeys", "-o", "out"]);
    let before = test.read("out/klacht.html");
    let index = test.read("out/index.html");
    std::fs::hard_link(
        test.path().join("out/klacht.html"),
        test.path().join("klacht-copy.html"),
    )
    .unwrap();
    let run = test.run(&["report", "journeys", "-o", "out", "--force", "--lang", "en"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("klacht.html"), "{}", run.stderr);
    assert!(run.stderr.contains("hard links"), "{}", run.stderr);
    assert_eq!(test.read("out/klacht.html"), before);
    assert_eq!(test.read("out/index.html"), index);
    let left = crate::support::temp_files(&test.path().join("out"));
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_journey_id_that_is_not_a_safe_file_name_gets_one() {
    // Ids that would clash with index.html or leave the folder get a clean, unique name.
    let test = TjmTest::new();
    let journey = |id: &str| {
        format!(
            r#"{{"id": "{id}", "title": "J {id}", "stages": [{{"id": "s", "title": "S"}}],
                "actors": [{{"id": "k", "name": "K", "kind": "department"}}],
                "touchpoints": [{{"id": "t", "stage": "s", "title": "T", "actor": "k"}}]}}"#
        )
    };
    test.write("journeys/a.json", journey("index"));
    test.write("journeys/b.json", journey("../escape"));
    report(&test, &["journeys", "-o", "out"]);
    let index = test.read("out/index.html");
    assert!(
        index.contains("class=\"journey-card\""),
        "index.html is the index"
    );
    assert!(test.path().join("out/index-2.html").is_file());
    assert!(test.path().join("out/escape.html").is_file());
    assert!(!test.path().join("escape.html").exists());
    let html = Html::parse_document(&index);
    let hrefs: HashSet<String> = html
        .select(&sel(".journey-card-title a"))
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(
        hrefs,
        ["index-2.html", "escape.html"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    );
}

#[test]
fn broken_journeys_write_nothing() {
    // Input problems are reported and no report is written (exit 2).
    let test = TjmTest::new();
    test.write("journeys/broken.json", "{ not json");
    let run = test.run(&["report", "journeys", "-o", "out"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!test.path().join("out").exists());
}

#[test]
fn a_journey_id_used_twice_is_named_at_its_line_though_the_report_keeps_no_text() {
    // The report lets each file's text go as it loads; the one problem found after all files
    // loaded, an id used twice, still points at the second file's `id` line.
    let test = TjmTest::new();
    let clean = std::fs::read_to_string(crate::support::fixture("check/clean.json")).unwrap();
    test.write("journeys/a.json", &clean);
    test.write("journeys/b.json", format!("\n\n{clean}"));
    let run = test.run(&["report", "journeys", "-o", "out", "--lang", "en"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("journey id `schoon` is also used by"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("b.json:4:"), "{}", run.stderr);
    assert!(!test.path().join("out").exists());
}

#[test]
fn pdf_without_a_browser_says_what_to_install() {
    // --pdf with no Chromium or Chrome on PATH exits 2 and names what to install.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let empty = test.path().join("no-browsers");
    std::fs::create_dir_all(&empty).unwrap();
    let output = assert_cmd::Command::cargo_bin("tjm")
        .unwrap()
        .args(["report", "journeys", "-o", "out", "--pdf"])
        .current_dir(test.path())
        .env("PATH", &empty)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("chromium"), "{stderr}");
    assert!(stderr.contains("install"), "{stderr}");
    assert!(!Path::new(&test.path().join("out")).exists());
}

#[test]
fn a_baseline_adds_what_changed_to_the_journey_page_and_the_index() {
    // With --baseline, a journey whose procedure-first moment was fixed since shows the
    // attention index before and after and the finding under "new" (the baseline is better);
    // the index lists every journey with before and after. Without it, no such section.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let baseline = test.path().join("baseline");
    std::fs::create_dir(&baseline).unwrap();
    let text = test.read("journeys/reparatieverzoek.json");
    let better = text.replacen(
        "\"own_question_asked\": false",
        "\"own_question_asked\": true",
        1,
    );
    assert_ne!(
        text, better,
        "the fixture must contain the flag this test flips"
    );
    std::fs::write(baseline.join("reparatieverzoek.json"), better).unwrap();
    report(&test, &["journeys", "-o", "out", "--baseline", "baseline"]);
    let journey = page(&test, "out/reparatieverzoek.html");
    let section = journey
        .select(&sel("section#changes"))
        .next()
        .expect("changes section");
    let text = text_of(section);
    assert!(
        text.contains("Wat er veranderd is sinds de vorige versie"),
        "{text}"
    );
    assert!(text.contains("Nieuwe momenten zonder aandacht"), "{text}");
    // in the board's wording: the finding without rule jargon, the field in words
    assert!(text.contains("gaat onze procedure voor"), "{text}");
    assert!(text.contains("eigen vraag gesteld: ja → nee"), "{text}");
    assert!(!text.contains("own_question_asked"), "{text}");
    let index = page(&test, "out/index.html");
    let rows: Vec<String> = index
        .select(&sel("section#changes tbody tr"))
        .map(text_of)
        .collect();
    assert_eq!(rows.len(), 7, "{rows:?}");
    let new_row = rows
        .iter()
        .filter(|r| r.contains("Nieuw sinds de vorige versie"))
        .count();
    assert_eq!(
        new_row, 6,
        "the six journeys missing from the baseline are new: {rows:?}"
    );
    report(&test, &["journeys", "-o", "plain"]);
    assert!(
        page(&test, "plain/reparatieverzoek.html")
            .select(&sel("section#changes"))
            .next()
            .is_none()
    );
}

#[test]
fn fix_these_first_names_three_different_moments() {
    // Two findings on one touchpoint are one moment to fix: the top three are distinct.
    let test = shipped();
    for (name, _) in shipped_pages(&test) {
        let html = page(&test, &format!("out/{name}"));
        let titles: Vec<String> = html
            .select(&sel("#fix-first li.fix .fix-title span:not(.fix-rank)"))
            .map(text_of)
            .collect();
        assert_eq!(titles.len(), 3, "{name}");
        let distinct: HashSet<&String> = titles.iter().collect();
        assert_eq!(distinct.len(), titles.len(), "{name}: {titles:?}");
    }
}

#[test]
fn bad_news_is_explained_as_bad_news_and_the_keys_as_good_news() {
    // The same rule, missed-milestone, on two kinds of moment: the explanation under each fits
    // the moment (time and a person for the eviction letter; the first home's keys story only
    // under the keys).
    let test = TjmTest::new();
    let journey = |id: &str, title: &str, news: &str| {
        format!(
            r#"{{"id": "{id}", "title": "{title}", "language": "en",
  "stages": [{{"id": "s", "title": "Stage"}}],
  "actors": [{{"id": "team", "name": "Team", "kind": "department"}}],
  "touchpoints": [
    {{"id": "moment", "stage": "s", "title": "{title}", "actor": "team", "channel": "desk",
      "milestone": "{news}", "attention": {{"alternative_offered": true}}}},
    {{"id": "after", "stage": "s", "title": "Afterwards", "actor": "team", "channel": "desk",
      "outcome": "Done", "attention": {{"satisfaction_checked": true}}}}
  ],
  "transitions": [{{"from": "moment", "to": "after"}}]}}"#
        )
    };
    test.write(
        "j/eviction.json",
        journey("eviction", "Eviction letter", "bad_news"),
    );
    test.write(
        "j/keys.json",
        journey("keys", "Keys to a first home", "good_news"),
    );
    report(&test, &["j", "-o", "out"]);
    let fix_text = |name: &str| {
        let html = page(&test, name);
        html.select(&sel("#fix-first"))
            .map(text_of)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let eviction = fix_text("out/eviction.html");
    assert!(
        eviction.contains("Not flowers but time and a person"),
        "{eviction}"
    );
    assert!(eviction.contains("reads threats"), "{eviction}");
    assert!(!eviction.contains("Joeri"), "{eviction}");
    assert!(!eviction.contains("a plant with the keys"), "{eviction}");
    let keys = fix_text("out/keys.html");
    assert!(keys.contains("Joeri"), "{keys}");
    assert!(keys.contains("a plant with the keys"), "{keys}");
    assert!(!keys.contains("reads threats"), "{keys}");
}

#[test]
fn the_top_ten_never_names_a_moment_twice() {
    let test = shipped();
    let index = page(&test, "out/index.html");
    let moments: Vec<String> = index
        .select(&sel("#top-moments .moment-link"))
        .map(|a| a.value().attr("href").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(moments.len(), 10, "{moments:?}");
    // the link is page#finding; the moment is the page and the touchpoint's title beside it
    let titled: Vec<String> = index
        .select(&sel("#top-moments .moment"))
        .map(|li| {
            let link = li.select(&sel(".moment-link")).next().unwrap();
            let page = link
                .value()
                .attr("href")
                .unwrap()
                .split('#')
                .next()
                .unwrap();
            format!("{page} {}", text_of(link))
        })
        .collect();
    let unique: std::collections::HashSet<&String> = titled.iter().collect();
    assert_eq!(unique.len(), titled.len(), "a moment twice: {titled:?}");
}

#[test]
fn the_verdict_counts_moments_not_findings() {
    // One touchpoint with two findings (a refusal with no alternative, on a letter: bare-no and
    // cold-channel) is one moment without attention.
    let test = TjmTest::new();
    test.write(
        "j/one.json",
        r#"{"id": "one", "title": "One moment", "language": "en",
  "stages": [{"id": "s", "title": "Stage"}],
  "actors": [{"id": "team", "name": "Team", "kind": "department"}],
  "touchpoints": [
    {"id": "no", "stage": "s", "title": "Request refused by letter", "actor": "team",
     "channel": "letter", "refusal": true},
    {"id": "after", "stage": "s", "title": "Afterwards", "actor": "team", "channel": "desk",
     "outcome": "Done", "attention": {"satisfaction_checked": true}}
  ],
  "transitions": [{"from": "no", "to": "after"}]}"#,
    );
    let check = test.run(&["check", "j", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let at_no = json["journeys"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["touchpoint"] == "no" && f["level"] != "info")
        .count();
    assert!(
        at_no >= 2,
        "the fixture needs two findings at one moment: {json}"
    );
    report(&test, &["j", "-o", "out"]);
    let html = page(&test, "out/one.html");
    let verdict = text_of(html.select(&sel(".verdict")).next().unwrap());
    assert!(
        verdict.starts_with("1 moment without attention"),
        "{verdict}"
    );
}

#[test]
fn words_break_at_syllables_in_their_own_language() {
    // Dutch compounds hyphenate by the element's language; nothing breaks words anywhere.
    let test = shipped();
    for name in [
        "out/index.html",
        "out/huurachterstand.html",
        "out/uk-repair.html",
    ] {
        let text = test.read(name);
        let html = Html::parse_document(&text);
        let style: String = html.select(&sel("style")).map(text_of).collect();
        assert!(style.contains("hyphens: auto"), "{name}");
        assert!(!style.contains("break-all"), "{name}");
        assert!(
            html.select(&sel("html[lang]")).next().is_some(),
            "{name} has no page language"
        );
    }
    // a Dutch journey's text on the English index is marked Dutch, so it hyphenates as Dutch
    let run = TjmTest::new();
    run.with_shipped_journeys();
    report(&run, &["journeys", "-o", "out", "--lang", "en"]);
    let index = page(&run, "out/index.html");
    assert!(
        index
            .select(&sel("[lang=nl]"))
            .any(|e| text_of(e).contains("Huurachterstand") || text_of(e).contains("huur")),
        "no Dutch-marked text on the English index"
    );
}

#[test]
fn the_gauge_labels_its_band_ticks() {
    let test = shipped();
    let html = page(&test, "out/klacht.html");
    let labels: Vec<String> = html
        .select(&sel(".gauge .gauge-tick-label"))
        .map(text_of)
        .collect();
    assert_eq!(labels, ["60", "80"]);
}

/// Each story the rule docs tell for one kind of moment, by a phrase only that story has (both
/// languages), with the kind it belongs to: the situations of `tjm::report::markdown`.
const STORIES: &[(&str, &str)] = &[
    ("works", "vaatwasser"),
    ("works", "broken appliance"),
    ("works", "Uitvoerder Henk"),
    ("works", "Site supervisor Henk"),
    ("works", "uitvoerder Henk"),
    ("works", "week na de reparatie"),
    ("works", "week after the repair"),
    ("bad_news", "tevredenheidsvraag de verkeerde vraag"),
    ("bad_news", "satisfaction survey is the wrong question"),
    ("bad_news", "alleen met de papieren"),
    ("bad_news", "only the paperwork"),
    ("works", "renovatieproject werkgroepen"),
    ("works", "renovation project sets up"),
    ("desk", "kop koffie"),
    ("desk", "cup of coffee"),
    ("desk", "uitzendkracht achter de balie"),
    ("desk", "temp at the front desk"),
    ("damp", "Awaab Ishak"),
    ("works", "zonder het juiste onderdeel"),
    ("works", "without the right part"),
    ("debt", "hulp vraagt bij zijn schulden"),
    ("debt", "asked for help with its debts"),
    ("debt", "zich schaamt voor de"),
    ("debt", "ashamed of the arrears"),
    ("good_news", "plant bij de sleutels"),
    ("good_news", "plant with the keys"),
    ("good_news", "Joeri"),
];

/// The kinds a moment is, read from the journey file the way a reader would: good or bad
/// news, a journey about debts (the arrears route's legal steps) or damp and mould (Awaab's
/// Law), work in the home (a visit by a contractor, or in a journey with a repair deadline), the
/// desk.
fn kinds_of(journey: &serde_json::Value, touchpoint: &serde_json::Value) -> HashSet<&'static str> {
    let mut kinds = HashSet::new();
    match touchpoint.get("milestone").and_then(|m| m.as_str()) {
        Some("good_news" | "goed_nieuws") => {
            kinds.insert("good_news");
        }
        Some("bad_news" | "slecht_nieuws") => {
            kinds.insert("bad_news");
        }
        _ => {}
    }
    let norms: Vec<String> = journey["touchpoints"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.get("norm"))
        .flat_map(|n| match n {
            serde_json::Value::Array(list) => list
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect::<Vec<_>>(),
            other => other.as_str().map(str::to_owned).into_iter().collect(),
        })
        .collect();
    if norms.iter().any(|n| n.starts_with("nl.arrears.")) {
        kinds.insert("debt");
    }
    if norms.iter().any(|n| n.starts_with("awaab.")) {
        kinds.insert("damp");
    }
    let actor = touchpoint["actor"].as_str().unwrap_or_default();
    let contractor =
        journey["actors"].as_array().unwrap().iter().any(|a| {
            a["id"] == actor && matches!(a["kind"].as_str(), Some("contractor" | "aannemer"))
        });
    let repair_norm = norms.iter().any(|n| n == "bw.7-257" || n == "bw.7-206");
    let visit = matches!(touchpoint["kind"].as_str(), Some("visit" | "bezoek"));
    let home = matches!(
        touchpoint["channel"].as_str(),
        Some("home_visit" | "huisbezoek")
    );
    if (visit && (contractor || repair_norm)) || (home && contractor) {
        kinds.insert("works");
    }
    if matches!(touchpoint["channel"].as_str(), Some("desk" | "balie")) {
        kinds.insert("desk");
    }
    kinds
}

#[test]
fn each_story_appears_only_on_moments_of_its_own_kind() {
    // "Why this hurts" and "what good looks like" under "fix these first" are chosen by the
    // moment: the broken appliance never under a debt-help intake or damp and mould, the plant
    // with the keys never under an eviction letter or a move-out, the coffee only at the desk.
    let test = shipped();
    let mut told = HashSet::new();
    for (name, journey) in shipped_pages(&test) {
        let file = journey["file"].as_str().unwrap();
        let source: serde_json::Value = serde_json::from_str(&test.read(file)).unwrap();
        let html = page(&test, &format!("out/{name}"));
        for fix in html.select(&sel("#fix-first li.fix")) {
            let title = text_of(
                fix.select(&sel(".fix-title span:not(.fix-rank)"))
                    .next()
                    .unwrap(),
            );
            let touchpoint = source["touchpoints"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["title"].as_str() == Some(title.trim()))
                .unwrap_or_else(|| panic!("{name}: no touchpoint titled {title:?}"));
            let kinds = kinds_of(&source, touchpoint);
            let words: String = fix
                .select(&sel(".fix-why, .fix-good"))
                .map(text_of)
                .collect::<Vec<_>>()
                .join(" ");
            for (kind, phrase) in STORIES {
                if words.contains(phrase) {
                    assert!(
                        kinds.contains(kind),
                        "{name}: “{phrase}” (a story for {kind}) under “{title}”, a moment of {kinds:?}"
                    );
                    told.insert(*kind);
                }
            }
        }
    }
    // the test is not vacuous: the shipped report tells stories of several kinds
    for kind in ["good_news", "debt", "damp", "desk"] {
        assert!(
            told.contains(kind),
            "no {kind} story in the shipped report: {told:?}"
        );
    }
}

#[test]
fn only_a_tenants_words_are_shown_as_the_tenants() {
    // A staff member's comment on an article is evidence, but not what the tenant says: it is
    // listed apart from the tenants' own words and never becomes "the tenant's side".
    let test = shipped();
    let html = page(&test, "out/huuropzegging.html");
    let staff = "Een warm woord doet meer dan een koude brief.";
    let tenants: String = html
        .select(&sel(
            "#evidence li.quote:not(.quote-other), #fix-first .fix-voice",
        ))
        .map(text_of)
        .collect();
    assert!(!tenants.contains(staff), "{tenants}");
    let others: String = html
        .select(&sel("#evidence li.quote-other"))
        .map(text_of)
        .collect();
    assert!(others.contains(staff), "{others}");
    assert!(tenants.contains("Tweeënveertig jaar"), "{tenants}");
}

#[test]
fn journey_text_in_another_language_than_the_page_carries_its_own_lang() {
    // A Dutch journey on an English page: its titles, stages, notes and quotes say lang="nl",
    // so the browser hyphenates "veertiendagenbrief" as Dutch; the report's own words stay
    // English.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    report(&test, &["journeys", "-o", "en", "--lang", "en"]);
    let html = page(&test, "en/huurachterstand.html");
    assert_eq!(
        html.select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("en")
    );
    assert_eq!(
        html.select(&sel("h1")).next().unwrap().value().attr("lang"),
        Some("nl")
    );
    let titles: Vec<_> = html.select(&sel("#map .jm-title span[lang=nl]")).collect();
    assert_eq!(titles.len(), html.select(&sel("#map li.jm-moment")).count());
    assert!(
        titles
            .iter()
            .any(|t| text_of(*t).contains("Veertiendagenbrief"))
    );
    let lanes = text_of(html.select(&sel("#map .jm-lanes")).next().unwrap());
    assert!(lanes.contains("How the tenant feels"), "{lanes}");
    // in its own language nothing is marked apart
    let own = page(&test, "en/uk-repair.html");
    assert_eq!(own.select(&sel("main [lang]")).count(), 0);
}
