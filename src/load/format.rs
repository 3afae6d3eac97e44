//! The input formats `load` reads, told apart by file name. Each format has its own module
//! that turns a file into the model and reports problems at a [`Location`](super::Location)
//! of its kind; JSON journeys are the only format that ships today. A spreadsheet or an
//! event-log import adds a variant here, an arm in `load_file`, and its module.

use std::path::Path;

/// A kind of input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A journey file in JSON (`*.json`), tjm's own format.
    JsonJourney,
}

impl InputFormat {
    /// The format of `path`. Files named on the command line are read as JSON whatever
    /// their name, as before: JSON is the only format there is.
    pub fn of(_path: &Path) -> InputFormat {
        InputFormat::JsonJourney
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::InputFormat;

    #[test]
    fn journey_files_are_json() {
        assert_eq!(
            InputFormat::of(Path::new("journeys/repair.json")),
            InputFormat::JsonJourney
        );
        assert_eq!(
            InputFormat::of(Path::new("journey")),
            InputFormat::JsonJourney
        );
    }
}
