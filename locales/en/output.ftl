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
