//! Locations to and from a spreadsheet (CSV, one row per location), for staff who keep
//! their data in Excel or LibreOffice. `export` writes the values as they stand in the
//! files; `import` checks every cell (row and column in each message), then updates or
//! creates location files, writing only files whose values changed, so an export
//! followed by an import changes nothing. Spreekuren, closures, other hours and the free
//! text are not in the sheet; import keeps them from the existing file.

use std::path::{Path, PathBuf};

use crate::content::raw::{
    JaNee, RawAccessibility, RawAddress, RawAppointment, RawContact, RawCoordinates, RawDay,
    RawKind, RawLocation, RawPeriod, RawVenue, RawVisit, RawWeek,
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
        l.gemeente.clone(),
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
        w.write_record(row(&slug, &raw)).map_err(csv_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::io("csv", std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
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
            .unwrap_or("")
            .trim()
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
    for col in ["naam", "organisatie", "gemeente"] {
        if cells.get(col).is_empty() {
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
        gemeente: String::new(),
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
    l.gemeente = cells.get("gemeente");
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
/// rows are reported together, and then nothing is written at all.
pub fn import(content: &Path, csv_path: &Path, dry_run: bool) -> Result<ImportReport, Error> {
    let text = read_to_string(csv_path)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
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
            "the columns are not as expected (missing: {}; unknown: {})",
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
    let mut planned: Vec<(PathBuf, String, bool)> = Vec::new();
    let mut report = ImportReport::default();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = record.map_err(|e| Error::io(csv_path, std::io::Error::other(e)))?;
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
        planned.push((path, format!("---\n{yaml}---\n{body}"), before.is_some()));
    }
    if !problems.is_empty() {
        return Err(Error::Content(problems.sorted()));
    }
    for (path, text, update) in planned {
        // The new text must itself be valid front matter.
        let fm = yaml::split_front_matter(&path, &text)
            .map_err(|e| Error::Content(Problems(vec![e])))?;
        yaml::parse::<RawLocation>(
            &path,
            &Document {
                yaml: fm.doc.yaml,
                line_offset: 1,
            },
        )
        .map_err(|e| Error::Content(Problems(vec![e])))?;
        if !dry_run {
            std::fs::create_dir_all(content.join("locaties")).map_err(|e| Error::io(content, e))?;
            std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
        }
        if update {
            report.updated.push(path)
        } else {
            report.created.push(path)
        }
    }
    Ok(report)
}
