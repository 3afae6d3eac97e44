//! What the file leaves unknown that would change a finding: the to-do list for the next
//! interview (`tjm check --unknowns`).
//!
//! Unknown is not false. Some rules judge only what is recorded (a `false` is a finding, a
//! missing value is not); others treat a missing attention as missing (a milestone needs a
//! recorded acknowledgement). Either way a missing fact can change the outcome: for the first
//! kind an answer "no" would add a finding, for the second an answer "yes" would take one
//! away. `docs/unknowns.md` has the policy of every rule; this module lists, per touchpoint,
//! the questions whose answer would matter.

use serde::Serialize;

use super::{Level, Settings, find_rule};
use crate::graph::JourneyGraph;
use crate::i18n::{self, Args, Locale};
use crate::model::{Direction, Journey, TouchpointKind};

/// One fact the file leaves unknown, and the rule whose finding it would change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unknown {
    /// Index of the touchpoint in `journey.touchpoints`.
    pub touchpoint: usize,
    /// The field to fill in, as a dotted path inside the touchpoint.
    pub field: &'static str,
    /// The rule's name, e.g. `procedure-first`.
    pub rule: &'static str,
    /// The rule's code, e.g. `TJM102`.
    pub code: &'static str,
    /// The catalogue id of the question to ask, e.g. `unknown-own-question`.
    pub question: &'static str,
    /// How the answer matters.
    pub effect: Effect,
}

/// How the answer to an unknown would change the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// The rule judges only what is recorded: a "no" would be a finding.
    NoWouldAdd,
    /// The rule judges only what is recorded: a "yes" would be a finding.
    YesWouldAdd,
    /// Not a yes or no (who, how the tenant feels, what a missing step should give): the
    /// answer decides what the rule reports.
    AnswerDecides,
    /// The rule counts the missing attention as missing: a "yes" would take its finding away.
    YesWouldRemove,
}

impl Unknown {
    /// The question and how its answer counts, in one line.
    pub fn message(&self, locale: impl Into<Locale>) -> String {
        let locale = locale.into();
        let rule = Args::new().text("rule", self.rule);
        format!(
            "{} {}",
            i18n::text(locale, self.question),
            i18n::message(locale, self.effect.message_id(), &rule)
        )
    }
}

impl Effect {
    /// The catalogue id of the words for this effect.
    pub fn message_id(self) -> &'static str {
        match self {
            Effect::NoWouldAdd => "unknowns-no-would-add",
            Effect::YesWouldAdd => "unknowns-yes-would-add",
            Effect::AnswerDecides => "unknowns-answer-decides",
            Effect::YesWouldRemove => "unknowns-yes-would-remove",
        }
    }
}

/// Every unknown of one journey that would change a finding of a rule that is switched on,
/// in touchpoint order.
pub fn unknowns(journey: &Journey, graph: &JourneyGraph, settings: &Settings) -> Vec<Unknown> {
    let rule_on = |name: &str| find_rule(name).filter(|&rule| settings.level(rule) != Level::Off);
    let option =
        |rule: &str, name: &str| find_rule(rule).map(|rule| settings.options(rule).number(name));
    let cold = find_rule("cold-channel")
        .map(|rule| settings.options(rule).channels("channels").to_vec())
        .unwrap_or_default();
    let min_friendly = option("friendly-not-helpful", "min_friendliness").unwrap_or(4.0);
    let max_helpful = option("friendly-not-helpful", "max_helpfulness").unwrap_or(2.0);
    let no_room_at = option("no-room-for-exceptions", "emotion_at_most").unwrap_or(-1.0);
    let mut out = Vec::new();
    let tenant = |actor: &str| {
        graph
            .ids()
            .actor(actor)
            .is_some_and(|a| journey.actors[a].kind == crate::model::ActorKind::Tenant)
    };
    for (i, t) in journey.touchpoints.iter().enumerate() {
        let a = &t.attention;
        let mut ask = |rule: &str, field, question, effect, applies: bool| {
            if let (true, Some(rule)) = (applies, rule_on(rule)) {
                out.push(Unknown {
                    touchpoint: i,
                    field,
                    rule: rule.name(),
                    code: rule.code(),
                    question,
                    effect,
                });
            }
        };
        use Effect::{AnswerDecides, NoWouldAdd, YesWouldAdd, YesWouldRemove};
        let present = !t.absent;
        // Who serves the tenant decides whether a step is a handoff.
        ask(
            "pillar-to-post",
            "actor",
            "unknown-actor",
            AnswerDecides,
            t.known_actor().is_none(),
        );
        // An absent step says what it should give; without that no rule can read it.
        ask(
            "open-loop",
            "attention",
            "unknown-absent-purpose",
            AnswerDecides,
            t.absent && a.is_empty(),
        );
        ask(
            "procedure-first",
            "attention.own_question_asked",
            "unknown-own-question",
            NoWouldAdd,
            present
                && t.kind == TouchpointKind::Contact
                && t.direction == Some(Direction::Inbound)
                && !t.known_actor().is_some_and(tenant)
                && a.own_question_asked.is_none(),
        );
        ask(
            "open-loop",
            "attention.decision_explained",
            "unknown-decision-explained",
            NoWouldAdd,
            present && t.kind == TouchpointKind::Decision && a.decision_explained.is_none(),
        );
        let low_enough = t
            .emotion
            .as_ref()
            .is_some_and(|e| f64::from(e.score) <= no_room_at);
        ask(
            "no-room-for-exceptions",
            "attention.room_for_exceptions",
            "unknown-room-for-exceptions",
            NoWouldAdd,
            present
                && low_enough
                && (t.is_refusal() || t.kind == TouchpointKind::Decision)
                && a.room_for_exceptions.is_none(),
        );
        ask(
            "friendly-not-helpful",
            "attention.helpfulness",
            "unknown-helpfulness",
            NoWouldAdd,
            present
                && a.helpfulness.is_none()
                && a.friendliness.is_some_and(|f| f64::from(f) >= min_friendly),
        );
        ask(
            "friendly-not-helpful",
            "attention.friendliness",
            "unknown-friendliness",
            YesWouldAdd,
            present
                && a.friendliness.is_none()
                && a.helpfulness.is_some_and(|h| f64::from(h) <= max_helpful),
        );
        ask(
            "unanswered-low",
            "emotion",
            "unknown-emotion",
            AnswerDecides,
            present
                && t.emotion.is_none()
                && (t.is_refusal()
                    || t.is_milestone()
                    || t.opens_case
                    || t.kind == TouchpointKind::Decision),
        );
        ask(
            "bare-no",
            "attention.alternative_offered",
            "unknown-alternative",
            YesWouldRemove,
            t.is_refusal() && a.alternative_offered.is_none(),
        );
        ask(
            "missed-milestone",
            "attention.acknowledged",
            "unknown-milestone-acknowledged",
            YesWouldRemove,
            t.is_milestone() && a.acknowledged.is_none(),
        );
        ask(
            "decided-for-tenants",
            "attention.participation",
            "unknown-participation",
            YesWouldRemove,
            present && t.decides_for_tenants && a.participation.is_none(),
        );
        // the same inference the rules use: a refusal or a decision matters unless the file says not
        let matters = crate::model::matters(t);
        ask(
            "cold-channel",
            "attention.named_contact",
            "unknown-named-contact",
            YesWouldRemove,
            matters && t.channel.is_some_and(|c| cold.contains(&c)) && a.named_contact.is_none(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Effect, unknowns};
    use crate::graph::JourneyGraph;
    use crate::rules::testing::journey;
    use crate::rules::{Level, Settings, find_rule};

    fn questions(j: &crate::model::Journey, settings: &Settings) -> Vec<(String, &'static str)> {
        let graph = JourneyGraph::new(j);
        unknowns(j, &graph, settings)
            .into_iter()
            .map(|u| (j.touchpoints[u.touchpoint].id.clone(), u.question))
            .collect()
    }

    #[test]
    fn lists_what_would_change_a_finding_and_nothing_else() {
        let j = journey(
            json!([
                {"id": "call", "direction": "inbound"},
                {"id": "asked", "direction": "inbound", "attention": {"own_question_asked": true}},
                {"id": "refused", "refusal": true, "emotion": {"score": -2}},
                {"id": "who", "actor": "onbekend"},
                {"id": "gap", "absent": true},
                {"id": "plain"}
            ]),
            json!([]),
        );
        assert_eq!(
            questions(&j, &Settings::default()),
            [
                ("call".to_owned(), "unknown-own-question"),
                ("refused".to_owned(), "unknown-room-for-exceptions"),
                ("refused".to_owned(), "unknown-alternative"),
                ("who".to_owned(), "unknown-actor"),
                ("gap".to_owned(), "unknown-absent-purpose"),
            ]
        );
    }

    #[test]
    fn says_which_way_the_answer_counts() {
        let j = journey(json!([{"id": "keys", "milestone": true}]), json!([]));
        let graph = JourneyGraph::new(&j);
        let found = unknowns(&j, &graph, &Settings::default());
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].question, "unknown-emotion");
        assert_eq!(found[0].effect, Effect::AnswerDecides);
        assert_eq!(found[1].rule, "missed-milestone");
        assert_eq!(found[1].effect, Effect::YesWouldRemove);
    }

    #[test]
    fn words_the_question_and_how_it_counts() {
        let j = journey(json!([{"id": "no", "refusal": true}]), json!([]));
        let graph = JourneyGraph::new(&j);
        let found = unknowns(&j, &graph, &Settings::default());
        let alternative = found.iter().find(|u| u.rule == "bare-no").unwrap();
        assert_eq!(
            alternative.message(crate::i18n::Locale::Nl),
            "Wordt na het nee een andere manier van helpen aangeboden? bare-no telt het als ontbrekend tot het bestand ja zegt."
        );
    }

    #[test]
    fn a_rule_switched_off_asks_nothing() {
        let j = journey(json!([{"id": "call", "direction": "inbound"}]), json!([]));
        let mut settings = Settings::default();
        settings.set_level(find_rule("procedure-first").unwrap(), Level::Off);
        assert!(questions(&j, &settings).is_empty());
    }
}
