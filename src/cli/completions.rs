//! `tjm completions <SHELL>`: shell completion scripts (clap_complete), and `tjm completions man`
//! for the man page (clap_mangen). Both are generated from the same clap definition as `--help`,
//! so they never drift from it.

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;

use super::{Cli, Exit, Io};

/// Arguments of `tjm completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  tjm completions bash > ~/.local/share/bash-completion/completions/tjm\n  tjm completions zsh > ~/.zfunc/_tjm\n  tjm completions fish > ~/.config/fish/completions/tjm.fish\n  tjm completions powershell >> $PROFILE\n  tjm completions man > ~/.local/share/man/man1/tjm.1"
)]
pub struct CompletionsArgs {
    /// The shell to complete for, or `man` for the man page (roff, section 1).
    #[arg(value_enum)]
    pub shell: Target,
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// Elvish.
    Elvish,
    /// The man page tjm(1), in roff.
    Man,
}

pub(super) fn run(_cli: &Cli, args: &CompletionsArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let mut command = <Cli as CommandFactory>::command();
    let mut buffer = Vec::new();
    let shell = match args.shell {
        Target::Man => {
            clap_mangen::Man::new(command).render(&mut buffer)?;
            io.out.write_all(&buffer)?;
            return Ok(Exit::Clean);
        }
        Target::Bash => Shell::Bash,
        Target::Zsh => Shell::Zsh,
        Target::Fish => Shell::Fish,
        Target::Powershell => Shell::PowerShell,
        Target::Elvish => Shell::Elvish,
    };
    clap_complete::generate(shell, &mut command, "tjm", &mut buffer);
    io.out.write_all(&buffer)?;
    Ok(Exit::Clean)
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::super::{Cli, Exit, Io, run};
    use crate::diagnostics::Style;

    fn generate(target: &str) -> String {
        let cli = Cli::try_parse_from(["tjm", "completions", target]).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut io = Io {
            out: &mut out,
            err: &mut err,
            style: Style::plain(),
        };
        assert_eq!(run(cli, &mut io), Exit::Clean);
        String::from_utf8(out).unwrap()
    }

    // Every shell's script knows the subcommands; bash and zsh also `new`'s kinds.
    #[test]
    fn every_shell_completes_subcommands() {
        for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
            let script = generate(shell);
            for word in ["check", "report", "export", "completions", "delimiter"] {
                assert!(script.contains(word), "{shell} lacks {word}");
            }
        }
        for shell in ["bash", "zsh"] {
            assert!(
                generate(shell).contains("new-tenant"),
                "{shell} lacks new-tenant"
            );
        }
        assert!(generate("bash").contains("complete -F _tjm"));
        assert!(generate("fish").contains("complete -c tjm"));
    }

    // The man page is roff for section 1 and lists the subcommands.
    #[test]
    fn man_page_is_roff() {
        let page = generate("man");
        assert!(page.contains(".TH tjm 1"), "{page}");
        assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
        assert!(page.contains("tjm\\-export"), "{page}");
    }
}
