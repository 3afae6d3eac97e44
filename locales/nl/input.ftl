# Een klantreisbestand lezen: wat de JSON-lezer over een verkeerde waarde zegt, in de woorden
# van een beleidsadviseur. $path is een JSON-pad zoals `touchpoints[0].wait`.

# Een waarde van de verkeerde soort, of van de goede soort maar niet toegestaan. $found en
# $expected zijn input-found en input-expected hieronder.
input-invalid-type = `{ $path }`: hier hoort { $expected }, maar er staat { $found }
input-invalid-value = `{ $path }`: { $found } kan hier niet; hier hoort { $expected }
# Al het andere dat de JSON-lezer zei, in zijn eigen (Engelse) woorden.
input-other = `{ $path }`: { $detail }

# Wat er in het bestand staat. $value is de waarde zoals geschreven (tekst met aanhalingstekens).
input-found = { $kind ->
        [null] `null`
        [boolean] de waarde `{ $value }`
        [integer] het getal `{ $value }`
        [float] het kommagetal `{ $value }`
        [string] de tekst { $value }
        [list] een lijst
       *[object] een object
    }

# Wat het veld vraagt.
input-expected = { $kind ->
        [boolean] `true` of `false`
        [string] een tekst tussen aanhalingstekens
        [i8] een geheel getal
        [u8] een geheel getal van 0 tot en met 255
        [u64] een geheel getal van 0 of meer
        [number] een getal
        [list] een lijst `[…]`
        [object] een object `{"{"}…{"}"}`
       *[variant] een van de genoemde namen
    }

# Tekst tussen aanhalingstekens waar een getal of true/false hoort: wat er moet staan.
# $percent is yes als er een %-teken stond; $value is true, false of other.
input-write-number = schrijf het getal zonder aanhalingstekens{ $percent ->
        [yes] {" "}en zonder %-teken
       *[no] {""}
    }: "{ $field }": { $number }
input-write-boolean = schrijf true of false zonder aanhalingstekens{ $value ->
        [true] : "{ $field }": true; weet je het niet, laat het veld dan weg
        [false] : "{ $field }": false; weet je het niet, laat het veld dan weg
       *[other] ; weet je het niet, laat het veld dan weg
    }

# Hulp uit de beschrijving van een veld in het klantreisformaat ($description, in het Engels).
input-add-described = voeg `"{ $field }": …` toe ({ $description })
input-field-is = `{ $field }` is: { $description }

# De plaats van een probleem met het hele bestand, waar een JSON-pad leeg zou zijn.
input-whole-file = (het hele bestand)

# Een wachttijd ("3 weken", "2 werkdagen") die niet te lezen is.
input-wait-not-a-number = `{ $path }`: `{ $text }` is geen wachttijd: schrijf een getal en een eenheid, bijvoorbeeld "3 weken" of "2 werkdagen"
input-wait-unknown-unit = `{ $path }`: `{ $unit }` is geen eenheid van tijd: gebruik minuten, uur, dagen, werkdagen, weken of maanden (of minutes, hours, days, working days, weeks, months)
input-wait-no-unit = `{ $path }`: na het getal ontbreekt een eenheid van tijd: schrijf bijvoorbeeld "3 weken" of "2 werkdagen"
input-wait-not-finite = `{ $path }`: `{ $text }` is te groot voor een wachttijd

# tjm fmt: een bestand met alleen spaties of helemaal niets.
input-format-no-value = { $file }: het bestand bevat geen waarde; een klantreisbestand bevat één JSON-object
# tjm fmt: een bestand dat de JSON-lezer afwijst. $detail is de eigen (Engelse) uitleg van de lezer.
input-format-syntax = { $file }: geen geldige JSON: { $detail }
