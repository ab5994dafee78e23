//! Build benchmark (site, feeds and slideshows; flyers and slides have benches/print.rs):
//! synthetic content of 1,000 and 10,000 locations, built by the release
//! `ido` binary in a child process; reports the clean build time (best and median of 3),
//! the CPU time (user + system) and the child's peak memory (max RSS), all from wait4,
//! and the number and total size of the files written.
//!
//! Each size is built twice over: into a folder in memory (`/dev/shm`, when there is one)
//! and into a folder on disk. Writing some 20,000 files is I/O bound, and on a virtual
//! machine with throttled disks the disk figure varies several-fold between runs; the
//! memory figure and the CPU time show the generator's own cost.
//!
//! With `print` (`cargo bench --bench build -- print 1000 10000`) it builds with the
//! flyers, posters and slides instead, on disk: a clean build (output and print cache
//! removed), a rebuild of the unchanged content and one after an edit of one location's
//! hours; each with its time, CPU and peak memory, and whether it meets its target.
//!
//! Run: `cargo bench --bench build` (add `-- 1000` to run one size). `IDO_BIN=path` times
//! another binary of the same code instead, such as the profile-guided one that
//! `scripts/pgo-build.sh` makes.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn run(bin: &str, content: &Path, out: &Path) -> (f64, f64, u64) {
    let _ = std::fs::remove_dir_all(out);
    build(bin, content, out, false)
}

fn build(bin: &str, content: &Path, out: &Path, print: bool) -> (f64, f64, u64) {
    let started = Instant::now();
    let child = Command::new(bin)
        .arg("build")
        .args(if print { None } else { Some("--no-print") })
        .arg("--content")
        .arg(content)
        .arg("--output")
        .arg(out)
        .arg("--templates")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("start {bin}: {e}"));
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child pid with valid pointers.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(pid, child.id() as i32);
    assert!(
        std::process::ExitStatus::from_raw(status).success(),
        "build failed"
    );
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let cpu = tv(usage.ru_utime) + tv(usage.ru_stime);
    (secs, cpu, usage.ru_maxrss as u64 * 1024)
}

/// Clean build, unchanged rebuild and a rebuild after one location's hours changed,
/// with print products, on disk; each against the targets (a clean render of
/// 1,000 locations in 150 s, an unchanged rebuild in under 1 s, peak memory at most 1 GB
/// at any size).
fn with_print(bin: &str, example: &Path, sizes: &[usize]) {
    println!(
        "{:>9}  {:>9}  {:>8}  {:>8}  {:>8}  {:>9}  targets",
        "locations", "build", "wall s", "CPU s", "peak MB", "output MB"
    );
    for &n in sizes {
        let tmp = tempfile::tempdir().expect("temp dir");
        let content = tmp.path().join("content");
        ido::synthetic::write(example, &content, n).expect("synthetic content");
        let out = tmp.path().join("site/public");
        for kind in ["clean", "unchanged", "one edited"] {
            if kind == "one edited" {
                edit_one(&content);
            }
            let (t, cpu, rss) = build(bin, &content, &out, true);
            let mut targets = vec![check("peak ≤ 1 GB", rss <= 1 << 30)];
            match kind {
                "clean" if n == 1_000 => targets.push(check("≤ 150 s", t <= 150.0)),
                "unchanged" => targets.push(check("< 1 s", t < 1.0)),
                _ => {}
            }
            let bytes: u64 = walkdir::WalkDir::new(&out)
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.metadata().map_or(0, |m| m.len()))
                .sum();
            println!(
                "{n:>9}  {kind:>9}  {t:>8.2}  {cpu:>8.1}  {:>8.0}  {:>9.0}  {}",
                rss as f64 / 1e6,
                bytes as f64 / 1e6,
                targets.join(", ")
            );
        }
    }
}

fn check(target: &str, met: bool) -> String {
    format!("{target} {}", if met { "met" } else { "NOT MET" })
}

/// Change the opening hours of the first location (in the file's text, as an author
/// would): its page, calendar, slides and print products change, nothing else.
fn edit_one(content: &Path) {
    let dir = content.join("locaties");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locaties")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let file = &files[0];
    let text = std::fs::read_to_string(file).expect("location file");
    // The first time of the opening hours moves a quarter of an hour ("10.00" → "10.15").
    let hours = text.find("openingstijden:").expect("opening hours");
    let at = hours + text[hours..].find(".00").expect("a time");
    let edited = format!("{}.15{}", &text[..at], &text[at + 3..]);
    std::fs::write(file, edited).expect("write location file");
}

fn main() {
    let print = std::env::args().any(|a| a == "print");
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    let bin = std::env::var_os("IDO_BIN")
        .filter(|b| !b.is_empty())
        .map_or_else(
            || env!("CARGO_BIN_EXE_ido").to_owned(),
            |b| b.into_string().expect("IDO_BIN is a UTF-8 path"),
        );
    let bin = bin.as_str();
    println!("binary: {bin}");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    if print {
        with_print(bin, &example, &sizes);
        return;
    }
    println!(
        "{:>9}  {:>6}  {:>7}  {:>8}  {:>6}  {:>8}  {:>6}  {:>9}",
        "locations", "output", "best s", "median s", "CPU s", "peak MB", "files", "output MB"
    );
    for n in sizes {
        let tmp = tempfile::tempdir().expect("temp dir");
        let content = tmp.path().join("content");
        ido::synthetic::write(&example, &content, n).expect("synthetic content");
        let shm = Path::new("/dev/shm");
        let mut targets = Vec::new();
        if shm.is_dir() {
            targets.push(("memory", tempfile::tempdir_in(shm).expect("tmpfs dir")));
        }
        targets.push(("disk", tempfile::tempdir().expect("temp dir")));
        for (kind, dir) in &targets {
            let out = dir.path().join("public");
            let (mut times, mut cpus, mut peak) = (Vec::new(), Vec::new(), 0);
            for _ in 0..3 {
                let (t, cpu, rss) = run(bin, &content, &out);
                times.push(t);
                cpus.push(cpu);
                peak = peak.max(rss);
            }
            times.sort_by(f64::total_cmp);
            cpus.sort_by(f64::total_cmp);
            let (mut files, mut bytes) = (0, 0);
            for e in walkdir::WalkDir::new(&out).into_iter().flatten() {
                if e.file_type().is_file() {
                    files += 1;
                    bytes += e.metadata().map_or(0, |m| m.len());
                }
            }
            println!(
                "{n:>9}  {kind:>6}  {:>7.2}  {:>8.2}  {:>6.2}  {:>8.0}  {files:>6}  {:>9.1}",
                times[0],
                times[1],
                cpus[1],
                peak as f64 / 1e6,
                bytes as f64 / 1e6
            );
        }
    }
}
