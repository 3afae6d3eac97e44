//! The watcher: which folders to watch for the files a rendering read (journeys, tjm.toml,
//! the theme), which file-system events concern them, and the debounce that turns the burst
//! of events of one save (write, rename, attribute change) into one re-render.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::event::{EventKind, MetadataKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

use super::render::{Inputs, Rendering};
use crate::config::CONFIG_FILE;

/// How long the files must be quiet after a change before rendering.
pub const QUIET: Duration = Duration::from_millis(120);
/// The longest a stream of changes delays a rendering.
const MAX_DELAY: Duration = Duration::from_secs(2);

/// What the watcher thread hears.
#[derive(Debug)]
pub enum Signal {
    /// A file-system event, or the watcher's error.
    Fs(notify::Result<notify::Event>),
    /// The server is stopping.
    Stop,
}

/// Which files in a folder count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// Journey files (and a tjm.toml among them).
    Journeys,
    /// One file of this name.
    File(PathBuf),
    /// Every file (a theme folder).
    Everything,
}

/// One folder to watch and what in it counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watch {
    /// The folder, absolute.
    pub dir: PathBuf,
    /// Its subfolders too.
    pub recursive: bool,
    /// What in it counts.
    pub filter: Filter,
}

/// The folders to watch for `inputs` after `rendering`: each journey folder with its
/// subfolders, the folder of each journey file, the folder of tjm.toml (or where a new one
/// would be found), and the theme.
pub fn watches(inputs: &Inputs, rendering: &Rendering) -> Vec<Watch> {
    let mut list = Vec::new();
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    let file_in_parent = |path: &Path| {
        let path = absolute(path);
        let name = PathBuf::from(path.file_name()?);
        Some(Watch {
            dir: path.parent()?.to_owned(),
            recursive: false,
            filter: Filter::File(name),
        })
    };
    for path in &inputs.paths {
        if path.is_dir() {
            list.push(Watch {
                dir: absolute(path),
                recursive: true,
                filter: Filter::Journeys,
            });
        } else {
            list.extend(file_in_parent(path));
        }
    }
    match &rendering.config_file {
        Some(file) => list.extend(file_in_parent(file)),
        // where a tjm.toml written now would be found: beside the first journey folder
        None => {
            if let Some(first) = inputs.paths.first() {
                let first = absolute(first);
                if let Some(parent) = first.parent() {
                    list.extend(file_in_parent(&parent.join(CONFIG_FILE)));
                }
            }
        }
    }
    if let Some(theme) = &rendering.theme_dir {
        list.push(Watch {
            dir: absolute(theme),
            recursive: true,
            filter: Filter::Everything,
        });
    }
    list
}

/// Does `event` touch a file a rendering reads?
pub fn is_relevant(watches: &[Watch], event: &notify::Event) -> bool {
    let changes = match event.kind {
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Any | EventKind::Other => true,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        EventKind::Modify(_) => true,
        // reading a file (tjm's own rendering does) changes nothing
        EventKind::Access(_) => false,
    };
    changes
        && event
            .paths
            .iter()
            .any(|path| watches.iter().any(|w| w.covers(path)))
}

impl Watch {
    fn covers(&self, path: &Path) -> bool {
        let inside = if self.recursive {
            path.starts_with(&self.dir)
        } else {
            path.parent() == Some(self.dir.as_path())
        };
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        // editors' swap and backup files
        let scratch = name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp");
        inside
            && !scratch
            && match &self.filter {
                Filter::File(file) => Path::new(name) == file,
                Filter::Everything => true,
                Filter::Journeys => {
                    name == CONFIG_FILE
                        || [".json", ".xlsx", ".ods", ".csv"]
                            .iter()
                            .any(|ext| name.to_ascii_lowercase().ends_with(ext))
                }
            }
    }
}

/// Waits for a change that concerns the report, then until the files have been quiet for
/// `quiet`: `true` to render, `false` to stop.
pub fn wait_for_change(signals: &Receiver<Signal>, watches: &[Watch], quiet: Duration) -> bool {
    loop {
        match signals.recv() {
            Ok(Signal::Fs(Ok(event))) if is_relevant(watches, &event) => break,
            Ok(Signal::Fs(_)) => {}
            Ok(Signal::Stop) | Err(_) => return false,
        }
    }
    let first = Instant::now();
    loop {
        match signals.recv_timeout(quiet) {
            Ok(Signal::Stop) => return false,
            Ok(Signal::Fs(_)) if first.elapsed() < MAX_DELAY => {}
            Ok(Signal::Fs(_)) | Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                return true;
            }
        }
    }
}

/// The folders watched now, kept in step with [`watches`] after every rendering.
pub struct Watcher {
    inner: RecommendedWatcher,
    active: Vec<(PathBuf, RecursiveMode)>,
}

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watcher")
            .field("active", &self.active)
            .finish()
    }
}

impl Watcher {
    /// A watcher that sends its events to `signals`.
    pub fn new(signals: Sender<Signal>) -> notify::Result<Watcher> {
        let inner = notify::recommended_watcher(move |event| {
            let _ = signals.send(Signal::Fs(event));
        })?;
        Ok(Watcher {
            inner,
            active: Vec::new(),
        })
    }

    /// Watches the folders of `watches` (a folder inside a watched tree only once) and no
    /// others; returns the folders that cannot be watched, with why.
    pub fn set(&mut self, watches: &[Watch]) -> Vec<(PathBuf, notify::Error)> {
        let mut wanted: Vec<(PathBuf, RecursiveMode)> = Vec::new();
        let mut sorted: Vec<&Watch> = watches.iter().collect();
        // trees first, so a folder inside one is seen as covered
        sorted.sort_by_key(|w| (!w.recursive, w.dir.components().count()));
        for watch in sorted {
            let covered = wanted.iter().any(|(dir, mode)| {
                (*mode == RecursiveMode::Recursive && watch.dir.starts_with(dir))
                    || (dir == &watch.dir && !watch.recursive)
            });
            if !covered && watch.dir.is_dir() {
                let mode = if watch.recursive {
                    RecursiveMode::Recursive
                } else {
                    RecursiveMode::NonRecursive
                };
                wanted.push((watch.dir.clone(), mode));
            }
        }
        for (dir, mode) in std::mem::take(&mut self.active) {
            if wanted.contains(&(dir.clone(), mode)) {
                self.active.push((dir, mode));
            } else {
                let _ = self.inner.unwatch(&dir);
            }
        }
        let mut failed = Vec::new();
        for (dir, mode) in wanted {
            if self.active.contains(&(dir.clone(), mode)) {
                continue;
            }
            match self.inner.watch(&dir, mode) {
                Ok(()) => self.active.push((dir, mode)),
                Err(error) => failed.push((dir, error)),
            }
        }
        failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, DataChange};
    use std::sync::mpsc;

    fn journeys() -> Vec<Watch> {
        vec![
            Watch {
                dir: PathBuf::from("/p/journeys"),
                recursive: true,
                filter: Filter::Journeys,
            },
            Watch {
                dir: PathBuf::from("/p"),
                recursive: false,
                filter: Filter::File(PathBuf::from(CONFIG_FILE)),
            },
        ]
    }

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn journey_files_and_tjm_toml_count_scratch_files_and_reads_do_not() {
        let w = journeys();
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Content));
        assert!(is_relevant(&w, &event(write, "/p/journeys/a.json")));
        assert!(is_relevant(&w, &event(write, "/p/journeys/sub/b.JSON")));
        assert!(is_relevant(
            &w,
            &event(EventKind::Create(CreateKind::File), "/p/tjm.toml")
        ));
        assert!(!is_relevant(&w, &event(write, "/p/journeys/.a.json.swp")));
        assert!(!is_relevant(&w, &event(write, "/p/journeys/notes.txt")));
        assert!(!is_relevant(&w, &event(write, "/p/other.json")));
        assert!(!is_relevant(&w, &event(write, "/p/sub/tjm.toml")));
        let read = EventKind::Access(AccessKind::Any);
        assert!(!is_relevant(&w, &event(read, "/p/journeys/a.json")));
    }

    #[test]
    fn a_burst_of_events_gives_one_rendering() {
        let (tx, rx) = mpsc::channel();
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Content));
        for _ in 0..5 {
            tx.send(Signal::Fs(Ok(event(write, "/p/journeys/a.json"))))
                .expect("open");
        }
        drop(tx);
        assert!(wait_for_change(&rx, &journeys(), QUIET));
        assert!(!wait_for_change(&rx, &journeys(), QUIET));
    }

    #[test]
    fn stop_ends_the_wait_even_mid_burst() {
        let (tx, rx) = mpsc::channel();
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Content));
        tx.send(Signal::Fs(Ok(event(write, "/p/journeys/a.json"))))
            .expect("open");
        tx.send(Signal::Stop).expect("open");
        assert!(!wait_for_change(&rx, &journeys(), QUIET));
    }
}
