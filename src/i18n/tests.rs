use std::collections::BTreeSet;

use super::*;

fn totals(journeys: u64, errors: u64) -> Args {
    Args::new()
        .count("journeys", journeys)
        .count("errors", errors)
        .count("warnings", 18_400u64)
        .count("infos", 0u64)
        .count("silenced", 0u64)
        .count("problems", 1u64)
}

#[test]
fn catalogues_parse_without_errors() {
    // Building a bundle panics on a syntax error or a repeated id in any catalogue file.
    for locale in Locale::ALL {
        assert!(!message_ids(locale).is_empty(), "{locale} has no messages");
        let _ = text(locale, "level-error");
    }
}

#[test]
fn every_locale_has_the_same_messages() {
    // A message added in one locale and forgotten in the other falls back silently at run
    // time; here it fails.
    let ids =
        |locale| -> BTreeSet<&str> { message_ids(locale).into_iter().map(|(_, id)| id).collect() };
    let en = ids(Locale::En);
    let nl = ids(Locale::Nl);
    assert_eq!(
        en.difference(&nl).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "in en, missing in nl"
    );
    assert_eq!(
        nl.difference(&en).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "in nl, missing in en"
    );
    for id in &en {
        assert!(has_message(Locale::Nl, id), "{id} is listed but not loaded");
    }
}

#[test]
fn plurals_follow_the_locale() {
    assert_eq!(
        message(Locale::Nl, "check-totals", &totals(1, 2)),
        "1 klantreis gecontroleerd: 2 fouten, 18.400 waarschuwingen, 0 info, 0 stilgezet; 1 probleem in de invoer"
    );
    assert_eq!(
        message(Locale::En, "check-totals", &totals(2, 1)),
        "checked 2 journeys: 1 error, 18,400 warnings, 0 info, 0 silenced; 1 input problem"
    );
}

#[test]
fn decimals_in_messages_use_the_locales_separator() {
    // The Dutch terminal used to print "7.9 contacten"; Fluent's numbers go through `number`.
    let args = Args::new()
        .decimal("contacts", 7.94, 1)
        .decimal("handoffs", 2.0, 1);
    assert_eq!(
        message(Locale::Nl, "check-summary-expected", &args),
        "per huurder verwacht: 7,9 contacten, 2,0 overdrachten"
    );
    assert_eq!(
        message(Locale::En, "check-summary-expected", &args),
        "expected per tenant: 7.9 contacts, 2.0 handoffs"
    );
}

#[test]
fn the_pseudo_locale_wraps_english() {
    assert_eq!(text(Locale::Pseudo, "level-warning"), "⟦warning⟧");
    assert_eq!(text(Locale::Nl, "level-warning"), "waarschuwing");
}

#[test]
fn a_missing_message_falls_back_visibly_and_is_reported() {
    assert_eq!(text(Locale::Nl, "no-such-message"), "[no-such-message]");
    assert_eq!(
        try_message(Locale::Nl, "no-such-message", &Args::new()),
        Err(MessageError::Missing {
            locale: Locale::Nl,
            id: "no-such-message".into()
        })
    );
}

#[test]
fn a_missing_argument_is_reported() {
    let err = try_message(Locale::En, "check-totals", &Args::new()).unwrap_err();
    assert!(matches!(err, MessageError::Broken { .. }), "{err}");
}

#[test]
fn locale_codes_round_trip() {
    for locale in Locale::ALL {
        assert_eq!(locale.code().parse::<Locale>(), Ok(locale));
    }
    assert!("fr".parse::<Locale>().is_err());
}

#[test]
fn templates_call_the_catalogues_through_t_and_n() {
    let mut tera = ::tera::Tera::default();
    register(&mut tera);
    tera.add_raw_template(
        "x",
        "{{ t(id=\"check-totals\", lang=lang, journeys=1, errors=0, warnings=2, infos=0, silenced=0, problems=0) }} | {{ n(value=7.94, places=1, lang=lang) }}",
    )
    .unwrap();
    let mut context = ::tera::Context::new();
    context.insert("lang", "nl");
    assert_eq!(
        tera.render("x", &context).unwrap(),
        "1 klantreis gecontroleerd: 0 fouten, 2 waarschuwingen, 0 info, 0 stilgezet; 0 problemen in de invoer | 7,9"
    );
}

#[test]
fn args_serialise_as_an_object_of_plain_values() {
    let args = Args::new()
        .text("title", "Repair visit")
        .key("kind", "visit")
        .count("days", 21u64)
        .share("share", 0.3);
    assert_eq!(
        serde_json::to_value(&args).unwrap(),
        serde_json::json!({"title": "Repair visit", "kind": "visit", "days": 21, "share": 0.3})
    );
}
