//! No user-visible text in `src/` outside the catalogues (issue 10): a scan of every string
//! literal in the library, with a short allow-list for what is not user text, and a ratchet
//! list of files still to convert, which may only shrink.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::repo;

/// Files that still hold user text in Rust, waiting for their move into `locales/`. A file
/// leaves this list when its text moves; the test fails when a listed file is already clean,
/// so the list cannot go stale.
const NOT_YET_IN_CATALOGUES: &[&str] = &[];

/// Files whose prose is for developers or theme authors, not for the people tjm serves.
const DEVELOPER_TEXT: &[&str] = &[
    // errors about a template's t()/n() call, for whoever writes a theme
    "src/i18n/tera.rs",
];

/// Literals in one file that read like prose but are data, not words for a person (as the
/// scanner reads them: an escape such as `\n` is left out).
const NOT_USER_TEXT: &[(&str, &str)] = &[
    // Mermaid diagram syntax: read by Mermaid, not by a person
    ("src/output/mermaid.rs", "flowchart TD"),
    (
        "src/output/mermaid.rs",
        "  classDef flagged fill:#fde2e2,stroke:#b00020,stroke-width:2px",
    ),
    // SVG class names for the stylesheet
    ("src/report/charts/emotion_curve.rs", "point point-{}"),
    // The section headings of the rule docs (src/rules/docs/<lang>/*.md), looked up by their
    // exact text: the wording is the docs' own (rules_catalogue checks every doc has them), so
    // a catalogue that reworded them would silently lose the sections.
    ("src/report/markdown.rs", "Why this hurts tenants"),
    ("src/report/markdown.rs", "What good looks like"),
    ("src/report/markdown.rs", "Waarom dit huurders raakt"),
    ("src/report/markdown.rs", "Hoe het goed gaat"),
    // The situations in brackets after those headings ("What good looks like (bad news)"),
    // looked up the same way
    ("src/report/markdown.rs", "good news"),
    ("src/report/markdown.rs", "bad news"),
    ("src/report/markdown.rs", "goed nieuws"),
    ("src/report/markdown.rs", "slecht nieuws"),
    ("src/report/markdown.rs", "damp and mould"),
    ("src/report/markdown.rs", "at the desk"),
    ("src/report/markdown.rs", "vocht en schimmel"),
    ("src/report/markdown.rs", "werk aan de woning"),
    ("src/report/markdown.rs", "work in the home"),
    ("src/report/markdown.rs", "aan de balie"),
    ("src/report/markdown.rs", "{heading} ({label})"),
    // HTTP and server-sent-events syntax: read by the browser, not by a person
    (
        "src/serve/events.rs",
        "HTTP/1.1 200 OKContent-Type: text/event-streamCache-Control: no-storeX-Content-Type-Options: nosniffConnection: closeretry: 1000",
    ),
    ("src/serve/events.rs", "event: reloaddata: {generation}"),
    ("src/serve/http.rs", "GET, HEAD"),
    // column names and codes that logs and surveys are read with: matched, not shown
    ("src/evidence/codes.rs", "op locatie"),
    ("src/evidence/survey.rs", "gemiddeld cijfer"),
    ("src/evidence/survey.rs", "aandeel voldoende"),
    ("src/evidence/survey.rs", "% 6 of hoger"),
    ("src/evidence/tsm.rs", "landlord code"),
    ("src/evidence/tsm.rs", "landlord name"),
    ("src/evidence/tsm.rs", "reporting year"),
];

/// Literals that look like words but are not shown to a person as prose.
fn allowed(literal: &str, line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("#[") // clap's --help text and attributes: English by design (see docs/architecture.md)
        || line.starts_with("//")
        || line.contains("expect(") // a broken invariant, for developers
        || line.contains("panic!(")
        || line.contains("unreachable!(")
        || literal.starts_with("https://")
        || literal.contains("{{") // Tera templates
        || literal.contains('<') // HTML and SVG markup
        || line.starts_with("default:") // an option's default, in tjm.toml syntax
        || line.starts_with("reason =") // why a lint is expected, for developers
        // JSON Schema text for editors: English, like the doc comments schemars reads the
        // other descriptions from
        || line.starts_with("description =")
        || line.starts_with("\"description\":")
        // the unit words a wait is read with: input syntax, matched, not shown
        || line.starts_with("(\"") && line.contains("WaitUnit::")
        // matching another program's (serde_json's, serde's) English, not showing text
        || [".contains(", "between(", "rsplit_once(", ".find(", "starts_with(", "strip_prefix("]
            .iter()
            .any(|call| line.contains(call))
}

/// Prose: two words of letters in a row.
fn is_prose(literal: &str) -> bool {
    let words: Vec<&str> = literal.split([' ', '\n']).collect();
    words.windows(2).any(|pair| {
        pair.iter().all(|w| {
            let letters = w.trim_matches(|c: char| !c.is_alphabetic());
            letters.chars().count() >= 2 && letters.chars().all(char::is_alphabetic)
        })
    })
}

/// The string literals of `source` before its unit tests, with their line.
fn literals(source: &str) -> Vec<(String, usize)> {
    // the unit tests at the end of a file; a `#[cfg(test)]` helper module higher up is skipped
    // by name below, not here
    let code = source
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            '\'' => {
                // a char literal ('x', '\n', '\u{..}'), else a lifetime
                if chars.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 2;
                }
            }
            'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                && (i == 0 || !chars[i - 1].is_alphanumeric()) =>
            {
                let mut hashes = 0;
                let mut j = i + 1;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') {
                    let start = line;
                    let mut text = String::new();
                    j += 1;
                    loop {
                        if j >= chars.len() {
                            break;
                        }
                        if chars[j] == '"'
                            && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#'))
                        {
                            j += 1 + hashes;
                            break;
                        }
                        if chars[j] == '\n' {
                            line += 1;
                        }
                        text.push(chars[j]);
                        j += 1;
                    }
                    out.push((text, start));
                    i = j;
                    continue;
                }
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        if chars.get(i) == Some(&'\n') {
                            line += 1;
                        }
                    } else {
                        if chars[i] == '\n' {
                            line += 1;
                        }
                        text.push(chars[i]);
                    }
                    i += 1;
                }
                out.push((text, start));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// File → the prose literals it holds, as `line: text`.
fn prose_by_file() -> BTreeMap<String, Vec<String>> {
    let root = repo();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut found = BTreeMap::new();
    for path in files {
        let relative = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // Test helpers and the synthetic-data generator are not shipped user text.
        if relative.ends_with("/tests.rs")
            || relative.ends_with("/testing.rs")
            || relative == "src/synthetic.rs"
            || DEVELOPER_TEXT.contains(&relative.as_str())
        {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        let hits: Vec<String> = literals(&source)
            .into_iter()
            .filter(|(text, line)| {
                let at = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
                // an attribute's value may start on the line after `#[command(`
                is_prose(text)
                    && !NOT_USER_TEXT.contains(&(relative.as_str(), text.as_str()))
                    && !allowed(text, at(*line))
                    && !at(*line - 1).trim_start().starts_with("#[")
            })
            .map(|(text, line)| format!("{line}: {text}"))
            .collect();
        if !hits.is_empty() {
            found.insert(relative, hits);
        }
    }
    found
}

#[test]
fn the_scanner_finds_prose_and_skips_what_is_not() {
    // The scanner itself: prose in a literal is found; comments, ids and format strings are not.
    let source = "// a comment with words\nlet a = \"two words\";\nlet b = \"id-only\";\nlet c = r#\"raw text here\"#;\nlet d = '\"';\nlet e = \"{x} {y}\";\n#[cfg(test)]\nmod tests { \"test words\" }";
    let found: Vec<String> = literals(source)
        .into_iter()
        .filter(|(t, _)| is_prose(t))
        .map(|(t, l)| format!("{l}: {t}"))
        .collect();
    assert_eq!(found, ["2: two words", "4: raw text here"]);
}

#[test]
fn no_user_text_in_rust_outside_the_listed_files() {
    // Every user-visible sentence lives in locales/; files not yet converted are listed above.
    let found = prose_by_file();
    let unexpected: Vec<String> = found
        .iter()
        .filter(|(file, _)| !NOT_YET_IN_CATALOGUES.contains(&file.as_str()))
        .flat_map(|(file, hits)| hits.iter().map(move |h| format!("{file}:{h}")))
        .collect();
    assert!(
        unexpected.is_empty(),
        "user text in Rust; move it to locales/*/*.ftl:\n{}",
        unexpected.join("\n")
    );
    let stale: Vec<&&str> = NOT_YET_IN_CATALOGUES
        .iter()
        .filter(|file| !found.contains_key(**file))
        .collect();
    assert!(
        stale.is_empty(),
        "these files hold no user text any more; take them off NOT_YET_IN_CATALOGUES: {stale:?}"
    );
}
