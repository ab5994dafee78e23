//! `ido serve`: builds the site into a temporary folder, serves it on 127.0.0.1 (another
//! address only when asked), watches `content/` and `templates/`, rebuilds on every
//! change and reloads open pages. A content error shows in the terminal and as an overlay
//! in the browser, while the last good site keeps being served; the page recovers by
//! itself once the file is fixed.
//!
//! Pages learn about new builds by long polling (`/__ido/wacht?v=N` answers as soon as
//! the build version is past N), which needs nothing but plain HTTP.
//!
//! Limits, so that one bad client or page cannot stall the preview: requests are served
//! by a fixed pool of worker threads (one request per connection, with time limits for
//! reading the request and sending the answer); waiting long polls are parked without a
//! thread, at most `MAX_WAITING` of them (more get "503, try again"); only requests for
//! `localhost`, `127.0.0.1`, `[::1]` or the bound address are answered (no DNS
//! rebinding); no file is served through a symbolic link. Ctrl+C (or SIGTERM) removes the
//! temporary folder (and the next start removes those of killed servers); a watched
//! folder that is deleted and made again is watched again.

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

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

/// Threads that answer requests.
const WORKERS: usize = 8;
/// Connections that may wait for a free worker; more get "503, try again" at once.
const QUEUE: usize = 64;
/// Long polls parked until the next build; more get "503, try again" at once.
const MAX_WAITING: usize = 256;
/// Time a client gets to send its request line and headers.
const READ_LIMIT: Duration = Duration::from_secs(5);
/// Time a client gets to take in a whole answer.
const SEND_LIMIT: Duration = Duration::from_secs(30);
/// The largest request head accepted.
const MAX_HEAD: usize = 16 * 1024;
/// How often the watched folders are checked for having been deleted or made again.
const REWATCH_EVERY: Duration = Duration::from_millis(500);
/// How long to wait after a change for the rest of the same save.
const DEBOUNCE: Duration = Duration::from_millis(30);

/// What every open page may ask about.
#[derive(Default)]
struct State {
    version: u64,
    /// The problems of the last build, when it failed.
    error: Option<String>,
    /// Pages waiting for a version after theirs, with their connections.
    waiting: Vec<(u64, TcpStream)>,
    /// What each recent version changed (URL paths; `None`: everything), oldest first.
    changes: std::collections::VecDeque<(u64, Option<Vec<String>>)>,
}

/// How many versions' changes are remembered for pages that wait.
const REMEMBERED: usize = 64;

/// The pages changed since version `seen` (URL paths, sorted), or `None` when that may
/// be every page (a whole build, an error, or versions no longer remembered).
fn pages_since(s: &State, seen: u64) -> Option<Vec<String>> {
    if s.changes.front().is_none_or(|(v, _)| *v > seen + 1) {
        return None;
    }
    let mut pages = std::collections::BTreeSet::new();
    for (_, changed) in s.changes.iter().filter(|(v, _)| *v > seen) {
        pages.extend(changed.as_ref()?.iter().cloned());
    }
    Some(pages.into_iter().collect())
}

/// The URL path of a page among the files an update wrote (`locaties/x/index.html`
/// is `/locaties/x/`); other files are left out.
fn page_url(file: &str) -> Option<String> {
    let page = file.strip_suffix("index.html")?;
    Some(format!("/{page}"))
}

type Shared = Arc<Mutex<State>>;

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// An HTTP answer (always closing the connection afterwards).
struct Reply {
    status: u16,
    mime: &'static str,
    body: Vec<u8>,
    retry: bool,
}

impl Reply {
    fn plain(status: u16, text: &str) -> Reply {
        Reply {
            status,
            mime: "text/plain; charset=utf-8",
            body: format!("{text}\n").into_bytes(),
            retry: false,
        }
    }

    /// "Busy, try again in a moment."
    fn busy() -> Reply {
        Reply {
            retry: true,
            ..Reply::plain(503, "Busy, try again.")
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

/// Send `reply`, giving the client at most `limit` to take it in.
fn send(stream: &mut TcpStream, reply: &Reply, with_body: bool, limit: Duration) {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        reply.status,
        reason(reply.status),
        reply.mime,
        reply.body.len()
    );
    if reply.retry {
        head.push_str("Retry-After: 1\r\n");
    }
    head.push_str("\r\n");
    let deadline = Instant::now() + limit;
    let body: &[u8] = if with_body { &reply.body } else { &[] };
    for chunk in std::iter::once(head.as_bytes()).chain(body.chunks(64 * 1024)) {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero()
            || stream.set_write_timeout(Some(left)).is_err()
            || stream.write_all(chunk).is_err()
        {
            return;
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Write);
}

/// The answer to a page that has seen version `seen`: the version now, the problems of
/// the last build, and which pages changed (a page not among them waits on).
fn answer(s: &State, seen: u64) -> Reply {
    Reply {
        status: 200,
        mime: "application/json",
        body: serde_json::json!({"version": s.version, "error": s.error, "pages": pages_since(s, seen)})
            .to_string()
            .into_bytes(),
        retry: false,
    }
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

/// Record the outcome of a build and answer every waiting page.
fn publish(
    state: &Shared,
    result: Result<crate::BuildReport, Error>,
    started: Instant,
    label: &str,
) {
    let ms = started.elapsed().as_secs_f64() * 1e3;
    let mut s = lock(state);
    s.version += 1;
    let changed = match result {
        Ok(report) => {
            println!("{label} {} pages in {ms:.0} ms.", report.pages);
            s.error = None;
            report
                .changed
                .map(|files| files.iter().filter_map(|f| page_url(f)).collect())
        }
        Err(e) => {
            eprintln!("error: {e}\nThe last good site is still being served.");
            s.error = Some(e.to_string());
            None
        }
    };
    let version = s.version;
    s.changes.push_back((version, changed));
    while s.changes.len() > REMEMBERED {
        s.changes.pop_front();
    }
    let waiting: Vec<_> = s.waiting.drain(..).collect();
    let replies: Vec<_> = waiting
        .into_iter()
        .map(|(seen, stream)| (answer(&s, seen), stream))
        .collect();
    drop(s);
    // Small answers to connections that have been sent nothing yet: they fit in the
    // socket's buffer, and a client that is gone costs at most the short limit.
    for (reply, mut stream) in replies {
        send(&mut stream, &reply, true, Duration::from_secs(1));
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
    publish(state, result, started, "Rebuilt");
    // The pages that list the edited locations, the site-wide open data and the print
    // products, after the edited pages have reloaded.
    if let Some(s) = session.as_mut() {
        let started = Instant::now();
        let result = s.catch_up();
        if !matches!(&result, Ok(r) if r.changed.as_ref().is_some_and(Vec::is_empty)) {
            publish(state, result, started, "Then updated");
        }
    }
}

/// The script every served HTML page gets: wait for the next build, then reload, or show
/// the problems in an overlay. A "busy" answer (or no answer) means: ask again soon.
fn live_script(version: u64, error: &Option<String>) -> String {
    let error = serde_json::to_string(error)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c");
    format!(
        r#"<script>(function(){{var v={version};function show(t){{var o=document.getElementById('ido-fout');if(!o){{o=document.createElement('pre');o.id='ido-fout';o.setAttribute('role','alert');o.style.cssText='position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#fff4d6;color:#1b1b1b;border-top:6px solid #b00020;font:16px/1.5 monospace;z-index:99999;white-space:pre-wrap';document.body.appendChild(o)}}o.textContent='De site is niet bijgewerkt. Los dit op in de inhoud:\n\n'+t}}var p=location.pathname.replace(/index\.html$/,'');function poll(){{fetch('/__ido/wacht?v='+v).then(function(r){{if(!r.ok)throw r;return r.json()}}).then(function(d){{v=d.version;if(d.error){{e=d.error;show(d.error);poll()}}else if(e||!d.pages||d.pages.indexOf(p)>=0)location.reload();else poll()}},function(){{setTimeout(poll,1000)}})}}var e={error};if(e)show(e);poll()}})();</script>"#
    )
}

/// The file for a request path inside `root`, refusing (403) any path with `.` or `..`
/// segments, encoded or not, or with a backslash, and any file reached through a
/// symbolic link (its real path must be exactly the requested one, inside the real root).
pub fn resolve(root: &Path, raw: &str) -> Result<PathBuf, u16> {
    let path = raw.split(['?', '#']).next().unwrap_or("/");
    let mut rel = PathBuf::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let decoded = percent_encoding::percent_decode_str(segment)
            .decode_utf8()
            .map_err(|_| 400u16)?;
        if decoded == "." || decoded == ".." || decoded.contains(['/', '\\', '\0']) {
            return Err(403);
        }
        rel.push(decoded.as_ref());
    }
    if root.join(&rel).is_dir() {
        rel.push("index.html");
    }
    let file = root.join(&rel);
    if !file.is_file() {
        return Err(404);
    }
    let real_root = root.canonicalize().map_err(|_| 404u16)?;
    let real = file.canonicalize().map_err(|_| 404u16)?;
    if real != real_root.join(&rel) {
        return Err(403);
    }
    Ok(real)
}

/// Whether a `Host` header names this preview: `localhost`, a loopback address, or the
/// bound address (any address literal when bound to all of them), with or without a port.
/// Other names are what a DNS rebinding attack would send.
pub fn host_allowed(host: &str, bound: IpAddr) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((ip, port)) => (ip, port),
            None => return false,
        },
        None => match host.split_once(':') {
            Some((name, _)) => (name, &host[name.len()..]),
            None => (host.as_str(), ""),
        },
    };
    let port_ok = port.is_empty()
        || port
            .strip_prefix(':')
            .is_some_and(|p| !p.is_empty() && p.parse::<u16>().is_ok());
    if !port_ok {
        return false;
    }
    if name == "localhost" {
        return true;
    }
    let bracketed = host.starts_with('[');
    let ip: Option<IpAddr> = if bracketed {
        name.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6)
    } else {
        name.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
    };
    match ip {
        Some(ip) => ip.is_loopback() || ip == bound || bound.is_unspecified(),
        None => false,
    }
}

/// The parts of a request that matter here.
struct Head {
    method: String,
    path: String,
    host: Option<String>,
}

/// Read the request line and headers, within the time and size limits. `Err(None)`: the
/// client went away; `Err(Some(status))`: answer with that status.
fn read_head(stream: &mut TcpStream) -> Result<Head, Option<u16>> {
    let deadline = Instant::now() + READ_LIMIT;
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return Err(Some(408));
        }
        let n = match stream.read(&mut chunk) {
            Ok(0) => return Err(None),
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Some(408))
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(None),
        };
        buf.extend_from_slice(&chunk[..n]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf) {
            Ok(httparse::Status::Complete(_)) => {
                let host = req
                    .headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case("host"))
                    .map(|h| String::from_utf8_lossy(h.value).into_owned());
                return Ok(Head {
                    method: req.method.unwrap_or("").to_string(),
                    path: req.path.unwrap_or("/").to_string(),
                    host,
                });
            }
            Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => {}
            Ok(httparse::Status::Partial) => return Err(Some(431)),
            Err(httparse::Error::TooManyHeaders) => return Err(Some(431)),
            Err(_) => return Err(Some(400)),
        }
    }
}

/// Whether a parked connection has been closed by its client.
fn closed(stream: &TcpStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return true;
    }
    let gone = match stream.peek(&mut [0u8; 1]) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    };
    let _ = stream.set_nonblocking(false);
    gone
}

/// What the workers need to answer a request.
struct Site {
    root: PathBuf,
    bound: IpAddr,
    state: Shared,
}

/// Answer one connection's request.
fn handle(mut stream: TcpStream, site: &Site) {
    let _ = stream.set_nodelay(true);
    let head = match read_head(&mut stream) {
        Ok(head) => head,
        Err(None) => return,
        Err(Some(status)) => {
            let text = if status == 408 {
                "The request took too long."
            } else {
                "Bad request."
            };
            send(&mut stream, &Reply::plain(status, text), true, SEND_LIMIT);
            return;
        }
    };
    let with_body = head.method != "HEAD";
    if head.method != "GET" && head.method != "HEAD" {
        let reply = Reply::plain(405, "Only GET and HEAD.");
        send(&mut stream, &reply, with_body, SEND_LIMIT);
        return;
    }
    if !head
        .host
        .as_deref()
        .is_some_and(|h| host_allowed(h, site.bound))
    {
        let reply = Reply::plain(
            403,
            "This preview only answers to localhost, 127.0.0.1 or its own address.",
        );
        send(&mut stream, &reply, with_body, SEND_LIMIT);
        return;
    }
    if let Some(q) = head.path.strip_prefix("/__ido/wacht?v=") {
        let seen: u64 = q.parse().unwrap_or(0);
        let mut s = lock(&site.state);
        if s.version > seen {
            let reply = answer(&s, seen);
            drop(s);
            send(&mut stream, &reply, with_body, SEND_LIMIT);
            return;
        }
        if s.waiting.len() >= MAX_WAITING {
            s.waiting.retain(|(_, st)| !closed(st));
        }
        if s.waiting.len() < MAX_WAITING {
            s.waiting.push((seen, stream));
        } else {
            drop(s);
            send(&mut stream, &Reply::busy(), with_body, SEND_LIMIT);
        }
        return;
    }
    let reply = file_reply(&site.root, &head.path, &site.state);
    send(&mut stream, &reply, with_body, SEND_LIMIT);
}

/// A file of the site (with the live script in HTML pages), or the 404 page.
fn file_reply(root: &Path, url: &str, state: &Shared) -> Reply {
    let (status, file) = match resolve(root, url) {
        Ok(f) => (200, f),
        Err(code @ (400 | 403)) => return Reply::plain(code, "Forbidden"),
        Err(_) => (404, root.join("404.html")),
    };
    let mut bytes = Vec::new();
    if std::fs::File::open(&file)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .is_err()
    {
        return Reply::plain(404, "Not found");
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
    Reply {
        status,
        mime,
        body: bytes,
        retry: false,
    }
}

/// Too many connections at once: answer "busy" right away, without a worker.
fn turn_away(mut stream: TcpStream) {
    // Take in what the request sent so far, so closing does not reset the connection.
    let _ = stream.set_nonblocking(true);
    let _ = stream.read(&mut [0u8; 4096]);
    let _ = stream.set_nonblocking(false);
    send(
        &mut stream,
        &Reply::busy(),
        true,
        Duration::from_millis(200),
    );
}

/// Remove the temporary folders of earlier `ido serve` processes that were killed
/// before they could (`ido-serve-<pid>` of a process that is gone).
fn remove_stale_folders(tmp: &Path) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let pid = name
            .to_str()
            .and_then(|n| n.strip_prefix("ido-serve-"))
            .and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|pid| !crate::output::alive(pid)) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Removes the temporary folder when serving ends, however it ends.
struct TempFolder(PathBuf);

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// On Ctrl+C or SIGTERM: wait briefly for a running build (so that it cannot write after
/// the removal), remove the temporary folder and stop.
fn stop_on_signal(root: PathBuf, building: Arc<Mutex<()>>) -> Result<(), Error> {
    ctrlc::set_handler(move || {
        let deadline = Instant::now() + Duration::from_secs(3);
        let _build = loop {
            match building.try_lock() {
                Ok(guard) => break Some(guard),
                Err(std::sync::TryLockError::Poisoned(p)) => break Some(p.into_inner()),
                Err(_) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                Err(_) => break None,
            }
        };
        let _ = std::fs::remove_dir_all(&root);
        // Not println!, which panics when nobody reads the output any more.
        let _ = writeln!(std::io::stdout(), "Stopped.");
        std::process::exit(130);
    })
    .map_err(|e| Error::io("Ctrl+C handler", std::io::Error::other(e)))
}

/// Serve until the process is stopped. `ready` is told the address once it listens.
pub fn serve(mut opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    let place = format!("{}:{}", opts.bind, opts.port);
    let listener = TcpListener::bind(SocketAddr::new(opts.bind, opts.port))
        .map_err(|e| Error::io(&place, e))?;
    let addr = listener.local_addr().map_err(|e| Error::io(&place, e))?;
    remove_stale_folders(&std::env::temp_dir());
    let root = std::env::temp_dir().join(format!("ido-serve-{}", std::process::id()));
    let _cleanup = TempFolder(root.clone());
    let building = Arc::new(Mutex::new(()));
    stop_on_signal(root.clone(), Arc::clone(&building))?;
    opts.build.output = root.join("public");
    opts.build.base_url = Some(format!("http://{addr}/"));
    let state: Shared = Arc::default();
    let mut session = None;
    // The Dutch site first, so the first page is there in seconds; the other languages,
    // flyers, posters and slides follow in the background (a clean render of a large
    // site takes minutes), after which open pages reload once.
    {
        let _build = lock(&building);
        let site_first = BuildOptions {
            print: false,
            languages: false,
            ..opts.build.clone()
        };
        rebuild(&mut session, &site_first, &[], &state);
    }

    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watch = Watch::new(tx, &opts)?;
    let build_opts = opts.build.clone();
    let builder_state = Arc::clone(&state);
    // Whether to make the whole site now (other languages, print products): after the
    // first build, and again after an edit while they are still missing (a failed
    // attempt waits for the next edit).
    let mut want_whole = true;
    let print = build_opts.print;
    let whole = move |s: &crate::Session| s.opts.print == print && s.opts.languages;
    std::thread::spawn(move || loop {
        if want_whole && session.as_ref().is_none_or(|s| !whole(s)) {
            want_whole = false;
            let _build = lock(&building);
            // Keep the first session until the whole one is there.
            let mut printed = None;
            rebuild(&mut printed, &build_opts, &[], &builder_state);
            if printed.is_some() {
                session = printed;
            }
        }
        let mut changed = match rx.recv_timeout(REWATCH_EVERY) {
            Ok(event) => {
                watch.note(&event);
                changed_paths(event)
            }
            Err(mpsc::RecvTimeoutError::Timeout) => Vec::new(),
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        changed.extend(watch.rewatch());
        if changed.is_empty() {
            continue;
        }
        // Debounce: one save is often several events; changes that arrive while
        // waiting are covered by the same build.
        std::thread::sleep(DEBOUNCE);
        while let Ok(more) = rx.try_recv() {
            watch.note(&more);
            changed.extend(changed_paths(more));
        }
        changed.extend(watch.rewatch());
        changed.sort();
        changed.dedup();
        let _build = lock(&building);
        rebuild(&mut session, &build_opts, &changed, &builder_state);
        want_whole = true;
    });

    let site = Arc::new(Site {
        root: opts.build.output.clone(),
        bound: addr.ip(),
        state,
    });
    let (queue, jobs) = mpsc::sync_channel::<TcpStream>(QUEUE);
    let jobs = Arc::new(Mutex::new(jobs));
    for _ in 0..WORKERS {
        let (jobs, site) = (Arc::clone(&jobs), Arc::clone(&site));
        std::thread::spawn(move || loop {
            let next = lock(&jobs).recv();
            match next {
                Ok(stream) => handle(stream, &site),
                Err(_) => break,
            }
        });
    }
    ready(addr);
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                if let Err(mpsc::TrySendError::Full(stream)) = queue.try_send(stream) {
                    turn_away(stream);
                }
            }
            // Out of file handles and the like: wait a moment rather than spin.
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    Ok(())
}

/// Changes that matter: not reads (the build itself reads every file), not editor temp files.
fn changed_paths(r: notify::Result<notify::Event>) -> Vec<PathBuf> {
    match r {
        Ok(e) if !matches!(e.kind, EventKind::Access(_)) => {
            e.paths.into_iter().filter(|p| !ignored(p)).collect()
        }
        _ => Vec::new(),
    }
}

/// The watcher and the folders it watches, each with the identity it had when watched
/// (`None` while it is missing).
struct Watch {
    watcher: Box<dyn Watcher + Send>,
    roots: Vec<(PathBuf, Option<(u64, u64)>)>,
}

/// A folder's identity (device and inode), to notice it was deleted and made again.
fn identity(dir: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(dir).ok().filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

impl Watch {
    fn new(
        tx: mpsc::Sender<notify::Result<notify::Event>>,
        opts: &ServeOptions,
    ) -> Result<Watch, Error> {
        let watch_err = |e: notify::Error| Error::io("watch", std::io::Error::other(e));
        let watcher: Box<dyn Watcher + Send> = if opts.poll {
            let config = notify::Config::default().with_poll_interval(Duration::from_millis(500));
            Box::new(PollWatcher::new(tx, config).map_err(watch_err)?)
        } else {
            Box::new(RecommendedWatcher::new(tx, notify::Config::default()).map_err(watch_err)?)
        };
        let mut watch = Watch {
            watcher,
            roots: Vec::new(),
        };
        // Whole folders, so editors that save by renaming a temp file are seen.
        for dir in [&opts.build.content, &opts.build.templates] {
            watch
                .watcher
                .watch(dir, RecursiveMode::Recursive)
                .map_err(|e| Error::io(dir, std::io::Error::other(e)))?;
            watch.roots.push((dir.clone(), identity(dir)));
        }
        Ok(watch)
    }

    /// Forget the watch of a folder that an event says was deleted or moved away (a new
    /// folder in its place may even get the same inode).
    fn note(&mut self, event: &notify::Result<notify::Event>) {
        let Ok(event) = event else { return };
        if !matches!(
            event.kind,
            EventKind::Remove(_) | EventKind::Modify(notify::event::ModifyKind::Name(_))
        ) {
            return;
        }
        for (dir, seen) in &mut self.roots {
            if event.paths.iter().any(|p| p == dir) {
                *seen = None;
            }
        }
    }

    /// Watch again every folder that was deleted and is back (or was replaced by
    /// another); returns those whose state changed, as changes to build.
    fn rewatch(&mut self) -> Vec<PathBuf> {
        let mut changed = Vec::new();
        for (dir, seen) in &mut self.roots {
            let now = identity(dir);
            if now == *seen {
                continue;
            }
            let _ = self.watcher.unwatch(dir);
            *seen = match now {
                Some(_) if self.watcher.watch(dir, RecursiveMode::Recursive).is_err() => None,
                other => other,
            };
            changed.push(dir.clone());
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::host_allowed;
    use std::net::IpAddr;

    #[test]
    fn host_names_of_the_preview_only() {
        let local: IpAddr = "127.0.0.1".parse().unwrap();
        for ok in [
            "localhost",
            "localhost:1111",
            "LocalHost:1111",
            "127.0.0.1",
            "127.0.0.1:1111",
            "[::1]",
            "[::1]:1111",
        ] {
            assert!(host_allowed(ok, local), "{ok}");
        }
        for bad in [
            "",
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "localhost:",
            "localhost:x",
            "localhost:1:2",
            "::1",
            "[::1",
            "[::1]x",
            "192.168.1.5:1111",
        ] {
            assert!(!host_allowed(bad, local), "{bad}");
        }
        let lan: IpAddr = "192.168.1.5".parse().unwrap();
        assert!(host_allowed("192.168.1.5:1111", lan));
        assert!(!host_allowed("192.168.1.6:1111", lan));
        // Bound to every address: any address literal, still no other names.
        let all: IpAddr = "0.0.0.0".parse().unwrap();
        assert!(host_allowed("192.168.1.6:1111", all));
        assert!(!host_allowed("evil.example:1111", all));
    }
}
