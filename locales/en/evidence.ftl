# tjm evidence: what a contact or case log says about a journey. Figures from fewer than ten
# cases are shown as "< 10" by the code, never by these messages.

## Problems with a log or survey file. $place is "file: row 12, column datum".
evidence-error = error: { $place }: { $message }
    help: { $help }
evidence-place-row = { $file }: row { $row }
evidence-place-cell = { $file }: row { $row }, column { $column }
evidence-place-line = { $file }: line { $line }, column { $column }
evidence-place-sheet-cell = { $file }: sheet { $sheet }, row { $row }, column { $column }
evidence-error-read = cannot read the file: { $reason }
evidence-error-read-help = check the file name and that you may open the file
evidence-error-too-large = the file is { $size } MB, more than the { $cap } MB tjm reads
evidence-error-too-large-help = export a shorter period (one year at a time), or raise the limit with --max-mb
evidence-error-empty = the file is empty: there is no header row
evidence-error-empty-help = export the log again with its column names in the first row
evidence-error-missing-column = { $named ->
        [yes] there is no column “{ $given }” for the { $field ->
            [case] case id
            [activity] activity
            [timestamp] time
            [resource] resource
            [channel] channel
           *[direction] direction
        }
       *[no] no column for the { $field ->
            [case] case id
            [activity] activity
            [timestamp] time
            [resource] resource
            [channel] channel
           *[direction] direction
        }; the first row has: { $header }
    }
evidence-error-missing-column-help = { $named ->
        [yes] the first row has: { $header }; give one of these with --{ $field }
       *[no] name the column with --{ $field } COLUMN, or call it one of: { $defaults }
    }
evidence-error-mixed-delimiter = this row is split by “{ $other }” while the first row uses “{ $delimiter }”
evidence-error-mixed-delimiter-help = export the whole file again with one separator; put cells that hold a “{ $other }” between double quotes
evidence-error-short-row = this row has { $found } cells where { $needed } are needed
evidence-error-short-row-help = fill in the missing cells, or remove the row
evidence-error-unclosed-quote = a double quote opens a cell here and is never closed
evidence-error-unclosed-quote-help = close the quote, or write a quote inside a cell as two quotes ("")
evidence-error-timestamp = “{ $value }” is not a date and time tjm can read
evidence-error-timestamp-help = write it as 2025-11-24T13:56 (ISO 8601, with or without +01:00) or as 24-11-2025 13:56
evidence-error-back-in-time = this event is dated before the previous event of the same case (row { $earlier })
evidence-error-back-in-time-help = correct the date, or sort the export by case and time before reading it
evidence-error-xml = the XES file is not well-formed XML here: { $reason }
evidence-error-xml-help = export the log again from its source; every element must be closed and every value quoted, as the XES standard writes them
evidence-error-xes-back-in-time = this event is dated before the previous event of the same trace (line { $earlier })
evidence-error-xes-back-in-time-help = correct the date, or export the log again with each trace's events in time order
evidence-error-not-xes = this file ends in .xes but has no event log in it (no <log> element)
evidence-error-not-xes-help = export the log as XES again, or save a CSV export with a .csv name
evidence-error-tsm-no-header = no sheet of this workbook has a header row with “Landlord code”, as the regulator's TSM workbook has
evidence-error-tsm-no-header-help = give the regulator's Tenant Satisfaction Measures workbook as it is published, or a survey table as CSV
evidence-error-tsm-landlord = { $named ->
        [yes] no landlord “{ $given }” in this workbook
       *[no] this workbook holds { $landlords } landlords
    }
evidence-error-tsm-landlord-help = { $named ->
        [yes] give the landlord's code (as in the “Landlord code” column) or its name as written there with --landlord
       *[no] say whose figures to read with --landlord CODE (the “Landlord code” column)
    }
evidence-error-survey-shape = this is not a survey table tjm knows; the first row has: { $header }
evidence-error-survey-shape-help = give columns process (or touchpoint), period, respondents and mean grade (1–10), or process, period, respondents and percent satisfied (0–100)
evidence-error-survey-value = “{ $value }” is not a number in range here
evidence-error-survey-value-help = write a grade from 1 to 10, a percentage from 0 to 100, or a whole number of respondents; leave the cell empty when it is unknown

## The text summary of a log.
evidence-log = Log { $file }
evidence-log-size = { $events } events in { $cases } cases, { $from } to { $to }
evidence-log-skipped = { $place ->
        [line] { $rows ->
            [one] { $rows } event skipped
           *[other] { $rows } events skipped
        } (without case, activity or time; the first starts on line { $first })
       *[row] { $rows ->
            [one] { $rows } row skipped
           *[other] { $rows } rows skipped
        } (empty, or without case, activity or time; the first is row { $first })
    }
evidence-log-year = { $year }: { $cases } cases started, { $events } events
evidence-main-path = Main path as lived: { $path }
evidence-repeats = Repeat contacts: { $events } times a step came again, in { $cases } cases ({ $per_case } per case)
evidence-inbound = Contacts from tenants while their case was open: { $events }, in { $cases } cases
evidence-handoffs = Handoffs: { $per_case } per case; { $pillar } cases passed on more than twice
evidence-edges = Directly-follows steps (most frequent first):
evidence-edge = { $from } → { $to }: { $count ->
        [one] once
       *[other] { $count } times
    }, wait median { $median } days, p90 { $p90 } days
evidence-edge-small = { $from } → { $to }: < 10 cases
evidence-edges-more = … and { $count ->
        [one] one more
       *[other] { $count } more
    } (all of them in --format json)
evidence-no-journey-match = No touchpoint of this journey says which log events are it: add "evidence_match" to the touchpoints.

## The journey measured against the log.
evidence-journey = Journey “{ $title }” against the log: { $cases } cases on the map
evidence-journey-touchpoints = Touchpoints (cases; wait stated; measured median and p90; share over the norm):
evidence-touchpoint = { $title }: { $cases } cases; wait stated { $stated }; measured { $median } / { $p90 } days; { $over } over { $norm } days
evidence-touchpoint-no-wait = { $title }: { $cases } cases; wait stated { $stated }; no wait measured
evidence-touchpoint-unmeasured = { $title }: not measured (no evidence_match)
evidence-not-stated = not stated
evidence-no-wait = no wait measured
evidence-journey-transitions = Transitions (share stated → measured):
evidence-transition = { $from } → { $to }: { $stated } → { $measured }
evidence-journey-main-path = Main path as lived on the map: { $path }
evidence-not-on-map = Steps tenants go through that are not on the map:
evidence-not-on-map-step = { $activity }: { $events } times, in { $cases } cases
evidence-moves-not-on-map = Moves between touchpoints the map does not have:
evidence-move = { $from } → { $to }: { $count ->
        [one] once
       *[other] { $count } times
    } ({ $share } of the tenants there){ $loop ->
        [yes] , back to an earlier moment
       *[no] {""}
    }
evidence-contradictions = Where the map contradicts the data:
evidence-contradiction-share = { $from } → { $to }: the map says { $stated }, the log shows { $measured }
evidence-contradiction-wait = { $title }: the map says a wait of { $stated } days, the log shows a median of { $measured } days
evidence-contradiction-loop = { $from } → { $to }: { $share } of the tenants come back here, and the map has no such step
evidence-contradiction-unreached = { $title }: no case in the log reaches this moment
evidence-no-contradictions = The map agrees with the data (shares within 10 points, waits within 0.67–1.5 times).

## Survey results beside the map.
evidence-survey = Survey { $file }
evidence-survey-grade = grade { $grade }
evidence-survey-satisfied = { $percent } satisfied
evidence-survey-row = { $key } ({ $period }, { $respondents } respondents): { $score }, emotion { $emotion }
evidence-survey-touchpoint = { $key } ({ $period }, { $respondents } respondents): { $score }; emotion stated { $stated }, measured { $emotion }

# A broken log found beside the journeys, at a row: $place is "file: row 12".
evidence-problem-at = { $place }: { $message }
