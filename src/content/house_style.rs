//! Checking `huisstijl.yaml` into the model's [`Tokens`]: colours are colours with
//! enough contrast, lengths are lengths, the font family is a name, files lie inside
//! `templates/assets/`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::content::files::{self, FileKind};
use crate::content::raw::RawTokens;
use crate::content::FileCtx;
use crate::error::did_you_mean;
use crate::model::Tokens;
use crate::style::{contrast, is_family, is_length, parse_hex, PAIRS, REQUIRED_COLOURS};

/// Check the raw tokens into `Tokens`: colours are colours, lengths are lengths, the
/// font family is a name, and files lie inside `assets` (`templates/assets/`). Nothing an
/// author writes here reaches CSS, HTML or typst as raw text.
pub fn tokens(ctx: &mut FileCtx, raw: RawTokens, assets: &Path) -> Option<Tokens> {
    let mut colours = BTreeMap::new();
    for (name, value) in &raw.kleuren {
        let field = format!("kleuren.{name}");
        if !REQUIRED_COLOURS.contains(&name.as_str()) {
            let hint = did_you_mean(name, REQUIRED_COLOURS.iter().copied())
                .unwrap_or_else(|| format!("the colours are: {}", REQUIRED_COLOURS.join(", ")));
            ctx.error_at_key(&field, format!("unknown colour `{name}`"), hint);
            continue;
        }
        match parse_hex(value) {
            Some([r, g, b]) => {
                colours.insert(name.clone(), format!("#{r:02x}{g:02x}{b:02x}"));
            }
            None if value.trim().is_empty() => ctx.error_at_key(
                &field,
                "this colour is empty",
                format!("put the colour in quotes: `{name}: \"#154273\"` (without quotes, `#` starts a comment)"),
            ),
            None => ctx.error(
                &field,
                format!("`{value}` is not a colour"),
                format!("write a colour in quotes, for example `{name}: \"#1d3f72\"`"),
            ),
        }
    }
    for name in REQUIRED_COLOURS {
        if !raw.kleuren.contains_key(*name) {
            ctx.error(
                "kleuren",
                format!("the colour `{name}` is missing"),
                format!("add `{name}: \"#......\"` under `kleuren:`"),
            );
        }
    }
    for (fg, bg, min) in PAIRS {
        let (Some(f), Some(b)) = (colours.get(*fg), colours.get(*bg)) else {
            continue;
        };
        let ratio = contrast(parse_hex(f)?, parse_hex(b)?);
        if ratio < *min {
            ctx.error(
                &format!("kleuren.{fg}"),
                format!("`{fg}` on `{bg}` has a contrast of {ratio:.2}:1, below the {min}:1 that WCAG asks"),
                format!("make `{fg}` darker or `{bg}` lighter (or the other way round)"),
            );
        }
    }
    let length_hint = "write a size such as `1rem`, `0.5rem` or `8px`";
    for (group, map) in [("ruimte", &raw.ruimte), ("hoeken", &raw.hoeken)] {
        for (k, v) in map {
            let field = format!("{group}.{k}");
            if !k
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                || k.is_empty()
            {
                ctx.error_at_key(
                    &field,
                    format!("`{k}` cannot be used as a name"),
                    "use lowercase letters, digits and hyphens",
                );
            } else if !is_length(v) {
                ctx.error(&field, format!("`{v}` is not a size"), length_hint);
            }
        }
    }
    if !is_length(&raw.lettertype.basisgrootte) {
        ctx.error(
            "lettertype.basisgrootte",
            format!("`{}` is not a size", raw.lettertype.basisgrootte),
            "write a size such as `1.25rem` (20 px)",
        );
    }
    if !is_family(&raw.lettertype.familie) {
        ctx.error(
            "lettertype.familie",
            format!("`{}` is not a font name", raw.lettertype.familie),
            "write the name of the font family with letters, digits, spaces and hyphens only, for example `Atkinson Hyperlegible`",
        );
    }
    let mut file = |field: &str, written: &str, kind: FileKind| {
        let found = files::resolve(assets, written, kind, "templates/assets");
        if let Err(inv) = found {
            ctx.error(field, inv.message, inv.hint);
        }
    };
    file(
        "lettertype.regulier",
        &raw.lettertype.regulier,
        FileKind::WebFont,
    );
    file("lettertype.vet", &raw.lettertype.vet, FileKind::WebFont);
    file(
        "lettertype.drukwerk_regulier",
        &raw.lettertype.drukwerk_regulier,
        FileKind::PrintFont,
    );
    file(
        "lettertype.drukwerk_vet",
        &raw.lettertype.drukwerk_vet,
        FileKind::PrintFont,
    );
    file("logo.bestand", &raw.logo.bestand, FileKind::Logo);
    Some(Tokens {
        colours,
        font_family: raw.lettertype.familie.trim().to_string(),
        font_regular: raw.lettertype.regulier,
        font_bold: raw.lettertype.vet,
        base_size: raw.lettertype.basisgrootte.trim().to_string(),
        print_fonts: [
            raw.lettertype.drukwerk_regulier,
            raw.lettertype.drukwerk_vet,
        ],
        logo: crate::model::Logo {
            file: raw.logo.bestand,
            alt: raw.logo.alt,
        },
        spacing: raw
            .ruimte
            .iter()
            .map(|(k, v)| (k.clone(), v.trim().to_string()))
            .collect(),
        radii: raw
            .hoeken
            .iter()
            .map(|(k, v)| (k.clone(), v.trim().to_string()))
            .collect(),
    })
}
