//! Broken input: every case gets a clear message naming the file, line, column and field,
//! a non-zero exit, and no panic.

use crate::support::{TjmTest, fixture};

/// Runs `tjm check` on a fixture copied into a temp dir and returns (exit code, stderr).
fn check_fixture(name: &str) -> (i32, String) {
    let test = TjmTest::new();
    test.copy_fixture(&format!("load_errors/{name}"), name);
    let run = test.run(&["check", name]);
    assert!(
        !run.stderr.contains("panicked"),
        "tjm panicked:\n{}",
        run.stderr
    );
    (run.code, run.stderr)
}

#[test]
fn empty_file_says_it_is_empty() {
    // An empty file is named and the fix offered.
    let (code, err) = check_fixture("empty.json");
    assert_eq!(code, 2);
    assert!(err.contains("empty.json is empty"), "{err}");
    assert!(err.contains("tjm::load::empty"), "{err}");
}

#[test]
fn not_json_points_at_line_and_column() {
    // YAML-ish text is a syntax error at 1:1 with a hint about JSON quoting.
    let (code, err) = check_fixture("not_json.json");
    assert_eq!(code, 2);
    assert!(err.contains("not_json.json:1:1"), "{err}");
    assert!(err.contains("not valid JSON"), "{err}");
    assert!(err.contains("double quotes"), "{err}");
}

#[test]
fn trailing_comma_is_found_where_it_is() {
    // The syntax error names line 5 column 30: the comma itself, after the last stage.
    let (code, err) = check_fixture("trailing_comma.json");
    assert_eq!(code, 2);
    assert!(err.contains("trailing_comma.json:5:30"), "{err}");
    assert!(err.contains("trailing comma"), "{err}");
    assert!(err.contains("remove the comma"), "{err}");
}

#[test]
fn a_json_array_is_not_a_journey() {
    // A list instead of an object is explained, at the first character.
    let (code, err) = check_fixture("array.json");
    assert_eq!(code, 2);
    assert!(err.contains("array.json:1:1"), "{err}");
    assert!(
        err.contains("holds one JSON object, but this file holds a list"),
        "{err}"
    );
}

#[test]
fn non_utf8_bytes_name_the_position() {
    // The offending byte is named with its line and column.
    let (code, err) = check_fixture("non_utf8.json");
    assert_eq!(code, 2);
    assert!(err.contains("non_utf8.json:2:13"), "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(err.contains("0xE9"), "{err}");
}

#[test]
fn every_mistake_in_a_file_is_reported_at_once() {
    // One run reports the unknown field, bad enum value, bad wait, duplicate id, unknown
    // references with did-you-mean, the out-of-range emotion and the shares over 100%.
    let (code, err) = check_fixture("many_mistakes.json");
    assert_eq!(code, 2);
    let expectations = [
        (
            "many_mistakes.json:20:7",
            "unknown field `emtion` in `touchpoints[0]`",
            "did you mean `emotion`?",
        ),
        (
            "many_mistakes.json:19:18",
            "`fone` is not a valid value for `touchpoints[0].channel`",
            "did you mean `phone`?",
        ),
        (
            "many_mistakes.json:28:15",
            "`touchpoints[1].wait`: `fortnights` is not a unit of time",
            "touchpoints[1].wait",
        ),
        (
            "many_mistakes.json:7:13",
            "`melden` is used twice in stages",
            "stages[1].id",
        ),
        (
            "many_mistakes.json:24:16",
            "there is no stage with id `herstel`",
            "touchpoints[1].stage",
        ),
        (
            "many_mistakes.json:26:16",
            "there is no actor with id `monteurr`",
            "did you mean `monteur`?",
        ),
        (
            "many_mistakes.json:27:29",
            "`touchpoints[1].emotion.score` is 7, outside the emotion scale",
            "use a value from -3 to 3",
        ),
        (
            "many_mistakes.json:47:49",
            "add up to 120% (bezoek 80%, klaar 40%)",
            "transitions[1].share",
        ),
        (
            "many_mistakes.json:48:31",
            "there is no touchpoint with id `klar`",
            "did you mean `klaar`?",
        ),
    ];
    for (location, message, detail) in expectations {
        assert!(
            err.contains(location),
            "missing location {location} in:\n{err}"
        );
        assert!(
            err.contains(message),
            "missing message {message} in:\n{err}"
        );
        assert!(err.contains(detail), "missing {detail} in:\n{err}");
    }
    // A touchpoint that failed to load is still a known id: no cascade of false references.
    assert!(!err.contains("no touchpoint with id `bellen`"), "{err}");
}

#[test]
fn wrong_types_and_missing_fields_name_the_field_and_explain_it() {
    // A string for a boolean and a missing title: both reported with the field's own doc.
    let (code, err) = check_fixture("missing_and_wrong.json");
    assert_eq!(code, 2);
    assert!(
        err.contains("the journey has no `title`, which is required"),
        "{err}"
    );
    assert!(err.contains("missing_and_wrong.json:1:1"), "{err}");
    assert!(
        err.contains(
            "`touchpoints[0].opens_case`: invalid type: string \"yes\", expected a boolean"
        ),
        "{err}"
    );
    assert!(err.contains("missing_and_wrong.json:6:76"), "{err}");
    assert!(
        err.contains("`touchpoints[1]` has no `title`, which is required"),
        "{err}"
    );
    assert!(
        err.contains("What happens, in a few words"),
        "help should quote the field's doc:\n{err}"
    );
}

#[test]
fn a_journey_that_never_ends_is_refused() {
    // A loop with no way out has no end.
    let (code, err) = check_fixture("no_end.json");
    assert_eq!(code, 2);
    assert!(err.contains("the journey has no end"), "{err}");
    assert!(err.contains("no_end.json:10:18"), "{err}");
}

#[test]
fn silences_need_a_known_rule_and_a_reason() {
    // A misspelt rule gets a did-you-mean; a blank reason is refused.
    let (code, err) = check_fixture("bad_silence.json");
    assert_eq!(code, 2);
    assert!(
        err.contains("there is no rule called `cold-chanel`"),
        "{err}"
    );
    assert!(err.contains("did you mean `cold-channel`?"), "{err}");
    assert!(err.contains("bad_silence.json:10:19"), "{err}");
    assert!(err.contains("silencing `bare-no` needs a reason"), "{err}");
    assert!(err.contains("touchpoints[0].silence[1].reason"), "{err}");
}

#[test]
fn two_files_with_one_journey_id_are_reported() {
    // The second file's id line is named, with the first file.
    let (code, err) = check_fixture("dup_ids");
    assert_eq!(code, 2);
    assert!(err.contains("dup_ids/two.json:2:9"), "{err}");
    assert!(err.contains("journey id `zelfde` is also used by"), "{err}");
    assert!(err.contains("one.json"), "{err}");
}

#[test]
fn a_folder_without_journeys_says_so() {
    // An empty folder is an error, not a silent success.
    let test = TjmTest::new();
    std::fs::create_dir(test.path().join("leeg")).unwrap();
    let run = test.run(&["check", "leeg"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no journey files (*.json) in leeg"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_path_is_named() {
    // A typo in the path is reported, not a crash.
    let run = TjmTest::new().run(&["check", "jouneys"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("jouneys does not exist"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_broken_symlink_is_named() {
    // A link to nothing is reported by name, in a folder and on the command line.
    let test = TjmTest::new();
    std::fs::create_dir(test.path().join("j")).unwrap();
    std::os::unix::fs::symlink("nowhere.json", test.path().join("j/link.json")).unwrap();
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("link.json is a symbolic link to something that does not exist"),
        "{}",
        run.stderr
    );
    let run = test.run(&["check", "j/link.json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("link.json is a symbolic link to something that does not exist"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_that_cannot_be_read_is_named() {
    // Reading fails (a folder where a file should be: root can read any file, so
    // permissions cannot make this fail in CI); the message names the path and the cause.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.json");
    std::fs::create_dir(&path).unwrap();
    let (journey, problems) = tjm::load::load_file(&path, &Default::default());
    assert!(journey.is_none());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, tjm::load::ProblemCode::Unreadable);
    assert!(
        problems[0]
            .message
            .starts_with(&format!("cannot read {}", path.display())),
        "{}",
        problems[0].message
    );
}

#[test]
fn a_50_mb_file_is_refused_with_its_size() {
    // A huge file is refused quickly with its size and the limit, never read into the model.
    let test = TjmTest::new();
    let mut text = String::from("{\"id\": \"big\", \"description\": \"");
    text.push_str(&"x".repeat(50 * 1024 * 1024));
    text.push_str("\"}");
    test.write("big.json", text);
    let run = test.run(&["check", "big.json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("big.json is 52.4 MB; a journey file can be at most 16 MB"),
        "{}",
        run.stderr
    );
}

#[test]
fn good_files_still_load_beside_broken_ones() {
    // Loading never stops early: the good journey is checked, the broken one reported.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "j/clean.json");
    test.copy_fixture("load_errors/array.json", "j/array.json");
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.contains("schoon (j/clean.json)"),
        "{}",
        run.stdout
    );
    assert!(run.stderr.contains("array.json:1:1"), "{}", run.stderr);
}

#[test]
fn rendered_diagnostics_for_many_mistakes() {
    // The whole rendered output for one broken file, reviewed by hand: location, code,
    // snippet, caret, label with the JSON path, and help.
    let path = fixture("load_errors/many_mistakes.json");
    let names = tjm::rules::rule_names();
    let (_, problems) = tjm::load::load_file(
        &path,
        &tjm::load::LoadOptions {
            rule_names: &names,
            ..Default::default()
        },
    );
    let rendered: String = problems
        .iter()
        .map(|p| tjm::diagnostics::render_problem(p, tjm::diagnostics::Style::plain()))
        .collect();
    let root = crate::support::repo().display().to_string();
    insta::assert_snapshot!(rendered.replace(&root, "[ROOT]"));
}

#[test]
fn a_journey_saved_with_a_byte_order_mark_loads() {
    // Windows editors may save UTF-8 with a BOM (and CRLF line endings): it is the same journey,
    // and a mistake in such a file is still found at its line and column.
    let test = TjmTest::new();
    let clean = std::fs::read_to_string(fixture("check/clean.json")).unwrap();
    let windows = format!("\u{feff}{}", clean.replace('\n', "\r\n"));
    test.write("bom.json", &windows);
    let run = test.run(&["check", "bom.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("schoon (bom.json)"), "{}", run.stdout);
    test.write("broken.json", "\u{feff}{\"id\" \"x\"}");
    let run = test.run(&["check", "broken.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("broken.json:1:7"), "{}", run.stderr);
}

#[test]
fn non_utf8_column_counts_characters_before_it() {
    // `é` written correctly before a Latin-1 byte on the same line is one column, not two.
    let test = TjmTest::new();
    test.write("mixed.json", b"{\n  \"id\": \"\xc3\xa9t\xe9\"\n}\n");
    let run = test.run(&["check", "mixed.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("mixed.json:2:12"), "{}", run.stderr);
}

/// No line of terminal output is longer than this: long lines are cut to a window.
const MAX_OUTPUT_LINE: usize = 300;

fn assert_short_lines(text: &str) {
    let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest <= MAX_OUTPUT_LINE,
        "a {longest}-character line in:\n{}",
        &text[..text.len().min(2000)]
    );
}

#[test]
fn a_syntax_error_at_column_70000_shows_a_window_and_fmt_and_report_go_on() {
    // miette panicked past column 65,535; one such file made fmt and report of the folder panic.
    let test = TjmTest::new();
    let padding = "a".repeat(70_000);
    test.write(
        "j/long.json",
        format!("{{\"id\": \"long\", \"title\": \"{padding}\" \"stages\": []}}"),
    );
    test.copy_fixture("check/clean.json", "j/clean.json");
    // After the padding: the quote that closes the title, a space, then the unexpected quote.
    let column = r#"{"id": "long", "title": ""#.len() + 70_000 + 3;
    for args in [
        &["check", "j"][..],
        &["fmt", "j"][..],
        &["report", "-o", "out", "j"][..],
    ] {
        let run = test.run(args);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("j/long.json:1:{column}")),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("expected `,`"), "{}", run.stderr);
        assert!(
            run.stderr.contains(" 1 │ …aaaa") && run.stderr.contains("aaaa\" \"stages\": []}"),
            "{}",
            run.stderr
        );
        assert_short_lines(&run.stderr);
    }
    // `report` refuses a folder with input problems by design: exit 2 and the diagnostic.
}

#[test]
fn ten_thousand_transitions_on_one_line_each_get_a_short_snippet() {
    // 9,999 duplicate transitions on one minified line: every one is reported, none panics.
    let test = TjmTest::new();
    let transitions = vec![r#"{"from":"a","to":"b"}"#; 10_000].join(",");
    test.write(
        "wide.json",
        format!(
            r#"{{"id":"wide","title":"Wide","language":"en","stages":[{{"id":"s","title":"S"}}],"actors":[{{"id":"d","name":"D","kind":"department"}}],"touchpoints":[{{"id":"a","stage":"s","title":"A","actor":"d"}},{{"id":"b","stage":"s","title":"B","actor":"d","outcome":"done"}}],"transitions":[{transitions}]}}"#
        ),
    );
    let run = test.run(&["check", "wide.json"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr
            .matches("tjm::load::duplicate-transition")
            .count(),
        9_999
    );
    // The last one sits near the end of the line: its place and label are right.
    let line = test.read("wide.json");
    let last = line.rfind(r#"{"from""#).unwrap() + 1;
    assert!(
        run.stderr.contains(&format!("wide.json:1:{last}]")),
        "{}",
        &run.stderr[run.stderr.len() - 1500..]
    );
    assert!(run.stderr.contains("╰── transitions[9999]"));
    assert_short_lines(&run.stderr);
}

#[test]
fn nesting_100000_deep_says_so_in_a_short_message() {
    // serde_json stops at 128 levels; the message says that, not "needs double quotes", and the
    // 100 KB line is not printed.
    let test = TjmTest::new();
    test.write("deep.json", "[".repeat(100_000) + &"]".repeat(100_000));
    let run = test.run(&["check", "deep.json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the file nests deeper than 128 levels; a journey file needs only a few"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("deep.json:1:"), "{}", run.stderr);
    assert!(!run.stderr.contains("double quotes"), "{}", run.stderr);
    assert!(
        run.stderr.contains("four or five levels deep"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.len() < 2_000, "{} bytes", run.stderr.len());
}

#[test]
fn an_integer_out_of_range_says_the_range_in_words() {
    // `300` where a small whole number is wanted names the field's own scale, not "expected u8".
    let (code, err) = check_fixture("integer_out_of_range.json");
    assert_eq!(code, 2);
    for (place, message) in [
        (
            "integer_out_of_range.json:13:29",
            "`touchpoints[0].emotion.score` is 300; write a whole number from -3 (very bad) to 3",
        ),
        (
            "integer_out_of_range.json:20:38",
            "`touchpoints[1].attention.friendliness` is 300; write a whole number from 1 to 5",
        ),
    ] {
        assert!(err.contains(place), "{place}:\n{err}");
        assert!(err.contains(message), "{message}:\n{err}");
    }
    assert!(
        err.contains("help: `friendliness` is: How friendly"),
        "{err}"
    );
    assert!(!err.contains("expected a whole number"), "{err}");
}

#[test]
fn control_characters_in_file_names_and_config_keys_are_shown_escaped() {
    // A file name and a tjm.toml key carrying ESC reach the terminal as `\u{1b}`, not raw.
    let test = TjmTest::new();
    test.write("j/\u{1b}[2Jevil.json", "{\"id\": ");
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("\\u{1b}[2Jevil.json:1:"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);

    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "j/clean.json");
    test.write(
        "tjm.toml",
        "[rules]\n\"\\u001b]0;pwned\\u0007x\" = \"off\"\n",
    );
    let run = test.run(&["check", "j"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("tjm.toml:2:1"), "{}", run.stderr);
    assert!(
        run.stderr.contains("\\u{1b}]0;pwned\\u{7}x"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(['\u{1b}', '\u{7}']), "{}", run.stderr);
}

/// Runs `tjm check` on a fixture with `--lang` (problems are worded before any journey loads,
/// so they follow `--lang`) and returns (exit code, stderr).
fn check_fixture_in(name: &str, lang: &str) -> (i32, String) {
    let test = TjmTest::new();
    test.copy_fixture(&format!("load_errors/{name}"), name);
    let run = test.run(&["check", name, "--lang", lang]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    (run.code, run.stderr)
}

/// One common slip, checked in English and Dutch: the exit code, the place, and for each
/// language the words that must be in the diagnostic.
fn assert_slip(name: &str, code: i32, place: &str, english: &[&str], dutch: &[&str]) {
    for (lang, words) in [("en", english), ("nl", dutch)] {
        let (exit, err) = check_fixture_in(name, lang);
        assert_eq!(exit, code, "{name} --lang {lang}:\n{err}");
        assert!(
            err.contains(place),
            "{name} --lang {lang}: no {place} in\n{err}"
        );
        for word in words {
            assert!(
                err.contains(word),
                "{name} --lang {lang}: no {word:?} in\n{err}"
            );
        }
    }
}

#[test]
fn a_trailing_comma_names_what_it_follows_in_both_languages() {
    // The comma itself is pointed at (line 5, after the stage), not the bracket after it.
    assert_slip(
        "trailing_comma.json",
        2,
        "trailing_comma.json:5:30",
        &[
            "a comma after the last item",
            "help: remove the comma after `{\"id\": \"s\", \"title\": \"S\"}`",
        ],
        &[
            "een komma na het laatste item",
            "help: haal de komma na `{\"id\": \"s\", \"title\": \"S\"}` weg",
        ],
    );
}

#[test]
fn two_commas_in_a_row_are_named() {
    assert_slip(
        "double_comma.json",
        2,
        "double_comma.json:10:57",
        &[
            "two commas in a row",
            "remove one of the two commas after `…",
            "\"title\": \"Tenant asks\"`",
        ],
        &[
            "twee komma's achter elkaar",
            "haal een van de twee komma's na",
        ],
    );
}

#[test]
fn comments_are_explained_and_a_place_for_notes_offered() {
    // Not "key must be a string … put field names in double quotes".
    for (name, place) in [
        ("comment_line.json", "comment_line.json:5:3"),
        ("comment_block.json", "comment_block.json:11:104"),
    ] {
        assert_slip(
            name,
            2,
            place,
            &[
                "JSON has no comments",
                "a note for readers can go in a \"description\" field",
            ],
            &["JSON kent geen commentaar", "een veld \"description\""],
        );
        let (_, err) = check_fixture_in(name, "en");
        assert!(!err.contains("double quotes"), "{err}");
    }
}

#[test]
fn a_number_in_quotes_gets_the_number_to_write() {
    assert_slip(
        "number_in_quotes.json",
        2,
        "number_in_quotes.json:11:29",
        &[
            "help: write the number without quotes: \"score\": -2",
            "number_in_quotes.json:14:59",
            "help: write the number without quotes and without the % sign: \"share\": 45",
        ],
        &[
            "help: schrijf het getal zonder aanhalingstekens: \"score\": -2",
            "help: schrijf het getal zonder aanhalingstekens en zonder %-teken: \"share\": 45",
        ],
    );
}

#[test]
fn yes_and_ja_for_a_boolean_get_true_or_false() {
    assert_slip(
        "yes_for_boolean.json",
        2,
        "yes_for_boolean.json:10:89",
        &[
            "help: write true or false without quotes: \"opens_case\": true",
            "yes_for_boolean.json:11:44",
            "help: write true or false without quotes: \"own_question_asked\": false",
        ],
        &[
            "help: schrijf true of false zonder aanhalingstekens: \"opens_case\": true",
            "schrijf true of false zonder aanhalingstekens: \"own_question_asked\": false",
        ],
    );
}

#[test]
fn an_attention_field_at_touchpoint_level_is_moved_into_attention() {
    assert_slip(
        "attention_field_outside.json",
        2,
        "attention_field_outside.json:10:75",
        &[
            "unknown field `named_contact` in `touchpoints[0]`",
            "help: `named_contact` belongs inside `attention`: move it there",
            "attention_field_outside.json:12:22",
            "help: `channel` is not part of `attention`: move it out, next to \"attention\" in `touchpoints[1]`",
        ],
        &[
            "`named_contact` hoort binnen `attention`: zet het daar",
            "`channel` hoort niet bij `attention`",
        ],
    );
}

#[test]
fn utf16_files_are_named_with_or_without_a_byte_order_mark() {
    for (name, what_en, what_nl) in [
        (
            "utf16_le_bom.json",
            "is saved as UTF-16 (little-endian, with a byte order mark)",
            "is opgeslagen als UTF-16 (little-endian, met byte order mark)",
        ),
        (
            "utf16_le.json",
            "is saved as UTF-16 (little-endian, without a byte order mark)",
            "is opgeslagen als UTF-16 (little-endian, zonder byte order mark)",
        ),
        (
            "utf16_be.json",
            "is saved as UTF-16 (big-endian, without a byte order mark)",
            "is opgeslagen als UTF-16 (big-endian, zonder byte order mark)",
        ),
    ] {
        assert_slip(
            name,
            2,
            name,
            &[what_en, "save it again as UTF-8"],
            &[what_nl, "sla het opnieuw op als UTF-8"],
        );
    }
}

#[test]
fn a_latin1_letter_is_named_as_the_letter_it_was() {
    assert_slip(
        "latin1.json",
        2,
        "latin1.json:10:57",
        &[
            "byte 0xE9 (offset",
            "is `é` in the older",
            "Latin-1 (Windows-1252) encoding",
        ],
        &["is `é` in de", "Latin-1 (Windows-1252)"],
    );
}

#[test]
fn a_duplicated_touchpoint_id_is_one_error_without_follow_ons() {
    let (code, err) = check_fixture_in("duplicate_touchpoint_id.json", "en");
    assert_eq!(code, 2);
    assert!(err.contains("`ask` is used twice in touchpoints"), "{err}");
    assert_eq!(err.matches("tjm::load::").count(), 1, "{err}");
    assert!(
        !err.contains("unreachable") && !err.contains("no tenant can reach"),
        "{err}"
    );
}

#[test]
fn a_key_written_twice_is_a_warning_at_the_second_key() {
    // The journey still loads (exit 0: no error-level findings); the warning names both lines.
    assert_slip(
        "duplicate_key.json",
        0,
        "duplicate_key.json:11:7",
        &[
            "tjm::load::duplicate-key",
            "⚠ `title` is written twice",
            "in `touchpoints[0]`: the value here counts and the one on line 10",
            "remove one of the two",
        ],
        &["`title` staat twee keer in `touchpoints[0]`: de waarde hier telt en die op regel 10"],
    );
    // fmt leaves such a file alone: formatting would drop the ignored value for good.
    let test = TjmTest::new();
    let path = test.copy_fixture("load_errors/duplicate_key.json", "j/duplicate_key.json");
    let before = std::fs::read(&path).unwrap();
    let run = test.run(&["fmt", "j"]);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(run.stderr.contains("duplicate-key"), "{}", run.stderr);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn quotes_from_a_word_processor_are_named() {
    assert_slip(
        "curly_quotes.json",
        2,
        "curly_quotes.json:10:43",
        &["`“` is a curly quote", "help: use straight double quotes"],
        &[
            "`“` is een krul-aanhalingsteken",
            "help: gebruik rechte dubbele aanhalingstekens",
        ],
    );
}

/// Every slip fixture, for the snapshot of their rendered diagnostics.
const SLIPS: &[&str] = &[
    "trailing_comma.json",
    "double_comma.json",
    "comment_line.json",
    "comment_block.json",
    "curly_quotes.json",
    "number_in_quotes.json",
    "yes_for_boolean.json",
    "attention_field_outside.json",
    "utf16_le_bom.json",
    "utf16_le.json",
    "latin1.json",
    "duplicate_touchpoint_id.json",
    "duplicate_key.json",
];

#[test]
fn rendered_diagnostics_for_every_slip_in_english_and_dutch() {
    // The whole output for each slip, in both languages, reviewed by hand: the place, the
    // snippet, what is wrong and the fix.
    let names = tjm::rules::rule_names();
    let root = crate::support::repo().display().to_string();
    let mut rendered = String::new();
    for slip in SLIPS {
        for locale in [tjm::i18n::Locale::En, tjm::i18n::Locale::Nl] {
            // A path relative to the package root (the tests' working folder), so the
            // rendering, which wraps long lines, is the same in every checkout.
            let path = std::path::Path::new("tests/fixtures/load_errors").join(slip);
            let (_, problems) = tjm::load::load_file(
                &path,
                &tjm::load::LoadOptions {
                    rule_names: &names,
                    locale,
                    keep_text: true,
                },
            );
            rendered.push_str(&format!("──── {slip} ({}) ────\n", locale.code()));
            for problem in &problems {
                let text =
                    tjm::diagnostics::render_problem(problem, tjm::diagnostics::Style::plain());
                rendered.push_str(&text);
            }
        }
    }
    insta::assert_snapshot!(rendered.replace(&root, "[ROOT]"));
}

#[test]
fn diff_shows_a_key_written_twice_and_still_compares() {
    let test = TjmTest::new();
    test.copy_fixture("load_errors/duplicate_key.json", "old/j.json");
    test.copy_fixture("load_errors/duplicate_key.json", "new/j.json");
    let run = test.run(&["diff", "old", "new"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr.matches("tjm::load::duplicate-key").count(),
        2,
        "{}",
        run.stderr
    );
}
