//! Dutch wording for citizens: times as "10.00 uur", dates as "dinsdag 1 december",
//! lists as "a, b en c".

use jiff::civil::{Date, Weekday};

pub const WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Monday = 0.
pub fn weekday_index(w: Weekday) -> usize {
    w.to_monday_zero_offset() as usize
}

pub fn weekday_name(w: Weekday) -> &'static str {
    WEEKDAYS[weekday_index(w)]
}

pub fn weekday_from_index(i: usize) -> Weekday {
    Weekday::from_monday_zero_offset(i as i8).unwrap_or(Weekday::Monday)
}

pub fn parse_weekday(s: &str) -> Option<Weekday> {
    let s = s.trim().to_lowercase();
    WEEKDAYS
        .iter()
        .position(|d| *d == s)
        .map(weekday_from_index)
}

/// "10.00" for 600 minutes.
pub fn time(minutes: u16) -> String {
    format!("{}.{:02}", minutes / 60, minutes % 60)
}

/// "1 december".
pub fn day_month(d: Date) -> String {
    format!("{} {}", d.day(), MONTHS[d.month() as usize - 1])
}

/// "dinsdag 1 december".
pub fn weekday_date(d: Date) -> String {
    format!("{} {}", weekday_name(d.weekday()), day_month(d))
}

/// "1 december 2026".
pub fn long_date(d: Date) -> String {
    format!("{} {}", day_month(d), d.year())
}

/// "a", "a en b", "a, b en c".
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} en {}", head.join(", "), last.as_ref())
        }
    }
}

/// Lower-case the first letter.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Upper-case the first letter.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Within this many days from today a date is shown without its year.
pub const NEAR_DAYS: i32 = 182;

/// Whether date `d` needs its year to be clear, seen from `today`: it is past, or more
/// than about six months ahead.
pub fn needs_year(d: Date, today: Date) -> bool {
    d < today || crate::days::days_between(today, d) > NEAR_DAYS
}

/// "dinsdag 1 december", or "dinsdag 7 december 2027" when the date is not near.
pub fn weekday_date_near(d: Date, today: Date) -> String {
    if needs_year(d, today) {
        format!("{} {}", weekday_date(d), d.year())
    } else {
        weekday_date(d)
    }
}

/// "1 december", or "1 december 2027" when the date is not near.
pub fn day_month_near(d: Date, today: Date) -> String {
    if needs_year(d, today) {
        long_date(d)
    } else {
        day_month(d)
    }
}

/// A list of dates as shown together: all with their year when one needs it or when
/// they fall in more than one year, else all without.
pub fn weekday_dates_near(dates: &[Date], today: Date) -> Vec<String> {
    let years = dates.iter().any(|d| needs_year(*d, today))
        || dates.windows(2).any(|w| w[0].year() != w[1].year());
    dates
        .iter()
        .map(|d| {
            if years {
                format!("{} {}", weekday_date(*d), d.year())
            } else {
                weekday_date(*d)
            }
        })
        .collect()
}

/// Days and months shown together ("1 maart" tot "30 april"), with their years like
/// [`weekday_dates_near`].
pub fn day_months_near(dates: &[Date], today: Date) -> Vec<String> {
    let years = dates.iter().any(|d| needs_year(*d, today))
        || dates.windows(2).any(|w| w[0].year() != w[1].year());
    dates
        .iter()
        .map(|d| if years { long_date(*d) } else { day_month(*d) })
        .collect()
}

/// "september" for month 9.
pub fn month_name(m: i8) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}

/// The month number of a Dutch month name.
pub fn parse_month(s: &str) -> Option<i8> {
    let s = s.trim().to_lowercase();
    MONTHS.iter().position(|m| *m == s).map(|i| i as i8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn formats_dates_and_times() {
        assert_eq!(time(600), "10.00");
        assert_eq!(time(13 * 60 + 30), "13.30");
        assert_eq!(weekday_date(date(2026, 12, 1)), "dinsdag 1 december");
        assert_eq!(long_date(date(2027, 4, 5)), "5 april 2027");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b en c");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(parse_weekday(" Dinsdag"), Some(Weekday::Tuesday));
        assert_eq!(parse_weekday("dinsdg"), None);
    }
}
