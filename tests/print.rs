//! Flyers, posters, week overviews, theme flyers and slides: checked with the tools a
//! print shop or a screen player would use (poppler's pdfinfo, pdffonts, pdftotext and
//! pdftoppm; zbarimg for the QR codes), plus the cache and the narrowcasting feeds.
#![cfg(feature = "print")]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{copy_tree, fixture, options};

const URL: &str = "https://example.nl/ido/locaties/test-balie/";

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (poppler-utils, zbar-tools): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A copy of the minimal site, built with print products into `<tmp>/public`.
fn built() -> (tempfile::TempDir, std::path::PathBuf, ido::BuildReport) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let report = build(&content, &tmp.path().join("public"));
    let public = tmp.path().join("public");
    (tmp, public, report)
}

fn build(content: &Path, public: &Path) -> ido::BuildReport {
    let mut o = options(content, public);
    o.print = true;
    ido::build(&o).unwrap_or_else(|e| panic!("{e}"))
}

fn p(public: &Path, rel: &str) -> String {
    public.join(rel).to_string_lossy().into_owned()
}

/// Page size in millimetres, from pdfinfo.
fn page_mm(pdf: &str) -> (f64, f64, usize) {
    let info = tool("pdfinfo", &[pdf]);
    let line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    let nums: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let pages = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|n| n.parse().ok())
        .unwrap();
    let mm = |pt: f64| pt * 25.4 / 72.0;
    (mm(nums[0]), mm(nums[1]), pages)
}

fn assert_mm(pdf: &str, w: f64, h: f64, pages: usize) {
    let (aw, ah, n) = page_mm(pdf);
    assert!(
        (aw - w).abs() < 0.2 && (ah - h).abs() < 0.2,
        "{pdf}: {aw:.1}×{ah:.1} mm, expected {w}×{h}"
    );
    assert_eq!(
        n, pages,
        "{pdf}: page count (more pages means something overflowed)"
    );
}

/// Text with every run of white space (line ends included) made one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &str) -> (u32, u32) {
    let b = fs::read(path).unwrap();
    assert_eq!(&b[1..4], b"PNG", "{path} is no PNG");
    let n = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    (n(16), n(20))
}

#[test]
fn pdfs_have_the_right_size_embedded_fonts_and_the_location_text() {
    let (_tmp, public, report) = built();
    assert!(report.rendered > 0);
    let dir = "print/test-balie";
    assert_mm(
        &p(&public, &format!("{dir}/flyer-a5-kantoor.pdf")),
        148.0,
        210.0,
        2,
    );
    assert_mm(
        &p(&public, &format!("{dir}/flyer-a5-drukkerij.pdf")),
        154.0,
        216.0,
        2,
    );
    assert_mm(
        &p(&public, &format!("{dir}/poster-a4-kantoor.pdf")),
        210.0,
        297.0,
        1,
    );
    assert_mm(
        &p(&public, &format!("{dir}/poster-a4-drukkerij.pdf")),
        216.0,
        303.0,
        1,
    );
    assert_mm(
        &p(&public, &format!("{dir}/weekoverzicht-a4-kantoor.pdf")),
        210.0,
        297.0,
        1,
    );
    assert_mm(
        &p(&public, &format!("{dir}/thema-digid-a5-kantoor.pdf")),
        148.0,
        210.0,
        2,
    );

    // The print-shop variant declares its trim box 3 mm inside the sheet.
    let boxes = tool(
        "pdfinfo",
        &[
            "-box",
            &p(&public, &format!("{dir}/flyer-a5-drukkerij.pdf")),
        ],
    );
    let trim: Vec<f64> = boxes
        .lines()
        .find(|l| l.starts_with("TrimBox:"))
        .unwrap()
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!((trim[0] - 3.0 * 72.0 / 25.4).abs() < 0.1, "{boxes}");

    for name in [
        "flyer-a5-kantoor",
        "poster-a4-drukkerij",
        "weekoverzicht-a4-kantoor",
        "thema-digid-a5-drukkerij",
    ] {
        let pdf = p(&public, &format!("{dir}/{name}.pdf"));
        let fonts = tool("pdffonts", &[&pdf]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{name}: no fonts");
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object ID: `emb` is the 4th column from the end + 1.
            assert_eq!(
                cols[cols.len() - 5],
                "yes",
                "{name}: font not embedded: {row}"
            );
        }
        assert!(fonts.contains("AtkinsonHyperlegible"), "{name}: {fonts}");

        let text = words(&tool("pdftotext", &[&pdf, "-"]));
        assert!(text.contains("Informatiepunt Teststad"), "{name}: {text}");
        if name.starts_with("poster-") {
            // Posters show the hours in large type, in the short form of the slides.
            assert!(text.contains("10.00–12.00 uur"), "{name}: {text}");
        } else if name != "thema-digid-a5-drukkerij" {
            assert!(text.contains("10.00 tot 12.00 uur"), "{name}: {text}");
        }
        // Tagged PDF/UA-1 with a title and Dutch as its language.
        let info = tool("pdfinfo", &[&pdf]);
        assert!(info.contains("Tagged:          yes"), "{name}: {info}");
        assert!(
            info.contains("Title:           ") && info.contains("Informatiepunt Teststad"),
            "{name}: {info}"
        );
        let raw = fs::read(&pdf).unwrap();
        let raw = String::from_utf8_lossy(&raw);
        assert!(
            raw.contains("pdfuaid:part>1<") || raw.contains("pdfuaid:part=\"1\""),
            "{name}: no PDF/UA-1 identification"
        );
        assert!(raw.contains("/Lang(nl-NL)"), "{name}: no document language");
    }
    let flyer = words(&tool(
        "pdftotext",
        &[&p(&public, &format!("{dir}/flyer-a5-kantoor.pdf")), "-"],
    ));
    assert!(flyer.contains("Hulp bij de digitale overheid"), "{flyer}");
    assert!(flyer.contains("Spreekuur SVB"), "{flyer}");
    let week = words(&tool(
        "pdftotext",
        &[
            &p(&public, &format!("{dir}/weekoverzicht-a4-kantoor.pdf")),
            "-",
        ],
    ));
    assert!(
        week.contains("Elke eerste donderdag van de maand"),
        "{week}"
    );
    // The dated part starts on the build date.
    assert!(week.contains("Maandag 23 november"), "{week}");
}

#[test]
fn the_flyer_is_made_in_every_language_tagged_with_its_fonts_and_a_qr_code_to_that_page() {
    let (tmp, public, _) = built();
    for (code, lang, heading, font) in [
        (
            "ar",
            "ar",
            "مساعدة في الخدمات الحكومية الرقمية",
            "NotoSansArabic",
        ),
        (
            "en",
            "en",
            "Help with the digital government",
            "AtkinsonHyperlegible",
        ),
        (
            "uk",
            "uk",
            "Допомога з цифровими державними послугами",
            "NotoSans-",
        ),
    ] {
        for variant in ["kantoor", "drukkerij"] {
            let pdf = p(
                &public,
                &format!("print/test-balie/flyer-a5-{code}-{variant}.pdf"),
            );
            let info = tool("pdfinfo", &[&pdf]);
            assert!(info.contains("Tagged:          yes"), "{code}: {info}");
            assert!(info.contains("Pages:           2"), "{code}: {info}");
            let raw = fs::read(&pdf).unwrap();
            let raw = String::from_utf8_lossy(&raw);
            assert!(
                raw.contains(&format!("/Lang({lang}")),
                "{code}: no /Lang({lang})"
            );
            let fonts = tool("pdffonts", &[&pdf]);
            assert!(fonts.contains(font), "{code}: {fonts}");
            for row in fonts.lines().skip(2) {
                let cols: Vec<&str> = row.split_whitespace().collect();
                assert_eq!(cols[cols.len() - 5], "yes", "{code}: not embedded: {row}");
            }
            // The words are the catalogue's, the times the page's: Arabic sentences
            // keep the Dutch names and times in their own order.
            let text = words(&tool("pdftotext", &[&pdf, "-"]));
            // poppler's text of shaped Arabic comes out in visual order, with letters
            // doubled: the Arabic font being embedded says its text is there.
            if code != "ar" {
                assert!(text.contains(heading), "{code}: {text}");
            }
            assert!(text.contains("Informatiepunt Teststad"), "{code}: {text}");
            let out = tmp.path().join(format!("qr-{code}-{variant}"));
            fs::create_dir_all(&out).unwrap();
            assert_eq!(
                qr_in_pdf(&pdf, &out),
                [URL.replace("/locaties/", &format!("/{code}/locaties/"))],
                "{code}: the QR code opens the page in this language"
            );
        }
    }
    // In Arabic the text runs right to left: the first line of the heading ends at the
    // right margin (pdftotext -bbox gives the word boxes).
    let pdf = p(&public, "print/test-balie/flyer-a5-ar-kantoor.pdf");
    let bbox = tool("pdftotext", &["-bbox", "-f", "1", "-l", "1", &pdf, "-"]);
    let x_max: Vec<f64> = bbox
        .lines()
        .filter(|l| l.contains("<word"))
        .filter_map(|l| {
            let x = l.split("xMax=\"").nth(1)?.split('"').next()?;
            x.parse().ok()
        })
        .collect();
    let page_width = 148.0 * 72.0 / 25.4;
    let right_aligned = x_max
        .iter()
        .filter(|x| (page_width - *x - 12.0 * 72.0 / 25.4).abs() < 3.0)
        .count();
    assert!(
        right_aligned >= 5,
        "lines end at the right margin: {x_max:?}"
    );
}

#[test]
fn qr_codes_in_pdfs_and_slides_decode_to_the_location_page() {
    let (tmp, public, _) = built();
    let out = tmp.path().join("qr");
    fs::create_dir_all(&out).unwrap();
    for pdf in [
        "flyer-a5-kantoor",
        "flyer-a5-drukkerij",
        "poster-a4-kantoor",
        "thema-digid-a5-kantoor",
    ] {
        // Rendered at 150 dpi: what a phone sees of the printed page, not more.
        let prefix = out.join(pdf).to_string_lossy().into_owned();
        tool(
            "pdftoppm",
            &[
                "-r",
                "150",
                "-png",
                &p(&public, &format!("print/test-balie/{pdf}.pdf")),
                &prefix,
            ],
        );
        let pages: Vec<String> = common::files(tmp.path().join("").as_path())
            .into_iter()
            .filter(|f| f.starts_with(&format!("qr/{pdf}-")))
            .map(|f| tmp.path().join(f).to_string_lossy().into_owned())
            .collect();
        assert!(!pages.is_empty());
        let found: Vec<String> = pages
            .iter()
            .filter_map(|page| {
                let o = Command::new("zbarimg")
                    .args(["-q", "--raw", page])
                    .output()
                    .unwrap();
                o.status
                    .success()
                    .then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
            })
            .collect();
        assert_eq!(found, [URL], "{pdf}: QR codes found on its pages");
    }
    for png in [
        "dia-1-welkom-1920x1080",
        "dia-2-deze-week-1080x1920",
        "dia-3-thema-digid-1920x1080",
    ] {
        let decoded = tool(
            "zbarimg",
            &[
                "-q",
                "--raw",
                &p(&public, &format!("scherm/test-balie/{png}.png")),
            ],
        );
        assert_eq!(decoded.trim(), URL, "{png}");
    }
}

#[test]
fn slides_come_in_both_orientations_per_location_and_theme() {
    let (_tmp, public, _) = built();
    let mut n = 0;
    for f in common::files(&public.join("scherm/test-balie")) {
        if let Some(stem) = f.strip_suffix(".png") {
            let expected = if stem.ends_with("1920x1080") {
                (1920, 1080)
            } else {
                (1080, 1920)
            };
            assert_eq!(
                png_size(&p(&public, &format!("scherm/test-balie/{f}"))),
                expected,
                "{f}"
            );
            n += 1;
        }
    }
    // Welcome, this week and one theme (digid), each landscape and portrait.
    assert_eq!(n, 6);
}

#[test]
fn an_unchanged_rebuild_renders_nothing_and_is_byte_identical() {
    let (tmp, public, first) = built();
    let flyer = fs::read(public.join("print/test-balie/flyer-a5-kantoor.pdf")).unwrap();
    let slide = fs::read(public.join("scherm/test-balie/dia-1-welkom-1920x1080.png")).unwrap();
    let again = build(&tmp.path().join("content"), &public);
    assert_eq!(again.rendered, 0, "{again:?}");
    assert_eq!(again.cached, first.rendered + first.cached);
    // Nothing was copied: every product is a hard link to its cache entry.
    {
        use std::os::unix::fs::MetadataExt;
        let cache: Vec<u64> = walkdir::WalkDir::new(tmp.path().join(".ido-cache"))
            .into_iter()
            .map(|e| e.unwrap().metadata().unwrap().ino())
            .collect();
        for rel in [
            "print/test-balie/flyer-a5-kantoor.pdf",
            "scherm/test-balie/dia-1-welkom-1920x1080.png",
        ] {
            let ino = fs::metadata(public.join(rel)).unwrap().ino();
            assert!(cache.contains(&ino), "{rel} is not a link into the cache");
        }
    }

    // A fresh build elsewhere (own cache) makes the same bytes: the output is deterministic.
    let other = tempfile::tempdir().unwrap();
    let fresh = build(&tmp.path().join("content"), &other.path().join("public"));
    assert_eq!(fresh.cached, 0);
    assert_eq!(
        fs::read(
            other
                .path()
                .join("public/print/test-balie/flyer-a5-kantoor.pdf")
        )
        .unwrap(),
        flyer
    );
    assert_eq!(
        fs::read(
            other
                .path()
                .join("public/scherm/test-balie/dia-1-welkom-1920x1080.png")
        )
        .unwrap(),
        slide
    );
}

#[test]
fn a_schedule_change_updates_flyer_slide_and_page_in_the_same_build() {
    let (tmp, public, first) = built();
    let flyer_path = p(&public, "print/test-balie/flyer-a5-kantoor.pdf");
    let slide_before =
        fs::read(public.join("scherm/test-balie/dia-1-welkom-1920x1080.png")).unwrap();
    let other_before = fs::read(public.join("print/test-telefoon/flyer-a5-kantoor.pdf")).unwrap();
    assert!(!words(&tool("pdftotext", &[&flyer_path, "-"])).contains("14.00 tot 18.00 uur"));

    let file = tmp.path().join("content/locaties/test-balie.md");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("  donderdag: 10.00-12.00", "  donderdag: 14.00-18.00"),
    )
    .unwrap();
    let second = build(&tmp.path().join("content"), &public);

    assert!(words(&tool("pdftotext", &[&flyer_path, "-"])).contains("14.00 tot 18.00 uur"));
    assert_ne!(
        fs::read(public.join("scherm/test-balie/dia-1-welkom-1920x1080.png")).unwrap(),
        slide_before
    );
    let page = fs::read_to_string(public.join("locaties/test-balie/index.html")).unwrap();
    assert!(page.contains("14.00 tot 18.00 uur"));
    // The slideshow shows the hours as the PNG slide does, in their short form.
    let show = fs::read_to_string(public.join("scherm/test-balie/index.html")).unwrap();
    assert!(show.contains("14.00–18.00 uur"));
    // Only the changed location's products were rendered again.
    assert_eq!(
        fs::read(public.join("print/test-telefoon/flyer-a5-kantoor.pdf")).unwrap(),
        other_before
    );
    assert!(
        second.rendered > 0 && second.rendered < first.rendered,
        "{second:?} after {first:?}"
    );
}

#[test]
fn a_character_the_print_font_lacks_is_an_error_with_its_place() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let file = content.join("locaties/test-balie.md");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace(
            "naam: Informatiepunt Teststad",
            "naam: Informatiepunt Teststad ✈",
        ),
    )
    .unwrap();
    let mut o = options(&content, &tmp.path().join("public"));
    o.print = true;
    let err = ido::build(&o).unwrap_err().to_string();
    assert!(err.contains("test-balie.md:2:31"), "{err}");
    assert!(
        err.contains("naam: the print font has no `✈` (U+2708)"),
        "{err}"
    );
    assert!(err.contains("drukwerk_regulier"), "{err}");
    assert!(
        !tmp.path().join("public").exists(),
        "a failed build writes nothing"
    );
}

#[test]
fn slideshows_share_the_site_files() {
    let (_tmp, public, _) = built();
    for (dir, root) in [
        ("scherm/test-balie", "../../"),
        ("scherm/organisatie/bibliotheek-test", "../../../"),
    ] {
        let html = fs::read_to_string(public.join(dir).join("index.html")).unwrap();
        assert!(html.contains("Kom naar het Informatiepunt"), "{dir}");
        assert!(html.contains("Spreekuren deze week"), "{dir}");
        // Nothing from another host, no font or image inlined: a small page.
        for attr in [
            "src=\"http",
            "href=\"http",
            "url(http",
            "data:font",
            "base64",
        ] {
            assert!(!html.contains(attr), "{dir} has {attr}");
        }
        assert!(html.len() < 40_000, "{dir}: {} bytes", html.len());
        // The stylesheet and the script are the site's own files, and the stylesheet takes
        // the site's fonts.
        let linked: Vec<&str> = html
            .split(&format!("=\"{root}"))
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert_eq!(linked.len(), 2, "{dir}: {linked:?}");
        for file in &linked {
            assert!(public.join(file).is_file(), "{dir} links {file}");
        }
        let css_file = linked.iter().find(|f| f.ends_with(".css")).unwrap();
        let css = fs::read_to_string(public.join(css_file)).unwrap();
        for font in css
            .split("url(\"")
            .skip(1)
            .map(|r| &r[..r.find('"').unwrap()])
        {
            assert!(
                public.join("css").join(font).is_file(),
                "{css_file} takes {font}"
            );
        }
    }
    // The organisation's show has both of its locations.
    let org =
        fs::read_to_string(public.join("scherm/organisatie/bibliotheek-test/index.html")).unwrap();
    assert!(org.contains("Informatiepunt Teststad"));
}

#[test]
fn the_week_feed_lists_the_coming_seven_days_with_spreekuren() {
    let (_tmp, public, _) = built();
    let feed: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(public.join("scherm/test-balie/deze-week.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(feed["van"], "2026-11-23");
    assert_eq!(feed["tot"], "2026-11-29");
    let days = feed["dagen"].as_array().unwrap();
    assert_eq!(days.len(), 7);
    // Tuesday 24 November: open twice. The first Thursday of December is not this week.
    assert_eq!(days[1]["datum"], "2026-11-24");
    assert_eq!(days[1]["open"].as_array().unwrap().len(), 2);
    assert!(days
        .iter()
        .all(|d| d["spreekuren"].as_array().unwrap().is_empty()));
    assert_eq!(feed["locatie"]["url"], URL);
}

#[test]
fn the_example_content_fits_its_pages_even_with_many_spreekuren() {
    let tmp = tempfile::tempdir().unwrap();
    let public = tmp.path().join("public");
    build(&common::root().join("content"), &public);
    let (mut checked, mut urls) = (0, 0);
    for f in common::files(&public.join("print"))
        .into_iter()
        .filter(|f| f.ends_with(".pdf"))
    {
        let pdf = p(&public, &format!("print/{f}"));
        let (_, _, pages) = page_mm(&pdf);
        let expected = if f.contains("/poster-")
            || f.contains("/tafelhouder-")
            || f.starts_with("gemeente/")
        {
            1..=1
        } else if f.contains("/weekoverzicht-") {
            // The desk overview may run on to a second page, with page numbers.
            1..=2
        } else {
            2..=2
        };
        assert!(expected.contains(&pages), "{f}: {pages} pages (overflow?)");
        checked += 1;
        // A web address breaks only after a "/", never at a hyphen of the name
        // ("noordoost-" and "brabant-belspreekuur" on two lines). poppler gives Arabic
        // text in visual order, so its addresses are not checked here.
        if f.ends_with("-kantoor.pdf") && !f.contains("-ar-") {
            let folder = f.rsplit('/').nth(1).unwrap();
            let text = tool("pdftotext", &[&pdf, "-"]).replace("/\n", "/");
            for url in text
                .split_whitespace()
                .filter(|w| w.contains("informatiepunt.example/"))
            {
                assert!(
                    url.trim_end_matches(['.', ','])
                        .ends_with(&format!("/{folder}")),
                    "{f}: the address is broken: {url:?}"
                );
                urls += 1;
            }
        }
    }
    assert!(checked > 100, "{checked} PDFs");
    assert!(urls > 100, "{urls} addresses");
    // The location with the most spreekuren lists every one on its week overview.
    let text = words(&tool(
        "pdftotext",
        &[
            &p(
                &public,
                "print/dordrecht-samenwerkplein/weekoverzicht-a4-kantoor.pdf",
            ),
            "-",
        ],
    ));
    let source =
        fs::read_to_string(common::root().join("content/locaties/dordrecht-samenwerkplein.md"))
            .unwrap();
    let titles: Vec<&str> = source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- titel: "))
        .collect();
    assert!(titles.len() >= 8, "{titles:?}");
    for t in titles {
        assert!(text.contains(t), "{t} missing from the week overview");
    }
}

#[test]
fn serve_updates_re_render_the_edited_location_only() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let public = tmp.path().join("public");
    let mut o = options(&content, &public);
    o.print = true;
    let mut session = ido::Session::start(o).unwrap();
    let file = content.join("locaties/test-balie.md");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("  donderdag: 10.00-12.00", "  donderdag: 14.00-18.00"),
    )
    .unwrap();
    session.update(std::slice::from_ref(&file)).unwrap();
    // The edited page is there first; its print products follow in `catch_up`.
    let report = session.catch_up().unwrap();
    // The flyers, posters, week overviews, theme flyers and slides of this one location.
    assert!(report.rendered > 0 && report.cached == 0, "{report:?}");
    let flyer = words(&tool(
        "pdftotext",
        &[&p(&public, "print/test-balie/flyer-a5-kantoor.pdf"), "-"],
    ));
    assert!(flyer.contains("14.00 tot 18.00 uur"), "{flyer}");
    let feed = fs::read_to_string(public.join("scherm/test-balie/deze-week.json")).unwrap();
    assert!(feed.contains("\"14:00\""), "{feed}");
    let org =
        fs::read_to_string(public.join("scherm/organisatie/bibliotheek-test/index.html")).unwrap();
    assert!(org.contains("14.00–18.00 uur"));
}

/// The example site built with print products and `print_helper`, into `<tmp>/public`.
fn example_with_helper(helper: &Path) -> (tempfile::TempDir, ido::BuildReport) {
    let tmp = tempfile::tempdir().unwrap();
    let mut o = options(&common::root().join("content"), &tmp.path().join("public"));
    o.print = true;
    o.print_helper = Some(helper.to_path_buf());
    let report = ido::build(&o).unwrap_or_else(|e| panic!("{e}"));
    (tmp, report)
}

/// Every print product and slide of two builds of the example site: the same files,
/// byte for byte.
fn assert_same_products(a: &Path, b: &Path) {
    for dir in ["print", "scherm"] {
        let (fa, fb) = (common::files(&a.join(dir)), common::files(&b.join(dir)));
        assert_eq!(fa, fb, "{dir}/");
        for rel in fa {
            let (x, y) = (a.join(dir).join(&rel), b.join(dir).join(&rel));
            assert!(
                fs::read(&x).unwrap() == fs::read(&y).unwrap(),
                "{dir}/{rel} differs"
            );
        }
    }
}

#[test]
fn helper_processes_render_a_share_of_the_products_and_change_no_byte() {
    let (_, alone) = example();
    let (tmp, report) = example_with_helper(Path::new(env!("CARGO_BIN_EXE_ido")));
    assert_eq!(report.cached, 0, "{report:?}");
    if rayon::current_num_threads() > 1 {
        assert!(
            report.helped > 0 && report.helped < report.rendered,
            "the build and its helper each make a share: {report:?}"
        );
    }
    assert_same_products(alone, &tmp.path().join("public"));
}

#[test]
fn a_helper_that_fails_costs_time_not_products() {
    let (_, alone) = example();
    // `false` exits at once with an error, as a helper that cannot load the site would.
    let (tmp, report) = example_with_helper(Path::new("/bin/false"));
    assert_eq!((report.helped, report.cached), (0, 0), "{report:?}");
    assert_same_products(alone, &tmp.path().join("public"));
}

/// The example site, built once with print products for the tests below.
fn example() -> &'static (tempfile::TempDir, std::path::PathBuf) {
    static EXAMPLE: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    EXAMPLE.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let public = tmp.path().join("public");
        build(&common::root().join("content"), &public);
        (tmp, public)
    })
}

/// What zbarimg reads on the pages of a PDF rendered at 150 dpi.
fn qr_in_pdf(pdf: &str, tmp: &Path) -> Vec<String> {
    let prefix = tmp.join("qr").to_string_lossy().into_owned();
    tool("pdftoppm", &["-r", "150", "-png", pdf, &prefix]);
    let mut found: Vec<String> = fs::read_dir(tmp)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .filter_map(|page| {
            let o = Command::new("zbarimg")
                .args(["-q", "--raw"])
                .arg(&page)
                .output()
                .unwrap();
            o.status
                .success()
                .then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn table_holders_and_gemeente_sheets_come_in_both_variants_tagged_with_qr_codes() {
    let (_tmp, public) = example();
    let o = common::options(&common::root().join("content"), public);
    let site = ido::load(&o).unwrap();
    let base = &site.config.base_url;
    let agendas = ido::derive::agendas(&site, o.today);
    let index = ido::index::Index::new(&site, &agendas);
    let mut checked = 0;
    for (dir, file, url) in site
        .locations
        .iter()
        .map(|l| {
            (
                format!("print/{}", l.slug),
                "tafelhouder-a4",
                format!("{base}locaties/{}/", l.slug),
            )
        })
        .chain(index.gemeenten.iter().map(|g| {
            (
                format!("print/gemeente/{}", g.slug),
                "informatiepunten-a4",
                format!("{base}gemeenten/{}/", g.slug),
            )
        }))
    {
        for (variant, w, h) in [("kantoor", 210.0, 297.0), ("drukkerij", 216.0, 303.0)] {
            let pdf = p(public, &format!("{dir}/{file}-{variant}.pdf"));
            assert_mm(&pdf, w, h, 1);
            let info = tool("pdfinfo", &[&pdf]);
            assert!(info.contains("Tagged:          yes"), "{pdf}: {info}");
            let raw = fs::read(&pdf).unwrap();
            let raw = String::from_utf8_lossy(&raw);
            assert!(
                raw.contains("pdfuaid:part>1<") || raw.contains("pdfuaid:part=\"1\""),
                "{pdf}: no PDF/UA-1 identification"
            );
            let qr_dir = tempfile::tempdir().unwrap();
            assert_eq!(
                qr_in_pdf(&pdf, qr_dir.path()),
                std::slice::from_ref(&url),
                "{pdf}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 2 * (site.locations.len() + index.gemeenten.len()));
    // The sheet of a gemeente names each of its information points and the DigiHulplijn.
    for g in &index.gemeenten {
        let text = words(&tool(
            "pdftotext",
            &[
                &p(
                    public,
                    &format!("print/gemeente/{}/informatiepunten-a4-kantoor.pdf", g.slug),
                ),
                "-",
            ],
        ));
        for l in &g.locations {
            // pdftotext joins a name broken after a hyphen without it.
            let name = words(&l.name).replace('-', "");
            assert!(
                text.replace('-', "").contains(&name),
                "{}: {} missing",
                g.slug,
                l.name
            );
        }
        assert!(text.contains("DigiHulplijn: 0800-1508"), "{text}");
        assert!(
            text.contains("Maandag tot en met vrijdag van 9.00 tot 17.00 uur"),
            "{text}"
        );
    }
}

/// Products that hang for months show as a location's hours only what is on every week;
/// the rest with its rule, period and appointment. The bakfiets stands at the weekly
/// market from 1 April 2027 and at the Saturday market on the last Saturday of the month
/// (the example's build date is in December 2026).
#[test]
fn timeless_products_show_later_and_monthly_spreekuren_with_their_rule_not_as_hours() {
    let (_tmp, public) = example();
    let text = |rel: &str| words(&tool("pdftotext", &[&p(public, rel), "-"]));
    let flyer = text("print/den-bosch-bakfiets/flyer-a5-kantoor.pdf");
    let (front, back) = flyer.split_once("Spreekuren").expect("the back's heading");
    assert!(!front.contains("Woensdag 10.00"), "front: {front}");
    assert!(!front.contains("Zaterdag 10.00"), "front: {front}");
    assert!(front.contains("Kijk op de achterkant"), "front: {front}");
    assert!(
        back.contains("weekmarkt. Van 1 april 2027 tot en met 31 oktober 2027."),
        "back: {back}"
    );
    assert!(
        back.contains("zaterdagmarkt (elke laatste zaterdag van de maand)"),
        "back: {back}"
    );
    let holder = text("print/den-bosch-bakfiets/tafelhouder-a4-kantoor.pdf");
    assert!(holder.contains("Wanneer? Spreekuren"), "{holder}");
    assert!(!holder.contains("Alleen spreekuur"), "{holder}");
    assert!(holder.contains("Van 1 april 2027"), "{holder}");
    // A seasonal spreekuur by appointment says both on the LocHal flyer's back.
    let lochal = text("print/tilburg-lochal/flyer-a5-kantoor.pdf");
    assert!(
        lochal.contains("belastingaangifte (op afspraak). Van 1 maart tot en met 30 april."),
        "{lochal}"
    );
    // A theme flyer in Deventer does not name the hospital that works in Nieuwegein.
    let theme = text("print/deventer-informatieplein/thema-gezondheid-a5-kantoor.pdf");
    assert!(theme.contains("Wij werken samen met"), "{theme}");
    assert!(!theme.contains("Antonius"), "{theme}");
    assert!(text("print/nieuwegein-antonius/thema-gezondheid-a5-kantoor.pdf").contains("Antonius"));
}

#[test]
fn phone_only_products_say_bel_with_the_number_and_never_ask_to_come_by() {
    let (_tmp, public) = example();
    let number = "013 542 1299";
    for f in [
        "flyer-a5-kantoor",
        "flyer-a5-drukkerij",
        "poster-a4-kantoor",
        "poster-a4-drukkerij",
        "tafelhouder-a4-kantoor",
        "tafelhouder-a4-drukkerij",
        "thema-digid-a5-kantoor",
        "thema-toeslagen-a5-drukkerij",
    ] {
        let text = words(&tool(
            "pdftotext",
            &[
                &p(public, &format!("print/tilburg-telefonisch/{f}.pdf")),
                "-",
            ],
        ));
        assert!(text.contains(&format!("Bel {number}")), "{f}: {text}");
        for wrong in ["Kom langs", "langskomen", "route", "Neem mee", "hieronder"] {
            assert!(!text.contains(wrong), "{f} says `{wrong}`: {text}");
        }
    }
    // The gemeente sheet tells to call for this point.
    let gemeente = words(&tool(
        "pdftotext",
        &[
            &p(
                public,
                "print/gemeente/tilburg/informatiepunten-a4-kantoor.pdf",
            ),
            "-",
        ],
    ));
    assert!(gemeente.contains(&format!("Bel {number}")), "{gemeente}");
    // The slideshow says the same (the PNG slides are made from the same data).
    let show = fs::read_to_string(public.join("scherm/tilburg-telefonisch/index.html")).unwrap();
    // Without the scripts (their text is only shown when a week has no spreekuur).
    let visible: String = show
        .split("<script")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("</script>").map_or("", |(_, rest)| rest)
            }
        })
        .collect();
    assert!(visible.contains(&format!("Bel {number}")));
    for wrong in ["Kom langs", "langskomen", "route", "hieronder"] {
        assert!(!visible.contains(wrong), "the slideshow says `{wrong}`");
    }
    // And a location one visits still says so.
    let flyer = words(&tool(
        "pdftotext",
        &[
            &p(
                public,
                "print/dordrecht-samenwerkplein/flyer-a5-kantoor.pdf",
            ),
            "-",
        ],
    ));
    assert!(flyer.contains("langskomen"), "{flyer}");
}

/// The slides of the example site (those whose path contains one of `parts`) typeset as
/// PDF instead of PNG, so their text can be read: the same template, data and pages.
fn slides_as_pdf(parts: &[&str]) -> (tempfile::TempDir, ido::BuildOptions, ido::model::Site) {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::options(&common::root().join("content"), &tmp.path().join("out"));
    let site = ido::load(&o).unwrap();
    let agendas = ido::derive::agendas(&site, o.today);
    let index = ido::index::Index::new(&site, &agendas);
    let products: Vec<ido::print::Product> = ido::print::products(&site, &index, o.today, None)
        .into_iter()
        .filter(|p| parts.iter().any(|x| p.path.contains(x)))
        .map(|mut p| {
            p.format = ido::print::Format::Pdf;
            p.path = p.path.replace(".png", ".pdf");
            p
        })
        .collect();
    common::render_products(&site, &o, &tmp.path().join("cache"), &products);
    (tmp, o, site)
}

/// The week slides as PDF, made once for the tests below.
fn week_pdfs() -> &'static (tempfile::TempDir, ido::BuildOptions, ido::model::Site) {
    static WEEK: std::sync::OnceLock<(tempfile::TempDir, ido::BuildOptions, ido::model::Site)> =
        std::sync::OnceLock::new();
    WEEK.get_or_init(|| slides_as_pdf(&["-deze-week-"]))
}

#[test]
fn the_week_slides_name_every_spreekuur_of_the_coming_seven_days() {
    let (_tmp, public) = example();
    let (_w, o, site) = week_pdfs();
    assert_eq!(
        fs::read_dir(o.output.join("scherm")).unwrap().count(),
        site.locations.len()
    );
    let mut named = 0;
    for l in &site.locations {
        for size in ["1920x1080", "1080x1920"] {
            let pdf = o
                .output
                .join(format!("scherm/{}/dia-2-deze-week-{size}.pdf", l.slug));
            let text = words(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"]));
            let pages = page_mm(&pdf.to_string_lossy()).2;
            // As many PNG slides as pages.
            for k in 0..pages {
                let png = ido::print::page_path(
                    &format!("scherm/{}/dia-2-deze-week-{size}.png", l.slug),
                    k,
                );
                assert!(public.join(&png).is_file(), "{png} missing");
            }
            assert!(!public
                .join(ido::print::page_path(
                    &format!("scherm/{}/dia-2-deze-week-{size}.png", l.slug),
                    pages
                ))
                .exists());
            for i in 0..7 {
                let day = ido::schedule::add_days(o.today, i);
                let label = ido::dutch::capitalise(&ido::dutch::weekday_date(day));
                for s in l.schedule.sessions_on(day) {
                    let at = text
                        .find(&label)
                        .unwrap_or_else(|| panic!("{} {size}: {label} missing: {text}", l.slug));
                    let after = &text[at..];
                    let time = ido::render::views::short_ranges(
                        ido::lang::source(),
                        std::slice::from_ref(&s.time),
                    );
                    assert!(
                        after.contains(&words(&s.title)) && after.contains(&time),
                        "{} {size}: {label} {time} {} missing: {text}",
                        l.slug,
                        s.title
                    );
                    named += 1;
                }
            }
        }
    }
    // Dordrecht alone has eight spreekuren in the week of 23 November, in both orientations.
    assert!(named >= 16, "{named} spreekuren checked");
}

/// The word boxes of every page of a PDF (page, x0, y0, x1, y1, word), from
/// `pdftotext -bbox`.
fn word_boxes(pdf: &str) -> Vec<(usize, f64, f64, f64, f64, String)> {
    let html = tool("pdftotext", &["-bbox", pdf, "-"]);
    let mut page = 0;
    let mut out = Vec::new();
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let attr = |name: &str| -> f64 {
            rest.split(&format!("{name}=\""))
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0.0)
        };
        let word = rest
            .split('>')
            .nth(1)
            .unwrap_or("")
            .trim_end_matches("</word")
            .to_string();
        out.push((
            page,
            attr("xMin"),
            attr("yMin"),
            attr("xMax"),
            attr("yMax"),
            word,
        ));
    }
    out
}

#[test]
fn no_text_runs_into_other_text_on_flyers_posters_and_table_holders() {
    let (_tmp, public) = example();
    let mut checked = 0;
    for entry in fs::read_dir(public.join("print")).unwrap() {
        let dir = entry.unwrap().path();
        for name in [
            "flyer-a5-kantoor.pdf",
            "poster-a4-kantoor.pdf",
            "tafelhouder-a4-kantoor.pdf",
        ] {
            let pdf = dir.join(name);
            if !pdf.exists() {
                continue;
            }
            checked += 1;
            let boxes = word_boxes(&pdf.to_string_lossy());
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    if a.0 != b.0 {
                        continue;
                    }
                    // Overlap area, less a little for glyphs that touch.
                    let w = (a.3.min(b.3) - a.1.max(b.1)).max(0.0);
                    let h = (a.4.min(b.4) - a.2.max(b.2)).max(0.0);
                    let small = ((a.3 - a.1) * (a.4 - a.2)).min((b.3 - b.1) * (b.4 - b.2));
                    assert!(
                        w * h <= 0.25 * small,
                        "{}: `{}` and `{}` overlap on page {}",
                        pdf.display(),
                        a.5,
                        b.5,
                        a.0
                    );
                }
            }
        }
    }
    assert!(checked >= 40, "checked only {checked} PDFs");
}

#[test]
fn the_week_slides_keep_each_day_whole_in_time_order_with_the_times_in_a_column() {
    let (_w, o, site) = week_pdfs();
    let mut checked = 0;
    for l in &site.locations {
        for size in ["1920x1080", "1080x1920"] {
            let pdf = o
                .output
                .join(format!("scherm/{}/dia-2-deze-week-{size}.pdf", l.slug));
            let pdf = pdf.to_string_lossy();
            // No day of the example is taller than a slide: none is cut.
            let text = words(&tool("pdftotext", &[&pdf, "-"]));
            assert!(!text.contains("(vervolg)"), "{} {size}: {text}", l.slug);
            let boxes = word_boxes(&pdf);
            // A time is a word like "10.00–12.00" followed by "uur"; the next word starts
            // the title.
            let is_time = |w: &str| {
                w.split_once('–').is_some_and(|(a, b)| {
                    [a, b].iter().all(|t| {
                        t.split_once('.').is_some_and(|(h, m)| {
                            h.parse::<u16>().is_ok() && m.len() == 2 && m.parse::<u16>().is_ok()
                        })
                    })
                })
            };
            let minutes = |t: &str| {
                let (h, m) = t.split_once('.').unwrap();
                h.parse::<u32>().unwrap() * 60 + m.parse::<u32>().unwrap()
            };
            let pages = boxes.iter().map(|b| b.0).max().unwrap_or(0);
            for page in 1..=pages {
                let on: Vec<_> = boxes.iter().filter(|b| b.0 == page).collect();
                // Where the titles start, and the times per day in reading order.
                let mut starts: Vec<f64> = Vec::new();
                let mut day_times: Vec<(String, Vec<(u32, u32)>)> = Vec::new();
                for (i, b) in on.iter().enumerate() {
                    let weekday = ido::dutch::WEEKDAYS
                        .iter()
                        .any(|d| b.5 == ido::dutch::capitalise(d));
                    if weekday {
                        day_times.push((b.5.clone(), Vec::new()));
                    }
                    if is_time(&b.5) && on.get(i + 1).is_some_and(|n| n.5 == "uur") {
                        let (a, z) = b.5.split_once('–').unwrap();
                        if let Some(d) = day_times.last_mut() {
                            d.1.push((minutes(a), minutes(z)));
                        }
                        if let Some(title) = on.get(i + 2) {
                            if !starts.iter().any(|x| (x - title.1).abs() < 0.5) {
                                starts.push(title.1);
                            }
                        }
                        checked += 1;
                    }
                }
                // One title column per column of days (two at most).
                assert!(
                    starts.len() <= 2,
                    "{} {size} page {page}: titles start at {starts:?}",
                    l.slug
                );
                for (day, times) in &day_times {
                    let mut sorted = times.clone();
                    sorted.sort();
                    assert_eq!(
                        times, &sorted,
                        "{} {size} page {page}: {day} not in time order",
                        l.slug
                    );
                }
            }
        }
    }
    assert!(checked >= 40, "{checked} times checked");
}

/// The text of a PDF of the example site.
fn pdf_text(public: &Path, rel: &str) -> String {
    words(&tool("pdftotext", &[&p(public, rel), "-"]))
}

#[test]
fn a_location_without_opening_hours_shows_per_weekday_when_something_is_on() {
    let (_tmp, public) = example();
    let o = common::options(&common::root().join("content"), public);
    let site = ido::load(&o).unwrap();
    let deventer = site
        .locations
        .iter()
        .find(|l| l.slug == "deventer-informatieplein")
        .unwrap();
    let sched = &deventer.schedule;
    assert!(sched.week.is_empty() && sched.sessions.len() > 20);
    // Every spreekuur held there every week falls inside the times of its weekday; one
    // that is not (monthly, or from a later date) is not in them by itself: the
    // Digisterker course starts in January, so Thursday has no hours from 9.30.
    let course = sched
        .sessions
        .iter()
        .find(|s| s.title == "Digisterker-cursus")
        .unwrap();
    assert!(!ido::present::products::every_week(course, o.today));
    let thursday = ido::present::products::session_ranges(
        &sched.sessions,
        o.today,
        jiff::civil::Weekday::Thursday,
    );
    assert!(
        thursday.iter().all(|r| r.start > course.time.start),
        "{thursday:?}"
    );
    for s in sched
        .sessions
        .iter()
        .filter(|s| ido::present::products::every_week(s, o.today))
    {
        for wd in s.repeat.weekdays() {
            let ranges = ido::present::products::session_ranges(&sched.sessions, o.today, wd);
            assert!(
                ranges
                    .iter()
                    .any(|r| r.start <= s.time.start && s.time.end <= r.end),
                "{} {wd:?}: {ranges:?}",
                s.title
            );
        }
    }
    // The flyer's "Neem mee" merges near-duplicates as the page does: DigiD once.
    let flyer = pdf_text(
        public,
        "print/deventer-informatieplein/flyer-a5-kantoor.pdf",
    );
    assert!(flyer.contains("Uw DigiD of de DigiD app"), "{flyer}");
    assert!(!flyer.contains("wachtwoord van DigiD"), "{flyer}");
    assert!(!flyer.contains("Uw telefoon Uw"), "{flyer}");
    let rows =
        ido::present::products::session_hour_rows(ido::lang::source(), &sched.sessions, o.today);
    let groups = ido::present::products::hour_groups(&rows);
    assert!(groups.len() >= 4, "{groups:?}");
    // The poster and the welcome slides show them all, not a few spreekuren.
    let (_w, slides, _) = slides_as_pdf(&["deventer-informatieplein/dia-1-welkom"]);
    let mut texts = vec![(
        "poster".to_string(),
        pdf_text(
            public,
            "print/deventer-informatieplein/poster-a4-kantoor.pdf",
        ),
    )];
    for size in ["1920x1080", "1080x1920"] {
        let pdf = slides.output.join(format!(
            "scherm/deventer-informatieplein/dia-1-welkom-{size}.pdf"
        ));
        texts.push((
            size.into(),
            words(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"])),
        ));
    }
    let show =
        fs::read_to_string(public.join("scherm/deventer-informatieplein/index.html")).unwrap();
    for (days, hours) in &groups {
        for (what, text) in &texts {
            assert!(
                text.contains(&format!("{days} {hours}")),
                "{what}: {days} {hours} missing: {text}"
            );
        }
        assert!(
            show.contains(&format!("<dt>{days}</dt><dd>{hours}</dd>")),
            "{days}"
        );
    }
}

#[test]
fn the_campaign_lines_name_the_locations_own_themes() {
    let (_tmp, public) = example();
    let o = common::options(&common::root().join("content"), public);
    let site = ido::load(&o).unwrap();
    let title = |slug: &str| {
        let t = &site.themes.iter().find(|t| t.slug == slug).unwrap().title;
        if t.chars().skip(1).any(char::is_uppercase) {
            t.clone()
        } else {
            t.to_lowercase()
        }
    };
    let mut without_taxes = 0;
    for l in &site.locations {
        let poster = pdf_text(public, &format!("print/{}/poster-a4-kantoor.pdf", l.slug));
        let holder = pdf_text(
            public,
            &format!("print/{}/tafelhouder-a4-kantoor.pdf", l.slug),
        );
        assert!(!poster.contains("huisarts-app"), "{}: {poster}", l.slug);
        // "Vragen over A, B of C?" names the first themes of the location, in its order.
        let first: Vec<String> = l.themes.iter().take(3).map(|t| title(t)).collect();
        if let [init @ .., last] = first.as_slice() {
            let question = if init.is_empty() {
                format!("Vragen over {last}?")
            } else {
                format!("Vragen over {} of {last}?", init.join(", "))
            };
            assert!(
                poster.contains(&question),
                "{}: {question}: {poster}",
                l.slug
            );
            assert!(
                holder.contains(&format!("Hulp bij {}", first[0])),
                "{}: {holder}",
                l.slug
            );
        }
        if !l.themes.iter().any(|t| t == "belastingen") {
            without_taxes += 1;
            assert!(!holder.contains("belastingen"), "{}: {holder}", l.slug);
        }
    }
    assert!(without_taxes > 0);
}

#[test]
fn the_staff_page_links_every_screen_of_a_week_slide_that_takes_several() {
    let (_tmp, public) = example();
    let dir = public.join("scherm/deventer-informatieplein");
    let mut parts: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.starts_with("dia-2-deze-week-") && f.ends_with(".png"))
        .collect();
    parts.sort();
    // The largest example location needs more than one screen for its week.
    assert!(
        parts.iter().any(|f| f.starts_with("dia-2-deze-week-2-")),
        "{parts:?}"
    );
    let staff =
        fs::read_to_string(public.join("drukwerk/deventer-informatieplein/index.html")).unwrap();
    for f in &parts {
        assert!(
            staff.contains(&format!(
                "href=\"../../scherm/deventer-informatieplein/{f}\""
            )),
            "{f} is not linked"
        );
    }
    assert!(
        staff.contains("Spreekuren deze week (deel 2)"),
        "labelled as a part"
    );
}

#[test]
fn the_phone_only_week_overview_and_theme_slides_say_bel_with_the_times_to_call() {
    let (_tmp, public) = example();
    let number = "013 542 1299";
    for variant in ["kantoor", "drukkerij"] {
        let text = pdf_text(
            public,
            &format!("print/tilburg-telefonisch/weekoverzicht-a4-{variant}.pdf"),
        );
        assert!(text.contains(&format!("Bel {number}")), "{text}");
        // The times to call, per weekday and in the coming days.
        assert!(text.contains("Maandag 18.00 tot 20.00 uur"), "{text}");
        assert!(text.contains("bel van 18.00 tot 20.00 uur"), "{text}");
        assert!(!text.contains("Geen spreekuur"), "{text}");
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
        {
            assert!(
                !["open", "langs", "langskomen"].contains(&word.as_str()),
                "the week overview says `{word}`: {text}"
            );
        }
    }
    // The theme slides (PNG, typeset here as PDF to read them) give the number too.
    let (_w, o, _) = slides_as_pdf(&["tilburg-telefonisch/dia-"]);
    let mut checked = 0;
    for entry in fs::read_dir(o.output.join("scherm/tilburg-telefonisch")).unwrap() {
        let pdf = entry.unwrap().path();
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        if !name.contains("-thema-") || !name.ends_with(".pdf") {
            continue;
        }
        let text = words(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"]));
        assert!(text.contains(&format!("Bel {number}")), "{name}: {text}");
        assert!(text.contains("Maandag 18.00–20.00 uur"), "{name}: {text}");
        checked += 1;
    }
    assert_eq!(checked, 6, "three themes in two orientations");
}

#[test]
fn the_week_overview_names_the_address_only_when_there_is_one() {
    let (_tmp, public) = example();
    let site = ido::load(&common::options(&common::root().join("content"), public)).unwrap();
    let mut without = 0;
    for l in &site.locations {
        let text = pdf_text(
            public,
            &format!("print/{}/weekoverzicht-a4-kantoor.pdf", l.slug),
        );
        let name = words(&l.name);
        match &l.address {
            Some(a) => assert!(
                text.contains(&format!("{name}, {}", words(&a.street))),
                "{}: {text}",
                l.slug
            ),
            None => {
                without += 1;
                // No dangling comma after the name.
                assert!(!text.contains(&format!("{name},")), "{}: {text}", l.slug);
            }
        }
    }
    assert!(without > 0, "no location without an address in the example");
}

#[test]
fn the_week_slides_mark_a_spreekuur_that_needs_an_appointment() {
    let (_w, o, site) = week_pdfs();
    let mut marked = 0;
    for l in &site.locations {
        let needed = (0..7)
            .flat_map(|i| l.schedule.sessions_on(ido::schedule::add_days(o.today, i)))
            .filter(|s| s.visit == ido::model::Visit::Appointment)
            .count();
        for size in ["1920x1080", "1080x1920"] {
            let pdf = o
                .output
                .join(format!("scherm/{}/dia-2-deze-week-{size}.pdf", l.slug));
            let text = words(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"]));
            assert_eq!(
                text.matches("(op afspraak)").count(),
                needed,
                "{} {size}: {text}",
                l.slug
            );
            marked += needed;
        }
    }
    // Deventer has two such spreekuren in the week of 23 November.
    assert!(marked >= 4, "{marked}");
}

#[test]
fn the_flyer_back_keeps_the_qr_code_clear_of_the_contact_text() {
    let (_tmp, public) = example();
    let pt = |mm: f64| mm * 72.0 / 25.4;
    // A5 less the margin, the 36 mm QR code and the 6 mm gap beside it.
    let limit = pt(148.0 - 12.0 - 36.0 - 6.0) + 0.5;
    let mut checked = 0;
    for entry in fs::read_dir(public.join("print")).unwrap() {
        let pdf = entry.unwrap().path().join("flyer-a5-kantoor.pdf");
        if !pdf.exists() {
            continue;
        }
        let boxes: Vec<_> = word_boxes(&pdf.to_string_lossy())
            .into_iter()
            .filter(|b| b.0 == 2)
            .collect();
        let top = boxes
            .iter()
            .filter(|b| b.5 == "Contact")
            .map(|b| b.2)
            .next_back()
            .unwrap_or_else(|| panic!("{}: no Contact", pdf.display()));
        for b in boxes.iter().filter(|b| b.2 >= top - 0.5) {
            if b.5 == "Scan" || b.5 == "mij" {
                continue;
            }
            assert!(
                b.3 <= limit,
                "{}: `{}` ends at {:.1} pt, into the QR code's space (from {limit:.1} pt)",
                pdf.display(),
                b.5,
                b.3
            );
        }
        checked += 1;
    }
    assert!(checked >= 18, "{checked}");
}

#[test]
fn the_table_holder_asks_to_scan_the_qr_code_once() {
    let (_tmp, public) = example();
    let mut checked = 0;
    for entry in fs::read_dir(public.join("print")).unwrap() {
        let pdf = entry.unwrap().path().join("tafelhouder-a4-kantoor.pdf");
        if !pdf.exists() {
            continue;
        }
        let text = words(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"])).to_lowercase();
        assert!(
            text.matches("scan de qr-code").count() <= 1,
            "{}: {text}",
            pdf.display()
        );
        checked += 1;
    }
    assert!(checked >= 18, "{checked}");
    let deventer = pdf_text(
        public,
        "print/deventer-informatieplein/tafelhouder-a4-kantoor.pdf",
    );
    assert!(
        deventer.contains("Ook spreekuren op losse dagen."),
        "{deventer}"
    );
}
