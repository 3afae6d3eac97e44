//! The attention analysis: a catalogue of rules, each a small module that finds one pattern
//! of moments without attention or emotion, with a stable code, a name users type, a default
//! level, docs in Dutch and English, and tests. Adding a rule means adding one file here and
//! one line in `registry.rs`.

mod engine;
mod options;
mod registry;
mod unknowns;

mod bare_no;
mod cold_channel;
mod dead_end;
mod decided_for_tenants;
mod friendly_not_helpful;
mod handover;
mod legal_deadline;
mod long_wait;
mod map_contradicts_data;
mod missed_milestone;
mod no_aftercare;
mod no_room_for_exceptions;
mod open_loop;
mod pillar_to_post;
mod procedure_first;
mod process_norm;
mod repeat_contact;
mod unanswered_low;
mod unchecked_assumption;
mod unsupported_emotion;
mod unused_silence;

#[cfg(test)]
pub(crate) mod testing;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use engine::{Analysis, analyse, analyse_with};
pub use long_wait::wait_norms;
pub use options::{OptionKind, OptionSpec, OptionValue, RuleOptions, Settings, SettingsError};
pub use registry::{RULES, find_rule, rule_names};
pub use unknowns::{Effect, Unknown, unknowns};

use crate::graph::JourneyGraph;
use crate::i18n::{self, Args, Locale};
use crate::model::{Journey, Language};

/// How serious a finding is; `off` switches a rule off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Switched off.
    Off,
    /// Worth knowing; never fails a check.
    Info,
    /// A moment without attention that deserves a look.
    Warning,
    /// A clear failure towards tenants; `tjm check` exits 1.
    Error,
}

impl Level {
    /// The name as written in `tjm.toml` and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    /// The name in a locale, from the catalogue (`level-error`, …).
    pub fn label(self, locale: impl Into<Locale>) -> String {
        i18n::text(locale.into(), &format!("level-{}", self.as_str()))
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = String;

    fn from_str(text: &str) -> Result<Level, String> {
        match text {
            "off" => Ok(Level::Off),
            "info" => Ok(Level::Info),
            "warning" => Ok(Level::Warning),
            "error" => Ok(Level::Error),
            // English: callers that speak to a person word it in their own locale
            other => Err(i18n::message(
                Locale::En,
                "config-not-a-level",
                &Args::new().text("level", other),
            )),
        }
    }
}

/// The families of the catalogue, which group rules in listings and codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// TJM1xx: attention at one moment.
    Attention,
    /// TJM2xx: how the organisation says no and decides.
    SayingNo,
    /// TJM3xx: the flow of the journey: handoffs, loops, waits, ends.
    Flow,
    /// TJM4xx: closing the loop with the tenant.
    ClosingTheLoop,
    /// TJM5xx: evidence behind the map.
    Evidence,
    /// TJM9xx: about the journey file itself.
    Meta,
}

impl Category {
    /// The kebab-case key, as in JSON and catalogue ids.
    pub fn key(self) -> &'static str {
        match self {
            Category::Attention => "attention",
            Category::SayingNo => "saying-no",
            Category::Flow => "flow",
            Category::ClosingTheLoop => "closing-the-loop",
            Category::Evidence => "evidence",
            Category::Meta => "meta",
        }
    }

    /// The category's name in a locale, from the catalogue (`category-flow`, …).
    pub fn label(self, locale: impl Into<Locale>) -> String {
        i18n::text(locale.into(), &format!("category-{}", self.key()))
    }
}

/// Where in the journey a finding sits, so diagnostics and reports can point at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Anchor {
    /// A touchpoint, and the field of it that shows the problem (e.g. `attention.acknowledged`).
    Touchpoint {
        /// Index into `journey.touchpoints`.
        index: usize,
        /// Dotted field path inside the touchpoint, when one field tells the story.
        #[serde(skip_serializing_if = "Option::is_none")]
        field: Option<&'static str>,
    },
    /// A transition (a loop back, a handoff), shown at its `from` touchpoint in reports.
    Transition {
        /// Index into `journey.transitions`.
        index: usize,
        /// Index of the touchpoint the transition leaves.
        touchpoint: usize,
    },
}

impl Anchor {
    /// The touchpoint this finding belongs to.
    pub fn touchpoint(&self) -> usize {
        match self {
            Anchor::Touchpoint { index, .. } => *index,
            Anchor::Transition { touchpoint, .. } => *touchpoint,
        }
    }
}

/// One moment without attention, found by a rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's stable code, e.g. `TJM101`.
    pub code: &'static str,
    /// The rule's name, e.g. `missed-milestone`.
    pub rule: &'static str,
    /// The level after configuration.
    pub level: Level,
    /// Where it sits.
    pub anchor: Anchor,
    /// The catalogue id of what was found, e.g. `long-wait`: the catalogues word it as
    /// `<id>-message` and `<id>-help` for the terminal, `<id>-board` and `<id>-board-fix` for
    /// a board. Rendered only when shown, so each output can word it its own way (ruff's
    /// `Violation`).
    pub id: &'static str,
    /// The facts the messages name: touchpoint titles, days, norms, shares, counts.
    pub args: Args,
    /// When a touchpoint silences this rule: the reason it gives. Silenced findings stay in
    /// reports but do not count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silenced: Option<String>,
}

impl Finding {
    /// True when the finding counts: not silenced.
    pub fn is_active(&self) -> bool {
        self.silenced.is_none()
    }

    /// The facts, naming the touchpoint and the field that shows them; no advice.
    pub fn message(&self, locale: impl Into<Locale>) -> String {
        self.render(locale.into(), "message")
    }

    /// What would fix it, naming the journey field to change (for the terminal and SARIF).
    pub fn help(&self, locale: impl Into<Locale>) -> String {
        self.render(locale.into(), "help")
    }

    /// The facts for a board: no field names, options or rule names.
    pub fn board(&self, locale: impl Into<Locale>) -> String {
        self.render(locale.into(), "board")
    }

    /// What would fix it, for a board.
    pub fn board_fix(&self, locale: impl Into<Locale>) -> String {
        self.render(locale.into(), "board-fix")
    }

    /// The catalogue id of one wording, e.g. `long-wait-help`.
    pub fn message_id(&self, wording: &str) -> String {
        format!("{}-{wording}", self.id)
    }

    fn render(&self, locale: Locale, wording: &str) -> String {
        i18n::message(locale, &self.message_id(wording), &self.args)
    }
}

/// What a rule sees: the journey, its graph and the rule's options. No language: findings
/// are data, worded when they are shown.
pub struct RuleContext<'a> {
    /// The journey.
    pub journey: &'a Journey,
    /// Its graph view.
    pub graph: &'a JourneyGraph,
    /// This rule's resolved options.
    pub options: &'a RuleOptions,
    /// The level the rule runs at.
    pub level: Level,
    /// The norms touchpoints name, with the association's own deadlines.
    pub norms: &'a crate::norms::Norms,
    /// The journey measured against its own log, when one was found.
    pub evidence: Option<&'a crate::evidence::JourneyEvidence>,
}

impl RuleContext<'_> {
    /// The title of touchpoint `i`, for a message's `title` argument.
    pub fn title(&self, i: usize) -> &str {
        &self.journey.touchpoints[i].title
    }
}

/// What a rule is, apart from what it does: identity, level, texts and options.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code: `TJM` and three digits, grouped by category. Never changes.
    pub code: &'static str,
    /// Kebab-case name of the pattern, as users write it in `tjm.toml` and silences.
    pub name: &'static str,
    /// The family it belongs to.
    pub category: Category,
    /// The level it runs at unless configured.
    pub default_level: Level,
    /// The full documentation in Markdown: English, Dutch.
    pub docs: [&'static str; 2],
    /// The thresholds users may set in `tjm.toml`.
    pub options: &'static [OptionSpec],
}

/// One rule of the catalogue: metadata describes it, `check` finds its pattern.
pub trait Rule: Sync {
    /// The rule's identity and texts.
    fn meta(&self) -> &'static RuleMeta;

    /// Pushes a finding for every place the pattern occurs.
    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>);

    /// Stable code, e.g. `TJM101`.
    fn code(&self) -> &'static str {
        self.meta().code
    }
    /// Kebab-case name, e.g. `missed-milestone`.
    fn name(&self) -> &'static str {
        self.meta().name
    }
    /// The family it belongs to.
    fn category(&self) -> Category {
        self.meta().category
    }
    /// The level it runs at unless configured.
    fn default_level(&self) -> Level {
        self.meta().default_level
    }
    /// The full documentation in Markdown.
    fn docs(&self, lang: Language) -> &'static str {
        self.meta().docs[lang_index(lang)]
    }
    /// The thresholds users may set in `tjm.toml`.
    fn options(&self) -> &'static [OptionSpec] {
        self.meta().options
    }
}

impl dyn Rule + '_ {
    /// One line saying what it finds, from the catalogue (`<name>-summary`).
    pub fn summary(&self, locale: impl Into<Locale>) -> String {
        i18n::text(locale.into(), &format!("{}-summary", self.name()))
    }
}

fn lang_index(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Nl => 1,
    }
}

/// Embeds a rule's English and Dutch docs by name.
macro_rules! docs {
    ($name:literal) => {
        [
            include_str!(concat!("docs/en/", $name, ".md")),
            include_str!(concat!("docs/nl/", $name, ".md")),
        ]
    };
}
pub(crate) use docs;

/// Builds a finding with the rule's identity; the engine fills in level and silences.
pub(crate) fn finding(
    rule: &dyn Rule,
    cx: &RuleContext<'_>,
    anchor: Anchor,
    id: &'static str,
    args: Args,
) -> Finding {
    Finding {
        code: rule.code(),
        rule: rule.name(),
        level: cx.level,
        anchor,
        id,
        args,
        silenced: None,
    }
}

/// A touchpoint anchor pointing at one field.
pub(crate) fn at(index: usize, field: &'static str) -> Anchor {
    Anchor::Touchpoint {
        index,
        field: Some(field),
    }
}
