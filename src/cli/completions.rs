//! `tjm completions <SHELL>`: shell completion scripts (clap_complete), and `tjm completions man`
//! for the man page (clap_mangen). Both are generated from the same clap definition as `--help`,
//! so they never drift from it.

use std::path::{Path, PathBuf};

use clap::builder::PossibleValuesParser;
use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;
use roff::{Roff, bold, roman};

use super::{Cli, Exit, Io};
use crate::fsutil::{Overwrite, write_atomic};
use crate::i18n::{Args as MessageArgs, message};
use crate::output::terminal::safe_path;
use crate::rules::RULES;

/// Arguments of `tjm completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  tjm completions bash > ~/.local/share/bash-completion/completions/tjm\n  tjm completions zsh > ~/.zfunc/_tjm\n  tjm completions fish > ~/.config/fish/completions/tjm.fish\n  tjm completions powershell >> $PROFILE\n  tjm completions man > ~/.local/share/man/man1/tjm.1\n  tjm completions man --dir ~/.local/share/man/man1"
)]
pub struct CompletionsArgs {
    /// The shell to complete for, or `man` for the man page (roff, section 1).
    #[arg(value_enum)]
    pub shell: Target,
    /// With `man`: write tjm.1 and a page per command (tjm-check.1, …) into this folder.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
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

pub(super) fn run(cli: &Cli, args: &CompletionsArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    let mut command = command();
    let mut buffer = Vec::new();
    if args.dir.is_some() && args.shell != Target::Man {
        let locale = cli.locale().unwrap_or_default();
        let error = crate::i18n::text(locale, "completions-dir-man-only");
        writeln!(io.err, "{}", super::error_line(locale, error))?;
        return Ok(Exit::InvalidInput);
    }
    let shell = match args.shell {
        Target::Man => return man(cli, args.dir.as_deref(), command, io),
        Target::Bash => Shell::Bash,
        Target::Zsh => Shell::Zsh,
        Target::Fish => Shell::Fish,
        Target::Powershell => Shell::PowerShell,
        Target::Elvish => Shell::Elvish,
    };
    clap_complete::generate(shell, &mut command, "tjm", &mut buffer);
    if shell == Shell::Fish {
        // clap_complete leaves positional values out of fish scripts: add the rule names.
        let names: Vec<&str> = RULES.iter().map(|rule| rule.name()).collect();
        let line = format!(
            "complete -c tjm -n \"__fish_tjm_using_subcommand rules\" -f -a \"{}\"\n",
            names.join(" ")
        );
        buffer.extend(line.into_bytes());
    }
    io.out.write_all(&buffer)?;
    Ok(Exit::Clean)
}

/// The command line as scripts and man pages describe it: `tjm rules` completes rule names
/// (the parser itself takes any text, so a typo still gets a did-you-mean), and the man page's
/// NAME line is "tjm - the tenant journey mapper", not the `--help` title repeated.
fn command() -> clap::Command {
    let names: Vec<&'static str> = RULES.iter().map(|rule| rule.name()).collect();
    let command = <Cli as CommandFactory>::command();
    // `--help` opens with "tjm — the tenant journey mapper."; man's NAME line adds "tjm - " itself.
    let about = command
        .get_about()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let about = match about.split_once(" — ") {
        Some((_, rest)) => rest.trim_end_matches('.').to_owned(),
        None => about,
    };
    command.about(about).mut_subcommand("rules", |rules| {
        rules.mut_arg("rule", |arg| {
            arg.value_parser(PossibleValuesParser::new(names))
        })
    })
}

/// `tjm completions man`: tjm(1) on stdout, naming the commands without pages to refer to;
/// with `--dir`, tjm.1 and tjm-<command>.1 for every command, which tjm.1 refers to.
fn man(
    cli: &Cli,
    dir: Option<&Path>,
    command: clap::Command,
    io: &mut Io<'_>,
) -> anyhow::Result<Exit> {
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let Some(dir) = dir else {
        io.out.write_all(&page(&command, false)?)?;
        return Ok(Exit::Clean);
    };
    let locale = cli.locale().unwrap_or_default();
    let mut pages = vec![("tjm.1".to_owned(), page(&command, true)?)];
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages.push((format!("tjm-{}.1", sub.get_name()), page(sub, true)?));
    }
    for (name, text) in &pages {
        let path = dir.join(name);
        // Never replace a file that is not one of tjm's own man pages.
        if let Ok(existing) = std::fs::read(&path) {
            if !is_ours(&existing) {
                let args = MessageArgs::new().text("path", safe_path(&path));
                let error = message(locale, "completions-not-ours", &args);
                writeln!(io.err, "{}", super::error_line(locale, error))?;
                return Ok(Exit::InvalidInput);
            }
        }
        write_atomic(&path, text, Overwrite::Replace)?;
    }
    let args = MessageArgs::new()
        .count("count", pages.len())
        .text("dir", safe_path(dir));
    writeln!(io.err, "{}", message(locale, "completions-wrote", &args))?;
    Ok(Exit::Clean)
}

/// A man page tjm wrote: its title line names tjm.
fn is_ours(text: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&text[..text.len().min(400)]);
    head.lines().any(|line| line.starts_with(".TH tjm"))
}

/// One page: clap_mangen's sections, then the command's own after-help blocks ("Exit
/// status:", "Examples:") as sections of their own, so EXIT STATUS is where man readers look.
fn page(command: &clap::Command, references: bool) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(command.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        if references {
            man.render_subcommands_section(&mut out)?;
        } else {
            out.extend(commands_section(command).into_bytes());
        }
    }
    if let Some(after) = command.get_after_help() {
        out.extend(after_help_sections(&after.to_string()).into_bytes());
    }
    if command.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    Ok(out)
}

/// The commands by name ("tjm check"), for a page printed alone: no tjm-check(1) to point at.
fn commands_section(command: &clap::Command) -> String {
    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        roff.control("TP", []);
        roff.text([bold(format!("tjm {}", sub.get_name()))]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
    }
    roff.render()
}

/// "Exit status:" and "Examples:" blocks of an after-help as man sections: a block whose
/// first line ends in a colon is a section named by it; exit codes become a list.
fn after_help_sections(after: &str) -> String {
    let mut roff = Roff::new();
    for block in after.split("\n\n") {
        let mut lines = block.lines();
        let Some(first) = lines.next() else { continue };
        let Some(heading) = first.strip_suffix(':') else {
            roff.control("SH", ["EXTRA"]);
            roff.text([roman(block)]);
            continue;
        };
        // "Exit status (as diff(1))": the heading is the words before the brackets.
        let (heading, note) = match heading.split_once(" (") {
            Some((words, note)) => (words, Some(note.trim_end_matches(')'))),
            None => (heading, None),
        };
        let heading = heading.to_uppercase();
        roff.control("SH", [heading.as_str()]);
        if let Some(note) = note {
            roff.text([roman(note)]);
        }
        if heading.starts_with("EXIT") {
            for line in lines {
                let line = line.trim();
                let (code, text) = line.split_once(' ').unwrap_or((line, ""));
                roff.control("TP", []);
                roff.text([bold(code)]);
                roff.text([roman(text.trim())]);
            }
        } else {
            roff.control("nf", []);
            for line in lines {
                roff.text([roman(line)]);
            }
            roff.control("fi", []);
        }
    }
    roff.render()
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
            ends_process: false,
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

    // The man page is roff for section 1: "tjm - the tenant journey mapper", the commands
    // by name (no tjm-check(1) page to point at when printed alone) and the exit codes.
    #[test]
    fn man_page_is_roff() {
        let page = generate("man");
        assert!(page.contains(".TH tjm 1"), "{page}");
        assert!(page.contains("tjm \\- the tenant journey mapper"), "{page}");
        assert!(!page.contains("tjm \\- tjm"), "{page}");
        assert!(page.contains(".SH COMMANDS"), "{page}");
        assert!(page.contains("\\fBtjm export\\fR"), "{page}");
        assert!(!page.contains("tjm\\-check(1)"), "{page}");
        assert!(
            page.contains(".SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR\nno error\\-level findings"),
            "{page}"
        );
        assert!(page.contains(".TP\n\\fB2\\fR\ninvalid input"), "{page}");
        assert!(page.contains(".SH EXAMPLES\n.nf\n"), "{page}");
        assert!(!page.contains(".SH EXTRA"), "{page}");
    }

    // The shells complete rule names after `tjm rules`.
    #[test]
    fn scripts_complete_rule_names() {
        for shell in ["bash", "zsh", "fish"] {
            let script = generate(shell);
            for name in ["missed-milestone", "pillar-to-post", "unused-silence"] {
                assert!(script.contains(name), "{shell} lacks {name}");
            }
        }
    }

    // Roff requests and escapes in after-help text are neutralised.
    #[test]
    fn roff_text_is_escaped() {
        let roff = super::after_help_sections("Examples:\n.TH x\n\\fB -q");
        assert!(roff.contains("\\&.TH x"), "{roff}");
        assert!(roff.contains("\\\\fB \\-q"), "{roff}");
    }
}
