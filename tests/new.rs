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
