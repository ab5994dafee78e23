//! Locations to and from a spreadsheet (CSV, one row per location), for staff who keep
//! their data in Excel or LibreOffice. `export` writes the values as they stand in the
//! files; `import` checks every cell (row and column in each message), then updates or
//! creates location files, writing only files whose values changed, so an export
//! followed by an import changes nothing. Spreekuren, closures, other hours and the free
//! text are not in the sheet; import keeps them from the existing file. Before writing,
//! import loads the content as it would be after the import (in a temporary copy) and
//! writes nothing if any file it makes or changes would not build.
//!
//! Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
//! tab or a carriage return) are exported with a `'` in front, as OWASP advises against
//! CSV injection; import removes it again. Import accepts `,`, `;` (Dutch Excel) and tab
//! as separator, and a UTF-8 byte order mark.

use std::path::{Path, PathBuf};

use crate::content::raw::{
    JaNee, RawAccessibility, RawAddress, RawAppointment, RawArea, RawContact, RawCoordinates,
    RawDay, RawKind, RawLocation, RawPeriod, RawVenue, RawVisit, RawWeek,
};
use crate::content::yaml::{self, Document};
use crate::error::{did_you_mean, read_to_string, ContentError, Error, Problems};

/// The columns, in order.
pub const COLUMNS: &[&str] = &[
    "bestand",
    "naam",
    "organisatie",
    "soort",
    "plek",
    "informatieplein",
    "straat",
    "postcode",
    "plaats",
    "waar",
    "gemeente",
    "lat",
    "lon",
    "telefoon",
    "email",
    "website",
    "afspraak",
    "afspraak_uitleg",
    "themas",
    "partners",
    "talen",
    "drempelvrij",
    "lift",
    "toilet",
    "ringleiding",
    "parkeren",
    "ov",
    "laatst_gecontroleerd",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "periode_van",
    "periode_tot",
    "werkgebied",
];

fn key<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn day_cell(d: &Option<RawDay>) -> String {
    match d {
        None => String::new(),
        Some(RawDay::One(s)) => s.clone(),
        Some(RawDay::Many(list)) => list.join(", "),
    }
}

fn ja_nee(v: Option<JaNee>) -> String {
    v.map(|j| if j.0 { "ja" } else { "nee" }.to_string())
        .unwrap_or_default()
}

fn num(v: f64) -> String {
    // Shortest form that reads back to the same number.
    format!("{v}")
}

/// One location as a row.
pub fn row(slug: &str, l: &RawLocation) -> Vec<String> {
    let a = l.adres.as_ref();
    let c = l.coordinaten;
    let t = &l.toegankelijkheid;
    let w = &l.openingstijden;
    vec![
        slug.to_string(),
        l.naam.clone(),
        l.organisatie.clone(),
        key(&l.soort),
        l.plek.map(|p| key(&p)).unwrap_or_default(),
        l.informatieplein.clone().unwrap_or_default(),
        a.map(|a| a.straat.clone()).unwrap_or_default(),
        a.map(|a| a.postcode.clone()).unwrap_or_default(),
        a.map(|a| a.plaats.clone()).unwrap_or_default(),
        a.and_then(|a| a.waar.clone()).unwrap_or_default(),
        l.gemeente.clone().unwrap_or_default(),
        c.map(|c| num(c.lat)).unwrap_or_default(),
        c.map(|c| num(c.lon)).unwrap_or_default(),
        l.contact.telefoon.clone().unwrap_or_default(),
        l.contact.email.clone().unwrap_or_default(),
        l.contact.website.clone().unwrap_or_default(),
        key(&l.afspraak.soort),
        l.afspraak.uitleg.clone().unwrap_or_default(),
        l.themas.join(", "),
        l.partners.join(", "),
        l.talen.join(", "),
        ja_nee(t.drempelvrij),
        ja_nee(t.lift),
        ja_nee(t.toilet),
        ja_nee(t.ringleiding),
        t.parkeren.clone().unwrap_or_default(),
        t.ov.clone().unwrap_or_default(),
        l.laatst_gecontroleerd.to_string(),
        day_cell(&w.maandag),
        day_cell(&w.dinsdag),
        day_cell(&w.woensdag),
        day_cell(&w.donderdag),
        day_cell(&w.vrijdag),
        day_cell(&w.zaterdag),
        day_cell(&w.zondag),
        l.periode
            .as_ref()
            .map(|p| p.van.to_string())
            .unwrap_or_default(),
        l.periode
            .as_ref()
            .map(|p| p.tot.to_string())
            .unwrap_or_default(),
        match &l.werkgebied {
            None => String::new(),
            Some(RawArea::One(s)) => s.clone(),
            Some(RawArea::Many(list)) => list.join(", "),
        },
    ]
}

/// Read the front matter of a location file as written.
fn read_location(path: &Path) -> Result<(RawLocation, String, String), Error> {
    let text = read_to_string(path)?;
    let fm =
        yaml::split_front_matter(path, &text).map_err(|e| Error::Content(Problems(vec![e])))?;
    let raw: RawLocation =
        yaml::parse(path, &fm.doc).map_err(|e| Error::Content(Problems(vec![e])))?;
    Ok((raw, fm.doc.yaml.to_string(), fm.body.to_string()))
}

fn location_files(content: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let dir = content.join("locaties");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
        let p = e.map_err(|e| Error::io(&dir, e))?.path();
        if p.extension().is_some_and(|x| x == "md") {
            out.push((
                p.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                p,
            ));
        }
    }
    out.sort();
    Ok(out)
}

/// Every location as CSV (a header row, then one row per file, by file name).
pub fn export(content: &Path) -> Result<String, Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::io("csv", std::io::Error::other(e));
    w.write_record(COLUMNS).map_err(csv_err)?;
    for (slug, path) in location_files(content)? {
        let (raw, _, _) = read_location(&path)?;
        let cells: Vec<String> = row(&slug, &raw).iter().map(|c| defuse(c)).collect();
        w.write_record(cells).map_err(csv_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::io("csv", std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell, after any leading `'`, starts like a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// A cell safe to open in a spreadsheet: one that would start a formula gets a `'` in
/// front (so does one that already starts with `'` before such a character, so that
/// [`undefuse`] gives back exactly the value).
pub fn defuse(cell: &str) -> String {
    if formula_like(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The value of a cell written by [`defuse`].
pub fn undefuse(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

/// The separator of a CSV file, read from its header line: the most frequent of `,`, `;`
/// and tab outside quotes (`,` when none occurs).
fn separator(header: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in counts.iter_mut() {
                if b == *sep {
                    *n += 1;
                }
            }
        }
    }
    // max_by_key keeps the last of equal counts: list `,` last so it wins ties.
    counts.reverse();
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(sep, _)| *sep)
}

fn separator_name(sep: u8) -> &'static str {
    match sep {
        b';' => "`;` (semicolon)",
        b'\t' => "tab",
        _ => "`,` (comma)",
    }
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: Vec<PathBuf>,
    pub updated: Vec<PathBuf>,
    pub unchanged: usize,
}

struct Cells<'a> {
    csv: &'a Path,
    row: usize,
    record: &'a csv::StringRecord,
    problems: &'a mut Problems,
}

impl Cells<'_> {
    fn get(&self, col: &str) -> String {
        COLUMNS
            .iter()
            .position(|c| *c == col)
            .and_then(|i| self.record.get(i))
            .map(|c| undefuse(c.trim()))
            .unwrap_or("")
            .to_string()
    }
    fn opt(&self, col: &str) -> Option<String> {
        Some(self.get(col)).filter(|s| !s.is_empty())
    }
    fn error(&mut self, col: &str, message: String, hint: impl Into<String>) {
        let column = COLUMNS.iter().position(|c| *c == col).map_or(0, |i| i + 1);
        self.problems.push(
            ContentError::new(self.csv, col, message)
                .at((self.row, column))
                .hint(hint),
        );
    }
    fn list(&self, col: &str) -> Vec<String> {
        self.get(col)
            .split([',', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
    /// A value from a fixed list, as its YAML form.
    fn choice<T: serde::de::DeserializeOwned>(&mut self, col: &str, allowed: &[&str]) -> Option<T> {
        let v = self.get(col);
        if v.is_empty() {
            return None;
        }
        match serde_json::from_value(serde_json::Value::String(v.clone())) {
            Ok(t) => Some(t),
            Err(_) => {
                let hint = did_you_mean(&v, allowed.iter().copied())
                    .unwrap_or_else(|| format!("choose one of: {}", allowed.join(", ")));
                self.error(col, format!("`{v}` is not allowed here"), hint);
                None
            }
        }
    }
    fn date(&mut self, col: &str) -> Option<jiff::civil::Date> {
        let v = self.get(col);
        if v.is_empty() {
            return None;
        }
        match v.parse() {
            Ok(d) => Some(d),
            Err(_) => {
                self.error(
                    col,
                    format!("`{v}` is not a date"),
                    "write year-month-day, for example 2026-10-01",
                );
                None
            }
        }
    }
    fn number(&mut self, col: &str) -> Option<f64> {
        let v = self.get(col);
        match v.replace(',', ".").parse() {
            Ok(n) => Some(n),
            Err(_) if v.is_empty() => None,
            Err(_) => {
                self.error(
                    col,
                    format!("`{v}` is not a number"),
                    "write for example 51.5606",
                );
                None
            }
        }
    }
    fn day(&self, col: &str) -> Option<RawDay> {
        let list = self.list(col);
        match list.len() {
            0 => None,
            1 => Some(RawDay::One(list[0].clone())),
            _ => Some(RawDay::Many(list)),
        }
    }
    fn ja_nee(&mut self, col: &str) -> Option<JaNee> {
        match self.get(col).to_lowercase().as_str() {
            "" => None,
            "ja" | "true" => Some(JaNee(true)),
            "nee" | "false" => Some(JaNee(false)),
            v => {
                let v = v.to_string();
                self.error(
                    col,
                    format!("`{v}` is not ja or nee"),
                    "write ja or nee, or leave the cell empty",
                );
                None
            }
        }
    }
}

const KINDS: &[&str] = &[
    "bibliotheekbalie",
    "hele-bibliotheek",
    "informatieplein",
    "partnerlocatie",
    "mobiel",
    "telefonisch",
    "pop-up",
];
const VENUES: &[&str] = &[
    "bibliotheek",
    "winkelrestaurant",
    "supermarkt",
    "ziekenhuis",
    "buurthuis",
    "zorgcentrum",
    "gemeentehuis",
    "markt",
    "anders",
];
const VISITS: &[&str] = &["inloop", "afspraak", "beide"];

/// The sheet's values laid over `base` (the existing file, or an empty location).
fn merge(cells: &mut Cells, base: Option<RawLocation>) -> Option<RawLocation> {
    let soort: Option<RawKind> = cells.choice("soort", KINDS);
    let plek: Option<RawVenue> = cells.choice("plek", VENUES);
    let afspraak: Option<RawVisit> = cells.choice("afspraak", VISITS);
    let checked = cells.date("laatst_gecontroleerd");
    let (lat, lon) = (cells.number("lat"), cells.number("lon"));
    let (van, tot) = (cells.date("periode_van"), cells.date("periode_tot"));
    let ja = [
        cells.ja_nee("drempelvrij"),
        cells.ja_nee("lift"),
        cells.ja_nee("toilet"),
        cells.ja_nee("ringleiding"),
    ];
    // `werkgebied`: `landelijk`, or the gemeenten separated by commas; a row without
    // the column (an older sheet) keeps what the file says.
    let area = (cells.record.len() >= COLUMNS.len()).then(|| {
        let list = cells.list("werkgebied");
        match list.as_slice() {
            [] => None,
            [one] if one.eq_ignore_ascii_case("landelijk") => Some(RawArea::One(one.clone())),
            _ => Some(RawArea::Many(list)),
        }
    });
    // A service for a region or the whole country may have no gemeente.
    let wide = match &area {
        Some(a) => a.is_some(),
        None => base.as_ref().is_some_and(|b| b.werkgebied.is_some()),
    };
    for col in ["naam", "organisatie", "gemeente"] {
        if cells.get(col).is_empty() && !(col == "gemeente" && wide) {
            cells.error(col, "this cell is empty".into(), "fill it in");
        }
    }
    if checked.is_none() && cells.get("laatst_gecontroleerd").is_empty() {
        cells.error(
            "laatst_gecontroleerd",
            "this cell is empty".into(),
            "write the date the data was last checked, for example 2026-10-01",
        );
    }
    let (soort, afspraak, checked) = (soort?, afspraak?, checked?);
    let mut l = base.unwrap_or_else(|| RawLocation {
        naam: String::new(),
        organisatie: String::new(),
        soort,
        plek: None,
        informatieplein: None,
        periode: None,
        adres: None,
        gemeente: None,
        werkgebied: None,
        coordinaten: None,
        contact: RawContact::default(),
        afspraak: RawAppointment {
            soort: afspraak,
            uitleg: None,
        },
        themas: Vec::new(),
        partners: Vec::new(),
        toegankelijkheid: RawAccessibility::default(),
        talen: Vec::new(),
        laatst_gecontroleerd: checked,
        openingstijden: RawWeek::default(),
        spreekuren: Vec::new(),
        feestdagen_open: Vec::new(),
        gesloten: Vec::new(),
        niet_tijdens: Vec::new(),
        andere_tijden: Vec::new(),
        vertalingen: Default::default(),
    });
    l.naam = cells.get("naam");
    l.organisatie = cells.get("organisatie");
    l.soort = soort;
    l.plek = plek;
    l.informatieplein = cells.opt("informatieplein");
    l.adres = match (
        cells.opt("straat"),
        cells.opt("postcode"),
        cells.opt("plaats"),
    ) {
        (None, None, None) => None,
        (s, p, pl) => Some(RawAddress {
            straat: s.unwrap_or_default(),
            postcode: p.unwrap_or_default(),
            plaats: pl.unwrap_or_default(),
            waar: cells.opt("waar"),
        }),
    };
    l.gemeente = cells.opt("gemeente");
    if let Some(a) = area {
        l.werkgebied = a;
    }
    l.coordinaten = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(RawCoordinates { lat, lon }),
        _ => None,
    };
    l.contact = RawContact {
        telefoon: cells.opt("telefoon"),
        email: cells.opt("email"),
        website: cells.opt("website"),
    };
    l.afspraak = RawAppointment {
        soort: afspraak,
        uitleg: cells.opt("afspraak_uitleg"),
    };
    l.themas = cells.list("themas");
    l.partners = cells.list("partners");
    l.talen = cells.list("talen");
    l.toegankelijkheid = RawAccessibility {
        drempelvrij: ja[0],
        lift: ja[1],
        toilet: ja[2],
        ringleiding: ja[3],
        parkeren: cells.opt("parkeren"),
        ov: cells.opt("ov"),
    };
    l.laatst_gecontroleerd = checked;
    l.openingstijden = RawWeek {
        maandag: cells.day("maandag"),
        dinsdag: cells.day("dinsdag"),
        woensdag: cells.day("woensdag"),
        donderdag: cells.day("donderdag"),
        vrijdag: cells.day("vrijdag"),
        zaterdag: cells.day("zaterdag"),
        zondag: cells.day("zondag"),
    };
    l.periode = match (van, tot) {
        (Some(van), Some(tot)) => Some(RawPeriod { van, tot }),
        _ => None,
    };
    Some(l)
}

/// Import `csv` into `content`. With `dry_run` nothing is written. Cell problems of all
/// rows are reported together, and then nothing is written at all. So are the problems
/// `build` would find in the files the import makes or changes, at the row they come
/// from. The default house style is that of the `templates` folder of the working
/// directory, as for `build`; [`import_with`] names another templates folder.
pub fn import(content: &Path, csv_path: &Path, dry_run: bool) -> Result<ImportReport, Error> {
    import_with(content, Path::new("templates"), csv_path, dry_run)
}

/// [`import`] with the templates folder whose house style is the default.
pub fn import_with(
    content: &Path,
    templates: &Path,
    csv_path: &Path,
    dry_run: bool,
) -> Result<ImportReport, Error> {
    let text = csv_text(csv_path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let sep = separator(text.lines().next().unwrap_or(""));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(sep)
        .from_reader(text.as_bytes());
    let mut problems = Problems::default();
    let headers = reader
        .headers()
        .map_err(|e| Error::io(csv_path, std::io::Error::other(e)))?
        .clone();
    let got: Vec<&str> = headers.iter().map(str::trim).collect();
    if got != COLUMNS {
        let missing: Vec<&str> = COLUMNS
            .iter()
            .copied()
            .filter(|c| !got.contains(c))
            .collect();
        let unknown: Vec<&str> = got
            .iter()
            .copied()
            .filter(|c| !COLUMNS.contains(c))
            .collect();
        let msg = format!(
            "the columns are not as expected (separator found: {}; missing: {}; unknown: {})",
            separator_name(sep),
            missing.join(", "),
            unknown.join(", ")
        );
        problems.push(
            ContentError::new(csv_path, "", msg)
                .at((1, 1))
                .hint(format!(
                    "start from `ido export --format csv`; the columns are: {}",
                    COLUMNS.join(", ")
                )),
        );
        return Err(Error::Content(problems));
    }
    let mut planned: Vec<Planned> = Vec::new();
    let mut report = ImportReport::default();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Error::io(csv_path, std::io::Error::other(e)))?;
        // A quoted cell may hold line breaks: the record knows its line.
        let row = record.position().map_or(i + 2, |p| p.line() as usize);
        let mut cells = Cells {
            csv: csv_path,
            row,
            record: &record,
            problems: &mut problems,
        };
        let slug = cells.get("bestand");
        if crate::content::check_slug(&slug).is_err() {
            cells.error(
                "bestand",
                format!("`{slug}` cannot be a file name"),
                format!(
                    "use lowercase letters, digits and hyphens, for example `{}`",
                    slug::slugify(&slug)
                ),
            );
            continue;
        }
        let path = content.join("locaties").join(format!("{slug}.md"));
        let existing = if path.exists() {
            Some(read_location(&path)?)
        } else {
            None
        };
        let before = existing.as_ref().map(|(raw, _, _)| raw.clone());
        let Some(after) = merge(&mut cells, before.clone()) else {
            continue;
        };
        if before.as_ref() == Some(&after) {
            report.unchanged += 1;
            continue;
        }
        let yaml =
            yaml::to_string(&after).map_err(|e| Error::io(&path, std::io::Error::other(e)))?;
        let body = existing.map(|(_, _, b)| b).unwrap_or_default();
        planned.push(Planned {
            slug,
            path,
            text: format!("---\n{yaml}---\n{body}"),
            update: before.is_some(),
            row,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Content(problems.sorted()));
    }
    for p in &planned {
        // The new text must itself be valid front matter.
        let fm = yaml::split_front_matter(&p.path, &p.text)
            .map_err(|e| Error::Content(Problems(vec![e])))?;
        yaml::parse::<RawLocation>(
            &p.path,
            &Document {
                yaml: fm.doc.yaml,
                line_offset: 1,
            },
        )
        .map_err(|e| Error::Content(Problems(vec![e])))?;
    }
    if !planned.is_empty() {
        validate(content, templates, csv_path, &planned)?;
    }
    for p in planned {
        if !dry_run {
            std::fs::create_dir_all(content.join("locaties")).map_err(|e| Error::io(content, e))?;
            std::fs::write(&p.path, p.text).map_err(|e| Error::io(&p.path, e))?;
        }
        if p.update {
            report.updated.push(p.path)
        } else {
            report.created.push(p.path)
        }
    }
    Ok(report)
}

/// The text of a CSV file; one not saved as UTF-8 is a problem with a hint on how to.
fn csv_text(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let err = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    let bytes = err.as_bytes();
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    let at = err.utf8_error().valid_up_to();
    let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
    let (line, encoding) = if utf16 {
        (1, "UTF-16 (\"Unicode text\")")
    } else {
        (line, "Windows-1252 (\"ANSI\", what Excel calls plain CSV)")
    };
    Err(Error::Content(Problems(vec![ContentError::new(
        path,
        "",
        format!("the file is not saved as UTF-8; it seems to be {encoding}"),
    )
    .at((line, 1))
    .hint(
        "in Excel, save as \"CSV UTF-8 (door komma's gescheiden)\"; in LibreOffice, \
         choose the character set Unicode (UTF-8)",
    )])))
}

/// A location file an import would write.
struct Planned {
    slug: String,
    path: PathBuf,
    text: String,
    /// Whether the file exists (else it is new).
    update: bool,
    /// The sheet row it comes from.
    row: usize,
}

/// Load the content as it would be after the import, in a temporary copy, exactly as
/// `build` does. A problem in a file the import writes is reported at its sheet row (and
/// names the file); a problem elsewhere only if the content did not have it before (a
/// new row can, for example, spell a gemeente differently from the other files).
fn validate(
    content: &Path,
    templates: &Path,
    csv_path: &Path,
    planned: &[Planned],
) -> Result<(), Error> {
    let tokens = templates.join("huisstijl.yaml");
    let tmp = tempfile::Builder::new()
        .prefix("ido-import-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let copy = tmp.path().join("content");
    copy_content(content, &copy)?;
    for p in planned {
        let dest = copy.join("locaties").join(format!("{}.md", p.slug));
        std::fs::create_dir_all(copy.join("locaties")).map_err(|e| Error::io(&copy, e))?;
        std::fs::write(&dest, &p.text).map_err(|e| Error::io(&dest, e))?;
    }
    let loaded = crate::content::load(&copy, &tokens, crate::today())
        .and_then(|site| print_font(&site, templates, &copy, tmp.path(), planned));
    let after = match loaded {
        Ok(()) => return Ok(()),
        Err(Error::Content(list)) => list,
        Err(e) => return Err(e),
    };
    let before = match crate::content::load(content, &tokens, crate::today()) {
        Err(Error::Content(list)) => list.0,
        _ => Vec::new(),
    };
    let mut problems = Problems::default();
    for mut e in after.0 {
        let Ok(rel) = e.path.strip_prefix(&copy).map(Path::to_path_buf) else {
            problems.push(e); // the default house style, outside the content
            continue;
        };
        let real = content.join(&rel);
        let from_row = planned
            .iter()
            .find(|p| rel == Path::new("locaties").join(format!("{}.md", p.slug)));
        if let Some(p) = from_row {
            let column = column_of(&e.field);
            let place = if e.line > 0 {
                format!("{}:{}", real.display(), e.line)
            } else {
                real.display().to_string()
            };
            problems.push(ContentError {
                path: csv_path.to_path_buf(),
                line: p.row,
                column,
                field: e.field,
                message: format!("{} (in {place}, made from this row)", e.message),
                hint: e.hint,
            });
        } else {
            e.path = real;
            if !before.contains(&e) {
                problems.push(e);
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Content(problems.sorted()))
    }
}

/// The characters of the new and changed locations that the print font lacks (what
/// `build` reports when it makes the flyers and slides), without rendering them.
#[cfg(feature = "print")]
fn print_font(
    site: &crate::model::Site,
    templates: &Path,
    content: &Path,
    tmp: &Path,
    planned: &[Planned],
) -> Result<(), Error> {
    let today = crate::today();
    let printer = crate::print::Printer::new(site, templates, content, &tmp.join("cache"), today)?;
    let agendas = crate::derive::agendas(site, today);
    let index = crate::index::Index::new(site, &agendas);
    let slugs: Vec<&str> = planned.iter().map(|p| p.slug.as_str()).collect();
    let products = crate::print::products(site, &index, today, Some(&slugs));
    let problems = printer.check_glyphs_of(&products);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Content(problems))
    }
}

#[cfg(not(feature = "print"))]
fn print_font(
    _: &crate::model::Site,
    _: &Path,
    _: &Path,
    _: &Path,
    _: &[Planned],
) -> Result<(), Error> {
    Ok(())
}

/// Copy the content folder (without hidden files and folders such as `.git`).
fn copy_content(from: &Path, to: &Path) -> Result<(), Error> {
    let walk = walkdir::WalkDir::new(from)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(from).to_path_buf();
            Error::io(path, std::io::Error::other(e.to_string()))
        })?;
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).map_err(|e| Error::io(&dest, e))?;
        } else if entry.file_type().is_symlink() {
            // Keep links as links, so the copy is checked as the original would be.
            let target =
                std::fs::read_link(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            symlink(&target, &dest).map_err(|e| Error::io(&dest, e))?;
        } else {
            std::fs::copy(entry.path(), &dest).map_err(|e| Error::io(&dest, e))?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

#[cfg(not(unix))]
fn symlink(target: &Path, link: &Path) -> std::io::Result<()> {
    std::fs::copy(target, link).map(|_| ())
}

/// The sheet column of a front-matter field (1-based; 1 when it is not in the sheet).
fn column_of(field: &str) -> usize {
    // Drop list indexes: `openingstijden.dinsdag[1]` is the dinsdag cell.
    let mut name = String::new();
    let mut depth = 0;
    for c in field.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => name.push(c),
            _ => {}
        }
    }
    let col = match name.as_str() {
        "openingstijden" => "maandag",
        "afspraak.soort" | "afspraak" => "afspraak",
        "afspraak.uitleg" => "afspraak_uitleg",
        "periode.van" | "periode" => "periode_van",
        "periode.tot" => "periode_tot",
        n => match n.split_once('.') {
            Some((
                "adres" | "coordinaten" | "contact" | "toegankelijkheid" | "openingstijden",
                c,
            )) => c,
            Some(_) => "",
            None => n,
        },
    };
    COLUMNS.iter().position(|c| *c == col).map_or(1, |i| i + 1)
}
