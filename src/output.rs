//! Writing the built site: everything goes into a staging folder next to the target;
//! only a complete build replaces the previous output, so a failed build leaves it as it was.
//!
//! The swap survives a kill at any moment. On Linux the staged build and the old output
//! trade places in one atomic `renameat2(RENAME_EXCHANGE)`, so the output folder never
//! goes missing; elsewhere (or on file systems without it) the old output is first renamed
//! to `.public.old-<pid>`, which is always complete. What a killed build leaves behind
//! (`.public.building-<pid>`, `.public.old-<pid>`, `.public.trash-<pid>`, and the
//! `.public.old` of older versions) is removed by the next build once that process is gone,
//! and a missing output is first restored from a complete `.old` folder.
//!
//! For tests, `IDO_FAULT` names points where the process kills itself (SIGKILL)
//! (`stage:after-first-write`, `commit:before-swap`, `commit:after-first-rename`,
//! `commit:after-swap`, `commit:during-remove`); `IDO_FAULT=no-exchange` forces the
//! two-rename swap.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::error::Error;

pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The parent of `target` and the target's file name, for the side folders.
    parent: PathBuf,
    name: String,
    /// Test-only fault points (from `IDO_FAULT`), read once.
    faults: Vec<String>,
    written: AtomicBool,
    /// For an update of the live output: the files staged so far (site paths). They are
    /// moved into the output only by `commit`.
    update: Option<Mutex<Vec<String>>>,
    /// Every file written (site path and size), for [`Staging::listing`]. (Fx: these two
    /// are looked up for every file written, and the keys are ido's own paths.)
    files: Mutex<rustc_hash::FxHashMap<String, u64>>,
    /// Folders of the staging folder made so far (one `mkdir` each, not one per file).
    dirs: Mutex<rustc_hash::FxHashSet<PathBuf>>,
}

/// The kinds of side folders a build makes beside the output, as `.<name>.<kind>-<pid>`.
const KINDS: [&str; 4] = ["building", "old", "trash", "update"];

impl Staging {
    /// Create an empty staging folder beside `target`, after cleaning up what killed
    /// builds left there.
    pub fn new(target: &Path) -> Result<Staging, Error> {
        let (parent, name) = place(target);
        fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        recover(target)?;
        let dir = side(&parent, &name, "building", std::process::id());
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        spread_folders(&dir);
        let faults = std::env::var("IDO_FAULT")
            .map(|v| v.split(',').map(|s| s.trim().to_string()).collect())
            .unwrap_or_default();
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            parent,
            name,
            faults,
            written: AtomicBool::new(false),
            update: None,
            files: Default::default(),
            dirs: Default::default(),
        })
    }

    /// Stage an update of some files of an existing output (`ido serve` after an edit):
    /// they are written beside it, and `commit` moves each into place (an atomic rename
    /// per file); on an error before that the output is untouched.
    pub fn update(target: &Path) -> Result<Staging, Error> {
        let (parent, name) = place(target);
        let dir = side(&parent, &name, "update", std::process::id());
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            parent,
            name,
            faults: Vec::new(),
            written: AtomicBool::new(false),
            update: Some(Default::default()),
            files: Default::default(),
            dirs: Default::default(),
        })
    }

    /// Note a staged file (of `len` bytes).
    fn staged(&self, rel: &str, len: u64) {
        lock(&self.files).insert(rel.to_string(), len);
        if let Some(files) = &self.update {
            files
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(rel.to_string());
        }
    }

    /// Kill the process when the test hook names this point.
    fn fault(&self, point: &str) {
        if self.faults.iter().any(|f| f == point) {
            eprintln!("IDO_FAULT: killed at {point}");
            // As `kill -9` would: no clean-up code runs (and no core dump is written).
            #[cfg(unix)]
            let _ = rustix::process::kill_process(
                rustix::process::getpid(),
                rustix::process::Signal::KILL,
            );
            std::process::abort();
        }
    }

    /// The path of `rel` in the folder written to, its parent folder made.
    fn place_file(&self, rel: &str) -> Result<PathBuf, Error> {
        // Only plain names: nothing is ever written outside the output folder.
        let inside = !rel.is_empty()
            && Path::new(rel)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside {
            return Err(Error::io(
                rel,
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "refused: this path would lie outside the output folder",
                ),
            ));
        }
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            if !lock(&self.dirs).contains(parent) {
                if let Some(top) = rel.split('/').next().filter(|_| rel.contains('/')) {
                    self.make_top_folder(top)?;
                }
                fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                lock(&self.dirs).insert(parent.to_path_buf());
            }
        }
        Ok(path)
    }

    /// Make the top-level folder `name` of the staging folder, if not made yet, under a
    /// name of its own first (see [`spread_folders`]). ext4 picks the block group with
    /// the fewest folders among those with at least the average free space, and breaks
    /// ties at a hash of the folder's name: under its final name `locaties/` would win
    /// every tie for the group that the previous build's `locaties/` has just freed. The
    /// rename does not move it. (Where that group has the fewest folders outright, it is
    /// still chosen: see the README's side-by-side runs.)
    fn make_top_folder(&self, name: &str) -> Result<(), Error> {
        let top = self.dir.join(name);
        let mut dirs = lock(&self.dirs);
        if dirs.contains(&top) {
            return Ok(());
        }
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let fresh = self.dir.join(format!(".new-{nanos:09}-{}", dirs.len()));
        if fs::create_dir(&fresh).is_ok() && fs::rename(&fresh, &top).is_err() {
            let _ = fs::remove_dir(&fresh);
        }
        fs::create_dir_all(&top).map_err(|e| Error::io(&top, e))?;
        dirs.insert(top);
        Ok(())
    }

    /// Make room for `rel` at `path`: a file written twice is replaced, never changed in
    /// place (it may be a hard link into the print cache).
    fn replace(&self, rel: &str, path: &Path) {
        if lock(&self.files).contains_key(rel) {
            let _ = fs::remove_file(path);
        }
    }

    /// Write one file, `rel` being its path inside the site (`locaties/x/index.html`).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
        self.put(rel, |path| {
            fs::write(path, bytes).map(|()| bytes.len() as u64)
        })
    }

    /// Write a file made of `parts` in order, without joining them first.
    pub fn write_parts(&self, rel: &str, parts: &[&str]) -> Result<(), Error> {
        use std::io::Write as _;
        self.put(rel, |path| {
            let mut w = std::io::BufWriter::with_capacity(256 * 1024, fs::File::create(path)?);
            for p in parts {
                w.write_all(p.as_bytes())?;
            }
            w.flush()?;
            Ok(parts.iter().map(|p| p.len() as u64).sum())
        })
    }

    /// Make the file at `rel` with `make`.
    fn put(
        &self,
        rel: &str,
        make: impl FnOnce(&Path) -> std::io::Result<u64>,
    ) -> Result<(), Error> {
        let path = self.place_file(rel)?;
        self.replace(rel, &path);
        let len = make(&path).map_err(|e| Error::io(&path, e))?;
        self.staged(rel, len);
        if !self.faults.is_empty() && !self.written.swap(true, Ordering::Relaxed) {
            self.fault("stage:after-first-write");
        }
        Ok(())
    }

    /// Put the file `from` at `rel` as a hard link (no copy: for the print cache, whose
    /// files are never changed in place), or a copy where links are not possible.
    pub fn link(&self, from: &Path, rel: &str) -> Result<(), Error> {
        let path = self.place_file(rel)?;
        self.replace(rel, &path);
        if fs::hard_link(from, &path).is_ok() {
            let len = fs::metadata(&path).map_err(|e| Error::io(&path, e))?.len();
            self.staged(rel, len);
            return Ok(());
        }
        self.copy(from, rel)
    }

    pub fn copy(&self, from: &Path, rel: &str) -> Result<(), Error> {
        let bytes = fs::read(from).map_err(|e| Error::io(from, e))?;
        self.write(rel, &bytes)
    }

    /// Every file written so far, with its size, sorted by site path (a file written
    /// twice once, with its last size).
    pub fn listing(&self) -> Vec<(String, u64)> {
        let mut files: Vec<(String, u64)> = lock(&self.files)
            .iter()
            .map(|(rel, len)| (rel.clone(), *len))
            .collect();
        files.sort();
        files
    }

    /// Replace the target with the staged build (for an update: move each staged file
    /// into place). Returns the files an update moved in (site paths, sorted); nothing
    /// for a whole build.
    pub fn commit(self) -> Result<Vec<String>, Error> {
        if let Some(files) = &self.update {
            let mut files = std::mem::take(&mut *files.lock().unwrap_or_else(|e| e.into_inner()));
            files.sort();
            files.dedup();
            for rel in &files {
                let to = self.target.join(rel);
                if let Some(parent) = to.parent() {
                    fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                let from = self.dir.join(rel);
                fs::rename(&from, &to).map_err(|e| Error::io(&to, e))?;
            }
            let _ = fs::remove_dir_all(&self.dir);
            return Ok(files);
        }
        self.fault("commit:before-swap");
        let pid = std::process::id();
        // What now holds the previous output, to be removed.
        let previous = if !self.target.exists() {
            fs::rename(&self.dir, &self.target).map_err(|e| Error::io(&self.dir, e))?;
            None
        } else if self.exchange() {
            // The staging folder's name now holds the old output.
            Some(self.dir.clone())
        } else {
            // Two renames; `old` is complete until it is renamed to `trash` below, so a
            // kill in between leaves a complete site for the next build to restore.
            let old = side(&self.parent, &self.name, "old", pid);
            fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
            self.fault("commit:after-first-rename");
            fs::rename(&self.dir, &self.target).map_err(|e| Error::io(&self.dir, e))?;
            Some(old)
        };
        self.fault("commit:after-swap");
        if let Some(previous) = previous {
            let trash = side(&self.parent, &self.name, "trash", pid);
            fs::rename(&previous, &trash).map_err(|e| Error::io(&previous, e))?;
            if self.faults.iter().any(|f| f == "commit:during-remove") {
                remove_some(&trash);
                self.fault("commit:during-remove");
            }
            fs::remove_dir_all(&trash).map_err(|e| Error::io(&trash, e))?;
        }
        Ok(Vec::new())
    }

    /// Swap the staged build and the target in one step, where the system can.
    #[cfg(target_os = "linux")]
    fn exchange(&self) -> bool {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        if self.faults.iter().any(|f| f == "no-exchange") {
            return false;
        }
        renameat_with(CWD, &self.dir, CWD, &self.target, RenameFlags::EXCHANGE).is_ok()
    }

    #[cfg(not(target_os = "linux"))]
    fn exchange(&self) -> bool {
        false
    }

    /// Remove the staging folder after a failure.
    pub fn discard(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Mark `dir` as the top of a folder tree for ext4's Orlov allocator (`chattr +T`,
/// `FS_TOPDIR_FL`), so that each folder made in it is spread to a block group of its
/// own choosing (the one with the fewest folders among those with at least the average
/// free space) instead of staying in `dir`'s own group. Without this, a build straight after
/// the old output was deleted puts every new inode in the group that has just freed
/// thousands: ext4 without a journal passes over each recently freed inode one by one
/// for every new file (`recently_deleted`), which took most of the system time of a
/// clean build of 1,000 locations. Only a hint: where the file system does not know
/// the flag nothing changes, and an error is ignored.
pub(crate) fn spread_folders(dir: &Path) {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{ioctl_getflags, ioctl_setflags, IFlags};
        if let Ok(folder) = fs::File::open(dir) {
            if let Ok(flags) = ioctl_getflags(&folder) {
                if !flags.contains(IFlags::TOPDIR) {
                    let _ = ioctl_setflags(&folder, flags | IFlags::TOPDIR);
                }
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = dir;
}

/// A lock that a panic elsewhere does not make unusable (what it guards stays valid).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The folder that holds `target`, and the target's name.
fn place(target: &Path) -> (PathBuf, String) {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    (parent, name)
}

/// `.<name>.<kind>-<pid>` beside the output.
fn side(parent: &Path, name: &str, kind: &str, pid: u32) -> PathBuf {
    parent.join(format!(".{name}.{kind}-{pid}"))
}

/// A side folder of `name` in `file_name`: its kind and the process that made it (`None`
/// for the `.public.old` of earlier versions, which had no process id).
fn parse_side<'a>(file_name: &'a str, name: &str) -> Option<(&'a str, Option<u32>)> {
    let rest = file_name
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix('.')?;
    if rest == "old" {
        return Some(("old", None));
    }
    let (kind, pid) = rest.split_once('-')?;
    let kind = KINDS.iter().find(|k| **k == kind)?;
    Some((kind, Some(pid.parse().ok()?)))
}

/// Whether a process that left a side folder may still be using it.
pub(crate) fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        // Ours, from an earlier build of this process (builds here run one at a time).
        return false;
    }
    #[cfg(unix)]
    {
        match rustix::process::Pid::from_raw(pid as i32) {
            Some(p) => !matches!(
                rustix::process::test_kill_process(p),
                Err(rustix::io::Errno::SRCH)
            ),
            None => false,
        }
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Clean up after builds that were killed: restore a missing output from a complete
/// `.old` folder, then remove every side folder whose process is gone. Only folders
/// named as this module names them, beside this output, are touched.
pub fn recover(target: &Path) -> Result<(), Error> {
    let (parent, name) = place(target);
    let name = name.as_str();
    let Ok(entries) = fs::read_dir(&parent) else {
        return Ok(());
    };
    let mut stale: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some((kind, pid)) = parse_side(&file_name, name) else {
            continue;
        };
        if pid.is_some_and(alive) || !entry.path().is_dir() {
            continue;
        }
        stale.push((kind.to_string(), entry.path()));
    }
    if !target.exists() {
        // An `.old` folder is only ever made by renaming a complete output, and is
        // renamed to `trash` before anything in it is removed.
        let newest = stale
            .iter()
            .filter(|(kind, _)| kind == "old")
            .max_by_key(|(_, p)| fs::metadata(p).and_then(|m| m.modified()).ok());
        if let Some((_, old)) = newest {
            fs::rename(old, target).map_err(|e| Error::io(old, e))?;
        }
    }
    for (_, path) in stale {
        if path.exists() {
            fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// Remove part of a folder (the fault test's stand-in for a kill during removal).
fn remove_some(dir: &Path) {
    for entry in walkdir::WalkDir::new(dir).into_iter().flatten().take(20) {
        if entry.file_type().is_file() {
            let _ = fs::remove_file(entry.path());
        }
    }
}
