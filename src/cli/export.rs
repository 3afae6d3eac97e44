//! `tjm export` (being built).

use clap::Args;

use super::{Cli, Exit, Io};

/// Arguments of `tjm export`.
#[derive(Debug, Args)]
pub struct ExportArgs {}

pub(super) fn run(cli: &Cli, args: &ExportArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let _ = (cli, args, io);
    anyhow::bail!("`tjm export` is not built yet")
}
