//! Typesetting products with typst: PDF/UA-1 export, PNG rendering, the glyph check,
//! the cache of rendered files and the progress bar.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

use jiff::civil::Date;
use rayon::prelude::*;
use typst::foundations::Smart;
use typst::layout::{Abs, Frame, FrameItem, Point, Size};
use typst::WorldExt;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::{world, Format, Product, Report};
use crate::error::{ContentError, Error, Problems};
use crate::model::Site;
use crate::output::Staging;
use crate::present::products::{self as data, Style};

/// A rendered product.
struct Rendered {
    /// Its file; one per page for a slide.
    pages: Vec<Vec<u8>>,
    /// The picture of its first page, if it wants one.
    preview: Option<Vec<u8>>,
    /// A PDF's office variant, if it has one.
    office: Option<Vec<u8>>,
}

/// The typst engine for one build: fonts, templates and logos of the house style.
pub struct Printer {
    engine: world::Engine,
    /// Hash of everything products share (templates, fonts, logos, house style, ido).
    base_hash: u128,
    cache: PathBuf,
    /// typst recurses deeply (more so unoptimised): its threads get room.
    pool: Option<rayon::ThreadPool>,
    /// One such thread, for a share of a build that helper processes render beside it.
    solo: Option<rayon::ThreadPool>,
}

/// Fonts for the flyers in other languages: Noto Sans (Cyrillic) and Noto Sans Arabic.
const LANGUAGE_FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
];

impl Printer {
    pub fn new(
        site: &Site,
        templates: &Path,
        content: &Path,
        cache: &Path,
        today: Date,
    ) -> Result<Printer, Error> {
        let assets = templates.join("assets");
        // The house fonts, then those for the characters they lack in other languages.
        let mut fonts: Vec<PathBuf> = site
            .tokens
            .print_fonts
            .iter()
            .map(|f| assets.join(f))
            .collect();
        fonts.extend(
            LANGUAGE_FONTS
                .iter()
                .map(|f| assets.join(crate::routes::LANGUAGE_FONTS_DIR).join(f)),
        );
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
        move_flat_entries(cache);
        let pool = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .stack_size(64 << 20)
                .build()
                .ok()
        };
        Ok(Printer {
            engine,
            base_hash: h.digest128(),
            cache: cache.to_path_buf(),
            pool: pool(rayon::current_num_threads()),
            solo: pool(1),
        })
    }

    /// The cache file `name` (a key, or a key with a suffix): in a folder named after the
    /// key's first two hex digits. Those 256 folders spread the cache's files (some
    /// 50,000 at 1,000 locations) over the file system's block groups (see
    /// [`crate::output::spread_folders`]) and keep each folder small.
    fn entry(&self, name: &str) -> PathBuf {
        self.cache.join(&name[..2]).join(name)
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

    /// Run `batches` on the printer's threads (room for typst's deep recursion), as many
    /// side by side as there are threads: when one batch is down to its last product, the
    /// next one already keeps the other threads busy. Memory stays bounded by that number
    /// of batches. Results come back in the order of `batches`. `solo`: on one thread
    /// (while helper processes use the others).
    pub fn run_batches<'a, T: Send + 'a>(
        &self,
        batches: Vec<Box<dyn FnOnce() -> T + Send + 'a>>,
        solo: bool,
    ) -> Vec<T> {
        let n = batches.len();
        let pool = if solo { &self.solo } else { &self.pool };
        let limit = pool
            .as_ref()
            .map_or(1, rayon::ThreadPool::current_num_threads)
            .max(1);
        let results: Mutex<Vec<Option<T>>> = Mutex::new((0..n).map(|_| None).collect());
        let running = (Mutex::new(0usize), Condvar::new());
        match pool {
            // The loop runs on this thread, the batches on the pool's.
            Some(pool) => pool
                .in_place_scope(|scope| spawn_limited(scope, batches, limit, &results, &running)),
            None => rayon::in_place_scope(|scope| {
                spawn_limited(scope, batches, limit, &results, &running)
            }),
        }
        results
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
            .into_iter()
            .flatten()
            .collect()
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
    fn render(&self, p: &Product, qr: typst::foundations::Bytes) -> Result<Rendered, Error> {
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
        let office = p.office.as_ref().map(|_| office_variant(&doc));
        let preview = match (&p.preview, office.as_ref().unwrap_or(&doc).pages().first()) {
            (Some(_), Some(page)) => {
                let width = page.frame.width().to_pt().max(1.0);
                let pixmap = typst_render::render(
                    page,
                    &typst_render::RenderOptions {
                        pixel_per_pt: (f64::from(super::PREVIEW_WIDTH) / width).into(),
                        render_bleed: false,
                    },
                );
                Some(encode_png(
                    pixmap.width(),
                    pixmap.height(),
                    pixmap.data(),
                    p.template,
                )?)
            }
            _ => None,
        };
        let pdf = |doc: &PagedDocument, path: &str| -> Result<Vec<u8>, Error> {
            let options = PdfOptions {
                ident: Smart::Custom(path.to_string()),
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
            typst_pdf::pdf(doc, &options).map_err(|d| fail(&d))
        };
        let office = match (&office, &p.office) {
            (Some(doc), Some(path)) => Some(pdf(doc, path)?),
            _ => None,
        };
        let pages = match p.format {
            Format::Pdf => vec![pdf(&doc, &p.path)?],
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
                        encode_png(pixmap.width(), pixmap.height(), pixmap.data(), p.template)
                    })
                    .collect::<Result<Vec<_>, Error>>()?
            }
        };
        Ok(Rendered {
            pages,
            preview,
            office,
        })
    }

    /// Render (or take from the cache) one batch of products and put them in `out` (only
    /// in the cache without it: a helper process); returns the batch's cache keys,
    /// problems and counts. Products whose text the print font cannot show are problems
    /// instead, and once there are problems (`failed`, shared by the batches of a run)
    /// nothing more is rendered: the rest is only checked, so that a run reports every
    /// problem at once. Batches may run side by side. Memory
    /// stays bounded: typst's memoised results are dropped after each batch.
    pub fn write_batch(
        &self,
        products: &[Product],
        out: Option<&Staging>,
        failed: &AtomicBool,
    ) -> Result<Batch, Error> {
        let link = |from: &Path, to: &str| match out {
            Some(out) => out.link(from, to),
            None => Ok(()),
        };
        let mut done = Batch::default();
        let batch: Vec<String> = products.iter().map(|p| self.key(p)).collect();
        // Cached products were checked when they were rendered with the same fonts (the
        // fonts are part of the key): only the others need the glyph check.
        let todo: Vec<&Product> = products
            .iter()
            .zip(&batch)
            .filter(|(_, k)| !self.entry(k).is_file())
            .map(|(p, _)| p)
            .collect();
        done.problems = self.check_glyphs(&todo);
        if !done.problems.is_empty() {
            failed.store(true, Ordering::Relaxed);
        }
        if failed.load(Ordering::Relaxed) {
            done.keys.extend(batch);
            return Ok(done);
        }
        let report = &mut done.report;
        std::fs::create_dir_all(&self.cache).map_err(|e| Error::io(&self.cache, e))?;
        crate::output::spread_folders(&self.cache);
        // The QR codes of the products to render, each made once: a location's products
        // (flyers, posters, slides, …) all point at its page.
        let qr_codes: BTreeMap<&str, typst::foundations::Bytes> = {
            let urls: BTreeSet<&str> = todo.iter().map(|p| p.qr_url.as_str()).collect();
            urls.into_par_iter()
                .map(|url| (url, typst::foundations::Bytes::new(crate::qr::svg(url))))
                .collect()
        };
        // Per product: whether it was rendered now (not taken from the cache), and its files.
        let render_all = || -> Vec<Result<(bool, usize), Error>> {
            products
                .par_iter()
                .zip(&batch)
                .map(|(p, key)| {
                    // Page k (from 0) of the product: `<key>`, then `<key>.2`, `<key>.3`, …
                    let cached = |k: usize| {
                        if k == 0 {
                            self.entry(key)
                        } else {
                            self.entry(&format!("{key}.{}", k + 1))
                        }
                    };
                    let preview_file = self.entry(&format!("{key}.voorbeeld"));
                    let office_file = self.entry(&format!("{key}.{OFFICE_SUFFIX}"));
                    let preview_cached = p.preview.is_none() || preview_file.is_file();
                    let office_cached = p.office.is_none() || office_file.is_file();
                    if preview_cached && office_cached && cached(0).is_file() {
                        // Unchanged: hard links to the cache entries, no copies.
                        link(&cached(0), &p.path)?;
                        if let Some(path) = &p.preview {
                            link(&preview_file, path)?;
                        }
                        if let Some(path) = &p.office {
                            link(&office_file, path)?;
                        }
                        let mut k = 1;
                        while cached(k).is_file() {
                            link(&cached(k), &super::page_path(&p.path, k))?;
                            k += 1;
                        }
                        return Ok((false, k));
                    }
                    // Its QR code is not in `qr_codes` when only its preview or office
                    // variant was missing from the cache (`todo`: no main file).
                    let Rendered {
                        pages,
                        preview,
                        office,
                    } = self.render(
                        p,
                        qr_codes.get(p.qr_url.as_str()).cloned().unwrap_or_else(|| {
                            typst::foundations::Bytes::new(crate::qr::svg(&p.qr_url))
                        }),
                    )?;
                    let shard = self.cache.join(&key[..2]);
                    std::fs::create_dir_all(&shard).map_err(|e| Error::io(&shard, e))?;
                    // Each goes to a temporary name first, so that a stopped build leaves no
                    // half file.
                    let keep = |file: &Path, bytes: &[u8]| -> Result<(), Error> {
                        let tmp = file.with_extension(format!("tmp{}", std::process::id()));
                        std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
                        std::fs::rename(&tmp, file).map_err(|e| Error::io(file, e))
                    };
                    if let (Some(path), Some(bytes)) = (&p.preview, &preview) {
                        keep(&preview_file, bytes)?;
                        link(&preview_file, path)?;
                    }
                    if let (Some(path), Some(bytes)) = (&p.office, &office) {
                        keep(&office_file, bytes)?;
                        link(&office_file, path)?;
                    }
                    // The extra pages first, the first page last: its presence marks the
                    // entry complete.
                    for (k, bytes) in pages.iter().enumerate().rev() {
                        let file = cached(k);
                        keep(&file, bytes)?;
                        link(&file, &super::page_path(&p.path, k))?;
                    }
                    Ok((true, pages.len()))
                })
                .collect()
        };
        // Run by `run_batches`, the batch is on one of the printer's pools already.
        let on_solo = self
            .solo
            .as_ref()
            .is_some_and(|p| p.current_thread_index().is_some());
        let results = match &self.pool {
            Some(pool) if !on_solo => pool.install(render_all),
            _ => render_all(),
        };
        done.keys.extend(batch);
        // typst memoises across compilations process-wide: without this a large site
        // holds every product's layout until the end (gigabytes), and a long-running
        // `ido serve` grows without bound. Keep only what this batch used.
        typst::comemo::evict(1);
        for (r, p) in results.into_iter().zip(products) {
            let (rendered, pages) = r?;
            // Counted as files: a PDF and its office variant are two.
            let files = 1 + usize::from(p.office.is_some());
            if rendered {
                report.rendered += files;
            } else {
                report.cached += files;
            }
            if pages > 1 {
                report.pages.insert(p.path.clone(), pages);
            }
        }
        Ok(done)
    }

    /// Render (or take from the cache) `products` as one batch; with `prune`, remove cache
    /// entries that none of them used.
    pub fn write(&self, products: &[Product], out: &Staging, prune: bool) -> Result<Report, Error> {
        let done = self.write_batch(products, Some(out), &AtomicBool::new(false))?;
        if !done.problems.is_empty() {
            return Err(Error::Content(done.problems.sorted()));
        }
        if prune {
            self.prune(&done.keys)?;
        }
        Ok(done.report)
    }

    /// Remove cache entries that no product of this build used, and the entries of the
    /// older, flat layout (straight in the cache folder).
    pub fn prune(&self, keys: &BTreeSet<String>) -> Result<(), Error> {
        prune(&self.cache, keys);
        Ok(())
    }
}

/// Remove from `cache` the entries whose key is not in `keys`, and the entries of the
/// older, flat layout. Other files (the build stamp) stay.
fn prune(cache: &Path, keys: &BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_shard = name.len() == 2 && name.bytes().all(|c| c.is_ascii_hexdigit());
        if is_shard && entry.path().is_dir() {
            let Ok(files) = std::fs::read_dir(entry.path()) else {
                continue;
            };
            for file in files.flatten() {
                if !keys.contains(cache_key_of(&file.file_name().to_string_lossy())) {
                    let _ = std::fs::remove_file(file.path());
                }
            }
        } else if is_flat_entry(&name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Move the entries of the older, flat cache layout (straight in `cache`) into their
/// key's folder, so that the first build after an update links them instead of
/// rendering everything again. What cannot be moved, `prune` removes.
fn move_flat_entries(cache: &Path) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if is_flat_entry(&name) && entry.path().is_file() {
            let shard = cache.join(&name[..2]);
            if std::fs::create_dir_all(&shard).is_ok() {
                let _ = std::fs::rename(entry.path(), shard.join(name.as_ref()));
            }
        }
    }
}

/// Whether `name`, straight in the cache folder, is an entry of the older, flat layout
/// (`<32 hex digits>.pdf` and the like).
fn is_flat_entry(name: &str) -> bool {
    name.len() > 32 && name.as_bytes()[..32].iter().all(u8::is_ascii_hexdigit)
}

/// The key a cache file belongs to: `<key>.png.2`, `<key>.pdf.voorbeeld` and
/// `<key>.pdf.kantoor` belong to `<key>.png`, `<key>.pdf`.
fn cache_key_of(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((b, n))
            if n.bytes().all(|c| c.is_ascii_digit()) || n == "voorbeeld" || n == OFFICE_SUFFIX =>
        {
            b
        }
        _ => name,
    }
}

/// Spawn each of `batches` in `scope` once fewer than `limit` are running; each puts its
/// result at its index in `results`.
fn spawn_limited<'s, T: Send + 's>(
    scope: &rayon::Scope<'s>,
    batches: Vec<Box<dyn FnOnce() -> T + Send + 's>>,
    limit: usize,
    results: &'s Mutex<Vec<Option<T>>>,
    running: &'s (Mutex<usize>, Condvar),
) {
    let (count, changed) = running;
    for (i, batch) in batches.into_iter().enumerate() {
        let mut busy = count.lock().unwrap_or_else(PoisonError::into_inner);
        while *busy >= limit {
            busy = changed.wait(busy).unwrap_or_else(PoisonError::into_inner);
        }
        *busy += 1;
        drop(busy);
        scope.spawn(move |_| {
            // Counted down even when the batch panics, so the loop never waits for it.
            struct Done<'a>(&'a (Mutex<usize>, Condvar));
            impl Drop for Done<'_> {
                fn drop(&mut self) {
                    *self.0 .0.lock().unwrap_or_else(PoisonError::into_inner) -= 1;
                    self.0 .1.notify_all();
                }
            }
            let _done = Done(running);
            let r = batch();
            results.lock().unwrap_or_else(PoisonError::into_inner)[i] = Some(r);
        });
    }
}

/// What one batch of [`Printer::write_batch`] did.
#[derive(Default)]
pub struct Batch {
    /// The cache keys of its products.
    pub keys: BTreeSet<String>,
    /// Text the print font cannot show.
    pub problems: Problems,
    pub report: Report,
}

impl Batch {
    /// Add what another batch did.
    pub fn add(&mut self, other: Batch) {
        self.keys.extend(other.keys);
        self.problems.extend(other.problems);
        self.report.rendered += other.report.rendered;
        self.report.cached += other.report.cached;
        self.report.pages.extend(other.report.pages);
    }
}

/// The cache entry of a PDF's office variant: `<key>.pdf.kantoor`.
const OFFICE_SUFFIX: &str = "kantoor";

/// The office variant of a print-shop layout: the same pages without bleed, and without
/// what lies wholly in the bleed (the crop marks). The PDF's tags stay as they were: the
/// pages keep their tag items.
fn office_variant(doc: &PagedDocument) -> PagedDocument {
    use typst::layout::Sides;
    use typst::model::Document as _;
    let pages = doc
        .pages()
        .iter()
        .map(|page| {
            let mut page = page.clone();
            page.frame = trimmed(&page.frame, Point::zero(), page.frame.size());
            page.bleed = Sides::splat(Abs::zero());
            page
        })
        .collect();
    PagedDocument::new(pages, doc.info().clone())
}

/// `frame` (at `at` on the page) without the shapes that lie wholly outside the trim box
/// (`0..trim`). Groups that are rotated or scaled are kept as they are.
fn trimmed(frame: &Frame, at: Point, trim: Size) -> Frame {
    let mut out = Frame::new(frame.size(), frame.kind());
    if frame.has_baseline() {
        out.set_baseline(frame.baseline());
    }
    for (pos, item) in frame.items() {
        let abs = at + *pos;
        match item {
            FrameItem::Shape(shape, _) => {
                let bbox = shape.bbox(true);
                let (min, max) = (abs + bbox.min, abs + bbox.max);
                let outside = max.x <= Abs::zero()
                    || max.y <= Abs::zero()
                    || min.x >= trim.x
                    || min.y >= trim.y;
                if outside {
                    continue;
                }
                out.push(*pos, item.clone());
            }
            FrameItem::Group(group) if group.transform.is_identity() => {
                let mut group = group.clone();
                group.frame = trimmed(&group.frame, abs, trim);
                out.push(*pos, FrameItem::Group(group));
            }
            _ => out.push(*pos, item.clone()),
        }
    }
    out
}

/// The RGB bytes of premultiplied RGBA `data` when every pixel is opaque (an opaque
/// pixel's colour needs no demultiplying), else `None`. One pass over four pixels at a
/// time, checking alpha while it copies: twice as fast as a check and then a copy (2.5
/// → 1.2 ms for a 1920×1080 slide), and before that, pushing three bytes at a time had
/// taken a tenth of all print CPU.
fn opaque_rgb(data: &[u8]) -> Option<Vec<u8>> {
    const RGB: u128 = 0xff_ffff;
    const ALPHA: u128 = 0xff00_0000_ff00_0000_ff00_0000_ff00_0000;
    let mut rgb = vec![0u8; data.len() / 4 * 3];
    let mut alpha = u128::MAX;
    let mut to = rgb.chunks_exact_mut(12);
    let mut from = data.chunks_exact(16);
    for (to, from) in (&mut to).zip(&mut from) {
        let mut four = [0u8; 16];
        four.copy_from_slice(from);
        let four = u128::from_le_bytes(four);
        alpha &= four;
        let packed = (four & RGB)
            | ((four >> 8) & (RGB << 24))
            | ((four >> 16) & (RGB << 48))
            | ((four >> 24) & (RGB << 72));
        to.copy_from_slice(&packed.to_le_bytes()[..12]);
    }
    let mut opaque = alpha & ALPHA == ALPHA;
    for (to, from) in to
        .into_remainder()
        .chunks_exact_mut(3)
        .zip(from.remainder().chunks_exact(4))
    {
        to.copy_from_slice(&from[..3]);
        opaque &= from[3] == 255;
    }
    opaque.then_some(rgb)
}

/// A PNG of a rendered page (premultiplied RGBA `data`, as tiny-skia keeps it): RGB when
/// every pixel is opaque (slides and print pages are), compressed with png's fast mode
/// (fdeflate). The default mode (zlib level 6 through flate2) took more than a third of
/// the CPU time of all print products for files about 10 % smaller. Every row takes the
/// Paeth filter instead of the best of five (the fast mode's default): a 1920×1080 slide
/// encodes in 2.2 instead of 3.4 ms, for files 6.5 % larger with the same pixels.
fn encode_png(width: u32, height: u32, data: &[u8], template: &str) -> Result<Vec<u8>, Error> {
    let (color, pixels): (png::ColorType, Vec<u8>) = match opaque_rgb(data) {
        Some(rgb) => (png::ColorType::Rgb, rgb),
        None => {
            let demultiply =
                |c: u8, a: u8| ((u32::from(c) * 255 + u32::from(a) / 2) / u32::from(a)) as u8;
            let rgba = data
                .chunks_exact(4)
                .flat_map(|p| match p[3] {
                    0 => [0, 0, 0, 0],
                    a => [
                        demultiply(p[0], a),
                        demultiply(p[1], a),
                        demultiply(p[2], a),
                        a,
                    ],
                })
                .collect();
            (png::ColorType::Rgba, rgba)
        }
    };
    let fail = |e: png::EncodingError| Error::Template {
        name: format!("print/{template}"),
        message: e.to_string(),
    };
    let mut out = Vec::with_capacity(pixels.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Paeth);
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(&pixels).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_of_the_flat_layout_move_into_their_folders() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path();
        let key = format!("{:032x}.pdf", 0x3f_u128 << 120);
        for name in [
            key.clone(),
            format!("{key}.kantoor"),
            "last-build.json".into(),
        ] {
            std::fs::write(cache.join(name), b"x").unwrap();
        }
        move_flat_entries(cache);
        assert!(cache.join("3f").join(&key).is_file());
        assert!(cache.join("3f").join(format!("{key}.kantoor")).is_file());
        assert!(!cache.join(&key).exists());
        assert!(cache.join("last-build.json").is_file());
    }

    #[test]
    fn prune_keeps_the_used_entries_and_the_stamp_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path();
        let used = format!("{:032x}.pdf", 0xab_u128 << 120);
        let unused = format!("{:032x}.png", 0xac_u128 << 120);
        let old_flat = format!("{:032x}.pdf", 7);
        std::fs::create_dir_all(cache.join("ab")).unwrap();
        std::fs::create_dir_all(cache.join("ac")).unwrap();
        let files = [
            format!("ab/{used}"),
            format!("ab/{used}.kantoor"),
            format!("ab/{used}.voorbeeld"),
            format!("ab/{used}.2"),
            format!("ab/{used}.tmp99"),
            format!("ac/{unused}"),
            format!("ac/{unused}.3"),
            old_flat.clone(),
            "last-build.json".to_string(),
        ];
        for f in &files {
            std::fs::write(cache.join(f), b"x").unwrap();
        }
        prune(cache, &BTreeSet::from([used.clone()]));
        let left: BTreeSet<String> = walkdir::WalkDir::new(cache)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(cache).unwrap();
                rel.to_string_lossy().into_owned()
            })
            .collect();
        let expected: BTreeSet<String> = [
            format!("ab/{used}"),
            format!("ab/{used}.kantoor"),
            format!("ab/{used}.voorbeeld"),
            format!("ab/{used}.2"),
            "last-build.json".to_string(),
        ]
        .into();
        assert_eq!(left, expected);
    }

    /// The pixels as the plain loop would copy them, for comparison.
    fn plain(data: &[u8]) -> Option<Vec<u8>> {
        data.chunks_exact(4).all(|p| p[3] == 255).then(|| {
            data.chunks_exact(4)
                .flat_map(|p| [p[0], p[1], p[2]])
                .collect()
        })
    }

    #[test]
    fn opaque_rgb_copies_every_pixel_and_sees_any_transparent_one() {
        // 1,001 pixels: 250 groups of four and one left over.
        let mut data: Vec<u8> = (0..4 * 1001).map(|i| (i * 7 % 251) as u8).collect();
        for p in data.chunks_exact_mut(4) {
            p[3] = 255;
        }
        let rgb = opaque_rgb(&data).expect("opaque");
        assert_eq!(Some(rgb.clone()), plain(&data));
        assert_eq!(rgb.len(), 3 * 1001);
        for at in [0, 5, 998, 1000] {
            let mut one = data.clone();
            one[4 * at + 3] = 254;
            assert_eq!(opaque_rgb(&one), None, "pixel {at}");
        }
        assert_eq!(opaque_rgb(&[]), Some(Vec::new()));
    }
}
