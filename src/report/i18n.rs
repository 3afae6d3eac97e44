//! The report's own words in Dutch and English, and numbers written the way each language
//! writes them ("2,4" and "18.400" in Dutch, "2.4" and "18,400" in English).
//!
//! Every fixed string a template shows is a field of [`Texts`], available to templates as
//! `t.<field>`. Sentences with numbers in them are built here, so templates never have to
//! know Dutch or English grammar.

use serde::Serialize;

use crate::model::{ActorKind, EvidenceKind, Language, TransitionKind};
use crate::rules::Level;

macro_rules! texts {
    ($( $(#[doc = $doc:literal])* $name:ident: $en:literal, $nl:literal; )*) => {
        /// The fixed strings of the report in one language, `t.<field>` in templates.
        #[derive(Debug, Clone, Serialize)]
        pub struct Texts {
            $( $(#[doc = $doc])* pub $name: &'static str, )*
        }

        const EN: Texts = Texts { $( $name: $en, )* };
        const NL: Texts = Texts { $( $name: $nl, )* };
    };
}

texts! {
    /// The skip link at the top of every page.
    skip_to_content: "Skip to content", "Naar de inhoud";
    /// Label of the site navigation landmark.
    site_nav: "Report", "Rapport";
    /// Link to the index page.
    all_journeys: "All journeys", "Alle klantreizen";
    /// Link to the rules appendix.
    rules: "Rules", "Regels";
    /// Label of the in-page table of contents.
    on_this_page: "On this page", "Op deze pagina";
    /// Footer line.
    made_with: "Made with tjm, the tenant journey mapper", "Gemaakt met tjm, de klantreizenkaart";
    /// Title of the index page.
    index_title: "Tenant journeys: where we fail our tenants", "Klantreizen: waar we huurders tekortdoen";
    /// Lead text of the index page.
    index_lead: "Each journey follows one tenant goal from start to end. The attention index says how much of the attention tenants should get they actually get; the moments below are where to start.", "Elke klantreis volgt één doel van een huurder van begin tot eind. De aandachtsindex zegt hoeveel van de aandacht die huurders zouden moeten krijgen ze echt krijgen; de momenten hieronder zijn waar je begint.";
    /// Heading of the journeys overview on the index page.
    journeys_heading: "The journeys", "De klantreizen";
    /// Heading of the cross-journey ranking.
    top_moments_heading: "The ten moments that matter most", "De tien momenten die het meest uitmaken";
    /// Lead text of the cross-journey ranking.
    top_moments_lead: "Across all journeys, ranked by how much the moment matters to the tenant, how many tenants pass it, how serious the finding is and how bad the tenant feels.", "Over alle klantreizen, gerangschikt naar hoeveel het moment de huurder uitmaakt, hoeveel huurders het meemaken, hoe ernstig de bevinding is en hoe slecht de huurder zich voelt.";
    /// Heading of the rules × journeys table.
    heatmap_heading: "Which patterns come back where", "Welke patronen waar terugkomen";
    /// Lead text of the rules × journeys table.
    heatmap_lead: "Moments without attention per rule and journey. A pattern that returns in several journeys points at how the organisation works, not at one team.", "Momenten zonder aandacht per regel en klantreis. Een patroon dat in meerdere reizen terugkomt, zegt iets over hoe de organisatie werkt, niet over één team.";
    /// Caption of the rules × journeys table.
    heatmap_caption: "Active findings per rule (rows) and journey (columns)", "Actieve bevindingen per regel (rijen) en klantreis (kolommen)";
    /// Column header for rules.
    rule: "Rule", "Regel";
    /// Column header for totals.
    total: "Total", "Totaal";
    /// Label of the attention index.
    attention_index: "Attention index", "Aandachtsindex";
    /// "out of 100" after the index.
    out_of_100: "out of 100", "van de 100";
    /// Label for expected contacts.
    contacts_per_tenant: "contacts per tenant", "contacten per huurder";
    /// Label for expected handoffs.
    handoffs_per_tenant: "handoffs per tenant", "overdrachten per huurder";
    /// Explanation of the expected contacts.
    contacts_explained: "on average, counting repeat contacts", "gemiddeld, herhaalcontacten meegeteld";
    /// Explanation of the expected handoffs.
    handoffs_explained: "times the tenant is passed to someone else", "keer dat de huurder wordt doorgegeven";
    /// Label of the findings count.
    findings: "Findings", "Bevindingen";
    /// Plural label for errors.
    errors: "errors", "fouten";
    /// Plural label for warnings.
    warnings: "warnings", "waarschuwingen";
    /// Plural label for info findings.
    infos: "info", "info";
    /// Label for silenced findings.
    silenced: "silenced", "stilgezet";
    /// Heading of the persona cards.
    personas_heading: "Who goes through this journey", "Wie deze reis maakt";
    /// Label before a persona's goal.
    goal: "Goal", "Doel";
    /// Heading of the top three.
    fix_first_heading: "Fix these first", "Pak deze eerst aan";
    /// Lead text of the top three.
    fix_first_lead: "The three moments where better attention helps most tenants most, ranked by how much the moment matters, how many tenants pass it, how serious the finding is and how bad the tenant feels.", "De drie momenten waar betere aandacht de meeste huurders het meest helpt, gerangschikt naar hoeveel het moment uitmaakt, hoeveel huurders het meemaken, hoe ernstig de bevinding is en hoe slecht de huurder zich voelt.";
    /// Shown when nothing needs fixing.
    nothing_to_fix: "No moment without attention at warning or error level: nothing to fix first.", "Geen moment zonder aandacht op niveau waarschuwing of fout: niets om eerst aan te pakken.";
    /// Sub-heading: the tenant's side.
    tenant_side: "The tenant's side", "Wat de huurder zegt";
    /// Sub-heading: why it hurts.
    why_it_hurts: "Why this hurts tenants", "Waarom dit huurders raakt";
    /// Sub-heading: what good looks like.
    what_good_looks_like: "What good looks like", "Hoe het goed gaat";
    /// Label before a finding's help.
    here: "Here", "Hier";
    /// Label before a finding's help in lists.
    what_helps: "What helps", "Wat helpt";
    /// Shown when there is no quote or note.
    no_tenant_voice: "No quote or note from tenants recorded for this moment.", "Voor dit moment is geen citaat of uitspraak van huurders vastgelegd.";
    /// Heading of the good-practice section.
    good_heading: "What already goes well", "Wat al goed gaat";
    /// Lead text of the good-practice section.
    good_lead: "Moments the journey holds up as an example: keep these, and copy them elsewhere.", "Momenten die de reis als voorbeeld noemt: houd ze vast en doe ze elders na.";
    /// Heading of the emotion curve.
    emotion_heading: "How the tenant feels along the way", "Hoe de huurder zich voelt onderweg";
    /// Heading of the blueprint.
    blueprint_heading: "Who does what: the service blueprint", "Wie doet wat: de service blueprint";
    /// Lead text of the blueprint.
    blueprint_lead: "Every moment in its stage, in the lane of who serves the tenant. Dashed arrows are handoffs: the tenant is passed to someone else.", "Elk moment in zijn fase, in de baan van wie de huurder helpt. Gestippelde pijlen zijn overdrachten: de huurder wordt doorgegeven.";
    /// Heading of the journey graph.
    graph_heading: "All routes through the journey", "Alle routes door de reis";
    /// Lead text of the journey graph.
    graph_lead: "Every moment and every transition, with the share of tenants who take each branch. Arrows curving back up are repeat contacts.", "Elk moment en elke overgang, met het aandeel huurders dat elke afslag neemt. Pijlen die terug omhoog buigen zijn herhaalcontacten.";
    /// Heading of the list of all findings.
    findings_heading: "All moments without attention", "Alle momenten zonder aandacht";
    /// Shown when there are no findings.
    no_findings: "No findings.", "Geen bevindingen.";
    /// Heading of the silenced findings.
    silenced_heading: "Silenced findings, with their reasons", "Stilgezette bevindingen, met hun reden";
    /// Lead of the silenced findings.
    silenced_lead: "These do not count in the figures above; the journey file gives a reason for each.", "Deze tellen niet mee in de cijfers hierboven; het reisbestand geeft voor elk een reden.";
    /// Label before a silence reason.
    reason: "Reason", "Reden";
    /// Heading of the evidence section.
    evidence_heading: "Evidence", "Onderbouwing";
    /// Lead of the evidence section.
    evidence_lead: "What tenants said and what surveys and contact logs show.", "Wat huurders zeiden en wat enquêtes en contactregistraties laten zien.";
    /// Shown when there is no evidence.
    no_evidence: "This journey records no evidence yet: quotes, survey grades or counts make a map more than opinion.", "Deze reis legt nog geen onderbouwing vast: citaten, enquêtecijfers of tellingen maken een kaart meer dan een mening.";
    /// Heading of the quotes.
    quotes_heading: "In tenants' words", "In de woorden van huurders";
    /// Heading of the figures table.
    figures_heading: "Figures", "Cijfers";
    /// Caption of the evidence figures table.
    figures_caption: "Survey results, counts and observations", "Enquêteresultaten, tellingen en observaties";
    /// Column: kind of evidence.
    kind: "Kind", "Soort";
    /// Column: moment.
    moment: "Moment", "Moment";
    /// Column: what.
    what: "What", "Wat";
    /// Column: grade.
    grade: "Grade", "Cijfer";
    /// Column: percentage satisfied.
    percent_satisfied: "Satisfied", "Tevreden";
    /// Column: count.
    count: "Count", "Aantal";
    /// Column: respondents.
    respondents: "Respondents", "Respondenten";
    /// Column: source.
    source: "Source", "Bron";
    /// Column: date.
    date: "Date", "Datum";
    /// Evidence about the journey as a whole.
    whole_journey: "The journey as a whole", "De reis als geheel";
    /// Summary of a chart's data table.
    show_table: "Show the data as a table", "Toon de gegevens als tabel";
    /// Column: number.
    number: "No.", "Nr.";
    /// Column: stage.
    stage: "Stage", "Fase";
    /// Column: feeling.
    feeling: "Feeling", "Gevoel";
    /// Column: tenant's words.
    tenant_words: "In the tenant's words", "In de woorden van de huurder";
    /// Column: marks.
    marks: "Marks", "Markeringen";
    /// Legend and table: milestone.
    milestone: "milestone", "mijlpaal";
    /// A milestone or high-importance moment.
    moment_that_matters: "a moment that matters", "een moment dat ertoe doet";
    /// Legend: finding marker.
    legend_finding: "moment without attention (number of findings)", "moment zonder aandacht (aantal bevindingen)";
    /// Legend and table: good practice.
    good_practice: "good practice", "goed voorbeeld";
    /// Legend of the blueprint: the cards' stripe and number.
    legend_feeling: "The coloured stripe and the number on a card: how the tenant feels, from −3 (very bad, red) to +3 (very good, green); grey when not recorded.", "De gekleurde streep en het getal op een kaart: hoe de huurder zich voelt, van −3 (heel slecht, rood) tot +3 (heel goed, groen); grijs als het niet is vastgelegd.";
    /// Legend: handoff arrow.
    legend_handoff: "handoff to someone else", "overdracht aan een ander";
    /// Legend: loop arrow.
    legend_loop: "repeat contact (back to an earlier moment)", "herhaalcontact (terug naar een eerder moment)";
    /// Legend: escalation arrow.
    legend_escalation: "escalation", "escalatie";
    /// Legend: ordinary transition.
    legend_next: "next step", "volgende stap";
    /// Column: from.
    from: "From", "Van";
    /// Column: to.
    to: "To", "Naar";
    /// Column: share.
    share: "Share at this step", "Aandeel bij deze stap";
    /// Column: times per tenant.
    per_tenant: "Times per tenant", "Keer per huurder";
    /// Column: label of a transition.
    label: "What happens", "Wat er gebeurt";
    /// Column: level.
    level: "Level", "Niveau";
    /// Column: touchpoint.
    touchpoint: "Touchpoint", "Contactmoment";
    /// Column: actor.
    actor: "Who", "Wie";
    /// Heading of the handoffs list in the blueprint's table.
    handoffs_heading: "Handoffs", "Overdrachten";
    /// Shown when there are no handoffs.
    no_handoffs: "No handoffs.", "Geen overdrachten.";
    /// Lane: tenant.
    lane_tenant: "Tenant", "Huurder";
    /// Lane: frontstage.
    lane_frontstage: "Frontstage: what the tenant sees", "Frontstage: wat de huurder ziet";
    /// Lane: backstage.
    lane_backstage: "Backstage: behind the scenes", "Backstage: achter de schermen";
    /// Lane: contractors and partners.
    lane_partners: "Contractors and partners", "Aannemers en partners";
    /// Column: reach of a moment.
    reach: "Tenants affected", "Geraakte huurders";
    /// Column: journey.
    journey: "Journey", "Klantreis";
    /// Shown when no journey has findings.
    no_top_moments: "No moments without attention at warning or error level in any journey.", "In geen enkele klantreis momenten zonder aandacht op niveau waarschuwing of fout.";
    /// Title of the rules page.
    rules_title: "The rules: moments without attention tjm recognises", "De regels: momenten zonder aandacht die tjm herkent";
    /// Lead text of the rules page.
    rules_lead: "Each rule finds one pattern from the field: a moment where the tenant is not seen. Every finding in the report links here.", "Elke regel vindt één patroon uit de praktijk: een moment waarop de huurder niet gezien wordt. Elke bevinding in het rapport verwijst hierheen.";
    /// Label of the rules table of contents.
    rules_contents: "All rules", "Alle regels";
    /// Label: category.
    category: "Category", "Categorie";
    /// Label: the level a rule runs at.
    runs_at: "Level in this report", "Niveau in dit rapport";
    /// Label: a rule's default level.
    default_level: "default", "standaard";
    /// Text on a link to a rule's explanation.
    about_rule: "About this rule", "Over deze regel";
    /// Link back to the top of the page.
    back_to_top: "Back to top", "Terug naar boven";
    /// Link to the journey page from the index.
    open_journey: "Open the journey", "Open de klantreis";
    /// Shown when the project has no journeys.
    no_journeys: "No journeys found.", "Geen klantreizen gevonden.";
    /// Heading of the "what changed since the baseline" section.
    changes_heading: "What changed since the baseline", "Wat er veranderd is sinds de vorige versie";
    /// Lead text of the changes section.
    changes_lead: "This version compared with the baseline given with --baseline: the as-is against the to-be, or last quarter against this one.", "Deze versie vergeleken met de vorige (opgegeven met --baseline): de huidige situatie tegenover de gewenste, of vorig kwartaal tegenover nu.";
    /// Column header: value before.
    before: "Before", "Vorige versie";
    /// Column header: value now.
    after: "Now", "Nu";
    /// Column header: the change.
    change: "Change", "Verschil";
    /// Heading: findings that are gone.
    findings_fixed: "Moments without attention that are gone", "Momenten zonder aandacht die verdwenen zijn";
    /// Heading: findings that are new.
    findings_new: "New moments without attention", "Nieuwe momenten zonder aandacht";
    /// Heading: touchpoints that changed.
    moments_changed: "Moments that changed", "Momenten die veranderd zijn";
    /// Label: touchpoints added.
    moments_added: "Added", "Toegevoegd";
    /// Label: touchpoints removed.
    moments_removed: "Removed", "Verwijderd";
    /// Shown when nothing changed.
    no_changes: "Nothing changed since the baseline.", "Er is niets veranderd sinds de vorige versie.";
    /// Shown for a journey that is not in the baseline.
    new_journey: "New since the baseline.", "Nieuw sinds de vorige versie.";
    /// Label: journeys only in the baseline.
    journeys_removed: "Journeys no longer in the report", "Klantreizen die niet meer in het rapport staan";
}

/// The fixed strings in `lang`.
pub fn texts(lang: Language) -> &'static Texts {
    match lang {
        Language::En => &EN,
        Language::Nl => &NL,
    }
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
pub fn emotion_word(score: i8, lang: Language) -> &'static str {
    match (score.clamp(-3, 3), lang) {
        (-3, Language::En) => "very bad",
        (-2, Language::En) => "bad",
        (-1, Language::En) => "uneasy",
        (0, Language::En) => "neutral",
        (1, Language::En) => "fine",
        (2, Language::En) => "good",
        (_, Language::En) => "very good",
        (-3, Language::Nl) => "heel slecht",
        (-2, Language::Nl) => "slecht",
        (-1, Language::Nl) => "onrustig",
        (0, Language::Nl) => "neutraal",
        (1, Language::Nl) => "prima",
        (2, Language::Nl) => "goed",
        (_, Language::Nl) => "heel goed",
    }
}

/// "No feeling recorded".
pub fn no_emotion(lang: Language) -> &'static str {
    match lang {
        Language::En => "not recorded",
        Language::Nl => "niet vastgelegd",
    }
}

/// How many tenants pass a touchpoint: "56% of tenants", or "1,4 times per tenant" above one.
pub fn reach(visits: f64, lang: Language) -> String {
    if visits <= 1.0 + 1e-9 {
        match lang {
            Language::En => format!("{} of tenants", percent(visits, lang)),
            Language::Nl => format!("{} van de huurders", percent(visits, lang)),
        }
    } else {
        match lang {
            Language::En => format!("{} times per tenant", decimal(visits, 1, lang)),
            Language::Nl => format!("{} keer per huurder", decimal(visits, 1, lang)),
        }
    }
}

/// A persona's age: "68 years" or "68 jaar".
pub fn age(years: u8, lang: Language) -> String {
    match lang {
        Language::En => format!("{years} years"),
        Language::Nl => format!("{years} jaar"),
    }
}

/// The manager's one-line verdict: "7 moments without attention, 3 of them moments that matter".
pub fn verdict(moments: usize, mattering: usize, lang: Language) -> String {
    match lang {
        Language::En => {
            if moments == 0 {
                return "No moments without attention found".to_owned();
            }
            let head = if moments == 1 {
                "1 moment without attention".to_owned()
            } else {
                format!("{moments} moments without attention")
            };
            match (moments, mattering) {
                (1, 1) => format!("{head}, and it is a moment that matters"),
                (1, _) => format!("{head}, not at a moment that matters"),
                (_, 0) => format!("{head}, none of them at a moment that matters"),
                (_, 1) => format!("{head}, 1 of them a moment that matters"),
                (_, m) => format!("{head}, {m} of them moments that matter"),
            }
        }
        Language::Nl => {
            if moments == 0 {
                return "Geen momenten zonder aandacht gevonden".to_owned();
            }
            let head = if moments == 1 {
                "1 moment zonder aandacht".to_owned()
            } else {
                format!("{moments} momenten zonder aandacht")
            };
            match (moments, mattering) {
                (1, 1) => format!("{head}, en het is een moment dat ertoe doet"),
                (1, _) => format!("{head}, niet op een moment dat ertoe doet"),
                (_, 0) => format!("{head}, geen daarvan op een moment dat ertoe doet"),
                (_, 1) => format!("{head}, waarvan 1 moment dat ertoe doet"),
                (_, m) => format!("{head}, waarvan {m} momenten die ertoe doen"),
            }
        }
    }
}

/// What the attention index means, in one line, for this value.
pub fn attention_explanation(index: u8, lang: Language) -> String {
    match lang {
        Language::En => format!(
            "Of the attention tenants should get in this journey, they get {index}%, weighing each moment by how much it matters and how many tenants pass it. 100 means no moment without attention."
        ),
        Language::Nl => format!(
            "Van de aandacht die huurders in deze reis zouden moeten krijgen, krijgen ze {index}%, elk moment gewogen naar hoeveel het uitmaakt en hoeveel huurders het meemaken. 100 betekent: geen enkel moment zonder aandacht."
        ),
    }
}

/// The band of an attention index: `good` (80 and up), `fair` (60–79) or `poor`, with its word.
pub fn attention_band(index: u8, lang: Language) -> (&'static str, &'static str) {
    match (index, lang) {
        (80.., Language::En) => ("good", "mostly attentive"),
        (80.., Language::Nl) => ("good", "grotendeels aandachtig"),
        (60..=79, Language::En) => ("fair", "needs attention"),
        (60..=79, Language::Nl) => ("fair", "vraagt aandacht"),
        (_, Language::En) => ("poor", "tenants often not seen"),
        (_, Language::Nl) => ("poor", "huurders vaak niet gezien"),
    }
}

/// The lead text of the emotion curve: which path it follows and what share of tenants takes it.
pub fn emotion_lead(moments: usize, share: f64, lang: Language) -> String {
    match lang {
        Language::En => format!(
            "Along the most common route from start to end ({} of tenants take it all the way), {moments} moments. The feeling runs from −3 (very bad) to +3 (very good).",
            percent(share, lang)
        ),
        Language::Nl => format!(
            "Langs de meest gevolgde route van begin tot eind ({} van de huurders loopt hem helemaal), {moments} momenten. Het gevoel loopt van −3 (heel slecht) tot +3 (heel goed).",
            percent(share, lang)
        ),
    }
}

/// The note under the emotion curve about moments without a recorded feeling.
pub fn emotion_gaps(missing: usize, lang: Language) -> Option<String> {
    match (missing, lang) {
        (0, _) => None,
        (1, Language::En) => Some(
            "1 moment on this route has no recorded feeling (hollow mark); the dashed line bridges it, it does not measure it."
                .to_owned(),
        ),
        (n, Language::En) => Some(format!(
            "{n} moments on this route have no recorded feeling (hollow marks); the dashed line bridges them, it does not measure them."
        )),
        (1, Language::Nl) => Some(
            "Bij 1 moment op deze route is geen gevoel vastgelegd (open rondje); de stippellijn overbrugt het, maar meet het niet."
                .to_owned(),
        ),
        (n, Language::Nl) => Some(format!(
            "Bij {n} momenten op deze route is geen gevoel vastgelegd (open rondjes); de stippellijn overbrugt ze, maar meet ze niet."
        )),
    }
}

/// "3 errors", "1 warning" and so on, for summaries.
pub fn count_of(count: usize, level: Level, lang: Language) -> String {
    let (one, many) = match (level, lang) {
        (Level::Error, Language::En) => ("error", "errors"),
        (Level::Error, Language::Nl) => ("fout", "fouten"),
        (Level::Warning, Language::En) => ("warning", "warnings"),
        (Level::Warning, Language::Nl) => ("waarschuwing", "waarschuwingen"),
        (_, _) => ("info", "info"),
    };
    format!("{count} {}", if count == 1 { one } else { many })
}

/// "2 findings" / "1 bevinding": findings at one touchpoint.
pub fn findings_count(count: usize, lang: Language) -> String {
    match (count, lang) {
        (1, Language::En) => "1 finding".to_owned(),
        (n, Language::En) => format!("{n} findings"),
        (1, Language::Nl) => "1 bevinding".to_owned(),
        (n, Language::Nl) => format!("{n} bevindingen"),
    }
}

/// "6 journeys" / "6 klantreizen".
pub fn journeys_count(count: usize, lang: Language) -> String {
    match (count, lang) {
        (1, Language::En) => "1 journey".to_owned(),
        (n, Language::En) => format!("{n} journeys"),
        (1, Language::Nl) => "1 klantreis".to_owned(),
        (n, Language::Nl) => format!("{n} klantreizen"),
    }
}

/// The name of an evidence kind.
pub fn evidence_kind(kind: EvidenceKind, lang: Language) -> &'static str {
    match (kind, lang) {
        (EvidenceKind::Quote, Language::En) => "quote",
        (EvidenceKind::Quote, Language::Nl) => "citaat",
        (EvidenceKind::Survey, Language::En) => "survey",
        (EvidenceKind::Survey, Language::Nl) => "enquête",
        (EvidenceKind::Count, Language::En) => "count",
        (EvidenceKind::Count, Language::Nl) => "telling",
        (EvidenceKind::Observation, Language::En) => "observation",
        (EvidenceKind::Observation, Language::Nl) => "observatie",
    }
}

/// The name of a transition kind.
pub fn transition_kind(
    kind: TransitionKind,
    handoff: bool,
    loop_back: bool,
    lang: Language,
) -> &'static str {
    let t = texts(lang);
    if loop_back {
        t.legend_loop
    } else if kind == TransitionKind::Escalation {
        t.legend_escalation
    } else if handoff {
        t.legend_handoff
    } else {
        t.legend_next
    }
}

/// The name of an actor kind, for tables.
pub fn actor_kind(kind: ActorKind, lang: Language) -> &'static str {
    match (kind, lang) {
        (ActorKind::Tenant, Language::En) => "tenant",
        (ActorKind::Tenant, Language::Nl) => "huurder",
        (ActorKind::Department, Language::En) => "department",
        (ActorKind::Department, Language::Nl) => "afdeling",
        (ActorKind::Contractor, Language::En) => "contractor",
        (ActorKind::Contractor, Language::Nl) => "aannemer",
        (ActorKind::Partner, Language::En) => "partner",
        (ActorKind::Partner, Language::Nl) => "partner",
    }
}

/// A level's label with a capital, for badges: "Error", "Fout".
pub fn level_label(level: Level, lang: Language) -> String {
    let label = level.label(lang);
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The label of a scrollable chart region for keyboard and screen-reader users.
pub fn scroll_label(chart: &str, lang: Language) -> String {
    match lang {
        Language::En => format!("{chart} (scrolls sideways)"),
        Language::Nl => format!("{chart} (schuift opzij)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(reach(1.43, Language::Nl), "1,4 keer per huurder");
    }
}
