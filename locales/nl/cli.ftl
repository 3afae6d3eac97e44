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

# tjm rules: de catalogus en één regel.
rules-list-footer = `tjm rules NAAM` legt een regel uit; niveaus en drempels stel je in tjm.toml in.
rules-describe-level = niveau: { $level } · categorie: { $category }
rules-describe-options = Opties (tjm.toml, [rules.{ $rule }]):
rules-unknown = er is geen regel die `{ $name }` heet
rules-unknown-help = `tjm rules` toont ze allemaal
# De voorvoegsels van een melding en haar hint in de terminal.
cli-error = fout: { $message }
cli-help = hulp: { $message }

# tjm new; de markering is die van de klantreizen in scaffolds/.
new-prompt-marker = [aanvullen]
new-invalid-id = `{ $id }` kan geen id van een klantreis zijn: gebruik letters, cijfers, `-`, `_` of `.`, te beginnen met een letter of cijfer (hoogstens 80)
new-wrote = { $file } geschreven ({ $kind }); vul de teksten met { new-prompt-marker } in en controleer met `tjm check { $file }`
new-exists = { $file } bestaat al; er is niets geschreven (gebruik --force om het te overschrijven)

# Het label onder de plek van een bevinding in het bestand.
check-finding-label = touchpoint `{ $touchpoint }`
