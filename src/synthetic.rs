//! Synthetic content for benchmarks: copies the site file, partners, themes and pages of
//! an existing content folder and adds N generated, valid locations spread over many
//! gemeenten, with varied hours and spreekuren.

use std::fs;
use std::path::Path;

use crate::error::Error;

const WEEKDAYS: [&str; 4] = ["dinsdag", "woensdag", "donderdag", "vrijdag"];
const REPEATS: [&str; 5] = [
    "elke-week",
    "even-weken",
    "oneven-weken",
    "eerste",
    "laatste",
];

/// Write a content folder at `out` with `n` locations; site-wide files come from `from`.
pub fn write(from: &Path, out: &Path, n: usize) -> Result<(), Error> {
    for dir in ["partners", "themas", "paginas", "media"] {
        copy_dir(&from.join(dir), &out.join(dir))?;
    }
    for file in ["site.yaml", "huisstijl.yaml"] {
        let src = from.join(file);
        if src.exists() {
            fs::copy(&src, out.join(file)).map_err(|e| Error::io(&src, e))?;
        }
    }
    let themes = list_slugs(&from.join("themas"))?;
    let partners = list_slugs(&from.join("partners"))?;
    let dir = out.join("locaties");
    fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    for i in 0..n {
        let path = dir.join(format!("locatie-{i:05}.md"));
        fs::write(&path, location(i, &themes, &partners)).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

fn location(i: usize, themes: &[String], partners: &[String]) -> String {
    let gemeente = i % 340;
    let lat = 51.0 + (i % 200) as f64 * 0.01;
    let lon = 4.0 + (i % 250) as f64 * 0.01;
    let day = WEEKDAYS[i % WEEKDAYS.len()];
    let t1 = &themes[i % themes.len()];
    let t2 = &themes[(i + 3) % themes.len()];
    let p = &partners[i % partners.len()];
    let repeat = REPEATS[i % REPEATS.len()];
    format!(
        r#"---
naam: Informatiepunt Voorbeeldstad {i}
organisatie: Bibliotheek Regio {gemeente}
soort: bibliotheekbalie
adres:
  straat: Stationsstraat {num}
  postcode: {pc} AB
  plaats: Voorbeeldstad {i}
  waar: Naast de ingang
gemeente: Gemeente {gemeente}
coordinaten:
  lat: {lat:.4}
  lon: {lon:.4}
contact:
  telefoon: 013 542 {phone:04}
  email: ido{i}@bibliotheek.nl
afspraak:
  soort: inloop
themas: [{t1}, {t2}]
partners: [{p}]
toegankelijkheid:
  drempelvrij: ja
  lift: ja
talen: [nl, en]
laatst_gecontroleerd: 2026-10-01
openingstijden:
  maandag: gesloten
  {day}: [10.00-12.00, 13.00-17.00]
  zaterdag: 10.00-13.00
spreekuren:
  - titel: Hulp bij {t1}
    partner: {p}
    thema: {t1}
    dag: donderdag
    tijd: 13.00-15.00
    herhaling: {repeat}
    afspraak: inloop
---
Bij dit informatiepunt helpen wij u met vragen over de digitale overheid.
"#,
        num = i % 200 + 1,
        pc = 1000 + i % 8999,
        phone = i % 10000,
    )
}

fn list_slugs(dir: &Path) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let e = e.map_err(|e| Error::io(dir, e))?;
        if let Some(stem) = e.path().file_stem() {
            out.push(stem.to_string_lossy().into_owned());
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::io(
            dir,
            std::io::Error::other("no files to use for synthetic content"),
        ));
    }
    Ok(out)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Error> {
    if !from.exists() {
        return Ok(());
    }
    fs::create_dir_all(to).map_err(|e| Error::io(to, e))?;
    for e in fs::read_dir(from).map_err(|e| Error::io(from, e))? {
        let e = e.map_err(|e| Error::io(from, e))?;
        if e.path().is_file() {
            fs::copy(e.path(), to.join(e.file_name())).map_err(|err| Error::io(e.path(), err))?;
        }
    }
    Ok(())
}
