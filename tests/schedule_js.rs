//! The browser script (as shipped, after stripping) and the Rust schedule code agree:
//! for the example content, at instants across a whole year and around the
//! daylight-saving switches, both give the same status, the same upcoming changes and
//! the same next dates of every spreekuur. Needs `node` on the PATH.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::*;
use ido::dutch;
use ido::schedule::{local, rules};
use serde_json::{json, Value};

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

#[test]
fn browser_script_and_rust_agree_over_a_year() {
    let site = ido::load(&options(
        &root().join("content"),
        std::path::Path::new("unused"),
    ))
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let script = tmp.path().join("tijden.js");
    std::fs::write(
        &script,
        ido::render::js::stripped(&root().join("templates/assets/js/tijden.js")).unwrap(),
    )
    .unwrap();
    let instants = instants();
    let mut locations = Vec::new();
    for loc in &site.locations {
        let s = &loc.schedule;
        let mut days = BTreeSet::new();
        let cases: Vec<Value> = instants
            .iter()
            .map(|t| {
                let (d, m) = local(*t);
                days.insert(d);
                json!([t.as_millisecond(), d.to_string(), m, s.status(d, m)])
            })
            .collect();
        let days: Vec<Value> = days
            .into_iter()
            .map(|d| {
                let dates: Vec<Vec<String>> = s
                    .sessions
                    .iter()
                    .map(|u| {
                        s.session_dates(u, d, 3)
                            .into_iter()
                            .map(dutch::weekday_date)
                            .collect()
                    })
                    .collect();
                json!([d.to_string(), s.changes(d, 60), dates])
            })
            .collect();
        let rules: Value = serde_json::from_str(&rules::json(s)).unwrap();
        locations.push(json!({"slug": loc.slug, "rules": rules, "cases": cases, "days": days}));
    }
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
    assert!(compared > 50_000, "compared only {compared} results");
    assert_eq!(
        result["total"], 0,
        "the script and Rust differ: {:#}",
        result["mismatches"]
    );
}

#[test]
fn shipped_script_is_at_most_5_kb() {
    let js = ido::render::js::stripped(&root().join("templates/assets/js/tijden.js")).unwrap();
    assert!(js.len() <= 5 * 1024, "tijden.js is {} bytes", js.len());
}
