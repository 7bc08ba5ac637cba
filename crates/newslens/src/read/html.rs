//! `.html` articles: the main text by a readability algorithm (dom_smoothie, a port of
//! Mozilla's readability.js), with title, publication date, URL, outlet and byline from
//! the page's meta tags and JSON-LD.

use super::fields::ArticleFields;
use dom_smoothie::{Config, Readability, TextMode};

/// Deepest element nesting accepted: deeper pages are rejected before parsing, because
/// tree walks on them cost far more than the text is worth.
const MAX_NESTING: usize = 2_000;

/// Extracts the fields and main text of an HTML page.
pub fn parse(html: &str) -> Result<(ArticleFields, String), String> {
    let depth = approximate_nesting_depth(html);
    if depth > MAX_NESTING {
        return Err(format!(
            "HTML nested about {depth} elements deep (more than {MAX_NESTING}); not a readable article"
        ));
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| format!("could not parse the HTML page: {e}"))?;
    let page = readability
        .parse()
        .map_err(|e| format!("no main article text found in the HTML page: {e}"))?;
    let text = normalize_text(&page.text_content);
    let mut fields = ArticleFields {
        title: Some(page.title.to_string()).filter(|t| !t.trim().is_empty()),
        published: page.published_time.clone(),
        url: page.url.clone(),
        source: page.site_name.clone(),
        ..ArticleFields::default()
    };
    if let Some(byline) = page.byline.as_ref().filter(|b| !b.trim().is_empty()) {
        let byline = byline.trim();
        let byline = byline
            .strip_prefix("By ")
            .or_else(|| byline.strip_prefix("by "))
            .unwrap_or(byline);
        fields.authors = byline
            .split([',', '&'])
            .flat_map(|s| s.split(" and "))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
    }
    Ok((fields, text))
}

/// Trims each line and collapses runs of blank lines into one paragraph break.
fn normalize_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_break = false;
    for line in raw.lines() {
        let line = line.trim();
        if line.is_empty() {
            pending_break = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if pending_break { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        pending_break = false;
    }
    out
}

/// Upper bound on element nesting from a linear scan of tags (void elements and
/// self-closing tags ignored; close tags pop).
fn approximate_nesting_depth(html: &str) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "!doctype",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        i += off + 1;
        if i >= bytes.len() {
            break;
        }
        if bytes[i] == b'/' {
            depth = depth.saturating_sub(1);
            continue;
        }
        if !bytes[i].is_ascii_alphabetic() {
            continue;
        }
        let name_end = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |p| i + p);
        let name = html[i..name_end].to_ascii_lowercase();
        let tag_end = bytes[name_end..]
            .iter()
            .position(|b| *b == b'>')
            .map_or(bytes.len(), |p| name_end + p);
        let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
        if !self_closing && !VOID.contains(&name.as_str()) {
            depth += 1;
            max = max.max(depth);
        }
        i = tag_end.min(bytes.len());
    }
    max
}

fn memchr_lt(haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|b| *b == b'<')
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Port strike ends | Harbor Post</title>
<meta property="og:title" content="Port strike ends after nine days">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<meta property="og:site_name" content="Harbor Post">
<meta name="author" content="Dana Ruiz">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike ends after nine days</h1>
<p>Dockworkers at the port of Halvik returned to work on Tuesday after a nine-day strike that left more than 40 ships waiting offshore, union officials said.</p>
<p>“We got what we came for,” said Mara Jensen, who leads the dockworkers’ union. The agreement raises wages by 6% this year and 4% in 2025, according to a copy seen by the Harbor Post.</p>
<p>The port authority said it expected the backlog of container ships to clear by the end of next week, though shipping analysts warned that delays could ripple through supply chains into April.</p>
</article><footer>© Harbor Post</footer></body></html>"#;

    #[test]
    fn extracts_main_text_and_meta() {
        let (fields, text) = parse(PAGE).unwrap();
        assert_eq!(fields.published.as_deref(), Some("2024-03-05T08:30:00Z"));
        assert_eq!(fields.source.as_deref(), Some("Harbor Post"));
        assert!(fields.title.unwrap().contains("Port strike ends"));
        assert!(text.contains("Dockworkers at the port of Halvik"), "{text}");
        assert!(text.contains("“We got what we came for,” said Mara Jensen"));
        assert!(
            !text.contains("Home"),
            "navigation leaked into the text: {text}"
        );
        assert_eq!(fields.authors, ["Dana Ruiz"]);
    }

    #[test]
    fn rejects_absurd_nesting() {
        let html = "<div>".repeat(10_000) + "text" + &"</div>".repeat(10_000);
        assert!(parse(&html).unwrap_err().contains("nested"));
    }
}
