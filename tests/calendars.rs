//! The `.ics` files and the JSON-LD name the same dates and times as the Rust schedule
//! (and so as the page text and the browser script): expanded over a year by an
//! independent parser (Python's icalendar with recurring-ical-events) and a separate
//! JSON-LD expander. Needs `python3` with those packages (scripts/test.sh installs them).

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use ido::schedule::add_days;
use serde_json::{json, Value};

fn hm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[test]
fn ics_and_json_ld_expand_to_the_same_dates_as_the_schedule() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let opts = options(&root().join("content"), &out);
    let today = opts.today;
    ido::build(&opts).unwrap();
    let site = ido::load(&opts).unwrap();
    let days = 365;
    let mut locations = Vec::new();
    let mut sessions_seen = 0;
    for loc in &site.locations {
        let s = &loc.schedule;
        let mut sessions = BTreeMap::new();
        for (i, u) in s.sessions.iter().enumerate() {
            let dates: Vec<Value> = (0..days)
                .map(|k| add_days(today, k))
                .filter(|d| s.session_on(u, *d))
                .map(|d| json!([d.to_string(), hm(u.time.start), hm(u.time.end)]))
                .collect();
            sessions_seen += dates.len();
            sessions.insert(format!("{}-spreekuur-{i}", loc.slug), dates);
        }
        let hours = (!s.week.is_empty()).then(|| {
            (0..days)
                .map(|k| add_days(today, k))
                .flat_map(|d| {
                    s.hours_on(d)
                        .into_iter()
                        .map(move |r| json!([d.to_string(), hm(r.start), hm(r.end)]))
                })
                .collect::<Vec<_>>()
        });
        locations.push(json!({"slug": loc.slug, "sessions": sessions, "hours": hours}));
    }
    assert!(
        sessions_seen > 300,
        "the example has spreekuren to compare ({sessions_seen})"
    );
    let expected = tmp.path().join("expected.json");
    std::fs::write(
        &expected,
        json!({"from": today.to_string(), "days": days, "locations": locations}).to_string(),
    )
    .unwrap();
    let run = Command::new("python3")
        .arg(root().join("tests/calendar/check_calendars.py"))
        .arg(&out)
        .arg(&expected)
        .output()
        .expect("python3 must be installed");
    assert!(
        run.status.success(),
        "the checker failed (install with: python3 -m pip install icalendar recurring-ical-events):\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert!(report["compared"].as_u64().unwrap() > 40, "{report}");
    assert_eq!(
        report["total"], 0,
        "calendars differ from the schedule: {:#}",
        report["mismatches"]
    );
    // Sanity: the page text states the same next dates.
    let html = read(&out, "locaties/apeldoorn-coda/index.html");
    assert!(
        html.contains("Niet op dinsdag 15 december. Extra op dinsdag 12 januari."),
        "cancelled and extra dates on the page"
    );
    assert!(html.contains("Op donderdag 24 december open van 10.00 tot 15.00 uur (Kerstavond)."));
}
