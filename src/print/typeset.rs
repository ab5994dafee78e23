//! Typesetting products with typst: PDF/UA-1 export, PNG rendering, the glyph check,
//! the cache of rendered files and the progress bar.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;
use typst::foundations::Smart;
use typst::WorldExt;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::{world, Format, Product, Report};
use crate::error::{ContentError, Error, Problems};
use crate::model::Site;
use crate::output::Staging;
use crate::present::products::{self as data, Style};

/// A rendered product: its file (one per page for a slide) and the picture of its first
/// page, if it wants one.
type Rendered = (Vec<Vec<u8>>, Option<Vec<u8>>);

/// The typst engine for one build: fonts, templates and logos of the house style.
pub struct Printer {
    engine: world::Engine,
    /// Hash of everything products share (templates, fonts, logos, house style, ido).
    base_hash: u128,
    cache: PathBuf,
    /// typst recurses deeply (more so unoptimised): its threads get room.
    pool: Option<rayon::ThreadPool>,
}

impl Printer {
    pub fn new(
        site: &Site,
        templates: &Path,
        content: &Path,
        cache: &Path,
        today: Date,
    ) -> Result<Printer, Error> {
        let assets = templates.join("assets");
        let fonts: Vec<PathBuf> = site
            .tokens
            .print_fonts
            .iter()
            .map(|f| assets.join(f))
            .collect();
        let font_refs: Vec<&Path> = fonts.iter().map(PathBuf::as_path).collect();
        let mut files = BTreeMap::new();
        let read = |p: &Path| std::fs::read(p).map_err(|e| Error::io(p, e));
        files.insert(
            data::ido_logo_path(&site.tokens.logo.file),
            read(&assets.join(&site.tokens.logo.file))?,
        );
        for logo in site.config.logo.iter().chain(&site.config.partner_logos) {
            files.insert(
                data::content_logo_path(&logo.file),
                read(&content.join(&logo.file))?,
            );
        }
        let style = serde_json::to_vec(&Style::new(site)).expect("style serialises");
        files.insert("/huisstijl.json".to_string(), style);
        let engine = world::Engine::new(&font_refs, &templates.join("print"), files, today)?;
        for name in [
            "flyer.typ",
            "poster.typ",
            "weekoverzicht.typ",
            "thema.typ",
            "dia.typ",
            "tafelhouder.typ",
            "gemeente.typ",
        ] {
            if !engine.has_template(name) {
                return Err(Error::Template {
                    name: format!("print/{name}"),
                    message: format!(
                        "missing: every build needs {}",
                        templates.join("print").join(name).display()
                    ),
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
            pool: rayon::ThreadPoolBuilder::new()
                .num_threads(rayon::current_num_threads())
                .stack_size(64 << 20)
                .build()
                .ok(),
        })
    }

    fn key(&self, p: &Product) -> String {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&self.base_hash.to_le_bytes());
        h.update(p.template.as_bytes());
        h.update(&[p.format as u8]);
        h.update(&p.data);
        h.update(p.qr_url.as_bytes());
        h.update(&[u8::from(p.preview.is_some())]);
        let ext = match p.format {
            Format::Pdf => "pdf",
            Format::Png => "png",
        };
        format!("{:032x}.{ext}", h.digest128())
    }

    /// The glyph check of `write` for all `products`, without rendering them (`ido check`).
    pub fn check_glyphs_of(&self, products: &[Product]) -> Problems {
        self.check_glyphs(&products.iter().collect::<Vec<_>>())
    }

    /// Characters the print font cannot show, as errors pointing into the location file.
    fn check_glyphs(&self, products: &[&Product]) -> Problems {
        let mut problems = Problems::default();
        let mut seen = BTreeSet::new();
        // A gemeente's sheet repeats what its locations' own products show; those point
        // at the right file.
        for p in products.iter().filter(|p| p.template != "gemeente.typ") {
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
                        field = l
                            .split(':')
                            .next()
                            .unwrap_or("")
                            .trim()
                            .trim_start_matches("- ")
                            .to_string();
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

    /// The rendered file; for a slide that needs more than one screen (a long week), one
    /// PNG per page. With the PNG picture of the first page when the product wants one.
    fn render(&self, p: &Product) -> Result<Rendered, Error> {
        let qr = crate::qr::svg(&p.qr_url);
        let world = self
            .engine
            .world(p.template, p.data.clone(), qr)
            .ok_or_else(|| Error::Template {
                name: format!("print/{}", p.template),
                message: "no such template".into(),
            })?;
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
                            Some(format!(
                                "{}:{}:{}: ",
                                id.get().vpath().get_without_slash(),
                                line + 1,
                                col + 1
                            ))
                        })
                        .unwrap_or_default();
                    let hints: String = d
                        .hints
                        .iter()
                        .map(|h| format!(" (hint: {})", h.v))
                        .collect();
                    format!("{at}{}{hints}", d.message)
                })
                .collect();
            Error::Template {
                name: format!("print/{} for {}", p.template, p.path),
                message: messages.join("; "),
            }
        };
        let doc: PagedDocument = typst::compile(&world).output.map_err(|d| fail(&d))?;
        let preview = match (&p.preview, doc.pages().first()) {
            (Some(_), Some(page)) => {
                let width = page.frame.width().to_pt().max(1.0);
                let pixmap = typst_render::render(
                    page,
                    &typst_render::RenderOptions {
                        pixel_per_pt: (f64::from(super::PREVIEW_WIDTH) / width).into(),
                        render_bleed: false,
                    },
                );
                Some(pixmap.encode_png().map_err(|e| Error::Template {
                    name: format!("print/{}", p.template),
                    message: e.to_string(),
                })?)
            }
            _ => None,
        };
        let pages = match p.format {
            Format::Pdf => {
                let options = PdfOptions {
                    ident: Smart::Custom(p.path.clone()),
                    timestamp: None,
                    standards: PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| {
                        Error::Template {
                            name: "print".into(),
                            message: e.message().to_string(),
                        }
                    })?,
                    tagged: true,
                    ..PdfOptions::default()
                };
                vec![typst_pdf::pdf(&doc, &options).map_err(|d| fail(&d))?]
            }
            Format::Png => {
                if doc.pages().is_empty() {
                    return Err(Error::Template {
                        name: format!("print/{}", p.template),
                        message: "the slide has no page".into(),
                    });
                }
                doc.pages()
                    .iter()
                    .map(|page| {
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
                    })
                    .collect::<Result<Vec<_>, Error>>()?
            }
        };
        Ok((pages, preview))
    }

    /// Render (or take from the cache) one batch of products and put them in `out`;
    /// adds the batch's cache keys to `keys`. Products whose text the print font cannot
    /// show are added to `problems` instead, and once there are problems nothing more is
    /// rendered (the rest is only checked, so that a run reports every problem at once).
    /// Memory stays bounded: typst's memoised results are dropped after each batch.
    pub fn write_batch(
        &self,
        products: &[Product],
        out: &Staging,
        keys: &mut BTreeSet<String>,
        problems: &mut Problems,
        report: &mut Report,
    ) -> Result<(), Error> {
        let batch: Vec<String> = products.iter().map(|p| self.key(p)).collect();
        // Cached products were checked when they were rendered with the same fonts (the
        // fonts are part of the key): only the others need the glyph check.
        let todo: Vec<&Product> = products
            .iter()
            .zip(&batch)
            .filter(|(_, k)| !self.cache.join(k).is_file())
            .map(|(p, _)| p)
            .collect();
        problems.extend(self.check_glyphs(&todo));
        if !problems.is_empty() {
            keys.extend(batch);
            return Ok(());
        }
        std::fs::create_dir_all(&self.cache).map_err(|e| Error::io(&self.cache, e))?;
        // Per product: whether it was rendered now (not taken from the cache), and its files.
        let render_all = || -> Vec<Result<(bool, usize), Error>> {
            products
                .par_iter()
                .zip(&batch)
                .map(|(p, key)| {
                    // Page k (from 0) of the product: `<key>`, then `<key>.2`, `<key>.3`, …
                    let cached = |k: usize| {
                        if k == 0 {
                            self.cache.join(key)
                        } else {
                            self.cache.join(format!("{key}.{}", k + 1))
                        }
                    };
                    let preview_file = self.cache.join(format!("{key}.voorbeeld"));
                    let preview_cached = p.preview.is_none() || preview_file.is_file();
                    if preview_cached && cached(0).is_file() {
                        // Unchanged: hard links to the cache entries, no copies.
                        out.link(&cached(0), &p.path)?;
                        if let Some(path) = &p.preview {
                            out.link(&preview_file, path)?;
                        }
                        let mut k = 1;
                        while cached(k).is_file() {
                            out.link(&cached(k), &super::page_path(&p.path, k))?;
                            k += 1;
                        }
                        return Ok((false, k));
                    }
                    let (pages, preview) = self.render(p)?;
                    if let (Some(path), Some(bytes)) = (&p.preview, &preview) {
                        let tmp = preview_file.with_extension(format!("tmp{}", std::process::id()));
                        std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
                        std::fs::rename(&tmp, &preview_file)
                            .map_err(|e| Error::io(&preview_file, e))?;
                        out.link(&preview_file, path)?;
                    }
                    // The extra pages first, the first page last: its presence marks the
                    // entry complete. Each goes to a temporary name first, so that a stopped
                    // build leaves no half file.
                    for (k, bytes) in pages.iter().enumerate().rev() {
                        let file = cached(k);
                        let tmp = file.with_extension(format!("tmp{}", std::process::id()));
                        std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
                        std::fs::rename(&tmp, &file).map_err(|e| Error::io(&file, e))?;
                        out.link(&file, &super::page_path(&p.path, k))?;
                    }
                    Ok((true, pages.len()))
                })
                .collect()
        };
        let results = match &self.pool {
            Some(pool) => pool.install(render_all),
            None => render_all(),
        };
        keys.extend(batch);
        // typst memoises across compilations process-wide: without this a large site
        // holds every product's layout until the end (gigabytes), and a long-running
        // `ido serve` grows without bound. Keep only what this batch used.
        typst::comemo::evict(1);
        for (r, p) in results.into_iter().zip(products) {
            let (rendered, pages) = r?;
            if rendered {
                report.rendered += 1;
            } else {
                report.cached += 1;
            }
            if pages > 1 {
                report.pages.insert(p.path.clone(), pages);
            }
        }
        Ok(())
    }

    /// Render (or take from the cache) `products` as one batch; with `prune`, remove cache
    /// entries that none of them used.
    pub fn write(&self, products: &[Product], out: &Staging, prune: bool) -> Result<Report, Error> {
        let (mut keys, mut problems, mut report) = Default::default();
        self.write_batch(products, out, &mut keys, &mut problems, &mut report)?;
        if !problems.is_empty() {
            return Err(Error::Content(problems.sorted()));
        }
        if prune {
            self.prune(&keys)?;
        }
        Ok(report)
    }

    /// Remove cache entries that no product of this build used.
    pub fn prune(&self, keys: &BTreeSet<String>) -> Result<(), Error> {
        let Ok(entries) = std::fs::read_dir(&self.cache) else {
            return Ok(());
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            // `<key>.png.2` and `<key>.pdf.voorbeeld` belong to `<key>.png`, `<key>.pdf`.
            let base = match name.rsplit_once('.') {
                Some((b, n)) if n.bytes().all(|c| c.is_ascii_digit()) || n == "voorbeeld" => b,
                _ => name.as_ref(),
            };
            if !keys.contains(base) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        Ok(())
    }
}

/// A progress bar on stderr for long runs in a terminal; hidden in CI and in pipes.
pub fn progress(todo: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if todo < 20 || std::env::var_os("CI").is_some() || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(todo as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "drukwerk en dia's {bar:30} {pos}/{len} ({eta} te gaan)",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}
