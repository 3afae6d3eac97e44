//! The index's journey cards: lowest attention index first, each with its tenants a year,
//! avoidable cost, the index of its worst route and, with a baseline, the change since.

use crate::i18n::{Args, Locale, message, text};
use serde::Serialize;

use super::board_summary::{
    JourneyBoard, TrendLine, Unit, change_lines, index_delta, money, people, trend_heading,
};
use crate::report::i18n::percent;
use crate::report::view::{AttentionView, Figures, JourneyHead, Prepared};
use crate::score::impact::{UnitCosts, VolumeOrigin};
use crate::score::trend::Baseline;

/// A journey on the index page.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyCard {
    /// Title, link and sizes.
    pub journey: JourneyHead,
    /// The language of the card's words (for the verdict's and figures' `lang`).
    pub lang: &'static str,
    /// The language of the journey's own text (its title, organisation): the file's.
    pub text_lang: &'static str,
    /// The attention index.
    pub attention: AttentionView,
    /// The verdict, in the journey's language.
    pub verdict: String,
    /// Figures and counts.
    pub figures: Figures,
    /// Tenants a year and cost: the board's figures.
    pub board: CardBoard,
}

/// A card's board figures, in the index's language.
#[derive(Debug, Clone, Serialize)]
pub struct CardBoard {
    /// The language these sentences are in.
    pub lang: &'static str,
    /// "18,400 tenants a year · Reparatiesysteem De Linde, 2024", or that it is unknown.
    pub volume: String,
    /// True when the volume is known.
    pub volume_known: bool,
    /// The log and the file disagree about the volume.
    pub volume_note: Option<String>,
    /// Tenants (or the share) who meet at least one moment without attention.
    pub affected: String,
    /// Avoidable contacts and their cost, when the map shows any.
    pub cost: Option<String>,
    /// The worst route's index and who takes it.
    pub worst_route: Option<WorstRouteView>,
    /// The change since the baseline.
    pub trend: Option<CardTrend>,
}

/// The worst route on a card.
#[derive(Debug, Clone, Serialize)]
pub struct WorstRouteView {
    /// Its index.
    pub index: u8,
    /// `good`, `fair` or `poor`, as for the journey's index.
    pub band: &'static str,
    /// "Worst route: 12 out of 100, taken by 4% of tenants."
    pub sentence: String,
    /// The moments on it, "A → B → C" (journey text, in the journey's language).
    pub path: String,
}

/// The change since the baseline on a card.
#[derive(Debug, Clone, Serialize)]
pub struct CardTrend {
    /// "Since 30-09-2026".
    pub heading: String,
    /// Index, tenants and cost, each with an arrow and a word.
    pub lines: Vec<TrendLine>,
}

/// One card per journey, in `order`.
pub(crate) fn build(
    prepared: &[Prepared<'_>],
    boards: &[JourneyBoard],
    order: &[usize],
    costs: &UnitCosts,
    trend: Option<&Baseline>,
    lang: Locale,
) -> Vec<JourneyCard> {
    order
        .iter()
        .map(|&i| (&prepared[i], &boards[i]))
        .map(|(p, b)| JourneyCard {
            journey: p.head(),
            lang: p.lang().code(),
            text_lang: p.j().language.code(),
            attention: p.attention(lang),
            verdict: p.verdict(lang),
            figures: p.figures(lang),
            board: card_board(p, b, costs, trend, lang),
        })
        .collect()
}

fn card_board(
    p: &Prepared<'_>,
    b: &JourneyBoard,
    costs: &UnitCosts,
    trend: Option<&Baseline>,
    lang: Locale,
) -> CardBoard {
    let impact = &b.impact;
    let (volume, volume_note) = match &impact.volume {
        Some(v) => {
            let figure = message(
                lang,
                "board-card-volume",
                &Args::new().text("tenants", people(v.per_year, lang)),
            );
            let source = match v.origin {
                VolumeOrigin::Measured => message(
                    lang,
                    "board-card-volume-measured",
                    &Args::new().text("period", v.period.clone().unwrap_or_default()),
                ),
                VolumeOrigin::Stated => {
                    let mut parts: Vec<String> = v.source.iter().cloned().collect();
                    if parts.is_empty() {
                        parts.push(text(lang, "board-card-volume-no-source"));
                    }
                    parts.extend(v.period.iter().cloned());
                    parts.join(", ")
                }
            };
            let disagrees = (v.disagrees).then(|| {
                message(
                    lang,
                    "board-card-volume-disagrees",
                    &Args::new()
                        .text("stated", people(v.stated.unwrap_or(0) as f64, lang))
                        .text("measured", people(v.per_year, lang)),
                )
            });
            let extract = v.log_weeks.map(|weeks| {
                message(
                    lang,
                    "board-card-volume-extract",
                    &Args::new().count("weeks", weeks),
                )
            });
            let note = disagrees.or(extract);
            (format!("{figure} \u{b7} {source}"), note)
        }
        None => (text(lang, "board-card-volume-unknown"), None),
    };
    let share = percent(impact.affected_share, lang);
    let affected = match impact.affected_per_year {
        Some(tenants) => message(
            lang,
            "board-card-affected",
            &Args::new()
                .text("tenants", people(tenants, lang))
                .text("share", share),
        ),
        None => message(
            lang,
            "board-card-affected-share",
            &Args::new().text("share", share),
        ),
    };
    let per_tenant: f64 = impact
        .findings
        .iter()
        .flatten()
        .map(|f| f.avoidable_per_tenant)
        .sum();
    let cost = match (impact.avoidable_per_year, impact.cost_per_year) {
        _ if per_tenant <= 0.0 => None,
        (Some(contacts), Some(cost)) => Some(message(
            lang,
            "board-card-cost",
            &Args::new()
                .text("contacts", people(contacts, lang))
                .text("amount", money(cost, costs, lang)),
        )),
        (Some(contacts), None) => Some(message(
            lang,
            "board-card-cost-no-units",
            &Args::new().text("contacts", people(contacts, lang)),
        )),
        (None, _) => Some(message(
            lang,
            "board-card-cost-per-tenant",
            &Args::new().text(
                "contacts",
                crate::report::i18n::decimal(per_tenant, 1, lang),
            ),
        )),
    };
    let worst_route = b.worst.as_ref().map(|w| WorstRouteView {
        index: w.index,
        band: crate::report::i18n::attention_band(w.index, lang).0,
        sentence: message(
            lang,
            "board-card-worst-route",
            &Args::new()
                .count("index", w.index)
                .text("share", percent(w.share, lang)),
        ),
        path: route_text(p, &w.path),
    });
    let trend = trend.map(|baseline| card_trend(p, b, baseline, costs, lang));
    CardBoard {
        lang: lang.code(),
        volume,
        volume_known: impact.volume.is_some(),
        volume_note,
        affected,
        cost,
        worst_route,
        trend,
    }
}

/// "A → B → … → Z": the route's moments, the middle elided past six.
fn route_text(p: &Prepared<'_>, path: &[usize]) -> String {
    let title = |&i: &usize| p.j().touchpoints[i].title.clone();
    if path.len() <= 6 {
        return path
            .iter()
            .map(title)
            .collect::<Vec<_>>()
            .join(" \u{2192} ");
    }
    let head: Vec<String> = path[..3].iter().map(title).collect();
    let tail: Vec<String> = path[path.len() - 2..].iter().map(title).collect();
    format!(
        "{} \u{2192} \u{2026} \u{2192} {}",
        head.join(" \u{2192} "),
        tail.join(" \u{2192} ")
    )
}

fn card_trend(
    p: &Prepared<'_>,
    b: &JourneyBoard,
    baseline: &Baseline,
    costs: &UnitCosts,
    lang: Locale,
) -> CardTrend {
    let heading = trend_heading(baseline, "board-card-trend-heading", lang);
    let Some(old) = baseline.journey(&p.j().id) else {
        return CardTrend {
            heading,
            lines: vec![TrendLine {
                text: text(lang, "board-card-trend-new"),
                direction: "same",
            }],
        };
    };
    let now = super::board_summary::score_now(p, b);
    let (delta, direction) = index_delta(old.index, now.index, lang);
    let mut lines = vec![TrendLine {
        text: message(
            lang,
            "board-card-trend-index",
            &Args::new()
                .count("before", old.index)
                .count("after", now.index)
                .text("delta", delta),
        ),
        direction,
    }];
    lines.extend(change_lines(
        &[
            (
                old.affected_per_year.zip(now.affected_per_year),
                "board-card-trend-tenants",
                Unit::People,
            ),
            (
                old.cost_per_year.zip(now.cost_per_year),
                "board-card-trend-cost",
                Unit::Money,
            ),
        ],
        costs,
        lang,
    ));
    CardTrend { heading, lines }
}
