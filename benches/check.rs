//! `ido check` benchmark: the release binary checks the example content (17 locations)
//! in a child process, from an empty working directory; reports the best and median wall
//! time of 5 runs, and fails when the median is not under the target of one second.
//! Without `--print` no flyer, poster or slide is rendered.
//!
//! Run: `cargo bench --bench check`.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn main() {
    let bin = env!("CARGO_BIN_EXE_ido");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cwd = tempfile::tempdir().expect("temporary folder");
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let out = Command::new(bin)
            .arg("check")
            .arg("--content")
            .arg(root.join("content"))
            .arg("--templates")
            .arg(root.join("templates"))
            .current_dir(cwd.path())
            .output()
            .expect("start ido");
        times.push(started.elapsed().as_secs_f64());
        assert!(
            out.status.success(),
            "check failed: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    assert_eq!(
        std::fs::read_dir(cwd.path()).expect("list").count(),
        0,
        "check wrote into the working directory"
    );
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "ido check, example content (17 locations): best {:.3} s, median {median:.3} s",
        times[0]
    );
    assert!(median < 1.0, "target: under 1 s");
}
