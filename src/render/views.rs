//! Borrowed views of the model shaped for the templates: Dutch labels and sentences are
//! made here, once, so templates stay simple.

use jiff::civil::Date;
use serde::Serialize;

use crate::dutch;
use crate::index::{Gemeente, Index};
use crate::model::{Address, Location, Partner, Site, Theme, Visit};
use crate::schedule::{Schedule, Session};

/// What every page's layout needs.
#[derive(Serialize)]
pub struct Layout<'a> {
    pub site_name: &'a str,
    pub organisation: &'a str,
    pub email: &'a str,
    pub phone: Option<&'a crate::model::Phone>,
    pub example_data: bool,
    pub footer_pages: Vec<Link<'a>>,
    pub logo: Option<LogoView<'a>>,
    pub built_on: String,
    pub css: String,
    pub js: String,
    pub finder_js: String,
    pub embed_child_js: String,
    /// The base URL, for links that must leave an iframe.
    pub site_url: &'a str,
}

#[derive(Serialize)]
pub struct LogoView<'a> {
    pub src: String,
    pub alt: &'a str,
}

#[derive(Serialize)]
pub struct Link<'a> {
    pub slug: &'a str,
    pub title: &'a str,
}

impl<'a> Layout<'a> {
    pub fn new(site: &'a Site, css: String, scripts: [String; 3], today: Date) -> Self {
        let [js, finder_js, embed_child_js] = scripts;
        let mut pages: Vec<_> = site.pages.iter().filter(|p| p.in_footer).collect();
        pages.sort_by(|a, b| a.order.cmp(&b.order).then(a.title.cmp(&b.title)));
        Layout {
            site_name: &site.config.name,
            organisation: &site.config.organisation,
            email: &site.config.email,
            phone: site.config.phone.as_ref(),
            example_data: site.config.example_data,
            footer_pages: pages
                .into_iter()
                .map(|p| Link {
                    slug: &p.slug,
                    title: &p.title,
                })
                .collect(),
            logo: site.config.logo.as_ref().map(|l| LogoView {
                src: media_path(&l.file),
                alt: &l.alt,
            }),
            built_on: dutch::long_date(today),
            css,
            js,
            finder_js,
            embed_child_js,
            site_url: &site.config.base_url,
        }
    }
}

/// Where a content file such as a logo lands in the output.
pub fn media_path(file: &str) -> String {
    format!("media/{}", crate::content::files::output_name(file))
}

/// A location in lists.
#[derive(Serialize)]
pub struct Card<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
    pub address: Option<String>,
    pub visit: &'static str,
    pub gemeente: &'a str,
    pub phone: Option<&'a crate::model::Phone>,
    /// A telephone service: people call, they do not walk in.
    pub telephone: bool,
}

impl<'a> Card<'a> {
    pub fn new(l: &'a Location) -> Self {
        Card {
            slug: &l.slug,
            name: &l.name,
            kind: kind_label(l),
            address: l.address.as_ref().map(one_line),
            visit: match l.visit {
                Visit::WalkIn => "Zonder afspraak",
                Visit::Appointment => "Alleen op afspraak",
                Visit::Either => "Met of zonder afspraak",
            },
            gemeente: &l.gemeente,
            phone: l.phone.as_ref(),
            telephone: l.kind == crate::model::Kind::Telephone,
        }
    }
}

/// The kind of a location as citizens see it everywhere (pages, finder, embeds, open
/// data): the place for a partner venue ("In het ziekenhuis"), else the kind.
pub fn kind_label(l: &Location) -> &'static str {
    match (l.kind, l.venue) {
        (crate::model::Kind::PartnerVenue, Some(v)) => match v {
            crate::model::Venue::StoreRestaurant => "In een winkelrestaurant",
            crate::model::Venue::Supermarket => "In de supermarkt",
            crate::model::Venue::Hospital => "In het ziekenhuis",
            crate::model::Venue::CommunityCentre => "In het buurthuis",
            crate::model::Venue::CareHome => "In het zorgcentrum",
            crate::model::Venue::TownHall => "In het gemeentehuis",
            crate::model::Venue::Market => "Op de markt",
            _ => l.kind.label(),
        },
        _ => l.kind.label(),
    }
}

pub fn one_line(a: &Address) -> String {
    format!("{}, {} {}", a.street, a.postcode, a.place)
}

#[derive(Serialize)]
pub struct GemeenteView<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub count: usize,
    pub locations: Vec<Card<'a>>,
}

/// One theme on a gemeente page, with the gemeente's locations that help with it (for
/// the theme filter that works without JavaScript).
#[derive(Serialize)]
pub struct ThemeGroup<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub locations: Vec<Card<'a>>,
}

/// The themes of the site in their order, each with the gemeente's locations that list
/// it; themes no location of the gemeente has are left out.
pub fn theme_groups<'a>(g: &Gemeente<'a>, idx: &Index<'a>) -> Vec<ThemeGroup<'a>> {
    idx.themes_ordered
        .iter()
        .map(|t| ThemeGroup {
            slug: &t.slug,
            title: &t.title,
            locations: g
                .locations
                .iter()
                .filter(|l| l.themes.iter().any(|x| *x == t.slug))
                .map(|l| Card::new(l))
                .collect(),
        })
        .filter(|t| !t.locations.is_empty())
        .collect()
}

/// What an embedded card adds to a [`Card`]: the line for today (without JavaScript)
/// and the rules the script computes "open now" and today's hours from.
#[derive(Serialize)]
pub struct EmbedFacts {
    pub today: String,
    pub today_hours: String,
}

impl EmbedFacts {
    pub fn new(l: &Location, today: Date) -> Self {
        let hours = l.schedule.hours_on(today);
        EmbedFacts {
            today: today_line(&l.schedule, today),
            today_hours: if hours.is_empty() {
                "Vandaag gesloten.".into()
            } else {
                format!("Vandaag: {}.", crate::schedule::describe_ranges(&hours))
            },
        }
    }
}

/// The rules of several locations as one JSON array, safe inside a
/// `<script type="application/json">` element.
pub fn rules_list(list: &[&Location]) -> String {
    let rules: Vec<String> = list
        .iter()
        .map(|l| crate::schedule::rules::json(&l.schedule))
        .collect();
    format!("[{}]", rules.join(","))
}

impl<'a> GemeenteView<'a> {
    pub fn new(g: &Gemeente<'a>) -> Self {
        GemeenteView {
            name: g.name,
            slug: g.slug,
            count: g.locations.len(),
            locations: g.locations.iter().map(|l| Card::new(l)).collect(),
        }
    }
}

#[derive(Serialize)]
pub struct ThemeCard<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
}

impl<'a> ThemeCard<'a> {
    pub fn new(t: &'a Theme) -> Self {
        ThemeCard {
            slug: &t.slug,
            title: &t.title,
            summary: &t.summary,
        }
    }
}

#[derive(Serialize)]
pub struct PartnerCard<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub helps_with: &'a str,
}

impl<'a> PartnerCard<'a> {
    pub fn new(p: &'a Partner) -> Self {
        PartnerCard {
            slug: &p.slug,
            name: &p.name,
            helps_with: &p.helps_with,
        }
    }
}

#[derive(Serialize)]
pub struct Row {
    pub day: &'static str,
    pub text: String,
    /// "10.00–12.00 en 13.00–17.00 uur", for slides and other narrow places.
    pub short: String,
    pub closed: bool,
}

#[derive(Serialize)]
pub struct SessionView<'a> {
    /// Position in the location's list (the script finds its dates by it).
    pub index: usize,
    pub title: &'a str,
    pub sentence: String,
    /// Cancelled and extra dates still to come, as a sentence.
    pub exceptions: Option<String>,
    pub visit: &'static str,
    pub note: Option<&'a str>,
    pub partners: Vec<PartnerCard<'a>>,
    pub theme: Option<ThemeCard<'a>>,
    pub next: Vec<String>,
    pub address: Option<String>,
    /// "dinsdag 8 december: Markt 1, 7411 AB Deventer": coming dates at another address.
    pub places: Vec<String>,
}

impl<'a> SessionView<'a> {
    fn new(
        index: usize,
        s: &'a Session,
        sched: &Schedule,
        idx: &Index<'a>,
        today: Date,
        minute: u16,
    ) -> Self {
        let future = |dates: &[Date]| {
            let coming: Vec<Date> = dates.iter().copied().filter(|d| *d >= today).collect();
            dutch::weekday_dates_near(&coming, today)
        };
        let mut exceptions = Vec::new();
        let cancelled = future(&s.cancelled);
        if !cancelled.is_empty() {
            exceptions.push(format!("Niet op {}.", dutch::join_and(&cancelled)));
        }
        let extra = future(&s.extra);
        if !extra.is_empty() {
            exceptions.push(format!("Extra op {}.", dutch::join_and(&extra)));
        }
        SessionView {
            index,
            title: &s.title,
            sentence: s.dutch(today),
            exceptions: (!exceptions.is_empty()).then(|| exceptions.join(" ")),
            visit: s.visit.label(),
            note: s.note.as_deref(),
            partners: s
                .partners
                .iter()
                .filter_map(|p| idx.partners.get(p.as_str()))
                .map(|p| PartnerCard::new(p))
                .collect(),
            theme: s
                .theme
                .as_deref()
                .and_then(|t| idx.themes.get(t))
                .map(|t| ThemeCard::new(t)),
            next: dutch::weekday_dates_near(&sched.session_dates(s, today, minute, 3), today),
            address: s.address.as_ref().map(one_line),
            places: s
                .places
                .iter()
                .filter(|(d, _)| *d >= today && sched.session_on(s, *d))
                .map(|(d, a)| format!("{}: {}", dutch::weekday_date_near(*d, today), one_line(a)))
                .collect(),
        }
    }
}

/// "Open van maandag 1 juni tot en met vrijdag 31 juli." (a pop-up's period).
pub fn period_sentence(p: crate::model::Period) -> String {
    format!(
        "Open van {} tot en met {}.",
        dutch::weekday_date(p.from),
        dutch::weekday_date(p.until)
    )
}

/// The caption over a location's hours.
pub fn hours_caption(kind: crate::model::Kind) -> &'static str {
    match kind {
        crate::model::Kind::WholeLibrary => "Openingstijden van de bibliotheek",
        crate::model::Kind::Telephone => "Wanneer kunt u bellen?",
        _ => "Openingstijden",
    }
}

/// "10.00–12.00 en 13.00–17.00 uur" ("Gesloten" when empty).
pub fn short_ranges(ranges: &[crate::schedule::TimeRange]) -> String {
    if ranges.is_empty() {
        return "Gesloten".into();
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|r| format!("{}–{}", dutch::time(r.start), dutch::time(r.end)))
        .collect();
    format!("{} uur", dutch::join_and(&parts))
}

/// One row per weekday of the regular week.
pub fn hour_rows(sched: &Schedule) -> Vec<Row> {
    sched
        .week
        .days
        .iter()
        .enumerate()
        .map(|(i, ranges)| Row {
            day: dutch::WEEKDAYS[i],
            closed: ranges.is_empty(),
            text: crate::schedule::describe_ranges(ranges),
            short: short_ranges(ranges),
        })
        .collect()
}

/// "Vandaag, maandag 23 november: open van 10.00 tot 17.00 uur." (what the page says
/// without JavaScript; the script replaces it with the status at this moment).
pub fn today_line(s: &Schedule, today: Date) -> String {
    let hours = s.hours_on(today);
    if hours.is_empty() {
        format!("Vandaag, {}: gesloten.", dutch::weekday_date(today))
    } else {
        format!(
            "Vandaag, {}: open van {}.",
            dutch::weekday_date(today),
            crate::schedule::describe_ranges(&hours)
        )
    }
}

/// How holidays are handled, in one or two sentences.
pub fn holiday_note(s: &Schedule) -> String {
    let open: Vec<&str> = s.holidays_open.iter().map(|h| h.name()).collect();
    match open.len() {
        0 => "Op feestdagen zijn wij gesloten.".to_string(),
        n if n == crate::schedule::holidays::ALL.len() => {
            "Wij zijn ook open op feestdagen.".to_string()
        }
        _ => format!(
            "Op feestdagen zijn wij gesloten. Behalve op {}.",
            dutch::join_and(&open)
        ),
    }
}

/// How many days ahead the page lists closures and other hours.
pub const CHANGES_DAYS: i32 = 60;

#[derive(Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

#[derive(Serialize)]
pub struct LocationView<'a> {
    pub loc: &'a Location,
    pub kind: &'static str,
    pub address: Option<String>,
    pub period: Option<String>,
    pub hours_caption: &'static str,
    pub has_hours: bool,
    pub hours: Vec<Row>,
    pub sessions: Vec<SessionView<'a>>,
    pub visit: &'static str,
    pub themes: Vec<ThemeCard<'a>>,
    pub partners: Vec<PartnerCard<'a>>,
    pub bring: Vec<&'a str>,
    pub accessibility: Vec<Fact>,
    pub languages: String,
    pub last_checked: String,
    pub today: String,
    pub changes: Vec<String>,
    pub holidays: String,
    pub rules_json: String,
    pub jsonld: String,
}

impl<'a> LocationView<'a> {
    pub fn new(l: &'a Location, index: &Index<'a>, today: Date, minute: u16, url: &str) -> Self {
        let themes: Vec<&Theme> = l
            .themes
            .iter()
            .filter_map(|t| index.themes.get(t.as_str()).copied())
            .collect();
        let mut bring: Vec<&str> = Vec::new();
        for t in &themes {
            for b in &t.bring {
                if !bring.contains(&b.as_str()) {
                    bring.push(b);
                }
            }
        }
        let sched = &l.schedule;
        let hours = hour_rows(sched);
        LocationView {
            loc: l,
            kind: kind_label(l),
            address: l.address.as_ref().map(one_line),
            period: l.period.map(period_sentence),
            hours_caption: hours_caption(l.kind),
            has_hours: !sched.week.is_empty(),
            hours,
            sessions: sched
                .sessions
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.over(today))
                .map(|(i, s)| SessionView::new(i, s, sched, index, today, minute))
                .collect(),
            visit: l.visit.label(),
            themes: themes.iter().map(|t| ThemeCard::new(t)).collect(),
            partners: l
                .partners
                .iter()
                .filter_map(|p| index.partners.get(p.as_str()))
                .map(|p| PartnerCard::new(p))
                .collect(),
            bring,
            accessibility: accessibility(l),
            languages: dutch::join_and(
                &l.languages
                    .iter()
                    .map(|x| x.name.as_str())
                    .collect::<Vec<_>>(),
            ),
            last_checked: dutch::long_date(l.last_checked),
            today: today_line(sched, today),
            changes: sched.changes(today, CHANGES_DAYS),
            holidays: holiday_note(sched),
            rules_json: crate::schedule::rules::json(sched),
            jsonld: crate::render::jsonld::location(
                l,
                url,
                &|p| index.partners.get(p).map(|p| p.name.clone()),
                today,
            ),
        }
    }
}

fn accessibility(l: &Location) -> Vec<Fact> {
    let a = &l.accessibility;
    let yes_no = |v: Option<bool>, yes: &str, no: &str| {
        v.map(|b| if b { yes.to_string() } else { no.to_string() })
    };
    let facts = [
        (
            "Ingang",
            yes_no(
                a.step_free,
                "Zonder drempel of trap",
                "Met een drempel of trap",
            ),
        ),
        ("Lift", yes_no(a.lift, "Er is een lift", "Er is geen lift")),
        (
            "Toilet",
            yes_no(
                a.toilet,
                "Er is een toilet voor mensen met een beperking",
                "Er is geen aangepast toilet",
            ),
        ),
        (
            "Ringleiding",
            yes_no(
                a.hearing_loop,
                "Er is een ringleiding voor mensen met een hoortoestel",
                "Er is geen ringleiding",
            ),
        ),
        ("Parkeren", a.parking.clone()),
        ("Openbaar vervoer", a.public_transport.clone()),
    ];
    facts
        .into_iter()
        .filter_map(|(label, v)| v.map(|value| Fact { label, value }))
        .collect()
}
