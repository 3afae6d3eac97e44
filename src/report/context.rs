//! The template context: what each page's template can use, as plain serialisable structs.
//!
//! Templates see only these views, never the model, so a theme keeps working when the model
//! changes and every figure is already formatted for the page's language. Text from journey
//! files is plain text here (Tera escapes it); fields ending in `_html` or `svg` hold markup
//! tjm built and escaped itself, and are the only ones a template may mark `| safe`.
//!
//! `docs/report.md` lists these fields for theme authors.

use std::collections::HashMap;

use serde::Serialize;

use super::charts::graph_layout::{self, Edge, Layout};
use super::charts::{self, Lane, Moment, blueprint, emotion_curve, graph_svg};
use super::i18n::{self, Texts};
use super::markdown;
use crate::model::{EvidenceKind, Importance, Journey, Language};
use crate::project::{AnalysedJourney, Project};
use crate::rules::{Finding, Level, RULES, Settings};
use crate::score;

/// What every page has.
#[derive(Debug, Clone, Serialize)]
pub struct Base<'a> {
    /// The page's language code, `nl` or `en`: the `lang` attribute.
    pub lang: &'static str,
    /// The fixed strings in the page's language (see `i18n::Texts`).
    pub t: &'static Texts,
    /// The stylesheet: the theme's `style.css` or the built-in one. Put it in the page's
    /// one `<style>` element with `| safe`.
    pub css: &'a str,
    /// The Content-Security-Policy for the `<meta http-equiv>` tag. Its style hashes are
    /// filled in after rendering, from the `<style>` elements of the page.
    pub csp: &'static str,
    /// The tjm version, for the footer.
    pub version: &'static str,
    /// Which page this is: `index`, `journey` or `rules`.
    pub page: &'static str,
    /// The index page's file name.
    pub index_href: &'static str,
    /// The rules page's file name.
    pub rules_href: &'static str,
}

/// The placeholder in [`Base::csp`] that is replaced by the hashes of the page's styles.
pub const STYLE_HASHES: &str = "'tjm-style-hashes'";

/// The Content-Security-Policy every page gets; nothing may load, styles only by hash.
pub const CSP: &str = "default-src 'none'; style-src 'tjm-style-hashes'; img-src data:; base-uri 'none'; form-action 'none'";

impl<'a> Base<'a> {
    pub(crate) fn new(lang: Language, css: &'a str, page: &'static str) -> Base<'a> {
        Base {
            lang: lang.code(),
            t: i18n::texts(lang),
            css,
            csp: CSP,
            version: env!("CARGO_PKG_VERSION"),
            page,
            index_href: "index.html",
            rules_href: "rules.html",
        }
    }
}

/// The context of `journey.html`.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyPage<'a> {
    /// Language, strings, stylesheet and links.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// Title, organisation, description.
    pub journey: JourneyHead,
    /// The example tenants.
    pub personas: Vec<PersonaView>,
    /// The one-line verdict: "7 moments without attention, 3 of them moments that matter".
    pub verdict: String,
    /// The attention index with its explanation.
    pub attention: AttentionView,
    /// Expected contacts and handoffs, counts of findings.
    pub figures: Figures,
    /// The top three of the ranking, with the tenant's side and the rule's advice.
    pub fix_first: Vec<FixView>,
    /// Touchpoints with good practice.
    pub good_practice: Vec<GoodView>,
    /// The emotion curve along the main path.
    pub emotion: EmotionView,
    /// The service blueprint.
    pub blueprint: BlueprintView,
    /// The journey graph.
    pub graph: GraphView,
    /// Active findings grouped by stage.
    pub findings: Vec<StageFindings>,
    /// Number of active findings.
    pub findings_count: usize,
    /// Silenced findings with their reasons.
    pub silenced: Vec<FindingView>,
    /// Quotes and figures backing up the map.
    pub evidence: EvidenceView,
    /// What changed since the baseline, when the report has one.
    pub changes: Option<ChangesView>,
}

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
pub(crate) fn changes_view(diff: Option<&crate::diff::JourneyDiff>, index_now: u8) -> ChangesView {
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
    let show = |value: &Option<String>| value.clone().unwrap_or_else(|| "\u{2013}".to_owned());
    let moments = diff
        .touchpoints_changed
        .iter()
        .map(|change| MomentChange {
            title: change.title.clone(),
            detail: change
                .fields
                .iter()
                .map(|f| {
                    format!(
                        "{}: {} \u{2192} {}",
                        f.field,
                        show(&f.before),
                        show(&f.after)
                    )
                })
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
            .map(|f| sentence_case(&f.message))
            .collect(),
        new: diff
            .findings_new
            .iter()
            .map(|f| sentence_case(&f.message))
            .collect(),
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

/// A journey's heading data.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyHead {
    /// The journey's id.
    pub id: String,
    /// The page's file name, e.g. `reparatieverzoek.html`.
    pub href: String,
    /// The title.
    pub title: String,
    /// The part of the title before a colon: for narrow places such as table headers.
    pub short_title: String,
    /// The housing association.
    pub organisation: Option<String>,
    /// What the journey is about.
    pub description: Option<String>,
    /// Number of touchpoints.
    pub touchpoints: usize,
    /// Number of stages.
    pub stages: usize,
}

/// An example tenant.
#[derive(Debug, Clone, Serialize)]
pub struct PersonaView {
    /// Name.
    pub name: String,
    /// "68 years" / "68 jaar".
    pub age: Option<String>,
    /// Who they are.
    pub description: Option<String>,
    /// What they want, in their words.
    pub goal: Option<String>,
}

/// The attention index.
#[derive(Debug, Clone, Serialize)]
pub struct AttentionView {
    /// 0–100.
    pub index: u8,
    /// `good` (80+), `fair` (60–79) or `poor`: a CSS class suffix.
    pub band: &'static str,
    /// The band in words.
    pub band_label: &'static str,
    /// What the number means, one line.
    pub explanation: String,
    /// A small gauge (decorative, `aria-hidden`); markup, use `| safe`.
    pub gauge_svg: String,
}

/// Figures per tenant and counts of findings.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// Expected contacts per tenant, formatted ("7,8").
    pub contacts: String,
    /// Expected handoffs per tenant, formatted.
    pub handoffs: String,
    /// Active error-level findings.
    pub errors: usize,
    /// Active warning-level findings.
    pub warnings: usize,
    /// Active info-level findings.
    pub infos: usize,
    /// Silenced findings.
    pub silenced: usize,
    /// The share of tenants on the main path, formatted ("56%").
    pub main_path_share: String,
}

/// One finding as the report shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    /// The anchor id on the journey page, e.g. `finding-3`.
    pub id: String,
    /// `error`, `warning` or `info`: a CSS class suffix.
    pub level: &'static str,
    /// The level in words, capitalised.
    pub level_label: String,
    /// The rule's name, e.g. `missed-milestone`.
    pub rule: &'static str,
    /// The rule's code, e.g. `TJM101`.
    pub code: &'static str,
    /// Link to the rule in the appendix: `rules.html#missed-milestone`.
    pub rule_href: String,
    /// The touchpoint's title.
    pub touchpoint: String,
    /// The touchpoint's number in reading order.
    pub number: usize,
    /// The stage's title.
    pub stage: String,
    /// What is wrong.
    pub message: String,
    /// What would fix it.
    pub help: String,
    /// `message` as HTML: escaped, with `code` in backticks as `<code>` (`| safe`).
    pub message_html: String,
    /// `help` as HTML: escaped, with `code` in backticks as `<code>` (`| safe`).
    pub help_html: String,
    /// The silence's reason, for silenced findings.
    pub silenced: Option<String>,
}

/// One of the "fix these first".
#[derive(Debug, Clone, Serialize)]
pub struct FixView {
    /// 1, 2 or 3.
    pub rank: usize,
    /// The finding.
    pub finding: FindingView,
    /// How many tenants pass the moment ("56% of tenants").
    pub reach: String,
    /// True for a milestone or high-importance touchpoint.
    pub matters: bool,
    /// The tenant's side: a quote from the evidence, else the emotion note.
    pub voice: Option<VoiceView>,
    /// The rule's "Why this hurts tenants", first paragraph, as HTML (`| safe`).
    pub why_html: String,
    /// The rule's "What good looks like", first paragraph, as HTML (`| safe`).
    pub good_html: String,
}

/// Something a tenant said.
#[derive(Debug, Clone, Serialize)]
pub struct VoiceView {
    /// The words.
    pub text: String,
    /// Where they come from ("Klantpanel, 2025-03"), if known.
    pub attribution: Option<String>,
    /// `quote` (from the evidence) or `note` (the emotion note).
    pub kind: &'static str,
}

/// A good-practice touchpoint.
#[derive(Debug, Clone, Serialize)]
pub struct GoodView {
    /// The touchpoint's number.
    pub number: usize,
    /// Its title.
    pub touchpoint: String,
    /// Its stage.
    pub stage: String,
    /// The good practice.
    pub text: String,
}

/// The emotion curve and its data table.
#[derive(Debug, Clone, Serialize)]
pub struct EmotionView {
    /// The chart; markup, use `| safe`.
    pub svg: String,
    /// What the chart shows.
    pub lead: String,
    /// How gaps are shown, when some moments have no recorded emotion.
    pub gaps: Option<String>,
    /// Label of the scroll container.
    pub region_label: String,
    /// One row per moment on the main path.
    pub rows: Vec<EmotionRow>,
}

/// A moment on the emotion curve.
#[derive(Debug, Clone, Serialize)]
pub struct EmotionRow {
    /// Number in reading order.
    pub number: usize,
    /// Stage title.
    pub stage: String,
    /// Touchpoint title.
    pub touchpoint: String,
    /// "−2 bad", or "not recorded".
    pub feeling: String,
    /// `neg`, `neu`, `pos` or `none`.
    pub feeling_class: &'static str,
    /// The tenant's words.
    pub note: Option<String>,
    /// A milestone.
    pub milestone: bool,
    /// Active warning/error findings here.
    pub findings: usize,
    /// Good practice here.
    pub good_practice: bool,
    /// The marks in words: "milestone", "2 findings", "good practice".
    pub marks: Vec<String>,
}

/// The blueprint and its table.
#[derive(Debug, Clone, Serialize)]
pub struct BlueprintView {
    /// The chart; markup, use `| safe`.
    pub svg: String,
    /// Label of the scroll container.
    pub region_label: String,
    /// The lane names, top to bottom.
    pub lanes: Vec<&'static str>,
    /// One row per stage, one cell per lane.
    pub rows: Vec<BlueprintRow>,
    /// Every handoff.
    pub handoffs: Vec<HandoffRow>,
}

/// A stage of the blueprint.
#[derive(Debug, Clone, Serialize)]
pub struct BlueprintRow {
    /// Stage title.
    pub stage: String,
    /// Per lane, the moments in it: "3. Title (Actor)".
    pub cells: Vec<Vec<String>>,
}

/// A handoff between actors.
#[derive(Debug, Clone, Serialize)]
pub struct HandoffRow {
    /// "3. Title (Actor)".
    pub from: String,
    /// "4. Title (Actor)".
    pub to: String,
    /// Expected times per tenant, formatted.
    pub per_tenant: String,
}

/// The journey graph and its table.
#[derive(Debug, Clone, Serialize)]
pub struct GraphView {
    /// The chart; markup, use `| safe`.
    pub svg: String,
    /// Label of the scroll container.
    pub region_label: String,
    /// Every transition.
    pub transitions: Vec<TransitionRow>,
}

/// A transition.
#[derive(Debug, Clone, Serialize)]
pub struct TransitionRow {
    /// "3. Title".
    pub from: String,
    /// "4. Title".
    pub to: String,
    /// Share of tenants at `from` who take it ("70%").
    pub share: String,
    /// Expected times per tenant ("0,7").
    pub per_tenant: String,
    /// `next`, `handoff`, `loop` or `escalation`.
    pub kind: &'static str,
    /// The kind in words.
    pub kind_label: &'static str,
    /// What happens on the way.
    pub label: Option<String>,
}

/// The findings of one stage.
#[derive(Debug, Clone, Serialize)]
pub struct StageFindings {
    /// Stage title.
    pub stage: String,
    /// Its findings, in journey order.
    pub findings: Vec<FindingView>,
}

/// Evidence, split into quotes and figures.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// Quotes.
    pub quotes: Vec<EvidenceRow>,
    /// Surveys, counts and observations.
    pub figures: Vec<EvidenceRow>,
}

/// One piece of evidence; numbers formatted, absent ones `None`.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    /// `quote`, `survey`, `count` or `observation`.
    pub kind: &'static str,
    /// The kind in words.
    pub kind_label: &'static str,
    /// The touchpoint ("3. Title") or "the journey as a whole".
    pub touchpoint: String,
    /// The quote or description.
    pub text: Option<String>,
    /// Grade, 1–10 ("7,4").
    pub grade: Option<String>,
    /// Percentage satisfied ("74%").
    pub percent_satisfied: Option<String>,
    /// A count ("1.240").
    pub count: Option<String>,
    /// Respondents ("312").
    pub respondents: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// Date.
    pub date: Option<String>,
}

/// The context of `index.html`.
#[derive(Debug, Clone, Serialize)]
pub struct IndexPage<'a> {
    /// Language, strings, stylesheet and links.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The organisations the journeys belong to, in order of appearance.
    pub organisations: Vec<String>,
    /// "6 journeys · 16 errors · 29 warnings".
    pub summary: String,
    /// One card per journey, lowest attention index first (ties in input order).
    pub journeys: Vec<JourneyCard>,
    /// The ten moments that matter most across all journeys.
    pub top_moments: Vec<MomentView>,
    /// Rules × journeys counts.
    pub heatmap: Heatmap,
    /// What changed since the baseline, when the report has one.
    pub changes: Option<IndexChanges>,
}

/// A journey on the index page.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyCard {
    /// Title, link and sizes.
    pub journey: JourneyHead,
    /// The journey's language code (for the card's `lang` attribute).
    pub lang: &'static str,
    /// The attention index.
    pub attention: AttentionView,
    /// The verdict, in the journey's language.
    pub verdict: String,
    /// Figures and counts.
    pub figures: Figures,
}

/// One of the moments that matter most.
#[derive(Debug, Clone, Serialize)]
pub struct MomentView {
    /// 1–10.
    pub rank: usize,
    /// The journey's title.
    pub journey: String,
    /// The journey's short title.
    pub journey_short: String,
    /// The journey's language code.
    pub lang: &'static str,
    /// Link to the finding on the journey page.
    pub href: String,
    /// The finding.
    pub finding: FindingView,
    /// How many tenants pass the moment.
    pub reach: String,
}

/// The rules × journeys table.
#[derive(Debug, Clone, Serialize)]
pub struct Heatmap {
    /// Column heads: the journeys, in the order of the cards.
    pub columns: Vec<JourneyHead>,
    /// One row per rule.
    pub rows: Vec<HeatRow>,
    /// Column totals.
    pub totals: Vec<usize>,
    /// Everything.
    pub total: usize,
}

/// A rule's row.
#[derive(Debug, Clone, Serialize)]
pub struct HeatRow {
    /// Name.
    pub rule: &'static str,
    /// Code.
    pub code: &'static str,
    /// Link into the rules page.
    pub href: String,
    /// Per journey.
    pub cells: Vec<HeatCell>,
    /// Row total.
    pub total: usize,
}

/// A cell of the heat map.
#[derive(Debug, Clone, Serialize)]
pub struct HeatCell {
    /// Active findings.
    pub count: usize,
    /// `heat-0` … `heat-3`: a CSS class for the shade.
    pub class: &'static str,
}

/// The context of `rules.html`.
#[derive(Debug, Clone, Serialize)]
pub struct RulesPage<'a> {
    /// Language, strings, stylesheet and links.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// Every rule in catalogue order.
    pub rules: Vec<RuleView>,
}

/// A rule in the appendix.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    /// The anchor id: the rule's name.
    pub id: &'static str,
    /// Code.
    pub code: &'static str,
    /// Name.
    pub name: &'static str,
    /// Level in this report's configuration: `error`, `warning`, `info` or `off`.
    pub level: &'static str,
    /// The level in words.
    pub level_label: String,
    /// The default level in words.
    pub default_level_label: String,
    /// Category in words.
    pub category: &'static str,
    /// One line.
    pub summary: &'static str,
    /// The full docs as HTML, headings from `<h3>` (`| safe`).
    pub docs_html: String,
}

// ---------------------------------------------------------------------------------------
// Building the views
// ---------------------------------------------------------------------------------------

/// Everything about one journey that several views share: numbering, layout, counts.
pub(crate) struct Prepared<'j> {
    journey: &'j AnalysedJourney,
    /// Reading-order number of each touchpoint.
    number: Vec<usize>,
    /// The graph layout.
    layout: Layout,
    /// The edges laid out, one per step, in step order.
    steps: Vec<crate::graph::Step>,
    /// Active warning/error findings per touchpoint.
    findings_at: Vec<usize>,
    /// Finding anchor ids, by index into `analysis.findings`.
    finding_ids: Vec<String>,
    /// Stage index of each touchpoint.
    stage_of: Vec<usize>,
    /// Lane of each touchpoint.
    lane_of: Vec<Lane>,
    /// Actor name of each touchpoint.
    actor_of: Vec<String>,
    /// The page's file name.
    href: String,
}

impl<'j> Prepared<'j> {
    pub(crate) fn new(journey: &'j AnalysedJourney, href: String) -> Prepared<'j> {
        let j = &journey.loaded.journey;
        let graph = &journey.analysis.graph;
        let n = j.touchpoints.len();
        let steps: Vec<crate::graph::Step> = graph.steps().cloned().collect();
        let edges: Vec<Edge> = steps
            .iter()
            .map(|s| Edge {
                from: s.from,
                to: s.to,
                loop_back: s.loop_back,
            })
            .collect();
        let layout = graph_layout::layout(n, &edges, graph.start());
        let stage_index: HashMap<&str, usize> = j
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let stage_of: Vec<usize> = j
            .touchpoints
            .iter()
            .map(|t| {
                stage_index
                    .get(t.stage.as_str())
                    .copied()
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let mut reading: Vec<usize> = (0..n).collect();
        reading.sort_by_key(|&i| (stage_of[i], layout.layer.get(i).copied().unwrap_or(0), i));
        let mut number = vec![0; n];
        for (position, &i) in reading.iter().enumerate() {
            number[i] = position + 1;
        }
        let mut findings_at = vec![0; n];
        for finding in journey.analysis.active() {
            if finding.level >= Level::Warning {
                if let Some(slot) = findings_at.get_mut(finding.anchor.touchpoint()) {
                    *slot += 1;
                }
            }
        }
        let finding_ids = (0..journey.analysis.findings.len())
            .map(|i| format!("finding-{}", i + 1))
            .collect();
        let actors: HashMap<&str, &crate::model::Actor> =
            j.actors.iter().map(|a| (a.id.as_str(), a)).collect();
        let lane_of = j
            .touchpoints
            .iter()
            .map(|t| {
                actors
                    .get(t.actor.as_str())
                    .map_or(Lane::Frontstage, |a| Lane::of(a.kind, a.backstage))
            })
            .collect();
        let actor_of = j
            .touchpoints
            .iter()
            .map(|t| {
                actors
                    .get(t.actor.as_str())
                    .map_or_else(|| t.actor.clone(), |a| a.name.clone())
            })
            .collect();
        Prepared {
            journey,
            number,
            layout,
            steps,
            findings_at,
            finding_ids,
            stage_of,
            lane_of,
            actor_of,
            href,
        }
    }

    fn j(&self) -> &'j Journey {
        &self.journey.loaded.journey
    }

    fn lang(&self) -> Language {
        self.journey.lang
    }

    fn stage_title(&self, touchpoint: usize) -> String {
        self.j()
            .stages
            .get(self.stage_of[touchpoint])
            .map(|s| s.title.clone())
            .unwrap_or_default()
    }

    fn numbered(&self, touchpoint: usize) -> String {
        format!(
            "{}. {}",
            self.number[touchpoint],
            self.j().touchpoints[touchpoint].title
        )
    }

    fn with_actor(&self, touchpoint: usize) -> String {
        format!(
            "{} ({})",
            self.numbered(touchpoint),
            self.actor_of[touchpoint]
        )
    }

    fn moments(&self) -> Vec<Moment<'_>> {
        let visits = self.journey.analysis.graph.expected_visits();
        self.j()
            .touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| Moment {
                number: self.number[i],
                title: &t.title,
                stage: self.stage_of[i],
                actor: &self.actor_of[i],
                lane: self.lane_of[i],
                emotion: t.emotion.as_ref().map(|e| e.score),
                note: t.emotion.as_ref().and_then(|e| e.note.as_deref()),
                milestone: t.milestone,
                findings: self.findings_at[i],
                good_practice: t.good_practice.is_some(),
                visits: visits.get(i).copied().unwrap_or(0.0),
            })
            .collect()
    }

    fn finding_view(&self, index: usize, finding: &Finding, lang: Language) -> FindingView {
        let touchpoint = finding.anchor.touchpoint();
        FindingView {
            id: self.finding_ids[index].clone(),
            level: finding.level.as_str(),
            level_label: i18n::level_label(finding.level, lang),
            rule: finding.rule,
            code: finding.code,
            rule_href: format!("rules.html#{}", finding.rule),
            touchpoint: self.j().touchpoints[touchpoint].title.clone(),
            number: self.number[touchpoint],
            stage: self.stage_title(touchpoint),
            message: sentence_case(&finding.message),
            help: sentence_case(&finding.help),
            message_html: inline_code(&sentence_case(&finding.message)),
            help_html: inline_code(&sentence_case(&finding.help)),
            silenced: finding.silenced.clone(),
        }
    }

    fn index_of(&self, finding: &Finding) -> usize {
        self.journey
            .analysis
            .findings
            .iter()
            .position(|f| std::ptr::eq(f, finding))
            .unwrap_or(0)
    }

    fn head(&self) -> JourneyHead {
        let j = self.j();
        JourneyHead {
            id: j.id.clone(),
            href: self.href.clone(),
            title: j.title.clone(),
            short_title: short_title(&j.title),
            organisation: j.organisation.clone(),
            description: j.description.clone(),
            touchpoints: j.touchpoints.len(),
            stages: j.stages.len(),
        }
    }

    fn attention(&self, lang: Language) -> AttentionView {
        attention_view(self.journey.attention_index, lang)
    }

    fn figures(&self, lang: Language) -> Figures {
        let analysis = &self.journey.analysis;
        let graph = &analysis.graph;
        Figures {
            contacts: i18n::decimal(graph.expected_contacts(), 1, lang),
            handoffs: i18n::decimal(graph.expected_handoffs(), 1, lang),
            errors: analysis.count(Level::Error),
            warnings: analysis.count(Level::Warning),
            infos: analysis.count(Level::Info),
            silenced: analysis.findings.iter().filter(|f| !f.is_active()).count(),
            main_path_share: i18n::percent(graph.main_path_probability(), lang),
        }
    }

    fn verdict(&self, lang: Language) -> String {
        let j = self.j();
        let moments: Vec<&Finding> = self
            .journey
            .analysis
            .active()
            .filter(|f| f.level >= Level::Warning)
            .collect();
        let mattering = moments
            .iter()
            .filter(|f| {
                let t = &j.touchpoints[f.anchor.touchpoint()];
                t.milestone || t.importance == Importance::High
            })
            .count();
        i18n::verdict(moments.len(), mattering, lang)
    }
}

/// The text with a capital first letter: messages are written for terminals, lower case.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// Escapes `text` for HTML and shows spans in backticks as `<code>`.
fn inline_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut parts = text.split('`');
    let count = text.matches('`').count();
    let mut i = 0;
    if let Some(first) = parts.next() {
        out.push_str(&charts::esc(first));
    }
    for part in parts {
        i += 1;
        // an unpaired last backtick stays a backtick
        let open = i % 2 == 1;
        if open && i == count && count % 2 == 1 {
            out.push('`');
            out.push_str(&charts::esc(part));
        } else if open {
            out.push_str("<code>");
            out.push_str(&charts::esc(part));
        } else {
            out.push_str("</code>");
            out.push_str(&charts::esc(part));
        }
    }
    out
}

/// The title up to a colon, for narrow places.
fn short_title(title: &str) -> String {
    match title.split_once(':') {
        Some((head, _)) if !head.trim().is_empty() => head.trim().to_owned(),
        _ => title.to_owned(),
    }
}

fn attention_view(index: u8, lang: Language) -> AttentionView {
    let (band, band_label) = i18n::attention_band(index, lang);
    AttentionView {
        index,
        band,
        band_label,
        explanation: i18n::attention_explanation(index, lang),
        gauge_svg: charts::gauge(index, band, band_label),
    }
}

/// Builds the context of one journey page.
pub(crate) fn journey_page<'a>(
    prepared: &Prepared<'_>,
    css: &'a str,
    baseline: Option<&crate::diff::ProjectDiff>,
) -> JourneyPage<'a> {
    let lang = prepared.lang();
    let t = i18n::texts(lang);
    let j = prepared.j();
    let aj = prepared.journey;
    let analysis = &aj.analysis;
    let graph = &analysis.graph;
    let visits = graph.expected_visits();
    let moments = prepared.moments();
    let stage_titles: Vec<&str> = j.stages.iter().map(|s| s.title.as_str()).collect();

    // fix these first
    // one entry per moment: a touchpoint with two findings is one thing to fix
    let mut seen = std::collections::HashSet::new();
    let fix_first = score::ranking(j, analysis)
        .into_iter()
        .filter(|moment| seen.insert(moment.finding.anchor.touchpoint()))
        .take(3)
        .enumerate()
        .map(|(rank, moment)| {
            let finding = moment.finding;
            let touchpoint = finding.anchor.touchpoint();
            let tp = &j.touchpoints[touchpoint];
            let (why_html, good_html) = crate::rules::find_rule(finding.rule)
                .map(|rule| markdown::why_and_good(rule.docs(lang), lang))
                .unwrap_or_default();
            FixView {
                rank: rank + 1,
                finding: prepared.finding_view(prepared.index_of(finding), finding, lang),
                reach: i18n::reach(visits.get(touchpoint).copied().unwrap_or(0.0), lang),
                matters: tp.milestone || tp.importance == Importance::High,
                voice: voice(j, touchpoint),
                why_html,
                good_html,
            }
        })
        .collect();

    let mut good_practice: Vec<GoodView> = j
        .touchpoints
        .iter()
        .enumerate()
        .filter_map(|(i, tp)| {
            tp.good_practice.as_ref().map(|text| GoodView {
                number: prepared.number[i],
                touchpoint: tp.title.clone(),
                stage: prepared.stage_title(i),
                text: text.clone(),
            })
        })
        .collect();
    good_practice.sort_by_key(|g| g.number);

    // emotion curve
    let path = graph.main_path();
    let rows = path
        .iter()
        .map(|&i| {
            let tp = &j.touchpoints[i];
            let score = tp.emotion.as_ref().map(|e| e.score);
            EmotionRow {
                number: prepared.number[i],
                stage: prepared.stage_title(i),
                touchpoint: tp.title.clone(),
                feeling: match score {
                    Some(s) => {
                        format!("{} {}", i18n::emotion_score(s), i18n::emotion_word(s, lang))
                    }
                    None => i18n::no_emotion(lang).to_owned(),
                },
                feeling_class: charts::emotion_class(score),
                note: tp.emotion.as_ref().and_then(|e| e.note.clone()),
                milestone: tp.milestone,
                findings: prepared.findings_at[i],
                good_practice: tp.good_practice.is_some(),
                marks: marks(
                    tp.milestone,
                    prepared.findings_at[i],
                    tp.good_practice.is_some(),
                    lang,
                ),
            }
        })
        .collect();
    let missing = path
        .iter()
        .filter(|&&i| j.touchpoints[i].emotion.is_none())
        .count();
    let emotion = EmotionView {
        svg: emotion_curve::svg(&moments, path, &stage_titles, lang),
        lead: i18n::emotion_lead(path.len(), graph.main_path_probability(), lang),
        gaps: i18n::emotion_gaps(missing, lang),
        region_label: i18n::scroll_label(t.emotion_heading, lang),
        rows,
    };

    // blueprint
    let handoff_steps: Vec<&crate::graph::Step> =
        prepared.steps.iter().filter(|s| s.handoff).collect();
    let handoff_pairs: Vec<(usize, usize)> = handoff_steps.iter().map(|s| (s.from, s.to)).collect();
    let mut bp_rows: Vec<BlueprintRow> = j
        .stages
        .iter()
        .map(|s| BlueprintRow {
            stage: s.title.clone(),
            cells: vec![Vec::new(); Lane::ALL.len()],
        })
        .collect();
    let mut by_number: Vec<usize> = (0..j.touchpoints.len()).collect();
    by_number.sort_by_key(|&i| prepared.number[i]);
    for &i in &by_number {
        if let Some(row) = bp_rows.get_mut(prepared.stage_of[i]) {
            row.cells[prepared.lane_of[i].index()].push(prepared.with_actor(i));
        }
    }
    let blueprint = BlueprintView {
        svg: blueprint::svg(&moments, &stage_titles, &handoff_pairs, lang),
        region_label: i18n::scroll_label(t.blueprint_heading, lang),
        lanes: Lane::ALL.iter().map(|l| l.label(lang)).collect(),
        rows: bp_rows,
        handoffs: handoff_steps
            .iter()
            .map(|s| HandoffRow {
                from: prepared.with_actor(s.from),
                to: prepared.with_actor(s.to),
                per_tenant: i18n::decimal(graph.step_traversals(s), 2, lang),
            })
            .collect(),
    };

    // graph
    let outgoing: Vec<usize> = (0..j.touchpoints.len())
        .map(|i| graph.steps_from(i).count())
        .collect();
    let kind_of = |s: &crate::graph::Step| -> &'static str {
        if s.loop_back {
            "loop"
        } else if s.escalation {
            "escalation"
        } else if s.handoff {
            "handoff"
        } else {
            "next"
        }
    };
    let arrows: Vec<graph_svg::Arrow> = prepared
        .steps
        .iter()
        .map(|s| graph_svg::Arrow {
            from: s.from,
            to: s.to,
            kind: kind_of(s),
            label: if s.loop_back {
                Some(i18n::reach(graph.step_traversals(s), lang))
            } else {
                (outgoing[s.from] > 1).then(|| i18n::percent(s.probability, lang))
            },
        })
        .collect();
    let transitions = prepared
        .steps
        .iter()
        .map(|s| TransitionRow {
            from: prepared.numbered(s.from),
            to: prepared.numbered(s.to),
            share: i18n::percent(s.probability, lang),
            per_tenant: i18n::decimal(graph.step_traversals(s), 2, lang),
            kind: kind_of(s),
            kind_label: i18n::transition_kind(
                j.transitions[s.transition].kind,
                s.handoff,
                s.loop_back,
                lang,
            ),
            label: j.transitions[s.transition].label.clone(),
        })
        .collect();
    let graph_view = GraphView {
        svg: graph_svg::svg(&moments, &arrows, &prepared.layout, lang),
        region_label: i18n::scroll_label(t.graph_heading, lang),
        transitions,
    };

    // findings by stage, in journey order (the analysis already sorts them so)
    let mut findings: Vec<StageFindings> = Vec::new();
    let mut silenced = Vec::new();
    let mut findings_count = 0;
    for (index, finding) in analysis.findings.iter().enumerate() {
        let view = prepared.finding_view(index, finding, lang);
        if !finding.is_active() {
            silenced.push(view);
            continue;
        }
        findings_count += 1;
        match findings.last_mut() {
            Some(group) if group.stage == view.stage => group.findings.push(view),
            _ => findings.push(StageFindings {
                stage: view.stage.clone(),
                findings: vec![view],
            }),
        }
    }

    JourneyPage {
        base: Base::new(lang, css, "journey"),
        journey: prepared.head(),
        personas: j
            .personas
            .iter()
            .map(|p| PersonaView {
                name: p.name.clone(),
                age: p.age.map(|a| i18n::age(a, lang)),
                description: p.description.clone(),
                goal: p.goal.clone(),
            })
            .collect(),
        verdict: prepared.verdict(lang),
        attention: prepared.attention(lang),
        figures: prepared.figures(lang),
        fix_first,
        good_practice,
        emotion,
        blueprint,
        graph: graph_view,
        findings,
        findings_count,
        silenced,
        evidence: evidence(prepared),
        changes: baseline.map(|diff| {
            let own = diff.journeys.iter().find(|d| d.id == j.id);
            changes_view(own, aj.attention_index)
        }),
    }
}

fn marks(milestone: bool, findings: usize, good: bool, lang: Language) -> Vec<String> {
    let t = i18n::texts(lang);
    let mut marks = Vec::new();
    if milestone {
        marks.push(t.milestone.to_owned());
    }
    if findings > 0 {
        marks.push(i18n::findings_count(findings, lang));
    }
    if good {
        marks.push(t.good_practice.to_owned());
    }
    marks
}

/// The tenant's side of a moment: the first quote about it, else the emotion note.
fn voice(j: &Journey, touchpoint: usize) -> Option<VoiceView> {
    let id = &j.touchpoints[touchpoint].id;
    let quote = j.evidence.iter().find(|e| {
        e.kind == EvidenceKind::Quote
            && e.touchpoint.as_deref() == Some(id.as_str())
            && e.text.as_deref().is_some_and(|t| !t.trim().is_empty())
    });
    if let Some(quote) = quote {
        let attribution = match (&quote.source, &quote.date) {
            (Some(s), Some(d)) => Some(format!("{s}, {d}")),
            (Some(s), None) => Some(s.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => None,
        };
        return Some(VoiceView {
            text: quote.text.clone().unwrap_or_default(),
            attribution,
            kind: "quote",
        });
    }
    j.touchpoints[touchpoint]
        .emotion
        .as_ref()
        .and_then(|e| e.note.clone())
        .filter(|note| !note.trim().is_empty())
        .map(|text| VoiceView {
            text,
            attribution: None,
            kind: "note",
        })
}

fn evidence(prepared: &Prepared<'_>) -> EvidenceView {
    let j = prepared.j();
    let lang = prepared.lang();
    let index: HashMap<&str, usize> = j
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let mut rows: Vec<(usize, usize, EvidenceRow)> = j
        .evidence
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let at = e
                .touchpoint
                .as_deref()
                .and_then(|id| index.get(id).copied());
            let order = at.map_or(0, |i| prepared.number[i]);
            let row = EvidenceRow {
                kind: match e.kind {
                    EvidenceKind::Quote => "quote",
                    EvidenceKind::Survey => "survey",
                    EvidenceKind::Count => "count",
                    EvidenceKind::Observation => "observation",
                },
                kind_label: i18n::evidence_kind(e.kind, lang),
                touchpoint: match at {
                    Some(i) => prepared.numbered(i),
                    None => i18n::texts(lang).whole_journey.to_owned(),
                },
                text: e.text.clone(),
                grade: e.grade.map(|g| i18n::grade(g, lang)),
                percent_satisfied: e.percent_satisfied.map(|p| i18n::percentage(p, lang)),
                count: e.count.map(|c| i18n::integer(c, lang)),
                respondents: e.respondents.map(|r| i18n::integer(r, lang)),
                source: e.source.clone(),
                date: e.date.clone(),
            };
            (order, k, row)
        })
        .collect();
    rows.sort_by_key(|(order, k, _)| (*order, *k));
    let (quotes, figures): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .map(|(_, _, row)| row)
        .partition(|row| row.kind == "quote");
    EvidenceView { quotes, figures }
}

/// Builds the context of the index page.
pub(crate) fn index_page<'a>(
    project: &Project,
    prepared: &[Prepared<'_>],
    lang: Language,
    css: &'a str,
    baseline: Option<&crate::diff::ProjectDiff>,
) -> IndexPage<'a> {
    let mut organisations: Vec<String> = Vec::new();
    for p in prepared {
        if let Some(org) = &p.j().organisation {
            if !organisations.contains(org) {
                organisations.push(org.clone());
            }
        }
    }
    // worst first: where the organisation fails its tenants most; ties keep input order
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    order.sort_by_key(|&i| prepared[i].journey.attention_index);
    let journeys = order
        .iter()
        .map(|&i| &prepared[i])
        .map(|p| JourneyCard {
            journey: p.head(),
            lang: p.lang().code(),
            attention: p.attention(lang),
            verdict: p.verdict(lang),
            figures: p.figures(lang),
        })
        .collect();

    // the moments that matter most, across journeys: by priority, ties in journey order
    let mut ranked: Vec<(f64, usize, usize, &Finding)> = Vec::new();
    for (jn, p) in prepared.iter().enumerate() {
        for (k, moment) in score::ranking(p.j(), &p.journey.analysis)
            .into_iter()
            .enumerate()
        {
            ranked.push((moment.priority, jn, k, moment.finding));
        }
    }
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let top_moments = ranked
        .into_iter()
        .take(10)
        .enumerate()
        .map(|(rank, (_, jn, _, finding))| {
            let p = &prepared[jn];
            let view = p.finding_view(p.index_of(finding), finding, lang);
            let touchpoint = finding.anchor.touchpoint();
            let visits = p
                .journey
                .analysis
                .graph
                .expected_visits()
                .get(touchpoint)
                .copied()
                .unwrap_or(0.0);
            MomentView {
                rank: rank + 1,
                journey: p.j().title.clone(),
                journey_short: short_title(&p.j().title),
                lang: p.lang().code(),
                href: format!("{}#{}", p.href, view.id),
                finding: view,
                reach: i18n::reach(visits, lang),
            }
        })
        .collect();

    // rules × journeys
    let columns: Vec<JourneyHead> = order.iter().map(|&i| prepared[i].head()).collect();
    let mut totals = vec![0; prepared.len()];
    let rows: Vec<HeatRow> = RULES
        .iter()
        .map(|rule| {
            let cells: Vec<HeatCell> = order
                .iter()
                .map(|&i| &prepared[i])
                .enumerate()
                .map(|(jn, p)| {
                    let count = p
                        .journey
                        .analysis
                        .active()
                        .filter(|f| f.code == rule.code())
                        .count();
                    totals[jn] += count;
                    HeatCell {
                        count,
                        class: match count {
                            0 => "heat-0",
                            1 => "heat-1",
                            2 => "heat-2",
                            _ => "heat-3",
                        },
                    }
                })
                .collect();
            HeatRow {
                rule: rule.name(),
                code: rule.code(),
                href: format!("rules.html#{}", rule.name()),
                total: cells.iter().map(|c| c.count).sum(),
                cells,
            }
        })
        .collect();
    let total = totals.iter().sum();

    let mut summary = vec![
        i18n::journeys_count(prepared.len(), lang),
        i18n::count_of(project.count(Level::Error), Level::Error, lang),
        i18n::count_of(project.count(Level::Warning), Level::Warning, lang),
    ];
    let infos = project.count(Level::Info);
    if infos > 0 {
        summary.push(i18n::count_of(infos, Level::Info, lang));
    }
    IndexPage {
        base: Base::new(lang, css, "index"),
        organisations,
        summary: summary.join(" · "),
        journeys,
        top_moments,
        heatmap: Heatmap {
            columns,
            rows,
            totals,
            total,
        },
        changes: baseline.map(|diff| IndexChanges {
            rows: order
                .iter()
                .map(|&i| &prepared[i])
                .map(|p| IndexChangeRow {
                    journey: p.head(),
                    lang: p.lang().code(),
                    changes: changes_view(
                        diff.journeys.iter().find(|d| d.id == p.j().id),
                        p.journey.attention_index,
                    ),
                })
                .collect(),
            removed: diff
                .removed_journeys
                .iter()
                .map(|j| j.title.clone())
                .collect(),
        }),
    }
}

/// Builds the context of the rules appendix.
pub(crate) fn rules_page<'a>(settings: &Settings, lang: Language, css: &'a str) -> RulesPage<'a> {
    let rules = RULES
        .iter()
        .map(|rule| {
            let level = settings.level(*rule);
            RuleView {
                id: rule.name(),
                code: rule.code(),
                name: rule.name(),
                level: level.as_str(),
                level_label: i18n::level_label(level, lang),
                default_level_label: i18n::level_label(rule.default_level(), lang),
                category: rule.category().label(lang),
                summary: rule.summary(lang),
                docs_html: markdown::to_html(rule.docs(lang), 1),
            }
        })
        .collect();
    RulesPage {
        base: Base::new(lang, css, "rules"),
        rules,
    }
}

#[cfg(test)]
mod tests {
    use super::inline_code;

    #[test]
    fn backticks_become_code_and_the_rest_is_escaped() {
        // Backtick spans become <code>, everything else is escaped, an unpaired backtick stays.
        assert_eq!(
            inline_code("set `attention.acknowledged` to <true>"),
            "set <code>attention.acknowledged</code> to &lt;true&gt;"
        );
        assert_eq!(inline_code("one ` only"), "one ` only");
        assert_eq!(
            inline_code("`<a>` and `b`"),
            "<code>&lt;a&gt;</code> and <code>b</code>"
        );
    }
}
