//! `tjm schema`: print the JSON Schema of journey files.

use super::{Exit, Io};

pub(super) fn run(io: &mut Io<'_>) -> anyhow::Result<Exit> {
    io.out
        .write_all(crate::schema::journey_schema_text().as_bytes())?;
    Ok(Exit::Clean)
}
