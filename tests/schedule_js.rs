//! The browser script (as shipped, after stripping) and the Rust schedule code agree:
//! for the example content, at instants across a whole year and around the
//! daylight-saving switches, both give the same status, the same upcoming changes and
//! the same next dates of every spreekuur. Needs `node` on the PATH.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::*;
use ido::dutch::weekday_from_index;
use ido::model::Visit;
use ido::schedule::{
    holidays, local, rules, Bounds, Calendar, Closure, Nth, Repeat, Schedule, Season, Session,
    SpecialDay, TimeRange, Week,
};
use jiff::civil::{date, Weekday};
use serde_json::{json, Value};

/// Instants across a year from 23 November 2026 and around both daylight-saving switches.
fn instants() -> Vec<jiff::Timestamp> {
    let start: jiff::Timestamp = "2026-11-23T00:00:00Z".parse().unwrap();
    let mut out: Vec<jiff::Timestamp> = (0..1215)
        .map(|i| start + jiff::SignedDuration::from_mins(i * 433))
        .collect();
    // Every 10 minutes around both daylight-saving switches of 2027.
    for day in ["2027-03-28T00:00:00Z", "2027-10-31T00:00:00Z"] {
        let t: jiff::Timestamp = day.parse().unwrap();
        out.extend((0..30).map(|i| t + jiff::SignedDuration::from_mins(i * 10)));
    }
    out
}

/// Instants every 1009 minutes over five years (2027 to 2031), and every 30 minutes
/// around the ISO week 53 of 2026 and both daylight-saving switches of 2028.
fn years() -> Vec<jiff::Timestamp> {
    let start: jiff::Timestamp = "2026-12-20T00:00:00Z".parse().unwrap();
    let mut out: Vec<jiff::Timestamp> = (0..2700)
        .map(|i| start + jiff::SignedDuration::from_mins(i * 1009))
        .collect();
    for (day, n) in [
        ("2026-12-26T00:00:00Z", 14 * 48),
        ("2028-03-25T12:00:00Z", 96),
        ("2028-10-28T12:00:00Z", 96),
    ] {
        let t: jiff::Timestamp = day.parse().unwrap();
        out.extend((0..n).map(|i| t + jiff::SignedDuration::from_mins(i * 30)));
    }
    out
}

fn tr(a: u16, b: u16) -> TimeRange {
    TimeRange { start: a, end: b }
}

fn sess(repeat: Repeat, a: u16, b: u16) -> Session {
    Session {
        title: "Synthetisch".into(),
        partners: Vec::new(),
        theme: None,
        repeat,
        time: tr(a, b),
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

/// Synthetic locations with every rule form: several weekdays, even and odd weeks, every
/// other week, each week of the month (`vierde` and `laatste` included) and combinations,
/// lists of dates, open-ended periods, seasons (wrapping the year and not), closure
/// calendars, dates at another address, extra dates on holidays, cancelled dates,
/// closures, other hours, with and without a week table.
fn synthetic() -> Vec<(String, Schedule)> {
    use Weekday::*;
    let cal = Calendar {
        slug: "vakanties".into(),
        phrase: "de schoolvakanties".into(),
        periods: vec![
            Closure {
                from: date(2026, 12, 19),
                until: date(2027, 1, 3),
                reason: "Kerstvakantie".into(),
            },
            Closure {
                from: date(2027, 2, 20),
                until: date(2027, 2, 28),
                reason: "Voorjaarsvakantie".into(),
            },
            Closure {
                from: date(2027, 7, 10),
                until: date(2027, 8, 22),
                reason: "Zomervakantie".into(),
            },
            Closure {
                from: date(2028, 7, 15),
                until: date(2028, 8, 27),
                reason: "Zomervakantie".into(),
            },
            Closure {
                from: date(2029, 10, 13),
                until: date(2029, 10, 21),
                reason: "Herfstvakantie".into(),
            },
        ],
    };
    let elsewhere = ido::model::Address {
        street: "Markt 1".into(),
        postcode: "7411 AB".into(),
        place: "Deventer".into(),
        inside: None,
    };
    let mut s = Vec::new();
    let mut a = sess(
        Repeat::Weekly {
            weekdays: vec![Monday, Wednesday],
        },
        780,
        900,
    );
    a.cancelled = vec![date(2027, 1, 11), date(2028, 5, 3)];
    // Koningsdag, a Tuesday in the Zomersluiting, Kerst.
    a.extra = vec![date(2027, 4, 27), date(2027, 7, 27), date(2029, 12, 25)];
    s.push(a);
    s.push(sess(
        Repeat::Weekly {
            weekdays: vec![Monday],
        },
        780,
        930,
    ));
    let mut b = sess(
        Repeat::Weekly {
            weekdays: vec![Monday],
        },
        840,
        960,
    );
    b.period = Some(Bounds {
        from: Some(date(2027, 1, 15)),
        until: None,
    });
    s.push(b);
    let mut c = sess(
        Repeat::AlternateIsoWeeks {
            weekdays: vec![Tuesday, Thursday],
            even: false,
        },
        600,
        720,
    );
    c.period = Some(Bounds {
        from: None,
        until: Some(date(2030, 6, 30)),
    });
    s.push(c);
    s.push(sess(
        Repeat::AlternateIsoWeeks {
            weekdays: vec![Friday],
            even: true,
        },
        570,
        690,
    ));
    s.push(sess(
        Repeat::EveryOtherWeek {
            from: date(2026, 12, 29),
        },
        1080,
        1200,
    ));
    for (i, nths) in [
        vec![Nth::First, Nth::Third],
        vec![Nth::Second, Nth::Fourth],
        vec![Nth::Fourth],
        vec![Nth::Last],
        vec![Nth::Fourth, Nth::Last],
    ]
    .into_iter()
    .enumerate()
    {
        let mut m = sess(
            Repeat::Monthly {
                weekdays: vec![weekday_from_index(i % 7), Saturday],
                nths,
            },
            600 + 30 * i as u16,
            720,
        );
        if i == 1 {
            m.season = Some(Season {
                from: (9, 1),
                until: (6, 30),
            });
        }
        if i == 2 {
            m.season = Some(Season {
                from: (3, 15),
                until: (10, 31),
            });
        }
        if i == 3 {
            m.not_during = vec![cal.clone()];
        }
        s.push(m);
    }
    let mut d = sess(
        Repeat::Dates {
            dates: vec![
                date(2027, 3, 3),
                date(2027, 3, 17),
                date(2028, 2, 29),
                date(2031, 1, 1),
            ],
        },
        600,
        660,
    );
    d.places = vec![(date(2027, 3, 17), elsewhere.clone())];
    d.extra = vec![date(2027, 3, 31)];
    s.push(d);
    let mut e = sess(
        Repeat::Weekly {
            weekdays: vec![Thursday],
        },
        900,
        1020,
    );
    e.places = vec![
        (date(2027, 1, 7), elsewhere.clone()),
        (date(2028, 6, 1), elsewhere.clone()),
    ];
    e.not_during = vec![cal.clone()];
    s.push(e);
    let mut out = Vec::new();
    let closures = vec![Closure {
        from: date(2027, 7, 19),
        until: date(2027, 8, 8),
        reason: "Zomersluiting".into(),
    }];
    let special = vec![
        SpecialDay {
            date: date(2026, 12, 24),
            ranges: vec![tr(600, 900)],
            reason: "Kerstavond".into(),
        },
        SpecialDay {
            date: date(2027, 12, 31),
            ranges: vec![],
            reason: "Oudejaarsdag".into(),
        },
    ];
    // Without a week table: open during the spreekuren (overlapping ones merged).
    out.push((
        "synthetisch-zonder-week".to_string(),
        Schedule {
            closures: closures.clone(),
            special: special.clone(),
            holidays_open: vec![holidays::Holiday::GoedeVrijdag],
            sessions: s.clone(),
            ..Schedule::default()
        },
    ));
    // With a week table (adjacent and overlapping ranges), calendars on the location.
    let mut week = Week::default();
    for i in 0..6 {
        week.days[i] = vec![tr(540, 720), tr(720, 780), tr(770, 1020)];
    }
    out.push((
        "synthetisch-met-week".to_string(),
        Schedule {
            week,
            closures,
            calendars: vec![cal],
            special,
            sessions: s,
            ..Schedule::default()
        },
    ));
    out
}

fn location_cases(
    lang: &ido::lang::Lang,
    slug: &str,
    s: &Schedule,
    instants: &[jiff::Timestamp],
) -> Value {
    let mut days = BTreeSet::new();
    let cases: Vec<Value> = instants
        .iter()
        .map(|t| {
            let (d, m) = local(*t);
            days.insert(d);
            json!([
                t.as_millisecond(),
                d.to_string(),
                m,
                s.status_in(lang, d, m)
            ])
        })
        .collect();
    let days: Vec<Value> = days
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            // A different minute each day, so ended spreekuren are left out too.
            let minute = ((i * 433) % 1440) as u16;
            // As the page says them: from the agenda derived for that day.
            let agenda = ido::derive::Agenda::new(s, d);
            let dates: Vec<Vec<String>> = (0..s.sessions.len())
                .map(|u| lang.weekday_dates_near(&agenda.session_dates(s, u, minute, 3), d))
                .collect();
            json!([
                d.to_string(),
                minute,
                ido::present::changes(lang, s, &agenda, 60),
                dates
            ])
        })
        .collect();
    let rules: Value = serde_json::from_str(&rules::json(s)).unwrap();
    json!({"slug": slug, "rules": rules, "cases": cases, "days": days})
}

/// Run the shipped script, with the words of `lang` in front as the build puts them,
/// over the cases and compare with Rust's results.
fn compare(lang: &ido::lang::Lang, locations: Vec<Value>, at_least: u64) {
    let tmp = tempfile::tempdir().unwrap();
    let script = tmp.path().join("tijden.js");
    std::fs::write(
        &script,
        format!(
            "{}{}",
            ido::present::words_script(lang),
            ido::minify::stripped(&root().join("templates/assets/js/tijden.js")).unwrap()
        ),
    )
    .unwrap();
    let cases_path = tmp.path().join("cases.json");
    std::fs::write(&cases_path, json!({"locations": locations}).to_string()).unwrap();
    let out = Command::new("node")
        .arg(root().join("tests/js/compare.cjs"))
        .arg(&cases_path)
        .arg(&script)
        .output()
        .expect("node must be installed for this test");
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    let compared = result["compared"].as_u64().unwrap();
    assert!(compared > at_least, "compared only {compared} results");
    assert_eq!(
        result["total"], 0,
        "the script and Rust differ in {}: {:#}",
        lang.code, result["mismatches"]
    );
}

#[test]
fn browser_script_and_rust_agree_over_a_year() {
    let site = ido::load(&options(
        &root().join("content"),
        std::path::Path::new("unused"),
    ))
    .unwrap();
    let instants = instants();
    // In every language of the site: the script gets its words from the catalogue.
    for lang in &ido::lang::all().list {
        let locations = site
            .locations
            .iter()
            .map(|loc| location_cases(lang, &loc.slug, &loc.schedule, &instants))
            .collect();
        compare(lang, locations, 50_000);
    }
}

#[test]
fn browser_script_and_rust_agree_on_every_rule_form_over_five_years() {
    let instants = years();
    // Dutch, and a right-to-left language and one with other plural and month forms.
    for code in ["nl", "ar", "pl"] {
        let lang = ido::lang::all().get(code).unwrap();
        let locations = synthetic()
            .iter()
            .map(|(slug, s)| location_cases(lang, slug, s, &instants))
            .collect();
        compare(lang, locations, 50_000);
    }
}

#[test]
fn shipped_script_is_at_most_5_kb() {
    let js = ido::minify::stripped(&root().join("templates/assets/js/tijden.js")).unwrap();
    assert!(js.len() <= 5 * 1024, "tijden.js is {} bytes", js.len());
}
