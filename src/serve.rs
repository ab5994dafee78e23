//! `ido serve`: builds the site into a temporary folder, serves it on 127.0.0.1 (another
//! address only when asked), watches `content/` and `templates/`, rebuilds on every
//! change and reloads open pages. A content error shows in the terminal and as an overlay
//! in the browser, while the last good site keeps being served; the page recovers by
//! itself once the file is fixed.
//!
//! Pages learn about new builds by long polling (`/__ido/wacht?v=N` answers as soon as
//! the build version is past N), which needs nothing but plain HTTP.

use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};
use tiny_http::{Header, Request, Response, Server};

use crate::error::Error;
use crate::BuildOptions;

pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Poll the file system instead of waiting for its events.
    pub poll: bool,
}

/// What every open page may ask about.
#[derive(Default)]
struct State {
    version: u64,
    /// The problems of the last build, when it failed.
    error: Option<String>,
    /// Pages waiting for a version after theirs.
    waiting: Vec<(u64, Request)>,
}

type Shared = Arc<Mutex<State>>;

fn lock(state: &Shared) -> std::sync::MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Add headers (all are fixed ASCII strings here).
fn with_headers<R: Read>(mut resp: Response<R>, headers: &[(&str, &str)]) -> Response<R> {
    for (name, value) in headers {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            resp.add_header(h);
        }
    }
    resp
}

fn answer(version: u64, error: &Option<String>) -> Response<std::io::Cursor<Vec<u8>>> {
    let body = serde_json::json!({"version": version, "error": error}).to_string();
    with_headers(
        Response::from_data(body),
        &[
            ("Content-Type", "application/json"),
            ("Cache-Control", "no-store"),
        ],
    )
}

/// Editor backups and temp files, which must not trigger builds.
pub fn ignored(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.contains(".sb-")
        || name == "4913"
}

/// Record the outcome of a build and wake every waiting page.
fn publish(state: &Shared, result: Result<crate::BuildReport, Error>, started: Instant) {
    let ms = started.elapsed().as_secs_f64() * 1e3;
    let mut s = lock(state);
    s.version += 1;
    match result {
        Ok(report) => {
            println!("Rebuilt {} pages in {ms:.0} ms.", report.pages);
            s.error = None;
        }
        Err(e) => {
            eprintln!("error: {e}\nThe last good site is still being served.");
            s.error = Some(e.to_string());
        }
    }
    let (version, error) = (s.version, s.error.clone());
    for (_, req) in s.waiting.drain(..) {
        let _ = req.respond(answer(version, &error));
    }
}

/// Bring the site up to date: only what `changed` touches when a session is running,
/// else a full build.
fn rebuild(
    session: &mut Option<crate::Session>,
    opts: &BuildOptions,
    changed: &[PathBuf],
    state: &Shared,
) {
    let started = Instant::now();
    let result = match session {
        Some(s) => s.update(changed),
        None => crate::Session::start(opts.clone()).map(|s| {
            let report = s.report.clone();
            *session = Some(s);
            report
        }),
    };
    publish(state, result, started);
}

/// The script every served HTML page gets: wait for the next build, then reload, or show
/// the problems in an overlay.
fn live_script(version: u64, error: &Option<String>) -> String {
    let error = serde_json::to_string(error)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c");
    format!(
        r#"<script>(function(){{var v={version};function show(t){{var o=document.getElementById('ido-fout');if(!o){{o=document.createElement('pre');o.id='ido-fout';o.setAttribute('role','alert');o.style.cssText='position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#fff4d6;color:#1b1b1b;border-top:6px solid #b00020;font:16px/1.5 monospace;z-index:99999;white-space:pre-wrap';document.body.appendChild(o)}}o.textContent='De site is niet bijgewerkt. Los dit op in de inhoud:\n\n'+t}}function poll(){{fetch('/__ido/wacht?v='+v).then(function(r){{return r.json()}}).then(function(d){{if(d.error){{v=d.version;show(d.error);poll()}}else location.reload()}},function(){{setTimeout(poll,1000)}})}}var e={error};if(e)show(e);poll()}})();</script>"#
    )
}

/// The file for a request path inside `root`, refusing (403) any path with `.` or `..`
/// segments, encoded or not, or with a backslash.
pub fn resolve(root: &Path, raw: &str) -> Result<PathBuf, u16> {
    let path = raw.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let decoded = percent_encoding::percent_decode_str(segment)
            .decode_utf8()
            .map_err(|_| 400u16)?;
        if decoded == "." || decoded == ".." || decoded.contains(['/', '\\', '\0']) {
            return Err(403);
        }
        file.push(decoded.as_ref());
    }
    if file.is_dir() {
        file.push("index.html");
    }
    if file.is_file() {
        Ok(file)
    } else {
        Err(404)
    }
}

fn respond(req: Request, root: &Path, state: &Shared) {
    let url = req.url().to_string();
    if let Some(q) = url.strip_prefix("/__ido/wacht?v=") {
        let seen: u64 = q.parse().unwrap_or(0);
        let mut s = lock(state);
        if s.version > seen {
            let (v, e) = (s.version, s.error.clone());
            drop(s);
            let _ = req.respond(answer(v, &e));
        } else {
            s.waiting.push((seen, req));
        }
        return;
    }
    let (status, file) = match resolve(root, &url) {
        Ok(f) => (200, f),
        Err(code @ (400 | 403)) => {
            let _ = req.respond(Response::from_string("Forbidden").with_status_code(code));
            return;
        }
        Err(_) => (404, root.join("404.html")),
    };
    let mut bytes = Vec::new();
    if std::fs::File::open(&file)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .is_err()
    {
        let _ = req.respond(Response::from_string("Not found").with_status_code(404));
        return;
    }
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext == "html" {
        let s = lock(state);
        let script = live_script(s.version, &s.error);
        drop(s);
        let html = String::from_utf8_lossy(&bytes);
        let html = match html.rfind("</body>") {
            Some(i) => format!("{}{script}{}", &html[..i], &html[i..]),
            None => format!("{html}{script}"),
        };
        bytes = html.into_bytes();
    }
    let mime = match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "json" => "application/json",
        "geojson" => "application/geo+json",
        "xml" => "application/xml",
        "ics" => "text/calendar; charset=utf-8",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "png" => "image/png",
        "pdf" => "application/pdf",
        _ => "text/plain; charset=utf-8",
    };
    let resp = with_headers(
        Response::from_data(bytes).with_status_code(status),
        &[("Content-Type", mime), ("Cache-Control", "no-store")],
    );
    let _ = req.respond(resp);
}

/// Serve until the process is stopped. `ready` is told the address once it listens.
pub fn serve(mut opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    let server = Server::http(SocketAddr::new(opts.bind, opts.port)).map_err(|e| {
        Error::io(
            format!("{}:{}", opts.bind, opts.port),
            std::io::Error::other(e.to_string()),
        )
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::io("server", std::io::Error::other("no address")))?;
    let root = std::env::temp_dir().join(format!("ido-serve-{}", std::process::id()));
    opts.build.output = root.join("public");
    opts.build.base_url = Some(format!("http://{addr}/"));
    let state: Shared = Arc::default();
    let mut session = None;
    rebuild(&mut session, &opts.build, &[], &state);
    ready(addr);

    // Changes that matter: not reads (the build itself reads every file), not editor temp files.
    let changed_paths = |r: notify::Result<notify::Event>| -> Vec<PathBuf> {
        match r {
            Ok(e) if !matches!(e.kind, EventKind::Access(_)) => {
                e.paths.into_iter().filter(|p| !ignored(p)).collect()
            }
            _ => Vec::new(),
        }
    };
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let watch_err = |e: notify::Error| Error::io("watch", std::io::Error::other(e));
    // Kept alive for as long as the server runs.
    let _watching: Box<dyn Watcher> = if opts.poll {
        let config = notify::Config::default().with_poll_interval(Duration::from_millis(500));
        let mut w = PollWatcher::new(tx, config).map_err(watch_err)?;
        watch_all(&mut w, &opts.build)?;
        Box::new(w)
    } else {
        let mut w = RecommendedWatcher::new(tx, notify::Config::default()).map_err(watch_err)?;
        watch_all(&mut w, &opts.build)?;
        Box::new(w)
    };

    let build_opts = opts.build.clone();
    let builder_state = Arc::clone(&state);
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut changed = changed_paths(first);
            if changed.is_empty() {
                continue;
            }
            // Debounce: one save is often several events; changes that arrive while
            // waiting are covered by the same build.
            std::thread::sleep(DEBOUNCE);
            while let Ok(more) = rx.try_recv() {
                changed.extend(changed_paths(more));
            }
            changed.sort();
            changed.dedup();
            rebuild(&mut session, &build_opts, &changed, &builder_state);
        }
    });
    let public = opts.build.output.clone();
    for req in server.incoming_requests() {
        respond(req, &public, &state);
    }
    Ok(())
}

/// How long to wait after a change for the rest of the same save.
const DEBOUNCE: Duration = Duration::from_millis(30);

fn watch_all(w: &mut dyn Watcher, opts: &BuildOptions) -> Result<(), Error> {
    // Whole folders, so editors that save by renaming a temp file are seen.
    for dir in [&opts.content, &opts.templates] {
        w.watch(dir, RecursiveMode::Recursive)
            .map_err(|e| Error::io(dir, std::io::Error::other(e)))?;
    }
    Ok(())
}
