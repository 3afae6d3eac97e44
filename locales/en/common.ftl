# Words shared by every part of tjm: kinds, channels, levels, categories.
# kind-name and channel-name select on $kind and $channel; other messages use them as
# { kind-name }, with their own $kind.

kind-name = { $kind ->
    [contact] contact
    [document] document
    [visit] visit
    [decision] decision
   *[wait] waiting time
}

channel-name = { $channel ->
    [desk] the desk
    [phone] phone
    [email] e-mail
    [letter] letter
    [home_visit] home visit
    [inspection] inspection
    [portal] the tenant portal
    [sms] text message
   *[whatsapp] WhatsApp
}

level-error = error
level-warning = warning
level-info = info
level-off = off

category-attention = attention at the moment
category-saying-no = saying no and deciding
category-flow = flow of the journey
category-closing-the-loop = closing the loop
category-evidence = evidence
category-meta = the journey file

## A norm's term: $amount with $unit (hours, days, working_days, weeks)
norm-unit = { $unit ->
        [hours] { $amount ->
            [one] hour
           *[other] hours
        }
        [days] { $amount ->
            [one] day
           *[other] days
        }
        [working_days] { $amount ->
            [one] working day
           *[other] working days
        }
       *[weeks] { $amount ->
            [one] week
           *[other] weeks
        }
    }

## An actor the journey file leaves unknown (left out, `unknown`, `onbekend`)
actor-unknown = unknown
