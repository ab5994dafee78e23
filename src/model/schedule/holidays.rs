//! Dutch public holidays for any year (Gregorian Easter by the anonymous algorithm).

use jiff::civil::{date, Date, Weekday};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    Nieuwjaarsdag,
    GoedeVrijdag,
    EerstePaasdag,
    TweedePaasdag,
    Koningsdag,
    Bevrijdingsdag,
    Hemelvaartsdag,
    EerstePinksterdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
}

pub const ALL: [Holiday; 11] = [
    Holiday::Nieuwjaarsdag,
    Holiday::GoedeVrijdag,
    Holiday::EerstePaasdag,
    Holiday::TweedePaasdag,
    Holiday::Koningsdag,
    Holiday::Bevrijdingsdag,
    Holiday::Hemelvaartsdag,
    Holiday::EerstePinksterdag,
    Holiday::TweedePinksterdag,
    Holiday::EersteKerstdag,
    Holiday::TweedeKerstdag,
];

impl Holiday {
    /// The key authors write (`goede-vrijdag`).
    pub fn key(self) -> &'static str {
        match self {
            Holiday::Nieuwjaarsdag => "nieuwjaarsdag",
            Holiday::GoedeVrijdag => "goede-vrijdag",
            Holiday::EerstePaasdag => "eerste-paasdag",
            Holiday::TweedePaasdag => "tweede-paasdag",
            Holiday::Koningsdag => "koningsdag",
            Holiday::Bevrijdingsdag => "bevrijdingsdag",
            Holiday::Hemelvaartsdag => "hemelvaartsdag",
            Holiday::EerstePinksterdag => "eerste-pinksterdag",
            Holiday::TweedePinksterdag => "tweede-pinksterdag",
            Holiday::EersteKerstdag => "eerste-kerstdag",
            Holiday::TweedeKerstdag => "tweede-kerstdag",
        }
    }

    /// The name shown to people ("Tweede Paasdag").
    pub fn name(self) -> &'static str {
        match self {
            Holiday::Nieuwjaarsdag => "Nieuwjaarsdag",
            Holiday::GoedeVrijdag => "Goede Vrijdag",
            Holiday::EerstePaasdag => "Eerste Paasdag",
            Holiday::TweedePaasdag => "Tweede Paasdag",
            Holiday::Koningsdag => "Koningsdag",
            Holiday::Bevrijdingsdag => "Bevrijdingsdag",
            Holiday::Hemelvaartsdag => "Hemelvaartsdag",
            Holiday::EerstePinksterdag => "Eerste Pinksterdag",
            Holiday::TweedePinksterdag => "Tweede Pinksterdag",
            Holiday::EersteKerstdag => "Eerste Kerstdag",
            Holiday::TweedeKerstdag => "Tweede Kerstdag",
        }
    }

    pub fn from_key(key: &str) -> Option<Holiday> {
        ALL.into_iter().find(|h| h.key() == key)
    }

    /// The date of this holiday in `year`.
    pub fn date(self, year: i16) -> Date {
        let easter = easter(year);
        let from_easter = |days: i32| super::add_days(easter, days);
        match self {
            Holiday::Nieuwjaarsdag => date(year, 1, 1),
            Holiday::GoedeVrijdag => from_easter(-2),
            Holiday::EerstePaasdag => easter,
            Holiday::TweedePaasdag => from_easter(1),
            Holiday::Koningsdag => {
                let d = date(year, 4, 27);
                if d.weekday() == Weekday::Sunday {
                    date(year, 4, 26)
                } else {
                    d
                }
            }
            Holiday::Bevrijdingsdag => date(year, 5, 5),
            Holiday::Hemelvaartsdag => from_easter(39),
            Holiday::EerstePinksterdag => from_easter(49),
            Holiday::TweedePinksterdag => from_easter(50),
            Holiday::EersteKerstdag => date(year, 12, 25),
            Holiday::TweedeKerstdag => date(year, 12, 26),
        }
    }
}

/// Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
///
/// Euclidean division throughout, so that the years before 1 that a date at the edge of
/// the calendar can reach (a window running past 9999 wraps to the first date) still
/// give a real date instead of a panic.
pub fn easter(year: i16) -> Date {
    let y = i32::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).unwrap_or(Date::MIN)
}

/// The holiday falling on `d`, if any. Called for every day of long windows, so it
/// checks the fixed dates first and computes Easter at most once.
pub fn on(d: Date) -> Option<Holiday> {
    match (d.month(), d.day()) {
        (1, 1) => return Some(Holiday::Nieuwjaarsdag),
        (5, 5) => return Some(Holiday::Bevrijdingsdag),
        (12, 25) => return Some(Holiday::EersteKerstdag),
        (12, 26) => return Some(Holiday::TweedeKerstdag),
        (4, 26 | 27) if Holiday::Koningsdag.date(d.year()) == d => {
            return Some(Holiday::Koningsdag)
        }
        (3..=6, _) => {}
        _ => return None,
    }
    // Easter falls between 22 March and 25 April, so its holidays between 20 March and 14 June.
    let offset = super::days_between(easter(d.year()), d);
    match offset {
        -2 => Some(Holiday::GoedeVrijdag),
        0 => Some(Holiday::EerstePaasdag),
        1 => Some(Holiday::TweedePaasdag),
        39 => Some(Holiday::Hemelvaartsdag),
        49 => Some(Holiday::EerstePinksterdag),
        50 => Some(Holiday::TweedePinksterdag),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2024), date(2024, 3, 31));
        assert_eq!(easter(2025), date(2025, 4, 20));
        assert_eq!(easter(2026), date(2026, 4, 5));
        assert_eq!(easter(2038), date(2038, 4, 25));
    }

    #[test]
    fn every_year_of_the_calendar_has_an_easter_in_spring() {
        // Found by the fuzz test: a window past 9999-12-31 wraps to the first date, and
        // the old truncating division gave month 0 for negative years.
        for year in [-9999, -1, 0, 1, 99, 100, 9999] {
            let e = easter(year);
            assert!(matches!(e.month(), 3 | 4), "{year}: {e}");
        }
        for d in [Date::MIN, Date::MAX, date(-9999, 4, 1), date(9999, 4, 1)] {
            let _ = on(d);
        }
    }

    #[test]
    fn kings_day_moves_to_saturday_when_sunday() {
        assert_eq!(Holiday::Koningsdag.date(2025), date(2025, 4, 26));
        assert_eq!(Holiday::Koningsdag.date(2026), date(2026, 4, 27));
    }
}
