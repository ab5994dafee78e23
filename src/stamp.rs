//! What the last build was made from, so that a build whose inputs, day and output have
//! not changed leaves the output in place instead of making every file again.
//!
//! The stamp (`last-build.json` in the print cache folder) holds a hash of every file of
//! the content and templates folders, the build's options and the `ido` program itself;
//! the day; the minutes of that day at which the output changes (when a spreekuur held
//! that day ends, it is no longer "next"); and the list of output files with their sizes.
//! A build is skipped only when all of these still hold: the same inputs, the same day,
//! no such minute passed since, and every output file still there with its size.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The file the stamp is kept in, inside the cache folder.
const FILE: &str = "last-build.json";

/// A build's inputs and what it wrote.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct Stamp {
    /// Hash of the inputs (see [`inputs`]), in hex.
    pub inputs: String,
    /// The day built for (`2026-12-01`).
    pub today: String,
    /// The minute of the day built at.
    pub minute: u16,
    /// The minutes of `today` at which the output changes, sorted.
    pub turns: Vec<u16>,
    /// Hash of the output's file list with sizes, in hex.
    pub output: String,
    /// Counts for the build's message: pages, locations, print products.
    pub pages: usize,
    pub locations: usize,
    pub products: usize,
}

/// What the inputs of a build are, besides the folders.
pub struct Options<'a> {
    pub content: &'a Path,
    pub templates: &'a Path,
    pub output: &'a Path,
    /// Everything else that changes the output, in words (base URL, print or not, …).
    pub settings: String,
}

/// Hash of the inputs: the settings, the program and every file under the content and
/// templates folders (path and bytes, in a fixed order).
pub fn inputs(o: &Options) -> Result<String, Error> {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(o.settings.as_bytes());
    h.update(o.output.to_string_lossy().as_bytes());
    // A rebuilt `ido` of the same version may make other output: its size and time
    // tell it apart.
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|exe| std::fs::metadata(exe).ok())
    {
        h.update(&meta.len().to_le_bytes());
        if let Ok(t) = meta.modified() {
            let since = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            h.update(&since.as_nanos().to_le_bytes());
        }
    }
    for (tag, dir) in [("content", o.content), ("templates", o.templates)] {
        h.update(tag.as_bytes());
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(dir).to_path_buf();
                Error::io(&path, e.into())
            })?;
            if entry.file_type().is_file() {
                files.push(entry.into_path());
            }
        }
        // Read and hashed with many reads in flight: the first build after a reboot
        // reads every file from disk here, and a disk serves a queue of reads faster
        // than one or two at a time. Then taken in the walk's order.
        let digests = read_in_flight(&files, |path, bytes| {
            let rel = path.strip_prefix(dir).unwrap_or(path);
            let mut file = xxhash_rust::xxh3::Xxh3::new();
            file.update(rel.to_string_lossy().as_bytes());
            file.update(&(bytes.len() as u64).to_le_bytes());
            file.update(&bytes);
            file.digest128()
        })?;
        for digest in digests {
            h.update(&digest.to_le_bytes());
        }
    }
    Ok(format!("{:032x}", h.digest128()))
}

/// How many files [`read_in_flight`] reads at once: enough to keep a disk's queue
/// full; the threads mostly wait.
const READS_IN_FLIGHT: usize = 16;

/// `each(path, bytes)` of every file in `paths`, in their order, with up to
/// [`READS_IN_FLIGHT`] reads waiting on the disk at once (rayon's pool has one thread
/// per core, which leaves a cold disk idle between reads). A file no reader got to (a
/// thread that could not start) is read here.
fn read_in_flight<T: Send>(
    paths: &[PathBuf],
    each: impl Fn(&Path, Vec<u8>) -> T + Sync,
) -> Result<Vec<T>, Error> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let read = |path: &PathBuf| {
        std::fs::read(path)
            .map(|bytes| each(path, bytes))
            .map_err(|e| Error::io(path, e))
    };
    let parts: Vec<Vec<(usize, Result<T, Error>)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..READS_IN_FLIGHT.min(paths.len()))
            .filter_map(|_| {
                std::thread::Builder::new()
                    .spawn_scoped(s, || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(path) = paths.get(i) else { break };
                            done.push((i, read(path)));
                        }
                        done
                    })
                    .ok()
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut slots: Vec<Option<Result<T, Error>>> = (0..paths.len()).map(|_| None).collect();
    for (i, result) in parts.into_iter().flatten() {
        slots[i] = Some(result);
    }
    slots
        .into_iter()
        .zip(paths)
        .map(|(slot, path)| slot.unwrap_or_else(|| read(path)))
        .collect()
}

/// Hash of a list of output files with their sizes (sorted by path).
pub fn listing(files: &[(String, u64)]) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for (path, len) in files {
        h.update(path.as_bytes());
        h.update(&[0]);
        h.update(&len.to_le_bytes());
    }
    format!("{:032x}", h.digest128())
}

/// The files under `output` with their sizes, sorted by site path; `None` when the folder
/// cannot be read.
fn files_of(output: &Path) -> Option<Vec<(String, u64)>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(output) {
        let entry = entry.ok()?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(output).ok()?;
        // Site paths use `/` on every system.
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        files.push((rel.join("/"), entry.metadata().ok()?.len()));
    }
    files.sort();
    Some(files)
}

fn path(cache: &Path) -> PathBuf {
    cache.join(FILE)
}

/// The stamp of the last build, if there is one that can be read.
pub fn read(cache: &Path) -> Option<Stamp> {
    let text = std::fs::read(path(cache)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Keep `stamp` for the next build (best effort: without it the next build is whole).
pub fn write(cache: &Path, stamp: &Stamp) {
    let file = path(cache);
    let tmp = file.with_extension(format!("tmp{}", std::process::id()));
    let ok = std::fs::create_dir_all(cache).is_ok()
        && serde_json::to_vec_pretty(stamp)
            .ok()
            .is_some_and(|bytes| std::fs::write(&tmp, bytes).is_ok())
        && std::fs::rename(&tmp, &file).is_ok();
    if !ok {
        let _ = std::fs::remove_file(&tmp);
        forget(cache);
    }
}

/// Remove the stamp: the output is about to change by other means (`ido serve`).
pub fn forget(cache: &Path) {
    let _ = std::fs::remove_file(path(cache));
}

impl Stamp {
    /// Whether a build with `inputs` on `today` at `minute` would make the same output as
    /// the build of this stamp, and that output is still in `output` as it was written.
    pub fn still_holds(&self, inputs: &str, today: &str, minute: u16, output: &Path) -> bool {
        let passed = |m: u16| self.turns.iter().filter(|t| **t <= m).count();
        self.inputs == inputs
            && self.today == today
            && passed(self.minute) == passed(minute)
            && files_of(output).is_some_and(|files| listing(&files) == self.output)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(output: String) -> Stamp {
        Stamp {
            inputs: "abc".into(),
            today: "2026-11-23".into(),
            minute: 600,
            turns: vec![660, 720],
            output,
            pages: 1,
            locations: 1,
            products: 0,
        }
    }

    #[test]
    fn holds_until_an_input_the_day_a_turn_or_the_output_changes() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("a")).unwrap();
        std::fs::write(out.join("a/index.html"), "hallo").unwrap();
        std::fs::write(out.join("robots.txt"), "x").unwrap();
        let files = files_of(&out).unwrap();
        assert_eq!(
            files,
            vec![
                ("a/index.html".to_string(), 5),
                ("robots.txt".to_string(), 1)
            ]
        );
        let s = stamp(listing(&files));
        assert!(s.still_holds("abc", "2026-11-23", 600, &out));
        // Later the same day, before a spreekuur ends: nothing changes.
        assert!(s.still_holds("abc", "2026-11-23", 659, &out));
        // Once one has ended, the pages no longer show it as next.
        assert!(!s.still_holds("abc", "2026-11-23", 660, &out));
        assert!(!s.still_holds("abd", "2026-11-23", 600, &out));
        assert!(!s.still_holds("abc", "2026-11-24", 600, &out));
        // A file changed in size, or gone.
        std::fs::write(out.join("robots.txt"), "xy").unwrap();
        assert!(!s.still_holds("abc", "2026-11-23", 600, &out));
        std::fs::remove_file(out.join("robots.txt")).unwrap();
        assert!(!s.still_holds("abc", "2026-11-23", 600, &out));
        // And a stamp survives being written and read back.
        let cache = dir.path().join(".ido-cache");
        write(&cache, &s);
        assert_eq!(read(&cache), Some(s));
        forget(&cache);
        assert_eq!(read(&cache), None);
    }

    #[test]
    fn files_read_in_flight_come_back_in_order_and_a_missing_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = (0..50)
            .map(|i| {
                let p = dir.path().join(format!("{i}.md"));
                std::fs::write(&p, i.to_string()).unwrap();
                p
            })
            .collect();
        let read = read_in_flight(&paths, |_, bytes| String::from_utf8(bytes).unwrap()).unwrap();
        let expected: Vec<String> = (0..50).map(|i| i.to_string()).collect();
        assert_eq!(read, expected);
        let mut with_missing = paths.clone();
        with_missing.insert(7, dir.path().join("weg.md"));
        let err = read_in_flight(&with_missing, |_, b| b.len()).unwrap_err();
        assert!(err.to_string().contains("weg.md"), "{err}");
    }

    #[test]
    fn inputs_change_with_a_byte_of_content() {
        let dir = tempfile::tempdir().unwrap();
        let (content, templates) = (dir.path().join("c"), dir.path().join("t"));
        std::fs::create_dir_all(content.join("locaties")).unwrap();
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::write(content.join("locaties/a.md"), "---\nnaam: A\n---\n").unwrap();
        let o = Options {
            content: &content,
            templates: &templates,
            output: Path::new("public"),
            settings: "print".into(),
        };
        let first = inputs(&o).unwrap();
        assert_eq!(inputs(&o).unwrap(), first);
        std::fs::write(content.join("locaties/a.md"), "---\nnaam: B\n---\n").unwrap();
        assert_ne!(inputs(&o).unwrap(), first);
        let other = Options {
            settings: "no print".into(),
            ..o
        };
        assert_ne!(inputs(&other).unwrap(), inputs(&o).unwrap());
    }
}
