# Uitvoerkant: kleine tekstbestanden lezen, thema's, het manifest van het rapport en --pdf.

## tjm.toml en themabestanden lezen
read-not-utf8 = het bestand is geen UTF-8-tekst; sla het op als UTF-8
read-too-large = het bestand is groter dan { $megabytes } MB, veel meer dan zo'n bestand nodig heeft

## tjm report --pdf
pdf-no-result = na { $seconds } s nog geen resultaat
pdf-exit-status = afsluitstatus { $status }; { $last }
pdf-no-browser = --pdf heeft Chromium of Google Chrome nodig, en geen van { $browsers } staat in PATH: installeer er een (bijvoorbeeld met `apt-get install chromium`), of druk de HTML-pagina's af vanuit een browser
pdf-failed = { $browser } kon { $page } niet afdrukken: { $reason }

## Het manifest dat tjm report in zijn map schrijft, voor wie dat bestand opent
manifest-about = Bestanden die tjm report in deze map heeft geschreven; tjm vervangt alleen deze, en alleen zolang ze niet zijn gewijzigd. Verwijder dit bestand en tjm beschouwt elk bestand hier als het jouwe.

## Thema's: waarom tjm een themabestand weigert of negeert
theme-allow-hint = Thema's mogen geen scripts uitvoeren en niets van buiten de pagina laden, omdat het rapport wordt geopend door mensen die erop vertrouwen. Heb je dit thema zelf gemaakt en vertrouw je het, zet dan `allow_theme_scripts = true` onder `[report]` in tjm.toml.
theme-get-env = thema's kunnen geen omgevingsvariabelen lezen: haal `get_env(...)` uit de template
theme-file-problem = { $file } { $problem }
theme-scheme-url = regel { $line } bevat een `{ $scheme }`-URL
theme-refresh = regel { $line } bevat een refresh die een andere pagina opent
theme-element = regel { $line } bevat een <{ $element }>-element
theme-attribute = regel { $line } bevat { $problem } op <{ $element }>
theme-event-handler = een event-handler `{ $name }=`
theme-external-attribute = `{ $name }` dat naar buiten het rapport wijst (`{ $value }`)
theme-css-import = bevat een @import, die een ander stylesheet laadt
theme-css-script = voert script uit (`javascript:` of `expression(`)
theme-css-external = laadt `{ $value }` van buiten het rapport
theme-css-style-close = { $file } mag geen `</style` bevatten
theme-no-policy = base.html laat de Content-Security-Policy weg: houd de regel `{ $tag }` uit de ingebouwde base.html (`tjm theme init` schrijft die) in de <head>.
theme-no-extends = { $name } bouwt niet voort op base.html, dus de pagina's ervan zouden geen Content-Security-Policy hebben: begin het bestand met `{ $extends }`.
theme-unused-did-you-mean = themabestand { $path } vervangt niets en wordt niet gebruikt: bedoel je `{ $suggestion }`?
theme-unused-list = themabestand { $path } vervangt niets en wordt niet gebruikt; een thema kan deze bestanden vervangen: { $names }
theme-walk = de themamap kan niet worden doorlopen
theme-link-outside = { $path } is een koppeling naar { $target }, buiten de themamap. Kopieer het bestand naar de themamap in plaats van ernaar te koppelen.

## Het rapport schrijven: wat er misging (de oorzaak na de dubbele punt komt van het systeem of van Tera)
write-report-cannot-write = kan { $path } niet schrijven: { $reason }
write-report-cannot-read = kan { $path } niet lezen: { $reason }
write-report-missing-theme = themamap { $dir } bestaat niet (maak er een met `tjm theme init { $dir }`)
write-report-not-ours = { $count ->
    [one] { $dir } bevat een bestand dat tjm niet heeft geschreven, of dat is gewijzigd sinds tjm het schreef: { $files }; er is niets geschreven. Kies een lege of nieuwe map (`-o report`), of voeg --force toe om het te overschrijven
   *[other] { $dir } bevat bestanden die tjm niet heeft geschreven, of die zijn gewijzigd sinds tjm ze schreef: { $files }; er is niets geschreven. Kies een lege of nieuwe map (`-o report`), of voeg --force toe om ze te overschrijven
}
write-report-manifest = kan { $path } niet lezen, de lijst van tjm met de bestanden die het hier schreef: { $reason }; verwijder het bestand en voer de opdracht opnieuw uit met --force
write-report-theme = het thema in { $dir } is niet bruikbaar: { $message }
write-report-render = kan { $page } niet maken met template { $template }: { $message }
