# Rule findings: per rule the terminal's -message and -help, and the board's -board and -board-fix.
# De terminal en SARIF noemen het veld dat anders moet; de tekst voor het bestuur noemt er
# geen (geen veldnamen, opties of regelnamen): een manager leest die in het rapport.
# Argumenten: $title is de titel van een touchpoint zoals de klantreis die schrijft.

## TJM101 missed-milestone
missed-milestone-message = “{ $title }” is een mijlpaal voor de huurder, maar niemand staat erbij stil
missed-milestone-help = geef het moment een gebaar of een persoonlijk woord en zet dan `attention.acknowledged` op true
missed-milestone-board = “{ $title }” is een mijlpaal in het leven van de huurder, en niemand staat erbij stil.
missed-milestone-board-fix = Geef het moment een gebaar of een persoonlijk woord, zodat de huurder merkt dat het ook voor ons telt.
## TJM101 missed-milestone, goed nieuws ($news is good_news)
missed-milestone-good-news-message = “{ $title }” is goed nieuws voor de huurder, maar niemand viert het
missed-milestone-good-news-help = vier het goede nieuws met een gebaar (bloemen, een kaart, een persoonlijke felicitatie) en zet dan `attention.acknowledged` op true
missed-milestone-good-news-board = “{ $title }” is goed nieuws in het leven van de huurder, en niemand staat erbij stil.
missed-milestone-good-news-board-fix = Vier het goede nieuws met een klein gebaar: bloemen, een kaart, een persoonlijke felicitatie.
## TJM101 missed-milestone, slecht nieuws ($news is bad_news; $missing is empathy, person of both)
missed-milestone-bad-news-message = “{ $title }” is slecht nieuws voor de huurder, { $missing ->
        [empathy] en niemand staat stil bij hoe zwaar dat is
        [person] en geen vaste medewerker neemt de tijd om het te brengen
       *[both] en het komt zonder medeleven en zonder vaste medewerker
    }
missed-milestone-bad-news-help = breng slecht nieuws persoonlijk: een vaste medewerker die de tijd neemt, luistert en zegt wat er nu gebeurt; zet dan `attention.acknowledged` en `attention.named_contact` op true
missed-milestone-bad-news-board = “{ $title }” is slecht nieuws in het leven van de huurder, { $missing ->
        [empathy] en niemand staat stil bij hoe zwaar dat is.
        [person] en niemand die de huurder kent neemt de tijd om het te brengen.
       *[both] en het komt zonder medeleven en zonder iemand bij wie de huurder terechtkan.
    }
missed-milestone-bad-news-board-fix = Breng slecht nieuws persoonlijk: iemand die de huurder bij naam kent, die de tijd neemt, luistert en zegt wat er nu gebeurt.

## TJM102 procedure-first
procedure-first-message = bij “{ $title }” gaat de procedure voor: de eigen vraag van de huurder wordt niet gesteld
procedure-first-help = begin met “Waar kan ik u mee helpen?” en vraag pas gegevens als de vraag daarom vraagt
procedure-first-board = Bij “{ $title }” gaat onze procedure voor: niemand vraagt naar de eigen vraag van de huurder.
procedure-first-board-fix = Begin met “Waar kan ik u mee helpen?” en vraag pas gegevens als de vraag daarom vraagt.

## TJM103 cold-channel; $channel is een kanaal (zie common.ftl)
cold-channel-message = “{ $title }” is belangrijk voor de huurder maar komt alleen via { channel-name }, zonder vast aanspreekpunt{ importance-because }
cold-channel-help = voeg een persoonlijk contact toe (bellen of langsgaan door een vaste medewerker) en zet dan `attention.named_contact` op true
cold-channel-board = “{ $title }” is belangrijk voor de huurder, maar komt alleen via { channel-name }, zonder iemand bij wie de huurder terechtkan.
cold-channel-board-fix = Voeg een persoonlijk contact toe: bellen of langsgaan door iemand die de huurder bij naam kent.
## Waarom een touchpoint zonder importance toch telt als moment dat ertoe doet; $because is
## milestone, refusal, decision, opens_case, feels_bad, of written (het bestand zegt het zelf)
importance-because = { $because ->
        [milestone] ; telt als moment dat ertoe doet omdat het een mijlpaal is
        [refusal] ; telt als moment dat ertoe doet omdat het een afwijzing is
        [decision] ; telt als moment dat ertoe doet omdat hier over het huis of geld van de huurder wordt besloten
        [opens_case] ; telt als moment dat ertoe doet omdat de huurder hier een zaak begint
        [feels_bad] ; telt als moment dat ertoe doet omdat de huurder zich hier slecht voelt (emotie −2 of lager)
       *[written] {""}
    }

## TJM104 friendly-not-helpful; $friendly en $helpful zijn scores van 1 tot 5
friendly-not-helpful-message = bij “{ $title }” zijn medewerkers vriendelijk ({ $friendly }/5) maar helpen nauwelijks ({ $helpful }/5)
friendly-not-helpful-help = geef medewerkers de middelen om echt te helpen, niet alleen de woorden: een eerder moment, een oplossing, een besluit
friendly-not-helpful-board = Bij “{ $title }” zijn medewerkers vriendelijk ({ $friendly } van de 5) maar helpen ze nauwelijks ({ $helpful } van de 5).
friendly-not-helpful-board-fix = Geef medewerkers de middelen om echt te helpen, niet alleen vriendelijke woorden: een eerder moment, een oplossing, een besluit.

## TJM201 bare-no
bare-no-message = bij “{ $title }” hoort de huurder nee{ refusal-because }, zonder dat er een alternatief wordt geboden
bare-no-help = zeg wat wél kan: “Misschien kan ik u op een andere manier helpen”; zet dan `attention.alternative_offered` op true
bare-no-board = Bij “{ $title }” hoort de huurder nee, en er wordt niets anders geboden.
bare-no-board-fix = Zeg wat wél kan: “Misschien kan ik u op een andere manier helpen.”
## De reden van een afwijzing, midden in een zin; $reason is rule, capacity, not_possible,
## not_our_task of unsaid
refusal-because = { $reason ->
        [rule] , vanwege een regel
        [capacity] , omdat de capaciteit ontbreekt
        [not_possible] , omdat het niet kan
        [not_our_task] , omdat het niet onze taak is
       *[unsaid] {""}
    }
## TJM201 bare-no, "niet onze taak" ($reason is not_our_task)
bare-no-not-our-task-message = bij “{ $title }” hoort de huurder dat dit niet onze taak is; niemand brengt de huurder bij wie wel kan helpen, en er wordt niets anders geboden
bare-no-not-our-task-help = breng de huurder bij wie wel kan helpen, met naam en toenaam (een overdracht naar een touchpoint met `attention.named_contact` op true), of bied iets anders en zet `attention.alternative_offered` op true
bare-no-not-our-task-board = Bij “{ $title }” hoort de huurder dat dit niet onze taak is, en staat er dan alleen voor.
bare-no-not-our-task-board-fix = Breng de huurder persoonlijk in contact met wie wel kan helpen, of bied een andere manier om te helpen.

## TJM202 no-room-for-exceptions; $score is de emotiescore, −3 tot +3
no-room-for-exceptions-message = bij “{ $title }” staat de regel geen uitzondering toe terwijl de huurder in de knel zit (emotie { $score })
no-room-for-exceptions-help = geef medewerkers ruimte om af te wijken als de situatie van de huurder erom vraagt, en leg vast wie dat mag
no-room-for-exceptions-board = Bij “{ $title }” staat de regel geen uitzondering toe, terwijl de huurder in de knel zit.
no-room-for-exceptions-board-fix = Geef medewerkers ruimte om af te wijken als de situatie van de huurder erom vraagt, en spreek af wie dat mag.
## TJM202 no-room-for-exceptions, om een uitzondering gevraagd en door de regel geweigerd
no-room-for-exceptions-asked-message = bij “{ $title }” vroeg de huurder om een uitzondering en hoort alleen dat de regel nee zegt, zonder ruimte om naar de situatie te kijken
no-room-for-exceptions-asked-help = laat medewerkers de situatie van de huurder afwegen tegen de regel en leg vast wie mag beslissen; zet dan `attention.room_for_exceptions` op true
no-room-for-exceptions-asked-board = Bij “{ $title }” vraagt de huurder om een uitzondering en hoort alleen dat de regel nee zegt.
no-room-for-exceptions-asked-board-fix = Laat medewerkers de situatie van de huurder afwegen tegen de regel, en spreek af wie over een uitzondering mag beslissen.

## TJM203 decided-for-tenants; $say is informed (alleen geïnformeerd) of none (geen inspraak vastgelegd)
decided-for-tenants-message = “{ $title }” beslist voor huurders, en { $say ->
        [informed] huurders worden alleen geïnformeerd
       *[none] huurders hebben geen vastgelegde inspraak
    }
decided-for-tenants-help = raadpleeg huurders vóór het besluit (minstens `consulted`; vanaf `advising` telt hun stem echt) en leg `attention.participation` vast
decided-for-tenants-board = “{ $title }” beslist voor huurders, { $say ->
        [informed] en zij worden alleen geïnformeerd.
       *[none] zonder dat we weten dat zij inspraak hebben.
    }
decided-for-tenants-board-fix = Raadpleeg huurders vóór het besluit, en laat hun advies meetellen.

## TJM301 pillar-to-post, op het hoofdpad; $count is het aantal overdrachten tot dan
pillar-to-post-path-message = bij “{ $title }” is de huurder op het hoofdpad al { $count ->
        [one] { $count } keer
       *[other] { $count } keer
    } doorgestuurd zonder vast aanspreekpunt
pillar-to-post-path-help = geef de huurder één vaste medewerker die de zaak van melding tot resultaat houdt, en zet `attention.named_contact` op true
pillar-to-post-path-board = Bij “{ $title }” is de gewone huurder al { $count ->
        [one] { $count } keer
       *[other] { $count } keer
    } doorgestuurd, zonder dat iemand de zaak houdt.
pillar-to-post-path-board-fix = Geef de huurder één vaste medewerker die de zaak houdt, van de eerste melding tot het resultaat.
## TJM301 pillar-to-post, gemiddeld; $expected is het verwachte aantal overdrachten
pillar-to-post-expected-message = een huurder wordt gemiddeld { $expected } keer doorgestuurd; de drukste overdracht gaat naar “{ $title }”
pillar-to-post-expected-help = schrap overdrachten of geef de huurder één vast aanspreekpunt
pillar-to-post-expected-board = Een huurder wordt gemiddeld { $expected } keer doorgestuurd; het vaakst op weg naar “{ $title }”.
pillar-to-post-expected-board-fix = Schrap overdrachten, of geef de huurder één vaste medewerker die de zaak houdt.
## TJM301 pillar-to-post, "niet onze taak" zonder warme overdracht
pillar-to-post-not-our-task-message = bij “{ $title }” hoort de huurder “niet onze taak” en moet zelf het goede loket zoeken: geen overdracht aan een vaste medewerker
pillar-to-post-not-our-task-help = draag de huurder warm over: leg zelf het contact met wie wel kan helpen, zodat een vaste medewerker het oppakt (een overdracht naar een touchpoint met `attention.named_contact` op true)
pillar-to-post-not-our-task-board = Bij “{ $title }” hoort de huurder dat dit niet onze taak is, en moet zelf het goede loket zoeken.
pillar-to-post-not-our-task-board-fix = Draag de huurder warm over: leg zelf het contact met wie wel kan helpen, zodat iemand daar het met naam en toenaam oppakt.

## TJM302 repeat-contact; $share van de huurders gaat terug van $from naar $to, $label is het label van de overgang
repeat-contact-message = { $share } van de huurders gaat terug van “{ $from }” naar “{ $to }”
repeat-contact-help = zoek uit waarom huurders hier terugvallen en los het op bij het eerste contact
repeat-contact-board = { $share } van de huurders moet terug van “{ $from }” naar “{ $to }”.
repeat-contact-board-fix = Zoek uit waarom huurders hier terugkomen, en los het op bij het eerste contact.
repeat-contact-labelled-message = { $share } van de huurders gaat terug van “{ $from }” naar “{ $to }” ({ $label })
repeat-contact-labelled-help = { repeat-contact-help }
repeat-contact-labelled-board = { $share } van de huurders moet terug van “{ $from }” naar “{ $to }” ({ $label }).
repeat-contact-labelled-board-fix = { repeat-contact-board-fix }

## TJM303 long-wait; $wait zoals geschreven, $days in kalenderdagen als $unit geen days is,
## $limit de norm in dagen, $kind een soort touchpoint, $bad yes als de huurder zich slecht voelt
long-wait-message = de huurder wacht { $wait }{ $unit ->
        [days] {""}
       *[other] {" "}(ongeveer { $days } dagen)
    } op “{ $title }”, meer dan de { $limit } dagen die voor een { kind-name } gelden{ $bad ->
        [yes] , en de huurder zit er intussen mee
       *[no] {""}
    }
long-wait-help = verkort de wachttijd of overbrug hem: noem een datum, houd de huurder op de hoogte, bied een tijdelijke oplossing
long-wait-board = De huurder wacht { $wait } op “{ $title }”, langer dan de { $limit } dagen die we redelijk vinden voor een { kind-name }{ $bad ->
        [yes] , en voelt zich slecht tijdens het wachten.
       *[no] .
    }
long-wait-board-fix = Verkort de wachttijd of overbrug hem: noem een datum, houd de huurder op de hoogte, bied een tijdelijke oplossing.

## TJM303 long-wait tegen een eigen termijn van de corporatie voor een genoemde norm
long-wait-own-message = de huurder wacht { $wait } op “{ $title }”, langer dan de { $amount } { norm-unit } die je corporatie zelf stelde voor `{ $norm }`, strenger dan { $source }{ $bad ->
        [yes] , en de huurder zit er intussen mee
       *[no] {""}
    }
long-wait-own-help = haal je eigen termijn, of overbrug het wachten: zeg wanneer, houd de huurder op de hoogte; de eigen termijn staat in tjm.toml onder [norms.overrides]
long-wait-own-board = De huurder wacht { $wait } op “{ $title }”, langer dan de { $amount } { norm-unit } die we onszelf stelden, strenger dan de wet{ $bad ->
        [yes] , en voelt zich slecht tijdens het wachten.
       *[no] .
    }
long-wait-own-board-fix = Haal de termijn die we onszelf stelden, of overbrug het wachten: zeg wanneer, en houd de huurder op de hoogte.

## TJM303 long-wait beoordeeld op het eigen logboek van de reis: $p90 en $median in dagen,
## $cases de gemeten wachttijden, $period de jaren van het logboek
long-wait-measured-message = gemeten in het logboek ({ $cases } zaken, { $period }): één op de tien huurders wacht { $p90 } dagen of langer op “{ $title }” (mediaan { $median } dagen), meer dan de { $limit } dagen die voor een { kind-name } gelden{ $bad ->
        [yes] , terwijl de huurder zich slecht voelt
       *[no] {""}
    }
long-wait-measured-help = verkort de wachttijd voor de huurders die het langst wachten, of overbrug hem: noem een datum, houd de huurder op de hoogte, bied een tijdelijke oplossing; de gemeten wachttijd vervangt `wait` zolang het logboek 10 zaken of meer heeft
long-wait-measured-board = Gemeten in onze eigen registratie ({ $cases } zaken, { $period }): één op de tien huurders wacht { $p90 } dagen of langer op “{ $title }”, langer dan de { $limit } dagen die we redelijk vinden voor een { kind-name }{ $bad ->
        [yes] , en voelt zich slecht tijdens het wachten.
       *[no] .
    }
long-wait-measured-board-fix = Verkort de wachttijd voor de huurders die het langst wachten, of overbrug hem: noem een datum, houd de huurder op de hoogte, bied een tijdelijke oplossing.

## TJM303 long-wait tegen een eigen termijn, beoordeeld op het eigen logboek
long-wait-own-measured-message = gemeten in het logboek ({ $cases } zaken, { $period }): één op de tien huurders wacht { $p90 } dagen of langer op “{ $title }”, langer dan de { $amount } { norm-unit } die je corporatie zelf stelde voor `{ $norm }`, strenger dan { $source }{ $bad ->
        [yes] , terwijl de huurder zich slecht voelt
       *[no] {""}
    }
long-wait-own-measured-help = haal je eigen termijn ook voor de huurders die het langst wachten, of overbrug het wachten: zeg wanneer, houd de huurder op de hoogte; de eigen termijn staat in tjm.toml onder [norms.overrides]
long-wait-own-measured-board = Gemeten in onze eigen registratie ({ $cases } zaken, { $period }): één op de tien huurders wacht { $p90 } dagen of langer op “{ $title }”, langer dan de { $amount } { norm-unit } die we onszelf stelden, strenger dan de wet{ $bad ->
        [yes] , en voelt zich slecht tijdens het wachten.
       *[no] .
    }
long-wait-own-measured-board-fix = Haal de termijn die we onszelf stelden voor elke huurder, of overbrug het wachten: zeg wanneer, en houd de huurder op de hoogte.

## TJM305 legal-deadline
legal-deadline-message = de huurder wacht { $wait } op “{ $title }”, langer dan de { $amount } { norm-unit } die `{ $norm }` toestaat ({ $source })
legal-deadline-help = plan dit moment binnen de termijn; telt `wait` vanaf een ander moment dan waar de termijn begint, schrijf hem dan vanaf dat moment (`tjm norms` laat zien waarvandaan elke norm telt)
legal-deadline-board = Huurders wachten { $wait } op “{ $title }”, langer dan de wet toestaat: { $amount } { norm-unit } ({ $source }).
legal-deadline-board-fix = Breng dit moment binnen de wettelijke termijn, en bewaak de termijn in de planning, niet achteraf.

## TJM306 process-norm; $steps_nl de stappen in woorden
process-norm-message = een pad komt bij “{ $title }” (`{ $norm }`) zonder { $missing }, die eerst moet{ $count ->
        [one] {""}
       *[other] en
    } ({ $source })
process-norm-help = zet { $count ->
        [one] deze stap
       *[other] deze stappen
    } op elk pad vóór “{ $title }”, elk als touchpoint dat zijn stap noemt in `norm`
process-norm-board = Sommige huurders komen bij “{ $title }” vóór { $count ->
        [one] de stap
       *[other] de stappen
    } die de wet eerst vraagt: { $steps_nl } ({ $source }).
process-norm-board-fix = Zet de eerdere stappen eerst, bij elke huurder, zodat niemand van deze stap hoort voordat iemand probeerde te helpen.

## TJM304 dead-end
dead-end-message = de reis eindigt bij “{ $title }” zonder uitkomst voor de huurder
dead-end-help = schrijf in `outcome` waar de huurder hier mee eindigt, of laat het pad doorlopen naar een echt resultaat
dead-end-board = De reis eindigt bij “{ $title }” zonder resultaat voor de huurder.
dead-end-board-fix = Zorg dat elke weg door de reis eindigt in een resultaat dat de huurder kan benoemen.
## TJM304 dead-end, de reis eindigt in een afwijzing
dead-end-refusal-message = de reis eindigt bij “{ $title }” met een nee en verder niets voor de huurder
dead-end-refusal-help = een afwijzing is geen uitkomst: bied iets anders en zet `attention.alternative_offered` op true, of laat het pad doorlopen naar een resultaat dat de huurder kan benoemen
dead-end-refusal-board = De reis eindigt bij “{ $title }” met een nee, en de huurder houdt niets over.
dead-end-refusal-board-fix = Laat een nee nooit het einde zijn: bied iets anders, of leid de huurder naar een resultaat dat hij kan benoemen.

## TJM401 open-loop: een zaak waarvan niemand de afloop hoort ($share: de huurders die dat wel doen)
open-loop-never-message = “{ $title }” zet een zaak in gang, maar geen enkel pad leidt naar terugkoppeling over de afloop
open-loop-never-help = voeg een moment toe waarop een vaste medewerker vertelt hoe het afliep en waarom, met `attention.loop_closed` op true
open-loop-never-board = “{ $title }” zet een zaak in gang, en geen huurder hoort hoe het afliep.
open-loop-never-board-fix = Laat een vaste medewerker de huurder vertellen hoe het afliep en waarom.
open-loop-partly-message = “{ $title }” zet een zaak in gang, maar slechts { $share } van deze huurders hoort hoe het afliep
open-loop-partly-help = { open-loop-never-help }
open-loop-partly-board = “{ $title }” zet een zaak in gang, maar slechts { $share } van deze huurders hoort hoe het afliep.
open-loop-partly-board-fix = { open-loop-never-board-fix }
## TJM401 open-loop: een besluit dat niet wordt uitgelegd
open-loop-decision-message = het besluit “{ $title }” wordt niet uitgelegd aan de huurder
open-loop-decision-help = vertel de huurder hoe en waarom er zo besloten is, in gewone taal
open-loop-decision-board = Het besluit “{ $title }” wordt niet uitgelegd aan de huurder.
open-loop-decision-board-fix = Vertel de huurder hoe en waarom er zo besloten is, in gewone taal.
## TJM401 open-loop: terugkoppeling of uitleg die zou moeten gebeuren en niet gebeurt
open-loop-absent-message = “{ $title }” hoort de huurder te vertellen hoe de zaak afliep, en gebeurt niet
open-loop-absent-help = laat een vaste medewerker dit terugkoppelen en haal dan `"absent": true` weg
open-loop-absent-board = “{ $title }” hoort de huurder te vertellen hoe de zaak afliep, maar dat gebeurt nooit.
open-loop-absent-board-fix = Zorg dat het gebeurt: een vaste medewerker vertelt de huurder hoe het afliep en waarom.
open-loop-absent-explanation-message = “{ $title }” hoort de huurder het besluit uit te leggen, en gebeurt niet
open-loop-absent-explanation-help = leg in gewone taal uit hoe en waarom er zo besloten is en haal dan `"absent": true` weg
open-loop-absent-explanation-board = “{ $title }” hoort de huurder het besluit uit te leggen, maar dat gebeurt nooit.
open-loop-absent-explanation-board-fix = { open-loop-decision-board-fix }

## TJM402 unanswered-low; $score is de emotiescore
unanswered-low-message = de huurder zit in een dal bij “{ $title }” (emotie { $score }) en geen later moment reageert daarop
unanswered-low-help = reageer op het gevoel, niet alleen op de zaak: een vaste medewerker die zelf contact opneemt (`attention.named_contact` bij een uitgaand contact) of erkenning (`attention.acknowledged`)
unanswered-low-board = De huurder zit in een dal bij “{ $title }”, en niemand reageert daar later op.
unanswered-low-board-fix = Reageer op het dal: een telefoontje van iemand die de huurder kent, die erkent hoe de huurder zich voelt.
unanswered-low-settled-message = de huurder zit in een dal bij “{ $title }” (emotie { $score }); de zaak wordt later afgehandeld, maar niemand reageert op hoe de huurder zich voelt
unanswered-low-settled-help = de zaak afhandelen beantwoordt het gevoel niet: laat een vaste medewerker zelf contact opnemen (`attention.named_contact` bij een uitgaand contact) of erken het (`attention.acknowledged`)
unanswered-low-settled-board = De huurder zit in een dal bij “{ $title }”. De zaak wordt later afgehandeld, maar niemand reageert op hoe de huurder zich voelt.
unanswered-low-settled-board-fix = De zaak afhandelen is niet genoeg: laat iemand die de huurder kent contact opnemen en erkennen hoe de huurder zich voelt.
unanswered-low-measured-message = huurders geven “{ $title }” een laag cijfer in de enquête ({ $respondents } respondenten, { $period }: emotie { $score }){ $settled ->
        [yes] ; de zaak wordt later afgehandeld, maar niemand reageert op hoe de huurder zich voelt
       *[no] {" "}en geen later moment reageert daarop
    }
unanswered-low-measured-help = de enquête meet een dal dat de kaart misschien niet laat zien: zet `emotion.score` op wat huurders zeggen, en reageer op het gevoel: een vaste medewerker die zelf contact opneemt (`attention.named_contact` bij een uitgaand contact) of erkenning (`attention.acknowledged`)
unanswered-low-measured-board = Huurders geven “{ $title }” een laag cijfer in onze enquête ({ $respondents } respondenten, { $period }){ $settled ->
        [yes] . De zaak wordt later afgehandeld, maar niemand reageert op hoe de huurder zich voelt.
       *[no] , en niemand reageert daar later op.
    }
unanswered-low-measured-board-fix = Reageer op wat huurders ons vertellen: een telefoontje van iemand die de huurder kent, die erkent hoe de huurder zich voelt.

## TJM403 no-aftercare
no-aftercare-message = huurders die eindigen bij “{ $title }” kunnen daar komen zonder dat iemand vraagt of de hulp goed was
no-aftercare-help = vraag op elke weg naar dit einde “Bent u tevreden over hoe u geholpen bent?” en zet daar `attention.satisfaction_checked` op true
no-aftercare-board = Huurders die eindigen bij “{ $title }” horen misschien nooit de vraag of de hulp goed was.
no-aftercare-board-fix = Vraag op elke weg naar dit einde “Bent u tevreden over hoe u geholpen bent?”
no-aftercare-absent-message = “{ $title }” hoort te vragen of de hulp goed was, en gebeurt niet
no-aftercare-absent-help = vraag hier “Bent u tevreden over hoe u geholpen bent?” en haal dan `"absent": true` weg
no-aftercare-absent-board = “{ $title }” hoort huurders te vragen of de hulp goed was, maar dat gebeurt nooit.
no-aftercare-absent-board-fix = Zorg dat iemand vraagt: “Bent u tevreden over hoe u geholpen bent?”

## TJM501 unsupported-emotion; $touchpoint is de id van het touchpoint
unsupported-emotion-message = de emotie bij “{ $title }” is niet onderbouwd
unsupported-emotion-help = voeg onderbouwing toe met "touchpoint": "{ $touchpoint }": een citaat, een cijfer of een telling
unsupported-emotion-board = Hoe de huurder zich voelt bij “{ $title }” is een inschatting: geen citaat, enquête of telling onderbouwt het.
unsupported-emotion-board-fix = Onderbouw het: de eigen woorden van een huurder, een cijfer uit een enquête of een telling.

## TJM502 map-contradicts-data: het eigen logboek van de reis zegt iets anders. $stated en
## $measured zijn procenten (aandeel, lus) of dagen (wachttijd); $cases en $period zeggen wat gemeten is.
map-contradicts-data-share-message = de kaart zegt dat { $stated }% van de huurders bij “{ $title }” doorgaat naar “{ $to }”; het logboek laat { $measured }% zien ({ $cases } zaken, { $period })
map-contradicts-data-share-help = zet het "share" van de overgang op wat het logboek meet, of controleer de evidence_match van de touchpoints als het logboek de verkeerde gebeurtenissen telt
map-contradicts-data-share-board = We schatten dat { $stated }% van de huurders van “{ $title }” naar “{ $to }” gaat; in de praktijk is dat { $measured }% (gemeten over { $cases } zaken, { $period }).
map-contradicts-data-share-board-fix = Reken met het gemeten aandeel, en zoek uit waarom het afwijkt van wat we verwachtten.
map-contradicts-data-wait-message = de kaart zegt dat huurders { $stated } dagen wachten op “{ $title }”; het logboek laat een mediaan van { $measured } dagen zien ({ $cases } zaken, { $period })
map-contradicts-data-wait-help = zet de "wait" van het touchpoint op wat het logboek meet{ $longer ->
    [yes] , en kijk waarom huurders langer wachten dan gepland
   *[no] {""}
}
map-contradicts-data-wait-board = We verwachtten dat huurders { $stated } dagen wachten op “{ $title }”; in de praktijk wacht de helft langer dan { $measured } dagen (gemeten over { $cases } zaken, { $period }).
map-contradicts-data-wait-board-fix = { $longer ->
    [yes] Zoek uit waar het extra wachten vandaan komt, en noem huurders de echte wachttijd.
   *[no] Noem huurders de echte, kortere wachttijd, en reken ermee.
}
map-contradicts-data-loop-message = { $measured }% van de huurders bij “{ $title }” gaat terug naar “{ $to }”, een lus die niet op de kaart staat ({ $cases } zaken, { $period })
map-contradicts-data-loop-help = voeg de overgang terug naar “{ $to }” toe (met "kind": "loop" en het aandeel), zodat de regels de lus zien
map-contradicts-data-loop-board = { $measured }% van de huurders gaat van “{ $title }” terug naar “{ $to }”, een herhaling die we niet hadden getekend (gemeten over { $cases } zaken, { $period }).
map-contradicts-data-loop-board-fix = Teken de herhaling in de reis en zoek uit waarom huurders terug moeten.
map-contradicts-data-unreached-message = geen enkele zaak in het logboek komt bij “{ $title }” ({ $cases } zaken, { $period })
map-contradicts-data-unreached-help = vergelijk de evidence_match van het touchpoint met de namen van de activiteiten in het logboek, of haal het touchpoint weg als het niet gebeurt
map-contradicts-data-unreached-board = De stap “{ $title }” gebeurt in de praktijk niet: geen van de { $cases } zaken komt er ({ $period }).
map-contradicts-data-unreached-board-fix = Zoek uit of de stap wordt overgeslagen of onder een andere naam wordt vastgelegd, en pas de reis aan.

## TJM901 unused-silence; $rule is de regel die de stilzetting noemt
unused-silence-message = “{ $title }” zet `{ $rule }` stil, maar die regel vindt hier niets
unused-silence-help = haal de stilzetting weg, zodat ze geen toekomstige bevinding verbergt
unused-silence-board = Een vastgelegde uitzondering bij “{ $title }” geldt niet meer.
unused-silence-board-fix = Haal de uitzondering weg, zodat ze geen toekomstig probleem kan verbergen.

# Eén regel per regel die zegt wat ze vindt: tjm rules, SARIF en de regelpagina van het rapport.
missed-milestone-summary = Een mijlpaal voor de huurder krijgt geen aandacht, alleen de transactie
procedure-first-summary = De procedure of de gegevens van de organisatie gaan voor de vraag van de huurder
cold-channel-summary = Een belangrijk moment loopt alleen via een brief, folder of anoniem kanaal
friendly-not-helpful-summary = Medewerkers zijn vriendelijk maar de huurder wordt niet geholpen: vriendelijkheid als fopspeen
bare-no-summary = De huurder krijgt nee te horen en er wordt geen andere hulp geboden
no-room-for-exceptions-summary = Een regel wordt zonder ruimte voor uitzonderingen toegepast terwijl de huurder in de knel zit
decided-for-tenants-summary = Er wordt vóór huurders besloten in plaats van mét hen: participatie onder raadplegen
pillar-to-post-summary = De huurder wordt te vaak doorgestuurd zonder vast aanspreekpunt: van het kastje naar de muur
repeat-contact-summary = Een lus terug laat een groot deel van de huurders opnieuw contact zoeken of wachten
long-wait-summary = De huurder wacht langer dan de norm voor dit soort moment
legal-deadline-summary = Een touchpoint dat een wettelijke termijn noemt, duurt langer dan de wet of de code van de toezichthouder toestaat
process-norm-summary = Een pad komt bij een stap van een wettelijk proces zonder de stappen die de wet eerst vraagt
dead-end-summary = Een pad in de reis eindigt zonder uitkomst voor de huurder
open-loop-summary = Iets wat de huurder in gang zette wordt nooit afgerond met terugkoppeling, of een besluit wordt niet uitgelegd
unanswered-low-summary = De huurder zit in een dal en geen later moment reageert daar met aandacht op
no-aftercare-summary = Huurders kunnen de reis afronden zonder dat iemand vraagt of de hulp goed was
unsupported-emotion-summary = Een emotiescore heeft geen onderbouwing: geen citaat, cijfer of telling
map-contradicts-data-summary = Het eigen logboek van de reis spreekt de kaart tegen: een aandeel, een wachttijd, een lus of een stap die niemand bereikt
unused-silence-summary = Een touchpoint zet een regel stil die daar niets vindt

# De drempels in tjm.toml: per optie één zin over wat ze verandert (tjm rules NAAM).
cold-channel-option-channels = Kanalen die als kil gelden als er geen vast aanspreekpunt achter staat.
friendly-not-helpful-option-min_friendliness = Vriendelijkheid (1–5) vanaf waar een moment als vriendelijk telt.
friendly-not-helpful-option-max_helpfulness = Behulpzaamheid (1–5) tot waar een moment als niet behulpzaam telt.
long-wait-option-max_days = Langste aanvaardbare wachttijd in kalenderdagen per soort touchpoint (een werkdag telt als 1,4 dag).
long-wait-option-emotion_low = Emotiescore waarop of waaronder een lange wachttijd een niveau zwaarder telt (waarschuwing wordt fout).
no-room-for-exceptions-option-emotion_at_most = Emotiescore (−3..3) waarop of waaronder de huurder als in de knel telt.
open-loop-option-min_share_closed = Percentage van de huurders die een zaak starten dat later moet horen hoe het afliep.
pillar-to-post-option-max_handoffs = Overdrachten zonder vast aanspreekpunt die een huurder op het hoofdpad mag meemaken (en gemiddeld per huurder).
repeat-contact-option-max_share = Percentage van alle huurders dat een lus terug mag nemen voordat die wordt gemeld.
unanswered-low-option-emotion_low = Emotiescore waarop of waaronder een moment als dal telt.

## TJM902 unchecked-assumption; $facts zijn de woorden in de notitie, zoals het bestand ze heeft
unchecked-assumption-marker = controleren
unchecked-assumption-message = “{ $title }” bevat nog feiten die tjm new heeft aangenomen: { $facts }
unchecked-assumption-help = controleer ze aan de hand van wat er echt gebeurt, verbeter wat niet klopt en haal daarna “[{ unchecked-assumption-marker }: { $facts }]” uit de beschrijving
unchecked-assumption-board = Bij “{ $title }” zijn sommige gegevens nog aannames uit een sjabloon, niet gecontroleerd: { $facts }.
unchecked-assumption-board-fix = Controleer deze gegevens met de mensen die dit werk doen, en pas de kaart aan waar het anders gaat.
unchecked-assumption-summary = Een touchpoint bevat nog feiten die het sjabloon heeft aangenomen, gemarkeerd om te controleren

## Onbekend (tjm check --unknowns): de vraag om te stellen, en hoe het antwoord telt ($rule: een regelnaam)
unknowns-no-would-add = Zo niet, dan meldt { $rule } het.
unknowns-yes-would-add = Zo ja, dan meldt { $rule } het.
unknowns-answer-decides = Het antwoord bepaalt wat { $rule } meldt.
unknowns-yes-would-remove = { $rule } telt het als ontbrekend tot het bestand ja zegt.
unknown-actor = Wie helpt de huurder hier? Een wisseling van wie helpt is een overdracht.
unknown-absent-purpose = Wat had deze ontbrekende stap moeten geven: terugkoppeling, uitleg, een vraag achteraf?
unknown-own-question = Wordt eerst de eigen vraag van de huurder gesteld?
unknown-decision-explained = Wordt het besluit aan de huurder uitgelegd?
unknown-room-for-exceptions = Mogen medewerkers hier een uitzondering maken?
unknown-helpfulness = Medewerkers zijn vriendelijk; helpen ze ook echt?
unknown-friendliness = Medewerkers helpen nauwelijks; zijn ze daarbij wel vriendelijk?
unknown-emotion = Hoe voelt de huurder zich hier?
unknown-alternative = Wordt na het nee een andere manier van helpen aangeboden?
unknown-milestone-acknowledged = Wordt dit mijlpaalmoment gemarkeerd met een gebaar of een persoonlijk woord?
unknown-participation = Hoeveel zeggenschap hebben huurders bij dit besluit?
unknown-named-contact = Helpt hier een vaste, bij naam bekende medewerker de huurder?
