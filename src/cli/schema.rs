//! `tjm schema`: print the JSON Schema of journey files, described in English or, with
//! `--lang nl`, in Dutch.

use super::{Cli, Exit, Io};
use crate::i18n::Locale;
use crate::model::Language;

pub(super) fn run(cli: &Cli, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // English unless asked: the committed copy in schema/ is the English one.
    let lang = cli.locale().map_or(Language::En, Locale::language);
    io.out
        .write_all(crate::schema::journey_schema_text_in(lang).as_bytes())?;
    Ok(Exit::Clean)
}
