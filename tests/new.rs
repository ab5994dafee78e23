//! `ido new` writes complete files that build as they are, with today's date as "last
//! checked", and never overwrites.

mod common;

use std::process::Command;

use common::*;

#[test]
fn new_files_build_and_are_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let ido = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_ido"))
            .args(args)
            .arg("--content")
            .arg(&content)
            .env("SOURCE_DATE_EPOCH", "1795430400")
            .output()
            .unwrap()
    };
    for (kind, name, path) in [
        ("locatie", "Bibliotheek Oss", "locaties/bibliotheek-oss.md"),
        ("thema", "Post en brieven", "themas/post-en-brieven.md"),
        ("partner", "Humanitas Oss", "partners/humanitas-oss.md"),
        ("pagina", "Contact", "paginas/contact.md"),
    ] {
        let out = ido(&["new", kind, name]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(content.join(path)).unwrap();
        assert!(text.contains(name), "{path} holds the name");
        // A second time: refused, file unchanged.
        let again = ido(&["new", kind, name]);
        assert!(!again.status.success());
        assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
        assert_eq!(std::fs::read_to_string(content.join(path)).unwrap(), text);
    }
    let loc = std::fs::read_to_string(content.join("locaties/bibliotheek-oss.md")).unwrap();
    // SOURCE_DATE_EPOCH 1795430400 is 23 November 2026.
    assert!(loc.contains("laatst_gecontroleerd: 2026-11-23"), "{loc}");
    let site =
        ido::load(&options(&content, &tmp.path().join("public"))).unwrap_or_else(|e| panic!("{e}"));
    assert!(site.locations.iter().any(|l| l.name == "Bibliotheek Oss"));
    assert!(site.themes.iter().any(|t| t.title == "Post en brieven"));
}

/// Every optional line of the location template, uncommented, is accepted as it stands:
/// the rule forms it shows (several weekdays and partners, weeks of the month, an open
/// period, a season, a closure calendar, cancelled and extra dates, another address on
/// a date, a werkgebied) are valid together.
#[test]
fn every_example_line_of_the_location_template_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let out = Command::new(env!("CARGO_BIN_EXE_ido"))
        .args(["new", "locatie", "Proef Alles", "--content"])
        .arg(&content)
        .env("SOURCE_DATE_EPOCH", "1795430400")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = content.join("locaties/proef-alles.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut uncommented = 0;
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| match l.strip_prefix("# ") {
            // The two lines of explanation at the top stay comments.
            Some(rest) if i > 2 => {
                uncommented += 1;
                rest.to_string()
            }
            _ if l == "spreekuren: []" => "spreekuren:".to_string(),
            _ => l.to_string(),
        })
        .collect();
    assert!(uncommented > 25, "{uncommented} lines");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let site = ido::load(&options(&content, &tmp.path().join("public")))
        .unwrap_or_else(|e| panic!("{e}\n{}", lines.join("\n")));
    let loc = site
        .locations
        .iter()
        .find(|l| l.slug == "proef-alles")
        .unwrap();
    assert_eq!(loc.area, ido::model::Area::National);
    let s = &loc.schedule.sessions[0];
    assert!(s.period.is_some() && s.season.is_some());
    assert_eq!(s.not_during.len(), 1);
    assert_eq!(
        (s.cancelled.len(), s.extra.len(), s.places.len()),
        (1, 1, 1)
    );
    assert!(!loc.schedule.calendars.is_empty());
}
