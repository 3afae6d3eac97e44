//! The one locale decision: `--lang`, else `tjm.toml`'s `lang`, else the journeys' own
//! `language`. Every command asks here, so the terminal, JSON, the report and diff never
//! disagree about the language of a run.

use super::Locale;
use crate::model::Language;

/// What the text being written covers.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// One journey (its findings, its report page): its own `language` as the last word.
    Journey(Language),
    /// A whole run (the report's index and rules pages, `check` totals, a diff), given the
    /// own languages of its journeys: the language most of them use, a tie going to the
    /// first journey's, English when there are none.
    Run(&'a [Language]),
}

/// The locale for `scope`, given the command line's `--lang` and the config's `lang`.
pub fn decide(cli: Option<Locale>, config: Option<Language>, scope: Scope<'_>) -> Locale {
    if let Some(locale) = cli {
        return locale;
    }
    if let Some(language) = config {
        return language.into();
    }
    match scope {
        Scope::Journey(own) => own.into(),
        Scope::Run(languages) => majority(languages).into(),
    }
}

fn majority(languages: &[Language]) -> Language {
    let dutch = languages.iter().filter(|l| **l == Language::Nl).count();
    let english = languages.len() - dutch;
    match dutch.cmp(&english) {
        std::cmp::Ordering::Greater => Language::Nl,
        std::cmp::Ordering::Less => Language::En,
        std::cmp::Ordering::Equal => languages.first().copied().unwrap_or(Language::En),
    }
}

#[cfg(test)]
mod tests {
    use super::{Scope, decide};
    use crate::i18n::Locale;
    use crate::model::Language::{En, Nl};

    #[test]
    fn the_command_line_beats_the_config_which_beats_the_journey() {
        assert_eq!(
            decide(Some(Locale::Pseudo), Some(Nl), Scope::Journey(En)),
            Locale::Pseudo
        );
        assert_eq!(decide(None, Some(Nl), Scope::Journey(En)), Locale::Nl);
        assert_eq!(decide(None, None, Scope::Journey(Nl)), Locale::Nl);
    }

    #[test]
    fn a_mixed_run_speaks_the_majority_and_a_tie_the_first_journeys_language() {
        assert_eq!(decide(None, None, Scope::Run(&[En, Nl, Nl])), Locale::Nl);
        assert_eq!(decide(None, None, Scope::Run(&[Nl, En, En])), Locale::En);
        assert_eq!(decide(None, None, Scope::Run(&[Nl, En])), Locale::Nl);
        assert_eq!(decide(None, None, Scope::Run(&[])), Locale::En);
        assert_eq!(decide(None, Some(En), Scope::Run(&[Nl, Nl])), Locale::En);
    }
}
