//! Markdown bodies to HTML (pulldown-cmark). Headings are shifted one level down so that
//! the page title stays the only `h1`.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

pub fn to_html(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(source, options).map(|ev| match ev {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: shift(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        // Raw HTML in content is shown as text: authors write Markdown only.
        Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
        other => other,
    });
    let mut out = String::with_capacity(source.len() * 2);
    html::push_html(&mut out, events);
    out
}

fn shift(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shifts_headings_and_escapes_html() {
        let html = super::to_html("# Titel\n\nTekst <script>x</script>\n");
        assert!(html.contains("<h2>Titel</h2>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
