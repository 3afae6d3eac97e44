//! `tjm serve`: the live preview. Starts the server of [`crate::serve`], prints its address
//! and what each rendering found, and stops it cleanly on Ctrl-C.

use std::path::PathBuf;
use std::sync::mpsc;

use clap::Args as ClapArgs;

use super::{Cli, Exit, Io, error_line};
use crate::config;
use crate::i18n::decide::{Scope, decide};
use crate::i18n::{Args, Locale, message};
use crate::output::terminal::{safe, safe_path};
use crate::serve::{self, Inputs, Notice, Options};

/// Arguments of `tjm serve`.
#[derive(Debug, ClapArgs)]
pub struct ServeArgs {
    /// Journey files or folders (searched for *.json).
    #[arg(default_value = "journeys")]
    pub paths: Vec<PathBuf>,
    /// Port on 127.0.0.1 (default: a free one the system chooses).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Theme folder overriding templates or the stylesheet (see `tjm theme init`).
    #[arg(long, value_name = "DIR")]
    pub theme: Option<PathBuf>,
}

/// What the command waits for.
enum Event {
    Notice(Notice),
    Interrupted,
}

pub(super) fn run(cli: &Cli, args: &ServeArgs, io: &mut Io<'_>) -> anyhow::Result<Exit> {
    // The terminal's language: `--lang`, else tjm.toml's when it reads (a broken one is
    // shown on the page, not here), else English.
    let config_lang = cli
        .config
        .clone()
        .or_else(|| args.paths.first().and_then(|p| config::discover(p)))
        .and_then(|path| config::load(&path).ok())
        .and_then(|config| config.lang);
    let locale = decide(cli.locale(), config_lang, Scope::Run(&[]));
    let options = Options {
        inputs: Inputs {
            paths: args.paths.clone(),
            config: cli.config.clone(),
            theme: args.theme.clone(),
            lang: cli.locale(),
        },
        port: args.port,
    };
    let (events, received) = mpsc::channel();
    let notices = events.clone();
    let on_notice = Box::new(move |notice| {
        let _ = notices.send(Event::Notice(notice));
    });
    let server = match serve::start(options, on_notice) {
        Ok(server) => server,
        Err(error) => {
            writeln!(io.err, "{}", error_line(locale, error.describe(locale)))?;
            return Ok(Exit::InvalidInput);
        }
    };
    // Without a handler (one was set already) Ctrl-C still ends the process, only less
    // politely: nothing is written to disk either way.
    let _ = ctrlc::set_handler(move || {
        let _ = events.send(Event::Interrupted);
    });
    let listening = Args::new().text("url", server.url());
    writeln!(io.out, "{}", message(locale, "serve-listening", &listening))?;
    for event in received {
        match event {
            Event::Notice(notice) => tell(io, locale, &notice)?,
            Event::Interrupted => break,
        }
    }
    server.stop();
    writeln!(io.out, "{}", message(locale, "serve-stopped", &Args::new()))?;
    Ok(Exit::Clean)
}

fn tell(io: &mut Io<'_>, locale: Locale, notice: &Notice) -> anyhow::Result<()> {
    match notice {
        Notice::Rendered { pages } => {
            let args = Args::new().count("pages", *pages);
            writeln!(io.out, "{}", message(locale, "serve-rendered", &args))?;
        }
        Notice::Broken {
            problems,
            last_good,
        } => {
            let args = Args::new()
                .count("problems", *problems)
                .key("last_good", if *last_good { "yes" } else { "no" });
            writeln!(io.out, "{}", message(locale, "serve-broken", &args))?;
        }
        Notice::Warning(warning) => {
            let args = Args::new().text("message", safe(warning));
            writeln!(io.err, "{}", message(locale, "cli-warning", &args))?;
        }
        Notice::NotWatched { dir, reason } => {
            let args = Args::new()
                .text("dir", safe_path(dir))
                .text("reason", safe(reason));
            let line = message(locale, "serve-not-watched", &args);
            writeln!(
                io.err,
                "{}",
                message(locale, "cli-warning", &Args::new().text("message", line))
            )?;
        }
    }
    Ok(())
}
