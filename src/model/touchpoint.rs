//! A touchpoint: one moment of contact or experience in a journey.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Attention, Milestone, Refusal, RefusalReason, Wait};

/// One moment of contact or experience, with who serves the tenant, how, how long the tenant
/// waited for it, how the tenant feels and what attention the organisation gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// Short unique name that transitions and evidence refer to (e.g. `sleuteloverdracht`).
    pub id: String,
    /// The stage this touchpoint belongs to (a stage `id`).
    pub stage: String,
    /// What happens, in a few words (e.g. "Sleuteloverdracht op kantoor").
    pub title: String,
    /// What happens, as the tenant would tell it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who serves the tenant here (an actor `id`). Write `unknown` (or `onbekend`), or leave it
    /// out, when nobody knows yet: an unknown actor is never counted as a handoff.
    #[serde(
        default = "unknown_actor",
        skip_serializing_if = "is_unknown_actor_omitted"
    )]
    pub actor: String,
    /// Through which channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Who starts the contact: the tenant (inbound) or the organisation (outbound).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// What kind of moment this is.
    #[serde(default, skip_serializing_if = "TouchpointKind::is_contact")]
    pub kind: TouchpointKind,
    /// True for a step that should happen and does not: the promised call-back that never
    /// comes, no confirmation after a report, no feedback after a decision. Its `attention`
    /// says what the step should give; none of it is given. Paths still pass through it, but
    /// it is no contact.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub absent: bool,
    /// How long the tenant waits before this moment, e.g. "3 weeks", "2 werkdagen", "4 hours".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<Wait>,
    /// The norm this moment must meet, by its id in a norms profile (`tjm norms` lists them):
    /// a deadline such as `awaab.investigation` or `bw.7-257`, or a process step such as
    /// `nl.arrears.reminder`; a list when one moment is several steps (a reminder letter that
    /// also points to debt help).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm: Option<NormIds>,
    /// How much this moment matters to the tenant. Leave it out and tjm infers it: a refusal, a
    /// decision, an opened case, a milestone or an emotion of −2 or lower is a moment that
    /// matters (high); anything else is normal. Write it only to overrule that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<Importance>,
    /// A milestone in the tenant's life or a moment of truth: it deserves a gesture, not only a
    /// transaction. `true`, or say which: `"good_news"` (the keys, a first home, a finished
    /// renovation) or `"bad_news"` (an eviction letter, a death, a refusal that changes a life).
    #[serde(default, skip_serializing_if = "Milestone::is_none")]
    #[schemars(with = "super::milestone::MilestoneForm")]
    pub milestone: Milestone,
    /// How the tenant feels at this moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Emotion>,
    /// The attention the organisation gives here. Leave a field out when you do not know.
    #[serde(default, skip_serializing_if = "Attention::is_empty")]
    pub attention: Attention,
    /// The tenant hears "no": a request refused, a rule applied against them. `true`, or say
    /// why: `{"reason": "rule", "exception_asked": true}` (reasons: rule, capacity,
    /// not_our_task, not_possible).
    #[serde(default, skip_serializing_if = "Refusal::is_none")]
    #[schemars(with = "super::refusal::RefusalForm")]
    pub refusal: Refusal,
    /// True when this moment decides something for tenants: planned maintenance, a design, a rule.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub decides_for_tenants: bool,
    /// True when the tenant starts something here that needs an answer: a report, complaint,
    /// damage claim or request. Some later touchpoint should close the loop.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub opens_case: bool,
    /// What the tenant ends up with when the journey ends here (e.g. "Lekkage verholpen").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// Good practice at this moment, held up as an example in reports (e.g. "Henk komt dagelijks langs").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_practice: Option<String>,
    /// Which events of a contact or case log are this touchpoint (see `tjm evidence`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_match: Option<super::EvidenceMatch>,
    /// Rules silenced for this touchpoint, each with the reason why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub silence: Vec<Silence>,
}

/// The norm ids a touchpoint names: one, or a list, kept as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum NormIds {
    /// One norm, e.g. `"awaab.investigation"`.
    One(String),
    /// Several, e.g. `["nl.arrears.reminder", "nl.arrears.share-data"]`.
    Many(Vec<String>),
}

impl NormIds {
    /// The ids, in the order written.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let ids: &[String] = match self {
            NormIds::One(id) => std::slice::from_ref(id),
            NormIds::Many(ids) => ids,
        };
        ids.iter().map(String::as_str)
    }

    /// True when `id` is among them.
    pub fn names(&self, id: &str) -> bool {
        self.ids().any(|own| own == id)
    }
}

/// The actor a touchpoint has when the file leaves `actor` out. Empty, so `fmt` writes the
/// file back without it.
fn unknown_actor() -> String {
    String::new()
}

fn is_unknown_actor_omitted(actor: &str) -> bool {
    actor.is_empty()
}

/// The words that say nobody knows who serves the tenant.
const UNKNOWN_ACTOR: [&str; 2] = ["unknown", "onbekend"];

impl Touchpoint {
    /// The actor id, or `None` when the file leaves it unknown (left out, `unknown`,
    /// `onbekend`). Unknown is not "someone else": it is no evidence of a handoff.
    pub fn known_actor(&self) -> Option<&str> {
        let actor = self.actor.trim();
        let unknown =
            actor.is_empty() || UNKNOWN_ACTOR.iter().any(|w| actor.eq_ignore_ascii_case(w));
        (!unknown).then_some(actor)
    }

    /// The attention actually given here: none at an absent step, whatever its `attention`
    /// says it should have given. Rules that credit attention read this.
    pub fn attention_given(&self) -> &Attention {
        static NONE: Attention = Attention::EMPTY;
        if self.absent { &NONE } else { &self.attention }
    }
}

/// The channel of a touchpoint. The names map one-to-one onto the VERA channel codes
/// (Aedes-datastandaarden), so contact logs can be matched to touchpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// At the desk or office (VERA `BAL`, balie).
    #[serde(alias = "balie")]
    Desk,
    /// By telephone (VERA `TEL`, telefoon).
    #[serde(alias = "telefoon")]
    Phone,
    /// By e-mail (VERA `EMA`).
    #[serde(alias = "e-mail")]
    Email,
    /// By letter or printed folder (VERA `BRI`, brief).
    #[serde(alias = "brief")]
    Letter,
    /// A visit at the tenant's home (VERA `BEZ`, huisbezoek).
    #[serde(alias = "huisbezoek")]
    HomeVisit,
    /// An inspection of the home (VERA `INS`, inspectie).
    #[serde(alias = "inspectie")]
    Inspection,
    /// Website or tenant portal (VERA `INT`, klantportaal).
    #[serde(alias = "klantportaal")]
    Portal,
    /// Text message (VERA `SMS`).
    Sms,
    /// WhatsApp or another messaging app (VERA `APP`).
    Whatsapp,
}

impl Channel {
    /// Every channel, in the order reports list them.
    pub const ALL: [Channel; 9] = [
        Channel::Desk,
        Channel::Phone,
        Channel::Email,
        Channel::Letter,
        Channel::HomeVisit,
        Channel::Inspection,
        Channel::Portal,
        Channel::Sms,
        Channel::Whatsapp,
    ];

    /// The VERA `Contactmoment` channel code, for matching contact logs.
    pub fn vera_code(self) -> &'static str {
        match self {
            Channel::Desk => "BAL",
            Channel::Phone => "TEL",
            Channel::Email => "EMA",
            Channel::Letter => "BRI",
            Channel::HomeVisit => "BEZ",
            Channel::Inspection => "INS",
            Channel::Portal => "INT",
            Channel::Sms => "SMS",
            Channel::Whatsapp => "APP",
        }
    }

    /// The name as written in journey files and `tjm.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Desk => "desk",
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Letter => "letter",
            Channel::HomeVisit => "home_visit",
            Channel::Inspection => "inspection",
            Channel::Portal => "portal",
            Channel::Sms => "sms",
            Channel::Whatsapp => "whatsapp",
        }
    }
}

/// Who starts a contact (VERA `INK`/`UIT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The tenant contacts the organisation (VERA `INK`).
    Inbound,
    /// The organisation contacts the tenant (VERA `UIT`).
    Outbound,
}

/// What kind of moment a touchpoint is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TouchpointKind {
    /// A conversation or exchange with the tenant.
    #[default]
    Contact,
    /// A letter, form, folder or contract the tenant receives or fills in.
    Document,
    /// Someone comes to the home: a repair, an inspection, a viewing.
    Visit,
    /// Something is decided about the tenant or their home.
    Decision,
    /// The tenant waits and nothing visible happens.
    Wait,
}

impl TouchpointKind {
    /// Every kind, in documentation order.
    pub const ALL: [TouchpointKind; 5] = [
        TouchpointKind::Contact,
        TouchpointKind::Document,
        TouchpointKind::Visit,
        TouchpointKind::Decision,
        TouchpointKind::Wait,
    ];

    fn is_contact(&self) -> bool {
        *self == TouchpointKind::Contact
    }

    /// The name as written in journey files and `tjm.toml`.
    pub fn name(self) -> &'static str {
        match self {
            TouchpointKind::Contact => "contact",
            TouchpointKind::Document => "document",
            TouchpointKind::Visit => "visit",
            TouchpointKind::Decision => "decision",
            TouchpointKind::Wait => "wait",
        }
    }
}

/// How much a moment matters to the tenant.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Importance {
    /// Routine; the tenant hardly notices it.
    #[serde(alias = "laag")]
    Low,
    /// An ordinary moment.
    #[default]
    #[serde(alias = "gewoon")]
    Normal,
    /// The tenant cares a lot about how this goes.
    #[serde(alias = "hoog")]
    High,
}

impl Importance {
    /// The name as written in journey files.
    pub fn name(self) -> &'static str {
        match self {
            Importance::Low => "low",
            Importance::Normal => "normal",
            Importance::High => "high",
        }
    }
}

impl Touchpoint {
    /// True when this moment is a milestone, good news, bad news or unsaid.
    pub fn is_milestone(&self) -> bool {
        !self.milestone.is_none()
    }

    /// True when the tenant hears "no" here, with or without a reason.
    pub fn is_refusal(&self) -> bool {
        !self.refusal.is_none()
    }

    /// Why the tenant hears "no", when the file says.
    pub fn refusal_reason(&self) -> Option<RefusalReason> {
        self.refusal.reason()
    }
}

/// How the tenant feels, on a scale from −3 (very bad) to +3 (very good).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Emotion {
    /// −3 very bad, −2 bad, −1 uneasy, 0 neutral, +1 fine, +2 good, +3 very good.
    #[schemars(range(min = -3, max = 3))]
    pub score: i8,
    /// What the tenant feels or says, in their words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A rule switched off for one touchpoint, with the reason why. The report keeps listing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Silence {
    /// The rule's name or code (e.g. `cold-channel` or `TJM103`).
    pub rule: String,
    /// Why this rule does not apply here. Required: nothing disappears quietly.
    #[schemars(length(min = 1))]
    pub reason: String,
}
