//! Derive: each location's agenda for the build window (today and the `HORIZON` days
//! after it), computed once from its rules: per day the opening hours with every
//! exception applied, the spreekuren held and why the day differs from the regular week.
//! Pages, JSON-LD, iCalendar, open data, print and slides read it instead of walking the
//! rules day by day each on their own; `ido serve` derives again only what an edit touches.

use std::borrow::Cow;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::days::{day_number, run};
use crate::model::Site;
use crate::schedule::{Exception, Holiday, Schedule, TimeRange, HORIZON};

/// Why a day differs from the regular week (an [`Exception`] without its borrow).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Why {
    /// Index into `Schedule::special`.
    Special(u16),
    /// Index into `Schedule::all_closures()`.
    Closed(u16),
    Holiday(Holiday),
    OutsidePeriod,
}

/// One day as it is: what the page, feeds and products say about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Day {
    /// Opening hours with every exception applied, merged.
    pub hours: Vec<TimeRange>,
    /// Indices into `Schedule::sessions` of the spreekuren held (here or elsewhere),
    /// earliest first.
    pub sessions: Vec<u16>,
    pub why: Option<Why>,
}

/// A location's days from the build's today on (its agenda). Days repeat (most weeks look alike),
/// so each distinct day is kept once and the window holds an index per date.
#[derive(Debug, Clone)]
pub struct Agenda {
    from: Date,
    first: i32,
    days: Vec<u16>,
    kinds: Vec<Day>,
}

impl Agenda {
    /// The agenda of `sched` for `today` and the `HORIZON` days after it.
    pub fn new(sched: &Schedule, today: Date) -> Agenda {
        let first = day_number(today);
        let closures: Vec<_> = sched.all_closures().collect();
        // A day is known by what makes it (why it differs, its weekday, the spreekuren
        // held and, without a week table, those held here), as a few numbers: a day like
        // one seen before is found without building it. Up to 128 spreekuren (else
        // every day is built and found by itself).
        let numbered = sched.sessions.len() <= 128;
        let mut known: rustc_hash::FxHashMap<(Option<Why>, u8, u128, u128), u16> =
            rustc_hash::FxHashMap::default();
        // Keyed by the day itself, with a fast hash: with std's SipHash, hashing was a
        // quarter of this function's instructions.
        let mut seen: rustc_hash::FxHashMap<Day, u16> = rustc_hash::FxHashMap::default();
        let mut kinds = Vec::new();
        let mut days = Vec::with_capacity(HORIZON as usize + 1);
        let first_weekday = crate::dutch::weekday_index(today.weekday());
        for (n, d) in run(today, HORIZON as usize + 1).enumerate() {
            let exception = sched.exception(d);
            let closed = exception.is_some_and(|e| e.closes_all_day());
            let why = exception.map(|e| match e {
                Exception::Special(s) => Why::Special(
                    sched
                        .special
                        .iter()
                        .position(|x| std::ptr::eq(x, s))
                        .unwrap_or(0) as u16,
                ),
                Exception::Closed(c) => Why::Closed(
                    closures
                        .iter()
                        .position(|x| std::ptr::eq(*x, c))
                        .unwrap_or(0) as u16,
                ),
                Exception::Holiday(h) => Why::Holiday(h),
                Exception::OutsidePeriod => Why::OutsidePeriod,
            });
            let is_held = |i: usize| sched.held(&sched.sessions[i], d, closed);
            let key = numbered.then(|| {
                let (mut held, mut here) = (0u128, 0u128);
                for i in (0..sched.sessions.len()).filter(|i| is_held(*i)) {
                    held |= 1 << i;
                    if sched.week.is_empty() && sched.sessions[i].here_on(d) {
                        here |= 1 << i;
                    }
                }
                let weekday = ((first_weekday + n) % 7) as u8;
                (why, weekday, held, here)
            });
            if let Some(k) = key.and_then(|key| known.get(&key)) {
                days.push(*k);
                continue;
            }
            let mut held: Vec<u16> = (0..sched.sessions.len())
                .filter(|i| is_held(*i))
                .map(|i| i as u16)
                .collect();
            held.sort_by_key(|i| sched.sessions[*i as usize].time.start);
            let hours = sched.hours_given(
                d,
                exception,
                held.iter().map(|i| &sched.sessions[*i as usize]),
            );
            let day = Day {
                hours,
                sessions: held,
                why,
            };
            let k = match seen.get(&day) {
                Some(k) => *k,
                None => {
                    let k = kinds.len() as u16;
                    seen.insert(day.clone(), k);
                    kinds.push(day);
                    k
                }
            };
            if let Some(key) = key {
                known.insert(key, k);
            }
            days.push(k);
        }
        Agenda {
            from: today,
            first,
            days,
            kinds,
        }
    }

    /// The first day of the window (the build's today).
    pub fn from(&self) -> Date {
        self.from
    }

    /// The dates of the window, in order.
    pub fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        run(self.from, self.days.len())
    }

    /// The day `d`, when it lies in the window.
    pub fn day(&self, d: Date) -> Option<&Day> {
        let i = day_number(d) - self.first;
        (i >= 0)
            .then(|| self.days.get(i as usize))
            .flatten()
            .map(|k| &self.kinds[*k as usize])
    }

    /// The distinct days of the window: [`Agenda::kind_at`] says which one a day is.
    pub fn kinds(&self) -> &[Day] {
        &self.kinds
    }

    /// Which of [`Agenda::kinds`] day number `i` of the window (0 is its first day) is.
    pub fn kind_at(&self, i: usize) -> usize {
        self.days[i] as usize
    }

    /// The days of the window with their dates.
    pub fn days(&self) -> impl Iterator<Item = (Date, &Day)> + '_ {
        self.dates()
            .zip(&self.days)
            .map(|(d, k)| (d, &self.kinds[*k as usize]))
    }

    /// The opening hours on `d` (from the rules when `d` lies outside the window).
    pub fn hours_on<'a>(&'a self, sched: &Schedule, d: Date) -> Cow<'a, [TimeRange]> {
        match self.day(d) {
            Some(day) => Cow::Borrowed(&day.hours),
            None => Cow::Owned(sched.hours_on(d)),
        }
    }

    /// Whether spreekuur number `i` of `sched` takes place on `d`.
    pub fn held(&self, sched: &Schedule, i: usize, d: Date) -> bool {
        match self.day(d) {
            Some(day) => day.sessions.contains(&(i as u16)),
            None => sched.session_on(&sched.sessions[i], d),
        }
    }

    /// Why `d` differs from the regular week, with what the rules say about it.
    pub fn exception<'s>(&self, sched: &'s Schedule, d: Date) -> Option<Exception<'s>> {
        match self.day(d) {
            Some(day) => day.why.map(|w| match w {
                Why::Special(i) => Exception::Special(&sched.special[i as usize]),
                Why::Closed(i) => Exception::Closed(
                    sched
                        .all_closures()
                        .nth(i as usize)
                        .expect("closure of the derived day"),
                ),
                Why::Holiday(h) => Exception::Holiday(h),
                Why::OutsidePeriod => Exception::OutsidePeriod,
            }),
            None => sched.exception(d),
        }
    }

    /// The next `limit` dates of spreekuur number `i` from the first day at minute
    /// `minute` on (a spreekuur that has ended that day is not next), within the window.
    pub fn session_dates(
        &self,
        sched: &Schedule,
        i: usize,
        minute: u16,
        limit: usize,
    ) -> Vec<Date> {
        let end = sched.sessions[i].time.end;
        self.days()
            .take(HORIZON as usize)
            .filter(|(d, day)| {
                day.sessions.contains(&(i as u16)) && !(*d == self.from && minute >= end)
            })
            .map(|(d, _)| d)
            .take(limit)
            .collect()
    }
}

/// The agenda of every location, in the order of `site.locations`.
pub fn agendas(site: &Site, today: Date) -> Vec<Agenda> {
    site.locations
        .par_iter()
        .map(|l| Agenda::new(&l.schedule, today))
        .collect()
}
