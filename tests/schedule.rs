//! Schedule rules: holidays against a published table, recurrence properties (proptest),
//! daylight-saving boundaries, and the status and change sentences.

mod common;

use std::collections::BTreeSet;

use ido::model::Visit;
use ido::schedule::{
    add_days, holidays, local, Bounds, Calendar, Closure, Nth, Repeat, Schedule, Season, Session,
    SpecialDay, TimeRange, Week,
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

/// The sentences about the coming `days` days from `from`, from the derived agenda.
fn changes_from(s: &Schedule, from: Date, days: i32) -> Vec<String> {
    ido::present::changes(
        ido::lang::source(),
        s,
        &ido::derive::Agenda::new(s, from),
        days,
    )
}

fn session(repeat: Repeat) -> Session {
    Session {
        title: "Test".into(),
        partners: Vec::new(),
        theme: None,
        repeat,
        time: TimeRange {
            start: 600,
            end: 720,
        },
        period: None,
        season: None,
        not_during: Vec::new(),
        visit: Visit::WalkIn,
        note: None,
        address: None,
        places: Vec::new(),
        cancelled: Vec::new(),
        extra: Vec::new(),
    }
}

fn weekday() -> impl Strategy<Value = Weekday> {
    (0i8..7).prop_map(|i| Weekday::from_monday_zero_offset(i).unwrap())
}

/// One to three different weekdays, Monday first.
fn weekdays() -> impl Strategy<Value = Vec<Weekday>> {
    proptest::collection::btree_set(0i8..7, 1..4).prop_map(|s| {
        s.into_iter()
            .map(|i| Weekday::from_monday_zero_offset(i).unwrap())
            .collect()
    })
}

fn day() -> impl Strategy<Value = Date> {
    (0i32..3650).prop_map(|i| add_days(date(2024, 1, 1), i))
}

fn repeat() -> impl Strategy<Value = Repeat> {
    prop_oneof![
        weekdays().prop_map(|weekdays| Repeat::Weekly { weekdays }),
        (weekdays(), any::<bool>())
            .prop_map(|(weekdays, even)| Repeat::AlternateIsoWeeks { weekdays, even }),
        day().prop_map(|from| Repeat::EveryOtherWeek { from }),
        (
            weekdays(),
            proptest::collection::btree_set(
                prop_oneof![
                    Just(Nth::First),
                    Just(Nth::Second),
                    Just(Nth::Third),
                    Just(Nth::Fourth),
                    Just(Nth::Last)
                ],
                1..3
            )
        )
            .prop_map(|(weekdays, nths)| Repeat::Monthly {
                weekdays,
                nths: nths.into_iter().collect()
            }),
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
        s.period = Some(Bounds { from: Some(from), until: Some(add_days(from, len)) });
        let closure = Closure { from: add_days(start, closed_at), until: add_days(start, closed_at + closed_len), reason: "Dicht".into() };
        let sched = Schedule {
            week: Week::default(),
            holidays_open: if open_holidays { holidays::ALL.to_vec() } else { Vec::new() },
            closures: vec![closure.clone()],
            calendars: Vec::new(),
            special: Vec::new(),
            period: None,
            sessions: Vec::new(),
        };
        // Cancel some real dates of the rule.
        let rule_dates: Vec<Date> = (0..400).map(|i| add_days(start, i)).filter(|d| s.rule_matches(*d)).collect();
        s.cancelled = cancel.iter().filter_map(|i| rule_dates.get(*i as usize).copied()).collect();
        s.cancelled.sort();
        s.cancelled.dedup();
        for d in sched.session_dates(&s, start, 0, 50) {
            let p = s.period.unwrap();
            prop_assert!(p.contains(d), "{d} outside its period");
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
        let r = Repeat::Monthly { weekdays: vec![w], nths: vec![Nth::Last] };
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
        let even = Repeat::AlternateIsoWeeks { weekdays: vec![w], even: true }.matches(d);
        let odd = Repeat::AlternateIsoWeeks { weekdays: vec![w], even: false }.matches(d);
        prop_assert!(!(even && odd));
        prop_assert_eq!(even || odd, Repeat::Weekly { weekdays: vec![w] }.matches(d));
    }

    #[test]
    fn every_other_week_is_fourteen_days_apart(from in day(), start in day()) {
        let s = session(Repeat::EveryOtherWeek { from });
        let sched = Schedule { holidays_open: holidays::ALL.to_vec(), ..Schedule::default() };
        let dates = sched.session_dates(&s, start, 0, 10);
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
    assert_eq!(s.status(d, m), "Nu gesloten. Vandaag open om 10.00 uur.");
    // Sunday 31 October 2027: clocks go back from 03.00 CEST to 02.00 CET.
    assert_eq!(at("2027-10-31T00:30:00Z"), (date(2027, 10, 31), 150));
    assert_eq!(at("2027-10-31T01:30:00Z"), (date(2027, 10, 31), 150));
    let (d, m) = at("2027-10-31T08:30:00Z");
    assert_eq!(s.status(d, m), "Nu gesloten. Vandaag open om 10.00 uur.");
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
        calendars: Vec::new(),
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
        "Nu gesloten. Vandaag open om 13.00 uur."
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
        changes_from(&s, date(2026, 12, 20), 14),
        vec![
            "Op donderdag 24 december open van 10.00 tot 15.00 uur (Kerstavond).",
            "Gesloten op vrijdag 25 december (Eerste Kerstdag).",
            "Gesloten op vrijdag 1 januari (Nieuwjaarsdag).",
        ]
    );
    assert_eq!(
        changes_from(&s, date(2027, 7, 1), 30),
        vec!["Gesloten van maandag 19 juli tot en met zondag 8 augustus (Zomersluiting)."]
    );
    assert_eq!(
        changes_from(&s, date(2027, 7, 25), 7),
        vec!["Gesloten tot en met zondag 8 augustus (Zomersluiting)."]
    );
}

fn range(a: u16, b: u16) -> TimeRange {
    TimeRange { start: a, end: b }
}

fn weekly(w: Weekday, a: u16, b: u16) -> Session {
    let mut s = session(Repeat::Weekly { weekdays: vec![w] });
    s.time = range(a, b);
    s
}

/// A location without a week table: open while its spreekuren run.
fn sessions_only(sessions: Vec<Session>) -> Schedule {
    Schedule {
        sessions,
        ..Schedule::default()
    }
}

#[test]
fn overlapping_spreekuren_are_merged_for_the_status_and_today() {
    let m = Weekday::Monday;
    let s = sessions_only(vec![
        weekly(m, 780, 900),
        weekly(m, 780, 930),
        weekly(m, 840, 960),
        weekly(m, 960, 1020), // adjacent: 16.00-17.00
    ]);
    let monday = date(2026, 11, 30);
    assert_eq!(s.hours_on(monday), vec![range(780, 1020)]);
    assert_eq!(s.status(monday, 14 * 60 + 30), "Nu open tot 17.00 uur.");
    assert_eq!(
        ido::render::views::today_line(ido::lang::source(), &s.hours_on(monday), monday),
        "Vandaag, maandag 30 november: open van 13.00 tot 17.00 uur."
    );
}

#[test]
fn an_extra_date_on_a_holiday_takes_place_and_opens_a_location_without_hours() {
    // Koningsdag 2027 is Tuesday 27 April; the spreekuur is on Mondays.
    let mut u = weekly(Weekday::Monday, 600, 720);
    u.extra = vec![date(2027, 4, 27)];
    let s = sessions_only(vec![u]);
    let d = date(2027, 4, 27);
    assert!(s.session_on(&s.sessions[0], d));
    assert_eq!(s.hours_on(d), vec![range(600, 720)]);
    assert_eq!(s.status(d, 11 * 60), "Nu open tot 12.00 uur.");
    // A Monday that is a holiday (Tweede Paasdag 2027, 29 March) stays closed.
    assert!(s
        .status(date(2027, 3, 29), 11 * 60)
        .starts_with("Nu gesloten"));
    // The page's list of changes says the same: closed on Tweede Paasdag, open on
    // Koningsdag.
    let changes = changes_from(&s, date(2027, 3, 20), 60);
    assert!(
        changes.contains(&"Gesloten op maandag 29 maart (Tweede Paasdag).".to_string()),
        "{changes:?}"
    );
    assert!(
        changes.contains(
            &"Op dinsdag 27 april open van 10.00 tot 12.00 uur (Koningsdag).".to_string()
        ),
        "{changes:?}"
    );
    assert!(!changes
        .iter()
        .any(|c| c.contains("Gesloten op dinsdag 27 april")));
    // Inside a closure period, the extra date is named as open.
    let mut c = s.clone();
    c.closures = vec![Closure {
        from: date(2027, 4, 24),
        until: date(2027, 5, 2),
        reason: "meivakantie".into(),
    }];
    assert_eq!(c.hours_on(d), vec![range(600, 720)]);
    let changes = changes_from(&c, date(2027, 4, 20), 20);
    assert_eq!(
        changes,
        vec![
            "Gesloten van zaterdag 24 april tot en met zondag 2 mei (meivakantie).".to_string(),
            "Op dinsdag 27 april wel open van 10.00 tot 12.00 uur.".to_string(),
        ]
    );
}

#[test]
fn a_spreekuur_that_ended_today_is_not_next() {
    let s = sessions_only(vec![weekly(Weekday::Tuesday, 600, 720)]);
    let tuesday = date(2026, 12, 1);
    let u = &s.sessions[0];
    assert_eq!(
        s.session_dates(u, tuesday, 17 * 60 + 30, 1),
        vec![date(2026, 12, 8)]
    );
    assert_eq!(
        s.session_dates(u, tuesday, 11 * 60, 1),
        vec![tuesday],
        "still running"
    );
}

#[test]
fn sentences_leave_out_past_dates_and_give_far_dates_their_year() {
    let today = date(2026, 12, 1);
    let mut u = session(Repeat::Dates {
        dates: vec![date(2025, 11, 5), date(2026, 12, 3), date(2027, 9, 2)],
    });
    u.time = range(600, 720);
    assert_eq!(
        u.dutch(today),
        "Op donderdag 3 december 2026 en donderdag 2 september 2027, van 10.00 tot 12.00 uur."
    );
    u.repeat = Repeat::Dates {
        dates: vec![date(2026, 12, 3), date(2026, 12, 10)],
    };
    assert_eq!(
        u.dutch(today),
        "Op donderdag 3 december en donderdag 10 december, van 10.00 tot 12.00 uur."
    );
    // Cancelled dates in two years carry their years.
    assert_eq!(
        ido::dutch::weekday_dates_near(&[date(2026, 12, 29), date(2027, 1, 5)], today),
        vec!["dinsdag 29 december 2026", "dinsdag 5 januari 2027"]
    );
    // Every weekday named is the real weekday of that date.
    for i in 0..800 {
        let d = add_days(today, i);
        let text = ido::dutch::weekday_date_near(d, today);
        assert!(
            text.starts_with(ido::dutch::weekday_name(d.weekday())),
            "{text}"
        );
        assert_eq!(
            text.ends_with(&d.year().to_string()),
            ido::dutch::needs_year(d, today)
        );
    }
}

#[test]
fn even_and_odd_weeks_are_never_called_every_other_week() {
    let today = date(2026, 12, 1);
    let mut u = session(Repeat::AlternateIsoWeeks {
        weekdays: vec![Weekday::Thursday],
        even: false,
    });
    u.time = range(600, 720);
    let text = u.dutch(today);
    assert!(!text.to_lowercase().contains("om de week"), "{text}");
    assert_eq!(
        text,
        "Op donderdag in de oneven weken (weeknummer), van 10.00 tot 12.00 uur."
    );
    // 2026 has an ISO week 53: Thursday 31 December (week 53) and 7 January (week 1)
    // are both odd, so the rule falls on both, one week apart.
    assert!(u.repeat.matches(date(2026, 12, 31)) && u.repeat.matches(date(2027, 1, 7)));
}

#[test]
fn new_rule_forms_match_and_read_well() {
    let today = date(2026, 12, 1);
    let mut u = session(Repeat::Monthly {
        weekdays: vec![Weekday::Monday],
        nths: vec![Nth::First, Nth::Third],
    });
    u.time = range(840, 960);
    u.not_during = vec![Calendar {
        slug: "schoolvakanties-noord".into(),
        phrase: "de schoolvakanties".into(),
        periods: vec![Closure {
            from: date(2026, 12, 19),
            until: date(2027, 1, 3),
            reason: "Kerstvakantie".into(),
        }],
    }];
    assert_eq!(
        u.dutch(today),
        "Elke eerste en derde maandag van de maand, van 14.00 tot 16.00 uur. Niet in de schoolvakanties."
    );
    assert!(u.rule_matches(date(2026, 12, 7)));
    assert!(
        !u.rule_matches(date(2026, 12, 21)),
        "third Monday, in the Kerstvakantie"
    );
    assert!(!u.rule_matches(date(2026, 12, 14)), "second Monday");
    let w = session(Repeat::Weekly {
        weekdays: vec![Weekday::Monday, Weekday::Wednesday],
    });
    assert!(w.dutch(today).starts_with("Elke maandag en woensdag, van"));
    let mut v = session(Repeat::Monthly {
        weekdays: vec![Weekday::Wednesday],
        nths: vec![Nth::Second, Nth::Fourth],
    });
    v.season = Some(Season {
        from: (9, 1),
        until: (6, 30),
    });
    v.period = Some(Bounds {
        from: Some(date(2027, 1, 15)),
        until: None,
    });
    assert_eq!(
        v.dutch(today),
        "Elke tweede en vierde woensdag van de maand, van 10.00 tot 12.00 uur. Vanaf 15 januari. Van september tot en met juni."
    );
    assert!(!v.rule_matches(date(2027, 1, 13)), "before the start");
    assert!(v.rule_matches(date(2027, 1, 27)), "fourth Wednesday");
    assert!(
        !v.rule_matches(date(2027, 7, 14)),
        "July is outside the season"
    );
    assert!(v.rule_matches(date(2027, 9, 8)));
}
