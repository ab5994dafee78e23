//! Borrowed views of the model shaped for the templates: labels and sentences are made
//! here, once, in the page's language, so templates stay simple.

use jiff::civil::Date;
use serde::Serialize;

use crate::derive::Agenda;
use crate::dutch;
use crate::index::{Gemeente, Index};
use crate::lang::{Arg, Lang};
use crate::model::{Location, Partner, Site, Theme, Visit};
use crate::schedule::{describe_ranges_in, Schedule, Session};

// The wording every output shares lives in `present`; the page views use it from here too.
pub use crate::present::{
    holiday_note, hour_rows, hours_caption, kind_label, merge_bring, merge_ranges, monthly_note,
    one_line, period_sentence, session_exceptions, short_ranges, visit_text, Row, CHANGES_DAYS,
};

/// What every page's layout needs.
#[derive(Serialize, Clone)]
pub struct Layout<'a> {
    pub site_name: &'a str,
    pub organisation: &'a str,
    pub email: &'a str,
    pub phone: Option<&'a crate::model::Phone>,
    pub example_data: bool,
    pub logo: Option<LogoView<'a>>,
    pub built_on: String,
    pub css: String,
    pub js: String,
    pub finder_js: String,
    pub embed_child_js: String,
    /// The script that makes a slideshow's offline zip on the staff pages.
    pub zip_js: String,
    /// `tijden.js` with the words of each language, by language code.
    pub words: std::collections::BTreeMap<String, String>,
    /// The base URL, for links that must leave an iframe.
    pub site_url: &'a str,
}

#[derive(Serialize, Clone)]
pub struct LogoView<'a> {
    pub src: String,
    pub alt: &'a str,
}

#[derive(Serialize, Clone)]
pub struct Link<'a> {
    pub slug: &'a str,
    pub title: &'a str,
}

impl<'a> Layout<'a> {
    pub fn new(
        site: &'a Site,
        css: String,
        scripts: [String; 4],
        words: std::collections::BTreeMap<String, String>,
        today: Date,
    ) -> Self {
        let [js, finder_js, embed_child_js, zip_js] = scripts;
        Layout {
            site_name: &site.config.name,
            organisation: &site.config.organisation,
            email: &site.config.email,
            phone: site.config.phone.as_ref(),
            example_data: site.config.example_data,
            logo: site.config.logo.as_ref().map(|l| LogoView {
                src: crate::routes::media(&l.file),
                alt: &l.alt,
            }),
            built_on: dutch::long_date(today),
            css,
            js,
            finder_js,
            embed_child_js,
            zip_js,
            words,
            site_url: &site.config.base_url,
        }
    }
}

/// The language of a page: its code and direction, the language switch and `hreflang`
/// links, and the sentences of the layout that name the site.
#[derive(Serialize)]
pub struct LangView<'a> {
    pub code: &'a str,
    pub dir: &'static str,
    /// The part of the URL before a page's path: "" for Dutch, "en/" for English.
    pub prefix: String,
    /// Dutch: author's text needs no mark.
    pub source: bool,
    /// The same page in every language (empty for pages only in Dutch).
    pub alternates: Vec<Alternate<'a>>,
    pub site_by: String,
    pub footer_updated: String,
    pub updated_on: String,
    /// The pages linked in the footer, with their titles in this language.
    pub footer_pages: Vec<FooterLink<'a>>,
}

/// A page linked in the footer.
#[derive(Serialize)]
pub struct FooterLink<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    /// The title is Dutch on a page in another language (no translation).
    pub dutch: bool,
}

/// A free page in a language: the author's translation where there is one, else the
/// Dutch text (marked as Dutch on the page).
#[derive(Serialize)]
pub struct PageView<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub title_nl: bool,
    pub description: Option<&'a str>,
    pub body_html: &'a str,
    pub body_nl: bool,
}

impl<'a> PageView<'a> {
    pub fn new(lang: &Lang, p: &'a crate::model::Page) -> Self {
        let t = p.translations.get(&lang.code);
        let title = t.and_then(|t| t.title.as_deref());
        let body = t.and_then(|t| t.body_html.as_deref());
        PageView {
            slug: &p.slug,
            title: title.unwrap_or(&p.title),
            title_nl: !lang.is_source() && title.is_none(),
            // Another language without a translation gets the site's description.
            description: if lang.is_source() {
                p.description.as_deref()
            } else {
                t.and_then(|t| t.description.as_deref())
            },
            body_html: body.unwrap_or(&p.body_html),
            body_nl: !lang.is_source() && body.is_none(),
        }
    }
}

/// The same page in one language.
#[derive(Serialize)]
pub struct Alternate<'a> {
    pub code: &'a str,
    /// The language's name in itself: "English", "العربية".
    pub name: &'a str,
    pub dir: &'static str,
    /// From this page.
    pub href: String,
    /// Absolute, for `hreflang`.
    pub canonical: String,
    pub current: bool,
}

impl<'a> LangView<'a> {
    /// `path` is the page's path without a language part; `root` leads to the site root.
    pub fn new(
        lang: &'a Lang,
        all: &[&'a Lang],
        path: &str,
        root: &str,
        public: bool,
        site: &'a Site,
        today: Date,
    ) -> Self {
        let built_on = ("date", Arg::from(lang.long_date(today)));
        LangView {
            code: &lang.code,
            dir: lang.dir(),
            prefix: lang.prefix(),
            source: lang.is_source(),
            // A site in Dutch only has no other versions to point to.
            alternates: if public && all.len() > 1 {
                all.iter()
                    .map(|l| Alternate {
                        code: &l.code,
                        name: &l.name,
                        dir: l.dir(),
                        href: format!("{root}{}{path}", l.prefix()),
                        canonical: format!("{}{}{path}", site.config.base_url, l.prefix()),
                        current: l.code == lang.code,
                    })
                    .collect()
            } else {
                Vec::new()
            },
            site_by: lang.f(
                "site-by",
                &[("organisation", site.config.organisation.as_str().into())],
            ),
            footer_updated: lang.f("footer-updated", std::slice::from_ref(&built_on)),
            updated_on: lang.f("updated-on", &[built_on]),
            footer_pages: {
                let mut pages: Vec<_> = site.pages.iter().filter(|p| p.in_footer).collect();
                pages.sort_by(|a, b| a.order.cmp(&b.order).then(a.title.cmp(&b.title)));
                pages
                    .into_iter()
                    .map(|p| {
                        let view = PageView::new(lang, p);
                        FooterLink {
                            slug: &p.slug,
                            title: view.title,
                            dutch: view.title_nl,
                        }
                    })
                    .collect()
            },
        }
    }
}

/// A location in lists.
#[derive(Serialize)]
pub struct Card<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: String,
    pub address: Option<String>,
    pub visit: String,
    /// `None` for a service without a gemeente of its own (see `area`).
    pub gemeente: Option<&'a str>,
    /// Whom a regional or national service is for ("voor heel Nederland").
    pub area: Option<String>,
    pub phone: Option<&'a crate::model::Phone>,
    /// A telephone service: people call, they do not walk in.
    pub telephone: bool,
}

impl<'a> Card<'a> {
    pub fn new(lang: &Lang, l: &'a Location) -> Self {
        Card {
            slug: &l.slug,
            name: &l.name,
            kind: kind_label(lang, l).to_string(),
            address: l.address.as_ref().map(one_line),
            visit: lang.t(match l.visit {
                Visit::WalkIn => "card-walk-in",
                Visit::Appointment => "card-appointment",
                Visit::Either => "card-either",
            }),
            gemeente: l.gemeente.as_deref(),
            area: area_phrase(lang, &l.area, false),
            phone: l.phone.as_ref(),
            telephone: l.kind == crate::model::Kind::Telephone,
        }
    }
}

#[derive(Serialize)]
pub struct GemeenteView<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub count: usize,
    /// The places of its locations that are not its name ("Uden" for Maashorst): a
    /// reader who does not know the gemeente since a merger finds the place.
    pub places: String,
    pub locations: Vec<Card<'a>>,
    /// Regional and national services for this gemeente too ("Ook voor u").
    pub also: Vec<Card<'a>>,
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
pub fn theme_groups<'a>(lang: &Lang, g: &Gemeente<'a>, idx: &Index<'a>) -> Vec<ThemeGroup<'a>> {
    idx.themes_ordered
        .iter()
        .map(|t| ThemeGroup {
            slug: &t.slug,
            title: &t.title,
            locations: g
                .locations
                .iter()
                .filter(|l| l.themes.contains(&t.slug))
                .map(|l| Card::new(lang, l))
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
    pub fn new(lang: &Lang, l: &Location, cal: &Agenda) -> Self {
        let hours = cal.hours_on(&l.schedule, cal.from());
        EmbedFacts {
            today: today_line(lang, &hours, cal.from()),
            today_hours: if hours.is_empty() {
                lang.t("today-closed-short")
            } else {
                lang.f(
                    "today-hours",
                    &[("hours", describe_ranges_in(lang, &hours).into())],
                )
            },
        }
    }
}

/// Whom a regional or national service is for: "voor heel Nederland" (or, as a
/// sentence, "Voor heel Nederland."); None for a local one.
pub fn area_phrase(lang: &Lang, area: &crate::model::Area, sentence: bool) -> Option<String> {
    use crate::model::Area;
    let id = |base: &str| {
        if sentence {
            format!("{base}-sentence")
        } else {
            base.to_string()
        }
    };
    match area {
        Area::Local => None,
        Area::National => Some(lang.t(&id("area-national"))),
        Area::Region(list) => {
            let names: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
            Some(lang.f(
                &id("area-region"),
                &[("places", lang.join_names(&names).into())],
            ))
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
    pub fn new(lang: &Lang, g: &Gemeente<'a>) -> Self {
        GemeenteView {
            name: g.name,
            slug: g.slug,
            count: g.locations.len(),
            places: {
                let mut places: Vec<&str> = g
                    .locations
                    .iter()
                    .filter_map(|l| l.address.as_ref())
                    .map(|a| a.place.as_str())
                    .filter(|p| !p.eq_ignore_ascii_case(g.name))
                    .collect();
                places.sort_unstable();
                places.dedup();
                lang.join_and(&places)
            },
            locations: g.locations.iter().map(|l| Card::new(lang, l)).collect(),
            also: g.also.iter().map(|l| Card::new(lang, l)).collect(),
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
pub struct SessionView<'a> {
    /// Position in the location's list (the script finds its dates by it).
    pub index: usize,
    pub title: &'a str,
    pub sentence: String,
    /// Cancelled and extra dates still to come, as a sentence.
    pub exceptions: Option<String>,
    pub visit: String,
    pub note: Option<&'a str>,
    pub partners: Vec<PartnerCard<'a>>,
    pub theme: Option<ThemeCard<'a>>,
    pub next: Vec<String>,
    /// "Volgende keren: …." (None when there are no next dates).
    pub next_sentence: Option<String>,
    pub address: Option<String>,
    /// "dinsdag 8 december: Markt 1, 7411 AB Deventer": coming dates at another address.
    pub places: Vec<String>,
    /// Whether the title already names its only partner ("Belastingdienst" by the
    /// Belastingdienst): then the page does not add "Door Belastingdienst".
    pub partner_in_title: bool,
    /// What to bring for this spreekuur that the location's short list leaves out.
    pub bring: Vec<&'a str>,
}

impl<'a> SessionView<'a> {
    fn new(
        lang: &Lang,
        index: usize,
        s: &'a Session,
        sched: &Schedule,
        cal: &Agenda,
        idx: &Index<'a>,
        minute: u16,
    ) -> Self {
        let today = cal.from();
        let partners: Vec<PartnerCard<'a>> = s
            .partners
            .iter()
            .filter_map(|p| idx.partners.get(p.as_str()))
            .map(|p| PartnerCard::new(p))
            .collect();
        let next = lang.weekday_dates_near(&cal.session_dates(sched, index, minute, 3), today);
        let partner_in_title = partners.len() == 1 && {
            let (t, n) = (s.title.to_lowercase(), partners[0].name.to_lowercase());
            t.contains(&n) || n.contains(&t)
        };
        SessionView {
            index,
            partner_in_title,
            bring: Vec::new(),
            title: &s.title,
            sentence: s.text(lang, today),
            exceptions: session_exceptions(lang, s, today),
            visit: lang.t(crate::present::visit_id(s.visit)),
            note: s.note.as_deref(),
            partners,
            theme: s
                .theme
                .as_deref()
                .and_then(|t| idx.themes.get(t))
                .map(|t| ThemeCard::new(t)),
            next: next.clone(),
            next_sentence: (!next.is_empty()).then(|| {
                lang.f(
                    "next-dates",
                    &[("dates", next.join(&lang.t("list-separator")).into())],
                )
            }),
            address: s.address.as_ref().map(one_line),
            places: s
                .places
                .iter()
                .filter(|(d, _)| *d >= today && cal.held(sched, index, *d))
                .map(|(d, a)| format!("{}: {}", lang.weekday_date_near(*d, today), one_line(a)))
                .collect(),
        }
    }
}

/// "Vandaag, maandag 23 november: open van 10.00 tot 17.00 uur." (what the page says
/// without JavaScript; the script replaces it with the status at this moment).
pub fn today_line(lang: &Lang, hours: &[crate::schedule::TimeRange], today: Date) -> String {
    let date = ("date", Arg::from(lang.weekday_date(today)));
    if hours.is_empty() {
        lang.f("today-closed", &[date])
    } else {
        lang.f(
            "today-open",
            &[date, ("hours", describe_ranges_in(lang, hours).into())],
        )
    }
}

#[derive(Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
    /// Written by the author (parking, public transport): Dutch text.
    pub author: bool,
}

#[derive(Serialize)]
pub struct LocationView<'a> {
    pub loc: &'a Location,
    /// The author's text in the page's language, where given (never for Dutch).
    pub text: Option<&'a crate::model::LocationText>,
    pub kind: String,
    /// "Voor heel Nederland." for a service with a `werkgebied`.
    pub area: Option<String>,
    pub address: Option<String>,
    pub period: Option<String>,
    pub hours_caption: String,
    pub has_hours: bool,
    pub hours: Vec<Row>,
    pub sessions: Vec<SessionView<'a>>,
    pub visit: String,
    /// When people may come by but some spreekuren need an appointment: says so.
    pub visit_some: Option<String>,
    pub themes: Vec<ThemeCard<'a>>,
    pub partners: Vec<PartnerCard<'a>>,
    /// The short, merged "Neem dit mee" list (at most [`BRING_MAX`] items).
    pub bring: Vec<&'a str>,
    /// Whether items were left out of `bring` (they show with the spreekuren and themes).
    pub bring_more: bool,
    /// Who is there on each weekday, Monday first.
    pub days: Vec<DayView>,
    /// Whether any weekday has a spreekuur (the overview then gets a column for them).
    pub days_have_sessions: bool,
    /// A route planner link to the address (a plain link: nothing loads until clicked).
    pub route: Option<String>,
    /// A sentence on where to find a mobile or temporary location.
    pub where_note: Option<String>,
    /// The heading of the help line box at the bottom.
    pub helpline_heading: String,
    pub accessibility: Vec<Fact>,
    pub languages: String,
    /// The languages spoken, each with its code and its name in the page's language
    /// (Dutch) or in itself (other languages: a visitor finds their own).
    pub spoken: Vec<(&'a str, String)>,
    pub last_checked: String,
    /// "Deze informatie is gecontroleerd op …".
    pub checked: String,
    /// What follows each item of a list of n items (`separators[n][i]`), for lists of
    /// links and names the template writes itself.
    pub separators: Vec<Vec<String>>,
    pub today: String,
    pub changes: Vec<String>,
    pub holidays: String,
    pub rules_json: String,
    pub jsonld: String,
}

impl<'a> LocationView<'a> {
    pub fn new(
        lang: &Lang,
        l: &'a Location,
        index: &Index<'a>,
        today: Date,
        minute: u16,
        url: &str,
    ) -> Self {
        let themes: Vec<&Theme> = l
            .themes
            .iter()
            .filter_map(|t| index.themes.get(t.as_str()).copied())
            .collect();
        let sched = &l.schedule;
        let cal = index.agenda(l);
        let hours = hour_rows(lang, sched);
        let (bring, bring_more, sessions) = {
            let lists: Vec<&[String]> = themes.iter().map(|t| t.bring.as_slice()).collect();
            let merged = merge_bring(&lists);
            let short: Vec<&str> = merged.iter().take(BRING_MAX).map(|(b, _)| *b).collect();
            let sessions: Vec<SessionView> = sched
                .sessions
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.over(today))
                .map(|(i, s)| {
                    let mut v = SessionView::new(lang, i, s, sched, cal, index, minute);
                    // This spreekuur's own items, in their merged form, unless the short
                    // list has them already.
                    if let Some(t) = s.theme.as_deref().and_then(|t| index.themes.get(t)) {
                        for b in &t.bring {
                            let shown = canonical(&merged, b).unwrap_or(b);
                            if !short.contains(&shown) && !v.bring.contains(&shown) {
                                v.bring.push(shown);
                            }
                        }
                    }
                    v
                })
                .collect();
            (short, merged.len() > BRING_MAX, sessions)
        };
        let days = day_views(lang, sched, index, today);
        LocationView {
            loc: l,
            text: l.translations.get(&lang.code),
            kind: kind_label(lang, l).to_string(),
            area: area_phrase(lang, &l.area, true),
            address: l.address.as_ref().map(one_line),
            period: l.period.map(|p| period_sentence(lang, p)),
            hours_caption: hours_caption(lang, l.kind),
            has_hours: !sched.week.is_empty(),
            hours,
            days_have_sessions: days.iter().any(|d| !d.who.is_empty()),
            days,
            sessions,
            visit: visit_text(lang, l.kind, l.visit),
            visit_some: (l.visit == Visit::WalkIn
                && l.kind != crate::model::Kind::Telephone
                && sched
                    .sessions
                    .iter()
                    .any(|s| s.visit == Visit::Appointment && !s.over(today)))
            .then(|| lang.t("visit-some-appointment")),
            route: route_link(l),
            where_note: match l.kind {
                crate::model::Kind::Mobile => Some(lang.t("where-note-mobile")),
                crate::model::Kind::PopUp => Some(lang.t("where-note-pop-up")),
                _ => None,
            },
            helpline_heading: lang.t(match l.kind {
                crate::model::Kind::Telephone => "helpline-heading-phone",
                _ => "helpline-heading",
            }),
            bring_more,
            themes: themes.iter().map(|t| ThemeCard::new(t)).collect(),
            partners: l
                .partners
                .iter()
                .filter_map(|p| index.partners.get(p.as_str()))
                .map(|p| PartnerCard::new(p))
                .collect(),
            bring,
            accessibility: accessibility(lang, l),
            languages: lang.join_and(
                &l.languages
                    .iter()
                    .map(|x| x.name.as_str())
                    .collect::<Vec<_>>(),
            ),
            spoken: l
                .languages
                .iter()
                .map(|x| {
                    let name = if lang.is_source() {
                        x.name.clone()
                    } else {
                        crate::lang::autonym(&x.code).map_or_else(|| x.name.clone(), str::to_string)
                    };
                    (x.code.as_str(), name)
                })
                .collect(),
            last_checked: lang.long_date(l.last_checked),
            checked: lang.f(
                "checked-on",
                &[("date", lang.long_date(l.last_checked).into())],
            ),
            separators: {
                let longest = sessions_partners_max(sched).max(l.languages.len());
                (0..=longest).map(|n| lang.separators(n)).collect()
            },
            today: today_line(lang, &cal.hours_on(sched, today), today),
            changes: crate::present::changes(lang, sched, cal, CHANGES_DAYS),
            holidays: holiday_note(lang, sched),
            rules_json: crate::schedule::rules::json(sched),
            // Structured data for search engines on the Dutch page only: the other
            // languages point to it with hreflang, and its facts are the same.
            jsonld: if lang.is_source() {
                crate::render::jsonld::location(
                    l,
                    url,
                    &|p| index.partners.get(p).map(|p| p.name.clone()),
                    cal,
                )
            } else {
                String::new()
            },
        }
    }
}

/// The most partners one spreekuur names.
fn sessions_partners_max(sched: &Schedule) -> usize {
    sched
        .sessions
        .iter()
        .map(|s| s.partners.len())
        .max()
        .unwrap_or(0)
}

fn accessibility(lang: &Lang, l: &Location) -> Vec<Fact> {
    let a = &l.accessibility;
    let yes_no = |v: Option<bool>, id: &str| {
        v.map(|b| lang.t(&format!("{id}-{}", if b { "yes" } else { "no" })))
    };
    let facts = [
        ("access-entrance", yes_no(a.step_free, "access-entrance")),
        ("access-lift", yes_no(a.lift, "access-lift")),
        ("access-toilet", yes_no(a.toilet, "access-toilet")),
        ("access-loop", yes_no(a.hearing_loop, "access-loop")),
        ("access-parking", a.parking.clone()),
        ("access-transit", a.public_transport.clone()),
    ];
    facts
        .into_iter()
        .filter_map(|(label, v)| {
            v.map(|value| Fact {
                author: matches!(label, "access-parking" | "access-transit"),
                label: lang.t(label),
                value,
            })
        })
        .collect()
}

/// How many items "Neem dit mee" shows on a location page; the rest shows per spreekuur.
pub const BRING_MAX: usize = 6;

/// The kept form of item `b` in a merged list.
fn canonical<'a>(merged: &[(&'a str, Vec<&'a str>)], b: &str) -> Option<&'a str> {
    merged.iter().find(|(_, m)| m.contains(&b)).map(|(k, _)| *k)
}

/// A plain link to a route planner for the location's address: nothing is loaded from
/// another site until someone follows it. None for a location without an address.
pub fn route_link(l: &Location) -> Option<String> {
    let a = l.address.as_ref()?;
    let destination = match l.coordinates {
        Some(c) => format!("{},{}", c.lat, c.lon),
        None => one_line(a),
    };
    let mut url = url::Url::parse("https://www.google.com/maps/dir/").ok()?;
    url.query_pairs_mut()
        .append_pair("api", "1")
        .append_pair("destination", &destination);
    Some(url.into())
}

/// One weekday of the overview "wie is er wanneer?".
#[derive(Serialize)]
pub struct DayView {
    /// "Maandag".
    pub day: String,
    /// 0 for Monday; the browser script marks today's row by it.
    pub index: usize,
    /// Today (the build date) falls on this weekday.
    pub today: bool,
    /// "13.00 tot 17.00 uur", or "Gesloten".
    pub open: String,
    pub closed: bool,
    pub who: Vec<Who>,
}

/// A spreekuur in the weekday overview.
#[derive(Serialize)]
pub struct Who {
    pub name: String,
    /// "13.00 tot 16.00 uur".
    pub time: String,
    /// Only by appointment: the overview says "op afspraak".
    pub appointment: bool,
    /// "om de week", "een keer per maand", "niet elke week", "op een andere plek".
    pub note: Option<String>,
}

/// Weeks the overview looks ahead to see on which weekdays a spreekuur falls, and how often.
const OVERVIEW_WEEKS: i32 = 12;

/// How often a spreekuur falls on each weekday in the weeks from its next date on:
/// `None` when not at all, else the note for the overview (`None` inside for every week).
fn session_days(
    lang: &Lang,
    s: &Session,
    today: Date,
) -> ([Option<Option<String>>; 7], Option<Date>) {
    use crate::days::{days_between, run};
    use crate::schedule::{Repeat, HORIZON};
    let mut out: [Option<Option<String>>; 7] = Default::default();
    let Some(first) = run(today, HORIZON as usize).find(|d| s.rule_matches(*d)) else {
        return (out, None);
    };
    let mut dates: [Vec<Date>; 7] = Default::default();
    for d in run(first, OVERVIEW_WEEKS as usize * 7) {
        if s.rule_matches(d) {
            dates[dutch::weekday_index(d.weekday())].push(d);
        }
    }
    for (day, list) in dates.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        // Weekdays of the month are said as they are: "1e en 3e maandag van de maand"
        // (their gaps of two and three weeks are no "om de week").
        if let Repeat::Monthly { nths, .. } = &s.repeat {
            out[day] = Some(Some(monthly_note(lang, nths, day)));
            continue;
        }
        // A list of dates is said as its dates ("alleen op 6 maart en 3 april"), not
        // guessed from their gaps: four dates a month apart are no "een keer per maand".
        if let Repeat::Dates { dates: all } = &s.repeat {
            let on_day: Vec<Date> = all
                .iter()
                .copied()
                .filter(|d| {
                    *d >= first && dutch::weekday_index(d.weekday()) == day && s.rule_matches(*d)
                })
                .collect();
            out[day] = Some(Some(if on_day.len() <= 4 {
                let dates = lang.join_and(&lang.day_months_near(&on_day, today));
                lang.f("overview-dates", &[("dates", dates.into())])
            } else {
                lang.t("overview-not-every-week")
            }));
            continue;
        }
        // Even or odd week numbers are no "om de week": week 53 and week 1 are both odd.
        if let Repeat::AlternateIsoWeeks { even, .. } = &s.repeat {
            let even = if *even { "yes" } else { "no" };
            out[day] = Some(Some(lang.f("overview-iso-weeks", &[("even", even.into())])));
            continue;
        }
        let gaps: Vec<i32> = list.windows(2).map(|w| days_between(w[0], w[1])).collect();
        out[day] = Some(if !gaps.is_empty() && gaps.iter().all(|g| *g == 7) {
            None
        } else if gaps.iter().all(|g| *g >= 7)
            && gaps.iter().filter(|g| **g == 14).count() * 2 > gaps.len().max(1)
        {
            // Every other week; across a year with 53 weeks, odd weeks meet once.
            Some(lang.t("overview-other-week"))
        } else if !gaps.is_empty() && gaps.iter().all(|g| (28..=35).contains(g)) {
            Some(lang.t("overview-monthly-once"))
        } else {
            Some(lang.t("overview-not-every-week"))
        });
    }
    (out, Some(first))
}

/// The weekday overview: per day the opening hours (or, for a location without a week
/// table, the merged times of its spreekuren) and who holds a spreekuur that day.
pub fn day_views(lang: &Lang, sched: &Schedule, index: &Index, today: Date) -> Vec<DayView> {
    let per_session: Vec<_> = sched
        .sessions
        .iter()
        .map(|s| session_days(lang, s, today))
        .collect();
    let today_index = dutch::weekday_index(today.weekday());
    (0..7)
        .map(|day| {
            let mut on: Vec<(&Session, Option<&str>)> = sched
                .sessions
                .iter()
                .zip(&per_session)
                .filter_map(|(s, (days, _))| days[day].as_ref().map(|n| (s, n.as_deref())))
                .collect();
            on.sort_by_key(|(s, _)| (s.time.start, s.time.end));
            // A spreekuur whose period starts more than a week from now says from when
            // (its first date), one whose period ends says until when.
            let starts = |s: &Session| {
                let from = s.period?.from?;
                let i = sched.sessions.iter().position(|x| std::ptr::eq(x, s))?;
                let first = per_session[i].1?;
                (crate::schedule::days_between(today, from) > 7).then_some(first)
            };
            let period_note = |s: &Session| {
                // Not when an extra date follows it (a course's last meeting in March).
                let until = s
                    .period
                    .and_then(|p| p.until)
                    .filter(|u| !s.extra.iter().any(|e| e > u));
                Some(match (starts(s), until) {
                    (Some(first), Some(until)) => {
                        let d = lang.day_months_near(&[first, until], today);
                        lang.f(
                            "overview-from-until",
                            &[
                                ("from", d[0].clone().into()),
                                ("until", d[1].clone().into()),
                            ],
                        )
                    }
                    (Some(first), None) => {
                        lang.f("overview-from", &[("date", lang.day_month(first).into())])
                    }
                    (None, Some(until)) => lang.f(
                        "overview-until",
                        &[("date", lang.day_month_near(until, today).into())],
                    ),
                    (None, None) => return None,
                })
            };
            // Without a week table a day's hours are those of the spreekuren held here
            // every week from now on; one held monthly or from April on stands below
            // with its note, and does not make the day look open every week.
            let ranges = if sched.week.is_empty() {
                merge_ranges(
                    on.iter()
                        .filter(|(s, note)| s.here() && note.is_none() && starts(s).is_none())
                        .map(|(s, _)| s.time),
                )
            } else {
                sched.week.days[day].clone()
            };
            let who: Vec<Who> = on
                .iter()
                .map(|(s, note)| Who {
                    name: index
                        .partner_names(&s.partners)
                        .unwrap_or_else(|| s.title.clone()),
                    time: s.time.text(lang),
                    appointment: s.visit == Visit::Appointment,
                    note: {
                        let parts: Vec<String> = [
                            note.map(str::to_string),
                            period_note(s),
                            (!s.here()).then(|| lang.t("overview-elsewhere")),
                        ]
                        .into_iter()
                        .flatten()
                        .collect();
                        (!parts.is_empty()).then(|| parts.join(", "))
                    },
                })
                .collect();
            DayView {
                day: dutch::capitalise(lang.weekday(day)),
                index: day,
                today: day == today_index,
                closed: ranges.is_empty(),
                // Not "Gesloten" above a spreekuur of a location without a week table:
                // the spreekuur says when it is there.
                open: if sched.week.is_empty() && ranges.is_empty() && !who.is_empty() {
                    String::new()
                } else if sched.week.is_empty() && !ranges.is_empty() {
                    // These hours are the spreekuren held here every week: said so, as
                    // the monthly and later ones listed below them are not.
                    lang.f(
                        "overview-every-week",
                        &[("hours", describe_ranges_in(lang, &ranges).into())],
                    )
                } else {
                    describe_ranges_in(lang, &ranges)
                },
                who,
            }
        })
        .collect()
}

/// A slide (PNG) on the staff page.
#[derive(Serialize)]
pub struct SlideView {
    pub path: String,
    /// "Dia 3: DigiD".
    pub label: String,
    /// "liggend" or "staand".
    pub orientation: &'static str,
    pub width: u32,
    pub height: u32,
    /// The size the staff page shows it at (the same picture, scaled).
    pub thumb_width: u32,
    pub thumb_height: u32,
}

/// A print product on the staff page, with a file per variant.
#[derive(Serialize)]
pub struct PrintView {
    /// "Poster".
    pub label: String,
    /// "A4", or empty when the name does not say.
    pub size: String,
    /// (variant, path), in the order they are made: `kantoor`, then `drukkerij`.
    pub files: Vec<(String, String)>,
    /// A PNG picture of the product, when the print stage makes one.
    pub preview: Option<String>,
    /// Its size in pixels.
    pub preview_width: u32,
    pub preview_height: u32,
}

/// The staff page of one location: every product to print or show on a screen.
#[derive(Serialize)]
pub struct StaffView<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub gemeente: Option<&'a str>,
    pub gemeente_slug: Option<&'a str>,
    /// Whether this build made the print products and slides.
    pub print: bool,
    pub slides: Vec<SlideView>,
    pub prints: Vec<PrintView>,
    /// Site paths of the slideshow and the week feed.
    pub show_path: String,
    pub feed_path: String,
    /// Absolute addresses to paste into a screen player or another system.
    pub show_url: String,
    pub feed_url: String,
}

impl<'a> StaffView<'a> {
    /// `products` are the site paths of the location's print products and slides, as the
    /// print stage lists them (empty when this build does not print).
    pub fn new(
        l: &'a Location,
        site: &Site,
        index: &Index,
        products: &[String],
        print: bool,
    ) -> Self {
        use crate::routes::{SHOW_FILE, WEEK_FEED_FILE};
        let dir = crate::routes::screen_dir(&l.slug);
        let stem = |p: &str| {
            let file = p.rsplit('/').next().unwrap_or(p);
            file.rsplit_once('.').map_or(file, |(s, _)| s).to_string()
        };
        let pdf_stems: Vec<String> = products
            .iter()
            .filter(|p| p.ends_with(".pdf"))
            .map(|p| stem(p))
            .collect();
        let mut prints: Vec<PrintView> = Vec::new();
        let mut slides = Vec::new();
        for p in products.iter().filter(|p| p.ends_with(".pdf")) {
            let s = stem(p);
            let (base, variant) = s.rsplit_once('-').unwrap_or((&s, ""));
            // `flyer-a5-en`: the flyer in another language.
            let (base, lang) = match base.rsplit_once('-') {
                Some((b, code)) => match crate::lang::all().get(code) {
                    Some(l) if !l.is_source() => (b, Some(l)),
                    _ => (base, None),
                },
                None => (base, None),
            };
            let (name, size) = match base.rsplit_once('-') {
                Some((n, z)) if is_paper_size(z) => (n, z.to_uppercase()),
                _ => (base, String::new()),
            };
            let label = match lang {
                Some(l) => {
                    // "Flyer in het Arabisch": the staff page is Dutch.
                    let dutch_name = crate::content::SPOKEN_LANGUAGES
                        .iter()
                        .find(|(c, _)| *c == l.code)
                        .map_or(l.name.as_str(), |(_, n)| n);
                    format!("{} in het {dutch_name}", product_label(name, index, true))
                }
                None => product_label(name, index, true),
            };
            let file = (variant.to_string(), p.clone());
            match prints
                .iter_mut()
                .find(|v| v.label == label && v.size == size)
            {
                Some(v) => v.files.push(file),
                None => prints.push(PrintView {
                    preview_width: crate::routes::PREVIEW_WIDTH,
                    preview_height: (f64::from(crate::routes::PREVIEW_WIDTH) * paper_ratio(&size))
                        .round() as u32,
                    label,
                    size,
                    files: vec![file],
                    preview: None,
                }),
            }
        }
        for p in products.iter().filter(|p| p.ends_with(".png")) {
            let s = stem(p);
            // `flyer-a5-kantoor.voorbeeld.png`: the picture of `flyer-a5-kantoor.pdf`.
            let s = s
                .strip_suffix(".voorbeeld")
                .map_or(s.clone(), str::to_string);
            if let Some(i) = pdf_stems.iter().position(|x| *x == s) {
                // A picture of a print product: its preview.
                let label_of = &pdf_stems[i];
                if let Some(v) = prints
                    .iter_mut()
                    .find(|v| v.files.iter().any(|(_, f)| stem(f) == *label_of))
                {
                    v.preview.get_or_insert_with(|| p.clone());
                }
                continue;
            }
            let (base, size) = s.rsplit_once('-').unwrap_or((&s, ""));
            let (width, height) = size
                .split_once('x')
                .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
                .unwrap_or((1920, 1080));
            // "dia-3-thema-digid" → number 3, "thema-digid".
            let mut parts = base.splitn(3, '-');
            let (number, name) = match (parts.next(), parts.next(), parts.next()) {
                (Some("dia"), Some(n), Some(rest)) if n.parse::<u32>().is_ok() => (n, rest),
                _ => ("", base),
            };
            // `deze-week-2`: the second screen of the week slide.
            let what = match name.rsplit_once('-') {
                Some((head, n)) if n.parse::<u32>().is_ok() => {
                    format!("{} (deel {n})", product_label(head, index, false))
                }
                _ => product_label(name, index, false),
            };
            slides.push(SlideView {
                path: p.clone(),
                label: if number.is_empty() {
                    what
                } else {
                    format!("Dia {number}: {what}")
                },
                orientation: if width >= height { "liggend" } else { "staand" },
                width,
                height,
                // The longer side 240 pixels.
                thumb_width: (240 * width / width.max(height).max(1)),
                thumb_height: (240 * height / width.max(height).max(1)),
            });
        }
        let base = &site.config.base_url;
        StaffView {
            slug: &l.slug,
            name: &l.name,
            gemeente: l.gemeente.as_deref(),
            gemeente_slug: l.gemeente_slug.as_deref(),
            print,
            slides,
            prints,
            show_path: format!("{dir}/"),
            feed_path: format!("{dir}/{WEEK_FEED_FILE}"),
            show_url: format!("{base}{dir}/{}", SHOW_FILE.trim_end_matches("index.html")),
            feed_url: format!("{base}{dir}/{WEEK_FEED_FILE}"),
        }
    }
}

/// Height over width of a sheet of the A series ("A4"), as the picture of it is made.
fn paper_ratio(size: &str) -> f64 {
    match size {
        "A3" => 420.0 / 297.0,
        "A4" => 297.0 / 210.0,
        "A5" => 210.0 / 148.0,
        "A6" => 148.0 / 105.0,
        _ => std::f64::consts::SQRT_2,
    }
}

/// "a4", "a5", "a3" …
fn is_paper_size(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 2 && b[0] == b'a' && b[1].is_ascii_digit()
}

/// A product's name in words: "flyer" → "Flyer", "thema-digid" → "Flyer over DigiD" (a
/// slide: "Over DigiD"), "deze-week" → "Spreekuren deze week"; unknown names read as
/// their words.
fn product_label(name: &str, index: &Index, print: bool) -> String {
    if let Some(t) = name.strip_prefix("thema-") {
        if let Some(theme) = index.themes.get(t) {
            let what = if print { "Flyer over" } else { "Over" };
            return format!("{what} {}", theme.title);
        }
    }
    match name {
        "flyer" => "Flyer".into(),
        "poster" => "Poster".into(),
        "weekoverzicht" => "Weekoverzicht spreekuren".into(),
        "welkom" => "Welkom".into(),
        "deze-week" => "Spreekuren deze week".into(),
        other => dutch::capitalise(&other.replace('-', " ")),
    }
}
