//! Files that authors name in their content (logos, fonts, images): every path must stay
//! inside its root folder after following symlinks, have an expected kind, and an SVG
//! must be a picture only (no script, event handlers, foreign objects or outside links).

use std::path::{Component, Path, PathBuf};

use super::check::Invalid;

/// The largest file an author may name (logos, fonts, images).
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// What a named file is for, which fixes the extensions it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A picture on the site (logos, Markdown images).
    Image,
    /// A logo that print products also read (typst reads SVG and PNG).
    Logo,
    /// A web font for the site.
    WebFont,
    /// A font typst can read for flyers and slides.
    PrintFont,
}

impl FileKind {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Image => &["svg", "png", "jpg", "jpeg", "webp", "gif"],
            FileKind::Logo => &["svg", "png"],
            FileKind::WebFont => &["woff2"],
            FileKind::PrintFont => &["ttf", "otf"],
        }
    }
}

fn invalid(message: impl Into<String>, hint: impl Into<String>) -> Invalid {
    Invalid {
        message: message.into(),
        hint: hint.into(),
    }
}

/// Resolve `written` (as the author wrote it) inside `root`: a relative path of plain
/// names, an existing regular file whose real location (symlinks followed) is inside
/// `root`, with an extension of `kind`, not too large, and a safe SVG. `what` names the
/// folder for messages ("content", "templates/assets"). Returns the real path.
pub fn resolve(root: &Path, written: &str, kind: FileKind, what: &str) -> Result<PathBuf, Invalid> {
    let inside_hint = format!("put the file in the `{what}` folder and write its path from there, for example `media/logo.svg`");
    let p = Path::new(written.trim());
    if written.trim().is_empty() {
        return Err(invalid("the file name is empty", inside_hint));
    }
    if p.is_absolute() || written.contains('\\') || written.contains('\0') {
        return Err(invalid(
            format!("`{written}` is not a path inside the `{what}` folder"),
            inside_hint,
        ));
    }
    if p.components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(invalid(
            format!("`{written}` points outside the `{what}` folder"),
            inside_hint,
        ));
    }
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let allowed = kind.extensions();
    if !allowed.contains(&ext.as_str()) {
        return Err(invalid(
            format!("`{written}` is not a file of the right kind"),
            format!("use a file ending in .{}", allowed.join(" or .")),
        ));
    }
    let joined = root.join(p);
    let (Ok(real_root), Ok(real)) = (root.canonicalize(), joined.canonicalize()) else {
        return Err(invalid(
            format!("the file `{written}` does not exist"),
            format!("check the spelling, or add the file to the `{what}` folder"),
        ));
    };
    if !real.starts_with(&real_root) {
        return Err(invalid(
            format!("`{written}` is a link to a file outside the `{what}` folder"),
            "copy the file itself into the folder instead of linking to it",
        ));
    }
    let meta = std::fs::metadata(&real).map_err(|e| {
        invalid(
            format!("the file `{written}` cannot be read ({e})"),
            "check that the file exists and may be read",
        )
    })?;
    if !meta.is_file() {
        return Err(invalid(
            format!("`{written}` is not a file"),
            "name a file, not a folder",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(invalid(
            format!(
                "the file `{written}` is {} MB, more than the {} MB allowed",
                meta.len().div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            "make the file smaller (a logo or photo for the web needs far less)",
        ));
    }
    if ext == "svg" {
        let bytes = std::fs::read(&real).map_err(|e| {
            invalid(
                format!("the file `{written}` cannot be read ({e})"),
                "check that the file exists and may be read",
            )
        })?;
        check_svg(&bytes).map_err(|why| {
            invalid(
                format!("the SVG file `{written}` {why}"),
                "export the picture again as a plain SVG (in Inkscape: Save as → Optimized SVG), or use a PNG",
            )
        })?;
    }
    Ok(real)
}

pub use crate::routes::output_name;

/// A content file to publish as is, named by its content so two files never share a name.
pub fn media(source: PathBuf, written: &str) -> std::io::Result<crate::model::Media> {
    let bytes = std::fs::read(&source)?;
    let name = output_name(written);
    let (stem, ext) = name.rsplit_once('.').unwrap_or((&name, ""));
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes) as u32;
    Ok(crate::model::Media {
        source,
        url: format!("media/{stem}.{hash:08x}.{ext}"),
    })
}

/// Why an SVG is not a plain picture, if it is not: script, event handler attributes,
/// `foreignObject`, animation of links, or references to anything outside the file.
pub fn check_svg(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "is not text (UTF-8)".to_string())?;
    if text.contains("<!ENTITY") {
        return Err("declares entities".into());
    }
    let doc = roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .map_err(|e| format!("cannot be read as SVG ({e})"))?;
    if doc.root_element().tag_name().name() != "svg" {
        return Err("is not an SVG picture".into());
    }
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        let lower = name.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "script" | "foreignobject" | "iframe" | "embed" | "object" | "handler" | "listener"
        ) {
            return Err(format!("contains a `<{name}>` element"));
        }
        if lower == "style" {
            let css = node.text().unwrap_or("").to_ascii_lowercase();
            if css.contains("@import") || external_url(&css) {
                return Err("has a style that loads something from outside the file".into());
            }
        }
        for attr in node.attributes() {
            let a = attr.name().to_ascii_lowercase();
            let v = attr.value();
            let v_lower: String = v
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            if a.starts_with("on") {
                return Err(format!("has an event attribute `{}`", attr.name()));
            }
            if v_lower.contains("javascript:") || v_lower.contains("vbscript:") {
                return Err(format!("has script in the attribute `{}`", attr.name()));
            }
            if a == "href" {
                let ok = v.trim().starts_with('#')
                    || v_lower.starts_with("data:image/png")
                    || v_lower.starts_with("data:image/jpeg")
                    || v_lower.starts_with("data:image/gif")
                    || v_lower.starts_with("data:image/webp");
                if !ok {
                    return Err(format!(
                        "refers to something outside the picture (`{}`)",
                        shorten(v)
                    ));
                }
            }
            if matches!(lower.as_str(), "set" | "animate") && a == "attributename" {
                let target = v.to_ascii_lowercase();
                if target.ends_with("href") || target.starts_with("on") {
                    return Err(format!("animates the attribute `{v}`"));
                }
            }
            if external_url(&v_lower) {
                return Err(format!(
                    "refers to something outside the picture in `{}`",
                    attr.name()
                ));
            }
        }
    }
    Ok(())
}

/// Whether CSS-like text has a `url(...)` that is not a reference inside the file.
fn external_url(css: &str) -> bool {
    let compact: String = css.chars().filter(|c| !c.is_whitespace()).collect();
    compact.match_indices("url(").any(|(i, _)| {
        let rest = compact[i + 4..].trim_start_matches(['"', '\'']);
        !rest.starts_with('#')
    })
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_rules() {
        let ok = br##"<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/><use href="#g"/></svg>"##;
        assert_eq!(check_svg(ok), Ok(()));
        for bad in [
            &br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#[..],
            br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><image x:href="https://evil.example/a.png"/></svg>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg"><a href="JaVa&#x53;cript:alert(1)"><text>x</text></a></svg>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url( https://x.example/p )"/></svg>"#,
            br##"<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><set attributeName="href" to="java script:alert(1)"/></a></svg>"##,
            br#"<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#,
            b"<html><script>alert(1)</script></html>",
        ] {
            assert!(check_svg(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }
}
