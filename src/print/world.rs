//! The typst world the print templates compile in: the house-style fonts, the templates
//! of `templates/print/`, logos, and per product a data file and a QR code.

use std::collections::BTreeMap;
use std::path::Path;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::error::Error;

/// Everything products share, loaded once per build.
pub struct Engine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// Templates by virtual path (`/flyer.typ`).
    sources: BTreeMap<String, Source>,
    /// Other files (logos) by virtual path (`/logo/ido.svg`).
    files: BTreeMap<String, Bytes>,
    today: jiff::civil::Date,
}

/// One product: the engine plus its own data, QR code and main template.
pub struct ProductWorld<'a> {
    engine: &'a Engine,
    main: FileId,
    data: Bytes,
    qr: Bytes,
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl Engine {
    /// Load the fonts, templates (`*.typ` in `dir`) and extra files.
    pub fn new(
        fonts: &[&Path],
        dir: &Path,
        files: BTreeMap<String, Vec<u8>>,
        today: jiff::civil::Date,
    ) -> Result<Engine, Error> {
        let mut loaded = Vec::new();
        for path in fonts {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let before = loaded.len();
            loaded.extend(Font::iter(Bytes::new(bytes)));
            if loaded.len() == before {
                return Err(Error::Template {
                    name: "print".into(),
                    message: format!(
                        "{}: not a font typst can read (use a TTF or OTF file)",
                        path.display()
                    ),
                });
            }
        }
        let mut sources = BTreeMap::new();
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        for entry in entries {
            let path = entry.map_err(|e| Error::io(dir, e))?.path();
            if path.extension().is_some_and(|e| e == "typ") {
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                let name = format!(
                    "/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                let id = file_id(&name).ok_or_else(|| Error::Template {
                    name: format!("print{name}"),
                    message: "not a usable template file name".into(),
                })?;
                sources.insert(name, Source::new(id, text));
            }
        }
        Ok(Engine {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&loaded)),
            fonts: loaded,
            sources,
            files: files.into_iter().map(|(k, v)| (k, Bytes::new(v))).collect(),
            today,
        })
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.sources.contains_key(&format!("/{name}"))
    }

    /// The source text of every template and the bytes of every file, for cache keys.
    pub fn fingerprint(&self, hasher: &mut xxhash_rust::xxh3::Xxh3) {
        for (name, source) in &self.sources {
            hasher.update(name.as_bytes());
            hasher.update(source.text().as_bytes());
        }
        for (name, bytes) in &self.files {
            hasher.update(name.as_bytes());
            hasher.update(bytes);
        }
        for font in &self.fonts {
            hasher.update(font.data());
        }
    }

    /// Characters of `text` that no loaded font can show (typst would print an empty box).
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace())
            .filter(|c| {
                !self
                    .fonts
                    .iter()
                    .any(|f| f.info().coverage.contains(*c as u32))
            })
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }

    /// The world of one product whose main file is `template` (`None` if there is no such
    /// template; `Printer::new` checks they all exist).
    pub fn world<'a>(
        &'a self,
        template: &str,
        data: Vec<u8>,
        qr: Bytes,
    ) -> Option<ProductWorld<'a>> {
        Some(ProductWorld {
            engine: self,
            main: self.sources.get(&format!("/{template}"))?.id(),
            data: Bytes::new(data),
            qr,
        })
    }
}

impl World for ProductWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let path = id.get().vpath().get_with_slash();
        self.engine
            .sources
            .get(path)
            .cloned()
            .ok_or_else(|| FileError::NotFound(path.into()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let path = id.get().vpath().get_with_slash();
        match path {
            "/data.json" => Ok(self.data.clone()),
            "/qr.svg" => Ok(self.qr.clone()),
            _ => self
                .engine
                .files
                .get(path)
                .cloned()
                .or_else(|| {
                    self.engine
                        .sources
                        .get(path)
                        .map(|s| Bytes::from_string(s.text().to_string()))
                })
                .ok_or_else(|| FileError::NotFound(path.into())),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        let d = self.engine.today;
        Datetime::from_ymd(i32::from(d.year()), d.month() as u8, d.day() as u8)
    }
}
