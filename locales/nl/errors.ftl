# Load and config errors: what is wrong with an input file, and how to fix it.

# Waar een probleem zit in een geïmporteerde tabel (een spreadsheet of een gebeurtenislog).
location-sheet-cell = blad { $sheet }, rij { $row }, kolom { $column }
location-cell = rij { $row }, kolom { $column }
