//! The finder, as shipped (script and tables), run under Node: a table of queries with
//! the expected first result, and the filters and ranking at fixed moments (with the
//! shipped tijden.js). Needs `node`.

mod common;

use std::process::Command;

use common::*;
use serde_json::Value;

#[test]
fn queries_find_the_nearest_example_locations() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    ido::build(&options(&root().join("content"), &out)).unwrap();
    let finder_js = files(&out)
        .into_iter()
        .find(|f| f.starts_with("js/zoeker."))
        .unwrap();
    // (query, kind, first result, part of the note or label)
    let table: &[(&str, &str, &str, &str)] = &[
        ("5041 SG", "postcode", "tilburg-lochal", "postcode 5041"),
        ("5041sg", "postcode", "tilburg-lochal", "postcode 5041"),
        (" 5041 ", "postcode", "tilburg-lochal", "postcode 5041"),
        (
            "4901 EK",
            "postcode",
            "oosterhout-bibliotheek",
            "postcode 4901",
        ),
        ("3435", "postcode", "nieuwegein-antonius", "postcode 3435"),
        (
            "5028 AB",
            "postcode",
            "tilburg-lochal",
            "Wij kennen postcode 5028 niet. Wij zoeken in de buurt van 502x.",
        ),
        (
            "oosterhout",
            "plaats",
            "oosterhout-bibliotheek",
            "Oosterhout (gemeente Oosterhout)",
        ),
        (
            "Den Bosch",
            "plaats",
            "den-bosch-bibliotheek",
            "Den Bosch (gemeente 's-Hertogenbosch)",
        ),
        (
            "s hertogenbosch",
            "plaats",
            "den-bosch-bibliotheek",
            "'s-Hertogenbosch (gemeente 's-Hertogenbosch)",
        ),
        (
            "'S-HERTOGENBOSCH",
            "plaats",
            "den-bosch-bibliotheek",
            "'s-Hertogenbosch",
        ),
        (
            "Apeldoorn",
            "plaats",
            "apeldoorn-coda",
            "Apeldoorn (gemeente Apeldoorn)",
        ),
        (
            "Zaandam",
            "plaats",
            "zaanstad-bibliotheek",
            "Zaandam (gemeente Zaanstad)",
        ),
        ("Land van Cuijk", "plaats", "cuijk-jumbo", "Land van Cuijk"),
        // Accents and hyphens do not matter: the table spells it Sûdwest-Fryslân.
        (
            "Súdwest Fryslan",
            "plaats",
            "zaanstad-bibliotheek",
            "Fryslân",
        ),
        ("Uden", "plaats", "uden-hema", "Uden (gemeente Maashorst)"),
        (
            "asdfgh",
            "geen",
            "",
            "Wij vinden geen plaats of postcode \"asdfgh\".",
        ),
        // Not a postcode (they do not start with 0), and no place of that name.
        (
            "0123",
            "geen",
            "",
            "Wij vinden geen plaats of postcode \"0123\".",
        ),
    ];
    let queries: Vec<&str> = table.iter().map(|t| t.0).collect();
    let run = Command::new("node")
        .arg(root().join("tests/js/finder.cjs"))
        .arg(&out)
        .arg(serde_json::to_string(&queries).unwrap())
        .env("FINDER_JS", &finder_js)
        .env(
            "TIJDEN_JS",
            files(&out)
                .into_iter()
                .find(|f| f.starts_with("js/tijden-nl."))
                .unwrap(),
        )
        .output()
        .expect("node");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let answers: Vec<Value> = serde_json::from_slice(&run.stdout).unwrap();
    let mut failures = Vec::new();
    for ((q, kind, first, text), a) in table.iter().zip(&answers) {
        let got_first = a["first"][0].as_str().unwrap_or("");
        let said = format!(
            "{} {}",
            a["label"].as_str().unwrap_or(""),
            a["note"].as_str().unwrap_or("")
        );
        if a["kind"] != *kind || got_first != *first || !said.contains(text) {
            failures.push(format!("{q:?}: got {a}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Oosterhout NB and Oosterhout GE: the other one is offered as a choice.
    let oosterhout = &answers[6];
    assert_eq!(
        oosterhout["choices"],
        serde_json::json!(["Oosterhout (gemeente Overbetuwe, GE)"])
    );
    // The tables a search loads stay small when compressed (at most 60 KB each).
    for table in ["pc4.json", "plaatsen.json", "locaties.json"] {
        let bytes = std::fs::read(out.join("zoeken").join(table)).unwrap();
        let mut gz = Vec::new();
        use std::io::Write;
        let mut enc = GzWriter::new(&mut gz);
        enc.write_all(&bytes).unwrap();
        drop(enc);
        assert!(gz.len() <= 60 * 1024, "{table}: {} bytes gzipped", gz.len());
    }
}

/// Run the shipped finder (and tijden.js) under Node on `queries`; one answer each.
fn ask(out: &std::path::Path, queries: &Value) -> Vec<Value> {
    let shipped = files(out);
    let find = |prefix: &str| {
        shipped
            .iter()
            .find(|f| f.starts_with(prefix))
            .unwrap()
            .clone()
    };
    let run = Command::new("node")
        .arg(root().join("tests/js/finder.cjs"))
        .arg(out)
        .arg(queries.to_string())
        .env("FINDER_JS", find("js/zoeker."))
        .env("TIJDEN_JS", find("js/tijden-nl."))
        .output()
        .expect("node");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).unwrap()
}

fn slugs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn filters_ranking_and_phone_services() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    ido::build(&options(&root().join("content"), &out)).unwrap();
    // Times are UTC; the Netherlands is one hour ahead in November.
    let a = ask(
        &out,
        &serde_json::json!([
            // 0, 1: near the library in Nieuwegein, which has no health theme.
            {"q": "3431 HA"},
            {"q": "3431 HA", "f": {"thema": "gezondheid"}},
            // 2: Tuesday 24 November, 14.00: the library is closed until tomorrow, the
            // hospital desk 1 km further is open: it comes first.
            {"q": "3431 HA", "at": "2026-11-24T13:00:00Z"},
            // 3, 4: Tuesday 12.45: the LocHal desk reopens at 13.30 (soon: still first),
            // but "nu open" leaves it out.
            {"q": "5041 SG", "at": "2026-11-24T11:45:00Z"},
            {"q": "5041 SG", "at": "2026-11-24T11:45:00Z", "f": {"open": true}},
            // 5, 6: the pop-up in Oss is the nearest, but closed until March: last.
            {"q": "Oss"},
            {"q": "Oss", "at": "2026-11-24T10:30:00Z"},
            // 7: without appointment: the pop-up (appointment only) is gone.
            {"q": "Oss", "at": "2026-11-24T10:30:00Z", "f": {"inloop": true}},
            // 8, 9: the phone service of Tilburg, by place and by postcode; 10: not elsewhere.
            {"q": "Tilburg"},
            {"q": "5041 SG"},
            {"q": "Oosterhout"},
            // 11: Monday 23 November, 19.30: the phone service is open now, the LocHal is not.
            {"q": "Tilburg", "at": "2026-11-23T18:30:00Z", "f": {"open": true}},
            // 12, 13: the regional phone line (no gemeente, a werkgebied) for Oss, and for
            // Heesch in Bernheze, a gemeente without an informatiepunt of its own.
            {"q": "Oss"},
            {"q": "Heesch"},
        ]),
    );
    assert_eq!(slugs(&a[0]["first"])[0], "nieuwegein-bibliotheek");
    assert_eq!(slugs(&a[1]["first"])[0], "nieuwegein-antonius");
    assert!(!slugs(&a[1]["all"]).contains(&"nieuwegein-bibliotheek"));
    assert_eq!(
        slugs(&a[2]["first"])[..2],
        ["nieuwegein-antonius", "nieuwegein-bibliotheek"]
    );
    assert_eq!(a[2]["status"][0], "Nu open tot 15.00 uur.");
    assert_eq!(slugs(&a[3]["first"])[0], "tilburg-lochal");
    assert_eq!(a[3]["status"][0], "Nu gesloten. Vandaag open om 13.30 uur.");
    assert!(!slugs(&a[4]["all"]).contains(&"tilburg-lochal"));
    for s in a[4]["status"].as_array().unwrap() {
        assert!(s.as_str().unwrap().starts_with("Nu open tot "), "{s}");
    }
    assert_eq!(
        slugs(&a[5]["first"])[0],
        "oss-pop-up",
        "without a clock: by distance"
    );
    // Everything after the pop-up also stays closed this week (a monthly care-home desk).
    let all = slugs(&a[6]["all"]);
    let at = all.iter().position(|s| *s == "oss-pop-up").unwrap();
    let far: Vec<bool> = serde_json::from_value(a[6]["far"].clone()).unwrap();
    assert!(
        far[at..].iter().all(|f| *f) && !far[..at].iter().any(|f| *f),
        "{all:?} {far:?}"
    );
    assert!(at > 10, "{all:?}");
    assert_eq!(
        a[6]["status"][at],
        "Nu gesloten. Weer open op dinsdag 2 maart om 13.00 uur."
    );
    assert!(!slugs(&a[7]["all"]).contains(&"oss-pop-up"));
    // The first view stops at the nearest few (within 15 km), never the whole list.
    assert_eq!(a[6]["few"], 2, "{}", a[6]);
    assert!(a[6]["all"].as_array().unwrap().len() > 5);
    let phones = |v: &Value| v["phones"].to_string();
    let tilburg = r#"[["Telefonisch spreekuur Bibliotheek Midden-Brabant","tel:+31135421299"],["DigiHulplijn","tel:+318001508"]]"#;
    assert_eq!(phones(&a[8]), tilburg);
    assert_eq!(phones(&a[9]), tilburg);
    assert_eq!(phones(&a[10]), r#"[["DigiHulplijn","tel:+318001508"]]"#);
    assert_eq!(
        phones(&a[11]),
        r#"[["Telefonisch spreekuur Bibliotheek Midden-Brabant","tel:+31135421299"]]"#,
        "at 19.30 the phone service is open, the DigiHulplijn is not"
    );
    assert!(!slugs(&a[11]["all"]).contains(&"tilburg-lochal"));
    let region = r#"[["Belspreekuur digitale overheid Noordoost-Brabant","tel:+31736120090"],["DigiHulplijn","tel:+318001508"]]"#;
    assert_eq!(phones(&a[12]), region);
    assert_eq!(phones(&a[13]), region, "{}", a[13]);
    assert!(!phones(&a[8]).contains("Noordoost"), "not for Tilburg");
}

/// Minimal gzip size estimate via the system `gzip -9`.
struct GzWriter<'a> {
    out: &'a mut Vec<u8>,
    buf: Vec<u8>,
}

impl<'a> GzWriter<'a> {
    fn new(out: &'a mut Vec<u8>) -> Self {
        GzWriter {
            out,
            buf: Vec::new(),
        }
    }
}

impl std::io::Write for GzWriter<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for GzWriter<'_> {
    fn drop(&mut self) {
        use std::io::Write;
        let mut child = Command::new("gzip")
            .arg("-9c")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&self.buf).unwrap();
        *self.out = child.wait_with_output().unwrap().stdout;
    }
}
