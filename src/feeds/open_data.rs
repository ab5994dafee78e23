//! The open data's types (`/api/v1/`): what is published per location, as Rust structs
//! whose JSON Schemas schemars generates, like the content schemas. The build publishes
//! the schemas beside the data; `schemas/api/` in the repository holds the same files (a
//! test keeps them equal). Fields are declared in alphabetical order: that is the order
//! they are written in (and were, when the data was a map), so consumers see no change.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;

/// A date, `YYYY-MM-DD`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Datum(pub String);

impl JsonSchema for Datum {
    fn schema_name() -> Cow<'static, str> {
        "datum".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"})
    }
}

/// A time of day, `HH:MM`, local to Europe/Amsterdam.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Tijd(pub String);

impl JsonSchema for Tijd {
    fn schema_name() -> Cow<'static, str> {
        "tijd".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "pattern": r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$"})
    }
}

/// A day of the year, `MM-DD`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct MaandDag(pub String);

impl JsonSchema for MaandDag {
    fn schema_name() -> Cow<'static, str> {
        "maand_dag".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "pattern": r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"})
    }
}

/// A time range on one day.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "bereik", deny_unknown_fields)]
pub struct Bereik {
    pub tot: Tijd,
    pub van: Tijd,
}

/// A period of days, both ends included.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "periode", deny_unknown_fields)]
pub struct Periode {
    pub tot: Datum,
    pub van: Datum,
}

/// A period of which either end may be open (null).
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "open_periode", deny_unknown_fields)]
pub struct OpenPeriode {
    pub tot: Option<Datum>,
    pub van: Option<Datum>,
}

/// A period of the year, as MM-DD; wraps over the year end when `van` is after `tot`.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "seizoen", deny_unknown_fields)]
pub struct Seizoen {
    pub tot: MaandDag,
    pub van: MaandDag,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "adres", deny_unknown_fields)]
pub struct Adres<'a> {
    pub plaats: &'a str,
    #[schemars(regex(pattern = r"^[1-9]\d{3} [A-Z]{2}$"))]
    pub postcode: &'a str,
    /// Street and house number.
    pub straat: &'a str,
    /// Where to find the desk inside the building.
    pub waar: Option<&'a str>,
}

/// inloop: walk in; afspraak: appointment needed; beide: either.
#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "afspraak")]
pub enum AfspraakSoort {
    Inloop,
    Afspraak,
    Beide,
}

#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "soort")]
pub enum Soort {
    Bibliotheekbalie,
    HeleBibliotheek,
    Informatieplein,
    Partnerlocatie,
    Mobiel,
    Telefonisch,
    PopUp,
}

#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "dag")]
pub enum Dag {
    Maandag,
    Dinsdag,
    Woensdag,
    Donderdag,
    Vrijdag,
    Zaterdag,
    Zondag,
}

/// A week of the month.
#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "week")]
pub enum Week {
    Eerste,
    Tweede,
    Derde,
    Vierde,
    Laatste,
}

/// elke-week; even-weken/oneven-weken (ISO week numbers); om-de-week (every 14 days from
/// `vanaf`); eerste…laatste (that weekday of the month; `weken` lists them all); data
/// (the dates in `data`).
#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "herhaling")]
pub enum Herhaling {
    ElkeWeek,
    EvenWeken,
    OnevenWeken,
    OmDeWeek,
    Eerste,
    Tweede,
    Derde,
    Vierde,
    Laatste,
    Data,
}

#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "feestdag")]
pub enum Feestdag {
    Nieuwjaarsdag,
    GoedeVrijdag,
    EerstePaasdag,
    TweedePaasdag,
    Koningsdag,
    Bevrijdingsdag,
    Hemelvaartsdag,
    EerstePinksterdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
}

/// A closure calendar's period, or a closure of the location.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "gesloten", deny_unknown_fields)]
pub struct Gesloten<'a> {
    pub reden: &'a str,
    pub tot: Datum,
    pub van: Datum,
}

/// A closure calendar (such as the school holidays): the spreekuur does not take place
/// in its periods.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "niet_tijdens", deny_unknown_fields)]
pub struct NietTijdens<'a> {
    pub id: &'a str,
    pub naam: &'a str,
    pub perioden: Vec<Gesloten<'a>>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "adres_op_datum", deny_unknown_fields)]
pub struct AdresOpDatum<'a> {
    pub adres: Adres<'a>,
    pub datum: Datum,
}

/// A spreekuur's rule as the content says it.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "spreekuur", deny_unknown_fields)]
pub struct Spreekuur<'a> {
    /// Held at another address.
    pub adres: Option<Adres<'a>>,
    /// Held at another address on these dates.
    pub adres_per_datum: Vec<AdresOpDatum<'a>>,
    pub afspraak: AfspraakSoort,
    /// The first weekday of `dagen` (absent for `data`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Dag")]
    pub dag: Option<Dag>,
    /// Every weekday the rule falls on (`[maandag, woensdag]`; absent for `data`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<Dag>")]
    pub dagen: Option<Vec<Dag>>,
    /// The dates, for `herhaling: data`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<Datum>")]
    pub data: Option<Vec<Datum>>,
    /// One-off extra dates.
    pub extra: Vec<Datum>,
    pub herhaling: Herhaling,
    /// Closure calendars: it does not take place in their periods.
    pub niet_tijdens: Vec<NietTijdens<'a>>,
    /// id of the first partner (see `partners`).
    pub partner: Option<&'a str>,
    /// ids of every partner that holds it.
    pub partners: &'a [String],
    /// Only within this period; either end may be open.
    pub periode: Option<OpenPeriode>,
    /// Only in this part of every year, as MM-DD; wraps over the year end when `van` is
    /// after `tot`.
    pub seizoen: Option<Seizoen>,
    /// The rule as a plain Dutch sentence.
    pub tekst: String,
    /// id of a theme.
    pub thema: Option<&'a str>,
    pub tijd: Bereik,
    pub titel: &'a str,
    /// How to make an appointment, or what to know.
    pub uitleg: Option<&'a str>,
    /// The first date, for `herhaling: om-de-week`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Datum")]
    pub vanaf: Option<Datum>,
    /// Dates of the rule on which it does not take place.
    pub vervalt: Vec<Datum>,
    /// For a monthly rule: every week of the month it falls in (`[eerste, derde]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<Week>")]
    pub weken: Option<Vec<Week>>,
}

/// Regular hours per weekday; an empty list is closed.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "openingstijden", deny_unknown_fields)]
pub struct Openingstijden {
    pub dinsdag: Vec<Bereik>,
    pub donderdag: Vec<Bereik>,
    pub maandag: Vec<Bereik>,
    pub vrijdag: Vec<Bereik>,
    pub woensdag: Vec<Bereik>,
    pub zaterdag: Vec<Bereik>,
    pub zondag: Vec<Bereik>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "andere_tijden", deny_unknown_fields)]
pub struct AndereTijden<'a> {
    pub datum: Datum,
    pub reden: &'a str,
    pub tijden: Vec<Bereik>,
}

/// The rules as the content says them.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "regels", deny_unknown_fields)]
pub struct Regels<'a> {
    pub andere_tijden: Vec<AndereTijden<'a>>,
    /// Holidays on which the location is open anyway; closed on all others.
    pub feestdagen_open: Vec<Feestdag>,
    pub gesloten: Vec<Gesloten<'a>>,
    pub openingstijden: Openingstijden,
    /// A pop-up is open only in this period.
    pub periode: Option<Periode>,
    pub spreekuren: Vec<Spreekuur<'a>>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "open_op", deny_unknown_fields)]
pub struct OpenOp {
    pub datum: Datum,
    pub tot: Tijd,
    pub van: Tijd,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "spreekuur_op", deny_unknown_fields)]
pub struct SpreekuurOp<'a> {
    /// Where it is held on that date when not at the location.
    pub adres: Option<Adres<'a>>,
    pub datum: Datum,
    pub partner: Option<&'a str>,
    pub partners: &'a [String],
    pub titel: &'a str,
    pub tot: Tijd,
    pub van: Tijd,
}

/// The rules applied: concrete opening times and spreekuren for 8 weeks from
/// `gemaakt_op`.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "agenda", deny_unknown_fields)]
pub struct Agenda<'a> {
    pub open: Vec<OpenOp>,
    pub spreekuren: Vec<SpreekuurOp<'a>>,
    pub tot: Datum,
    pub van: Datum,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "afspraak_van_locatie", deny_unknown_fields)]
pub struct Afspraak<'a> {
    pub soort: AfspraakSoort,
    pub uitleg: Option<&'a str>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "contact", deny_unknown_fields)]
pub struct Contact<'a> {
    pub email: Option<&'a str>,
    pub telefoon: Option<&'a str>,
    /// The number as a tel: link.
    pub telefoon_link: Option<&'a str>,
    pub website: Option<&'a str>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "coordinaten", deny_unknown_fields)]
pub struct Coordinaten {
    #[schemars(range(min = 50.7, max = 53.6))]
    pub lat: f64,
    #[schemars(range(min = 3.3, max = 7.3))]
    pub lon: f64,
}

/// A gemeente: its id and its name.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "gemeente", deny_unknown_fields)]
pub struct Gemeente<'a> {
    /// As in `/gemeenten/<id>/` and `/api/v1/gemeenten/<id>.json`.
    pub id: &'a str,
    pub naam: &'a str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "thema", deny_unknown_fields)]
pub struct Thema<'a> {
    pub id: &'a str,
    pub titel: &'a str,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "partner", deny_unknown_fields)]
pub struct Partner<'a> {
    pub id: &'a str,
    pub naam: &'a str,
}

/// The whole country.
#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "landelijk")]
pub enum Landelijk {
    Landelijk,
}

/// Whom a service serves beyond its own gemeente: the whole country, or these gemeenten.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "werkgebied")]
pub enum Werkgebied<'a> {
    Land(Landelijk),
    Gemeenten(#[schemars(length(min = 1))] Vec<Gemeente<'a>>),
}

/// One location as published.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "locatie", deny_unknown_fields)]
pub struct Locatie<'a> {
    /// null for help by telephone.
    pub adres: Option<Adres<'a>>,
    pub afspraak: Afspraak<'a>,
    pub agenda: Agenda<'a>,
    pub contact: Contact<'a>,
    pub coordinaten: Option<Coordinaten>,
    /// Where it is (see `werkgebied`); null for a service for the whole country or a
    /// region without a place of its own.
    pub gemeente: Option<Gemeente<'a>>,
    /// Stable identifier (the slug of the page).
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: &'a str,
    pub informatieplein: Option<&'a str>,
    pub laatst_gecontroleerd: Datum,
    pub naam: &'a str,
    /// The host organisation, usually the library.
    pub organisatie: &'a str,
    pub partners: Vec<Partner<'a>>,
    pub regels: Regels<'a>,
    pub soort: Soort,
    /// The kind in plain Dutch, as on the location page (for a partner venue: the
    /// place, such as "In het ziekenhuis").
    pub soort_tekst: &'static str,
    /// ISO 639 language codes the staff speak.
    pub talen: Vec<&'a str>,
    pub themas: Vec<Thema<'a>>,
    /// The location's page.
    #[schemars(url)]
    pub url: String,
    /// Whom it serves beyond its own gemeente: null (its own gemeente only), the whole
    /// country, or a region (these gemeenten). A gemeente's file lists its own locations
    /// first, then the services for a region that names it and those for the whole
    /// country.
    pub werkgebied: Option<Werkgebied<'a>>,
}

/// The version of the format: "1".
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "versie")]
pub enum Versie {
    #[serde(rename = "1")]
    V1,
}

/// The start of an open-data file, before its locations.
#[derive(Serialize, JsonSchema)]
pub struct Kop<'a> {
    /// Address of this schema.
    #[serde(rename = "$schema")]
    #[schemars(url)]
    pub schema: String,
    /// Name of the site that publishes the data.
    pub bron: &'a str,
    /// The date the data was made; the agenda starts here.
    pub gemaakt_op: Datum,
    pub versie: Versie,
}

/// Every location with its rules and the concrete opening times and spreekuren for the
/// coming 8 weeks (`/api/v1/locaties.json`, and per gemeente
/// `/api/v1/gemeenten/<id>.json`). Dates are YYYY-MM-DD, times HH:MM, local to
/// Europe/Amsterdam. Field names are stable within v1.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "locaties", deny_unknown_fields)]
pub struct Locaties<'a> {
    #[serde(flatten)]
    pub kop: Kop<'a>,
    pub locaties: Vec<Locatie<'a>>,
}

/// The properties of a location on the map.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "eigenschappen")]
pub struct Eigenschappen<'a> {
    pub adres: Option<Adres<'a>>,
    pub afspraak: AfspraakSoort,
    pub gemeente: Option<&'a str>,
    pub naam: &'a str,
    pub soort: Soort,
    pub soort_tekst: &'static str,
    #[schemars(url)]
    pub url: String,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "punt_type")]
pub enum PointType {
    Point,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "feature_type")]
pub enum FeatureType {
    Feature,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "collectie_type")]
pub enum CollectionType {
    FeatureCollection,
}

/// [longitude, latitude] in WGS 84, within the Netherlands (RFC 7946: longitude first).
#[derive(Serialize)]
#[serde(transparent)]
pub struct LonLat(pub [f64; 2]);

impl JsonSchema for LonLat {
    fn schema_name() -> Cow<'static, str> {
        "lengte_breedte".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "array", "minItems": 2, "maxItems": 2, "items": false,
            "prefixItems": [
                {"type": "number", "minimum": 3.3, "maximum": 7.3, "description": "longitude"},
                {"type": "number", "minimum": 50.7, "maximum": 53.6, "description": "latitude"}
            ]
        })
    }
}

/// A point on the map.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "punt", deny_unknown_fields)]
pub struct Punt {
    pub coordinates: LonLat,
    #[serde(rename = "type")]
    pub kind: PointType,
}

/// One location with coordinates.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "feature")]
pub struct Feature<'a> {
    pub geometry: Punt,
    /// Same id as in locaties.json.
    pub id: &'a str,
    pub properties: Eigenschappen<'a>,
    #[serde(rename = "type")]
    pub kind: FeatureType,
}

/// `/api/v1/locaties.geojson`: an RFC 7946 FeatureCollection with one Point per location
/// that has coordinates (help by telephone has none and is left out). Coordinates are
/// [longitude, latitude] in WGS 84.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "feature_collection")]
pub struct FeatureCollection<'a> {
    pub features: Vec<Feature<'a>>,
    #[serde(rename = "type")]
    pub kind: CollectionType,
}

fn titled(mut schema: Schema, file: &str, title: &str) -> String {
    schema.insert("$id".into(), file.into());
    schema.insert("title".into(), title.into());
    let mut value = schema.to_value();
    tidy(&mut value);
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

/// Descriptions on one line (doc comments wrap at 90 columns), and no OpenAPI formats
/// (`double`) that JSON Schema does not know.
fn tidy(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(d)) = map.get_mut("description") {
                *d = d.split_whitespace().collect::<Vec<_>>().join(" ");
            }
            if map.get("format").and_then(|f| f.as_str()) == Some("double") {
                map.remove("format");
            }
            map.values_mut().for_each(tidy);
        }
        serde_json::Value::Array(list) => list.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// The schema of `T` as it is written: every field is there (null when empty) unless
/// it is skipped when empty.
fn serialized<T: JsonSchema>() -> Schema {
    schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The open data's schemas as (file name, JSON text).
pub fn schemas() -> Vec<(&'static str, String)> {
    vec![
        (
            "locaties.schema.json",
            titled(
                serialized::<Locaties>(),
                "locaties.schema.json",
                "Informatiepunten Digitale Overheid: locaties (v1)",
            ),
        ),
        (
            "locaties.geojson.schema.json",
            titled(
                serialized::<FeatureCollection>(),
                "locaties.geojson.schema.json",
                "Informatiepunten Digitale Overheid: locaties as GeoJSON (v1)",
            ),
        ),
    ]
}
