//! A journey and the parts that frame its touchpoints: personas, stages, actors, transitions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Evidence, Touchpoint};

/// One tenant goal from start to end, as a policy advisor describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "tjm journey",
    description = "A tenant journey for tjm, the tenant journey mapper: touchpoints joined into a graph, each saying who serves the tenant, through which channel, how long the tenant waits, how the tenant feels and what attention the organisation gives."
)]
pub struct Journey {
    /// The JSON Schema this file follows, so editors can complete and check it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Short unique name of the journey, used in links and file names (e.g. `nieuwe-huurder`).
    #[schemars(
        regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"),
        length(min = 1, max = 80)
    )]
    pub id: String,
    /// The journey's title as a manager reads it (e.g. "Een reparatie melden").
    pub title: String,
    /// Language of the texts in this file; reports and messages follow it unless `--lang` says otherwise.
    #[serde(default)]
    pub language: Language,
    /// The housing association whose journey this is, shown in reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// What this journey is about and whose experience it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How many tenants (or cases) enter this journey per year, and where the figure comes from. The report turns shares into tenants per year with it; a log of the journey, when there is one, counts it instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<Volume>,
    /// Who goes through this journey: one or more example tenants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    /// The stages in the order the tenant lives them (e.g. melden → afspraak → herstel).
    pub stages: Vec<Stage>,
    /// Who takes part: the tenant, departments, contractors, partners.
    pub actors: Vec<Actor>,
    /// The touchpoint where the journey starts; the first touchpoint when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Every moment of contact or experience.
    pub touchpoints: Vec<Touchpoint>,
    /// How tenants move from one touchpoint to the next.
    #[serde(default)]
    pub transitions: Vec<Transition>,
    /// What makes the map more than opinion: tenant quotes, survey grades, counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// The language of a journey's texts, and so of its report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Nederlands.
    Nl,
    /// English.
    #[default]
    En,
}

impl Language {
    /// The ISO 639-1 code, as used in `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }
}

/// How many tenants enter a journey per year: the figure that turns "30% of tenants" into "5,520 tenants a year" on the board's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Volume {
    /// Tenants or cases entering the journey per year (e.g. 18400 repair requests).
    #[schemars(range(max = 100_000_000))]
    pub per_year: u64,
    /// Where the figure comes from (e.g. "Reparatiesysteem De Linde").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The period it was counted over (e.g. "2025").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

/// An example tenant who goes through the journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// The persona's name (e.g. "Joeri").
    pub name: String,
    /// Age in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 120))]
    pub age: Option<u8>,
    /// Who this tenant is and what their situation is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What the tenant wants from this journey, in their own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
}

/// A stage of the journey (e.g. "Sleutels", "Melden").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Short unique name that touchpoints refer to.
    pub id: String,
    /// The stage's title as shown in reports.
    pub title: String,
    /// What happens in this stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Someone who serves the tenant or takes part in the journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Short unique name that touchpoints refer to.
    pub id: String,
    /// The actor's name as the tenant would say it (e.g. "Klantcontactcentrum").
    pub name: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// True when the tenant never sees this actor (back office, planning); it is drawn in the backstage lane.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub backstage: bool,
}

/// The kind of actor, which decides its swimlane in the blueprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// The tenant (huurder) themselves.
    #[serde(alias = "huurder")]
    Tenant,
    /// A department or team of the housing association (afdeling).
    #[serde(alias = "afdeling")]
    Department,
    /// A contractor working for the association (aannemer).
    #[serde(alias = "aannemer")]
    Contractor,
    /// A partner outside the association: municipality, debt counselling, tenant committee (partner).
    Partner,
}

/// How tenants move from one touchpoint to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// The touchpoint tenants come from.
    pub from: String,
    /// The touchpoint tenants go to.
    pub to: String,
    /// What happens on the way (e.g. "monteur heeft onderdeel niet bij zich").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Percentage of tenants at `from` who take this transition (0–100). When left out, the tenants
    /// not accounted for by the other transitions from `from` are split evenly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0.0, max = 100.0))]
    pub share: Option<f64>,
    /// What kind of step this is for the tenant: one kind, or a list when it is more than one
    /// (`["handoff", "loop"]`: passed to another department and having to start again).
    #[serde(default, skip_serializing_if = "TransitionKinds::is_next")]
    pub kind: TransitionKinds,
}

/// The kinds of one transition: usually one (written as a word), sometimes several (a list),
/// kept in the order the file gives them so `fmt` changes nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct TransitionKinds(Vec<TransitionKind>);

impl Serialize for TransitionKinds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [] => TransitionKind::Next.serialize(serializer),
            [one] => one.serialize(serializer),
            many => many.serialize(serializer),
        }
    }
}

/// By hand rather than `untagged`, so a typo in a kind keeps serde's "unknown variant …,
/// expected one of …" (which the loader turns into a "did you mean").
impl<'de> Deserialize<'de> for TransitionKinds {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Kinds;
        impl<'de> serde::de::Visitor<'de> for Kinds {
            type Value = TransitionKinds;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                // What serde's derive says for one kind, so the loader words a wrong value
                // the same way for a word and for a list (`load::deserialize::expected_kind`).
                f.write_str(concat!("enum ", "TransitionKind"))
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<TransitionKinds, E> {
                use serde::de::IntoDeserializer;
                let kind = TransitionKind::deserialize(value.into_deserializer())?;
                Ok(TransitionKinds(vec![kind]))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TransitionKinds, A::Error> {
                let mut kinds = Vec::new();
                while let Some(kind) = seq.next_element::<TransitionKind>()? {
                    if !kinds.contains(&kind) {
                        kinds.push(kind);
                    }
                }
                Ok(TransitionKinds(kinds))
            }
        }
        deserializer.deserialize_any(Kinds)
    }
}

impl From<TransitionKind> for TransitionKinds {
    fn from(kind: TransitionKind) -> TransitionKinds {
        TransitionKinds(vec![kind])
    }
}

impl TransitionKinds {
    /// True when the transition is (also) of this kind. No kinds, or only `next`, is `next`.
    pub fn contains(&self, kind: TransitionKind) -> bool {
        if kind == TransitionKind::Next {
            return self.is_next();
        }
        self.0.contains(&kind)
    }

    /// The kinds as the file gives them.
    pub fn kinds(&self) -> &[TransitionKind] {
        &self.0
    }

    fn is_next(&self) -> bool {
        self.0.iter().all(|&kind| kind == TransitionKind::Next)
    }
}

/// A transition's kind is checked against one kind (`transition.kind == TransitionKind::Loop`)
/// where a file can only give one; with several kinds this is false, use `contains`.
impl PartialEq<TransitionKind> for TransitionKinds {
    fn eq(&self, other: &TransitionKind) -> bool {
        match self.0.as_slice() {
            [] => *other == TransitionKind::Next,
            [one] => one == other,
            _ => false,
        }
    }
}

impl JsonSchema for TransitionKinds {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TransitionKinds".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<TransitionKind>();
        schemars::json_schema!({
            "description": "One kind, or a list of kinds when the step is more than one (e.g. `[\"handoff\", \"loop\"]`).",
            "anyOf": [
                one,
                { "type": "array", "items": one, "minItems": 1, "uniqueItems": true }
            ]
        })
    }
}

/// The kind of step a transition is, as the tenant experiences it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TransitionKind {
    /// The ordinary next step.
    #[default]
    Next,
    /// The tenant is passed on to another actor (doorverwezen).
    Handoff,
    /// The tenant has to come back or contact again (herhaalcontact).
    Loop,
    /// The tenant escalates: a complaint, the complaints committee, the rent tribunal.
    Escalation,
}
