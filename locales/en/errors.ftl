# Load and config errors: what is wrong with an input file, and how to fix it.

# Where a problem sits in a table import (a spreadsheet or an event log).
location-sheet-cell = sheet { $sheet }, row { $row }, column { $column }
location-cell = row { $row }, column { $column }
