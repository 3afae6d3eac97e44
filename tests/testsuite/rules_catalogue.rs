//! Checks over the whole catalogue (ripgrep's FLAGS tests, biome's rule checks): identities
//! unique and well-formed, docs complete in both languages, every doc example fires exactly
//! its rule and every near miss fires nothing, every option documented.

use std::collections::HashSet;
use std::path::Path;

use tjm::config::Config;
use tjm::load::{LoadOptions, load_text};
use tjm::model::Language;
use tjm::project::analyse_with;
use tjm::rules::{Level, RULES, rule_names};

const SECTIONS_EN: [&str; 7] = [
    "## What it finds",
    "## Why this hurts tenants",
    "## What good looks like",
    "## Example",
    "## Near miss",
    "## Configuration",
    "## Source",
];
const SECTIONS_NL: [&str; 7] = [
    "## Wat de regel vindt",
    "## Waarom dit huurders raakt",
    "## Hoe het goed gaat",
    "## Voorbeeld",
    "## Bijna raak",
    "## Instellingen",
    "## Bron",
];

/// The fenced code blocks of a Markdown text, with their info strings.
fn code_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_start().strip_prefix("```")) {
            (None, Some(info)) => current = Some((info.trim().to_owned(), String::new())),
            (Some(_), Some(_)) => blocks.push(current.take().unwrap()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

/// An example's log and survey, as CSV text.
type LogAndSurvey<'a> = (&'a str, Option<&'a str>);

/// The `csv,log` block right after block `i`, if any: the example's contact log, with the
/// `csv,survey` block right after it, if any: its survey.
fn log_after(blocks: &[(String, String)], i: usize) -> Option<LogAndSurvey<'_>> {
    let block = |at: usize, wanted: &str| {
        blocks
            .get(at)
            .filter(|(info, _)| info == wanted)
            .map(|(_, b)| b.as_str())
    };
    block(i + 1, "csv,log").map(|log| (log, block(i + 2, "csv,survey")))
}

/// Active findings (rule names) of a journey given as text, failing on load problems; with
/// a log, the journey is measured against it first, as a run does with `evidence/<id>.csv`.
fn findings_of(json: &str, log: Option<LogAndSurvey<'_>>, context: &str) -> Vec<&'static str> {
    let names = rule_names();
    let (loaded, problems) = load_text(
        Path::new(context),
        json.to_owned(),
        &LoadOptions {
            rule_names: &names,
            ..Default::default()
        },
    );
    assert!(
        problems.is_empty(),
        "{context}: example does not load: {:?}",
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()
    );
    let loaded = loaded.unwrap();
    let evidence = log.map(|(log, survey)| {
        let dir = std::env::temp_dir().join(format!("tjm-catalogue-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(context.replace(".json", ".csv"));
        std::fs::write(&path, log).unwrap();
        let survey_path = dir.join(context.replace(".json", "-survey.csv"));
        if let Some(survey) = survey {
            std::fs::write(&survey_path, survey).unwrap();
        }
        let norms = tjm::rules::wait_norms(&Config::default().settings);
        let measured = tjm::evidence::of_files(
            &path,
            survey.map(|_| survey_path.as_path()),
            &loaded.journey,
            &norms,
        );
        std::fs::remove_file(&path).unwrap();
        if survey.is_some() {
            std::fs::remove_file(&survey_path).unwrap();
        }
        measured
            .unwrap_or_else(|e| panic!("{context}: log does not read: {e}"))
            .unwrap_or_else(|| panic!("{context}: log measured nothing"))
    });
    let analysed = analyse_with(loaded, &Config::default(), None, evidence);
    analysed.analysis.active().map(|f| f.rule).collect()
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    // Codes are TJM + 3 digits, names kebab-case, neither repeats.
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for rule in RULES {
        let code = rule.code();
        assert!(
            code.len() == 6
                && code.starts_with("TJM")
                && code[3..].chars().all(|c| c.is_ascii_digit()),
            "{code}"
        );
        assert!(codes.insert(code), "duplicate code {code}");
        let name = rule.name();
        assert!(
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !name.starts_with('-')
                && !name.ends_with('-'),
            "{name}"
        );
        assert!(names.insert(name), "duplicate name {name}");
    }
    assert!(RULES.len() >= 16);
}

#[test]
fn the_rules_the_issue_names_exist() {
    // Users type these names in tjm.toml; they must never change.
    for name in [
        "missed-milestone",
        "procedure-first",
        "bare-no",
        "no-room-for-exceptions",
        "pillar-to-post",
        "repeat-contact",
        "open-loop",
        "decided-for-tenants",
        "friendly-not-helpful",
        "no-aftercare",
        "long-wait",
        "unanswered-low",
        "cold-channel",
        "dead-end",
        "unsupported-emotion",
    ] {
        assert!(tjm::rules::find_rule(name).is_some(), "{name} missing");
    }
    assert_eq!(
        tjm::rules::find_rule("unsupported-emotion")
            .unwrap()
            .default_level(),
        Level::Info
    );
}

#[test]
fn docs_have_every_section_in_both_languages() {
    // Each doc has the seven sections in order, and summaries in both languages.
    for rule in RULES {
        for (lang, sections) in [(Language::En, SECTIONS_EN), (Language::Nl, SECTIONS_NL)] {
            let docs = rule.docs(lang);
            let mut from = 0;
            for section in sections {
                let at = docs[from..]
                    .find(section)
                    .unwrap_or_else(|| panic!("{} ({lang:?}) lacks {section}", rule.name()));
                from += at + section.len();
            }
            assert!(!rule.summary(lang).is_empty());
        }
        assert_ne!(
            rule.summary(Language::En),
            rule.summary(Language::Nl),
            "{} summary not translated",
            rule.name()
        );
    }
}

#[test]
fn every_example_fires_exactly_its_rule_and_every_near_miss_nothing() {
    // The docs' examples are run: a policy advisor can trust them.
    let mut failures = Vec::new();
    for rule in RULES {
        for lang in [Language::En, Language::Nl] {
            let blocks = code_blocks(rule.docs(lang));
            let with_log = |wanted: &str| -> Vec<(&String, Option<LogAndSurvey<'_>>)> {
                blocks
                    .iter()
                    .enumerate()
                    .filter(|(_, (info, _))| info == wanted)
                    .map(|(i, (_, b))| (b, log_after(&blocks, i)))
                    .collect()
            };
            let examples = with_log("json,expect_finding");
            let near_misses = with_log("json");
            // One of each at least; a rule with variants (good and bad news) shows each.
            assert!(
                !examples.is_empty(),
                "{} ({lang:?}) needs an example",
                rule.name()
            );
            assert!(
                !near_misses.is_empty(),
                "{} ({lang:?}) needs a near miss",
                rule.name()
            );
            for (n, (example, log)) in examples.iter().enumerate() {
                let context = format!("{}-{lang:?}-example-{n}.json", rule.name());
                let fired = findings_of(example, *log, &context);
                if fired.is_empty() || fired.iter().any(|f| *f != rule.name()) {
                    failures.push(format!("{context}: fired {fired:?}"));
                }
            }
            for (n, (near_miss, log)) in near_misses.iter().enumerate() {
                let context = format!("{}-{lang:?}-near-miss-{n}.json", rule.name());
                let fired = findings_of(near_miss, *log, &context);
                if !fired.is_empty() {
                    failures.push(format!("{context}: fired {fired:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_option_is_documented_with_its_default() {
    // The Configuration section names each option, and its default parses.
    for rule in RULES {
        let defaults = tjm::rules::RuleOptions::defaults(*rule);
        for option in rule.options() {
            assert!(defaults.get(option.name).is_some());
            for lang in [Language::En, Language::Nl] {
                assert!(
                    rule.docs(lang).contains(option.name),
                    "{} ({lang:?}) does not document {}",
                    rule.name(),
                    option.name
                );
            }
            for locale in [tjm::i18n::Locale::En, tjm::i18n::Locale::Nl] {
                let id = format!("{}-option-{}", rule.name(), option.name);
                let help = tjm::i18n::try_message(locale, &id, &tjm::i18n::Args::new());
                assert!(help.is_ok_and(|h| !h.is_empty()), "{id} in {locale}");
            }
        }
    }
}
