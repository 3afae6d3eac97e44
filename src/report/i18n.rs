//! The report's own words, from the `report-*` messages of the catalogues
//! (`locales/<locale>/report.ftl`), and the numbers re-exported from [`crate::i18n::number`].
//!
//! Every fixed string a template shows is a field of [`Texts`], available to templates as
//! `t.<field>` (message `report-<field>`, `-` for `_`). Sentences with numbers in them are
//! built here from catalogue messages, so templates never have to know any language's grammar.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use serde::Serialize;

use crate::i18n::{Args, Locale, message, text};
use crate::model::{ActorKind, EvidenceKind, TransitionKind, TransitionKinds};
use crate::rules::Level;

macro_rules! texts {
    ($( $(#[doc = $doc:literal])* $name:ident; )*) => {
        /// The fixed strings of the report in one locale, `t.<field>` in templates.
        #[derive(Debug, Clone, Serialize)]
        pub struct Texts {
            $( $(#[doc = $doc])* pub $name: &'static str, )*
        }

        impl Texts {
            /// Every field from its catalogue message. Built once per locale and kept for
            /// the life of the process, so the fields can be `&'static str` like literals.
            fn load(locale: Locale) -> Texts {
                Texts { $( $name: fixed(locale, stringify!($name)), )* }
            }
        }
    };
}

/// The message `report-<field>` in `locale`, kept for the life of the process.
fn fixed(locale: Locale, field: &str) -> &'static str {
    let id = format!("report-{}", field.replace('_', "-"));
    text(locale, &id).leak()
}

static TEXTS: LazyLock<[Texts; 3]> = LazyLock::new(|| Locale::ALL.map(Texts::load));

texts! {
    /// The skip link at the top of every page.
    skip_to_content;
    /// Label of the site navigation landmark.
    site_nav;
    /// Link to the index page.
    all_journeys;
    /// Link to the rules appendix.
    rules;
    /// Label of the in-page table of contents.
    on_this_page;
    /// Footer line.
    made_with;
    /// Title of the index page.
    index_title;
    /// Lead text of the index page.
    index_lead;
    /// Heading of the journeys overview on the index page.
    journeys_heading;
    /// Heading of the cross-journey ranking.
    top_moments_heading;
    /// Lead text of the cross-journey ranking.
    top_moments_lead;
    /// Heading of the rules × journeys table.
    heatmap_heading;
    /// Lead text of the rules × journeys table.
    heatmap_lead;
    /// Caption of the rules × journeys table.
    heatmap_caption;
    /// Column header for rules.
    rule;
    /// Column header for totals.
    total;
    /// Label of the attention index.
    attention_index;
    /// "out of 100" after the index.
    out_of_100;
    /// Label for expected contacts.
    contacts_per_tenant;
    /// Label for expected handoffs.
    handoffs_per_tenant;
    /// Explanation of the expected contacts.
    contacts_explained;
    /// Explanation of the expected handoffs.
    handoffs_explained;
    /// Label of the findings count.
    findings;
    /// Plural label for errors.
    errors;
    /// Plural label for warnings.
    warnings;
    /// Plural label for info findings.
    infos;
    /// Label for silenced findings.
    silenced;
    /// Heading of the persona cards.
    personas_heading;
    /// Label before a persona's goal.
    goal;
    /// Heading of the top three.
    fix_first_heading;
    /// Lead text of the top three.
    fix_first_lead;
    /// Shown when nothing needs fixing.
    nothing_to_fix;
    /// Sub-heading: the tenant's side.
    tenant_side;
    /// Sub-heading: why it hurts.
    why_it_hurts;
    /// Sub-heading: what good looks like.
    what_good_looks_like;
    /// Label before a finding's help.
    here;
    /// Label before a finding's help in lists.
    what_helps;
    /// Shown when there is no quote or note.
    no_tenant_voice;
    /// Heading of the good-practice section.
    good_heading;
    /// Lead text of the good-practice section.
    good_lead;
    /// Heading of the emotion curve.
    emotion_heading;
    /// Heading of the blueprint.
    blueprint_heading;
    /// Lead text of the blueprint.
    blueprint_lead;
    /// Heading of the journey graph.
    graph_heading;
    /// Lead text of the journey graph.
    graph_lead;
    /// Heading of the list of all findings.
    findings_heading;
    /// Shown when there are no findings.
    no_findings;
    /// Heading of the silenced findings.
    silenced_heading;
    /// Lead of the silenced findings.
    silenced_lead;
    /// Label before a silence reason.
    reason;
    /// Heading of the evidence section.
    evidence_heading;
    /// Lead of the evidence section.
    evidence_lead;
    /// Shown when there is no evidence.
    no_evidence;
    /// Heading of the quotes.
    quotes_heading;
    /// Heading of the figures table.
    figures_heading;
    /// Caption of the evidence figures table.
    figures_caption;
    /// Heading of the section with the journey's own log beside the map.
    measured_heading;
    /// Lead of that section.
    measured_lead;
    /// Column: what the map states.
    stated;
    /// Column: the touchpoint tenants go on to.
    goes_on_to;
    /// Caption of the measured shares table.
    measured_shares_caption;
    /// Caption of the measured waits table.
    measured_waits_caption;
    /// Column: the wait the map states.
    stated_wait;
    /// Column: measured median wait.
    median_wait;
    /// Column: measured 90th percentile wait.
    p90_wait;
    /// Caption of the steps that are not on the map.
    not_on_map_caption;
    /// Column: a step as the log names it.
    step_in_log;
    /// Column: cases.
    cases;
    /// Column: kind of evidence.
    kind;
    /// Column: moment.
    moment;
    /// Column: what.
    what;
    /// Column: grade.
    grade;
    /// Column: percentage satisfied.
    percent_satisfied;
    /// Column: count.
    count;
    /// Column: respondents.
    respondents;
    /// Column: source.
    source;
    /// Column: date.
    date;
    /// Evidence about the journey as a whole.
    whole_journey;
    /// Summary of a chart's data table.
    show_table;
    /// Column: number.
    number;
    /// Column: stage.
    stage;
    /// Column: feeling.
    feeling;
    /// Column: tenant's words.
    tenant_words;
    /// Column: marks.
    marks;
    /// Legend and table: milestone.
    milestone;
    /// A milestone or high-importance moment.
    moment_that_matters;
    /// Legend: finding marker.
    legend_finding;
    /// Legend and table: good practice.
    good_practice;
    /// Legend of the blueprint: the cards' stripe and number.
    legend_feeling;
    /// Legend: handoff arrow.
    legend_handoff;
    /// Legend: loop arrow.
    legend_loop;
    /// Legend: escalation arrow.
    legend_escalation;
    /// Legend: ordinary transition.
    legend_next;
    /// Column: from.
    from;
    /// Column: to.
    to;
    /// Column: share.
    share;
    /// Column: times per tenant.
    per_tenant;
    /// Column: label of a transition.
    label;
    /// Column: level.
    level;
    /// Column: touchpoint.
    touchpoint;
    /// Column: actor.
    actor;
    /// Heading of the handoffs list in the blueprint's table.
    handoffs_heading;
    /// Shown when there are no handoffs.
    no_handoffs;
    /// Lane: tenant.
    lane_tenant;
    /// Lane: frontstage.
    lane_frontstage;
    /// Lane: backstage.
    lane_backstage;
    /// Lane: contractors and partners.
    lane_partners;
    /// Column: reach of a moment.
    reach;
    /// Column: journey.
    journey;
    /// Shown when no journey has findings.
    no_top_moments;
    /// Title of the rules page.
    rules_title;
    /// Lead text of the rules page.
    rules_lead;
    /// Label of the rules table of contents.
    rules_contents;
    /// Label: category.
    category;
    /// Label: the level a rule runs at.
    runs_at;
    /// Label: a rule's default level.
    default_level;
    /// Text on a link to a rule's explanation.
    about_rule;
    /// Link back to the top of the page.
    back_to_top;
    /// Link to the journey page from the index.
    open_journey;
    /// Shown when the project has no journeys.
    no_journeys;
    /// Heading of the "what changed since the baseline" section.
    changes_heading;
    /// Lead text of the changes section.
    changes_lead;
    /// Column header: value before.
    before;
    /// Column header: value now.
    after;
    /// Column header: the change.
    change;
    /// Heading: findings that are gone.
    findings_fixed;
    /// Heading: findings that are new.
    findings_new;
    /// Heading: touchpoints that changed.
    moments_changed;
    /// Label: touchpoints added.
    moments_added;
    /// Label: touchpoints removed.
    moments_removed;
    /// Shown when nothing changed.
    no_changes;
    /// Shown for a journey that is not in the baseline.
    new_journey;
    /// Label: journeys only in the baseline.
    journeys_removed;
}

/// The fixed strings in `locale`.
pub fn texts(locale: impl Into<Locale>) -> &'static Texts {
    let locale = locale.into();
    let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    &TEXTS[i]
}

/// Numbers are formatted in one place, `crate::i18n::number`; re-exported so the report's
/// callers keep their paths.
pub use crate::i18n::number::{decimal, grade, integer, percent, percentage};

/// An emotion score with a real minus sign and a plus for good feelings: "−2", "0", "+1".
pub fn emotion_score(score: i8) -> String {
    match score {
        s if s > 0 => format!("+{s}"),
        s if s < 0 => format!("−{}", -i16::from(s)),
        _ => "0".to_owned(),
    }
}

/// What an emotion score means in words.
pub fn emotion_word(score: i8, locale: impl Into<Locale>) -> &'static str {
    let word = match score.clamp(-3, 3) {
        -3 => "very_bad",
        -2 => "bad",
        -1 => "uneasy",
        0 => "neutral",
        1 => "fine",
        2 => "good",
        _ => "very_good",
    };
    fixed_word(locale.into(), "feeling", word)
}

/// "No feeling recorded".
pub fn no_emotion(locale: impl Into<Locale>) -> &'static str {
    fixed_word(locale.into(), "no", "emotion")
}

/// `report-<group>-<key>` in `locale`, kept like the [`Texts`]: the small closed sets of
/// words (feelings, kinds) callers hold as `&'static str`.
fn fixed_word(locale: Locale, group: &str, key: &str) -> &'static str {
    static CACHE: LazyLock<Mutex<HashMap<(Locale, String), &'static str>>> =
        LazyLock::new(Default::default);
    let id = format!("{group}-{}", key.replace('_', "-"));
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    cache
        .entry((locale, id))
        .or_insert_with_key(|(locale, id)| text(*locale, &format!("report-{id}")).leak())
}

/// How many tenants pass a touchpoint: "56% of tenants", or "1,4 times per tenant" above one.
pub fn reach(visits: f64, locale: impl Into<Locale>) -> String {
    reach_worded(
        visits,
        locale.into(),
        "report-reach-share",
        "report-reach-times",
    )
}

/// [`reach`] with its unit spelled out, where a moment stands alone (a top moment, a fix):
/// "56% of tenants reach this moment", "1,4 times per tenant".
pub fn moment_reach(visits: f64, locale: impl Into<Locale>) -> String {
    reach_worded(
        visits,
        locale.into(),
        "report-reach-moment-share",
        "report-reach-moment-times",
    )
}

fn reach_worded(visits: f64, locale: Locale, share: &str, times: &str) -> String {
    if visits <= 1.0 + 1e-9 {
        message(locale, share, &Args::new().share("share", visits))
    } else {
        message(locale, times, &Args::new().decimal("times", visits, 1))
    }
}

/// A persona's age: "68 years" or "68 jaar".
pub fn age(years: u8, locale: impl Into<Locale>) -> String {
    message(
        locale.into(),
        "report-age",
        &Args::new().count("years", years),
    )
}

/// The manager's one-line verdict: "7 moments without attention, 3 of them moments that matter".
pub fn verdict(moments: usize, mattering: usize, locale: impl Into<Locale>) -> String {
    let locale = locale.into();
    if moments == 0 {
        return text(locale, "report-verdict-none");
    }
    let args = Args::new()
        .count("moments", moments)
        .count("mattering", mattering);
    message(locale, "report-verdict", &args)
}

/// What the attention index means, in one line, for this value.
pub fn attention_explanation(index: u8, locale: impl Into<Locale>) -> String {
    message(
        locale.into(),
        "report-attention-explanation",
        &Args::new().count("index", index),
    )
}

/// The band of an attention index: `good` (80 and up), `fair` (60–79) or `poor`, with its word.
pub fn attention_band(index: u8, locale: impl Into<Locale>) -> (&'static str, &'static str) {
    let band = match index {
        80.. => "good",
        60..=79 => "fair",
        _ => "poor",
    };
    (band, fixed_word(locale.into(), "band", band))
}

/// The lead text of the emotion curve: which path it follows and what share of tenants takes it.
pub fn emotion_lead(moments: usize, share: f64, locale: impl Into<Locale>) -> String {
    let args = Args::new().share("share", share).count("moments", moments);
    message(locale.into(), "report-emotion-lead", &args)
}

/// The note under the emotion curve about moments without a recorded feeling.
pub fn emotion_gaps(missing: usize, locale: impl Into<Locale>) -> Option<String> {
    (missing > 0).then(|| {
        message(
            locale.into(),
            "report-emotion-gaps",
            &Args::new().count("missing", missing),
        )
    })
}

/// "3 errors", "1 warning" and so on, for summaries.
pub fn count_of(count: usize, level: Level, locale: impl Into<Locale>) -> String {
    let id = match level {
        Level::Error => "report-count-error",
        Level::Warning => "report-count-warning",
        Level::Info | Level::Off => "report-count-info",
    };
    message(locale.into(), id, &Args::new().count("count", count))
}

/// "2 findings" / "1 bevinding": findings at one touchpoint.
pub fn findings_count(count: usize, locale: impl Into<Locale>) -> String {
    message(
        locale.into(),
        "report-findings-count",
        &Args::new().count("count", count),
    )
}

/// "6 journeys" / "6 klantreizen".
pub fn journeys_count(count: usize, locale: impl Into<Locale>) -> String {
    message(
        locale.into(),
        "report-journeys-count",
        &Args::new().count("count", count),
    )
}

/// The name of an evidence kind.
pub fn evidence_kind(kind: EvidenceKind, locale: impl Into<Locale>) -> &'static str {
    let key = match kind {
        EvidenceKind::Quote => "quote",
        EvidenceKind::Survey => "survey",
        EvidenceKind::Count => "count",
        EvidenceKind::Observation => "observation",
    };
    fixed_word(locale.into(), "evidence", key)
}

/// The name of a transition kind.
pub fn transition_kind(
    kind: &TransitionKinds,
    handoff: bool,
    loop_back: bool,
    locale: impl Into<Locale>,
) -> &'static str {
    let t = texts(locale);
    if loop_back {
        t.legend_loop
    } else if kind.contains(TransitionKind::Escalation) {
        t.legend_escalation
    } else if handoff {
        t.legend_handoff
    } else {
        t.legend_next
    }
}

/// The name of an actor kind, for tables.
pub fn actor_kind(kind: ActorKind, locale: impl Into<Locale>) -> &'static str {
    let key = match kind {
        ActorKind::Tenant => "tenant",
        ActorKind::Department => "department",
        ActorKind::Contractor => "contractor",
        ActorKind::Partner => "partner",
    };
    fixed_word(locale.into(), "actor", key)
}

/// A level's label with a capital, for badges: "Error", "Fout".
pub fn level_label(level: Level, locale: impl Into<Locale>) -> String {
    let label = text(locale.into(), &format!("level-{}", level.as_str()));
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A rule's name in words ("Long wait"), shown where the rule's slug (`long-wait`) would
/// read as jargon; the code (TJM303) stays beside it.
pub fn rule_name(rule: &str, locale: impl Into<Locale>) -> String {
    text(locale.into(), &format!("report-rule-{rule}"))
}

/// The label of a scrollable chart region for keyboard and screen-reader users.
pub fn scroll_label(chart: &str, locale: impl Into<Locale>) -> String {
    message(
        locale.into(),
        "report-scroll-label",
        &Args::new().text("chart", chart),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn numbers_follow_the_language() {
        // Decimal marks and thousands separators follow the language.
        assert_eq!(decimal(2.44, 1, Language::Nl), "2,4");
        assert_eq!(decimal(2.44, 1, Language::En), "2.4");
        assert_eq!(decimal(18400.0, 0, Language::Nl), "18.400");
        assert_eq!(decimal(18400.0, 0, Language::En), "18,400");
        assert_eq!(decimal(1234567.25, 2, Language::Nl), "1.234.567,25");
        assert_eq!(decimal(-0.01, 1, Language::En), "0.0");
        assert_eq!(decimal(-1.5, 1, Language::Nl), "−1,5");
        assert_eq!(integer(999, Language::En), "999");
        assert_eq!(integer(1000, Language::Nl), "1.000");
    }

    #[test]
    fn percentages_are_whole_unless_given_with_a_fraction() {
        // Shares print as whole percentages; survey percentages keep a given fraction.
        assert_eq!(percent(0.432, Language::Nl), "43%");
        assert_eq!(percent(0.001, Language::En), "<1%");
        assert_eq!(percent(0.0, Language::En), "0%");
        assert_eq!(percentage(74.0, Language::En), "74%");
        assert_eq!(percentage(74.5, Language::Nl), "74,5%");
    }

    #[test]
    fn emotion_scores_use_a_real_minus() {
        // Emotion scores print with a real minus sign and a plus for good feelings.
        assert_eq!(emotion_score(-2), "−2");
        assert_eq!(emotion_score(3), "+3");
        assert_eq!(emotion_score(0), "0");
    }

    #[test]
    fn the_verdict_counts_moments_and_those_that_matter() {
        // The verdict sentence in both languages, including the singular and zero cases.
        assert_eq!(
            verdict(7, 3, Language::En),
            "7 moments without attention, 3 of them moments that matter"
        );
        assert_eq!(
            verdict(7, 3, Language::Nl),
            "7 momenten zonder aandacht, waarvan 3 momenten die ertoe doen"
        );
        assert_eq!(
            verdict(0, 0, Language::En),
            "No moments without attention found"
        );
        assert_eq!(
            verdict(1, 1, Language::En),
            "1 moment without attention, and it is a moment that matters"
        );
    }

    #[test]
    fn reach_switches_to_times_per_tenant_above_one() {
        // Reach reads as a share of tenants up to one visit, as times per tenant above.
        assert_eq!(reach(0.56, Language::En), "56% of tenants");
        assert_eq!(
            moment_reach(0.56, Language::En),
            "56% of tenants reach this moment"
        );
        assert_eq!(
            moment_reach(1.4, Language::Nl),
            "gemiddeld 1,4 keer per huurder bij dit moment"
        );
        assert_eq!(reach(1.43, Language::Nl), "1,4 keer per huurder");
    }
}
