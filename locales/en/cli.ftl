# The terminal: summaries and totals of tjm check, listings of tjm rules, tjm new.

# tjm check, the totals line at the end.
check-totals = checked { $journeys ->
        [one] { $journeys } journey
       *[other] { $journeys } journeys
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } info, { $silenced } silenced; { $problems ->
        [one] { $problems } input problem
       *[other] { $problems } input problems
    }

# tjm check, the summary under each journey's heading.
check-summary-shape = { $touchpoints ->
        [one] { $touchpoints } touchpoint
       *[other] { $touchpoints } touchpoints
    } in { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }; main path { $main ->
        [one] { $main } touchpoint
       *[other] { $main } touchpoints
    } ({ $share } of tenants)
check-summary-expected = expected per tenant: { $contacts } contacts, { $handoffs } handoffs
check-summary-index = attention index { $index } — { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } info, { $silenced } silenced
# A journey measured against its own log: $cases ("1,797" or "< 10"), $period ("2025").
check-summary-measured = measured against its own log: { $cases } cases, { $period }
# A silenced finding, with the reason the journey gives.
check-silenced = silenced { $code } { $rule } at `{ $touchpoint }`: { $reason }
## tjm check --unknowns: what the file leaves unknown that would change a finding
check-unknowns-heading = to find out at the next interview ({ $count ->
    [one] 1 fact
   *[other] { $count } facts
}):
check-unknowns-none = nothing left unknown that would change a finding
check-unknowns-item = “{ $title }” (`{ $touchpoint }`, { $field }): { $question } { $effect }

# tjm rules: the catalogue and one rule.
rules-list-footer = `tjm rules NAME` explains a rule; set levels and thresholds in tjm.toml.
rules-describe-level = level: { $level } · category: { $category }
rules-describe-options = Options (tjm.toml, [rules.{ $rule }]):
rules-unknown = there is no rule called `{ $name }`
rules-unknown-help = `tjm rules` lists them all

## tjm norms: the active norms profile
norms-header = Norms profile: { $name } ({ $profile }), { $jurisdiction }
norms-calendar = Working days: Monday to Friday, except the public holidays of { $jurisdiction } in { $first }–{ $last } ({ $source })
norms-deadline = deadline: { $amount } { norm-unit }
norms-step = process step
norms-step-after = process step, after: { $steps }
norms-right = tenants' right (cited, not measured)
norms-source = source: { $source }
norms-own = own deadline (tjm.toml): { $amount } { norm-unit }
norms-footer = A touchpoint names a norm with "norm": "<id>". Choose the profile in tjm.toml (norms = "nl" or "uk"); set stricter own deadlines under [norms.overrides].
# The prefixes of a message and its hint on the terminal.
cli-error = error: { $message }
cli-help = help: { $message }

# tjm new; the marker is the one the scaffolds in scaffolds/ use.
new-prompt-marker = [to fill in]
new-invalid-id = `{ $id }` cannot be a journey id: use letters, digits, `-`, `_` or `.`, starting with a letter or digit (at most 80)
new-wrote = wrote { $file } ({ $kind }); complete the texts marked { new-prompt-marker }, then run `tjm check { $file }`
new-exists = { $file } already exists; nothing was written (use --force to overwrite it)

# The label under a finding's place in the file.
check-finding-label = touchpoint `{ $touchpoint }`

# tjm diff: the labels of a change list; $count plural forms in the totals.
diff-nothing-compared = nothing compared: fix the problems above first
diff-journey-added = new journey
diff-journey-removed = removed journey
diff-unchanged = unchanged
diff-attention-index = attention index
diff-journey = journey
diff-emotion = emotion
diff-wait = wait
diff-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
diff-fixed = fixed
diff-silenced = silenced
diff-new = new
diff-totals = compared { $compared ->
        [one] { $compared } journey
       *[other] { $compared } journeys
    }, { $changed } changed, { $added } added, { $removed } removed; touchpoints: { $tp_added } added, { $tp_removed } removed, { $tp_changed } changed; findings: { $fixed } fixed, { $new } new

# tjm report
report-baseline-problems = the baseline { $path } has problems; fix them or choose another baseline
report-wrote = wrote { $count ->
        [one] { $count } file
       *[other] { $count } files
    } to { $dir } (open { $index })

# tjm export
export-bad-delimiter = `{ $text }` cannot be a delimiter: give one ASCII character such as `;`, `,` or `|`, or `tab`
export-delimiter-csv-only = --delimiter only applies to --to csv
export-raw-csv-only = --raw only applies to --to csv
export-nothing = nothing exported: fix the problems above first (`tjm check` lists them)
export-wrote = exported { $count ->
        [one] { $count } journey
       *[other] { $count } journeys
    } to { $path }
export-force-xlsx-only = --force only applies to --to xlsx (other exports replace their file)
export-xlsx-needs-folder = a workbook holds one journey: name one journey file, or give a folder with -o for one workbook per journey
export-exists = { $file } already exists and may hold what someone filled in; nothing was written (use --force to replace it)

# tjm theme init
theme-exists = { $dir } already has { $count } of the theme files; nothing was written
theme-exists-help = use --force to overwrite them, or choose an empty folder
theme-wrote = wrote { $count ->
        [one] { $count } theme file
       *[other] { $count } theme files
    } to { $dir }
theme-next = edit them, then run `tjm report --theme { $dir }`; delete the ones you keep as they are, so they get tjm's fixes

# tjm fmt; $files counts files.
fmt-stale-temp = { $path } is a temporary file left by an interrupted tjm run (it may hold a copy of a journey); `tjm fmt` removes it
fmt-removed-temp = removed { $path }, a temporary file left by an interrupted tjm run
fmt-would-reformat = would reformat { $path }
fmt-formatted = formatted { $path }
fmt-no-journeys = there are no journey files to format: tjm looked in { $paths }. Start one with `tjm new repair -o journeys/repair.json`, or set up a folder with `tjm init`
fmt-changed-meanwhile = { $path } changed while tjm was formatting it and was left as it is; run tjm fmt again
fmt-summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } { $check ->
        [yes] would be reformatted
       *[no] reformatted
    }, { $unchanged } already formatted
fmt-summary-broken = , { $files ->
        [one] { $files } file
       *[other] { $files } files
    } left untouched because of problems
fmt-summary-skipped = , { $files ->
        [one] { $files } file
       *[other] { $files } files
    } left untouched (see above)

# Which tjm.toml made these findings: tjm check's first line and the report's footer.
config-header = using settings from { $file }
config-board-defaults = Checked with tjm's standard settings.
config-board-same = Checked with this association's own settings, the same as tjm's standard ones.
config-board-changes = Checked with this association's own settings: { $changes }.
config-rules-off = { $count ->
        [one] { $count } rule
       *[other] { $count } rules
    } switched off
config-rules-adjusted = { $count ->
        [one] { $count } rule
       *[other] { $count } rules
    } adjusted
config-own-deadlines = { $count ->
        [one] { $count } own deadline
       *[other] { $count } own deadlines
    } stricter than the law
cli-warning = warning: { $message }

# tjm completions man --dir
completions-wrote = wrote { $count ->
        [one] { $count } man page
       *[other] { $count } man pages
    } to { $dir }
completions-not-ours = { $path } exists and is not a man page tjm wrote; it was left as it is (choose another folder, or move the file)
completions-dir-man-only = `--dir` is for man pages: use it as `tjm completions man --dir DIR`; shell scripts go to standard output

## tjm init
init-wrote = wrote { $file }
init-replaced = replaced { $file } with this version's schema
init-kept = kept { $file }: it already exists, and tjm init never overwrites your files
init-done = { $dir } is ready: README.md says what to do next; `tjm check` checks the example
init-exists = { $dir } already holds { $count ->
        [one] a file
       *[other] { $count } files
    } that tjm init writes ({ $files }); nothing was written. Choose an empty folder, or add --force to write only what is missing and bring the schema up to date

## What `tjm new` marks as assumed, in the scaffolds' [to check: …] notes
new-fact-importance = importance
new-fact-milestone = milestone
new-fact-channel = channel
new-fact-wait = wait
new-fact-emotion = emotion
new-fact-second-visit = second visit

# tjm serve: the live preview, its terminal lines and its pages.
serve-listening = the report is at { $url } and follows every save (Ctrl-C stops)
serve-rendered = report updated: { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }
serve-broken = { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } in the files: the page shows { $problems ->
        [one] it
       *[other] them
    } { $last_good ->
        [yes] and keeps the last good report one click away
       *[no] until the files load
    }
serve-not-watched = changes in { $dir } are not seen: { $reason }
serve-stopped = stopped; nothing was written
serve-cannot-listen = cannot serve on { $address }: { $reason }; choose another port with --port
serve-cannot-watch = cannot watch the files for changes: { $reason }
serve-not-found = This page is not part of the report.
serve-refused = This address points outside the report.
serve-method = This preview can only be read, not changed.
serve-host = This preview answers only to 127.0.0.1 and localhost.
serve-busy = Too many pages are open on this preview; close a few and try again.
serve-problems-title = Not every journey file loads
serve-problems-intro = The report comes back as soon as the files load: fix what is listed below and save. This page reloads by itself.
serve-problems-last-good = Open the last good version of the report
serve-problems-no-good = There is no earlier good version of the report yet.
serve-problems-count = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }

# tjm import
import-nothing = nothing imported: fix the problems above first
import-wrote = wrote { $file } from { $source }; `tjm check { $file }` checks it
