//! Where every output goes: one function per kind of page or file, relative to the site
//! root, so no stage spells a path itself and the staff pages link what `print` and
//! `screen` write without importing them. Pages end in `/` (their `index.html` is
//! implied); files name their file. A language becomes one more part of these paths.

/// The file a page folder is served from.
pub const PAGE_FILE: &str = "index.html";

/// The name a named file gets in the output: its file name, made safe for a URL.
pub fn output_name(written: &str) -> String {
    let name = std::path::Path::new(written)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.').to_string();
    if safe.is_empty() {
        "bestand".into()
    } else {
        safe
    }
}

/// A name as part of a web address and folder name: lowercase ASCII with hyphens, at
/// most 80 characters (file systems refuse long names).
pub fn url_slug(name: &str) -> String {
    let mut s = slug::slugify(name);
    if s.len() > 80 {
        s.truncate(80);
        s = s.trim_end_matches('-').to_string();
    }
    s
}

/// Where a web font of the house style is published.
pub fn font(file: &str) -> String {
    format!("fonts/{}", output_name(file))
}

/// The folder of the print fonts for other languages, inside the templates' assets.
pub const LANGUAGE_FONTS_DIR: &str = "fonts/talen";

/// Where a named content file (a logo, an image) is published.
pub fn media(file: &str) -> String {
    format!("media/{}", output_name(file))
}

/// The list of all locations.
pub fn locations() -> String {
    "locaties/".into()
}

/// A location's page.
pub fn location(slug: &str) -> String {
    format!("locaties/{slug}/")
}

/// A location's spreekuren and opening hours as iCalendar.
pub fn location_calendar(slug: &str) -> String {
    format!("locaties/{slug}/agenda.ics")
}

/// The list of gemeenten.
pub fn gemeenten() -> String {
    "gemeenten/".into()
}

/// A gemeente's page: its information points.
pub fn gemeente(slug: &str) -> String {
    format!("gemeenten/{slug}/")
}

/// The page with a gemeente's embed codes for its own website.
pub fn gemeente_embeds(slug: &str) -> String {
    format!("gemeenten/{slug}/insluiten/")
}

/// The list of themes.
pub fn themes() -> String {
    "themas/".into()
}

/// A theme's page.
pub fn theme(slug: &str) -> String {
    format!("themas/{slug}/")
}

/// The list of partners.
pub fn partners() -> String {
    "partners/".into()
}

/// A partner's page.
pub fn partner(slug: &str) -> String {
    format!("partners/{slug}/")
}

/// The finder page.
pub fn finder() -> String {
    "zoeken/".into()
}

/// The finder's data: locations with their rules, postcode areas and places.
pub const FINDER_LOCATIONS: &str = "zoeken/locaties.json";
pub const FINDER_POSTCODES: &str = "zoeken/pc4.json";
pub const FINDER_PLACES: &str = "zoeken/plaatsen.json";

/// The embed (iframe) of a location.
pub fn embed_location(slug: &str) -> String {
    format!("embed/locaties/{slug}/")
}

/// The embed (iframe) of a gemeente's information points.
pub fn embed_gemeente(slug: &str) -> String {
    format!("embed/gemeenten/{slug}/")
}

/// The widget's script in a language (`prefix` "en/"; "" for Dutch): `js/widget-en.js`.
pub fn widget_script(prefix: &str) -> String {
    match prefix.trim_end_matches('/') {
        "" => "js/widget.js".to_string(),
        code => format!("js/widget-{code}.js"),
    }
}

/// A page's path in a language (`prefix` "en/"; "" for Dutch): `en/locaties/x/`; an
/// embed keeps `embed/` first: `embed/en/gemeenten/x/`.
pub fn in_language(prefix: &str, path: &str) -> String {
    match path.strip_prefix("embed/") {
        Some(rest) => format!("embed/{prefix}{rest}"),
        None => format!("{prefix}{path}"),
    }
}

/// The embed variant of any page path (`locaties/x/` → `embed/locaties/x/`).
pub fn embed_of(page: &str) -> String {
    format!("embed/{page}")
}

/// The oEmbed description of a gemeente's embed.
pub fn embed_gemeente_oembed(slug: &str) -> String {
    format!("{}oembed.json", embed_gemeente(slug))
}

/// The staff page of a location: its print products and slideshows.
pub fn staff(slug: &str) -> String {
    format!("drukwerk/{slug}/")
}

/// The staff index: every location's staff page, the gemeente sheets, the shows.
pub fn staff_index() -> String {
    "drukwerk/".into()
}

/// Whether a page is for staff or an embed: not in the sitemap.
pub fn is_unlisted(page: &str) -> bool {
    page.starts_with("embed/") || page.starts_with("drukwerk/")
}

/// Where a location's flyers and posters go.
pub fn print_dir(slug: &str) -> String {
    format!("print/{slug}")
}

/// Where a gemeente's print products go (`gemeente_print_dir("")` is their parent).
pub fn gemeente_print_dir(slug: &str) -> String {
    format!("print/gemeente/{slug}")
}

/// Where a location's slideshow, slide pictures and week feed go.
pub fn screen_dir(slug: &str) -> String {
    format!("scherm/{slug}")
}

/// Where the slideshow of all locations of one organisation goes.
pub fn organisation_show_dir(slug: &str) -> String {
    format!("scherm/organisatie/{slug}")
}

/// Where page `k` (from 0) of a slide goes: the first at `path`, the next ones numbered
/// before the size (`dia-2-deze-week-2-1920x1080.png`), so players sort them in order.
pub fn page_path(path: &str, k: usize) -> String {
    if k == 0 {
        return path.to_string();
    }
    match path.rsplit_once('-') {
        Some((head, tail)) => format!("{head}-{}-{tail}", k + 1),
        None => format!("{path}-{}", k + 1),
    }
}

/// A print product's picture for the staff page: `flyer-a5-kantoor.voorbeeld.png` next to
/// `flyer-a5-kantoor.pdf`.
pub fn preview_path(pdf: &str) -> String {
    format!(
        "{}.{PREVIEW_SUFFIX}",
        pdf.strip_suffix(".pdf").unwrap_or(pdf)
    )
}
pub const PREVIEW_SUFFIX: &str = "voorbeeld.png";

/// The width in pixels of that picture.
pub const PREVIEW_WIDTH: u32 = 240;

/// The file names of a slideshow folder: the show itself and (for a location) the week
/// feed. The staff pages' script makes a show's offline zip from the show's page and the
/// files it links.
pub const SHOW_FILE: &str = PAGE_FILE;
pub const WEEK_FEED_FILE: &str = "deze-week.json";

/// Open data: all locations, as JSON and as GeoJSON.
pub const API_LOCATIONS: &str = "api/v1/locaties.json";
pub const API_GEOJSON: &str = "api/v1/locaties.geojson";

/// Open data: the locations of one gemeente.
pub fn api_gemeente(slug: &str) -> String {
    format!("api/v1/gemeenten/{slug}.json")
}

/// The JSON Schema of an open-data file.
pub fn api_schema(name: &str) -> String {
    format!("api/v1/schema/{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_are_plain() {
        assert_eq!(output_name("media/Logo Bieb.SVG"), "logo-bieb.svg");
        assert_eq!(output_name("../../etc/.passwd"), "passwd");
    }

    #[test]
    fn pages_end_in_a_slash_and_files_do_not() {
        for page in [
            location("a"),
            gemeente("a"),
            gemeente_embeds("a"),
            theme("a"),
            partner("a"),
            embed_location("a"),
            embed_gemeente("a"),
            staff("a"),
            locations(),
            gemeenten(),
            themes(),
            partners(),
            finder(),
            staff_index(),
        ] {
            assert!(page.ends_with('/') && !page.starts_with('/'), "{page}");
        }
        for file in [
            location_calendar("a"),
            api_gemeente("a"),
            embed_gemeente_oembed("a"),
        ] {
            assert!(!file.ends_with('/'), "{file}");
        }
        assert!(is_unlisted(&embed_of(&location("a"))));
        assert!(is_unlisted(&staff("a")) && !is_unlisted(&location("a")));
    }
}
