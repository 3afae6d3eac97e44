//! `tjm new`: a starting point for a journey of a usual kind, with its stages, actors,
//! touchpoints and transitions filled in and prompts where only the author knows the answer.
//! The scaffolds are data, one journey file per kind and locale in
//! `locales/<lang>/scaffolds/<kind>.json`, so a new language adds files, not code.

use std::fmt;

use crate::model::{Journey, Language};

/// The kinds of journey a housing association usually maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JourneyKind {
    /// New tenant (nieuwe huurder): offer → viewing → lease → keys → first weeks.
    NewTenant,
    /// Repair request (reparatieverzoek): report → diagnosis → appointment → visit → done.
    Repair,
    /// Planned maintenance or renovation in an occupied home (renovatie in bewoonde staat).
    Renovation,
    /// Rent arrears (huurachterstand): reminders → contact → payment plan → debt advice or court.
    Arrears,
    /// Complaint (klacht): complaint → acknowledgement → handling → outcome → escalation.
    Complaint,
    /// Moving out (huuropzegging): notice → pre-inspection → final inspection → settlement.
    MoveOut,
}

impl JourneyKind {
    /// Every kind, in the order the docs list them.
    pub const ALL: [JourneyKind; 6] = [
        JourneyKind::NewTenant,
        JourneyKind::Repair,
        JourneyKind::Renovation,
        JourneyKind::Arrears,
        JourneyKind::Complaint,
        JourneyKind::MoveOut,
    ];

    /// The name typed on the command line, e.g. `new-tenant`.
    pub fn name(self) -> &'static str {
        match self {
            JourneyKind::NewTenant => "new-tenant",
            JourneyKind::Repair => "repair",
            JourneyKind::Renovation => "renovation",
            JourneyKind::Arrears => "arrears",
            JourneyKind::Complaint => "complaint",
            JourneyKind::MoveOut => "move-out",
        }
    }

    /// The journey id used when none is given: the kind's name in the journey's language.
    pub fn default_id(self, lang: Language) -> String {
        scaffold(self, None, lang).id
    }

    fn index(self) -> usize {
        JourneyKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or_default()
    }
}

impl fmt::Display for JourneyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The `$schema` the shipped scaffold files carry: the schema copy in the repository, seen
/// from a file in `journeys/`. `tjm new` replaces it by one that resolves where it writes.
pub const SCHEMA_REF: &str = "../schema/journey.schema.json";

/// Embeds one locale's scaffold files, in the order of [`JourneyKind::ALL`].
macro_rules! scaffolds {
    ($lang:literal) => {
        [
            scaffolds!(@file $lang, "new-tenant"),
            scaffolds!(@file $lang, "repair"),
            scaffolds!(@file $lang, "renovation"),
            scaffolds!(@file $lang, "arrears"),
            scaffolds!(@file $lang, "complaint"),
            scaffolds!(@file $lang, "move-out"),
        ]
    };
    (@file $lang:literal, $kind:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $lang, "/scaffolds/", $kind, ".json"))
    };
}

const EN: [&str; 6] = scaffolds!("en");
const NL: [&str; 6] = scaffolds!("nl");

/// The scaffold file of `kind` in `lang`, as shipped.
pub fn scaffold_source(kind: JourneyKind, lang: Language) -> &'static str {
    match lang {
        Language::En => EN[kind.index()],
        Language::Nl => NL[kind.index()],
    }
}

/// Builds a new journey of `kind` in `lang`, with `id` or the kind's default id.
pub fn scaffold(kind: JourneyKind, id: Option<&str>, lang: Language) -> Journey {
    // The files are compiled in; `every_kind_loads_without_problems_in_both_languages` keeps
    // them valid journeys.
    let mut journey: Journey = serde_json::from_str(scaffold_source(kind, lang))
        .unwrap_or_else(|e| panic!("the {kind} scaffold in {lang:?} is not a journey: {e}"));
    if let Some(id) = id {
        id.clone_into(&mut journey.id);
    }
    journey
}

/// The new journey as file text: the canonical layout `tjm fmt` keeps, with a final newline.
/// `schema` is its `$schema` (see [`super::schema_ref`]); `None` leaves the line out.
pub fn scaffold_text(
    kind: JourneyKind,
    id: Option<&str>,
    lang: Language,
    schema: Option<&str>,
) -> String {
    let mut journey = scaffold(kind, id, lang);
    journey.schema = schema.map(str::to_owned);
    let mut text = serde_json::to_string_pretty(&journey).expect("a journey serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::authoring::format::format_text;
    use crate::i18n::Locale;
    use crate::load::{LoadOptions, load_text};
    use crate::rules::rule_names;

    fn load(text: String) -> Journey {
        let names = rule_names();
        let (journey, problems) = load_text(
            Path::new("new.json"),
            text,
            &LoadOptions {
                rule_names: &names,
                ..Default::default()
            },
        );
        assert!(problems.is_empty(), "{problems:#?}");
        journey.expect("loads").journey
    }

    // Every kind in both languages loads without a single problem (findings are allowed).
    #[test]
    fn every_kind_loads_without_problems_in_both_languages() {
        for kind in JourneyKind::ALL {
            for lang in [Language::Nl, Language::En] {
                let journey = load(scaffold_text(kind, None, lang, Some(SCHEMA_REF)));
                assert_eq!(journey.id, kind.default_id(lang), "{kind} {lang:?}");
                assert_eq!(journey.language, lang);
                assert_eq!(journey.schema.as_deref(), Some(SCHEMA_REF));
                assert!(journey.stages.len() >= 4, "{kind}: usual stages");
                assert!(journey.touchpoints.len() >= 4, "{kind}: usual touchpoints");
                // Every stage holds at least one touchpoint, so the scaffold has no empty stage.
                for stage in &journey.stages {
                    assert!(
                        journey.touchpoints.iter().any(|t| t.stage == stage.id),
                        "{kind} {lang:?}: stage {} is empty",
                        stage.id
                    );
                }
            }
        }
    }

    // The texts follow the chosen language: prompts carry that language's marker only.
    #[test]
    fn prompts_are_in_the_chosen_language() {
        let prompt_nl = crate::i18n::text(Locale::Nl, "new-prompt-marker");
        let prompt_en = crate::i18n::text(Locale::En, "new-prompt-marker");
        assert_eq!(prompt_nl, "[aanvullen]");
        for kind in JourneyKind::ALL {
            let nl = scaffold_text(kind, None, Language::Nl, None);
            let en = scaffold_text(kind, None, Language::En, None);
            assert!(nl.contains(&prompt_nl), "{kind}");
            assert!(!nl.contains(&prompt_en), "{kind}: English prompt in nl");
            assert!(en.contains(&prompt_en), "{kind}");
            assert!(!en.contains(&prompt_nl), "{kind}: Dutch prompt in en");
        }
    }

    // The shipped files are exactly what `tjm new` writes: the canonical layout, ids given.
    #[test]
    fn scaffold_files_are_written_as_shipped() {
        for kind in JourneyKind::ALL {
            for lang in [Language::Nl, Language::En] {
                assert_eq!(
                    scaffold_text(kind, None, lang, Some(SCHEMA_REF)),
                    scaffold_source(kind, lang)
                );
            }
        }
    }

    // Every fact a scaffold fills in because it is usual carries a note saying so, naming
    // exactly those facts, so `tjm check` reminds the author (TJM902) until they are checked.
    #[test]
    fn every_assumed_fact_is_marked_to_check() {
        use crate::model::{Importance, TransitionKind};
        for lang in [Language::Nl, Language::En] {
            let locale = Locale::from(lang);
            let word = |fact: &str| crate::i18n::text(locale, &format!("new-fact-{fact}"));
            let marker = crate::i18n::text(locale, "unchecked-assumption-marker");
            for kind in JourneyKind::ALL {
                let journey = scaffold(kind, None, lang);
                let mut marked = 0;
                for touchpoint in &journey.touchpoints {
                    let second_visit = journey
                        .transitions
                        .iter()
                        .any(|t| t.to == touchpoint.id && t.kind == TransitionKind::Loop);
                    let facts: Vec<String> = [
                        (
                            "importance",
                            touchpoint
                                .importance
                                .is_some_and(|i| i != Importance::Normal),
                        ),
                        ("milestone", touchpoint.is_milestone()),
                        ("channel", touchpoint.channel.is_some()),
                        ("wait", touchpoint.wait.is_some()),
                        ("emotion", touchpoint.emotion.is_some()),
                        ("second-visit", second_visit),
                    ]
                    .into_iter()
                    .filter(|(_, set)| *set)
                    .map(|(fact, _)| word(fact))
                    .collect();
                    let description = touchpoint.description.as_deref().unwrap_or_default();
                    if facts.is_empty() {
                        assert!(
                            !description.contains(&format!("[{marker}:")),
                            "{kind} {}",
                            touchpoint.id
                        );
                    } else {
                        let note = format!("[{marker}: {}] ", facts.join(", "));
                        assert!(
                            description.starts_with(&note),
                            "{kind} {lang:?} {}: description should start with {note:?}: {description:?}",
                            touchpoint.id
                        );
                        marked += 1;
                    }
                }
                assert!(marked >= 3, "{kind} {lang:?}: only {marked} marked");
            }
        }
    }

    // A given id replaces the default one.
    #[test]
    fn uses_the_given_id() {
        let journey = scaffold(JourneyKind::Repair, Some("reparatie-noord"), Language::Nl);
        assert_eq!(journey.id, "reparatie-noord");
    }

    // What `tjm new` writes is already in the layout `tjm fmt` produces.
    #[test]
    fn new_files_are_already_formatted() {
        for kind in JourneyKind::ALL {
            let text = scaffold_text(kind, None, Language::En, None);
            let formatted = format_text(Path::new("new.json"), &text).expect("formats");
            assert_eq!(formatted, text, "{kind}");
        }
    }

    // The repair scaffold carries the domain's typical second visit as a loop.
    #[test]
    fn repair_has_a_second_visit_loop() {
        let journey = scaffold(JourneyKind::Repair, None, Language::En);
        assert!(
            journey
                .transitions
                .iter()
                .any(|t| t.to == "second-visit" && t.kind == crate::model::TransitionKind::Loop)
        );
        let keys = scaffold(JourneyKind::NewTenant, None, Language::Nl);
        assert!(
            keys.touchpoints
                .iter()
                .any(|t| t.id == "sleuteloverdracht" && t.is_milestone())
        );
    }
}
