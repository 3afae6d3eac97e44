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
