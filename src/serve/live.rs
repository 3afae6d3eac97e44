//! The live-reload hook a served page gets: a tiny inline script that listens to the server's
//! event stream and reloads the page when a newer rendering is announced, and the change to
//! the page's Content-Security-Policy that allows exactly that script (by hash) and the one
//! connection back to the server. Applied when a page is served, so the written report never
//! carries it.

use std::sync::LazyLock;

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// Where the event stream is served.
pub const EVENTS_PATH: &str = "/_tjm/events";

/// The `<meta>` that tells the script which rendering the page shows.
const GENERATION_META: &str = "tjm-serve-generation";

/// The script: compare the announced rendering with the page's own, reload when they differ.
/// The stream announces the current rendering on connect, so a save between loading the page
/// and connecting is not missed.
const SCRIPT: &str = r#"(function(){var m=document.querySelector('meta[name="tjm-serve-generation"]');var g=m?m.content:"";var s=new EventSource("/_tjm/events");s.addEventListener("reload",function(e){if(e.data!==g){s.close();location.reload();}});})();"#;

/// `'sha256-…'` of [`SCRIPT`], the source the policy allows.
static SCRIPT_HASH: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(SCRIPT.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
});

/// The page as served: the generation `<meta>` and the script before `</head>`, the policy
/// widened for them. A page without `</head>` gets them at the end.
pub fn inject(html: &str, generation: u64) -> String {
    let html = widen_policy(html);
    let hook = format!(
        "<meta name=\"{GENERATION_META}\" content=\"{generation}\">\n<script>{SCRIPT}</script>\n"
    );
    match html.find("</head>") {
        Some(at) => {
            let mut out = String::with_capacity(html.len() + hook.len());
            out.push_str(&html[..at]);
            out.push_str(&hook);
            out.push_str(&html[at..]);
            out
        }
        None => html + &hook,
    }
}

/// The page's policy with `script-src` allowing the script's hash and `connect-src` the
/// server itself; every other directive as it was. A page without a policy stays without.
fn widen_policy(html: &str) -> String {
    const TAG: &str = r#"http-equiv="Content-Security-Policy" content=""#;
    let Some(start) = html.find(TAG).map(|at| at + TAG.len()) else {
        return html.to_owned();
    };
    let Some(len) = html[start..].find('"') else {
        return html.to_owned();
    };
    let policy = &html[start..start + len];
    let policy = allow(policy, "script-src", &SCRIPT_HASH);
    let policy = allow(&policy, "connect-src", "'self'");
    format!("{}{policy}{}", &html[..start], &html[start + len..])
}

/// `policy` with `source` added to `directive` (which replaces a `'none'` there), or the
/// directive added when the policy has none.
fn allow(policy: &str, directive: &str, source: &str) -> String {
    let mut found = false;
    let mut parts: Vec<String> = policy
        .split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut words = part.split_whitespace();
            if words.next() != Some(directive) {
                return part.to_owned();
            }
            found = true;
            let kept: Vec<&str> = words.filter(|w| *w != "'none'").collect();
            let mut out = [directive, source].join(" ");
            for word in kept {
                out.push(' ');
                out.push_str(word);
            }
            out
        })
        .collect();
    if !found {
        parts.push([directive, source].join(" "));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-abc'\"><title>x</title></head><body></body></html>";

    #[test]
    fn the_policy_allows_the_script_by_hash_and_the_server_only() {
        let served = inject(PAGE, 7);
        let expected = format!(
            "content=\"default-src 'none'; style-src 'sha256-abc'; script-src {}; connect-src 'self'\"",
            *SCRIPT_HASH
        );
        assert!(served.contains(&expected), "{served}");
        // the hash is the script's, as the browser computes it over the element's text
        let digest = Sha256::digest(SCRIPT.as_bytes());
        let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
        assert_eq!(*SCRIPT_HASH, format!("'sha256-{b64}'"));
        assert!(served.contains(&format!("<script>{SCRIPT}</script>")));
    }

    #[test]
    fn the_hook_goes_into_the_head_with_the_generation() {
        let served = inject(PAGE, 42);
        let meta = served.find("content=\"42\"").expect("generation meta");
        let script = served.find("<script>").expect("script");
        let head_end = served.find("</head>").expect("head");
        assert!(meta < script && script < head_end, "{served}");
    }

    #[test]
    fn an_existing_directive_is_widened_not_duplicated() {
        let policy = allow("default-src 'none'; script-src 'none'", "script-src", "'x'");
        assert_eq!(policy, "default-src 'none'; script-src 'x'");
        let policy = allow("script-src 'a'", "script-src", "'x'");
        assert_eq!(policy, "script-src 'x' 'a'");
    }

    #[test]
    fn a_page_without_a_policy_gets_none() {
        let served = inject("<html><head></head><body></body></html>", 1);
        assert!(!served.contains("Content-Security-Policy"), "{served}");
        assert!(served.contains("<script>"));
    }
}
