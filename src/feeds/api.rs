//! Open data for municipalities and anyone else (`/api/v1/`): every location with its
//! rules and its concrete opening times and spreekuren for the coming 8 weeks, the same
//! as GeoJSON (RFC 7946), and one file per gemeente. Field names are Dutch, like the
//! content keys, and stable within `v1`; the JSON Schemas in `templates/api/` describe
//! them and are published alongside.

use jiff::civil::Date;
use rayon::prelude::*;
use serde_json::{json, Value};

use crate::dutch;
use crate::index::Index;
use crate::model::{Kind, Location, Site, Visit};
use crate::schedule::{add_days, Repeat, TimeRange};

/// How far ahead the concrete times go.
pub const WEEKS: i32 = 8;

/// "13:05": times in the open data.
pub(crate) fn hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// `{"van": "10:00", "tot": "12:00"}`
pub(crate) fn range(r: &TimeRange) -> Value {
    json!({"van": hhmm(r.start), "tot": hhmm(r.end)})
}

/// The content key for a kind of location (as authors write it).
pub fn kind_key(k: Kind) -> &'static str {
    match k {
        Kind::LibraryDesk => "bibliotheekbalie",
        Kind::WholeLibrary => "hele-bibliotheek",
        Kind::InformationPoint => "informatieplein",
        Kind::PartnerVenue => "partnerlocatie",
        Kind::Mobile => "mobiel",
        Kind::Telephone => "telefonisch",
        Kind::PopUp => "pop-up",
    }
}

fn visit_key(v: Visit) -> &'static str {
    match v {
        Visit::WalkIn => "inloop",
        Visit::Appointment => "afspraak",
        Visit::Either => "beide",
    }
}

fn nth_key(n: &crate::schedule::Nth) -> &'static str {
    match n {
        crate::schedule::Nth::First => "eerste",
        crate::schedule::Nth::Second => "tweede",
        crate::schedule::Nth::Third => "derde",
        crate::schedule::Nth::Fourth => "vierde",
        crate::schedule::Nth::Last => "laatste",
    }
}

/// The rule: `herhaling` and `dag` name the first week and weekday (as in v1 before
/// lists); `weken` and `dagen` list them all.
fn repeat(r: &Repeat) -> Value {
    let days = |w: &[jiff::civil::Weekday]| {
        json!(w
            .iter()
            .map(|d| dutch::weekday_name(*d))
            .collect::<Vec<_>>())
    };
    let first = |w: &[jiff::civil::Weekday]| w.first().map(|d| dutch::weekday_name(*d));
    match r {
        Repeat::Weekly { weekdays } => {
            json!({"herhaling": "elke-week", "dag": first(weekdays), "dagen": days(weekdays)})
        }
        Repeat::AlternateIsoWeeks { weekdays, even } => {
            json!({"herhaling": if *even { "even-weken" } else { "oneven-weken" }, "dag": first(weekdays), "dagen": days(weekdays)})
        }
        Repeat::EveryOtherWeek { from } => {
            json!({"herhaling": "om-de-week", "dag": dutch::weekday_name(from.weekday()), "dagen": days(&[from.weekday()]), "vanaf": from.to_string()})
        }
        Repeat::Monthly { weekdays, nths } => json!({
            "herhaling": nths.first().map(nth_key), "weken": nths.iter().map(nth_key).collect::<Vec<_>>(),
            "dag": first(weekdays), "dagen": days(weekdays)}),
        Repeat::Dates { dates } => {
            json!({"herhaling": "data", "data": dates.iter().map(Date::to_string).collect::<Vec<_>>()})
        }
    }
}

/// One location as published.
pub fn location(loc: &Location, base_url: &str, idx: &Index, today: Date) -> Value {
    let s = &loc.schedule;
    let mut week = serde_json::Map::new();
    for (i, day) in s.week.days.iter().enumerate() {
        week.insert(
            dutch::WEEKDAYS[i].to_string(),
            json!(day.iter().map(range).collect::<Vec<_>>()),
        );
    }
    let sessions: Vec<Value> = s
        .sessions
        .iter()
        .map(|u| {
            let mut v = repeat(&u.repeat);
            v["titel"] = json!(u.title);
            v["partner"] = json!(u.partners.first());
            v["partners"] = json!(u.partners);
            v["thema"] = json!(u.theme);
            v["tijd"] = range(&u.time);
            v["periode"] = json!(u.period.map(|p| json!({
                "van": p.from.map(|d| d.to_string()), "tot": p.until.map(|d| d.to_string())})));
            v["seizoen"] = json!(u.season.map(|s| json!({
                "van": format!("{:02}-{:02}", s.from.0, s.from.1),
                "tot": format!("{:02}-{:02}", s.until.0, s.until.1)})));
            v["niet_tijdens"] = json!(u.not_during.iter().map(|c| json!({
                "id": c.slug, "naam": c.phrase,
                "perioden": c.periods.iter().map(|p| json!({"van": p.from.to_string(), "tot": p.until.to_string(), "reden": p.reason})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>());
            v["adres_per_datum"] = json!(u.places.iter().map(|(d, a)| json!({"datum": d.to_string(), "adres": address(a)})).collect::<Vec<_>>());
            v["afspraak"] = json!(visit_key(u.visit));
            v["uitleg"] = json!(u.note);
            v["tekst"] = json!(u.dutch(today));
            v["vervalt"] = json!(u.cancelled.iter().map(Date::to_string).collect::<Vec<_>>());
            v["extra"] = json!(u.extra.iter().map(Date::to_string).collect::<Vec<_>>());
            v["adres"] = json!(u.address.as_ref().map(address));
            v
        })
        .collect();
    let until = add_days(today, WEEKS * 7 - 1);
    let days: Vec<Date> = (0..WEEKS * 7).map(|i| add_days(today, i)).collect();
    let open: Vec<Value> = days
        .iter()
        .flat_map(|d| {
            s.hours_on(*d).into_iter().map(
                move |r| json!({"datum": d.to_string(), "van": hhmm(r.start), "tot": hhmm(r.end)}),
            )
        })
        .collect();
    let planned: Vec<Value> = days
        .iter()
        .flat_map(|d| {
            s.sessions.iter().filter(|u| s.session_on(u, *d)).map(move |u| {
                json!({"datum": d.to_string(), "van": hhmm(u.time.start), "tot": hhmm(u.time.end), "titel": u.title,
                       "partner": u.partners.first(), "partners": u.partners, "adres": u.address_on(*d).map(address)})
            })
        })
        .collect();
    json!({
        "id": loc.slug,
        "url": format!("{base_url}{}", crate::routes::location(&loc.slug)),
        "naam": loc.name,
        "organisatie": loc.organisation,
        "soort": kind_key(loc.kind),
        "soort_tekst": crate::present::kind_label(loc),
        "informatieplein": loc.information_point,
        "gemeente": loc.gemeente.as_ref().map(|g| json!({"naam": g, "id": loc.gemeente_slug})),
        "werkgebied": area(&loc.area),
        "adres": loc.address.as_ref().map(address),
        "coordinaten": loc.coordinates.map(|c| json!({"lat": c.lat, "lon": c.lon})),
        "contact": {"telefoon": loc.phone.as_ref().map(|p| &p.display), "telefoon_link": loc.phone.as_ref().map(|p| &p.uri), "email": loc.email, "website": loc.website},
        "afspraak": {"soort": visit_key(loc.visit), "uitleg": loc.visit_note},
        "themas": loc.themes.iter().map(|t| json!({"id": t, "titel": idx.themes.get(t.as_str()).map(|x| &x.title)})).collect::<Vec<_>>(),
        "partners": loc.partners.iter().map(|p| json!({"id": p, "naam": idx.partners.get(p.as_str()).map(|x| &x.name)})).collect::<Vec<_>>(),
        "talen": loc.languages.iter().map(|l| &l.code).collect::<Vec<_>>(),
        "laatst_gecontroleerd": loc.last_checked.to_string(),
        "regels": {
            "openingstijden": week,
            "feestdagen_open": s.holidays_open.iter().map(|h| h.key()).collect::<Vec<_>>(),
            "gesloten": s.all_closures().map(|c| json!({"van": c.from.to_string(), "tot": c.until.to_string(), "reden": c.reason})).collect::<Vec<_>>(),
            "andere_tijden": s.special.iter().map(|x| json!({"datum": x.date.to_string(), "tijden": x.ranges.iter().map(range).collect::<Vec<_>>(), "reden": x.reason})).collect::<Vec<_>>(),
            "periode": s.period.map(|p| json!({"van": p.from.to_string(), "tot": p.until.to_string()})),
            "spreekuren": sessions,
        },
        "agenda": {"van": today.to_string(), "tot": until.to_string(), "open": open, "spreekuren": planned},
    })
}

/// `werkgebied`: `"landelijk"`, a list of gemeenten, or null for a local location.
fn area(a: &crate::model::Area) -> Value {
    match a {
        crate::model::Area::Local => Value::Null,
        crate::model::Area::National => json!("landelijk"),
        crate::model::Area::Region(list) => json!(list
            .iter()
            .map(|(n, s)| json!({"naam": n, "id": s}))
            .collect::<Vec<_>>()),
    }
}

fn address(a: &crate::model::Address) -> Value {
    json!({"straat": a.street, "postcode": a.postcode, "plaats": a.place, "waar": a.inside})
}

/// A file of locations: the envelope with the already serialised locations inside.
/// The start of an open-data file up to its list of locations: `{"$schema":…,"locaties":[`.
fn envelope_head(site: &Site, schema: &str, today: Date) -> String {
    let head = json!({
        "$schema": format!("{}{}", site.config.base_url, crate::routes::api_schema(schema)),
        "versie": "1",
        "bron": site.config.name,
        "gemaakt_op": today.to_string(),
    });
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
    let features: Vec<Value> = site
        .locations
        .iter()
        .filter_map(|l| {
            let c = l.coordinates?;
            Some(json!({
                "type": "Feature",
                "id": l.slug,
                // RFC 7946: longitude first.
                "geometry": {"type": "Point", "coordinates": [c.lon, c.lat]},
                "properties": {
                    "naam": l.name, "url": format!("{}{}", site.config.base_url, crate::routes::location(&l.slug)),
                    "soort": kind_key(l.kind), "soort_tekst": crate::present::kind_label(l),
                    "gemeente": l.gemeente, "adres": l.address.as_ref().map(address), "afspraak": visit_key(l.visit),
                },
            }))
        })
        .collect();
    let geo = json!({"type": "FeatureCollection", "features": features});
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
                "k": crate::present::kind_label(l),
                "o": kind_key(l.kind),
                "a": l.address.as_ref().map(crate::present::one_line),
                "g": l.gemeente,
                "w": area(&l.area),
                "v": l.visit.label(),
                "i": visit_key(l.visit),
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
