//! The `.ics` files and the JSON-LD name the same dates and times as the Rust schedule
//! (and so as the page text and the browser script): expanded over a year by an
//! independent parser (Python's icalendar with recurring-ical-events) and a separate
//! JSON-LD expander; the open data's 8-week agenda is compared too, at every build date. Needs `python3` with those packages (scripts/test.sh installs them).

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use ido::render::views::one_line;
use ido::schedule::add_days;
use serde_json::{json, Value};

fn hm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

#[test]
fn ics_and_json_ld_expand_to_the_same_dates_as_the_schedule() {
    expand_and_compare(jiff::civil::date(2026, 11, 23), true);
}

/// Later builds: the feeds reach a year ahead, so several build dates cover the years
/// after (the school holidays of 2027-2028, ISO week 53 of 2032, the switches to and
/// from summer time of each year).
#[test]
fn ics_and_json_ld_agree_in_later_years() {
    for today in [
        jiff::civil::date(2027, 9, 1),
        jiff::civil::date(2029, 3, 20),
        jiff::civil::date(2032, 6, 1),
    ] {
        expand_and_compare(today, false);
    }
}

fn expand_and_compare(today: jiff::civil::Date, example_texts: bool) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let mut opts = options(&root().join("content"), &out);
    opts.today = today;
    ido::build(&opts).unwrap();
    let site = ido::load(&opts).unwrap();
    // The year the feeds cover (their horizon is 400 days).
    let days = 365;
    let mut locations = Vec::new();
    let mut sessions_seen = 0;
    for loc in &site.locations {
        let s = &loc.schedule;
        let mut sessions = BTreeMap::new();
        for (i, u) in s.sessions.iter().enumerate() {
            let here = loc.address.as_ref().map(one_line).unwrap_or_default();
            let dates: Vec<Value> = (0..days)
                .map(|k| add_days(today, k))
                .filter(|d| s.session_on(u, *d))
                .map(|d| {
                    let at = u.address_on(d);
                    json!([
                        d.to_string(),
                        hm(u.time.start),
                        hm(u.time.end),
                        at.map(one_line).unwrap_or_else(|| here.clone()),
                        at.map(|a| a.street.clone()).unwrap_or_default()
                    ])
                })
                .collect();
            sessions_seen += dates.len();
            sessions.insert(format!("{}-spreekuur-{i}", loc.slug), dates);
        }
        let hours: Vec<Value> = (0..days)
            .map(|k| add_days(today, k))
            .flat_map(|d| {
                s.hours_on(d)
                    .into_iter()
                    .map(move |r| json!([d.to_string(), hm(r.start), hm(r.end)]))
            })
            .collect();
        locations.push(
            json!({"slug": loc.slug, "sessions": sessions, "hours": hours,
                              "week": !s.week.is_empty()}),
        );
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
    // The open data's 8-week agenda says the same, for every location.
    let feed: Value = serde_json::from_str(&read(&out, "api/v1/locaties.json")).unwrap();
    let mut agenda_checked = 0;
    for l in feed["locaties"].as_array().unwrap() {
        let loc = site.locations.iter().find(|x| x.slug == l["id"]).unwrap();
        let s = &loc.schedule;
        let days: Vec<jiff::civil::Date> = (0..ido::feeds::api::WEEKS * 7)
            .map(|k| add_days(today, k))
            .collect();
        let mut want_open: Vec<String> = days
            .iter()
            .flat_map(|d| {
                s.hours_on(*d)
                    .into_iter()
                    .map(move |r| format!("{d} {}-{}", hm(r.start), hm(r.end)))
            })
            .collect();
        let mut want_sessions: Vec<String> = days
            .iter()
            .flat_map(|d| {
                s.sessions
                    .iter()
                    .filter(|u| s.session_on(u, *d))
                    .map(move |u| {
                        format!("{d} {}-{} {}", hm(u.time.start), hm(u.time.end), u.title)
                    })
            })
            .collect();
        let got = |key: &str, title: bool| -> Vec<String> {
            let mut v: Vec<String> = l["agenda"][key]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| {
                    let mut t = format!(
                        "{} {}-{}",
                        o["datum"].as_str().unwrap(),
                        o["van"].as_str().unwrap(),
                        o["tot"].as_str().unwrap()
                    );
                    if title {
                        t = format!("{t} {}", o["titel"].as_str().unwrap());
                    }
                    t
                })
                .collect();
            v.sort();
            v
        };
        want_open.sort();
        want_sessions.sort();
        assert_eq!(
            got("open", false),
            want_open,
            "{} open in the open data ({today})",
            loc.slug
        );
        assert_eq!(
            got("spreekuren", true),
            want_sessions,
            "{} spreekuren in the open data ({today})",
            loc.slug
        );
        agenda_checked += want_open.len() + want_sessions.len();
    }
    assert!(agenda_checked > 300, "{agenda_checked}");
    if !example_texts {
        return;
    }
    // Sanity: the page text states the same next dates.
    let html = read(&out, "locaties/apeldoorn-coda/index.html");
    assert!(
        html.contains("Niet op dinsdag 15 december. Extra op dinsdag 12 januari."),
        "cancelled and extra dates on the page"
    );
    assert!(html.contains("Op donderdag 24 december open van 10.00 tot 15.00 uur (Kerstavond)."));
    // Deventer has no week table; on Koningsdag (27 April 2027) Humanitas holds its
    // spreekuur on an extra date, so the JSON-LD gives that day its hours, not "closed".
    let html = read(&out, "locaties/deventer-informatieplein/index.html");
    let ld = html
        .split(r#"<script type="application/ld+json">"#)
        .nth(1)
        .and_then(|r| r.split("</script>").next())
        .unwrap();
    let doc: Value = serde_json::from_str(ld).unwrap();
    let on_koningsdag: Vec<(String, String)> = doc["specialOpeningHoursSpecification"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["validFrom"].as_str().unwrap() <= "2027-04-27"
                && "2027-04-27" <= s["validThrough"].as_str().unwrap()
        })
        .map(|s| {
            (
                s["opens"].as_str().unwrap().to_string(),
                s["closes"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        on_koningsdag,
        vec![("13:00".to_string(), "15:00".to_string())],
        "Koningsdag in the JSON-LD"
    );
    assert!(site
        .locations
        .iter()
        .find(|l| l.slug == "deventer-informatieplein")
        .is_some_and(
            |l| l.schedule.status(jiff::civil::date(2027, 4, 27), 14 * 60)
                == "Nu open tot 15.00 uur."
        ));
}
