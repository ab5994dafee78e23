//! Opening hours and spreekuren, part of the model: weekly hours, recurrence rules,
//! holidays and other exceptions, what they mean on any one date, the status at an
//! instant, and the plain-Dutch sentences of the rules. `derive` turns them into each
//! location's agenda for the build window, which the outputs read, so they cannot
//! disagree.

pub mod holidays;

use jiff::civil::{Date, Weekday};
use serde::Serialize;

pub use holidays::Holiday;

pub use crate::days::{add_days, day_number, days_between, from_day_number};

use super::{Address, Period, Visit};
use crate::dutch;
use crate::lang::{Arg, Lang};

/// A time range within one day, in minutes after midnight; `start < end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct TimeRange {
    pub start: u16,
    pub end: u16,
}

impl TimeRange {
    /// Parse "10.00-17.00", "10:00 - 17:00", "9.30-12.00". The error says what is wrong.
    pub fn parse(s: &str) -> Result<TimeRange, String> {
        let (a, b) = s
            .split_once(['-', '–'])
            .ok_or_else(|| format!("`{s}` is not a time range"))?;
        let start = parse_time(a)?;
        let end = parse_time(b)?;
        if end <= start {
            return Err(format!(
                "the end time {} is not after the start time {}",
                b.trim(),
                a.trim()
            ));
        }
        Ok(TimeRange { start, end })
    }

    pub fn overlaps(&self, other: &TimeRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// "10.00 tot 17.00 uur".
    pub fn dutch(&self) -> String {
        self.text(crate::lang::source())
    }

    /// "10.00 tot 17.00 uur", "10:00 to 17:00".
    pub fn text(&self, lang: &Lang) -> String {
        lang.f(
            "range",
            &[
                ("from", lang.time(self.start).into()),
                ("to", lang.time(self.end).into()),
            ],
        )
    }
}

fn parse_time(s: &str) -> Result<u16, String> {
    let t = s.trim();
    let (h, m) = t
        .split_once(['.', ':'])
        .ok_or_else(|| format!("`{t}` is not a time like 10.00"))?;
    // Digits only: Rust's number parser would take `+9`.
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return Err(format!("`{t}` is not a time like 10.00"));
    }
    let h: u16 = h
        .parse()
        .map_err(|_| format!("`{t}` is not a time like 10.00"))?;
    let m: u16 = m
        .parse()
        .map_err(|_| format!("`{t}` is not a time like 10.00"))?;
    if h > 24
        || m > 59
        || (h == 24 && m > 0)
        || t.split_once(['.', ':']).is_some_and(|(_, m)| m.len() != 2)
    {
        return Err(format!("`{t}` is not a valid time"));
    }
    Ok(h * 60 + m)
}

/// Weekly opening hours: for each day (Monday first) its ranges, sorted; empty = closed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Week {
    pub days: [Vec<TimeRange>; 7],
}

impl Week {
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    pub fn on(&self, day: Weekday) -> &[TimeRange] {
        &self.days[dutch::weekday_index(day)]
    }

    /// Total opening minutes in a week.
    pub fn minutes(&self) -> u32 {
        self.days
            .iter()
            .flatten()
            .map(|r| u32::from(r.end - r.start))
            .sum()
    }

    /// One row per weekday: ("maandag", "10.00 tot 12.00 uur en 13.00 tot 17.00 uur" | "Gesloten").
    pub fn rows(&self) -> Vec<(&'static str, String)> {
        self.days
            .iter()
            .enumerate()
            .map(|(i, ranges)| (dutch::WEEKDAYS[i], describe_ranges(ranges)))
            .collect()
    }
}

pub fn describe_ranges(ranges: &[TimeRange]) -> String {
    describe_ranges_in(crate::lang::source(), ranges)
}

/// "10.00 tot 12.00 uur en 13.00 tot 17.00 uur", or "Gesloten", in `lang`.
pub fn describe_ranges_in(lang: &Lang, ranges: &[TimeRange]) -> String {
    if ranges.is_empty() {
        return lang.t("closed");
    }
    let parts: Vec<String> = ranges.iter().map(|r| r.text(lang)).collect();
    lang.join_and(&parts)
}

/// Which week of the month, for monthly rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

impl Nth {
    /// The message id of its word ("eerste").
    pub fn key(self) -> &'static str {
        match self {
            Nth::First => "first",
            Nth::Second => "second",
            Nth::Third => "third",
            Nth::Fourth => "fourth",
            Nth::Last => "last",
        }
    }

    fn matches(self, d: Date) -> bool {
        let index = (d.day() - 1) / 7; // 0 for days 1-7, ...
        match self {
            Nth::First => index == 0,
            Nth::Second => index == 1,
            Nth::Third => index == 2,
            Nth::Fourth => index == 3,
            Nth::Last => i16::from(d.day()) + 7 > i16::from(d.days_in_month()),
        }
    }
}

/// How a spreekuur repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum Repeat {
    /// Every week on each of the weekdays.
    Weekly {
        #[serde(serialize_with = "ser_weekdays")]
        weekdays: Vec<Weekday>,
    },
    /// ISO weeks with an even (`even = true`) or odd number. Not "every other week":
    /// week 53 and week 1 are both odd.
    AlternateIsoWeeks {
        #[serde(serialize_with = "ser_weekdays")]
        weekdays: Vec<Weekday>,
        even: bool,
    },
    /// Every two weeks counted from a first date.
    EveryOtherWeek {
        from: Date,
    },
    /// The `nths` weekdays of each month (1st and 3rd Monday).
    Monthly {
        #[serde(serialize_with = "ser_weekdays")]
        weekdays: Vec<Weekday>,
        nths: Vec<Nth>,
    },
    Dates {
        dates: Vec<Date>,
    },
}

/// Weekdays serialise as their Dutch names ("dinsdag").
fn ser_weekdays<S: serde::Serializer>(w: &[Weekday], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(w.iter().map(|d| dutch::weekday_name(*d)))
}

/// "maandag en woensdag".
fn weekday_list(lang: &Lang, w: &[Weekday]) -> String {
    let names: Vec<&str> = w
        .iter()
        .map(|d| lang.weekday(dutch::weekday_index(*d)))
        .collect();
    lang.join_and(&names)
}

impl Repeat {
    /// Whether the rule falls on `d` (ignoring validity period).
    pub fn matches(&self, d: Date) -> bool {
        match self {
            Repeat::Weekly { weekdays } => weekdays.contains(&d.weekday()),
            Repeat::AlternateIsoWeeks { weekdays, even } => {
                weekdays.contains(&d.weekday()) && (d.iso_week_date().week() % 2 == 0) == *even
            }
            Repeat::EveryOtherWeek { from } => {
                d >= *from && d.weekday() == from.weekday() && { days_between(*from, d) % 14 == 0 }
            }
            Repeat::Monthly { weekdays, nths } => {
                weekdays.contains(&d.weekday()) && nths.iter().any(|n| n.matches(d))
            }
            Repeat::Dates { dates } => dates.binary_search(&d).is_ok(),
        }
    }

    /// The weekdays the rule falls on (empty for a list of dates).
    pub fn weekdays(&self) -> Vec<Weekday> {
        match self {
            Repeat::Weekly { weekdays }
            | Repeat::AlternateIsoWeeks { weekdays, .. }
            | Repeat::Monthly { weekdays, .. } => weekdays.clone(),
            Repeat::EveryOtherWeek { from } => vec![from.weekday()],
            Repeat::Dates { .. } => Vec::new(),
        }
    }

    /// "Elke donderdag", "Elke eerste en derde maandag van de maand", ... Dates before
    /// `today` are left out; dates not in the coming months carry their year.
    pub fn dutch(&self, today: Date) -> String {
        self.text(crate::lang::source(), today)
    }

    /// The rule in `lang`, as [`Repeat::dutch`].
    pub fn text(&self, lang: &Lang, today: Date) -> String {
        let weekday = |d: Date| Arg::from(lang.weekday(dutch::weekday_index(d.weekday())));
        match self {
            Repeat::Weekly { weekdays } => lang.f(
                "repeat-weekly",
                &[("weekdays", weekday_list(lang, weekdays).into())],
            ),
            Repeat::AlternateIsoWeeks { weekdays, even } => lang.f(
                "repeat-iso-weeks",
                &[
                    ("weekdays", weekday_list(lang, weekdays).into()),
                    ("even", if *even { "yes" } else { "no" }.into()),
                ],
            ),
            Repeat::EveryOtherWeek { from } if *from <= today => {
                lang.f("repeat-other-week", &[("weekday", weekday(*from))])
            }
            Repeat::EveryOtherWeek { from } => lang.f(
                "repeat-other-week-from",
                &[
                    ("weekday", weekday(*from)),
                    ("date", lang.day_month_near(*from, today).into()),
                ],
            ),
            Repeat::Monthly { weekdays, nths } => {
                // "pierwsza środa", "pierwszy wtorek": the ordinal agrees with the weekday.
                let gender =
                    lang.weekday_gender(weekdays.first().map_or(0, |w| dutch::weekday_index(*w)));
                let n: Vec<String> = nths
                    .iter()
                    .map(|n| {
                        lang.f(
                            &format!("nth-{}", n.key()),
                            &[("gender", gender.as_str().into())],
                        )
                    })
                    .collect();
                lang.f(
                    "repeat-monthly",
                    &[
                        ("nths", lang.join_and(&n).into()),
                        ("weekdays", weekday_list(lang, weekdays).into()),
                    ],
                )
            }
            Repeat::Dates { dates } => {
                let coming: Vec<Date> = dates.iter().copied().filter(|d| *d >= today).collect();
                if coming.is_empty() {
                    lang.t("repeat-no-dates")
                } else {
                    lang.f(
                        "repeat-dates",
                        &[(
                            "dates",
                            lang.join_and(&lang.weekday_dates_near(&coming, today))
                                .into(),
                        )],
                    )
                }
            }
        }
    }
}

/// A validity period that may be open at one end (`periode: {van: 2026-01-15}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bounds {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Bounds {
    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.until.is_none_or(|u| d <= u)
    }
}

/// A part of every year ("September through June"), as month and day; wraps over the
/// year end when `from` is after `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Season {
    /// (month, day)
    pub from: (i8, i8),
    pub until: (i8, i8),
}

impl Season {
    pub fn contains(&self, d: Date) -> bool {
        let md = (d.month(), d.day());
        if self.from <= self.until {
            self.from <= md && md <= self.until
        } else {
            md >= self.from || md <= self.until
        }
    }

    /// "Van september tot en met juni." or "Van 15 september tot en met 15 juni."
    pub fn dutch(&self) -> String {
        self.text(crate::lang::source())
    }

    pub fn text(&self, lang: &Lang) -> String {
        let whole = self.from.1 == 1 && {
            let (m, d) = self.until;
            // The last day of the month (February counts as 28 or 29).
            d >= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m.clamp(1, 12) - 1) as usize]
        };
        let (from, until) = if whole {
            (
                lang.month(self.from.0).to_string(),
                lang.month(self.until.0).to_string(),
            )
        } else {
            let day_month = |(m, d): (i8, i8)| {
                lang.f(
                    "day-month",
                    &[
                        ("day", d.to_string().into()),
                        ("month", lang.month(m).into()),
                    ],
                )
            };
            (day_month(self.from), day_month(self.until))
        };
        lang.f("season", &[("from", from.into()), ("until", until.into())])
    }
}

/// A named closure calendar a spreekuur follows (`niet_tijdens: [schoolvakanties-noord]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calendar {
    /// The file name (`schoolvakanties-noord`).
    pub slug: String,
    /// How a sentence names it: "de schoolvakanties".
    pub phrase: String,
    /// Sorted by start.
    pub periods: Vec<Closure>,
}

impl Calendar {
    pub fn covers(&self, d: Date) -> bool {
        self.periods.iter().any(|p| p.from <= d && d <= p.until)
    }

    /// The last day it has data for.
    pub fn last(&self) -> Option<Date> {
        self.periods.iter().map(|p| p.until).max()
    }

    /// The start of the next period when the wait for it is much longer than the usual
    /// gap between periods: data seem to be missing until then (a school year left out).
    pub fn missing_before(&self, today: Date) -> Option<Date> {
        let next = self.periods.iter().find(|p| p.until >= today)?;
        if next.from <= today {
            return None;
        }
        let mut gaps: Vec<i32> = self
            .periods
            .windows(2)
            .map(|w| days_between(w[0].until, w[1].from))
            .collect();
        if gaps.len() < 2 {
            return None;
        }
        gaps.sort_unstable();
        let usual = gaps[gaps.len() / 2];
        let wait = days_between(today, next.from);
        (wait > 31 && wait * 2 > usual * 3).then_some(next.from)
    }
}

/// A spreekuur: a recurring consultation hour, possibly held by partners.
#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub title: String,
    /// Partner slugs, in the author's order.
    pub partners: Vec<String>,
    pub theme: Option<String>,
    pub repeat: Repeat,
    pub time: TimeRange,
    pub period: Option<Bounds>,
    pub season: Option<Season>,
    /// Closure calendars: the rule does not fall in their periods.
    pub not_during: Vec<Calendar>,
    pub visit: Visit,
    pub note: Option<String>,
    pub address: Option<Address>,
    /// Another address on some dates (sorted by date).
    pub places: Vec<(Date, Address)>,
    /// Dates of the rule on which this spreekuur does not take place (sorted).
    pub cancelled: Vec<Date>,
    /// One-off extra dates, at the same time (sorted).
    pub extra: Vec<Date>,
}

impl Session {
    /// Whether the rule itself (with its period, season and calendars, not the single
    /// dates) falls on `d`.
    pub fn rule_matches(&self, d: Date) -> bool {
        self.in_force(d) && self.repeat.matches(d)
    }

    /// Whether `d` lies in the period and the season and outside the calendars.
    pub fn in_force(&self, d: Date) -> bool {
        self.period.is_none_or(|p| p.contains(d))
            && self.season.is_none_or(|s| s.contains(d))
            && !self.not_during.iter().any(|c| c.covers(d))
    }

    /// Whether it has no dates from `today` on: its period has ended or its dates are
    /// past, and so are its extra dates.
    pub fn over(&self, today: Date) -> bool {
        let rule_over = self.period.and_then(|p| p.until).is_some_and(|u| u < today)
            || matches!(&self.repeat, Repeat::Dates { dates } if dates.iter().all(|d| *d < today));
        rule_over && self.extra.iter().all(|d| *d < today)
    }

    /// Where it is held on `d`: None at the location itself.
    pub fn address_on(&self, d: Date) -> Option<&Address> {
        match self.places.binary_search_by(|(p, _)| p.cmp(&d)) {
            Ok(i) => Some(&self.places[i].1),
            Err(_) => self.address.as_ref(),
        }
    }

    /// Held at the location itself on `d`.
    pub fn here_on(&self, d: Date) -> bool {
        self.address_on(d).is_none()
    }

    /// Held at the location itself (not at another address) on its usual dates.
    pub fn here(&self) -> bool {
        self.address.is_none()
    }

    /// The rule as short B1 sentences, seen from `today`.
    pub fn dutch(&self, today: Date) -> String {
        self.text(crate::lang::source(), today)
    }

    /// The rule as sentences in `lang`.
    pub fn text(&self, lang: &Lang, today: Date) -> String {
        let when = self.repeat.text(lang, today);
        let s = match &self.repeat {
            Repeat::Dates { dates } if !dates.iter().any(|d| *d >= today) => {
                lang.f("session-sentence-no-dates", &[("when", when.into())])
            }
            _ => lang.f(
                "session-sentence",
                &[
                    ("when", when.into()),
                    ("hours", self.time.text(lang).into()),
                ],
            ),
        };
        s + &self.conditions(lang, today)
    }

    /// What limits the rule, as sentences each starting with a space: its period,
    /// season and calendars (" Vanaf 1 september 2027. Niet in de schoolvakanties.").
    pub fn conditions(&self, lang: &Lang, today: Date) -> String {
        let mut s = String::new();
        let mut add = |sentence: String| {
            s.push(' ');
            s.push_str(&sentence);
        };
        if let Some(p) = &self.period {
            let from = p.from.filter(|f| *f > today);
            match (from, p.until) {
                (Some(f), Some(u)) => {
                    let d = lang.day_months_near(&[f, u], today);
                    add(lang.f(
                        "period-from-to",
                        &[
                            ("from", d[0].as_str().into()),
                            ("until", d[1].as_str().into()),
                        ],
                    ))
                }
                (Some(f), None) => add(lang.f(
                    "period-from",
                    &[("from", lang.day_month_near(f, today).into())],
                )),
                (None, Some(u)) if u >= today => add(lang.f(
                    "period-until",
                    &[("until", lang.day_month_near(u, today).into())],
                )),
                (None, Some(_)) => add(lang.t("period-over")),
                (None, None) => {}
            }
        }
        if let Some(season) = &self.season {
            add(season.text(lang));
        }
        if !self.not_during.is_empty() {
            let names: Vec<&str> = self.not_during.iter().map(|c| c.phrase.as_str()).collect();
            add(lang.f(
                "not-during",
                &[("calendars", lang.join_names(&names).into())],
            ));
        }
        s
    }
}

/// A period the location is closed (summer closure, a single day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Closure {
    pub from: Date,
    pub until: Date,
    pub reason: String,
}

/// Other hours on one date (Kerstavond 10.00 to 15.00 uur); no ranges means closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpecialDay {
    pub date: Date,
    pub ranges: Vec<TimeRange>,
    pub reason: String,
}

/// Why a day differs from the regular week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exception<'a> {
    Special(&'a SpecialDay),
    Closed(&'a Closure),
    Holiday(Holiday),
    /// Outside the period a pop-up is open.
    OutsidePeriod,
}

impl Exception<'_> {
    /// Whether it closes the location all day (a special day with hours does not).
    pub fn closes_all_day(&self) -> bool {
        match self {
            Exception::Special(s) => s.ranges.is_empty(),
            _ => true,
        }
    }
}

/// Everything about when a location is open and when its spreekuren are.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Schedule {
    pub week: Week,
    /// Holidays on which the location is open anyway (closed on all others).
    pub holidays_open: Vec<Holiday>,
    /// Sorted by start.
    pub closures: Vec<Closure>,
    /// Closure calendars the whole location follows (`niet_tijdens`): closed in their
    /// periods, after `closures`.
    pub calendars: Vec<Calendar>,
    /// Sorted by date, one per date.
    pub special: Vec<SpecialDay>,
    /// The period a pop-up is open.
    pub period: Option<Period>,
    pub sessions: Vec<Session>,
}

/// Ranges sorted, with overlapping and adjacent ones joined (13.00–15.00 and 14.00–16.00
/// become 13.00–16.00).
pub fn merge(mut ranges: Vec<TimeRange>) -> Vec<TimeRange> {
    ranges.sort();
    let mut out: Vec<TimeRange> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// How far ahead "next" searches look, in days.
pub const HORIZON: i32 = 400;

/// The date and minute of the day of an instant in the Netherlands (Europe/Amsterdam,
/// with its daylight-saving switches).
pub fn local(t: jiff::Timestamp) -> (Date, u16) {
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    let z = t.to_zoned(tz);
    (z.date(), z.hour() as u16 * 60 + z.minute() as u16)
}

impl Schedule {
    /// What overrides the regular week on `d`, in order of precedence: a special day,
    /// a closure, a holiday, the pop-up period.
    pub fn exception(&self, d: Date) -> Option<Exception<'_>> {
        if let Ok(i) = self.special.binary_search_by(|s| s.date.cmp(&d)) {
            return Some(Exception::Special(&self.special[i]));
        }
        if let Some(c) = self.all_closures().find(|c| c.from <= d && d <= c.until) {
            return Some(Exception::Closed(c));
        }
        if let Some(h) = holidays::on(d) {
            if !self.holidays_open.contains(&h) {
                return Some(Exception::Holiday(h));
            }
        }
        if self.period.is_some_and(|p| d < p.from || d > p.until) {
            return Some(Exception::OutsidePeriod);
        }
        None
    }

    /// The closures and then the periods of the calendars.
    pub fn all_closures(&self) -> impl Iterator<Item = &Closure> {
        self.closures
            .iter()
            .chain(self.calendars.iter().flat_map(|c| &c.periods))
    }

    /// Calendars in use (by the location or a spreekuur) that have no data for the
    /// 365 days from `today`, or seem to miss periods before the next one: (field,
    /// calendar).
    pub fn stale_calendars(&self, today: Date) -> Vec<(String, &Calendar)> {
        let needed = add_days(today, 365);
        let stale = |c: &&Calendar| {
            c.last().is_none_or(|l| l < needed) || c.missing_before(today).is_some()
        };
        let mut out: Vec<(String, &Calendar)> = self
            .calendars
            .iter()
            .filter(stale)
            .map(|c| ("niet_tijdens".to_string(), c))
            .collect();
        for (i, s) in self.sessions.iter().enumerate() {
            out.extend(
                s.not_during
                    .iter()
                    .filter(stale)
                    .map(|c| (format!("spreekuren[{i}].niet_tijdens"), c)),
            );
        }
        out
    }

    /// Whether the location is closed all day on `d` by an exception.
    pub fn closed_on(&self, d: Date) -> bool {
        self.exception(d).is_some_and(|e| e.closes_all_day())
    }

    /// Whether spreekuur `s` takes place on `d`.
    pub fn session_on(&self, s: &Session, d: Date) -> bool {
        self.held(s, d, self.closed_on(d))
    }

    /// Whether spreekuur `s` takes place on `d`, when whether the location is `closed`
    /// all day by an exception is known.
    pub fn held(&self, s: &Session, d: Date, closed: bool) -> bool {
        if s.cancelled.binary_search(&d).is_ok() {
            return false;
        }
        if s.extra.binary_search(&d).is_ok() {
            return true;
        }
        !closed && s.rule_matches(d)
    }

    /// The spreekuren that take place on `d`, earliest first.
    pub fn sessions_on(&self, d: Date) -> Vec<&Session> {
        let mut on: Vec<&Session> = self
            .sessions
            .iter()
            .filter(|s| self.session_on(s, d))
            .collect();
        on.sort_by_key(|s| s.time.start);
        on
    }

    /// The next `limit` dates of spreekuur `s` from date `from` at minute `minute` on
    /// (a spreekuur that has ended that day is not next).
    pub fn session_dates(&self, s: &Session, from: Date, minute: u16, limit: usize) -> Vec<Date> {
        (0..HORIZON)
            .map(|i| add_days(from, i))
            .filter(|d| self.session_on(s, *d) && !(*d == from && minute >= s.time.end))
            .take(limit)
            .collect()
    }

    /// Regular hours on `d`, ignoring exceptions: the week table, or for a location
    /// without one, the times of its spreekuren held there.
    pub fn regular(&self, d: Date) -> Vec<TimeRange> {
        if !self.week.is_empty() {
            return self.week.on(d.weekday()).to_vec();
        }
        merge(
            self.sessions
                .iter()
                .filter(|s| s.here_on(d) && s.rule_matches(d))
                .map(|s| s.time)
                .collect(),
        )
    }

    /// The opening hours on `d`, with every exception applied, overlapping and adjacent
    /// ranges merged. A location without a week table is open while one of its
    /// spreekuren there takes place (also an extra date on a holiday).
    pub fn hours_on(&self, d: Date) -> Vec<TimeRange> {
        let exception = self.exception(d);
        let closed = exception.is_some_and(|e| e.closes_all_day());
        self.hours_given(
            d,
            exception,
            self.sessions.iter().filter(|s| self.held(s, d, closed)),
        )
    }

    /// The opening hours on `d`, given its exception and the spreekuren `held` that day
    /// (read only for a location without a week table).
    pub fn hours_given<'s>(
        &self,
        d: Date,
        exception: Option<Exception>,
        held: impl Iterator<Item = &'s Session>,
    ) -> Vec<TimeRange> {
        merge(match exception {
            Some(Exception::Special(s)) => s.ranges.clone(),
            _ if self.week.is_empty() => held.filter(|s| s.here_on(d)).map(|s| s.time).collect(),
            Some(_) => Vec::new(),
            None => self.week.on(d.weekday()).to_vec(),
        })
    }

    /// The status at local date `d` and minute `minute` ("Nu open tot 17.00 uur.").
    pub fn status(&self, d: Date, minute: u16) -> String {
        self.status_in(crate::lang::source(), d, minute)
    }

    /// The status in `lang`.
    pub fn status_in(&self, lang: &Lang, d: Date, minute: u16) -> String {
        let today = self.hours_on(d);
        let time = |m: u16| ("time", Arg::from(lang.time(m)));
        if let Some(r) = today.iter().find(|r| r.start <= minute && minute < r.end) {
            return lang.f("status-open-until", &[time(r.end)]);
        }
        if let Some(r) = today.iter().find(|r| r.start > minute) {
            return lang.f("status-open-later-today", &[time(r.start)]);
        }
        for i in 1..HORIZON {
            let day = add_days(d, i);
            if let Some(r) = self.hours_on(day).first() {
                return if i == 1 {
                    lang.f("status-open-tomorrow", &[time(r.start)])
                } else {
                    lang.f(
                        "status-open-on",
                        &[
                            ("date", lang.weekday_date_near(day, d).into()),
                            time(r.start),
                        ],
                    )
                };
            }
        }
        lang.t("status-closed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn parses_time_ranges() {
        assert_eq!(
            TimeRange::parse("10.00-17.00"),
            Ok(TimeRange {
                start: 600,
                end: 1020
            })
        );
        assert_eq!(
            TimeRange::parse(" 9:30 – 12.00 "),
            Ok(TimeRange {
                start: 570,
                end: 720
            })
        );
        assert!(TimeRange::parse("17.00-10.00")
            .unwrap_err()
            .contains("not after"));
        assert!(TimeRange::parse("25.00-26.00").is_err());
        assert!(TimeRange::parse("10.0-11.00").is_err());
        assert!(TimeRange::parse("tien uur").is_err());
    }

    #[test]
    fn last_weekday_of_month() {
        let r = Repeat::Monthly {
            weekdays: vec![Weekday::Thursday],
            nths: vec![Nth::Last],
        };
        assert!(r.matches(date(2026, 11, 26)));
        assert!(!r.matches(date(2026, 11, 19)));
        let first = Repeat::Monthly {
            weekdays: vec![Weekday::Thursday],
            nths: vec![Nth::First],
        };
        assert!(first.matches(date(2026, 12, 3)));
        assert!(!first.matches(date(2026, 12, 10)));
    }

    #[test]
    fn alternate_weeks() {
        let from = date(2026, 11, 24);
        let r = Repeat::EveryOtherWeek { from };
        assert!(r.matches(from));
        assert!(!r.matches(date(2026, 12, 1)));
        assert!(r.matches(date(2026, 12, 8)));
        assert!(!r.matches(date(2026, 11, 10)), "not before the first date");
    }
}

/// The rules as the browser script reads them (`templates/assets/js/tijden.js`): short
/// keys, dates as `YYYY-MM-DD`, times in minutes, weekdays 0 = Monday.
pub mod rules {
    use serde::Serialize;
    use serde_json::{json, Value};

    use super::{Nth, Repeat, Schedule};
    use crate::dutch::weekday_index;

    fn d(date: &jiff::civil::Date) -> String {
        date.to_string()
    }

    fn days(w: &[jiff::civil::Weekday]) -> Vec<usize> {
        w.iter().map(|x| weekday_index(*x)).collect()
    }

    fn repeat(r: &Repeat) -> Value {
        match r {
            Repeat::Weekly { weekdays } => json!({"k": "w", "d": days(weekdays)}),
            Repeat::AlternateIsoWeeks { weekdays, even } => {
                json!({"k": "i", "d": days(weekdays), "v": even})
            }
            Repeat::EveryOtherWeek { from } => json!({"k": "o", "f": d(from)}),
            Repeat::Monthly { weekdays, nths } => {
                let n: Vec<i8> = nths
                    .iter()
                    .map(|nth| match nth {
                        Nth::First => 1,
                        Nth::Second => 2,
                        Nth::Third => 3,
                        Nth::Fourth => 4,
                        Nth::Last => -1,
                    })
                    .collect();
                json!({"k": "m", "d": days(weekdays), "n": n})
            }
            Repeat::Dates { dates } => {
                json!({"k": "l", "l": dates.iter().map(d).collect::<Vec<_>>()})
            }
        }
    }

    /// Empty lists and missing values are left out (the script fills them in): every
    /// location page, embed and the finder carry these rules.
    #[derive(Serialize)]
    struct Rules {
        w: Vec<Vec<[u16; 2]>>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        h: Vec<usize>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        c: Vec<(String, String, String)>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        s: Vec<(String, Vec<[u16; 2]>, String)>,
        #[serde(skip_serializing_if = "Option::is_none")]
        p: Option<(String, String)>,
        u: Vec<SessionRules>,
    }

    /// One spreekuur's rules; fields in alphabetical order, as the output has always had
    /// them.
    #[derive(Serialize)]
    struct SessionRules {
        #[serde(skip_serializing_if = "Vec::is_empty")]
        e: Vec<String>,
        h: bool,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        n: Vec<(String, String)>,
        #[serde(skip_serializing_if = "Option::is_none")]
        p: Option<(Option<String>, Option<String>)>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        q: Vec<String>,
        r: Value,
        #[serde(skip_serializing_if = "Option::is_none")]
        s: Option<[[i8; 2]; 2]>,
        t: [u16; 2],
        #[serde(skip_serializing_if = "Vec::is_empty")]
        x: Vec<String>,
    }

    /// The JSON text, safe to embed in a `<script type="application/json">` element.
    pub fn json(s: &Schedule) -> String {
        let ranges =
            |rs: &[super::TimeRange]| rs.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>();
        let rules = Rules {
            w: s.week.days.iter().map(|day| ranges(day)).collect(),
            // Numbers (1 for Nieuwjaarsdag, in the order of `holidays::ALL`): the script
            // numbers holidays the same way and names them in the page's language.
            h: s.holidays_open
                .iter()
                .map(|h| {
                    super::holidays::ALL
                        .iter()
                        .position(|x| x == h)
                        .map_or(0, |i| i + 1)
                })
                .collect(),
            c: s.all_closures()
                .map(|c| (d(&c.from), d(&c.until), c.reason.clone()))
                .collect(),
            s: s.special
                .iter()
                .map(|x| (d(&x.date), ranges(&x.ranges), x.reason.clone()))
                .collect(),
            p: s.period.map(|p| (d(&p.from), d(&p.until))),
            u: s.sessions
                .iter()
                .map(|u| SessionRules {
                    r: repeat(&u.repeat),
                    t: [u.time.start, u.time.end],
                    p: u.period
                        .map(|p| (p.from.as_ref().map(d), p.until.as_ref().map(d))),
                    s: u.season
                        .map(|s| [[s.from.0, s.from.1], [s.until.0, s.until.1]]),
                    n: u.not_during
                        .iter()
                        .flat_map(|c| c.periods.iter().map(|p| (d(&p.from), d(&p.until))))
                        .collect(),
                    x: u.cancelled.iter().map(d).collect(),
                    e: u.extra.iter().map(d).collect(),
                    h: u.here(),
                    q: u.places.iter().map(|(x, _)| d(x)).collect(),
                })
                .collect(),
        };
        serde_json::to_string(&rules)
            .unwrap_or_default()
            .replace('<', "\\u003c")
    }
}
