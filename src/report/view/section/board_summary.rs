//! The board summary at the top of the index (`partials/board_summary.html`, id
//! `board-summary`): the three patterns to fix across the organisation, ranked by tenants per
//! year and severity, each with its journeys, tenants, avoidable cost and a first step; the
//! journey where tenants fare worst; and the change since the baseline. One A4 page.
//!
//! Also the board's figures every index section shares ([`JourneyBoard`]) and how they are
//! written: tenants rounded as a board reads them, money in the association's currency, a
//! change as an arrow with a word (never colour alone).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{Args, Locale, message, text};
use crate::report::i18n::{integer, percent};
use crate::report::view::Prepared;
use crate::rules::{Finding, Level};
use crate::score::impact::{JourneyImpact, UnitCosts, impact};
use crate::score::trend::{Baseline, JourneyScore};
use crate::score::worst_route::{WorstRoute, worst_route};
use crate::score::{self, severity_weight};

/// A journey's board figures, computed once for the index.
pub(crate) struct JourneyBoard {
    /// Tenants, contacts and cost per finding and in total.
    pub(crate) impact: JourneyImpact,
    /// The worst route.
    pub(crate) worst: Option<WorstRoute>,
}

/// The board figures of every journey, in `prepared` order.
pub(crate) fn figures(prepared: &[Prepared<'_>], costs: &UnitCosts) -> Vec<JourneyBoard> {
    use rayon::prelude::*;
    prepared
        .par_iter()
        .map(|p| JourneyBoard {
            impact: impact(
                p.j(),
                &p.journey.analysis,
                p.journey.evidence.as_ref(),
                costs,
            ),
            // shown only when a route scores below the journey as a whole: that is the
            // dilution it exists to show; an equal or higher "worst" route only confuses
            worst: worst_route(p.j(), &p.journey.analysis)
                .filter(|w| w.index < p.journey.attention_index),
        })
        .collect()
}

/// The summary.
#[derive(Debug, Clone, Serialize)]
pub struct BoardSummary {
    /// The section's heading and lead, and the labels of its parts.
    pub words: BoardWords,
    /// Up to three patterns, most pressing first.
    pub fixes: Vec<Fix>,
    /// The pattern with the most avoidable cost, in a sentence, when it is not among the
    /// three: a board that reads "€680 a year" under each fix must still see where the
    /// €700,000 goes.
    pub costliest: Option<Costliest>,
    /// The journey where tenants fare worst.
    pub worst: Option<WorstJourney>,
    /// The change since the baseline, when the report has one.
    pub trend: Option<Trend>,
    /// Said instead of a trend when there is no baseline.
    pub no_trend: String,
    /// How the figures are made (units), and what is not counted.
    pub notes: Vec<String>,
}

/// The pattern with the most avoidable cost, beside the three fixes.
#[derive(Debug, Clone, Serialize)]
pub struct Costliest {
    /// "The most avoidable cost".
    pub label: String,
    /// The pattern, in a sentence.
    pub pattern: String,
    /// "€901,000 a year (26,200 avoidable contacts), in 6 journeys".
    pub figures: String,
}

/// The summary's fixed words.
#[derive(Debug, Clone, Serialize)]
pub struct BoardWords {
    /// The section heading.
    pub heading: String,
    /// The lead.
    pub lead: String,
    /// Heading of the fixes.
    pub fixes_heading: String,
    /// Heading of the worst journey.
    pub worst_heading: String,
    /// Label of the tenants figure.
    pub tenants: String,
    /// Label of the cost figure.
    pub cost: String,
    /// Label of the first step.
    pub first_step: String,
}

/// One pattern to fix across the organisation.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    /// 1–3.
    pub rank: usize,
    /// The pattern in a sentence.
    pub pattern: String,
    /// "In 4 journeys:".
    pub journeys_label: String,
    /// The journeys it comes back in.
    pub journeys: Vec<JourneyLink>,
    /// "about 12,300 tenants a year".
    pub tenants: String,
    /// "€410,000 a year (4,100 avoidable contacts)".
    pub cost: String,
    /// The fix for its most pressing moment, and where, as HTML: the moment's and journey's
    /// titles marked with their own language when it is not the index's.
    pub first_step: String,
    /// The language of the first step (the index's).
    pub first_step_lang: &'static str,
}

/// A link to a journey page.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyLink {
    /// The title before a colon.
    pub title: String,
    /// The page.
    pub href: String,
    /// The language of the title.
    pub lang: &'static str,
}

/// The journey where tenants fare worst.
#[derive(Debug, Clone, Serialize)]
pub struct WorstJourney {
    /// Its page.
    pub href: String,
    /// Its lowest index, in a sentence, as HTML (the journey's title in its own language).
    pub sentence: String,
    /// Its worst route, in a sentence.
    pub route: Option<String>,
    /// Its tenants a year, in a sentence.
    pub tenants: Option<String>,
    /// The language of the journey's title.
    pub lang: &'static str,
}

/// The change since the baseline.
#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    /// "Since the baseline of 30-09-2026".
    pub heading: String,
    /// One line per figure.
    pub lines: Vec<TrendLine>,
}

/// One changed figure.
#[derive(Debug, Clone, Serialize)]
pub struct TrendLine {
    /// The sentence, with the arrow and a word.
    pub text: String,
    /// `better`, `worse` or `same`: a CSS class suffix (the text says it too).
    pub direction: &'static str,
}

/// What a figure counts, for the word that says which way it changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Tenants or contacts: more or fewer.
    People,
    /// Money: higher or lower.
    Money,
}

/// Builds the summary.
pub(crate) fn build(
    prepared: &[Prepared<'_>],
    boards: &[JourneyBoard],
    order: &[usize],
    costs: &UnitCosts,
    trend: Option<&Baseline>,
    lang: Locale,
) -> BoardSummary {
    let say = |id: &str| text(lang, id);
    let words = BoardWords {
        heading: say("board-heading"),
        lead: say("board-lead"),
        fixes_heading: say("board-fixes-heading"),
        worst_heading: say("board-worst-heading"),
        tenants: say("board-fix-tenants-label"),
        cost: say("board-fix-cost-label"),
        first_step: say("board-fix-first-step"),
    };
    let mut notes = vec![units_note(costs, lang)];
    let without = boards.iter().filter(|b| b.impact.volume.is_none()).count();
    if without > 0 {
        notes.push(message(
            lang,
            "board-no-volume",
            &Args::new().count("count", without),
        ));
    }
    let (fixes, costliest) = fixes(prepared, boards, costs, lang);
    BoardSummary {
        words,
        fixes,
        costliest,
        worst: order
            .first()
            .map(|&i| worst_journey(&prepared[i], &boards[i], lang)),
        trend: trend.map(|b| org_trend(prepared, boards, b, costs, lang)),
        no_trend: say("board-trend-none"),
        notes,
    }
}

/// One rule's weight across the organisation.
#[derive(Default)]
struct Pattern<'a> {
    /// Journeys (by index) it comes back in.
    journeys: Vec<usize>,
    /// Tenants a year, over the journeys with a volume.
    tenants: f64,
    /// Journeys it is in without a volume.
    missing: usize,
    /// The share of tenants who meet it, summed over journeys (for shares-only reports).
    shares: f64,
    /// Avoidable contacts and cost a year.
    contacts: f64,
    cost: f64,
    /// The worst level it has anywhere.
    level: Option<Level>,
    /// Its most pressing finding: (priority, journey, finding).
    top: Option<(f64, usize, &'a Finding)>,
}

/// The three rules that touch the most tenants a year, weighed by severity (error 3, warning
/// 2). When no journey has a volume, shares stand in for tenants, so the ranking still works.
/// Beside them, the rule with the most avoidable cost when it is not one of the three.
fn fixes(
    prepared: &[Prepared<'_>],
    boards: &[JourneyBoard],
    costs: &UnitCosts,
    lang: Locale,
) -> (Vec<Fix>, Option<Costliest>) {
    let mut patterns: BTreeMap<&'static str, Pattern<'_>> = BTreeMap::new();
    for (jn, (p, board)) in prepared.iter().zip(boards).enumerate() {
        let analysis = &p.journey.analysis;
        let mut rules_here: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
        for (k, f) in analysis.findings.iter().enumerate() {
            let Some(figure) = board.impact.findings.get(k).copied().flatten() else {
                continue;
            };
            let pattern = patterns.entry(f.rule).or_default();
            rules_here
                .entry(f.rule)
                .or_default()
                .push(f.anchor.touchpoint());
            pattern.contacts += figure.avoidable_per_year.unwrap_or(0.0);
            pattern.cost += figure.cost_per_year.unwrap_or(0.0);
            pattern.level = pattern.level.max(Some(f.level));
            let priority = score::priority(p.j(), analysis, f)
                * board.impact.volume.as_ref().map_or(1.0, |v| v.per_year);
            if pattern.top.is_none_or(|(best, _, _)| priority > best) {
                pattern.top = Some((priority, jn, f));
            }
        }
        for (rule, moments) in rules_here {
            let share = JourneyImpact::share_reaching(&analysis.graph, |i| moments.contains(&i));
            let pattern = patterns.entry(rule).or_default();
            pattern.journeys.push(jn);
            pattern.shares += share;
            match &board.impact.volume {
                Some(v) => pattern.tenants += v.per_year * share,
                None => pattern.missing += 1,
            }
        }
    }
    let any_volume = boards.iter().any(|b| b.impact.volume.is_some());
    let weight = |p: &Pattern<'_>| {
        let reach = if any_volume { p.tenants } else { p.shares };
        reach * p.level.map_or(0.0, severity_weight)
    };
    let mut ranked: Vec<(&'static str, Pattern<'_>)> = patterns.into_iter().collect();
    // heaviest first; ties by name, so the order never depends on the map's iteration
    ranked.sort_by(|a, b| weight(&b.1).total_cmp(&weight(&a.1)).then(a.0.cmp(b.0)));
    let costliest = ranked
        .iter()
        .enumerate()
        .filter(|(_, (_, p))| p.contacts >= 0.5)
        .max_by(|a, b| {
            (a.1.1.cost, a.1.1.contacts)
                .partial_cmp(&(b.1.1.cost, b.1.1.contacts))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .filter(|(position, _)| *position >= 3)
        .map(|(_, (rule, p))| Costliest {
            label: text(lang, "board-costliest-label"),
            pattern: text(lang, &format!("{rule}-summary")),
            figures: message(
                lang,
                "board-costliest",
                &Args::new()
                    .key("priced", if costs.any() { "yes" } else { "no" })
                    .text("cost", money(p.cost, costs, lang))
                    .text("contacts", people(p.contacts, lang))
                    .count("journeys", p.journeys.len()),
            ),
        });
    let fixes = ranked
        .into_iter()
        .filter(|(_, p)| weight(p) > 0.0)
        .take(3)
        .enumerate()
        .map(|(rank, (rule, pattern))| {
            let tenants = if pattern.journeys.len() == pattern.missing {
                let average = pattern.shares / pattern.journeys.len().max(1) as f64;
                message(
                    lang,
                    "board-fix-tenants-share",
                    &Args::new().text("share", percent(average, lang)),
                )
            } else if pattern.missing > 0 {
                message(
                    lang,
                    "board-fix-tenants-partial",
                    &Args::new()
                        .text("tenants", people(pattern.tenants, lang))
                        .count("missing", pattern.missing),
                )
            } else {
                message(
                    lang,
                    "board-fix-tenants",
                    &Args::new().text("tenants", people(pattern.tenants, lang)),
                )
            };
            let contacts = people(pattern.contacts, lang);
            let cost = if pattern.contacts < 0.5 {
                text(lang, "board-fix-cost-none")
            } else if costs.any() {
                message(
                    lang,
                    "board-fix-cost",
                    &Args::new()
                        .text("amount", money(pattern.cost, costs, lang))
                        .text("contacts", contacts),
                )
            } else {
                message(
                    lang,
                    "board-fix-cost-no-units",
                    &Args::new().text("contacts", contacts),
                )
            };
            let (first_step, first_step_lang) = match pattern.top {
                Some((_, jn, finding)) => {
                    // the fix for the pattern's most pressing moment, in the index's words
                    let p = &prepared[jn];
                    let fix = message(lang, &format!("{}-board-fix", finding.id), &finding.args);
                    let own = p.j().language.code();
                    let step = crate::report::view::finding::message_html_quoting(
                        lang,
                        "board-fix-first-step-where",
                        &Args::new()
                            .text(
                                "moment",
                                p.j().touchpoints[finding.anchor.touchpoint()].title.clone(),
                            )
                            .text(
                                "journey",
                                crate::report::view::head::short_title(&p.j().title),
                            )
                            .text("fix", fix),
                        (own != lang.code()).then_some(own),
                        |name| name != "fix",
                    );
                    (step, lang.code())
                }
                None => (String::new(), lang.code()),
            };
            Fix {
                rank: rank + 1,
                pattern: text(lang, &format!("{rule}-summary")),
                journeys_label: message(
                    lang,
                    "board-fix-journeys",
                    &Args::new().count("count", pattern.journeys.len()),
                ),
                journeys: pattern
                    .journeys
                    .iter()
                    .map(|&jn| link(&prepared[jn]))
                    .collect(),
                tenants,
                cost,
                first_step,
                first_step_lang,
            }
        })
        .collect();
    (fixes, costliest)
}

fn link(p: &Prepared<'_>) -> JourneyLink {
    JourneyLink {
        title: crate::report::view::head::short_title(&p.j().title),
        href: p.href.clone(),
        lang: p.j().language.code(),
    }
}

fn worst_journey(p: &Prepared<'_>, board: &JourneyBoard, lang: Locale) -> WorstJourney {
    WorstJourney {
        href: p.href.clone(),
        sentence: crate::report::view::finding::message_html_quoting(
            lang,
            "board-worst",
            &Args::new()
                .text("journey", p.j().title.clone())
                .count("index", p.journey.attention_index),
            (p.j().language.code() != lang.code()).then_some(p.j().language.code()),
            |_| true,
        ),
        route: board.worst.as_ref().map(|w| {
            message(
                lang,
                "board-worst-route",
                &Args::new()
                    .count("index", w.index)
                    .text("share", percent(w.share, lang)),
            )
        }),
        tenants: board.impact.volume.as_ref().map(|v| {
            message(
                lang,
                "board-worst-tenants",
                &Args::new().text("tenants", people(v.per_year, lang)),
            )
        }),
        lang: p.j().language.code(),
    }
}

/// The organisation's change since the baseline: journeys better and worse, the biggest
/// index changes, and tenants and cost over the journeys that are in both.
fn org_trend(
    prepared: &[Prepared<'_>],
    boards: &[JourneyBoard],
    baseline: &Baseline,
    costs: &UnitCosts,
    lang: Locale,
) -> Trend {
    let mut lines = Vec::new();
    let (mut better, mut worse, mut same) = (0usize, 0usize, 0usize);
    let mut changed: Vec<(i16, String, u8, u8)> = Vec::new();
    let (mut tenants_before, mut tenants_after) = (None::<f64>, None::<f64>);
    let (mut cost_before, mut cost_after) = (None::<f64>, None::<f64>);
    let add = |sum: &mut Option<f64>, v: f64| *sum = Some(sum.unwrap_or(0.0) + v);
    for (p, board) in prepared.iter().zip(boards) {
        let Some(old) = baseline.journey(&p.j().id) else {
            continue;
        };
        let now = p.journey.attention_index;
        let delta = i16::from(now) - i16::from(old.index);
        match delta.signum() {
            1 => better += 1,
            -1 => worse += 1,
            _ => same += 1,
        }
        if delta != 0 {
            changed.push((
                delta,
                crate::report::view::head::short_title(&p.j().title),
                old.index,
                now,
            ));
        }
        if let (Some(b), Some(a)) = (old.affected_per_year, board.impact.affected_per_year) {
            add(&mut tenants_before, b);
            add(&mut tenants_after, a);
        }
        if let (Some(b), Some(a)) = (old.cost_per_year, board.impact.cost_per_year) {
            add(&mut cost_before, b);
            add(&mut cost_after, a);
        }
    }
    lines.push(TrendLine {
        text: message(
            lang,
            "board-trend-journeys",
            &Args::new()
                .count("better", better)
                .count("worse", worse)
                .count("same", same),
        ),
        direction: match (better, worse) {
            (b, 0) if b > 0 => "better",
            (0, w) if w > 0 => "worse",
            _ => "same",
        },
    });
    changed.sort_by_key(|c| std::cmp::Reverse(c.0.unsigned_abs()));
    for (_, title, before, after) in changed.into_iter().take(3) {
        let (delta, direction) = index_delta(before, after, lang);
        lines.push(TrendLine {
            text: message(
                lang,
                "board-trend-journey",
                &Args::new()
                    .text("journey", title)
                    .count("before", before)
                    .count("after", after)
                    .text("delta", delta),
            ),
            direction,
        });
    }
    lines.extend(change_lines(
        &[
            (
                tenants_before.zip(tenants_after),
                "board-trend-tenants",
                Unit::People,
            ),
            (cost_before.zip(cost_after), "board-trend-cost", Unit::Money),
        ],
        costs,
        lang,
    ));
    Trend {
        heading: trend_heading(baseline, "board-trend-heading", lang),
        lines,
    }
}

/// A figure then and now (when both are known), its message id and its unit.
pub(crate) type Change<'a> = (Option<(f64, f64)>, &'a str, Unit);

/// One line per figure known then and now: message `id` with `before`, `after` and the change
/// (`delta`), written as tenants or money by its unit.
pub(crate) fn change_lines(
    figures: &[Change<'_>],
    costs: &UnitCosts,
    lang: Locale,
) -> Vec<TrendLine> {
    figures
        .iter()
        .filter_map(|&(figure, id, unit)| {
            let (before, after) = figure?;
            let format = |v: f64| match unit {
                Unit::People => people(v, lang),
                Unit::Money => money(v, costs, lang),
            };
            let (delta, direction) = amount_delta(before, after, unit, lang, &format);
            Some(TrendLine {
                text: message(
                    lang,
                    id,
                    &Args::new()
                        .text("before", format(before))
                        .text("after", format(after))
                        .text("delta", delta),
                ),
                direction,
            })
        })
        .collect()
}

/// "Since the baseline of 30-09-2026", or without a date.
pub(crate) fn trend_heading(baseline: &Baseline, id: &str, lang: Locale) -> String {
    match &baseline.date {
        Some(date) => message(lang, id, &Args::new().text("date", date_text(date, lang))),
        None => text(lang, &format!("{id}-undated")),
    }
}

/// `YYYY-MM-DD` as a board reads a date: "30 September 2026", "30 september 2026".
fn date_text(date: &str, lang: Locale) -> String {
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [year, month, day] if (1..=12).contains(month) => message(
            lang,
            "board-date",
            &Args::new()
                .count("day", *day)
                .count("month", *month)
                .text("year", year.to_string()),
        ),
        _ => date.to_owned(),
    }
}

/// An index change: "▲ 17 points better", "▼ 3 points worse", "= unchanged".
pub(crate) fn index_delta(before: u8, after: u8, lang: Locale) -> (String, &'static str) {
    let delta = i16::from(after) - i16::from(before);
    if delta == 0 {
        return (text(lang, "board-delta-same"), "same");
    }
    let points = message(
        lang,
        "board-points",
        &Args::new().count("points", delta.unsigned_abs()),
    );
    let (arrow, word, direction) = if delta > 0 {
        ("\u{25b2}", "board-word-better", "better")
    } else {
        ("\u{25bc}", "board-word-worse", "worse")
    };
    let text = message(
        lang,
        "board-delta",
        &Args::new()
            .text("arrow", arrow)
            .text("amount", points)
            .text("word", text(lang, word)),
    );
    (text, direction)
}

/// A change of tenants or money, where fewer is better: "▼ 2,700 fewer", "▲ €12,000 higher".
pub(crate) fn amount_delta(
    before: f64,
    after: f64,
    unit: Unit,
    lang: Locale,
    format: &dyn Fn(f64) -> String,
) -> (String, &'static str) {
    let delta = after - before;
    if format(delta.abs()) == format(0.0) {
        return (text(lang, "board-delta-same"), "same");
    }
    let up = delta > 0.0;
    let word = match (unit, up) {
        (Unit::People, true) => "board-word-more",
        (Unit::People, false) => "board-word-fewer",
        (Unit::Money, true) => "board-word-higher",
        (Unit::Money, false) => "board-word-lower",
    };
    let text = message(
        lang,
        "board-delta",
        &Args::new()
            .text("arrow", if up { "\u{25b2}" } else { "\u{25bc}" })
            .text("amount", format(delta.abs()))
            .text("word", text(lang, word)),
    );
    (text, if up { "worse" } else { "better" })
}

/// How the figures are made, with the costs' source and currency.
fn units_note(costs: &UnitCosts, lang: Locale) -> String {
    match (&costs.currency, costs.any()) {
        (Some(currency), true) => message(
            lang,
            "board-units",
            &Args::new()
                .text(
                    "source",
                    costs.source.clone().unwrap_or_else(|| "none".into()),
                )
                .text("currency", currency.clone()),
        ),
        _ => text(lang, "board-units-no-costs"),
    }
}

/// A number of tenants or contacts as a board reads it: whole below 100, to ten below 10,000,
/// to a hundred above (the shares behind them are estimates; more digits would be false
/// precision).
pub(crate) fn people(value: f64, lang: Locale) -> String {
    let value = value.max(0.0);
    let step = if value < 100.0 {
        1.0
    } else if value < 10_000.0 {
        10.0
    } else {
        100.0
    };
    integer(((value / step).round() * step) as u64, lang)
}

/// An amount of money: rounded like [`people`], with the currency's sign ("€", "£", "$") or
/// its code.
pub(crate) fn money(value: f64, costs: &UnitCosts, lang: Locale) -> String {
    let code = costs.currency.as_deref().unwrap_or("");
    let symbol = match code {
        "EUR" => "\u{20ac}".to_owned(),
        "GBP" => "\u{a3}".to_owned(),
        "USD" => "$".to_owned(),
        other => format!("{other}\u{a0}"),
    };
    message(
        lang,
        "board-money",
        &Args::new()
            .text("symbol", symbol)
            .text("amount", people(value, lang)),
    )
}

/// A journey's figures now, as the baseline keeps them, for the trend on its card.
pub(crate) fn score_now(p: &Prepared<'_>, board: &JourneyBoard) -> JourneyScore {
    JourneyScore {
        id: p.j().id.clone(),
        index: p.journey.attention_index,
        worst_route: board.worst.as_ref().map(|w| w.index),
        affected_per_year: board.impact.affected_per_year,
        affected_share: board.impact.affected_share,
        cost_per_year: board.impact.cost_per_year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_rounded_as_a_board_reads_them() {
        assert_eq!(people(42.4, Locale::En), "42");
        assert_eq!(people(5_523.0, Locale::En), "5,520");
        assert_eq!(people(18_449.0, Locale::Nl), "18.400");
        let costs = UnitCosts {
            currency: Some("EUR".into()),
            ..UnitCosts::default()
        };
        assert_eq!(money(412_345.0, &costs, Locale::En), "\u{20ac}412,300");
        assert_eq!(money(412_345.0, &costs, Locale::Nl), "\u{20ac} 412.300");
    }

    #[test]
    fn a_date_reads_as_words() {
        assert_eq!(date_text("2026-09-30", Locale::En), "30 September 2026");
        assert_eq!(date_text("2026-01-05", Locale::Nl), "5 januari 2026");
    }

    #[test]
    fn a_change_has_an_arrow_and_a_word_not_only_a_colour() {
        assert_eq!(
            index_delta(41, 58, Locale::En),
            ("\u{25b2} 17 points better".to_owned(), "better")
        );
        assert_eq!(
            index_delta(60, 59, Locale::Nl),
            ("\u{25bc} 1 punt slechter".to_owned(), "worse")
        );
        let fmt = |v: f64| people(v, Locale::En);
        assert_eq!(
            amount_delta(9_800.0, 7_100.0, Unit::People, Locale::En, &fmt),
            ("\u{25bc} 2,700 fewer".to_owned(), "better")
        );
        let costs = UnitCosts {
            currency: Some("EUR".into()),
            ..UnitCosts::default()
        };
        let fmt = |v: f64| money(v, &costs, Locale::En);
        assert_eq!(
            amount_delta(1_000.0, 1_500.0, Unit::Money, Locale::En, &fmt),
            ("\u{25b2} \u{20ac}500 higher".to_owned(), "worse")
        );
        assert_eq!(
            amount_delta(1_000.0, 1_000.2, Unit::Money, Locale::En, &fmt).1,
            "same"
        );
    }
}
