//! Error types: one type for content problems (path, line, column, field, message, hint)
//! and one top-level error for a whole run.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one content file, pointing at the exact place an author must fix.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct ContentError {
    /// Path of the file, as given to the build (relative to the working directory).
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the file as a whole.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    /// Dotted field path such as `spreekuren[0].tijd`; empty for the file as a whole.
    pub field: String,
    pub message: String,
    pub hint: Option<String>,
}

impl ContentError {
    pub fn new(path: &Path, field: impl Into<String>, message: impl Into<String>) -> Self {
        ContentError {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            field: field.into(),
            message: message.into(),
            hint: None,
        }
    }

    pub fn at(mut self, (line, column): (usize, usize)) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            // A problem with the file as a whole (its name, or that it is missing).
            write!(f, "{}: ", self.path.display())?;
        } else {
            write!(f, "{}:{}:{}: ", self.path.display(), self.line, self.column)?;
        }
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every problem found in one run, sorted by file and position.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<ContentError>);

impl Problems {
    pub fn push(&mut self, error: ContentError) {
        self.0.push(error);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn extend(&mut self, other: Problems) {
        self.0.extend(other.0);
    }
    /// Sort and drop exact duplicates so output is stable.
    pub fn sorted(mut self) -> Self {
        self.0.sort();
        self.0.dedup();
        self
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        let n = self.0.len();
        write!(f, "{n} problem{} found", if n == 1 { "" } else { "s" })
    }
}

/// Why a run failed.
#[derive(Debug)]
pub enum Error {
    /// The content has problems; nothing was written.
    Content(Problems),
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template failed to parse or render.
    Template { name: String, message: String },
    /// The CSS could not be bundled or minified.
    Css { path: PathBuf, message: String },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn template(name: impl Into<String>, err: &tera::Error) -> Self {
        // Tera nests the real cause; print the whole chain.
        let mut message = err.to_string();
        let mut source = std::error::Error::source(err);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        Error::Template {
            name: name.into(),
            message,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Content(p) => write!(f, "{p}"),
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Template { name, message } => write!(f, "template {name}: {message}"),
            Error::Css { path, message } => write!(f, "{}: {message}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

impl From<Problems> for Error {
    fn from(p: Problems) -> Self {
        Error::Content(p)
    }
}

/// Read a file to a string, attaching the path to any error.
pub fn read_to_string(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// A "did you mean" hint from a list of valid names, if one is close enough.
pub fn did_you_mean<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let given_l = given.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&given_l, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}
