//! Fuzzing the front-matter parser and the schedule rules (a proptest stand-in for the
//! cargo-fuzz target in `fuzz/`): mutated copies of the example locations (byte flips,
//! truncation, lines deleted, doubled or swapped, values swapped, odd YAML scalars in the
//! schedule fields, odd Unicode, very long strings, deep nesting) are loaded by the real
//! loader next to the example's partners and themes. It must never panic; every error
//! must say something, name a file inside the content folder, and point at a line of the
//! file when its front matter is YAML at all. A site that loads has its schedule rules
//! asked about the dates around every date it names.
//!
//! Bounded for CI: `IDO_FUZZ_CASES` cases (default 3,000, about 25 s unoptimised).
//! `IDO_FUZZ_SECONDS=600` runs for that long instead, in rounds of fresh random cases.
//! `IDO_FUZZ_MESSAGES=file` writes every distinct message and hint seen there (to read);
//! `IDO_FUZZ_STRICT=1` also fails on programmers' words in a message (see `JARGON`).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use common::*;
use ido::schedule::{add_days, Repeat};
use jiff::civil::Date;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// One change to a file. Positions are taken modulo the file's length or line count.
#[derive(Debug, Clone)]
enum Mutation {
    FlipByte {
        at: usize,
        xor: u8,
    },
    Truncate {
        at: usize,
    },
    DeleteLine {
        line: usize,
    },
    DuplicateLine {
        line: usize,
    },
    SwapLines {
        a: usize,
        b: usize,
    },
    /// Swap the values (after the first `: `) of two lines.
    SwapValues {
        a: usize,
        b: usize,
    },
    /// Replace the value of the `nth` line with this key (or add it to a spreekuur).
    SetValue {
        key: &'static str,
        nth: usize,
        value: String,
    },
    InsertLine {
        line: usize,
        text: String,
    },
}

/// Keys of the schedule and of the fields around it.
const KEYS: &[&str] = &[
    "dag",
    "tijd",
    "herhaling",
    "periode",
    "vervalt",
    "extra",
    "vanaf",
    "data",
    "van",
    "tot",
    "datum",
    "tijden",
    "reden",
    "gesloten",
    "andere_tijden",
    "spreekuren",
    "openingstijden",
    "maandag",
    "dinsdag",
    "zaterdag",
    "feestdagen_open",
    "laatst_gecontroleerd",
    "naam",
    "soort",
    "gemeente",
    "postcode",
    "lat",
    "lon",
    "telefoon",
    "email",
    "website",
    "themas",
    "partners",
    "partner",
    "talen",
    "afspraak",
];

/// YAML values that have tripped parsers, and values of the wrong shape.
const SCALARS: &[&str] = &[
    "~",
    "null",
    "",
    "[]",
    "{}",
    "-",
    "- -",
    "[[]]",
    "[~]",
    "ja",
    "nee",
    "yes",
    "true",
    "0",
    "-1",
    "1e400",
    ".nan",
    "-.inf",
    "0x1F",
    "99999999999999999999999999",
    "2026-02-30",
    "2026-13-01",
    "2026-11-23",
    "2027-03-01",
    "9999-12-31",
    "-9999-01-01",
    "0000-00-00",
    "2026-11-23T10:00:00Z",
    "01-10-2026",
    "[2026-12-01, 2026-12-08]",
    "[2026-12-01, x]",
    "[9999-12-31, -9999-01-01]",
    "{van: 2026-12-01, tot: 2026-11-01}",
    "{van: -9999-01-01, tot: 9999-12-31}",
    "{van: 9999-12-30, tot: 9999-12-31}",
    "10.00-17.00",
    "[10.00-12.00, 11.00-13.00]",
    "25.00-26.00",
    "17.00-10.00",
    "10:00-17:00",
    "+9.00-10.00",
    "10.00 - 12.00",
    "00.00-24.00",
    "24.00-24.00",
    "23.59-24.00",
    "10.00-10.00",
    "10.00-",
    "-17.00",
    "elke-week",
    "om-de-week",
    "even-weken",
    "eerste",
    "laatste",
    "vijfde",
    "data",
    "maandag",
    "zondag",
    "Maandag",
    "gesloten",
    "&anker waarde",
    "*anker",
    "!!binary aGVsbG8=",
    "!tag x",
    "!!int 3",
    "<<: {a: b}",
    "|\n  regel\n  regel",
    ">-",
    "'niet gesloten",
    "\"niet gesloten",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "\"\\x80\"",
    "{a: [b, {c: d}]}",
    "? complex\n: key",
    "\t10.00-12.00",
    "# commentaar",
    "x # commentaar",
    "\u{feff}x",
    "\u{202e}godnam",
    "e\u{301}\u{301}\u{301}",
    "\u{200b}",
    "\u{fffd}\u{10ffff}",
    "👩‍👩‍👧‍👦",
    "ﷺ",
    "\\",
    "%YAML 1.1",
    "---",
    "...",
];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(SCALARS).prop_map(str::to_string),
        2 => "\\PC{0,40}",
        1 => "[ -~]{0,30}",
        1 => (1usize..60_000, proptest::sample::select(&['a', 'é', '1', ' ', '€', '-'][..]))
            .prop_map(|(n, c)| c.to_string().repeat(n)),
        1 => (1usize..400, 0usize..3).prop_map(|(depth, kind)| match kind {
            0 => format!("{}x{}", "[".repeat(depth), "]".repeat(depth)),
            1 => format!("{}x{}", "{a: ".repeat(depth), "}".repeat(depth)),
            _ => (0..depth.min(120))
                .map(|i| format!("\n{}- ", "  ".repeat(i + 2)))
                .collect::<String>() + "x",
        }),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let idx = || 0usize..10_000;
    prop_oneof![
        // Mostly within ASCII (the file stays text), sometimes not UTF-8 at all.
        2 => (idx(), 1u8..0x80).prop_map(|(at, xor)| Mutation::FlipByte { at, xor }),
        1 => (idx(), 0x80u8..=0xff).prop_map(|(at, xor)| Mutation::FlipByte { at, xor }),
        1 => idx().prop_map(|at| Mutation::Truncate { at }),
        2 => idx().prop_map(|line| Mutation::DeleteLine { line }),
        2 => idx().prop_map(|line| Mutation::DuplicateLine { line }),
        1 => (idx(), idx()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        2 => (idx(), idx()).prop_map(|(a, b)| Mutation::SwapValues { a, b }),
        6 => (proptest::sample::select(KEYS), 0usize..4, value())
            .prop_map(|(key, nth, value)| Mutation::SetValue { key, nth, value }),
        2 => (idx(), proptest::sample::select(KEYS), 0usize..4, value()).prop_map(
            |(line, key, indent, v)| Mutation::InsertLine {
                line,
                text: format!("{}{key}: {v}", "  ".repeat(indent)),
            }
        ),
    ]
}

fn split_lines(text: &[u8]) -> Vec<Vec<u8>> {
    text.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect()
}

fn apply(text: &mut Vec<u8>, m: &Mutation) {
    let mut lines = split_lines(text);
    let n = lines.len().max(1);
    match m {
        Mutation::FlipByte { at, xor } => {
            if !text.is_empty() {
                let i = at % text.len();
                text[i] ^= xor;
            }
            return;
        }
        Mutation::Truncate { at } => {
            text.truncate(at % (text.len() + 1));
            return;
        }
        Mutation::DeleteLine { line } => {
            if !lines.is_empty() {
                lines.remove(line % n);
            }
        }
        Mutation::DuplicateLine { line } => {
            if !lines.is_empty() {
                let l = lines[line % n].clone();
                lines.insert(line % n, l);
            }
        }
        Mutation::SwapLines { a, b } => lines.swap(a % n, b % n),
        Mutation::SwapValues { a, b } => {
            let (a, b) = (a % n, b % n);
            let cut = |l: &[u8]| l.windows(2).position(|w| w == b": ").map(|i| i + 2);
            if let (Some(i), Some(j)) = (cut(&lines[a]), cut(&lines[b])) {
                let va = lines[a][i..].to_vec();
                let vb = lines[b][j..].to_vec();
                lines[a].truncate(i);
                lines[a].extend(vb);
                lines[b].truncate(j);
                lines[b].extend(va);
            }
        }
        Mutation::SetValue { key, nth, value } => {
            let prefix = format!("{key}:");
            let matches: Vec<usize> = (0..lines.len())
                .filter(|&i| {
                    let l = String::from_utf8_lossy(&lines[i]);
                    let l = l.trim_start().trim_start_matches("- ");
                    l.starts_with(&prefix)
                })
                .collect();
            if matches.is_empty() {
                // Not in the file: add it to a spreekuur, next to its `herhaling`.
                let at = (0..lines.len()).find(|&i| {
                    String::from_utf8_lossy(&lines[i])
                        .trim_start()
                        .starts_with("herhaling:")
                });
                if let Some(i) = at {
                    let indent: Vec<u8> = lines[i]
                        .iter()
                        .take_while(|b| **b == b' ')
                        .copied()
                        .collect();
                    let mut l = indent;
                    l.extend(format!("{key}: {value}").bytes());
                    lines.insert(i + 1, l);
                }
            } else {
                let i = matches[nth % matches.len()];
                let start = lines[i]
                    .windows(prefix.len())
                    .position(|w| w == prefix.as_bytes())
                    .unwrap_or(0)
                    + prefix.len();
                lines[i].truncate(start);
                lines[i].extend(format!(" {value}").bytes());
            }
        }
        Mutation::InsertLine { line, text: t } => {
            lines.insert(line % (lines.len() + 1), t.clone().into_bytes())
        }
    }
    *text = lines.join(&b'\n');
}

/// The example site without its locations, plus one of them as company.
struct Site {
    _tmp: tempfile::TempDir,
    content: PathBuf,
    tokens: PathBuf,
    file: PathBuf,
}

fn site() -> Site {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let example = root().join("content");
    for part in ["partners", "themas", "paginas"] {
        copy_tree(&example.join(part), &content.join(part));
    }
    fs::copy(example.join("site.yaml"), content.join("site.yaml")).unwrap();
    fs::create_dir_all(content.join("locaties")).unwrap();
    fs::copy(
        example.join("locaties/oss-bibliotheek.md"),
        content.join("locaties/oss-bibliotheek.md"),
    )
    .unwrap();
    let file = content.join("locaties/fuzz.md");
    Site {
        _tmp: tmp,
        content,
        tokens: root().join("templates/huisstijl.yaml"),
        file,
    }
}

fn sources() -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(root().join("content/locaties"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths.push(fixture("minimal/locaties/test-balie.md"));
    paths.into_iter().map(|p| fs::read(p).unwrap()).collect()
}

/// Whether the front matter of `text` is YAML at all (then every error has a line).
fn parseable(path: &Path, text: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(text) else {
        return false;
    };
    match ido::content::yaml::split_front_matter(path, text) {
        Ok(fm) => serde_yaml::from_str::<serde_yaml::Value>(fm.doc.yaml).is_ok(),
        Err(_) => false,
    }
}

/// Ask the schedule of every loaded location about the dates around the ones it names.
fn exercise(site: &ido::model::Site) {
    let today = jiff::civil::date(2026, 11, 23);
    let agendas = ido::derive::agendas(site, today);
    let index = ido::index::Index::new(site, &agendas);
    for loc in &site.locations {
        let s = &loc.schedule;
        let mut dates: Vec<Date> = vec![today];
        dates.extend(s.period.iter().flat_map(|p| [p.from, p.until]));
        dates.extend(s.closures.iter().flat_map(|c| [c.from, c.until]));
        dates.extend(s.special.iter().map(|d| d.date));
        for session in &s.sessions {
            dates.extend(
                session
                    .period
                    .iter()
                    .flat_map(|p| [p.from, p.until])
                    .flatten(),
            );
            dates.extend(session.extra.iter().chain(&session.cancelled));
            match &session.repeat {
                Repeat::EveryOtherWeek { from } => dates.push(*from),
                Repeat::Dates { dates: list } => dates.extend(list),
                _ => {}
            }
            let _ = session.dutch(today);
        }
        dates.sort();
        dates.dedup();
        for &d in dates.iter().take(12) {
            for k in [-1, 0, 1] {
                let day = add_days(d, k);
                let _ = s.hours_on(day);
                let _ = s.sessions_on(day);
                let _ = s.closed_on(day);
            }
            let agenda = ido::derive::Agenda::new(s, d);
            // Every language writes its sentences without panicking.
            for lang in &ido::lang::all().list {
                let _ = s.status_in(lang, d, 0);
                let _ = s.status_in(lang, d, 24 * 60 - 1);
                let _ = ido::present::changes(lang, s, &agenda, 45);
            }
            // The derived agenda says what the rules say, day by day.
            for (day, derived) in agenda.days().step_by(5) {
                assert_eq!(derived.hours, s.hours_on(day), "{} {day}", loc.slug);
                for (i, session) in s.sessions.iter().enumerate() {
                    assert_eq!(
                        agenda.held(s, i, day),
                        s.session_on(session, day),
                        "{} {day} spreekuur {i}",
                        loc.slug
                    );
                }
            }
            for session in &s.sessions {
                let _ = s.session_dates(session, d, 12 * 60, 3);
            }
        }
        let _ = s.week.rows();
        let _ = ido::feeds::api::location_json(loc, site, &index, today);
    }
}

/// Words of programmers and parsers that a message for a librarian must not contain
/// (checked with `IDO_FUZZ_STRICT=1`; today serde_yaml's and jiff's own messages still
/// come through for some wrong types, see issue 14 item 11).
const JARGON: &[&str] = &[
    "struct ",
    "Raw",
    "f64",
    "i32",
    "u32",
    "u16",
    "usize",
    "unit value",
    "invalid type",
    "invalid value",
    "sequence",
    "scalar",
    "unparsed input",
    "four digit integer",
    "variant",
];

/// How the cases ended: loaded, content errors, not readable as text.
#[derive(Default)]
struct Outcomes {
    loaded: AtomicU64,
    errors: AtomicU64,
    unreadable: AtomicU64,
    /// Whether messages with programmers' words fail the test (`IDO_FUZZ_STRICT=1`).
    strict: bool,
    /// Every distinct message and hint (kept when `IDO_FUZZ_MESSAGES` names a file).
    messages: Option<std::sync::Mutex<std::collections::BTreeSet<String>>>,
}

fn check_case(site: &Site, text: &[u8], seen: &Outcomes) -> Result<(), TestCaseError> {
    fs::write(&site.file, text).unwrap();
    let shown = || {
        String::from_utf8_lossy(text)
            .chars()
            .take(3000)
            .collect::<String>()
    };
    let lines = text.split(|b| *b == b'\n').count();
    match ido::content::load(&site.content, &site.tokens, jiff::civil::date(2026, 11, 23)) {
        Ok(loaded) => {
            seen.loaded.fetch_add(1, Ordering::Relaxed);
            exercise(&loaded)
        }
        Err(ido::Error::Content(problems)) => {
            seen.errors.fetch_add(1, Ordering::Relaxed);
            let yaml = parseable(&site.file, text);
            for e in &problems.0 {
                prop_assert!(
                    !e.message.trim().is_empty(),
                    "empty message: {e:?}\n{}",
                    shown()
                );
                prop_assert!(
                    e.path.starts_with(&site.content),
                    "path outside the content folder: {e:?}"
                );
                if seen.strict {
                    let text = format!("{} {}", e.message, e.hint.as_deref().unwrap_or(""));
                    let word = JARGON.iter().find(|w| text.contains(*w));
                    prop_assert!(word.is_none(), "jargon {word:?} in: {e}");
                }
                if let Some(m) = &seen.messages {
                    let hint = e.hint.as_deref().unwrap_or("");
                    m.lock()
                        .unwrap()
                        .insert(format!("{}\n  hint: {hint}", e.message));
                }
                if e.path == site.file && yaml {
                    prop_assert!(
                        e.line >= 1 && e.line <= lines + 1,
                        "no line or a line past the end ({lines} lines): {e}\n--- file\n{}",
                        shown()
                    );
                }
            }
        }
        // A file that is not UTF-8 at all cannot be read as text.
        Err(ido::Error::Io { path, source }) => {
            seen.unreadable.fetch_add(1, Ordering::Relaxed);
            prop_assert!(path.starts_with(&site.content), "{path:?}: {source}");
            prop_assert!(!source.to_string().is_empty());
            prop_assert!(std::str::from_utf8(text).is_err(), "{path:?}: {source}");
        }
        Err(e) => prop_assert!(false, "unexpected kind of error: {e}\n{}", shown()),
    }
    Ok(())
}

#[test]
fn mutated_locations_never_panic_and_give_clear_errors() {
    let sources = sources();
    let site = site();
    let strategy = (
        0..sources.len(),
        proptest::collection::vec(mutation(), 1..5),
    );
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let seconds = env("IDO_FUZZ_SECONDS");
    let cases = env("IDO_FUZZ_CASES").unwrap_or(3000) as u32;
    let started = Instant::now();
    let deadline = seconds.map(|s| started + Duration::from_secs(s));
    let mut total = 0u64;
    let dump = std::env::var_os("IDO_FUZZ_MESSAGES");
    let seen = Outcomes {
        messages: dump.as_ref().map(|_| Default::default()),
        strict: std::env::var_os("IDO_FUZZ_STRICT").is_some(),
        ..Outcomes::default()
    };
    loop {
        let round = if deadline.is_some() { 500 } else { cases };
        let mut runner = TestRunner::new(Config {
            cases: round,
            failure_persistence: None,
            max_shrink_iters: 2000,
            ..Config::default()
        });
        let result = runner.run(&strategy, |(i, mutations)| {
            let mut text = sources[i].clone();
            for m in &mutations {
                apply(&mut text, m);
            }
            check_case(&site, &text, &seen)
        });
        if let Err(e) = result {
            panic!("after {total} cases: {e}");
        }
        total += u64::from(round);
        match deadline {
            Some(d) if Instant::now() < d => continue,
            _ => break,
        }
    }
    let n = |a: &AtomicU64| a.load(Ordering::Relaxed);
    eprintln!(
        "fuzz: {total} cases in {:.1} s, no problems (runs with shrinking included: {} loaded, {} with content errors, {} not UTF-8)",
        started.elapsed().as_secs_f64(),
        n(&seen.loaded),
        n(&seen.errors),
        n(&seen.unreadable)
    );
    if let (Some(path), Some(m)) = (dump, &seen.messages) {
        let all: Vec<String> = m.lock().unwrap().iter().cloned().collect();
        fs::write(path, all.join("\n")).unwrap();
    }
    assert!(
        n(&seen.loaded) > 0 && n(&seen.errors) > 0,
        "the mutations should give both valid and invalid files"
    );
}

/// The mutations themselves do what they say (a fuzzer that changes nothing finds nothing).
#[test]
fn mutations_change_the_file() {
    let base = b"a: 1\nb: 2\nc: 3".to_vec();
    let run = |m: Mutation| {
        let mut t = base.clone();
        apply(&mut t, &m);
        String::from_utf8_lossy(&t).into_owned()
    };
    assert_eq!(run(Mutation::SwapValues { a: 0, b: 2 }), "a: 3\nb: 2\nc: 1");
    assert_eq!(run(Mutation::DeleteLine { line: 4 }), "a: 1\nc: 3");
    assert_eq!(
        run(Mutation::DuplicateLine { line: 0 }),
        "a: 1\na: 1\nb: 2\nc: 3"
    );
    assert_eq!(run(Mutation::Truncate { at: 3 }), "a: ");
    assert_eq!(
        run(Mutation::SetValue {
            key: "b",
            nth: 0,
            value: "~".into()
        }),
        "a: 1\nb: ~\nc: 3"
    );
    assert_ne!(
        run(Mutation::FlipByte { at: 0, xor: 1 }),
        "a: 1\nb: 2\nc: 3"
    );
}
