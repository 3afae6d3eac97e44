# Load and config errors: what is wrong with an input file, and how to fix it.

# Waar een probleem zit in een geïmporteerde tabel (een spreadsheet of een gebeurtenislog).
location-sheet-cell = blad { $sheet }, rij { $row }, kolom { $column }
location-cell = rij { $row }, kolom { $column }

# Bestanden en mappen die niet als klantreis te lezen zijn. $path is een bestand of map zoals opgegeven.
load-no-journeys = geen klantreisbestanden (*.json) in { $path }
load-no-journeys-help = wijs tjm een map met klantreisbestanden aan, of maak er een met `tjm new repair -o journeys/reparatie.json`
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
load-empty = { $path } is leeg
load-empty-help = een klantreisbestand bevat één JSON-object; `tjm new repair` schrijft een begin
