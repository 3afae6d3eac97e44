//! Norms profiles: the deadlines and process steps a regulator or the law holds a landlord to,
//! as data (`norms/uk.toml`, `norms/nl.toml`, embedded in the binary) with their source, date
//! and jurisdiction. A touchpoint names the norm it must meet (`"norm": "awaab.investigation"`);
//! the rules long-wait, legal-deadline and process-norm judge it. Amounts change, so they live
//! in the data files, not in code.
//!
//! Norm ids are unique over all profiles and say their jurisdiction (`awaab.…`, `hoc.…`,
//! `bw.…`, `nl.arrears.…`), so a touchpoint can name any norm tjm knows and it is counted in
//! its own jurisdiction's working days. The profile chosen in `tjm.toml` (`norms = "nl"`) is
//! the list `tjm norms` shows and the one an association's own stricter deadlines are set
//! against.

pub mod calendar;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Args;
use crate::model::{Language, Wait, WaitUnit};

pub use calendar::{Calendar, CalendarError, CalendarId, Date, Holiday, Weekday, calendar};

/// A built-in norms profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileId {
    /// The Netherlands: Burgerlijk Wetboek, Overlegwet, Woningwet, vroegsignalering.
    #[default]
    Nl,
    /// England: Awaab's Law and the Housing Ombudsman's Complaint Handling Code.
    Uk,
}

impl ProfileId {
    /// Every profile, in listing order.
    pub const ALL: [ProfileId; 2] = [ProfileId::Nl, ProfileId::Uk];

    /// The name as written in `tjm.toml`.
    pub fn name(self) -> &'static str {
        match self {
            ProfileId::Nl => "nl",
            ProfileId::Uk => "uk",
        }
    }

    /// The profile named so in `tjm.toml`.
    pub fn from_name(name: &str) -> Option<ProfileId> {
        ProfileId::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The profile a run uses when `tjm.toml` names none: England for English, else the
    /// Netherlands, where tjm comes from.
    pub fn for_language(lang: Option<Language>) -> ProfileId {
        match lang {
            Some(Language::En) => ProfileId::Uk,
            _ => ProfileId::Nl,
        }
    }
}

/// One profile: a jurisdiction's norms and the calendar its working days follow.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// `nl` or `uk`.
    pub id: ProfileId,
    /// Its name, e.g. "England: social housing".
    pub name: String,
    /// Whose law it is.
    pub jurisdiction: String,
    /// The holiday table working days are counted with.
    pub calendar: CalendarId,
    /// The norms, in the order the file lists them.
    #[serde(rename(deserialize = "norm"))]
    pub norms: Vec<Norm>,
}

impl Profile {
    /// The holiday table of this profile.
    pub fn holidays(&self) -> &'static Calendar {
        calendar(self.calendar)
    }
}

/// What kind of norm it is, which decides the rule that checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NormKind {
    /// A term the landlord must meet: legal-deadline (and long-wait, for a stricter own norm).
    Deadline,
    /// One step of a process that must come before later steps: process-norm.
    Step,
    /// A right of tenants that tjm cites but does not measure.
    Right,
}

/// One norm.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Norm {
    /// The id a touchpoint names, e.g. `awaab.investigation`.
    pub id: String,
    /// What kind of norm.
    pub kind: NormKind,
    /// The term, for a deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    /// For a process step: the steps that must come before it on every path.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// The moment it applies to, in English and Dutch.
    pub applies_to: Localised,
    /// Where the norm comes from.
    pub source: Source,
}

impl Norm {
    /// The source as one line: title, article, publication.
    pub fn citation(&self) -> String {
        self.source.citation()
    }
}

/// A text in English and Dutch, for data files (catalogues hold the rest of tjm's words).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localised {
    /// English.
    pub en: String,
    /// Dutch.
    pub nl: String,
}

impl Localised {
    /// The text in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::En => &self.en,
            Language::Nl => &self.nl,
        }
    }
}

/// Where a norm comes from: a law or code by its title, the article, the publication.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The law's or code's title, e.g. "Burgerlijk Wetboek".
    pub title: String,
    /// The article or section, e.g. "art. 7:257 lid 2".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub article: String,
    /// Publication and date, e.g. "in force 27 October 2025".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publication: String,
}

impl Source {
    /// "Title, article (publication)", leaving out what is empty.
    pub fn citation(&self) -> String {
        let mut text = self.title.clone();
        if !self.article.is_empty() {
            text.push_str(", ");
            text.push_str(&self.article);
        }
        if !self.publication.is_empty() {
            text.push_str(" (");
            text.push_str(&self.publication);
            text.push(')');
        }
        text
    }
}

/// The unit of a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineUnit {
    /// Hours.
    Hours,
    /// Calendar days.
    Days,
    /// Working days: Monday to Friday except the jurisdiction's public holidays.
    WorkingDays,
    /// Weeks.
    Weeks,
}

impl DeadlineUnit {
    /// The name as written in the data files; also the catalogue key of its words.
    pub fn name(self) -> &'static str {
        match self {
            DeadlineUnit::Hours => "hours",
            DeadlineUnit::Days => "days",
            DeadlineUnit::WorkingDays => "working_days",
            DeadlineUnit::Weeks => "weeks",
        }
    }
}

/// A term: an amount and a unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// How many units.
    pub amount: f64,
    /// Of what.
    pub unit: DeadlineUnit,
}

impl Deadline {
    /// A deadline written as a wait ("5 working days", "48 uur"), for an association's own
    /// norm in `tjm.toml`; months are refused, because no norm counts in months of varying
    /// length.
    pub fn from_wait(wait: &Wait) -> Option<Deadline> {
        let (amount, unit) = match wait.unit() {
            WaitUnit::Minutes => (wait.amount() / 60.0, DeadlineUnit::Hours),
            WaitUnit::Hours => (wait.amount(), DeadlineUnit::Hours),
            WaitUnit::Days => (wait.amount(), DeadlineUnit::Days),
            WaitUnit::WorkingDays => (wait.amount(), DeadlineUnit::WorkingDays),
            WaitUnit::Weeks => (wait.amount(), DeadlineUnit::Weeks),
            WaitUnit::Months => return None,
        };
        Some(Deadline { amount, unit })
    }

    /// The term in calendar days, converted as [`Wait::days`] converts a wait (a working day
    /// is 7/5 of a day), so a wait written without dates compares with it.
    pub fn days(&self) -> f64 {
        let per_unit = match self.unit {
            DeadlineUnit::Hours => 1.0 / 24.0,
            DeadlineUnit::Days => 1.0,
            DeadlineUnit::WorkingDays => 7.0 / 5.0,
            DeadlineUnit::Weeks => 7.0,
        };
        self.amount * per_unit
    }

    /// True when `wait` is longer than this term. Working days against working days compare
    /// as written; anything else compares in calendar days.
    pub fn exceeded_by(&self, wait: &Wait) -> bool {
        if self.unit == DeadlineUnit::WorkingDays && wait.unit() == WaitUnit::WorkingDays {
            wait.amount() > self.amount
        } else {
            wait.days() > self.days() + 1e-9
        }
    }

    /// True when a wait measured between two dates (an event log's report and visit) stays
    /// within this term, counted in `calendar`'s working days for a deadline in working days.
    /// Dates carry no hours, so a deadline in hours is met when the days between, times 24,
    /// stay within it: the same day always meets it.
    pub fn met_between(
        &self,
        calendar: &Calendar,
        from: Date,
        to: Date,
    ) -> Result<bool, CalendarError> {
        let days = (to.ordinal() - from.ordinal()) as f64;
        Ok(match self.unit {
            DeadlineUnit::WorkingDays => {
                calendar.working_days_between(from, to)? as f64 <= self.amount
            }
            DeadlineUnit::Hours | DeadlineUnit::Days | DeadlineUnit::Weeks => {
                days <= self.days() + 1e-9
            }
        })
    }

    /// Adds the term to a message's arguments as `amount` (a count when whole, for plurals)
    /// and `unit` (the key `norm-unit` selects on).
    pub fn args(&self, args: Args) -> Args {
        let args = if self.amount.fract() == 0.0 && self.amount >= 0.0 {
            args.count("amount", self.amount as u64)
        } else {
            args.decimal("amount", self.amount, 1)
        };
        args.key("unit", self.unit.name())
    }

    /// True when this term is shorter than `other` (an own norm must be).
    pub fn stricter_than(&self, other: &Deadline) -> bool {
        if self.unit == other.unit {
            self.amount < other.amount
        } else {
            self.days() < other.days()
        }
    }
}

/// Every built-in profile, read once from the embedded data files.
pub fn profiles() -> &'static [Profile] {
    static PROFILES: OnceLock<Vec<Profile>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        [
            include_str!("../../norms/nl.toml"),
            include_str!("../../norms/uk.toml"),
        ]
        .iter()
        .map(|text| toml::from_str(text).expect("the built-in norms profiles are valid (tested)"))
        .collect()
    })
}

/// A built-in profile.
pub fn profile(id: ProfileId) -> &'static Profile {
    profiles()
        .iter()
        .find(|p| p.id == id)
        .expect("every profile id has a data file")
}

/// The norm with this id, in whichever profile has it.
pub fn find(id: &str) -> Option<(&'static Profile, &'static Norm)> {
    profiles()
        .iter()
        .find_map(|p| p.norms.iter().find(|n| n.id == id).map(|n| (p, n)))
}

/// Every norm id tjm knows, for did-you-mean suggestions.
pub fn ids() -> impl Iterator<Item = &'static str> {
    profiles()
        .iter()
        .flat_map(|p| p.norms.iter().map(|n| n.id.as_str()))
}

/// The norms of a run: the chosen profile and the association's own stricter deadlines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Norms {
    /// The profile `tjm.toml` chose, if it chose one.
    pub profile: Option<ProfileId>,
    /// Own deadlines, stricter than the law's: `(norm id, deadline)`.
    pub overrides: Vec<(String, Deadline)>,
}

/// A norm as a run applies it.
#[derive(Debug, Clone, Copy)]
pub struct ActiveNorm {
    /// The profile the norm comes from.
    pub profile: &'static Profile,
    /// The norm.
    pub norm: &'static Norm,
    /// The association's own stricter deadline, when `tjm.toml` sets one.
    pub own: Option<Deadline>,
}

impl Norms {
    /// The profile to show: `tjm.toml`'s, else the one for `lang`.
    pub fn active_profile(&self, lang: Option<Language>) -> &'static Profile {
        profile(
            self.profile
                .unwrap_or_else(|| ProfileId::for_language(lang)),
        )
    }

    /// The norm a touchpoint names, with the association's own deadline.
    pub fn get(&self, id: &str) -> Option<ActiveNorm> {
        let (profile, norm) = find(id)?;
        let own = self
            .overrides
            .iter()
            .find(|(name, _)| name == id)
            .map(|(_, deadline)| *deadline);
        Some(ActiveNorm { profile, norm, own })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_profile_loads_with_sources_and_unique_ids() {
        let mut seen = std::collections::HashSet::new();
        for id in ProfileId::ALL {
            let profile = profile(id);
            assert_eq!(profile.id, id);
            assert!(!profile.norms.is_empty());
            for norm in &profile.norms {
                assert!(seen.insert(norm.id.as_str()), "duplicate id {}", norm.id);
                assert!(!norm.source.title.is_empty(), "{} has a source", norm.id);
                assert_eq!(
                    norm.kind == NormKind::Deadline,
                    norm.deadline.is_some(),
                    "{}: a deadline has a term, nothing else does",
                    norm.id
                );
                for required in &norm.requires {
                    assert!(find(required).is_some(), "{} requires {required}", norm.id);
                }
            }
        }
        let (uk, investigation) = find("awaab.investigation").unwrap();
        assert_eq!(uk.id, ProfileId::Uk);
        assert_eq!(
            investigation.deadline,
            Some(Deadline {
                amount: 10.0,
                unit: DeadlineUnit::WorkingDays
            })
        );
        assert!(investigation.citation().starts_with("Awaab's Law"));
        assert_eq!(
            find("bw.7-257").unwrap().1.citation(),
            "Burgerlijk Wetboek, art. 7:257 lid 2 (Boek 7, titel 4 (huur))"
        );
    }

    #[test]
    fn deadlines_compare_with_waits_like_waits_compare_with_each_other() {
        let ten_working_days = Deadline {
            amount: 10.0,
            unit: DeadlineUnit::WorkingDays,
        };
        let wait = |text| Wait::parse(text).unwrap();
        assert!(!ten_working_days.exceeded_by(&wait("10 werkdagen")));
        assert!(ten_working_days.exceeded_by(&wait("11 working days")));
        // 10 working days are 14 calendar days, as a wait counts them
        assert!(!ten_working_days.exceeded_by(&wait("2 weeks")));
        assert!(ten_working_days.exceeded_by(&wait("15 days")));
        let day = Deadline {
            amount: 24.0,
            unit: DeadlineUnit::Hours,
        };
        assert!(!day.exceeded_by(&wait("1 dag")));
        assert!(day.exceeded_by(&wait("25 uur")));
        let own = Deadline::from_wait(&wait("5 werkdagen")).unwrap();
        assert!(own.stricter_than(&ten_working_days));
        assert!(!ten_working_days.stricter_than(&ten_working_days));
        assert!(Deadline::from_wait(&wait("2 maanden")).is_none());
    }

    #[test]
    fn the_profile_follows_tjm_toml_else_the_language() {
        let norms = Norms::default();
        assert_eq!(norms.active_profile(Some(Language::En)).id, ProfileId::Uk);
        assert_eq!(norms.active_profile(None).id, ProfileId::Nl);
        let chosen = Norms {
            profile: Some(ProfileId::Uk),
            ..Norms::default()
        };
        assert_eq!(chosen.active_profile(Some(Language::Nl)).id, ProfileId::Uk);
    }

    #[test]
    fn a_measured_wait_is_judged_in_the_jurisdictions_working_days() {
        let ten = Deadline {
            amount: 10.0,
            unit: DeadlineUnit::WorkingDays,
        };
        let uk = calendar(CalendarId::EnglandAndWales);
        let date = |text| Date::parse(text).unwrap();
        // reported 23 December 2026: the tenth working day is Monday 11 January 2027
        assert_eq!(
            ten.met_between(uk, date("2026-12-23"), date("2027-01-11")),
            Ok(true)
        );
        assert_eq!(
            ten.met_between(uk, date("2026-12-23"), date("2027-01-12")),
            Ok(false)
        );
        let six_weeks = find("bw.7-257").unwrap().1.deadline.unwrap();
        let nl = calendar(CalendarId::Netherlands);
        assert_eq!(
            six_weeks.met_between(nl, date("2025-03-03"), date("2025-04-14")),
            Ok(true)
        );
        assert_eq!(
            six_weeks.met_between(nl, date("2025-03-03"), date("2025-04-15")),
            Ok(false)
        );
    }
}
