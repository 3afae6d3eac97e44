# Woorden die overal in tjm terugkomen: soorten, kanalen, niveaus, categorieën.
# kind-name en channel-name kiezen op $kind en $channel; andere berichten gebruiken ze als
# { kind-name }, met hun eigen $kind.

kind-name = { $kind ->
    [contact] contact
    [document] document
    [visit] bezoek
    [decision] besluit
   *[wait] wachttijd
}

channel-name = { $channel ->
    [desk] de balie
    [phone] telefoon
    [email] e-mail
    [letter] brief
    [home_visit] huisbezoek
    [inspection] inspectie
    [portal] het klantportaal
    [sms] sms
   *[whatsapp] WhatsApp
}

level-error = fout
level-warning = waarschuwing
level-info = info
level-off = uit

category-attention = aandacht op het moment
category-saying-no = nee zeggen en beslissen
category-flow = verloop van de reis
category-closing-the-loop = de cirkel rond maken
category-evidence = onderbouwing
category-meta = het reisbestand

## De termijn van een norm: $amount met $unit (hours, days, working_days, weeks)
norm-unit = { $unit ->
        [hours] uur
        [days] { $amount ->
            [one] dag
           *[other] dagen
        }
        [working_days] { $amount ->
            [one] werkdag
           *[other] werkdagen
        }
       *[weeks] { $amount ->
            [one] week
           *[other] weken
        }
    }

## Een actor die het klantreisbestand open laat (weggelaten, `unknown`, `onbekend`)
actor-unknown = onbekend
