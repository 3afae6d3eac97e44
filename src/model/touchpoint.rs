//! A touchpoint: one moment of contact or experience in a journey.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Attention, Wait};

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
    /// Who serves the tenant here (an actor `id`).
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
    /// How long the tenant waits before this moment, e.g. "3 weeks", "2 werkdagen", "4 hours".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<Wait>,
    /// How much this moment matters to the tenant.
    #[serde(default, skip_serializing_if = "Importance::is_normal")]
    pub importance: Importance,
    /// True when this is a milestone in the tenant's life or a moment of truth (the keys, the
    /// eviction letter): it deserves a gesture, not only a transaction.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub milestone: bool,
    /// How the tenant feels at this moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Emotion>,
    /// The attention the organisation gives here. Leave a field out when you do not know.
    #[serde(default, skip_serializing_if = "Attention::is_empty")]
    pub attention: Attention,
    /// True when the tenant hears "no": a request refused, a rule applied against them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refusal: bool,
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
    fn is_normal(&self) -> bool {
        *self == Importance::Normal
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
