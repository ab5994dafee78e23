//! `ido serve` end to end: the real binary serves a copy of the minimal site; an edit is
//! picked up and announced to waiting pages, a broken edit keeps the last good site and
//! reports the problem (overlay), a fix recovers, and paths outside the site are refused.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::*;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Start `ido serve` on a free port for `content`; returns the server and its address.
fn start(content: &std::path::Path, extra: &[&str]) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ido"))
        .arg("serve")
        .args(extra)
        .args(["--port", "0", "--content"])
        .arg(content)
        .arg("--templates")
        .arg(root().join("templates"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let server = Server(child);
    let addr = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    // Keep reading what it prints, or it would stop at its next line.
    std::thread::spawn(move || lines.for_each(drop));
    (server, addr)
}

/// A raw HTTP/1.0 GET; returns (status, body). Raw, so `..` reaches the server as written.
fn get(addr: &str, path: &str) -> (u16, String) {
    try_get(addr, path, Duration::from_secs(20)).expect("an answer in time")
}

fn try_get(addr: &str, path: &str, timeout: Duration) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(timeout)).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
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
