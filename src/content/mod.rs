//! Loading content: reads `site.yaml`, the house style and every Markdown file, checks
//! them, and builds the typed model. All problems of a run are collected and returned
//! together, sorted by file and position.

mod check;
/// Languages staff can speak, by ISO 639 code, with their Dutch names.
pub use check::LANGUAGES as SPOKEN_LANGUAGES;
pub mod files;
mod house_style;
pub mod raw;
pub mod schema;
pub mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::error::{did_you_mean, read_to_string, ContentError, Error, Problems};
use crate::markdown;
use crate::model::*;
use crate::schedule::{
    holidays, Bounds, Calendar, Closure, Holiday, Nth, Repeat, Schedule, Season, Session,
    SpecialDay, TimeRange, Week,
};
use check::Invalid;
use raw::*;
use yaml::{Document, Positions};

pub use check::LANGUAGES;

/// Page slugs that would clash with the generated sections.
const RESERVED: &[&str] = &[
    "locaties",
    "gemeenten",
    "themas",
    "partners",
    "css",
    "fonts",
    "media",
    "js",
    "embed",
    "api",
    "print",
    "slides",
    "scherm",
    "drukwerk",
    "zoeken",
    "schema",
    "404",
    "sitemap.xml",
    "robots.txt",
];

/// Load and validate the site in `dir`. `default_tokens` is the house style used when
/// the content has no `huisstijl.yaml`.
pub fn load(dir: &Path, default_tokens: &Path, today: jiff::civil::Date) -> Result<Site, Error> {
    load_inner(dir, default_tokens, today, None)
}

/// A content file as the load read it: its text, where each field is, and the line its
/// body starts on. `ido check` keeps them from its one load, so that its warnings point at
/// lines without reading or parsing a file again.
#[derive(Debug)]
pub struct Source {
    pub text: String,
    pub positions: Positions,
    pub body_line: usize,
}

/// Every file of a load, by path.
pub type Sources = BTreeMap<PathBuf, Source>;

/// Where the files of a load are kept, when they are.
type Keep<'a> = Option<&'a std::sync::Mutex<Sources>>;

/// [`load`], keeping every file's text and field positions.
pub fn load_keeping(
    dir: &Path,
    default_tokens: &Path,
    today: jiff::civil::Date,
) -> Result<(Site, Sources), Error> {
    let keep = std::sync::Mutex::new(Sources::new());
    let site = load_inner(dir, default_tokens, today, Some(&keep))?;
    let sources = keep.into_inner().unwrap_or_else(|e| e.into_inner());
    Ok((site, sources))
}

fn load_inner(
    dir: &Path,
    default_tokens: &Path,
    today: jiff::civil::Date,
    keep: Keep,
) -> Result<Site, Error> {
    let mut problems = Problems::default();

    let site_path = dir.join("site.yaml");
    let config = match read_content(&site_path) {
        Ok(Err(e)) => {
            problems.push(e);
            None
        }
        Ok(Ok(text)) => parse_yaml_file(&site_path, text, &mut problems, keep, |ctx, raw| {
            site_config(ctx, raw, dir)
        }),
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            problems.push(
                ContentError::new(&site_path, "", "the site file is missing").hint(
                    "create `site.yaml` with at least naam, basis_url, organisatie and contact",
                ),
            );
            None
        }
        Err(e) => return Err(e),
    };

    let tokens_path = dir.join("huisstijl.yaml");
    let tokens_path = if tokens_path.exists() {
        tokens_path
    } else {
        default_tokens.to_path_buf()
    };
    let tokens_text = match read_content(&tokens_path)? {
        Ok(text) => text,
        Err(e) => {
            problems.push(e);
            String::new()
        }
    };
    // Token files name fonts and the IDO logo inside `templates/assets/`.
    let assets = default_tokens
        .parent()
        .unwrap_or(Path::new("."))
        .join("assets");
    let tokens = parse_yaml_file(
        &tokens_path,
        tokens_text,
        &mut problems,
        keep,
        |ctx, raw| house_style::tokens(ctx, raw, &assets),
    );

    let partner_files = list(dir, "partners", &["md", "yaml", "yml"], &mut problems)?;
    let theme_files = list(dir, "themas", &["md"], &mut problems)?;
    let page_files = list(dir, "paginas", &["md"], &mut problems)?;
    let location_files = list(dir, "locaties", &["md"], &mut problems)?;

    let partners: Vec<Partner> = load_all(&partner_files, &mut problems, keep, partner)?;
    let partner_slugs: BTreeSet<&str> = partners.iter().map(|p| p.slug.as_str()).collect();
    let theme_slugs: BTreeSet<&str> = theme_files.iter().map(|(s, _)| s.as_str()).collect();
    let calendars: BTreeMap<String, Calendar> = calendar_files(dir, &mut problems, keep)?;
    let refs = Refs {
        partners: &partner_slugs,
        themes: &theme_slugs,
        today,
        calendars: &calendars,
    };

    let themes: Vec<Theme> =
        load_all(&theme_files, &mut problems, keep, |f, p| theme(f, p, &refs))?;
    let pages: Vec<Page> = load_all(&page_files, &mut problems, keep, page)?;
    let locations: Vec<Location> = load_all(&location_files, &mut problems, keep, |f, p| {
        location(f, p, &refs)
    })?;

    check_duplicates(&partner_files, &mut problems);
    check_gemeenten(&locations, &mut problems);

    match (config, tokens) {
        (Some(config), Some(tokens)) if problems.is_empty() => Ok(Site {
            config,
            tokens,
            locations,
            partners,
            themes,
            pages,
        }),
        _ => Err(Error::Content(problems.sorted())),
    }
}

/// The longest name (`naam`, `organisatie`, `titel`, …) and the longest other text.
pub const MAX_NAME_CHARS: usize = 150;
pub const MAX_TEXT_CHARS: usize = 3000;
const NAME_KEYS: &[&str] = &[
    "naam",
    "organisatie",
    "titel",
    "plaats",
    "straat",
    "gemeente",
    "waar",
    "familie",
];

/// A path with `.` and `..` taken out by their names alone (no file system access).
fn lexical(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether some text in `value` is a word YAML reads as null (`~`, `null`) or empty: what
/// a text field gets from a value written as null.
fn has_null_word(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(s) => matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"),
        serde_json::Value::Array(items) => items.iter().any(has_null_word),
        serde_json::Value::Object(map) => map.values().any(has_null_word),
        _ => false,
    }
}

/// The value at a field path such as `spreekuren[0].tijd`.
fn lookup<'v>(value: &'v serde_json::Value, field: &str) -> Option<&'v serde_json::Value> {
    let mut v = value;
    for part in field.split('.').filter(|p| !p.is_empty()) {
        let (key, indexes) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            v = v.get(key)?;
        }
        for idx in indexes.split(['[', ']']).filter(|s| !s.is_empty()) {
            v = v.get(idx.parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// Texts longer than their limit: (field, length, limit).
fn too_long(value: &serde_json::Value, field: String, out: &mut Vec<(String, usize, usize)>) {
    match value {
        serde_json::Value::String(s) => {
            let key = field.rsplit(['.', '[']).next().unwrap_or("");
            let max = if NAME_KEYS.contains(&key) {
                MAX_NAME_CHARS
            } else {
                MAX_TEXT_CHARS
            };
            let len = s.chars().count();
            if len > max {
                out.push((field, len, max));
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                too_long(v, format!("{field}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let f = if field.is_empty() {
                    k.clone()
                } else {
                    format!("{field}.{k}")
                };
                too_long(v, f, out);
            }
        }
        _ => {}
    }
}

/// The largest content file (Markdown or YAML) that is read.
pub const MAX_CONTENT_BYTES: u64 = 1024 * 1024;

/// Read a content file as UTF-8 text (a byte order mark is dropped). A file that is too
/// large or saved in another encoding is a content problem that says how to fix it.
pub fn read_content(path: &Path) -> Result<Result<String, ContentError>, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > MAX_CONTENT_BYTES {
        return Ok(Err(ContentError::new(
            path,
            "",
            format!(
                "the file is {} KB, more than the {} KB a content file may be",
                meta.len() / 1024,
                MAX_CONTENT_BYTES / 1024
            ),
        )
        .hint(
            "split the text, or remove what does not belong in it (pictures go in separate files)",
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let save_hint = "open the file in your editor and save it as UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8; in Word: Platte tekst, Unicode (UTF-8))";
    let utf16 = bytes.starts_with(&[0xff, 0xfe])
        || bytes.starts_with(&[0xfe, 0xff])
        || (bytes.len() >= 4
            && bytes.iter().take(64).filter(|b| **b == 0).count() * 4 >= bytes.len().min(64));
    if utf16 {
        return Ok(Err(ContentError::new(
            path,
            "",
            "the file is saved as UTF-16, not as UTF-8",
        )
        .at((1, 1))
        .hint(save_hint)));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(Ok(text))
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..at]);
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let latin1: String = bytes[at..].iter().take(1).map(|&b| char::from(b)).collect();
            Ok(Err(ContentError::new(
                path,
                "",
                format!(
                    "the file is not saved as UTF-8: it seems to be Latin-1 or Windows-1252 (`{latin1}` here)"
                ),
            )
            .at((line, column))
            .hint(save_hint)))
        }
    }
}

/// The closure calendars in `content/kalenders/`, by file name.
fn calendar_files(
    dir: &Path,
    problems: &mut Problems,
    keep: Keep,
) -> Result<BTreeMap<String, Calendar>, Error> {
    let mut out = BTreeMap::new();
    for (slug, path) in list(dir, "kalenders", &["yaml", "yml"], problems)? {
        let text = match read_content(&path)? {
            Ok(text) => text,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        if let Some(c) = parse_yaml_file(&path, text, problems, keep, |ctx, raw: RawCalendar| {
            calendar(ctx, &slug, raw)
        }) {
            out.insert(slug, c);
        }
    }
    Ok(out)
}

/// One content file: its slug (file stem) and path.
type FileList = Vec<(String, PathBuf)>;

fn list(
    dir: &Path,
    section: &str,
    exts: &[&str],
    problems: &mut Problems,
) -> Result<FileList, Error> {
    let root = dir.join(section);
    let mut out = Vec::new();
    if !root.exists() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(&root)
        .min_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(&root).to_path_buf();
            Error::io(
                path,
                e.into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("walk failed")),
            )
        })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') || name.ends_with('~') || name.starts_with('#') {
            continue; // hidden and editor temp files
        }
        if entry.file_type().is_dir() {
            problems.push(
                ContentError::new(path, "", format!("folders are not used inside `{section}`"))
                    .hint(format!("put the files directly in `{}`", root.display())),
            );
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !exts.contains(&ext) {
            problems.push(
                ContentError::new(path, "", format!("`{name}` is not a content file")).hint(
                    format!("files in `{section}` end in .{}", exts.join(" or .")),
                ),
            );
            continue;
        }
        let slug = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Err(inv) = check::slug(&slug) {
            problems.push(ContentError::new(path, "", inv.message).hint(inv.hint));
            continue;
        }
        out.push((slug, path.to_path_buf()));
    }
    Ok(out)
}

/// Load every file of a section in parallel; each file's problems are collected.
fn load_all<T: Send>(
    files: &FileList,
    problems: &mut Problems,
    keep: Keep,
    f: impl Fn(&mut FileCtx, &str) -> Option<T> + Sync,
) -> Result<Vec<T>, Error> {
    let results: Vec<Result<(Option<T>, Problems), Error>> = files
        .par_iter()
        .map(|(slug, path)| {
            let text = match read_content(path)? {
                Ok(text) => text,
                Err(e) => return Ok((None, Problems(vec![e]))),
            };
            let mut ctx = FileCtx::new(path, &text);
            let value = ctx.prepare().and_then(|()| f(&mut ctx, slug));
            let (problems, positions, body_line) = ctx.finish(keep.is_some());
            keep_source(keep, path, text, positions, body_line);
            Ok((value, problems))
        })
        .collect();
    let mut out = Vec::with_capacity(results.len());
    for r in results {
        let (value, p) = r?;
        problems.extend(p);
        out.extend(value);
    }
    Ok(out)
}

fn parse_yaml_file<T: DeserializeOwned + serde::Serialize, U>(
    path: &Path,
    text: String,
    problems: &mut Problems,
    keep: Keep,
    build: impl FnOnce(&mut FileCtx, T) -> Option<U>,
) -> Option<U> {
    let mut ctx = FileCtx::new(path, &text);
    let doc = Document {
        yaml: &text,
        line_offset: 0,
    };
    ctx.positions = Some(Positions::index(&doc));
    ctx.doc = Some(doc);
    let result = ctx.parse::<T>().and_then(|raw| build(&mut ctx, raw));
    let (found, positions, body_line) = ctx.finish(keep.is_some());
    problems.extend(found);
    keep_source(keep, path, text, positions, body_line);
    result
}

/// Keep a loaded file in `keep`, when files are kept.
fn keep_source(keep: Keep, path: &Path, text: String, positions: Positions, body_line: usize) {
    if let Some(keep) = keep {
        keep.lock().unwrap_or_else(|e| e.into_inner()).insert(
            path.to_path_buf(),
            Source {
                text,
                positions,
                body_line,
            },
        );
    }
}

/// The slugs that references may point at.
struct Refs<'a> {
    partners: &'a BTreeSet<&'a str>,
    themes: &'a BTreeSet<&'a str>,
    /// The day the build treats as today (dates that must not be in the future).
    today: jiff::civil::Date,
    calendars: &'a BTreeMap<String, Calendar>,
}

/// One file being checked: its text, where each field is, and what is wrong so far.
pub struct FileCtx<'a> {
    pub path: &'a Path,
    text: &'a str,
    doc: Option<Document<'a>>,
    body: &'a str,
    /// Where each field is: indexed when first needed (a problem to point at, a value
    /// that may be a YAML null, nesting that may be too deep, or a load that keeps them),
    /// as a valid file in a build needs none.
    positions: Option<Positions>,
    pub problems: Problems,
    /// Files from the content folder that the body shows (images), to publish.
    media: Vec<Media>,
}

impl<'a> FileCtx<'a> {
    fn new(path: &'a Path, text: &'a str) -> Self {
        FileCtx {
            path,
            text,
            doc: None,
            body: "",
            positions: None,
            problems: Problems::default(),
            media: Vec::new(),
        }
    }

    /// Split front matter (or take a whole `.yaml` file).
    fn prepare(&mut self) -> Option<()> {
        let is_yaml = self
            .path
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml");
        if is_yaml {
            self.doc = Some(Document {
                yaml: self.text,
                line_offset: 0,
            });
        } else {
            match yaml::split_front_matter(self.path, self.text) {
                Ok(fm) => {
                    self.doc = Some(fm.doc);
                    self.body = fm.body;
                }
                Err(e) => {
                    self.problems.push(e);
                    return None;
                }
            }
        }
        Some(())
    }

    /// The positions of the file's fields, indexed on first use.
    fn positions(&mut self) -> &mut Positions {
        let doc = &self.doc;
        self.positions.get_or_insert_with(|| {
            doc.as_ref()
                .map_or_else(Positions::default, Positions::index)
        })
    }

    /// The file's problems, its field positions (indexed now when `keep`, else only if
    /// they were needed) and the line its body starts on.
    fn finish(mut self, keep: bool) -> (Problems, Positions, usize) {
        if keep {
            self.positions();
        }
        let is_yaml = self
            .path
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml");
        let body_line = match &self.doc {
            // The YAML lines, the two `---` lines, then the body.
            Some(doc) if !is_yaml => doc.line_offset + doc.yaml.lines().count() + 2,
            _ => 1,
        };
        (self.problems, self.positions.unwrap_or_default(), body_line)
    }

    fn parse<T: DeserializeOwned + serde::Serialize>(&mut self) -> Option<T> {
        let deep = self.positions.is_some() || yaml::may_be_too_deep(self.doc.as_ref()?.yaml);
        if let Some(at) = deep.then(|| self.positions().too_deep).flatten() {
            self.problems.push(
                ContentError::new(self.path, "", "the fields are nested too deeply")
                    .at(at)
                    .hint(format!(
                        "content files need at most {} levels of indentation: check the spaces at the start of the lines",
                        yaml::MAX_DEPTH
                    )),
            );
            return None;
        }
        let doc = self.doc.as_ref()?;
        match yaml::parse(self.path, doc) {
            Ok(v) => {
                self.check_values(&v);
                Some(v)
            }
            Err(mut e) => {
                // serde names the field that stands twice; point at its second place.
                if let Some(name) = e.message.strip_prefix("duplicate field `") {
                    let name = name.trim_end_matches('`').to_string();
                    let field = if e.field.is_empty() || e.field == "." {
                        name.to_string()
                    } else {
                        format!("{}.{name}", e.field)
                    };
                    if let Some(at) = self.positions().duplicate(&field) {
                        e = e.at(at);
                    }
                    e.message = format!("`{name}` stands here a second time");
                    e.field = field;
                }
                self.problems.push(e);
                None
            }
        }
    }

    /// Checks on the parsed values that serde cannot do: a text written as YAML null
    /// (`~`, `null`) is empty, not the word "null", and texts have a sensible length.
    fn check_values<T: serde::Serialize>(&mut self, raw: &T) {
        let Ok(value) = serde_json::to_value(raw) else {
            return;
        };
        // A value written as null reaches a text field as its own word (`~`) or as "":
        // only then can one be among the nulls the positional parse finds.
        let nulls = if self.positions.is_some() || has_null_word(&value) {
            std::mem::take(&mut self.positions().nulls)
        } else {
            Vec::new()
        };
        for field in nulls {
            // An empty colour has its own message (`#` starts a comment).
            if field.starts_with("kleuren.") {
                continue;
            }
            if let Some(serde_json::Value::String(_)) = lookup(&value, &field) {
                self.error_at_key(
                    &field,
                    "this field is empty",
                    "fill it in (`~` and `null` mean \"nothing\" in YAML), or remove the line",
                );
            }
        }
        let mut long = Vec::new();
        too_long(&value, String::new(), &mut long);
        for (field, len, max) in long {
            self.error(
                &field,
                format!("this text is {len} characters long, more than the {max} allowed here"),
                if max == MAX_NAME_CHARS {
                    "write a short name; put more in the explanation"
                } else {
                    "make the text shorter; put long texts below the front matter"
                },
            );
        }
    }

    pub fn error(&mut self, field: &str, message: impl Into<String>, hint: impl Into<String>) {
        let at = self.positions().of(field);
        self.problems.push(
            ContentError::new(self.path, field, message)
                .at(at)
                .hint(hint),
        );
    }

    /// An error about a key itself (an unknown or empty entry), at the key's position.
    pub fn error_at_key(
        &mut self,
        field: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        let at = self.positions().key(field);
        self.problems.push(
            ContentError::new(self.path, field, message)
                .at(at)
                .hint(hint),
        );
    }

    /// Record a failed check; return the value if it passed.
    fn check<T>(&mut self, field: &str, r: Result<T, Invalid>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(inv) => {
                self.error(field, inv.message, inv.hint);
                None
            }
        }
    }

    fn check_opt<T>(
        &mut self,
        field: &str,
        v: Option<&String>,
        f: impl Fn(&str) -> Result<T, Invalid>,
    ) -> Option<T> {
        v.and_then(|s| self.check(field, f(s)))
    }

    fn non_empty(&mut self, field: &str, s: &str) {
        if s.trim().is_empty() {
            self.error(
                field,
                "this field is empty",
                "fill it in, or remove the line",
            );
        }
    }

    /// The body as HTML. Unsafe links and images that are not files of the content
    /// folder are reported at their line; images are published under `media/`.
    fn body_html(&mut self) -> String {
        self.markdown(self.body, "")
    }

    /// The translations of a file's free text (`vertalingen:`): each language code must
    /// be one of the site's other languages; the Markdown of each `tekst` is checked as
    /// the body is (its problems reported at the field).
    fn translations<R, T>(
        &mut self,
        raw: &std::collections::BTreeMap<String, R>,
        mut make: impl FnMut(&mut Self, &str, &R) -> T,
    ) -> std::collections::BTreeMap<String, T> {
        let langs = crate::lang::all();
        let mut out = std::collections::BTreeMap::new();
        for (code, text) in raw {
            let field = format!("vertalingen.{code}");
            if langs.get(code).is_none_or(|l| l.is_source()) {
                let codes: Vec<&str> = langs.list[1..].iter().map(|l| l.code.as_str()).collect();
                self.error(
                    &field,
                    format!("`{code}` is not one of the site's other languages"),
                    format!("use one of: {}", codes.join(", ")),
                );
                continue;
            }
            out.insert(code.clone(), make(self, &field, text));
        }
        out
    }

    /// Markdown of the file as HTML (see [`FileCtx::body_html`]); `text` is the body
    /// or a value of `field`.
    fn markdown(&mut self, text: &str, field: &str) -> String {
        // Content files are `<content>/<section>/<file>`.
        let root = self
            .path
            .parent()
            .and_then(Path::parent)
            .unwrap_or(Path::new("."));
        let mut media = Vec::new();
        let (html, problems) = markdown::to_html(text, |dest| {
            let written = percent_encoding::percent_decode_str(dest)
                .decode_utf8_lossy()
                .into_owned();
            let written = written.split(['?', '#']).next().unwrap_or("").to_string();
            // Relative to the file (`../media/foto.jpg`) or to the content folder.
            let from_file = self.path.parent().map(|d| lexical(&d.join(&written)));
            let written = match from_file.as_ref().and_then(|p| p.strip_prefix(root).ok()) {
                Some(rel) if written.starts_with("../") => rel.to_string_lossy().into_owned(),
                _ => written,
            };
            let written = written.trim_start_matches("./").trim_start_matches('/');
            let real = files::resolve(root, written, files::FileKind::Image, "content")
                .map_err(|inv| (inv.message, inv.hint))?;
            let m = files::media(real, written).map_err(|e| {
                (
                    format!("the image `{written}` cannot be read ({e})"),
                    "check that the file may be read".to_string(),
                )
            })?;
            let url = format!("\u{E000}{}", m.url);
            media.push(m);
            Ok(url)
        });
        self.media.extend(media);
        // The body follows the front matter in the same text; a field's value is
        // reported at the field.
        let start = (text.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let in_file = field.is_empty();
        for p in problems {
            let at = if in_file {
                let before = self.text.get(..start + p.offset).unwrap_or("");
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                (line, column)
            } else {
                self.positions().of(field)
            };
            self.problems.push(
                ContentError::new(self.path, field, p.message)
                    .at(at)
                    .hint(p.hint),
            );
        }
        html
    }

    fn reference(
        &mut self,
        field: &str,
        slug: &str,
        known: &BTreeSet<&str>,
        what: &str,
        folder: &str,
    ) -> bool {
        if known.contains(slug) {
            return true;
        }
        let hint = did_you_mean(slug, known.iter().copied()).unwrap_or_else(|| {
            format!("add the file `content/{folder}/{slug}.md`, or use one that exists")
        });
        self.error(field, format!("there is no {what} `{slug}`"), hint);
        false
    }

    fn period(&mut self, field: &str, p: &RawPeriod) -> Option<Period> {
        if p.tot < p.van {
            self.error(
                field,
                format!("the period ends ({}) before it starts ({})", p.tot, p.van),
                "swap `van` and `tot`, or correct one of them",
            );
            return None;
        }
        Some(Period {
            from: p.van,
            until: p.tot,
        })
    }

    fn address(&mut self, field: &str, a: &RawAddress) -> Option<Address> {
        self.non_empty(&format!("{field}.straat"), &a.straat);
        self.non_empty(&format!("{field}.plaats"), &a.plaats);
        let postcode = self.check(&format!("{field}.postcode"), check::postcode(&a.postcode))?;
        Some(Address {
            street: a.straat.trim().to_string(),
            postcode,
            place: a.plaats.trim().to_string(),
            inside: a.waar.clone(),
        })
    }
}

fn site_config(ctx: &mut FileCtx, raw: RawSite, dir: &Path) -> Option<SiteConfig> {
    let mut base_url = ctx.check("basis_url", check::base_url(&raw.basis_url));
    if let Some(u) = base_url.as_mut() {
        if !u.ends_with('/') {
            u.push('/');
        }
    }
    let email = ctx.check("contact.email", check::email(&raw.contact.email));
    let phone = ctx.check_opt(
        "contact.telefoon",
        raw.contact.telefoon.as_ref(),
        check::phone,
    );
    if raw.taal != "nl" {
        ctx.error(
            "taal",
            format!("language `{}` is not supported", raw.taal),
            "use `nl`",
        );
    }
    let built_in: Vec<&str> = crate::lang::all().list[1..]
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let languages: Vec<String> = match &raw.talen {
        None => built_in.iter().map(|c| c.to_string()).collect(),
        Some(chosen) => {
            for (i, code) in chosen.iter().enumerate() {
                if !built_in.contains(&code.as_str()) {
                    ctx.error(
                        &format!("talen[{i}]"),
                        format!("`{code}` is not one of the languages the site can be made in"),
                        format!(
                            "choose from {} (Dutch is always there)",
                            built_in.join(", ")
                        ),
                    );
                }
            }
            // In the catalogues' order, whatever the order written.
            built_in
                .iter()
                .filter(|c| chosen.iter().any(|x| x == *c))
                .map(|c| c.to_string())
                .collect()
        }
    };
    let security = raw.beveiliging.as_ref().and_then(|b| {
        let ok = b.contact.starts_with("mailto:") && check::email(&b.contact[7..]).is_ok()
            || b.contact.starts_with("https://") && check::web_url(&b.contact).is_ok();
        if !ok {
            ctx.error(
                "beveiliging.contact",
                format!("`{}` is not a contact address", b.contact),
                "write `mailto:security@example.nl` or an `https://` address",
            );
        }
        let policy = ctx.check_opt("beveiliging.beleid", b.beleid.as_ref(), check::web_url);
        ok.then(|| Security {
            contact: b.contact.clone(),
            expires: b.verloopt,
            policy,
        })
    });
    let logo = match (&raw.huisstijl.logo, &raw.huisstijl.logo_alt) {
        (Some(file), Some(alt)) => Some(Logo {
            file: file.clone(),
            alt: alt.clone(),
        }),
        (Some(_), None) => {
            ctx.error(
                "huisstijl.logo",
                "the logo has no text alternative",
                "add `logo_alt:` with the name shown in the logo",
            );
            None
        }
        _ => None,
    };
    let logo = logo.filter(|l| {
        let found = files::resolve(dir, &l.file, files::FileKind::Logo, "content");
        ctx.check("huisstijl.logo", found).is_some()
    });
    let mut partner_logos = Vec::new();
    for (i, l) in raw.huisstijl.partnerlogos.iter().enumerate() {
        let found = files::resolve(dir, &l.bestand, files::FileKind::Logo, "content");
        if ctx
            .check(&format!("huisstijl.partnerlogos[{i}].bestand"), found)
            .is_some()
        {
            partner_logos.push(Logo {
                file: l.bestand.clone(),
                alt: l.alt.clone(),
            });
        }
    }
    ctx.non_empty("naam", &raw.naam);
    Some(SiteConfig {
        name: raw.naam,
        base_url: base_url?,
        organisation: raw.organisatie,
        email: email?,
        phone,
        address: raw.contact.adres,
        language: raw.taal,
        languages,
        example_data: raw.voorbeeld,
        logo,
        partner_logos,
        security,
    })
}

fn partner(ctx: &mut FileCtx, slug: &str) -> Option<Partner> {
    let raw: RawPartner = ctx.parse()?;
    ctx.non_empty("naam", &raw.naam);
    ctx.non_empty("helpt_met", &raw.helpt_met);
    let website = ctx.check_opt("website", raw.website.as_ref(), check::web_url);
    let phone = ctx.check_opt("telefoon", raw.telefoon.as_ref(), check::phone);
    Some(Partner {
        slug: slug.to_string(),
        name: raw.naam,
        helps_with: raw.helpt_met,
        reach: match raw.soort {
            RawReach::Landelijk => Reach::National,
            RawReach::Lokaal => Reach::Local,
        },
        website,
        phone,
        body_html: ctx.body_html(),
        media: std::mem::take(&mut ctx.media),
    })
}

fn theme(ctx: &mut FileCtx, slug: &str, refs: &Refs) -> Option<Theme> {
    let raw: RawTheme = ctx.parse()?;
    ctx.non_empty("titel", &raw.titel);
    ctx.non_empty("uitleg", &raw.uitleg);
    for (i, p) in raw.partners.iter().enumerate() {
        ctx.reference(
            &format!("partners[{i}]"),
            p,
            refs.partners,
            "partner",
            "partners",
        );
    }
    Some(Theme {
        slug: slug.to_string(),
        title: raw.titel,
        summary: raw.uitleg,
        bring: raw.meenemen,
        partners: raw.partners,
        order: raw.volgorde,
        points: markdown::list_items(ctx.body),
        body_html: ctx.body_html(),
        translations: ctx.translations(&raw.vertalingen, |ctx, field, t| crate::model::ThemeText {
            summary: t.uitleg.clone(),
            body_html: t
                .tekst
                .as_deref()
                .map(|m| ctx.markdown(m, &format!("{field}.tekst"))),
            bring: t.meenemen.clone(),
        }),
        media: std::mem::take(&mut ctx.media),
    })
}

fn page(ctx: &mut FileCtx, slug: &str) -> Option<Page> {
    let raw: RawPage = ctx.parse()?;
    if RESERVED.contains(&slug) {
        ctx.problems.push(
            ContentError::new(
                ctx.path,
                "",
                format!("the page name `{slug}` is used by the site itself"),
            )
            .at((1, 1))
            .hint(format!("rename the file, for example to `over-{slug}.md`")),
        );
    }
    ctx.non_empty("titel", &raw.titel);
    Some(Page {
        slug: slug.to_string(),
        title: raw.titel,
        description: raw.beschrijving,
        in_footer: raw.in_voettekst,
        order: raw.volgorde,
        body_html: ctx.body_html(),
        translations: ctx.translations(&raw.vertalingen, |ctx, field, t| crate::model::PageText {
            title: t.titel.clone(),
            description: t.beschrijving.clone(),
            body_html: t
                .tekst
                .as_deref()
                .map(|m| ctx.markdown(m, &format!("{field}.tekst"))),
        }),
        media: std::mem::take(&mut ctx.media),
    })
}

fn week(ctx: &mut FileCtx, field: &str, raw: &RawWeek) -> Week {
    let mut week = Week::default();
    for (i, (day, value)) in raw.days().into_iter().enumerate() {
        if let Some(value) = value {
            week.days[i] = day_ranges(ctx, &format!("{field}.{day}"), value);
        }
    }
    week
}

/// One day's ranges: `gesloten`, one range or a list; checked for overlaps, sorted.
fn day_ranges(ctx: &mut FileCtx, field: &str, value: &RawDay) -> Vec<TimeRange> {
    let items: Vec<(String, &String)> = match value {
        RawDay::One(s) if s.trim().eq_ignore_ascii_case("gesloten") => return Vec::new(),
        RawDay::One(s) => vec![(field.to_string(), s)],
        RawDay::Many(list) => list
            .iter()
            .enumerate()
            .map(|(j, s)| (format!("{field}[{j}]"), s))
            .collect(),
    };
    let mut ranges: Vec<(TimeRange, &String)> = Vec::new();
    for (field, s) in items {
        match TimeRange::parse(s) {
            Ok(r) => {
                if let Some((_, other)) = ranges.iter().find(|(o, _)| o.overlaps(&r)) {
                    let msg = format!("`{s}` overlaps with `{other}`");
                    ctx.error(
                        &field,
                        msg,
                        "make the times follow each other, or merge them into one range",
                    );
                }
                ranges.push((r, s));
            }
            Err(m) => ctx.error(&field, m, "write the hours as `10.00-17.00`, or `gesloten`"),
        }
    }
    let mut ranges: Vec<TimeRange> = ranges.into_iter().map(|(r, _)| r).collect();
    ranges.sort();
    ranges
}

fn closures(ctx: &mut FileCtx, raw: &[RawClosure]) -> Vec<Closure> {
    let mut out = Vec::new();
    for (i, c) in raw.iter().enumerate() {
        let field = format!("gesloten[{i}]");
        ctx.non_empty(&format!("{field}.reden"), &c.reden);
        let (from, until) = match (c.datum, c.van, c.tot) {
            (Some(d), None, None) => (d, d),
            (None, Some(van), Some(tot)) => {
                let Some(p) = ctx.period(&field, &RawPeriod { van, tot }) else {
                    continue;
                };
                (p.from, p.until)
            }
            _ => {
                ctx.error(
                    &field,
                    "a closure needs `datum`, or `van` and `tot`",
                    "write `datum: 2026-12-31` for one day, or `van:` and `tot:` for a period",
                );
                continue;
            }
        };
        out.push(Closure {
            from,
            until,
            reason: c.reden.trim().to_string(),
        });
    }
    out.sort_by_key(|c| (c.from, c.until));
    out
}

fn special_days(ctx: &mut FileCtx, raw: &[RawSpecialDay]) -> Vec<SpecialDay> {
    let mut out: Vec<SpecialDay> = Vec::new();
    for (i, s) in raw.iter().enumerate() {
        let field = format!("andere_tijden[{i}]");
        ctx.non_empty(&format!("{field}.reden"), &s.reden);
        if out.iter().any(|o| o.date == s.datum) {
            ctx.error(
                &format!("{field}.datum"),
                format!("{} has other hours twice", s.datum),
                "keep one entry per date",
            );
            continue;
        }
        let ranges = day_ranges(ctx, &format!("{field}.tijden"), &s.tijden);
        out.push(SpecialDay {
            date: s.datum,
            ranges,
            reason: s.reden.trim().to_string(),
        });
    }
    out.sort_by_key(|s| s.date);
    out
}

fn holidays_open(ctx: &mut FileCtx, raw: &[String]) -> Vec<Holiday> {
    let mut out = Vec::new();
    for (i, key) in raw.iter().enumerate() {
        match Holiday::from_key(key.trim()) {
            Some(h) => out.push(h),
            None => {
                let keys = holidays::ALL.map(Holiday::key);
                let hint = did_you_mean(key, keys)
                    .unwrap_or_else(|| format!("choose from: {}", keys.join(", ")));
                ctx.error(
                    &format!("feestdagen_open[{i}]"),
                    format!("`{key}` is not a Dutch public holiday"),
                    hint,
                );
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Weekdays of `dag`, each checked; None after an error.
fn weekdays(
    ctx: &mut FileCtx,
    field: &str,
    raw: &Option<OneOrMore<String>>,
) -> Option<Vec<jiff::civil::Weekday>> {
    let mut out = Vec::new();
    for (i, d) in raw.iter().flat_map(|l| l.0.iter()).enumerate() {
        let f = match raw.as_ref().map_or(0, |l| l.0.len()) {
            1 => field.to_string(),
            _ => format!("{field}[{i}]"),
        };
        match crate::dutch::parse_weekday(d) {
            Some(w) if !out.contains(&w) => out.push(w),
            Some(_) => {}
            None => {
                let hint = did_you_mean(d, crate::dutch::WEEKDAYS)
                    .unwrap_or_else(|| "write a weekday: maandag, dinsdag, ...".into());
                ctx.error(&f, format!("`{d}` is not a weekday"), hint);
                return None;
            }
        }
    }
    out.sort_by_key(|w| crate::dutch::weekday_index(*w));
    Some(out)
}

/// "september" (the whole month, `whole_end` picks its last day) or "09-15".
fn month_day(s: &str, whole_end: bool) -> Option<(i8, i8)> {
    let s = s.trim();
    if let Some(m) = crate::dutch::parse_month(s) {
        let last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m - 1) as usize];
        return Some((m, if whole_end { last } else { 1 }));
    }
    let (m, d) = s.split_once('-')?;
    let (m, d): (i8, i8) = (m.parse().ok()?, d.parse().ok()?);
    // 2024 is a leap year, so 02-29 is allowed.
    jiff::civil::Date::new(2024, m, d).ok().map(|_| (m, d))
}

fn session(ctx: &mut FileCtx, field: &str, raw: &RawSession, refs: &Refs) -> Option<Session> {
    ctx.non_empty(&format!("{field}.titel"), &raw.titel);
    let time = match TimeRange::parse(&raw.tijd) {
        Ok(t) => Some(t),
        Err(m) => {
            ctx.error(
                &format!("{field}.tijd"),
                m,
                "write the time as `13.00-16.00`",
            );
            None
        }
    };
    if raw.partner.is_some() && !raw.partners.is_empty() {
        ctx.error(
            &format!("{field}.partners"),
            "this spreekuur has both `partner` and `partners`",
            "put all partners in one list under `partners:`",
        );
    }
    let (key, names): (&str, Vec<String>) = match &raw.partner {
        Some(p) => ("partner", p.0.clone()),
        None => ("partners", raw.partners.clone()),
    };
    let mut partner_ok = true;
    let mut partners = Vec::new();
    for (i, p) in names.iter().enumerate() {
        let f = if key == "partner" && names.len() == 1 {
            format!("{field}.partner")
        } else {
            format!("{field}.{key}[{i}]")
        };
        partner_ok &= ctx.reference(&f, p, refs.partners, "partner", "partners");
        if !partners.contains(p) {
            partners.push(p.clone());
        }
    }
    let theme_ok = raw.thema.as_ref().is_none_or(|t| {
        ctx.reference(&format!("{field}.thema"), t, refs.themes, "theme", "themas")
    });
    let repeat = session_repeat(ctx, field, raw)?;
    let period = session_period(ctx, field, raw);
    let season = session_season(ctx, field, raw);
    let mut not_during = Vec::new();
    for (i, c) in raw.niet_tijdens.iter().enumerate() {
        if let Some(cal) = calendar_ref(ctx, &format!("{field}.niet_tijdens[{i}]"), c, refs) {
            not_during.push(cal.clone());
        }
    }
    let address = raw
        .adres
        .as_ref()
        .and_then(|a| ctx.address(&format!("{field}.adres"), a));
    let mut places: Vec<(jiff::civil::Date, crate::model::Address)> = raw
        .adres_per_datum
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            ctx.address(&format!("{field}.adres_per_datum[{i}].adres"), &p.adres)
                .map(|a| (p.datum, a))
        })
        .collect();
    places.sort_by_key(|(d, _)| *d);
    if matches!(raw.afspraak, RawVisit::Afspraak | RawVisit::Beide) && raw.uitleg.is_none() {
        ctx.error(
            &format!("{field}.afspraak"),
            "this spreekuur needs an appointment but does not say how to make one",
            "add `uitleg:`, for example \"Bel 013 542 1234 voor een afspraak.\"",
        );
    }
    if !(partner_ok && theme_ok) {
        return None;
    }
    let repeat = repeat?;
    let mut cancelled = raw.vervalt.clone();
    cancelled.sort();
    cancelled.dedup();
    let mut extra = raw.extra.clone();
    extra.sort();
    extra.dedup();
    let session = Session {
        title: raw.titel.clone(),
        partners,
        theme: raw.thema.clone(),
        repeat,
        time: time?,
        period,
        season,
        not_during,
        visit: visit(raw.afspraak),
        note: raw.uitleg.clone(),
        address,
        places,
        cancelled,
        extra,
    };
    check_session_dates(ctx, field, raw, &session);
    Some(session)
}

/// The rule of a spreekuur (`herhaling` with `dag`, `vanaf` or `data`): None when the
/// spreekuur cannot be read further, Some(None) when the rule has a problem (reported).
fn session_repeat(ctx: &mut FileCtx, field: &str, raw: &RawSession) -> Option<Option<Repeat>> {
    let f_dag = format!("{field}.dag");
    let weekdays = weekdays(ctx, &f_dag, &raw.dag)?;
    let kinds = &raw.herhaling.0;
    let f_rep = format!("{field}.herhaling");
    let nth = |r: &RawRepeat| match r {
        RawRepeat::Eerste => Some(Nth::First),
        RawRepeat::Tweede => Some(Nth::Second),
        RawRepeat::Derde => Some(Nth::Third),
        RawRepeat::Vierde => Some(Nth::Fourth),
        RawRepeat::Laatste => Some(Nth::Last),
        _ => None,
    };
    let kind = match kinds.as_slice() {
        [] => {
            ctx.error(
                &f_rep,
                "the list of `herhaling` is empty",
                "write for example `herhaling: elke-week`",
            );
            return None;
        }
        [one] => *one,
        many if many.iter().all(|r| nth(r).is_some()) => RawRepeat::Eerste,
        _ => {
            ctx.error(
                &f_rep,
                "only weeks of the month can be combined in a list",
                "write for example `herhaling: [eerste, derde]`, or one value like `elke-week`",
            );
            return None;
        }
    };
    if raw.vanaf.is_some() && kind != RawRepeat::OmDeWeek {
        ctx.error(
            &format!("{field}.vanaf"),
            "`vanaf` is only used with `herhaling: om-de-week`",
            "remove `vanaf`, or use `periode: {van: ...}` for a start date",
        );
    }
    if raw.data.is_some() && kind != RawRepeat::Data {
        ctx.error(
            &format!("{field}.data"),
            "`data` is only used with `herhaling: data`",
            "add `herhaling: data`, or remove `data`",
        );
    }
    let needs_weekday = !matches!(kind, RawRepeat::OmDeWeek | RawRepeat::Data);
    if needs_weekday && weekdays.is_empty() {
        ctx.error(
            &f_dag,
            "this spreekuur has no weekday",
            "add `dag:` with a weekday, for example `dag: donderdag`",
        );
    }
    let one_day = weekdays.len() <= 1;
    if !one_day && matches!(kind, RawRepeat::OmDeWeek | RawRepeat::Data) {
        ctx.error(
            &f_dag,
            "this kind of `herhaling` takes one weekday",
            "write one weekday, or make a spreekuur per weekday",
        );
    }
    let weekday = weekdays.first().copied();
    let some = |r: Repeat| (!weekdays.is_empty()).then_some(r);
    let repeat = match kind {
        RawRepeat::ElkeWeek => some(Repeat::Weekly {
            weekdays: weekdays.clone(),
        }),
        RawRepeat::EvenWeken | RawRepeat::OnevenWeken => some(Repeat::AlternateIsoWeeks {
            weekdays: weekdays.clone(),
            even: kind == RawRepeat::EvenWeken,
        }),
        RawRepeat::Eerste
        | RawRepeat::Tweede
        | RawRepeat::Derde
        | RawRepeat::Vierde
        | RawRepeat::Laatste => {
            let mut nths: Vec<Nth> = Vec::new();
            for n in kinds.iter().filter_map(nth) {
                if !nths.contains(&n) {
                    nths.push(n);
                }
            }
            nths.sort_by_key(|n| *n as u8);
            some(Repeat::Monthly {
                weekdays: weekdays.clone(),
                nths,
            })
        }
        RawRepeat::OmDeWeek => match (raw.vanaf, weekday) {
            (None, _) => {
                ctx.error(&f_rep, "`om-de-week` needs a first date", "add `vanaf:` with the date of the first spreekuur, for example `vanaf: 2026-09-01`");
                None
            }
            (Some(from), Some(w)) if from.weekday() != w => {
                let msg = format!(
                    "{from} is a {}, not a {}",
                    crate::dutch::weekday_name(from.weekday()),
                    crate::dutch::weekday_name(w)
                );
                ctx.error(
                    &format!("{field}.vanaf"),
                    msg,
                    "make `vanaf` a date on the weekday of `dag`",
                );
                None
            }
            (Some(from), _) => Some(Repeat::EveryOtherWeek { from }),
        },
        RawRepeat::Data => match &raw.data {
            Some(dates) if !dates.is_empty() => {
                let mut dates = dates.clone();
                dates.sort();
                dates.dedup();
                if let Some(w) = weekday {
                    if let Some(d) = dates.iter().find(|d| d.weekday() != w) {
                        let msg = format!("{d} is not a {}", crate::dutch::weekday_name(w));
                        ctx.error(
                            &format!("{field}.data"),
                            msg,
                            "correct the date, or remove `dag` (the dates say the day)",
                        );
                    }
                }
                Some(Repeat::Dates { dates })
            }
            _ => {
                ctx.error(
                    &f_rep,
                    "`herhaling: data` needs a list of dates",
                    "add `data:` with one date per line, for example `- 2026-12-03`",
                );
                None
            }
        },
    };
    Some(repeat)
}

/// The `periode` of a spreekuur (either end may be open).
fn session_period(ctx: &mut FileCtx, field: &str, raw: &RawSession) -> Option<Bounds> {
    match &raw.periode {
        None => None,
        Some(RawOpenPeriod {
            van: None,
            tot: None,
        }) => {
            ctx.error(
                &format!("{field}.periode"),
                "the period has no `van` and no `tot`",
                "write `van:` for a start date, `tot:` for an end date, or both",
            );
            None
        }
        Some(RawOpenPeriod {
            van: Some(v),
            tot: Some(t),
        }) => ctx
            .period(&format!("{field}.periode"), &RawPeriod { van: *v, tot: *t })
            .map(|p| Bounds {
                from: Some(p.from),
                until: Some(p.until),
            }),
        Some(p) => Some(Bounds {
            from: p.van,
            until: p.tot,
        }),
    }
}

/// The `seizoen` of a spreekuur: the part of each year it is held.
fn session_season(ctx: &mut FileCtx, field: &str, raw: &RawSession) -> Option<Season> {
    raw.seizoen.as_ref().and_then(|s| {
        let f = format!("{field}.seizoen");
        let from = month_day(&s.van, false);
        let until = month_day(&s.tot, true);
        for (part, v, ok) in [
            ("van", &s.van, from.is_some()),
            ("tot", &s.tot, until.is_some()),
        ] {
            if !ok {
                ctx.error(
                    &format!("{f}.{part}"),
                    format!("`{v}` is not a month or a month and day"),
                    "write a month like `september`, or month-day like `09-15` for 15 September",
                );
            }
        }
        Some(Season {
            from: from?,
            until: until?,
        })
    })
}

/// Dates in `vervalt`, `extra` and `adres_per_datum` that do not fit the spreekuur's rule.
fn check_session_dates(ctx: &mut FileCtx, field: &str, raw: &RawSession, session: &Session) {
    for (i, d) in raw.vervalt.iter().enumerate() {
        if !session.rule_matches(*d) {
            ctx.error(
                &format!("{field}.vervalt[{i}]"),
                format!("{d} is not a date of this spreekuur"),
                format!(
                    "check the date: the spreekuur is {}",
                    crate::dutch::lower_first(&session.repeat.dutch(*d))
                ),
            );
        }
    }
    for (i, d) in raw.extra.iter().enumerate() {
        if session.rule_matches(*d) {
            ctx.error(
                &format!("{field}.extra[{i}]"),
                format!("{d} is already a date of this spreekuur"),
                "remove it from `extra`",
            );
        }
    }
    for (i, p) in raw.adres_per_datum.iter().enumerate() {
        if !(session.rule_matches(p.datum) || session.extra.contains(&p.datum)) {
            ctx.error(
                &format!("{field}.adres_per_datum[{i}].datum"),
                format!("{} is not a date of this spreekuur", p.datum),
                "use a date of the spreekuur, or add it to `extra`",
            );
        }
    }
}

/// A calendar named by `niet_tijdens`.
fn calendar_ref<'r>(
    ctx: &mut FileCtx,
    field: &str,
    name: &str,
    refs: &'r Refs,
) -> Option<&'r Calendar> {
    let known: BTreeSet<&str> = refs.calendars.keys().map(String::as_str).collect();
    ctx.reference(field, name, &known, "calendar", "kalenders")
        .then(|| refs.calendars.get(name))
        .flatten()
}

/// A closure calendar file (`content/kalenders/<naam>.yaml`).
fn calendar(ctx: &mut FileCtx, slug: &str, raw: RawCalendar) -> Option<Calendar> {
    ctx.non_empty("naam", &raw.naam);
    let mut periods = Vec::new();
    for (i, p) in raw.perioden.iter().enumerate() {
        let f = format!("perioden[{i}]");
        ctx.non_empty(&format!("{f}.naam"), &p.naam);
        if let Some(x) = ctx.period(
            &f,
            &RawPeriod {
                van: p.van,
                tot: p.tot,
            },
        ) {
            periods.push(Closure {
                from: x.from,
                until: x.until,
                reason: p.naam.trim().to_string(),
            });
        }
    }
    periods.sort_by_key(|c| (c.from, c.until));
    Some(Calendar {
        slug: slug.to_string(),
        phrase: raw.naam.trim().to_string(),
        periods,
    })
}

fn visit(v: RawVisit) -> Visit {
    match v {
        RawVisit::Inloop => Visit::WalkIn,
        RawVisit::Afspraak => Visit::Appointment,
        RawVisit::Beide => Visit::Either,
    }
}

fn location(ctx: &mut FileCtx, slug: &str, refs: &Refs) -> Option<Location> {
    let raw: RawLocation = ctx.parse()?;
    if raw.laatst_gecontroleerd > refs.today {
        ctx.error(
            "laatst_gecontroleerd",
            format!("the date {} is in the future", raw.laatst_gecontroleerd),
            format!(
                "write the day you last checked this information: today ({}) or earlier",
                refs.today
            ),
        );
    }
    ctx.non_empty("naam", &raw.naam);
    ctx.non_empty("organisatie", &raw.organisatie);
    if let Some(g) = &raw.gemeente {
        ctx.non_empty("gemeente", g);
    }
    let area = area(ctx, &raw);
    let (kind, venue) = kind_and_venue(ctx, &raw);
    let period = raw.periode.as_ref().and_then(|p| ctx.period("periode", p));
    let address = match &raw.adres {
        Some(a) => ctx.address("adres", a),
        None if kind != Kind::Telephone => {
            ctx.error(
                "adres",
                "this location has no address",
                "add `adres:` with `straat`, `postcode` and `plaats`",
            );
            None
        }
        None => None,
    };
    let coordinates = match raw.coordinaten {
        Some(c) => ctx.check("coordinaten", check::coordinates(c.lat, c.lon)),
        None if raw.adres.is_some() => {
            ctx.error(
                "coordinaten",
                "the location has an address but no coordinates",
                "add `coordinaten:` with `lat:` and `lon:` (copy them from a map)",
            );
            None
        }
        None => None,
    };
    let phone = ctx.check_opt(
        "contact.telefoon",
        raw.contact.telefoon.as_ref(),
        check::phone,
    );
    let email = ctx.check_opt("contact.email", raw.contact.email.as_ref(), check::email);
    let website = ctx.check_opt(
        "contact.website",
        raw.contact.website.as_ref(),
        check::web_url,
    );
    if kind == Kind::Telephone && raw.contact.telefoon.is_none() {
        ctx.error(
            "contact",
            "a `telefonisch` location needs a phone number",
            "add `telefoon:` under `contact:`",
        );
    }
    if raw.afspraak.soort != RawVisit::Inloop && raw.afspraak.uitleg.is_none() {
        ctx.error(
            "afspraak",
            "people need an appointment, but the page does not say how to make one",
            "add `uitleg:` under `afspraak:`, for example \"Bel ons of vraag het aan de balie.\"",
        );
    }

    let mut themes = references(ctx, "themas", &raw.themas, refs.themes, "theme");
    let mut partners = references(ctx, "partners", &raw.partners, refs.partners, "partner");
    let mut languages = Vec::new();
    for (i, code) in raw.talen.iter().enumerate() {
        if let Some(name) = ctx.check(&format!("talen[{i}]"), check::language(code)) {
            languages.push(Language {
                code: code.trim().to_lowercase(),
                name: name.to_string(),
            });
        }
    }
    let hours = week(ctx, "openingstijden", &raw.openingstijden);
    let holidays_open = holidays_open(ctx, &raw.feestdagen_open);
    let closures = closures(ctx, &raw.gesloten);
    let mut calendars = Vec::new();
    for (i, c) in raw.niet_tijdens.iter().enumerate() {
        if let Some(cal) = calendar_ref(ctx, &format!("niet_tijdens[{i}]"), c, refs) {
            calendars.push(cal.clone());
        }
    }
    let special = special_days(ctx, &raw.andere_tijden);
    let sessions: Vec<Session> = raw
        .spreekuren
        .iter()
        .enumerate()
        .filter_map(|(i, s)| session(ctx, &format!("spreekuren[{i}]"), s, refs))
        .collect();
    // Partners and themes of spreekuren count as present at the location.
    for s in &sessions {
        for p in &s.partners {
            if !partners.contains(p) {
                partners.push(p.clone());
            }
        }
        if let Some(t) = &s.theme {
            if !themes.contains(t) {
                themes.push(t.clone());
            }
        }
    }
    if hours.is_empty() && raw.spreekuren.is_empty() {
        ctx.error(
            "openingstijden",
            "this location has no opening hours and no spreekuren",
            "add `openingstijden:` per weekday, or at least one spreekuur",
        );
    }
    let accessibility = accessibility(&raw.toegankelijkheid);
    Some(Location {
        slug: slug.to_string(),
        source: ctx.path.to_path_buf(),
        gemeente_slug: raw.gemeente.as_deref().map(url_slug),
        name: raw.naam,
        organisation: raw.organisatie,
        kind,
        venue,
        information_point: raw.informatieplein,
        period,
        address,
        gemeente: raw.gemeente.as_deref().map(|g| g.trim().to_string()),
        area,
        coordinates,
        phone,
        email,
        website,
        visit: visit(raw.afspraak.soort),
        visit_note: raw.afspraak.uitleg,
        themes,
        partners,
        accessibility,
        languages,
        last_checked: raw.laatst_gecontroleerd,
        schedule: Schedule {
            week: hours,
            holidays_open,
            closures,
            calendars,
            special,
            period,
            sessions,
        },
        body_html: ctx.body_html(),
        translations: ctx.translations(&raw.vertalingen, |ctx, field, t| {
            crate::model::LocationText {
                body_html: t
                    .tekst
                    .as_deref()
                    .map(|m| ctx.markdown(m, &format!("{field}.tekst"))),
                visit_note: t.afspraak.clone(),
                inside: t.waar.clone(),
            }
        }),
        media: std::mem::take(&mut ctx.media),
    })
}

/// What kind of location it is (`soort`, and for a partner's venue `plek`), with what
/// each kind needs besides.
fn kind_and_venue(ctx: &mut FileCtx, raw: &RawLocation) -> (Kind, Option<Venue>) {
    let kind = match raw.soort {
        RawKind::Bibliotheekbalie => Kind::LibraryDesk,
        RawKind::HeleBibliotheek => Kind::WholeLibrary,
        RawKind::Informatieplein => Kind::InformationPoint,
        RawKind::Partnerlocatie => Kind::PartnerVenue,
        RawKind::Mobiel => Kind::Mobile,
        RawKind::Telefonisch => Kind::Telephone,
        RawKind::PopUp => Kind::PopUp,
    };
    let venue = raw.plek.map(|v| match v {
        RawVenue::Bibliotheek => Venue::Library,
        RawVenue::Winkelrestaurant => Venue::StoreRestaurant,
        RawVenue::Supermarkt => Venue::Supermarket,
        RawVenue::Ziekenhuis => Venue::Hospital,
        RawVenue::Buurthuis => Venue::CommunityCentre,
        RawVenue::Zorgcentrum => Venue::CareHome,
        RawVenue::Gemeentehuis => Venue::TownHall,
        RawVenue::Markt => Venue::Market,
        RawVenue::Anders => Venue::Other,
    });
    if kind == Kind::PartnerVenue && venue.is_none() {
        ctx.error(
            "soort",
            "a `partnerlocatie` needs the kind of place",
            "add `plek:`, for example `plek: supermarkt` or `plek: ziekenhuis`",
        );
    }
    if kind == Kind::InformationPoint && raw.informatieplein.is_none() {
        ctx.error(
            "soort",
            "an `informatieplein` location needs the name of the plein",
            "add `informatieplein:`, for example `informatieplein: SamenWerkplein`",
        );
    }
    if kind == Kind::PopUp && raw.periode.is_none() {
        ctx.error(
            "soort",
            "a `pop-up` needs the period it is open",
            "add `periode:` with `van:` and `tot:` dates",
        );
    }
    (kind, venue)
}

/// The slugs in `list` (the field `field`) that name a known theme or partner (`what`,
/// whose files are in the folder named like `field`), each once; the others are
/// reported.
fn references(
    ctx: &mut FileCtx,
    field: &str,
    list: &[String],
    known: &BTreeSet<&str>,
    what: &str,
) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (i, slug) in list.iter().enumerate() {
        if ctx.reference(&format!("{field}[{i}]"), slug, known, what, field)
            && !found.contains(slug)
        {
            found.push(slug.clone());
        }
    }
    found
}

/// A location's `toegankelijkheid`.
fn accessibility(a: &RawAccessibility) -> Accessibility {
    Accessibility {
        step_free: a.drempelvrij.map(|j| j.0),
        lift: a.lift.map(|j| j.0),
        toilet: a.toilet.map(|j| j.0),
        hearing_loop: a.ringleiding.map(|j| j.0),
        parking: a.parkeren.clone(),
        public_transport: a.ov.clone(),
    }
}

/// `werkgebied`, checked: `landelijk` or a list of gemeenten. Without it, the location
/// needs its `gemeente`; a location with an address always does.
fn area(ctx: &mut FileCtx, raw: &RawLocation) -> Area {
    const HINT: &str = "write `werkgebied: landelijk` for the whole country, or a list of the gemeenten it serves, for example `werkgebied: [Tilburg, Goirle]`";
    let area = match &raw.werkgebied {
        None => Area::Local,
        Some(RawArea::One(s)) if s.trim().eq_ignore_ascii_case("landelijk") => Area::National,
        Some(RawArea::One(s)) => {
            ctx.error(
                "werkgebied",
                format!("`{}` is not a werkgebied", s.trim()),
                format!(
                    "write `landelijk` for the whole country; for one or more gemeenten write a list, for example `werkgebied: [{}]`",
                    s.trim()
                ),
            );
            Area::Local
        }
        Some(RawArea::Many(list)) if list.is_empty() => {
            ctx.error("werkgebied", "the list of gemeenten is empty", HINT);
            Area::Local
        }
        Some(RawArea::Many(list)) => {
            let mut out: Vec<(String, String)> = Vec::new();
            for (i, g) in list.iter().enumerate() {
                let name = g.trim();
                if name.is_empty() {
                    ctx.non_empty(&format!("werkgebied[{i}]"), g);
                } else if name.eq_ignore_ascii_case("landelijk") {
                    ctx.error(
                        &format!("werkgebied[{i}]"),
                        "`landelijk` is not a gemeente",
                        "for the whole country write `werkgebied: landelijk`, without a list",
                    );
                } else if !out.iter().any(|(_, s)| *s == url_slug(name)) {
                    out.push((name.to_string(), url_slug(name)));
                }
            }
            Area::Region(out)
        }
    };
    if raw.gemeente.is_none() {
        if raw.adres.is_some() {
            ctx.error(
                "gemeente",
                "this location has an address but no gemeente",
                "add `gemeente:`, the gemeente of the address",
            );
        } else if raw.werkgebied.is_none() {
            ctx.error(
                "gemeente",
                "this location has no gemeente",
                format!("add `gemeente:`, the gemeente where it is. A service without a place of its own can say whom it serves instead: {HINT}"),
            );
        }
    }
    area
}

/// A partner may be a `.md` or a `.yaml` file, not both.
fn check_duplicates(files: &FileList, problems: &mut Problems) {
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for (slug, path) in files {
        if let Some(first) = seen.insert(slug, path) {
            problems.push(
                ContentError::new(
                    path,
                    "",
                    format!("`{slug}` is also defined in {}", first.display()),
                )
                .hint("keep one of the two files"),
            );
        }
    }
}

/// The same gemeente must be spelled the same everywhere (one page per gemeente), also
/// in a `werkgebied`.
fn check_gemeenten(locations: &[Location], problems: &mut Problems) {
    let differs = |loc: &Location, field: &str, name: &str, first: &Location| {
        let text = read_to_string(&loc.source).unwrap_or_default();
        let at = ctx_positions(&loc.source, &text).of(field);
        ContentError::new(
            &loc.source,
            field,
            format!(
                "`{name}` is written differently in {}",
                first.source.display()
            ),
        )
        .at(at)
        .hint(format!(
            "write `{}`, as in the other file",
            first.gemeente.as_deref().unwrap_or_default()
        ))
    };
    let mut names: BTreeMap<&str, &Location> = BTreeMap::new();
    for loc in locations {
        let (Some(name), Some(slug)) = (&loc.gemeente, &loc.gemeente_slug) else {
            continue;
        };
        match names.get(slug.as_str()) {
            Some(first) if first.gemeente.as_ref() != Some(name) => {
                problems.push(differs(loc, "gemeente", name, first));
            }
            Some(_) => {}
            None => {
                names.insert(slug, loc);
            }
        }
    }
    for loc in locations {
        if let Area::Region(list) = &loc.area {
            for (i, (name, slug)) in list.iter().enumerate() {
                if let Some(first) = names.get(slug.as_str()) {
                    if first.gemeente.as_ref() != Some(name) {
                        problems.push(differs(loc, &format!("werkgebied[{i}]"), name, first));
                    }
                }
            }
        }
    }
}

/// Check a base URL given on the command line; returns it ending in `/`.
pub fn base_url(s: &str) -> Result<String, String> {
    let mut u =
        check::base_url(s).map_err(|i| format!("--base-url: {} ({})", i.message, i.hint))?;
    if !u.ends_with('/') {
        u.push('/');
    }
    Ok(u)
}

pub use crate::routes::url_slug;

/// Whether a name can be a content file name (for imports).
pub fn check_slug(s: &str) -> Result<(), String> {
    check::slug(s).map_err(|i| i.message)
}

fn ctx_positions(path: &Path, text: &str) -> Positions {
    yaml::split_front_matter(path, text)
        .map(|f| Positions::index(&f.doc))
        .unwrap_or_default()
}

/// Read one changed location file against the rest of the site (for `ido serve`).
pub fn reload_location(
    site: &Site,
    path: &Path,
    today: jiff::civil::Date,
) -> Result<Location, Error> {
    let slug = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = read_content(path)?.map_err(|e| Error::Content(Problems(vec![e])))?;
    let mut ctx = FileCtx::new(path, &text);
    let partners: BTreeSet<&str> = site.partners.iter().map(|p| p.slug.as_str()).collect();
    let themes: BTreeSet<&str> = site.themes.iter().map(|t| t.slug.as_str()).collect();
    // The calendars are read again: they are small, and may have changed too.
    let mut calendar_problems = Problems::default();
    let dir = path
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    let calendars = calendar_files(dir, &mut calendar_problems, None)?;
    let refs = Refs {
        partners: &partners,
        themes: &themes,
        today,
        calendars: &calendars,
    };
    let loc = ctx
        .prepare()
        .and_then(|()| location(&mut ctx, &slug, &refs));
    let mut problems = ctx.problems;
    problems.extend(calendar_problems);
    if let Some(l) = &loc {
        // The gemeente must be spelled as in the other files.
        if let Some(other) = site.locations.iter().find(|o| {
            o.slug != l.slug
                && o.gemeente_slug.is_some()
                && o.gemeente_slug == l.gemeente_slug
                && o.gemeente != l.gemeente
        }) {
            problems.push(
                ContentError::new(
                    path,
                    "gemeente",
                    format!(
                        "`{}` is written differently in {}",
                        l.gemeente.as_deref().unwrap_or_default(),
                        other.source.display()
                    ),
                )
                .at(ctx_positions(path, &text).of("gemeente"))
                .hint(format!(
                    "write `{}`, as in the other file",
                    other.gemeente.as_deref().unwrap_or_default()
                )),
            );
        }
    }
    match loc {
        Some(l) if problems.is_empty() => Ok(l),
        _ => Err(Error::Content(problems.sorted())),
    }
}
