//! Open data for municipalities and anyone else (`/api/v1/`): every location with its
//! rules and its concrete opening times and spreekuren for the coming 8 weeks, the same
//! as GeoJSON (RFC 7946), and one file per gemeente. Field names are Dutch, like the
//! content keys, and stable within `v1`; the types in `open_data.rs` generate the JSON
//! Schemas that describe them, published alongside.

use jiff::civil::{Date, Weekday};
use rayon::prelude::*;
use serde_json::json;

use super::open_data as od;
use crate::index::Index;
use crate::model::{Area, Kind, Location, Site, Visit};
use crate::present::hhmm;
use crate::schedule::{add_days, Closure, Holiday, Nth, Repeat, Session, TimeRange};

/// How far ahead the concrete times go.
pub const WEEKS: i32 = 8;

fn visit(v: Visit) -> od::AfspraakSoort {
    match v {
        Visit::WalkIn => od::AfspraakSoort::Inloop,
        Visit::Appointment => od::AfspraakSoort::Afspraak,
        Visit::Either => od::AfspraakSoort::Beide,
    }
}

fn soort(k: Kind) -> od::Soort {
    match k {
        Kind::LibraryDesk => od::Soort::Bibliotheekbalie,
        Kind::WholeLibrary => od::Soort::HeleBibliotheek,
        Kind::InformationPoint => od::Soort::Informatieplein,
        Kind::PartnerVenue => od::Soort::Partnerlocatie,
        Kind::Mobile => od::Soort::Mobiel,
        Kind::Telephone => od::Soort::Telefonisch,
        Kind::PopUp => od::Soort::PopUp,
    }
}

fn week(n: &Nth) -> od::Week {
    match n {
        Nth::First => od::Week::Eerste,
        Nth::Second => od::Week::Tweede,
        Nth::Third => od::Week::Derde,
        Nth::Fourth => od::Week::Vierde,
        Nth::Last => od::Week::Laatste,
    }
}

fn dag(w: Weekday) -> od::Dag {
    match w {
        Weekday::Monday => od::Dag::Maandag,
        Weekday::Tuesday => od::Dag::Dinsdag,
        Weekday::Wednesday => od::Dag::Woensdag,
        Weekday::Thursday => od::Dag::Donderdag,
        Weekday::Friday => od::Dag::Vrijdag,
        Weekday::Saturday => od::Dag::Zaterdag,
        Weekday::Sunday => od::Dag::Zondag,
    }
}

fn feestdag(h: Holiday) -> od::Feestdag {
    match h {
        Holiday::Nieuwjaarsdag => od::Feestdag::Nieuwjaarsdag,
        Holiday::GoedeVrijdag => od::Feestdag::GoedeVrijdag,
        Holiday::EerstePaasdag => od::Feestdag::EerstePaasdag,
        Holiday::TweedePaasdag => od::Feestdag::TweedePaasdag,
        Holiday::Koningsdag => od::Feestdag::Koningsdag,
        Holiday::Bevrijdingsdag => od::Feestdag::Bevrijdingsdag,
        Holiday::Hemelvaartsdag => od::Feestdag::Hemelvaartsdag,
        Holiday::EerstePinksterdag => od::Feestdag::EerstePinksterdag,
        Holiday::TweedePinksterdag => od::Feestdag::TweedePinksterdag,
        Holiday::EersteKerstdag => od::Feestdag::EersteKerstdag,
        Holiday::TweedeKerstdag => od::Feestdag::TweedeKerstdag,
    }
}

fn datum(d: &Date) -> od::Datum {
    od::Datum(d.to_string())
}

fn tijd(m: u16) -> od::Tijd {
    od::Tijd(hhmm(m))
}

fn bereik(r: &TimeRange) -> od::Bereik {
    od::Bereik {
        tot: tijd(r.end),
        van: tijd(r.start),
    }
}

fn closure(c: &Closure) -> od::Gesloten<'_> {
    od::Gesloten {
        reden: &c.reason,
        tot: datum(&c.until),
        van: datum(&c.from),
    }
}

/// A spreekuur's rule: `herhaling` and `dag` name the first week and weekday (as in v1
/// before lists); `weken` and `dagen` list them all.
fn spreekuur(u: &Session, today: Date) -> od::Spreekuur<'_> {
    let days = |w: &[Weekday]| Some(w.iter().map(|d| dag(*d)).collect::<Vec<_>>());
    let first = |w: &[Weekday]| w.first().map(|d| dag(*d));
    let mut s = od::Spreekuur {
        adres: u.address.as_ref().map(address),
        adres_per_datum: u
            .places
            .iter()
            .map(|(d, a)| od::AdresOpDatum {
                adres: address(a),
                datum: datum(d),
            })
            .collect(),
        afspraak: visit(u.visit),
        dag: None,
        dagen: None,
        data: None,
        extra: u.extra.iter().map(datum).collect(),
        herhaling: od::Herhaling::Data,
        niet_tijdens: u
            .not_during
            .iter()
            .map(|c| od::NietTijdens {
                id: &c.slug,
                naam: &c.phrase,
                perioden: c.periods.iter().map(closure).collect(),
            })
            .collect(),
        partner: u.partners.first().map(String::as_str),
        partners: &u.partners,
        periode: u.period.map(|p| od::OpenPeriode {
            tot: p.until.as_ref().map(datum),
            van: p.from.as_ref().map(datum),
        }),
        seizoen: u.season.map(|s| od::Seizoen {
            tot: od::MaandDag(format!("{:02}-{:02}", s.until.0, s.until.1)),
            van: od::MaandDag(format!("{:02}-{:02}", s.from.0, s.from.1)),
        }),
        tekst: u.dutch(today),
        thema: u.theme.as_deref(),
        tijd: bereik(&u.time),
        titel: &u.title,
        uitleg: u.note.as_deref(),
        vanaf: None,
        vervalt: u.cancelled.iter().map(datum).collect(),
        weken: None,
    };
    match &u.repeat {
        Repeat::Weekly { weekdays } => {
            s.herhaling = od::Herhaling::ElkeWeek;
            (s.dag, s.dagen) = (first(weekdays), days(weekdays));
        }
        Repeat::AlternateIsoWeeks { weekdays, even } => {
            s.herhaling = if *even {
                od::Herhaling::EvenWeken
            } else {
                od::Herhaling::OnevenWeken
            };
            (s.dag, s.dagen) = (first(weekdays), days(weekdays));
        }
        Repeat::EveryOtherWeek { from } => {
            s.herhaling = od::Herhaling::OmDeWeek;
            (s.dag, s.dagen) = (Some(dag(from.weekday())), days(&[from.weekday()]));
            s.vanaf = Some(datum(from));
        }
        Repeat::Monthly { weekdays, nths } => {
            // The first week (the model's list is never empty: the rule names one).
            s.herhaling = match nths.first().unwrap_or(&Nth::First) {
                Nth::First => od::Herhaling::Eerste,
                Nth::Second => od::Herhaling::Tweede,
                Nth::Third => od::Herhaling::Derde,
                Nth::Fourth => od::Herhaling::Vierde,
                Nth::Last => od::Herhaling::Laatste,
            };
            s.weken = Some(nths.iter().map(week).collect());
            (s.dag, s.dagen) = (first(weekdays), days(weekdays));
        }
        Repeat::Dates { dates } => {
            s.herhaling = od::Herhaling::Data;
            s.data = Some(dates.iter().map(datum).collect());
        }
    }
    s
}

/// One location as published.
pub fn location<'a>(
    loc: &'a Location,
    base_url: &str,
    idx: &Index<'a>,
    today: Date,
) -> od::Locatie<'a> {
    let s = &loc.schedule;
    let ranges = |w: Weekday| s.week.on(w).iter().map(bereik).collect::<Vec<_>>();
    let cal = idx.agenda(loc);
    let days: Vec<(Date, &crate::derive::Day)> = cal.days().take(WEEKS as usize * 7).collect();
    od::Locatie {
        adres: loc.address.as_ref().map(address),
        afspraak: od::Afspraak {
            soort: visit(loc.visit),
            uitleg: loc.visit_note.as_deref(),
        },
        agenda: od::Agenda {
            open: days
                .iter()
                .flat_map(|(d, day)| {
                    day.hours.iter().map(move |r| od::OpenOp {
                        datum: datum(d),
                        tot: tijd(r.end),
                        van: tijd(r.start),
                    })
                })
                .collect(),
            // Per day in the order of the rules.
            spreekuren: days
                .iter()
                .flat_map(|(d, day)| {
                    let d = *d;
                    s.sessions
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| day.sessions.contains(&(*i as u16)))
                        .map(move |(_, u)| od::SpreekuurOp {
                            adres: u.address_on(d).map(address),
                            datum: datum(&d),
                            partner: u.partners.first().map(String::as_str),
                            partners: &u.partners,
                            titel: &u.title,
                            tot: tijd(u.time.end),
                            van: tijd(u.time.start),
                        })
                })
                .collect(),
            tot: datum(&add_days(today, WEEKS * 7 - 1)),
            van: datum(&today),
        },
        contact: od::Contact {
            email: loc.email.as_deref(),
            telefoon: loc.phone.as_ref().map(|p| p.display.as_str()),
            telefoon_link: loc.phone.as_ref().map(|p| p.uri.as_str()),
            website: loc.website.as_deref(),
        },
        coordinaten: loc.coordinates.map(|c| od::Coordinaten {
            lat: c.lat,
            lon: c.lon,
        }),
        gemeente: loc.gemeente.as_deref().map(|naam| od::Gemeente {
            id: loc.gemeente_slug.as_deref().unwrap_or_default(),
            naam,
        }),
        id: &loc.slug,
        informatieplein: loc.information_point.as_deref(),
        laatst_gecontroleerd: datum(&loc.last_checked),
        naam: &loc.name,
        organisatie: &loc.organisation,
        partners: loc
            .partners
            .iter()
            .map(|p| od::Partner {
                id: p,
                // Content checks make every id known; the id is the fallback.
                naam: idx.partners.get(p.as_str()).map_or(p, |x| x.name.as_str()),
            })
            .collect(),
        regels: od::Regels {
            andere_tijden: s
                .special
                .iter()
                .map(|x| od::AndereTijden {
                    datum: datum(&x.date),
                    reden: &x.reason,
                    tijden: x.ranges.iter().map(bereik).collect(),
                })
                .collect(),
            feestdagen_open: s.holidays_open.iter().map(|h| feestdag(*h)).collect(),
            gesloten: s.all_closures().map(closure).collect(),
            openingstijden: od::Openingstijden {
                dinsdag: ranges(Weekday::Tuesday),
                donderdag: ranges(Weekday::Thursday),
                maandag: ranges(Weekday::Monday),
                vrijdag: ranges(Weekday::Friday),
                woensdag: ranges(Weekday::Wednesday),
                zaterdag: ranges(Weekday::Saturday),
                zondag: ranges(Weekday::Sunday),
            },
            periode: s.period.map(|p| od::Periode {
                tot: datum(&p.until),
                van: datum(&p.from),
            }),
            spreekuren: s.sessions.iter().map(|u| spreekuur(u, today)).collect(),
        },
        soort: soort(loc.kind),
        soort_tekst: crate::present::kind_label(crate::lang::source(), loc),
        talen: loc.languages.iter().map(|l| l.code.as_str()).collect(),
        themas: loc
            .themes
            .iter()
            .map(|t| od::Thema {
                id: t,
                titel: idx.themes.get(t.as_str()).map_or(t, |x| x.title.as_str()),
            })
            .collect(),
        url: format!("{base_url}{}", crate::routes::location(&loc.slug)),
        werkgebied: werkgebied(&loc.area),
    }
}

fn werkgebied(a: &Area) -> Option<od::Werkgebied<'_>> {
    match a {
        Area::Local => None,
        Area::National => Some(od::Werkgebied::Land(od::Landelijk::Landelijk)),
        Area::Region(list) => Some(od::Werkgebied::Gemeenten(
            list.iter()
                .map(|(naam, id)| od::Gemeente { id, naam })
                .collect(),
        )),
    }
}

fn address(a: &crate::model::Address) -> od::Adres<'_> {
    od::Adres {
        plaats: &a.place,
        postcode: &a.postcode,
        straat: &a.street,
        waar: a.inside.as_deref(),
    }
}

/// A file of locations: the envelope with the already serialised locations inside.
/// The start of an open-data file up to its list of locations: `{"$schema":…,"locaties":[`.
fn envelope_head(site: &Site, schema: &str, today: Date) -> String {
    let head = od::Kop {
        schema: format!(
            "{}{}",
            site.config.base_url,
            crate::routes::api_schema(schema)
        ),
        bron: &site.config.name,
        gemaakt_op: datum(&today),
        versie: od::Versie::V1,
    };
    let head = serde_json::to_string(&head).unwrap_or_else(|_| "{}".into());
    format!("{},\"locaties\":[", &head[..head.len() - 1])
}

/// An open-data file as the parts that make it, in order: the head, the (serialised)
/// locations with commas between them, and the end. Written part by part, the text of
/// all locations is never copied into one string (80 MB at 10,000 locations).
fn envelope<'a>(head: &'a str, locations: &[&'a str]) -> Vec<&'a str> {
    let mut parts = Vec::with_capacity(2 * locations.len() + 2);
    parts.push(head);
    for (i, l) in locations.iter().enumerate() {
        if i > 0 {
            parts.push(",");
        }
        parts.push(l);
    }
    parts.push("]}");
    parts
}

/// Every location as published (serialised), in the order of `site.locations`; made
/// once per build, and `ido serve` remakes only what an edit changes.
pub fn locations(site: &Site, idx: &Index, today: Date) -> Vec<String> {
    site.locations
        .par_iter()
        .map(|l| location_json(l, site, idx, today))
        .collect()
}

pub fn location_json(l: &Location, site: &Site, idx: &Index, today: Date) -> String {
    serde_json::to_string(&location(l, &site.config.base_url, idx, today)).unwrap_or_default()
}

/// `locaties.json`, `gemeenten/<id>.json` and `locaties.geojson`, as (path, text). With
/// `only`, just the files of those gemeenten (plus the site-wide ones) are made.
pub fn files(
    site: &Site,
    idx: &Index,
    today: Date,
    all: &[String],
    only: Option<&[&str]>,
    // Each file as it is made (path, and the parts of its text in order): at 10,000
    // locations they hold 150 MB together.
    emit: &mut dyn FnMut(&str, &[&str]) -> Result<(), crate::Error>,
) -> Result<(), crate::Error> {
    let by_slug: std::collections::HashMap<&str, &str> = site
        .locations
        .iter()
        .map(|l| l.slug.as_str())
        .zip(all.iter().map(String::as_str))
        .collect();
    let every: Vec<&str> = all.iter().map(String::as_str).collect();
    let head = envelope_head(site, "locaties.schema.json", today);
    emit(crate::routes::API_LOCATIONS, &envelope(&head, &every))?;
    for g in idx
        .gemeenten
        .iter()
        .filter(|g| only.is_none_or(|o| o.contains(&g.slug)))
    {
        // Its own locations, then the regional and national services for it too
        // (their `werkgebied` tells them apart).
        let list: Vec<&str> = g
            .locations
            .iter()
            .chain(&g.also)
            .filter_map(|l| by_slug.get(l.slug.as_str()).copied())
            .collect();
        emit(
            &crate::routes::api_gemeente(g.slug),
            &envelope(&head, &list),
        )?;
    }
    let features: Vec<od::Feature> = site
        .locations
        .iter()
        .filter_map(|l| {
            let c = l.coordinates?;
            Some(od::Feature {
                geometry: od::Punt {
                    // RFC 7946: longitude first.
                    coordinates: od::LonLat([c.lon, c.lat]),
                    kind: od::PointType::Point,
                },
                id: &l.slug,
                properties: od::Eigenschappen {
                    adres: l.address.as_ref().map(address),
                    afspraak: visit(l.visit),
                    gemeente: l.gemeente.as_deref(),
                    naam: &l.name,
                    soort: soort(l.kind),
                    soort_tekst: crate::present::kind_label(crate::lang::source(), l),
                    url: format!(
                        "{}{}",
                        site.config.base_url,
                        crate::routes::location(&l.slug)
                    ),
                },
                kind: od::FeatureType::Feature,
            })
        })
        .collect();
    let geo = od::FeatureCollection {
        features,
        kind: od::CollectionType::FeatureCollection,
    };
    emit(
        crate::routes::API_GEOJSON,
        &[&serde_json::to_string(&geo).unwrap_or_default()],
    )
}

/// `zoeken/locaties.json`: what the finder needs per location, compact: slug, name,
/// kind label (the same as on the location page), kind key, address, gemeente, visit
/// (label and key), themes (the location's and its spreekuren's), phone, coordinates and
/// the schedule rules (for "open now").
pub fn finder_locations(site: &Site) -> String {
    let entries: Vec<String> = site
        .locations
        .par_iter()
        .map(|l| {
            let mut themes: Vec<&str> = l.themes.iter().map(String::as_str).collect();
            for t in l
                .schedule
                .sessions
                .iter()
                .filter_map(|u| u.theme.as_deref())
            {
                if !themes.contains(&t) {
                    themes.push(t);
                }
            }
            let head = json!({
                "s": l.slug,
                "n": l.name,
                "k": crate::present::kind_label(crate::lang::source(), l),
                "o": soort(l.kind),
                "a": l.address.as_ref().map(crate::present::one_line),
                "g": l.gemeente,
                "w": werkgebied(&l.area),
                "v": l.visit.label(),
                "i": visit(l.visit),
                "t": themes,
                "p": l.phone.as_ref().map(|p| [&p.display, &p.uri]),
                "c": l.coordinates.map(|c| [c.lat, c.lon]),
            });
            let head = serde_json::to_string(&head).unwrap_or_else(|_| "{}".into());
            // The rules are JSON already: put them in as they are.
            format!(
                "{},\"r\":{}}}",
                &head[..head.len() - 1],
                crate::schedule::rules::json(&l.schedule)
            )
        })
        .collect();
    format!("[{}]", entries.join(","))
}
