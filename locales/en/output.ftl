# Output side: reading small text files, themes, the report manifest and --pdf.

## Reading tjm.toml and theme files
read-not-utf8 = the file is not UTF-8 text; save it as UTF-8
read-too-large = the file is larger than { $megabytes } MB, far more than such a file needs

## tjm report --pdf
pdf-no-result = no result after { $seconds } s
pdf-exit-status = exit status { $status }; { $last }
pdf-no-browser = --pdf needs Chromium or Google Chrome, and none of { $browsers } is on PATH: install one (e.g. `apt-get install chromium`), or print the HTML pages from a browser
pdf-failed = { $browser } could not print { $page }: { $reason }

## The manifest tjm report writes into its folder, for whoever opens that file
manifest-about = Files tjm report wrote into this folder; tjm replaces only these, and only while unchanged. Delete this file and tjm treats every file here as yours.

## Themes: why tjm refuses or ignores a theme file
theme-allow-hint = Themes may not run scripts or load anything from outside the page, because the report is opened by people who trust it. If you wrote this theme and trust it, add `allow_theme_scripts = true` under `[report]` in tjm.toml.
theme-get-env = themes cannot read environment variables: remove `get_env(...)` from the template
theme-file-problem = { $file } { $problem }
theme-scheme-url = line { $line } has a `{ $scheme }` URL
theme-refresh = line { $line } has a refresh that opens another page
theme-element = line { $line } has a <{ $element }> element
theme-attribute = line { $line } has { $problem } on <{ $element }>
theme-event-handler = an event handler `{ $name }=`
theme-external-attribute = `{ $name }` pointing outside the report (`{ $value }`)
theme-css-import = has an @import, which loads another stylesheet
theme-css-script = runs script (`javascript:` or `expression(`)
theme-css-external = loads `{ $value }` from outside the report
theme-css-style-close = { $file } must not contain `</style`
theme-no-policy = base.html drops the Content-Security-Policy: keep the line `{ $tag }` from the built-in base.html (`tjm theme init` writes it) in its <head>.
theme-no-extends = { $name } does not extend base.html, so its pages would have no Content-Security-Policy: start it with `{ $extends }`.
theme-unused-did-you-mean = theme file { $path } overrides nothing and is not used: did you mean `{ $suggestion }`?
theme-unused-list = theme file { $path } overrides nothing and is not used; a theme can override: { $names }
theme-walk = cannot walk the theme folder
theme-link-outside = { $path } is a link to { $target }, outside the theme folder. Copy the file into the theme folder instead of linking to it.

## Writing the report: what went wrong (the cause after the colon comes from the system or Tera)
write-report-cannot-write = cannot write { $path }: { $reason }
write-report-cannot-read = cannot read { $path }: { $reason }
write-report-missing-theme = theme folder { $dir } does not exist (create one with `tjm theme init { $dir }`)
write-report-not-ours = { $count ->
    [one] { $dir } has a file that tjm did not write, or that changed since tjm wrote it: { $files }; nothing was written. Choose an empty or new folder (`-o report`), or add --force to overwrite it
   *[other] { $dir } has files that tjm did not write, or that changed since tjm wrote them: { $files }; nothing was written. Choose an empty or new folder (`-o report`), or add --force to overwrite them
}
write-report-manifest = cannot read { $path }, tjm's list of the files it wrote here: { $reason }; delete it and run again with --force
write-report-theme = the theme in { $dir } cannot be used: { $message }
write-report-render = cannot render { $page } with template { $template }: { $message }
write-report-writer-stopped = the report's pages could not be written; nothing was replaced

# tjm export --to xlsx: the note on each column header (on the Journey sheet: on each field),
# explaining what to fill in. A column without a note here gets the journey format's own
# description. Ids: xlsx-note-<list>-<column, dots as dashes>.
xlsx-note-journey-schema = Where editors find the journey format; leave as it is.
xlsx-note-journey-id = Short unique name of the journey, used in links and file names, e.g. nieuwe-huurder. Letters, digits, - and _ only.
xlsx-note-journey-title = The journey's title as a manager reads it, e.g. "Reporting a repair".
xlsx-note-journey-language = The language of the texts: nl or en. The report follows it.
xlsx-note-journey-organisation = The housing association whose journey this is.
xlsx-note-journey-description = What this journey is about and whose experience it describes.
xlsx-note-journey-start = The id of the touchpoint where the journey starts; leave empty to start at the first one.
xlsx-note-personas-name = The example tenant's name, e.g. Joeri.
xlsx-note-personas-age = Age in years.
xlsx-note-personas-description = Who this tenant is and what their situation is.
xlsx-note-personas-goal = What the tenant wants from this journey, in their own words.
xlsx-note-stages-id = Short unique name of the stage; touchpoints name it in their stage column.
xlsx-note-stages-title = The stage's title as the report shows it.
xlsx-note-stages-description = What happens in this stage.
xlsx-note-actors-id = Short unique name of the actor; touchpoints name it in their actor column.
xlsx-note-actors-name = The name as the tenant would say it, e.g. "Customer contact centre".
xlsx-note-actors-kind = Choose from the list: the tenant, a department, a contractor or a partner outside the association.
xlsx-note-actors-backstage = yes when the tenant never sees this actor (back office, planning).
xlsx-note-touchpoints-id = Short unique name of the moment; transitions and evidence name it.
xlsx-note-touchpoints-stage = The id of the stage this moment belongs to (from the Stages sheet).
xlsx-note-touchpoints-title = What happens, in a few words.
xlsx-note-touchpoints-description = What happens, as the tenant would tell it.
xlsx-note-touchpoints-actor = Who serves the tenant here: an id from the Actors sheet.
xlsx-note-touchpoints-channel = Choose from the list: desk, phone, e-mail, letter, home visit, inspection, portal, text message or WhatsApp.
xlsx-note-touchpoints-direction = Who starts the contact: inbound (the tenant) or outbound (the organisation).
xlsx-note-touchpoints-kind = What kind of moment: contact (leave empty), document, visit, decision or wait.
xlsx-note-touchpoints-wait = How long the tenant waits before this moment: a number and a unit, e.g. "3 weeks" or "2 working days".
xlsx-note-touchpoints-importance = How much this moment matters to the tenant: low, normal (leave empty) or high.
xlsx-note-touchpoints-milestone = yes when this is a milestone in the tenant's life, such as getting the keys.
xlsx-note-touchpoints-emotion-score = How the tenant feels: -3 very bad, 0 neutral, +3 very good.
xlsx-note-touchpoints-emotion-note = What the tenant feels or says, in their words.
xlsx-note-touchpoints-attention-own_question_asked = Was the tenant's own question asked first, before the organisation's procedure? yes, no, or empty when you do not know.
xlsx-note-touchpoints-attention-named_contact = Does the tenant have a named person who owns their case? yes, no, or empty when you do not know.
xlsx-note-touchpoints-attention-acknowledged = Is the moment acknowledged with a gesture or empathy, not only handled? yes, no, or empty.
xlsx-note-touchpoints-attention-decision_explained = Is the decision explained: how and why it was made? yes, no, or empty.
xlsx-note-touchpoints-attention-alternative_offered = After a no, is another way to help offered? yes, no, or empty.
xlsx-note-touchpoints-attention-room_for_exceptions = May staff make an exception when the tenant's situation asks for it? yes, no, or empty.
xlsx-note-touchpoints-attention-loop_closed = Does the tenant hear how their report or request ended? yes, no, or empty.
xlsx-note-touchpoints-attention-satisfaction_checked = Is the tenant asked whether the help was good? yes, no, or empty.
xlsx-note-touchpoints-attention-participation = How much say tenants have where this moment decides for them: choose from the list, from informed to self-managing.
xlsx-note-touchpoints-attention-friendliness = How friendly the staff are, 1 (curt) to 5 (very friendly).
xlsx-note-touchpoints-attention-helpfulness = How much the tenant's need is met, 1 (not at all) to 5 (fully).
xlsx-note-touchpoints-refusal = yes when the tenant hears "no" here.
xlsx-note-touchpoints-decides_for_tenants = yes when this moment decides something for tenants: planned maintenance, a design, a rule.
xlsx-note-touchpoints-opens_case = yes when the tenant starts something here that needs an answer: a report, complaint or request.
xlsx-note-touchpoints-outcome = What the tenant ends up with when the journey ends here.
xlsx-note-touchpoints-good_practice = Good practice at this moment, to hold up as an example.
xlsx-note-touchpoints-silence = Rules switched off here, each with its reason, written as [{"{"}"rule": "cold-channel", "reason": "…"{"}"}]. Usually empty.
xlsx-note-transitions-from = The id of the touchpoint tenants come from.
xlsx-note-transitions-to = The id of the touchpoint tenants go to.
xlsx-note-transitions-label = What happens on the way, in a few words.
xlsx-note-transitions-share = The percentage of tenants at "from" who go this way, e.g. 40 (not 40%). Empty: the rest is split evenly.
xlsx-note-transitions-kind = What the step is for the tenant: next (leave empty), handoff, loop or escalation.
xlsx-note-evidence-touchpoint = The id of the touchpoint this is about; empty for the journey as a whole.
xlsx-note-evidence-kind = Choose from the list: quote, survey, count or observation.
xlsx-note-evidence-text = The quote, or a description of the finding.
xlsx-note-evidence-source = Where it comes from, e.g. "tenant panel March".
xlsx-note-evidence-date = When it was gathered, e.g. 2025-03.
xlsx-note-evidence-grade = A survey grade from 1 to 10.
xlsx-note-evidence-percent_satisfied = The percentage of respondents satisfied, e.g. 72.
xlsx-note-evidence-count = A count from contact logs or case files.
xlsx-note-evidence-respondents = How many tenants answered or were counted.
