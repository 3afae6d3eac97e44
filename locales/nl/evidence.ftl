# tjm evidence: wat een contact- of zaaklog over een klantreis zegt. Cijfers uit minder dan
# tien zaken toont de code als "< 10", nooit deze berichten.

## Problemen met een log of enquêtebestand. $place is "bestand: rij 12, kolom datum".
evidence-error = fout: { $place }: { $message }
    hulp: { $help }
evidence-place-row = { $file }: rij { $row }
evidence-place-cell = { $file }: rij { $row }, kolom { $column }
evidence-place-line = { $file }: regel { $line }, kolom { $column }
evidence-place-sheet-cell = { $file }: blad { $sheet }, rij { $row }, kolom { $column }
evidence-error-read = het bestand kan niet worden gelezen: { $reason }
evidence-error-read-help = controleer de bestandsnaam en of u het bestand mag openen
evidence-error-too-large = het bestand is { $size } MB, meer dan de { $cap } MB die tjm leest
evidence-error-too-large-help = exporteer een kortere periode (een jaar per keer), of verhoog de grens met --max-mb
evidence-error-empty = het bestand is leeg: er is geen kopregel
evidence-error-empty-help = exporteer de log opnieuw, met de kolomnamen op de eerste regel
evidence-error-missing-column = { $named ->
        [yes] er is geen kolom “{ $given }” voor { $field ->
            [case] het zaaknummer
            [activity] de activiteit
            [timestamp] het tijdstip
            [resource] de behandelaar
            [channel] het kanaal
           *[direction] de richting
        }
       *[no] geen kolom voor { $field ->
            [case] het zaaknummer
            [activity] de activiteit
            [timestamp] het tijdstip
            [resource] de behandelaar
            [channel] het kanaal
           *[direction] de richting
        }; de eerste regel heeft: { $header }
    }
evidence-error-missing-column-help = { $named ->
        [yes] de eerste regel heeft: { $header }; geef er een daarvan met --{ $field }
       *[no] noem de kolom met --{ $field } KOLOM, of geef hem een van deze namen: { $defaults }
    }
evidence-error-mixed-delimiter = deze rij is gescheiden door “{ $other }”, terwijl de eerste regel “{ $delimiter }” gebruikt
evidence-error-mixed-delimiter-help = exporteer het hele bestand opnieuw met één scheidingsteken; zet cellen met een “{ $other }” erin tussen dubbele aanhalingstekens
evidence-error-short-row = deze rij heeft { $found } cellen, er zijn er { $needed } nodig
evidence-error-short-row-help = vul de ontbrekende cellen in, of haal de rij weg
evidence-error-unclosed-quote = hier opent een aanhalingsteken een cel die nergens wordt gesloten
evidence-error-unclosed-quote-help = sluit het aanhalingsteken, of schrijf een aanhalingsteken in een cel als twee ("")
evidence-error-timestamp = “{ $value }” is geen datum en tijd die tjm kan lezen
evidence-error-timestamp-help = schrijf hem als 24-11-2025 13:56 of als 2025-11-24T13:56 (ISO 8601, met of zonder +01:00)
evidence-error-back-in-time = deze gebeurtenis is eerder gedateerd dan de vorige gebeurtenis van dezelfde zaak (rij { $earlier })
evidence-error-back-in-time-help = verbeter de datum, of sorteer de export op zaak en tijd voordat u hem inleest
evidence-error-xml = het XES-bestand is hier geen geldige XML: { $reason }
evidence-error-xml-help = exporteer het logboek opnieuw vanuit de bron; elk element moet gesloten zijn en elke waarde tussen aanhalingstekens staan, zoals de XES-standaard ze schrijft
evidence-error-xes-back-in-time = deze gebeurtenis is eerder gedateerd dan de vorige gebeurtenis van hetzelfde spoor (regel { $earlier })
evidence-error-xes-back-in-time-help = verbeter de datum, of exporteer het logboek opnieuw met de gebeurtenissen van elk spoor op volgorde van tijd
evidence-error-not-xes = dit bestand eindigt op .xes maar bevat geen logboek (geen element <log>)
evidence-error-not-xes-help = exporteer het logboek opnieuw als XES, of sla een CSV-export op met een naam op .csv
evidence-error-tsm-no-header = geen blad van deze werkmap heeft een kopregel met “Landlord code”, zoals de TSM-werkmap van de toezichthouder
evidence-error-tsm-no-header-help = geef de werkmap Tenant Satisfaction Measures van de toezichthouder zoals die gepubliceerd is, of een enquêtetabel als CSV
evidence-error-tsm-landlord = { $named ->
        [yes] geen verhuurder “{ $given }” in deze werkmap
       *[no] deze werkmap bevat { $landlords } verhuurders
    }
evidence-error-tsm-landlord-help = { $named ->
        [yes] geef met --landlord de code van de verhuurder (zoals in de kolom “Landlord code”) of de naam zoals die daar staat
       *[no] zeg met --landlord CODE van wie de cijfers gelezen worden (de kolom “Landlord code”)
    }
evidence-error-survey-shape = dit is geen enquêtetabel die tjm kent; de eerste regel heeft: { $header }
evidence-error-survey-shape-help = geef kolommen proces (of touchpoint), periode, respondenten en gemiddeld cijfer (1–10), of proces, periode, respondenten en percentage tevreden (0–100)
evidence-error-survey-value = “{ $value }” is hier geen getal binnen het bereik
evidence-error-survey-value-help = schrijf een cijfer van 1 tot 10, een percentage van 0 tot 100 of een heel aantal respondenten; laat de cel leeg als het onbekend is

## De samenvatting van een log.
evidence-log = Log { $file }
evidence-log-size = { $events } gebeurtenissen in { $cases } zaken, van { $from } tot { $to }
evidence-log-skipped = { $place ->
        [line] { $rows ->
            [one] { $rows } gebeurtenis overgeslagen
           *[other] { $rows } gebeurtenissen overgeslagen
        } (zonder zaak, activiteit of tijdstip; de eerste begint op regel { $first })
       *[row] { $rows ->
            [one] { $rows } rij overgeslagen
           *[other] { $rows } rijen overgeslagen
        } (leeg, of zonder zaak, activiteit of tijdstip; de eerste is rij { $first })
    }
evidence-log-year = { $year }: { $cases } zaken begonnen, { $events } gebeurtenissen
evidence-main-path = Hoofdpad zoals het gaat: { $path }
evidence-repeats = Herhaalcontacten: { $events } keer kwam een stap opnieuw, in { $cases } zaken ({ $per_case } per zaak)
evidence-inbound = Contact van huurders terwijl hun zaak openstond: { $events }, in { $cases } zaken
evidence-handoffs = Overdrachten: { $per_case } per zaak; { $pillar } zaken meer dan twee keer doorgegeven
evidence-edges = Directe opvolgingen (meest voorkomend eerst):
evidence-edge = { $from } → { $to }: { $count } keer, wachttijd mediaan { $median } dagen, p90 { $p90 } dagen
evidence-edge-small = { $from } → { $to }: < 10 zaken
evidence-edges-more = … en nog { $count } (allemaal in --format json)
evidence-no-journey-match = Geen touchpoint van deze klantreis zegt welke gebeurtenissen in de log erbij horen: voeg "evidence_match" toe aan de touchpoints.

## De klantreis naast de log.
evidence-journey = Klantreis “{ $title }” naast de log: { $cases } zaken op de kaart
evidence-journey-touchpoints = Touchpoints (zaken; wachttijd volgens de kaart; gemeten mediaan en p90; boven de norm):
evidence-touchpoint = { $title }: { $cases } zaken; wachttijd volgens de kaart { $stated }; gemeten { $median } / { $p90 } dagen; { $over } boven { $norm } dagen
evidence-touchpoint-no-wait = { $title }: { $cases } zaken; wachttijd volgens de kaart { $stated }; geen wachttijd gemeten
evidence-touchpoint-unmeasured = { $title }: niet gemeten (geen evidence_match)
evidence-not-stated = niet opgegeven
evidence-no-wait = geen wachttijd gemeten
evidence-journey-transitions = Overgangen (aandeel volgens de kaart → gemeten):
evidence-transition = { $from } → { $to }: { $stated } → { $measured }
evidence-journey-main-path = Hoofdpad op de kaart zoals het gaat: { $path }
evidence-not-on-map = Stappen die huurders doorlopen en die niet op de kaart staan:
evidence-not-on-map-step = { $activity }: { $events } keer, in { $cases } zaken
evidence-moves-not-on-map = Overgangen tussen touchpoints die niet op de kaart staan:
evidence-move = { $from } → { $to }: { $count } keer ({ $share } van de huurders daar){ $loop ->
        [yes] , terug naar een eerder moment
       *[no] {""}
    }
evidence-contradictions = Waar de kaart de gegevens tegenspreekt:
evidence-contradiction-share = { $from } → { $to }: de kaart zegt { $stated }, de log laat { $measured } zien
evidence-contradiction-wait = { $title }: de kaart zegt een wachttijd van { $stated } dagen, de log laat een mediaan van { $measured } dagen zien
evidence-contradiction-loop = { $from } → { $to }: { $share } van de huurders komt hier terug, en de kaart heeft die stap niet
evidence-contradiction-unreached = { $title }: geen enkele zaak in de log komt bij dit moment
evidence-no-contradictions = De kaart klopt met de gegevens (aandelen binnen 10 punten, wachttijden binnen 0,67–1,5 keer).

## Enquêteresultaten naast de kaart.
evidence-survey = Enquête { $file }
evidence-survey-grade = cijfer { $grade }
evidence-survey-satisfied = { $percent } tevreden
evidence-survey-row = { $key } ({ $period }, { $respondents } respondenten): { $score }, emotie { $emotion }
evidence-survey-touchpoint = { $key } ({ $period }, { $respondents } respondenten): { $score }; emotie volgens de kaart { $stated }, gemeten { $emotion }

# Een kapot logboek naast de reizen, op een rij: $place is "bestand: rij 12".
evidence-problem-at = { $place }: { $message }
