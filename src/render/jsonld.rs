//! schema.org JSON-LD for a location page: the place with its regular opening hours,
//! special opening hours for holidays, closures and other hours, and each spreekuur as
//! an Event with a Schedule. Derived from the same schedule as the page text.

use jiff::civil::Date;
use serde::Serialize;

use crate::derive::Agenda;
use crate::dutch;
use crate::model::{Address, Location};
use crate::present::hhmm;
use crate::schedule::{add_days, Exception, Repeat, Schedule, Session, TimeRange, HORIZON};

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn day_uri(i: usize) -> String {
    format!("https://schema.org/{}", DAYS[i])
}

// The document is written from these borrowed structs. Their fields stand in the
// alphabetical order of their JSON names (`@` first): the order the page has always had.

/// The page's one JSON-LD object: the location as a schema.org Place.
#[derive(Serialize)]
struct Place<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<PostalAddress<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    event: Vec<Event<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<Geo>,
    #[serde(rename = "isAccessibleForFree")]
    free: bool,
    name: &'a str,
    #[serde(rename = "openingHoursSpecification")]
    opening_hours: Vec<Hours>,
    #[serde(rename = "specialOpeningHoursSpecification")]
    special_opening_hours: Vec<Hours>,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    url: &'a str,
}

#[derive(Serialize)]
struct PostalAddress<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "addressCountry")]
    country: &'static str,
    #[serde(rename = "addressLocality")]
    locality: &'a str,
    #[serde(rename = "postalCode")]
    postal_code: &'a str,
    #[serde(rename = "streetAddress")]
    street: &'a str,
}

impl<'a> PostalAddress<'a> {
    fn of(a: &'a Address) -> Self {
        PostalAddress {
            kind: "PostalAddress",
            country: "NL",
            locality: &a.place,
            postal_code: &a.postcode,
            street: &a.street,
        }
    }
}

#[derive(Serialize)]
struct Geo {
    #[serde(rename = "@type")]
    kind: &'static str,
    latitude: f64,
    longitude: f64,
}

/// An OpeningHoursSpecification: regular (per weekday) or special (for dates).
#[derive(Serialize)]
struct Hours {
    #[serde(rename = "@type")]
    kind: &'static str,
    closes: String,
    #[serde(rename = "dayOfWeek", skip_serializing_if = "Option::is_none")]
    day_of_week: Option<String>,
    opens: String,
    #[serde(rename = "validFrom", skip_serializing_if = "Option::is_none")]
    valid_from: Option<Date>,
    #[serde(rename = "validThrough", skip_serializing_if = "Option::is_none")]
    valid_through: Option<Date>,
}

#[derive(Serialize)]
struct Event<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    description: String,
    #[serde(rename = "eventAttendanceMode")]
    attendance_mode: &'static str,
    #[serde(rename = "eventSchedule")]
    schedule: Vec<ScheduleSpec>,
    identifier: String,
    #[serde(rename = "isAccessibleForFree")]
    free: bool,
    location: EventPlace<'a>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    organizer: Option<OneOrMore<Organization>>,
    url: &'a str,
}

impl<'a> Event<'a> {
    fn new(
        identifier: String,
        session: &'a Session,
        schedule: Vec<ScheduleSpec>,
        location: EventPlace<'a>,
        today: Date,
        url: &'a str,
    ) -> Self {
        Event {
            kind: "Event",
            description: session.dutch(today),
            attendance_mode: "https://schema.org/OfflineEventAttendanceMode",
            schedule,
            identifier,
            free: true,
            location,
            name: &session.title,
            organizer: None,
            url,
        }
    }
}

/// Where an Event is: another address, or the location itself by name and page.
#[derive(Serialize)]
struct EventPlace<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<PostalAddress<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct Organization {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
}

/// One value alone, several as a list (schema.org's `byDay`, `organizer`).
#[derive(Serialize)]
#[serde(untagged)]
enum OneOrMore<T> {
    One(T),
    More(Vec<T>),
}

impl<T> OneOrMore<T> {
    fn of(mut list: Vec<T>) -> Option<Self> {
        match list.len() {
            0 => None,
            1 => list.pop().map(OneOrMore::One),
            _ => Some(OneOrMore::More(list)),
        }
    }
}

/// A schema.org Schedule of a spreekuur.
#[derive(Serialize)]
struct ScheduleSpec {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "byDay", skip_serializing_if = "Option::is_none")]
    by_day: Option<OneOrMore<String>>,
    #[serde(rename = "byMonthWeek", skip_serializing_if = "Option::is_none")]
    by_month_week: Option<i8>,
    #[serde(rename = "endDate")]
    end_date: Date,
    #[serde(rename = "endTime")]
    end_time: String,
    #[serde(rename = "exceptDate", skip_serializing_if = "Vec::is_empty")]
    except_date: Vec<Date>,
    #[serde(rename = "repeatCount", skip_serializing_if = "Option::is_none")]
    repeat_count: Option<u8>,
    #[serde(rename = "repeatFrequency", skip_serializing_if = "Option::is_none")]
    repeat_frequency: Option<&'static str>,
    #[serde(rename = "scheduleTimezone")]
    timezone: &'static str,
    #[serde(rename = "startDate")]
    start_date: Date,
    #[serde(rename = "startTime")]
    start_time: String,
}

impl ScheduleSpec {
    /// The Schedule of `time` on the single date `d`.
    fn single(d: Date, time: &TimeRange) -> Self {
        ScheduleSpec {
            repeat_count: Some(1),
            ..ScheduleSpec::repeating(d, d, None, None, time)
        }
    }

    fn repeating(
        start: Date,
        end: Date,
        frequency: Option<&'static str>,
        by_day: Option<OneOrMore<String>>,
        time: &TimeRange,
    ) -> Self {
        ScheduleSpec {
            kind: "Schedule",
            by_day,
            by_month_week: None,
            end_date: end,
            end_time: hhmm(time.end),
            except_date: Vec::new(),
            repeat_count: None,
            repeat_frequency: frequency,
            timezone: "Europe/Amsterdam",
            start_date: start,
            start_time: hhmm(time.start),
        }
    }
}

fn special_spec(from: Date, until: Date, r: Option<&TimeRange>) -> Hours {
    let (opens, closes) = r.map_or(("00:00".into(), "00:00".into()), |r| {
        (hhmm(r.start), hhmm(r.end))
    });
    Hours {
        kind: "OpeningHoursSpecification",
        closes,
        day_of_week: None,
        opens,
        valid_from: Some(from),
        valid_through: Some(until),
    }
}

/// Special opening hours from `today` for the horizon: closures (as periods), holidays
/// and other hours; closed days have opens = closes = 00:00. A day on which the location
/// is open despite a closure or holiday (a location without a week table is open while a
/// spreekuur runs, also on one of its extra dates) gets its real hours, and a closure
/// period is split around it, so no specification ever calls an open day closed.
fn special(s: &Schedule, cal: &Agenda) -> Vec<Hours> {
    let today = cal.from();
    let mut out = Vec::new();
    let end = add_days(today, HORIZON);
    for c in s
        .all_closures()
        .filter(|c| c.until >= today && c.from <= end)
    {
        let mut from = c.from;
        let mut d = c.from.max(today);
        while d <= c.until.min(end) {
            if !cal.hours_on(s, d).is_empty() {
                if from < d {
                    out.push(special_spec(from, add_days(d, -1), None));
                }
                from = add_days(d, 1);
            }
            d = add_days(d, 1);
        }
        if from <= c.until {
            out.push(special_spec(from, c.until, None));
        }
    }
    for (d, day) in cal.days() {
        match cal.exception(s, d) {
            Some(Exception::Special(x)) if x.ranges.is_empty() => {
                out.push(special_spec(d, d, None))
            }
            Some(Exception::Special(x)) => {
                out.extend(x.ranges.iter().map(|r| special_spec(d, d, Some(r))))
            }
            Some(e) => {
                if day.hours.is_empty() {
                    if matches!(e, Exception::Holiday(_)) {
                        out.push(special_spec(d, d, None));
                    }
                } else {
                    out.extend(day.hours.iter().map(|r| special_spec(d, d, Some(r))));
                }
            }
            None => {}
        }
    }
    out
}

/// The Schedules of a spreekuur from `today` for the horizon, exact by construction:
/// the dates of the repeating Schedule minus its `exceptDate`, plus one single-date
/// Schedule for every other date it takes place (extra dates, lists of dates).
fn schedules(s: &Session, number: usize, cal: &Agenda, win: &Window) -> Vec<ScheduleSpec> {
    let today = cal.from();
    let horizon_end = add_days(today, HORIZON);
    let start = s
        .period
        .and_then(|p| p.from)
        .map_or(today, |f| f.max(today));
    let end = s
        .period
        .and_then(|p| p.until)
        .map_or(horizon_end, |u| u.min(horizon_end));
    let window = &win.dates;
    // Held or not per distinct day of the agenda (a handful), then looked up per day.
    let held: Vec<bool> = cal
        .kinds()
        .iter()
        .map(|k| k.sessions.contains(&(number as u16)))
        .collect();
    // Dates at another address are Events of their own.
    let on = |i: usize| {
        held[cal.kind_at(i)]
            && s.places
                .binary_search_by(|(p, _)| p.cmp(&window[i]))
                .is_err()
    };
    let repeating = |frequency: &'static str, weekdays: &[jiff::civil::Weekday]| {
        let days: Vec<String> = weekdays
            .iter()
            .map(|w| day_uri(dutch::weekday_index(*w)))
            .collect();
        let by_day = if days.len() == 1 {
            OneOrMore::of(days)
        } else {
            Some(OneOrMore::More(days))
        };
        ScheduleSpec::repeating(start, end, Some(frequency), by_day, &s.time)
    };
    let rules: Vec<ScheduleSpec> = match &s.repeat {
        // ISO-week parity has no Schedule form: weekly, with the other weeks excepted.
        Repeat::Weekly { weekdays } | Repeat::AlternateIsoWeeks { weekdays, .. } => {
            vec![repeating("P1W", weekdays)]
        }
        Repeat::EveryOtherWeek { from } => {
            let mut v = repeating("P2W", &[from.weekday()]);
            // Anchor the fortnight on a real date of the rule.
            if let Some(first) = window
                .iter()
                .find(|d| **d >= start && s.repeat.matches(**d))
            {
                v.start_date = *first;
            }
            vec![v]
        }
        // byMonthWeek takes one week: one Schedule per week of the month.
        Repeat::Monthly { weekdays, nths } => nths
            .iter()
            .map(|nth| ScheduleSpec {
                by_month_week: Some(match nth {
                    crate::schedule::Nth::First => 1,
                    crate::schedule::Nth::Second => 2,
                    crate::schedule::Nth::Third => 3,
                    crate::schedule::Nth::Fourth => 4,
                    crate::schedule::Nth::Last => -1,
                }),
                ..repeating("P1M", weekdays)
            })
            .collect(),
        Repeat::Dates { .. } => Vec::new(),
    };
    // Whether the spreekuur takes place, per day of the window (asked once per day).
    let takes_place: Vec<bool> = (0..window.len()).map(on).collect();
    let mut out: Vec<ScheduleSpec> = Vec::new();
    // Per Schedule so far: the days of the window it covers, and those it excepts.
    let mut covers: Vec<Vec<bool>> = Vec::new();
    let mut excepts: Vec<Vec<bool>> = Vec::new();
    for mut v in rules.into_iter().filter(|_| start <= end) {
        let weekdays = v.weekdays();
        let start = crate::days::day_number(v.start_date);
        let mine: Vec<bool> = (0..window.len())
            .map(|i| v.covers(win, i, start, &weekdays))
            .collect();
        // A date two Schedules share (the 4th and the last Monday) is excepted from the
        // later one, so it is counted once.
        let except: Vec<bool> = (0..window.len())
            .map(|i| mine[i] && (!takes_place[i] || covers.iter().any(|c| c[i])))
            .collect();
        v.except_date = window
            .iter()
            .zip(&except)
            .filter(|(_, x)| **x)
            .map(|(d, _)| *d)
            .collect();
        out.push(v);
        covers.push(mine);
        excepts.push(except);
    }
    let singles: Vec<Date> = window
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            takes_place[*i] && !covers.iter().zip(&excepts).any(|(c, x)| c[*i] && !x[*i])
        })
        .map(|(_, d)| *d)
        .collect();
    out.extend(
        singles
            .into_iter()
            .map(|d| ScheduleSpec::single(d, &s.time)),
    );
    out
}

impl ScheduleSpec {
    /// The weekdays of its `byDay` (Monday first), read once for [`ScheduleSpec::covers`].
    fn weekdays(&self) -> [bool; 7] {
        let on = |day: &str| match &self.by_day {
            Some(OneOrMore::One(u)) => u.ends_with(day),
            Some(OneOrMore::More(l)) => l.iter().any(|u| u.ends_with(day)),
            None => false,
        };
        std::array::from_fn(|i| on(DAYS[i]))
    }

    /// Whether this repeating Schedule (P1W, P2W, P1M with byMonthWeek) falls on day `i`
    /// of the window, ignoring exceptDate; `start` is the day number of its start date and
    /// `weekdays` are its [`ScheduleSpec::weekdays`]. Used to list the dates it must except.
    fn covers(&self, win: &Window, i: usize, start: i32, weekdays: &[bool; 7]) -> bool {
        let d = win.dates[i];
        if d < self.start_date || d > self.end_date {
            return false;
        }
        let day_ok = weekdays[usize::from(win.weekdays[i])];
        let month_week = self.by_month_week.unwrap_or(0);
        match self.repeat_frequency {
            Some("P1W") => day_ok,
            Some("P2W") => day_ok && (win.first + i as i32 - start) % 14 == 0,
            Some("P1M") => {
                let nth = (d.day() - 1) / 7 + 1;
                day_ok
                    && (month_week == nth
                        || (month_week == -1
                            && i16::from(d.day()) + 7 > i16::from(d.days_in_month())))
            }
            _ => self.repeat_count == Some(1) && d == self.start_date,
        }
    }
}

/// The agenda's window as the Schedules read it, made once per page: its dates, their
/// weekdays (Monday = 0) and the day number of the first.
struct Window {
    dates: Vec<Date>,
    weekdays: Vec<u8>,
    first: i32,
}

impl Window {
    fn of(cal: &Agenda) -> Window {
        let dates: Vec<Date> = cal.dates().collect();
        let monday = dutch::weekday_index(cal.from().weekday());
        Window {
            weekdays: (0..dates.len()).map(|i| ((monday + i) % 7) as u8).collect(),
            first: crate::days::day_number(cal.from()),
            dates,
        }
    }
}

/// The JSON-LD text for a location page, safe inside a `<script>` element.
pub fn location(
    loc: &Location,
    url: &str,
    partners: &dyn Fn(&str) -> Option<String>,
    cal: &Agenda,
) -> String {
    let today = cal.from();
    let s = &loc.schedule;
    let mut opening_hours = Vec::new();
    for (i, day) in s.week.days.iter().enumerate() {
        for r in day {
            opening_hours.push(Hours {
                kind: "OpeningHoursSpecification",
                closes: hhmm(r.end),
                day_of_week: Some(day_uri(i)),
                opens: hhmm(r.start),
                valid_from: s.period.map(|p| p.from),
                valid_through: s.period.map(|p| p.until),
            });
        }
    }
    let win = Window::of(cal);
    let here = || EventPlace {
        kind: "Place",
        address: None,
        name: Some(&loc.name),
        url: Some(url),
    };
    let elsewhere = |a| EventPlace {
        kind: "Place",
        address: Some(PostalAddress::of(a)),
        name: None,
        url: None,
    };
    let mut events: Vec<Event> = s
        .sessions
        .iter()
        .enumerate()
        .filter_map(|(i, session)| {
            let schedules = schedules(session, i, cal, &win);
            if schedules.is_empty() {
                return None;
            }
            let organizers: Vec<Organization> = session
                .partners
                .iter()
                .filter_map(|p| partners(p))
                .map(|name| Organization {
                    kind: "Organization",
                    name,
                })
                .collect();
            Some(Event {
                organizer: OneOrMore::of(organizers),
                ..Event::new(
                    format!("{}-spreekuur-{i}", loc.slug),
                    session,
                    schedules,
                    session.address.as_ref().map_or_else(here, elsewhere),
                    today,
                    url,
                )
            })
        })
        .collect();
    let horizon_end = add_days(today, HORIZON);
    for (i, session) in s.sessions.iter().enumerate() {
        for (d, a) in session
            .places
            .iter()
            .filter(|(d, _)| *d >= today && *d <= horizon_end && cal.held(s, i, *d))
        {
            events.push(Event::new(
                format!("{}-spreekuur-{i}-{d}", loc.slug),
                session,
                vec![ScheduleSpec::single(*d, &session.time)],
                elsewhere(a),
                today,
                url,
            ));
        }
    }
    let place = Place {
        context: "https://schema.org",
        kind: "Place",
        address: loc.address.as_ref().map(PostalAddress::of),
        event: events,
        geo: loc.coordinates.map(|c| Geo {
            kind: "GeoCoordinates",
            latitude: c.lat,
            longitude: c.lon,
        }),
        free: true,
        name: &loc.name,
        opening_hours,
        special_opening_hours: special(s, cal),
        telephone: loc.phone.as_ref().map(|p| p.uri.trim_start_matches("tel:")),
        url,
    };
    serde_json::to_string(&place)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}
