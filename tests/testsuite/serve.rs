//! `tjm serve` through a real HTTP client (std's TcpStream speaking HTTP/1.1) against the
//! server on an ephemeral loopback port: pages, refusals, the reload stream after a save,
//! the problems page with the last good report, and a clean stop of the real process.
//! Nothing waits on a clock: each step waits for the server's own event, with a generous
//! read timeout only so a broken server fails the test instead of hanging it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

use tjm::i18n::Locale;
use tjm::serve::{self, Inputs, Options, Server};

use crate::support::{TjmTest, fixture};

/// How long a read may block before the test gives up on the server.
const GIVE_UP: Duration = Duration::from_secs(120);

/// One response: status, head, body.
struct Response {
    status: u16,
    head: String,
    body: String,
}

/// Sends `request_line` (e.g. `GET / HTTP/1.1`) and reads the whole answer.
fn request(addr: SocketAddr, request_line: &str) -> Response {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(GIVE_UP)).expect("timeout");
    write!(
        stream,
        "{request_line}\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
        addr.port()
    )
    .expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let raw = String::from_utf8(raw).expect("utf-8");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    Response {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

fn get(addr: SocketAddr, path: &str) -> Response {
    request(addr, &format!("GET {path} HTTP/1.1"))
}

/// An open event stream.
struct Events(BufReader<TcpStream>);

impl Events {
    fn open(addr: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(addr).expect("connect");
        stream.set_read_timeout(Some(GIVE_UP)).expect("timeout");
        write!(
            stream,
            "GET /_tjm/events HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
            addr.port()
        )
        .expect("send");
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).expect("status line");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        Events(reader)
    }

    /// The generation of the next `reload` event.
    fn next_reload(&mut self) -> u64 {
        let mut event = String::new();
        loop {
            let mut line = String::new();
            let read = self
                .0
                .read_line(&mut line)
                .expect("an event before the timeout");
            assert!(read > 0, "the stream ended");
            let line = line.trim_end();
            if let Some(name) = line.strip_prefix("event: ") {
                event = name.to_owned();
            } else if let Some(data) = line.strip_prefix("data: ") {
                if event == "reload" {
                    return data.parse().expect("a generation");
                }
            }
        }
    }
}

/// A server on an ephemeral port over a copy of the small repair journey.
fn start(test: &TjmTest) -> Server {
    start_in(test, None)
}

/// [`start`], with `--lang`.
fn start_in(test: &TjmTest, lang: Option<Locale>) -> Server {
    let journeys = test.path().join("journeys");
    std::fs::create_dir_all(&journeys).expect("folder");
    std::fs::copy(fixture("serve/lekkage.json"), journeys.join("lekkage.json")).expect("copy");
    let options = Options {
        inputs: Inputs {
            paths: vec![journeys],
            lang,
            ..Inputs::default()
        },
        port: 0,
    };
    serve::start(options, Box::new(|_| {})).expect("the server starts")
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn serves_the_report_and_nothing_else() {
    let test = TjmTest::new();
    let server = start(&test);
    let addr = server.addr();
    assert!(addr.ip().is_loopback(), "{addr}");

    let index = get(addr, "/");
    assert_eq!(index.status, 200, "{}", index.head);
    assert!(
        index.head.contains("text/html; charset=utf-8"),
        "{}",
        index.head
    );
    assert!(
        index.body.contains("Een lekkage melden"),
        "the index lists the journey"
    );
    // the reload script, allowed by the page's policy
    assert!(index.body.contains("<script>"));
    assert!(index.body.contains("script-src 'sha256-"));
    assert!(index.body.contains("connect-src 'self'"));

    let page = get(addr, "/lekkage.html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Huurder belt"));
    assert_eq!(get(addr, "/rules.html").status, 200);
    assert_eq!(get(addr, "/last-good/lekkage.html").status, 200);

    for outside in [
        "/journeys/lekkage.json",
        "/lekkage.json",
        "/Cargo.toml",
        "/x/index.html",
    ] {
        assert_eq!(get(addr, outside).status, 404, "{outside}");
    }
    for traversal in [
        "/../journeys/lekkage.json",
        "/%2e%2e/journeys/lekkage.json",
        "/last-good/%2E%2E%2Findex.html",
        "/..%5cindex.html",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    ] {
        assert_eq!(get(addr, traversal).status, 400, "{traversal}");
    }
    let post = request(addr, "POST / HTTP/1.1");
    assert_eq!(post.status, 405);
    assert!(post.head.contains("Allow: GET, HEAD"), "{}", post.head);
    let head = request(addr, "HEAD / HTTP/1.1");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "HEAD has no body");
    server.stop();
    // nothing was written beside the journeys
    let files: Vec<_> = std::fs::read_dir(test.path().join("journeys"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(files, ["lekkage.json"]);
}

#[test]
fn a_save_re_renders_and_announces_a_reload() {
    let test = TjmTest::new();
    let server = start(&test);
    let addr = server.addr();
    let mut events = Events::open(addr);
    let first = events.next_reload();
    edit(
        &test.path().join("journeys/lekkage.json"),
        "\"Huurder belt\"",
        "\"Huurder belt in paniek\"",
    );
    let next = events.next_reload();
    assert!(next > first, "{next} after {first}");
    let page = get(addr, "/lekkage.html");
    assert!(
        page.body.contains("Huurder belt in paniek"),
        "the page shows the saved title"
    );
    // the page says which rendering it shows, so the script reloads only for a newer one
    assert!(
        page.body.contains(&format!("content=\"{next}\"")),
        "the page carries its generation"
    );
    server.stop();
}

#[test]
fn a_broken_file_shows_its_problems_and_keeps_the_last_good_report() {
    let test = TjmTest::new();
    let server = start_in(&test, Some(Locale::Nl));
    let addr = server.addr();
    let mut events = Events::open(addr);
    events.next_reload();
    let file = test.path().join("journeys/lekkage.json");
    edit(&file, "\"id\": \"lekkage\",", "\"id\": \"lekkage\",,");
    events.next_reload();

    let top = get(addr, "/");
    assert_eq!(top.status, 200);
    assert!(
        top.body.contains("Niet elk klantreisbestand laadt"),
        "{}",
        top.body
    );
    assert!(
        top.body.contains("<html lang=\"nl\">"),
        "in the user's language"
    );
    assert!(
        top.body.contains("lekkage.json"),
        "the problem names the file"
    );
    assert!(
        top.body.contains("<pre class=\"diagnostic\">"),
        "{}",
        top.body
    );
    assert!(
        top.body.contains("last-good&#x2F;index.html"),
        "a link to the last good version"
    );
    let journey = get(addr, "/lekkage.html");
    assert!(
        !journey.body.contains("Huurder belt"),
        "the journey page shows the problems too"
    );
    assert!(journey.body.contains("last-good&#x2F;lekkage.html"));

    let last_good = get(addr, "/last-good/lekkage.html");
    assert_eq!(last_good.status, 200);
    assert!(
        last_good.body.contains("Huurder belt"),
        "the last good page is still there"
    );

    edit(&file, "\"id\": \"lekkage\",,", "\"id\": \"lekkage\",");
    events.next_reload();
    assert!(
        get(addr, "/lekkage.html").body.contains("Huurder belt"),
        "the report is back"
    );
    server.stop();
}

#[cfg(unix)]
#[test]
fn the_process_prints_its_address_and_stops_cleanly_on_ctrl_c() {
    use std::process::{Command, Stdio};

    let test = TjmTest::new();
    test.copy_fixture("serve/lekkage.json", "journeys/lekkage.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tjm"))
        .args(["serve", "journeys", "--lang", "en"])
        .current_dir(test.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("tjm starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("the first line");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let addr: SocketAddr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .expect("an address");
    assert_eq!(get(addr, "/").status, 200);
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    // the rest of what it printed ends with the stop line; then it exits 0
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("the rest");
    let exit = child.wait().expect("it exits");
    assert_eq!(exit.code(), Some(0), "{rest}");
    assert!(
        rest.trim_end().ends_with("stopped; nothing was written"),
        "{rest}"
    );
    let files: Vec<_> = std::fs::read_dir(test.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(files, ["journeys"], "no report, no temporary files");
}

#[test]
fn a_new_tjm_toml_beside_the_journeys_is_followed() {
    let test = TjmTest::new();
    let server = start(&test);
    let addr = server.addr();
    let mut events = Events::open(addr);
    events.next_reload();
    // the journey is Dutch, so the report is, until tjm.toml says otherwise
    assert!(get(addr, "/").body.contains("<html lang=\"nl\">"));
    test.write("tjm.toml", "lang = \"en\"\n");
    events.next_reload();
    assert!(
        get(addr, "/").body.contains("<html lang=\"en\">"),
        "the new setting is used"
    );
    server.stop();
}
