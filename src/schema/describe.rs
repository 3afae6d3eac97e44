//! The schema's descriptions: in Dutch from the catalogue `locales/nl/schema.ftl` (English
//! comes from the model's doc comments), aliases described by the name they stand for, and a
//! `markdownDescription` beside each so VS Code shows `code` as code instead of backticks.
//!
//! A catalogue key names the place: `Touchpoint` for a definition, `Touchpoint-channel` for
//! one of its properties, `Channel-home_visit` for one of its values; the journey itself is
//! `Journey` (its `$schema` property is `Journey-schema`).

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde_json::{Map, Value};

use super::vocabulary::Vocabulary;
use crate::model::Language;

type Bundle = FluentBundle<FluentResource>;

/// The schema catalogues, compiled in like the others.
const EN_TEXT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/en/schema.ftl"
));
const NL_TEXT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/nl/schema.ftl"
));

static EN: LazyLock<Bundle> = LazyLock::new(|| bundle("en", EN_TEXT));
static NL: LazyLock<Bundle> = LazyLock::new(|| bundle("nl", NL_TEXT));

fn bundle(code: &str, text: &str) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![code.parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(_, errors)| {
        panic!("locales/{code}/schema.ftl does not parse: {errors:?}")
    });
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("locales/{code}/schema.ftl repeats a key: {errors:?}"));
    bundle
}

fn catalogue(lang: Language) -> &'static Bundle {
    match lang {
        Language::En => &EN,
        Language::Nl => &NL,
    }
}

/// The text of `key` in `lang`'s schema catalogue, if it has one.
pub(super) fn text(lang: Language, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = catalogue(lang);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Every catalogue key of the schema with its description there, in schema order: the
/// journey, its properties, then each definition, its properties and its values.
pub(super) fn entries(schema: &mut Value) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    for_each_described(schema, &mut |key, node| {
        let text = node.get("description").and_then(Value::as_str);
        entries.push((key.to_owned(), text.unwrap_or_default().to_owned()));
    });
    entries
}

/// The message ids in `lang`'s schema catalogue.
pub(super) fn catalogue_keys(lang: Language) -> Vec<String> {
    let text = match lang {
        Language::En => EN_TEXT,
        Language::Nl => NL_TEXT,
    };
    // A message starts a line with its id and ` =`; continuation lines are indented.
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// Replaces the English descriptions by `lang`'s where the catalogue has them (English is
/// already there, from the doc comments).
pub(super) fn translate(schema: &mut Value, lang: Language) {
    if lang == Language::En {
        return;
    }
    for_each_described(schema, &mut |key, node| {
        if let Some(text) = text(lang, key, None) {
            node.insert("description".into(), Value::String(text));
        }
    });
}

/// Lists every alias beside the name it stands for, described as such.
pub(super) fn add_aliases(schema: &mut Value, vocabularies: &[Vocabulary], lang: Language) {
    let Some(Value::Object(defs)) = schema.get_mut("$defs") else {
        return;
    };
    for vocabulary in vocabularies {
        let Some(Value::Object(def)) = defs.get_mut(vocabulary.definition.as_ref()) else {
            continue;
        };
        if let Some(Value::Array(values)) = def.get_mut("enum") {
            values.extend(
                vocabulary
                    .aliases()
                    .map(|n| Value::String(n.accepted.into())),
            );
        }
        if let Some(Value::Array(options)) = def.get_mut("oneOf") {
            for alias in vocabulary.aliases() {
                let Some(at) = options.iter().rposition(|o| {
                    o.get("const").and_then(Value::as_str) == Some(alias.canonical.as_str())
                        || o.get("x-alias-of").and_then(Value::as_str)
                            == Some(alias.canonical.as_str())
                }) else {
                    continue;
                };
                let mut option = options[at].clone();
                let Value::Object(map) = &mut option else {
                    continue;
                };
                let mut args = FluentArgs::new();
                args.set("name", alias.canonical.clone());
                args.set(
                    "description",
                    map.get("description")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                );
                map.insert("const".into(), Value::String(alias.accepted.into()));
                if let Some(text) = text(lang, "schema-alias", Some(&args)) {
                    map.insert("description".into(), Value::String(text));
                }
                map.insert("x-alias-of".into(), Value::String(alias.canonical.clone()));
                options.insert(at + 1, option);
            }
            // The marker only placed aliases beside their name; it is not part of the schema.
            for option in options.iter_mut() {
                if let Value::Object(map) = option {
                    map.remove("x-alias-of");
                }
            }
        }
    }
}

/// Puts a `markdownDescription` beside every description: the doc comments are Markdown, and
/// VS Code escapes the backticks of a plain `description`. The plain one loses its backticks,
/// for the tools that show it as it is.
pub(super) fn add_markdown(node: &mut Value) {
    match node {
        Value::Object(map) => {
            map.values_mut().for_each(add_markdown);
            if let Some(Value::String(text)) = map.get("description") {
                let markdown = text.clone();
                let plain = text.replace('`', "");
                map.insert("description".into(), Value::String(plain));
                map.insert("markdownDescription".into(), Value::String(markdown));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(add_markdown),
        _ => {}
    }
}

fn for_each_described(schema: &mut Value, f: &mut dyn FnMut(&str, &mut Map<String, Value>)) {
    let Value::Object(root) = schema else {
        return;
    };
    let mut defs = root.remove("$defs");
    visit_definition("Journey", root, f);
    if let Some(Value::Object(defs)) = &mut defs {
        for (name, def) in defs.iter_mut() {
            if let Value::Object(def) = def {
                visit_definition(name, def, f);
            }
        }
    }
    if let Some(defs) = defs {
        root.insert("$defs".into(), defs);
    }
}

fn visit_definition(
    name: &str,
    def: &mut Map<String, Value>,
    f: &mut dyn FnMut(&str, &mut Map<String, Value>),
) {
    f(name, def);
    if let Some(Value::Object(properties)) = def.get_mut("properties") {
        for (property, node) in properties.iter_mut() {
            if let Value::Object(node) = node {
                f(
                    &format!("{name}-{}", property.trim_start_matches('$')),
                    node,
                );
            }
        }
    }
    if let Some(Value::Array(options)) = def.get_mut("oneOf") {
        for option in options {
            let Value::Object(option) = option else {
                continue;
            };
            let Some(value) = option
                .get("const")
                .and_then(Value::as_str)
                .map(str::to_owned)
            else {
                continue;
            };
            f(&format!("{name}-{value}"), option);
        }
    }
}
