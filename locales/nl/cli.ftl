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
check-summary-shape = { $touchpoints ->
        [one] { $touchpoints } contactmoment
       *[other] { $touchpoints } contactmomenten
    } in { $stages ->
        [one] { $stages } fase
       *[other] { $stages } fasen
    }; hoofdpad { $main ->
        [one] { $main } contactmoment
       *[other] { $main } contactmomenten
    } ({ $share } van de huurders)
check-summary-expected = per huurder verwacht: { $contacts } contacten, { $handoffs } overdrachten
check-summary-index = aandachtsindex { $index } — { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }, { $infos } info, { $silenced } stilgezet
# Een reis gemeten aan het eigen logboek: $cases ("1.797" of "< 10"), $period ("2025").
check-summary-measured = gemeten aan het eigen logboek: { $cases } zaken, { $period }
# Een stilgezette bevinding, met de reden die de klantreis geeft.
check-silenced = stilgezet: { $code } { $rule } bij `{ $touchpoint }`: { $reason }
## tjm check --unknowns: wat het bestand open laat en een bevinding zou veranderen
check-unknowns-heading = uit te zoeken bij het volgende interview ({ $count ->
    [one] 1 gegeven
   *[other] { $count } gegevens
}):
check-unknowns-none = niets open dat een bevinding zou veranderen
check-unknowns-item = “{ $title }” (`{ $touchpoint }`, { $field }): { $question } { $effect }

# tjm rules: de catalogus en één regel.
rules-list-footer = `tjm rules NAAM` legt een regel uit; niveaus en drempels stel je in tjm.toml in.
rules-describe-level = niveau: { $level } · categorie: { $category }
rules-describe-options = Opties (tjm.toml, [rules.{ $rule }]):
rules-unknown = er is geen regel die `{ $name }` heet
rules-unknown-help = `tjm rules` toont ze allemaal

## tjm norms: het actieve normprofiel
norms-header = Normprofiel: { $name } ({ $profile }), { $jurisdiction }
norms-calendar = Werkdagen: maandag tot en met vrijdag, behalve de feestdagen van { $jurisdiction } in { $first }–{ $last } ({ $source })
norms-deadline = termijn: { $amount } { norm-unit }
norms-step = processtap
norms-step-after = stap, na: { $steps }
norms-right = recht van huurders (genoemd, niet gemeten)
norms-source = bron: { $source }
norms-own = eigen termijn (tjm.toml): { $amount } { norm-unit }
norms-footer = Een touchpoint noemt een norm met "norm": "<id>". Kies het profiel in tjm.toml (norms = "nl" of "uk"); zet strengere eigen termijnen onder [norms.overrides].
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
theme-wrote = { $count ->
        [one] { $count } themabestand
       *[other] { $count } themabestanden
    } geschreven naar { $dir }
theme-next = pas ze aan en draai dan `tjm report --theme { $dir }`; verwijder de bestanden die je niet wijzigt, zodat ze de verbeteringen van tjm krijgen

# tjm fmt; $files telt bestanden.
fmt-stale-temp = { $path } is een tijdelijk bestand van een onderbroken tjm-run (er kan een kopie van een klantreis in staan); `tjm fmt` ruimt het op
fmt-removed-temp = { $path } verwijderd, een tijdelijk bestand van een onderbroken tjm-run
fmt-would-reformat = zou { $path } opnieuw opmaken
fmt-formatted = { $path } opgemaakt
fmt-no-journeys = er zijn geen klantreisbestanden om op te maken: tjm keek in { $paths }. Begin er een met `tjm new repair -o journeys/reparatie.json`, of zet een map klaar met `tjm init`
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
config-own-deadlines = { $count ->
        [one] { $count } eigen termijn
       *[other] { $count } eigen termijnen
    } strenger dan de wet
cli-warning = waarschuwing: { $message }

# tjm completions man --dir
completions-wrote = { $count ->
        [one] { $count } man-pagina
       *[other] { $count } man-pagina's
    } geschreven in { $dir }
completions-not-ours = { $path } bestaat al en is geen man-pagina van tjm; het is gelaten zoals het was (kies een andere map, of verplaats het bestand)
completions-dir-man-only = `--dir` is voor man-pagina's: gebruik het als `tjm completions man --dir MAP`; shellscripts gaan naar de standaarduitvoer

## tjm init
init-wrote = { $file } geschreven
init-replaced = { $file } vervangen door het schema van deze versie
init-kept = { $file } bewaard: het bestaat al, en tjm init overschrijft nooit uw bestanden
init-done = { $dir } is klaar: README.md zegt wat u nu kunt doen; `tjm check` controleert het voorbeeld
init-exists = in { $dir } { $count ->
        [one] staat al een bestand
       *[other] staan al { $count } bestanden
    } die tjm init schrijft ({ $files }); er is niets geschreven. Kies een lege map, of gebruik --force om alleen te schrijven wat ontbreekt en het schema bij te werken

## Wat `tjm new` als aangenomen markeert, in de notities [controleren: …] van de sjablonen
new-fact-importance = belang
new-fact-milestone = mijlpaal
new-fact-channel = kanaal
new-fact-wait = wachttijd
new-fact-emotion = emotie
new-fact-second-visit = tweede bezoek

# tjm serve: de live voorvertoning, de regels in de terminal en de pagina's.
serve-listening = het rapport staat op { $url } en volgt elke keer opslaan (Ctrl-C stopt)
serve-rendered = rapport bijgewerkt: { $pages ->
        [one] { $pages } pagina
       *[other] { $pages } pagina's
    }
serve-broken = { $problems ->
        [one] { $problems } probleem
       *[other] { $problems } problemen
    } in de bestanden: de pagina laat { $problems ->
        [one] het
       *[other] ze
    } zien { $last_good ->
        [yes] en houdt het laatste goede rapport één klik verderop
       *[no] tot de bestanden laden
    }
serve-not-watched = wijzigingen in { $dir } worden niet gezien: { $reason }
serve-stopped = gestopt; er is niets geschreven
serve-cannot-listen = kan het rapport niet aanbieden op { $address }: { $reason }; kies een andere poort met --port
serve-cannot-watch = kan de bestanden niet volgen op wijzigingen: { $reason }
serve-not-found = Deze pagina hoort niet bij het rapport.
serve-refused = Dit adres wijst buiten het rapport.
serve-method = Deze voorvertoning kan alleen gelezen worden, niet veranderd.
serve-host = Deze voorvertoning antwoordt alleen op 127.0.0.1 en localhost.
serve-busy = Er staan te veel pagina's open op deze voorvertoning; sluit er een paar en probeer het opnieuw.
serve-problems-title = Niet elk klantreisbestand laadt
serve-problems-intro = Het rapport komt terug zodra de bestanden laden: herstel wat hieronder staat en sla op. Deze pagina laadt vanzelf opnieuw.
serve-problems-last-good = Open de laatste goede versie van het rapport
serve-problems-no-good = Er is nog geen eerdere goede versie van het rapport.
serve-problems-count = { $count ->
        [one] { $count } probleem
       *[other] { $count } problemen
    }

# tjm import
import-nothing = niets geïmporteerd: los eerst de problemen hierboven op
import-wrote = { $file } geschreven uit { $source }; `tjm check { $file }` controleert het
