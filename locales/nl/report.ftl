# The HTML report: page and section texts. Ids are `report-` and the field of `Texts` in
# src/report/i18n.rs (`t.<field>` in templates) with `-` for `_`; then the sentences built from facts.

# The skip link at the top of every page.
report-skip-to-content = Naar de inhoud
# Label of the site navigation landmark.
report-site-nav = Rapport
# Link to the index page.
report-all-journeys = Alle klantreizen
# Link to the rules appendix.
report-rules = Regels
# Label of the in-page table of contents.
report-on-this-page = Op deze pagina
# Footer line.
report-made-with = Gemaakt met tjm, de klantreizenkaart
# Title of the index page.
report-index-title = Klantreizen: waar we huurders tekortdoen
# Lead text of the index page.
report-index-lead = Elke klantreis volgt één doel van een huurder, van begin tot eind. De aandachtsindex geeft aan hoeveel van de aandacht die huurders zouden moeten krijgen, ze ook echt krijgen. Hieronder staat waar u het best kunt beginnen.
# Heading of the journeys overview on the index page.
report-journeys-heading = De klantreizen
# Heading of the cross-journey ranking.
report-top-moments-heading = De tien momenten die het meest uitmaken
# Lead text of the cross-journey ranking.
report-top-moments-lead = Over alle klantreizen, gerangschikt naar hoeveel het moment de huurder uitmaakt, hoeveel huurders het meemaken, hoe ernstig de bevinding is en hoe slecht de huurder zich voelt.
# Heading of the rules × journeys table.
report-heatmap-heading = Welke patronen waar terugkomen
# Lead text of the rules × journeys table.
report-heatmap-lead = Momenten zonder aandacht per regel en klantreis. Een patroon dat in meerdere reizen terugkomt, zegt iets over hoe de organisatie werkt, niet over één team.
# Caption of the rules × journeys table.
report-heatmap-caption = Actieve bevindingen per regel (rijen) en klantreis (kolommen)
# Column header for rules.
report-rule = Regel
# Column header for totals.
report-total = Totaal
# Label of the attention index.
report-attention-index = Aandachtsindex
# "out of 100" after the index.
report-out-of-100 = van de 100
# Label for expected contacts.
report-contacts-per-tenant = contacten per huurder
# Label for expected handoffs.
report-handoffs-per-tenant = overdrachten per huurder
# Explanation of the expected contacts.
report-contacts-explained = gemiddeld, herhaalcontacten meegeteld
# Explanation of the expected handoffs.
report-handoffs-explained = keer dat de huurder wordt doorgegeven
# Label of the findings count.
report-findings = Bevindingen
# Plural label for errors.
report-errors = fouten
# Plural label for warnings.
report-warnings = waarschuwingen
# Plural label for info findings.
report-infos = info
# Label for silenced findings.
report-silenced = stilgezet
# Heading of the persona cards.
report-personas-heading = Wie deze reis maakt
# Label before a persona's goal.
report-goal = Doel
# Heading of the top three.
report-fix-first-heading = Pak deze eerst aan
# Lead text of the top three.
report-fix-first-lead = De drie momenten waar betere aandacht de meeste huurders het meest helpt, gerangschikt naar hoeveel het moment uitmaakt, hoeveel huurders het meemaken, hoe ernstig de bevinding is en hoe slecht de huurder zich voelt.
# Shown when nothing needs fixing.
report-nothing-to-fix = Geen moment zonder aandacht op niveau waarschuwing of fout: niets om eerst aan te pakken.
# Sub-heading: the tenant's side.
report-tenant-side = Wat de huurder zegt
# Sub-heading: why it hurts.
report-why-it-hurts = Waarom dit huurders raakt
# Sub-heading: what good looks like.
report-what-good-looks-like = Hoe het goed gaat
# Label before a finding's help.
report-here = Hier
# Label before a finding's help in lists.
report-what-helps = Wat helpt
# Shown when there is no quote or note.
report-no-tenant-voice = Voor dit moment is geen citaat of uitspraak van huurders vastgelegd.
# Heading of the good-practice section.
report-good-heading = Wat al goed gaat
# Lead text of the good-practice section.
report-good-lead = Momenten die de reis als voorbeeld noemt: houd ze vast en doe ze elders na.
# Heading of the emotion curve.
report-emotion-heading = Hoe de huurder zich voelt onderweg
# Heading of the blueprint.
report-blueprint-heading = Wie doet wat: de service blueprint
# Lead text of the blueprint.
report-blueprint-lead = Elk moment in zijn fase, in de baan van wie de huurder helpt. Gestippelde pijlen zijn overdrachten: de huurder wordt doorgegeven.
# Heading of the journey graph.
report-graph-heading = Alle routes door de reis
# Lead text of the journey graph.
report-graph-lead = Elk moment en elke overgang, met het aandeel huurders dat elke afslag neemt. Pijlen die terug omhoog buigen zijn herhaalcontacten.
# Heading of the list of all findings.
report-findings-heading = Alle momenten zonder aandacht
# Shown when there are no findings.
report-no-findings = Geen bevindingen.
# Heading of the silenced findings.
report-silenced-heading = Stilgezette bevindingen, met hun reden
# Lead of the silenced findings.
report-silenced-lead = Deze tellen niet mee in de cijfers hierboven; het reisbestand geeft voor elk een reden.
# Label before a silence reason.
report-reason = Reden
# Heading of the evidence section.
report-evidence-heading = Onderbouwing
# Lead of the evidence section.
report-evidence-lead = Wat huurders zeiden en wat enquêtes en contactregistraties laten zien.
# Shown when there is no evidence.
report-no-evidence = Deze reis legt nog geen onderbouwing vast: citaten, enquêtecijfers of tellingen maken een kaart meer dan een mening.
# Heading of the quotes.
report-quotes-heading = In de woorden van huurders
# Heading of the figures table.
report-figures-heading = Cijfers
# Caption of the evidence figures table.
report-figures-caption = Enquêteresultaten, tellingen en observaties
# Column: kind of evidence.
report-kind = Soort
# Column: moment.
report-moment = Moment
# Column: what.
report-what = Wat
# Column: grade.
report-grade = Cijfer
# Column: percentage satisfied.
report-percent-satisfied = Tevreden
# Column: count.
report-count = Aantal
# Column: respondents.
report-respondents = Respondenten
# Column: source.
report-source = Bron
# Column: date.
report-date = Datum
# Evidence about the journey as a whole.
report-whole-journey = De reis als geheel
# Summary of a chart's data table.
report-show-table = Toon de gegevens als tabel
# Column: number.
report-number = Nr.
# Column: stage.
report-stage = Fase
# Column: feeling.
report-feeling = Gevoel
# Column: tenant's words.
report-tenant-words = In de woorden van de huurder
# Column: marks.
report-marks = Markeringen
# Legend and table: milestone.
report-milestone = mijlpaal
# A milestone or high-importance moment.
report-moment-that-matters = een moment dat ertoe doet
# Legend: finding marker.
report-legend-finding = moment zonder aandacht (aantal bevindingen)
# Legend and table: good practice.
report-good-practice = goed voorbeeld
# Legend of the blueprint: the cards' stripe and number.
report-legend-feeling = De gekleurde streep en het getal op een kaart: hoe de huurder zich voelt, van −3 (heel slecht, rood) tot +3 (heel goed, groen); grijs als het niet is vastgelegd.
# Legend: handoff arrow.
report-legend-handoff = overdracht aan een ander
# Legend: loop arrow.
report-legend-loop = herhaalcontact (terug naar een eerder moment)
# Legend: escalation arrow.
report-legend-escalation = escalatie
# Legend: ordinary transition.
report-legend-next = volgende stap
# Column: from.
report-from = Van
# Column: to.
report-to = Naar
# Column: share.
report-share = Aandeel bij deze stap
# Column: times per tenant.
report-per-tenant = Keer per huurder
# Column: label of a transition.
report-label = Wat er gebeurt
# Column: level.
report-level = Niveau
# Column: touchpoint.
report-touchpoint = Contactmoment
# Column: actor.
report-actor = Wie
# Heading of the handoffs list in the blueprint's table.
report-handoffs-heading = Overdrachten
# Shown when there are no handoffs.
report-no-handoffs = Geen overdrachten.
# Lane: tenant.
report-lane-tenant = Huurder
# Lane: frontstage.
report-lane-frontstage = Voor de huurder zichtbaar
# Lane: backstage.
report-lane-backstage = Achter de schermen
# Lane: contractors and partners.
report-lane-partners = Aannemers en partners
# Column: reach of a moment.
report-reach = Geraakte huurders
# Column: journey.
report-journey = Klantreis
# Shown when no journey has findings.
report-no-top-moments = In geen enkele klantreis momenten zonder aandacht op niveau waarschuwing of fout.
# Title of the rules page.
report-rules-title = De regels: momenten zonder aandacht die tjm herkent
# Lead text of the rules page.
report-rules-lead = Elke regel vindt één patroon uit de praktijk: een moment waarop de huurder niet gezien wordt. Elke bevinding in het rapport verwijst hierheen.
# Label of the rules table of contents.
report-rules-contents = Alle regels
# Label: category.
report-category = Categorie
# Label: the level a rule runs at.
report-runs-at = Niveau in dit rapport
# Label: a rule's default level.
report-default-level = standaard
# Text on a link to a rule's explanation.
report-about-rule = Over deze regel
# Link back to the top of the page.
report-back-to-top = Terug naar boven
# Link to the journey page from the index.
report-open-journey = Open de klantreis
# Shown when the project has no journeys.
report-no-journeys = Geen klantreizen gevonden.
# Heading of the "what changed since the baseline" section.
report-changes-heading = Wat er veranderd is sinds de vorige versie
# Lead text of the changes section.
report-changes-lead = Deze versie vergeleken met een eerdere: de huidige situatie tegenover de gewenste, of vorig kwartaal tegenover nu.
# Column header: value before.
report-before = Vorige versie
# Column header: value now.
report-after = Nu
# Column header: the change.
report-change = Verschil
# Heading: findings that are gone.
report-findings-fixed = Momenten zonder aandacht die verdwenen zijn
# Heading: findings that are new.
report-findings-new = Nieuwe momenten zonder aandacht
# Heading: touchpoints that changed.
report-moments-changed = Momenten die veranderd zijn
# Label: touchpoints added.
report-moments-added = Toegevoegd
# Label: touchpoints removed.
report-moments-removed = Verwijderd
# Shown when nothing changed.
report-no-changes = Er is niets veranderd sinds de vorige versie.
# Shown for a journey that is not in the baseline.
report-new-journey = Nieuw sinds de vorige versie.
# Label: journeys only in the baseline.
report-journeys-removed = Klantreizen die niet meer in het rapport staan

## Sentences and words the report builds from facts (src/report/i18n.rs).

report-feeling-very-bad = heel slecht
report-feeling-bad = slecht
report-feeling-uneasy = onrustig
report-feeling-neutral = neutraal
report-feeling-fine = prima
report-feeling-good = goed
report-feeling-very-good = heel goed
report-no-emotion = niet vastgelegd
report-reach-share = { $share } van de huurders
## Een stap die zou moeten gebeuren en niet gebeurt (grafieken, DOT- en Mermaid-export)
report-absent = gebeurt niet
report-reach-times = { $times } keer per huurder
report-reach-moment-share = { $share } van de huurders komt bij dit moment
report-reach-moment-times = gemiddeld { $times } keer per huurder bij dit moment
report-age = { $years ->
        [one] { $years } jaar
       *[other] { $years } jaar
    }
report-verdict-none = Geen momenten zonder aandacht gevonden
report-verdict = { $moments ->
    [one] 1 moment zonder aandacht{ $mattering ->
        [0] , niet op een moment dat ertoe doet
       *[other] , en het is een moment dat ertoe doet
    }
   *[other] { $moments } momenten zonder aandacht{ $mattering ->
        [0] , geen daarvan op een moment dat ertoe doet
        [one] , waarvan 1 moment dat ertoe doet
       *[other] , waarvan { $mattering } momenten die ertoe doen
    }
}
report-attention-explanation = Van de aandacht die huurders in deze reis zouden moeten krijgen, krijgen ze { $index }%, elk moment gewogen naar hoeveel het uitmaakt en hoeveel huurders het meemaken. 100 betekent: geen enkel moment zonder aandacht.
report-band-good = grotendeels aandachtig
report-band-fair = vraagt aandacht
report-band-poor = huurders vaak niet gezien
report-emotion-lead = Langs de meest gevolgde route van begin tot eind ({ $share } van de huurders loopt hem helemaal), { $moments ->
        [one] { $moments } moment
       *[other] { $moments } momenten
    }. Het gevoel loopt van −3 (heel slecht) tot +3 (heel goed).
report-emotion-gaps = { $missing ->
    [one] Bij 1 moment op deze route is geen gevoel vastgelegd (open rondje); de stippellijn overbrugt het, maar meet het niet.
   *[other] Bij { $missing } momenten op deze route is geen gevoel vastgelegd (open rondjes); de stippellijn overbrugt ze, maar meet ze niet.
}
report-count-error = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
report-count-warning = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
report-count-info = { $count } info
report-findings-count = { $count ->
    [one] 1 bevinding
   *[other] { $count } bevindingen
}
report-journeys-count = { $count ->
    [one] 1 klantreis
   *[other] { $count } klantreizen
}
report-evidence-quote = citaat
report-evidence-survey = enquête
report-evidence-count = telling
report-evidence-observation = observatie
report-actor-tenant = huurder
report-actor-department = afdeling
report-actor-contractor = aannemer
report-actor-partner = partner
report-scroll-label = { $chart } (schuift opzij)

## Rule names, shown instead of the rule's slug (codes such as TJM303 stay).

report-rule-missed-milestone = Gemist mijlpaalmoment
report-rule-procedure-first = Procedure eerst
report-rule-cold-channel = Kil kanaal
report-rule-friendly-not-helpful = Vriendelijk, niet behulpzaam
report-rule-bare-no = Een kaal nee
report-rule-no-room-for-exceptions = Geen ruimte voor uitzonderingen
report-rule-decided-for-tenants = Beslist over huurders heen
report-rule-pillar-to-post = Van het kastje naar de muur
report-rule-repeat-contact = Herhaald contact
report-rule-long-wait = Lang wachten
report-rule-legal-deadline = Wettelijke termijn overschreden
report-rule-process-norm = Wettelijke stappen overgeslagen
report-rule-dead-end = Doodlopend spoor
report-rule-open-loop = Open einde
report-rule-unanswered-low = Onbeantwoord dieptepunt
report-rule-no-aftercare = Geen nazorg
report-rule-unsupported-emotion = Gevoel zonder onderbouwing
report-rule-map-contradicts-data = Kaart strijdig met de registratie
report-rule-unused-silence = Overbodig stilgezet
report-rule-unchecked-assumption = Aanname nog te controleren

## What changed at a moment, in words (the journey file's fields are not shown).

report-field-id = id
report-field-stage = fase
report-field-title = titel
report-field-description = beschrijving
report-field-actor = wie
report-field-channel = kanaal
report-field-direction = richting
report-field-kind = soort moment
report-field-wait = wachttijd
report-field-importance = belang
report-field-milestone = mijlpaal
report-field-absent = een stap die niet gebeurt
report-field-emotion-score = gevoel
report-field-emotion-note = hoe de huurder zich voelt, in woorden
report-field-attention-own-question-asked = eigen vraag gesteld
report-field-attention-named-contact = een vaste persoon om te bellen
report-field-attention-acknowledged = het moment erkend
report-field-attention-decision-explained = besluit uitgelegd
report-field-attention-alternative-offered = een alternatief geboden
report-field-attention-room-for-exceptions = ruimte voor uitzonderingen
report-field-refusal = een weigering
report-field-decides-for-tenants = beslist over huurders
report-field-opens-case = opent een zaak
report-field-outcome = uitkomst
report-field-good-practice = goed voorbeeld
report-field-silence = stilgezette bevindingen
report-field-other = een ander gegeven
report-value-yes = ja
report-value-no = nee
# A value that is not there (before or after).
report-value-none = –
# One changed field: its name in words, the value before and after.
report-field-change = { $field }: { $before } → { $after }
report-value-importance = { $value ->
    [low] laag
    [high] hoog
   *[normal] gewoon
}
report-value-direction = { $value ->
    [inbound] van de huurder
   *[outbound] naar de huurder
}
report-field-changed = { $field } is veranderd

## De klantreiskaart: fasen × lagen, elk moment een kolom.

report-map-heading = De klantreiskaart
report-map-lead = Alle { $moments ->
        [one] { $moments } moment
       *[other] { $moments } momenten
    } in { $stages ->
        [one] { $stages } fase
       *[other] { $stages } fasen
    }, met elke route: een kolom per moment, een rij per laag, en in dezelfde kolommen hoe de huurder zich voelt.
report-map-lane-moment = Moment
report-map-lane-tenant = De huurder
report-map-lane-channel = Kanaal
report-map-lane-actor = Wie helpt de huurder
report-map-lane-feeling = Hoe de huurder zich voelt
report-map-lane-attention = Zonder aandacht
report-map-lane-good = Goed voorbeeld
report-map-lane-next = Waar huurders heen gaan
report-map-legend-stated = gevoel volgens de kaart
report-map-legend-measured = gevoel gemeten in een enquête (cijfer of aandeel tevreden, op dezelfde schaal)
report-map-legend-worst = de route waarop de huurder zich het slechtst voelt
report-map-worst = De route waarop de huurder zich het slechtst voelt, loopt langs de momenten { $route } (dieptepunt { $low }).
report-map-gaps = { $missing ->
        [one] Bij één moment is geen gevoel vastgelegd; de lijn slaat het over.
       *[other] Bij { $missing } momenten is geen gevoel vastgelegd; de lijn slaat ze over.
    }
report-map-print-note = Op papier toont deze klantreis wat eerst beter moet en de klantreiskaart. Alle momenten zonder aandacht, de onderbouwing en het schema van alle routes staan in het rapport op het scherm.
report-other-quotes-heading = In de woorden van medewerkers en anderen
report-map-continued = (vervolg)
report-map-ends = Hier eindigt de reis
report-map-share-measured = { $stated } (gemeten: { $measured })
report-map-channel = { channel-name }
report-map-wait = na { $wait }
report-map-feeling-stated = { $score } { $word } (volgens de kaart)
report-map-feeling-measured = { $stated }; gemeten { $score } ({ $detail })
report-map-measured-grade = cijfer { $value }
report-map-measured-satisfied = { $value } tevreden
report-map-measured-respondents = { $respondents ->
        [one] { $respondents } respondent
       *[other] { $respondents } respondenten
    }
report-map-does-alone = Doet dit zelf
report-map-does = { $direction ->
        [inbound] { $channel ->
            [desk] Komt naar de balie
            [phone] Belt
            [email] Stuurt een e-mail
            [letter] Schrijft een brief
            [home_visit] Laat iemand binnen
            [inspection] Laat een inspecteur binnen
            [portal] Gebruikt het klantportaal
            [sms] Stuurt een sms
            [whatsapp] Stuurt een WhatsApp-bericht
           *[none] Neemt contact op
        }
        [outbound] { $channel ->
            [desk] Wordt geholpen aan de balie
            [phone] Wordt gebeld
            [email] Krijgt een e-mail
            [letter] Krijgt een brief
            [home_visit] Krijgt bezoek thuis
            [inspection] Krijgt een inspectie thuis
            [portal] Krijgt een bericht in het klantportaal
            [sms] Krijgt een sms
            [whatsapp] Krijgt een WhatsApp-bericht
           *[none] Hoort van ons
        }
       *[none] { $channel ->
            [desk] Staat aan de balie
            [phone] Is aan de telefoon
            [email] Mailt met ons
            [letter] Krijgt een brief
            [home_visit] Krijgt bezoek thuis
            [inspection] Krijgt een inspectie thuis
            [portal] Gebruikt het klantportaal
            [sms] Sms't met ons
            [whatsapp] Appt met ons
           *[none] { $kind ->
                [visit] Krijgt bezoek
                [document] Krijgt een document
                [decision] Wacht op een besluit
                [wait] Wacht
               *[contact] Heeft contact
            }
        }
    }

## The charts' descriptions (`<desc>`), for screen readers.

report-chart-emotion-desc = Lijngrafiek van het gevoel van de huurder bij { $moments ->
        [one] { $moments } moment
       *[other] { $moments } momenten
    } op de meest gevolgde route.
report-chart-emotion-extremes = Laagste punt: { $low_number }. { $low_title } ({ $low_score }). Hoogste punt: { $high_number }. { $high_title } ({ $high_score }).
report-chart-blueprint-desc = Service blueprint van { $moments ->
        [one] { $moments } moment
       *[other] { $moments } momenten
    } in { $stages ->
        [one] { $stages } fase
       *[other] { $stages } fasen
    }. Momenten per baan — { $lanes }. { $handoffs ->
        [one] { $handoffs } overdracht
       *[other] { $handoffs } overdrachten
    } tussen betrokkenen.
report-chart-lane-count = { $lane }: { $count }
report-chart-graph-desc = Diagram van { $nodes ->
        [one] { $nodes } moment
       *[other] { $nodes } momenten
    } en { $transitions ->
        [one] { $transitions } overgang
       *[other] { $transitions } overgangen
    }, van boven naar beneden in { $layers ->
        [one] { $layers } stap
       *[other] { $layers } stappen
    }: { $handoffs ->
        [one] { $handoffs } overdracht
       *[other] { $handoffs } overdrachten
    }, { $loops ->
        [one] { $loops } herhaalcontact
       *[other] { $loops } herhaalcontacten
    }, { $escalations ->
        [one] { $escalations } escalatie
       *[other] { $escalations } escalaties
    }.
# Kop van het deel met het eigen logboek naast de kaart.
report-measured-heading = Wat het logboek laat zien
# Inleiding van dat deel.
report-measured-lead = De reis zoals getekend (geschat) naast wat de eigen contact- en zaakregistratie laat zien (gemeten). Cijfers over minder dan 10 zaken staan er als “< 10”.
# Het label van gemeten cijfers: $cases ("1.797" of "< 10"), $period ("2025").
report-measured-label = gemeten ({ $cases } zaken, { $period })
# Een gemeten wachttijd in dagen: $length is een decimaal getal, geen telling.
report-measured-days = { $length } dagen
# Kolom: wat de kaart zegt.
report-stated = geschat
# Kolom: het moment waar huurders daarna komen.
report-goes-on-to = Gaat door naar
# Bijschrift van de tabel met gemeten aandelen.
report-measured-shares-caption = Welke kant huurders op gaan: geschat en gemeten
# Bijschrift van de tabel met gemeten wachttijden.
report-measured-waits-caption = Hoe lang huurders wachten: geschat en gemeten
# Kolom: de wachttijd op de kaart.
report-stated-wait = Wachttijd (geschat)
# Kolom: gemeten mediaan.
report-median-wait = De helft wacht langer dan (gemeten)
# Kolom: gemeten 90e percentiel.
report-p90-wait = 1 op de 10 wacht langer dan (gemeten)
# Bijschrift van de stappen die niet op de kaart staan.
report-not-on-map-caption = Stappen die huurders doorlopen en die niet op de kaart staan
# Kolom: een stap zoals de registratie hem noemt.
report-step-in-log = Stap in de registratie
# Kolom: zaken.
report-cases = Zaken
# Een gemeten wachttijd korter dan een dag.
report-measured-under-a-day = minder dan een dag
