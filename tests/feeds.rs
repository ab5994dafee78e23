//! The open data under /api/v1 validates against its published JSON Schemas, the GeoJSON
//! follows RFC 7946, the files agree with each other, and the 8-week agenda matches the
//! schedule. Needs `python3` with `jsonschema` (scripts/test.sh installs it).

mod common;

use std::process::Command;

use common::*;
use serde_json::Value;

#[test]
fn feeds_are_valid_and_agree_with_the_schedule() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let opts = options(&root().join("content"), &out);
    ido::build(&opts).unwrap();
    let run = Command::new("python3")
        .arg(root().join("tests/feeds/check_feeds.py"))
        .arg(&out)
        .output()
        .expect("python3");
    assert!(
        run.status.success(),
        "checker failed (python3 -m pip install jsonschema):\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    let site = ido::load(&opts).unwrap();
    let gemeenten: std::collections::BTreeSet<_> = site
        .locations
        .iter()
        .filter_map(|l| l.gemeente_slug.as_ref())
        .collect();
    assert_eq!(
        report["checked"].as_u64().unwrap() as usize,
        gemeenten.len() + 2,
        "{report}"
    );
    assert_eq!(report["problems"], serde_json::json!([]), "{report:#}");
    assert!(report["features"].as_u64().unwrap() >= 15);
    // A regional service without a gemeente: no gemeente file of its own, listed in
    // the files of the gemeenten it serves (after their own locations), with its area.
    assert!(!out.join("api/v1/gemeenten/bernheze.json").exists());
    let oss: Value = serde_json::from_str(&read(&out, "api/v1/gemeenten/oss.json")).unwrap();
    let ids: Vec<&str> = oss["locaties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "oss-bibliotheek",
            "oss-pop-up",
            "noordoost-brabant-belspreekuur"
        ]
    );
    let line = &oss["locaties"][2];
    assert_eq!(line["gemeente"], Value::Null);
    assert_eq!(
        line["werkgebied"][4],
        serde_json::json!({"naam": "Bernheze", "id": "bernheze"})
    );

    // The concrete agenda is the schedule applied: compare one location's 8 weeks.
    let feed: Value = serde_json::from_str(&read(&out, "api/v1/locaties.json")).unwrap();
    let coda = feed["locaties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "apeldoorn-coda")
        .unwrap();
    let kerstavond: Vec<_> = coda["agenda"]["open"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["datum"] == "2026-12-24")
        .collect();
    assert_eq!(kerstavond.len(), 1);
    assert_eq!(
        (kerstavond[0]["van"].as_str(), kerstavond[0]["tot"].as_str()),
        (Some("10:00"), Some("15:00"))
    );
    assert!(
        !coda["agenda"]["open"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["datum"] == "2026-12-25"),
        "closed on Eerste Kerstdag"
    );
    let cjib: Vec<&str> = coda["agenda"]["spreekuren"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["partner"] == "cjib")
        .map(|s| s["datum"].as_str().unwrap())
        .collect();
    // Third Tuesday: 15 December is cancelled, 12 January is extra; the window ends 17 January.
    assert_eq!(coda["agenda"]["tot"], "2027-01-17");
    assert_eq!(cjib, vec!["2027-01-12"]);
}
