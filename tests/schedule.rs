//! Schedule rules: holidays against a published table, recurrence properties (proptest),
//! daylight-saving boundaries, and the status and change sentences.

mod common;

use std::collections::BTreeSet;

use ido::model::Visit;
use ido::schedule::{
    add_days, holidays, local, Closure, Nth, Repeat, Schedule, Session, SpecialDay, TimeRange, Week,
};
use jiff::civil::{date, Date, Weekday};
use proptest::prelude::*;

#[test]
fn holidays_2024_to_2035_match_the_published_table() {
    let text = std::fs::read_to_string(common::fixture("feestdagen-2024-2035.csv")).unwrap();
    let expected: BTreeSet<(String, String)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (d, k) = l.split_once(',').unwrap();
            (d.to_string(), k.to_string())
        })
        .collect();
    assert_eq!(expected.len(), 132);
    let mut ours = BTreeSet::new();
    for year in 2024..=2035 {
        for h in holidays::ALL {
            let d = h.date(year);
            ours.insert((d.to_string(), h.key().to_string()));
            assert_eq!(holidays::on(d), Some(h), "{d} is {}", h.key());
        }
    }
    assert_eq!(ours, expected);
}

fn session(repeat: Repeat) -> Session {
    Session {
        title: "Test".into(),
        partner: None,
        theme: None,
        repeat,
        time: TimeRange {
            start: 600,
            end: 720,
        },
        period: None,
        visit: Visit::WalkIn,
        note: None,
        address: None,
        cancelled: Vec::new(),
        extra: Vec::new(),
    }
}

fn weekday() -> impl Strategy<Value = Weekday> {
    (0i8..7).prop_map(|i| Weekday::from_monday_zero_offset(i).unwrap())
}

fn day() -> impl Strategy<Value = Date> {
    (0i32..3650).prop_map(|i| add_days(date(2024, 1, 1), i))
}

fn repeat() -> impl Strategy<Value = Repeat> {
    prop_oneof![
        weekday().prop_map(|weekday| Repeat::Weekly { weekday }),
        (weekday(), any::<bool>())
            .prop_map(|(weekday, even)| Repeat::AlternateIsoWeeks { weekday, even }),
        day().prop_map(|from| Repeat::EveryOtherWeek { from }),
        (
            weekday(),
            prop_oneof![
                Just(Nth::First),
                Just(Nth::Second),
                Just(Nth::Third),
                Just(Nth::Fourth),
                Just(Nth::Last)
            ]
        )
            .prop_map(|(weekday, nth)| Repeat::Monthly { weekday, nth }),
        proptest::collection::btree_set(day(), 1..6).prop_map(|s| Repeat::Dates {
            dates: s.into_iter().collect()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_occurrence_outside_its_period_or_on_an_exception(
        rep in repeat(), from in day(), len in 0i32..400, start in day(),
        cancel in proptest::collection::vec(0i32..120, 0..4), closed_at in 0i32..200, closed_len in 0i32..30,
        open_holidays in any::<bool>(),
    ) {
        let mut s = session(rep);
        s.period = Some(ido::model::Period { from, until: add_days(from, len) });
        let closure = Closure { from: add_days(start, closed_at), until: add_days(start, closed_at + closed_len), reason: "Dicht".into() };
        let sched = Schedule {
            week: Week::default(),
            holidays_open: if open_holidays { holidays::ALL.to_vec() } else { Vec::new() },
            closures: vec![closure.clone()],
            special: Vec::new(),
            period: None,
            sessions: Vec::new(),
        };
        // Cancel some real dates of the rule.
        let rule_dates: Vec<Date> = (0..400).map(|i| add_days(start, i)).filter(|d| s.rule_matches(*d)).collect();
        s.cancelled = cancel.iter().filter_map(|i| rule_dates.get(*i as usize).copied()).collect();
        s.cancelled.sort();
        s.cancelled.dedup();
        for d in sched.session_dates(&s, start, 50) {
            let p = s.period.unwrap();
            prop_assert!(p.from <= d && d <= p.until, "{d} outside its period");
            prop_assert!(s.cancelled.binary_search(&d).is_err(), "{d} was cancelled");
            prop_assert!(!(closure.from <= d && d <= closure.until), "{d} is in a closure");
            if !open_holidays {
                prop_assert!(holidays::on(d).is_none(), "{d} is a holiday");
            }
            prop_assert!(s.repeat.matches(d));
        }
    }

    #[test]
    fn last_weekday_is_in_the_last_seven_days_of_its_month(w in weekday(), d in day()) {
        let r = Repeat::Monthly { weekday: w, nth: Nth::Last };
        if r.matches(d) {
            prop_assert!(i16::from(d.day()) > i16::from(d.days_in_month()) - 7);
            prop_assert_eq!(d.weekday(), w);
        }
        // And every month has exactly one.
        let first = d.first_of_month();
        let n = (0..i32::from(d.days_in_month())).filter(|i| r.matches(add_days(first, *i))).count();
        prop_assert_eq!(n, 1);
    }

    #[test]
    fn even_and_odd_weeks_never_overlap_and_together_are_every_week(w in weekday(), d in day()) {
        let even = Repeat::AlternateIsoWeeks { weekday: w, even: true }.matches(d);
        let odd = Repeat::AlternateIsoWeeks { weekday: w, even: false }.matches(d);
        prop_assert!(!(even && odd));
        prop_assert_eq!(even || odd, Repeat::Weekly { weekday: w }.matches(d));
    }

    #[test]
    fn every_other_week_is_fourteen_days_apart(from in day(), start in day()) {
        let s = session(Repeat::EveryOtherWeek { from });
        let sched = Schedule { holidays_open: holidays::ALL.to_vec(), ..Schedule::default() };
        let dates = sched.session_dates(&s, start, 10);
        for pair in dates.windows(2) {
            prop_assert_eq!((pair[1] - pair[0]).get_days(), 14);
        }
        prop_assert!(dates.iter().all(|d| *d >= from));
    }
}

/// Open on Sundays, holidays included (28 March 2027 is also Easter Sunday).
fn sunday_week() -> Schedule {
    let mut week = Week::default();
    week.days[6] = vec![TimeRange {
        start: 600,
        end: 1020,
    }];
    Schedule {
        week,
        holidays_open: holidays::ALL.to_vec(),
        ..Schedule::default()
    }
}

fn at(s: &str) -> (Date, u16) {
    local(s.parse().unwrap())
}

#[test]
fn status_is_right_across_daylight_saving_switches() {
    let s = sunday_week();
    // Sunday 28 March 2027: clocks go from 02.00 CET to 03.00 CEST.
    assert_eq!(
        at("2027-03-28T00:59:00Z"),
        (date(2027, 3, 28), 119),
        "01.59 winter time"
    );
    assert_eq!(
        at("2027-03-28T01:00:00Z"),
        (date(2027, 3, 28), 180),
        "03.00 summer time"
    );
    // 08.30 UTC is 10.30 in summer time: open. (In winter time it would be 09.30.)
    let (d, m) = at("2027-03-28T08:30:00Z");
    assert_eq!(s.status(d, m), "Nu open tot 17.00 uur.");
    let (d, m) = at("2027-03-28T07:59:00Z");
    assert_eq!(
        s.status(d, m),
        "Nu gesloten. Vandaag weer open om 10.00 uur."
    );
    // Sunday 31 October 2027: clocks go back from 03.00 CEST to 02.00 CET.
    assert_eq!(at("2027-10-31T00:30:00Z"), (date(2027, 10, 31), 150));
    assert_eq!(at("2027-10-31T01:30:00Z"), (date(2027, 10, 31), 150));
    let (d, m) = at("2027-10-31T08:30:00Z");
    assert_eq!(
        s.status(d, m),
        "Nu gesloten. Vandaag weer open om 10.00 uur."
    );
    let (d, m) = at("2027-10-31T15:59:00Z");
    assert_eq!(s.status(d, m), "Nu open tot 17.00 uur.");
    let (d, m) = at("2027-10-31T16:00:00Z");
    assert_eq!(
        s.status(d, m),
        "Nu gesloten. Weer open op zondag 7 november om 10.00 uur."
    );
}

#[test]
fn status_and_changes_name_holidays_closures_and_other_hours() {
    let mut week = Week::default();
    for day in 0..5 {
        week.days[day] = vec![
            TimeRange {
                start: 600,
                end: 720,
            },
            TimeRange {
                start: 780,
                end: 1020,
            },
        ];
    }
    let s = Schedule {
        week,
        holidays_open: vec![holidays::Holiday::GoedeVrijdag],
        closures: vec![Closure {
            from: date(2027, 7, 19),
            until: date(2027, 8, 8),
            reason: "Zomersluiting".into(),
        }],
        special: vec![SpecialDay {
            date: date(2026, 12, 24),
            ranges: vec![TimeRange {
                start: 600,
                end: 900,
            }],
            reason: "Kerstavond".into(),
        }],
        period: None,
        sessions: Vec::new(),
    };
    assert_eq!(
        s.status(date(2026, 12, 24), 14 * 60 + 59),
        "Nu open tot 15.00 uur."
    );
    assert_eq!(
        s.status(date(2026, 12, 24), 15 * 60),
        "Nu gesloten. Weer open op maandag 28 december om 10.00 uur."
    );
    assert_eq!(
        s.status(date(2026, 12, 28), 12 * 60 + 30),
        "Nu gesloten. Vandaag weer open om 13.00 uur."
    );
    // Easter 2027 is 28 March: open on Goede Vrijdag (26 March), closed on Tweede Paasdag.
    assert_eq!(
        s.status(date(2027, 3, 26), 11 * 60),
        "Nu open tot 12.00 uur.",
        "open on Goede Vrijdag"
    );
    assert_eq!(
        s.status(date(2027, 3, 28), 11 * 60),
        "Nu gesloten. Weer open op dinsdag 30 maart om 10.00 uur."
    );
    assert_eq!(
        s.changes(date(2026, 12, 20), 14),
        vec![
            "Op donderdag 24 december open van 10.00 tot 15.00 uur (Kerstavond).",
            "Gesloten op vrijdag 25 december (Eerste Kerstdag).",
            "Gesloten op vrijdag 1 januari (Nieuwjaarsdag).",
        ]
    );
    assert_eq!(
        s.changes(date(2027, 7, 1), 30),
        vec!["Gesloten van maandag 19 juli tot en met zondag 8 augustus (Zomersluiting)."]
    );
    assert_eq!(
        s.changes(date(2027, 7, 25), 7),
        vec!["Gesloten tot en met zondag 8 augustus (Zomersluiting)."]
    );
}
