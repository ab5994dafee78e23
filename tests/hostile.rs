//! Hostile and broken input that fixture folders cannot hold (symlinks, huge files, byte
//! order marks in files that must build): nothing outside the content folder is
//! published, nothing is written outside the output folder, and every mistake is a clear
//! error at its file and line.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// A copy of the minimal site with `edit` applied; returns the build's error text
/// (content paths shortened to `content/`) or `None` when it built.
fn build_with(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, Option<String>) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    edit(&content);
    let out = tmp.path().join("public");
    let result = ido::build(&options(&content, &out));
    let text = result.err().map(|e| {
        e.to_string()
            .replace(&format!("{}/", content.display()), "content/")
    });
    (tmp, text)
}

fn add_logo(content: &Path, line: &str) {
    let site = content.join("site.yaml");
    let mut text = fs::read_to_string(&site).unwrap();
    text.push_str(&format!(
        "huisstijl:\n  logo: {line}\n  logo_alt: Bibliotheek\n"
    ));
    fs::write(site, text).unwrap();
}

#[test]
fn a_symlink_to_a_file_outside_the_content_is_refused() {
    let secret = tempfile::NamedTempFile::new().unwrap();
    fs::write(secret.path(), "geheim").unwrap();
    let (tmp, err) = build_with(|c| {
        fs::create_dir_all(c.join("media")).unwrap();
        std::os::unix::fs::symlink(secret.path(), c.join("media/logo.svg")).unwrap();
        add_logo(c, "media/logo.svg");
    });
    let err = err.expect("the build must fail");
    assert!(
        err.contains("content/site.yaml:11:9: huisstijl.logo: `media/logo.svg` is a link to a file outside the `content` folder"),
        "{err}"
    );
    assert!(!tmp.path().join("public").exists());
    // A symlinked folder is refused the same way.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    let (_tmp, err) = build_with(|c| {
        std::os::unix::fs::symlink(dir.path(), c.join("media")).unwrap();
        add_logo(c, "media/logo.svg");
    });
    assert!(err
        .expect("must fail")
        .contains("is a link to a file outside the `content` folder"));
}

#[test]
fn a_logo_inside_the_content_is_published_under_media() {
    let (tmp, err) = build_with(|c| {
        fs::create_dir_all(c.join("media")).unwrap();
        fs::write(
            c.join("media/Logo Bieb.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>",
        )
        .unwrap();
        add_logo(c, "\"media/Logo Bieb.svg\"");
    });
    assert_eq!(err, None);
    let out = tmp.path().join("public");
    assert!(out.join("media/logo-bieb.svg").is_file());
    let home = read(&out, "index.html");
    assert!(
        home.contains("media/logo-bieb.svg"),
        "the header shows the logo"
    );
}

#[test]
fn byte_order_marks_in_yaml_files_are_accepted() {
    let (_tmp, err) = build_with(|c| {
        {
            let f = "site.yaml";
            let p = c.join(f);
            let text = fs::read_to_string(&p).unwrap();
            fs::write(&p, format!("\u{feff}{text}")).unwrap();
        }
        fs::write(
            c.join("partners/cak.yaml"),
            "\u{feff}naam: CAK\nhelpt_met: Eigen bijdrage voor zorg.\nsoort: landelijk\n",
        )
        .unwrap();
    });
    assert_eq!(err, None);
}

#[test]
fn huge_values_and_files_are_refused_quickly() {
    // A name of 200,000 characters: one clear error, not gigabytes of memory.
    let (_tmp, err) = build_with(|c| {
        let p = c.join("locaties/test-balie.md");
        let text = fs::read_to_string(&p).unwrap();
        let long = "a".repeat(200_000);
        fs::write(
            &p,
            text.replace("naam: Informatiepunt Teststad", &format!("naam: {long}")),
        )
        .unwrap();
    });
    assert_eq!(
        err.as_deref(),
        Some("content/locaties/test-balie.md:2:7: naam: this text is 200000 characters long, more than the 150 allowed here\n  hint: write a short name; put more in the explanation\n1 problem found")
    );
    // A file over the limit is not even parsed.
    let (_tmp, err) = build_with(|c| {
        let p = c.join("paginas/over-het-ido.md");
        let mut text = fs::read_to_string(&p).unwrap();
        text.push_str(&"Wij helpen u graag verder.\n".repeat(50_000));
        fs::write(&p, text).unwrap();
    });
    let err = err.expect("must fail");
    assert!(
        err.starts_with("content/paginas/over-het-ido.md: the file is 1318 KB, more than the 1024 KB a content file may be"),
        "{err}"
    );
    // Deep nesting (200 KB of brackets) is refused by the depth limit.
    let (_tmp, err) = build_with(|c| {
        let p = c.join("locaties/test-balie.md");
        let text = fs::read_to_string(&p).unwrap();
        let deep = format!("{}x{}", "[".repeat(100_000), "]".repeat(100_000));
        fs::write(
            &p,
            text.replace("naam: Informatiepunt Teststad", &format!("naam: {deep}")),
        )
        .unwrap();
    });
    let err = err.expect("must fail");
    assert!(err.contains("the fields are nested too deeply"), "{err}");
}

#[test]
fn markdown_images_are_published_and_found_from_every_page() {
    let (tmp, err) = build_with(|c| {
        fs::create_dir_all(c.join("media")).unwrap();
        fs::write(c.join("media/foto.png"), b"\x89PNG\r\n\x1a\nfake").unwrap();
        let p = c.join("paginas/over-het-ido.md");
        let mut text = fs::read_to_string(&p).unwrap();
        text.push_str("\n![Een medewerker helpt een bezoeker](../media/foto.png)\n\n![Nog een keer](media/foto.png)\n");
        fs::write(&p, text).unwrap();
    });
    assert_eq!(err, None);
    let out = tmp.path().join("public");
    let page = read(&out, "over-het-ido/index.html");
    let media: Vec<String> = files(&out)
        .into_iter()
        .filter(|f| f.starts_with("media/foto."))
        .collect();
    assert_eq!(media.len(), 1, "{media:?}");
    assert_eq!(
        page.matches(&format!("src=\"../{}\"", media[0])).count(),
        2,
        "both images point at the published file from the page's depth"
    );
}

#[test]
fn nothing_is_written_outside_the_output_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ido::output::Staging::update(&tmp.path().join("public")).unwrap();
    for rel in ["../x.txt", "/tmp/x.txt", "a/../../x.txt", ""] {
        assert!(out.write(rel, b"x").is_err(), "{rel}");
    }
    out.commit().unwrap();
    assert!(!tmp.path().join("x.txt").exists());
}

#[test]
fn injected_text_reaches_every_output_escaped() {
    const PAYLOAD: &str =
        "Test \\\"><script>alert(1)</script><img src=x onerror=alert(2)> {{ x }} #set";
    let (tmp, err) = build_with(|c| {
        let p = c.join("locaties/test-balie.md");
        let text = fs::read_to_string(&p).unwrap();
        let text = text
            .replace(
                "naam: Informatiepunt Teststad",
                &format!("naam: \"Informatiepunt {PAYLOAD}\""),
            )
            .replace("waar: Naast de ingang", &format!("waar: \"{PAYLOAD}\""))
            .replace("titel: Spreekuur SVB", &format!("titel: \"SVB {PAYLOAD}\""));
        fs::write(
            &p,
            format!("{text}\nIntro {}\n", PAYLOAD.replace("\\\"", "\"")),
        )
        .unwrap();
        let t = c.join("themas/digid.md");
        let text = fs::read_to_string(&t).unwrap();
        fs::write(
            &t,
            text.replace("titel: DigiD", &format!("titel: \"DigiD {PAYLOAD}\"")),
        )
        .unwrap();
    });
    assert_eq!(err, None);
    let out = tmp.path().join("public");
    let mut checked = 0;
    for rel in files(&out) {
        // Data files (JSON, iCalendar) carry the text as data; what a browser parses as
        // markup or code must not.
        let markup = [".html", ".xml", ".svg", ".css", ".js"];
        if !markup.iter().any(|e| rel.ends_with(e)) {
            continue;
        }
        let Ok(text) = fs::read_to_string(out.join(&rel)) else {
            continue;
        };
        for bad in ["<script>alert", "<img src=x"] {
            assert!(!text.contains(bad), "{rel} contains `{bad}` unescaped");
        }
        if rel.ends_with(".html") && text.contains("alert(1)") {
            checked += 1;
        }
    }
    assert!(checked >= 5, "the payload reached only {checked} pages");
}
