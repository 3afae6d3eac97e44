//! `tjm theme` (being built).

use clap::Args;

use super::{Cli, Exit, Io};

/// Arguments of `tjm theme`.
#[derive(Debug, Args)]
pub struct ThemeArgs {}

pub(super) fn run(cli: &Cli, args: &ThemeArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let _ = (cli, args, io);
    anyhow::bail!("`tjm theme` is not built yet")
}
