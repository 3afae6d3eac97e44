# De terminal: samenvattingen en totalen van tjm check, overzichten van tjm rules, tjm new.

# tjm check, de totaalregel aan het eind.
check-totals = { $journeys ->
        [one] { $journeys } klantreis
       *[other] { $journeys } klantreizen
    } gecontroleerd: { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }, { $infos } info, { $silenced } stilgezet; { $problems ->
        [one] { $problems } probleem
       *[other] { $problems } problemen
    } in de invoer

# tjm check, de samenvatting onder de kop van elke klantreis.
check-summary-shape = { $touchpoints } touchpoints in { $stages ->
        [one] { $stages } fase
       *[other] { $stages } fasen
    }; hoofdpad { $main } touchpoints ({ $share } van de huurders)
check-summary-expected = per huurder verwacht: { $contacts } contacten, { $handoffs } overdrachten
check-summary-index = aandachtsindex { $index } — { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }, { $infos } info, { $silenced } stilgezet
# Een stilgezette bevinding, met de reden die de klantreis geeft.
check-silenced = stilgezet: { $code } { $rule } bij `{ $touchpoint }`: { $reason }
