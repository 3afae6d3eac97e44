//! The attention the organisation gives at a touchpoint, in the terms of the five rules of helping.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The attention the organisation gives at one moment. Every field is optional: leave it out
/// when you do not know, because tjm only judges what the file records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attention {
    /// Was the tenant's own question asked first ("Waar kan ik u mee helpen?"), before the
    /// organisation's procedure or data?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_question_asked: Option<bool>,
    /// Does the tenant have a named person who owns their case?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named_contact: Option<bool>,
    /// Is the moment acknowledged with a gesture or empathy, not only handled as a transaction?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<bool>,
    /// Is a decision explained: how and why it was made?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_explained: Option<bool>,
    /// After a no, is another way to help offered ("Misschien kan ik u op een andere manier helpen")?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_offered: Option<bool>,
    /// May staff make an exception to the rule when the tenant's situation asks for it?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_for_exceptions: Option<bool>,
    /// Does the tenant hear how their report, complaint or request ended (feedback, loop closed)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loop_closed: Option<bool>,
    /// Is the tenant asked whether the help was good ("Bent u tevreden over hoe u geholpen bent?")?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction_checked: Option<bool>,
    /// How much say tenants have where this moment decides something for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<Participation>,
    /// How friendly the staff are, 1 (curt) to 5 (very friendly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 5))]
    pub friendliness: Option<u8>,
    /// How much the tenant's need is actually met, 1 (not at all) to 5 (fully).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 5))]
    pub helpfulness: Option<u8>,
}

impl Attention {
    /// Nothing recorded.
    pub const EMPTY: Attention = Attention {
        own_question_asked: None,
        named_contact: None,
        acknowledged: None,
        decision_explained: None,
        alternative_offered: None,
        room_for_exceptions: None,
        loop_closed: None,
        satisfaction_checked: None,
        participation: None,
        friendliness: None,
        helpfulness: None,
    };

    /// True when nothing is recorded, so the field can be left out of a formatted file.
    pub fn is_empty(&self) -> bool {
        *self == Attention::default()
    }
}

/// The participation ladder (Edelenbos): how much say tenants have. Only from `advising` up is
/// their influence binding.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Participation {
    /// Tenants are told what was decided (informeren).
    #[serde(alias = "informeren")]
    Informed,
    /// Tenants are asked their opinion; the organisation decides (raadplegen).
    #[serde(alias = "raadplegen")]
    Consulted,
    /// Tenants advise and the advice carries weight (adviseren).
    #[serde(alias = "adviseren")]
    Advising,
    /// Tenants and organisation shape the plan together (coproduceren).
    #[serde(alias = "coproduceren")]
    CoProducing,
    /// Tenants decide together with the organisation (meebeslissen).
    #[serde(alias = "meebeslissen")]
    Deciding,
    /// Tenants manage it themselves (zelfbeheer).
    #[serde(alias = "zelfbeheer")]
    SelfManaging,
}
