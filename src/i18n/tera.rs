//! The catalogues in Tera templates, after Zola's `trans()`:
//! `{{ t(id="findings-heading", lang=lang) }}` and, with arguments,
//! `{{ t(id="journeys-count", lang=lang, count=3) }}`; numbers alone with
//! `{{ n(value=7.94, places=1, lang=lang) }}`.

use std::collections::HashMap;

use tera::{Result, Value};

use super::{Args, Locale, message, number};

/// Registers `t` and `n` on a Tera instance.
pub fn register(tera: &mut tera::Tera) {
    tera.register_function("t", Translate);
    tera.register_function("n", Number);
}

/// `t(id=…, lang=…, name=value…)`: a catalogue message. Text arguments are shown as text,
/// whole numbers as counts (plurals select on them), other numbers with `places` decimals
/// (default 1).
pub struct Translate;

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> Result<Value> {
        let id = args
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs id=\"message-id\""))?;
        let locale = locale(args)?;
        let places = args
            .get("places")
            .and_then(Value::as_u64)
            .and_then(|p| u8::try_from(p).ok())
            .unwrap_or(1);
        let mut names: Vec<&String> = args.keys().collect();
        names.sort(); // HashMap order is random; Fluent does not care, but errors should be stable
        let mut message_args = Args::new();
        for name in names {
            if matches!(name.as_str(), "id" | "lang" | "places") {
                continue;
            }
            message_args = match &args[name] {
                Value::String(text) => message_args.text(name.clone(), text.clone()),
                Value::Number(n) if n.is_u64() => {
                    message_args.count(name.clone(), n.as_u64().unwrap_or(0))
                }
                Value::Number(n) => {
                    message_args.decimal(name.clone(), n.as_f64().unwrap_or(0.0), places)
                }
                Value::Bool(b) => message_args.key(name.clone(), if *b { "true" } else { "false" }),
                other => {
                    return Err(tera::Error::msg(format!(
                        "t(id=\"{id}\"): argument `{name}` is {other}, not text or a number"
                    )));
                }
            };
        }
        Ok(Value::String(message(locale, id, &message_args)))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// `n(value=…, places=0, lang=…)`: a number written the locale's way.
pub struct Number;

impl tera::Function for Number {
    fn call(&self, args: &HashMap<String, Value>) -> Result<Value> {
        let value = args
            .get("value")
            .and_then(Value::as_f64)
            .ok_or_else(|| tera::Error::msg("n() needs value=<number>"))?;
        let places = args.get("places").and_then(Value::as_u64).unwrap_or(0);
        let places = usize::try_from(places).unwrap_or(0);
        Ok(Value::String(number::decimal(value, places, locale(args)?)))
    }
}

fn locale(args: &HashMap<String, Value>) -> Result<Locale> {
    let code = args
        .get("lang")
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg("t() and n() need lang=lang"))?;
    code.parse()
        .map_err(|e: super::MessageError| tera::Error::msg(e.to_string()))
}
