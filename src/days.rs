//! Day arithmetic on civil dates: day numbers, adding days, days between. Schedules walk
//! long windows day by day; plain arithmetic here is many times faster than jiff's spans.
//! A leaf: it imports nothing of this crate.

use jiff::civil::Date;

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
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

/// `n` days from `from` on, in order (each the day after the one before: cheaper than
/// [`add_days`] per day).
pub fn run(from: Date, n: usize) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(from), |d| d.tomorrow().ok()).take(n)
}
