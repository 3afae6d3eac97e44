# Uitvoerkant: kleine tekstbestanden lezen, thema's, het manifest van het rapport en --pdf.

## tjm.toml en themabestanden lezen
read-not-utf8 = het bestand is geen UTF-8-tekst; sla het op als UTF-8
read-too-large = het bestand is groter dan { $megabytes } MB, veel meer dan zo'n bestand nodig heeft

## tjm report --pdf
pdf-no-result = na { $seconds } s nog geen resultaat
pdf-exit-status = afsluitstatus { $status }; { $last }
pdf-no-browser = --pdf heeft Chromium of Google Chrome nodig, en geen van { $browsers } staat in PATH: installeer er een (bijvoorbeeld met `apt-get install chromium`), of druk de HTML-pagina's af vanuit een browser
pdf-failed = { $browser } kon { $page } niet afdrukken: { $reason }

## Het manifest dat tjm report in zijn map schrijft, voor wie dat bestand opent
manifest-about = Bestanden die tjm report in deze map heeft geschreven; tjm vervangt alleen deze, en alleen zolang ze niet zijn gewijzigd. Verwijder dit bestand en tjm beschouwt elk bestand hier als het jouwe.

## Thema's: waarom tjm een themabestand weigert of negeert
theme-allow-hint = Thema's mogen geen scripts uitvoeren en niets van buiten de pagina laden, omdat het rapport wordt geopend door mensen die erop vertrouwen. Heb je dit thema zelf gemaakt en vertrouw je het, zet dan `allow_theme_scripts = true` onder `[report]` in tjm.toml.
theme-get-env = thema's kunnen geen omgevingsvariabelen lezen: haal `get_env(...)` uit de template
theme-file-problem = { $file } { $problem }
theme-scheme-url = regel { $line } bevat een `{ $scheme }`-URL
theme-refresh = regel { $line } bevat een refresh die een andere pagina opent
theme-element = regel { $line } bevat een <{ $element }>-element
theme-attribute = regel { $line } bevat { $problem } op <{ $element }>
theme-event-handler = een event-handler `{ $name }=`
theme-external-attribute = `{ $name }` dat naar buiten het rapport wijst (`{ $value }`)
theme-css-import = bevat een @import, die een ander stylesheet laadt
theme-css-script = voert script uit (`javascript:` of `expression(`)
theme-css-external = laadt `{ $value }` van buiten het rapport
theme-css-style-close = { $file } mag geen `</style` bevatten
theme-no-policy = base.html laat de Content-Security-Policy weg: houd de regel `{ $tag }` uit de ingebouwde base.html (`tjm theme init` schrijft die) in de <head>.
theme-no-extends = { $name } bouwt niet voort op base.html, dus de pagina's ervan zouden geen Content-Security-Policy hebben: begin het bestand met `{ $extends }`.
theme-unused-did-you-mean = themabestand { $path } vervangt niets en wordt niet gebruikt: bedoel je `{ $suggestion }`?
theme-unused-list = themabestand { $path } vervangt niets en wordt niet gebruikt; een thema kan deze bestanden vervangen: { $names }
theme-walk = de themamap kan niet worden doorlopen
theme-link-outside = { $path } is een koppeling naar { $target }, buiten de themamap. Kopieer het bestand naar de themamap in plaats van ernaar te koppelen.

## Het rapport schrijven: wat er misging (de oorzaak na de dubbele punt komt van het systeem of van Tera)
write-report-cannot-write = kan { $path } niet schrijven: { $reason }
write-report-cannot-read = kan { $path } niet lezen: { $reason }
write-report-missing-theme = themamap { $dir } bestaat niet (maak er een met `tjm theme init { $dir }`)
write-report-not-ours = { $count ->
    [one] { $dir } bevat een bestand dat tjm niet heeft geschreven, of dat is gewijzigd sinds tjm het schreef: { $files }; er is niets geschreven. Kies een lege of nieuwe map (`-o report`), of voeg --force toe om het te overschrijven
   *[other] { $dir } bevat bestanden die tjm niet heeft geschreven, of die zijn gewijzigd sinds tjm ze schreef: { $files }; er is niets geschreven. Kies een lege of nieuwe map (`-o report`), of voeg --force toe om ze te overschrijven
}
write-report-manifest = kan { $path } niet lezen, de lijst van tjm met de bestanden die het hier schreef: { $reason }; verwijder het bestand en voer de opdracht opnieuw uit met --force
write-report-theme = het thema in { $dir } is niet bruikbaar: { $message }
write-report-render = kan { $page } niet maken met template { $template }: { $message }
write-report-writer-stopped = de pagina's van het rapport konden niet worden geschreven; er is niets vervangen

# tjm export --to xlsx: de notitie bij elke kolomkop (op het blad Journey: bij elk veld), die
# uitlegt wat je invult. Een kolom zonder notitie hier krijgt de beschrijving uit het
# klantreisformaat. Ids: xlsx-note-<lijst>-<kolom, punten als streepjes>.
xlsx-note-journey-schema = Waar editors het klantreisformaat vinden; laat dit staan.
xlsx-note-journey-id = Korte unieke naam van de klantreis, gebruikt in links en bestandsnamen, bijvoorbeeld nieuwe-huurder. Alleen letters, cijfers, - en _.
xlsx-note-journey-title = De titel van de klantreis zoals een manager hem leest, bijvoorbeeld "Een reparatie melden".
xlsx-note-journey-language = De taal van de teksten: nl of en. Het rapport volgt die taal.
xlsx-note-journey-organisation = De corporatie van wie deze klantreis is.
xlsx-note-journey-description = Waar deze klantreis over gaat en wiens ervaring hij beschrijft.
xlsx-note-journey-start = De id van het contactmoment waar de reis begint; laat leeg om bij het eerste te beginnen.
xlsx-note-personas-name = De naam van de voorbeeldhuurder, bijvoorbeeld Joeri.
xlsx-note-personas-age = Leeftijd in jaren.
xlsx-note-personas-description = Wie deze huurder is en in welke situatie hij of zij zit.
xlsx-note-personas-goal = Wat de huurder van deze reis wil, in eigen woorden.
xlsx-note-stages-id = Korte unieke naam van de fase; contactmomenten noemen die in hun kolom stage.
xlsx-note-stages-title = De titel van de fase zoals het rapport hem toont.
xlsx-note-stages-description = Wat er in deze fase gebeurt.
xlsx-note-actors-id = Korte unieke naam van de betrokkene; contactmomenten noemen die in hun kolom actor.
xlsx-note-actors-name = De naam zoals de huurder hem zou zeggen, bijvoorbeeld "Klantcontactcentrum".
xlsx-note-actors-kind = Kies uit de lijst: de huurder, een afdeling, een aannemer of een partner buiten de corporatie.
xlsx-note-actors-backstage = ja als de huurder deze betrokkene nooit ziet (backoffice, planning).
xlsx-note-touchpoints-id = Korte unieke naam van het moment; overgangen en bewijs noemen die.
xlsx-note-touchpoints-stage = De id van de fase waar dit moment bij hoort (van het blad Stages).
xlsx-note-touchpoints-title = Wat er gebeurt, in een paar woorden.
xlsx-note-touchpoints-description = Wat er gebeurt, zoals de huurder het zou vertellen.
xlsx-note-touchpoints-actor = Wie de huurder hier helpt: een id van het blad Actors.
xlsx-note-touchpoints-channel = Kies uit de lijst: balie, telefoon, e-mail, brief, huisbezoek, inspectie, klantportaal, sms of WhatsApp.
xlsx-note-touchpoints-direction = Wie het contact begint: inbound (de huurder) of outbound (de corporatie).
xlsx-note-touchpoints-kind = Wat voor moment het is: contact (laat leeg), document, visit (bezoek), decision (besluit) of wait (wachten).
xlsx-note-touchpoints-wait = Hoe lang de huurder wacht voor dit moment: een getal en een eenheid, bijvoorbeeld "3 weken" of "2 werkdagen".
xlsx-note-touchpoints-importance = Hoeveel dit moment de huurder uitmaakt: laag, gewoon (laat leeg) of hoog.
xlsx-note-touchpoints-milestone = ja als dit een mijlpaal in het leven van de huurder is, zoals de sleutels krijgen.
xlsx-note-touchpoints-emotion-score = Hoe de huurder zich voelt: -3 heel slecht, 0 neutraal, +3 heel goed.
xlsx-note-touchpoints-emotion-note = Wat de huurder voelt of zegt, in eigen woorden.
xlsx-note-touchpoints-attention-own_question_asked = Werd eerst naar de vraag van de huurder zelf gevraagd, voor de procedure van de corporatie? ja, nee, of leeg als je het niet weet.
xlsx-note-touchpoints-attention-named_contact = Heeft de huurder een vast aanspreekpunt met een naam? ja, nee, of leeg als je het niet weet.
xlsx-note-touchpoints-attention-acknowledged = Krijgt het moment aandacht, een gebaar of medeleven, en wordt het niet alleen afgehandeld? ja, nee, of leeg.
xlsx-note-touchpoints-attention-decision_explained = Wordt het besluit uitgelegd: hoe en waarom het zo is besloten? ja, nee, of leeg.
xlsx-note-touchpoints-attention-alternative_offered = Wordt na een nee een andere manier van helpen aangeboden? ja, nee, of leeg.
xlsx-note-touchpoints-attention-room_for_exceptions = Mogen medewerkers een uitzondering maken als de situatie van de huurder erom vraagt? ja, nee, of leeg.
xlsx-note-touchpoints-attention-loop_closed = Hoort de huurder hoe de melding of aanvraag is afgelopen? ja, nee, of leeg.
xlsx-note-touchpoints-attention-satisfaction_checked = Wordt de huurder gevraagd of de hulp goed was? ja, nee, of leeg.
xlsx-note-touchpoints-attention-participation = Hoeveel zeggenschap huurders hebben waar dit moment over hen beslist: kies uit de lijst, van informeren tot zelfbeheer.
xlsx-note-touchpoints-attention-friendliness = Hoe vriendelijk de medewerkers zijn, van 1 (kortaf) tot 5 (heel vriendelijk).
xlsx-note-touchpoints-attention-helpfulness = Hoeveel de huurder echt geholpen wordt, van 1 (helemaal niet) tot 5 (helemaal).
xlsx-note-touchpoints-refusal = ja als de huurder hier "nee" te horen krijgt.
xlsx-note-touchpoints-decides_for_tenants = ja als dit moment iets voor huurders beslist: planmatig onderhoud, een ontwerp, een regel.
xlsx-note-touchpoints-opens_case = ja als de huurder hier iets begint dat een antwoord nodig heeft: een melding, klacht of aanvraag.
xlsx-note-touchpoints-outcome = Waar de huurder mee eindigt als de reis hier ophoudt.
xlsx-note-touchpoints-good_practice = Goed voorbeeld op dit moment, om te laten zien.
xlsx-note-touchpoints-silence = Regels die hier uit staan, elk met de reden, geschreven als [{"{"}"rule": "cold-channel", "reason": "…"{"}"}]. Meestal leeg.
xlsx-note-transitions-from = De id van het contactmoment waar huurders vandaan komen.
xlsx-note-transitions-to = De id van het contactmoment waar huurders naartoe gaan.
xlsx-note-transitions-label = Wat er onderweg gebeurt, in een paar woorden.
xlsx-note-transitions-share = Het percentage huurders bij "from" dat deze kant op gaat, bijvoorbeeld 40 (niet 40%). Leeg: de rest wordt gelijk verdeeld.
xlsx-note-transitions-kind = Wat de stap voor de huurder is: next (gewoon de volgende, laat leeg), handoff (doorverwezen), loop (opnieuw contact) of escalation (escalatie).
xlsx-note-evidence-touchpoint = De id van het contactmoment waar dit over gaat; leeg voor de hele klantreis.
xlsx-note-evidence-kind = Kies uit de lijst: citaat, enquete, telling of observatie.
xlsx-note-evidence-text = Het citaat, of een beschrijving van wat je vond.
xlsx-note-evidence-source = Waar het vandaan komt, bijvoorbeeld "klantpanel maart".
xlsx-note-evidence-date = Wanneer het is verzameld, bijvoorbeeld 2025-03.
xlsx-note-evidence-grade = Een rapportcijfer van 1 tot 10.
xlsx-note-evidence-percent_satisfied = Het percentage tevreden respondenten, bijvoorbeeld 72.
xlsx-note-evidence-count = Een telling uit contactregistratie of dossiers.
xlsx-note-evidence-respondents = Hoeveel huurders antwoordden of zijn geteld.
