//! The server-sent-events broadcaster: every open page holds one stream, and each new
//! rendering is announced on all of them at once. A stream hears the current rendering as
//! soon as it connects, then every later one.

use std::io::Write;
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// How often an idle stream sends a comment, so a closed tab is noticed and its thread ends.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The most streams open at once; a further page gets "busy" and its browser retries.
pub const MAX_STREAMS: usize = 64;

/// Announces renderings to every subscribed stream.
#[derive(Debug, Default)]
pub struct Broadcaster {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    generation: u64,
    subscribers: Vec<Sender<u64>>,
    closed: bool,
}

impl Broadcaster {
    /// A broadcaster whose current rendering is `generation`.
    pub fn new(generation: u64) -> Broadcaster {
        Broadcaster {
            inner: Mutex::new(Inner {
                generation,
                ..Inner::default()
            }),
        }
    }

    /// A new stream's receiver, already holding the current rendering; `None` when the
    /// broadcaster is closed or full.
    pub fn subscribe(&self) -> Option<Receiver<u64>> {
        let mut inner = self.lock();
        if inner.subscribers.len() >= MAX_STREAMS {
            // Make room from pages that have gone. Hearing the current rendering again is
            // harmless: a page reloads only for a rendering other than its own.
            let generation = inner.generation;
            inner.subscribers.retain(|s| s.send(generation).is_ok());
        }
        if inner.closed || inner.subscribers.len() >= MAX_STREAMS {
            return None;
        }
        let (tx, rx) = mpsc::channel();
        // cannot fail: `rx` is alive
        let _ = tx.send(inner.generation);
        inner.subscribers.push(tx);
        Some(rx)
    }

    /// Announces `generation` on every stream; streams whose page has gone are dropped.
    pub fn publish(&self, generation: u64) {
        let mut inner = self.lock();
        inner.generation = generation;
        inner.subscribers.retain(|s| s.send(generation).is_ok());
    }

    /// Ends every stream and refuses new ones: the server is stopping.
    pub fn close(&self) {
        let mut inner = self.lock();
        inner.closed = true;
        inner.subscribers.clear();
    }

    /// The streams open now.
    pub fn streams(&self) -> usize {
        self.lock().subscribers.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // a panic while holding the lock leaves plain data behind: keep serving
        self.inner
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

/// Writes the event stream to `out` until the broadcaster closes or the page goes away:
/// the response head, then one `reload` event per rendering and a comment when idle.
pub fn stream(out: &mut dyn Write, events: &Receiver<u64>) -> std::io::Result<()> {
    out.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\nretry: 1000\n\n",
    )?;
    out.flush()?;
    loop {
        match events.recv_timeout(KEEP_ALIVE) {
            Ok(generation) => write!(out, "event: reload\ndata: {generation}\n\n")?,
            Err(RecvTimeoutError::Timeout) => out.write_all(b": keep-alive\n\n")?,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_hears_the_current_rendering_then_each_new_one() {
        let broadcaster = Broadcaster::new(3);
        let rx = broadcaster.subscribe().expect("open");
        broadcaster.publish(4);
        broadcaster.close();
        let mut out = Vec::new();
        stream(&mut out, &rx).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        let body = text.split("\r\n\r\n").nth(1).expect("body");
        assert_eq!(
            body,
            "retry: 1000\n\nevent: reload\ndata: 3\n\nevent: reload\ndata: 4\n\n"
        );
        assert!(text.starts_with("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"));
    }

    #[test]
    fn a_closed_broadcaster_takes_no_streams_and_forgets_gone_ones() {
        let broadcaster = Broadcaster::new(1);
        let gone = broadcaster.subscribe().expect("open");
        drop(gone);
        broadcaster.publish(2);
        assert_eq!(broadcaster.streams(), 0);
        broadcaster.close();
        assert!(broadcaster.subscribe().is_none());
    }
}
