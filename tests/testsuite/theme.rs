//! Themes: `tjm theme init`, and `tjm report --theme DIR` overriding templates or the
//! stylesheet, with warnings for files that override nothing and clear errors otherwise.

use scraper::{Html, Selector};

use crate::support::{TjmTest, repo};

fn sel(selector: &str) -> Selector {
    Selector::parse(selector).unwrap()
}

/// The built-in theme files, as `tjm theme init` should write them.
const FILES: &[&str] = &[
    "base.html",
    "index.html",
    "journey.html",
    "rules.html",
    "partials/level.html",
    "partials/finding.html",
    "partials/attention.html",
    "partials/legend.html",
    "partials/personas.html",
    "partials/changes.html",
    "partials/fix_first.html",
    "partials/good_practice.html",
    "partials/journey_map.html",
    "partials/graph.html",
    "partials/findings.html",
    "partials/evidence.html",
    "partials/measured.html",
    "partials/board_summary.html",
    "partials/journey_cards.html",
    "partials/index_changes.html",
    "partials/top_moments.html",
    "partials/heatmap.html",
    "partials/rule.html",
    "macros/table.html",
    "style.css",
];

#[test]
fn theme_init_copies_the_builtin_templates_and_stylesheet() {
    // Every overridable file is written, byte for byte the one in templates/.
    let test = TjmTest::new();
    let run = test.run(&["theme", "init", "my-theme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("wrote 25 theme files to my-theme"),
        "{}",
        run.stdout
    );
    for file in FILES {
        let written = std::fs::read(test.path().join("my-theme").join(file)).unwrap();
        let builtin = std::fs::read(repo().join("templates").join(file)).unwrap();
        assert!(written == builtin, "{file} differs from templates/{file}");
    }
}

#[test]
fn theme_init_refuses_to_overwrite_without_force() {
    // Existing files are listed and nothing is written; --force overwrites.
    let test = TjmTest::new();
    test.write("my-theme/journey.html", "mine");
    let run = test.run(&["theme", "init", "my-theme"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("journey.html"), "{}", run.stderr);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(test.read("my-theme/journey.html"), "mine");
    assert!(!test.path().join("my-theme/base.html").exists());
    let run = test.run(&["theme", "init", "my-theme", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_ne!(test.read("my-theme/journey.html"), "mine");
}

#[test]
fn an_initialised_theme_renders_exactly_like_the_builtin_one() {
    // `theme init` output used as a theme gives byte-identical pages, and no warnings.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    assert_eq!(test.run(&["theme", "init", "t"]).code, 0);
    let plain = test.run(&["report", "journeys", "-o", "plain"]);
    let themed = test.run(&["report", "journeys", "-o", "themed", "--theme", "t"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert_eq!(themed.code, 0, "{}", themed.stderr);
    assert!(themed.stderr.is_empty(), "{}", themed.stderr);
    for entry in std::fs::read_dir(test.path().join("plain")).unwrap() {
        let name = entry.unwrap().file_name();
        assert!(
            std::fs::read(test.path().join("plain").join(&name)).unwrap()
                == std::fs::read(test.path().join("themed").join(&name)).unwrap(),
            "{name:?} differs"
        );
    }
}

#[test]
fn a_theme_that_loops_over_the_data_renders_what_the_builtin_markup_does() {
    // theme/loops holds the journey map, findings, evidence, measured and table templates as they were
    // before tjm wrote that markup itself: Tera loops over every moment, finding and cell.
    // A theme with templates gets the data behind the markup, and both give the same bytes,
    // on the shipped journeys, text that needs escaping, a journey without findings, and
    // journey text in another language than the page.
    // The shipped journeys in place, with their logs, unit costs and baseline.
    let test = TjmTest::new();
    let shipped = repo().join("journeys");
    let shipped = shipped.to_str().unwrap();
    test.copy_fixture("report/hostile.json", "more/hostile.json");
    test.copy_fixture("check/clean.json", "more/clean.json");
    test.copy_fixture("theme/loops", "loops");
    for lang in ["nl", "en"] {
        let plain = test.run(&["report", shipped, "more", "-o", "plain", "--lang", lang]);
        let looped = test.run(&[
            "report", shipped, "more", "-o", "looped", "--lang", lang, "--theme", "loops",
        ]);
        assert_eq!(plain.code, 0, "{}", plain.stderr);
        assert_eq!(looped.code, 0, "{}", looped.stderr);
        let mut pages = 0;
        for entry in std::fs::read_dir(test.path().join("plain")).unwrap() {
            let name = entry.unwrap().file_name();
            if !name.to_string_lossy().ends_with(".html") {
                continue;
            }
            pages += 1;
            let plain = std::fs::read_to_string(test.path().join("plain").join(&name)).unwrap();
            let looped = std::fs::read_to_string(test.path().join("looped").join(&name)).unwrap();
            assert!(plain == looped, "{name:?} differs ({lang})");
        }
        assert_eq!(pages, 9 + 2, "nine journeys, the index and the rules");
        // the pages cover what the markup has branches for
        let clean = test.read("plain/schoon.html");
        assert!(
            clean.contains("class=\"all-clear\""),
            "a journey without findings"
        );
        let arrears = test.read("plain/huurachterstand.html");
        assert!(
            arrears.contains("<ul class=\"finding-list finding-list-silenced\">"),
            "silenced findings"
        );
        let complaint = test.read("plain/klacht.html");
        assert!(
            complaint.contains("jm-absent\""),
            "a step that does not happen"
        );
        assert!(
            complaint.contains("<span class=\"jm-measured jm-y"),
            "a measured feeling"
        );
        assert!(
            complaint.contains("class=\"measured-table\""),
            "tables of a log"
        );
        assert!(
            complaint.contains("id=\"changes\""),
            "what changed since the baseline"
        );
        assert!(
            arrears.contains("<li class=\"quote quote-other\">"),
            "quotes of others than tenants"
        );
        assert!(
            arrears.contains(" · Interview huurder met schuldhulptraject · 2025-02</p></li>"),
            "a quote's source and date"
        );
        assert_eq!(
            arrears.contains("<blockquote lang=\"nl\">"),
            lang == "en",
            "quotes marked in the journey's language on a page in another"
        );
    }
}

#[test]
fn overriding_one_template_changes_only_its_pages() {
    // theme/override_journey replaces journey.html (with its own partial); the index and
    // rules pages keep the built-in templates, and the base template still wraps them.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/override_journey", "theme");
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "theme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.is_empty(),
        "the used partial is no warning: {}",
        run.stderr
    );
    let journey = Html::parse_document(&test.read("out/reparatieverzoek.html"));
    assert_eq!(journey.select(&sel("h1.custom-journey")).count(), 1);
    assert_eq!(journey.select(&sel("p.house-style")).count(), 1);
    assert_eq!(journey.select(&sel("#fix-first")).count(), 0);
    assert_eq!(
        journey.select(&sel("a.skip-link")).count(),
        1,
        "base.html still wraps it"
    );
    assert_eq!(
        journey
            .select(&sel("meta[http-equiv=Content-Security-Policy]"))
            .count(),
        1
    );
    let index = test.read("out/index.html");
    assert!(index.contains("class=\"journey-card\""));
    assert!(!index.contains("custom-journey"));
}

#[test]
fn a_theme_stylesheet_replaces_the_builtin_one_and_the_csp_allows_it() {
    // style.css from the theme is the page's style, and the CSP hash is of that style.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/custom_style", "theme");
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "theme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = Html::parse_document(&test.read("out/index.html"));
    let style: String = html.select(&sel("style")).next().unwrap().text().collect();
    assert!(style.contains("custom-marker"));
    use base64::Engine as _;
    use sha2::Digest as _;
    let hash =
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style.as_bytes()));
    let csp = html
        .select(&sel("meta[http-equiv=Content-Security-Policy]"))
        .next()
        .unwrap()
        .value()
        .attr("content")
        .unwrap()
        .to_owned();
    assert!(csp.contains(&hash), "{csp}");
}

#[test]
fn a_typo_in_a_theme_file_name_gives_a_did_you_mean_warning() {
    // theme/typo_filename has jouney.html: the report is still written, with a warning
    // that names the file and suggests journey.html.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/typo_filename", "theme");
    let run = test.run(&[
        "report", "journeys", "-o", "out", "--theme", "theme", "--lang", "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("warning:"), "{}", run.stderr);
    assert!(run.stderr.contains("jouney.html"), "{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean `journey.html`?"),
        "{}",
        run.stderr
    );
    assert!(
        !test
            .read("out/reparatieverzoek.html")
            .contains("never used")
    );
}

#[test]
fn theme_warnings_and_refusals_speak_the_language_of_the_run() {
    // The shipped journeys are Dutch, so without --lang the run, its warning prefix and the
    // theme's did-you-mean and refusal are Dutch too.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/typo_filename", "theme");
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "theme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "waarschuwing: themabestand theme/jouney.html vervangt niets en wordt niet gebruikt: bedoel je `journey.html`?"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("warning:"), "{}", run.stderr);

    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/with_script", "theme");
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "theme"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("Thema's mogen geen scripts uitvoeren"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_theme_folder_is_an_error_naming_it() {
    // --theme pointing nowhere exits 2, names the folder and writes nothing.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let run = test.run(&[
        "report",
        "journeys",
        "-o",
        "out",
        "--theme",
        "missing_dir",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("missing_dir"), "{}", run.stderr);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
    assert!(!test.path().join("out").exists());
    // the Dutch journeys' own language, without --lang
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "missing_dir"]);
    assert!(
        run.stderr.contains(
            "themamap missing_dir bestaat niet (maak er een met `tjm theme init missing_dir`)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_template_that_fails_to_render_shows_every_cause() {
    // A theme template using a field that does not exist fails with Tera's full cause
    // chain, one "Reason:" per level, naming the template and the field.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/broken_template", "theme");
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "theme"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("journey.html"), "{}", run.stderr);
    assert!(run.stderr.contains("Reason:"), "{}", run.stderr);
    assert!(run.stderr.contains("no_such_field"), "{}", run.stderr);
}

#[test]
fn the_config_names_the_theme() {
    // `theme = "..."` in tjm.toml is used, relative to the config file.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture("theme/override_journey", "journeys/house-theme");
    test.write("journeys/tjm.toml", "theme = \"house-theme\"\n");
    let run = test.run(&["report", "journeys", "-o", "out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        test.read("out/reparatieverzoek.html")
            .contains("custom-journey")
    );
}

/// Runs `tjm report` with the theme fixture `name` copied to `theme/`, optionally with a
/// `tjm.toml` next to the journeys.
fn report_with_theme(name: &str, config: Option<&str>) -> (TjmTest, crate::support::Run) {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    test.copy_fixture(&format!("theme/{name}"), "theme");
    if let Some(config) = config {
        test.write("journeys/tjm.toml", config);
    }
    let run = test.run(&[
        "report", "journeys", "-o", "out", "--theme", "theme", "--lang", "en",
    ]);
    (test, run)
}

#[test]
fn a_theme_without_the_csp_is_refused_with_the_line_to_keep() {
    // theme/no_csp is the built-in base.html minus its policy tag: exit 2, nothing written,
    // and the message names base.html, the line to put back and the way to allow it.
    let (test, run) = report_with_theme("no_csp", None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("base.html drops the Content-Security-Policy"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(r#"content="{{ csp | safe }}""#),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("allow_theme_scripts = true"),
        "{}",
        run.stderr
    );
    assert!(!test.path().join("out").exists());
}

#[test]
fn scripts_handlers_and_external_resources_in_a_theme_are_refused() {
    // Each fixture breaks one rule; each is refused naming the file, the line and the thing.
    for (fixture, expected) in [
        ("with_script", "journey.html line 4 has a <script> element"),
        (
            "with_handler",
            "journey.html line 3 has an event handler `onmouseover=` on <h1>",
        ),
        (
            "external_image",
            "journey.html line 4 has `src` pointing outside the report (`https://tracker.example/pixel.png",
        ),
    ] {
        let (test, run) = report_with_theme(fixture, None);
        assert_eq!(run.code, 2, "{fixture}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{fixture}: {}", run.stderr);
        assert!(!test.path().join("out").exists(), "{fixture}");
    }
}

#[test]
fn allow_theme_scripts_in_the_config_accepts_such_a_theme() {
    // `[report] allow_theme_scripts = true` is the explicit opt-in: the script is kept.
    let (test, run) = report_with_theme(
        "with_script",
        Some("[report]\nallow_theme_scripts = true\n"),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        test.read("out/reparatieverzoek.html")
            .contains("<SCRIPT>alert(\"theme\")")
    );
    let (_, run) = report_with_theme("no_csp", Some("[report]\nallow_theme_scripts = true\n"));
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn allow_theme_scripts_must_be_a_boolean() {
    // A quoted "yes" is a located config error, not a silent yes.
    let (_, run) = report_with_theme(
        "with_script",
        Some("[report]\nallow_theme_scripts = \"yes\"\n"),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`allow_theme_scripts` must be true or false"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_theme_cannot_read_environment_variables() {
    // get_env in a template fails the render with a message saying why and what to remove,
    // even when scripts are allowed; the value of HOME never reaches a page.
    let (test, run) =
        report_with_theme("reads_env", Some("[report]\nallow_theme_scripts = true\n"));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("themes cannot read environment variables: remove `get_env(...)`"),
        "{}",
        run.stderr
    );
    assert!(!test.path().join("out/reparatieverzoek.html").exists());
}

#[cfg(unix)]
#[test]
fn a_theme_file_linking_outside_the_theme_folder_is_refused() {
    // partials/legend.html -> ../secret.txt outside the theme: refused, naming the link; a
    // link to a file inside the theme is fine.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    let secret = test.write("secret.txt", "the key");
    test.write("theme/style.css", "body { color: black; }");
    std::fs::create_dir_all(test.path().join("theme/partials")).unwrap();
    std::os::unix::fs::symlink(&secret, test.path().join("theme/partials/legend.html")).unwrap();
    let run = test.run(&[
        "report", "journeys", "-o", "out", "--theme", "theme", "--lang", "en",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("legend.html is a link to"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("outside the theme folder"),
        "{}",
        run.stderr
    );
    assert!(!test.path().join("out").exists());

    std::fs::remove_file(test.path().join("theme/partials/legend.html")).unwrap();
    std::os::unix::fs::symlink(
        test.path().join("theme/style.css"),
        test.path().join("theme/partials/legend.html"),
    )
    .unwrap();
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "theme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
