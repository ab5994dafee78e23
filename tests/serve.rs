//! `ido serve` end to end: the real binary serves a copy of the minimal site; an edit is
//! picked up and announced to waiting pages, a broken edit keeps the last good site and
//! reports the problem (overlay), a fix recovers, and paths outside the site are refused.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Server(Child);

impl Drop for Server {
    /// Stop it as Ctrl+C would (so it removes its temporary folder), or kill it.
    fn drop(&mut self) {
        if let Ok(Some(_)) = self.0.try_wait() {
            return;
        }
        unsafe { libc::kill(self.0.id() as i32, libc::SIGTERM) };
        for _ in 0..250 {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Start `ido serve` on a free port for `content`; returns the server and its address
/// once the whole site is built (the Dutch site first, then the other languages).
fn start(content: &std::path::Path, extra: &[&str]) -> (Server, String) {
    start_in(content, extra, None, true)
}

/// The same, returning as soon as the first build (the Dutch site) is served.
fn start_first(content: &std::path::Path, extra: &[&str]) -> (Server, String) {
    start_in(content, extra, None, false)
}

/// The same, with its temporary folder made in `tmp` (as `ido-serve-<pid>`).
fn start_in(
    content: &std::path::Path,
    extra: &[&str],
    tmp: Option<&std::path::Path>,
    whole: bool,
) -> (Server, String) {
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ido"));
    if let Some(tmp) = tmp {
        cmd.env("TMPDIR", tmp);
    }
    let mut child = cmd
        .arg("serve")
        .args(extra)
        .args(["--port", "0", "--content"])
        .arg(content)
        .arg("--templates")
        .arg(root().join("templates"))
        .stdout(Stdio::piped())
        .stderr(log.reopen().unwrap())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let server = Server(child);
    let mut built = false;
    let addr = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        built |= line.starts_with("Rebuilt");
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    let problems = std::fs::read_to_string(log.path()).unwrap_or_default();
    assert!(built, "the first build failed: {problems}");
    // Keep reading what it prints, or it would stop at its next line. The first build
    // is the Dutch site; wait for the whole one (the other languages) made after it, so
    // a test starts from a quiet server.
    let (tell, built_whole) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if line.starts_with("Rebuilt") {
                let _ = tell.send(());
            }
        }
    });
    if whole {
        let problems = || std::fs::read_to_string(log.path()).unwrap_or_default();
        built_whole
            .recv_timeout(Duration::from_secs(120))
            .unwrap_or_else(|_| panic!("the whole site was not built: {}", problems()));
    }
    (server, addr)
}

/// A raw HTTP/1.0 GET; returns (status, body). Raw, so `..` reaches the server as written.
fn get(addr: &str, path: &str) -> (u16, String) {
    try_get(addr, path, Duration::from_secs(20)).expect("an answer in time")
}

fn try_get(addr: &str, path: &str, timeout: Duration) -> Option<(u16, String)> {
    try_get_as(addr, addr, path, timeout)
}

/// A GET with the given `Host` header.
fn try_get_as(addr: &str, host: &str, path: &str, timeout: Duration) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(timeout)).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// Wait, as the page script does, until a build after `version` satisfies `done`
/// (one save can give more than one build).
fn wait(
    addr: &str,
    mut version: u64,
    done: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    for _ in 0..20 {
        let (status, body) = get(addr, &format!("/__ido/wacht?v={version}"));
        assert_eq!(status, 200, "{body}");
        let news: serde_json::Value = serde_json::from_str(&body).unwrap();
        if done(&news) {
            return news;
        }
        version = news["version"].as_u64().unwrap();
    }
    panic!("no build reached the expected state");
}

fn version_in(html: &str) -> u64 {
    let i = html.find("var v=").expect("live script") + 6;
    html[i..].split(';').next().unwrap().parse().unwrap()
}

#[test]
fn serve_rebuilds_reloads_shows_errors_and_refuses_escapes() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let (_server, addr) = start(&content, &[]);
    assert!(
        addr.starts_with("127.0.0.1:"),
        "binds to 127.0.0.1 by default: {addr}"
    );

    let (status, page) = get(&addr, "/locaties/test-balie/");
    assert_eq!(status, 200);
    assert!(page.contains("<h1>Informatiepunt Teststad</h1>"));
    let v = version_in(&page);

    // An edit is built and announced.
    let file = content.join("locaties/test-balie.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "naam: Informatiepunt Teststad",
            "naam: Informatiepunt Nieuwstad",
        ),
    )
    .unwrap();
    let news = wait(&addr, v, |_| {
        get(&addr, "/locaties/test-balie/")
            .1
            .contains("<h1>Informatiepunt Nieuwstad</h1>")
    });
    assert_eq!(news["error"], serde_json::Value::Null, "{news}");
    let v = news["version"].as_u64().unwrap();

    // A broken edit: the last good page stays, the problem is reported and shown.
    std::fs::write(&file, text.replace("postcode: 5038tc", "postcode: 5038")).unwrap();
    let news = wait(&addr, v, |n| n["error"].is_string());
    let error = news["error"].as_str().unwrap();
    assert!(
        error.contains("test-balie.md:7:13: adres.postcode: `5038` is not a Dutch postcode"),
        "{error}"
    );
    let (_, page) = get(&addr, "/locaties/test-balie/");
    assert!(
        page.contains("<h1>Informatiepunt Nieuwstad</h1>"),
        "the last good page is still served"
    );
    assert!(
        page.contains("is not a Dutch postcode"),
        "new page loads show the overlay"
    );

    // Editor temp files do not trigger a build. First let any build still running settle.
    let mut v = news["version"].as_u64().unwrap();
    while let Some((_, body)) = try_get(
        &addr,
        &format!("/__ido/wacht?v={v}"),
        Duration::from_millis(2000),
    ) {
        v = serde_json::from_str::<serde_json::Value>(&body).unwrap()["version"]
            .as_u64()
            .unwrap();
    }
    std::fs::write(content.join("locaties/.test-balie.md.swp"), "x").unwrap();
    std::fs::write(content.join("locaties/test-balie.md~"), "x").unwrap();
    assert!(
        try_get(
            &addr,
            &format!("/__ido/wacht?v={v}"),
            Duration::from_millis(2000)
        )
        .is_none(),
        "no build for temp files"
    );
    // The fix recovers by itself.
    std::fs::write(&file, &text).unwrap();
    let news = wait(&addr, v, |n| n["error"].is_null());
    assert_eq!(news["error"], serde_json::Value::Null, "{news}");

    // Nothing outside the site can be read.
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/css/..%2f..%2fsite.yaml",
        "/locaties/..\\..\\site.yaml",
    ] {
        let (status, body) = get(&addr, path);
        assert!(status == 403 || status == 400, "{path}: {status}");
        assert!(!body.contains("naam:"), "{path} leaked a file");
    }
    let (status, _) = get(&addr, "/bestaat/niet/");
    assert_eq!(status, 404);
}

/// `--poll` (for network drives without file events) notices an edit too.
#[test]
fn serve_with_polling_picks_up_an_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let (_server, addr) = start(&content, &["--poll"]);
    let (_, page) = get(&addr, "/locaties/test-balie/");
    let v = version_in(&page);
    let file = content.join("locaties/test-balie.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::thread::sleep(Duration::from_millis(1100)); // a new modification time
    std::fs::write(
        &file,
        text.replace(
            "naam: Informatiepunt Teststad",
            "naam: Informatiepunt Pollstad",
        ),
    )
    .unwrap();
    wait(&addr, v, |_| {
        get(&addr, "/locaties/test-balie/")
            .1
            .contains("<h1>Informatiepunt Pollstad</h1>")
    });
}

/// The folder `ido serve` builds into, inside the `TMPDIR` it was given.
fn served(tmp: &Path) -> PathBuf {
    let dir = fs_entries(tmp)
        .into_iter()
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("ido-serve-")
        })
        .expect("the serve folder");
    dir.join("public")
}

fn fs_entries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

/// A site copy and a temporary folder for the server, in one test folder.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let server_tmp = tmp.path().join("tmp");
    std::fs::create_dir(&server_tmp).unwrap();
    (tmp, content, server_tmp)
}

/// A client that asks for a large file and never reads the answer does not hold up
/// anyone else (the answers used to go out one at a time).
#[test]
fn a_client_that_does_not_read_blocks_no_one() {
    let (_tmp, content, server_tmp) = setup();
    let (_server, addr) = start_in(&content, &[], Some(&server_tmp), true);
    // Far more than the socket buffers of both sides hold.
    std::fs::write(served(&server_tmp).join("groot.txt"), vec![b'x'; 48 << 20]).unwrap();
    let mut slow = TcpStream::connect(&addr).unwrap();
    write!(slow, "GET /groot.txt HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..3 {
        let answer = try_get(&addr, "/locaties/test-balie/", Duration::from_secs(5));
        let (status, page) = answer.expect("answered while another client is slow");
        assert_eq!(status, 200);
        assert!(page.contains("Informatiepunt Teststad"));
    }
    drop(slow);
}

fn threads_of(pid: u32) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// 1,000 waiting pages (HTTP/1.1, as browsers ask) do not make 1,000 threads: polls are
/// parked without a thread, up to a limit; the rest are told at once to try again, and
/// the site keeps answering.
#[test]
fn a_thousand_long_polls_take_a_bounded_number_of_threads() {
    let (_tmp, content, server_tmp) = setup();
    // Without print products, whose background build would answer the polls.
    let (server, addr) = start_in(&content, &["--no-print"], Some(&server_tmp), true);
    let (_, page) = get(&addr, "/locaties/test-balie/");
    let v = version_in(&page);
    let mut polls: Vec<TcpStream> = (0..1000)
        .map(|_| {
            let mut s = TcpStream::connect(&addr).unwrap();
            // A connection turned away at once may be closed before this is sent.
            let _ = write!(s, "GET /__ido/wacht?v={v} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
            s
        })
        .collect();
    // Wait until the polls beyond the limit have been told to try again (or, when
    // turned away before their request arrived, closed).
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut busy = vec![false; polls.len()];
    while busy.iter().filter(|b| **b).count() < 700 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        for (s, done) in polls.iter_mut().zip(busy.iter_mut()) {
            if *done {
                continue;
            }
            s.set_nonblocking(true).unwrap();
            let mut buf = [0u8; 512];
            match s.read(&mut buf) {
                Ok(0) => *done = true,
                Ok(n) => {
                    let text = String::from_utf8_lossy(&buf[..n]);
                    assert!(text.starts_with("HTTP/1.1 503"), "{text}");
                    *done = true;
                }
                Err(e) => *done = e.kind() != std::io::ErrorKind::WouldBlock,
            }
        }
    }
    let threads = threads_of(server.0.id());
    assert!(threads <= 40, "{threads} threads for 1,000 waiting pages");
    let busy = busy.iter().filter(|b| **b).count();
    assert!(busy >= 700, "only {busy} polls were told to try again");
    let answer = try_get(&addr, "/", Duration::from_secs(5));
    assert_eq!(answer.expect("the site still answers").0, 200);
    drop(polls);
}

/// Only requests for this preview's own names are answered: a page on another site that
/// points its own host name at 127.0.0.1 (DNS rebinding) cannot read the preview.
#[test]
fn requests_for_other_host_names_are_refused() {
    let (_tmp, content, server_tmp) = setup();
    let (_server, addr) = start_in(&content, &[], Some(&server_tmp), true);
    let port = addr.rsplit(':').next().unwrap();
    let t = Duration::from_secs(10);
    for host in [
        addr.clone(),
        "127.0.0.1".into(),
        format!("localhost:{port}"),
        "LOCALHOST".into(),
        format!("[::1]:{port}"),
    ] {
        let (status, page) = try_get_as(&addr, &host, "/locaties/test-balie/", t).unwrap();
        assert_eq!(status, 200, "{host}");
        assert!(page.contains("Informatiepunt Teststad"), "{host}");
    }
    for host in [
        format!("aanval.example:{port}"),
        "aanval.example".into(),
        "localhost.aanval.example".into(),
        format!("127.0.0.1.nip.io:{port}"),
        "".into(),
    ] {
        for path in ["/locaties/test-balie/", "/__ido/wacht?v=0"] {
            let (status, body) = try_get_as(&addr, &host, path, t).unwrap();
            assert_eq!(status, 403, "{host} {path}");
            assert!(
                !body.contains("Teststad") && !body.contains("version"),
                "{body}"
            );
            assert!(body.contains("only answers to localhost"), "{body}");
        }
    }
}

/// A symbolic link in the served folder is never followed, to a file or to a folder.
#[test]
fn symbolic_links_in_the_served_folder_are_not_followed() {
    let (tmp, content, server_tmp) = setup();
    let (_server, addr) = start_in(&content, &[], Some(&server_tmp), true);
    let secret = tmp.path().join("geheim.txt");
    std::fs::write(&secret, "GEHEIM").unwrap();
    let outside = tmp.path().join("buiten");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("index.html"), "<p>GEHEIM</p>").unwrap();
    let public = served(&server_tmp);
    std::os::unix::fs::symlink(&secret, public.join("geheim.txt")).unwrap();
    std::os::unix::fs::symlink(&outside, public.join("buiten")).unwrap();
    std::os::unix::fs::symlink(public.join("index.html"), public.join("ook.html")).unwrap();
    for path in ["/geheim.txt", "/buiten/", "/buiten/index.html", "/ook.html"] {
        let (status, body) = get(&addr, path);
        assert_ne!(status, 200, "{path}");
        assert!(!body.contains("GEHEIM"), "{path} was served through a link");
    }
    assert_eq!(get(&addr, "/index.html").0, 200);
}

/// Ctrl+C (SIGINT) and SIGTERM stop the server and remove its temporary folder; the
/// folder of a server that was killed (SIGKILL) is removed when the next one starts.
#[test]
fn stopping_removes_the_temporary_folder() {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        let (_tmp, content, server_tmp) = setup();
        let (mut server, addr) = start_in(&content, &[], Some(&server_tmp), true);
        assert_eq!(get(&addr, "/").0, 200);
        let folder = served(&server_tmp);
        assert!(folder.is_dir());
        unsafe { libc::kill(server.0.id() as i32, signal) };
        let deadline = Instant::now() + Duration::from_secs(10);
        while server.0.try_wait().unwrap().is_none() {
            assert!(
                Instant::now() < deadline,
                "still running after signal {signal}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(
            fs_entries(&server_tmp),
            Vec::<PathBuf>::new(),
            "left behind after signal {signal}"
        );
    }
    // A server killed outright cannot clean up: the next one removes its folder.
    let (_tmp, content, server_tmp) = setup();
    let (mut killed, _) = start_in(&content, &[], Some(&server_tmp), true);
    killed.0.kill().unwrap();
    killed.0.wait().unwrap();
    let left = fs_entries(&server_tmp);
    assert_eq!(left.len(), 1);
    let (_next, addr) = start_in(&content, &[], Some(&server_tmp), true);
    assert_eq!(get(&addr, "/").0, 200);
    assert!(!left[0].exists(), "a killed server's folder stays");
}

/// An edit of a location reloads its own page first; the answers name the pages that
/// changed, so other open pages wait on, and the pages that list it follow.
#[test]
fn an_edit_names_the_pages_it_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let (_server, addr) = start(&content, &["--no-print"]);
    let (_, page) = get(&addr, "/locaties/test-balie/");
    let v = version_in(&page);
    let file = content.join("locaties/test-balie.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "naam: Informatiepunt Teststad",
            "naam: Informatiepunt Oudstad",
        ),
    )
    .unwrap();
    let named = |n: &serde_json::Value, page: &str| {
        n["pages"]
            .as_array()
            .is_some_and(|l| l.iter().any(|p| p == page))
    };
    let news = wait(&addr, v, |n| named(n, "/locaties/test-balie/"));
    assert!(
        !named(&news, "/over-het-ido/"),
        "a page the edit did not touch is not named: {news}"
    );
    // The home page lists the location by name: it follows.
    let news = wait(&addr, v, |n| named(n, "/"));
    assert!(
        get(&addr, "/").1.contains("Informatiepunt Oudstad"),
        "{news}"
    );
}

/// After the content folder is deleted and made again, edits are seen again.
#[test]
fn a_deleted_and_recreated_content_folder_is_watched_again() {
    let (_tmp, content, server_tmp) = setup();
    let (_server, addr) = start_in(&content, &[], Some(&server_tmp), true);
    let (_, page) = get(&addr, "/locaties/test-balie/");
    let v = version_in(&page);
    std::fs::remove_dir_all(&content).unwrap();
    let news = wait(&addr, v, |n| n["error"].is_string());
    let v = news["version"].as_u64().unwrap();

    let rename = |to: &str| {
        let file = content.join("locaties/test-balie.md");
        let text = std::fs::read_to_string(&file).unwrap().replace(
            "naam: Informatiepunt Teststad",
            &format!("naam: Informatiepunt {to}"),
        );
        let tmp = content.join("locaties/.test-balie.md.tmp");
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(tmp, file).unwrap();
    };
    copy_tree(&fixture("minimal"), &content);
    // Builds while the copy is under way may fail; one after it must not.
    let news = wait(&addr, v, |n| n["error"].is_null());
    let v = news["version"].as_u64().unwrap();
    rename("Herstad");
    wait(&addr, v, |_| {
        get(&addr, "/locaties/test-balie/")
            .1
            .contains("<h1>Informatiepunt Herstad</h1>")
    });
}

#[test]
fn serve_shows_the_site_first_and_makes_the_print_products_in_the_background() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let (_server, addr) = start_first(&content, &[]);
    // The site is there at once; its staff page does not link products yet.
    let (status, staff) = get(&addr, "/drukwerk/test-balie/");
    assert_eq!(status, 200);
    let (status, home) = get(&addr, "/");
    assert_eq!(status, 200, "{home}");
    // Then the products arrive, and the staff page links them (after one reload).
    let pdf = "/print/test-balie/flyer-a5-kantoor.pdf";
    let started = Instant::now();
    loop {
        if get(&addr, pdf).0 == 200 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "no flyer after 5 minutes"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let (_, staff_after) = get(&addr, "/drukwerk/test-balie/");
    assert!(!staff.contains(".pdf") && staff_after.contains(".pdf"));
}

#[test]
fn the_dutch_site_comes_first_and_the_other_languages_follow() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    let (_server, addr) = start_first(&content, &["--no-print"]);
    let (status, page) = get(&addr, "/locaties/test-balie/");
    assert_eq!(status, 200, "{page}");
    // The other languages are made right after, in the background.
    let start = Instant::now();
    loop {
        let (status, page) = get(&addr, "/en/locaties/test-balie/");
        if status == 200 {
            assert!(page.contains("<html lang=\"en\""), "{page}");
            // And the Dutch page now links its versions.
            assert!(get(&addr, "/locaties/test-balie/")
                .1
                .contains("hreflang=\"en\""));
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no English page: {status}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
