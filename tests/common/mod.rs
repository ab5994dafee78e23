//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Copy a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// Build options for a content folder, with the repository's templates and a fixed date.
pub fn options(content: &Path, output: &Path) -> ido::BuildOptions {
    let mut o = ido::BuildOptions::new(content, output);
    o.templates = root().join("templates");
    o.today = jiff::civil::date(2026, 11, 23);
    o.minute = 0;
    // Flyers and slides have their own tests (tests/print.rs); the others stay fast.
    o.print = false;
    o
}

/// All files below `dir`, as sorted relative paths.
pub fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    out.sort();
    out
}

pub fn read(dir: &Path, rel: &str) -> String {
    fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<main>` element of a page.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("page has <main>");
    let end = html.find("</main>").expect("page has </main>") + "</main>".len();
    &html[start..end]
}

/// A copy of the minimal fixture site with a case folder laid over it: its files are
/// added or replace those of the site, a `<name>.remove` file removes `<name>`, and
/// `expected.txt` is skipped. Returns the temporary folder and the content folder in it.
pub fn site_with(case: &Path) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    for entry in walkdir::WalkDir::new(case).min_depth(1) {
        let entry = entry.unwrap();
        let rel = entry
            .path()
            .strip_prefix(case)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if rel == "expected.txt" || entry.file_type().is_dir() {
            continue;
        }
        match rel.strip_suffix(".remove") {
            Some(target) => fs::remove_file(content.join(target)).unwrap(),
            None => {
                fs::create_dir_all(content.join(&rel).parent().unwrap()).unwrap();
                fs::copy(entry.path(), content.join(&rel)).unwrap();
            }
        }
    }
    (tmp, content)
}

/// Render `products` into `o.output` with a fresh cache under `cache`, as a build does.
pub fn render_products(
    site: &ido::model::Site,
    o: &ido::BuildOptions,
    cache: &Path,
    products: &[ido::print::Product],
) {
    let printer = ido::print::Printer::new(site, &o.templates, &o.content, cache, o.today).unwrap();
    let staging = ido::output::Staging::new(&o.output).unwrap();
    printer.write(products, &staging, false).unwrap();
    staging.commit().unwrap();
}
