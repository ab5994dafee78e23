//! Print benchmark: flyers, posters, week overviews, theme flyers (PDF) and slides (PNG)
//! for synthetic content of 1,000 locations, in process and in parallel, as `ido build`
//! makes them. Reports the clean render time of all products in parallel, the time per
//! PDF and per PNG on one thread (the products of the first 20 locations, each kind on its
//! own), and the time of a rebuild with unchanged content, which takes every product from
//! the cache.
//!
//! Run: `cargo bench --bench print` (add `-- 200` for another number of locations).

use std::time::Instant;

use ido::print::{self, Format};

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("temp dir");
    let content = tmp.path().join("content");
    ido::synthetic::write(&root.join("content"), &content, n).expect("synthetic content");
    let mut opts = ido::BuildOptions::new(&content, tmp.path().join("public"));
    opts.templates = root.join("templates");
    opts.today = jiff::civil::date(2026, 11, 23);
    let site = ido::load(&opts).expect("content loads");
    let agendas = ido::derive::agendas(&site, opts.today);
    let index = ido::index::Index::new(&site, &agendas);
    let cache = tmp.path().join("cache");

    let started = Instant::now();
    let products = print::products(&site, &index, opts.today, None);
    let derive = started.elapsed();
    let pdfs = products.iter().filter(|p| p.format == Format::Pdf).count();
    let pngs = products.len() - pdfs;
    let printer = print::Printer::new(&site, &opts.templates, &opts.content, &cache, opts.today)
        .expect("printer");
    let out = ido::output::Staging::new(&tmp.path().join("out")).expect("staging");
    let started = Instant::now();
    let clean = printer.write(&products, &out, true).expect("render");
    let clean_time = started.elapsed();
    assert_eq!(clean.rendered, products.len());

    // A rebuild with unchanged content: derive the products again, hash, copy from cache.
    let started = Instant::now();
    let products = print::products(&site, &index, opts.today, None);
    let again = printer.write(&products, &out, true).expect("rebuild");
    let unchanged = started.elapsed();
    assert_eq!(again.rendered, 0);
    out.discard();

    // One thread, one kind at a time, a fresh cache: the cost of one product.
    let sample: Vec<&str> = site
        .locations
        .iter()
        .take(20)
        .map(|l| l.slug.as_str())
        .collect();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    let per = |format: Format| {
        let products: Vec<_> = print::products(&site, &index, opts.today, Some(&sample))
            .into_iter()
            .filter(|p| p.format == format)
            .collect();
        let cache = tempfile::tempdir().expect("cache");
        let printer = print::Printer::new(
            &site,
            &opts.templates,
            &opts.content,
            cache.path(),
            opts.today,
        )
        .expect("printer");
        let out = ido::output::Staging::new(&tmp.path().join("sample")).expect("staging");
        let started = Instant::now();
        one.install(|| printer.write(&products, &out, false))
            .expect("render");
        let per = started.elapsed().as_secs_f64() * 1e3 / products.len() as f64;
        out.discard();
        (per, products.len())
    };
    let (pdf_ms, pdf_n) = per(Format::Pdf);
    let (png_ms, png_n) = per(Format::Png);

    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!(
        "{n} locations: {pdfs} PDFs and {pngs} PNG slides (products derived in {:.0} ms)",
        ms(derive)
    );
    println!(
        "clean render:        {:>8.1} s on {} threads",
        clean_time.as_secs_f64(),
        rayon::current_num_threads()
    );
    println!("per PDF (1 thread):  {pdf_ms:>8.1} ms (mean of {pdf_n})");
    println!("per PNG (1 thread):  {png_ms:>8.1} ms (mean of {png_n}, 1920×1080 and 1080×1920)");
    println!(
        "unchanged rebuild:   {:>8.2} s ({} from the cache, 0 rendered)",
        unchanged.as_secs_f64(),
        again.cached
    );
}
