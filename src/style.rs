//! The house style's rules and outputs: the colours every style defines, the contrast
//! each text and background pair needs (WCAG), what counts as a length or a font name,
//! and the tokens ([`Tokens`], in the model) as CSS custom properties and a favicon.
//! `content` checks `huisstijl.yaml` against these rules; the site, flyers and slides
//! use the result.

use crate::model::Tokens;

/// Colour tokens every house style must define.
pub const REQUIRED_COLOURS: &[&str] = &[
    "achtergrond",
    "tekst",
    "tekst-zacht",
    "link",
    "primair",
    "tekst-op-primair",
    "vlak",
    "rand",
    "focus",
    "focus-tekst",
    "accent",
    "melding",
];

/// Text/background pairs the templates use, with the minimum contrast each needs.
/// (Text at 24 px and up needs 3:1; borders are non-text content and need 3:1.)
pub const PAIRS: &[(&str, &str, f64)] = &[
    ("tekst", "achtergrond", 4.5),
    ("tekst-zacht", "achtergrond", 4.5),
    ("link", "achtergrond", 4.5),
    ("tekst", "vlak", 4.5),
    ("link", "vlak", 4.5),
    ("tekst-zacht", "vlak", 4.5),
    ("tekst-op-primair", "primair", 4.5),
    ("focus-tekst", "focus", 4.5),
    ("tekst", "melding", 4.5),
    ("link", "melding", 4.5),
    // Borders of form fields and cards are non-text content: 3:1.
    ("rand", "achtergrond", 3.0),
];

/// Parse `#rgb` or `#rrggbb` to RGB.
pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.trim().strip_prefix('#')?;
    let full: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    let v = u32::from_str_radix(&full, 16).ok()?;
    Some([(v >> 16) as u8, (v >> 8) as u8, v as u8])
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2 contrast ratio, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A CSS length as the tokens use them: `0`, or a number with `px`, `rem` or `em`.
pub fn is_length(s: &str) -> bool {
    let s = s.trim();
    if s == "0" {
        return true;
    }
    let Some(num) = ["rem", "px", "em"].iter().find_map(|u| s.strip_suffix(u)) else {
        return false;
    };
    let mut parts = num.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    (1..=3).contains(&int.len())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| (1..=3).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()))
}

/// A font family name: letters, digits, spaces and hyphens.
pub fn is_family(s: &str) -> bool {
    let t = s.trim();
    (1..=64).contains(&t.len())
        && t.starts_with(|c: char| c.is_ascii_alphanumeric())
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
}

impl Tokens {
    /// A small "i" mark in the house colours, used as the favicon.
    pub fn favicon_svg(&self) -> String {
        let c = |k: &str| self.colours.get(k).map_or("#000000", String::as_str);
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><circle cx=\"16\" cy=\"16\" r=\"16\" fill=\"{}\"/><circle cx=\"16\" cy=\"8.5\" r=\"2.6\" fill=\"{}\"/><rect x=\"13.6\" y=\"13\" width=\"4.8\" height=\"13\" rx=\"1.2\" fill=\"{}\"/></svg>\n",
            c("primair"),
            c("tekst-op-primair"),
            c("tekst-op-primair")
        )
    }

    /// The tokens as CSS: `@font-face` rules and `:root` custom properties.
    pub fn to_css(&self, font_url: impl Fn(&str) -> String) -> String {
        let mut css = String::new();
        for (weight, file) in [(400, &self.font_regular), (700, &self.font_bold)] {
            css.push_str(&format!(
                "@font-face{{font-family:\"{}\";font-style:normal;font-weight:{weight};font-display:swap;src:url(\"{}\") format(\"woff2\")}}\n",
                self.font_family,
                font_url(&crate::routes::font(file))
            ));
        }
        css.push_str(":root{");
        for (k, v) in &self.colours {
            css.push_str(&format!("--kleur-{k}:{v};"));
        }
        for (k, v) in &self.spacing {
            css.push_str(&format!("--ruimte-{k}:{v};"));
        }
        for (k, v) in &self.radii {
            css.push_str(&format!("--hoek-{k}:{v};"));
        }
        css.push_str(&format!(
            "--font:\"{}\",system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;--basisgrootte:{};}}\n",
            self.font_family, self.base_size
        ));
        css
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        let white = parse_hex("#fff").unwrap();
        let black = parse_hex("#000000").unwrap();
        assert!((contrast(white, black) - 21.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1 grey.
        let grey = parse_hex("#767676").unwrap();
        assert!((contrast(grey, white) - 4.54).abs() < 0.01);
        assert!(parse_hex("blue").is_none());
    }

    #[test]
    fn lengths_and_families() {
        for ok in ["0", "1rem", "1.25rem", "8px", "0.5em"] {
            assert!(is_length(ok), "{ok}");
        }
        for bad in [
            "1.25rem}html{background:url(https://x.example/)}",
            "1",
            "rem",
            "-1px",
            "1e3px",
            "calc(1rem)",
            "",
        ] {
            assert!(!is_length(bad), "{bad}");
        }
        assert!(is_family("Atkinson Hyperlegible"));
        for bad in [
            "X</style><script>alert(1)</script>",
            "A\";}",
            "",
            "Comic\nSans",
        ] {
            assert!(!is_family(bad), "{bad}");
        }
    }
}
