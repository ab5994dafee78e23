//! The site's CSS: the design tokens as custom properties, followed by the bundled
//! `templates/assets/css/site.css` (with its `@import`s), minified by lightningcss for the
//! browsers that library PCs and older phones still run.

use std::path::Path;

use lightningcss::bundler::{Bundler, FileProvider};
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use lightningcss::targets::{Browsers, Targets};

use crate::error::Error;
use crate::model::Tokens;

fn targets() -> Targets {
    let v = |major: u32| Some(major << 16);
    Targets::from(Browsers {
        chrome: v(80),
        edge: v(80),
        firefox: v(78),
        safari: v(13),
        ios_saf: v(13),
        samsung: v(12),
        android: v(80),
        ..Browsers::default()
    })
}

/// Bundle and minify; `entry` is the main CSS file.
pub fn build(entry: &Path, tokens: &Tokens) -> Result<String, Error> {
    let css_err = |m: String| Error::Css {
        path: entry.to_path_buf(),
        message: m,
    };
    let fs = FileProvider::new();
    let mut bundler = Bundler::new(&fs, None, ParserOptions::default());
    let sheet = bundler.bundle(entry).map_err(|e| css_err(e.to_string()))?;
    let bundled = sheet
        .to_css(PrinterOptions::default())
        .map_err(|e| css_err(e.to_string()))?
        .code;

    let combined = format!("{}\n{}", tokens.to_css(|f| format!("../{f}")), bundled);
    let mut sheet = StyleSheet::parse(&combined, ParserOptions::default())
        .map_err(|e| css_err(e.to_string()))?;
    sheet
        .minify(MinifyOptions {
            targets: targets(),
            ..MinifyOptions::default()
        })
        .map_err(|e| css_err(e.to_string()))?;
    let out = sheet
        .to_css(PrinterOptions {
            minify: true,
            targets: targets(),
            ..PrinterOptions::default()
        })
        .map_err(|e| css_err(e.to_string()))?;
    Ok(out.code)
}
