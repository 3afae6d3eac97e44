//! Everything about one journey that several views share: numbering, layout, counts.

use crate::i18n::Locale;
use std::collections::HashMap;

use super::head::{self, AttentionView, Figures, JourneyHead};
use crate::model::Journey;
use crate::project::AnalysedJourney;
use crate::report::charts::graph_layout::{self, Edge, Layout};
use crate::report::charts::{Lane, Moment};
use crate::report::i18n;
use crate::rules::{Finding, Level};

/// One journey, prepared once for its page and its place on the index.
pub(crate) struct Prepared<'j> {
    pub(crate) journey: &'j AnalysedJourney,
    /// Reading-order number of each touchpoint.
    pub(crate) number: Vec<usize>,
    /// The graph layout.
    pub(crate) layout: Layout,
    /// The edges laid out, one per step, in step order.
    pub(crate) steps: Vec<crate::graph::Step>,
    /// Active warning/error findings per touchpoint.
    pub(crate) findings_at: Vec<usize>,
    /// Finding anchor ids, by index into `analysis.findings`.
    pub(crate) finding_ids: Vec<String>,
    /// Stage index of each touchpoint.
    pub(crate) stage_of: Vec<usize>,
    /// Lane of each touchpoint.
    pub(crate) lane_of: Vec<Lane>,
    /// Actor name of each touchpoint.
    pub(crate) actor_of: Vec<String>,
    /// The page's file name.
    pub(crate) href: String,
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
        let stage_of: Vec<usize> = j
            .touchpoints
            .iter()
            .map(|t| graph.ids().stage(&t.stage).unwrap_or(usize::MAX))
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
                match t.known_actor() {
                    // left out, `unknown` or `onbekend`: one word, in the report's language
                    None => crate::i18n::text(journey.locale, "actor-unknown"),
                    Some(id) => actors
                        .get(id)
                        .map_or_else(|| id.to_owned(), |a| a.name.clone()),
                }
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

    pub(crate) fn j(&self) -> &'j Journey {
        &self.journey.loaded.journey
    }

    pub(crate) fn lang(&self) -> Locale {
        self.journey.locale
    }

    /// The language code of the journey's own text when the page is in another language
    /// (its `lang` attribute), else `None`.
    pub(crate) fn text_lang(&self) -> Option<&'static str> {
        let own = self.j().language.code();
        (self.lang().code() != own).then_some(own)
    }

    pub(crate) fn stage_title(&self, touchpoint: usize) -> String {
        self.j()
            .stages
            .get(self.stage_of[touchpoint])
            .map(|s| s.title.clone())
            .unwrap_or_default()
    }

    pub(crate) fn numbered(&self, touchpoint: usize) -> String {
        format!(
            "{}. {}",
            self.number[touchpoint],
            self.j().touchpoints[touchpoint].title
        )
    }

    pub(crate) fn moments(&self) -> Vec<Moment<'_>> {
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
                milestone: t.is_milestone(),
                absent: t.absent,
                findings: self.findings_at[i],
                good_practice: t.good_practice.is_some(),
                visits: visits.get(i).copied().unwrap_or(0.0),
            })
            .collect()
    }

    pub(crate) fn index_of(&self, finding: &Finding) -> usize {
        self.journey
            .analysis
            .findings
            .iter()
            .position(|f| std::ptr::eq(f, finding))
            .unwrap_or(0)
    }

    pub(crate) fn head(&self) -> JourneyHead {
        let j = self.j();
        JourneyHead {
            id: j.id.clone(),
            href: self.href.clone(),
            title: j.title.clone(),
            short_title: head::short_title(&j.title),
            organisation: j.organisation.clone(),
            description: j.description.clone(),
            touchpoints: j.touchpoints.len(),
            stages: j.stages.len(),
        }
    }

    pub(crate) fn attention(&self, lang: Locale) -> AttentionView {
        head::attention_view(self.journey.attention_index, lang)
    }

    pub(crate) fn figures(&self, lang: Locale) -> Figures {
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

    pub(crate) fn verdict(&self, lang: Locale) -> String {
        let j = self.j();
        // moments, not findings: a touchpoint with two findings is one moment without attention
        let moments: std::collections::BTreeSet<usize> = self
            .journey
            .analysis
            .active()
            .filter(|f| f.level >= Level::Warning)
            .map(|f| f.anchor.touchpoint())
            .collect();
        let mattering = moments
            .iter()
            .filter(|&&t| crate::model::matters(&j.touchpoints[t]))
            .count();
        i18n::verdict(moments.len(), mattering, lang)
    }
}
