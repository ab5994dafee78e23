//! JSON Schemas of the content files, generated from the front-matter structs (schemars),
//! so editors can complete and check what authors write. `schemas/` in the repository
//! holds the same files (a test keeps them equal); the build publishes them in `/schema/`.

use schemars::{schema_for, Schema};

use super::raw::{RawCalendar, RawLocation, RawPage, RawPartner, RawSite, RawTheme, RawTokens};

fn titled(mut schema: Schema, file: &str, title: &str) -> String {
    schema.insert("$id".into(), file.to_string().into());
    schema.insert("title".into(), title.into());
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Every schema as (file name, JSON text).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        (
            "locatie.schema.json",
            titled(
                schema_for!(RawLocation),
                "locatie.schema.json",
                "Front matter of content/locaties/<slug>.md",
            ),
        ),
        (
            "partner.schema.json",
            titled(
                schema_for!(RawPartner),
                "partner.schema.json",
                "Front matter of content/partners/<slug>.md (or the whole .yaml)",
            ),
        ),
        (
            "thema.schema.json",
            titled(
                schema_for!(RawTheme),
                "thema.schema.json",
                "Front matter of content/themas/<slug>.md",
            ),
        ),
        (
            "pagina.schema.json",
            titled(
                schema_for!(RawPage),
                "pagina.schema.json",
                "Front matter of content/paginas/<slug>.md",
            ),
        ),
        (
            "site.schema.json",
            titled(
                schema_for!(RawSite),
                "site.schema.json",
                "content/site.yaml",
            ),
        ),
        (
            "huisstijl.schema.json",
            titled(
                schema_for!(RawTokens),
                "huisstijl.schema.json",
                "content/huisstijl.yaml (house-style tokens)",
            ),
        ),
        (
            "kalender.schema.json",
            titled(
                schema_for!(RawCalendar),
                "kalender.schema.json",
                "content/kalenders/<naam>.yaml (closure calendar, such as school holidays)",
            ),
        ),
    ]
}
