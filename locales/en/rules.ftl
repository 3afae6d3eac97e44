# Rule findings: per rule the terminal's -message and -help, and the board's -board and -board-fix.
# The terminal and SARIF name the field to change; the board wording names none (no field
# names, flags or rule names): a manager reads it in the report.
# Arguments: $title is a touchpoint's title as the journey writes it.

## TJM101 missed-milestone
missed-milestone-message = “{ $title }” is a milestone for the tenant, but nothing acknowledges it
missed-milestone-help = mark the moment with a gesture or a personal word, then set `attention.acknowledged` to true
missed-milestone-board = “{ $title }” is a milestone in the tenant's life, and nobody marks it.
missed-milestone-board-fix = Mark the moment with a gesture or a personal word, so the tenant feels it matters to us too.
## TJM101 missed-milestone, good news ($news is good_news)
missed-milestone-good-news-message = “{ $title }” is good news for the tenant, but nothing marks it
missed-milestone-good-news-help = mark the good news with a gesture (flowers, a card, a personal word of congratulation), then set `attention.acknowledged` to true
missed-milestone-good-news-board = “{ $title }” is good news in the tenant's life, and nobody marks it.
missed-milestone-good-news-board-fix = Mark the good news with a small gesture: flowers, a card, a personal word of congratulation.
## TJM101 missed-milestone, bad news ($news is bad_news; $missing is empathy, person or both)
missed-milestone-bad-news-message = “{ $title }” is bad news for the tenant, { $missing ->
        [empathy] and nothing acknowledges how hard it is
        [person] and no named person takes the time to bring it
       *[both] and it comes with no empathy and no named person
    }
missed-milestone-bad-news-help = bring bad news in person: a named person who takes the time, listens and says what happens next; then set `attention.acknowledged` and `attention.named_contact` to true
missed-milestone-bad-news-board = “{ $title }” is bad news in the tenant's life, { $missing ->
        [empathy] and nobody acknowledges how hard it is.
        [person] and no person the tenant knows takes the time to bring it.
       *[both] and it comes without empathy and without a person to turn to.
    }
missed-milestone-bad-news-board-fix = Bring bad news in person: someone the tenant knows by name, who takes the time, listens and says what happens next.

## TJM102 procedure-first
procedure-first-message = at “{ $title }” the procedure comes first: the tenant's own question is not asked
procedure-first-help = open with “How can I help you?” and ask for data only when the question needs it
procedure-first-board = At “{ $title }” our procedure comes first: nobody asks the tenant's own question.
procedure-first-board-fix = Open with “How can I help you?” and ask for details only when the question needs them.

## TJM103 cold-channel; $channel is a channel key (see common.ftl)
cold-channel-message = “{ $title }” matters to the tenant but comes only by { channel-name }, with no named person{ importance-because }
cold-channel-help = add a personal contact (a call or visit by a named person) for this moment, then set `attention.named_contact` to true
cold-channel-board = “{ $title }” matters to the tenant, yet it reaches them only by { channel-name }, with no person to turn to.
cold-channel-board-fix = Add a personal contact for this moment: a call or a visit by someone the tenant knows by name.
## Why an unmarked touchpoint counts as a moment that matters; $because is milestone, refusal,
## decision, opens_case, feels_bad, or written (the file says so: nothing to add)
importance-because = { $because ->
        [milestone] ; treated as a moment that matters because it is a milestone
        [refusal] ; treated as a moment that matters because it is a refusal
        [decision] ; treated as a moment that matters because it decides about the tenant's home or money
        [opens_case] ; treated as a moment that matters because the tenant starts a case here
        [feels_bad] ; treated as a moment that matters because the tenant feels bad here (emotion −2 or lower)
       *[written] {""}
    }

## TJM104 friendly-not-helpful; $friendly and $helpful are scores out of 5
friendly-not-helpful-message = at “{ $title }” staff are friendly ({ $friendly }/5) but hardly help ({ $helpful }/5)
friendly-not-helpful-help = give staff the means to meet the need, not only the words: an earlier slot, a workaround, a decision
friendly-not-helpful-board = At “{ $title }” staff are friendly ({ $friendly } out of 5) but hardly help ({ $helpful } out of 5).
friendly-not-helpful-board-fix = Give staff the means to meet the need, not only kind words: an earlier slot, a workaround, a decision.

## TJM201 bare-no
bare-no-message = at “{ $title }” the tenant hears no{ refusal-because }, and no alternative is offered
bare-no-help = say what is possible: “Perhaps I can help you another way”; then set `attention.alternative_offered` to true
bare-no-board = At “{ $title }” the tenant hears no, and nothing else is offered.
bare-no-board-fix = Say what is possible: “Perhaps I can help you another way.”
## The reason a refusal gives, inside a sentence; $reason is rule, capacity, not_possible, not_our_task
## or unsaid
refusal-because = { $reason ->
        [rule] , because of a rule
        [capacity] , for lack of capacity
        [not_possible] , because it cannot be done
        [not_our_task] , because it is not the association's task
       *[unsaid] {""}
    }
## TJM201 bare-no, "not our task" ($reason is not_our_task)
bare-no-not-our-task-message = at “{ $title }” the tenant hears it is not the association's task, and is neither brought to whoever can help nor offered anything else
bare-no-not-our-task-help = bring the tenant to whoever can help, by name (a handoff to a touchpoint with `attention.named_contact` true), or offer another way and set `attention.alternative_offered` to true
bare-no-not-our-task-board = At “{ $title }” the tenant hears it is not our task, and is left without anyone to turn to.
bare-no-not-our-task-board-fix = Bring the tenant to whoever can help and introduce them by name, or offer another way to help.

## TJM202 no-room-for-exceptions; $score is the emotion score, −3 to +3
no-room-for-exceptions-message = at “{ $title }” the rule allows no exception while the tenant is in trouble (emotion { $score })
no-room-for-exceptions-help = give staff room to deviate when the tenant's situation asks for it, and say who may decide
no-room-for-exceptions-board = At “{ $title }” the rule allows no exception, while the tenant is in trouble.
no-room-for-exceptions-board-fix = Give staff room to deviate when the tenant's situation asks for it, and agree who may decide.
## TJM202 no-room-for-exceptions, an exception asked for and refused by the rule
no-room-for-exceptions-asked-message = at “{ $title }” the tenant asked for an exception and hears that the rule says no, with no room to weigh their situation
no-room-for-exceptions-asked-help = let staff weigh the tenant's situation against the rule and say who may decide; then set `attention.room_for_exceptions` to true
no-room-for-exceptions-asked-board = At “{ $title }” the tenant asks for an exception and only hears that the rule says no.
no-room-for-exceptions-asked-board-fix = Let staff weigh the tenant's situation against the rule, and agree who may decide on an exception.

## TJM203 decided-for-tenants; $say is informed (only informed) or none (no say recorded)
decided-for-tenants-message = “{ $title }” decides for tenants, and { $say ->
        [informed] tenants are only informed
       *[none] tenants have no recorded say
    }
decided-for-tenants-help = consult tenants before deciding (at least `consulted`; from `advising` up their say binds) and record `attention.participation`
decided-for-tenants-board = “{ $title }” decides for tenants, { $say ->
        [informed] and they are only informed.
       *[none] with no say for them that we know of.
    }
decided-for-tenants-board-fix = Consult tenants before deciding, and let their advice count.

## TJM301 pillar-to-post, on the main path; $count is the number of handoffs so far
pillar-to-post-path-message = by “{ $title }” the tenant on the main path has been passed on { $count ->
        [one] { $count } time
       *[other] { $count } times
    } without a named owner
pillar-to-post-path-help = give the tenant one named person who owns the case from report to result, and set `attention.named_contact` to true
pillar-to-post-path-board = By “{ $title }” the usual tenant has been passed on { $count ->
        [one] { $count } time
       *[other] { $count } times
    }, with nobody owning the case.
pillar-to-post-path-board-fix = Give the tenant one named person who owns the case from the first report to the result.
## TJM301 pillar-to-post, on average; $expected is the expected number of handoffs
pillar-to-post-expected-message = a tenant is passed on { $expected } times on average; the busiest handoff leads to “{ $title }”
pillar-to-post-expected-help = cut handoffs or give the tenant one named owner of the case
pillar-to-post-expected-board = A tenant is passed on { $expected } times on average; most often on the way to “{ $title }”.
pillar-to-post-expected-board-fix = Cut handoffs, or give the tenant one named person who owns the case.
## TJM301 pillar-to-post, "not our task" without a warm handover
pillar-to-post-not-our-task-message = at “{ $title }” the tenant hears “not our task” and must find the right door alone: no handover to a named person
pillar-to-post-not-our-task-help = hand the tenant over warmly: arrange the contact with whoever can help, so a named person takes it on (a handoff to a touchpoint with `attention.named_contact` true)
pillar-to-post-not-our-task-board = At “{ $title }” the tenant hears it is not our task, and has to find the right door alone.
pillar-to-post-not-our-task-board-fix = Hand the tenant over warmly: arrange the contact with whoever can help, so a person there takes it on by name.

## TJM302 repeat-contact; $share of tenants go back from $from to $to, $label is the transition's label
repeat-contact-message = { $share } of tenants go back from “{ $from }” to “{ $to }”
repeat-contact-help = find out why tenants loop back here and fix it at the first contact
repeat-contact-board = { $share } of tenants have to go back from “{ $from }” to “{ $to }”.
repeat-contact-board-fix = Find out why tenants come back here, and solve it at the first contact.
repeat-contact-labelled-message = { $share } of tenants go back from “{ $from }” to “{ $to }” ({ $label })
repeat-contact-labelled-help = { repeat-contact-help }
repeat-contact-labelled-board = { $share } of tenants have to go back from “{ $from }” to “{ $to }” ({ $label }).
repeat-contact-labelled-board-fix = { repeat-contact-board-fix }

## TJM303 long-wait; $wait as written, $days in calendar days when $unit is not days,
## $limit the norm in days, $kind a touchpoint kind, $bad yes when the tenant feels bad
long-wait-message = the tenant waits { $wait }{ $unit ->
        [days] {""}
       *[other] {" "}(about { $days } days)
    } for “{ $title }”, more than the { $limit } days set for a { kind-name }{ $bad ->
        [yes] , while the tenant feels bad
       *[no] {""}
    }
long-wait-help = shorten the wait, or bridge it: say when, keep the tenant informed, offer a temporary fix
long-wait-board = The tenant waits { $wait } for “{ $title }”, longer than the { $limit } days we think acceptable for a { kind-name }{ $bad ->
        [yes] , and feels bad while waiting.
       *[no] .
    }
long-wait-board-fix = Shorten the wait, or bridge it: say when, keep the tenant informed, offer a temporary fix.

## TJM303 long-wait against an association's own deadline for a named norm ($norm, $source;
## $amount with $unit the own deadline)
long-wait-own-message = the tenant waits { $wait } for “{ $title }”, more than the { $amount } { norm-unit } your association set itself for `{ $norm }`, stricter than { $source }{ $bad ->
        [yes] , while the tenant feels bad
       *[no] {""}
    }
long-wait-own-help = meet your own deadline, or bridge the wait: say when, keep the tenant informed; the own deadline is in tjm.toml under [norms.overrides]
long-wait-own-board = The tenant waits { $wait } for “{ $title }”, longer than the { $amount } { norm-unit } we set ourselves, stricter than the law{ $bad ->
        [yes] , and feels bad while waiting.
       *[no] .
    }
long-wait-own-board-fix = Meet the deadline we set ourselves, or bridge the wait: say when, and keep the tenant informed.

## TJM303 long-wait judged on the journey's own log: $p90 and $median in days, $cases the
## waits measured, $period the years of the log; $limit, $kind, $bad as above
long-wait-measured-message = measured in the log ({ $cases } cases, { $period }): one tenant in ten waits { $p90 } days or longer for “{ $title }” (median { $median } days), more than the { $limit } days set for a { kind-name }{ $bad ->
        [yes] , while the tenant feels bad
       *[no] {""}
    }
long-wait-measured-help = shorten the wait for the slowest tenants, or bridge it: say when, keep the tenant informed, offer a temporary fix; the measured wait replaces `wait` while the log has 10 cases or more
long-wait-measured-board = Measured in our own records ({ $cases } cases, { $period }): one tenant in ten waits { $p90 } days or longer for “{ $title }”, longer than the { $limit } days we think acceptable for a { kind-name }{ $bad ->
        [yes] , and feels bad while waiting.
       *[no] .
    }
long-wait-measured-board-fix = Shorten the wait for the tenants who wait longest, or bridge it: say when, keep the tenant informed, offer a temporary fix.

## TJM303 long-wait against an own deadline, judged on the journey's own log
long-wait-own-measured-message = measured in the log ({ $cases } cases, { $period }): one tenant in ten waits { $p90 } days or longer for “{ $title }”, more than the { $amount } { norm-unit } your association set itself for `{ $norm }`, stricter than { $source }{ $bad ->
        [yes] , while the tenant feels bad
       *[no] {""}
    }
long-wait-own-measured-help = meet your own deadline for the slowest tenants too, or bridge the wait: say when, keep the tenant informed; the own deadline is in tjm.toml under [norms.overrides]
long-wait-own-measured-board = Measured in our own records ({ $cases } cases, { $period }): one tenant in ten waits { $p90 } days or longer for “{ $title }”, longer than the { $amount } { norm-unit } we set ourselves, stricter than the law{ $bad ->
        [yes] , and feels bad while waiting.
       *[no] .
    }
long-wait-own-measured-board-fix = Meet the deadline we set ourselves for every tenant, or bridge the wait: say when, and keep the tenant informed.

## TJM305 legal-deadline; $norm the norm id, $source its law and article, $amount with $unit the deadline
legal-deadline-message = the tenant waits { $wait } for “{ $title }”, more than the { $amount } { norm-unit } `{ $norm }` allows ({ $source })
legal-deadline-help = plan this moment within the deadline; if `wait` is counted from another moment than the deadline starts from, write it from that moment (`tjm norms` shows what each norm counts from)
legal-deadline-board = Tenants wait { $wait } for “{ $title }”, longer than the law allows: { $amount } { norm-unit } ({ $source }).
legal-deadline-board-fix = Bring this moment within the legal deadline, and watch the deadline in the planning, not afterwards.

## TJM306 process-norm; $missing the step ids, $count how many, $steps_en the steps in words, $source the law
process-norm-message = a path reaches “{ $title }” (`{ $norm }`) without { $missing }, which must come first ({ $source })
process-norm-help = put { $count ->
        [one] this step
       *[other] these steps
    } before “{ $title }” on every path, each a touchpoint naming its step in `norm`
process-norm-board = Some tenants reach “{ $title }” before the law's earlier { $count ->
        [one] step
       *[other] steps
    }: { $steps_en } ({ $source }).
process-norm-board-fix = Take the earlier steps with every tenant first, so nobody hears of this step before someone tried to help.

## TJM304 dead-end
dead-end-message = the journey ends at “{ $title }” without an outcome for the tenant
dead-end-help = say what the tenant ends up with here in `outcome`, or lead the path on to a real result
dead-end-board = The journey ends at “{ $title }” without a result for the tenant.
dead-end-board-fix = Make sure every way through the journey leads to a result the tenant can name.
## TJM304 dead-end, the journey ends in a refusal
dead-end-refusal-message = the journey ends at “{ $title }” with a no and nothing else for the tenant
dead-end-refusal-help = a refusal is not an outcome: offer another way and set `attention.alternative_offered` to true, or lead the path on to a result the tenant can name
dead-end-refusal-board = The journey ends at “{ $title }” with a no, and the tenant is left with nothing.
dead-end-refusal-board-fix = Never let a no be the end: offer another way, or lead the tenant on to a result they can name.

## TJM401 open-loop: a case nobody hears the end of ($share: the tenants who do)
open-loop-never-message = “{ $title }” starts a case, but no path leads to feedback on how it ended
open-loop-never-help = add a touchpoint where a named person tells the tenant how it ended and why, with `attention.loop_closed` true
open-loop-never-board = “{ $title }” starts a case, and no tenant hears how it ended.
open-loop-never-board-fix = Let a named person tell the tenant how it ended and why.
open-loop-partly-message = “{ $title }” starts a case, but only { $share } of these tenants hear how it ended
open-loop-partly-help = { open-loop-never-help }
open-loop-partly-board = “{ $title }” starts a case, but only { $share } of these tenants hear how it ended.
open-loop-partly-board-fix = { open-loop-never-board-fix }
## TJM401 open-loop: a decision not explained
open-loop-decision-message = the decision “{ $title }” is not explained to the tenant
open-loop-decision-help = tell the tenant how and why it was decided, in plain words
open-loop-decision-board = The decision “{ $title }” is not explained to the tenant.
open-loop-decision-board-fix = Tell the tenant how and why it was decided, in plain words.
## TJM401 open-loop: a feedback step or an explanation that should happen and does not
open-loop-absent-message = “{ $title }” should tell the tenant how their case ended, and does not happen
open-loop-absent-help = let a named person give this feedback, then remove `"absent": true`
open-loop-absent-board = “{ $title }” should tell the tenant how their case ended, but it never happens.
open-loop-absent-board-fix = Make sure it happens: a named person tells the tenant how it ended and why.
open-loop-absent-explanation-message = “{ $title }” should explain the decision to the tenant, and does not happen
open-loop-absent-explanation-help = explain how and why it was decided, in plain words, then remove `"absent": true`
open-loop-absent-explanation-board = “{ $title }” should explain the decision to the tenant, but it never happens.
open-loop-absent-explanation-board-fix = { open-loop-decision-board-fix }

## TJM402 unanswered-low; $score is the emotion score
unanswered-low-message = the tenant hits a low at “{ $title }” (emotion { $score }) and no later moment responds to it
unanswered-low-help = respond to the feeling, not only the case: a named person who reaches out (`attention.named_contact` on an outbound contact) or an acknowledgement (`attention.acknowledged`)
unanswered-low-board = The tenant hits a low at “{ $title }”, and nobody responds to it afterwards.
unanswered-low-board-fix = Respond to the low: a call from someone the tenant knows, who acknowledges how the tenant feels.
unanswered-low-settled-message = the tenant hits a low at “{ $title }” (emotion { $score }); the case is settled later, but nobody responds to how the tenant feels
unanswered-low-settled-help = settling the case does not answer the feeling: let a named person reach out (`attention.named_contact` on an outbound contact) or acknowledge it (`attention.acknowledged`)
unanswered-low-settled-board = The tenant hits a low at “{ $title }”. The case is settled later, but nobody responds to how the tenant feels.
unanswered-low-settled-board-fix = Settling the case is not enough: let someone the tenant knows reach out and acknowledge how they feel.
unanswered-low-measured-message = tenants grade “{ $title }” low in the survey ({ $respondents } respondents, { $period }: emotion { $score }){ $settled ->
        [yes] ; the case is settled later, but nobody responds to how the tenant feels
       *[no] {" "}and no later moment responds to it
    }
unanswered-low-measured-help = the survey measures a low the map may not show: set `emotion.score` to what tenants say, and respond to the feeling: a named person who reaches out (`attention.named_contact` on an outbound contact) or an acknowledgement (`attention.acknowledged`)
unanswered-low-measured-board = Tenants rate “{ $title }” low in our survey ({ $respondents } respondents, { $period }){ $settled ->
        [yes] . The case is settled later, but nobody responds to how the tenant feels.
       *[no] , and nobody responds to it afterwards.
    }
unanswered-low-measured-board-fix = Respond to what tenants tell us: a call from someone the tenant knows, who acknowledges how the tenant feels.

## TJM403 no-aftercare
no-aftercare-message = tenants who finish at “{ $title }” can do so without anyone asking whether the help was good
no-aftercare-help = ask “Are you satisfied with how you were helped?” on every way to this end, and set `attention.satisfaction_checked` to true there
no-aftercare-board = Tenants who finish at “{ $title }” may never be asked whether the help was good.
no-aftercare-board-fix = Ask “Are you satisfied with how you were helped?” on every way to this end.
no-aftercare-absent-message = “{ $title }” should ask whether the help was good, and does not happen
no-aftercare-absent-help = ask “Are you satisfied with how you were helped?” here, then remove `"absent": true`
no-aftercare-absent-board = “{ $title }” should ask tenants whether the help was good, but it never happens.
no-aftercare-absent-board-fix = Make sure someone asks “Are you satisfied with how you were helped?”

## TJM501 unsupported-emotion; $touchpoint is the touchpoint's id
unsupported-emotion-message = the emotion at “{ $title }” has no evidence behind it
unsupported-emotion-help = add evidence with "touchpoint": "{ $touchpoint }": a tenant quote, a survey grade or a count
unsupported-emotion-board = How the tenant feels at “{ $title }” is an estimate: no quote, survey or count backs it.
unsupported-emotion-board-fix = Back it up: a tenant's own words, a survey grade or a count.

## TJM502 map-contradicts-data: the journey's own log says otherwise. $stated and $measured
## are percentages (share, loop) or days (wait); $cases and $period say what was measured.
map-contradicts-data-share-message = the map says { $stated }% of tenants at “{ $title }” go on to “{ $to }”; the log shows { $measured }% ({ $cases } cases, { $period })
map-contradicts-data-share-help = set the transition's "share" to what the log measures, or check the touchpoints' evidence_match if the log is counting the wrong events
map-contradicts-data-share-board = We estimated that { $stated }% of tenants go from “{ $title }” to “{ $to }”; in practice it is { $measured }% (measured over { $cases } cases, { $period }).
map-contradicts-data-share-board-fix = Plan with the measured share, and ask why it differs from what we expected.
map-contradicts-data-wait-message = the map says tenants wait { $stated } days for “{ $title }”; the log shows a median of { $measured } days ({ $cases } cases, { $period })
map-contradicts-data-wait-help = set the touchpoint's "wait" to what the log measures{ $longer ->
    [yes] , and look at why tenants wait longer than planned
   *[no] {""}
}
map-contradicts-data-wait-board = We expected tenants to wait { $stated } days for “{ $title }”; in practice half of them wait more than { $measured } days (measured over { $cases } cases, { $period }).
map-contradicts-data-wait-board-fix = { $longer ->
    [yes] Find out where the extra waiting comes from, and tell tenants the real waiting time.
   *[no] Tell tenants the real, shorter waiting time, and plan with it.
}
map-contradicts-data-loop-message = { $measured }% of tenants at “{ $title }” go back to “{ $to }”, a loop the map does not have ({ $cases } cases, { $period })
map-contradicts-data-loop-help = add the transition back to “{ $to }” (with "kind": "loop" and its share), so the rules see the loop
map-contradicts-data-loop-board = { $measured }% of tenants go back from “{ $title }” to “{ $to }”, a repeat we had not drawn (measured over { $cases } cases, { $period }).
map-contradicts-data-loop-board-fix = Draw the repeat in the journey and find out why tenants have to go back.
map-contradicts-data-unreached-message = no case in the log reaches “{ $title }” ({ $cases } cases, { $period })
map-contradicts-data-unreached-help = check the touchpoint's evidence_match against the activity names in the log, or remove the touchpoint if it does not happen
map-contradicts-data-unreached-board = The step “{ $title }” does not happen in practice: none of { $cases } cases reaches it ({ $period }).
map-contradicts-data-unreached-board-fix = Find out whether the step is skipped or recorded under another name, and correct the journey.

## TJM901 unused-silence; $rule is the rule the silence names
unused-silence-message = “{ $title }” silences `{ $rule }`, but that rule finds nothing here
unused-silence-help = remove the silence, so it does not hide a future finding
unused-silence-board = An exception recorded at “{ $title }” no longer applies.
unused-silence-board-fix = Remove the exception, so it cannot hide a future problem.

# One line per rule saying what it finds: tjm rules, SARIF and the report's rules page.
missed-milestone-summary = A milestone for the tenant gets no acknowledgement, only the transaction
procedure-first-summary = The organisation's procedure or data need comes before the tenant's own question
cold-channel-summary = A moment that matters is handled only by letter, folder or an anonymous channel
friendly-not-helpful-summary = Staff are friendly but the tenant's need is not met: friendliness as a pacifier
bare-no-summary = The tenant hears no, and no other way to help is offered
no-room-for-exceptions-summary = A rule is applied without discretion while the tenant is in trouble
decided-for-tenants-summary = Something is decided for tenants instead of with them: participation below consulted
pillar-to-post-summary = The tenant is passed on too often without a named owner of the case
repeat-contact-summary = A loop back makes a large share of tenants contact or wait again
long-wait-summary = The tenant waits longer than the norm for this kind of moment
legal-deadline-summary = A touchpoint that names a legal deadline takes longer than the law or the regulator's code allows
process-norm-summary = A path reaches a step of a legal process without the steps the law wants first
dead-end-summary = A path of the journey ends without an outcome for the tenant
open-loop-summary = Something the tenant started is never settled with feedback, or a decision is not explained
unanswered-low-summary = The tenant hits an emotional low and no later moment responds with attention
no-aftercare-summary = Tenants can finish the journey without being asked whether the help was good
unsupported-emotion-summary = An emotion score has no evidence behind it: no quote, grade or count
map-contradicts-data-summary = The journey's own log contradicts the map: a share, a wait, a loop or a step nobody reaches
unused-silence-summary = A touchpoint silences a rule that finds nothing there

# The thresholds of tjm.toml: one sentence per option on what it changes (tjm rules NAME).
cold-channel-option-channels = Channels that count as cold when no named person stands behind them.
friendly-not-helpful-option-min_friendliness = Friendliness (1–5) from which a moment counts as friendly.
friendly-not-helpful-option-max_helpfulness = Helpfulness (1–5) up to which a moment counts as not helpful.
long-wait-option-max_days = Longest acceptable wait in calendar days per touchpoint kind (a working day counts 1.4 days).
long-wait-option-emotion_low = Emotion score at or below which a long wait is raised one level (warning to error).
no-room-for-exceptions-option-emotion_at_most = Emotion score (−3..3) at or below which the tenant counts as in trouble.
open-loop-option-min_share_closed = Percentage of tenants who start a case that must later hear how it ended.
pillar-to-post-option-max_handoffs = Handoffs without a named owner a tenant may pass on the main path (and expected per tenant).
repeat-contact-option-max_share = Percentage of all tenants who may take a loop back before it is flagged.
unanswered-low-option-emotion_low = Emotion score at or below which a moment counts as a low.

## TJM902 unchecked-assumption; $facts are the words in the note, as the author's file has them
unchecked-assumption-marker = to check
unchecked-assumption-message = “{ $title }” still marks facts tjm new assumed: { $facts }
unchecked-assumption-help = check these against what really happens, correct what is wrong, then remove “[{ unchecked-assumption-marker }: { $facts }]” from the description
unchecked-assumption-board = At “{ $title }” some details are still assumptions from a template, not yet checked: { $facts }.
unchecked-assumption-board-fix = Check these details with the people who do this work, and correct the map where it differs.
unchecked-assumption-summary = A touchpoint still holds facts assumed by the template, marked to check

## Unknowns (tjm check --unknowns): the question to ask, and how the answer counts ($rule: a rule name)
unknowns-no-would-add = If not, { $rule } reports it.
unknowns-yes-would-add = If so, { $rule } reports it.
unknowns-answer-decides = The answer decides what { $rule } reports.
unknowns-yes-would-remove = { $rule } counts it as missing until the file says yes.
unknown-actor = Who serves the tenant here? A change of hands is a handoff.
unknown-absent-purpose = What should this missing step have given: feedback, an explanation, a check afterwards?
unknown-own-question = Is the tenant's own question asked first?
unknown-decision-explained = Is the decision explained to the tenant?
unknown-room-for-exceptions = May staff make an exception here?
unknown-helpfulness = Staff are friendly; do they actually help?
unknown-friendliness = Staff hardly help; are they friendly while they don't?
unknown-emotion = How does the tenant feel here?
unknown-alternative = Is another way to help offered after the no?
unknown-milestone-acknowledged = Is this milestone marked with a gesture or a kind word?
unknown-participation = How much say do tenants have in this decision?
unknown-named-contact = Does a named person deal with the tenant here?
