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
check-summary-shape = { $touchpoints } touchpoints in { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }; main path { $main } touchpoints ({ $share } of tenants)
check-summary-expected = expected per tenant: { $contacts } contacts, { $handoffs } handoffs
check-summary-index = attention index { $index } — { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } info, { $silenced } silenced
# A silenced finding, with the reason the journey gives.
check-silenced = silenced { $code } { $rule } at `{ $touchpoint }`: { $reason }

# tjm rules: the catalogue and one rule.
rules-list-footer = `tjm rules NAME` explains a rule; set levels and thresholds in tjm.toml.
rules-describe-level = level: { $level } · category: { $category }
rules-describe-options = Options (tjm.toml, [rules.{ $rule }]):
rules-unknown = there is no rule called `{ $name }`
rules-unknown-help = `tjm rules` lists them all
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
