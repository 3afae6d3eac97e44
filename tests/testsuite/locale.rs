//! The one locale decision seen from the command line: `--lang` > tjm.toml's `lang` > the
//! journeys' own language, for findings and totals alike.

use crate::support::TjmTest;

#[test]
fn check_honours_lang_in_tjm_toml_for_its_totals() {
    // An English journey checked with lang = "nl" in tjm.toml: Dutch summary and totals.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    test.write("tjm.toml", "lang = \"nl\"\n");
    let run = test.run(&["check", "clean.json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(
            "1 klantreis gecontroleerd: 0 fouten, 0 waarschuwingen, 0 info, 0 stilgezet; 0 problemen in de invoer"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn the_command_line_beats_tjm_toml() {
    // --lang en wins over lang = "nl": English totals with plural rules.
    let test = TjmTest::new();
    test.copy_fixture("check/clean.json", "clean.json");
    test.write("tjm.toml", "lang = \"nl\"\n");
    let run = test.run(&["check", "clean.json", "--lang", "en"]);
    assert!(
        run.stdout.contains(
            "checked 1 journey: 0 errors, 0 warnings, 0 info, 0 silenced; 0 input problems"
        ),
        "{}",
        run.stdout
    );
}
