# The board's figures in the report: the summary at the top of the index, tenants per year,
# avoidable cost, the worst route and the trend since the baseline (src/report/view/section/board_summary.rs,
# journey_cards.rs, top_moments.rs). Board wording: no field names, options or folders.

# Heading of the board summary, the first section of the index.
board-heading = For the board: where we fail tenants, and what to fix first
# Lead text of the board summary.
board-lead = The three patterns that touch the most tenants across the organisation, the journey where tenants fare worst, and what changed.
# Heading of the three organisation-wide fixes.
board-fixes-heading = Three things to fix across the organisation
# One pattern's line: the journeys it comes back in.
board-fix-journeys = { $count ->
        [one] In one journey:
       *[other] In { $count } journeys:
    }
# Tenants a pattern touches, when every journey it is in has a volume.
board-fix-tenants = about { $tenants } tenants a year
# …when some of its journeys have no volume.
board-fix-tenants-partial = at least { $tenants } tenants a year (not counted: { $missing ->
        [one] one journey without a yearly number of tenants
       *[other] { $missing } journeys without a yearly number of tenants
    })
# …when none of its journeys has a volume: the share of tenants who meet it, per journey on average.
board-fix-tenants-share = { $share } of the tenants of these journeys (no yearly numbers known)
# Label before the tenants figure.
board-fix-tenants-label = Touches
# Label before the cost figure.
board-fix-cost-label = Avoidable cost
# Avoidable cost of a pattern.
board-fix-cost = { $amount } a year ({ $contacts } avoidable contacts)
# A pattern with failure demand but no unit costs set.
board-fix-cost-no-units = { $contacts } avoidable contacts a year; without unit costs there is no amount
# A pattern that causes no repeat contacts or escalations on the map.
board-fix-cost-none = no extra contacts on the map
# Label before the first step.
board-fix-first-step = First step
# The first step: the fix for the pattern's most pressing moment, and where it is.
board-fix-first-step-where = at “{ $moment }” ({ $journey }): { $fix }
# Heading of the worst journey.
board-worst-heading = Where tenants fare worst
# The worst journey.
board-worst = “{ $journey }” has the lowest attention index: { $index } out of 100.
# Its worst route.
board-worst-route = Its worst route scores { $index } out of 100; { $share } of its tenants take it.
# Its tenants.
board-worst-tenants = { $tenants } tenants a year go through it.
# Heading of the change since the baseline, with its date.
board-trend-heading = Since the baseline of { $date }
# …without a date.
board-trend-heading-undated = Since the baseline
# Shown when the report has no baseline.
board-trend-none = No baseline: keep this quarter's journeys to see next quarter what changed.
# The journeys' indexes since the baseline.
board-trend-journeys = Attention index: { $better ->
        [one] one journey better
       *[other] { $better } journeys better
    }, { $worse ->
        [one] one worse
       *[other] { $worse } worse
    }, { $same } unchanged.
# One journey's index since the baseline.
board-trend-journey = { $journey }: { $before } → { $after }, { $delta }
# Tenants a year since the baseline (journeys in both).
board-trend-tenants = Tenants a year who meet a moment without attention: { $before } → { $after }, { $delta }
# Avoidable cost since the baseline (journeys in both).
board-trend-cost = Avoidable cost a year: { $before } → { $after }, { $delta }
# A change: the arrow (▲ up, ▼ down), the amount and a word saying whether it is better.
board-delta = { $arrow } { $amount } { $word }
# No change.
board-delta-same = = unchanged
# Words for a change of the index.
board-word-better = better
board-word-worse = worse
# Words for a change of tenants affected.
board-word-fewer = fewer
board-word-more = more
# Words for a change of cost.
board-word-lower = lower
board-word-higher = higher
# Points of the index.
board-points = { $points ->
        [one] 1 point
       *[other] { $points } points
    }
# How the figures are made: one line under the summary.
board-units = Tenants a year: tenants entering a journey per year × the share of them who reach the moment. Avoidable cost: repeat passes and escalations the journey map shows, at the association's own unit costs{ $source ->
        [none] {""}
       *[other] {" "}({ $source })
    }, in { $currency }.
# …without unit costs.
board-units-no-costs = Tenants a year: tenants entering a journey per year × the share of them who reach the moment. No unit costs are set, so avoidable contacts are counted but not priced.
# Journeys without a yearly number of tenants.
board-no-volume = { $count ->
        [one] One journey gives no yearly number of tenants: its figures are shares only.
       *[other] { $count } journeys give no yearly number of tenants: their figures are shares only.
    }
# Money: the currency sign and the amount.
board-money = { $symbol }{ $amount }

# A date: day, month name, year (the baseline's date).
board-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Journey cards

# The journey's volume.
board-card-volume = { $tenants } tenants a year
# Where a stated volume comes from.
board-card-volume-source = { $source }
# A stated volume without a source.
board-card-volume-no-source = source not given
# A volume counted in the journey's own log.
board-card-volume-measured = counted in the journey's own log, { $period }
# No volume.
board-card-volume-unknown = Number of tenants a year unknown: the figures below are shares of tenants.
# The log and the file disagree.
board-card-volume-disagrees = The journey map says { $stated } a year, its log counts { $measured }: check which is right before you act on the numbers.
# The journey's log covers less than a year, so its count is not used.
board-card-volume-extract = Its log covers only { $weeks ->
    [one] one week
   *[other] { $weeks } weeks
}, too short to count a year: the figure on the journey map is used.
# Tenants who meet at least one moment without attention.
board-card-affected = { $tenants } tenants a year ({ $share }) meet at least one moment without attention.
# …without a volume.
board-card-affected-share = { $share } of tenants meet at least one moment without attention.
# Avoidable failure demand.
board-card-cost = Avoidable: { $contacts } contacts a year, { $amount }.
# …without unit costs.
board-card-cost-no-units = Avoidable: { $contacts } contacts a year (no unit costs set).
# …without a volume: per tenant.
board-card-cost-per-tenant = Avoidable: { $contacts } contacts per tenant.
# The worst route.
board-card-worst-route = Worst route: { $index } out of 100, taken by { $share } of tenants.
# The route itself.
board-card-worst-route-path = { $path }
# The trend on a card.
board-card-trend-heading = Since { $date }
board-card-trend-heading-undated = Since the baseline
board-card-trend-index = Attention index { $before } → { $after }: { $delta }
board-card-trend-tenants = Tenants a year affected { $before } → { $after }: { $delta }
board-card-trend-cost = Avoidable cost a year { $before } → { $after }: { $delta }
board-card-trend-new = New since the baseline.

## Top moments

# Tenants a year who reach a moment.
board-moment-tenants = about { $tenants } tenants a year
# Under the three fixes, when the pattern with the most avoidable cost is not one of them.
board-costliest-label = Where most avoidable cost goes
board-costliest = { $priced ->
    [yes] { $cost } a year ({ $contacts } avoidable contacts)
   *[no] { $contacts } avoidable contacts a year
}, in { $journeys ->
    [one] one journey
   *[other] { $journeys } journeys
}
