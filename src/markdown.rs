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

/// The items of the body's lists as plain text ("Herhaalrecepten aanvragen."), for print
/// products that show a theme's points without its HTML.
pub fn list_items(source: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<String> = None;
    for ev in Parser::new(source) {
        match ev {
            Event::Start(Tag::Item) => {
                depth += 1;
                if depth == 1 {
                    current = Some(String::new());
                }
            }
            Event::End(TagEnd::Item) => {
                depth -= 1;
                if depth == 0 {
                    if let Some(text) = current.take().map(|t| t.trim().to_string()) {
                        if !text.is_empty() {
                            items.push(text);
                        }
                    }
                }
            }
            Event::Text(t) | Event::Code(t) if depth == 1 => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak if depth == 1 => {
                if let Some(c) = current.as_mut() {
                    c.push(' ');
                }
            }
            _ => {}
        }
    }
    items
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

    #[test]
    fn lists_items_as_plain_text() {
        let items = super::list_items(
            "Intro.\n\n- Een **afspraak** maken.\n- Recepten\n  aanvragen.\n  - genest\n\nSlot.\n",
        );
        assert_eq!(items, ["Een afspraak maken.", "Recepten aanvragen."]);
    }
}
