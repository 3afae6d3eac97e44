//! The catalogue: every rule, one line each, in documentation order.

use super::Rule;
use super::bare_no::BareNo;
use super::cold_channel::ColdChannel;
use super::dead_end::DeadEnd;
use super::decided_for_tenants::DecidedForTenants;
use super::friendly_not_helpful::FriendlyNotHelpful;
use super::legal_deadline::LegalDeadline;
use super::long_wait::LongWait;
use super::map_contradicts_data::MapContradictsData;
use super::missed_milestone::MissedMilestone;
use super::no_aftercare::NoAftercare;
use super::no_room_for_exceptions::NoRoomForExceptions;
use super::open_loop::OpenLoop;
use super::pillar_to_post::PillarToPost;
use super::procedure_first::ProcedureFirst;
use super::process_norm::ProcessNorm;
use super::repeat_contact::RepeatContact;
use super::unanswered_low::UnansweredLow;
use super::unchecked_assumption::UncheckedAssumption;
use super::unsupported_emotion::UnsupportedEmotion;
use super::unused_silence::UnusedSilence;

/// Every rule tjm knows.
pub static RULES: &[&dyn Rule] = &[
    &MissedMilestone,
    &ProcedureFirst,
    &ColdChannel,
    &FriendlyNotHelpful,
    &BareNo,
    &NoRoomForExceptions,
    &DecidedForTenants,
    &PillarToPost,
    &RepeatContact,
    &LongWait,
    &DeadEnd,
    &LegalDeadline,
    &ProcessNorm,
    &OpenLoop,
    &UnansweredLow,
    &NoAftercare,
    &UnsupportedEmotion,
    &MapContradictsData,
    &UnusedSilence,
    &UncheckedAssumption,
];

/// The rule with this name or code (codes in any case).
pub fn find_rule(name_or_code: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|rule| rule.name() == name_or_code || rule.code().eq_ignore_ascii_case(name_or_code))
}

/// `(code, name)` of every rule, for checking silences while loading.
pub fn rule_names() -> Vec<(&'static str, &'static str)> {
    RULES
        .iter()
        .map(|rule| (rule.code(), rule.name()))
        .collect()
}
