# Load and config errors: what is wrong with an input file, and how to fix it.

# Where a problem sits in a table import (a spreadsheet or an event log).
location-sheet-cell = sheet { $sheet }, row { $row }, column { $column }
location-cell = row { $row }, column { $column }

# Files and folders that cannot be read as journeys. $path is a file or folder as given.
load-no-journeys = no journey files (*.json) in { $path }
load-no-journeys-help = point tjm at a folder of journey files, or create one with `tjm new repair -o journeys/repair.json` (`tjm init` sets up a whole folder)
load-broken-link = { $path } is a symbolic link to something that does not exist
load-broken-link-help = fix or remove the link
load-not-found = { $path } does not exist
load-not-found-help = check the spelling; tjm looks in `journeys/` when no path is given
load-unreadable = cannot read { $path }: { $reason }
load-too-large = { $path } is { $megabytes } MB; a journey file can be at most { $limit } MB
load-too-large-stream = { $path } gives more than { $limit } MB (it is a device or a pipe, not a file); a journey file can be at most { $limit } MB
load-too-large-help = is this really a journey? Split a very large journey into one file per journey
load-not-utf8 = { $path }:{ $line }:{ $column }: the file is not UTF-8 text (byte { $byte } at offset { $offset })
load-not-utf8-help = save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)
load-not-utf8-latin1 = { $path }:{ $line }:{ $column }: the file is not UTF-8 text: byte { $byte } (offset { $offset }) is `{ $letter }` in the older Latin-1 (Windows-1252) encoding
# A file saved as UTF-16. $endian is little or big; $bom says whether it starts with a byte order mark.
load-utf16 = { $path } is saved as UTF-16 ({ $endian ->
        [little] little-endian
       *[big] big-endian
    }{ $bom ->
        [yes] , with a byte order mark
       *[no] , without a byte order mark
    }), but a journey file must be UTF-8 text
load-utf16-help = save it again as UTF-8: in Notepad "Save as" → Encoding: UTF-8; in VS Code click "UTF-16" in the status bar → "Save with Encoding" → UTF-8
load-empty = { $path } is empty
load-empty-help = a journey file holds one JSON object; `tjm new repair` writes a starting point

# Mistakes inside a journey file. $kind is stage, actor or touchpoint; $list is stages,
# actors or touchpoints (the field names of the file).
kind-of-element = { $kind ->
        [stage] stage
        [actor] actor
       *[touchpoint] touchpoint
    }
did-you-mean = did you mean `{ $candidate }`?
load-unknown-reference = there is no { kind-of-element } with id `{ $value }`
load-unknown-reference-add = add the { kind-of-element } to the journey's list first
load-unknown-reference-use = use one of the { kind-of-element } ids: { $ids }
load-unknown-rule = there is no rule called `{ $rule }`
load-unknown-rule-help = `tjm rules` lists every rule's name and code
load-unknown-norm = there is no norm with id `{ $norm }`
load-unknown-norm-help = `tjm norms` lists the norms and their ids; leave `norm` out when the moment has none
load-missing-reason = silencing `{ $rule }` needs a reason, but the reason is empty
load-missing-reason-help = write why the rule does not apply here; the report shows it next to the silenced finding
load-duplicate-id = `{ $id }` is used twice in { $list }: also at { $list }[{ $earlier }]
load-duplicate-id-help = give each one its own id; transitions and evidence refer to ids
load-no-touchpoints = the journey has no touchpoints
load-no-touchpoints-help = add at least one touchpoint: {"{"}"id", "stage", "title", "actor"{"}"}
load-out-of-range = `{ $path }` is { $value }, outside { $scale ->
        [emotion] the emotion scale −3 (very bad) to +3 (very good)
        [five] the scale 1 to 5
        [grade] the Dutch grade scale 1 to 10
       *[percent] a percentage (0 to 100)
    }
load-out-of-range-help = use a value from { $min } to { $max }
load-duplicate-transition = a transition from `{ $from }` to `{ $to }` is already given at { $earlier }
load-duplicate-transition-help = merge the two: one transition with the combined share
load-shares-over-100 = the shares of tenants leaving `{ $from }` add up to { $total }% ({ $listed })
load-shares-over-100-help = shares are percentages of the tenants at `from`; together they can be at most 100

# The shape of the journey: what tenants can reach and whether they can finish.
load-unreachable = no tenant can reach `{ $id }`: no path leads to it from the start `{ $start }`
load-unreachable-help = add a transition with "to": "{ $id }", or remove the touchpoint
load-no-end = the journey has no end: every touchpoint leads somewhere else, so tenants never finish
load-no-end-help = a touchpoint without outgoing transitions ends the journey; give it an "outcome"
load-cannot-finish = tenants who reach `{ $id }` can never finish: no path leads from it to an end
load-cannot-finish-help = add a transition out of the loop towards an end of the journey
load-trapped = tenants who reach { $names } can never leave { $count ->
        [one] it
       *[other] them
    }: every way out has a share of 0, so they go round for ever
load-trapped-raise = give { $from } → { $to } a share above 0
load-trapped-add = add a transition from one of them towards an end
load-trapped-help = give tenants a way out of this loop: { $out }
load-trapped-help-lower = give tenants a way out of this loop: lower the share of { $from } → { $to } ({ $share }%) or { $out }
list-two = { $first } and { $last }
list-more = { $first } and { $more } more

# Fields and values the journey format does not know. $place is "the journey" or a path.
load-the-journey = the journey
load-not-an-object = a journey file holds one JSON object, but this file holds { $found ->
        [null] `null`
        [boolean] a boolean
        [number] a number
        [string] a string
        [list] a list `[…]`
       *[object] an object
    }
load-not-an-object-help = start the file with `{"{"}` and give the journey's fields: "id", "title", "stages", "actors", "touchpoints"; one journey per file
load-unknown-field = unknown field `{ $name }` in { $place }
load-unknown-field-help = remove it, or use one of the fields { $place } takes: { $fields }
load-move-into = `{ $field }` belongs inside `{ $into }`: move it there, "{ $into }": {"{"} "{ $field }": … {"}"}
load-move-out = `{ $field }` is not part of `{ $from }`: move it out, next to "{ $from }" in { $place }
load-missing-field = { $place } has no `{ $field }`, which is required
load-missing-field-help = add the field `"{ $field }"`
load-unknown-value = `{ $value }` is not a valid value for `{ $path }`
load-use-one-of = use one of: { $options }

# JSON syntax errors. $detail is the JSON reader's own (English) description.
load-syntax = not valid JSON: { $detail }
load-too-deep = the file nests deeper than 128 levels; a journey file needs only a few
load-syntax-help-deep = a journey nests lists `[…]` and objects `{"{"}…{"}"}` four or five levels deep: check that this is a journey file and that every `[` and `{"{"}` is closed where it should be
load-syntax-help-comma = remove the comma after the last item of the list or object
load-syntax-help-comma-after = remove the comma after `{ $before }`: nothing may follow the last item of a list or object
load-syntax-trailing-comma = a comma after the last item (trailing comma)
load-syntax-double-comma = two commas in a row
load-syntax-double-comma-help = remove one of the two commas after `{ $before }`
load-syntax-comment = JSON has no comments (`//` or `/* … */`)
load-syntax-comment-help = remove the comment; a note for readers can go in a "description" field of the journey or of a touchpoint: "description": "…"
load-syntax-curly-quote = `{ $quote }` is a curly quote, as a word processor types it; JSON only reads straight quotes
load-syntax-single-quote = JSON puts text and field names in double quotes, not single ones
load-syntax-quote-help = use straight double quotes: "title": "Huurder belt" (in Word, turn off automatic "smart quotes", or type the file in a code editor)
load-syntax-help-quotes = put field names in double quotes: "title": …
load-syntax-help-eof = the file ends too early: check that every `{"{"}` and `[` is closed
load-syntax-help-missing-comma = a comma is missing between two items, or a quote is not closed
load-syntax-help = JSON needs double quotes around text and field names, and commas between items

# Two files, one journey id.
load-duplicate-journey = journey id `{ $id }` is also used by { $earlier }
load-duplicate-journey-help = each journey needs its own id: reports and links are named after it
# A key written twice in one object (a warning). $line is where the first one is.
load-duplicate-key = `{ $key }` is written twice in { $place }: the value here counts and the one on line { $line } is ignored
load-duplicate-key-help = remove one of the two, keeping the value you mean
load-whole-number = `{ $path }` is { $number }; write a whole number { $range ->
        [score] from -3 (very bad) to 3 (very good)
        [i8] from -128 to 127
        [five] from 1 to 5
        [u8] from 0 to 255
       *[u64] of 0 or more
    }

# tjm.toml. $rule is a rule's name, $setting a key of the file.
config-unreadable = cannot read { $path }: { $reason }
config-not-toml = not valid TOML: { $detail }
config-not-toml-help = see the tjm.toml example in the README
config-lang = `lang` must be "nl" or "en"
config-theme = `theme` must be a folder name in quotes
config-report-table = `report` must be a table: [report]
config-rules-table = `rules` must be a table: [rules]
config-unknown-setting = unknown setting `{ $setting }`
config-unknown-setting-help = tjm.toml takes `lang`, `theme`, `norms`, a `[report]`, a `[rules]` and a `[costs]` table
config-allow-scripts = `allow_theme_scripts` must be true or false, without quotes
config-unknown-report-setting = unknown report setting `{ $setting }`
config-unknown-report-setting-help = [report] takes `allow_theme_scripts`, `baseline` and `baseline_date`
config-baseline = `baseline` must be a folder name in quotes, relative to tjm.toml (for example "baseline")
config-baseline-date = `baseline_date` must be a date in quotes, written year-month-day
config-baseline-date-help = for example baseline_date = "2026-09-30": the day the baseline's journeys were current
config-evidence-table = `evidence` must be a table: [evidence]
config-evidence-unknown = unknown evidence setting `{ $setting }`
config-evidence-help = [evidence] names the columns of the journeys' own logs: case, activity, timestamp, resource, channel, direction; and landlord, your row in a survey workbook
config-evidence-column = `{ $setting }` must be a column name in quotes, e.g. { $setting } = "Zaaknummer"
config-costs-table = `costs` must be a table: [costs]
config-costs-unknown = unknown cost `{ $setting }`
config-costs-help = [costs] takes `currency`, `source`, `visit` and a cost per contact for each channel: desk, phone, email, letter, home_visit, inspection, portal, sms, whatsapp
config-costs-amount = the cost `{ $setting }` must be a number of zero or more, without quotes or a currency sign
config-costs-amount-help = write the amount in the currency of `currency`, for example phone = 6.50
config-costs-currency = `currency` must be a three-letter currency code in capitals, in quotes
config-costs-currency-help = for example currency = "EUR" or currency = "GBP"
config-costs-no-currency = [costs] sets amounts but no currency: add `currency`
config-costs-source = `source` must be text in quotes: where the unit costs come from
config-level-string = `level` must be a string
config-only-level = `{ $rule }` takes only `level`
config-level-and-options = `{ $rule }` takes `level`, { $options }
config-no-option = `{ $rule }` has no option `{ $option }`
config-bad-option = `{ $rule }.{ $option }`: { $detail }
config-option-help = { $help } Default: { $default }
config-unreadable-value = cannot read this value
config-level-or-table = `{ $rule }` takes a level ("error", "warning", "info", "off") or a table
config-not-a-level = `{ $level }` is not a level: use error, warning, info or off
config-norms-profile = `norms` must be "nl" or "uk", or a [norms] table with `profile`
config-norms-help = [norms] takes `profile` ("nl" or "uk") and an `[norms.overrides]` table of own, stricter deadlines
config-norms-overrides-table = `overrides` must be a table: [norms.overrides], with a norm id and a deadline per line
config-norm-no-deadline = `{ $norm }` has no deadline to make stricter; only deadlines can be overridden
config-norm-deadline = write the own deadline as a wait in quotes, e.g. "5 working days", "48 hours" or "4 weeks"
config-norm-not-stricter = an own deadline for `{ $norm }` must be shorter than the law's { $amount } { norm-unit }: a longer one would hide a breach

# A rule option's value in tjm.toml. $found is a TOML type (integer, string, table…).
option-not-a-number = expected a number, found { $found }
option-out-of-range = { $number } is outside the allowed range { $min } to { $max }
option-not-channels = expected a list of channels, found { $found }
option-not-a-channel = `{ $name }` is not a channel: use one of { $names }
option-not-days-table = expected a table like {"{"} visit = 14 {"}"}, found { $found }
option-not-a-kind = `{ $key }` is not a touchpoint kind: use { $names }
option-days = `{ $key }` takes a number of days of 0 or more

# Journeys in a spreadsheet or CSV file (tjm import, and check/report on .xlsx). $sheet is a
# sheet's name, $column a column header such as `attention.named_contact`.
table-missing-sheet = the workbook has no sheet `{ $sheet }`
table-missing-sheet-help = add a sheet named `{ $sheet }` with a header row holding at least { $columns } (`tjm export --to xlsx` writes a workbook to fill in)
table-unknown-sheet = tjm does not read a sheet named `{ $sheet }`, so its rows would be lost
table-unknown-field = tjm does not know the field `{ $field }` on the sheet { $sheet }
table-unknown-column = tjm does not know the column `{ $column }` on the sheet { $sheet }
table-known-columns = rename it to one tjm knows, or delete it: { $columns }
table-missing-column = the sheet { $sheet } has no column `{ $column }`, which every row needs
table-missing-column-help = add a column `{ $column }` to the header row: { $description }
table-missing-row = the sheet { $sheet } has no row for `{ $field }`, which every journey needs
table-missing-row-help = add a row with `{ $column }` in column A and its value in column B: { $description }
table-empty-cell = `{ $column }` is empty, and every row of the sheet { $sheet } needs one
table-empty-cell-help = fill in `{ $column }`: { $description }
table-percent = `{ $text }` is a percentage, but `{ $column }` takes a plain number
table-percent-help = write { $number }, without the %
table-unreadable-help = save the file again as an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)
table-csv-not-utf8 = { $path } is not UTF-8 text
table-csv-not-utf8-help = save it again as "CSV UTF-8"
