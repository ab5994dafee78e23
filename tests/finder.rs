//! The finder, as shipped (script and tables), run under Node: a table of queries with
//! the expected first result. Needs `node`.

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
