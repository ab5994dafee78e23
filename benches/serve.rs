//! `ido serve` benchmark on synthetic content of 1,000 and 10,000 locations, with the
//! release binary:
//! - first page: from starting `ido serve` until the home page has arrived (the Dutch
//!   site; the other languages and the print products follow in the background);
//! - save to reload: a page waits for the next build the way the browser does (long
//!   poll); we save a one-location edit and time until the waiting page is told to
//!   reload, and until the reloaded page has arrived. 10 edits per size (site only,
//!   `--no-print`), with the served build in memory (`/dev/shm`) and on disk (see
//!   benches/build.rs on disks);
//! - catch-up: until the site-wide open data (written after the reload) shows the edit.
//!
//! Run: `cargo bench --bench serve` (add `-- 1000` for one size).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

fn version(body: &str) -> u64 {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["version"].as_u64())
        .unwrap_or(0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!(
        "{:>9}  {:>6}  {:>11}  {:>14}  {:>14}  {:>16}  {:>15}",
        "locations",
        "output",
        "first page",
        "reload median",
        "reload max",
        "page loaded med",
        "caught up med"
    );
    let shm = Path::new("/dev/shm");
    let outputs: Vec<(&str, Option<&Path>)> = if shm.is_dir() {
        vec![("memory", Some(shm)), ("disk", None)]
    } else {
        vec![("disk", None)]
    };
    for n in sizes {
        for (kind, tmpdir) in &outputs {
            let tmp = tempfile::tempdir().unwrap();
            let content = tmp.path().join("content");
            ido::synthetic::write(&example, &content, n).unwrap();
            let start = |extra: &[&str]| {
                let mut cmd = Command::new(env!("CARGO_BIN_EXE_ido"));
                // `ido serve` builds into the temporary folder; its print cache goes to
                // the working folder.
                if let Some(dir) = tmpdir {
                    cmd.env("TMPDIR", dir);
                }
                let mut child = cmd
                    .current_dir(tmp.path())
                    .args(["serve", "--port", "0", "--content"])
                    .arg(&content)
                    .arg("--templates")
                    .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"))
                    .args(extra)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap();
                let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
                let addr = loop {
                    let line = lines.next().unwrap().unwrap();
                    if let Some(rest) = line.split("http://").nth(1) {
                        break rest.split('/').next().unwrap().to_string();
                    }
                };
                // Builds after the first (the Dutch site): the whole site, then edits.
                let (tell, built) = std::sync::mpsc::channel();
                std::thread::spawn(move || {
                    for line in lines.map_while(Result::ok) {
                        if line.starts_with("Rebuilt") {
                            let _ = tell.send(());
                        }
                    }
                });
                (child, addr, built)
            };
            let started = Instant::now();
            let (mut child, addr, _) = start(&[]);
            assert!(get(&addr, "/").contains("<main"), "the home page");
            let first_page = started.elapsed().as_secs_f64();
            let _ = child.kill();
            let _ = child.wait();
            let (mut child, addr, built) = start(&["--no-print"]);
            // Edits after the whole site (every language) is there.
            built.recv().expect("the whole site was built");
            let file = content.join("locaties/locatie-00042.md");
            let original = std::fs::read_to_string(&file).unwrap();
            let (mut reload, mut loaded, mut caught) = (Vec::new(), Vec::new(), Vec::new());
            for i in 0..10 {
                std::thread::sleep(Duration::from_millis(300));
                let v = version(&get(&addr, "/__ido/wacht?v=0"));
                let a = addr.clone();
                // As the page's script does: wait until a version names this page (or
                // every page).
                let waiter = std::thread::spawn(move || {
                    let mut v = v;
                    loop {
                        let body = get(&a, &format!("/__ido/wacht?v={v}"));
                        let news: serde_json::Value =
                            serde_json::from_str(&body).unwrap_or_default();
                        let pages = &news["pages"];
                        if pages.is_null()
                            || pages
                                .as_array()
                                .is_some_and(|l| l.iter().any(|p| p == "/locaties/locatie-00042/"))
                        {
                            return (Instant::now(), body);
                        }
                        v = version(&body);
                    }
                });
                std::thread::sleep(Duration::from_millis(50)); // the page is waiting
                let saved = Instant::now();
                std::fs::write(
                    &file,
                    original.replace("Voorbeeldstad 42", &format!("Voorbeeldstad 42 ({i})")),
                )
                .unwrap();
                let (told, body) = waiter.join().unwrap();
                assert!(body.contains("\"error\":null"), "{body}");
                let page = get(&addr, "/locaties/locatie-00042/");
                let done = Instant::now();
                assert!(
                    page.contains(&format!("Voorbeeldstad 42 ({i})")),
                    "the edit is served"
                );
                reload.push((told - saved).as_secs_f64() * 1e3);
                loaded.push((done - saved).as_secs_f64() * 1e3);
                // The open data follows after the reload; the next edit waits for it.
                let edited = format!("Voorbeeldstad 42 ({i})");
                while !get(&addr, "/api/v1/locaties.geojson").contains(&edited) {
                    std::thread::sleep(Duration::from_millis(20));
                }
                caught.push(saved.elapsed().as_secs_f64() * 1e3);
            }
            let _ = child.kill();
            let _ = child.wait();
            reload.sort_by(f64::total_cmp);
            loaded.sort_by(f64::total_cmp);
            caught.sort_by(f64::total_cmp);
            println!(
                "{n:>9}  {kind:>6}  {first_page:>9.1} s  {:>11.0} ms  {:>11.0} ms  {:>13.0} ms  {:>12.0} ms",
                reload[5], reload[9], loaded[5], caught[5]
            );
        }
    }
}
