//! The typed, validated model of a site: what every later stage (derive, render, print,
//! feeds) reads. Built only by `content::load`; all values here are known to be valid.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

pub mod schedule;

use schedule::Schedule;

#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub config: SiteConfig,
    pub tokens: Tokens,
    /// Sorted by slug.
    pub locations: Vec<Location>,
    pub partners: Vec<Partner>,
    pub themes: Vec<Theme>,
    pub pages: Vec<Page>,
}

impl Site {
    /// Every image of every Markdown body.
    pub fn media(&self) -> impl Iterator<Item = &Media> {
        self.locations
            .iter()
            .flat_map(|l| &l.media)
            .chain(self.partners.iter().flat_map(|p| &p.media))
            .chain(self.themes.iter().flat_map(|t| &t.media))
            .chain(self.pages.iter().flat_map(|p| &p.media))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SiteConfig {
    pub name: String,
    /// Always ends with `/`.
    pub base_url: String,
    pub organisation: String,
    pub email: String,
    pub phone: Option<Phone>,
    pub address: Option<String>,
    pub language: String,
    /// The other languages the site is made in, in the catalogues' order (`ar`, `en`).
    pub languages: Vec<String>,
    pub example_data: bool,
    pub logo: Option<Logo>,
    pub partner_logos: Vec<Logo>,
    pub security: Option<Security>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Logo {
    /// Path relative to the content folder.
    pub file: String,
    pub alt: String,
}

/// A file of the content folder that the site publishes as is (an image).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    /// The real path of the file (inside the content folder).
    pub source: std::path::PathBuf,
    /// Its path inside the site: `media/<name>.<hash>.<ext>`.
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Security {
    pub contact: String,
    pub expires: Date,
    pub policy: Option<String>,
}

/// A phone number as written for people, and in `tel:` form.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Phone {
    pub display: String,
    pub uri: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    LibraryDesk,
    WholeLibrary,
    InformationPoint,
    PartnerVenue,
    Mobile,
    Telephone,
    PopUp,
}

impl Kind {
    /// The kind in plain Dutch, as shown to citizens.
    pub fn label(self) -> &'static str {
        match self {
            Kind::LibraryDesk => "Balie in de bibliotheek",
            Kind::WholeLibrary => "In de hele bibliotheek",
            Kind::InformationPoint => "Deel van een informatieplein",
            Kind::PartnerVenue => "Op een andere plek",
            Kind::Mobile => "Mobiel informatiepunt",
            Kind::Telephone => "Hulp via de telefoon",
            Kind::PopUp => "Tijdelijk informatiepunt",
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Venue {
    Library,
    StoreRestaurant,
    Supermarket,
    Hospital,
    CommunityCentre,
    CareHome,
    TownHall,
    Market,
    Other,
}

impl Venue {
    pub fn label(self) -> &'static str {
        match self {
            Venue::Library => "in de bibliotheek",
            Venue::StoreRestaurant => "in een winkelrestaurant",
            Venue::Supermarket => "in de supermarkt",
            Venue::Hospital => "in het ziekenhuis",
            Venue::CommunityCentre => "in het buurthuis",
            Venue::CareHome => "in het zorgcentrum",
            Venue::TownHall => "in het gemeentehuis",
            Venue::Market => "op de markt",
            Venue::Other => "op een andere plek",
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Visit {
    WalkIn,
    Appointment,
    Either,
}

impl Visit {
    pub fn label(self) -> &'static str {
        match self {
            Visit::WalkIn => "U kunt zonder afspraak langskomen.",
            Visit::Appointment => "Maak eerst een afspraak.",
            Visit::Either => "Kom langs, of maak een afspraak.",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Address {
    pub street: String,
    /// Normalised: `1234 AB`.
    pub postcode: String,
    pub place: String,
    pub inside: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub until: Date,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Accessibility {
    pub step_free: Option<bool>,
    pub lift: Option<bool>,
    pub toilet: Option<bool>,
    pub hearing_loop: Option<bool>,
    pub parking: Option<String>,
    pub public_transport: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    /// Dutch name of the language ("Engels").
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub slug: String,
    pub source: PathBuf,
    pub name: String,
    pub organisation: String,
    pub kind: Kind,
    pub venue: Option<Venue>,
    pub information_point: Option<String>,
    pub period: Option<Period>,
    pub address: Option<Address>,
    /// The gemeente where it is; `None` for a service for the whole country or a region
    /// without a place of its own.
    pub gemeente: Option<String>,
    pub gemeente_slug: Option<String>,
    /// Whom it serves beyond its own gemeente (`werkgebied`).
    pub area: Area,
    pub coordinates: Option<Coordinates>,
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub visit: Visit,
    pub visit_note: Option<String>,
    /// Theme slugs, in the author's order.
    pub themes: Vec<String>,
    /// Partner slugs: those named at the location plus those of its spreekuren.
    pub partners: Vec<String>,
    pub accessibility: Accessibility,
    pub languages: Vec<Language>,
    pub last_checked: Date,
    /// Opening hours, exceptions and spreekuren.
    pub schedule: Schedule,
    /// The body, rendered to HTML.
    pub body_html: String,
    /// Images of the body, published under `media/`.
    #[serde(skip)]
    pub media: Vec<Media>,
    /// The free text in other languages, by language code.
    pub translations: std::collections::BTreeMap<String, LocationText>,
}

/// A location's free text in one other language; None where the author gave none.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LocationText {
    pub body_html: Option<String>,
    pub visit_note: Option<String>,
    pub inside: Option<String>,
}

/// A theme's text in one other language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ThemeText {
    pub summary: Option<String>,
    pub body_html: Option<String>,
    /// Empty when not translated.
    pub bring: Vec<String>,
}

/// Whom a location serves beyond its own gemeente (`werkgebied`).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// Its own gemeente only (no `werkgebied`).
    #[default]
    Local,
    /// These gemeenten, as (name, slug), in the author's order.
    Region(Vec<(String, String)>),
    /// The whole country.
    National,
}

impl Area {
    /// Whether it serves the gemeente with this slug.
    pub fn serves(&self, slug: &str) -> bool {
        match self {
            Area::Local => false,
            Area::Region(list) => list.iter().any(|(_, s)| s == slug),
            Area::National => true,
        }
    }

    /// "voor heel Nederland" or "voor inwoners van Tilburg en Goirle"; `None` for a
    /// local location.
    pub fn phrase(&self) -> Option<String> {
        match self {
            Area::Local => None,
            Area::National => Some("voor heel Nederland".into()),
            Area::Region(list) => {
                let names: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
                Some(format!(
                    "voor inwoners van {}",
                    crate::dutch::join_and(&names)
                ))
            }
        }
    }

    /// The phrase as a sentence: "Voor heel Nederland."
    pub fn dutch(&self) -> Option<String> {
        self.phrase().map(|p| {
            let mut c = p.chars();
            let first = c.next().map(|f| f.to_uppercase().collect::<String>());
            format!("{}{}.", first.unwrap_or_default(), c.as_str())
        })
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    National,
    Local,
}

#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    pub slug: String,
    pub name: String,
    pub helps_with: String,
    pub reach: Reach,
    pub website: Option<String>,
    pub phone: Option<Phone>,
    pub body_html: String,
    /// Images of the body, published under `media/`.
    #[serde(skip)]
    pub media: Vec<Media>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Theme {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub bring: Vec<String>,
    pub partners: Vec<String>,
    pub order: i32,
    /// The list items of the body as plain text (what flyers and slides show).
    pub points: Vec<String>,
    pub body_html: String,
    /// Images of the body, published under `media/`.
    #[serde(skip)]
    pub media: Vec<Media>,
    /// The text in other languages, by language code.
    pub translations: std::collections::BTreeMap<String, ThemeText>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub in_footer: bool,
    pub order: i32,
    pub body_html: String,
    /// The page in other languages, by language code.
    pub translations: BTreeMap<String, PageText>,
    /// Images of the body, published under `media/`.
    #[serde(skip)]
    pub media: Vec<Media>,
}

/// A page in one other language: each part `None` when not translated.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageText {
    pub title: Option<String>,
    pub description: Option<String>,
    pub body_html: Option<String>,
}

/// The house style's design tokens (`templates/huisstijl.yaml`), checked.
#[derive(Debug, Clone, Serialize)]
pub struct Tokens {
    /// Colour name to `#rrggbb`.
    pub colours: BTreeMap<String, String>,
    pub font_family: String,
    /// Font files (relative to `templates/assets/`).
    pub font_regular: String,
    pub font_bold: String,
    pub base_size: String,
    /// TTF/OTF files for print and slides (relative to `templates/assets/`).
    pub print_fonts: [String; 2],
    /// The national IDO logo slot (relative to `templates/assets/`).
    pub logo: Logo,
    pub spacing: BTreeMap<String, String>,
    pub radii: BTreeMap<String, String>,
}
