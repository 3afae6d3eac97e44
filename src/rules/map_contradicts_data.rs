//! TJM502 map-contradicts-data: the journey's own log says otherwise. A share more than 10
//! points off, a wait more than 1.5 times or less than two-thirds of what the map states, a
//! loop tenants take that the map lacks, a touchpoint no case reaches. Runs only when a log
//! was found; the contradictions themselves are measured in `evidence::compare`.

use crate::evidence::Contradiction;
use crate::evidence::figure::shown;
use crate::i18n::Args;

use super::{Anchor, Category, Finding, Level, Rule, RuleContext, RuleMeta, at, docs, finding};

/// The map is a hypothesis; the log is what tenants went through.
pub(crate) struct MapContradictsData;

static META: RuleMeta = RuleMeta {
    code: "TJM502",
    name: "map-contradicts-data",
    category: Category::Evidence,
    default_level: Level::Warning,
    docs: docs!("map-contradicts-data"),
    options: &[],
};

impl Rule for MapContradictsData {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &RuleContext<'_>, findings: &mut Vec<Finding>) {
        let Some(evidence) = cx.evidence else {
            return;
        };
        let figures = &evidence.figures;
        // fewer than ten cases say nothing a board may see
        if !shown(figures.cases) {
            return;
        }
        let measured = |args: Args| {
            args.count("cases", figures.cases)
                .text("period", evidence.period())
        };
        for contradiction in &figures.contradictions {
            let found = match *contradiction {
                Contradiction::Share {
                    transition,
                    stated,
                    measured: share,
                } => {
                    let Some((from, to)) = cx
                        .graph
                        .steps()
                        .find(|s| s.transition == transition)
                        .map(|s| (s.from, s.to))
                    else {
                        continue;
                    };
                    let args = measured(Args::new())
                        .text("title", cx.title(from))
                        .text("to", cx.title(to))
                        .decimal("stated", stated * 100.0, 0)
                        .decimal("measured", share * 100.0, 0);
                    finding(
                        self,
                        cx,
                        Anchor::Transition {
                            index: transition,
                            touchpoint: from,
                        },
                        "map-contradicts-data-share",
                        args,
                    )
                }
                Contradiction::Wait {
                    touchpoint,
                    stated_days,
                    measured_days,
                } => {
                    let args = measured(Args::new())
                        .text("title", cx.title(touchpoint))
                        .decimal("stated", stated_days, days_places(stated_days))
                        .decimal("measured", measured_days, days_places(measured_days))
                        .key(
                            "longer",
                            if measured_days > stated_days {
                                "yes"
                            } else {
                                "no"
                            },
                        );
                    finding(
                        self,
                        cx,
                        at(touchpoint, "wait"),
                        "map-contradicts-data-wait",
                        args,
                    )
                }
                Contradiction::Loop { from, to, share } => {
                    let args = measured(Args::new())
                        .text("title", cx.title(from))
                        .text("to", cx.title(to))
                        .decimal("measured", share * 100.0, 0);
                    finding(
                        self,
                        cx,
                        Anchor::Touchpoint {
                            index: from,
                            field: None,
                        },
                        "map-contradicts-data-loop",
                        args,
                    )
                }
                Contradiction::Unreached { touchpoint } => finding(
                    self,
                    cx,
                    at(touchpoint, "evidence_match"),
                    "map-contradicts-data-unreached",
                    measured(Args::new()).text("title", cx.title(touchpoint)),
                ),
            };
            findings.push(found);
        }
    }
}

/// Whole days from ten up; one decimal below, so "0.5 days" does not read as "1 day".
fn days_places(days: f64) -> u8 {
    if days >= 10.0 { 0 } else { 1 }
}
