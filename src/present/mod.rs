//! Wording for citizens that every output shares (pages, feeds, print, slides, checks):
//! addresses on one line, the kind of a location, hours per weekday, periods, holidays,
//! exceptions of a spreekuur, merged ranges and "Neem dit mee" lists. Built on `lang`
//! (dates and times) and read by `render`, `feeds`, `print`, `screen` and `check`, so none
//! of them takes its words from another output.

pub mod products;
pub mod script;

pub use script::words_script;

use jiff::civil::Date;
use serde::Serialize;

use crate::derive::Agenda;
use crate::lang::{Arg, Lang};
use crate::model::{Address, Location, Visit};
use crate::schedule::{
    add_days, days_between, describe_ranges_in, merge, Exception, Schedule, Session,
};

/// The kind of a location as citizens see it everywhere (pages, finder, embeds, open
/// data): the place for a partner venue ("In het ziekenhuis"), else the kind.
pub fn kind_label<'l>(lang: &'l Lang, l: &Location) -> &'l str {
    use crate::model::{Kind, Venue};
    let id = match (l.kind, l.venue) {
        (Kind::PartnerVenue, Some(v)) => match v {
            Venue::StoreRestaurant => "venue-store-restaurant",
            Venue::Supermarket => "venue-supermarket",
            Venue::Hospital => "venue-hospital",
            Venue::CommunityCentre => "venue-community-centre",
            Venue::CareHome => "venue-care-home",
            Venue::TownHall => "venue-town-hall",
            Venue::Market => "venue-market",
            _ => kind_id(l.kind),
        },
        _ => kind_id(l.kind),
    };
    lang.word(id)
}

fn kind_id(k: crate::model::Kind) -> &'static str {
    use crate::model::Kind;
    match k {
        Kind::LibraryDesk => "kind-library-desk",
        Kind::WholeLibrary => "kind-whole-library",
        Kind::InformationPoint => "kind-information-point",
        Kind::PartnerVenue => "kind-partner-venue",
        Kind::Mobile => "kind-mobile",
        Kind::Telephone => "kind-telephone",
        Kind::PopUp => "kind-pop-up",
    }
}

/// A holiday's name in `lang`.
pub fn holiday_name(lang: &Lang, h: crate::schedule::Holiday) -> String {
    lang.t(&format!("holiday-{}", h.key()))
}

pub fn one_line(a: &Address) -> String {
    format!("{}, {} {}", a.street, a.postcode, a.place)
}

#[derive(Serialize)]
pub struct Row {
    pub day: String,
    pub text: String,
    /// "10.00–12.00 en 13.00–17.00 uur", for slides and other narrow places.
    pub short: String,
    pub closed: bool,
}

/// The cancelled and extra dates of a spreekuur still to come, as sentences ("Niet op
/// dinsdag 15 december. Extra op dinsdag 12 januari."); `ido check` lints them too.
pub fn session_exceptions(lang: &Lang, s: &Session, today: Date) -> Option<String> {
    let future = |dates: &[Date]| {
        let coming: Vec<Date> = dates.iter().copied().filter(|d| *d >= today).collect();
        lang.weekday_dates_near(&coming, today)
    };
    let mut exceptions = Vec::new();
    for (id, dates) in [
        ("session-cancelled", &s.cancelled),
        ("session-extra", &s.extra),
    ] {
        let dates = future(dates);
        if !dates.is_empty() {
            exceptions.push(lang.f(id, &[("dates", lang.join_and(&dates).into())]));
        }
    }
    (!exceptions.is_empty()).then(|| exceptions.join(" "))
}

/// "Open van maandag 1 juni tot en met vrijdag 31 juli." (a pop-up's period).
pub fn period_sentence(lang: &Lang, p: crate::model::Period) -> String {
    lang.f(
        "popup-period",
        &[
            ("from", lang.weekday_date(p.from).into()),
            ("until", lang.weekday_date(p.until).into()),
        ],
    )
}

/// The caption over a location's hours.
pub fn hours_caption(lang: &Lang, kind: crate::model::Kind) -> String {
    lang.t(match kind {
        crate::model::Kind::WholeLibrary => "hours-caption-library",
        crate::model::Kind::Telephone => "hours-caption-phone",
        _ => "hours-caption",
    })
}

/// "10.00–12.00 en 13.00–17.00 uur" ("Gesloten" when empty).
pub fn short_ranges(lang: &Lang, ranges: &[crate::schedule::TimeRange]) -> String {
    if ranges.is_empty() {
        return lang.t("closed");
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|r| {
            lang.f(
                "range-short",
                &[
                    ("from", lang.time(r.start).into()),
                    ("to", lang.time(r.end).into()),
                ],
            )
        })
        .collect();
    lang.f("short-hours", &[("ranges", lang.join_and(&parts).into())])
}

/// One row per weekday of the regular week.
pub fn hour_rows(lang: &Lang, sched: &Schedule) -> Vec<Row> {
    sched
        .week
        .days
        .iter()
        .enumerate()
        .map(|(i, ranges)| Row {
            day: lang.weekday(i).to_string(),
            closed: ranges.is_empty(),
            text: describe_ranges_in(lang, ranges),
            short: short_ranges(lang, ranges),
        })
        .collect()
}

/// How holidays are handled, in one or two sentences.
pub fn holiday_note(lang: &Lang, s: &Schedule) -> String {
    let open: Vec<String> = s
        .holidays_open
        .iter()
        .map(|h| holiday_name(lang, *h))
        .collect();
    match open.len() {
        0 => lang.t("holidays-closed"),
        n if n == crate::schedule::holidays::ALL.len() => lang.t("holidays-open"),
        _ => lang.f(
            "holidays-closed-except",
            &[("holidays", lang.join_and(&open).into())],
        ),
    }
}

/// How many days ahead the page lists closures and other hours.
pub const CHANGES_DAYS: i32 = 60;

/// Days from the calendar's first day on (for `days` days) that differ from the regular
/// week, as sentences: closures, holidays and other hours.
pub fn changes(lang: &Lang, sched: &Schedule, cal: &Agenda, days: i32) -> Vec<String> {
    let from = cal.from();
    let mut out = Vec::new();
    let date = |d: Date| Arg::from(lang.weekday_date(d));
    let near = |d: Date| Arg::from(lang.weekday_date_near(d, from));
    let hours = |r: &[crate::schedule::TimeRange]| Arg::from(describe_ranges_in(lang, r));
    let mut i = 0;
    while i < days {
        let d = add_days(from, i);
        i += 1;
        let regular = sched.regular(d);
        match cal.exception(sched, d) {
            Some(Exception::Special(s)) if s.ranges.is_empty() => {
                out.push(lang.f(
                    "change-closed-on",
                    &[("date", date(d)), ("reason", s.reason.as_str().into())],
                ));
            }
            Some(Exception::Special(s)) if merge(s.ranges.clone()) != regular => out.push(lang.f(
                "change-open-on",
                &[
                    ("date", date(d)),
                    ("hours", hours(&merge(s.ranges.clone()))),
                    ("reason", s.reason.as_str().into()),
                ],
            )),
            Some(Exception::Closed(c)) => {
                // One line per closure: skip to its end.
                let end = c.until.min(add_days(from, days - 1));
                let open_days =
                    (0..=days_between(d, end)).any(|k| !sched.regular(add_days(d, k)).is_empty());
                i += days_between(d, end);
                // Days of the closure with a spreekuur on one of its extra dates.
                let open_anyway: Vec<Date> = (0..=days_between(d, end))
                    .map(|k| add_days(d, k))
                    .filter(|x| !cal.hours_on(sched, *x).is_empty())
                    .collect();
                if open_days {
                    let reason = ("reason", Arg::from(c.reason.as_str()));
                    out.push(if c.from == c.until {
                        lang.f("change-closed-on", &[("date", date(d)), reason])
                    } else if c.from < from {
                        lang.f("change-closed-until", &[("until", near(c.until)), reason])
                    } else {
                        lang.f(
                            "change-closed-from-to",
                            &[("from", near(c.from)), ("until", near(c.until)), reason],
                        )
                    });
                    for x in &open_anyway {
                        out.push(lang.f(
                            "change-open-anyway",
                            &[
                                ("date", near(*x)),
                                ("hours", hours(&cal.hours_on(sched, *x))),
                            ],
                        ));
                    }
                }
            }
            // A location without a week table is open on a holiday while a
            // spreekuur runs on one of its extra dates.
            Some(Exception::Holiday(h)) if !cal.hours_on(sched, d).is_empty() => {
                out.push(lang.f(
                    "change-open-on",
                    &[
                        ("date", near(d)),
                        ("hours", hours(&cal.hours_on(sched, d))),
                        ("reason", holiday_name(lang, h).into()),
                    ],
                ));
            }
            Some(Exception::Holiday(h)) if !regular.is_empty() => {
                out.push(lang.f(
                    "change-closed-on",
                    &[("date", date(d)), ("reason", holiday_name(lang, h).into())],
                ));
            }
            _ => {}
        }
    }
    out
}

/// Merges the "Neem dit mee" lists of several themes: an item whose words all occur in a
/// longer item ("Uw telefoon" in "Uw telefoon, tablet of laptop") gives way to the longer
/// one. Returns each kept item with the items it stands for, the most needed first (then
/// in the order the themes name them).
pub fn merge_bring<'a>(lists: &[&'a [String]]) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut all: Vec<&str> = Vec::new();
    let mut count: Vec<usize> = Vec::new();
    for list in lists {
        for b in list.iter() {
            match all.iter().position(|x| *x == b.as_str()) {
                Some(i) => count[i] += 1,
                None => {
                    all.push(b);
                    count.push(1);
                }
            }
        }
    }
    let sets: Vec<_> = all.iter().map(|b| words(b)).collect();
    // The most complete item that holds all words of item `i` (itself when none does).
    let keeper = |i: usize| {
        (0..all.len())
            .filter(|&j| sets[i].is_subset(&sets[j]))
            .max_by(|&a, &b| sets[a].len().cmp(&sets[b].len()).then(b.cmp(&a)))
            .unwrap_or(i)
    };
    let mut out: Vec<(&str, Vec<&str>, usize, usize)> = Vec::new();
    for i in 0..all.len() {
        let k = keeper(i);
        match out.iter_mut().find(|o| o.0 == all[k]) {
            Some(o) => {
                o.1.push(all[i]);
                o.2 += count[i];
            }
            None => out.push((all[k], vec![all[i]], count[i], i)),
        }
    }
    out.sort_by(|a, b| b.2.cmp(&a.2).then(a.3.cmp(&b.3)));
    // Two things of your own that name the same service ("Uw DigiD of de DigiD app", "Uw
    // gebruikersnaam en wachtwoord van DigiD"): the most needed one stands for both.
    let mut kept: Vec<(&str, Vec<&str>, usize, usize)> = Vec::new();
    for item in out {
        let same = kept.iter_mut().find(|k| {
            own(k.0) && own(item.0) && names(k.0).iter().any(|n| names(item.0).contains(n))
        });
        match same {
            Some(k) => k.1.extend(item.1),
            None => kept.push(item),
        }
    }
    kept.into_iter().map(|(k, m, _, _)| (k, m)).collect()
}

/// "Afspraak nodig?" in words that fit the kind of location: a telephone service never
/// asks people to come by.
pub fn visit_text(lang: &Lang, kind: crate::model::Kind, visit: Visit) -> String {
    use crate::model::Kind;
    lang.t(match (kind, visit) {
        (Kind::Telephone, Visit::WalkIn) => "visit-phone-walk-in",
        (Kind::Telephone, Visit::Appointment) => "visit-phone-appointment",
        (Kind::Telephone, Visit::Either) => "visit-phone-either",
        (Kind::Mobile, Visit::WalkIn) => "visit-mobile-walk-in",
        (Kind::PopUp, Visit::WalkIn) => "visit-pop-up-walk-in",
        _ => visit_id(visit),
    })
}

/// The message of a way to come ("U kunt zonder afspraak langskomen.").
pub fn visit_id(visit: Visit) -> &'static str {
    match visit {
        Visit::WalkIn => "visit-walk-in",
        Visit::Appointment => "visit-appointment",
        Visit::Either => "visit-either",
    }
}

/// "1e en 3e maandag van de maand", "laatste vrijdag van de maand".
pub fn monthly_note(lang: &Lang, nths: &[crate::schedule::Nth], day: usize) -> String {
    use crate::schedule::Nth;
    let gender = lang.weekday_gender(day);
    let g = [("gender", Arg::from(gender.as_str()))];
    let weekday = lang.weekday(day);
    let mut ordinal: Vec<String> = Vec::new();
    for n in nths {
        let word = match n {
            Nth::Last => lang.f("nth-last", &g),
            n => lang.f(&format!("overview-nth-{}", n.key()), &g),
        };
        if !ordinal.contains(&word) {
            ordinal.push(word);
        }
    }
    lang.f(
        "overview-monthly",
        &[
            ("nths", lang.join_and(&ordinal).into()),
            ("weekday", weekday.into()),
        ],
    )
}

/// Overlapping or touching ranges as one ("10.00–12.00" and "11.00–13.00" → "10.00–13.00").
pub fn merge_ranges(
    ranges: impl Iterator<Item = crate::schedule::TimeRange>,
) -> Vec<crate::schedule::TimeRange> {
    let mut list: Vec<_> = ranges.collect();
    list.sort();
    let mut out: Vec<crate::schedule::TimeRange> = Vec::new();
    for r in list {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The words of an item, for comparing: lower case, letters and digits only.
fn words(s: &str) -> std::collections::BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether an item is something of your own ("Uw …").
fn own(item: &str) -> bool {
    item.split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("uw"))
}

/// The names in an item: words with a capital inside ("DigiD") or in capitals ("UWV").
fn names(item: &str) -> Vec<&str> {
    item.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().skip(1).any(char::is_uppercase))
        .collect()
}

/// "13:05": times in the open data, feeds and JSON-LD.
pub fn hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// `{"van": "10:00", "tot": "12:00"}`: a time range in the open data and feeds.
pub fn range_value(r: &crate::schedule::TimeRange) -> serde_json::Value {
    serde_json::json!({"van": hhmm(r.start), "tot": hhmm(r.end)})
}
