//! The report's words: pages a management board reads name no journey-file fields, command-line
//! options, rule slugs or folders, and every text the report writes itself comes from the
//! catalogues (the pseudo-locale wraps each catalogue message in `⟦…⟧`, so text without the
//! marks that is not journey data was written around the catalogues).

use std::collections::BTreeSet;

use scraper::{ElementRef, Html, Node};

use crate::support::{TjmTest, file_names, repo};

/// Every visible text of a page: text nodes outside `<style>` and `aria-label`s, each with
/// the classes of its ancestors (to tell the rule docs apart). An SVG `<text>` is one text:
/// the charts wrap a long line into several `<tspan>`s.
fn visible_texts(html: &str) -> Vec<(String, Vec<String>)> {
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        if let Some(el) = ElementRef::wrap(node) {
            if el.value().name() == "text" {
                // a word hyphenated across two lines is one word again
                let mut joined = String::new();
                for piece in el.text() {
                    if joined.ends_with('-') {
                        joined.pop();
                    } else if !joined.is_empty() {
                        joined.push(' ');
                    }
                    joined.push_str(piece);
                }
                out.push((joined, Vec::new()));
                continue;
            }
        }
        let mut classes = Vec::new();
        let mut in_style = false;
        for ancestor in node.ancestors() {
            if let Some(el) = ElementRef::wrap(ancestor) {
                let name = el.value().name();
                in_style |= matches!(name, "style" | "script" | "text");
                classes.extend(el.value().classes().map(str::to_owned));
                if name == "p" && el.value().classes().next().is_none() {
                    classes.push("plain-p".to_owned());
                }
            }
        }
        // A sentence that quotes journey text in its own language (`<span lang>`) is one
        // text, read whole at its element, so its catalogue marks stay together.
        let quotes_in = |el: ElementRef| {
            el.children()
                .filter_map(ElementRef::wrap)
                .any(|c| c.value().name() == "span" && c.value().attr("lang").is_some())
        };
        let in_quoting = node
            .ancestors()
            .take(2)
            .filter_map(ElementRef::wrap)
            .any(quotes_in);
        match node.value() {
            Node::Text(_) if in_quoting => {}
            Node::Text(text) if !in_style && !text.trim().is_empty() => {
                out.push((text.to_string(), classes));
            }
            Node::Element(el) => {
                if let Some(label) = el.attr("aria-label") {
                    out.push((label.to_owned(), classes.clone()));
                }
                if let Some(me) = ElementRef::wrap(node) {
                    if !in_style && quotes_in(me) {
                        out.push((me.text().collect(), classes));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The model's snake_case field names, from the journey schema (so a new field is covered).
fn snake_case_fields() -> BTreeSet<String> {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schema/journey.schema.json")).unwrap(),
    )
    .unwrap();
    let mut names = BTreeSet::new();
    let mut stack = vec![&schema];
    while let Some(value) = stack.pop() {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                    names.extend(props.keys().filter(|k| k.contains('_')).cloned());
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    assert!(names.contains("named_contact"), "{names:?}");
    names
}

/// The rule slugs (`long-wait`), from the shipped rule docs.
fn rule_slugs() -> Vec<String> {
    let mut slugs: Vec<String> = file_names(&repo().join("src/rules/docs/en"), ".md")
        .iter()
        .map(|name| name.trim_end_matches(".md").to_owned())
        .collect();
    slugs.sort();
    assert!(slugs.len() >= 16, "{slugs:?}");
    slugs
}

/// `word` in `text` as a word of its own (not part of a longer hyphenated word).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let joins =
            |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        !joins(before) && !joins(after)
    })
}

/// What a board should never read, found in the pages of `dir`: `(page, what, text)`.
fn jargon(test: &TjmTest, dir: &str) -> Vec<(String, String, String)> {
    let fields = snake_case_fields();
    let slugs = rule_slugs();
    let folders = [
        "journeys/",
        "seeds/",
        "src/",
        "locales/",
        "templates/",
        "tests/",
    ];
    let mut found = Vec::new();
    let mut pages: Vec<_> = std::fs::read_dir(test.path().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 3, "{pages:?}");
    for page in pages {
        let name = page.file_name().unwrap().to_string_lossy().into_owned();
        let html = std::fs::read_to_string(&page).unwrap();
        for (text, _) in visible_texts(&html) {
            let mut flag = |what: &str| found.push((name.clone(), what.to_owned(), text.clone()));
            if text.contains("attention.")
                && text
                    .split("attention.")
                    .skip(1)
                    .any(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
            {
                flag("a dotted field name");
            }
            for field in &fields {
                if text.contains(field.as_str()) {
                    flag(field);
                }
            }
            if text
                .split("--")
                .skip(1)
                .any(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
            {
                flag("a command-line option");
            }
            for slug in &slugs {
                if has_word(&text, slug) {
                    flag(slug);
                }
            }
            for folder in folders {
                if text.contains(folder) {
                    flag(folder);
                }
            }
        }
    }
    found
}

#[test]
fn the_shipped_report_names_no_fields_options_rule_slugs_or_folders() {
    // Every page of the shipped report, in the journeys' own languages and in English, and
    // with a baseline (what changed names fields in words), reads as plain language.
    let test = TjmTest::new();
    test.with_shipped_journeys();
    // with the sample logs, so the measured figures and contradictions are read too
    for sample in ["reparatieverzoek", "klacht"] {
        let log = std::fs::read(repo().join(format!("evidence/{sample}.csv"))).unwrap();
        test.write(&format!("evidence/{sample}.csv"), log);
    }
    test.copy_fixture("diff/old", "old");
    test.copy_fixture("diff/new", "new");
    for args in [
        &["report", "journeys", "-o", "own"][..],
        &["report", "journeys", "-o", "english", "--lang", "en"],
        &["report", "new", "-o", "changes", "--baseline", "old"],
        &[
            "report",
            "new",
            "-o",
            "changes-nl",
            "--baseline",
            "old",
            "--lang",
            "nl",
        ],
    ] {
        let run = test.run(args);
        assert_eq!(run.code, 0, "{args:?}: {}{}", run.stdout, run.stderr);
    }
    for dir in ["own", "english", "changes", "changes-nl"] {
        let found = jargon(&test, dir);
        assert!(found.is_empty(), "{dir}: {found:#?}");
    }
    // the baseline pages do show what changed, with the field in words
    let changes = test.read("changes/repair.html");
    assert!(
        changes.contains("the moment acknowledged: no → yes"),
        "{changes}"
    );
}

#[test]
fn the_jargon_check_finds_what_it_looks_for() {
    // The checks above would catch a field name, an option and a slug.
    let texts = visible_texts(
        "<html><body><p>Set attention.named_contact</p><p>run with --baseline</p>\
         <p>see long-wait</p><p aria-label=\"a good_practice\">x</p><style>p{--x:1}</style></body></html>",
    );
    let all: Vec<&str> = texts.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        all,
        [
            "Set attention.named_contact",
            "run with --baseline",
            "see long-wait",
            "a good_practice",
            "x"
        ]
    );
    assert!(has_word("see long-wait.", "long-wait"));
    assert!(!has_word("a very-long-wait here", "long-wait"));
    assert!(snake_case_fields().contains("good_practice"));
}

/// Every string value in the journey files under `dir`: text a page may show as it is.
fn journey_strings(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut stack = vec![json];
        while let Some(value) = stack.pop() {
            match value {
                serde_json::Value::String(s) => out.push(s),
                serde_json::Value::Array(items) => stack.extend(items),
                serde_json::Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }
    out
}

/// `text` without its pseudo-locale messages (`⟦…⟧`, nested ones too).
fn outside_markers(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// The pieces of text in `rest` that are neither journey data nor numbers and punctuation.
fn untranslated(rest: &str, journey: &[String]) -> Vec<String> {
    // rule codes (TJM303) are codes, not words
    let rest: String = rest
        .split(' ')
        .filter(|w| !(w.starts_with("TJM") && w[3..].chars().all(|c| c.is_ascii_digit())))
        .collect::<Vec<_>>()
        .join(" ");
    rest.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == ' ' || c == '-'))
        .map(|piece| piece.trim_matches(|c: char| c == ' ' || c == '-' || c == '\''))
        .filter(|piece| piece.chars().any(char::is_alphabetic))
        .filter(|piece| *piece != "tjm")
        .filter(|piece| !journey.iter().any(|s| s.contains(piece)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn under_the_pseudo_locale_every_text_of_the_report_comes_from_a_catalogue() {
    // Rendered with --lang qps, every visible text is a catalogue message (inside ⟦…⟧), journey
    // data, a number or punctuation; the rule docs are Markdown per locale and are left out.
    let test = TjmTest::new();
    let journeys = test.with_shipped_journeys();
    let run = test.run(&["report", "journeys", "-o", "qps", "--lang", "qps"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let data = journey_strings(&journeys);
    let mut found = Vec::new();
    let mut pages = 0;
    for entry in std::fs::read_dir(test.path().join("qps")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // the report's lock and manifest sit beside the pages
        if !name.ends_with(".html") {
            continue;
        }
        pages += 1;
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(html.contains('⟦'), "{name} has no catalogue text at all");
        for (text, classes) in visible_texts(&html) {
            let docs = classes.iter().any(|c| c == "rule-docs")
                || (classes.iter().any(|c| c == "plain-p" || c == "fix-part")
                    && classes.iter().any(|c| c == "fix-why" || c == "fix-good")
                    && !classes.iter().any(|c| c == "fix-help"));
            if docs {
                continue;
            }
            for piece in untranslated(&outside_markers(&text), &data) {
                found.push((name.clone(), piece, text.clone()));
            }
        }
    }
    assert_eq!(pages, 9);
    assert!(found.is_empty(), "{} untranslated: {found:#?}", found.len());
}

#[test]
fn the_pseudo_locale_check_finds_text_outside_the_catalogues() {
    // Text outside the marks that is no journey data is reported; marks, data and numbers are not.
    let data = vec!["Reparatie melden".to_owned()];
    let rest = outside_markers(
        "⟦Fix ⟦this⟧ first⟧ · Reparatie melden: 7,9 (12%) TJM303 Not translated TJMx",
    );
    assert_eq!(untranslated(&rest, &data), ["Not translated TJMx"]);
}
