//! Writing the built site: everything goes into a staging folder next to the target;
//! only a complete build replaces the previous output, so a failed build leaves it as it was.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;

pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
}

impl Staging {
    /// Create an empty staging folder beside `target`.
    pub fn new(target: &Path) -> Result<Staging, Error> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let dir = parent.join(format!(".{name}.building-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
        })
    }

    /// Write straight into an existing output folder (for small updates while serving).
    pub fn direct(dir: &Path) -> Staging {
        Staging {
            dir: dir.to_path_buf(),
            target: dir.to_path_buf(),
        }
    }

    /// Write one file, `rel` being its path inside the site (`locaties/x/index.html`).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
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
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
    }

    pub fn copy(&self, from: &Path, rel: &str) -> Result<(), Error> {
        let bytes = fs::read(from).map_err(|e| Error::io(from, e))?;
        self.write(rel, &bytes)
    }

    /// Replace the target with the staged build.
    pub fn commit(self) -> Result<(), Error> {
        let old = self.dir.with_extension("old");
        if self.target.exists() {
            fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
        }
        fs::rename(&self.dir, &self.target).map_err(|e| Error::io(&self.dir, e))?;
        if old.exists() {
            fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        }
        Ok(())
    }

    /// Remove the staging folder after a failure.
    pub fn discard(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}
