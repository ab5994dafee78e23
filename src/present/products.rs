//! What each flyer, poster and slide shows, for the print and screen templates alike:
//! plain, pre-formatted views of the model (every date and time already in B1 Dutch),
//! serialised to the `/data.json` of a product.

use std::path::Path;

use jiff::civil::{Date, Weekday};
use serde::Serialize;

use crate::dutch;
use crate::index::Index;
use crate::lang::Lang;
use crate::model::{Location, Reach, Site, Theme};
use crate::present::{
    holiday_note, hour_rows, hours_caption, one_line, period_sentence, short_ranges, Row,
};
use crate::schedule::{add_days, describe_ranges, describe_ranges_in, Exception, Repeat, Session};

/// The house style and site facts every product shares (`/huisstijl.json`).
#[derive(Serialize)]
pub struct Style<'a> {
    pub colours: &'a std::collections::BTreeMap<String, String>,
    pub font: &'a str,
    pub logo: Image<'a>,
    /// Co-branding: the site's own logo and the partner logos (library, gemeente).
    pub cobrand: Vec<Image<'a>>,
    pub site_name: &'a str,
    pub site_url: String,
}

#[derive(Serialize)]
pub struct Image<'a> {
    /// Virtual path inside the typst world.
    pub file: String,
    pub alt: &'a str,
}

/// The virtual path of the IDO logo (keeping its extension: typst reads the format from it).
pub fn ido_logo_path(file: &str) -> String {
    let ext = Path::new(file)
        .extension()
        .map_or(String::new(), |e| format!(".{}", e.to_string_lossy()));
    format!("/logo/ido{ext}")
}

/// The virtual path of a logo from the content folder.
pub fn content_logo_path(file: &str) -> String {
    format!("/inhoud/{}", file.trim_start_matches('/'))
}

impl<'a> Style<'a> {
    pub fn new(site: &'a Site) -> Self {
        Style {
            colours: &site.tokens.colours,
            font: &site.tokens.font_family,
            logo: Image {
                file: ido_logo_path(&site.tokens.logo.file),
                alt: &site.tokens.logo.alt,
            },
            cobrand: site
                .config
                .logo
                .iter()
                .chain(&site.config.partner_logos)
                .map(|l| Image {
                    file: content_logo_path(&l.file),
                    alt: &l.alt,
                })
                .collect(),
            site_name: &site.config.name,
            site_url: display_url(&site.config.base_url),
        }
    }
}

/// "www.informatiepunt.example/locaties/x" (no scheme, no trailing slash).
pub fn display_url(url: &str) -> String {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string()
}

#[derive(Serialize)]
pub struct SessionRow<'a> {
    pub title: &'a str,
    /// "Elke derde dinsdag van de maand, van 13.00 tot 15.00 uur."
    pub when: String,
    /// "13.00 tot 15.00 uur"
    pub time: String,
    /// "Elke week", "Om de week", "Elke derde dinsdag van de maand" (for the week grid).
    pub rule: String,
    /// Its period, season and calendars (" Vanaf 1 september 2027."), or "".
    pub conditions: String,
    pub visit: &'a str,
    /// Only by appointment: a line under its weekday says "op afspraak".
    pub appointment: bool,
    /// "A, B en C" when several partners hold it.
    pub partner: Option<String>,
    pub place: Option<String>,
    pub note: Option<&'a str>,
    /// The next dates ("dinsdag 15 december").
    pub next: Vec<String>,
}

#[derive(Serialize)]
pub struct WeekdayRow<'a> {
    pub day: &'a str,
    pub hours: String,
    /// "10.00–12.00 en 13.00–16.00 uur".
    pub short: String,
    pub closed: bool,
    pub sessions: Vec<SessionRow<'a>>,
}

#[derive(Serialize)]
pub struct DayItem<'a> {
    pub title: &'a str,
    pub time: String,
    /// "10.00–12.00": for the week grid of the slides.
    pub short: String,
    pub partner: Option<String>,
    pub place: Option<String>,
    /// Only by appointment: the slides say "op afspraak", as the location page does.
    pub appointment: bool,
}

/// One of the coming seven days.
#[derive(Serialize)]
pub struct Day<'a> {
    /// "dinsdag 24 november"
    pub date: String,
    pub weekday: &'static str,
    pub hours: String,
    pub closed: bool,
    /// Why the day differs from the normal week ("Kerstavond"), if it does.
    pub note: Option<String>,
    pub sessions: Vec<DayItem<'a>>,
}

#[derive(Serialize)]
pub struct ThemeView<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub points: &'a [String],
    pub bring: &'a [String],
    pub partners: Vec<&'a str>,
}

impl<'a> ThemeView<'a> {
    /// The theme as shown for the locations whose partners are `here`: of its partners
    /// the national ones and the local ones that work there (a hospital in Nieuwegein is
    /// not a partner of a theme flyer in Deventer).
    pub fn new(t: &'a Theme, index: &Index<'a>, here: &[String]) -> Self {
        ThemeView {
            slug: &t.slug,
            title: &t.title,
            summary: &t.summary,
            points: &t.points,
            bring: &t.bring,
            partners: t
                .partners
                .iter()
                .filter_map(|p| index.partners.get(p.as_str()))
                .filter(|p| p.reach == Reach::National || here.contains(&p.slug))
                .map(|p| p.name.as_str())
                .collect(),
        }
    }
}

/// A location as its flyers and slides show it.
#[derive(Serialize)]
pub struct LocationData<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub organisation: &'a str,
    pub kind: &'a str,
    /// Help by phone only: flyers say "Bel" instead of "Waar?".
    pub telephone: bool,
    pub address: Vec<String>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub website: Option<String>,
    pub url: String,
    pub url_display: String,
    pub visit: &'a str,
    pub visit_note: Option<&'a str>,
    /// "Elke week zijn er 12 spreekuren …" (busy flyers say how many).
    pub sessions_count: String,
    pub period: Option<String>,
    pub hours_caption: String,
    /// Whether the location has a week table of opening hours.
    pub has_hours: bool,
    /// The week table; for a location without one (open only during its spreekuren), per
    /// weekday the merged times in which a spreekuur is held there.
    pub hours: Vec<Row>,
    /// The hours come from the spreekuren (not every spreekuur is there every week).
    pub hours_from_sessions: bool,
    /// "Vragen over DigiD, toeslagen of belastingen?": from the location's own themes.
    pub question: String,
    /// "Hulp bij DigiD, toeslagen, belastingen en meer".
    pub help_line: String,
    /// Open days with the same hours taken together ("Maandag tot en met vrijdag"), short
    /// times: for slides.
    pub hour_groups: Vec<(String, String)>,
    pub holidays: String,
    pub sessions: Vec<SessionRow<'a>>,
    /// Monday to Sunday: opening hours and the spreekuren on that weekday.
    pub weekdays: Vec<WeekdayRow<'a>>,
    /// Spreekuren on single dates (not tied to a weekday).
    pub date_sessions: Vec<SessionRow<'a>>,
    pub themes: Vec<ThemeView<'a>>,
    /// What to bring, merged over the themes as on the page (the most needed first).
    pub bring: Vec<&'a str>,
    pub languages: String,
    /// The seven days from the build date.
    pub week: Vec<Day<'a>>,
    /// "23 november 2026": when this was made.
    pub made: String,
    /// "maandag 23 november tot en met zondag 29 november"
    pub week_span: String,
}

fn on_weekday(r: &Repeat, w: Weekday) -> bool {
    r.weekdays().contains(&w)
}

/// Consecutive open days with the same hours as one row: ("Maandag tot en met vrijdag",
/// "10.00–17.00 uur").
pub fn hour_groups(rows: &[Row]) -> Vec<(String, String)> {
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if r.closed {
            continue;
        }
        match groups.last_mut() {
            Some((_, end)) if *end + 1 == i && rows[*end].short == r.short => *end = i,
            _ => groups.push((i, i)),
        }
    }
    groups
        .into_iter()
        .map(|(a, b)| {
            let days = match b - a {
                0 => dutch::capitalise(&rows[a].day),
                1 => format!("{} en {}", dutch::capitalise(&rows[a].day), rows[b].day),
                _ => format!(
                    "{} tot en met {}",
                    dutch::capitalise(&rows[a].day),
                    rows[b].day
                ),
            };
            (days, rows[a].short.clone())
        })
        .collect()
}

fn reason(e: Exception) -> String {
    match e {
        Exception::Special(s) => s.reason.clone(),
        Exception::Closed(c) => c.reason.clone(),
        Exception::Holiday(h) => h.name().to_string(),
        Exception::OutsidePeriod => "Dan is dit informatiepunt er niet".into(),
    }
}

/// The rule in a weekday's row: the weekday is already said.
fn rule(lang: &Lang, r: &Repeat, today: Date) -> String {
    match r {
        Repeat::Weekly { .. } => lang.t("rule-every-week"),
        Repeat::AlternateIsoWeeks { even, .. } => lang.f(
            "rule-iso-weeks",
            &[("even", if *even { "yes" } else { "no" }.into())],
        ),
        Repeat::EveryOtherWeek { .. } => lang.t("rule-other-week"),
        other => other.text(lang, today),
    }
}

impl<'a> LocationData<'a> {
    /// `lang`: the language of the texts (the flyers are made in every language of the
    /// site; the other products in Dutch).
    pub fn new(
        lang: &'a Lang,
        l: &'a Location,
        site: &'a Site,
        index: &Index<'a>,
        today: Date,
        dated: bool,
    ) -> Self {
        let sched = &l.schedule;
        let cal = index.agenda(l);
        // The author's own words in this language (never for Dutch).
        let own = l.translations.get(&lang.code);
        // "SVB en UWV": every partner of a spreekuur.
        let partner_name = |s: &Session| index.partner_names(&s.partners);
        let url = format!(
            "{}{}{}",
            site.config.base_url,
            lang.prefix(),
            crate::routes::location(&l.slug)
        );
        let session_row = |s: &'a Session| SessionRow {
            title: &s.title,
            when: s.text(lang, today),
            time: s.time.text(lang),
            rule: rule(lang, &s.repeat, today),
            conditions: s.conditions(lang, today).trim().to_string(),
            visit: lang.word(crate::present::visit_id(s.visit)),
            appointment: s.visit == crate::model::Visit::Appointment,
            partner: partner_name(s),
            place: s.address.as_ref().map(one_line),
            note: s.note.as_deref(),
            next: if dated {
                let number = sched
                    .sessions
                    .iter()
                    .position(|x| std::ptr::eq(x, s))
                    .unwrap_or_default();
                lang.weekday_dates_near(&cal.session_dates(sched, number, 0, 3), today)
            } else {
                Vec::new()
            },
        };
        // Spreekuren that have ended are left out.
        let current = |s: &&Session| !s.over(today);
        let weekdays: Vec<WeekdayRow> = (0..7)
            .map(|i| {
                let wd = dutch::weekday_from_index(i);
                let ranges = if sched.week.is_empty() {
                    session_ranges(&sched.sessions, today, wd)
                } else {
                    sched.week.on(wd).to_vec()
                };
                let ranges = ranges.as_slice();
                let mut sessions: Vec<&Session> = sched
                    .sessions
                    .iter()
                    .filter(current)
                    .filter(|s| on_weekday(&s.repeat, wd))
                    .collect();
                sessions.sort_by_key(|s| (s.time.start, s.time.end));
                WeekdayRow {
                    day: lang.weekday(i),
                    hours: describe_ranges_in(lang, ranges),
                    short: short_ranges(lang, ranges),
                    closed: ranges.is_empty(),
                    sessions: sessions.into_iter().map(session_row).collect(),
                }
            })
            .collect();
        // Without a week table, the spreekuren held here make the hours.
        let hours = if sched.week.is_empty() {
            session_hour_rows(lang, &sched.sessions, today)
        } else {
            hour_rows(lang, sched)
        };
        let week = (0..if dated { 7 } else { 0 })
            .map(|n| {
                let d = add_days(today, n);
                let hours = cal.hours_on(sched, d);
                Day {
                    date: dutch::weekday_date(d),
                    weekday: dutch::weekday_name(d.weekday()),
                    closed: hours.is_empty(),
                    hours: describe_ranges(&hours),
                    note: cal.exception(sched, d).map(reason),
                    sessions: {
                        let mut on: Vec<&Session> = cal
                            .day(d)
                            .map(|day| &day.sessions[..])
                            .unwrap_or_default()
                            .iter()
                            .map(|i| &sched.sessions[*i as usize])
                            .collect();
                        on.sort_by_key(|s| (s.time.start, s.time.end));
                        on
                    }
                    .into_iter()
                    .map(|s| DayItem {
                        title: &s.title,
                        time: s.time.dutch(),
                        short: short_ranges(crate::lang::source(), std::slice::from_ref(&s.time)),
                        partner: partner_name(s),
                        place: s.address_on(d).map(one_line),
                        appointment: s.visit == crate::model::Visit::Appointment,
                    })
                    .collect(),
                }
            })
            .collect();
        let theme_titles: Vec<String> = l
            .themes
            .iter()
            .filter_map(|t| index.themes.get(t.as_str()))
            .map(|t| lower_title(&t.title))
            .collect();
        LocationData {
            slug: &l.slug,
            name: &l.name,
            organisation: &l.organisation,
            kind: crate::present::kind_label(lang, l),
            telephone: l.kind == crate::model::Kind::Telephone,
            address: l
                .address
                .iter()
                .flat_map(|a| {
                    [
                        Some(a.street.clone()),
                        // A postcode never breaks over two lines ("1506 / CK").
                        Some(format!("{} {}", a.postcode.replace(' ', "\u{a0}"), a.place)),
                        // The author's translation where given.
                        own.and_then(|t| t.inside.clone())
                            .or_else(|| a.inside.clone()),
                    ]
                })
                .flatten()
                .collect(),
            phone: l.phone.as_ref().map(|p| p.display.as_str()),
            email: l.email.as_deref(),
            website: l.website.as_deref().map(display_url),
            url_display: display_url(&url),
            url,
            visit: lang.word(crate::present::visit_id(l.visit)),
            visit_note: own
                .and_then(|t| t.visit_note.as_deref())
                .or(l.visit_note.as_deref()),
            sessions_count: {
                let n: usize = weekdays.iter().map(|d| d.sessions.len()).sum();
                lang.f(
                    "print-sessions-count",
                    &[("count", crate::lang::Arg::N(n as i64))],
                )
            },
            period: l.period.map(|p| period_sentence(lang, p)),
            hours_caption: hours_caption(lang, l.kind),
            has_hours: !sched.week.is_empty(),
            hours_from_sessions: sched.week.is_empty() && hours.iter().any(|r| !r.closed),
            question: question(&theme_titles),
            help_line: help_line(&theme_titles),
            hour_groups: hour_groups(&hours),
            hours,
            holidays: holiday_note(lang, sched),
            sessions: sched
                .sessions
                .iter()
                .filter(current)
                .map(session_row)
                .collect(),
            weekdays,
            date_sessions: sched
                .sessions
                .iter()
                .filter(current)
                .filter(|s| s.repeat.weekdays().is_empty())
                .map(session_row)
                .collect(),
            themes: l
                .themes
                .iter()
                .filter_map(|t| index.themes.get(t.as_str()))
                .map(|t| ThemeView::new(t, index, &l.partners))
                .collect(),
            bring: {
                let lists: Vec<&[String]> = l
                    .themes
                    .iter()
                    .filter_map(|t| index.themes.get(t.as_str()))
                    .map(|t| t.bring.as_slice())
                    .collect();
                crate::present::merge_bring(&lists)
                    .into_iter()
                    .map(|(b, _)| b)
                    .collect()
            },
            languages: dutch::join_and(
                &l.languages
                    .iter()
                    .map(|x| x.name.as_str())
                    .collect::<Vec<_>>(),
            ),
            week,
            made: if dated {
                dutch::long_date(today)
            } else {
                String::new()
            },
            week_span: if dated {
                format!(
                    "{} tot en met {}",
                    dutch::weekday_date(today),
                    dutch::weekday_date(add_days(today, 6))
                )
            } else {
                String::new()
            },
        }
    }
}

/// Per weekday, the merged times of the spreekuren that make a location's usual week
/// ([`every_week`]) on that weekday: when a reader finds someone there any week.
pub fn session_ranges(
    sessions: &[Session],
    today: Date,
    wd: Weekday,
) -> Vec<crate::schedule::TimeRange> {
    crate::present::merge_ranges(
        sessions
            .iter()
            .filter(|s| every_week(s, today) && on_weekday(&s.repeat, wd))
            .map(|s| s.time),
    )
}

/// Whether a spreekuur is on every week from today on, at the location itself: weekly,
/// begun, without an end or a season. Only these make the hours of a location without
/// opening hours on a flyer, poster or slide, which stay up for months; a monthly, a
/// seasonal or a later one (a market stall from April, a course that ends in March) is
/// listed with its own rule and period instead.
pub fn every_week(s: &Session, today: Date) -> bool {
    matches!(s.repeat, Repeat::Weekly { .. })
        && s.here()
        && s.season.is_none()
        && s.period
            .is_none_or(|p| p.until.is_none() && p.from.is_none_or(|f| f <= today))
}

/// The rows of a week table made from the spreekuren (see [`session_ranges`]).
pub fn session_hour_rows(lang: &Lang, sessions: &[Session], today: Date) -> Vec<Row> {
    (0..7)
        .map(|i| {
            let ranges = session_ranges(sessions, today, dutch::weekday_from_index(i));
            Row {
                day: lang.weekday(i).to_string(),
                closed: ranges.is_empty(),
                text: describe_ranges_in(lang, &ranges),
                short: short_ranges(lang, &ranges),
            }
        })
        .collect()
}

/// A theme's title inside a sentence: "toeslagen", but "DigiD" as it is.
fn lower_title(title: &str) -> String {
    if title.chars().skip(1).any(char::is_uppercase) {
        return title.to_string();
    }
    let mut c = title.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// How many themes the campaign lines name.
const CAMPAIGN_THEMES: usize = 3;

/// "Vragen over DigiD, toeslagen of belastingen?": the first themes of the location.
pub fn question(themes: &[String]) -> String {
    let t = &themes[..themes.len().min(CAMPAIGN_THEMES)];
    match t {
        [] => "Vragen over de digitale overheid?".into(),
        [one] => format!("Vragen over {one}?"),
        [init @ .., last] => format!("Vragen over {} of {last}?", init.join(", ")),
    }
}

/// "Hulp bij DigiD, toeslagen, belastingen en meer" ("… en meer" when there are more).
pub fn help_line(themes: &[String]) -> String {
    if themes.is_empty() {
        return "Hulp bij de digitale overheid".into();
    }
    let t = &themes[..themes.len().min(CAMPAIGN_THEMES)];
    if themes.len() > CAMPAIGN_THEMES {
        format!("Hulp bij {} en meer", t.join(", "))
    } else {
        format!("Hulp bij {}", dutch::join_and(t))
    }
}
