//! iCalendar (RFC 5545) per location: every spreekuur and every weekly opening-hours
//! range as a recurring event (RRULE), with the days it does not happen (holidays,
//! closures, cancellations) as EXDATE, one-off extra dates as RDATE, and other hours on a
//! date as single events. Times are local to Europe/Amsterdam (with its VTIMEZONE).
//!
//! Exceptions are only known up to a horizon, so every series ends there (UNTIL): a file
//! that is not rebuilt goes quiet rather than showing a holiday as open.

use ics::components::{Parameter, Property};
use ics::properties::{
    Description, DtEnd, DtStart, ExDate, Location as IcsLocation, RDate, RRule, Summary, TzName,
    URL,
};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone};
use jiff::civil::{Date, Weekday};

use crate::derive::Agenda;
use crate::dutch;
use crate::model::Location;
use crate::schedule::{add_days, Repeat, Schedule, TimeRange, HORIZON};

const TZ: &str = "Europe/Amsterdam";

fn stamp(d: Date, minutes: u16) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}00",
        d.year(),
        d.month(),
        d.day(),
        minutes / 60,
        minutes % 60
    )
}

/// `UNTIL` in UTC for the end of local day `d`.
fn until_utc(d: Date) -> String {
    let tz = jiff::tz::TimeZone::get(TZ).unwrap_or(jiff::tz::TimeZone::UTC);
    let end = d
        .at(23, 59, 59, 0)
        .to_zoned(tz)
        .map(|z| z.timestamp())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    end.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn byday(w: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][dutch::weekday_index(w)]
}

/// "MO,WE"
fn bydays(w: &[Weekday]) -> String {
    w.iter().map(|d| byday(*d)).collect::<Vec<_>>().join(",")
}

/// The RRULE for a repeat rule (without UNTIL); None for a list of dates.
pub fn rrule(repeat: &Repeat) -> Option<String> {
    Some(match repeat {
        Repeat::Weekly { weekdays } => format!("FREQ=WEEKLY;BYDAY={}", bydays(weekdays)),
        Repeat::AlternateIsoWeeks { weekdays, even } => {
            // ISO week numbers (WKST=MO); week 53 is odd, so the rule follows the week
            // number across year ends exactly, unlike INTERVAL=2.
            let weeks: Vec<String> = (1..=53)
                .filter(|w| (w % 2 == 0) == *even)
                .map(|w: u32| w.to_string())
                .collect();
            format!(
                "FREQ=YEARLY;BYWEEKNO={};BYDAY={};WKST=MO",
                weeks.join(","),
                bydays(weekdays)
            )
        }
        Repeat::EveryOtherWeek { from } => {
            format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={}", byday(from.weekday()))
        }
        Repeat::Monthly { weekdays, nths } => {
            let mut days = Vec::new();
            for nth in nths {
                let n = match nth {
                    crate::schedule::Nth::First => "1",
                    crate::schedule::Nth::Second => "2",
                    crate::schedule::Nth::Third => "3",
                    crate::schedule::Nth::Fourth => "4",
                    crate::schedule::Nth::Last => "-1",
                };
                days.extend(weekdays.iter().map(|w| format!("{n}{}", byday(*w))));
            }
            format!("FREQ=MONTHLY;BYDAY={}", days.join(","))
        }
        Repeat::Dates { .. } => return None,
    })
}

/// One series: the dates its rule gives (`rule`), the dates it really happens
/// (`happens`), extra dates, the time and what to say about it.
struct Series<'a> {
    uid: String,
    summary: String,
    description: String,
    location: String,
    rrule: Option<String>,
    rule: Box<dyn Fn(Date) -> bool + 'a>,
    happens: Box<dyn Fn(Date) -> bool + 'a>,
    extra: Vec<Date>,
    time: TimeRange,
    last: Date,
}

/// The event of series `s`; `window` holds the dates from `from` on (to the horizon).
fn event<'a>(
    s: &Series,
    from: Date,
    window: &[Date],
    url: &str,
    dtstamp: &str,
) -> Option<Event<'a>> {
    let n = (crate::days::days_between(from, s.last) + 1).max(0) as usize;
    let days = &window[..n.min(window.len())];
    // DTSTART on a date it happens where there is one (a season may exclude the first).
    let first_rule = days
        .iter()
        .copied()
        .find(|d| (s.rule)(*d) && (s.happens)(*d))
        .or_else(|| days.iter().copied().find(|d| (s.rule)(*d)));
    // Extra dates may lie outside the period of the rule (a spreekuur's are within the
    // horizon; an other-hours date may lie after it, and is written all the same).
    let extras: Vec<Date> = s.extra.iter().copied().filter(|d| *d >= from).collect();
    let anchor = match (&s.rrule, first_rule) {
        (Some(_), Some(d)) => d,
        _ => *extras.first()?,
    };
    let mut e = Event::new(s.uid.clone(), dtstamp.to_string());
    e.push(Summary::new(ics::escape_text(s.summary.clone())));
    e.push(Description::new(ics::escape_text(s.description.clone())));
    if !s.location.is_empty() {
        e.push(IcsLocation::new(ics::escape_text(s.location.clone())));
    }
    e.push(URL::new(url.to_string()));
    let mut start = DtStart::new(stamp(anchor, s.time.start));
    start.add(Parameter::new("TZID", TZ));
    e.push(start);
    let mut end = DtEnd::new(stamp(anchor, s.time.end));
    end.add(Parameter::new("TZID", TZ));
    e.push(end);
    let mut rdates: Vec<String> = extras
        .iter()
        .filter(|d| **d != anchor)
        .map(|d| stamp(*d, s.time.start))
        .collect();
    if let Some(rule) = &s.rrule {
        e.push(RRule::new(format!("{rule};UNTIL={}", until_utc(s.last))));
        let ex: Vec<String> = days
            .iter()
            .filter(|d| **d >= anchor && (s.rule)(**d) && !(s.happens)(**d))
            .map(|d| stamp(*d, s.time.start))
            .collect();
        if !ex.is_empty() {
            let mut p = ExDate::new(ex.join(","));
            p.add(Parameter::new("TZID", TZ));
            e.push(p);
        }
    } else {
        // A list of dates: DTSTART is the first, the others are RDATEs.
        rdates.retain(|d| *d != stamp(anchor, s.time.start));
    }
    if !rdates.is_empty() {
        let mut p = RDate::new(rdates.join(","));
        p.add(Parameter::new("TZID", TZ));
        e.push(p);
    }
    Some(e)
}

fn timezone<'a>() -> TimeZone<'a> {
    let mut daylight = Daylight::new("19810329T020000", "+0100", "+0200");
    daylight.push(TzName::new("CEST"));
    daylight.push(RRule::new("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    let mut standard = Standard::new("19961027T030000", "+0200", "+0100");
    standard.push(TzName::new("CET"));
    standard.push(RRule::new("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    let mut tz = TimeZone::daylight(TZ, daylight);
    tz.add_standard(standard);
    tz
}

/// The calendar of `loc` from `today` on; `url` is the location's page, `host` makes UIDs unique.
pub fn calendar(loc: &Location, url: &str, host: &str, days: &Agenda) -> String {
    let today = days.from();
    let sched: &Schedule = &loc.schedule;
    let horizon_end = add_days(today, HORIZON);
    let dtstamp = format!("{}Z", stamp(today, 0));
    let address = loc
        .address
        .as_ref()
        .map(crate::present::one_line)
        .unwrap_or_default();
    let mut cal = ICalendar::new("2.0", "-//ido//Informatiepunt Digitale Overheid//NL");
    cal.push(Property::new(
        "X-WR-CALNAME",
        ics::escape_text(loc.name.clone()),
    ));
    cal.push(Property::new("X-WR-TIMEZONE", TZ));
    cal.add_timezone(timezone());

    let mut series: Vec<Series> = Vec::new();
    for (i, s) in sched.sessions.iter().enumerate() {
        let last = s
            .period
            .and_then(|p| p.until)
            .map_or(horizon_end, |u| u.min(horizon_end));
        // Dates at another address are events of their own (with their LOCATION).
        let elsewhere = |d: Date| s.places.binary_search_by(|(p, _)| p.cmp(&d)).is_ok();
        let in_window = |d: &Date| *d >= today && *d <= horizon_end;
        let mut description = s.dutch(today);
        description.push(' ');
        description.push_str(s.visit.label());
        if let Some(n) = &s.note {
            description.push(' ');
            description.push_str(n);
        }
        series.push(Series {
            uid: format!("{}-spreekuur-{i}@{host}", loc.slug),
            summary: s.title.clone(),
            description,
            location: s
                .address
                .as_ref()
                .map(crate::present::one_line)
                .unwrap_or_else(|| address.clone()),
            rrule: rrule(&s.repeat),
            // The dates the RRULE gives: its pattern within the period; the season and
            // the calendars remove dates as EXDATE, like closures.
            rule: Box::new(move |d| s.period.is_none_or(|p| p.contains(d)) && s.repeat.matches(d)),
            happens: Box::new(move |d| days.held(sched, i, d) && !elsewhere(d)),
            extra: match &s.repeat {
                Repeat::Dates { dates } => {
                    let mut all: Vec<Date> = dates
                        .iter()
                        .chain(&s.extra)
                        .copied()
                        .filter(|d| in_window(d) && days.held(sched, i, *d) && !elsewhere(*d))
                        .collect();
                    all.sort();
                    all.dedup();
                    all
                }
                _ => s
                    .extra
                    .iter()
                    .copied()
                    .filter(|d| in_window(d) && days.held(sched, i, *d) && !elsewhere(*d))
                    .collect(),
            },
            time: s.time,
            last,
        });
        for (d, a) in s
            .places
            .iter()
            .filter(|(d, _)| in_window(d) && days.held(sched, i, *d))
        {
            series.push(Series {
                uid: format!("{}-spreekuur-{i}-{d}@{host}", loc.slug),
                summary: s.title.clone(),
                description: format!("{} {}", s.dutch(today), s.visit.label()),
                location: crate::present::one_line(a),
                rrule: None,
                rule: Box::new(|_| false),
                happens: Box::new(|_| false),
                extra: vec![*d],
                time: s.time,
                last: *d,
            });
        }
    }
    let last = sched
        .period
        .map_or(horizon_end, |p| p.until.min(horizon_end));
    for (day, ranges) in sched.week.days.iter().enumerate() {
        let weekday = dutch::weekday_from_index(day);
        for (j, r) in ranges.iter().enumerate() {
            let r = *r;
            series.push(Series {
                uid: format!("{}-open-{}-{j}@{host}", loc.slug, dutch::WEEKDAYS[day]),
                summary: format!("{} open", loc.name),
                description: format!("Open van {}.", r.dutch()),
                location: address.clone(),
                rrule: Some(format!("FREQ=WEEKLY;BYDAY={}", byday(weekday))),
                rule: Box::new(move |d| {
                    d.weekday() == weekday && sched.period.is_none_or(|p| p.from <= d)
                }),
                happens: Box::new(move |d| days.exception(sched, d).is_none()),
                extra: Vec::new(),
                time: r,
                last,
            });
        }
    }
    for sp in sched.special.iter().filter(|sp| sp.date >= today) {
        for (j, r) in sp.ranges.iter().enumerate() {
            series.push(Series {
                uid: format!("{}-anders-{}-{j}@{host}", loc.slug, sp.date),
                summary: format!("{} open ({})", loc.name, sp.reason),
                description: format!(
                    "Op {} open van {}.",
                    dutch::weekday_date(sp.date),
                    r.dutch()
                ),
                location: address.clone(),
                rrule: None,
                rule: Box::new(|_| false),
                happens: Box::new(|_| false),
                extra: vec![sp.date],
                time: *r,
                last: sp.date,
            });
        }
    }
    // The dates of the window, made once for every series. A series with a rule ends by
    // the horizon; one that ends later is a single other-hours date, which needs none.
    let window: Vec<Date> = crate::days::run(today, HORIZON as usize + 1).collect();
    for s in &series {
        if let Some(e) = event(s, today, &window, url, &dtstamp) {
            cal.add_event(e);
        }
    }
    cal.to_string()
}
