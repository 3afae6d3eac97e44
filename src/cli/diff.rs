//! `tjm diff` (being built).

use clap::Args;

use super::{Cli, Exit, Io};

/// Arguments of `tjm diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {}

pub(super) fn run(cli: &Cli, args: &DiffArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let _ = (cli, args, io);
    anyhow::bail!("`tjm diff` is not built yet")
}
