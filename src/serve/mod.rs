//! `tjm serve`: a live preview of the report on 127.0.0.1. The report is rendered into
//! memory exactly as `tjm report` renders it (nothing is written, so nothing is left
//! behind), served by a small blocking HTTP server, and rendered again when a journey file,
//! tjm.toml or the theme changes; open pages then reload through server-sent events.
//!
//! - [`render`]: the files on disk → the pages, or the problems that keep them from loading.
//! - [`site`]: what is shown now: the last good report, the latest problems, the generation.
//! - [`problems`]: the page shown instead of the report while a file does not load.
//! - [`live`]: the reload script a served page gets, and its Content-Security-Policy.
//! - [`events`]: the event streams of the open pages.
//! - [`watch`]: which changes count, and the debounce (one save, one rendering).
//! - [`http`]: addresses → pages; only GET and HEAD, nothing outside the report.

pub mod events;
pub mod http;
pub mod live;
pub mod problems;
pub mod render;
pub mod site;
pub mod watch;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use events::Broadcaster;
use http::Route;
pub use render::Inputs;
use site::State;
use watch::{Signal, Watcher};

use crate::i18n::Locale;

/// How to serve.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// What to render.
    pub inputs: Inputs,
    /// The port on 127.0.0.1; 0 lets the system choose a free one.
    pub port: u16,
}

/// What happened, for whoever started the server to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A rendering loaded: the report has this many pages.
    Rendered {
        /// Pages in the report.
        pages: usize,
    },
    /// A rendering did not load; the page shows its problems.
    Broken {
        /// How many problems.
        problems: usize,
        /// Whether an earlier good report is still served under `last-good/`.
        last_good: bool,
    },
    /// A warning about the theme.
    Warning(String),
    /// A folder cannot be watched: changes in it are not seen.
    NotWatched {
        /// The folder.
        dir: PathBuf,
        /// Why.
        reason: String,
    },
}

/// Starting the server failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The address cannot be listened on (the port is taken, or not allowed).
    #[error("{}", self.describe(Locale::En))]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// The system's reason.
        reason: String,
    },
    /// The system's file watching cannot be started.
    #[error("{}", self.describe(Locale::En))]
    Watch {
        /// The reason.
        reason: String,
    },
}

impl Error {
    /// The error in `locale`.
    pub fn describe(&self, locale: Locale) -> String {
        use crate::i18n::{Args, message};
        match self {
            Error::Listen { addr, reason } => message(
                locale,
                "serve-cannot-listen",
                &Args::new()
                    .text("address", addr.to_string())
                    .text("reason", reason.as_str()),
            ),
            Error::Watch { reason } => message(
                locale,
                "serve-cannot-watch",
                &Args::new().text("reason", reason.as_str()),
            ),
        }
    }
}

/// Called with every [`Notice`], from the server's threads.
pub type OnNotice = Box<dyn Fn(Notice) + Send + Sync>;

/// A running server; [`Server::stop`] ends it.
pub struct Server {
    addr: SocketAddr,
    http: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
    broadcaster: Arc<Broadcaster>,
    signals: Sender<Signal>,
    threads: Vec<JoinHandle<()>>,
    streams: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.addr).finish()
    }
}

/// Renders the report once, starts serving it and watching its files. Returns when the
/// first rendering is served, so the address answers at once.
pub fn start(options: Options, on_notice: OnNotice) -> Result<Server, Error> {
    let on_notice: Arc<OnNotice> = Arc::new(on_notice);
    let locale = options.inputs.lang.unwrap_or_default();
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, options.port));
    let http = tiny_http::Server::http(addr).map_err(|error| Error::Listen {
        addr,
        reason: error.to_string(),
    })?;
    let addr = http.server_addr().to_ip().unwrap_or(addr);
    let http = Arc::new(http);

    let (signals, received) = mpsc::channel();
    let mut watcher = Watcher::new(signals.clone()).map_err(|error| Error::Watch {
        reason: error.to_string(),
    })?;
    let state = Arc::new(State::default());
    let inputs = options.inputs;
    let first = render::render(&inputs);
    let mut watches = watch::watches(&inputs, &first);
    tell(&on_notice, &watcher.set(&watches));
    let generation = apply(&state, first, &on_notice);
    let broadcaster = Arc::new(Broadcaster::new(generation));

    let renderer = {
        let state = Arc::clone(&state);
        let broadcaster = Arc::clone(&broadcaster);
        let on_notice = Arc::clone(&on_notice);
        std::thread::spawn(move || {
            while watch::wait_for_change(&received, &watches, watch::QUIET) {
                let rendering = render::render(&inputs);
                let next = watch::watches(&inputs, &rendering);
                if next != watches {
                    tell(&on_notice, &watcher.set(&next));
                    watches = next;
                }
                broadcaster.publish(apply(&state, rendering, &on_notice));
            }
            drop(watcher);
        })
    };

    let stopping = Arc::new(AtomicBool::new(false));
    let streams = Arc::new(Mutex::new(Vec::new()));
    let server = {
        let http = Arc::clone(&http);
        let stopping = Arc::clone(&stopping);
        let broadcaster = Arc::clone(&broadcaster);
        let streams = Arc::clone(&streams);
        std::thread::spawn(move || {
            loop {
                match http.recv() {
                    Ok(request) => handle(request, &state, &broadcaster, &streams, locale),
                    Err(_) if stopping.load(Ordering::SeqCst) => break,
                    Err(_) => {}
                }
            }
        })
    };
    Ok(Server {
        addr,
        http,
        stopping,
        broadcaster,
        signals,
        threads: vec![renderer, server],
        streams,
    })
}

impl Server {
    /// The address served on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The report's address, to print and open.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops serving and watching, ends the event streams and waits for every thread.
    pub fn stop(mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.http.unblock();
        let _ = self.signals.send(Signal::Stop);
        self.broadcaster.close();
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
        let streams = std::mem::take(&mut *self.streams.lock().unwrap_or_else(|p| p.into_inner()));
        for stream in streams {
            let _ = stream.join();
        }
    }
}

/// Takes in a rendering, tells the user, and returns its generation.
fn apply(state: &State, rendering: render::Rendering, on_notice: &OnNotice) -> u64 {
    for warning in &rendering.warnings {
        on_notice(Notice::Warning(warning.clone()));
    }
    let notice = match &rendering.result {
        Ok(site) => Notice::Rendered {
            pages: site.pages.len(),
        },
        Err(broken) => Notice::Broken {
            problems: broken.diagnostics.len(),
            last_good: state.get().good.is_some(),
        },
    };
    let generation = state.update(rendering.result);
    on_notice(notice);
    generation
}

fn tell(on_notice: &OnNotice, failed: &[(PathBuf, notify::Error)]) {
    for (dir, error) in failed {
        on_notice(Notice::NotWatched {
            dir: dir.clone(),
            reason: error.to_string(),
        });
    }
}

/// Answers one request; an event stream gets a thread of its own.
fn handle(
    request: tiny_http::Request,
    state: &State,
    broadcaster: &Broadcaster,
    streams: &Mutex<Vec<JoinHandle<()>>>,
    locale: Locale,
) {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_owned());
    let route = http::route(request.method(), request.url(), host.as_deref());
    if route != Route::Events {
        http::send(request, http::answer(&route, &state.get(), locale));
        return;
    }
    let Some(events) = broadcaster.subscribe() else {
        http::send(request, http::busy(locale));
        return;
    };
    let thread = std::thread::spawn(move || {
        let mut out = request.into_writer();
        // a page that went away ends its stream
        let _ = events::stream(&mut out, &events);
    });
    let mut streams = streams.lock().unwrap_or_else(|p| p.into_inner());
    streams.retain(|s| !s.is_finished());
    streams.push(thread);
}
