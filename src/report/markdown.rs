//! The rule docs are Markdown with fixed sections; the report renders them with pulldown-cmark
//! and picks single sections ("Why this hurts tenants") out of them for the top three.
//!
//! Rendering is closed to the outside world: raw HTML in the Markdown is shown as text, links
//! and images keep only their text (a report never points off the page), and headings are
//! shifted down so they fit under the page's own.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::model::Language;

/// Renders Markdown to HTML, shifting headings down by `shift` levels (`##` becomes `<h3>`
/// with a shift of 1).
pub fn to_html(markdown: &str, shift: usize) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES);
    let events = parser.filter_map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
        Event::Start(Tag::Heading { level, .. }) => Some(Event::Start(Tag::Heading {
            level: shifted(level, shift),
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(shifted(level, shift))))
        }
        Event::Start(Tag::Link { .. } | Tag::Image { .. })
        | Event::End(TagEnd::Link | TagEnd::Image) => None,
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut out, events);
    out
}

fn shifted(level: HeadingLevel, shift: usize) -> HeadingLevel {
    let n = (level as usize + shift).min(6);
    HeadingLevel::try_from(n).unwrap_or(HeadingLevel::H6)
}

/// The text of the `## heading` section of `markdown`, without the heading line, up to the
/// next `##` heading (headings inside fenced code blocks do not count).
pub fn section<'a>(markdown: &'a str, heading: &str) -> Option<&'a str> {
    let mut in_fence = false;
    let mut start = None;
    let mut offset = 0;
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        } else if !in_fence && trimmed.starts_with("## ") {
            if let Some(begin) = start {
                return Some(markdown[begin..offset].trim());
            }
            if trimmed[3..].trim() == heading {
                start = Some(offset + line.len());
            }
        }
        offset += line.len();
    }
    start.map(|begin| markdown[begin..].trim())
}

/// The first paragraph of a Markdown text: everything up to the first blank line.
pub fn first_paragraph(text: &str) -> &str {
    let text = text.trim_start();
    let mut end = text.len();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            end = offset;
            break;
        }
        offset += line.len();
    }
    text[..end].trim_end()
}

/// Drops the sentences of a paragraph that speak to the journey file's author (those with
/// `code` in them): the report is read by managers. Keeps the paragraph when all would go.
pub fn without_file_talk(paragraph: &str) -> String {
    let mut sentences: Vec<&str> = Vec::new();
    let mut start = 0;
    let bytes = paragraph.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_some_and(|c| c.is_ascii_whitespace())
        {
            sentences.push(&paragraph[start..=i]);
            start = i + 1;
        }
    }
    if start < paragraph.len() {
        sentences.push(&paragraph[start..]);
    }
    let kept: Vec<&str> = sentences
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty() && !s.contains('`'))
        .collect();
    if kept.is_empty() {
        paragraph.to_owned()
    } else {
        kept.join(" ")
    }
}

/// The headings of the two sections the top three quotes from a rule's docs. These are data,
/// not catalogue text: they are looked up by their exact wording in the rule docs
/// (`src/rules/docs/<lang>/*.md`), whose headings they must match, so the docs own them.
pub fn section_headings(lang: Language) -> (&'static str, &'static str) {
    match lang {
        Language::En => ("Why this hurts tenants", "What good looks like"),
        Language::Nl => ("Waarom dit huurders raakt", "Hoe het goed gaat"),
    }
}

/// The situations a rule's docs may explain apart, by key: the label a docs heading carries in
/// brackets, as in "What good looks like (bad news)". Like [`section_headings`], data the docs
/// own. A story told under one of these headings is only ever shown on a moment of that kind
/// (see [`situations`]); the heading without brackets holds the words that fit any moment.
pub fn situation_label(lang: Language, situation: &str) -> Option<&'static str> {
    match (lang, situation) {
        (Language::En, "good_news") => Some("good news"),
        (Language::En, "bad_news") => Some("bad news"),
        (Language::En, "debt") => Some("debt"),
        (Language::En, "damp") => Some("damp and mould"),
        (Language::En, "works") => Some("work in the home"),
        (Language::En, "desk") => Some("at the desk"),
        (Language::Nl, "good_news") => Some("goed nieuws"),
        (Language::Nl, "bad_news") => Some("slecht nieuws"),
        (Language::Nl, "debt") => Some("schulden"),
        (Language::Nl, "damp") => Some("vocht en schimmel"),
        (Language::Nl, "works") => Some("werk aan de woning"),
        (Language::Nl, "desk") => Some("aan de balie"),
        _ => None,
    }
}

/// Every situation key, in the order the rules appendix shows them.
pub const SITUATIONS: [&str; 6] = ["good_news", "bad_news", "debt", "damp", "works", "desk"];

/// The situations a moment is in, most telling first: the finding's own (`news`), good or bad
/// news by the touchpoint, a journey about debts (it names the arrears route's legal steps)
/// or about damp and mould (Awaab's Law), work in the home (a repair or renovation visit: by a
/// contractor, or in a journey that names the repair deadline of BW 7:257 or 7:206), a moment
/// at the desk. The docs'
/// section for the first situation they explain apart is used, else the general one.
pub fn situations(
    journey: &crate::model::Journey,
    touchpoint: usize,
    news: Option<&str>,
) -> Vec<&'static str> {
    use crate::model::{ActorKind, Channel, Milestone, TouchpointKind};
    let mut out: Vec<&'static str> = Vec::new();
    let Some(tp) = journey.touchpoints.get(touchpoint) else {
        return out;
    };
    match news {
        Some("good_news") => out.push("good_news"),
        Some("bad_news") => out.push("bad_news"),
        _ => {}
    }
    match tp.milestone {
        Milestone::GoodNews => out.push("good_news"),
        Milestone::BadNews => out.push("bad_news"),
        Milestone::No | Milestone::Yes => {}
    }
    let norms: Vec<&str> = journey
        .touchpoints
        .iter()
        .filter_map(|t| t.norm.as_ref())
        .flat_map(|n| n.ids())
        .collect();
    if norms.iter().any(|n| n.starts_with("nl.arrears.")) {
        out.push("debt");
    }
    if norms.iter().any(|n| n.starts_with("awaab.")) {
        out.push("damp");
    }
    let contractor = journey
        .actors
        .iter()
        .find(|a| a.id == tp.actor)
        .is_some_and(|a| a.kind == ActorKind::Contractor);
    let repair_norm = norms.iter().any(|n| matches!(*n, "bw.7-257" | "bw.7-206"));
    if (tp.kind == TouchpointKind::Visit && (contractor || repair_norm))
        || tp.channel == Some(Channel::HomeVisit) && contractor
    {
        out.push("works");
    }
    if tp.channel == Some(Channel::Desk) {
        out.push("desk");
    }
    out.dedup();
    out
}

/// The first paragraph of a rule's "why it hurts" and "what good looks like" sections, as
/// HTML (empty when the docs lack the section).
pub fn why_and_good(docs: &str, lang: Language) -> (String, String) {
    why_and_good_for(docs, lang, None)
}

/// [`why_and_good`] for one situation: where the docs explain it apart ("Why this hurts
/// tenants (bad news)"), that section, else the general one. So an eviction letter is never
/// explained with the story of a first home's keys.
pub fn why_and_good_for(docs: &str, lang: Language, situation: Option<&str>) -> (String, String) {
    why_and_good_in(docs, lang, situation.as_slice())
}

/// [`why_and_good`] for a moment in several situations (see [`situations`]): per section, the
/// first situation the docs explain apart, else the general text.
pub fn why_and_good_in(docs: &str, lang: Language, situations: &[&str]) -> (String, String) {
    let (why, good) = section_headings(lang);
    let render = |heading: &str| {
        situations
            .iter()
            .filter_map(|s| situation_label(lang, s))
            .find_map(|label| section(docs, &format!("{heading} ({label})")))
            .or_else(|| section(docs, heading))
            .map(first_paragraph)
            .map(|paragraph| to_html(&without_file_talk(paragraph), 0))
            .unwrap_or_default()
    };
    (render(why), render(good))
}

/// The part of a rule's docs a board reads, as HTML with headings from `<h3>`: "Why this
/// hurts tenants" and "What good looks like", without the sentences about the journey file
/// (paragraphs that only speak to the file's author go). What the rule checks, examples,
/// configuration and sources are for the advisors who edit journeys: `tjm rules` shows them.
pub fn board_docs(docs: &str, lang: Language) -> String {
    let (why, good) = section_headings(lang);
    let mut markdown = String::new();
    // each section, then its situations ("… (bad news)"), as the docs order them
    let headings = [why, good].into_iter().flat_map(|heading| {
        std::iter::once(heading.to_owned()).chain(
            SITUATIONS
                .into_iter()
                .filter_map(move |s| situation_label(lang, s))
                .map(move |label| format!("{heading} ({label})")),
        )
    });
    for heading in headings {
        let Some(text) = section(docs, &heading) else {
            continue;
        };
        let paragraphs: Vec<String> = text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty() && !p.starts_with("```") && !p.starts_with("~~~"))
            .filter_map(|p| {
                let kept = without_file_talk(p);
                (!kept.contains('`')).then_some(kept)
            })
            .collect();
        if paragraphs.is_empty() {
            continue;
        }
        markdown.push_str("## ");
        markdown.push_str(&heading);
        markdown.push_str("\n\n");
        markdown.push_str(&paragraphs.join("\n\n"));
        markdown.push_str("\n\n");
    }
    to_html(&markdown, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_situation_gets_its_own_explanation_where_the_docs_have_one() {
        let docs = "## Why this hurts tenants\n\nThe keys, and nothing.\n\n\
                    ## Why this hurts tenants (bad news)\n\nAlone with the letter.\n\n\
                    ## What good looks like\n\nA plant with the keys.\n";
        let (why, good) = why_and_good_for(docs, Language::En, Some("bad_news"));
        assert_eq!(why, "<p>Alone with the letter.</p>\n");
        // no bad-news section for "what good looks like": the general one
        assert_eq!(good, "<p>A plant with the keys.</p>\n");
        let (why, _) = why_and_good_for(docs, Language::En, Some("good_news"));
        assert_eq!(why, "<p>The keys, and nothing.</p>\n");
        let (why, _) = why_and_good_for(docs, Language::En, None);
        assert_eq!(why, "<p>The keys, and nothing.</p>\n");
        let html = board_docs(docs, Language::En);
        assert!(
            html.contains(
                "<h3>Why this hurts tenants (bad news)</h3>\n<p>Alone with the letter.</p>"
            ),
            "{html}"
        );
    }

    #[test]
    fn board_docs_keep_why_and_good_without_file_talk() {
        // Only the two sections a board reads; sentences and paragraphs about the file go.
        let docs = "## What it finds\n\nA `wait` too long.\n\n\
                    ## Why this hurts tenants\n\nWaiting hurts. Really.\n\n\
                    ## What good looks like\n\nSay when. Set `named_contact` to true.\n\n\
                    Only `code` here.\n\n\
                    ## Configuration\n\n```toml\n[rules.long-wait]\n```\n";
        let html = board_docs(docs, Language::En);
        assert_eq!(
            html,
            "<h3>Why this hurts tenants</h3>\n<p>Waiting hurts. Really.</p>\n\
             <h3>What good looks like</h3>\n<p>Say when.</p>\n"
        );
    }
    use crate::rules::RULES;

    const DOC: &str = "## What it finds\n\nA thing.\n\n## Why this hurts tenants\n\nJoeri, *21*, signed\nthe lease.\n\nSecond paragraph.\n\n## Example\n\n```toml\n## not a heading\n```\n\n## What good looks like\n\nA **gesture**.\n";

    #[test]
    fn finds_sections_by_heading_and_their_first_paragraph() {
        // Sections are found by their H2, ignoring headings inside code blocks.
        let why = section(DOC, "Why this hurts tenants").unwrap();
        assert_eq!(first_paragraph(why), "Joeri, *21*, signed\nthe lease.");
        assert_eq!(section(DOC, "What good looks like"), Some("A **gesture**."));
        assert_eq!(
            section(DOC, "Example"),
            Some("```toml\n## not a heading\n```")
        );
        assert_eq!(section(DOC, "Missing"), None);
    }

    #[test]
    fn renders_inline_markup_and_shifts_headings() {
        // Inline markup renders and headings shift down a level.
        assert_eq!(
            to_html("## Title\n\nSome *it* and **bold** and `code`.", 1),
            "<h3>Title</h3>\n<p>Some <em>it</em> and <strong>bold</strong> and <code>code</code>.</p>\n"
        );
    }

    #[test]
    fn raw_html_and_links_never_reach_the_page() {
        // Raw HTML becomes text and links and images keep only their text.
        let html = to_html(
            "<script>alert(1)</script>\n\nSee [the site](https://example.org) and ![x](http://x/y.png) <b>hi</b>.",
            0,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("http"), "{html}");
        assert!(html.contains("the site"), "{html}");
    }

    #[test]
    fn sentences_about_the_journey_file_are_left_out() {
        // Sentences with `code` (about the journey file) are dropped unless nothing would be left.
        assert_eq!(
            without_file_talk(
                "Give a plant.\nSet `acknowledged` in the file. Call after *six* weeks."
            ),
            "Give a plant. Call after *six* weeks."
        );
        assert_eq!(without_file_talk("Only `code`."), "Only `code`.");
    }

    #[test]
    fn every_rule_documents_why_it_hurts_and_what_good_looks_like() {
        // Every rule's docs, in both languages, have the two sections the top three quotes.
        for rule in RULES {
            for lang in [Language::En, Language::Nl] {
                let (why, good) = why_and_good(rule.docs(lang), lang);
                assert!(
                    !why.is_empty(),
                    "{} ({lang:?}) lacks the why section",
                    rule.name()
                );
                assert!(
                    !good.is_empty(),
                    "{} ({lang:?}) lacks the good section",
                    rule.name()
                );
            }
        }
    }
}
