//! schema.org JSON-LD for a location page: the place with its regular opening hours,
//! special opening hours for holidays, closures and other hours, and each spreekuur as
//! an Event with a Schedule. Derived from the same schedule as the page text.

use jiff::civil::Date;
use serde_json::{json, Value};

use crate::derive::Agenda;
use crate::dutch;
use crate::model::Location;
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

fn special_spec(from: Date, until: Date, r: Option<&TimeRange>) -> Value {
    let (opens, closes) = r.map_or(("00:00".into(), "00:00".into()), |r| {
        (hhmm(r.start), hhmm(r.end))
    });
    json!({"@type": "OpeningHoursSpecification", "validFrom": from.to_string(), "validThrough": until.to_string(), "opens": opens, "closes": closes})
}

/// Special opening hours from `today` for the horizon: closures (as periods), holidays
/// and other hours; closed days have opens = closes = 00:00. A day on which the location
/// is open despite a closure or holiday (a location without a week table is open while a
/// spreekuur runs, also on one of its extra dates) gets its real hours, and a closure
/// period is split around it, so no specification ever calls an open day closed.
fn special(s: &Schedule, cal: &Agenda) -> Vec<Value> {
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
fn schedules(s: &Session, number: usize, sched: &Schedule, cal: &Agenda) -> Vec<Value> {
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
    let window: Vec<Date> = cal.dates().collect();
    // Dates at another address are Events of their own.
    let on = |d: Date| {
        cal.held(sched, number, d) && s.places.binary_search_by(|(p, _)| p.cmp(&d)).is_err()
    };
    let time = |mut v: Value| {
        v["@type"] = json!("Schedule");
        v["scheduleTimezone"] = json!("Europe/Amsterdam");
        v["startTime"] = json!(hhmm(s.time.start));
        v["endTime"] = json!(hhmm(s.time.end));
        v
    };
    let repeating = |freq: &str, weekdays: &[jiff::civil::Weekday]| {
        let days: Vec<String> = weekdays
            .iter()
            .map(|w| day_uri(dutch::weekday_index(*w)))
            .collect();
        time(
            json!({"startDate": start.to_string(), "endDate": end.to_string(), "repeatFrequency": freq,
                    "byDay": if days.len() == 1 { json!(days[0]) } else { json!(days) }}),
        )
    };
    let rules: Vec<Value> = match &s.repeat {
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
                v["startDate"] = json!(first.to_string());
            }
            vec![v]
        }
        // byMonthWeek takes one week: one Schedule per week of the month.
        Repeat::Monthly { weekdays, nths } => nths
            .iter()
            .map(|nth| {
                let mut v = repeating("P1M", weekdays);
                v["byMonthWeek"] = json!(match nth {
                    crate::schedule::Nth::First => 1,
                    crate::schedule::Nth::Second => 2,
                    crate::schedule::Nth::Third => 3,
                    crate::schedule::Nth::Fourth => 4,
                    crate::schedule::Nth::Last => -1,
                });
                v
            })
            .collect(),
        Repeat::Dates { .. } => Vec::new(),
    };
    // Whether the spreekuur takes place, per day of the window (asked once per day).
    let takes_place: Vec<bool> = window.iter().map(|d| on(*d)).collect();
    let mut out: Vec<Value> = Vec::new();
    // Per Schedule so far: the days of the window it covers, and those it excepts.
    let mut covers: Vec<Vec<bool>> = Vec::new();
    let mut excepts: Vec<Vec<bool>> = Vec::new();
    for mut v in rules.into_iter().filter(|_| start <= end) {
        let cover = Cover::of(&v);
        let mine: Vec<bool> = window.iter().map(|d| cover.covers(*d)).collect();
        // A date two Schedules share (the 4th and the last Monday) is excepted from the
        // later one, so it is counted once.
        let except: Vec<bool> = (0..window.len())
            .map(|i| mine[i] && (!takes_place[i] || covers.iter().any(|c| c[i])))
            .collect();
        let dates: Vec<String> = window
            .iter()
            .zip(&except)
            .filter(|(_, x)| **x)
            .map(|(d, _)| d.to_string())
            .collect();
        if !dates.is_empty() {
            v["exceptDate"] = json!(dates);
        }
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
    for d in singles {
        out.push(time(
            json!({"startDate": d.to_string(), "endDate": d.to_string(), "repeatCount": 1}),
        ));
    }
    out
}

/// Whether a repeating Schedule (P1W, P2W, P1M with byMonthWeek) falls on `d`,
/// ignoring exceptDate. Used to list the dates it must except.
pub fn schedule_covers(v: &Value, d: Date) -> bool {
    Cover::of(v).covers(d)
}

/// A Schedule read once, to ask of many days whether it falls on them.
struct Cover<'a> {
    start: Option<Date>,
    end: Option<Date>,
    by_day: [bool; 7],
    frequency: Option<&'a str>,
    month_week: i64,
    single: bool,
}

impl<'a> Cover<'a> {
    fn of(v: &'a Value) -> Cover<'a> {
        let date = |k: &str| v[k].as_str().and_then(|s| s.parse::<Date>().ok());
        let mut by_day = [false; 7];
        for (i, day) in DAYS.iter().enumerate() {
            by_day[i] = match &v["byDay"] {
                Value::String(u) => u.ends_with(day),
                Value::Array(l) => l
                    .iter()
                    .any(|u| u.as_str().is_some_and(|u| u.ends_with(day))),
                _ => false,
            };
        }
        Cover {
            start: date("startDate"),
            end: date("endDate"),
            by_day,
            frequency: v["repeatFrequency"].as_str(),
            month_week: v["byMonthWeek"].as_i64().unwrap_or(0),
            single: v["repeatCount"].as_i64() == Some(1),
        }
    }

    fn covers(&self, d: Date) -> bool {
        let start = self.start.unwrap_or(d);
        if d < start || d > self.end.unwrap_or(d) {
            return false;
        }
        let day_ok = self.by_day[dutch::weekday_index(d.weekday())];
        match self.frequency {
            Some("P1W") => day_ok,
            Some("P2W") => day_ok && crate::schedule::days_between(start, d) % 14 == 0,
            Some("P1M") => {
                let nth = i64::from((d.day() - 1) / 7 + 1);
                day_ok
                    && (self.month_week == nth
                        || (self.month_week == -1
                            && i16::from(d.day()) + 7 > i16::from(d.days_in_month())))
            }
            _ => self.single && d == start,
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
    let mut place = json!({"@type": "Place", "name": loc.name, "url": url});
    if let Some(a) = &loc.address {
        place["address"] = json!({"@type": "PostalAddress", "streetAddress": a.street, "postalCode": a.postcode,
                                  "addressLocality": a.place, "addressCountry": "NL"});
    }
    if let Some(c) = &loc.coordinates {
        place["geo"] = json!({"@type": "GeoCoordinates", "latitude": c.lat, "longitude": c.lon});
    }
    if let Some(p) = &loc.phone {
        place["telephone"] = json!(p.uri.trim_start_matches("tel:"));
    }
    let mut hours = Vec::new();
    for (i, day) in s.week.days.iter().enumerate() {
        for r in day {
            let mut spec = json!({"@type": "OpeningHoursSpecification", "dayOfWeek": day_uri(i), "opens": hhmm(r.start), "closes": hhmm(r.end)});
            if let Some(p) = s.period {
                spec["validFrom"] = json!(p.from.to_string());
                spec["validThrough"] = json!(p.until.to_string());
            }
            hours.push(spec);
        }
    }
    place["openingHoursSpecification"] = json!(hours);
    place["specialOpeningHoursSpecification"] = json!(special(s, cal));
    place["isAccessibleForFree"] = json!(true);
    let events: Vec<Value> = s
        .sessions
        .iter()
        .enumerate()
        .filter_map(|(i, session)| {
            let schedules = schedules(session, i, s, cal);
            if schedules.is_empty() {
                return None;
            }
            let mut e = json!({
                "@type": "Event", "identifier": format!("{}-spreekuur-{i}", loc.slug),
                "name": session.title, "description": session.dutch(today),
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "isAccessibleForFree": true, "eventSchedule": schedules, "url": url,
            });
            e["location"] = match &session.address {
                Some(a) => json!({"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": a.street,
                          "postalCode": a.postcode, "addressLocality": a.place, "addressCountry": "NL"}}),
                None => json!({"@type": "Place", "name": loc.name, "url": url}),
            };
            let organizers: Vec<Value> = session
                .partners
                .iter()
                .filter_map(|p| partners(p))
                .map(|name| json!({"@type": "Organization", "name": name}))
                .collect();
            match organizers.len() {
                0 => {}
                1 => e["organizer"] = organizers[0].clone(),
                _ => e["organizer"] = json!(organizers),
            }
            Some(e)
        })
        .collect();
    let mut events = events;
    let horizon_end = add_days(today, HORIZON);
    for (i, session) in s.sessions.iter().enumerate() {
        for (d, a) in session
            .places
            .iter()
            .filter(|(d, _)| *d >= today && *d <= horizon_end && cal.held(s, i, *d))
        {
            events.push(json!({
                "@type": "Event", "identifier": format!("{}-spreekuur-{i}-{d}", loc.slug),
                "name": session.title, "description": session.dutch(today),
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "isAccessibleForFree": true, "url": url,
                "eventSchedule": [{"@type": "Schedule", "scheduleTimezone": "Europe/Amsterdam",
                    "startDate": d.to_string(), "endDate": d.to_string(), "repeatCount": 1,
                    "startTime": hhmm(session.time.start), "endTime": hhmm(session.time.end)}],
                "location": {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": a.street,
                    "postalCode": a.postcode, "addressLocality": a.place, "addressCountry": "NL"}},
            }));
        }
    }
    if !events.is_empty() {
        place["event"] = json!(events);
    }
    let mut doc = json!({"@context": "https://schema.org"});
    if let (Some(a), Some(b)) = (doc.as_object_mut(), place.as_object()) {
        a.extend(b.clone());
    }
    serde_json::to_string(&doc)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}
