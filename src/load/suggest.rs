//! Did-you-mean suggestions for misspelt names, as cargo does for commands.

use crate::i18n::{self, Args, Locale};

/// The candidate closest to `input`, when it is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            let distance = strsim::damerau_levenshtein(&input_lower, &candidate.to_lowercase());
            (distance, candidate)
        })
        .filter(|(distance, candidate)| {
            let longest = input.chars().count().max(candidate.chars().count());
            *distance <= (longest / 3).max(2).min(longest.saturating_sub(2).max(1))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// "did you mean `x`?" in English, when there is a close candidate.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    did_you_mean_in(Locale::En, input, candidates)
}

/// "did you mean `x`?" in `locale`, when there is a close candidate.
pub fn did_you_mean_in<'a>(
    locale: Locale,
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(input, candidates).map(|candidate| {
        i18n::message(
            locale,
            "did-you-mean",
            &Args::new().text("candidate", candidate),
        )
    })
}

/// A number from the file as the locale writes it, with as many decimals as it has:
/// "7.5" reads "7,5" in Dutch; no thousands separators, so the file's own digits show.
pub(crate) fn shown(value: f64, locale: Locale) -> String {
    let text = value.to_string();
    let places = text.split_once('.').map_or(0, |(_, f)| f.len());
    crate::i18n::number::plain(value, places, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let fields = ["emotion", "attention", "actor"];
        assert_eq!(closest("emtion", fields), Some("emotion"));
        assert_eq!(closest("Actr", fields), Some("actor"));
        assert_eq!(closest("wholly-different", fields), None);
    }
}
