//! The usual shape of each kind of journey a housing association maps (DOMAIN.md, "Journeys a
//! housing association maps"): stages, actors, touchpoints and transitions, with texts in
//! English and Dutch. `scaffold` turns one into a journey; the texts that need the author's own
//! knowledge are prompts starting with [`PROMPT_EN`] or [`PROMPT_NL`].

use crate::model::{ActorKind, Channel, Direction, Importance, TouchpointKind, TransitionKind};

/// The marker in front of every text the author still has to write (English journeys).
pub const PROMPT_EN: &str = "[to fill in]";
/// The marker in front of every text the author still has to write (Dutch journeys).
pub const PROMPT_NL: &str = "[aanvullen]";

/// A text in English and Dutch.
#[derive(Debug, Clone, Copy)]
pub(crate) struct T {
    pub(crate) en: &'static str,
    pub(crate) nl: &'static str,
}

const fn t(en: &'static str, nl: &'static str) -> T {
    T { en, nl }
}

/// One kind of journey.
#[derive(Debug)]
pub(crate) struct Template {
    pub(crate) id: T,
    pub(crate) title: T,
    pub(crate) description: T,
    pub(crate) persona: T,
    pub(crate) goal: T,
    pub(crate) stages: &'static [StageT],
    pub(crate) actors: &'static [ActorT],
    pub(crate) touchpoints: &'static [TouchpointT],
    pub(crate) transitions: &'static [TransitionT],
}

#[derive(Debug)]
pub(crate) struct StageT {
    pub(crate) id: T,
    pub(crate) title: T,
    pub(crate) prompt: T,
}

#[derive(Debug)]
pub(crate) struct ActorT {
    pub(crate) id: T,
    pub(crate) name: T,
    pub(crate) kind: ActorKind,
    pub(crate) backstage: bool,
}

/// A touchpoint; `stage` and `actor` are indexes into the template's lists.
#[derive(Debug)]
pub(crate) struct TouchpointT {
    pub(crate) id: T,
    pub(crate) stage: usize,
    pub(crate) title: T,
    pub(crate) prompt: T,
    pub(crate) actor: usize,
    pub(crate) channel: Option<Channel>,
    pub(crate) direction: Option<Direction>,
    pub(crate) kind: TouchpointKind,
    pub(crate) importance: Importance,
    pub(crate) milestone: bool,
    pub(crate) opens_case: bool,
    pub(crate) decides_for_tenants: bool,
    pub(crate) outcome: Option<T>,
}

/// A transition between two touchpoints, by index.
#[derive(Debug)]
pub(crate) struct TransitionT {
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) kind: TransitionKind,
    pub(crate) label: Option<T>,
}

#[expect(
    clippy::too_many_arguments,
    reason = "one row of a template table reads best as one call"
)]
const fn tp(
    id: T,
    stage: usize,
    title: T,
    prompt: T,
    actor: usize,
    channel: Channel,
    direction: Direction,
    kind: TouchpointKind,
) -> TouchpointT {
    TouchpointT {
        id,
        stage,
        title,
        prompt,
        actor,
        channel: Some(channel),
        direction: Some(direction),
        kind,
        importance: Importance::Normal,
        milestone: false,
        opens_case: false,
        decides_for_tenants: false,
        outcome: None,
    }
}

impl TouchpointT {
    const fn high(mut self) -> Self {
        self.importance = Importance::High;
        self
    }
    const fn milestone(mut self) -> Self {
        self.milestone = true;
        self.importance = Importance::High;
        self
    }
    const fn opens_case(mut self) -> Self {
        self.opens_case = true;
        self
    }
    const fn decides(mut self) -> Self {
        self.decides_for_tenants = true;
        self
    }
    const fn outcome(mut self, outcome: T) -> Self {
        self.outcome = Some(outcome);
        self
    }
}

const fn next(from: usize, to: usize) -> TransitionT {
    TransitionT {
        from,
        to,
        kind: TransitionKind::Next,
        label: None,
    }
}

const fn step(from: usize, to: usize, kind: TransitionKind, label: T) -> TransitionT {
    TransitionT {
        from,
        to,
        kind,
        label: Some(label),
    }
}

const fn actor(id: T, name: T, kind: ActorKind) -> ActorT {
    ActorT {
        id,
        name,
        kind,
        backstage: false,
    }
}

const fn stage(id: T, title: T, prompt: T) -> StageT {
    StageT { id, title, prompt }
}

use Channel::{Desk, Email, HomeVisit, Inspection, Letter, Phone, Portal, Sms};
use Direction::{Inbound, Outbound};
use TouchpointKind::{Contact, Decision, Document, Visit};
use TransitionKind::{Escalation, Handoff, Loop};

const TENANT: ActorT = actor(
    t("tenant", "huurder"),
    t("Tenant", "Huurder"),
    ActorKind::Tenant,
);

pub(crate) const NEW_TENANT: Template = Template {
    id: t("new-tenant", "nieuwe-huurder"),
    title: t("Becoming our tenant: from offer to the first weeks", "Nieuwe huurder: van aanbieding tot de eerste weken"),
    description: t(
        "[to fill in] Whose journey is this, which homes and which period? Where do the figures come from?",
        "[aanvullen] Wiens reis is dit, over welke woningen en welke periode? Waar komen de cijfers vandaan?",
    ),
    persona: t(
        "[to fill in] Who is this tenant? Age, household, what makes this move special for them?",
        "[aanvullen] Wie is deze huurder? Leeftijd, huishouden, wat maakt deze verhuizing bijzonder?",
    ),
    goal: t("[to fill in] What does the tenant want, in their own words?", "[aanvullen] Wat wil de huurder, in eigen woorden?"),
    stages: &[
        stage(t("offer", "aanbieding"), t("Offer", "Aanbieding"), t("[to fill in] How is the home offered?", "[aanvullen] Hoe wordt de woning aangeboden?")),
        stage(t("viewing", "bezichtiging"), t("Viewing", "Bezichtiging"), t("[to fill in] Who shows the home, and how?", "[aanvullen] Wie laat de woning zien, en hoe?")),
        stage(t("signing", "contract"), t("Signing the lease", "Contract tekenen"), t("[to fill in] Where and how is the lease signed?", "[aanvullen] Waar en hoe wordt het huurcontract getekend?")),
        stage(t("keys", "sleutels"), t("Key handover", "Sleuteloverdracht"), t("[to fill in] How does the tenant get the keys?", "[aanvullen] Hoe krijgt de huurder de sleutels?")),
        stage(t("first-weeks", "eerste-weken"), t("First weeks", "Eerste weken"), t("[to fill in] What happens after moving in?", "[aanvullen] Wat gebeurt er na de verhuizing?")),
    ],
    actors: &[
        TENANT,
        actor(t("lettings", "verhuur"), t("Lettings team", "Team verhuur"), ActorKind::Department),
        actor(t("housing-officer", "woonconsulent"), t("Housing officer", "Woonconsulent"), ActorKind::Department),
    ],
    touchpoints: &[
        tp(t("offer", "aanbieding"), 0, t("Home offered", "Woning aangeboden"), t("[to fill in] How does the tenant hear they can have the home, and what do they feel?", "[aanvullen] Hoe hoort de huurder dat de woning voor hem of haar is, en wat voelt die dan?"), 1, Portal, Outbound, Document),
        tp(t("viewing", "bezichtiging"), 1, t("Viewing the home", "Bezichtiging van de woning"), t("[to fill in] Who shows the home? Is the tenant's own question asked first?", "[aanvullen] Wie laat de woning zien? Wordt eerst gevraagd wat de huurder wil weten?"), 2, HomeVisit, Outbound, Visit),
        tp(t("lease", "huurcontract"), 2, t("Signing the tenancy agreement", "Huurcontract tekenen"), t("[to fill in] What is explained, and what is only handed over in a folder?", "[aanvullen] Wat wordt uitgelegd, en wat alleen in een map meegegeven?"), 1, Desk, Inbound, Document).high(),
        tp(t("key-handover", "sleuteloverdracht"), 3, t("Key handover", "Sleuteloverdracht"), t("[to fill in] A milestone in the tenant's life: is it marked with a gesture or a congratulation?", "[aanvullen] Een mijlpaal in het leven van de huurder: wordt die gemarkeerd met een gebaar of een felicitatie?"), 2, Desk, Inbound, Contact).milestone(),
        tp(t("welcome-visit", "welkomstbezoek"), 4, t("Settling-in visit", "Welkomstbezoek"), t("[to fill in] Does someone come back to ask how the tenant is settling in?", "[aanvullen] Komt er iemand terug om te vragen hoe de huurder zich thuis voelt?"), 2, HomeVisit, Outbound, Visit)
            .outcome(t("[to fill in] The tenant lives in the home and feels welcome", "[aanvullen] De huurder woont in de woning en voelt zich welkom")),
    ],
    transitions: &[next(0, 1), next(1, 2), next(2, 3), next(3, 4)],
};

pub(crate) const REPAIR: Template = Template {
    id: t("repair", "reparatieverzoek"),
    title: t("Reporting a repair: from call to satisfaction check", "Een reparatie melden: van melding tot tevredenheidsmeting"),
    description: NEW_TENANT.description,
    persona: t(
        "[to fill in] Who is this tenant? What is broken, and what does it mean for their day?",
        "[aanvullen] Wie is deze huurder? Wat is er kapot, en wat betekent dat voor zijn of haar dag?",
    ),
    goal: NEW_TENANT.goal,
    stages: &[
        stage(t("report", "melden"), t("Report", "Melden"), t("[to fill in] How does the tenant report the defect?", "[aanvullen] Hoe meldt de huurder het gebrek?")),
        stage(t("diagnosis", "diagnose"), t("Diagnosis", "Diagnose"), t("[to fill in] Who finds out what is wrong and who pays?", "[aanvullen] Wie stelt vast wat er mis is en wie betaalt?")),
        stage(t("appointment", "afspraak"), t("Appointment", "Afspraak"), t("[to fill in] How is the appointment made?", "[aanvullen] Hoe wordt de afspraak gemaakt?")),
        stage(t("repair", "herstel"), t("Repair", "Herstel"), t("[to fill in] Who comes, and how often?", "[aanvullen] Wie komt er, en hoe vaak?")),
        stage(t("follow-up", "afronding"), t("Follow-up", "Afronding"), t("[to fill in] How does the tenant hear it is done, and is anyone asking how it went?", "[aanvullen] Hoe hoort de huurder dat het klaar is, en vraagt iemand hoe het ging?")),
    ],
    actors: &[
        TENANT,
        actor(t("contact-centre", "kcc"), t("Customer contact centre", "Klantcontactcentrum"), ActorKind::Department),
        ActorT { backstage: true, ..actor(t("planning", "planning"), t("Repairs planning", "Planning dagelijks onderhoud"), ActorKind::Department) },
        actor(t("contractor", "aannemer"), t("Contractor", "Aannemer"), ActorKind::Contractor),
    ],
    touchpoints: &[
        tp(t("report", "melding"), 0, t("Reporting the repair", "Reparatie melden"), t("[to fill in] Is the tenant's own question asked first, or the address and contract number?", "[aanvullen] Wordt eerst naar de vraag van de huurder gevraagd, of naar adres en contractnummer?"), 1, Phone, Inbound, Contact).opens_case(),
        tp(t("diagnosis", "diagnose"), 1, t("Finding out what is wrong", "Vaststellen wat er mis is"), t("[to fill in] Does the tenant hear what happens next and when?", "[aanvullen] Hoort de huurder wat er nu gebeurt en wanneer?"), 1, Phone, Inbound, Contact),
        tp(t("appointment", "afspraak"), 2, t("Appointment booked", "Afspraak ingepland"), t("[to fill in] Can the tenant choose a time that suits them?", "[aanvullen] Kan de huurder een tijd kiezen die hem of haar past?"), 2, Sms, Outbound, Document),
        tp(t("visit", "bezoek"), 3, t("Repair visit", "Monteur komt langs"), t("[to fill in] Does the tradesperson come on time, with the right parts?", "[aanvullen] Komt de monteur op tijd, met de juiste onderdelen?"), 3, HomeVisit, Outbound, Visit),
        tp(t("second-visit", "tweede-bezoek"), 3, t("Second visit", "Tweede bezoek"), t("[to fill in] Why is a second visit needed, and how does the tenant hear about it?", "[aanvullen] Waarom is een tweede bezoek nodig, en hoe hoort de huurder dat?"), 3, HomeVisit, Outbound, Visit),
        tp(t("done", "gereed"), 4, t("Repair completed", "Reparatie afgemeld"), t("[to fill in] Does the tenant hear that the report is closed?", "[aanvullen] Hoort de huurder dat de melding is afgesloten?"), 1, Sms, Outbound, Document),
        tp(t("satisfaction", "tevredenheid"), 4, t("Satisfaction check", "Tevredenheidsmeting"), t("[to fill in] Is the tenant asked how the help was, and does a low grade get a call back?", "[aanvullen] Wordt gevraagd hoe de hulp was, en volgt bij een laag cijfer een telefoontje?"), 1, Sms, Outbound, Contact)
            .outcome(t("[to fill in] The defect is fixed", "[aanvullen] Het gebrek is verholpen")),
    ],
    transitions: &[
        next(0, 1),
        step(1, 2, Handoff, t("passed to planning", "doorgezet naar planning")),
        next(2, 3),
        step(3, 5, TransitionKind::Next, t("fixed in one visit", "in één keer verholpen")),
        step(3, 4, Loop, t("[to fill in] why a second visit is needed", "[aanvullen] waarom een tweede bezoek nodig is")),
        next(4, 5),
        next(5, 6),
    ],
};

pub(crate) const RENOVATION: Template = Template {
    id: t("renovation", "renovatie"),
    title: t("Renovation in an occupied home: from announcement to handover", "Renovatie in bewoonde staat: van aankondiging tot oplevering"),
    description: NEW_TENANT.description,
    persona: t(
        "[to fill in] Who is this tenant? How long have they lived here, and what does the work mean for them?",
        "[aanvullen] Wie is deze huurder? Hoe lang woont die er al, en wat betekenen de werkzaamheden voor hem of haar?",
    ),
    goal: NEW_TENANT.goal,
    stages: &[
        stage(t("announcement", "aankondiging"), t("Announcement", "Aankondiging"), t("[to fill in] How do tenants first hear about the plans?", "[aanvullen] Hoe horen huurders voor het eerst van de plannen?")),
        stage(t("consultation", "overleg"), t("Consultation and consent", "Overleg en instemming"), t("[to fill in] How much say do tenants have (70% consent, residents' committee)?", "[aanvullen] Hoeveel zeggenschap hebben huurders (70% instemming, bewonerscommissie)?")),
        stage(t("works", "werkzaamheden"), t("Works", "Werkzaamheden"), t("[to fill in] What is it like to live in the home during the works?", "[aanvullen] Hoe is het om tijdens de werkzaamheden in de woning te wonen?")),
        stage(t("damage", "schade"), t("Damage", "Schade"), t("[to fill in] What happens when something gets damaged?", "[aanvullen] Wat gebeurt er als er iets beschadigd raakt?")),
        stage(t("handover", "oplevering"), t("Handover", "Oplevering"), t("[to fill in] How is the work finished and checked with the tenant?", "[aanvullen] Hoe wordt het werk afgerond en met de huurder nagelopen?")),
    ],
    actors: &[
        TENANT,
        actor(t("project-manager", "projectleider"), t("Project manager", "Projectleider"), ActorKind::Department),
        actor(t("resident-liaison", "bewonersconsulent"), t("Resident liaison officer", "Bewonersconsulent"), ActorKind::Department),
        actor(t("contractor", "aannemer"), t("Contractor", "Aannemer"), ActorKind::Contractor),
        actor(t("residents-committee", "bewonerscommissie"), t("Residents' committee", "Bewonerscommissie"), ActorKind::Partner),
    ],
    touchpoints: &[
        tp(t("announcement", "aankondiging"), 0, t("Announcement letter", "Aankondigingsbrief"), t("[to fill in] What does the letter say, and is it clear what is already decided?", "[aanvullen] Wat staat er in de brief, en is duidelijk wat al besloten is?"), 1, Letter, Outbound, Document),
        tp(t("residents-meeting", "bewonersavond"), 1, t("Residents' meeting", "Bewonersavond"), t("[to fill in] Are tenants heard, or only informed? What is done with their wishes?", "[aanvullen] Worden huurders gehoord, of alleen geïnformeerd? Wat gebeurt er met hun wensen?"), 4, Desk, Outbound, Contact).decides(),
        tp(t("consent", "instemming"), 1, t("Kitchen-table talk and consent", "Keukentafelgesprek en instemming"), t("[to fill in] Can the tenant choose, and is the decision explained?", "[aanvullen] Kan de huurder kiezen, en wordt het besluit uitgelegd?"), 2, HomeVisit, Outbound, Decision).decides().high(),
        tp(t("works", "werkzaamheden"), 2, t("Works in the home", "Werkzaamheden in de woning"), t("[to fill in] Who is there for the tenant during the works, every day?", "[aanvullen] Wie is er tijdens de werkzaamheden elke dag voor de huurder?"), 3, HomeVisit, Outbound, Visit).high(),
        tp(t("damage-report", "schade-melden"), 3, t("Reporting damage", "Schade melden"), t("[to fill in] Who takes the report, and does the tenant hear how it is settled?", "[aanvullen] Wie neemt de melding aan, en hoort de huurder hoe die wordt afgehandeld?"), 2, Phone, Inbound, Contact).opens_case(),
        tp(t("handover", "oplevering"), 4, t("Handover of the renovated home", "Oplevering van de gerenoveerde woning"), t("[to fill in] Is the result checked together with the tenant, and is the tenant thanked for their patience?", "[aanvullen] Wordt het resultaat samen met de huurder nagelopen, en wordt de huurder bedankt voor het geduld?"), 1, Inspection, Outbound, Visit)
            .milestone()
            .outcome(t("[to fill in] The home is renovated and the tenant knows what changed", "[aanvullen] De woning is gerenoveerd en de huurder weet wat er veranderd is")),
    ],
    transitions: &[
        next(0, 1),
        next(1, 2),
        next(2, 3),
        step(3, 4, TransitionKind::Next, t("something is damaged", "er raakt iets beschadigd")),
        step(3, 5, TransitionKind::Next, t("no damage", "geen schade")),
        next(4, 5),
    ],
};

pub(crate) const ARREARS: Template = Template {
    id: t("arrears", "huurachterstand"),
    title: t("Rent arrears: from a missed payment to a way out", "Huurachterstand: van gemiste betaling tot een uitweg"),
    description: NEW_TENANT.description,
    persona: t(
        "[to fill in] Who is this tenant, and why did the rent go unpaid?",
        "[aanvullen] Wie is deze huurder, en waarom bleef de huur onbetaald?",
    ),
    goal: NEW_TENANT.goal,
    stages: &[
        stage(t("reminders", "herinneringen"), t("Reminders", "Herinneringen"), t("[to fill in] How does the tenant hear a payment was missed?", "[aanvullen] Hoe hoort de huurder dat een betaling gemist is?")),
        stage(t("contact", "contact"), t("Personal contact", "Persoonlijk contact"), t("[to fill in] Who tries to reach the tenant in person, and how?", "[aanvullen] Wie probeert de huurder persoonlijk te bereiken, en hoe?")),
        stage(t("payment-plan", "betalingsregeling"), t("Payment plan", "Betalingsregeling"), t("[to fill in] What room is there to fit the plan to the tenant?", "[aanvullen] Welke ruimte is er om de regeling op de huurder af te stemmen?")),
        stage(t("next-steps", "vervolg"), t("Debt advice or court", "Schuldhulp of rechter"), t("[to fill in] What happens when the plan does not work?", "[aanvullen] Wat gebeurt er als de regeling niet lukt?")),
    ],
    actors: &[
        TENANT,
        actor(t("income-team", "incasso"), t("Income team", "Team incasso"), ActorKind::Department),
        actor(t("debt-advice", "schuldhulp"), t("Debt advice (municipality)", "Schuldhulpverlening gemeente"), ActorKind::Partner),
    ],
    touchpoints: &[
        tp(t("reminder", "herinnering"), 0, t("Payment reminder", "Betalingsherinnering"), t("[to fill in] What tone does the reminder take? Does it point to help?", "[aanvullen] Welke toon heeft de herinnering? Wijst die op hulp?"), 1, Letter, Outbound, Document),
        tp(t("final-reminder", "aanmaning"), 0, t("Final reminder", "Aanmaning"), t("[to fill in] What does the tenant feel when this letter arrives?", "[aanvullen] Wat voelt de huurder als deze brief binnenkomt?"), 1, Letter, Outbound, Document),
        tp(t("personal-contact", "persoonlijk-contact"), 1, t("Personal contact", "Persoonlijk contact"), t("[to fill in] Is the tenant's situation asked about before the debt is discussed?", "[aanvullen] Wordt eerst naar de situatie van de huurder gevraagd, voordat het over de schuld gaat?"), 1, Phone, Outbound, Contact).high(),
        tp(t("payment-plan", "betalingsregeling"), 2, t("Agreeing a payment plan", "Betalingsregeling afspreken"), t("[to fill in] Can staff make an exception when the usual term does not fit?", "[aanvullen] Mogen medewerkers afwijken als de gebruikelijke termijn niet past?"), 1, Phone, Outbound, Decision).high(),
        tp(t("debt-advice", "schuldhulp"), 3, t("Referral to debt advice", "Doorverwijzing naar schuldhulpverlening"), t("[to fill in] Is the tenant introduced to a named person, or only given a phone number?", "[aanvullen] Wordt de huurder aan een persoon voorgesteld, of krijgt die alleen een telefoonnummer?"), 2, Desk, Inbound, Contact),
        tp(t("cleared", "ingelopen"), 3, t("Arrears cleared", "Achterstand ingelopen"), t("[to fill in] Does anyone acknowledge the effort the tenant made?", "[aanvullen] Erkent iemand de moeite die de huurder gedaan heeft?"), 1, Letter, Outbound, Document)
            .outcome(t("[to fill in] The tenant keeps their home and is debt-free", "[aanvullen] De huurder houdt de woning en is schuldenvrij")),
        tp(t("formal-notice", "veertiendagenbrief"), 3, t("Formal notice before court", "Veertiendagenbrief"), t("[to fill in] Has every step before court been taken (reminder, personal contact, debt help)?", "[aanvullen] Zijn alle stappen vóór de rechter gezet (herinnering, persoonlijk contact, schuldhulp)?"), 1, Letter, Outbound, Document)
            .milestone()
            .outcome(t("[to fill in] The case goes to court", "[aanvullen] De zaak gaat naar de rechter")),
    ],
    transitions: &[
        next(0, 1),
        next(1, 2),
        next(2, 3),
        step(2, 6, Escalation, t("no contact", "geen contact")),
        step(3, 5, TransitionKind::Next, t("plan kept", "regeling nagekomen")),
        step(3, 4, Handoff, t("plan does not work", "regeling lukt niet")),
        next(4, 5),
    ],
};

pub(crate) const COMPLAINT: Template = Template {
    id: t("complaint", "klacht"),
    title: t("Making a complaint: from complaint to outcome", "Een klacht indienen: van klacht tot uitkomst"),
    description: NEW_TENANT.description,
    persona: t(
        "[to fill in] Who is this tenant, and what went wrong for them?",
        "[aanvullen] Wie is deze huurder, en wat ging er voor hem of haar mis?",
    ),
    goal: NEW_TENANT.goal,
    stages: &[
        stage(t("complaint", "klacht"), t("Complaint", "Klacht"), t("[to fill in] How and where does the tenant complain?", "[aanvullen] Hoe en waar dient de huurder de klacht in?")),
        stage(t("acknowledgement", "ontvangst"), t("Acknowledgement", "Ontvangstbevestiging"), t("[to fill in] How fast is the complaint acknowledged (UK: 5 working days)?", "[aanvullen] Hoe snel wordt de ontvangst bevestigd?")),
        stage(t("handling", "behandeling"), t("Handling", "Behandeling"), t("[to fill in] Who talks to the tenant, and is the tenant heard?", "[aanvullen] Wie spreekt de huurder, en wordt die gehoord?")),
        stage(t("outcome", "uitkomst"), t("Outcome", "Uitkomst"), t("[to fill in] How is the decision explained?", "[aanvullen] Hoe wordt het besluit uitgelegd?")),
        stage(t("escalation", "escalatie"), t("Escalation", "Escalatie"), t("[to fill in] Where can the tenant go next (complaints committee, Huurcommissie, Housing Ombudsman)?", "[aanvullen] Waar kan de huurder daarna heen (klachtencommissie, Huurcommissie)?")),
    ],
    actors: &[
        TENANT,
        actor(t("contact-centre", "kcc"), t("Customer contact centre", "Klantcontactcentrum"), ActorKind::Department),
        actor(t("complaints-officer", "klachtbehandelaar"), t("Complaints officer", "Klachtbehandelaar"), ActorKind::Department),
        actor(t("complaints-committee", "klachtencommissie"), t("Complaints committee", "Klachtencommissie"), ActorKind::Partner),
    ],
    touchpoints: &[
        tp(t("complaint", "klacht-indienen"), 0, t("Making a complaint", "Klacht indienen"), t("[to fill in] What is the complaint about: the substance, or how the tenant was treated?", "[aanvullen] Waar gaat de klacht over: de inhoud, of hoe de huurder behandeld is?"), 1, Email, Inbound, Contact).opens_case(),
        tp(t("acknowledgement", "ontvangstbevestiging"), 1, t("Acknowledgement", "Ontvangstbevestiging"), t("[to fill in] Does the tenant get a named person and a date?", "[aanvullen] Krijgt de huurder een naam en een datum?"), 2, Email, Outbound, Document),
        tp(t("conversation", "gesprek"), 2, t("Conversation with the complaints officer", "Gesprek met de klachtbehandelaar"), t("[to fill in] Is the tenant asked what would put it right for them?", "[aanvullen] Wordt de huurder gevraagd wat het voor hem of haar goed zou maken?"), 2, Phone, Outbound, Contact).high(),
        tp(t("decision", "besluit"), 3, t("Decision on the complaint", "Besluit op de klacht"), t("[to fill in] Is the decision explained, and after a no, is another way offered?", "[aanvullen] Wordt het besluit uitgelegd, en wordt na een nee een andere weg geboden?"), 2, Letter, Outbound, Decision)
            .high()
            .outcome(t("[to fill in] The complaint is resolved", "[aanvullen] De klacht is opgelost")),
        tp(t("committee", "klachtencommissie"), 4, t("Complaints committee", "Klachtencommissie"), t("[to fill in] How does the tenant experience the hearing, and the advice that follows?", "[aanvullen] Hoe ervaart de huurder de hoorzitting, en het advies dat volgt?"), 3, Letter, Inbound, Decision)
            .outcome(t("[to fill in] The committee's advice is followed", "[aanvullen] Het advies van de commissie wordt opgevolgd")),
    ],
    transitions: &[
        next(0, 1),
        next(1, 2),
        next(2, 3),
        step(3, 4, Escalation, t("the tenant disagrees", "de huurder is het er niet mee eens")),
    ],
};

pub(crate) const MOVE_OUT: Template = Template {
    id: t("move-out", "huuropzegging"),
    title: t(
        "Moving out: from notice to final settlement",
        "Huur opzeggen: van opzegging tot eindafrekening",
    ),
    description: NEW_TENANT.description,
    persona: t(
        "[to fill in] Who is this tenant, and why are they leaving (moving on, care home, death of a partner)?",
        "[aanvullen] Wie is deze huurder, en waarom vertrekt die (doorstromen, verpleeghuis, overlijden partner)?",
    ),
    goal: NEW_TENANT.goal,
    stages: &[
        stage(
            t("notice", "opzegging"),
            t("Notice", "Opzegging"),
            t(
                "[to fill in] How does the tenant give notice?",
                "[aanvullen] Hoe zegt de huurder de huur op?",
            ),
        ),
        stage(
            t("pre-inspection", "voorinspectie"),
            t("Pre-inspection", "Voorinspectie"),
            t(
                "[to fill in] Who comes to look at the home, and is it done in person?",
                "[aanvullen] Wie komt de woning bekijken, en gebeurt dat persoonlijk?",
            ),
        ),
        stage(
            t("final-inspection", "eindinspectie"),
            t("Final inspection", "Eindinspectie"),
            t(
                "[to fill in] How are the keys returned and the home checked?",
                "[aanvullen] Hoe worden de sleutels ingeleverd en de woning nagelopen?",
            ),
        ),
        stage(
            t("settlement", "eindafrekening"),
            t("Final settlement", "Eindafrekening"),
            t(
                "[to fill in] How is the final bill explained?",
                "[aanvullen] Hoe wordt de eindafrekening uitgelegd?",
            ),
        ),
    ],
    actors: &[
        TENANT,
        actor(
            t("lettings", "verhuur"),
            t("Lettings team", "Team verhuur"),
            ActorKind::Department,
        ),
        actor(
            t("surveyor", "opzichter"),
            t("Surveyor", "Opzichter"),
            ActorKind::Department,
        ),
        ActorT {
            backstage: true,
            ..actor(
                t("finance", "financien"),
                t("Finance", "Financiële administratie"),
                ActorKind::Department,
            )
        },
    ],
    touchpoints: &[
        tp(
            t("notice", "opzeggen"),
            0,
            t("Giving notice", "Huur opzeggen"),
            t(
                "[to fill in] Is the reason for leaving asked, and acknowledged?",
                "[aanvullen] Wordt naar de reden van vertrek gevraagd, en wordt die erkend?",
            ),
            1,
            Portal,
            Inbound,
            Document,
        )
        .high(),
        tp(
            t("pre-inspection", "voorinspectie"),
            1,
            t("Pre-inspection", "Voorinspectie"),
            t(
                "[to fill in] Does the tenant hear clearly what must be done before leaving?",
                "[aanvullen] Hoort de huurder duidelijk wat er vóór vertrek moet gebeuren?",
            ),
            2,
            Inspection,
            Outbound,
            Visit,
        ),
        tp(
            t("final-inspection", "eindinspectie"),
            2,
            t(
                "Final inspection and returning the keys",
                "Eindinspectie en sleutels inleveren",
            ),
            t(
                "[to fill in] Leaving a home can be a milestone: is it marked?",
                "[aanvullen] Een woning verlaten kan een mijlpaal zijn: wordt die gemarkeerd?",
            ),
            2,
            Inspection,
            Outbound,
            Visit,
        )
        .milestone(),
        tp(
            t("settlement", "eindafrekening"),
            3,
            t("Final settlement", "Eindafrekening"),
            t(
                "[to fill in] Are the costs explained, and can the tenant ask about them?",
                "[aanvullen] Worden de kosten uitgelegd, en kan de huurder er vragen over stellen?",
            ),
            3,
            Letter,
            Outbound,
            Document,
        )
        .outcome(t(
            "[to fill in] The tenancy is settled",
            "[aanvullen] De huur is afgerekend",
        )),
    ],
    transitions: &[next(0, 1), next(1, 2), next(2, 3)],
};
