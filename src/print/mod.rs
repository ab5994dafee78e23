//! Print and screen products typeset with typst from `templates/print/`: per location an
//! A5 flyer, an A4 poster, an A4 week overview and a flyer per theme (PDF/UA-1, each in an
//! office and a print-shop variant), and narrowcasting slides (PNG, landscape and portrait).
//! Products are cached by a hash of their inputs and rendered in parallel.

#[cfg(feature = "print")]
mod typeset;
#[cfg(feature = "print")]
mod world;

#[cfg(feature = "print")]
pub use typeset::Printer;

use std::path::PathBuf;
#[cfg(feature = "print")]
use std::sync::atomic::AtomicBool;

#[cfg(feature = "print")]
use indicatif::ProgressBar;
use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;

#[cfg(feature = "print")]
use crate::output::Staging;

use crate::index::Index;
use crate::lang::Lang;
use crate::model::{Location, Site};
use crate::present::products::{self as data, LocationData, ThemeView};

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

/// A PDF product is laid out once, as the print-shop variant; the office variant is the
/// same layout without the bleed and the crop marks around it (see `typeset`).
const SHOP: &str = "drukkerij";
const OFFICE: &str = "kantoor";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Png,
}

/// What a product's template is told besides the location.
#[derive(Serialize)]
struct Doc<'a> {
    title: String,
    /// The language of the product's texts and its direction.
    lang: &'a str,
    dir: &'static str,
    /// The words the templates write in that language (`t.print_free`).
    t: std::collections::BTreeMap<&'a str, &'a str>,
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
    pub data: Vec<u8>,
    /// What the QR code holds (the location's page).
    pub qr_url: String,
    /// The location file, for error messages.
    pub source: PathBuf,
    /// Where a small picture of the first page goes (a PDF on the staff page), if any.
    pub preview: Option<String>,
    /// A PDF's office variant, made from the same layout as `path` (the print-shop
    /// variant) without bleed and crop marks.
    pub office: Option<String>,
}

/// What `write` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub rendered: usize,
    pub cached: usize,
    /// Of `rendered`, made by helper processes ([`Helpers`]).
    pub helped: usize,
    /// Products that took more than one file (a week slide over several screens): path of
    /// the first, and the number of files (see [`page_path`]).
    pub pages: std::collections::BTreeMap<String, usize>,
}

use crate::routes::{gemeente_print_dir as gemeente_dir, print_dir, screen_dir};
pub use crate::routes::{page_path, preview_path, PREVIEW_SUFFIX, PREVIEW_WIDTH};

/// The catalogue's words the print templates use: the flyer's own (`print-…`) and a few
/// the site shares ("Waar?", "Gesloten").
fn print_words(lang: &Lang) -> std::collections::BTreeMap<&str, &str> {
    const SHARED: &[&str] = &[
        "where",
        "when",
        "closed",
        "sessions",
        "contact",
        "home_title",
        "list_separator",
        "list_and",
        "rule_every_week",
        "on_appointment",
    ];
    lang.plain
        .iter()
        .filter(|(k, _)| k.starts_with("print_") || SHARED.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// All products of one location.
pub fn location_products(l: &Location, site: &Site, index: &Index, today: Date) -> Vec<Product> {
    let nl = crate::lang::source();
    let timeless = LocationData::new(nl, l, site, index, today, false);
    let dated = LocationData::new(nl, l, site, index, today, true);
    let mut out = Vec::new();
    // `path` without its variant: a PDF is `<path>-drukkerij.pdf` and `<path>-kantoor.pdf`.
    let mut push =
        |path: String, template: &'static str, format: Format, loc: &LocationData, doc: Doc| {
            let url = loc.url.clone();
            #[derive(Serialize)]
            struct Data<'a> {
                doc: Doc<'a>,
                loc: &'a LocationData<'a>,
            }
            let data = serde_json::to_vec(&Data { doc, loc }).expect("print data serialises");
            let (path, office, preview) = match format {
                Format::Pdf => {
                    let office = format!("{path}-{OFFICE}.pdf");
                    // One picture per product: of the office variant (no crop marks).
                    let preview = preview_path(&office);
                    (format!("{path}-{SHOP}.pdf"), Some(office), Some(preview))
                }
                Format::Png => (path, None, None),
            };
            out.push(Product {
                path,
                template,
                format,
                data,
                qr_url: url,
                source: l.source.clone(),
                preview,
                office,
            });
        };
    let doc = |title: String| Doc {
        title,
        lang: &nl.code,
        dir: nl.dir(),
        t: print_words(nl),
        variant: Variant::Drukkerij,
        orientation: "",
        slide: "",
        min_text: SLIDE_MIN_TEXT_PX,
        theme: None,
    };
    let dir = print_dir(&l.slug);
    push(
        format!("{dir}/flyer-a5"),
        "flyer.typ",
        Format::Pdf,
        &timeless,
        doc(format!("Hulp bij de digitale overheid – {}", l.name)),
    );
    // The flyer in every other language of the site, its QR code to the page in that
    // language: `flyer-a5-en-drukkerij.pdf`.
    for lang in &crate::lang::all().published(&site.config.languages)[1..] {
        let data = LocationData::new(lang, l, site, index, today, false);
        push(
            format!("{dir}/flyer-a5-{}", lang.code),
            "flyer.typ",
            Format::Pdf,
            &data,
            Doc {
                lang: &lang.code,
                dir: lang.dir(),
                t: print_words(lang),
                ..doc(format!("{} – {}", lang.t("home-title"), l.name))
            },
        );
    }
    push(
        format!("{dir}/poster-a4"),
        "poster.typ",
        Format::Pdf,
        &timeless,
        doc(format!("Poster – {}", l.name)),
    );
    push(
        format!("{dir}/tafelhouder-a4"),
        "tafelhouder.typ",
        Format::Pdf,
        &timeless,
        doc(format!("Voor de A4-houder op tafel – {}", l.name)),
    );
    push(
        format!("{dir}/weekoverzicht-a4"),
        "weekoverzicht.typ",
        Format::Pdf,
        &dated,
        doc(format!("Weekoverzicht spreekuren – {}", l.name)),
    );
    for t in &l.themes {
        let Some(theme) = index.themes.get(t.as_str()) else {
            continue;
        };
        push(
            format!("{dir}/thema-{t}-a5"),
            "thema.typ",
            Format::Pdf,
            &timeless,
            Doc {
                theme: Some(ThemeView::new(theme, index, &l.partners)),
                ..doc(format!("{} – {}", theme.title, l.name))
            },
        );
    }
    let sdir = screen_dir(&l.slug);
    for (orientation, size) in [("liggend", "1920x1080"), ("staand", "1080x1920")] {
        let slide = |slide: &'static str, title: String, theme| Doc {
            title,
            lang: &nl.code,
            dir: nl.dir(),
            t: print_words(nl),
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
            let Some(theme) = index.themes.get(t.as_str()) else {
                continue;
            };
            push(
                format!("{sdir}/dia-{}-thema-{t}-{size}.png", i + 3),
                "dia.typ",
                Format::Png,
                &timeless,
                slide(
                    "thema",
                    theme.title.clone(),
                    Some(ThemeView::new(theme, index, &l.partners)),
                ),
            );
        }
    }
    out
}

/// The site paths of every print product, its picture and slide of one location, in the
/// order they are made: what the staff page links to, so it cannot drift from what is made.
pub fn location_product_paths(
    l: &Location,
    site: &Site,
    index: &Index,
    today: Date,
) -> Vec<String> {
    location_products(l, site, index, today)
        .into_iter()
        .flat_map(|p| p.office.into_iter().chain(p.preview).chain([p.path]))
        .collect()
}

/// The A4 of one gemeente (both variants): every information point with its hours, and
/// the DigiHulplijn; for the front desk of the town hall and for referrers.
pub fn gemeente_products(
    g: &crate::index::Gemeente,
    site: &Site,
    index: &Index,
    today: Date,
) -> Vec<Product> {
    #[derive(Serialize)]
    struct GemeenteData<'a> {
        name: &'a str,
        slug: &'a str,
        url: String,
        url_display: String,
        locations: Vec<LocationData<'a>>,
    }
    #[derive(Serialize)]
    struct Data<'a> {
        doc: Doc<'a>,
        gemeente: &'a GemeenteData<'a>,
    }
    let Some(first) = g.locations.first() else {
        return Vec::new();
    };
    let url = format!(
        "{}{}",
        site.config.base_url,
        crate::routes::gemeente(g.slug)
    );
    let gemeente = GemeenteData {
        name: g.name,
        slug: g.slug,
        url_display: data::display_url(&url),
        url: url.clone(),
        locations: g
            .locations
            .iter()
            // Timeless (no dates), so the sheet keeps its cache key from day to day.
            .map(|l| LocationData::new(crate::lang::source(), l, site, index, today, false))
            .collect(),
    };
    let nl = crate::lang::source();
    let doc = Doc {
        title: format!("Informatiepunten Digitale Overheid in {}", g.name),
        lang: &nl.code,
        dir: nl.dir(),
        t: print_words(nl),
        variant: Variant::Drukkerij,
        orientation: "",
        slide: "",
        min_text: SLIDE_MIN_TEXT_PX,
        theme: None,
    };
    let data = serde_json::to_vec(&Data {
        doc,
        gemeente: &gemeente,
    })
    .expect("print data serialises");
    let path =
        |variant: &str| format!("{}/informatiepunten-a4-{variant}.pdf", gemeente_dir(g.slug));
    vec![Product {
        path: path(SHOP),
        template: "gemeente.typ",
        format: Format::Pdf,
        data,
        qr_url: url.clone(),
        source: first.source.clone(),
        preview: None,
        office: Some(path(OFFICE)),
    }]
}

/// The products of the given locations (all when `only` is `None`) and of their
/// gemeenten, in a stable order.
pub fn products(site: &Site, index: &Index, today: Date, only: Option<&[&str]>) -> Vec<Product> {
    let wanted = |l: &Location| only.is_none_or(|o| o.contains(&l.slug.as_str()));
    let mut out: Vec<Product> = site
        .locations
        .par_iter()
        .filter(|l| wanted(l))
        .flat_map_iter(|l| location_products(l, site, index, today))
        .collect();
    out.extend(
        index
            .gemeenten
            .iter()
            .filter(|g| g.locations.iter().any(|l| wanted(l)))
            .flat_map(|g| gemeente_products(g, site, index, today)),
    );
    out
}

/// Locations per batch of [`write`]: enough to keep both cores busy (a location has some
/// 25 products), few enough that typst's memoised layouts of a batch stay small (measured
/// on 40 synthetic locations: 8 per batch peaked at 925 MB, 2 at 367 MB). A gemeente's
/// sheet, which tries up to eight text sizes for all its locations, takes more: two at a
/// time.
#[cfg(feature = "print")]
const BATCH: usize = 2;
#[cfg(feature = "print")]
const GEMEENTE_BATCH: usize = 2;

/// One batch of [`write`], run by [`Printer::run_batches`].
#[cfg(feature = "print")]
type Job<'a> = Box<dyn FnOnce() -> Result<typeset::Batch, crate::Error> + Send + 'a>;

/// Helper processes for a full build: the program itself (`ido print-share`), started
/// once per thread but one, each rendering every `count`-th batch into the print cache
/// while the build renders its own share on one thread.
///
/// typst memoises layouts in caches shared by all threads of a process, behind
/// read-write locks: two threads typesetting side by side wait for each other there
/// (about a tenth of the time on two cores, measured with `perf record -e
/// sched:sched_switch`) and spend 10 % more CPU time than one thread alone. Processes
/// have caches of their own. A helper only fills the cache: the build then takes every
/// product from it as usual, and renders (and reports on) whatever a helper did not
/// make, so a helper that fails or cannot start costs time, never a product.
#[cfg(feature = "print")]
pub struct Helpers {
    pub program: PathBuf,
    /// The arguments that make the helper load the same site (without `--part`).
    pub args: Vec<std::ffi::OsString>,
    /// Processes in all, the build's own included.
    pub count: usize,
}

#[cfg(feature = "print")]
impl Helpers {
    /// Start helpers 1..count; killed when dropped unless they were waited for.
    fn start(&self) -> Running {
        let children = (1..self.count)
            .filter_map(|part| {
                std::process::Command::new(&self.program)
                    .args(&self.args)
                    .arg("--part")
                    .arg(format!("{part}/{}", self.count))
                    .stdin(std::process::Stdio::null())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .ok()
            })
            .collect();
        Running(children)
    }
}

/// Helper processes at work.
#[cfg(feature = "print")]
struct Running(Vec<std::process::Child>);

#[cfg(feature = "print")]
impl Running {
    /// Wait for every helper; the number of products they rendered (as they say on
    /// stdout; a helper that failed counts none).
    fn wait(mut self) -> usize {
        let mut rendered = 0;
        for child in std::mem::take(&mut self.0) {
            if let Ok(done) = child.wait_with_output() {
                if done.status.success() {
                    rendered += String::from_utf8_lossy(&done.stdout)
                        .trim()
                        .parse::<usize>()
                        .unwrap_or(0);
                }
            }
        }
        rendered
    }
}

#[cfg(feature = "print")]
impl Drop for Running {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The locations (all when `only` is `None`) whose products a build makes, and their
/// gemeenten.
#[cfg(feature = "print")]
fn wanted<'a>(
    site: &'a Site,
    index: &'a Index<'a>,
    only: Option<&[&str]>,
) -> (Vec<&'a Location>, Vec<&'a crate::index::Gemeente<'a>>) {
    let wanted = |l: &Location| only.is_none_or(|o| o.contains(&l.slug.as_str()));
    let locations = site.locations.iter().filter(|l| wanted(l)).collect();
    let gemeenten = index
        .gemeenten
        .iter()
        .filter(|g| g.locations.iter().any(|l| wanted(l)))
        .collect();
    (locations, gemeenten)
}

/// The batches of a build's products: `BATCH` locations or `GEMEENTE_BATCH` gemeenten
/// each, whose products a batch derives when it runs, puts in `out` (or only in the
/// cache, without) and drops when it ends.
#[cfg(feature = "print")]
fn jobs<'a>(
    printer: &'a Printer,
    (site, index, today): (&'a Site, &'a Index<'a>, Date),
    (locations, gemeenten): (Vec<&'a Location>, Vec<&'a crate::index::Gemeente<'a>>),
    out: Option<&'a Staging>,
    (failed, bar): (&'a AtomicBool, &'a ProgressBar),
) -> Vec<Job<'a>> {
    fn job<'a>(
        (printer, out, failed, bar): (
            &'a Printer,
            Option<&'a Staging>,
            &'a AtomicBool,
            &'a ProgressBar,
        ),
        n: usize,
        make: impl FnOnce() -> Vec<Product> + Send + 'a,
    ) -> Job<'a> {
        Box::new(move || {
            let done = printer.write_batch(&make(), out, failed);
            bar.inc(n as u64);
            done
        })
    }
    let with = (printer, out, failed, bar);
    let mut jobs: Vec<Job> = Vec::new();
    for batch in locations.chunks(BATCH) {
        let batch = batch.to_vec();
        jobs.push(job(with, batch.len(), move || {
            batch
                .iter()
                .flat_map(|l| location_products(l, site, index, today))
                .collect()
        }));
    }
    for batch in gemeenten.chunks(GEMEENTE_BATCH) {
        let batch = batch.to_vec();
        jobs.push(job(with, batch.len(), move || {
            batch
                .iter()
                .flat_map(|g| gemeente_products(g, site, index, today))
                .collect()
        }));
    }
    jobs
}

/// Make (or take from the cache) the products of the given locations (all when `only` is
/// `None`) and of their gemeenten, a batch of locations at a time: the products of one
/// batch are derived, rendered, written and dropped when it ends, and only as many batches
/// as there are threads are in progress, so memory does not grow with the number of
/// locations. A full build also prunes the cache, and with `helpers` shares the work
/// with helper processes ([`Helpers`]).
#[cfg(feature = "print")]
pub fn write(
    printer: &Printer,
    site: &Site,
    index: &Index,
    today: Date,
    only: Option<&[&str]>,
    out: &crate::output::Staging,
    helpers: Option<&Helpers>,
) -> Result<Report, crate::Error> {
    let (locations, gemeenten) = wanted(site, index, only);
    let bar = typeset::progress(locations.len() + gemeenten.len());
    let failed = AtomicBool::new(false);
    let jobs = jobs(
        printer,
        (site, index, today),
        (locations, gemeenten),
        Some(out),
        (&failed, &bar),
    );
    let helpers = helpers.filter(|h| only.is_none() && h.count > 1 && jobs.len() >= 2 * h.count);
    let (results, by_helpers) = match helpers {
        None => (printer.run_batches(jobs, false), 0),
        Some(h) => {
            let running = h.start();
            // Share 0 here on one thread, the others in the helpers; then the helpers'
            // batches as usual: from the cache, or rendered when missing.
            let (mine, theirs) = share(jobs, 0, h.count);
            let mut results = printer.run_batches(mine, true);
            let by_helpers = running.wait();
            results.extend(printer.run_batches(theirs, false));
            (results, by_helpers)
        }
    };
    let mut all = typeset::Batch::default();
    let mut failure = None;
    for done in results {
        match done {
            Ok(done) => all.add(done),
            Err(e) => {
                failure.get_or_insert(e);
            }
        }
    }
    bar.finish_and_clear();
    // Characters the font lacks come first: a batch that ran beside the one that found
    // them may have failed on the same text in typst.
    if !all.problems.is_empty() {
        return Err(crate::Error::Content(all.problems.sorted()));
    }
    if let Some(e) = failure {
        return Err(e);
    }
    if only.is_none() {
        printer.prune(&all.keys)?;
    }
    // What the helpers rendered, this build took from the cache.
    let moved = by_helpers.min(all.report.cached);
    all.report.rendered += moved;
    all.report.cached -= moved;
    all.report.helped = moved;
    Ok(all.report)
}

/// Share `part` of `of` of a full build's batches (every `of`-th, from the `part`-th), and
/// the others: how the build and its helpers divide the work.
#[cfg(feature = "print")]
fn share(jobs: Vec<Job<'_>>, part: usize, of: usize) -> (Vec<Job<'_>>, Vec<Job<'_>>) {
    let (mut mine, mut others) = (Vec::new(), Vec::new());
    for (i, job) in jobs.into_iter().enumerate() {
        if i % of.max(1) == part {
            mine.push(job);
        } else {
            others.push(job);
        }
    }
    (mine, others)
}

/// The helper's side of [`Helpers`]: render share `part` of `of` (every `of`-th batch of
/// a full build, from the `part`-th) into the print cache, on one thread. Returns the
/// number of files rendered; stops at the first problem (the build reports it).
#[cfg(feature = "print")]
pub fn write_share(
    printer: &Printer,
    site: &Site,
    index: &Index,
    today: Date,
    part: usize,
    of: usize,
) -> Result<usize, crate::Error> {
    let bar = ProgressBar::hidden();
    let failed = AtomicBool::new(false);
    let all = wanted(site, index, None);
    let all = jobs(printer, (site, index, today), all, None, (&failed, &bar));
    let (mine, _) = share(all, part, of);
    let mut rendered = 0;
    for done in printer.run_batches(mine, true) {
        let done = done?;
        if !done.problems.is_empty() {
            return Err(crate::Error::Content(done.problems.sorted()));
        }
        rendered += done.report.rendered;
    }
    Ok(rendered)
}
