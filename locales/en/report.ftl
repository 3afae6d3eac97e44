# The HTML report: page and section texts. Ids are `report-` and the field of `Texts` in
# src/report/i18n.rs (`t.<field>` in templates) with `-` for `_`; then the sentences built from facts.

# The skip link at the top of every page.
report-skip-to-content = Skip to content
# Label of the site navigation landmark.
report-site-nav = Report
# Link to the index page.
report-all-journeys = All journeys
# Link to the rules appendix.
report-rules = Rules
# Label of the in-page table of contents.
report-on-this-page = On this page
# Footer line.
report-made-with = Made with tjm, the tenant journey mapper
# Title of the index page.
report-index-title = Tenant journeys: where we fail our tenants
# Lead text of the index page.
report-index-lead = Each journey follows one tenant goal from start to end. The attention index says how much of the attention tenants should get they actually get; the moments below are where to start.
# Heading of the journeys overview on the index page.
report-journeys-heading = The journeys
# Heading of the cross-journey ranking.
report-top-moments-heading = The ten moments that matter most
# Lead text of the cross-journey ranking.
report-top-moments-lead = Across all journeys, ranked by how much the moment matters to the tenant, how many tenants pass it, how serious the finding is and how bad the tenant feels.
# Heading of the rules × journeys table.
report-heatmap-heading = Which patterns come back where
# Lead text of the rules × journeys table.
report-heatmap-lead = Moments without attention per rule and journey. A pattern that returns in several journeys points at how the organisation works, not at one team.
# Caption of the rules × journeys table.
report-heatmap-caption = Active findings per rule (rows) and journey (columns)
# Column header for rules.
report-rule = Rule
# Column header for totals.
report-total = Total
# Label of the attention index.
report-attention-index = Attention index
# "out of 100" after the index.
report-out-of-100 = out of 100
# Label for expected contacts.
report-contacts-per-tenant = contacts per tenant
# Label for expected handoffs.
report-handoffs-per-tenant = handoffs per tenant
# Explanation of the expected contacts.
report-contacts-explained = on average, counting repeat contacts
# Explanation of the expected handoffs.
report-handoffs-explained = times the tenant is passed to someone else
# Label of the findings count.
report-findings = Findings
# Plural label for errors.
report-errors = errors
# Plural label for warnings.
report-warnings = warnings
# Plural label for info findings.
report-infos = info
# Label for silenced findings.
report-silenced = silenced
# Heading of the persona cards.
report-personas-heading = Who goes through this journey
# Label before a persona's goal.
report-goal = Goal
# Heading of the top three.
report-fix-first-heading = Fix these first
# Lead text of the top three.
report-fix-first-lead = The three moments where better attention helps most tenants most, ranked by how much the moment matters, how many tenants pass it, how serious the finding is and how bad the tenant feels.
# Shown when nothing needs fixing.
report-nothing-to-fix = No moment without attention at warning or error level: nothing to fix first.
# Sub-heading: the tenant's side.
report-tenant-side = The tenant's side
# Sub-heading: why it hurts.
report-why-it-hurts = Why this hurts tenants
# Sub-heading: what good looks like.
report-what-good-looks-like = What good looks like
# Label before a finding's help.
report-here = Here
# Label before a finding's help in lists.
report-what-helps = What helps
# Shown when there is no quote or note.
report-no-tenant-voice = No quote or note from tenants recorded for this moment.
# Heading of the good-practice section.
report-good-heading = What already goes well
# Lead text of the good-practice section.
report-good-lead = Moments the journey holds up as an example: keep these, and copy them elsewhere.
# Heading of the emotion curve.
report-emotion-heading = How the tenant feels along the way
# Heading of the blueprint.
report-blueprint-heading = Who does what: the service blueprint
# Lead text of the blueprint.
report-blueprint-lead = Every moment in its stage, in the lane of who serves the tenant. Dashed arrows are handoffs: the tenant is passed to someone else.
# Heading of the journey graph.
report-graph-heading = All routes through the journey
# Lead text of the journey graph.
report-graph-lead = Every moment and every transition, with the share of tenants who take each branch. Arrows curving back up are repeat contacts.
# Heading of the list of all findings.
report-findings-heading = All moments without attention
# Shown when there are no findings.
report-no-findings = No findings.
# Heading of the silenced findings.
report-silenced-heading = Silenced findings, with their reasons
# Lead of the silenced findings.
report-silenced-lead = These do not count in the figures above; the journey file gives a reason for each.
# Label before a silence reason.
report-reason = Reason
# Heading of the evidence section.
report-evidence-heading = Evidence
# Lead of the evidence section.
report-evidence-lead = What tenants said and what surveys and contact logs show.
# Shown when there is no evidence.
report-no-evidence = This journey records no evidence yet: quotes, survey grades or counts make a map more than opinion.
# Heading of the quotes.
report-quotes-heading = In tenants' words
# Heading of the figures table.
report-figures-heading = Figures
# Caption of the evidence figures table.
report-figures-caption = Survey results, counts and observations
# Column: kind of evidence.
report-kind = Kind
# Column: moment.
report-moment = Moment
# Column: what.
report-what = What
# Column: grade.
report-grade = Grade
# Column: percentage satisfied.
report-percent-satisfied = Satisfied
# Column: count.
report-count = Count
# Column: respondents.
report-respondents = Respondents
# Column: source.
report-source = Source
# Column: date.
report-date = Date
# Evidence about the journey as a whole.
report-whole-journey = The journey as a whole
# Summary of a chart's data table.
report-show-table = Show the data as a table
# Column: number.
report-number = No.
# Column: stage.
report-stage = Stage
# Column: feeling.
report-feeling = Feeling
# Column: tenant's words.
report-tenant-words = In the tenant's words
# Column: marks.
report-marks = Marks
# Legend and table: milestone.
report-milestone = milestone
# A milestone or high-importance moment.
report-moment-that-matters = a moment that matters
# Legend: finding marker.
report-legend-finding = moment without attention (number of findings)
# Legend and table: good practice.
report-good-practice = good practice
# Legend of the blueprint: the cards' stripe and number.
report-legend-feeling = The coloured stripe and the number on a card: how the tenant feels, from −3 (very bad, red) to +3 (very good, green); grey when not recorded.
# Legend: handoff arrow.
report-legend-handoff = handoff to someone else
# Legend: loop arrow.
report-legend-loop = repeat contact (back to an earlier moment)
# Legend: escalation arrow.
report-legend-escalation = escalation
# Legend: ordinary transition.
report-legend-next = next step
# Column: from.
report-from = From
# Column: to.
report-to = To
# Column: share.
report-share = Share at this step
# Column: times per tenant.
report-per-tenant = Times per tenant
# Column: label of a transition.
report-label = What happens
# Column: level.
report-level = Level
# Column: touchpoint.
report-touchpoint = Touchpoint
# Column: actor.
report-actor = Who
# Heading of the handoffs list in the blueprint's table.
report-handoffs-heading = Handoffs
# Shown when there are no handoffs.
report-no-handoffs = No handoffs.
# Lane: tenant.
report-lane-tenant = Tenant
# Lane: frontstage.
report-lane-frontstage = Seen by the tenant
# Lane: backstage.
report-lane-backstage = Behind the scenes
# Lane: contractors and partners.
report-lane-partners = Contractors and partners
# Column: reach of a moment.
report-reach = Tenants affected
# Column: journey.
report-journey = Journey
# Shown when no journey has findings.
report-no-top-moments = No moments without attention at warning or error level in any journey.
# Title of the rules page.
report-rules-title = The rules: moments without attention tjm recognises
# Lead text of the rules page.
report-rules-lead = Each rule finds one pattern from the field: a moment where the tenant is not seen. Every finding in the report links here.
# Label of the rules table of contents.
report-rules-contents = All rules
# Label: category.
report-category = Category
# Label: the level a rule runs at.
report-runs-at = Level in this report
# Label: a rule's default level.
report-default-level = default
# Text on a link to a rule's explanation.
report-about-rule = About this rule
# Link back to the top of the page.
report-back-to-top = Back to top
# Link to the journey page from the index.
report-open-journey = Open the journey
# Shown when the project has no journeys.
report-no-journeys = No journeys found.
# Heading of the "what changed since the baseline" section.
report-changes-heading = What changed since the baseline
# Lead text of the changes section.
report-changes-lead = This version compared with an earlier one, the baseline: the as-is against the to-be, or last quarter against this one.
# Column header: value before.
report-before = Before
# Column header: value now.
report-after = Now
# Column header: the change.
report-change = Change
# Heading: findings that are gone.
report-findings-fixed = Moments without attention that are gone
# Heading: findings that are new.
report-findings-new = New moments without attention
# Heading: touchpoints that changed.
report-moments-changed = Moments that changed
# Label: touchpoints added.
report-moments-added = Added
# Label: touchpoints removed.
report-moments-removed = Removed
# Shown when nothing changed.
report-no-changes = Nothing changed since the baseline.
# Shown for a journey that is not in the baseline.
report-new-journey = New since the baseline.
# Label: journeys only in the baseline.
report-journeys-removed = Journeys no longer in the report

## Sentences and words the report builds from facts (src/report/i18n.rs).

report-feeling-very-bad = very bad
report-feeling-bad = bad
report-feeling-uneasy = uneasy
report-feeling-neutral = neutral
report-feeling-fine = fine
report-feeling-good = good
report-feeling-very-good = very good
report-no-emotion = not recorded
# How many tenants pass a moment, as a share…
report-reach-share = { $share } of tenants
## A step that should happen and does not (charts, DOT and Mermaid exports)
report-absent = does not happen
# …or, above one visit per tenant, as times.
report-reach-times = { $times } times per tenant
# The same, where a moment stands alone (the top moments, fix these first): the unit spelled out.
report-reach-moment-share = { $share } of tenants reach this moment
report-reach-moment-times = on average { $times } times per tenant at this moment
report-age = { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
report-verdict-none = No moments without attention found
report-verdict = { $moments ->
    [one] 1 moment without attention{ $mattering ->
        [0] , not at a moment that matters
       *[other] , and it is a moment that matters
    }
   *[other] { $moments } moments without attention{ $mattering ->
        [0] , none of them at a moment that matters
        [one] , 1 of them a moment that matters
       *[other] , { $mattering } of them moments that matter
    }
}
report-attention-explanation = Of the attention tenants should get in this journey, they get { $index }%, weighing each moment by how much it matters and how many tenants pass it. 100 means no moment without attention.
report-band-good = mostly attentive
report-band-fair = needs attention
report-band-poor = tenants often not seen
report-emotion-lead = Along the most common route from start to end ({ $share } of tenants take it all the way), { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }. The feeling runs from −3 (very bad) to +3 (very good).
report-emotion-gaps = { $missing ->
    [one] 1 moment on this route has no recorded feeling (hollow mark); the dashed line bridges it, it does not measure it.
   *[other] { $missing } moments on this route have no recorded feeling (hollow marks); the dashed line bridges them, it does not measure them.
}
report-count-error = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
report-count-warning = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
report-count-info = { $count } info
report-findings-count = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
report-journeys-count = { $count ->
    [one] 1 journey
   *[other] { $count } journeys
}
report-evidence-quote = quote
report-evidence-survey = survey
report-evidence-count = count
report-evidence-observation = observation
report-actor-tenant = tenant
report-actor-department = department
report-actor-contractor = contractor
report-actor-partner = partner
# The accessible name of a chart that scrolls sideways on a narrow screen.
report-scroll-label = { $chart } (scrolls sideways)

## Rule names, shown instead of the rule's slug (codes such as TJM303 stay).

report-rule-missed-milestone = Missed milestone
report-rule-procedure-first = Procedure first
report-rule-cold-channel = Cold channel
report-rule-friendly-not-helpful = Friendly, not helpful
report-rule-bare-no = A bare no
report-rule-no-room-for-exceptions = No room for exceptions
report-rule-decided-for-tenants = Decided for tenants
report-rule-pillar-to-post = From pillar to post
report-rule-repeat-contact = Repeat contact
report-rule-long-wait = Long wait
report-rule-legal-deadline = Legal deadline missed
report-rule-process-norm = Legal steps skipped
report-rule-dead-end = Dead end
report-rule-open-loop = Open loop
report-rule-unanswered-low = Unanswered low point
report-rule-no-aftercare = No aftercare
report-rule-unsupported-emotion = Feeling without evidence
report-rule-map-contradicts-data = Map contradicts the records
report-rule-unused-silence = Needless silence
report-rule-unchecked-assumption = Assumption still to check

## What changed at a moment, in words (the journey file's fields are not shown).

report-field-id = id
report-field-stage = stage
report-field-title = title
report-field-description = description
report-field-actor = who
report-field-channel = channel
report-field-direction = direction
report-field-kind = kind of moment
report-field-wait = waiting time
report-field-importance = importance
report-field-milestone = milestone
report-field-absent = a step that does not happen
report-field-emotion-score = feeling
report-field-emotion-note = how the tenant feels, in words
report-field-attention-own-question-asked = own question asked
report-field-attention-named-contact = a named person to contact
report-field-attention-acknowledged = the moment acknowledged
report-field-attention-decision-explained = decision explained
report-field-attention-alternative-offered = an alternative offered
report-field-attention-room-for-exceptions = room for exceptions
report-field-refusal = a refusal
report-field-decides-for-tenants = decides for tenants
report-field-opens-case = opens a case
report-field-outcome = outcome
report-field-good-practice = good practice
report-field-silence = silenced findings
report-field-other = another detail
report-value-yes = yes
report-value-no = no
# A value that is not there (before or after).
report-value-none = –
# One changed field: its name in words, the value before and after.
report-field-change = { $field }: { $before } → { $after }
report-value-importance = { $value ->
    [low] low
    [high] high
   *[normal] normal
}
report-value-direction = { $value ->
    [inbound] from the tenant
   *[outbound] to the tenant
}
# A field whose value is a list (such as silenced findings): only that it changed.
report-field-changed = { $field } changed

## The journey map: stages × lanes, every moment a column.

report-map-heading = The journey map
report-map-lead = All { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    } in { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }, every route included: a column for each moment, a row for each lane, with how the tenant feels drawn in the same columns.
report-map-lane-moment = Moment
report-map-lane-tenant = The tenant
report-map-lane-channel = Channel
report-map-lane-actor = Who serves the tenant
report-map-lane-feeling = How the tenant feels
report-map-lane-attention = Without attention
report-map-lane-good = Good practice
report-map-lane-next = Where tenants go next
report-map-legend-stated = feeling as the map states it
report-map-legend-measured = feeling measured in a survey (grade or share satisfied, on the same scale)
report-map-legend-worst = the route on which the tenant feels worst
report-map-worst = The route on which the tenant feels worst runs through moments { $route } (lowest point { $low }).
report-map-gaps = { $missing ->
        [one] One moment has no recorded feeling; the line skips it.
       *[other] { $missing } moments have no recorded feeling; the line skips them.
    }
report-map-print-note = On paper this journey shows what to fix first and the journey map. Every moment without attention, the evidence and the diagram of all routes are in the report on screen.
report-other-quotes-heading = In the words of staff and others
report-map-continued = (continued)
report-map-ends = The journey ends here
report-map-share-measured = { $stated } (measured: { $measured })
report-map-channel = { channel-name }
report-map-wait = after { $wait }
report-map-feeling-stated = { $score } { $word } (as the map states it)
report-map-feeling-measured = { $stated }; measured { $score } ({ $detail })
report-map-measured-grade = grade { $value }
report-map-measured-satisfied = { $value } satisfied
report-map-measured-respondents = { $respondents ->
        [one] { $respondents } respondent
       *[other] { $respondents } respondents
    }
report-map-does-alone = Does this on their own
report-map-does = { $direction ->
        [inbound] { $channel ->
            [desk] Comes to the desk
            [phone] Calls
            [email] Sends an e-mail
            [letter] Writes a letter
            [home_visit] Lets someone in at home
            [inspection] Lets an inspector in
            [portal] Uses the tenant portal
            [sms] Sends a text message
            [whatsapp] Sends a WhatsApp message
           *[none] Gets in touch
        }
        [outbound] { $channel ->
            [desk] Is helped at the desk
            [phone] Is called
            [email] Receives an e-mail
            [letter] Receives a letter
            [home_visit] Is visited at home
            [inspection] Has an inspection at home
            [portal] Gets a message in the tenant portal
            [sms] Receives a text message
            [whatsapp] Receives a WhatsApp message
           *[none] Hears from us
        }
       *[none] { $channel ->
            [desk] Is at the desk
            [phone] Is on the phone
            [email] Is in touch by e-mail
            [letter] Receives a letter
            [home_visit] Has a visit at home
            [inspection] Has an inspection at home
            [portal] Uses the tenant portal
            [sms] Is in touch by text message
            [whatsapp] Is in touch by WhatsApp
           *[none] { $kind ->
                [visit] Has a visit
                [document] Receives a document
                [decision] Waits for a decision
                [wait] Waits
               *[contact] Is in touch
            }
        }
    }

## The charts' descriptions (`<desc>`), for screen readers.

report-chart-emotion-desc = Line chart of the tenant's feeling at { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    } on the most common route.
report-chart-emotion-extremes = Lowest: { $low_number }. { $low_title } ({ $low_score }). Highest: { $high_number }. { $high_title } ({ $high_score }).
report-chart-blueprint-desc = Service blueprint of { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    } in { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    }. Moments per lane — { $lanes }. { $handoffs ->
        [one] { $handoffs } handoff
       *[other] { $handoffs } handoffs
    } between actors.
report-chart-lane-count = { $lane }: { $count }
report-chart-graph-desc = Diagram of { $nodes ->
        [one] { $nodes } moment
       *[other] { $nodes } moments
    } and { $transitions ->
        [one] { $transitions } transition
       *[other] { $transitions } transitions
    }, top to bottom in { $layers ->
        [one] { $layers } step
       *[other] { $layers } steps
    }: { $handoffs ->
        [one] { $handoffs } handoff
       *[other] { $handoffs } handoffs
    }, { $loops ->
        [one] { $loops } repeat contact
       *[other] { $loops } repeat contacts
    }, { $escalations ->
        [one] { $escalations } escalation
       *[other] { $escalations } escalations
    }.
# Heading of the section with the journey's own log beside the map.
report-measured-heading = What the log shows
# Lead of that section.
report-measured-lead = The journey as drawn (stated) beside what the association's own contact and case records show (measured). Figures from fewer than 10 cases are shown as “< 10”.
# The label of measured figures: $cases ("1,797" or "< 10"), $period ("2025").
report-measured-label = measured ({ $cases } cases, { $period })
# A measured wait in days: $length is a decimal, not a count.
report-measured-days = { $length } days
# Column: what the map states.
report-stated = stated
# Column: the moment tenants go on to.
report-goes-on-to = Goes on to
# Caption of the measured shares table.
report-measured-shares-caption = Which way tenants go: stated and measured
# Caption of the measured waits table.
report-measured-waits-caption = How long tenants wait: stated and measured
# Column: the wait the map states.
report-stated-wait = Wait (stated)
# Column: measured median wait.
report-median-wait = Half wait longer than (measured)
# Column: measured 90th percentile wait.
report-p90-wait = 1 in 10 wait longer than (measured)
# Caption of the steps that are not on the map.
report-not-on-map-caption = Steps tenants go through that are not on the map
# Column: a step as the records name it.
report-step-in-log = Step in the records
# Column: cases.
report-cases = Cases
# A measured wait shorter than one day.
report-measured-under-a-day = less than a day
