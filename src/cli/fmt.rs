//! `tjm fmt` (being built).

use clap::Args;

use super::{Cli, Exit, Io};

/// Arguments of `tjm fmt`.
#[derive(Debug, Args)]
pub struct FmtArgs {}

pub(super) fn run(cli: &Cli, args: &FmtArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let _ = (cli, args, io);
    anyhow::bail!("`tjm fmt` is not built yet")
}
