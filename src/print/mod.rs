//! Print and screen products typeset with typst from `templates/print/`: per location an
//! A5 flyer, an A4 poster, an A4 week overview and a flyer per theme (PDF/UA-1, each in an
//! office and a print-shop variant), and narrowcasting slides (PNG, landscape and portrait).
//! Products are cached by a hash of their inputs and rendered in parallel.

pub mod data;
mod world;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;
use typst::foundations::Smart;
use typst::WorldExt;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::error::{ContentError, Error, Problems};
use crate::index::Index;
use crate::model::{Location, Site};
use crate::output::Staging;
use data::{LocationData, Style, ThemeView};

/// Smallest text size on slides, in pixels of a 1920×1080 or 1080×1920 slide. On a 43"
/// full-HD screen that is a capital height of about 17 mm: readable from 3 metres.
pub const SLIDE_MIN_TEXT_PX: u32 = 48;

/// The two print variants.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    /// sRGB, no bleed: for the library's own printer.
    Kantoor,
    /// 3 mm bleed, crop marks, 5 mm safe margin: for a print shop.
    Drukkerij,
}

const VARIANTS: [Variant; 2] = [Variant::Kantoor, Variant::Drukkerij];

impl Variant {
    fn name(self) -> &'static str {
        match self {
            Variant::Kantoor => "kantoor",
            Variant::Drukkerij => "drukkerij",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Png,
}

/// What a product's template is told besides the location.
#[derive(Serialize)]
struct Doc<'a> {
    title: String,
    variant: Variant,
    /// Slides: `liggend` (1920×1080) or `staand` (1080×1920).
    orientation: &'static str,
    /// Slides: `welkom`, `week` or `thema`.
    slide: &'static str,
    min_text: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<ThemeView<'a>>,
}

/// One file to make.
pub struct Product {
    /// Path inside the site (`print/x/flyer-a5-kantoor.pdf`).
    pub path: String,
    pub template: &'static str,
    pub format: Format,
    /// The `/data.json` the template reads.
    data: Vec<u8>,
    /// What the QR code holds (the location's page).
    pub qr_url: String,
    /// The location file, for error messages.
    source: PathBuf,
}

/// What `write` did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    pub rendered: usize,
    pub cached: usize,
}

/// Where a location's print products and slides go.
pub fn print_dir(slug: &str) -> String {
    format!("print/{slug}")
}
pub fn screen_dir(slug: &str) -> String {
    format!("scherm/{slug}")
}

/// All products of one location.
pub fn location_products(l: &Location, site: &Site, index: &Index, today: Date) -> Vec<Product> {
    let timeless = LocationData::new(l, site, index, today, false);
    let dated = LocationData::new(l, site, index, today, true);
    let url = timeless.url.clone();
    let mut out = Vec::new();
    let mut push = |path: String, template: &'static str, format: Format, loc: &LocationData, doc: Doc| {
        #[derive(Serialize)]
        struct Data<'a> {
            doc: Doc<'a>,
            loc: &'a LocationData<'a>,
        }
        let data = serde_json::to_vec(&Data { doc, loc }).expect("print data serialises");
        out.push(Product {
            path,
            template,
            format,
            data,
            qr_url: url.clone(),
            source: l.source.clone(),
        });
    };
    let doc = |title: String, variant: Variant| Doc {
        title,
        variant,
        orientation: "",
        slide: "",
        min_text: SLIDE_MIN_TEXT_PX,
        theme: None,
    };
    let dir = print_dir(&l.slug);
    for v in VARIANTS {
        let n = v.name();
        push(
            format!("{dir}/flyer-a5-{n}.pdf"),
            "flyer.typ",
            Format::Pdf,
            &timeless,
            doc(format!("Hulp bij de digitale overheid – {}", l.name), v),
        );
        push(
            format!("{dir}/poster-a4-{n}.pdf"),
            "poster.typ",
            Format::Pdf,
            &timeless,
            doc(format!("Poster – {}", l.name), v),
        );
        push(
            format!("{dir}/weekoverzicht-a4-{n}.pdf"),
            "weekoverzicht.typ",
            Format::Pdf,
            &dated,
            doc(format!("Weekoverzicht spreekuren – {}", l.name), v),
        );
        for t in &l.themes {
            let Some(theme) = index.themes.get(t.as_str()) else { continue };
            push(
                format!("{dir}/thema-{t}-a5-{n}.pdf"),
                "thema.typ",
                Format::Pdf,
                &timeless,
                Doc {
                    theme: Some(ThemeView::new(theme, index)),
                    ..doc(format!("{} – {}", theme.title, l.name), v)
                },
            );
        }
    }
    let sdir = screen_dir(&l.slug);
    for (orientation, size) in [("liggend", "1920x1080"), ("staand", "1080x1920")] {
        let slide = |slide: &'static str, title: String, theme| Doc {
            title,
            variant: Variant::Kantoor,
            orientation,
            slide,
            min_text: SLIDE_MIN_TEXT_PX,
            theme,
        };
        push(
            format!("{sdir}/dia-1-welkom-{size}.png"),
            "dia.typ",
            Format::Png,
            &timeless,
            slide("welkom", l.name.clone(), None),
        );
        push(
            format!("{sdir}/dia-2-deze-week-{size}.png"),
            "dia.typ",
            Format::Png,
            &dated,
            slide("week", l.name.clone(), None),
        );
        for (i, t) in l.themes.iter().enumerate() {
            let Some(theme) = index.themes.get(t.as_str()) else { continue };
            push(
                format!("{sdir}/dia-{}-thema-{t}-{size}.png", i + 3),
                "dia.typ",
                Format::Png,
                &timeless,
                slide("thema", theme.title.clone(), Some(ThemeView::new(theme, index))),
            );
        }
    }
    out
}

/// The products of the given locations (all when `only` is `None`), in a stable order.
pub fn products(site: &Site, index: &Index, today: Date, only: Option<&[&str]>) -> Vec<Product> {
    site.locations
        .par_iter()
        .filter(|l| only.is_none_or(|o| o.contains(&l.slug.as_str())))
        .flat_map_iter(|l| location_products(l, site, index, today))
        .collect()
}

/// The typst engine for one build: fonts, templates and logos of the house style.
pub struct Printer {
    engine: world::Engine,
    /// Hash of everything products share (templates, fonts, logos, house style, ido).
    base_hash: u128,
    cache: PathBuf,
}

impl Printer {
    pub fn new(site: &Site, templates: &Path, content: &Path, cache: &Path, today: Date) -> Result<Printer, Error> {
        let assets = templates.join("assets");
        let fonts: Vec<PathBuf> = site.tokens.print_fonts.iter().map(|f| assets.join(f)).collect();
        let font_refs: Vec<&Path> = fonts.iter().map(PathBuf::as_path).collect();
        let mut files = BTreeMap::new();
        let read = |p: &Path| std::fs::read(p).map_err(|e| Error::io(p, e));
        files.insert(data::ido_logo_path(&site.tokens.logo.file), read(&assets.join(&site.tokens.logo.file))?);
        for logo in site.config.logo.iter().chain(&site.config.partner_logos) {
            files.insert(data::content_logo_path(&logo.file), read(&content.join(&logo.file))?);
        }
        let style = serde_json::to_vec(&Style::new(site)).expect("style serialises");
        files.insert("/huisstijl.json".to_string(), style);
        let engine = world::Engine::new(&font_refs, &templates.join("print"), files, today)?;
        for name in ["flyer.typ", "poster.typ", "weekoverzicht.typ", "thema.typ", "dia.typ"] {
            if !engine.has_template(name) {
                return Err(Error::Template {
                    name: format!("print/{name}"),
                    message: format!("missing: every build needs {}", templates.join("print").join(name).display()),
                });
            }
        }
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        engine.fingerprint(&mut h);
        Ok(Printer {
            engine,
            base_hash: h.digest128(),
            cache: cache.to_path_buf(),
        })
    }

    fn key(&self, p: &Product) -> String {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&self.base_hash.to_le_bytes());
        h.update(p.template.as_bytes());
        h.update(&[p.format as u8]);
        h.update(&p.data);
        h.update(p.qr_url.as_bytes());
        let ext = match p.format {
            Format::Pdf => "pdf",
            Format::Png => "png",
        };
        format!("{:032x}.{ext}", h.digest128())
    }

    /// Characters the print font cannot show, as errors pointing into the location file.
    fn check_glyphs(&self, products: &[Product]) -> Problems {
        let mut problems = Problems::default();
        let mut seen = BTreeSet::new();
        for p in products {
            let text = String::from_utf8_lossy(&p.data);
            for c in self.engine.missing_glyphs(&text) {
                if !seen.insert((p.source.clone(), c)) {
                    continue;
                }
                let source = std::fs::read_to_string(&p.source).unwrap_or_default();
                let (mut line, mut column, mut field) = (0, 0, String::new());
                for (i, l) in source.lines().enumerate() {
                    if let Some(pos) = l.find(c) {
                        line = i + 1;
                        column = l[..pos].chars().count() + 1;
                        field = l.split(':').next().unwrap_or("").trim().trim_start_matches("- ").to_string();
                        break;
                    }
                }
                let mut e = ContentError::new(
                    &p.source,
                    field,
                    format!("the print font has no `{c}` (U+{:04X}): flyers and slides would show an empty box", c as u32),
                )
                .hint("write the text without it, or set a print font that has it (`lettertype.drukwerk_regulier` in huisstijl.yaml)");
                if line > 0 {
                    e = e.at((line, column));
                }
                problems.push(e);
            }
        }
        problems
    }

    fn render(&self, p: &Product) -> Result<Vec<u8>, Error> {
        let qr = qr_svg(&p.qr_url);
        let world = self.engine.world(p.template, p.data.clone(), qr);
        let fail = |diags: &[typst::diag::SourceDiagnostic]| {
            let messages: Vec<String> = diags
                .iter()
                .map(|d| {
                    let at = d
                        .span
                        .id()
                        .and_then(|id| {
                            let source = typst::World::source(&world, id).ok()?;
                            let range = world.range(d.span)?;
                            let (line, col) = source.lines().byte_to_line_column(range.start)?;
                            Some(format!("{}:{}:{}: ", id.get().vpath().get_without_slash(), line + 1, col + 1))
                        })
                        .unwrap_or_default();
                    let hints: String = d.hints.iter().map(|h| format!(" (hint: {})", h.v)).collect();
                    format!("{at}{}{hints}", d.message)
                })
                .collect();
            Error::Template {
                name: format!("print/{} for {}", p.template, p.path),
                message: messages.join("; "),
            }
        };
        let doc: PagedDocument = typst::compile(&world).output.map_err(|d| fail(&d))?;
        match p.format {
            Format::Pdf => {
                let options = PdfOptions {
                    ident: Smart::Custom(p.path.clone()),
                    timestamp: None,
                    standards: PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| Error::Template {
                        name: "print".into(),
                        message: e.message().to_string(),
                    })?,
                    tagged: true,
                    ..PdfOptions::default()
                };
                typst_pdf::pdf(&doc, &options).map_err(|d| fail(&d))
            }
            Format::Png => {
                let page = doc.pages().first().ok_or_else(|| Error::Template {
                    name: format!("print/{}", p.template),
                    message: "the slide has no page".into(),
                })?;
                let pixmap = typst_render::render(
                    page,
                    &typst_render::RenderOptions {
                        pixel_per_pt: 1.0.into(),
                        render_bleed: false,
                    },
                );
                pixmap.encode_png().map_err(|e| Error::Template {
                    name: format!("print/{}", p.template),
                    message: e.to_string(),
                })
            }
        }
    }

    /// Render (or take from the cache) every product and write it to `out`.
    /// With `prune`, cache entries no product used any more are removed.
    pub fn write(&self, products: &[Product], out: &Staging, prune: bool) -> Result<Report, Error> {
        let problems = self.check_glyphs(products);
        if !problems.is_empty() {
            return Err(Error::Content(problems.sorted()));
        }
        std::fs::create_dir_all(&self.cache).map_err(|e| Error::io(&self.cache, e))?;
        let keys: Vec<String> = products.iter().map(|p| self.key(p)).collect();
        let todo = keys.iter().filter(|k| !self.cache.join(k).is_file()).count();
        let bar = progress(todo);
        let results: Vec<Result<bool, Error>> = products
            .par_iter()
            .zip(&keys)
            .map(|(p, key)| {
                let cached = self.cache.join(key);
                if let Ok(bytes) = std::fs::read(&cached) {
                    out.write(&p.path, &bytes)?;
                    return Ok(false);
                }
                let bytes = self.render(p)?;
                // Write to a temporary name first, so that a stopped build leaves no half file.
                let tmp = cached.with_extension(format!("tmp{}", std::process::id()));
                std::fs::write(&tmp, &bytes).map_err(|e| Error::io(&tmp, e))?;
                std::fs::rename(&tmp, &cached).map_err(|e| Error::io(&cached, e))?;
                out.write(&p.path, &bytes)?;
                bar.inc(1);
                Ok(true)
            })
            .collect();
        bar.finish_and_clear();
        let mut report = Report::default();
        for r in results {
            if r? {
                report.rendered += 1;
            } else {
                report.cached += 1;
            }
        }
        if prune {
            let used: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
            let entries = std::fs::read_dir(&self.cache).map_err(|e| Error::io(&self.cache, e))?;
            for entry in entries.flatten() {
                let name = entry.file_name();
                if !used.contains(name.to_string_lossy().as_ref()) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        // typst memoises across compilations process-wide; a long-running `ido serve` would
        // grow without bound. Drop what the last two builds did not use.
        typst::comemo::evict(2);
        Ok(report)
    }
}

/// A progress bar on stderr for long runs in a terminal; hidden in CI and in pipes.
fn progress(todo: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if todo < 20 || std::env::var_os("CI").is_some() || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(todo as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("drukwerk en dia's {bar:30} {pos}/{len} ({eta} te gaan)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// The QR code of `url` as SVG (error correction M, with the quiet zone a reader needs).
pub fn qr_svg(url: &str) -> Vec<u8> {
    match qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .quiet_zone(true)
            .min_dimensions(400, 400)
            .build()
            .into_bytes(),
        // Only a URL of thousands of characters does not fit; base URLs are checked.
        Err(_) => Vec::new(),
    }
}
