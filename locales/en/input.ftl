# Reading a journey file: serde's wording of a wrong value, put in a policy advisor's words.
# $path is a JSON path such as `touchpoints[0].wait`.

# A value of the wrong kind, or of the right kind but not allowed. $found and $expected are
# input-found and input-expected below.
input-invalid-type = `{ $path }`: invalid type: { $found }, expected { $expected }
input-invalid-value = `{ $path }`: invalid value: { $found }, expected { $expected }
# Anything else the JSON reader said, in its own (English) words.
input-other = `{ $path }`: { $detail }

# What the file holds. $value is the value as written (text keeps its quotes).
input-found = { $kind ->
        [null] null
        [boolean] boolean `{ $value }`
        [integer] integer `{ $value }`
        [float] floating point `{ $value }`
        [string] string { $value }
        [list] list
       *[object] object
    }

# What the field takes.
input-expected = { $kind ->
        [boolean] a boolean
        [string] a string
        [i8] a whole number
        [u8] a whole number from 0 to 255
        [u64] a whole number of 0 or more
        [number] a number
        [list] a list `[…]`
        [object] an object `{"{"}…{"}"}`
       *[variant] one of the listed names
    }

# Text in quotes where a number or true/false belongs: the value to write instead.
# $percent is yes when a % sign was written; $value is true, false or other.
input-write-number = write the number without quotes{ $percent ->
        [yes] {" "}and without the % sign
       *[no] {""}
    }: "{ $field }": { $number }
input-write-boolean = write true or false without quotes{ $value ->
        [true] : "{ $field }": true; if you do not know, leave the field out
        [false] : "{ $field }": false; if you do not know, leave the field out
       *[other] ; if you do not know, leave the field out
    }

# Help from the journey format's own description of a field ($description, in English).
input-add-described = add `"{ $field }": …` ({ $description })
input-field-is = `{ $field }` is: { $description }

# The place of a problem about the whole file, where a JSON path would be empty.
input-whole-file = (the whole file)

# A waiting time ("3 weeks", "2 werkdagen") that cannot be read.
input-wait-not-a-number = `{ $path }`: `{ $text }` is not a waiting time: write a number and a unit, e.g. "3 weeks" or "2 werkdagen"
input-wait-unknown-unit = `{ $path }`: `{ $unit }` is not a unit of time: use minutes, hours, days, working days, weeks or months (or minuten, uur, dagen, werkdagen, weken, maanden)
input-wait-no-unit = `{ $path }`: a unit of time is missing after the number: write e.g. "3 weeks" or "2 werkdagen"
input-wait-not-finite = `{ $path }`: `{ $text }` is too large to be a waiting time

# tjm fmt: a file that holds only spaces or nothing.
input-format-no-value = { $file }: the file holds no value; a journey file holds one JSON object
# tjm fmt: a file the JSON parser rejects. $detail is the parser's own (English) description.
input-format-syntax = { $file }: not valid JSON: { $detail }
