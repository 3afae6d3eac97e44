# Load and config errors: what is wrong with an input file, and how to fix it.

# Where a problem sits in a table import (a spreadsheet or an event log).
location-sheet-cell = sheet { $sheet }, row { $row }, column { $column }
location-cell = row { $row }, column { $column }

# Files and folders that cannot be read as journeys. $path is a file or folder as given.
load-no-journeys = no journey files (*.json) in { $path }
load-no-journeys-help = point tjm at a folder of journey files, or create one with `tjm new repair -o journeys/repair.json`
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
load-empty = { $path } is empty
load-empty-help = a journey file holds one JSON object; `tjm new repair` writes a starting point
