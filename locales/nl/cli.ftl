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

# tjm diff: de labels van een lijst wijzigingen; meervoud met $count in de totalen.
diff-nothing-compared = niets vergeleken: los eerst de problemen hierboven op
diff-journey-added = nieuwe reis
diff-journey-removed = verdwenen reis
diff-unchanged = ongewijzigd
diff-attention-index = aandachtsindex
diff-journey = reis
diff-emotion = emotie
diff-wait = wachttijd
diff-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
diff-fixed = opgelost
diff-silenced = stilgezet
diff-new = nieuw
diff-totals = { $compared ->
        [one] { $compared } klantreis
       *[other] { $compared } klantreizen
    } vergeleken, { $changed } gewijzigd, { $added } nieuw, { $removed } verdwenen; touchpoints: { $tp_added } toegevoegd, { $tp_removed } verwijderd, { $tp_changed } gewijzigd; bevindingen: { $fixed } opgelost, { $new } nieuw

# tjm report
report-baseline-problems = de basislijn { $path } heeft problemen; los ze op of kies een andere basislijn
report-wrote = { $count ->
        [one] { $count } bestand
       *[other] { $count } bestanden
    } geschreven naar { $dir } (open { $index })

# tjm export
export-bad-delimiter = `{ $text }` kan geen scheidingsteken zijn: geef één ASCII-teken zoals `;`, `,` of `|`, of `tab`
export-delimiter-csv-only = --delimiter werkt alleen met --to csv
export-raw-csv-only = --raw werkt alleen met --to csv
export-nothing = niets geëxporteerd: los eerst de problemen hierboven op (`tjm check` toont ze)
export-wrote = { $count ->
        [one] { $count } klantreis
       *[other] { $count } klantreizen
    } geëxporteerd naar { $path }
export-force-xlsx-only = --force werkt alleen met --to xlsx (andere exports vervangen hun bestand)
export-xlsx-needs-folder = een werkmap bevat één klantreis: noem één klantreisbestand, of geef met -o een map voor een werkmap per klantreis
export-exists = { $file } bestaat al en kan invulwerk van iemand bevatten; er is niets geschreven (gebruik --force om het te vervangen)

# tjm theme init
theme-exists = { $dir } heeft al { $count } van de themabestanden; er is niets geschreven
theme-exists-help = gebruik --force om ze te overschrijven, of kies een lege map
theme-wrote = { $count } themabestanden geschreven naar { $dir }
theme-next = pas ze aan en draai dan `tjm report --theme { $dir }`; verwijder de bestanden die je niet wijzigt, zodat ze de verbeteringen van tjm krijgen

# tjm fmt; $files telt bestanden.
fmt-stale-temp = { $path } is een tijdelijk bestand van een onderbroken tjm-run (er kan een kopie van een klantreis in staan); `tjm fmt` ruimt het op
fmt-removed-temp = { $path } verwijderd, een tijdelijk bestand van een onderbroken tjm-run
fmt-would-reformat = zou { $path } opnieuw opmaken
fmt-formatted = { $path } opgemaakt
fmt-changed-meanwhile = { $path } is veranderd terwijl tjm het opmaakte en is gelaten zoals het was; draai tjm fmt opnieuw
fmt-summary = { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } { $check ->
        [yes] zou opnieuw opgemaakt worden
       *[no] opnieuw opgemaakt
    }, { $unchanged } al opgemaakt
fmt-summary-broken = , { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } niet aangeraakt vanwege problemen
fmt-summary-skipped = , { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } niet aangeraakt (zie hierboven)

# Welke tjm.toml deze bevindingen maakte: de eerste regel van tjm check en de voettekst van het rapport.
config-header = instellingen uit { $file }
config-board-defaults = Gecontroleerd met de standaardinstellingen van tjm.
config-board-same = Gecontroleerd met de eigen instellingen van deze corporatie, gelijk aan de standaard van tjm.
config-board-changes = Gecontroleerd met de eigen instellingen van deze corporatie: { $changes }.
config-rules-off = { $count ->
        [one] { $count } regel
       *[other] { $count } regels
    } uitgezet
config-rules-adjusted = { $count ->
        [one] { $count } regel
       *[other] { $count } regels
    } aangepast
cli-warning = waarschuwing: { $message }

# tjm import
import-nothing = niets geïmporteerd: los eerst de problemen hierboven op
import-wrote = { $file } geschreven uit { $source }; `tjm check { $file }` controleert het
