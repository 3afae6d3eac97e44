//! Never lose, leak or half-write a file (robustness issue, items 11–15 and 17): report
//! output that only replaces tjm's own files, capped page names, no half-written report,
//! private and cleaned-up temporary files, kept owners, hard links, edits saved during
//! `fmt`, a lock on the report folder, and the size cap while reading.

use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::support::{TjmTest, temp_files};

/// A small valid journey with `id`, not in tjm's canonical layout (so `fmt` rewrites it).
fn unformatted(id: &str) -> String {
    format!(
        r#"{{"touchpoints": [{{"id": "t", "stage": "s", "title": "T", "actor": "k"}}],
 "id": "{id}", "title": "J {id}", "stages": [{{"id": "s", "title": "S"}}],
 "actors": [{{"id": "k", "name": "K", "kind": "department"}}]}}"#
    )
}

/// Every file in `dir` with its bytes, sorted by name.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn age(path: &Path, by: Duration) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(SystemTime::now() - by)
        .unwrap();
}

// Item 11: `tjm report -o .` in a folder with the user's own index.html, rules.html and
// klacht.html writes nothing and names them; --force overwrites them.
#[test]
fn report_into_a_folder_of_user_files_is_refused() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    for name in ["index.html", "rules.html", "klacht.html", "notes.txt"] {
        test.write(name, format!("my own {name}"));
    }
    let before = snapshot(test.path());
    let run = test.run(&["report", "journeys", "-o", "."]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    for name in ["index.html", "rules.html", "klacht.html", "--force"] {
        assert!(run.stderr.contains(name), "{name}: {}", run.stderr);
    }
    assert!(!run.stderr.contains("notes.txt"), "{}", run.stderr);
    let after: Vec<_> = snapshot(test.path())
        .into_iter()
        .filter(|(name, _)| !name.starts_with(".tjm-report"))
        .collect();
    assert_eq!(after, before, "nothing may be written");

    let run = test.run(&["report", "journeys", "-o", ".", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(test.read("index.html").starts_with("<!DOCTYPE html>"));
    assert_eq!(test.read("notes.txt"), "my own notes.txt");
    // From now on the pages are tjm's: a second run needs no --force.
    let run = test.run(&["report", "journeys", "-o", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

// Item 11: a page of tjm's that the user edited since is not overwritten either.
#[test]
fn an_edited_page_is_not_overwritten() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    assert_eq!(test.run(&["report", "journeys", "-o", "out"]).code, 0);
    test.write("out/klacht.html", "my notes on the complaint journey");
    let run = test.run(&["report", "journeys", "-o", "out"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("klacht.html"), "{}", run.stderr);
    assert_eq!(
        test.read("out/klacht.html"),
        "my notes on the complaint journey"
    );
}

// Item 13: a 300-character id gives a page name within 255 bytes, the same on every run, and
// the index links to it.
#[test]
fn a_300_character_id_gets_a_short_stable_name() {
    let test = TjmTest::new();
    let id = "a".repeat(300);
    test.write("journeys/long.json", unformatted(&id));
    test.write(
        "journeys/long2.json",
        unformatted(&format!("{}b", "a".repeat(299))),
    );
    let names = |dir: &str| -> Vec<String> {
        let run = test.run(&["report", "journeys", "-o", dir]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        snapshot(&test.path().join(dir))
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| name.starts_with("aaa"))
            .collect()
    };
    let first = names("a");
    assert_eq!(first.len(), 2, "{first:?}");
    for name in &first {
        assert!(name.len() <= 255, "{} bytes", name.len());
        assert!(test.read("a/index.html").contains(name.as_str()), "{name}");
    }
    assert_eq!(names("b"), first);
}

// Item 13: when a page fails to render, the previous report stays exactly as it was and no
// temporary file is left.
#[test]
fn a_failure_part_way_keeps_the_previous_report() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    assert_eq!(test.run(&["report", "journeys", "-o", "out"]).code, 0);
    let before = snapshot(&test.path().join("out"));
    // A theme whose journey page fails for one journey only.
    test.write(
        "broken/journey.html",
        r#"{% extends "base.html" %}{% block main %}{% if journey.title is starting_with("Een klacht") %}{{ no_such_value.field }}{% endif %}{{ journey.title }}{% endblock main %}"#,
    );
    let run = test.run(&["report", "journeys", "-o", "out", "--theme", "broken"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("klacht"), "{}", run.stderr);
    assert_eq!(snapshot(&test.path().join("out")), before);
    assert!(temp_files(&test.path().join("out")).is_empty());
}

// Item 17: a second report into a locked folder waits for the first to finish.
#[test]
fn a_second_report_waits_for_the_lock() {
    let test = TjmTest::new();
    test.with_shipped_journeys();
    std::fs::create_dir(test.path().join("out")).unwrap();
    let lock = std::fs::File::create(test.path().join("out/.tjm-report.lock")).unwrap();
    lock.lock().unwrap();
    // The lock is held when tjm starts; it is let go while tjm waits.
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        drop(lock);
    });
    let run = test.run(&["report", "journeys", "-o", "out"]);
    holder.join().unwrap();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(test.read("out/index.html").starts_with("<!DOCTYPE html>"));
}

// Item 14: fmt keeps a private file private, lists stale temporary files with --check
// (leaving them), and removes only those (old, tjm's pattern) on a normal run.
#[cfg(unix)]
#[test]
fn fmt_keeps_modes_and_cleans_stale_temporary_files() {
    use std::os::unix::fs::PermissionsExt;
    let test = TjmTest::new();
    let journey = test.write("journeys/a.json", unformatted("a"));
    std::fs::set_permissions(&journey, std::fs::Permissions::from_mode(0o600)).unwrap();
    let stale = test.write("journeys/.tjm-Ab12cD.tmp", "{\"id\": \"half a journey");
    age(&stale, Duration::from_secs(3600));
    let young = test.write("journeys/.tjm-Xy34zW.tmp", "another run, still writing");
    let mine = test.write("journeys/.tjm-notes.tmp", "not tjm's pattern");
    age(&mine, Duration::from_secs(3600));

    let run = test.run(&["fmt", "--check", "journeys"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(".tjm-Ab12cD.tmp"), "{}", run.stderr);
    assert!(!run.stderr.contains(".tjm-notes.tmp"), "{}", run.stderr);
    assert!(stale.exists(), "--check changes nothing");

    let run = test.run(&["fmt", "journeys"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("removed"), "{}", run.stderr);
    assert!(!stale.exists());
    assert!(young.exists() && mine.exists());
    let mode = std::fs::metadata(&journey).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_ne!(
        test.read("journeys/a.json"),
        unformatted("a"),
        "was formatted"
    );
}

// Item 15: fmt run as root keeps a user's file theirs (uid and gid 1000).
#[cfg(unix)]
#[test]
fn fmt_keeps_owner_and_group() {
    use std::os::unix::fs::MetadataExt;
    let test = TjmTest::new();
    let journey = test.write("journeys/a.json", unformatted("a"));
    if std::os::unix::fs::chown(&journey, Some(1000), Some(1000)).is_err() {
        // Not root: only root can give a file away, so there is no owner to keep.
        return;
    }
    let run = test.run(&["fmt", "journeys"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let meta = std::fs::metadata(&journey).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (1000, 1000));
    assert_ne!(
        test.read("journeys/a.json"),
        unformatted("a"),
        "was formatted"
    );
}

// Item 15: a journey with a second name (hard link) is left as it is, with a message, and
// both names still share the old content.
#[cfg(unix)]
#[test]
fn fmt_refuses_hard_linked_files() {
    use std::os::unix::fs::MetadataExt;
    let test = TjmTest::new();
    let journey = test.write("journeys/a.json", unformatted("a"));
    let other = test.path().join("elsewhere.json");
    std::fs::hard_link(&journey, &other).unwrap();
    let run = test.run(&["fmt", "journeys"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("hard links"), "{}", run.stderr);
    assert_eq!(test.read("journeys/a.json"), unformatted("a"));
    assert_eq!(std::fs::metadata(&journey).unwrap().nlink(), 2);
}

// Item 12: the file changes between fmt's read and its rename (simulated at library level):
// the edit stays and the error says to run again.
#[test]
fn an_edit_saved_during_fmt_is_kept() {
    let test = TjmTest::new();
    let path = test.write("journeys/a.json", unformatted("a"));
    let read = std::fs::read(&path).unwrap();
    let staged = tjm::fsutil::stage(&path, b"formatted", tjm::fsutil::Overwrite::Replace).unwrap();
    std::fs::write(&path, "saved by the editor meanwhile").unwrap();
    let err = staged.commit(Some(&read)).unwrap_err();
    assert!(err.to_string().contains("run tjm again"), "{err}");
    assert_eq!(
        test.read("journeys/a.json"),
        "saved by the editor meanwhile"
    );
    assert!(temp_files(&test.path().join("journeys")).is_empty());
}

// Item 17: `tjm check /dev/zero` stops at the 16 MB cap instead of reading forever.
#[cfg(unix)]
#[test]
fn check_dev_zero_stops_at_the_cap() {
    let test = TjmTest::new();
    let run = test.run(&["check", "/dev/zero"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("16 MB"), "{}", run.stderr);
}

// Streaming: the written pages are byte for byte the rendered ones.
#[test]
fn written_pages_equal_rendered_pages() {
    use tjm::report::{ReportOptions, render_pages, templates::Theme, write_report};
    let test = TjmTest::new();
    let journeys = test.with_shipped_journeys();
    let project = tjm::project::Project::open(&[journeys], &Default::default(), None);
    let options = ReportOptions {
        out_dir: test.path().join("out"),
        ..ReportOptions::default()
    };
    let written = write_report(&project, &options).unwrap();
    let pages = render_pages(&project, &options, &Theme::builtin()).unwrap();
    assert_eq!(written.files.len(), pages.len());
    assert_eq!(written.files.last().unwrap(), Path::new("index.html"));
    for (name, html) in pages {
        assert!(
            std::fs::read(test.path().join("out").join(&name)).unwrap() == html.as_bytes(),
            "{name}"
        );
    }
}
