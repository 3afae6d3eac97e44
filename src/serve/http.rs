//! The HTTP side: which address means which page, and the answers. Only GET and HEAD, only
//! the report's own pages (no file is ever read from disk here, so no path can reach one),
//! only for requests addressed to the loopback names (a web page elsewhere cannot reach the
//! preview through a name that points at 127.0.0.1).

use std::io::Cursor;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::live::EVENTS_PATH;
use super::site::{LAST_GOOD, Page, Shown};
use crate::i18n::{Locale, text};

/// What a request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A page of the report (or the problems in its place).
    Current(String),
    /// A page of the last good report.
    LastGood(String),
    /// The event stream.
    Events,
    /// Nothing served here.
    NotFound,
    /// A path that tries to leave the report (`..`, `\`, encoded forms) or does not decode.
    Refused,
    /// Neither GET nor HEAD.
    Method,
    /// Addressed to a name other than the loopback ones.
    Host,
}

/// The route for a request line and its `Host` header.
pub fn route(method: &Method, url: &str, host: Option<&str>) -> Route {
    if !matches!(method, Method::Get | Method::Head) {
        return Route::Method;
    }
    if !host.is_none_or(is_loopback_host) {
        return Route::Host;
    }
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let Some(path) = percent_decode(path) else {
        return Route::Refused;
    };
    if !path.starts_with('/')
        || path.contains(['\\', '\0'])
        || path
            .split('/')
            .any(|segment| segment == ".." || segment == ".")
    {
        return Route::Refused;
    }
    if path == EVENTS_PATH {
        return Route::Events;
    }
    let rest = &path[1..];
    let (last_good, name) = match rest.split_once('/') {
        Some((LAST_GOOD, name)) => (true, name),
        Some(_) => return Route::NotFound,
        // without the slash its pages' links would lead out of the last good version
        None if rest == LAST_GOOD => return Route::NotFound,
        None => (false, rest),
    };
    let name = if name.is_empty() { "index.html" } else { name };
    if name.contains('/') || !name.ends_with(".html") {
        return Route::NotFound;
    }
    if last_good {
        Route::LastGood(name.to_owned())
    } else {
        Route::Current(name.to_owned())
    }
}

/// `Host` names the preview answers to: 127.0.0.1, localhost and [::1], any port.
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or_default()
    } else {
        host.split(':').next().unwrap_or_default()
    };
    matches!(
        name.to_ascii_lowercase().as_str(),
        "127.0.0.1" | "localhost" | "::1"
    )
}

/// `%XX` decoded; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The answer to a page route (anything but the event stream) in the state `shown`;
/// `locale` words the short error answers.
pub fn answer(route: &Route, shown: &Shown, locale: Locale) -> Response<Cursor<Vec<u8>>> {
    let page = match route {
        Route::Current(name) => shown.current(name),
        Route::LastGood(name) => shown.last_good(name),
        Route::Events | Route::NotFound => Page::Missing,
        Route::Refused => return plain(400, text(locale, "serve-refused")),
        Route::Method => {
            return plain(405, text(locale, "serve-method"))
                .with_header(header("Allow", "GET, HEAD"));
        }
        Route::Host => return plain(403, text(locale, "serve-host")),
    };
    match page {
        Page::Html(html) => respond(200, "text/html; charset=utf-8", html),
        Page::Missing => plain(404, text(locale, "serve-not-found")),
    }
}

/// "Too many open pages", for a stream the broadcaster has no room for.
pub fn busy(locale: Locale) -> Response<Cursor<Vec<u8>>> {
    plain(503, text(locale, "serve-busy")).with_header(header("Retry-After", "5"))
}

/// Answers `request` with `response`; a page that went away meanwhile is not an error.
pub fn send(request: Request, response: Response<Cursor<Vec<u8>>>) {
    let _ = request.respond(response);
}

fn plain(status: u16, text: String) -> Response<Cursor<Vec<u8>>> {
    respond(status, "text/plain; charset=utf-8", text + "\n")
}

fn respond(status: u16, content_type: &str, body: String) -> Response<Cursor<Vec<u8>>> {
    Response::from_data(body.into_bytes())
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Referrer-Policy", "no-referrer"))
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(url: &str) -> Route {
        route(&Method::Get, url, Some("127.0.0.1:8000"))
    }

    #[test]
    fn report_pages_and_the_last_good_version() {
        assert_eq!(get("/"), Route::Current("index.html".into()));
        assert_eq!(
            get("/lekkage.html?x=1"),
            Route::Current("lekkage.html".into())
        );
        assert_eq!(get("/last-good/"), Route::LastGood("index.html".into()));
        assert_eq!(get("/last-good"), Route::NotFound);
        assert_eq!(get("/last-good/a.html"), Route::LastGood("a.html".into()));
        assert_eq!(get("/a%2Db.html"), Route::Current("a-b.html".into()));
        assert_eq!(get(EVENTS_PATH), Route::Events);
    }

    #[test]
    fn nothing_outside_the_report() {
        assert_eq!(get("/Cargo.toml"), Route::NotFound);
        assert_eq!(get("/journeys/a.html"), Route::NotFound);
        assert_eq!(get("/last-good/x/a.html"), Route::NotFound);
        assert_eq!(get("/../etc/passwd"), Route::Refused);
        assert_eq!(get("/%2e%2e/etc/passwd"), Route::Refused);
        assert_eq!(get("/last-good/%2E%2E%2Findex.html"), Route::Refused);
        assert_eq!(get("/..%5cindex.html"), Route::Refused);
        assert_eq!(get("/%zz.html"), Route::Refused);
        assert_eq!(get("/%ff.html"), Route::Refused);
        assert_eq!(get("index.html"), Route::Refused);
    }

    #[test]
    fn only_get_and_head_from_loopback_names() {
        assert_eq!(route(&Method::Post, "/", None), Route::Method);
        assert_eq!(
            route(&Method::Head, "/", None),
            Route::Current("index.html".into())
        );
        assert_eq!(
            route(&Method::Get, "/", Some("localhost:1")),
            Route::Current("index.html".into())
        );
        assert_eq!(
            route(&Method::Get, "/", Some("[::1]:1")),
            Route::Current("index.html".into())
        );
        assert_eq!(
            route(&Method::Get, "/", Some("evil.example:80")),
            Route::Host
        );
    }
}
