//! `ido new`: writes a complete, commented content file to start from, with today's
//! date as "last checked"; never overwrites. The comments are in Dutch, for the authors.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::Error;

/// The kinds of content file `ido new` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewKind {
    Locatie,
    Thema,
    Partner,
    Pagina,
}

impl NewKind {
    fn folder(self) -> &'static str {
        match self {
            NewKind::Locatie => "locaties",
            NewKind::Thema => "themas",
            NewKind::Partner => "partners",
            NewKind::Pagina => "paginas",
        }
    }
}

fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The slugs of the files in one content folder, for "choose from" comments.
fn slugs(content: &Path, folder: &str) -> String {
    let mut out: Vec<String> = std::fs::read_dir(content.join(folder))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    e.path()
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    if out.is_empty() {
        "(nog geen)".to_string()
    } else {
        out.join(", ")
    }
}

fn text(kind: NewKind, name: &str, today: Date, content: &Path) -> String {
    let name = yaml_string(name);
    let (themes, partners) = (slugs(content, "themas"), slugs(content, "partners"));
    match kind {
        NewKind::Locatie => format!(
            r#"---
# Een informatiepunt. Vervang de voorbeeldwaarden en haal weg wat niet past.
# Uitleg van elk veld: README.md, "locaties/<slug>.md". Controleer met: ido check
naam: {name}
organisatie: Bibliotheek Voorbeeld        # wie het informatiepunt heeft
soort: bibliotheekbalie   # bibliotheekbalie, hele-bibliotheek, informatieplein,
                          # partnerlocatie (met plek:), mobiel, telefonisch, pop-up (met periode:)
adres:
  straat: Voorbeeldstraat 1
  postcode: 5038 TC
  plaats: Tilburg
  waar: Naast de ingang                    # waar in het gebouw
gemeente: Tilburg
# werkgebied: landelijk    # alleen voor hulp voor heel Nederland of een regio, dan zonder
#                          # gemeente en adres; voor een regio: [Tilburg, Goirle]
coordinaten:                               # zoek het adres op een kaart op
  lat: 51.5606
  lon: 5.0841
contact:
  telefoon: 013 542 1234
  email: ido@bibliotheek.example
afspraak:
  soort: inloop          # inloop, afspraak of beide
  # uitleg: Bel ons voor een afspraak.     # nodig bij afspraak of beide
themas: []               # kies uit: {themes}
partners: []             # kies uit: {partners}
toegankelijkheid:
  drempelvrij: ja
  lift: ja
  toilet: ja
  ringleiding: nee
talen: [nl]
laatst_gecontroleerd: {today}             # zet hier de datum als u alles heeft nagekeken
openingstijden:          # per dag: gesloten, 10.00-17.00, of een lijst
  maandag: gesloten
  dinsdag: [10.00-12.00, 13.00-17.00]
  woensdag: gesloten
  donderdag: 10.00-12.00
  vrijdag: gesloten
# feestdagen_open: [goede-vrijdag]        # standaard dicht op alle feestdagen
# gesloten:
#   - van: 2027-07-19
#     tot: 2027-08-08
#     reden: Zomersluiting
# andere_tijden:
#   - datum: 2026-12-24
#     tijden: 10.00-15.00
#     reden: Kerstavond
# niet_tijdens: [schoolvakanties-zuid]    # dicht in de periodes van een kalender
spreekuren: []
#  - titel: Hulp bij uw belastingaangifte
#    partner: belastingdienst     # meer organisaties: partners: [a, b]
#    thema: belastingen
#    dag: donderdag               # of meer dagen: [maandag, woensdag]
#    tijd: 13.00-16.00
#    herhaling: elke-week  # even-weken, oneven-weken, om-de-week (met vanaf:),
#                          # eerste, tweede, derde, vierde, laatste, data (met data:);
#                          # weken van de maand samen: [eerste, derde]
#    periode: {{van: 2027-01-15}}   # alleen in deze periode; van of tot mag weg
#    seizoen: {{van: september, tot: juni}}   # elk jaar alleen in deze maanden
#    niet_tijdens: [schoolvakanties-noord]  # niet in de periodes van een kalender
#    vervalt: [2027-01-21]        # deze dagen niet
#    extra: [2027-01-12]          # deze dagen ook, op dezelfde tijd
#    adres_per_datum:             # op deze dag op een ander adres
#      - datum: 2027-01-28
#        adres: {{straat: Markt 1, postcode: 5038 TC, plaats: Tilburg}}
#    afspraak: afspraak
#    uitleg: Bel 013 542 1234 voor een afspraak.
---
Schrijf hier in een paar korte zinnen wat bezoekers moeten weten.
"#
        ),
        NewKind::Thema => format!(
            r#"---
# Een thema: waarmee mensen geholpen worden. Schrijf kort en eenvoudig (B1).
titel: {name}
uitleg: Eén of twee korte zinnen over waarmee wij helpen.
volgorde: 10              # plaats in lijsten; lager komt eerder
meenemen:                 # wat mensen meenemen
  - Uw DigiD of de DigiD app
partners: []              # kies uit: {partners}
---
## Waarmee helpen wij?

- Een voorbeeld.
"#
        ),
        NewKind::Partner => format!(
            r#"---
# Een organisatie die meehelpt of een spreekuur houdt.
naam: {name}
helpt_met: Eén zin over waarmee deze organisatie helpt.
soort: lokaal             # landelijk of lokaal
# website: https://www.voorbeeld.nl
# telefoon: 013 123 4567
---
"#
        ),
        NewKind::Pagina => format!(
            r#"---
titel: {name}
# beschrijving: Korte samenvatting voor zoekmachines.
in_voettekst: false       # true: link in de voettekst
---
Schrijf hier de tekst van de pagina. Korte zinnen, gewone woorden.
"#
        ),
    }
}

/// Write a new file for `name` in the right folder of `content`; returns its path.
pub fn write(content: &Path, kind: NewKind, name: &str, today: Date) -> Result<PathBuf, Error> {
    let slug = slug::slugify(name);
    let dir = content.join(kind.folder());
    let path = dir.join(format!("{slug}.md"));
    if slug.is_empty() {
        return Err(Error::io(
            &path,
            std::io::Error::other("the name has no letters or digits"),
        ));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::io(
                    &path,
                    std::io::Error::other("the file already exists; it was not changed"),
                )
            } else {
                Error::io(&path, e)
            }
        })?;
    std::io::Write::write_all(&mut file, text(kind, name, today, content).as_bytes())
        .map_err(|e| Error::io(&path, e))?;
    Ok(path)
}
