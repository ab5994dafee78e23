//! Crash safety of the output swap: the real binary is killed (SIGKILL, by the test hook
//! `IDO_FAULT`) at each step of writing and swapping in a build, with the atomic exchange
//! and with the two-rename fallback. After every kill `public/` is a complete site (the old
//! or the new one; restored from the `.old` folder where the kill left none), the next
//! build succeeds by itself, and nothing is left beside the output. The states that older
//! versions left after a kill are cleaned up too.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Output};

use common::*;

/// Run `ido build` (without print products, on a fixed day) with an optional fault.
fn build(content: &Path, output: &Path, fault: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ido"));
    cmd.args(["build", "--no-print", "--content"])
        .arg(content)
        .arg("--output")
        .arg(output)
        .arg("--templates")
        .arg(root().join("templates"))
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .env_remove("IDO_FAULT");
    if let Some(fault) = fault {
        cmd.env("IDO_FAULT", fault);
    }
    cmd.output().unwrap()
}

/// Every file of a site with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|rel| {
            let bytes = fs::read(dir.join(&rel)).unwrap();
            (rel, bytes)
        })
        .collect()
}

/// What sits beside the output other than the content, the output and the print cache.
fn leftovers(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !matches!(n.as_str(), "content" | "public" | ".ido-cache" | "ref"))
        .collect();
    names.sort();
    names
}

const NAME: &str = "naam: Informatiepunt Teststad";

fn rename_location(content: &Path, to: &str) {
    let file = content.join("locaties/test-balie.md");
    let text = fs::read_to_string(&file).unwrap();
    let text = text.replace(NAME, &format!("naam: Informatiepunt {to}"));
    fs::write(&file, text).unwrap();
}

/// A site as built before (`v1`) and after (`v2`) an edit, built in folders of their own.
struct Versions {
    v1: BTreeMap<String, Vec<u8>>,
    v2: BTreeMap<String, Vec<u8>>,
}

fn versions() -> Versions {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let out = tmp.path().join("ref");
    assert!(build(&content, &out, None).status.success());
    let v1 = snapshot(&out);
    rename_location(&content, "Nieuwstad");
    assert!(build(&content, &out, None).status.success());
    let v2 = snapshot(&out);
    assert_ne!(v1, v2);
    Versions { v1, v2 }
}

/// `public/` is exactly one of the two complete sites: 1 or 2.
fn which(public: &Path, v: &Versions) -> u8 {
    assert!(public.is_dir(), "public/ is missing");
    let now = snapshot(public);
    if now == v.v1 {
        1
    } else if now == v.v2 {
        2
    } else {
        panic!(
            "public/ is not a complete site ({} files, want {})",
            now.len(),
            v.v2.len()
        )
    }
}

/// Each step of writing and swapping, with the site `public/` holds after the kill there.
const STEPS: [(&str, u8); 9] = [
    ("stage:after-first-write", 1),
    ("commit:before-swap", 1),
    ("commit:after-swap", 2),
    ("commit:during-remove", 2),
    ("no-exchange,stage:after-first-write", 1),
    ("no-exchange,commit:before-swap", 1),
    // The kill leaves no public/: the next build restores the complete old one.
    ("no-exchange,commit:after-first-rename", 1),
    ("no-exchange,commit:after-swap", 2),
    ("no-exchange,commit:during-remove", 2),
];

#[test]
fn a_kill_at_any_step_of_the_swap_leaves_a_site_the_next_build_completes() {
    let v = versions();
    for (fault, expected) in STEPS {
        let tmp = tempfile::tempdir().unwrap();
        let content = tmp.path().join("content");
        let public = tmp.path().join("public");
        copy_tree(&fixture("minimal"), &content);
        assert!(build(&content, &public, None).status.success());
        rename_location(&content, "Nieuwstad");

        let out = build(&content, &public, Some(fault));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let point = fault.rsplit(',').next().unwrap();
        assert_eq!(
            out.status.signal(),
            Some(9),
            "{fault}: not killed: {stderr}"
        );
        assert!(stderr.contains(&format!("killed at {point}")), "{stderr}");
        if point == "commit:after-first-rename" {
            assert!(
                !public.exists(),
                "{fault}: the kill came between the renames"
            );
        } else {
            assert_eq!(which(&public, &v), expected, "{fault}");
        }

        // A build that fails on content still restores a complete site, and cleans up.
        let file = content.join("locaties/test-balie.md");
        let good = fs::read_to_string(&file).unwrap();
        fs::write(&file, good.replace("postcode: 5038tc", "postcode: 5038")).unwrap();
        let failed = build(&content, &public, None);
        assert_eq!(failed.status.code(), Some(1), "{fault}");
        assert_eq!(
            which(&public, &v),
            expected,
            "{fault}: after a failed build"
        );
        assert_eq!(leftovers(tmp.path()), Vec::<String>::new(), "{fault}");

        // The next good build succeeds on its own and leaves nothing beside the output.
        fs::write(&file, good).unwrap();
        let next = build(&content, &public, None);
        assert!(
            next.status.success(),
            "{fault}: {}",
            String::from_utf8_lossy(&next.stderr)
        );
        assert_eq!(which(&public, &v), 2, "{fault}");
        assert_eq!(leftovers(tmp.path()), Vec::<String>::new(), "{fault}");
    }
}

/// The id of a process that has ended.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

/// What versions before this fix left after a kill while removing the old output: a
/// half-removed `.public.old` (every later build failed: "Directory not empty") and a
/// half-written `.public.building-<pid>`.
#[test]
fn leftovers_of_a_kill_during_removal_no_longer_wedge_the_build() {
    let v = versions();
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let public = tmp.path().join("public");
    copy_tree(&fixture("minimal"), &content);
    assert!(build(&content, &public, None).status.success());
    let old = tmp.path().join(".public.old");
    copy_tree(&public, &old);
    fs::remove_file(old.join("index.html")).unwrap();
    let building = tmp.path().join(format!(".public.building-{}", dead_pid()));
    copy_tree(&public, &building);
    fs::remove_dir_all(building.join("locaties")).unwrap();

    rename_location(&content, "Nieuwstad");
    let next = build(&content, &public, None);
    assert!(
        next.status.success(),
        "{}",
        String::from_utf8_lossy(&next.stderr)
    );
    assert_eq!(which(&public, &v), 2);
    assert_eq!(leftovers(tmp.path()), Vec::<String>::new());
}

/// What they left after a kill between the two renames: no `public/`, the complete old
/// site in `.public.old`. Even a build that fails on content brings the old site back.
#[test]
fn a_missing_output_is_restored_from_a_complete_old_folder() {
    let v = versions();
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let public = tmp.path().join("public");
    copy_tree(&fixture("minimal"), &content);
    assert!(build(&content, &public, None).status.success());
    fs::rename(&public, tmp.path().join(".public.old")).unwrap();
    let building = tmp.path().join(format!(".public.building-{}", dead_pid()));
    fs::create_dir_all(building.join("css")).unwrap();

    let file = content.join("locaties/test-balie.md");
    let good = fs::read_to_string(&file).unwrap();
    fs::write(&file, good.replace("postcode: 5038tc", "postcode: 5038")).unwrap();
    assert_eq!(build(&content, &public, None).status.code(), Some(1));
    assert_eq!(which(&public, &v), 1);
    assert_eq!(leftovers(tmp.path()), Vec::<String>::new());
}

/// Side folders of a build that is still running are left alone.
#[test]
fn a_running_builds_staging_folder_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let public = tmp.path().join("public");
    copy_tree(&fixture("minimal"), &content);
    let mut sleeper = Command::new("sleep").arg("30").spawn().unwrap();
    let busy = tmp
        .path()
        .join(format!(".public.building-{}", sleeper.id()));
    fs::create_dir_all(&busy).unwrap();
    let out = build(&content, &public, None);
    let _ = sleeper.kill();
    let _ = sleeper.wait();
    assert!(out.status.success());
    assert!(busy.is_dir(), "a live process's folder was removed");
}
