//! Opening hours and spreekuren: weekly hours, recurrence rules, their concrete dates,
//! and the plain-Dutch sentences generated from them.

use jiff::civil::{Date, Weekday};
use serde::Serialize;

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
            return Err(format!("the end time {} is not after the start time {}", b.trim(), a.trim()));
        }
        Ok(TimeRange { start, end })
    }

    pub fn overlaps(&self, other: &TimeRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// "10.00 tot 17.00 uur".
    pub fn dutch(&self) -> String {
        format!("{} tot {} uur", dutch::time(self.start), dutch::time(self.end))
    }
}

fn parse_time(s: &str) -> Result<u16, String> {
    let t = s.trim();
    let (h, m) = t
        .split_once(['.', ':'])
        .ok_or_else(|| format!("`{t}` is not a time like 10.00"))?;
    let h: u16 = h.parse().map_err(|_| format!("`{t}` is not a time like 10.00"))?;
    let m: u16 = m.parse().map_err(|_| format!("`{t}` is not a time like 10.00"))?;
    if h > 24 || m > 59 || (h == 24 && m > 0) || t.split_once(['.', ':']).is_some_and(|(_, m)| m.len() != 2) {
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
        self.days.iter().flatten().map(|r| u32::from(r.end - r.start)).sum()
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
    EveryOtherWeek { from: Date },
    Monthly {
        #[serde(serialize_with = "ser_weekday")]
        weekday: Weekday,
        nth: Nth,
    },
    Dates { dates: Vec<Date> },
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
                d >= *from && d.weekday() == from.weekday() && {
                    let days = (d - *from).get_days();
                    days % 14 == 0
                }
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
                format!("Elke {} {} van de maand", nth.dutch(), dutch::weekday_name(*weekday))
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
}

impl Session {
    pub fn occurs_on(&self, d: Date) -> bool {
        self.period.is_none_or(|p| p.from <= d && d <= p.until) && self.repeat.matches(d)
    }

    /// The dates on or after `from`, at most `limit`, looking no further than `horizon` days.
    pub fn next_dates(&self, from: Date, limit: usize, horizon: i32) -> Vec<Date> {
        let mut out = Vec::new();
        let mut d = from;
        for _ in 0..horizon {
            if out.len() == limit {
                break;
            }
            if self.occurs_on(d) {
                out.push(d);
            }
            match d.tomorrow() {
                Ok(n) => d = n,
                Err(_) => break,
            }
        }
        out
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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn parses_time_ranges() {
        assert_eq!(TimeRange::parse("10.00-17.00"), Ok(TimeRange { start: 600, end: 1020 }));
        assert_eq!(TimeRange::parse(" 9:30 – 12.00 "), Ok(TimeRange { start: 570, end: 720 }));
        assert!(TimeRange::parse("17.00-10.00").unwrap_err().contains("not after"));
        assert!(TimeRange::parse("25.00-26.00").is_err());
        assert!(TimeRange::parse("10.0-11.00").is_err());
        assert!(TimeRange::parse("tien uur").is_err());
    }

    #[test]
    fn last_weekday_of_month() {
        let r = Repeat::Monthly { weekday: Weekday::Thursday, nth: Nth::Last };
        assert!(r.matches(date(2026, 11, 26)));
        assert!(!r.matches(date(2026, 11, 19)));
        let first = Repeat::Monthly { weekday: Weekday::Thursday, nth: Nth::First };
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
