//! CSV export for Excel: one row per touchpoint over all journeys, with what a policy advisor
//! sorts and filters on. UTF-8 with a byte-order mark (so Excel reads the diacritics), RFC 4180
//! quoting, CRLF line ends, and by default `;` between fields with a decimal comma in numbers —
//! what Dutch Excel opens with a double click. With another delimiter numbers use a point.
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and a journey's
//! text can start that way (`=HYPERLINK(…)` leaks data when clicked: OWASP "CSV injection"). By
//! default such text cells get a leading `'` and control characters are shown as `\u{1b}`;
//! [`Cells::Raw`] writes every cell exactly, for a lossless round trip into another program.

use serde::Serialize;

use crate::project::AnalysedJourney;

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// The column names, in order; also the field names of [`TouchpointRow`] in JSON.
pub const COLUMNS: [&str; 18] = [
    "journey",
    "stage",
    "touchpoint",
    "title",
    "actor",
    "channel",
    "vera_code",
    "kind",
    "wait",
    "emotion",
    "emotion_note",
    "milestone",
    "importance",
    "findings",
    "finding_count",
    "expected_visits",
    "norm",
    "absent",
];

/// One touchpoint as a row of the table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TouchpointRow {
    /// Journey id.
    pub journey: String,
    /// The stage's title.
    pub stage: String,
    /// Touchpoint id.
    pub touchpoint: String,
    /// Touchpoint title.
    pub title: String,
    /// The serving actor's name.
    pub actor: String,
    /// Channel name as written in journey files (`phone`, `home_visit`, …), or empty.
    pub channel: String,
    /// The VERA channel code (`TEL`, `BEZ`, …), or empty.
    pub vera_code: String,
    /// Kind of moment (`contact`, `visit`, …).
    pub kind: String,
    /// The wait as written, or empty.
    pub wait: String,
    /// Emotion score −3..+3, when recorded.
    pub emotion: Option<i8>,
    /// What the tenant feels or says, or empty.
    pub emotion_note: String,
    /// A milestone or moment of truth, as written: `true`, `false`, `good_news` or `bad_news`.
    pub milestone: String,
    /// `low`, `normal` or `high`: as written, else as tjm infers it (a refusal is high).
    pub importance: String,
    /// Active findings as `CODE name`, joined with `, `.
    pub findings: String,
    /// Number of active findings.
    pub finding_count: usize,
    /// How often a tenant passes this touchpoint on average (3 decimals).
    pub expected_visits: f64,
    /// The norm ids the touchpoint names, joined with `, `, or empty (last, so the columns
    /// before it keep their places).
    pub norm: String,
    /// True for a step that should happen and does not (after `norm`, for the same reason).
    pub absent: bool,
}

/// The rows of one journey, in file order.
pub fn touchpoint_rows(journey: &AnalysedJourney) -> Vec<TouchpointRow> {
    let j = &journey.loaded.journey;
    let visits = journey.analysis.graph.expected_visits();
    // Findings grouped by touchpoint in one pass: a scan per touchpoint would be quadratic on
    // a journey with many touchpoints and findings.
    let mut by_touchpoint: Vec<Vec<String>> = vec![Vec::new(); j.touchpoints.len()];
    for f in journey.analysis.active() {
        if let Some(list) = by_touchpoint.get_mut(f.anchor.touchpoint()) {
            list.push(format!("{} {}", f.code, f.rule));
        }
    }
    j.touchpoints
        .iter()
        .zip(by_touchpoint)
        .enumerate()
        .map(|(i, (t, findings))| TouchpointRow {
            journey: j.id.clone(),
            stage: j
                .stages
                .iter()
                .find(|s| s.id == t.stage)
                .map_or_else(|| t.stage.clone(), |s| s.title.clone()),
            touchpoint: t.id.clone(),
            title: t.title.clone(),
            actor: super::actor_name(j, t, journey.locale).into_owned(),
            channel: t.channel.map(|c| c.name().to_owned()).unwrap_or_default(),
            vera_code: t
                .channel
                .map(|c| c.vera_code().to_owned())
                .unwrap_or_default(),
            kind: t.kind.name().to_owned(),
            wait: t
                .wait
                .as_ref()
                .map(|w| w.as_str().to_owned())
                .unwrap_or_default(),
            norm: t
                .norm
                .as_ref()
                .map(|n| n.ids().collect::<Vec<_>>().join(", "))
                .unwrap_or_default(),
            absent: t.absent,
            emotion: t.emotion.as_ref().map(|e| e.score),
            emotion_note: t
                .emotion
                .as_ref()
                .and_then(|e| e.note.clone())
                .unwrap_or_default(),
            milestone: milestone_cell(t.milestone).to_owned(),
            importance: crate::model::effective_importance(t)
                .level
                .name()
                .to_owned(),
            finding_count: findings.len(),
            findings: findings.join(", "),
            expected_visits: (visits.get(i).copied().unwrap_or(0.0) * 1000.0).round() / 1000.0,
        })
        .collect()
}

/// The milestone as a journey file writes it.
fn milestone_cell(milestone: crate::model::Milestone) -> &'static str {
    match milestone {
        crate::model::Milestone::No => "false",
        crate::model::Milestone::Yes => "true",
        crate::model::Milestone::GoodNews => "good_news",
        crate::model::Milestone::BadNews => "bad_news",
    }
}

/// How text cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cells {
    /// Safe to open in a spreadsheet: formula starts defused with `'`, control characters shown.
    Safe,
    /// Exactly as in the journey (`--raw`), for programs that read the CSV back.
    Raw,
}

/// A text cell as written under `cells`. Numbers tjm computes (emotion, counts, visits) are not
/// passed here: a number cannot be a formula.
pub fn text_cell(text: String, cells: Cells) -> String {
    if cells == Cells::Raw {
        return text;
    }
    let text = match crate::output::terminal::safe(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(shown) => shown,
    };
    if starts_formula(&text) {
        format!("'{text}")
    } else {
        text
    }
}

/// True for text a spreadsheet would evaluate: it starts with `=`, `+`, `-`, `@`, tab or CR
/// (the OWASP list) and is not a plain number such as `-3` or `+2,5`, which stays a number.
fn starts_formula(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if !matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r') {
        return false;
    }
    !is_plain_number(text)
}

/// `-3`, `+12`, `2.5`, `-0,75`: an optional sign, digits, at most one decimal point or comma.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

/// The table for all journeys as bytes: BOM, header, one row per touchpoint.
pub fn render(
    journeys: &[AnalysedJourney],
    delimiter: u8,
    cells: Cells,
) -> Result<Vec<u8>, csv::Error> {
    let decimal_comma = delimiter == b';';
    let mut out = BOM.as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(&mut out);
        writer.write_record(COLUMNS)?;
        for journey in journeys {
            for row in touchpoint_rows(journey) {
                let number = |value: f64| {
                    let text = value.to_string();
                    if decimal_comma {
                        text.replace('.', ",")
                    } else {
                        text
                    }
                };
                let text = |value: String| text_cell(value, cells);
                writer.write_record([
                    text(row.journey),
                    text(row.stage),
                    text(row.touchpoint),
                    text(row.title),
                    text(row.actor),
                    row.channel,
                    row.vera_code,
                    row.kind,
                    text(row.wait),
                    row.emotion.map(|e| e.to_string()).unwrap_or_default(),
                    text(row.emotion_note),
                    row.milestone,
                    row.importance,
                    text(row.findings),
                    row.finding_count.to_string(),
                    number(row.expected_visits),
                    text(row.norm),
                    row.absent.to_string(),
                ])?;
            }
        }
        writer.flush()?;
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod testing {
    //! A small hostile journey for the export tests.

    use std::path::Path;

    use crate::config::Config;
    use crate::load::{LoadOptions, load_text};
    use crate::project::{AnalysedJourney, analyse};

    /// Quotes, `#`, `;`, `%`, commas and brackets in titles; a loop; a milestone without a gesture.
    pub(crate) const SAMPLE: &str = r#"{
  "id": "sample",
  "title": "Hostile: \"title\" #1; [x]",
  "language": "nl",
  "stages": [{"id": "melden", "title": "Melden"}, {"id": "herstel", "title": "Herstel"}],
  "actors": [{"id": "kcc", "name": "Klant, contact", "kind": "department"}],
  "touchpoints": [
    {"id": "t0", "stage": "melden", "title": "Bellen: 50%", "actor": "kcc", "channel": "phone",
     "emotion": {"score": -3, "note": "\"Weer\" in de wacht; één uur"}},
    {"id": "t1", "stage": "herstel", "title": "Sleutels <b>", "actor": "kcc", "milestone": true,
     "importance": "high", "attention": {"acknowledged": false}, "wait": "3 weken"},
    {"id": "t2", "stage": "melden", "title": "Terugbellen", "actor": "kcc"}
  ],
  "transitions": [
    {"from": "t0", "to": "t1", "share": 70},
    {"from": "t0", "to": "t2", "share": 30},
    {"from": "t2", "to": "t0", "kind": "loop"}
  ]
}"#;

    /// Loads and analyses a journey text with the default config.
    pub(crate) fn analysed(text: &str) -> AnalysedJourney {
        let names = crate::rules::rule_names();
        let (journey, problems) = load_text(
            Path::new("sample.json"),
            text.to_owned(),
            &LoadOptions {
                rule_names: &names,
                ..Default::default()
            },
        );
        assert!(problems.is_empty(), "{problems:#?}");
        analyse(journey.unwrap(), &Config::default(), None)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{SAMPLE, analysed};
    use super::*;

    fn read(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
        let text = std::str::from_utf8(bytes).unwrap();
        let text = text.strip_prefix(BOM).expect("starts with a BOM");
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    // BOM, `;`, CRLF, quoting of quotes and semicolons, and a decimal comma by default.
    #[test]
    fn writes_excel_csv() {
        let journey = analysed(SAMPLE);
        let bytes = render(std::slice::from_ref(&journey), b';', Cells::Safe).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            text.starts_with("\u{feff}journey;stage;touchpoint;title;"),
            "{text}"
        );
        assert!(text.contains("\r\n"));
        assert!(
            text.contains(r#";"""Weer"" in de wacht; één uur";"#),
            "{text}"
        );
        let rows = read(&bytes, b';');
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0], COLUMNS);
        assert_eq!(rows[1][3], "Bellen: 50%");
        assert_eq!(rows[1][4], "Klant, contact");
        assert_eq!(rows[1][5], "phone");
        assert_eq!(rows[1][6], "TEL");
        assert_eq!(rows[1][9], "-3");
        assert_eq!(rows[1][10], "\"Weer\" in de wacht; één uur");
        assert_eq!(rows[2][8], "3 weken");
        assert_eq!(rows[2][11], "true");
        assert!(rows[2][13].contains("missed-milestone"), "{:?}", rows[2]);
        // t0 is visited more than once because of the loop: a decimal comma.
        assert!(rows[1][15].contains(','), "{:?}", rows[1]);
    }

    // Another delimiter switches numbers to a decimal point.
    #[test]
    fn other_delimiters_use_a_decimal_point() {
        let journey = analysed(SAMPLE);
        let bytes = render(std::slice::from_ref(&journey), b',', Cells::Safe).unwrap();
        let rows = read(&bytes, b',');
        assert_eq!(rows[1][4], "Klant, contact");
        assert!(
            rows[1][15].contains('.') && !rows[1][15].contains(','),
            "{:?}",
            rows[1]
        );
        let visits: f64 = rows[1][15].parse().unwrap();
        assert!(visits > 1.0, "the loop brings tenants back: {visits}");
    }

    // OWASP's formula starts get a `'`; plain numbers and ordinary text stay as they are.
    #[test]
    fn defuses_formula_starts() {
        for (text, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3+cmd", "'-2+3+cmd"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\tindented", "'\tindented"),
            ("- a dash", "'- a dash"),
            ("-3", "-3"),
            ("+2,5", "+2,5"),
            ("-0.75", "-0.75"),
            ("-1e5", "'-1e5"),
            ("Bellen: =50%", "Bellen: =50%"),
            ("", ""),
        ] {
            assert_eq!(text_cell(text.to_owned(), Cells::Safe), safe, "{text:?}");
            assert_eq!(text_cell(text.to_owned(), Cells::Raw), text, "{text:?}");
        }
    }

    // A leading CR is shown as its escape, so nothing control-like starts or sits in a cell.
    #[test]
    fn shows_control_characters_unless_raw() {
        assert_eq!(
            text_cell("a\u{1b}[2Jb".to_owned(), Cells::Safe),
            "a\\u{1b}[2Jb"
        );
        assert_eq!(text_cell("\rx".to_owned(), Cells::Safe), "\\u{d}x");
        assert_eq!(text_cell("a\u{1b}b".to_owned(), Cells::Raw), "a\u{1b}b");
        assert_eq!(
            text_cell("two\nlines".to_owned(), Cells::Safe),
            "two\nlines"
        );
    }

    // The emotion column is a number: `-3` is written as is, while a text cell with a formula
    // start in the same row is defused; `Raw` writes that cell exactly.
    #[test]
    fn numbers_are_not_prefixed_but_text_is() {
        let text = SAMPLE.replace("\"Bellen: 50%\"", "\"=1+1\"");
        let journey = analysed(&text);
        let safe = read(
            &render(std::slice::from_ref(&journey), b';', Cells::Safe).unwrap(),
            b';',
        );
        assert_eq!(safe[1][9], "-3");
        assert_eq!(safe[1][3], "'=1+1");
        let raw = read(
            &render(std::slice::from_ref(&journey), b';', Cells::Raw).unwrap(),
            b';',
        );
        assert_eq!(raw[1][9], "-3");
        assert_eq!(raw[1][3], "=1+1");
    }
}
