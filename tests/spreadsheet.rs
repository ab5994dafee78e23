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
    assert_eq!(csv.lines().count(), 20, "header and 19 locations");
    // The werkgebied has its own column: a list of gemeenten, or `landelijk`.
    assert!(csv.lines().next().unwrap().ends_with(",werkgebied"));
    assert!(csv.contains(",\"'s-Hertogenbosch, Oss, Maashorst, Land van Cuijk, Bernheze\"\n"));
    let sheet = tmp.path().join("locaties.csv");
    fs::write(&sheet, &csv).unwrap();

    // Round trip: nothing changes.
    let r = ido::spreadsheet::import(&content, &sheet, false).unwrap();
    assert_eq!((r.created.len(), r.updated.len(), r.unchanged), (0, 0, 19));
    assert_eq!(snapshot(&content), before);

    // Edit one cell and add a row.
    let edited = csv
        .replace("\"10.00-12.30, 13.30-17.00\",13.00-17.00", "\"10.00-12.30, 13.30-16.00\",13.00-17.00")
        .replacen('\n', "\nnieuw-punt,Informatiepunt Nieuw,Bibliotheek Nieuw,bibliotheekbalie,,,Markt 1,5038tc,Tilburg,,Tilburg,51.56,5.08,013 542 1234,,,inloop,,digid,,nl,,,,,,,2026-11-01,,10.00-12.00,,,,,,,,\n", 1);
    assert_ne!(edited, csv, "the edit applies");
    fs::write(&sheet, &edited).unwrap();
    let dry = ido::spreadsheet::import(&content, &sheet, true).unwrap();
    assert_eq!(snapshot(&content), before, "a dry run writes nothing");
    let r = ido::spreadsheet::import(&content, &sheet, false).unwrap();
    assert_eq!(r, dry);
    assert_eq!((r.created.len(), r.updated.len(), r.unchanged), (1, 1, 18));
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

/// The example content in a temporary folder, and its export.
fn example() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&root().join("content"), &content);
    let csv = ido::spreadsheet::export(&content).unwrap();
    (tmp, content, csv)
}

/// The cells of one CSV line.
fn cells(line: &str) -> Vec<String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes())
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect()
}

#[test]
fn rows_that_would_not_build_are_reported_and_nothing_is_written() {
    let (tmp, content, csv) = example();
    let before = snapshot(&content);
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    // An existing location without spreekuren whose hours are emptied...
    let oss = lines
        .iter()
        .position(|l| l.starts_with("oss-bibliotheek,"))
        .unwrap();
    let mut row = cells(&lines[oss]);
    let days = ido::spreadsheet::COLUMNS
        .iter()
        .position(|c| *c == "maandag")
        .unwrap();
    for cell in &mut row[days..days + 7] {
        cell.clear();
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&row).unwrap();
    lines[oss] = String::from_utf8(w.into_inner().unwrap())
        .unwrap()
        .trim_end()
        .to_string();
    // ...and a new row without hours (spreekuren are not in the sheet).
    lines.push("zonder-uren,Informatiepunt Zonder Uren,Bibliotheek Tilburg,bibliotheekbalie,,,Markt 1,5038 TC,Tilburg,,Tilburg,51.56,5.08,013 542 1234,,,inloop,,digid,,nl,,,,,,,2026-11-01,,,,,,,,,".into());
    let sheet = tmp.path().join("locaties.csv");
    fs::write(&sheet, lines.join("\n") + "\n").unwrap();
    for dry_run in [true, false] {
        let err = ido::spreadsheet::import(&content, &sheet, dry_run)
            .unwrap_err()
            .to_string()
            .replace(&format!("{}", sheet.display()), "locaties.csv")
            .replace(&format!("{}/", content.display()), "content/");
        let message = "openingstijden: this location has no opening hours and no spreekuren";
        assert!(
            err.contains(&format!(
                "locaties.csv:{}:29: {message} (in content/locaties/oss-bibliotheek.md:",
                oss + 1
            )),
            "{err}"
        );
        assert!(
            err.contains(&format!(
                "locaties.csv:{}:29: {message} (in content/locaties/zonder-uren.md:",
                lines.len()
            )),
            "{err}"
        );
        assert!(err.contains("hint: add `openingstijden:`"), "{err}");
        assert!(err.ends_with("2 problems found"), "{err}");
        assert_eq!(snapshot(&content), before, "nothing is written");
    }
}

#[test]
fn a_character_the_print_font_lacks_is_reported_at_its_row() {
    let (tmp, content, csv) = example();
    let before = snapshot(&content);
    let edited = csv.replacen(
        "tilburg-lochal,Informatiepunt Bibliotheek LocHal,",
        "tilburg-lochal,Informatiepunt Bibliotheek LocHal ✈,",
        1,
    );
    assert_ne!(edited, csv);
    let row = edited
        .lines()
        .position(|l| l.starts_with("tilburg-lochal,"))
        .unwrap()
        + 1;
    let sheet = tmp.path().join("locaties.csv");
    fs::write(&sheet, &edited).unwrap();
    let err = ido::spreadsheet::import(&content, &sheet, false)
        .unwrap_err()
        .to_string()
        .replace(&format!("{}", sheet.display()), "locaties.csv")
        .replace(&format!("{}/", content.display()), "content/");
    assert!(
        err.starts_with(&format!(
            "locaties.csv:{row}:2: naam: the print font has no `✈` (U+2708)"
        )),
        "{err}"
    );
    assert!(
        err.contains("(in content/locaties/tilburg-lochal.md:2, made from this row)"),
        "{err}"
    );
    assert_eq!(snapshot(&content), before, "nothing is written");
}

#[test]
fn formula_cells_are_quoted_and_come_back_unchanged() {
    let (tmp, content, _) = example();
    let file = content.join("locaties/tilburg-lochal.md");
    let text = fs::read_to_string(&file).unwrap();
    let text = text
        .replace(
            "naam: Informatiepunt Bibliotheek LocHal",
            "naam: \"=HYPERLINK(\\\"https://example.com\\\", \\\"klik\\\")\"",
        )
        .replace("telefoon: 013 542 1234", "telefoon: +31 13 542 1234")
        .replace(
            "parkeren: Parkeergarage Spoorzone, 5 minuten lopen",
            "parkeren: \"'@SUM(1+1)\"",
        )
        .replace(
            "ov: Vlak bij station Tilburg, 3 minuten lopen",
            "ov: -Vlak bij station Tilburg",
        );
    fs::write(&file, &text).unwrap();
    let before = snapshot(&content);
    let csv = ido::spreadsheet::export(&content).unwrap();
    let row = csv
        .lines()
        .find(|l| l.starts_with("tilburg-lochal,"))
        .unwrap();
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"https://example.com\"\""),
        "{row}"
    );
    assert!(row.contains(",'+31 13 542 1234,"), "{row}");
    assert!(row.contains(",''@SUM(1+1),"), "{row}");
    assert!(row.contains(",'-Vlak bij"), "{row}");
    for line in csv.lines() {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes());
        for record in r.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "a spreadsheet would run {cell:?}"
                );
            }
        }
    }
    let sheet = tmp.path().join("locaties.csv");
    fs::write(&sheet, &csv).unwrap();
    let r = ido::spreadsheet::import(&content, &sheet, false).unwrap();
    assert_eq!(
        (r.created.len(), r.updated.len(), r.unchanged),
        (0, 0, example_locations())
    );
    assert_eq!(snapshot(&content), before, "the round trip is lossless");
}

/// Rewrites a CSV with another separator, as Dutch Excel saves it.
fn with_separator(csv: &str, sep: u8) -> String {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut w = csv::WriterBuilder::new()
        .delimiter(sep)
        .from_writer(Vec::new());
    for record in r.records() {
        w.write_record(&record.unwrap()).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn semicolons_tabs_and_a_byte_order_mark_are_accepted() {
    let (tmp, content, csv) = example();
    let before = snapshot(&content);
    let sheet = tmp.path().join("locaties.csv");
    for (sep, bom) in [(b';', "\u{feff}"), (b'\t', ""), (b',', "\u{feff}")] {
        let text = format!("{bom}{}", with_separator(&csv, sep));
        fs::write(&sheet, &text).unwrap();
        let r = ido::spreadsheet::import(&content, &sheet, false)
            .unwrap_or_else(|e| panic!("separator {:?}: {e}", sep as char));
        assert_eq!(
            (r.created.len(), r.updated.len(), r.unchanged),
            (0, 0, example_locations())
        );
        assert_eq!(snapshot(&content), before);
    }
    // A change in a semicolon sheet is read cell by cell.
    let semicolons = with_separator(&csv, b';');
    let edited = semicolons.replacen(
        ";13.00-17.00;10.00-12.30, 13.30-17.00;",
        ";13.00-16.00;10.00-12.30, 13.30-17.00;",
        1,
    );
    assert_ne!(edited, semicolons);
    fs::write(&sheet, format!("\u{feff}{edited}")).unwrap();
    let r = ido::spreadsheet::import(&content, &sheet, true).unwrap();
    assert_eq!(r.updated.len(), 1, "{r:?}");
    // Wrong columns: the message says which separator was found.
    fs::write(&sheet, "naam;plaats\nx;y\n").unwrap();
    let err = ido::spreadsheet::import(&content, &sheet, false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("separator found: `;` (semicolon)"), "{err}");
    assert!(err.contains("missing: bestand, organisatie"), "{err}");
    // Excel's plain "CSV" is Windows-1252: say so, and how to save as UTF-8.
    let mut bytes = with_separator(&csv, b';').into_bytes();
    let second = bytes.iter().position(|b| *b == b'\n').unwrap() + 1;
    let third = second + bytes[second..].iter().position(|b| *b == b'\n').unwrap() + 1;
    bytes.splice(third..third, b"Caf\xe9 ".iter().copied());
    fs::write(&sheet, &bytes).unwrap();
    let err = ido::spreadsheet::import(&content, &sheet, false)
        .unwrap_err()
        .to_string()
        .replace(&format!("{}", sheet.display()), "locaties.csv");
    assert!(
        err.starts_with(
            "locaties.csv:3:1: the file is not saved as UTF-8; it seems to be Windows-1252"
        ),
        "{err}"
    );
    assert!(err.contains("CSV UTF-8"), "{err}");
    assert_eq!(snapshot(&content), before);
}

/// How many location files the example content has.
fn example_locations() -> usize {
    std::fs::read_dir(root().join("content/locaties"))
        .unwrap()
        .count()
}

/// The werkgebied column: a changed list reaches the file, `landelijk` is kept as it is,
/// and a row from an older sheet without the column keeps the file's werkgebied.
#[test]
fn the_werkgebied_column_round_trips() {
    let (tmp, content, csv) = example();
    let sheet = tmp.path().join("locaties.csv");
    let file = content.join("locaties/noordoost-brabant-belspreekuur.md");
    let old = "\"'s-Hertogenbosch, Oss, Maashorst, Land van Cuijk, Bernheze\"";
    for (cell, want) in [
        ("landelijk", "werkgebied: landelijk"),
        ("\"Oss, Bernheze\"", "werkgebied:\n- Oss\n- Bernheze"),
    ] {
        fs::write(&sheet, csv.replace(old, cell)).unwrap();
        ido::spreadsheet::import(&content, &sheet, false).unwrap();
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.contains(want), "{text}");
    }
    // Without the column (one cell short): the file keeps its werkgebied.
    let short: String = csv
        .lines()
        .map(|l| match l.strip_suffix(&format!(",{old}")) {
            Some(rest) => rest.to_string(),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(short, csv);
    fs::write(&sheet, short + "\n").unwrap();
    ido::spreadsheet::import(&content, &sheet, false).unwrap();
    assert!(fs::read_to_string(&file).unwrap().contains("- Bernheze"));
}
