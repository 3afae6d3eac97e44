//! Small conventions a new user runs into: plurals, the man page, exit codes in `--help`,
//! `tjm fmt` in an empty folder, README links.

use tjm::i18n::{Args, Locale, message};

use crate::support::{TjmTest, repo};

/// Messages with counts, and the count arguments in each.
const COUNTED: &[(&str, &[&str])] = &[
    (
        "check-totals",
        &["journeys", "errors", "warnings", "problems"],
    ),
    ("check-summary-shape", &["touchpoints", "stages", "main"]),
    ("check-summary-index", &["errors", "warnings"]),
    ("diff-totals", &["compared"]),
    ("diff-days", &["days"]),
    ("fmt-summary", &["files"]),
    ("fmt-summary-broken", &["files"]),
    ("fmt-summary-skipped", &["files"]),
    ("config-rules-off", &["count"]),
    ("config-rules-adjusted", &["count"]),
    ("completions-wrote", &["count"]),
    ("theme-wrote", &["count"]),
    ("report-age", &["years"]),
    ("report-emotion-lead", &["moments"]),
    ("report-chart-emotion-desc", &["moments"]),
    (
        "report-chart-blueprint-desc",
        &["moments", "stages", "handoffs"],
    ),
    (
        "report-chart-graph-desc",
        &[
            "nodes",
            "transitions",
            "layers",
            "handoffs",
            "loops",
            "escalations",
        ],
    ),
    ("pillar-to-post-path-message", &["count"]),
    ("pillar-to-post-path-board", &["count"]),
];

/// The other arguments the counted messages take, as dummies.
fn dummies() -> Args {
    let mut args = Args::new()
        .text("share", "50%")
        .text("title", "T")
        .text("lanes", "L")
        .text("dir", "D")
        .text("index", "80")
        .text("contacts", "2,0")
        .key("check", "no");
    for name in [
        "infos",
        "silenced",
        "changed",
        "added",
        "removed",
        "tp_added",
        "tp_removed",
        "tp_changed",
        "fixed",
        "new",
        "unchanged",
    ] {
        args = args.count(name, 4);
    }
    args
}

fn render(locale: Locale, id: &str, counts: &[&'static str], one: &str) -> String {
    let mut args = dummies();
    for name in counts {
        args = args.count(*name, if *name == one { 1 } else { 3 });
    }
    if !counts.contains(&one) {
        unreachable!("{one} is not a count of {id}");
    }
    message(locale, id, &args)
}

/// The text of message `id` in a locale's catalogue files.
fn source_of(locale: &str, id: &str) -> String {
    for entry in std::fs::read_dir(repo().join("locales").join(locale)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if let Some(start) = text.find(&format!("\n{id} = ")) {
            // The message's first line and its indented continuation lines.
            let mut lines = text[start + 1..].lines();
            let mut message = lines.next().unwrap_or_default().to_owned();
            for line in lines.take_while(|line| line.starts_with(' ')) {
                message.push('\n');
                message.push_str(line);
            }
            return message;
        }
    }
    panic!("{id} not in {locale}");
}

#[test]
fn every_count_has_a_plural_form_in_every_locale() {
    // With n = 1 and n = 2 each count reads right: "1 touchpoint", "2 touchpoints" (and
    // "1 contactmoment", "2 contactmomenten"); each count selects its own plural in the catalogue.
    for (id, counts) in COUNTED {
        for name in *counts {
            for locale in ["en", "nl"] {
                let source = source_of(locale, id);
                assert!(
                    source.contains(&format!("{{ ${name} ->")),
                    "{locale} {id}: ${name} has no plural selector:\n{source}"
                );
            }
            let one = render(Locale::En, id, counts, name);
            let mut args_two = dummies();
            for other in *counts {
                args_two = args_two.count(*other, if other == name { 2 } else { 3 });
            }
            let two = message(Locale::En, id, &args_two);
            assert!(!one.starts_with('['), "{id} did not render: {one}");
            assert_ne!(
                one,
                two.replace('2', "1"),
                "{id}: ${name} reads the same for 1 and 2 in English"
            );
        }
    }
    assert!(
        message(
            Locale::En,
            "check-summary-shape",
            &Args::new()
                .count("touchpoints", 1)
                .count("stages", 1)
                .count("main", 1)
                .text("share", "100%")
        )
        .starts_with("1 touchpoint in 1 stage; main path 1 touchpoint")
    );
}

#[test]
fn counted_words_in_the_catalogues_have_selectors() {
    // A scan over every catalogue: a count argument written straight before a word
    // ("{ $moments } moments") must be inside a plural selector on that argument.
    let counts = [
        "touchpoints",
        "stages",
        "moments",
        "nodes",
        "transitions",
        "layers",
        "loops",
        "escalations",
        "journeys",
        "files",
        "errors",
        "warnings",
        "problems",
        "main",
        "compared",
        "years",
        "count",
        "days",
    ];
    for locale in ["en", "nl"] {
        for entry in std::fs::read_dir(repo().join("locales").join(locale)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                for name in counts {
                    let placed = format!("{{ ${name} }} ");
                    let Some(at) = line.find(&placed) else {
                        continue;
                    };
                    let after = &line[at + placed.len()..];
                    let in_variant =
                        line.trim_start().starts_with('[') || line.trim_start().starts_with("*[");
                    // "3 info" and "3 keer" read the same in the singular.
                    let invariant = ["info", "keer", "of ", "van "]
                        .iter()
                        .any(|w| after.starts_with(w));
                    let word = after.chars().next().is_some_and(char::is_alphabetic) && !invariant;
                    // long-wait's $limit days and decimals (expected contacts) are not counts.
                    assert!(
                        !word || in_variant,
                        "{}: `{line}` needs a plural selector on ${name}",
                        path.display()
                    );
                }
            }
        }
    }
}

#[test]
fn help_and_the_man_page_give_the_exit_codes() {
    let test = TjmTest::new();
    let help = test.run(&["--help"]);
    assert!(
        help.stdout
            .contains("Exit status:\n  0  no error-level findings"),
        "{}",
        help.stdout
    );
    assert!(
        help.stdout.contains("  2  invalid input"),
        "{}",
        help.stdout
    );
    let page = test.run(&["completions", "man"]);
    assert_eq!(page.code, 0);
    assert!(
        page.stdout.contains(".SH \"EXIT STATUS\""),
        "{}",
        page.stdout
    );
    assert!(
        page.stdout.contains("tjm \\- the tenant journey mapper\n"),
        "{}",
        page.stdout
    );
}

#[test]
fn man_pages_for_every_command_are_written_into_a_folder() {
    // tjm.1 refers to tjm-check(1) and the others; --dir writes every page it refers to.
    let test = TjmTest::new();
    let run = test.run(&["completions", "man", "--dir", "man1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = std::fs::read_dir(test.path().join("man1")).unwrap().count();
    assert!(written > 10, "{written} pages");
    assert!(
        run.stderr
            .contains(&format!("wrote {written} man pages to man1")),
        "{}",
        run.stderr
    );
    let main = test.read("man1/tjm.1");
    for command in ["check", "report", "fmt", "rules", "completions"] {
        assert!(main.contains(&format!("tjm\\-{command}(1)")), "{main}");
        let page = test.read(&format!("man1/tjm-{command}.1"));
        assert!(page.contains(&format!(".TH tjm-{command} 1")), "{page}");
    }
    assert!(test.read("man1/tjm-fmt.1").contains(".SH \"EXIT STATUS\""));
    // Run again: its own pages are replaced; a file it did not write is left alone.
    assert_eq!(test.run(&["completions", "man", "--dir", "man1"]).code, 0);
    test.write("man1/tjm-check.1", "my own notes\n");
    let run = test.run(&["completions", "man", "--dir", "man1"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is not a man page tjm wrote"),
        "{}",
        run.stderr
    );
    assert_eq!(test.read("man1/tjm-check.1"), "my own notes\n");
    // --dir is for man pages only.
    let run = test.run(&["completions", "bash", "--dir", "man1"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`--dir` is for man pages"),
        "{}",
        run.stderr
    );
}

#[test]
fn fmt_in_an_empty_folder_says_where_it_looked_and_how_to_start() {
    let test = TjmTest::new();
    for (args, looked) in [(&["fmt"][..], "journeys"), (&["fmt", "."][..], ".")] {
        let run = test.run(args);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "there are no journey files to format: tjm looked in {looked}."
            )),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("`tjm new repair"), "{}", run.stderr);
        assert!(run.stderr.contains("`tjm init`"), "{}", run.stderr);
        assert!(!run.stderr.contains("left untouched"), "{}", run.stderr);
    }
    let run = test.run(&["fmt", "--lang", "nl"]);
    assert!(
        run.stderr
            .contains("er zijn geen klantreisbestanden om op te maken"),
        "{}",
        run.stderr
    );
}

#[test]
fn readme_installs_locked_and_links_only_inside_the_repository() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(
        readme.contains("cargo install --locked --path ."),
        "install line"
    );
    assert!(
        !readme.contains("cargo install --path"),
        "install without --locked"
    );
    for link in readme.split("](").skip(1) {
        let target = link.split(')').next().unwrap_or_default();
        if target.starts_with("http") || target.starts_with('#') {
            continue;
        }
        assert!(
            !target.starts_with(".."),
            "README links outside the repository: {target}"
        );
        assert!(
            repo().join(target).exists(),
            "README links to a missing file: {target}"
        );
    }
    assert!(readme.contains("](docs/domain.md)"));
}
