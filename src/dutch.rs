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
