//! The front matter as authors write it: Dutch keys, strings kept as written so that
//! validation can report every problem with its position. Every struct denies unknown
//! fields, so a typo is an error rather than silently ignored.

use std::collections::BTreeMap;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

/// A day's hours as written: `gesloten`, `"10.00-17.00"` or a list of ranges.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawDay {
    One(String),
    Many(Vec<String>),
}

/// Weekly hours with one optional entry per weekday; a missing day is closed.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWeek {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maandag: Option<RawDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dinsdag: Option<RawDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub woensdag: Option<RawDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub donderdag: Option<RawDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vrijdag: Option<RawDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zaterdag: Option<RawDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zondag: Option<RawDay>,
}

impl RawWeek {
    /// The seven days in order, Monday first, with their Dutch key.
    pub fn days(&self) -> [(&'static str, Option<&RawDay>); 7] {
        [
            ("maandag", self.maandag.as_ref()),
            ("dinsdag", self.dinsdag.as_ref()),
            ("woensdag", self.woensdag.as_ref()),
            ("donderdag", self.donderdag.as_ref()),
            ("vrijdag", self.vrijdag.as_ref()),
            ("zaterdag", self.zaterdag.as_ref()),
            ("zondag", self.zondag.as_ref()),
        ]
    }
}

/// `ja` / `nee` (or `true` / `false`), as Dutch authors write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JaNee(pub bool);

impl Serialize for JaNee {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(if self.0 { "ja" } else { "nee" })
    }
}

impl JsonSchema for JaNee {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "JaNee".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "ja or nee (true or false also work)",
            "anyOf": [{"type": "boolean"}, {"enum": ["ja", "nee"]}]
        })
    }
}

impl<'de> Deserialize<'de> for JaNee {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = JaNee;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("ja or nee")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<JaNee, E> {
                Ok(JaNee(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<JaNee, E> {
                match v.trim().to_lowercase().as_str() {
                    "ja" => Ok(JaNee(true)),
                    "nee" => Ok(JaNee(false)),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    /// Street and house number.
    pub straat: String,
    pub postcode: String,
    pub plaats: String,
    /// Where to find the desk inside the building.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waar: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCoordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefoon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawVisit {
    /// Walk in, no appointment.
    Inloop,
    /// Appointment needed.
    Afspraak,
    /// Walk in, or make an appointment to be sure of a slot.
    Beide,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAppointment {
    pub soort: RawVisit,
    /// How to make an appointment, or anything to know before coming.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitleg: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAccessibility {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drempelvrij: Option<JaNee>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lift: Option<JaNee>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toilet: Option<JaNee>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ringleiding: Option<JaNee>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parkeren: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ov: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    pub van: Date,
    pub tot: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawKind {
    Bibliotheekbalie,
    HeleBibliotheek,
    Informatieplein,
    Partnerlocatie,
    Mobiel,
    Telefonisch,
    PopUp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawVenue {
    Bibliotheek,
    Winkelrestaurant,
    Supermarkt,
    Ziekenhuis,
    Buurthuis,
    Zorgcentrum,
    Gemeentehuis,
    Markt,
    Anders,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawRepeat {
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

/// One value or a list of them (`dag: maandag` or `dag: [maandag, woensdag]`).
#[derive(Debug, Clone, PartialEq)]
pub struct OneOrMore<T>(pub Vec<T>);

impl<T: Serialize> Serialize for OneOrMore<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(s),
            all => all.serialize(s),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMore<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("OneOrMore_{}", T::schema_name()).into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = g.subschema_for::<T>();
        schemars::json_schema!({
            "description": "one value, or a list of them",
            "anyOf": [one, {"type": "array", "items": one, "minItems": 1}]
        })
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMore<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::value::{SeqAccessDeserializer, StrDeserializer};
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
            type Value = OneOrMore<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("one value or a list")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(StrDeserializer::<E>::new(v)).map(|t| OneOrMore(vec![t]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                a: A,
            ) -> Result<Self::Value, A::Error> {
                Vec::<T>::deserialize(SeqAccessDeserializer::new(a)).map(OneOrMore)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A validity period that may be open at one end.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOpenPeriod {
    /// First day; leave out for "until".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub van: Option<Date>,
    /// Last day; leave out for "from".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tot: Option<Date>,
}

/// A part of every year: `van: september`, `tot: juni` (whole months), or month-day
/// like `09-15` (15 September).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSeason {
    pub van: String,
    pub tot: String,
}

/// Another address on one date.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub datum: Date,
    pub adres: RawAddress,
}

/// A closure calendar (`content/kalenders/<naam>.yaml`): named periods, such as the
/// school holidays of one region.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCalendar {
    /// How a sentence names it after "Niet in": `de schoolvakanties`.
    pub naam: String,
    /// Where the dates come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bron: Option<String>,
    /// When the source was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geraadpleegd: Option<Date>,
    pub perioden: Vec<RawCalendarPeriod>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCalendarPeriod {
    /// Kerstvakantie, Zomervakantie, ...
    pub naam: String,
    pub van: Date,
    pub tot: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSession {
    pub titel: String,
    /// One partner (or a list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner: Option<OneOrMore<String>>,
    /// Several partners that hold it together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thema: Option<String>,
    /// Weekday, or a list of weekdays; not used with `herhaling: data`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dag: Option<OneOrMore<String>>,
    pub tijd: String,
    /// How it repeats; a list of weeks of the month (`[eerste, derde]`) combines them.
    #[serde(default = "default_repeat")]
    pub herhaling: OneOrMore<RawRepeat>,
    /// First date of an every-other-week series.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vanaf: Option<Date>,
    /// The dates of a `herhaling: data` series.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Date>>,
    /// Only in this period (either end may be left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub periode: Option<RawOpenPeriod>,
    /// Only in this part of every year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seizoen: Option<RawSeason>,
    /// Closure calendars (`content/kalenders/`): not in their periods.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub niet_tijdens: Vec<String>,
    pub afspraak: RawVisit,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitleg: Option<String>,
    /// Held somewhere else than the location itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adres: Option<RawAddress>,
    /// Another address on some of its dates (a market stall that moves).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adres_per_datum: Vec<RawPlace>,
    /// Dates on which it does not take place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vervalt: Vec<Date>,
    /// Extra one-off dates, at the same time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<Date>,
}

/// A closure: one day (`datum`) or a period (`van`, `tot`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawClosure {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub datum: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub van: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tot: Option<Date>,
    pub reden: String,
}

/// Other hours on one date.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSpecialDay {
    pub datum: Date,
    pub tijden: RawDay,
    pub reden: String,
}

fn default_repeat() -> OneOrMore<RawRepeat> {
    OneOrMore(vec![RawRepeat::ElkeWeek])
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLocation {
    pub naam: String,
    pub organisatie: String,
    pub soort: RawKind,
    /// The kind of venue, for locations outside the library.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plek: Option<RawVenue>,
    /// Name of the broader information point this desk is part of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub informatieplein: Option<String>,
    /// Period a pop-up or seasonal location is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub periode: Option<RawPeriod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adres: Option<RawAddress>,
    /// The gemeente where it is; leave out for a service for the whole country or a
    /// region without a place of its own (then `werkgebied` says whom it serves).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gemeente: Option<String>,
    /// Whom it serves beyond its own gemeente: `landelijk`, or a list of gemeenten.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub werkgebied: Option<RawArea>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinaten: Option<RawCoordinates>,
    #[serde(default)]
    pub contact: RawContact,
    pub afspraak: RawAppointment,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themas: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(default)]
    pub toegankelijkheid: RawAccessibility,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub talen: Vec<String>,
    pub laatst_gecontroleerd: Date,
    #[serde(default)]
    pub openingstijden: RawWeek,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spreekuren: Vec<RawSession>,
    /// Holidays on which the location is open anyway (`goede-vrijdag`, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feestdagen_open: Vec<String>,
    /// Closures: summer closure, school holidays, single days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gesloten: Vec<RawClosure>,
    /// Closure calendars (`content/kalenders/`): closed in their periods.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub niet_tijdens: Vec<String>,
    /// Other hours on a date (Kerstavond).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub andere_tijden: Vec<RawSpecialDay>,
    /// The free text in other languages, per language code (`en`, `ar`, `tr`, `pl`,
    /// `uk`); every field is optional: what is missing shows in Dutch.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub vertalingen: std::collections::BTreeMap<String, RawLocationText>,
}

/// A location's free text in another language.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLocationText {
    /// The text below the front matter (Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tekst: Option<String>,
    /// What `afspraak.uitleg` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afspraak: Option<String>,
    /// What `adres.waar` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waar: Option<String>,
}

/// A theme's text in another language.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawThemeText {
    /// What `uitleg` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uitleg: Option<String>,
    /// The text below the front matter (Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tekst: Option<String>,
    /// What `meenemen` says, item by item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meenemen: Vec<String>,
}

/// `werkgebied`: `landelijk` (the whole country) or a list of gemeenten (a region).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum RawArea {
    One(String),
    Many(Vec<String>),
}

impl JsonSchema for RawArea {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RawArea".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "landelijk (the whole country), or a list of the gemeenten it serves",
            "anyOf": [
                {"enum": ["landelijk"]},
                {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
            ]
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RawReach {
    Landelijk,
    Lokaal,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPartner {
    pub naam: String,
    /// One plain sentence: what they help with.
    pub helpt_met: String,
    pub soort: RawReach,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefoon: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTheme {
    pub titel: String,
    /// One or two plain sentences.
    pub uitleg: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meenemen: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// Position in lists; lower first.
    #[serde(default)]
    pub volgorde: i32,
    /// The text in other languages, per language code; what is missing shows in Dutch.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub vertalingen: std::collections::BTreeMap<String, RawThemeText>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub titel: String,
    /// Short summary for search engines and link previews.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschrijving: Option<String>,
    /// Show a link in the footer.
    #[serde(default)]
    pub in_voettekst: bool,
    #[serde(default)]
    pub volgorde: i32,
    /// The page in other languages, per language code; what is missing shows in Dutch.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub vertalingen: std::collections::BTreeMap<String, RawPageText>,
}

/// A page in another language.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPageText {
    /// What `titel` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<String>,
    /// What `beschrijving` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschrijving: Option<String>,
    /// The text below the front matter (Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tekst: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSecurity {
    /// `mailto:` or `https:` address for security reports.
    pub contact: String,
    /// Date after which the security.txt is no longer valid (RFC 9116 `Expires`).
    pub verloopt: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beleid: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSiteContact {
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefoon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adres: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBranding {
    /// Logo shown in the header (path inside `content/`), with its text alternative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_alt: Option<String>,
    /// Co-branding logos (library, gemeente), shown in the footer and on print.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partnerlogos: Vec<RawLogo>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLogo {
    pub bestand: String,
    pub alt: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    pub naam: String,
    pub basis_url: String,
    pub organisatie: String,
    pub contact: RawSiteContact,
    #[serde(default = "default_language")]
    pub taal: String,
    /// The site's other languages besides Dutch (`en`, `ar`, `tr`, `pl`, `uk`): every
    /// public page, embed, widget and A5 flyer is made in each. Leave it out for all
    /// of them; `[]` for a site in Dutch only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub talen: Option<Vec<String>>,
    /// Marks the content as example data (shown in the footer).
    #[serde(default)]
    pub voorbeeld: bool,
    #[serde(default)]
    pub huisstijl: RawBranding,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beveiliging: Option<RawSecurity>,
}

fn default_language() -> String {
    "nl".to_string()
}

/// House-style design tokens (`content/huisstijl.yaml`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTokens {
    pub kleuren: BTreeMap<String, String>,
    pub lettertype: RawFont,
    pub ruimte: BTreeMap<String, String>,
    pub hoeken: BTreeMap<String, String>,
    /// The national IDO logo on flyers and slides (path inside `templates/assets/`).
    #[serde(default = "default_ido_logo")]
    pub logo: RawLogo,
}

fn default_ido_logo() -> RawLogo {
    RawLogo {
        bestand: "logo/ido-neutraal.svg".into(),
        alt: "Informatiepunt Digitale Overheid".into(),
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFont {
    pub familie: String,
    pub regulier: String,
    pub vet: String,
    pub basisgrootte: String,
    /// TTF or OTF files of the same family for flyers and slides (typst cannot read WOFF2).
    #[serde(default = "default_print_regular")]
    pub drukwerk_regulier: String,
    #[serde(default = "default_print_bold")]
    pub drukwerk_vet: String,
}

fn default_print_regular() -> String {
    "fonts/atkinson-hyperlegible-400.ttf".into()
}

fn default_print_bold() -> String {
    "fonts/atkinson-hyperlegible-700.ttf".into()
}
