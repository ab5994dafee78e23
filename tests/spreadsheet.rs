//! Spreadsheets: an export followed by an import changes nothing; a changed cell updates
//! only that value (and the next export shows exactly the edited sheet); a new row makes
//! a file that builds; bad cells give errors with row and column, and nothing is written.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::*;

fn snapshot(dir: &std::path::Path) -> BTreeMap<String, String> {
    files(dir)
        .into_iter()
        .map(|f| (f.clone(), fs::read_to_string(dir.join(&f)).unwrap()))
        .collect()
}

#[test]
fn round_trip_edit_and_create() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let before = snapshot(&content);
    let csv = ido::spreadsheet::export(&content).unwrap();
    assert_eq!(csv.lines().count(), 19, "header and 18 locations");
    let sheet = tmp.path().join("locaties.csv");
    fs::write(&sheet, &csv).unwrap();

    // Round trip: nothing changes.
    let r = ido::spreadsheet::import(&content, &sheet, false).unwrap();
    assert_eq!((r.created.len(), r.updated.len(), r.unchanged), (0, 0, 18));
    assert_eq!(snapshot(&content), before);

    // Edit one cell and add a row.
    let edited = csv
        .replace("\"10.00-12.30, 13.30-17.00\",13.00-17.00", "\"10.00-12.30, 13.30-16.00\",13.00-17.00")
        .replacen('\n', "\nnieuw-punt,Informatiepunt Nieuw,Bibliotheek Nieuw,bibliotheekbalie,,,Markt 1,5038tc,Tilburg,,Tilburg,51.56,5.08,013 542 1234,,,inloop,,digid,,nl,,,,,,,2026-11-01,,10.00-12.00,,,,,,,\n", 1);
    assert_ne!(edited, csv, "the edit applies");
    fs::write(&sheet, &edited).unwrap();
    let dry = ido::spreadsheet::import(&content, &sheet, true).unwrap();
    assert_eq!(snapshot(&content), before, "a dry run writes nothing");
    let r = ido::spreadsheet::import(&content, &sheet, false).unwrap();
    assert_eq!(r, dry);
    assert_eq!((r.created.len(), r.updated.len(), r.unchanged), (1, 1, 17));
    let lochal = fs::read_to_string(content.join("locaties/tilburg-lochal.md")).unwrap();
    assert!(lochal.contains("- 13.30-16.00"), "{lochal}");
    assert!(
        lochal.contains("Hulp bij uw belastingaangifte"),
        "spreekuren are kept"
    );
    assert!(lochal.ends_with("Het informatiepunt zit in de LocHal, naast het station. Kom gerust langs met uw vraag.\n"), "the text is kept");
    // Lossless: the next export is the edited sheet.
    let again = ido::spreadsheet::export(&content).unwrap();
    let sorted = |s: &str| {
        let mut l: Vec<&str> = s.lines().collect();
        l.sort();
        l.join("\n")
    };
    assert_eq!(sorted(&again), sorted(&edited));
    // And the site builds with it.
    let site =
        ido::load(&options(&content, &tmp.path().join("public"))).unwrap_or_else(|e| panic!("{e}"));
    assert!(site
        .locations
        .iter()
        .any(|l| l.name == "Informatiepunt Nieuw"));
}

#[test]
fn bad_cells_are_reported_by_row_and_column_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let before = snapshot(&content);
    let csv = ido::spreadsheet::export(&content).unwrap();
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    lines[1] = lines[1].replacen(",bibliotheekbalie,", ",bieb,", 1);
    lines[4] = lines[4].replacen(",ja,", ",misschien,", 1);
    lines[5] = lines[5].replacen("2026-", "26-", 1);
    let sheet = tmp.path().join("locaties.csv");
    fs::write(&sheet, lines.join("\n") + "\n").unwrap();
    let err = ido::spreadsheet::import(&content, &sheet, false)
        .unwrap_err()
        .to_string();
    let err = err.replace(&format!("{}", sheet.display()), "locaties.csv");
    assert!(err.contains("locaties.csv:2:4: soort: `bieb` is not allowed here\n  hint: choose one of: bibliotheekbalie"), "{err}");
    assert!(
        err.contains("locaties.csv:5:") && err.contains("`misschien` is not ja or nee"),
        "{err}"
    );
    assert!(
        err.contains("locaties.csv:6:28: laatst_gecontroleerd: `26-"),
        "{err}"
    );
    assert!(err.ends_with("3 problems found"), "{err}");
    assert_eq!(snapshot(&content), before);
    // Wrong columns.
    fs::write(&sheet, "naam,plaats\nx,y\n").unwrap();
    let err = ido::spreadsheet::import(&content, &sheet, false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("the columns are not as expected"), "{err}");
}
