//! Working days: weekends and the public holidays of a jurisdiction, from a data table with
//! its source (`norms/holidays-*.toml`). Legal deadlines in England and the Netherlands are
//! counted in these days, so a wait measured between two dates is judged the way a court or
//! an ombudsman would count it.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

/// A calendar date without a time zone, enough for counting days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

/// Why a date or a count of working days could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// Not a date written as `YYYY-MM-DD`.
    #[error("`{0}` is not a date written as YYYY-MM-DD")]
    NotADate(String),
    /// The holiday table does not cover this year, so working days cannot be counted.
    #[error("the holiday table of {calendar} covers {first}–{last}, not {date}")]
    NotCovered {
        /// The calendar's jurisdiction.
        calendar: String,
        /// The date asked about.
        date: Date,
        /// First year in the table.
        first: i32,
        /// Last year in the table.
        last: i32,
    },
}

impl Date {
    /// A date, when it exists (31 February does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, CalendarError> {
        let bad = || CalendarError::NotADate(text.to_owned());
        let mut parts = text.trim().splitn(3, '-');
        let mut next = || parts.next().ok_or_else(bad);
        let (year, month, day) = (next()?, next()?, next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(bad());
        }
        let number = |s: &str| s.parse::<u32>().map_err(|_| bad());
        let year = i32::try_from(number(year)?).map_err(|_| bad())?;
        Date::new(year, number(month)? as u8, number(day)? as u8).ok_or_else(bad)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// Days since 1970-01-01 (negative before), for arithmetic: Howard Hinnant's
    /// `days_from_civil`.
    pub fn ordinal(self) -> i64 {
        crate::civil::days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        )
    }

    /// The date `ordinal` days after 1970-01-01 (Hinnant's `civil_from_days`).
    pub fn from_ordinal(days: i64) -> Date {
        let (year, month, day) = crate::civil::civil_from_days(days);
        // the calendar's tables cover a few years around now: these always fit
        let (year, month, day) = (year as i32, month as u8, day as u8);
        Date { year, month, day }
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_ordinal(self.ordinal() + days)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday
        match (self.ordinal() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Which holiday table a profile counts working days with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalendarId {
    /// England and Wales bank holidays.
    EnglandAndWales,
    /// Dutch national holidays (Algemene termijnenwet).
    Netherlands,
}

/// One public holiday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// The date.
    pub date: Date,
    /// Its name, as the jurisdiction calls it.
    pub name: String,
}

/// The public holidays of one jurisdiction over the years the table covers.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// Whose holidays these are, e.g. "England and Wales".
    pub jurisdiction: String,
    /// Where the dates come from (law and publication).
    pub source: String,
    /// First year the table covers.
    pub first_year: i32,
    /// Last year the table covers.
    pub last_year: i32,
    /// The holidays, in date order.
    pub holidays: Vec<Holiday>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    jurisdiction: String,
    source: String,
    first_year: i32,
    last_year: i32,
    holidays: Vec<HolidayRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayRow {
    date: String,
    name: String,
}

impl Calendar {
    /// Reads a holiday table (`norms/holidays-*.toml`).
    pub fn from_toml(text: &str) -> Result<Calendar, String> {
        let file: CalendarFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut holidays = file
            .holidays
            .into_iter()
            .map(|row| {
                Date::parse(&row.date)
                    .map(|date| Holiday {
                        date,
                        name: row.name,
                    })
                    .map_err(|e| e.to_string())
            })
            .collect::<Result<Vec<_>, _>>()?;
        holidays.sort_by_key(|h| h.date);
        Ok(Calendar {
            jurisdiction: file.jurisdiction,
            source: file.source,
            first_year: file.first_year,
            last_year: file.last_year,
            holidays,
        })
    }

    fn check_covered(&self, date: Date) -> Result<(), CalendarError> {
        if (self.first_year..=self.last_year).contains(&date.year) {
            Ok(())
        } else {
            Err(CalendarError::NotCovered {
                calendar: self.jurisdiction.clone(),
                date,
                first: self.first_year,
                last: self.last_year,
            })
        }
    }

    /// The holiday on `date`, if there is one.
    pub fn holiday(&self, date: Date) -> Option<&Holiday> {
        self.holidays
            .binary_search_by_key(&date, |h| h.date)
            .ok()
            .map(|i| &self.holidays[i])
    }

    /// True for Monday to Friday when the day is not a public holiday.
    pub fn is_working_day(&self, date: Date) -> Result<bool, CalendarError> {
        self.check_covered(date)?;
        let weekend = matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
        Ok(!weekend && self.holiday(date).is_none())
    }

    /// The working days after `from` up to and including `to`, the way a deadline counts
    /// them: the day of the report is day 0, the next working day is day 1. Negative when `to`
    /// is before `from`.
    pub fn working_days_between(&self, from: Date, to: Date) -> Result<i64, CalendarError> {
        self.check_covered(from)?;
        self.check_covered(to)?;
        let (start, end, sign) = if to >= from {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let mut count = 0;
        // At most a few thousand days within the table's years: a plain walk is clear enough.
        for ordinal in start.ordinal() + 1..=end.ordinal() {
            if self.is_working_day(Date::from_ordinal(ordinal))? {
                count += 1;
            }
        }
        Ok(sign * count)
    }

    /// The date `days` working days after `from`: the last day of a deadline that starts on
    /// `from`.
    pub fn add_working_days(&self, from: Date, days: u32) -> Result<Date, CalendarError> {
        self.check_covered(from)?;
        let mut date = from;
        let mut left = days;
        while left > 0 {
            date = date.add_days(1);
            if self.is_working_day(date)? {
                left -= 1;
            }
        }
        Ok(date)
    }
}

/// The built-in holiday table of a calendar, read once.
pub fn calendar(id: CalendarId) -> &'static Calendar {
    static ENGLAND_AND_WALES: OnceLock<Calendar> = OnceLock::new();
    static NETHERLANDS: OnceLock<Calendar> = OnceLock::new();
    let (cell, text) = match id {
        CalendarId::EnglandAndWales => (
            &ENGLAND_AND_WALES,
            include_str!("../../norms/holidays-england-and-wales.toml"),
        ),
        CalendarId::Netherlands => (
            &NETHERLANDS,
            include_str!("../../norms/holidays-netherlands.toml"),
        ),
    };
    cell.get_or_init(|| {
        Calendar::from_toml(text).expect("the built-in holiday tables are valid (tested)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn dates_count_and_know_their_weekday() {
        assert_eq!(date("1970-01-01").ordinal(), 0);
        assert_eq!(date("2024-02-29").add_days(1), date("2024-03-01"));
        assert_eq!(
            Date::from_ordinal(date("2026-12-01").ordinal()),
            date("2026-12-01")
        );
        assert_eq!(date("2026-12-01").weekday(), Weekday::Tuesday);
        assert_eq!(date("2025-04-27").weekday(), Weekday::Sunday);
        assert!(Date::parse("2025-02-29").is_err());
        assert!(Date::parse("25-1-1").is_err());
    }

    #[test]
    fn both_tables_load_and_cover_2024_to_2030() {
        for id in [CalendarId::EnglandAndWales, CalendarId::Netherlands] {
            let calendar = calendar(id);
            assert!(calendar.first_year <= 2024 && calendar.last_year >= 2030);
            for year in 2024..=2030 {
                let in_year = calendar.holidays.iter().filter(|h| h.date.year == year);
                assert_eq!(in_year.count(), 8, "{} {year}", calendar.jurisdiction);
            }
        }
    }

    #[test]
    fn the_dutch_easter_and_kings_day_week_of_2025_hand_checked() {
        // April 2025: Good Friday 18th is a working day in the Netherlands, Easter Monday 21st
        // is not; Koningsdag moves to Saturday 26th because the 27th is a Sunday.
        let nl = calendar(CalendarId::Netherlands);
        assert!(nl.is_working_day(date("2025-04-18")).unwrap());
        assert!(!nl.is_working_day(date("2025-04-21")).unwrap());
        assert_eq!(nl.holiday(date("2025-04-26")).unwrap().name, "Koningsdag");
        // Bevrijdingsdag counts every year (Algemene termijnenwet), also in 2026
        assert!(!nl.is_working_day(date("2026-05-05")).unwrap());
        // Thursday 17 April to Thursday 24 April: Fri 18, Tue 22, Wed 23, Thu 24
        assert_eq!(
            nl.working_days_between(date("2025-04-17"), date("2025-04-24")),
            Ok(4)
        );
    }

    #[test]
    fn the_english_christmas_week_of_2026_hand_checked() {
        // Christmas Day 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 December
        // is the substitute bank holiday.
        let uk = calendar(CalendarId::EnglandAndWales);
        assert!(!uk.is_working_day(date("2026-12-25")).unwrap());
        assert!(!uk.is_working_day(date("2026-12-28")).unwrap());
        assert!(uk.is_working_day(date("2026-12-29")).unwrap());
        // reported Wednesday 23 December: day 1 is Thursday 24th, days 2–4 are 29–31
        // December, New Year's Day (a Friday) does not count, days 5–9 are 4–8 January, so
        // ten working days end on Monday 11 January 2027
        assert_eq!(
            uk.add_working_days(date("2026-12-23"), 10),
            Ok(date("2027-01-11"))
        );
        assert_eq!(
            uk.working_days_between(date("2026-12-23"), date("2027-01-11")),
            Ok(10)
        );
        assert_eq!(
            uk.working_days_between(date("2027-01-11"), date("2026-12-23")),
            Ok(-10)
        );
    }

    #[test]
    fn years_outside_the_table_are_an_error_not_a_guess() {
        let uk = calendar(CalendarId::EnglandAndWales);
        assert!(matches!(
            uk.is_working_day(date("2031-01-02")),
            Err(CalendarError::NotCovered {
                first: 2024,
                last: 2030,
                ..
            })
        ));
    }
}
