# De cijfers voor het bestuur in het rapport: de samenvatting boven aan de index, huurders per
# jaar, vermijdbare kosten, de slechtste route en de ontwikkeling sinds de nulmeting.

board-heading = Voor het bestuur: waar we huurders tekortdoen, en wat eerst moet
board-lead = De drie patronen die in de hele organisatie de meeste huurders raken, de klantreis waar huurders het slechtst af zijn, en wat er veranderd is.
board-fixes-heading = Drie dingen om organisatiebreed aan te pakken
board-fix-journeys = { $count ->
        [one] In één klantreis:
       *[other] In { $count } klantreizen:
    }
board-fix-tenants = ongeveer { $tenants } huurders per jaar
board-fix-tenants-partial = minstens { $tenants } huurders per jaar (niet meegeteld: { $missing ->
        [one] één klantreis zonder aantal huurders per jaar
       *[other] { $missing } klantreizen zonder aantal huurders per jaar
    })
board-fix-tenants-share = { $share } van de huurders in deze klantreizen (aantallen per jaar onbekend)
board-fix-tenants-label = Raakt
board-fix-cost-label = Vermijdbare kosten
board-fix-cost = { $amount } per jaar ({ $contacts } vermijdbare contacten)
board-fix-cost-no-units = { $contacts } vermijdbare contacten per jaar; zonder kostprijzen is er geen bedrag
board-fix-cost-none = geen extra contacten op de kaart
board-fix-first-step = Eerste stap
board-fix-first-step-where = bij “{ $moment }” ({ $journey }): { $fix }
board-worst-heading = Waar huurders het slechtst af zijn
board-worst = “{ $journey }” heeft de laagste aandachtsindex: { $index } van de 100.
board-worst-route = De slechtste route daarin scoort { $index } van de 100; { $share } van de huurders volgt die route.
board-worst-tenants = Per jaar gaan { $tenants } huurders door deze klantreis.
board-trend-heading = Sinds de nulmeting van { $date }
board-trend-heading-undated = Sinds de nulmeting
board-trend-none = Geen nulmeting: bewaar de klantreizen van dit kwartaal, dan ziet u volgend kwartaal wat er veranderd is.
board-trend-journeys = Aandachtsindex: { $better ->
        [one] één klantreis beter
       *[other] { $better } klantreizen beter
    }, { $worse } slechter, { $same } gelijk.
board-trend-journey = { $journey }: { $before } → { $after }, { $delta }
board-trend-tenants = Huurders per jaar die een moment zonder aandacht meemaken: { $before } → { $after }, { $delta }
board-trend-cost = Vermijdbare kosten per jaar: { $before } → { $after }, { $delta }
board-delta = { $arrow } { $amount } { $word }
board-delta-same = = gelijk gebleven
board-word-better = beter
board-word-worse = slechter
board-word-fewer = minder
board-word-more = meer
board-word-lower = lager
board-word-higher = hoger
board-points = { $points ->
        [one] 1 punt
       *[other] { $points } punten
    }
board-units = Huurders per jaar: het aantal huurders dat per jaar aan een klantreis begint × het deel daarvan dat bij het moment komt. Vermijdbare kosten: herhaalde rondes en escalaties die op de kaart staan, tegen de eigen kostprijzen van de corporatie{ $source ->
        [none] {""}
       *[other] {" "}({ $source })
    }, in { $currency }.
board-units-no-costs = Huurders per jaar: het aantal huurders dat per jaar aan een klantreis begint × het deel daarvan dat bij het moment komt. Er zijn geen kostprijzen opgegeven: vermijdbare contacten worden geteld, maar niet in geld uitgedrukt.
board-no-volume = { $count ->
        [one] Eén klantreis noemt geen aantal huurders per jaar: de cijfers daarvan zijn alleen percentages.
       *[other] { $count } klantreizen noemen geen aantal huurders per jaar: de cijfers daarvan zijn alleen percentages.
    }
board-money = { $symbol } { $amount }

# Een datum: dag, maand, jaar (de datum van de nulmeting).
board-date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }

## Kaarten per klantreis

board-card-volume = { $tenants } huurders per jaar
board-card-volume-source = { $source }
board-card-volume-no-source = bron niet vermeld
board-card-volume-measured = geteld in het eigen logboek van de klantreis, { $period }
board-card-volume-unknown = Aantal huurders per jaar onbekend: de cijfers hieronder zijn percentages van de huurders.
board-card-volume-disagrees = Op de kaart staat { $stated } per jaar, het logboek telt er { $measured }: ga na welk getal klopt voordat u op de aantallen stuurt.
board-card-volume-extract = Het logboek beslaat maar { $weeks ->
    [one] één week
   *[other] { $weeks } weken
}, te kort om een jaar te tellen: het getal op de klantreiskaart wordt gebruikt.
board-card-affected = { $tenants } huurders per jaar ({ $share }) maken minstens één moment zonder aandacht mee.
board-card-affected-share = { $share } van de huurders maakt minstens één moment zonder aandacht mee.
board-card-cost = Vermijdbaar: { $contacts } contacten per jaar, { $amount }.
board-card-cost-no-units = Vermijdbaar: { $contacts } contacten per jaar (geen kostprijzen opgegeven).
board-card-cost-per-tenant = Vermijdbaar: { $contacts } contacten per huurder.
board-card-worst-route = Slechtste route: { $index } van de 100, gevolgd door { $share } van de huurders.
board-card-worst-route-path = { $path }
board-card-trend-heading = Sinds { $date }
board-card-trend-heading-undated = Sinds de nulmeting
board-card-trend-index = Aandachtsindex { $before } → { $after }: { $delta }
board-card-trend-tenants = Geraakte huurders per jaar { $before } → { $after }: { $delta }
board-card-trend-cost = Vermijdbare kosten per jaar { $before } → { $after }: { $delta }
board-card-trend-new = Nieuw sinds de nulmeting.

## De belangrijkste momenten

board-moment-tenants = ongeveer { $tenants } huurders per jaar
board-costliest-label = Waar de meeste vermijdbare kosten zitten
board-costliest = { $priced ->
    [yes] { $cost } per jaar ({ $contacts } vermijdbare contacten)
   *[no] { $contacts } vermijdbare contacten per jaar
}, in { $journeys ->
    [one] één klantreis
   *[other] { $journeys } klantreizen
}
