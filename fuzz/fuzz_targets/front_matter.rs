//! libFuzzer target: any bytes as a location file, loaded by the real loader next to the
//! example site's partners and themes. The loader must not panic, and every problem must
//! say something and name a file inside the content folder; a site that loads has its
//! schedule rules asked about the dates it names. Seeds: copy `content/locaties/*.md`
//! into `fuzz/corpus/front_matter/` (libFuzzer writes new inputs into that folder, so
//! never give it the content folder itself), then `cargo +nightly fuzz run front_matter`.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

struct Site {
    _tmp: tempfile::TempDir,
    content: PathBuf,
    tokens: PathBuf,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let tmp = tempfile::tempdir().unwrap();
        let content = tmp.path().join("content");
        for part in ["partners", "themas", "paginas"] {
            copy_dir(&root.join("content").join(part), &content.join(part));
        }
        std::fs::copy(root.join("content/site.yaml"), content.join("site.yaml")).unwrap();
        std::fs::create_dir_all(content.join("locaties")).unwrap();
        Site {
            _tmp: tmp,
            content,
            tokens: root.join("templates/huisstijl.yaml"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let site = site();
    let file = site.content.join("locaties/fuzz.md");
    std::fs::write(&file, data).unwrap();
    match ido::content::load(&site.content, &site.tokens, jiff::civil::date(2026, 11, 23)) {
        Ok(loaded) => {
            let today = jiff::civil::date(2026, 11, 23);
            for loc in &loaded.locations {
                let s = &loc.schedule;
                let _ = s.status(today, 600);
                let _ = s.changes(today, 60);
                for session in &s.sessions {
                    let _ = session.dutch(today);
                    let _ = s.session_dates(session, today, 12 * 60, 3);
                }
            }
        }
        Err(ido::Error::Content(problems)) => {
            for e in &problems.0 {
                assert!(!e.message.trim().is_empty(), "{e:?}");
                assert!(e.path.starts_with(&site.content), "{e:?}");
            }
        }
        Err(ido::Error::Io { path, .. }) => {
            assert!(path.starts_with(&site.content), "{path:?}");
            assert!(std::str::from_utf8(data).is_err(), "{path:?}");
        }
        Err(e) => panic!("unexpected kind of error: {e}"),
    }
});
