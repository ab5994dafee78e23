//! Embedding for municipalities: the copy-ready snippets (an iframe sized by our
//! `embed.js`, or the `<ido-informatiepunten>` widget) and the oEmbed JSON of every
//! embeddable page.

use serde_json::json;

use crate::index::Gemeente;
use crate::lang::Lang;
use crate::model::{Location, Site};

/// Height the iframe has before (or without) `embed.js`.
pub const DEFAULT_HEIGHT: u32 = 640;
/// Width oEmbed consumers reserve (the iframe itself takes the full width).
pub const DEFAULT_WIDTH: u32 = 600;

fn iframe(base: &str, path: &str, title: &str) -> String {
    format!(
        "<iframe data-ido src=\"{base}{path}\" title=\"{}\" style=\"width:100%;height:{DEFAULT_HEIGHT}px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{base}js/embed.js\" defer></script>",
        super::escape(title)
    )
}

pub fn location_title(l: &Location) -> String {
    format!("{}: adres, openingstijden en spreekuren", l.name)
}

/// The title of a gemeente's embed (oEmbed and the iframe's `title`): in Dutch
/// "Informatiepunten Digitale Overheid in Tilburg".
pub fn gemeente_title(lang: &Lang, g: &Gemeente) -> String {
    if lang.is_source() {
        format!("Informatiepunten Digitale Overheid in {}", g.name)
    } else {
        lang.f("gemeente-title", &[("name", g.name.into())])
    }
}

pub fn location_snippet(site: &Site, l: &Location) -> String {
    location_snippet_in(site, l, "")
}

/// The snippet of a location's iframe in a language (`prefix` "en/"; "" for Dutch).
pub fn location_snippet_in(site: &Site, l: &Location, prefix: &str) -> String {
    iframe(
        &site.config.base_url,
        &crate::routes::embed_of(&format!("{prefix}{}", crate::routes::location(&l.slug))),
        &location_title(l),
    )
}

/// The snippet of a gemeente's iframe in a language.
pub fn gemeente_snippet(site: &Site, g: &Gemeente, lang: &Lang) -> String {
    iframe(
        &site.config.base_url,
        &crate::routes::in_language(&lang.prefix(), &crate::routes::embed_gemeente(g.slug)),
        &gemeente_title(lang, g),
    )
}

/// The widget's snippet in a language: its link (shown without JavaScript) to the
/// gemeente's page in that language, and the script that speaks it.
pub fn widget_snippet(site: &Site, g: &Gemeente, lang: &Lang) -> String {
    let base = &site.config.base_url;
    format!(
        "<ido-informatiepunten gemeente=\"{}\"><a href=\"{base}{}\">{}</a></ido-informatiepunten>\n<script src=\"{base}{}\" defer></script>",
        g.slug,
        crate::routes::in_language(&lang.prefix(), &crate::routes::gemeente(g.slug)),
        super::escape(&lang.f("gemeente-title", &[("name", g.name.into())])),
        crate::routes::widget_script(&lang.prefix()),
    )
}

/// oEmbed 1.0 "rich" response for an embeddable page.
pub fn oembed(site: &Site, title: &str, html: &str) -> String {
    let doc = json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": site.config.name,
        "provider_url": site.config.base_url,
        "html": html,
        "width": DEFAULT_WIDTH,
        "height": DEFAULT_HEIGHT,
        "cache_age": 86400,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
