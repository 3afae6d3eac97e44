# Het JSON-schema van reisbestanden, in het Nederlands (`tjm schema --lang nl`, en `tjm init`
# voor een Nederlands project). De Engelse teksten zijn de doc comments in src/model/.
# Een sleutel noemt de plek: `Touchpoint` voor een definitie, `Touchpoint-channel` voor een
# veld daarvan, `Channel-home_visit` voor een waarde. De test `every_schema_place_has_a_dutch_description`
# noemt elke sleutel die ontbreekt, met de Engelse tekst erbij.

# Een alias: een Nederlandse naam die tjm accepteert voor een waarde. $name is de eigen naam
# van de waarde, $description de beschrijving daarvan.
schema-alias = Nederlandse naam voor `{ $name }`: { $description }

Journey = Een klantreis van huurders voor tjm: contactmomenten die samen een netwerk vormen. Bij elk moment staat wie de huurder helpt, via welk kanaal, hoe lang de huurder wacht, hoe de huurder zich voelt en welke aandacht de organisatie geeft.
Journey-schema = Het JSON-schema dat dit bestand volgt, zodat een editor kan aanvullen en controleren.
Journey-id = Korte, unieke naam van de reis, gebruikt in links en bestandsnamen (bijvoorbeeld `nieuwe-huurder`).
Journey-title = De titel van de reis zoals een manager die leest (bijvoorbeeld "Een reparatie melden").
Journey-language = Taal van de teksten in dit bestand; rapporten en meldingen volgen die taal, tenzij `--lang` iets anders zegt.
Journey-organisation = De woningcorporatie van wie deze reis is; staat in de rapporten.
Journey-description = Waar deze reis over gaat en wiens ervaring die beschrijft.
Journey-volume = Hoeveel huurders (of zaken) per jaar aan deze reis beginnen, en waar dat getal vandaan komt. Het rapport maakt er huurders per jaar van in plaats van percentages; als er een log van de reis is, telt tjm het daarin.
Journey-personas = Wie deze reis maakt: een of meer voorbeeldhuurders.
Journey-stages = De fasen in de volgorde waarin de huurder ze beleeft (bijvoorbeeld melden → afspraak → herstel).
Journey-actors = Wie er meedoet: de huurder, afdelingen, aannemers, partners.
Journey-start = Het contactmoment waar de reis begint; zonder dit veld is dat het eerste contactmoment.
Journey-touchpoints = Alle momenten van contact of beleving.
Journey-transitions = Hoe huurders van het ene contactmoment naar het volgende gaan.
Journey-evidence = Wat de kaart meer maakt dan een mening: uitspraken van huurders, rapportcijfers uit enquêtes, tellingen.

Language = De taal van de teksten in een reis, en dus van het rapport.
Language-nl = Nederlands.
Language-en = Engels.

Volume = Hoeveel huurders per jaar aan een reis beginnen: het getal dat van "30% van de huurders" voor het bestuur "5.520 huurders per jaar" maakt.
Volume-per_year = Huurders of zaken die per jaar aan de reis beginnen (bijvoorbeeld 18400 reparatieverzoeken).
Volume-source = Waar het getal vandaan komt (bijvoorbeeld "Reparatiesysteem De Linde").
Volume-period = De periode waarover het geteld is (bijvoorbeeld "2025").

Persona = Een voorbeeldhuurder die de reis maakt.
Persona-name = De naam van de persona (bijvoorbeeld "Joeri").
Persona-age = Leeftijd in jaren.
Persona-description = Wie deze huurder is en in welke situatie.
Persona-goal = Wat de huurder van deze reis wil, in eigen woorden.

Stage = Een fase van de reis (bijvoorbeeld "Sleutels", "Melden").
Stage-id = Korte, unieke naam waarnaar contactmomenten verwijzen.
Stage-title = De titel van de fase zoals die in de rapporten staat.
Stage-description = Wat er in deze fase gebeurt.

Actor = Iemand die de huurder helpt of meedoet in de reis.
Actor-id = Korte, unieke naam waarnaar contactmomenten verwijzen.
Actor-name = De naam zoals de huurder die zou zeggen (bijvoorbeeld "Klantcontactcentrum").
Actor-kind = Wat voor betrokkene dit is.
Actor-backstage = Waar (true) als de huurder deze betrokkene nooit ziet (backoffice, planning); die staat dan in de baan achter de schermen.

ActorKind = Het soort betrokkene; bepaalt in welke baan die in de blauwdruk staat.
ActorKind-tenant = De huurder zelf.
ActorKind-department = Een afdeling of team van de woningcorporatie.
ActorKind-contractor = Een aannemer die voor de corporatie werkt.
ActorKind-partner = Een partner buiten de corporatie: gemeente, schuldhulpverlening, huurderscommissie.

Touchpoint = Een moment van contact of beleving: wie de huurder helpt, hoe, hoe lang de huurder erop wachtte, hoe de huurder zich voelt en welke aandacht de organisatie geeft.
Touchpoint-id = Korte, unieke naam waarnaar overgangen en bewijs verwijzen (bijvoorbeeld `sleuteloverdracht`).
Touchpoint-stage = De fase waar dit contactmoment bij hoort (de `id` van een fase).
Touchpoint-title = Wat er gebeurt, in een paar woorden (bijvoorbeeld "Sleuteloverdracht op kantoor").
Touchpoint-description = Wat er gebeurt, zoals de huurder het zou vertellen.
Touchpoint-actor = Wie de huurder hier helpt (de `id` van een betrokkene). Schrijf `onbekend` (of `unknown`), of laat het weg, als nog niemand het weet: een onbekende betrokkene telt nooit als overdracht.
Touchpoint-channel = Via welk kanaal.
Touchpoint-direction = Wie het contact begint: de huurder (inbound) of de organisatie (outbound).
Touchpoint-kind = Wat voor moment dit is.
Touchpoint-wait = Hoe lang de huurder op dit moment wacht, bijvoorbeeld "3 weken", "2 werkdagen", "4 uur".
Touchpoint-importance = Hoeveel dit moment voor de huurder betekent.
Touchpoint-milestone = Waar (true) als dit een mijlpaal is in het leven van de huurder of een moment van de waarheid (de sleutels, de brief over ontruiming): dat vraagt om een gebaar, niet alleen om een transactie.
Touchpoint-emotion = Hoe de huurder zich op dit moment voelt.
Touchpoint-attention = De aandacht die de organisatie hier geeft. Laat een veld weg als u het niet weet.
Touchpoint-refusal = Waar (true) als de huurder "nee" hoort: een verzoek afgewezen, een regel die tegen de huurder uitpakt.
Touchpoint-decides_for_tenants = Waar (true) als op dit moment iets voor huurders wordt besloten: planmatig onderhoud, een ontwerp, een regel.
Touchpoint-opens_case = Waar (true) als de huurder hier iets begint dat een antwoord vraagt: een melding, klacht, schadeclaim of verzoek. Een later contactmoment hoort de cirkel te sluiten.
Touchpoint-outcome = Waar de huurder mee eindigt als de reis hier stopt (bijvoorbeeld "Lekkage verholpen").
Touchpoint-good_practice = Een goed voorbeeld op dit moment, dat de rapporten laten zien (bijvoorbeeld "Henk komt dagelijks langs").
Touchpoint-silence = Regels die voor dit contactmoment uit staan, elk met de reden waarom.

Channel = Het kanaal van een contactmoment. De namen komen één op één overeen met de kanaalcodes van VERA (Aedes-datastandaarden), zodat contactregistraties aan contactmomenten te koppelen zijn.
Channel-desk = Aan de balie of op kantoor (VERA `BAL`).
Channel-phone = Telefonisch (VERA `TEL`).
Channel-email = Per e-mail (VERA `EMA`).
Channel-letter = Per brief of gedrukte folder (VERA `BRI`).
Channel-home_visit = Een bezoek bij de huurder thuis (VERA `BEZ`).
Channel-inspection = Een inspectie van de woning (VERA `INS`).
Channel-portal = Website of klantportaal (VERA `INT`).
Channel-sms = Sms-bericht (VERA `SMS`).
Channel-whatsapp = WhatsApp of een andere berichtenapp (VERA `APP`).

Direction = Wie een contact begint (VERA `INK`/`UIT`).
Direction-inbound = De huurder neemt contact op met de organisatie (VERA `INK`).
Direction-outbound = De organisatie neemt contact op met de huurder (VERA `UIT`).

TouchpointKind = Wat voor moment een contactmoment is.
TouchpointKind-contact = Een gesprek of uitwisseling met de huurder.
TouchpointKind-document = Een brief, formulier, folder of contract dat de huurder krijgt of invult.
TouchpointKind-visit = Er komt iemand aan huis: een reparatie, een inspectie, een bezichtiging.
TouchpointKind-decision = Er wordt iets besloten over de huurder of de woning.
TouchpointKind-wait = De huurder wacht en er gebeurt niets zichtbaars.

Wait = Een wachttijd: een getal en een eenheid, bijvoorbeeld "3 weken", "2 werkdagen", "4 uur".

Importance = Hoeveel een moment voor de huurder betekent.
Importance-low = Routine; de huurder merkt het nauwelijks.
Importance-normal = Een gewoon moment.
Importance-high = De huurder vindt het heel belangrijk hoe dit gaat.

Emotion = Hoe de huurder zich voelt, op een schaal van −3 (heel slecht) tot +3 (heel goed).
Emotion-score = −3 heel slecht, −2 slecht, −1 ongemakkelijk, 0 neutraal, +1 prima, +2 goed, +3 heel goed.
Emotion-note = Wat de huurder voelt of zegt, in eigen woorden.

Attention = De aandacht die de organisatie op één moment geeft. Elk veld mag weg: laat het weg als u het niet weet, want tjm beoordeelt alleen wat het bestand vastlegt.
Attention-own_question_asked = Werd eerst naar de eigen vraag van de huurder gevraagd ("Waar kan ik u mee helpen?"), vóór de procedure of de gegevens van de organisatie?
Attention-named_contact = Heeft de huurder een vaste, bij naam bekende persoon die de zaak oppakt?
Attention-acknowledged = Krijgt het moment erkenning, met een gebaar of begrip, en wordt het niet alleen als transactie afgehandeld?
Attention-decision_explained = Wordt een besluit uitgelegd: hoe en waarom het genomen is?
Attention-alternative_offered = Wordt na een nee een andere manier van helpen aangeboden ("Misschien kan ik u op een andere manier helpen")?
Attention-room_for_exceptions = Mogen medewerkers een uitzondering op de regel maken als de situatie van de huurder daarom vraagt?
Attention-loop_closed = Hoort de huurder hoe de melding, klacht of het verzoek is afgelopen (terugkoppeling, cirkel gesloten)?
Attention-satisfaction_checked = Wordt de huurder gevraagd of de hulp goed was ("Bent u tevreden over hoe u geholpen bent?")?
Attention-participation = Hoeveel inspraak huurders hebben waar dit moment iets voor hen besluit.
Attention-friendliness = Hoe vriendelijk de medewerkers zijn, van 1 (kortaf) tot 5 (heel vriendelijk).
Attention-helpfulness = Hoeveel de huurder echt geholpen is, van 1 (helemaal niet) tot 5 (helemaal).

Participation = De participatieladder (Edelenbos): hoeveel inspraak huurders hebben. Pas vanaf `advising` (adviseren) is hun invloed bindend.
Participation-informed = Huurders horen wat er besloten is.
Participation-consulted = Huurders wordt om hun mening gevraagd; de organisatie beslist.
Participation-advising = Huurders adviseren en het advies weegt zwaar.
Participation-co-producing = Huurders en organisatie maken het plan samen.
Participation-deciding = Huurders beslissen samen met de organisatie.
Participation-self-managing = Huurders regelen het zelf.

Silence = Een regel die voor één contactmoment uit staat, met de reden waarom. Het rapport blijft hem noemen.
Silence-rule = De naam of code van de regel (bijvoorbeeld `cold-channel` of `TJM103`).
Silence-reason = Waarom deze regel hier niet geldt. Verplicht: er verdwijnt niets stilletjes.

Transition = Hoe huurders van het ene contactmoment naar het volgende gaan.
Transition-from = Het contactmoment waar huurders vandaan komen.
Transition-to = Het contactmoment waar huurders naartoe gaan.
Transition-label = Wat er onderweg gebeurt (bijvoorbeeld "monteur heeft onderdeel niet bij zich").
Transition-share = Percentage van de huurders bij `from` dat deze overgang neemt (0–100). Zonder dit veld worden de huurders die de andere overgangen vanuit `from` niet nemen gelijk verdeeld.
Transition-kind = Wat voor stap dit voor de huurder is.

TransitionKind = Het soort stap, zoals de huurder die beleeft.
TransitionKind-next = De gewone volgende stap.
TransitionKind-handoff = De huurder wordt doorverwezen naar een andere betrokkene.
TransitionKind-loop = De huurder moet terugkomen of opnieuw contact opnemen (herhaalcontact).
TransitionKind-escalation = De huurder escaleert: een klacht, de klachtencommissie, de Huurcommissie.

Evidence = Een uitspraak van een huurder, een rapportcijfer of een telling die onderbouwt wat de kaart over een contactmoment zegt. Uitspraken kunnen persoonsgegevens bevatten: tjm logt of verstuurt ze nooit.
Evidence-touchpoint = Het contactmoment waar dit over gaat (de `id` van een contactmoment); laat weg als het over de hele reis gaat.
Evidence-kind = Wat voor bewijs dit is.
Evidence-text = De uitspraak, of een beschrijving van wat is gevonden.
Evidence-source = Waar het vandaan komt (bijvoorbeeld "KWH-meting 2025", "klantpanel maart").
Evidence-speaker = Wie de woorden van een citaat zegt: een huurder, een medewerker of iemand anders. Het rapport toont een citaat alleen als de woorden van de huurder wanneer hier `tenant` (huurder) staat.
Evidence-date = Wanneer het is verzameld (bijvoorbeeld "2025-03").
Evidence-grade = Een rapportcijfer uit een enquête op de schaal van 1 tot 10 (Aedes-benchmark, KWH).
Evidence-percent_satisfied = Percentage tevreden respondenten (de Britse Tenant Satisfaction Measures).
Evidence-count = Een telling uit contactregistraties of dossiers (bijvoorbeeld herhaalde telefoontjes per maand).
Evidence-respondents = Hoeveel huurders antwoordden of geteld zijn.

Speaker = Wie de woorden van een citaat zegt.
Speaker-tenant = Een huurder, of iemand uit het huishouden van de huurder (huurder).
Speaker-staff = Een medewerker van de corporatie of van een aannemer (medewerker).
Speaker-other = Iemand anders: een familielid, een lezer, een onderzoeker (anders).
EvidenceKind = Het soort bewijs.
EvidenceKind-quote = Wat een huurder zei (citaat).
EvidenceKind-survey = Een uitkomst van een enquête.
EvidenceKind-count = Een telling uit contactregistraties of dossiers.
EvidenceKind-observation = Iets wat een medewerker of onderzoeker zag (observatie).

## Normen (tjm norms), mijlpalen met goed of slecht nieuws, weigeringen met een reden
Touchpoint-norm = De norm waaraan dit moment moet voldoen, met de id uit een normenprofiel (`tjm norms` toont ze): een termijn zoals `awaab.investigation` of `bw.7-257`, of een processtap zoals `nl.arrears.reminder`; een lijst als één moment meerdere stappen is (een herinneringsbrief die ook naar schuldhulp verwijst).
NormIds = De norm-id's die een contactmoment noemt: één, of een lijst, zoals geschreven.
MilestoneForm = Een mijlpaal: `true`, of zeg of het goed of slecht nieuws is voor de huurder.
News = Goed of slecht nieuws voor de huurder.
News-good_news = De sleutels, een eerste eigen woning, een afgeronde renovatie: dit verdient een gebaar (goed_nieuws).
News-bad_news = Een brief over ontruiming, een overlijden, een weigering die een leven verandert: dit vraagt tijd, begrip en een mens (slecht_nieuws).
RefusalForm = Een weigering: `true`, of een object met de reden.
RefusalDetail = Waarom de huurder nee hoort, en of de huurder om een uitzondering vroeg.
RefusalDetail-reason = Waarom het antwoord nee is: `rule` (regel), `capacity` (capaciteit), `not_our_task` (niet_onze_taak) of `not_possible` (niet_mogelijk).
RefusalDetail-exception_asked = Vroeg de huurder om een uitzondering op de regel, omdat de situatie daarom vraagt?
RefusalReason = Waarom de organisatie nee zegt.
RefusalReason-rule = Een regel of beleid zegt nee (regel).
RefusalReason-capacity = Er zijn nu geen mensen, geen geld of geen tijd voor (capaciteit).
RefusalReason-not_our_task = Iemand anders hoort te helpen: de gemeente, de zorgaanbieder, de huurder zelf (niet_onze_taak).
RefusalReason-not_possible = Het kan niet: technisch, juridisch of fysiek (niet_mogelijk).

## Ontbrekende stappen, onbekende betrokkenen, stappen van meer dan één soort
Touchpoint-absent = Waar voor een stap die zou moeten gebeuren en niet gebeurt: het beloofde terugbellen dat nooit komt, geen bevestiging na een melding, geen terugkoppeling na een besluit. De `attention` zegt wat de stap had moeten geven; niets daarvan wordt gegeven. Paden lopen er wel doorheen, maar het telt niet als contact.
TransitionKinds = Eén soort, of een lijst van soorten als de stap meer is dan één (bijvoorbeeld `["handoff", "loop"]`).

## Metingen uit contact- en zaakregistraties (tjm evidence)
Touchpoint-evidence_match = Welke gebeurtenissen uit een contact- of zaakregistratie dit contactmoment zijn (zie `tjm evidence`).
EvidenceMatch = Welke gebeurtenissen uit een contact- of zaakregistratie dit contactmoment zijn, zodat `tjm evidence` de klantreis kan meten zoals huurders die echt doorliepen: een gebeurtenis hoort bij dit contactmoment als de activiteit een van de namen in `activity` is en, waar opgegeven, ook kanaal en richting kloppen.
EvidenceMatch-activity = De namen van de activiteiten in de registratie (bijvoorbeeld "Klant belt opnieuw"); hoofdletters tellen niet.
EvidenceMatch-channel = Alleen gebeurtenissen via dit kanaal (het VERA-`kanaal` in de registratie, bijvoorbeeld `TEL` voor telefoon).
EvidenceMatch-direction = Alleen inkomende of alleen uitgaande gebeurtenissen (de VERA-`richting` in de registratie, `INK`/`UIT`).
