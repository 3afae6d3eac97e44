# Load and config errors: what is wrong with an input file, and how to fix it.

# Waar een probleem zit in een geïmporteerde tabel (een spreadsheet of een gebeurtenislog).
location-sheet-cell = blad { $sheet }, rij { $row }, kolom { $column }
location-cell = rij { $row }, kolom { $column }

# Bestanden en mappen die niet als klantreis te lezen zijn. $path is een bestand of map zoals opgegeven.
load-no-journeys = geen klantreisbestanden (*.json) in { $path }
load-no-journeys-help = wijs tjm een map met klantreisbestanden aan, of maak er een met `tjm new repair -o journeys/reparatie.json` (`tjm init` zet een hele map klaar)
load-broken-link = { $path } is een symbolische koppeling naar iets dat niet bestaat
load-broken-link-help = herstel of verwijder de koppeling
load-not-found = { $path } bestaat niet
load-not-found-help = controleer de spelling; zonder pad kijkt tjm in `journeys/`
load-unreadable = { $path } is niet te lezen: { $reason }
load-too-large = { $path } is { $megabytes } MB; een klantreisbestand mag hoogstens { $limit } MB zijn
load-too-large-stream = { $path } levert meer dan { $limit } MB (het is een apparaat of een pipe, geen bestand); een klantreisbestand mag hoogstens { $limit } MB zijn
load-too-large-help = is dit echt een klantreis? Zet een heel grote reis om in één bestand per klantreis
load-not-utf8 = { $path }:{ $line }:{ $column }: het bestand is geen UTF-8-tekst (byte { $byte } op positie { $offset })
load-not-utf8-help = sla het bestand op als UTF-8 (in de meeste editors: "Opslaan met codering" → UTF-8)
load-not-utf8-latin1 = { $path }:{ $line }:{ $column }: het bestand is geen UTF-8-tekst: byte { $byte } (positie { $offset }) is `{ $letter }` in de oudere codering Latin-1 (Windows-1252)
# Een bestand opgeslagen als UTF-16. $endian is little of big; $bom zegt of het met een byte order mark begint.
load-utf16 = { $path } is opgeslagen als UTF-16 ({ $endian ->
        [little] little-endian
       *[big] big-endian
    }{ $bom ->
        [yes] , met byte order mark
       *[no] , zonder byte order mark
    }), maar een klantreisbestand moet UTF-8-tekst zijn
load-utf16-help = sla het opnieuw op als UTF-8: in Kladblok "Opslaan als" → Codering: UTF-8; in VS Code klik je op "UTF-16" in de statusbalk → "Save with Encoding" → UTF-8
load-empty = { $path } is leeg
load-empty-help = een klantreisbestand bevat één JSON-object; `tjm new repair` schrijft een begin

# Fouten in een klantreisbestand. $kind is stage, actor of touchpoint; $list is stages,
# actors of touchpoints (de veldnamen in het bestand).
kind-of-element = { $kind ->
        [stage] fase
        [actor] betrokkene
       *[touchpoint] touchpoint
    }
did-you-mean = bedoel je `{ $candidate }`?
load-unknown-reference = er is geen { kind-of-element } met id `{ $value }`
load-unknown-reference-add = zet de { kind-of-element } eerst in de lijst van de klantreis
load-unknown-reference-use = gebruik een van de ids van een { kind-of-element }: { $ids }
load-unknown-rule = er is geen regel die `{ $rule }` heet
load-unknown-rule-help = `tjm rules` toont de naam en code van elke regel
load-unknown-norm = er is geen norm met id `{ $norm }`
load-unknown-norm-help = `tjm norms` toont de normen en hun ids; laat `norm` weg als er voor dit moment geen norm geldt
load-missing-reason = het stilzetten van `{ $rule }` vraagt een reden, maar de reden is leeg
load-missing-reason-help = schrijf op waarom de regel hier niet geldt; het rapport toont dat naast de stilgezette bevinding
load-duplicate-id = `{ $id }` komt twee keer voor in { $list }: ook bij { $list }[{ $earlier }]
load-duplicate-id-help = geef elk een eigen id; overgangen en onderbouwing verwijzen naar ids
load-no-touchpoints = de klantreis heeft geen touchpoints
load-no-touchpoints-help = voeg minstens één touchpoint toe: {"{"}"id", "stage", "title", "actor"{"}"}
load-out-of-range = `{ $path }` is { $value }, buiten { $scale ->
        [emotion] de emotieschaal −3 (heel slecht) tot +3 (heel goed)
        [five] de schaal 1 tot 5
        [grade] de rapportcijferschaal 1 tot 10
       *[percent] een percentage (0 tot 100)
    }
load-out-of-range-help = gebruik een waarde van { $min } tot { $max }
load-duplicate-transition = een overgang van `{ $from }` naar `{ $to }` staat al bij { $earlier }
load-duplicate-transition-help = voeg de twee samen: één overgang met het gezamenlijke aandeel
load-shares-over-100 = de aandelen van de huurders die `{ $from }` verlaten tellen op tot { $total }% ({ $listed })
load-shares-over-100-help = aandelen zijn percentages van de huurders bij `from`; samen mogen ze hoogstens 100 zijn

# De vorm van de klantreis: wat huurders kunnen bereiken en of ze kunnen eindigen.
load-unreachable = geen huurder kan `{ $id }` bereiken: geen pad leidt erheen vanaf het begin `{ $start }`
load-unreachable-help = voeg een overgang toe met "to": "{ $id }", of verwijder het touchpoint
load-no-end = de klantreis heeft geen einde: elk touchpoint leidt ergens anders heen, dus huurders komen nooit klaar
load-no-end-help = een touchpoint zonder uitgaande overgangen beëindigt de reis; geef het een "outcome"
load-cannot-finish = huurders die `{ $id }` bereiken kunnen nooit eindigen: geen pad leidt ervandaan naar een einde
load-cannot-finish-help = voeg een overgang toe uit de lus naar een einde van de klantreis
load-trapped = huurders die { $names } bereiken kunnen { $count ->
        [one] het
       *[other] ze
    } nooit verlaten: elke uitweg heeft een aandeel van 0, dus ze blijven rondgaan
load-trapped-raise = geef { $from } → { $to } een aandeel boven 0
load-trapped-add = voeg vanaf een van hen een overgang toe naar een einde
load-trapped-help = geef huurders een uitweg uit deze lus: { $out }
load-trapped-help-lower = geef huurders een uitweg uit deze lus: verlaag het aandeel van { $from } → { $to } ({ $share }%) of { $out }
list-two = { $first } en { $last }
list-more = { $first } en nog { $more }

# Velden en waarden die het klantreisformaat niet kent. $place is "de klantreis" of een pad.
load-the-journey = de klantreis
load-not-an-object = een klantreisbestand bevat één JSON-object, maar dit bestand bevat { $found ->
        [null] `null`
        [boolean] een booleaanse waarde
        [number] een getal
        [string] een tekst
        [list] een lijst `[…]`
       *[object] een object
    }
load-not-an-object-help = begin het bestand met `{"{"}` en geef de velden van de klantreis: "id", "title", "stages", "actors", "touchpoints"; één klantreis per bestand
load-unknown-field = onbekend veld `{ $name }` in { $place }
load-unknown-field-help = verwijder het, of gebruik een van de velden die { $place } kent: { $fields }
load-move-into = `{ $field }` hoort binnen `{ $into }`: zet het daar, "{ $into }": {"{"} "{ $field }": … {"}"}
load-move-out = `{ $field }` hoort niet bij `{ $from }`: haal het eruit en zet het naast "{ $from }" in { $place }
load-missing-field = { $place } heeft geen `{ $field }`, en dat is verplicht
load-missing-field-help = voeg het veld `"{ $field }"` toe
load-unknown-value = `{ $value }` is geen geldige waarde voor `{ $path }`
load-use-one-of = gebruik een van: { $options }

# JSON-syntaxfouten. $detail is de eigen (Engelse) beschrijving van de JSON-lezer.
load-syntax = geen geldige JSON: { $detail }
load-too-deep = het bestand is dieper dan 128 niveaus genest; een klantreisbestand heeft er maar een paar nodig
load-syntax-help-deep = een klantreis nest lijsten `[…]` en objecten `{"{"}…{"}"}` vier of vijf niveaus diep: controleer of dit een klantreisbestand is en of elke `[` en `{"{"}` op de goede plek gesloten wordt
load-syntax-help-comma = haal de komma na het laatste item van de lijst of het object weg
load-syntax-help-comma-after = haal de komma na `{ $before }` weg: na het laatste item van een lijst of object komt niets meer
load-syntax-trailing-comma = een komma na het laatste item (trailing comma)
load-syntax-double-comma = twee komma's achter elkaar
load-syntax-double-comma-help = haal een van de twee komma's na `{ $before }` weg
load-syntax-comment = JSON kent geen commentaar (`//` of `/* … */`)
load-syntax-comment-help = haal het commentaar weg; een toelichting voor lezers kan in een veld "description" van de klantreis of van een contactmoment: "description": "…"
load-syntax-curly-quote = `{ $quote }` is een krul-aanhalingsteken, zoals een tekstverwerker het typt; JSON leest alleen rechte aanhalingstekens
load-syntax-single-quote = JSON zet tekst en veldnamen tussen dubbele aanhalingstekens, niet tussen enkele
load-syntax-quote-help = gebruik rechte dubbele aanhalingstekens: "title": "Huurder belt" (zet in Word de automatische "slimme aanhalingstekens" uit, of typ het bestand in een code-editor)
load-syntax-help-quotes = zet veldnamen tussen dubbele aanhalingstekens: "title": …
load-syntax-help-eof = het bestand houdt te vroeg op: controleer of elke `{"{"}` en `[` gesloten wordt
load-syntax-help-missing-comma = er ontbreekt een komma tussen twee items, of een aanhalingsteken wordt niet gesloten
load-syntax-help = JSON vraagt dubbele aanhalingstekens rond tekst en veldnamen, en komma's tussen items

# Twee bestanden, één id van een klantreis.
load-duplicate-journey = het id `{ $id }` van de klantreis wordt ook gebruikt door { $earlier }
load-duplicate-journey-help = elke klantreis heeft een eigen id nodig: rapporten en links zijn ernaar genoemd
# Een sleutel die twee keer in één object staat (een waarschuwing). $line is waar de eerste staat.
load-duplicate-key = `{ $key }` staat twee keer in { $place }: de waarde hier telt en die op regel { $line } wordt genegeerd
load-duplicate-key-help = haal een van de twee weg en houd de waarde die je bedoelt
load-whole-number = `{ $path }` is { $number }; schrijf een geheel getal { $range ->
        [score] van -3 (heel slecht) tot 3 (heel goed)
        [i8] van -128 tot 127
        [five] van 1 tot 5
        [u8] van 0 tot 255
       *[u64] van 0 of meer
    }

# tjm.toml. $rule is de naam van een regel, $setting een sleutel uit het bestand.
config-unreadable = { $path } is niet te lezen: { $reason }
config-not-toml = geen geldige TOML: { $detail }
config-not-toml-help = zie het voorbeeld van tjm.toml in de README
config-lang = `lang` moet "nl" of "en" zijn
config-theme = `theme` moet een mapnaam tussen aanhalingstekens zijn
config-report-table = `report` moet een tabel zijn: [report]
config-rules-table = `rules` moet een tabel zijn: [rules]
config-unknown-setting = onbekende instelling `{ $setting }`
config-unknown-setting-help = tjm.toml kent `lang`, `theme`, `norms` en de tabellen `[report]`, `[rules]` en `[costs]`
config-allow-scripts = `allow_theme_scripts` moet true of false zijn, zonder aanhalingstekens
config-unknown-report-setting = onbekende rapportinstelling `{ $setting }`
config-unknown-report-setting-help = [report] kent `allow_theme_scripts`, `baseline` en `baseline_date`
config-baseline = `baseline` moet een mapnaam tussen aanhalingstekens zijn, vanaf de map van tjm.toml (bijvoorbeeld "baseline")
config-baseline-date = `baseline_date` moet een datum tussen aanhalingstekens zijn, als jaar-maand-dag
config-baseline-date-help = bijvoorbeeld baseline_date = "2026-09-30": de dag waarop de reizen van de nulmeting golden
config-evidence-table = `evidence` moet een tabel zijn: [evidence]
config-evidence-unknown = onbekende instelling `{ $setting }` onder [evidence]
config-evidence-help = [evidence] noemt de kolommen van de logboeken bij de klantreizen: case, activity, timestamp, resource, channel, direction; en landlord, uw eigen rij in een werkmap met enquêteresultaten
config-evidence-column = `{ $setting }` moet een kolomnaam tussen aanhalingstekens zijn, bijvoorbeeld { $setting } = "Zaaknummer"
config-costs-table = `costs` moet een tabel zijn: [costs]
config-costs-unknown = onbekende kostenpost `{ $setting }`
config-costs-help = [costs] kent `currency`, `source`, `visit` en per kanaal de kosten van één contact: desk, phone, email, letter, home_visit, inspection, portal, sms, whatsapp
config-costs-amount = de kosten `{ $setting }` moeten een getal van nul of meer zijn, zonder aanhalingstekens of valutateken
config-costs-amount-help = schrijf het bedrag in de valuta van `currency`, bijvoorbeeld phone = 6.50 (met een punt)
config-costs-currency = `currency` moet een valutacode van drie hoofdletters zijn, tussen aanhalingstekens
config-costs-currency-help = bijvoorbeeld currency = "EUR" of currency = "GBP"
config-costs-no-currency = [costs] noemt bedragen maar geen valuta: voeg `currency` toe
config-costs-source = `source` moet tekst tussen aanhalingstekens zijn: waar de kostprijzen vandaan komen
config-level-string = `level` moet een tekst zijn
config-only-level = `{ $rule }` kent alleen `level`
config-level-and-options = `{ $rule }` kent `level`, { $options }
config-no-option = `{ $rule }` heeft geen optie `{ $option }`
config-bad-option = `{ $rule }.{ $option }`: { $detail }
config-option-help = { $help } Standaard: { $default }
config-unreadable-value = deze waarde is niet te lezen
config-level-or-table = `{ $rule }` neemt een niveau ("error", "warning", "info", "off") of een tabel
config-not-a-level = `{ $level }` is geen niveau: gebruik error, warning, info of off
config-norms-profile = `norms` moet "nl" of "uk" zijn, of een tabel [norms] met `profile`
config-norms-help = [norms] kent `profile` ("nl" of "uk") en een tabel `[norms.overrides]` met eigen, strengere termijnen
config-norms-overrides-table = `overrides` moet een tabel zijn: [norms.overrides], met per regel een norm-id en een termijn
config-norm-no-deadline = `{ $norm }` heeft geen termijn om strenger te maken; alleen termijnen kun je aanscherpen
config-norm-deadline = schrijf de eigen termijn als wachttijd tussen aanhalingstekens, bijvoorbeeld "5 werkdagen", "48 uur" of "4 weken"
config-norm-not-stricter = een eigen termijn voor `{ $norm }` moet korter zijn dan de wettelijke { $amount } { norm-unit }: een langere zou een overschrijding verbergen

# De waarde van een regeloptie in tjm.toml. $found is een TOML-type (integer, string, table…).
option-not-a-number = verwacht een getal, maar vond { $found }
option-out-of-range = { $number } ligt buiten het toegestane bereik { $min } tot { $max }
option-not-channels = verwacht een lijst kanalen, maar vond { $found }
option-not-a-channel = `{ $name }` is geen kanaal: gebruik een van { $names }
option-not-days-table = verwacht een tabel als {"{"} visit = 14 {"}"}, maar vond { $found }
option-not-a-kind = `{ $key }` is geen soort touchpoint: gebruik { $names }
option-days = `{ $key }` neemt een aantal dagen van 0 of meer

# Klantreizen in een spreadsheet of CSV-bestand (tjm import, en check/report op .xlsx). $sheet
# is de naam van een blad, $column een kolomkop zoals `attention.named_contact`.
table-missing-sheet = de werkmap heeft geen blad `{ $sheet }`
table-missing-sheet-help = voeg een blad `{ $sheet }` toe met een kopregel met minstens { $columns } (`tjm export --to xlsx` maakt een werkmap om in te vullen)
table-unknown-sheet = tjm leest geen blad met de naam `{ $sheet }`, dus de rijen erop zouden verloren gaan
table-unknown-field = tjm kent het veld `{ $field }` op het blad { $sheet } niet
table-unknown-column = tjm kent de kolom `{ $column }` op het blad { $sheet } niet
table-known-columns = geef de kolom een naam die tjm kent, of verwijder hem: { $columns }
table-missing-column = het blad { $sheet } heeft geen kolom `{ $column }`, en die is in elke rij nodig
table-missing-column-help = voeg in de kopregel een kolom `{ $column }` toe: { $description }
table-missing-row = het blad { $sheet } heeft geen rij voor `{ $field }`, en die heeft elke klantreis nodig
table-missing-row-help = voeg een rij toe met `{ $column }` in kolom A en de waarde in kolom B: { $description }
table-empty-cell = `{ $column }` is leeg, en elke rij van het blad { $sheet } heeft die nodig
table-empty-cell-help = vul `{ $column }` in: { $description }
table-percent = `{ $text }` is een percentage, maar `{ $column }` vraagt een gewoon getal
table-percent-help = schrijf { $number }, zonder %
table-unreadable-help = sla het bestand opnieuw op als Excel-werkmap (.xlsx) of OpenDocument-spreadsheet (.ods)
table-csv-not-utf8 = { $path } is geen UTF-8-tekst
table-csv-not-utf8-help = sla het opnieuw op als "CSV UTF-8"
