//! `tjm new`: a starting point for a journey of a usual kind, with its stages, actors,
//! touchpoints and transitions filled in and prompts where only the author knows the answer.

use std::fmt;

use super::templates::{self, T, Template};
use crate::model::{Actor, Attention, Journey, Language, Persona, Stage, Touchpoint, Transition};

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
    pub fn default_id(self, lang: Language) -> &'static str {
        pick(self.template().id, lang)
    }

    fn template(self) -> &'static Template {
        match self {
            JourneyKind::NewTenant => &templates::NEW_TENANT,
            JourneyKind::Repair => &templates::REPAIR,
            JourneyKind::Renovation => &templates::RENOVATION,
            JourneyKind::Arrears => &templates::ARREARS,
            JourneyKind::Complaint => &templates::COMPLAINT,
            JourneyKind::MoveOut => &templates::MOVE_OUT,
        }
    }
}

impl fmt::Display for JourneyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where the `$schema` of a new journey points: the schema copy in the repository, seen from
/// a file in `journeys/`.
pub const SCHEMA_REF: &str = "../schema/journey.schema.json";

fn pick(text: T, lang: Language) -> &'static str {
    match lang {
        Language::En => text.en,
        Language::Nl => text.nl,
    }
}

/// Builds a new journey of `kind` in `lang`, with `id` or the kind's default id.
pub fn scaffold(kind: JourneyKind, id: Option<&str>, lang: Language) -> Journey {
    let template = kind.template();
    let s = |text: T| pick(text, lang).to_owned();
    let stage_ids: Vec<&str> = template.stages.iter().map(|st| pick(st.id, lang)).collect();
    let actor_ids: Vec<&str> = template.actors.iter().map(|a| pick(a.id, lang)).collect();
    let touchpoint_ids: Vec<&str> = template
        .touchpoints
        .iter()
        .map(|tp| pick(tp.id, lang))
        .collect();
    Journey {
        schema: Some(SCHEMA_REF.to_owned()),
        id: id.unwrap_or(kind.default_id(lang)).to_owned(),
        title: s(template.title),
        language: lang,
        organisation: Some(
            match lang {
                Language::En => "[to fill in] Name of the housing association",
                Language::Nl => "[aanvullen] Naam van de woningcorporatie",
            }
            .to_owned(),
        ),
        description: Some(s(template.description)),
        personas: vec![Persona {
            name: match lang {
                Language::En => "Example tenant",
                Language::Nl => "Voorbeeldhuurder",
            }
            .to_owned(),
            age: None,
            description: Some(s(template.persona)),
            goal: Some(s(template.goal)),
        }],
        stages: template
            .stages
            .iter()
            .map(|stage| Stage {
                id: s(stage.id),
                title: s(stage.title),
                description: Some(s(stage.prompt)),
            })
            .collect(),
        actors: template
            .actors
            .iter()
            .map(|actor| Actor {
                id: s(actor.id),
                name: s(actor.name),
                kind: actor.kind,
                backstage: actor.backstage,
            })
            .collect(),
        start: None,
        touchpoints: template
            .touchpoints
            .iter()
            .map(|tp| Touchpoint {
                id: s(tp.id),
                stage: stage_ids[tp.stage].to_owned(),
                title: s(tp.title),
                description: Some(s(tp.prompt)),
                actor: actor_ids[tp.actor].to_owned(),
                channel: tp.channel,
                direction: tp.direction,
                kind: tp.kind,
                wait: None,
                importance: tp.importance,
                milestone: tp.milestone,
                emotion: None,
                attention: Attention::default(),
                refusal: false,
                decides_for_tenants: tp.decides_for_tenants,
                opens_case: tp.opens_case,
                outcome: tp.outcome.map(s),
                good_practice: None,
                silence: Vec::new(),
            })
            .collect(),
        transitions: template
            .transitions
            .iter()
            .map(|tr| Transition {
                from: touchpoint_ids[tr.from].to_owned(),
                to: touchpoint_ids[tr.to].to_owned(),
                label: tr.label.map(s),
                share: None,
                kind: tr.kind,
            })
            .collect(),
        evidence: Vec::new(),
    }
}

/// The new journey as file text: the canonical layout `tjm fmt` keeps, with a final newline.
pub fn scaffold_text(kind: JourneyKind, id: Option<&str>, lang: Language) -> String {
    let journey = scaffold(kind, id, lang);
    let mut text = serde_json::to_string_pretty(&journey).expect("a journey serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::authoring::format::format_text;
    use crate::load::{LoadOptions, load_text};
    use crate::rules::rule_names;

    fn load(text: String) -> Journey {
        let names = rule_names();
        let (journey, problems) = load_text(
            Path::new("new.json"),
            text,
            &LoadOptions { rule_names: &names },
        );
        assert!(problems.is_empty(), "{problems:#?}");
        journey.expect("loads").journey
    }

    // Every kind in both languages loads without a single problem (findings are allowed).
    #[test]
    fn every_kind_loads_without_problems_in_both_languages() {
        for kind in JourneyKind::ALL {
            for lang in [Language::Nl, Language::En] {
                let journey = load(scaffold_text(kind, None, lang));
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
        for kind in JourneyKind::ALL {
            let nl = scaffold_text(kind, None, Language::Nl);
            let en = scaffold_text(kind, None, Language::En);
            assert!(nl.contains(templates::PROMPT_NL), "{kind}");
            assert!(
                !nl.contains(templates::PROMPT_EN),
                "{kind}: English prompt in nl"
            );
            assert!(en.contains(templates::PROMPT_EN), "{kind}");
            assert!(
                !en.contains(templates::PROMPT_NL),
                "{kind}: Dutch prompt in en"
            );
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
            let text = scaffold_text(kind, None, Language::En);
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
                .any(|t| t.id == "sleuteloverdracht" && t.milestone)
        );
    }
}
