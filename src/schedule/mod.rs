//! Opening hours and spreekuren: weekly hours, recurrence rules, holidays and other
//! exceptions, their concrete dates, the status at an instant, and the plain-Dutch
//! sentences generated from them. Every text, table, feed and flyer line about times is
//! derived here, so they cannot disagree.

pub mod holidays;

use jiff::civil::{Date, Weekday};
use serde::Serialize;

pub use holidays::Holiday;

use crate::dutch;
use crate::model::{Address, Period, Visit};

/// A time range within one day, in minutes after midnight; `start < end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
        format!(
            "{} tot {} uur",
            dutch::time(self.start),
            dutch::time(self.end)
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
    if ranges.is_empty() {
        return "Gesloten".to_string();
    }
    let parts: Vec<String> = ranges.iter().map(TimeRange::dutch).collect();
    dutch::join_and(&parts)
}

/// Which week of the month, for monthly rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

impl Nth {
    fn dutch(self) -> &'static str {
        match self {
            Nth::First => "eerste",
            Nth::Second => "tweede",
            Nth::Third => "derde",
            Nth::Fourth => "vierde",
            Nth::Last => "laatste",
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
    Weekly {
        #[serde(serialize_with = "ser_weekday")]
        weekday: Weekday,
    },
    /// ISO weeks with an even (`even = true`) or odd number.
    AlternateIsoWeeks {
        #[serde(serialize_with = "ser_weekday")]
        weekday: Weekday,
        even: bool,
    },
    /// Every two weeks counted from a first date.
    EveryOtherWeek {
        from: Date,
    },
    Monthly {
        #[serde(serialize_with = "ser_weekday")]
        weekday: Weekday,
        nth: Nth,
    },
    Dates {
        dates: Vec<Date>,
    },
}

/// Weekdays serialise as their Dutch name ("dinsdag").
fn ser_weekday<S: serde::Serializer>(w: &Weekday, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(dutch::weekday_name(*w))
}

impl Repeat {
    /// Whether the rule falls on `d` (ignoring validity period).
    pub fn matches(&self, d: Date) -> bool {
        match self {
            Repeat::Weekly { weekday } => d.weekday() == *weekday,
            Repeat::AlternateIsoWeeks { weekday, even } => {
                d.weekday() == *weekday && (d.iso_week_date().week() % 2 == 0) == *even
            }
            Repeat::EveryOtherWeek { from } => {
                d >= *from && d.weekday() == from.weekday() && { days_between(*from, d) % 14 == 0 }
            }
            Repeat::Monthly { weekday, nth } => d.weekday() == *weekday && nth.matches(d),
            Repeat::Dates { dates } => dates.binary_search(&d).is_ok(),
        }
    }

    /// "Elke donderdag", "Elke eerste donderdag van de maand", ...
    pub fn dutch(&self) -> String {
        match self {
            Repeat::Weekly { weekday } => format!("Elke {}", dutch::weekday_name(*weekday)),
            Repeat::AlternateIsoWeeks { weekday, even } => format!(
                "Om de week op {} (in de {} weken)",
                dutch::weekday_name(*weekday),
                if *even { "even" } else { "oneven" }
            ),
            Repeat::EveryOtherWeek { from } => format!(
                "Om de week op {}, vanaf {}",
                dutch::weekday_name(from.weekday()),
                dutch::day_month(*from)
            ),
            Repeat::Monthly { weekday, nth } => {
                format!(
                    "Elke {} {} van de maand",
                    nth.dutch(),
                    dutch::weekday_name(*weekday)
                )
            }
            Repeat::Dates { dates } => {
                let shown: Vec<String> = dates.iter().map(|d| dutch::weekday_date(*d)).collect();
                format!("Op {}", dutch::join_and(&shown))
            }
        }
    }
}

/// A spreekuur: a recurring consultation hour, possibly held by a partner.
#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub title: String,
    pub partner: Option<String>,
    pub theme: Option<String>,
    pub repeat: Repeat,
    pub time: TimeRange,
    pub period: Option<Period>,
    pub visit: Visit,
    pub note: Option<String>,
    pub address: Option<Address>,
    /// Dates of the rule on which this spreekuur does not take place (sorted).
    pub cancelled: Vec<Date>,
    /// One-off extra dates, at the same time (sorted).
    pub extra: Vec<Date>,
}

impl Session {
    /// Whether the rule itself (with its period, not exceptions) falls on `d`.
    pub fn rule_matches(&self, d: Date) -> bool {
        self.period.is_none_or(|p| p.from <= d && d <= p.until) && self.repeat.matches(d)
    }

    /// Held at the location itself (not at another address).
    pub fn here(&self) -> bool {
        self.address.is_none()
    }

    /// The rule as one or two B1 sentences.
    pub fn dutch(&self) -> String {
        let mut s = format!("{}, van {}.", self.repeat.dutch(), self.time.dutch());
        if let Some(p) = &self.period {
            s.push_str(&format!(
                " Van {} tot en met {}.",
                dutch::day_month(p.from),
                dutch::long_date(p.until)
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

/// Everything about when a location is open and when its spreekuren are.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Schedule {
    pub week: Week,
    /// Holidays on which the location is open anyway (closed on all others).
    pub holidays_open: Vec<Holiday>,
    /// Sorted by start.
    pub closures: Vec<Closure>,
    /// Sorted by date, one per date.
    pub special: Vec<SpecialDay>,
    /// The period a pop-up is open.
    pub period: Option<Period>,
    pub sessions: Vec<Session>,
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

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`). Schedules walk long
/// windows day by day; plain arithmetic here is many times faster than span arithmetic.
pub fn day_number(d: Date) -> i32 {
    let (y, m, day) = (
        i32::from(d.year()),
        i32::from(d.month()),
        i32::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (`civil_from_days`).
pub fn from_day_number(n: i32) -> Date {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i32::from(month <= 2);
    Date::new(year as i16, month as i8, day as i8).unwrap_or(Date::MIN)
}

/// Days after `d`.
pub fn add_days(d: Date, n: i32) -> Date {
    from_day_number(day_number(d) + n)
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i32 {
    day_number(b) - day_number(a)
}

impl Schedule {
    /// What overrides the regular week on `d`, in order of precedence: a special day,
    /// a closure, a holiday, the pop-up period.
    pub fn exception(&self, d: Date) -> Option<Exception<'_>> {
        if let Ok(i) = self.special.binary_search_by(|s| s.date.cmp(&d)) {
            return Some(Exception::Special(&self.special[i]));
        }
        if let Some(c) = self.closures.iter().find(|c| c.from <= d && d <= c.until) {
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

    /// Whether the location is closed all day on `d` by an exception.
    pub fn closed_on(&self, d: Date) -> bool {
        match self.exception(d) {
            Some(Exception::Special(s)) => s.ranges.is_empty(),
            Some(_) => true,
            None => false,
        }
    }

    /// Whether spreekuur `s` takes place on `d`.
    pub fn session_on(&self, s: &Session, d: Date) -> bool {
        if s.cancelled.binary_search(&d).is_ok() {
            return false;
        }
        if s.extra.binary_search(&d).is_ok() {
            return true;
        }
        s.rule_matches(d) && !self.closed_on(d)
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

    /// The next `limit` dates of spreekuur `s` from `from` on.
    pub fn session_dates(&self, s: &Session, from: Date, limit: usize) -> Vec<Date> {
        (0..HORIZON)
            .map(|i| add_days(from, i))
            .filter(|d| self.session_on(s, *d))
            .take(limit)
            .collect()
    }

    /// Regular hours on `d`, ignoring exceptions: the week table, or for a location
    /// without one, the times of its spreekuren held there.
    fn regular(&self, d: Date) -> Vec<TimeRange> {
        if !self.week.is_empty() {
            return self.week.on(d.weekday()).to_vec();
        }
        let mut r: Vec<TimeRange> = self
            .sessions
            .iter()
            .filter(|s| s.here() && s.rule_matches(d))
            .map(|s| s.time)
            .collect();
        r.sort();
        r.dedup();
        r
    }

    /// The opening hours on `d`, with every exception applied.
    pub fn hours_on(&self, d: Date) -> Vec<TimeRange> {
        match self.exception(d) {
            Some(Exception::Special(s)) => s.ranges.clone(),
            Some(_) => Vec::new(),
            None if self.week.is_empty() => {
                let mut r: Vec<TimeRange> = self
                    .sessions
                    .iter()
                    .filter(|s| s.here() && self.session_on(s, d))
                    .map(|s| s.time)
                    .collect();
                r.sort();
                r.dedup();
                r
            }
            None => self.week.on(d.weekday()).to_vec(),
        }
    }

    /// The status at local date `d` and minute `minute` ("Nu open tot 17.00 uur.").
    pub fn status(&self, d: Date, minute: u16) -> String {
        let today = self.hours_on(d);
        if let Some(r) = today.iter().find(|r| r.start <= minute && minute < r.end) {
            return format!("Nu open tot {} uur.", dutch::time(r.end));
        }
        if let Some(r) = today.iter().find(|r| r.start > minute) {
            return format!(
                "Nu gesloten. Vandaag weer open om {} uur.",
                dutch::time(r.start)
            );
        }
        for i in 1..HORIZON {
            let day = add_days(d, i);
            if let Some(r) = self.hours_on(day).first() {
                let when = if i == 1 {
                    "Morgen weer open".to_string()
                } else {
                    format!("Weer open op {}", dutch::weekday_date(day))
                };
                return format!("Nu gesloten. {when} om {} uur.", dutch::time(r.start));
            }
        }
        "Nu gesloten.".to_string()
    }

    /// Days from `from` on (for `days` days) that differ from the regular week, as
    /// sentences: closures, holidays and other hours.
    pub fn changes(&self, from: Date, days: i32) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < days {
            let d = add_days(from, i);
            i += 1;
            let regular = self.regular(d);
            match self.exception(d) {
                Some(Exception::Special(s)) if s.ranges.is_empty() => {
                    out.push(format!(
                        "Gesloten op {} ({}).",
                        dutch::weekday_date(d),
                        s.reason
                    ));
                }
                Some(Exception::Special(s)) if s.ranges != regular => out.push(format!(
                    "Op {} open van {} ({}).",
                    dutch::weekday_date(d),
                    describe_ranges(&s.ranges),
                    s.reason
                )),
                Some(Exception::Closed(c)) => {
                    // One line per closure: skip to its end.
                    let end = c.until.min(add_days(from, days - 1));
                    let open_days = (0..=days_between(d, end))
                        .any(|k| !self.regular(add_days(d, k)).is_empty());
                    i += days_between(d, end);
                    if open_days {
                        out.push(if c.from == c.until {
                            format!("Gesloten op {} ({}).", dutch::weekday_date(d), c.reason)
                        } else if c.from < from {
                            format!(
                                "Gesloten tot en met {} ({}).",
                                dutch::weekday_date(c.until),
                                c.reason
                            )
                        } else {
                            format!(
                                "Gesloten van {} tot en met {} ({}).",
                                dutch::weekday_date(c.from),
                                dutch::weekday_date(c.until),
                                c.reason
                            )
                        });
                    }
                }
                Some(Exception::Holiday(h)) if !regular.is_empty() => {
                    out.push(format!(
                        "Gesloten op {} ({}).",
                        dutch::weekday_date(d),
                        h.name()
                    ));
                }
                _ => {}
            }
        }
        out
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
            weekday: Weekday::Thursday,
            nth: Nth::Last,
        };
        assert!(r.matches(date(2026, 11, 26)));
        assert!(!r.matches(date(2026, 11, 19)));
        let first = Repeat::Monthly {
            weekday: Weekday::Thursday,
            nth: Nth::First,
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

    fn repeat(r: &Repeat) -> Value {
        match r {
            Repeat::Weekly { weekday } => json!({"k": "w", "d": weekday_index(*weekday)}),
            Repeat::AlternateIsoWeeks { weekday, even } => {
                json!({"k": "i", "d": weekday_index(*weekday), "v": even})
            }
            Repeat::EveryOtherWeek { from } => json!({"k": "o", "f": d(from)}),
            Repeat::Monthly { weekday, nth } => {
                let n = match nth {
                    Nth::First => 1,
                    Nth::Second => 2,
                    Nth::Third => 3,
                    Nth::Fourth => 4,
                    Nth::Last => -1,
                };
                json!({"k": "m", "d": weekday_index(*weekday), "n": n})
            }
            Repeat::Dates { dates } => {
                json!({"k": "l", "l": dates.iter().map(d).collect::<Vec<_>>()})
            }
        }
    }

    #[derive(Serialize)]
    struct Rules {
        w: Vec<Vec<[u16; 2]>>,
        h: Vec<&'static str>,
        c: Vec<(String, String, String)>,
        s: Vec<(String, Vec<[u16; 2]>, String)>,
        p: Option<(String, String)>,
        u: Vec<Value>,
    }

    /// The JSON text, safe to embed in a `<script type="application/json">` element.
    pub fn json(s: &Schedule) -> String {
        let ranges =
            |rs: &[super::TimeRange]| rs.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>();
        let rules = Rules {
            w: s.week.days.iter().map(|day| ranges(day)).collect(),
            h: s.holidays_open.iter().map(|h| h.key()).collect(),
            c: s.closures
                .iter()
                .map(|c| (d(&c.from), d(&c.until), c.reason.clone()))
                .collect(),
            s: s.special
                .iter()
                .map(|x| (d(&x.date), ranges(&x.ranges), x.reason.clone()))
                .collect(),
            p: s.period.map(|p| (d(&p.from), d(&p.until))),
            u: s.sessions
                .iter()
                .map(|u| {
                    json!({
                        "r": repeat(&u.repeat),
                        "t": [u.time.start, u.time.end],
                        "p": u.period.map(|p| (d(&p.from), d(&p.until))),
                        "x": u.cancelled.iter().map(d).collect::<Vec<_>>(),
                        "e": u.extra.iter().map(d).collect::<Vec<_>>(),
                        "h": u.here(),
                    })
                })
                .collect(),
        };
        serde_json::to_string(&rules)
            .unwrap_or_default()
            .replace('<', "\\u003c")
    }
}
