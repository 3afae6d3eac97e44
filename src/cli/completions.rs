//! `tjm completions` (being built).

use clap::Args;

use super::{Cli, Exit, Io};

/// Arguments of `tjm completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {}

pub(super) fn run(cli: &Cli, args: &CompletionsArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let _ = (cli, args, io);
    anyhow::bail!("`tjm completions` is not built yet")
}
