//! "What changed since the baseline" (`tjm report --baseline`): on a journey page, and as a
//! table of journeys on the index.

use serde::Serialize;

use crate::diff::{FieldChange, FindingRef};
use crate::i18n::{Args, Locale, has_message, message, text};
use crate::report::i18n::emotion_score;
use crate::report::view::JourneyHead;
use crate::report::view::finding::sentence_case;

/// What changed in a journey since the baseline (`tjm report --baseline`).
#[derive(Debug, Clone, Serialize)]
pub struct ChangesView {
    /// False for a journey that is not in the baseline.
    pub in_baseline: bool,
    /// Attention index in the baseline.
    pub index_before: u8,
    /// Attention index now.
    pub index_after: u8,
    /// The difference with its sign, e.g. "+8" or "−3" ("0" when equal).
    pub index_delta: String,
    /// Messages of findings that are gone.
    pub fixed: Vec<String>,
    /// Messages of findings that are new.
    pub new: Vec<String>,
    /// Touchpoints that changed: title and a short description of what changed.
    pub moments: Vec<MomentChange>,
    /// Titles of touchpoints added.
    pub added: Vec<String>,
    /// Titles of touchpoints removed.
    pub removed: Vec<String>,
    /// True when anything changed.
    pub changed: bool,
}

/// One touchpoint's changes.
#[derive(Debug, Clone, Serialize)]
pub struct MomentChange {
    /// The touchpoint's title now.
    pub title: String,
    /// "emotion −2 → 0; wait 3 weeks → 5 days; attention.acknowledged: – → true".
    pub detail: String,
}

/// One journey's line in the index's table of changes.
#[derive(Debug, Clone, Serialize)]
pub struct IndexChangeRow {
    /// Title, link and sizes.
    pub journey: JourneyHead,
    /// The journey's language code.
    pub lang: &'static str,
    /// The journey's changes.
    pub changes: ChangesView,
}

/// The index page's view of the baseline comparison.
#[derive(Debug, Clone, Serialize)]
pub struct IndexChanges {
    /// One row per journey in this report.
    pub rows: Vec<IndexChangeRow>,
    /// Titles of journeys only in the baseline.
    pub removed: Vec<String>,
}

/// The changes view of one journey, from the diff (`None`: not in the baseline).
pub(crate) fn build(
    diff: Option<&crate::diff::JourneyDiff>,
    index_now: u8,
    locale: Locale,
) -> ChangesView {
    let Some(diff) = diff else {
        return ChangesView {
            in_baseline: false,
            index_before: index_now,
            index_after: index_now,
            index_delta: String::new(),
            fixed: Vec::new(),
            new: Vec::new(),
            moments: Vec::new(),
            added: Vec::new(),
            removed: Vec::new(),
            changed: true,
        };
    };
    let delta = diff.attention_index.delta;
    let index_delta = match delta {
        d if d > 0 => format!("+{d}"),
        d if d < 0 => format!("\u{2212}{}", -d),
        _ => "0".to_owned(),
    };
    let moments = diff
        .touchpoints_changed
        .iter()
        .map(|change| MomentChange {
            title: change.title.clone(),
            detail: change
                .fields
                .iter()
                .map(|f| field_change(f, locale))
                .collect::<Vec<_>>()
                .join("; "),
        })
        .collect();
    ChangesView {
        in_baseline: true,
        index_before: diff.attention_index.before,
        index_after: diff.attention_index.after,
        index_delta,
        fixed: diff
            .findings_fixed
            .iter()
            .map(|f| board(f, locale))
            .collect(),
        new: diff.findings_new.iter().map(|f| board(f, locale)).collect(),
        moments,
        added: diff
            .touchpoints_added
            .iter()
            .map(|t| t.title.clone())
            .collect(),
        removed: diff
            .touchpoints_removed
            .iter()
            .map(|t| t.title.clone())
            .collect(),
        changed: diff.changed,
    }
}

/// A finding that came or went, in the board's wording.
fn board(finding: &FindingRef, locale: Locale) -> String {
    sentence_case(&message(
        locale,
        &format!("{}-board", finding.id),
        &finding.args,
    ))
}

/// "the moment acknowledged: – → yes": the field in words, never its name in the file.
fn field_change(change: &FieldChange, locale: Locale) -> String {
    let id = format!("report-field-{}", change.field.replace(['.', '_'], "-"));
    let field = if has_message(locale, &id) || has_message(Locale::En, &id) {
        text(locale, &id)
    } else {
        text(locale, "report-field-other")
    };
    let is_list = |v: &Option<String>| v.as_deref().is_some_and(|v| v.starts_with(['[', '{']));
    if is_list(&change.before) || is_list(&change.after) {
        return message(
            locale,
            "report-field-changed",
            &Args::new().text("field", field),
        );
    }
    let value = |v: &Option<String>| field_value(&change.field, v.as_deref(), locale);
    let args = Args::new()
        .text("field", field)
        .text("before", value(&change.before))
        .text("after", value(&change.after));
    message(locale, "report-field-change", &args)
}

/// A field's value in words: yes and no for flags, the catalogue's words for the fixed
/// sets (channel, kind, importance, direction), the text as written otherwise.
fn field_value(field: &str, value: Option<&str>, locale: Locale) -> String {
    let Some(value) = value else {
        return text(locale, "report-value-none");
    };
    let word = |id: &str, name: &'static str| message(locale, id, &Args::new().text(name, value));
    match (field, value) {
        (_, "true") => text(locale, "report-value-yes"),
        (_, "false") => text(locale, "report-value-no"),
        ("emotion.score", v) => v.parse::<i8>().map_or_else(|_| v.to_owned(), emotion_score),
        ("channel", _) => word("channel-name", "channel"),
        ("kind", _) => word("kind-name", "kind"),
        ("importance", _) => word("report-value-importance", "value"),
        ("direction", _) => word("report-value-direction", "value"),
        (_, v) => v.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(field: &str, before: Option<&str>, after: Option<&str>) -> FieldChange {
        FieldChange {
            field: field.to_owned(),
            before: before.map(str::to_owned),
            after: after.map(str::to_owned),
        }
    }

    #[test]
    fn changed_fields_are_named_in_words() {
        // A board reads the field in words and yes/no, never `attention.acknowledged: false`.
        let en = |c: &FieldChange| field_change(c, Locale::En);
        assert_eq!(
            en(&change(
                "attention.acknowledged",
                Some("false"),
                Some("true")
            )),
            "the moment acknowledged: no → yes"
        );
        assert_eq!(
            field_change(
                &change("attention.acknowledged", None, Some("true")),
                Locale::Nl
            ),
            "het moment erkend: – → ja"
        );
        assert_eq!(
            en(&change("emotion.score", Some("-2"), Some("1"))),
            "feeling: −2 → +1"
        );
        assert_eq!(
            en(&change("channel", Some("letter"), Some("home_visit"))),
            "channel: letter → home visit"
        );
        assert_eq!(
            en(&change("some_new_field", Some("a"), Some("b"))),
            "another detail: a → b"
        );
        assert_eq!(
            en(&change("silence", None, Some("[{\"rule\":\"long-wait\"}]"))),
            "silenced findings changed"
        );
    }
}
