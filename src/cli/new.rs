//! `tjm new` (being built).

use clap::Args;

use super::{Cli, Exit, Io};

/// Arguments of `tjm new`.
#[derive(Debug, Args)]
pub struct NewArgs {}

pub(super) fn run(cli: &Cli, args: &NewArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let _ = (cli, args, io);
    anyhow::bail!("`tjm new` is not built yet")
}
