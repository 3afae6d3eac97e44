//! Which column of a log holds what: given by the user, else found by the names the Dutch
//! sector standard VERA and the XES standard use, so most exports need no mapping at all.

/// A field tjm reads from a log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The case (zaak, repair request, complaint) an event belongs to.
    Case,
    /// What happened (activity, onderwerp).
    Activity,
    /// When it happened.
    Timestamp,
    /// Who handled it (a person, team or department); optional.
    Resource,
    /// Through which channel (VERA `kanaal`); optional.
    Channel,
    /// Inbound or outbound (VERA `richting`); optional.
    Direction,
}

impl Field {
    /// Every field, required ones first.
    pub const ALL: [Field; 6] = [
        Field::Case,
        Field::Activity,
        Field::Timestamp,
        Field::Resource,
        Field::Channel,
        Field::Direction,
    ];

    /// True for the fields without which there is no log to measure.
    pub fn required(self) -> bool {
        matches!(self, Field::Case | Field::Activity | Field::Timestamp)
    }

    /// The key in messages and the name of its command-line option.
    pub fn key(self) -> &'static str {
        match self {
            Field::Case => "case",
            Field::Activity => "activity",
            Field::Timestamp => "timestamp",
            Field::Resource => "resource",
            Field::Channel => "channel",
            Field::Direction => "direction",
        }
    }

    /// Header names recognised without a mapping (compared without case), in order of
    /// preference: the plain English name, XES, then VERA `Contactmoment` and `Zaak`.
    pub fn defaults(self) -> &'static [&'static str] {
        match self {
            Field::Case => &[
                "case_id",
                "case",
                "case:concept:name",
                "zaak",
                "zaaknummer",
                "zaak_id",
            ],
            Field::Activity => &[
                "activity",
                "concept:name",
                "onderwerp",
                "activiteit",
                "soort",
                "zaakstatus",
            ],
            Field::Timestamp => &[
                "timestamp",
                "time:timestamp",
                "datum",
                "begindatum",
                "tijdstip",
            ],
            Field::Resource => &[
                "resource",
                "org:resource",
                "medewerker",
                "behandelaar",
                "afdeling",
            ],
            Field::Channel => &["channel", "kanaal"],
            Field::Direction => &["direction", "richting"],
        }
    }
}

/// Column names the user gave, per field (`--case zaaknummer`); `None` means "find it".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    /// The case column.
    pub case: Option<String>,
    /// The activity column.
    pub activity: Option<String>,
    /// The timestamp column.
    pub timestamp: Option<String>,
    /// The resource column.
    pub resource: Option<String>,
    /// The channel column.
    pub channel: Option<String>,
    /// The direction column.
    pub direction: Option<String>,
}

impl Mapping {
    pub(super) fn given(&self, field: Field) -> Option<&str> {
        match field {
            Field::Case => self.case.as_deref(),
            Field::Activity => self.activity.as_deref(),
            Field::Timestamp => self.timestamp.as_deref(),
            Field::Resource => self.resource.as_deref(),
            Field::Channel => self.channel.as_deref(),
            Field::Direction => self.direction.as_deref(),
        }
    }
}

/// Where each field is in a row: a column index per field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Columns {
    /// Indexes for case, activity, timestamp (always present) and the optional ones.
    pub index: [Option<usize>; 6],
}

impl Columns {
    /// The column of a field.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.index[field as usize]
    }

    /// The highest column index any field needs.
    pub fn widest(&self) -> usize {
        self.index.iter().flatten().copied().max().unwrap_or(0)
    }
}

/// Finds the fields in a header. Errors with the first field that is missing (a required
/// one not found, or an optional one the user named that is not there).
pub fn resolve(header: &[String], mapping: &Mapping) -> Result<Columns, (Field, Option<String>)> {
    let find = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
    };
    let mut columns = Columns::default();
    for field in Field::ALL {
        let found = match mapping.given(field) {
            Some(name) => Some(find(name).ok_or((field, Some(name.to_owned())))?),
            None => field.defaults().iter().find_map(|name| find(name)),
        };
        if found.is_none() && field.required() {
            return Err((field, None));
        }
        columns.index[field as usize] = found;
    }
    Ok(columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn vera_and_xes_need_no_mapping() {
        let vera = resolve(
            &header(&["Zaak", "Datum", "Kanaal", "Richting", "Onderwerp"]),
            &Mapping::default(),
        )
        .unwrap();
        assert_eq!(vera.get(Field::Case), Some(0));
        assert_eq!(vera.get(Field::Timestamp), Some(1));
        assert_eq!(vera.get(Field::Channel), Some(2));
        assert_eq!(vera.get(Field::Direction), Some(3));
        assert_eq!(vera.get(Field::Activity), Some(4));
        assert_eq!(vera.get(Field::Resource), None);
        let xes = resolve(
            &header(&[
                "case:concept:name",
                "concept:name",
                "time:timestamp",
                "org:resource",
            ]),
            &Mapping::default(),
        )
        .unwrap();
        assert_eq!(xes.get(Field::Resource), Some(3));
    }

    #[test]
    fn a_given_name_wins_and_must_exist() {
        let mapping = Mapping {
            case: Some("melding".into()),
            ..Mapping::default()
        };
        let cols = resolve(
            &header(&["zaak", "melding", "activity", "timestamp"]),
            &mapping,
        )
        .unwrap();
        assert_eq!(cols.get(Field::Case), Some(1));
        let mapping = Mapping {
            channel: Some("medium".into()),
            ..Mapping::default()
        };
        assert_eq!(
            resolve(&header(&["case", "activity", "timestamp"]), &mapping),
            Err((Field::Channel, Some("medium".into())))
        );
    }

    #[test]
    fn a_missing_required_column_is_named() {
        assert_eq!(
            resolve(
                &header(&["case", "activity", "wanneer"]),
                &Mapping::default()
            ),
            Err((Field::Timestamp, None))
        );
    }
}
