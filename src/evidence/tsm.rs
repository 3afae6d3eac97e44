//! The Regulator of Social Housing's yearly Tenant Satisfaction Measures workbook (England), as
//! the RSH publishes it: one row per landlord under a few rows of titles, the perception
//! measures TP01–TP12 as columns named like `TP02_Satisfied_Calc_LCRA` (the share satisfied
//! among tenants of low-cost rental accommodation). tjm finds the header row by its
//! `Landlord code` cell, keys the columns by name (their order changes from year to year),
//! and reads one landlord's row into survey rows keyed `TP01`…`TP12`. `[X]`, `[Z]` and `[E]`
//! (suppressed, not applicable, estimated) are missing, as in every survey table.

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};

use super::error::{ErrorKind, EvidenceError, Place, SheetCell};
use super::survey::{Score, SurveyRow, number};

/// True when a survey file is a workbook (by its extension).
pub fn is_workbook(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        ["xlsx", "xlsm", "xls", "ods"]
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    })
}

/// The header cell that marks the header row.
const LANDLORD_CODE: &str = "landlord code";

/// A measure column: `TP02` from `TP02_Satisfied_Calc_LCRA`, when it holds the share
/// satisfied for rented homes (the low-cost home ownership columns, `_LCHO`, are another
/// group of tenants, and are left out).
fn measure_of(header: &str) -> Option<String> {
    let h = header.trim();
    let upper = h.to_ascii_uppercase();
    let code = upper.get(..4)?;
    let is_measure = code.starts_with("TP") && code[2..].bytes().all(|b| b.is_ascii_digit());
    (is_measure && upper.contains("CALC") && upper.ends_with("_LCRA")).then(|| code.to_owned())
}

/// Reads the TSM rows of one landlord. `landlord`: its code (`L0123`) or name, needed when the
/// workbook holds more than one landlord.
pub fn read(path: &Path, landlord: Option<&str>) -> Result<Vec<SurveyRow>, EvidenceError> {
    let fail = |kind| EvidenceError::file(path, kind);
    let mut book = open_workbook_auto(path)
        .map_err(|e| fail(ErrorKind::Read(std::io::Error::other(e.to_string()))))?;
    for sheet in book.sheet_names() {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| fail(ErrorKind::Read(std::io::Error::other(e.to_string()))))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let rows: Vec<&[Data]> = range.rows().collect();
        let Some(header_at) = rows.iter().position(|row| {
            row.iter()
                .any(|c| text(c).eq_ignore_ascii_case(LANDLORD_CODE))
        }) else {
            continue;
        };
        let header: Vec<String> = rows[header_at].iter().map(text).collect();
        // the row and column a spreadsheet shows
        let row_number = |i: usize| u64::from(top) + i as u64 + 1;
        let column_name = |c: usize| column_letters(left as usize + c);
        let place = |i: usize, c: usize| {
            Place::SheetCell(Box::new(SheetCell {
                sheet: sheet.clone(),
                row: row_number(i),
                column: format!("{} ({})", column_name(c), header[c]),
            }))
        };
        let code = header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(LANDLORD_CODE))
            .expect("the header row has it");
        let name = header
            .iter()
            .position(|h| h.eq_ignore_ascii_case("landlord name"));
        let measures: Vec<(usize, String)> = header
            .iter()
            .enumerate()
            .filter_map(|(c, h)| measure_of(h).map(|m| (c, m)))
            .collect();
        if measures.is_empty() {
            return Err(EvidenceError {
                file: path.into(),
                place: place(header_at, code),
                kind: ErrorKind::SurveyShape { header },
            });
        }
        let respondents = header.iter().position(|h| {
            let h = h.to_ascii_uppercase();
            (h.contains("RESPONSES") || h.contains("RESPONDENTS")) && !h.ends_with("_LCHO")
        });
        let period = header.iter().position(|h| {
            ["reporting year", "year", "period"]
                .iter()
                .any(|p| h.eq_ignore_ascii_case(p))
        });
        let landlords: Vec<usize> = (header_at + 1..rows.len())
            .filter(|&i| !text(rows[i].get(code).unwrap_or(&Data::Empty)).is_empty())
            .collect();
        let chosen: Vec<usize> = match landlord {
            Some(wanted) => landlords
                .iter()
                .copied()
                .filter(|&i| {
                    let is = |c: Option<usize>| {
                        c.and_then(|c| rows[i].get(c))
                            .is_some_and(|cell| text(cell).eq_ignore_ascii_case(wanted.trim()))
                    };
                    is(Some(code)) || is(name)
                })
                .collect(),
            None => landlords.clone(),
        };
        let &[row_at] = chosen.as_slice() else {
            return Err(EvidenceError {
                file: path.into(),
                place: place(header_at, code),
                kind: ErrorKind::TsmLandlord {
                    landlords: landlords.len(),
                    given: landlord.map(str::to_owned),
                },
            });
        };
        let row = rows[row_at];
        let cell = |c: usize| row.get(c).unwrap_or(&Data::Empty);
        let value = |c: usize| -> Result<Option<f64>, EvidenceError> {
            match cell(c) {
                Data::Float(v) => Ok(Some(*v)),
                Data::Int(v) => Ok(Some(*v as f64)),
                Data::Empty => Ok(None),
                other => match number(&text(other)) {
                    None => Ok(None),
                    Some(Ok(v)) => Ok(Some(v)),
                    Some(Err(())) => Err(EvidenceError {
                        file: path.into(),
                        place: place(row_at, c),
                        kind: ErrorKind::SurveyValue { value: text(other) },
                    }),
                },
            }
        };
        let mut shares = Vec::new();
        for (c, measure) in &measures {
            shares.push((*c, measure.clone(), value(*c)?));
        }
        // The RSH writes shares as fractions (0.72); a workbook saved by hand may hold
        // percentages (72): a row whose every share is at most 1 holds fractions.
        let fractions = shares.iter().all(|(_, _, v)| v.is_none_or(|v| v <= 1.0));
        let respondents = match respondents {
            Some(c) => match value(c)? {
                Some(v) if v >= 0.0 && v.fract() == 0.0 => Some(v as u64),
                None => None,
                Some(_) => {
                    return Err(EvidenceError {
                        file: path.into(),
                        place: place(row_at, c),
                        kind: ErrorKind::SurveyValue {
                            value: text(cell(c)),
                        },
                    });
                }
            },
            None => None,
        };
        let period = period.map(|c| text(cell(c))).unwrap_or_default();
        let mut out = Vec::new();
        for (c, measure, share) in shares {
            let percent = share.map(|v| if fractions { v * 100.0 } else { v });
            if percent.is_some_and(|p| !(0.0..=100.0).contains(&p)) {
                return Err(EvidenceError {
                    file: path.into(),
                    place: place(row_at, c),
                    kind: ErrorKind::SurveyValue {
                        value: text(cell(c)),
                    },
                });
            }
            out.push(SurveyRow {
                key: measure,
                period: period.clone(),
                respondents,
                score: percent.map(Score::Satisfied),
                sufficient: None,
            });
        }
        return Ok(out);
    }
    Err(EvidenceError::file(path, ErrorKind::TsmNoHeader))
}

/// A cell as text, trimmed (numbers as a spreadsheet shows them).
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e}"),
    }
}

/// A column's letters, as a spreadsheet names it: 0 is A, 26 is AA.
fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workbook as the RSH publishes it: titles above the header, two landlords, a
    /// suppressed and an estimated cell, shares as fractions, home-ownership columns beside.
    fn workbook(dir: &Path, rows: &[&[&str]]) -> std::path::PathBuf {
        let path = dir.join("tsm.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("TSM_Data").unwrap();
        sheet
            .write_string(0, 0, "Tenant Satisfaction Measures 2024-25")
            .unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 2, c as u16);
                match cell.parse::<f64>() {
                    Ok(n) => sheet.write_number(r, c, n).unwrap(),
                    Err(_) => sheet.write_string(r, c, *cell).unwrap(),
                };
            }
        }
        book.save(&path).unwrap();
        path
    }

    const HEADER: &[&str] = &[
        "Landlord code",
        "Landlord name",
        "Reporting year",
        "TP01_Satisfied_Calc_LCRA",
        "TP02_Satisfied_Calc_LCRA",
        "TP02_Satisfied_Calc_LCHO",
        "TP09_Satisfied_Calc_LCRA",
        "TP_Total_Responses_LCRA",
    ];

    #[test]
    fn one_landlords_measures_onto_the_emotion_scale() {
        let dir = tempfile::tempdir().unwrap();
        let path = workbook(
            dir.path(),
            &[
                HEADER,
                &[
                    "L0001",
                    "Example Homes",
                    "2024-25",
                    "0.7",
                    "0.5",
                    "0.9",
                    "[X]",
                    "812",
                ],
                &[
                    "L0002",
                    "Other Housing",
                    "2024-25",
                    "0.8",
                    "[E]",
                    "0.1",
                    "0.3",
                    "1200",
                ],
            ],
        );
        let rows = read(&path, Some("L0001")).unwrap();
        let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["TP01", "TP02", "TP09"]);
        assert_eq!(rows[0].score, Some(Score::Satisfied(70.0)));
        assert!((rows[0].score.unwrap().emotion() - 1.2).abs() < 1e-9);
        assert_eq!(rows[1].score, Some(Score::Satisfied(50.0)));
        assert_eq!(rows[2].score, None, "[X] is missing");
        assert_eq!(rows[0].respondents, Some(812));
        assert_eq!(rows[0].period, "2024-25");
        // by name too
        let other = read(&path, Some("other housing")).unwrap();
        assert_eq!(other[1].score, None, "[E] is missing");
        assert!(other[2].score.unwrap().emotion() < -1.0);
    }

    #[test]
    fn problems_name_the_sheet_row_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = workbook(
            dir.path(),
            &[
                HEADER,
                &[
                    "L0001",
                    "Example Homes",
                    "2024-25",
                    "0.7",
                    "good",
                    "0.9",
                    "0.4",
                    "812",
                ],
                &[
                    "L0002",
                    "Other Housing",
                    "2024-25",
                    "0.8",
                    "0.6",
                    "0.1",
                    "0.3",
                    "1200",
                ],
            ],
        );
        let e = read(&path, None).unwrap_err();
        assert!(
            matches!(
                e.kind,
                ErrorKind::TsmLandlord {
                    landlords: 2,
                    given: None
                }
            ),
            "{e}"
        );
        let e = read(&path, Some("L0001")).unwrap_err();
        assert!(matches!(&e.kind, ErrorKind::SurveyValue { value } if value == "good"));
        assert_eq!(
            e.place,
            Place::SheetCell(Box::new(SheetCell {
                sheet: "TSM_Data".into(),
                row: 4,
                column: "E (TP02_Satisfied_Calc_LCRA)".into()
            }))
        );
        assert!(
            e.render(crate::i18n::Locale::En)
                .contains("sheet TSM_Data, row 4, column E (TP02_Satisfied_Calc_LCRA)"),
            "{e}"
        );
        let e = read(&path, Some("L9999")).unwrap_err();
        assert!(matches!(e.kind, ErrorKind::TsmLandlord { .. }), "{e}");

        let no_header = workbook(dir.path(), &[&["Code", "Name"], &["L0001", "X"]]);
        let e = read(&no_header, None).unwrap_err();
        assert!(matches!(e.kind, ErrorKind::TsmNoHeader), "{e}");
        let no_measures = workbook(dir.path(), &[&["Landlord code", "Name"], &["L0001", "X"]]);
        let e = read(&no_measures, None).unwrap_err();
        assert!(matches!(e.kind, ErrorKind::SurveyShape { .. }), "{e}");
    }

    #[test]
    fn column_letters_as_a_spreadsheet_shows_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }
}
