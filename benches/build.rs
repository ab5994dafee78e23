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
//! removed), then a rebuild of the unchanged content; both with their time, CPU and peak
//! memory.
//!
//! Run: `cargo bench --bench build` (add `-- 1000` to run one size).

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
        .expect("start ido");
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

/// Clean build and unchanged rebuild with print products, on disk.
fn with_print(bin: &str, example: &Path, sizes: &[usize]) {
    println!(
        "{:>9}  {:>9}  {:>8}  {:>8}  {:>8}  {:>9}",
        "locations", "build", "wall s", "CPU s", "peak MB", "output MB"
    );
    for &n in sizes {
        let tmp = tempfile::tempdir().expect("temp dir");
        let content = tmp.path().join("content");
        ido::synthetic::write(example, &content, n).expect("synthetic content");
        let out = tmp.path().join("site/public");
        for kind in ["clean", "unchanged"] {
            let (t, cpu, rss) = build(bin, &content, &out, true);
            let bytes: u64 = walkdir::WalkDir::new(&out)
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.metadata().map_or(0, |m| m.len()))
                .sum();
            println!(
                "{n:>9}  {kind:>9}  {t:>8.1}  {cpu:>8.1}  {:>8.0}  {:>9.0}",
                rss as f64 / 1e6,
                bytes as f64 / 1e6
            );
        }
    }
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
    let bin = env!("CARGO_BIN_EXE_ido");
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
