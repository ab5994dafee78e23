//! Markdown bodies to HTML (pulldown-cmark). Headings are renumbered so that the page
//! title stays the only `h1`: the first heading of a body is an `h2`, and no level is skipped.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A link or image in a Markdown body that may not be published, at a byte offset of
/// the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub message: String,
    pub hint: String,
}

/// What a link destination is, after the clean-up browsers do (control characters and
/// white space dropped, scheme lowercased).
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A path on this site (`/locaties/`, `../x`, `#anker`, `foto.jpg`).
    Relative,
    /// `http:`, `https:` or a protocol-relative `//host/...`.
    Web,
    Mail,
    Phone,
    /// Any other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …).
    Other(String),
}

pub fn classify(url: &str) -> Target {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    if cleaned.starts_with("//") || cleaned.starts_with("\\\\") {
        return Target::Web;
    }
    let scheme_end = cleaned.find(':').filter(|&i| {
        let s = &cleaned[..i];
        !s.is_empty()
            && s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !cleaned[..i].contains(['/', '?', '#'])
    });
    match scheme_end.map(|i| cleaned[..i].to_ascii_lowercase()) {
        None => Target::Relative,
        Some(s) if s == "http" || s == "https" => Target::Web,
        Some(s) if s == "mailto" => Target::Mail,
        Some(s) if s == "tel" => Target::Phone,
        Some(s) => Target::Other(s),
    }
}

/// The prefix of an image address that the renderer replaces by the path to the site root
/// of the page (bodies are shown at several depths): U+E000, as the HTML writer
/// percent-encodes it.
pub const ROOT_MARK: &str = "%EE%80%80";

/// Markdown to HTML. Headings start at `h2` without skipping a level; raw HTML is shown as text; links may
/// only be web, mail, phone or relative links; `image` maps an image address to the
/// published one (prefixed with [`ROOT_MARK`]) or says why it cannot be used.
pub fn to_html(
    source: &str,
    mut image: impl FnMut(&str) -> Result<String, (String, String)>,
) -> (String, Vec<Problem>) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut problems = Vec::new();
    // Links and images that are dropped keep their text; their end tags go too.
    let mut dropped: Vec<bool> = Vec::new();
    let mut events = Vec::new();
    let mut headings = Outline {
        stack: Vec::new(),
        current: HeadingLevel::H2,
    };
    for (ev, range) in Parser::new_ext(source, options).into_offset_iter() {
        let ev = match ev {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: headings.open(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(_)) => Event::End(TagEnd::Heading(headings.current)),
            // Raw HTML in content is shown as text: authors write Markdown only.
            Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let bad = match classify(&dest_url) {
                    Target::Relative | Target::Web | Target::Mail | Target::Phone => None,
                    Target::Other(scheme) => Some(scheme),
                };
                dropped.push(bad.is_some());
                if let Some(scheme) = bad {
                    problems.push(Problem {
                        offset: range.start,
                        message: format!("a link with `{scheme}:` cannot be published"),
                        hint: "link only to web pages (`https://`), e-mail (`mailto:`), phone numbers (`tel:`) or pages of this site".into(),
                    });
                    continue;
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Link) => {
                if dropped.pop().unwrap_or(false) {
                    continue;
                }
                ev
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let published = match classify(&dest_url) {
                    Target::Relative => image(&dest_url),
                    _ => Err((
                        format!("the image `{}` is not a file of this site", short(&dest_url)),
                        "put the image in the content folder (for example `media/foto.jpg`) and write `![what it shows](media/foto.jpg)`".into(),
                    )),
                };
                match published {
                    Ok(url) => {
                        dropped.push(false);
                        Event::Start(Tag::Image {
                            link_type,
                            dest_url: url.into(),
                            title,
                            id,
                        })
                    }
                    Err((message, hint)) => {
                        problems.push(Problem {
                            offset: range.start,
                            message,
                            hint,
                        });
                        dropped.push(true);
                        continue;
                    }
                }
            }
            Event::End(TagEnd::Image) => {
                if dropped.pop().unwrap_or(false) {
                    continue;
                }
                ev
            }
            other => other,
        };
        events.push(ev);
    }
    let mut out = String::with_capacity(source.len() * 2);
    html::push_html(&mut out, events.into_iter());
    (out, problems)
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
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

/// Renumbers a body's headings under the page's `h1`: the first one becomes `h2`, a
/// deeper one goes one level down from its parent (never more), and a heading as high as
/// an earlier one gets that one's level. `#`, `##` and `###` all start at `h2`.
struct Outline {
    /// (Markdown level, HTML level) of the open sections, outermost first.
    stack: Vec<(HeadingLevel, usize)>,
    /// The HTML level of the heading being written.
    current: HeadingLevel,
}

impl Outline {
    fn open(&mut self, level: HeadingLevel) -> HeadingLevel {
        while self.stack.last().is_some_and(|(l, _)| *l >= level) {
            self.stack.pop();
        }
        let out = self.stack.last().map_or(2, |(_, o)| (o + 1).min(6));
        self.stack.push((level, out));
        self.current = match out {
            2 => HeadingLevel::H2,
            3 => HeadingLevel::H3,
            4 => HeadingLevel::H4,
            5 => HeadingLevel::H5,
            _ => HeadingLevel::H6,
        };
        self.current
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn headings_start_at_h2_and_escape_html() {
        let (html, problems) = super::to_html("# Titel\n\nTekst <script>x</script>\n", |_| {
            Err((String::new(), String::new()))
        });
        assert!(problems.is_empty());
        assert!(html.contains("<h2>Titel</h2>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn headings_never_skip_a_level() {
        let html = |src: &str| super::to_html(src, |_| Err((String::new(), String::new()))).0;
        let levels = |src: &str| {
            let h = html(src);
            h.match_indices("<h")
                .map(|(i, _)| h[i + 2..i + 3].to_string())
                .collect::<Vec<_>>()
                .join("")
        };
        // `##` straight under the page title is an h2, as authors expect.
        assert_eq!(
            html("## Waarmee helpen wij?\n"),
            "<h2>Waarmee helpen wij?</h2>\n"
        );
        assert_eq!(levels("## A\n\n### B\n\n## C\n"), "232");
        assert_eq!(levels("# A\n\n### B\n\n#### C\n\n## D\n\n# E\n"), "23432");
        assert_eq!(levels("#### A\n\n## B\n\n###### C\n"), "223");
    }

    #[test]
    fn only_safe_links_become_links() {
        let src = "[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](jav&#x61;script:x) [d][r] <vbscript:y> [e](data:text/html,x) [f](https://ok.example/) [g](mailto:a@b.nl) [h](tel:+31135421234) [i](/locaties/)\n\n[r]: javascript:z\n";
        let (html, problems) = super::to_html(src, |_| Err((String::new(), String::new())));
        assert_eq!(problems.len(), 6, "{problems:?}");
        // Only the four safe links are links; the others keep their text.
        assert_eq!(html.matches("href=").count(), 4, "{html}");
        for ok in [
            "https://ok.example/",
            "mailto:a@b.nl",
            "tel:+31135421234",
            "/locaties/",
        ] {
            assert!(html.contains(&format!("href=\"{ok}\"")), "{ok}: {html}");
        }
        // Offsets point at the link.
        assert_eq!(problems[0].offset, 0);
    }

    #[test]
    fn images_must_be_site_files() {
        let (html, problems) = super::to_html(
            "![a](https://x.example/a.png) ![b](//x.example/b.png) ![c](media/c.png)",
            |u| Ok(format!("\u{E000}media/{u}")),
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(!html.contains("x.example"), "{html}");
        assert!(
            html.contains(&format!("{}media/media/c.png", super::ROOT_MARK)),
            "{html}"
        );
    }

    #[test]
    fn lists_items_as_plain_text() {
        let items = super::list_items(
            "Intro.\n\n- Een **afspraak** maken.\n- Recepten\n  aanvragen.\n  - genest\n\nSlot.\n",
        );
        assert_eq!(items, ["Een afspraak maken.", "Recepten aanvragen."]);
    }
}
